// Generated from src/f32-rmax/avx.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_rmax_ukernel__avx_x16_acc2: *max = max(*max, input[0..n)); AVX, 16 elements (2 vectors of 8
// lanes) per iteration, 2 independent running-max vectors.
//
// Exact (max involves no rounding). _mm256_max_ps(x, m) is `x > m ? x : m`, the scalar kernel's
// select, so a NaN input is skipped exactly as there; the exp passes that follow see it and make the
// row NaN. Remainders: whole vectors one at a time, then the last 1 to 7 elements with a masked load
// whose masked-out lanes (loaded as 0) keep the old maximum, so it reads exactly [input, input + batch).
#include <assert.h>
#include <stddef.h>

#include <immintrin.h>

#include "f32-rmax/f32-rmax.h"
#include "smax/avx-exp.h"

smax_f32_rmax_ukernel_fn smax_f32_rmax_ukernel__avx_x16_acc2;

void smax_f32_rmax_ukernel__avx_x16_acc2(size_t batch, const float* input, float* max, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(max != NULL);
  (void) params;

  __m256 vmax0 = _mm256_broadcast_ss(max);
  __m256 vmax1 = _mm256_broadcast_ss(max);
  for (; batch >= 16 * sizeof(float); batch -= 16 * sizeof(float)) {
    const __m256 vx0 = _mm256_loadu_ps(input + 0);
    const __m256 vx1 = _mm256_loadu_ps(input + 8);
    input += 16;

    vmax0 = _mm256_max_ps(vx0, vmax0);
    vmax1 = _mm256_max_ps(vx1, vmax1);
  }
  vmax0 = _mm256_max_ps(vmax1, vmax0);
  for (; batch >= 8 * sizeof(float); batch -= 8 * sizeof(float)) {
    vmax0 = _mm256_max_ps(_mm256_loadu_ps(input), vmax0);
    input += 8;
  }
  if (batch != 0) {
    assert(batch >= 1 * sizeof(float));
    assert(batch <= 7 * sizeof(float));
        const __m256i vmask = smax_avx_tail_mask(batch / sizeof(float));
    const __m256 vx = _mm256_maskload_ps(input, vmask);
    vmax0 = smax_avx_select(_mm256_castsi256_ps(vmask), _mm256_max_ps(vx, vmax0), vmax0);
  }
  // Across lanes: max of the halves, then max(0, 2), max(1, 3), then lanes 0 and 1.
  __m128 vmax = _mm_max_ps(_mm256_extractf128_ps(vmax0, 1), _mm256_castps256_ps128(vmax0));
  vmax = _mm_max_ps(_mm_movehl_ps(vmax, vmax), vmax);
  vmax = _mm_max_ss(_mm_shuffle_ps(vmax, vmax, _MM_SHUFFLE(1, 1, 1, 1)), vmax);
  _mm_store_ss(max, vmax);
}
