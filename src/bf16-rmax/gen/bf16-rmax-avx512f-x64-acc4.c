// Generated from src/f32-rmax/avx512f.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_bf16_rmax_ukernel__avx512f_x64_acc4: *max = max(*max, input[0..n)); AVX-512F, 64 elements (4 vectors of 16)
// per iteration, 4 independent running-max vectors.
//
// Exact (max involves no rounding). vmaxps(x, m) is x > m ? x : m, the scalar kernel's expression, so
// a NaN input is skipped the same way; the exp passes that follow see it and make the row NaN. The
// tail is one k-masked vector whose masked-out lanes do not take part: reads exactly [input, input + batch).
// Input: bf16 bit patterns, widened exactly to float on load (src/smax/avx512f-load.h), so the
// result is the f32 kernel's on the widened input, bit for bit.
#include <assert.h>
#include <stddef.h>

#include <immintrin.h>

#include "bf16-rmax/bf16-rmax.h"
#include "smax/avx512f-load.h"
#include "smax/avx512f-exp.h"

smax_bf16_rmax_ukernel_fn smax_bf16_rmax_ukernel__avx512f_x64_acc4;

void smax_bf16_rmax_ukernel__avx512f_x64_acc4(size_t batch, const uint16_t* input, float* max, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(uint16_t) == 0);
  assert(input != NULL);
  assert(max != NULL);
  (void) params;

  __m512 vmax0 = _mm512_set1_ps(*max);
  __m512 vmax1 = _mm512_set1_ps(*max);
  __m512 vmax2 = _mm512_set1_ps(*max);
  __m512 vmax3 = _mm512_set1_ps(*max);
  for (; batch >= 64 * sizeof(uint16_t); batch -= 64 * sizeof(uint16_t)) {
    const __m512 vx0 = smax_avx512f_load_bf16(input + 0);
    const __m512 vx1 = smax_avx512f_load_bf16(input + 16);
    const __m512 vx2 = smax_avx512f_load_bf16(input + 32);
    const __m512 vx3 = smax_avx512f_load_bf16(input + 48);
    input += 64;

    vmax0 = _mm512_max_ps(vx0, vmax0);
    vmax1 = _mm512_max_ps(vx1, vmax1);
    vmax2 = _mm512_max_ps(vx2, vmax2);
    vmax3 = _mm512_max_ps(vx3, vmax3);
  }
  vmax0 = _mm512_max_ps(vmax1, vmax0);
  vmax2 = _mm512_max_ps(vmax3, vmax2);
  vmax0 = _mm512_max_ps(vmax2, vmax0);
  for (; batch >= 16 * sizeof(uint16_t); batch -= 16 * sizeof(uint16_t)) {
    vmax0 = _mm512_max_ps(smax_avx512f_load_bf16(input), vmax0);
    input += 16;
  }
  if (batch != 0) {
    const size_t count = batch / sizeof(uint16_t);
    vmax0 = _mm512_mask_max_ps(vmax0, smax_avx512f_tail_mask(count), smax_avx512f_load_tail_bf16(input, count), vmax0);
  }
  *max = _mm512_reduce_max_ps(vmax0);
}
