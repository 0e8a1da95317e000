// Generated from src/bf16-rsumexpmax/avx512f-rr2-lut16-p3.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f16_rsumexpmax_ukernel__avx512f_rr2_lut16_p3_x128_acc8: *sum = sum_i exp(widen(input[i]) - *reference) and
// *max = max(*max, widen(input[i])); AVX-512F, 128 elements (8 vectors) per iteration,
// 8 partial-sum vectors (vector N adds to partial sum N mod 8).
//
// Each vector of 16 halves is widened once (vcvtph2ps, smax_avx512f_load_f16) for both the max and
// the exp, and no exp is stored (bench cases f16-rsumexpmax/avx512f/<kernel>/hot:2048 against
// f16-f32-raddstoreexpminusmax/avx512f/<kernel>/hot:2048).
// The exp is the rr2-lut16-p3 core of src/smax/avx512f-exp.h (smax_avx512f_lut16_expminus, and in the
// main loop its two-vector form smax_avx512f_lut16_expminus_pair, the same bits: the bound of
// f32-raddstoreexpminusmax's lut16 rows). vmaxps returns its second operand when either is NaN, so
// NaN inputs are skipped by the max, as in the rmax kernels; the exp keeps them and the sum is NaN.
// Whole iterations, then single vectors, then one masked vector: reads exactly [input, input + batch).
#include <assert.h>
#include <math.h>
#include <stddef.h>
#include <stdint.h>

#include <immintrin.h>

#include "f16-rsumexpmax/f16-rsumexpmax.h"
#include "smax/avx512f-exp.h"
#include "smax/avx512f-load.h"

smax_f16_rsumexpmax_ukernel_fn smax_f16_rsumexpmax_ukernel__avx512f_rr2_lut16_p3_x128_acc8;

void smax_f16_rsumexpmax_ukernel__avx512f_rr2_lut16_p3_x128_acc8(size_t batch, const uint16_t* input, const float* reference, float* sum, float* max,
    const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(uint16_t) == 0);
  assert(input != NULL);
  assert(reference != NULL);
  assert(sum != NULL);
  assert(max != NULL);
  (void) params;

  const __m512 vreference = _mm512_set1_ps(*reference);
  const __m512i vtable = smax_lut16_table();
  __m512 vacc0 = _mm512_setzero_ps();
  __m512 vacc1 = _mm512_setzero_ps();
  __m512 vacc2 = _mm512_setzero_ps();
  __m512 vacc3 = _mm512_setzero_ps();
  __m512 vacc4 = _mm512_setzero_ps();
  __m512 vacc5 = _mm512_setzero_ps();
  __m512 vacc6 = _mm512_setzero_ps();
  __m512 vacc7 = _mm512_setzero_ps();
  __m512 vmax0 = _mm512_set1_ps(*max);
  __m512 vmax1 = _mm512_set1_ps(*max);
  for (; batch >= 128 * sizeof(uint16_t); batch -= 128 * sizeof(uint16_t)) {
    __m512 vw0;
    __m512 vw1;
    __m512 vw2;
    __m512 vw3;
    __m512 vw4;
    __m512 vw5;
    __m512 vw6;
    __m512 vw7;
    vw0 = smax_avx512f_load_f16(input + 0);
    vw1 = smax_avx512f_load_f16(input + 16);
    vw2 = smax_avx512f_load_f16(input + 32);
    vw3 = smax_avx512f_load_f16(input + 48);
    vw4 = smax_avx512f_load_f16(input + 64);
    vw5 = smax_avx512f_load_f16(input + 80);
    vw6 = smax_avx512f_load_f16(input + 96);
    vw7 = smax_avx512f_load_f16(input + 112);
    input += 128;

    vmax0 = _mm512_max_ps(vw0, vmax0);
    vmax1 = _mm512_max_ps(vw1, vmax1);
    vmax0 = _mm512_max_ps(vw2, vmax0);
    vmax1 = _mm512_max_ps(vw3, vmax1);
    vmax0 = _mm512_max_ps(vw4, vmax0);
    vmax1 = _mm512_max_ps(vw5, vmax1);
    vmax0 = _mm512_max_ps(vw6, vmax0);
    vmax1 = _mm512_max_ps(vw7, vmax1);
    // The exps two at a time, step by step (smax_avx512f_lut16_expminus_pair); each partial sum adds
    // its vectors in the same order as one at a time.
    __m512 vf0;
    __m512 vf1;
    smax_avx512f_lut16_expminus_pair(_mm512_sub_ps(vw0, vreference), _mm512_sub_ps(vw1, vreference), vtable, &vf0, &vf1);
    vacc0 = _mm512_add_ps(vacc0, vf0);
    vacc1 = _mm512_add_ps(vacc1, vf1);
    __m512 vf2;
    __m512 vf3;
    smax_avx512f_lut16_expminus_pair(_mm512_sub_ps(vw2, vreference), _mm512_sub_ps(vw3, vreference), vtable, &vf2, &vf3);
    vacc2 = _mm512_add_ps(vacc2, vf2);
    vacc3 = _mm512_add_ps(vacc3, vf3);
    __m512 vf4;
    __m512 vf5;
    smax_avx512f_lut16_expminus_pair(_mm512_sub_ps(vw4, vreference), _mm512_sub_ps(vw5, vreference), vtable, &vf4, &vf5);
    vacc4 = _mm512_add_ps(vacc4, vf4);
    vacc5 = _mm512_add_ps(vacc5, vf5);
    __m512 vf6;
    __m512 vf7;
    smax_avx512f_lut16_expminus_pair(_mm512_sub_ps(vw6, vreference), _mm512_sub_ps(vw7, vreference), vtable, &vf6, &vf7);
    vacc6 = _mm512_add_ps(vacc6, vf6);
    vacc7 = _mm512_add_ps(vacc7, vf7);
  }
  vacc0 = _mm512_add_ps(vacc0, vacc1);
  vacc2 = _mm512_add_ps(vacc2, vacc3);
  vacc4 = _mm512_add_ps(vacc4, vacc5);
  vacc6 = _mm512_add_ps(vacc6, vacc7);
  vacc0 = _mm512_add_ps(vacc0, vacc2);
  vacc4 = _mm512_add_ps(vacc4, vacc6);
  vacc0 = _mm512_add_ps(vacc0, vacc4);
  vmax0 = _mm512_max_ps(vmax1, vmax0);
  for (; batch >= 16 * sizeof(uint16_t); batch -= 16 * sizeof(uint16_t)) {
    const __m512 vw = smax_avx512f_load_f16(input);
    input += 16;
    vmax0 = _mm512_max_ps(vw, vmax0);
    vacc0 = _mm512_add_ps(vacc0, smax_avx512f_lut16_expminus(_mm512_sub_ps(vw, vreference), vtable));
  }
  if (batch != 0) {
    // Masked-out lanes load 0 and are neither added nor compared.
    const size_t count = batch / sizeof(uint16_t);
    const __mmask16 vmask = smax_avx512f_tail_mask(count);
    const __m512 vw = smax_avx512f_load_tail_f16(input, count);
    vmax0 = _mm512_mask_max_ps(vmax0, vmask, vw, vmax0);
    vacc0 = _mm512_mask_add_ps(vacc0, vmask, vacc0, smax_avx512f_lut16_expminus(_mm512_sub_ps(vw, vreference), vtable));
  }
  *sum = _mm512_reduce_add_ps(vacc0);
  *max = _mm512_reduce_max_ps(vmax0);
}
