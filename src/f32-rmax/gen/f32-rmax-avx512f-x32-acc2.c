// Generated from src/f32-rmax/avx512f.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_rmax_ukernel__avx512f_x32_acc2: *max = max(*max, input[0..n)); AVX-512F, 32 elements (2 vectors of 16)
// per iteration, 2 independent running-max vectors.
//
// Exact (max involves no rounding). vmaxps(x, m) is x > m ? x : m, the scalar kernel's expression, so
// a NaN input is skipped the same way; the exp passes that follow see it and make the row NaN. The
// tail is one k-masked vector whose masked-out lanes do not take part: reads exactly [input, input + batch).
#include <assert.h>
#include <stddef.h>

#include <immintrin.h>

#include "f32-rmax/f32-rmax.h"
#include "smax/avx512f-load.h"
#include "smax/avx512f-exp.h"

smax_f32_rmax_ukernel_fn smax_f32_rmax_ukernel__avx512f_x32_acc2;

void smax_f32_rmax_ukernel__avx512f_x32_acc2(size_t batch, const float* input, float* max, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(max != NULL);
  (void) params;

  __m512 vmax0 = _mm512_set1_ps(*max);
  __m512 vmax1 = _mm512_set1_ps(*max);
  for (; batch >= 32 * sizeof(float); batch -= 32 * sizeof(float)) {
    const __m512 vx0 = smax_avx512f_load_f32(input + 0);
    const __m512 vx1 = smax_avx512f_load_f32(input + 16);
    input += 32;

    vmax0 = _mm512_max_ps(vx0, vmax0);
    vmax1 = _mm512_max_ps(vx1, vmax1);
  }
  vmax0 = _mm512_max_ps(vmax1, vmax0);
  for (; batch >= 16 * sizeof(float); batch -= 16 * sizeof(float)) {
    vmax0 = _mm512_max_ps(smax_avx512f_load_f32(input), vmax0);
    input += 16;
  }
  if (batch != 0) {
    const size_t count = batch / sizeof(float);
    vmax0 = _mm512_mask_max_ps(vmax0, smax_avx512f_tail_mask(count), smax_avx512f_load_tail_f32(input, count), vmax0);
  }
  *max = _mm512_reduce_max_ps(vmax0);
}
