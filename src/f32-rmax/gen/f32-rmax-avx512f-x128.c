// Generated from src/f32-rmax/avx512f.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_rmax_ukernel__avx512f_x128: *max = max(*max, input[0..n)); AVX-512F, 128 elements (8 vectors of 16)
// per iteration, 1 independent running-max vectors.
//
// Exact (max involves no rounding). vmaxps(x, m) is x > m ? x : m, the scalar kernel's expression, so
// a NaN input is skipped the same way; the exp passes that follow see it and make the row NaN. The
// tail is one k-masked vector whose masked-out lanes do not take part: reads exactly [input, input + batch).
#include <assert.h>
#include <stddef.h>

#include <immintrin.h>

#include "f32-rmax/f32-rmax.h"
#include "smax/avx512f-exp.h"

smax_f32_rmax_ukernel_fn smax_f32_rmax_ukernel__avx512f_x128;

void smax_f32_rmax_ukernel__avx512f_x128(size_t batch, const float* input, float* max, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(max != NULL);
  (void) params;

  __m512 vmax0 = _mm512_set1_ps(*max);
  for (; batch >= 128 * sizeof(float); batch -= 128 * sizeof(float)) {
    const __m512 vx0 = _mm512_loadu_ps(input + 0);
    const __m512 vx1 = _mm512_loadu_ps(input + 16);
    const __m512 vx2 = _mm512_loadu_ps(input + 32);
    const __m512 vx3 = _mm512_loadu_ps(input + 48);
    const __m512 vx4 = _mm512_loadu_ps(input + 64);
    const __m512 vx5 = _mm512_loadu_ps(input + 80);
    const __m512 vx6 = _mm512_loadu_ps(input + 96);
    const __m512 vx7 = _mm512_loadu_ps(input + 112);
    input += 128;

    vmax0 = _mm512_max_ps(vx0, vmax0);
    vmax0 = _mm512_max_ps(vx1, vmax0);
    vmax0 = _mm512_max_ps(vx2, vmax0);
    vmax0 = _mm512_max_ps(vx3, vmax0);
    vmax0 = _mm512_max_ps(vx4, vmax0);
    vmax0 = _mm512_max_ps(vx5, vmax0);
    vmax0 = _mm512_max_ps(vx6, vmax0);
    vmax0 = _mm512_max_ps(vx7, vmax0);
  }
  for (; batch >= 16 * sizeof(float); batch -= 16 * sizeof(float)) {
    vmax0 = _mm512_max_ps(_mm512_loadu_ps(input), vmax0);
    input += 16;
  }
  if (batch != 0) {
    const __mmask16 vmask = smax_avx512f_tail_mask(batch / sizeof(float));
    vmax0 = _mm512_mask_max_ps(vmax0, vmask, _mm512_maskz_loadu_ps(vmask, input), vmax0);
  }
  *max = _mm512_reduce_max_ps(vmax0);
}
