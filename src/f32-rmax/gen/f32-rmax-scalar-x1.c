// Generated from src/f32-rmax/scalar.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_rmax_ukernel__scalar_x1: *max = max(*max, input[0..n)), scalar, 1 elements per iteration,
// 1 independent running maxima.
//
// Exact (max involves no rounding). A NaN input is skipped (x > m is false for NaN); the exp passes
// that follow see it and make the row NaN. Reads exactly [input, input + batch).
#include <assert.h>
#include <stddef.h>

#include "f32-rmax/f32-rmax.h"
#include "smax/scalar-load.h"

smax_f32_rmax_ukernel_fn smax_f32_rmax_ukernel__scalar_x1;

void smax_f32_rmax_ukernel__scalar_x1(size_t batch, const float* input, float* max, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(max != NULL);
  (void) params;

  float vmax0 = *max;
  for (; batch != 0; batch -= sizeof(float)) {
    const float vx = smax_scalar_load_f32(input++);
    vmax0 = vx > vmax0 ? vx : vmax0;
  }
  *max = vmax0;
}
