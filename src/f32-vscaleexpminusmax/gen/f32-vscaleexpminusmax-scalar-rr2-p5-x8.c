// Generated from src/f32-vscaleexpminusmax/scalar-rr2-p5.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_vscaleexpminusmax_ukernel__scalar_rr2_p5_x8: output[i] = exp(input[i] - *max) * *scale; scalar, 8 elements per iteration.
//
// rr2-p5: two-constant Cody-Waite range reduction and a degree-5 polynomial (src/smax/scalar-exp.h,
// whose header states the measured error of exp); one more rounding for the scale. Arguments below
// -87.3365 (and -inf) give exactly 0; NaN propagates. Reads exactly [input, input + batch) and writes
// exactly [output, output + batch); output may equal input.
#include <assert.h>
#include <stddef.h>

#include "f32-vscaleexpminusmax/f32-vscaleexpminusmax.h"
#include "smax/scalar-exp.h"

smax_f32_vscaleexpminusmax_ukernel_fn smax_f32_vscaleexpminusmax_ukernel__scalar_rr2_p5_x8;

void smax_f32_vscaleexpminusmax_ukernel__scalar_rr2_p5_x8(size_t batch, const float* input, float* output, const float* max, const float* scale,
    const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(output != NULL);
  assert(max != NULL);
  assert(scale != NULL);
  (void) params;

  const float vmax = *max;
  const float vscale = *scale;
  for (; batch >= 8 * sizeof(float); batch -= 8 * sizeof(float)) {
    const float vf0 = smax_scalar_expminus(input[0] - vmax);
    const float vf1 = smax_scalar_expminus(input[1] - vmax);
    const float vf2 = smax_scalar_expminus(input[2] - vmax);
    const float vf3 = smax_scalar_expminus(input[3] - vmax);
    const float vf4 = smax_scalar_expminus(input[4] - vmax);
    const float vf5 = smax_scalar_expminus(input[5] - vmax);
    const float vf6 = smax_scalar_expminus(input[6] - vmax);
    const float vf7 = smax_scalar_expminus(input[7] - vmax);
    input += 8;

    output[0] = vf0 * vscale;
    output[1] = vf1 * vscale;
    output[2] = vf2 * vscale;
    output[3] = vf3 * vscale;
    output[4] = vf4 * vscale;
    output[5] = vf5 * vscale;
    output[6] = vf6 * vscale;
    output[7] = vf7 * vscale;
    output += 8;
  }
  for (; batch != 0; batch -= sizeof(float)) {
    *output++ = smax_scalar_expminus(*input++ - vmax) * vscale;
  }
}
