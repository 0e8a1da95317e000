// Generated from src/f32-rmaxselect/scalar.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_rmaxselect_ukernel__scalar_x4_acc2: *max = max(*max, input[0..n)) and the indices of the inputs that are not <= *threshold;
// scalar, 4 elements per iteration, 2 independent running maxima.
//
// Exact (no rounding). A NaN input is skipped by the max (x > m is false for NaN) and selected (x <= t
// is false for NaN). The append is branch-free: every index is stored at indices[count] and count grows
// by the compare's result, so a kept index is never overwritten and a dropped one is overwritten by the
// next store; count <= i < n when index i is stored, so no store reaches indices + n. Reads exactly
// [input, input + batch).
#include <assert.h>
#include <stddef.h>
#include <stdint.h>

#include "f32-rmaxselect/f32-rmaxselect.h"

smax_f32_rmaxselect_ukernel_fn smax_f32_rmaxselect_ukernel__scalar_x4_acc2;

size_t smax_f32_rmaxselect_ukernel__scalar_x4_acc2(size_t batch, const float* input, float* max, const float* threshold, uint32_t* indices,
                 const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(max != NULL);
  assert(threshold != NULL);
  assert(indices != NULL);
  (void) params;

  const float vt = *threshold;
  float vmax0 = *max;
  float vmax1 = *max;
  size_t count = 0;
  uint32_t i = 0;
  for (; batch >= 4 * sizeof(float); batch -= 4 * sizeof(float)) {
    const float vx0 = input[0];
    const float vx1 = input[1];
    const float vx2 = input[2];
    const float vx3 = input[3];
    input += 4;

    vmax0 = vx0 > vmax0 ? vx0 : vmax0;
    vmax1 = vx1 > vmax1 ? vx1 : vmax1;
    vmax0 = vx2 > vmax0 ? vx2 : vmax0;
    vmax1 = vx3 > vmax1 ? vx3 : vmax1;
    indices[count] = i + 0;
    count += !(vx0 <= vt);
    indices[count] = i + 1;
    count += !(vx1 <= vt);
    indices[count] = i + 2;
    count += !(vx2 <= vt);
    indices[count] = i + 3;
    count += !(vx3 <= vt);
    i += 4;
  }
  vmax0 = vmax1 > vmax0 ? vmax1 : vmax0;
  for (; batch != 0; batch -= sizeof(float)) {
    const float vx = *input++;
    vmax0 = vx > vmax0 ? vx : vmax0;
    indices[count] = i++;
    count += !(vx <= vt);
  }
  *max = vmax0;
  return count;
}
