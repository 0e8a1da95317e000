// Generated from src/f32-rmax/sse2.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_rmax_ukernel__sse2_x12_acc3: *max = max(*max, input[0..n)); SSE2, 12 elements (3 vectors of 4
// lanes) per iteration, 3 independent running-max vectors.
//
// Exact (max involves no rounding). _mm_max_ps(x, m) is `x > m ? x : m`, the scalar kernel's select,
// so a NaN input is skipped exactly as there; the exp passes that follow see it and make the row NaN.
// Remainders: whole vectors one at a time, then the last 1 to 3 elements one at a time with single-lane
// loads, so it reads exactly [input, input + batch).
#include <assert.h>
#include <stddef.h>

#include <emmintrin.h>

#include "f32-rmax/f32-rmax.h"
#include "smax/sse2-load.h"

smax_f32_rmax_ukernel_fn smax_f32_rmax_ukernel__sse2_x12_acc3;

void smax_f32_rmax_ukernel__sse2_x12_acc3(size_t batch, const float* input, float* max, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(max != NULL);
  (void) params;

  __m128 vmax0 = _mm_load1_ps(max);
  __m128 vmax1 = _mm_load1_ps(max);
  __m128 vmax2 = _mm_load1_ps(max);
  for (; batch >= 12 * sizeof(float); batch -= 12 * sizeof(float)) {
    const __m128 vx0 = smax_sse2_load_f32(input + 0);
    const __m128 vx1 = smax_sse2_load_f32(input + 4);
    const __m128 vx2 = smax_sse2_load_f32(input + 8);
    input += 12;

    vmax0 = _mm_max_ps(vx0, vmax0);
    vmax1 = _mm_max_ps(vx1, vmax1);
    vmax2 = _mm_max_ps(vx2, vmax2);
  }
  vmax0 = _mm_max_ps(vmax1, vmax0);
  vmax0 = _mm_max_ps(vmax2, vmax0);
  for (; batch >= 4 * sizeof(float); batch -= 4 * sizeof(float)) {
    vmax0 = _mm_max_ps(smax_sse2_load_f32(input), vmax0);
    input += 4;
  }
  // Across lanes: max(0, 2), max(1, 3), then lanes 0 and 1.
  vmax0 = _mm_max_ps(_mm_movehl_ps(vmax0, vmax0), vmax0);
  vmax0 = _mm_max_ss(_mm_shuffle_ps(vmax0, vmax0, _MM_SHUFFLE(1, 1, 1, 1)), vmax0);
  for (; batch != 0; batch -= sizeof(float)) {
    vmax0 = _mm_max_ss(smax_sse2_load1_f32(input), vmax0);
    input += 1;
  }
  _mm_store_ss(max, vmax0);
}
