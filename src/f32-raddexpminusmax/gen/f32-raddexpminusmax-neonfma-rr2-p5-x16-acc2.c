// Generated from src/f32-raddexpminusmax/neon-rr2-p5.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_raddexpminusmax_ukernel__neonfma_rr2_p5_x16_acc2: *sum = sum_i exp(input[i] - *max); neonfma, 16 elements (4 vectors of 4) per
// iteration, 2 independent vector partial sums (vector v of an iteration adds into
// accumulator v mod 2).
//
// rr2-p5: two-constant Cody-Waite range reduction and a degree-5 polynomial, the scalar exp core
// (src/smax/scalar-exp.h, whose header states the measured error) vectorized in src/smax/neon-exp.h;
// neonfma fuses its multiply-adds (vfmaq_f32), so each exp differs from the scalar one by rounding only.
// Arguments below -87.3365 (and -inf) add exactly 0; NaN propagates to the sum. Reads exactly
// [input, input + batch): the last 1-3 elements are loaded one lane at a time.
#include <assert.h>
#include <stddef.h>

#define SMAX_NEON_FMA 1
#include "f32-raddexpminusmax/f32-raddexpminusmax.h"
#include "smax/neon-exp.h"

smax_f32_raddexpminusmax_ukernel_fn smax_f32_raddexpminusmax_ukernel__neonfma_rr2_p5_x16_acc2;

void smax_f32_raddexpminusmax_ukernel__neonfma_rr2_p5_x16_acc2(size_t batch, const float* input, const float* max, float* sum, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(max != NULL);
  assert(sum != NULL);
  (void) params;

  const struct smax_neon_exp_constants k = smax_neon_exp_constants_init();
  const float32x4_t vmax = vld1q_dup_f32(max);
  float32x4_t vacc0 = vdupq_n_f32(0.0f);
  float32x4_t vacc1 = vdupq_n_f32(0.0f);
  for (; batch >= 16 * sizeof(float); batch -= 16 * sizeof(float)) {
    const float32x4_t vx0 = vld1q_f32(input + 0);
    const float32x4_t vx1 = vld1q_f32(input + 4);
    const float32x4_t vx2 = vld1q_f32(input + 8);
    const float32x4_t vx3 = vld1q_f32(input + 12);
    input += 16;

    const float32x4_t vf0 = smax_neon_expminus(vsubq_f32(vx0, vmax), &k);

    const float32x4_t vf1 = smax_neon_expminus(vsubq_f32(vx1, vmax), &k);

    const float32x4_t vf2 = smax_neon_expminus(vsubq_f32(vx2, vmax), &k);

    const float32x4_t vf3 = smax_neon_expminus(vsubq_f32(vx3, vmax), &k);

    vacc0 = vaddq_f32(vacc0, vf0);
    vacc1 = vaddq_f32(vacc1, vf1);
    vacc0 = vaddq_f32(vacc0, vf2);
    vacc1 = vaddq_f32(vacc1, vf3);
  }
  vacc0 = vaddq_f32(vacc0, vacc1);
  for (; batch >= 4 * sizeof(float); batch -= 4 * sizeof(float)) {
    const float32x4_t vx = vld1q_f32(input);
    input += 4;
    vacc0 = vaddq_f32(vacc0, smax_neon_expminus(vsubq_f32(vx, vmax), &k));
  }
  if (batch != 0) {
    const size_t count = batch / sizeof(float);
    const float32x4_t vx = smax_neon_load_tail(input, count, vdupq_n_f32(0.0f));
    const float32x4_t vf = smax_neon_expminus(vsubq_f32(vx, vmax), &k);
    // Lanes past the end must add exactly 0 whatever exp gave for them (NaN when *max is inf).
    const uint32x4_t vvalid = smax_neon_lane_mask(count);
    vacc0 = vaddq_f32(vacc0, vreinterpretq_f32_u32(vandq_u32(vreinterpretq_u32_f32(vf), vvalid)));
  }
  *sum = smax_neon_reduce_add(vacc0);
}
