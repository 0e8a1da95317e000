// Generated from src/f32-raddexpminusmax/scalar-rr2-p5.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_raddexpminusmax_ukernel__scalar_rr2_p5_x2: *sum = sum_i exp(input[i] - *max); scalar, 2 elements per iteration,
// 1 independent partial sums.
//
// rr2-p5: two-constant Cody-Waite range reduction and a degree-5 polynomial (src/smax/scalar-exp.h,
// whose header states the measured error of exp). Arguments below -87.3365 (and -inf) add exactly
// 0; NaN propagates to the sum. Reads exactly [input, input + batch).
#include <assert.h>
#include <stddef.h>

#include "f32-raddexpminusmax/f32-raddexpminusmax.h"
#include "smax/scalar-exp.h"

smax_f32_raddexpminusmax_ukernel_fn smax_f32_raddexpminusmax_ukernel__scalar_rr2_p5_x2;

void smax_f32_raddexpminusmax_ukernel__scalar_rr2_p5_x2(size_t batch, const float* input, const float* max, float* sum, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(max != NULL);
  assert(sum != NULL);
  (void) params;

  const float vmax = *max;
  float vacc0 = 0.0f;
  for (; batch >= 2 * sizeof(float); batch -= 2 * sizeof(float)) {
    const float vf0 = smax_scalar_expminus(input[0] - vmax);
    const float vf1 = smax_scalar_expminus(input[1] - vmax);
    input += 2;

    vacc0 += vf0;
    vacc0 += vf1;
  }
  for (; batch != 0; batch -= sizeof(float)) {
    vacc0 += smax_scalar_expminus(*input++ - vmax);
  }
  *sum = vacc0;
}
