// Generated from src/f32-rmax/scalar.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f16_rmax_ukernel__scalar_x4_acc4: *max = max(*max, input[0..n)), scalar, 4 elements per iteration,
// 4 independent running maxima.
//
// Exact (max involves no rounding). A NaN input is skipped (x > m is false for NaN); the exp passes
// that follow see it and make the row NaN. Reads exactly [input, input + batch).
// Input: f16 bit patterns, widened exactly to float on load (src/smax/scalar-load.h), so the
// result is the f32 kernel's on the widened input, bit for bit.
#include <assert.h>
#include <stddef.h>

#include "f16-rmax/f16-rmax.h"
#include "smax/scalar-load.h"

smax_f16_rmax_ukernel_fn smax_f16_rmax_ukernel__scalar_x4_acc4;

void smax_f16_rmax_ukernel__scalar_x4_acc4(size_t batch, const uint16_t* input, float* max, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(uint16_t) == 0);
  assert(input != NULL);
  assert(max != NULL);
  (void) params;

  float vmax0 = *max;
  float vmax1 = *max;
  float vmax2 = *max;
  float vmax3 = *max;
  for (; batch >= 4 * sizeof(uint16_t); batch -= 4 * sizeof(uint16_t)) {
    const float vx0 = smax_scalar_load_f16(input + 0);
    const float vx1 = smax_scalar_load_f16(input + 1);
    const float vx2 = smax_scalar_load_f16(input + 2);
    const float vx3 = smax_scalar_load_f16(input + 3);
    input += 4;

    vmax0 = vx0 > vmax0 ? vx0 : vmax0;
    vmax1 = vx1 > vmax1 ? vx1 : vmax1;
    vmax2 = vx2 > vmax2 ? vx2 : vmax2;
    vmax3 = vx3 > vmax3 ? vx3 : vmax3;
  }
  vmax0 = vmax1 > vmax0 ? vmax1 : vmax0;
  vmax2 = vmax3 > vmax2 ? vmax3 : vmax2;
  vmax0 = vmax2 > vmax0 ? vmax2 : vmax0;
  for (; batch != 0; batch -= sizeof(uint16_t)) {
    const float vx = smax_scalar_load_f16(input++);
    vmax0 = vx > vmax0 ? vx : vmax0;
  }
  *max = vmax0;
}
