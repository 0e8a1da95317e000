// Generated from src/f32-rmax/avx2.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_bf16_rmax_ukernel__avx2_x32_acc4: *max = max(*max, input[0..n)); AVX2 + FMA3, 32 elements (4 vectors of 8)
// per iteration, 4 independent running-max vectors.
//
// Exact (max involves no rounding). vmaxps(x, m) is x > m ? x : m, the scalar kernel's expression, so
// a NaN input is skipped the same way; the exp passes that follow see it and make the row NaN. The
// tail is one vmaskmovps vector whose masked-out lanes do not take part: reads exactly [input, input + batch).
// Input: bf16 bit patterns, widened exactly to float on load (src/smax/avx2-load.h), so the
// result is the f32 kernel's on the widened input, bit for bit.
#include <assert.h>
#include <stddef.h>

#include <immintrin.h>

#include "bf16-rmax/bf16-rmax.h"
#include "smax/avx2-load.h"
#include "smax/avx2-exp.h"

smax_bf16_rmax_ukernel_fn smax_bf16_rmax_ukernel__avx2_x32_acc4;

void smax_bf16_rmax_ukernel__avx2_x32_acc4(size_t batch, const uint16_t* input, float* max, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(uint16_t) == 0);
  assert(input != NULL);
  assert(max != NULL);
  (void) params;

  __m256 vmax0 = _mm256_set1_ps(*max);
  __m256 vmax1 = _mm256_set1_ps(*max);
  __m256 vmax2 = _mm256_set1_ps(*max);
  __m256 vmax3 = _mm256_set1_ps(*max);
  for (; batch >= 32 * sizeof(uint16_t); batch -= 32 * sizeof(uint16_t)) {
    const __m256 vx0 = smax_avx2_load_bf16(input + 0);
    const __m256 vx1 = smax_avx2_load_bf16(input + 8);
    const __m256 vx2 = smax_avx2_load_bf16(input + 16);
    const __m256 vx3 = smax_avx2_load_bf16(input + 24);
    input += 32;

    vmax0 = _mm256_max_ps(vx0, vmax0);
    vmax1 = _mm256_max_ps(vx1, vmax1);
    vmax2 = _mm256_max_ps(vx2, vmax2);
    vmax3 = _mm256_max_ps(vx3, vmax3);
  }
  vmax0 = _mm256_max_ps(vmax1, vmax0);
  vmax2 = _mm256_max_ps(vmax3, vmax2);
  vmax0 = _mm256_max_ps(vmax2, vmax0);
  for (; batch >= 8 * sizeof(uint16_t); batch -= 8 * sizeof(uint16_t)) {
    vmax0 = _mm256_max_ps(smax_avx2_load_bf16(input), vmax0);
    input += 8;
  }
  if (batch != 0) {
    // Masked-out lanes take the running max, which leaves it unchanged.
    const size_t count = batch / sizeof(uint16_t);
    const __m256i vmask = smax_avx2_tail_mask(count);
    const __m256 vx = _mm256_blendv_ps(vmax0, smax_avx2_load_tail_bf16(input, count), _mm256_castsi256_ps(vmask));
    vmax0 = _mm256_max_ps(vx, vmax0);
  }
  *max = _mm256_cvtss_f32(smax_avx2_broadcast_max(vmax0));
}
