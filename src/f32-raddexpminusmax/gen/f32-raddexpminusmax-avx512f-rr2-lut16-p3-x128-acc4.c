// Generated from src/f32-raddexpminusmax/avx512f-rr2-lut16-p3.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_raddexpminusmax_ukernel__avx512f_rr2_lut16_p3_x128_acc4: *sum = sum_i exp(input[i] - *max); AVX-512F,
// 128 elements (8 vectors of 16) per iteration, 4 independent partial-sum
// vectors (vector N adds to partial sum N mod 4).
//
// rr2-lut16-p3: the exp core of src/f32-raddstoreexpminusmax/avx512f-rr2-lut16-p3.c.in (which says how it
// works and why it is faster than rr2-p5 on the Zen 4) and of smax_avx512f_lut16_expminus
// (src/smax/avx512f-exp.h: at most 0.99 ULP, measured over every float), here without the store: the
// same operations per vector, so every exp is that function's. Arguments below -87.3365 (and -inf) add
// exactly 0; NaN propagates to the sum. The tail is one k-masked vector: reads exactly
// [input, input + batch).
#include <assert.h>
#include <stddef.h>

#include <immintrin.h>

#include "f32-raddexpminusmax/f32-raddexpminusmax.h"
#include "smax/avx512f-exp.h"

smax_f32_raddexpminusmax_ukernel_fn smax_f32_raddexpminusmax_ukernel__avx512f_rr2_lut16_p3_x128_acc4;

void smax_f32_raddexpminusmax_ukernel__avx512f_rr2_lut16_p3_x128_acc4(size_t batch, const float* input, const float* max, float* sum, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(max != NULL);
  assert(sum != NULL);
  (void) params;

  const __m512 vmax = _mm512_set1_ps(*max);
  const __m512 vlog2e = _mm512_set1_ps(SMAX_EXP_LOG2E);
  const __m512 vmagic_bias = _mm512_set1_ps(SMAX_LUT16_MAGIC_BIAS);
  const __m512i vtable = smax_lut16_table();
  const __m512 vminus_ln2_hi = _mm512_set1_ps(SMAX_EXP_FMA_MINUS_LN2_HI);
  const __m512 vminus_ln2_lo = _mm512_set1_ps(SMAX_EXP_FMA_MINUS_LN2_LO);
  const __m512 vc3 = _mm512_set1_ps(SMAX_LUT16_C3);
  const __m512 vc2 = _mm512_set1_ps(SMAX_LUT16_C2);
  const __m512 vcutoff = _mm512_set1_ps(SMAX_EXP_CUTOFF);

  __m512 vacc0 = _mm512_setzero_ps();
  __m512 vacc1 = _mm512_setzero_ps();
  __m512 vacc2 = _mm512_setzero_ps();
  __m512 vacc3 = _mm512_setzero_ps();
  for (; batch >= 128 * sizeof(float); batch -= 128 * sizeof(float)) {
    const __m512 vx0 = _mm512_sub_ps(_mm512_loadu_ps(input + 0), vmax);
    const __m512 vx1 = _mm512_sub_ps(_mm512_loadu_ps(input + 16), vmax);
    const __m512 vx2 = _mm512_sub_ps(_mm512_loadu_ps(input + 32), vmax);
    // n = round(x * 16 * log2e), held as n/16 + bias.
    const __m512 vbiased0 = _mm512_fmadd_ps(vx0, vlog2e, vmagic_bias);
    const __m512 vbiased1 = _mm512_fmadd_ps(vx1, vlog2e, vmagic_bias);
    const __m512 vbiased2 = _mm512_fmadd_ps(vx2, vlog2e, vmagic_bias);
    const __m512 vn0 = _mm512_sub_ps(vbiased0, vmagic_bias);
    const __m512 vn1 = _mm512_sub_ps(vbiased1, vmagic_bias);
    const __m512 vn2 = _mm512_sub_ps(vbiased2, vmagic_bias);
    // s = 2^(n/16): table entry (low 4 bits of n) plus n << 19 in the integer bits.
    const __m512 vs0 = _mm512_castsi512_ps(_mm512_add_epi32(
        _mm512_permutexvar_epi32(_mm512_castps_si512(vbiased0), vtable),
        _mm512_slli_epi32(_mm512_castps_si512(vbiased0), 19)));
    const __m512 vs1 = _mm512_castsi512_ps(_mm512_add_epi32(
        _mm512_permutexvar_epi32(_mm512_castps_si512(vbiased1), vtable),
        _mm512_slli_epi32(_mm512_castps_si512(vbiased1), 19)));
    const __m512 vs2 = _mm512_castsi512_ps(_mm512_add_epi32(
        _mm512_permutexvar_epi32(_mm512_castps_si512(vbiased2), vtable),
        _mm512_slli_epi32(_mm512_castps_si512(vbiased2), 19)));
    // t = x - n * ln2/16 (two constants).
    __m512 vt0 = _mm512_fmadd_ps(vn0, vminus_ln2_hi, vx0);
    __m512 vt1 = _mm512_fmadd_ps(vn1, vminus_ln2_hi, vx1);
    __m512 vt2 = _mm512_fmadd_ps(vn2, vminus_ln2_hi, vx2);
    vt0 = _mm512_fmadd_ps(vn0, vminus_ln2_lo, vt0);
    vt1 = _mm512_fmadd_ps(vn1, vminus_ln2_lo, vt1);
    vt2 = _mm512_fmadd_ps(vn2, vminus_ln2_lo, vt2);
    // p = exp(t) - 1 = t + t^2 * (C2 + C3 * t).
    __m512 vp0 = _mm512_fmadd_ps(vc3, vt0, vc2);
    __m512 vp1 = _mm512_fmadd_ps(vc3, vt1, vc2);
    __m512 vp2 = _mm512_fmadd_ps(vc3, vt2, vc2);
    vp0 = _mm512_fmadd_ps(vp0, _mm512_mul_ps(vt0, vt0), vt0);
    vp1 = _mm512_fmadd_ps(vp1, _mm512_mul_ps(vt1, vt1), vt1);
    vp2 = _mm512_fmadd_ps(vp2, _mm512_mul_ps(vt2, vt2), vt2);
    // f = s + s * p; lanes below the cutoff (and -inf) become exactly 0; NaN lanes are kept
    // (unordered compare) and NaN propagates through t.
    const __m512 vf0 = _mm512_maskz_fmadd_ps(_mm512_cmp_ps_mask(vx0, vcutoff, _CMP_NLT_UQ), vp0, vs0, vs0);
    const __m512 vf1 = _mm512_maskz_fmadd_ps(_mm512_cmp_ps_mask(vx1, vcutoff, _CMP_NLT_UQ), vp1, vs1, vs1);
    const __m512 vf2 = _mm512_maskz_fmadd_ps(_mm512_cmp_ps_mask(vx2, vcutoff, _CMP_NLT_UQ), vp2, vs2, vs2);
    vacc0 = _mm512_add_ps(vacc0, vf0);
    vacc1 = _mm512_add_ps(vacc1, vf1);
    vacc2 = _mm512_add_ps(vacc2, vf2);
    const __m512 vx3 = _mm512_sub_ps(_mm512_loadu_ps(input + 48), vmax);
    const __m512 vx4 = _mm512_sub_ps(_mm512_loadu_ps(input + 64), vmax);
    const __m512 vx5 = _mm512_sub_ps(_mm512_loadu_ps(input + 80), vmax);
    // n = round(x * 16 * log2e), held as n/16 + bias.
    const __m512 vbiased3 = _mm512_fmadd_ps(vx3, vlog2e, vmagic_bias);
    const __m512 vbiased4 = _mm512_fmadd_ps(vx4, vlog2e, vmagic_bias);
    const __m512 vbiased5 = _mm512_fmadd_ps(vx5, vlog2e, vmagic_bias);
    const __m512 vn3 = _mm512_sub_ps(vbiased3, vmagic_bias);
    const __m512 vn4 = _mm512_sub_ps(vbiased4, vmagic_bias);
    const __m512 vn5 = _mm512_sub_ps(vbiased5, vmagic_bias);
    // s = 2^(n/16): table entry (low 4 bits of n) plus n << 19 in the integer bits.
    const __m512 vs3 = _mm512_castsi512_ps(_mm512_add_epi32(
        _mm512_permutexvar_epi32(_mm512_castps_si512(vbiased3), vtable),
        _mm512_slli_epi32(_mm512_castps_si512(vbiased3), 19)));
    const __m512 vs4 = _mm512_castsi512_ps(_mm512_add_epi32(
        _mm512_permutexvar_epi32(_mm512_castps_si512(vbiased4), vtable),
        _mm512_slli_epi32(_mm512_castps_si512(vbiased4), 19)));
    const __m512 vs5 = _mm512_castsi512_ps(_mm512_add_epi32(
        _mm512_permutexvar_epi32(_mm512_castps_si512(vbiased5), vtable),
        _mm512_slli_epi32(_mm512_castps_si512(vbiased5), 19)));
    // t = x - n * ln2/16 (two constants).
    __m512 vt3 = _mm512_fmadd_ps(vn3, vminus_ln2_hi, vx3);
    __m512 vt4 = _mm512_fmadd_ps(vn4, vminus_ln2_hi, vx4);
    __m512 vt5 = _mm512_fmadd_ps(vn5, vminus_ln2_hi, vx5);
    vt3 = _mm512_fmadd_ps(vn3, vminus_ln2_lo, vt3);
    vt4 = _mm512_fmadd_ps(vn4, vminus_ln2_lo, vt4);
    vt5 = _mm512_fmadd_ps(vn5, vminus_ln2_lo, vt5);
    // p = exp(t) - 1 = t + t^2 * (C2 + C3 * t).
    __m512 vp3 = _mm512_fmadd_ps(vc3, vt3, vc2);
    __m512 vp4 = _mm512_fmadd_ps(vc3, vt4, vc2);
    __m512 vp5 = _mm512_fmadd_ps(vc3, vt5, vc2);
    vp3 = _mm512_fmadd_ps(vp3, _mm512_mul_ps(vt3, vt3), vt3);
    vp4 = _mm512_fmadd_ps(vp4, _mm512_mul_ps(vt4, vt4), vt4);
    vp5 = _mm512_fmadd_ps(vp5, _mm512_mul_ps(vt5, vt5), vt5);
    // f = s + s * p; lanes below the cutoff (and -inf) become exactly 0; NaN lanes are kept
    // (unordered compare) and NaN propagates through t.
    const __m512 vf3 = _mm512_maskz_fmadd_ps(_mm512_cmp_ps_mask(vx3, vcutoff, _CMP_NLT_UQ), vp3, vs3, vs3);
    const __m512 vf4 = _mm512_maskz_fmadd_ps(_mm512_cmp_ps_mask(vx4, vcutoff, _CMP_NLT_UQ), vp4, vs4, vs4);
    const __m512 vf5 = _mm512_maskz_fmadd_ps(_mm512_cmp_ps_mask(vx5, vcutoff, _CMP_NLT_UQ), vp5, vs5, vs5);
    vacc3 = _mm512_add_ps(vacc3, vf3);
    vacc0 = _mm512_add_ps(vacc0, vf4);
    vacc1 = _mm512_add_ps(vacc1, vf5);
    const __m512 vx6 = _mm512_sub_ps(_mm512_loadu_ps(input + 96), vmax);
    const __m512 vx7 = _mm512_sub_ps(_mm512_loadu_ps(input + 112), vmax);
    // n = round(x * 16 * log2e), held as n/16 + bias.
    const __m512 vbiased6 = _mm512_fmadd_ps(vx6, vlog2e, vmagic_bias);
    const __m512 vbiased7 = _mm512_fmadd_ps(vx7, vlog2e, vmagic_bias);
    const __m512 vn6 = _mm512_sub_ps(vbiased6, vmagic_bias);
    const __m512 vn7 = _mm512_sub_ps(vbiased7, vmagic_bias);
    // s = 2^(n/16): table entry (low 4 bits of n) plus n << 19 in the integer bits.
    const __m512 vs6 = _mm512_castsi512_ps(_mm512_add_epi32(
        _mm512_permutexvar_epi32(_mm512_castps_si512(vbiased6), vtable),
        _mm512_slli_epi32(_mm512_castps_si512(vbiased6), 19)));
    const __m512 vs7 = _mm512_castsi512_ps(_mm512_add_epi32(
        _mm512_permutexvar_epi32(_mm512_castps_si512(vbiased7), vtable),
        _mm512_slli_epi32(_mm512_castps_si512(vbiased7), 19)));
    // t = x - n * ln2/16 (two constants).
    __m512 vt6 = _mm512_fmadd_ps(vn6, vminus_ln2_hi, vx6);
    __m512 vt7 = _mm512_fmadd_ps(vn7, vminus_ln2_hi, vx7);
    vt6 = _mm512_fmadd_ps(vn6, vminus_ln2_lo, vt6);
    vt7 = _mm512_fmadd_ps(vn7, vminus_ln2_lo, vt7);
    // p = exp(t) - 1 = t + t^2 * (C2 + C3 * t).
    __m512 vp6 = _mm512_fmadd_ps(vc3, vt6, vc2);
    __m512 vp7 = _mm512_fmadd_ps(vc3, vt7, vc2);
    vp6 = _mm512_fmadd_ps(vp6, _mm512_mul_ps(vt6, vt6), vt6);
    vp7 = _mm512_fmadd_ps(vp7, _mm512_mul_ps(vt7, vt7), vt7);
    // f = s + s * p; lanes below the cutoff (and -inf) become exactly 0; NaN lanes are kept
    // (unordered compare) and NaN propagates through t.
    const __m512 vf6 = _mm512_maskz_fmadd_ps(_mm512_cmp_ps_mask(vx6, vcutoff, _CMP_NLT_UQ), vp6, vs6, vs6);
    const __m512 vf7 = _mm512_maskz_fmadd_ps(_mm512_cmp_ps_mask(vx7, vcutoff, _CMP_NLT_UQ), vp7, vs7, vs7);
    vacc2 = _mm512_add_ps(vacc2, vf6);
    vacc3 = _mm512_add_ps(vacc3, vf7);
    input += 128;
  }
  vacc0 = _mm512_add_ps(vacc0, vacc1);
  vacc2 = _mm512_add_ps(vacc2, vacc3);
  vacc0 = _mm512_add_ps(vacc0, vacc2);
  for (; batch >= 16 * sizeof(float); batch -= 16 * sizeof(float)) {
    const __m512 vf = smax_avx512f_lut16_expminus(_mm512_sub_ps(_mm512_loadu_ps(input), vmax), vtable);
    input += 16;
    vacc0 = _mm512_add_ps(vacc0, vf);
  }
  if (batch != 0) {
    // Masked-out lanes load 0 and are not added.
    const __mmask16 vmask = smax_avx512f_tail_mask(batch / sizeof(float));
    const __m512 vf = smax_avx512f_lut16_expminus(_mm512_sub_ps(_mm512_maskz_loadu_ps(vmask, input), vmax), vtable);
    vacc0 = _mm512_mask_add_ps(vacc0, vmask, vacc0, vf);
  }
  *sum = _mm512_reduce_add_ps(vacc0);
}
