// Generated from src/f32-vscaleexpminusmax/scalar-rr2-p5.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_vscaleexpminusmax_ukernel__scalar_rr2_p5_x1: output[i] = exp(input[i] - *max) * *scale; scalar, 1 elements per iteration.
//
// rr2-p5: two-constant Cody-Waite range reduction and a degree-5 polynomial (src/smax/scalar-exp.h,
// whose header states the measured error of exp); one more rounding for the scale. Arguments below
// -87.3365 (and -inf) give exactly 0; NaN propagates. Reads exactly [input, input + batch) and writes
// exactly [output, output + batch); output may equal input.
#include <assert.h>
#include <stddef.h>

#include "f32-vscaleexpminusmax/f32-vscaleexpminusmax.h"
#include "smax/scalar-exp.h"

smax_f32_vscaleexpminusmax_ukernel_fn smax_f32_vscaleexpminusmax_ukernel__scalar_rr2_p5_x1;

void smax_f32_vscaleexpminusmax_ukernel__scalar_rr2_p5_x1(size_t batch, const float* input, float* output, const float* max, const float* scale,
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
  for (; batch != 0; batch -= sizeof(float)) {
    *output++ = smax_scalar_expminus(*input++ - vmax) * vscale;
  }
}
