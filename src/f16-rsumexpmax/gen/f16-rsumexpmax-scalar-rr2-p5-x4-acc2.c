// Generated from src/bf16-rsumexpmax/scalar-rr2-p5.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f16_rsumexpmax_ukernel__scalar_rr2_p5_x4_acc2: *sum = sum_i exp(widen(input[i]) - *reference) and
// *max = max(*max, widen(input[i])); scalar, 4 elements per iteration, 2 partial
// sums (element N adds to partial sum N mod 2) and as many running maxima.
// The exp is smax_scalar_expminus (src/smax/scalar-exp.h, rr2-p5: the f32-raddstoreexpminusmax scalar
// kernels' core), the widening smax_scalar_load_f16. A NaN input is skipped by the max (x > m is false
// for NaN) and makes the sum NaN. Reads exactly [input, input + batch).
#include <assert.h>
#include <stddef.h>
#include <stdint.h>

#include "f16-rsumexpmax/f16-rsumexpmax.h"
#include "smax/scalar-exp.h"
#include "smax/scalar-load.h"

smax_f16_rsumexpmax_ukernel_fn smax_f16_rsumexpmax_ukernel__scalar_rr2_p5_x4_acc2;

void smax_f16_rsumexpmax_ukernel__scalar_rr2_p5_x4_acc2(size_t batch, const uint16_t* input, const float* reference, float* sum, float* max,
    const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(uint16_t) == 0);
  assert(input != NULL);
  assert(reference != NULL);
  assert(sum != NULL);
  assert(max != NULL);
  (void) params;

  const float vreference = *reference;
  float vacc0 = 0.0f;
  float vmax0 = *max;
  float vacc1 = 0.0f;
  float vmax1 = *max;
  for (; batch >= 4 * sizeof(uint16_t); batch -= 4 * sizeof(uint16_t)) {
    const float vx0 = smax_scalar_load_f16(input + 0);
    const float vx1 = smax_scalar_load_f16(input + 1);
    const float vx2 = smax_scalar_load_f16(input + 2);
    const float vx3 = smax_scalar_load_f16(input + 3);
    input += 4;

    vmax0 = vx0 > vmax0 ? vx0 : vmax0;
    vmax1 = vx1 > vmax1 ? vx1 : vmax1;
    vmax0 = vx2 > vmax0 ? vx2 : vmax0;
    vmax1 = vx3 > vmax1 ? vx3 : vmax1;
    vacc0 += smax_scalar_expminus(vx0 - vreference);
    vacc1 += smax_scalar_expminus(vx1 - vreference);
    vacc0 += smax_scalar_expminus(vx2 - vreference);
    vacc1 += smax_scalar_expminus(vx3 - vreference);
  }
  vacc0 += vacc1;
  vmax0 = vmax1 > vmax0 ? vmax1 : vmax0;
  for (; batch != 0; batch -= sizeof(uint16_t)) {
    const float vx = smax_scalar_load_f16(input++);
    vmax0 = vx > vmax0 ? vx : vmax0;
    vacc0 += smax_scalar_expminus(vx - vreference);
  }
  *sum = vacc0;
  *max = vmax0;
}
