// Generated from src/f32-rmaxselect/sse2.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_rmaxselect_ukernel__sse2_x16_acc2: *max = max(*max, input[0..n)) and the indices of the inputs that are not <= *threshold;
// SSE2, 16 elements (4 vectors of 4) per iteration, 2 independent running-max
// vectors.
//
// Exact (no rounding). _mm_max_ps(x, m) is `x > m ? x : m`, so a NaN input is skipped by the max;
// cmpnle (not less-or-equal, unordered) selects it. Selected lanes are rare once the operator's threshold
// has settled: one movemask per iteration tests them all, and only then are the lanes' indices
// appended one by one. The last 1 to 3 elements are scalar: reads exactly [input, input + batch).
#include <assert.h>
#include <stddef.h>
#include <stdint.h>

#include <emmintrin.h>

#include "f32-rmaxselect/f32-rmaxselect.h"
#include "smax/common.h"
#include "f32-rmaxselect/append-lanes.h"

smax_f32_rmaxselect_ukernel_fn smax_f32_rmaxselect_ukernel__sse2_x16_acc2;

size_t smax_f32_rmaxselect_ukernel__sse2_x16_acc2(size_t batch, const float* input, float* max, const float* threshold, uint32_t* indices,
                 const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(max != NULL);
  assert(threshold != NULL);
  assert(indices != NULL);
  (void) params;

  const __m128 vt = _mm_set1_ps(*threshold);
  __m128 vmax0 = _mm_set1_ps(*max);
  __m128 vmax1 = _mm_set1_ps(*max);
  size_t count = 0;
  uint32_t i = 0;
  for (; batch >= 16 * sizeof(float); batch -= 16 * sizeof(float)) {
    const __m128 vx0 = _mm_loadu_ps(input + 0);
    const __m128 vx1 = _mm_loadu_ps(input + 4);
    const __m128 vx2 = _mm_loadu_ps(input + 8);
    const __m128 vx3 = _mm_loadu_ps(input + 12);
    input += 16;

    vmax0 = _mm_max_ps(vx0, vmax0);
    vmax1 = _mm_max_ps(vx1, vmax1);
    vmax0 = _mm_max_ps(vx2, vmax0);
    vmax1 = _mm_max_ps(vx3, vmax1);
    const __m128 vsel0 = _mm_cmpnle_ps(vx0, vt);
    const __m128 vsel1 = _mm_cmpnle_ps(vx1, vt);
    const __m128 vsel2 = _mm_cmpnle_ps(vx2, vt);
    const __m128 vsel3 = _mm_cmpnle_ps(vx3, vt);
    const __m128 vany = _mm_or_ps(vsel0, _mm_or_ps(vsel1, _mm_or_ps(vsel2, vsel3)));
    if (SMAX_UNLIKELY(_mm_movemask_ps(vany) != 0)) {
      count = append_lanes(indices, count, i + 0, (unsigned) _mm_movemask_ps(vsel0));
      count = append_lanes(indices, count, i + 4, (unsigned) _mm_movemask_ps(vsel1));
      count = append_lanes(indices, count, i + 8, (unsigned) _mm_movemask_ps(vsel2));
      count = append_lanes(indices, count, i + 12, (unsigned) _mm_movemask_ps(vsel3));
    }
    i += 16;
  }
  vmax0 = _mm_max_ps(vmax1, vmax0);
  for (; batch >= 4 * sizeof(float); batch -= 4 * sizeof(float)) {
    const __m128 vx = _mm_loadu_ps(input);
    input += 4;
    vmax0 = _mm_max_ps(vx, vmax0);
    count = append_lanes(indices, count, i, (unsigned) _mm_movemask_ps(_mm_cmpnle_ps(vx, vt)));
    i += 4;
  }
  float lanes[4];
  _mm_storeu_ps(lanes, vmax0);
  float vmax = lanes[0];
  for (size_t lane = 1; lane < 4; lane++) {
    vmax = lanes[lane] > vmax ? lanes[lane] : vmax;
  }
  const float t = *threshold;
  for (; batch != 0; batch -= sizeof(float)) {
    const float vx = *input++;
    vmax = vx > vmax ? vx : vmax;
    if (!(vx <= t)) {
      indices[count++] = i;
    }
    i++;
  }
  *max = vmax;
  return count;
}
