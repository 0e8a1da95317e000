// Generated from src/f32-vscaleexpminusmax/neon-rr2-p5.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_vscaleexpminusmax_ukernel__neon_rr2_p5_x4: output[i] = exp(input[i] - *max) * *scale; neon, 4 elements (1 vectors of 4)
// per iteration.
//
// rr2-p5: two-constant Cody-Waite range reduction and a degree-5 polynomial, the scalar exp core
// (src/smax/scalar-exp.h, whose header states the measured error) vectorized in src/smax/neon-exp.h;
// without FMA each result is bit-identical to the scalar kernel's (armv7: but see flush-to-zero there);
// one more rounding for the scale. Arguments below -87.3365 (and -inf) give exactly 0; NaN
// propagates. Reads exactly [input, input + batch) and writes exactly [output, output + batch) (the
// last 1-3 elements one lane at a time); output may equal input.
#include <assert.h>
#include <stddef.h>

#define SMAX_NEON_FMA 0
#include "f32-vscaleexpminusmax/f32-vscaleexpminusmax.h"
#include "smax/neon-exp.h"

smax_f32_vscaleexpminusmax_ukernel_fn smax_f32_vscaleexpminusmax_ukernel__neon_rr2_p5_x4;

void smax_f32_vscaleexpminusmax_ukernel__neon_rr2_p5_x4(size_t batch, const float* input, float* output, const float* max, const float* scale,
    const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(output != NULL);
  assert(max != NULL);
  assert(scale != NULL);
  (void) params;

  const struct smax_neon_exp_constants k = smax_neon_exp_constants_init();
  const float32x4_t vmax = vld1q_dup_f32(max);
  const float32x4_t vscale = vld1q_dup_f32(scale);
  for (; batch >= 4 * sizeof(float); batch -= 4 * sizeof(float)) {
    const float32x4_t vx0 = vld1q_f32(input + 0);
    input += 4;

    const float32x4_t vf0 = smax_neon_expminus(vsubq_f32(vx0, vmax), &k);

    vst1q_f32(output + 0, vmulq_f32(vf0, vscale));
    output += 4;
  }
  if (batch != 0) {
    const size_t count = batch / sizeof(float);
    const float32x4_t vx = smax_neon_load_tail(input, count, vdupq_n_f32(0.0f));
    smax_neon_store_tail(output, count, vmulq_f32(smax_neon_expminus(vsubq_f32(vx, vmax), &k), vscale));
  }
}
