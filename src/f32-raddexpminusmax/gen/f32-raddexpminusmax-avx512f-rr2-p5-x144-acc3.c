// Generated from src/f32-raddexpminusmax/avx512f-rr2-p5.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_raddexpminusmax_ukernel__avx512f_rr2_p5_x144_acc3: *sum = sum_i exp(input[i] - *max); AVX-512F,
// 144 elements (9 vectors of 16) per iteration, 3 independent partial-sum
// vectors (vector N adds to partial sum N mod 3).
//
// rr2-p5 with FMA: magic-bias rounding, two-constant Cody-Waite reduction, degree-5 polynomial, 2^n
// applied by vscalefps under the cutoff mask (src/smax/avx512f-exp.h: at most 1.98 ULP, measured). Arguments
// below -87.3365 (and -inf) add exactly 0; NaN propagates to the sum. The tail is one k-masked vector:
// reads exactly [input, input + batch).
#include <assert.h>
#include <stddef.h>

#include <immintrin.h>

#include "f32-raddexpminusmax/f32-raddexpminusmax.h"
#include "smax/avx512f-exp.h"

smax_f32_raddexpminusmax_ukernel_fn smax_f32_raddexpminusmax_ukernel__avx512f_rr2_p5_x144_acc3;

void smax_f32_raddexpminusmax_ukernel__avx512f_rr2_p5_x144_acc3(size_t batch, const float* input, const float* max, float* sum, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(max != NULL);
  assert(sum != NULL);
  (void) params;

  const __m512 vmax = _mm512_set1_ps(*max);
  const __m512 vlog2e = _mm512_set1_ps(SMAX_EXP_LOG2E);
  const __m512 vmagic_bias = _mm512_set1_ps(SMAX_EXP_MAGIC_BIAS);
  const __m512 vminus_ln2_hi = _mm512_set1_ps(SMAX_EXP_FMA_MINUS_LN2_HI);
  const __m512 vminus_ln2_lo = _mm512_set1_ps(SMAX_EXP_FMA_MINUS_LN2_LO);
  const __m512 vc5 = _mm512_set1_ps(SMAX_EXP_C5);
  const __m512 vc4 = _mm512_set1_ps(SMAX_EXP_C4);
  const __m512 vc3 = _mm512_set1_ps(SMAX_EXP_C3);
  const __m512 vc2 = _mm512_set1_ps(SMAX_EXP_C2);
  const __m512 vc1 = _mm512_set1_ps(SMAX_EXP_C1);
  const __m512 vcutoff = _mm512_set1_ps(SMAX_EXP_CUTOFF);
  const __m512 vone = _mm512_set1_ps(1.0f);

  __m512 vacc0 = _mm512_setzero_ps();
  __m512 vacc1 = _mm512_setzero_ps();
  __m512 vacc2 = _mm512_setzero_ps();
  for (; batch >= 144 * sizeof(float); batch -= 144 * sizeof(float)) {
    const __m512 vx0 = _mm512_sub_ps(_mm512_loadu_ps(input + 0), vmax);
    const __m512 vx1 = _mm512_sub_ps(_mm512_loadu_ps(input + 16), vmax);
    const __m512 vx2 = _mm512_sub_ps(_mm512_loadu_ps(input + 32), vmax);
    // n = round(x * log2e) via the magic bias.
    const __m512 vbiased0 = _mm512_fmadd_ps(vx0, vlog2e, vmagic_bias);
    const __m512 vbiased1 = _mm512_fmadd_ps(vx1, vlog2e, vmagic_bias);
    const __m512 vbiased2 = _mm512_fmadd_ps(vx2, vlog2e, vmagic_bias);
    const __m512 vn0 = _mm512_sub_ps(vbiased0, vmagic_bias);
    const __m512 vn1 = _mm512_sub_ps(vbiased1, vmagic_bias);
    const __m512 vn2 = _mm512_sub_ps(vbiased2, vmagic_bias);
    // t = x - n * ln2 (two constants).
    __m512 vt0 = _mm512_fmadd_ps(vn0, vminus_ln2_hi, vx0);
    __m512 vt1 = _mm512_fmadd_ps(vn1, vminus_ln2_hi, vx1);
    __m512 vt2 = _mm512_fmadd_ps(vn2, vminus_ln2_hi, vx2);
    vt0 = _mm512_fmadd_ps(vn0, vminus_ln2_lo, vt0);
    vt1 = _mm512_fmadd_ps(vn1, vminus_ln2_lo, vt1);
    vt2 = _mm512_fmadd_ps(vn2, vminus_ln2_lo, vt2);
    // p = exp(t) = 1 + t * P(t).
    __m512 vp0 = _mm512_fmadd_ps(vc5, vt0, vc4);
    __m512 vp1 = _mm512_fmadd_ps(vc5, vt1, vc4);
    __m512 vp2 = _mm512_fmadd_ps(vc5, vt2, vc4);
    vp0 = _mm512_fmadd_ps(vp0, vt0, vc3);
    vp1 = _mm512_fmadd_ps(vp1, vt1, vc3);
    vp2 = _mm512_fmadd_ps(vp2, vt2, vc3);
    vp0 = _mm512_fmadd_ps(vp0, vt0, vc2);
    vp1 = _mm512_fmadd_ps(vp1, vt1, vc2);
    vp2 = _mm512_fmadd_ps(vp2, vt2, vc2);
    vp0 = _mm512_fmadd_ps(vp0, vt0, vc1);
    vp1 = _mm512_fmadd_ps(vp1, vt1, vc1);
    vp2 = _mm512_fmadd_ps(vp2, vt2, vc1);
    vp0 = _mm512_fmadd_ps(vp0, vt0, vone);
    vp1 = _mm512_fmadd_ps(vp1, vt1, vone);
    vp2 = _mm512_fmadd_ps(vp2, vt2, vone);
    // f = p * 2^n (vscalefps); lanes below the cutoff (and -inf, where n = -inf and p = NaN) become
    // exactly 0; NaN lanes are kept (unordered compare).
    const __m512 vf0 = _mm512_maskz_scalef_ps(_mm512_cmp_ps_mask(vx0, vcutoff, _CMP_NLT_UQ), vp0, vn0);
    const __m512 vf1 = _mm512_maskz_scalef_ps(_mm512_cmp_ps_mask(vx1, vcutoff, _CMP_NLT_UQ), vp1, vn1);
    const __m512 vf2 = _mm512_maskz_scalef_ps(_mm512_cmp_ps_mask(vx2, vcutoff, _CMP_NLT_UQ), vp2, vn2);
    vacc0 = _mm512_add_ps(vacc0, vf0);
    vacc1 = _mm512_add_ps(vacc1, vf1);
    vacc2 = _mm512_add_ps(vacc2, vf2);
    const __m512 vx3 = _mm512_sub_ps(_mm512_loadu_ps(input + 48), vmax);
    const __m512 vx4 = _mm512_sub_ps(_mm512_loadu_ps(input + 64), vmax);
    const __m512 vx5 = _mm512_sub_ps(_mm512_loadu_ps(input + 80), vmax);
    // n = round(x * log2e) via the magic bias.
    const __m512 vbiased3 = _mm512_fmadd_ps(vx3, vlog2e, vmagic_bias);
    const __m512 vbiased4 = _mm512_fmadd_ps(vx4, vlog2e, vmagic_bias);
    const __m512 vbiased5 = _mm512_fmadd_ps(vx5, vlog2e, vmagic_bias);
    const __m512 vn3 = _mm512_sub_ps(vbiased3, vmagic_bias);
    const __m512 vn4 = _mm512_sub_ps(vbiased4, vmagic_bias);
    const __m512 vn5 = _mm512_sub_ps(vbiased5, vmagic_bias);
    // t = x - n * ln2 (two constants).
    __m512 vt3 = _mm512_fmadd_ps(vn3, vminus_ln2_hi, vx3);
    __m512 vt4 = _mm512_fmadd_ps(vn4, vminus_ln2_hi, vx4);
    __m512 vt5 = _mm512_fmadd_ps(vn5, vminus_ln2_hi, vx5);
    vt3 = _mm512_fmadd_ps(vn3, vminus_ln2_lo, vt3);
    vt4 = _mm512_fmadd_ps(vn4, vminus_ln2_lo, vt4);
    vt5 = _mm512_fmadd_ps(vn5, vminus_ln2_lo, vt5);
    // p = exp(t) = 1 + t * P(t).
    __m512 vp3 = _mm512_fmadd_ps(vc5, vt3, vc4);
    __m512 vp4 = _mm512_fmadd_ps(vc5, vt4, vc4);
    __m512 vp5 = _mm512_fmadd_ps(vc5, vt5, vc4);
    vp3 = _mm512_fmadd_ps(vp3, vt3, vc3);
    vp4 = _mm512_fmadd_ps(vp4, vt4, vc3);
    vp5 = _mm512_fmadd_ps(vp5, vt5, vc3);
    vp3 = _mm512_fmadd_ps(vp3, vt3, vc2);
    vp4 = _mm512_fmadd_ps(vp4, vt4, vc2);
    vp5 = _mm512_fmadd_ps(vp5, vt5, vc2);
    vp3 = _mm512_fmadd_ps(vp3, vt3, vc1);
    vp4 = _mm512_fmadd_ps(vp4, vt4, vc1);
    vp5 = _mm512_fmadd_ps(vp5, vt5, vc1);
    vp3 = _mm512_fmadd_ps(vp3, vt3, vone);
    vp4 = _mm512_fmadd_ps(vp4, vt4, vone);
    vp5 = _mm512_fmadd_ps(vp5, vt5, vone);
    // f = p * 2^n (vscalefps); lanes below the cutoff (and -inf, where n = -inf and p = NaN) become
    // exactly 0; NaN lanes are kept (unordered compare).
    const __m512 vf3 = _mm512_maskz_scalef_ps(_mm512_cmp_ps_mask(vx3, vcutoff, _CMP_NLT_UQ), vp3, vn3);
    const __m512 vf4 = _mm512_maskz_scalef_ps(_mm512_cmp_ps_mask(vx4, vcutoff, _CMP_NLT_UQ), vp4, vn4);
    const __m512 vf5 = _mm512_maskz_scalef_ps(_mm512_cmp_ps_mask(vx5, vcutoff, _CMP_NLT_UQ), vp5, vn5);
    vacc0 = _mm512_add_ps(vacc0, vf3);
    vacc1 = _mm512_add_ps(vacc1, vf4);
    vacc2 = _mm512_add_ps(vacc2, vf5);
    const __m512 vx6 = _mm512_sub_ps(_mm512_loadu_ps(input + 96), vmax);
    const __m512 vx7 = _mm512_sub_ps(_mm512_loadu_ps(input + 112), vmax);
    const __m512 vx8 = _mm512_sub_ps(_mm512_loadu_ps(input + 128), vmax);
    // n = round(x * log2e) via the magic bias.
    const __m512 vbiased6 = _mm512_fmadd_ps(vx6, vlog2e, vmagic_bias);
    const __m512 vbiased7 = _mm512_fmadd_ps(vx7, vlog2e, vmagic_bias);
    const __m512 vbiased8 = _mm512_fmadd_ps(vx8, vlog2e, vmagic_bias);
    const __m512 vn6 = _mm512_sub_ps(vbiased6, vmagic_bias);
    const __m512 vn7 = _mm512_sub_ps(vbiased7, vmagic_bias);
    const __m512 vn8 = _mm512_sub_ps(vbiased8, vmagic_bias);
    // t = x - n * ln2 (two constants).
    __m512 vt6 = _mm512_fmadd_ps(vn6, vminus_ln2_hi, vx6);
    __m512 vt7 = _mm512_fmadd_ps(vn7, vminus_ln2_hi, vx7);
    __m512 vt8 = _mm512_fmadd_ps(vn8, vminus_ln2_hi, vx8);
    vt6 = _mm512_fmadd_ps(vn6, vminus_ln2_lo, vt6);
    vt7 = _mm512_fmadd_ps(vn7, vminus_ln2_lo, vt7);
    vt8 = _mm512_fmadd_ps(vn8, vminus_ln2_lo, vt8);
    // p = exp(t) = 1 + t * P(t).
    __m512 vp6 = _mm512_fmadd_ps(vc5, vt6, vc4);
    __m512 vp7 = _mm512_fmadd_ps(vc5, vt7, vc4);
    __m512 vp8 = _mm512_fmadd_ps(vc5, vt8, vc4);
    vp6 = _mm512_fmadd_ps(vp6, vt6, vc3);
    vp7 = _mm512_fmadd_ps(vp7, vt7, vc3);
    vp8 = _mm512_fmadd_ps(vp8, vt8, vc3);
    vp6 = _mm512_fmadd_ps(vp6, vt6, vc2);
    vp7 = _mm512_fmadd_ps(vp7, vt7, vc2);
    vp8 = _mm512_fmadd_ps(vp8, vt8, vc2);
    vp6 = _mm512_fmadd_ps(vp6, vt6, vc1);
    vp7 = _mm512_fmadd_ps(vp7, vt7, vc1);
    vp8 = _mm512_fmadd_ps(vp8, vt8, vc1);
    vp6 = _mm512_fmadd_ps(vp6, vt6, vone);
    vp7 = _mm512_fmadd_ps(vp7, vt7, vone);
    vp8 = _mm512_fmadd_ps(vp8, vt8, vone);
    // f = p * 2^n (vscalefps); lanes below the cutoff (and -inf, where n = -inf and p = NaN) become
    // exactly 0; NaN lanes are kept (unordered compare).
    const __m512 vf6 = _mm512_maskz_scalef_ps(_mm512_cmp_ps_mask(vx6, vcutoff, _CMP_NLT_UQ), vp6, vn6);
    const __m512 vf7 = _mm512_maskz_scalef_ps(_mm512_cmp_ps_mask(vx7, vcutoff, _CMP_NLT_UQ), vp7, vn7);
    const __m512 vf8 = _mm512_maskz_scalef_ps(_mm512_cmp_ps_mask(vx8, vcutoff, _CMP_NLT_UQ), vp8, vn8);
    vacc0 = _mm512_add_ps(vacc0, vf6);
    vacc1 = _mm512_add_ps(vacc1, vf7);
    vacc2 = _mm512_add_ps(vacc2, vf8);
    input += 144;
  }
  vacc0 = _mm512_add_ps(vacc0, vacc1);
  vacc0 = _mm512_add_ps(vacc0, vacc2);
  for (; batch >= 16 * sizeof(float); batch -= 16 * sizeof(float)) {
    const __m512 vf = smax_avx512f_expminus(_mm512_sub_ps(_mm512_loadu_ps(input), vmax));
    input += 16;
    vacc0 = _mm512_add_ps(vacc0, vf);
  }
  if (batch != 0) {
    // Masked-out lanes load 0 and are not added.
    const __mmask16 vmask = smax_avx512f_tail_mask(batch / sizeof(float));
    const __m512 vf = smax_avx512f_expminus(_mm512_sub_ps(_mm512_maskz_loadu_ps(vmask, input), vmax));
    vacc0 = _mm512_mask_add_ps(vacc0, vmask, vacc0, vf);
  }
  *sum = _mm512_reduce_add_ps(vacc0);
}
