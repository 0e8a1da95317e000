// Generated from src/f32-rmax/avx2.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_rmax_ukernel__avx2_x32: *max = max(*max, input[0..n)); AVX2 + FMA3, 32 elements (4 vectors of 8)
// per iteration, 1 independent running-max vectors.
//
// Exact (max involves no rounding). vmaxps(x, m) is x > m ? x : m, the scalar kernel's expression, so
// a NaN input is skipped the same way; the exp passes that follow see it and make the row NaN. The
// tail is one vmaskmovps vector whose masked-out lanes do not take part: reads exactly [input, input + batch).
#include <assert.h>
#include <stddef.h>

#include <immintrin.h>

#include "f32-rmax/f32-rmax.h"
#include "smax/avx2-load.h"
#include "smax/avx2-exp.h"

smax_f32_rmax_ukernel_fn smax_f32_rmax_ukernel__avx2_x32;

void smax_f32_rmax_ukernel__avx2_x32(size_t batch, const float* input, float* max, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(max != NULL);
  (void) params;

  __m256 vmax0 = _mm256_set1_ps(*max);
  for (; batch >= 32 * sizeof(float); batch -= 32 * sizeof(float)) {
    const __m256 vx0 = smax_avx2_load_f32(input + 0);
    const __m256 vx1 = smax_avx2_load_f32(input + 8);
    const __m256 vx2 = smax_avx2_load_f32(input + 16);
    const __m256 vx3 = smax_avx2_load_f32(input + 24);
    input += 32;

    vmax0 = _mm256_max_ps(vx0, vmax0);
    vmax0 = _mm256_max_ps(vx1, vmax0);
    vmax0 = _mm256_max_ps(vx2, vmax0);
    vmax0 = _mm256_max_ps(vx3, vmax0);
  }
  for (; batch >= 8 * sizeof(float); batch -= 8 * sizeof(float)) {
    vmax0 = _mm256_max_ps(smax_avx2_load_f32(input), vmax0);
    input += 8;
  }
  if (batch != 0) {
    // Masked-out lanes take the running max, which leaves it unchanged.
    const size_t count = batch / sizeof(float);
    const __m256i vmask = smax_avx2_tail_mask(count);
    const __m256 vx = _mm256_blendv_ps(vmax0, smax_avx2_load_tail_f32(input, count), _mm256_castsi256_ps(vmask));
    vmax0 = _mm256_max_ps(vx, vmax0);
  }
  *max = _mm256_cvtss_f32(smax_avx2_broadcast_max(vmax0));
}
