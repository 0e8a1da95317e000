// Generated from src/f32-rmax/sse2.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_bf16_rmax_ukernel__sse2_x32_acc4: *max = max(*max, input[0..n)); SSE2, 32 elements (8 vectors of 4
// lanes) per iteration, 4 independent running-max vectors.
//
// Exact (max involves no rounding). _mm_max_ps(x, m) is `x > m ? x : m`, the scalar kernel's select,
// so a NaN input is skipped exactly as there; the exp passes that follow see it and make the row NaN.
// Remainders: whole vectors one at a time, then the last 1 to 3 elements one at a time with single-lane
// loads, so it reads exactly [input, input + batch).
// Input: bf16 bit patterns, widened exactly to float on load (src/smax/sse2-load.h), so the
// result is the f32 kernel's on the widened input, bit for bit.
#include <assert.h>
#include <stddef.h>

#include <emmintrin.h>

#include "bf16-rmax/bf16-rmax.h"
#include "smax/sse2-load.h"

smax_bf16_rmax_ukernel_fn smax_bf16_rmax_ukernel__sse2_x32_acc4;

void smax_bf16_rmax_ukernel__sse2_x32_acc4(size_t batch, const uint16_t* input, float* max, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(uint16_t) == 0);
  assert(input != NULL);
  assert(max != NULL);
  (void) params;

  __m128 vmax0 = _mm_load1_ps(max);
  __m128 vmax1 = _mm_load1_ps(max);
  __m128 vmax2 = _mm_load1_ps(max);
  __m128 vmax3 = _mm_load1_ps(max);
  for (; batch >= 32 * sizeof(uint16_t); batch -= 32 * sizeof(uint16_t)) {
    const __m128 vx0 = smax_sse2_load_bf16(input + 0);
    const __m128 vx1 = smax_sse2_load_bf16(input + 4);
    const __m128 vx2 = smax_sse2_load_bf16(input + 8);
    const __m128 vx3 = smax_sse2_load_bf16(input + 12);
    const __m128 vx4 = smax_sse2_load_bf16(input + 16);
    const __m128 vx5 = smax_sse2_load_bf16(input + 20);
    const __m128 vx6 = smax_sse2_load_bf16(input + 24);
    const __m128 vx7 = smax_sse2_load_bf16(input + 28);
    input += 32;

    vmax0 = _mm_max_ps(vx0, vmax0);
    vmax1 = _mm_max_ps(vx1, vmax1);
    vmax2 = _mm_max_ps(vx2, vmax2);
    vmax3 = _mm_max_ps(vx3, vmax3);
    vmax0 = _mm_max_ps(vx4, vmax0);
    vmax1 = _mm_max_ps(vx5, vmax1);
    vmax2 = _mm_max_ps(vx6, vmax2);
    vmax3 = _mm_max_ps(vx7, vmax3);
  }
  vmax0 = _mm_max_ps(vmax1, vmax0);
  vmax2 = _mm_max_ps(vmax3, vmax2);
  vmax0 = _mm_max_ps(vmax2, vmax0);
  for (; batch >= 4 * sizeof(uint16_t); batch -= 4 * sizeof(uint16_t)) {
    vmax0 = _mm_max_ps(smax_sse2_load_bf16(input), vmax0);
    input += 4;
  }
  // Across lanes: max(0, 2), max(1, 3), then lanes 0 and 1.
  vmax0 = _mm_max_ps(_mm_movehl_ps(vmax0, vmax0), vmax0);
  vmax0 = _mm_max_ss(_mm_shuffle_ps(vmax0, vmax0, _MM_SHUFFLE(1, 1, 1, 1)), vmax0);
  for (; batch != 0; batch -= sizeof(uint16_t)) {
    vmax0 = _mm_max_ss(smax_sse2_load1_bf16(input), vmax0);
    input += 1;
  }
  _mm_store_ss(max, vmax0);
}
