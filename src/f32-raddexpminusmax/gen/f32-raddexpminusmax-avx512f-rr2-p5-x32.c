// Generated from src/f32-raddexpminusmax/avx512f-rr2-p5.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_raddexpminusmax_ukernel__avx512f_rr2_p5_x32: *sum = sum_i exp(input[i] - *max); AVX-512F,
// 32 elements (2 vectors of 16) per iteration, 1 independent partial-sum
// vectors (vector N adds to partial sum N mod 1).
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

smax_f32_raddexpminusmax_ukernel_fn smax_f32_raddexpminusmax_ukernel__avx512f_rr2_p5_x32;

void smax_f32_raddexpminusmax_ukernel__avx512f_rr2_p5_x32(size_t batch, const float* input, const float* max, float* sum, const void* params) {
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
  for (; batch >= 32 * sizeof(float); batch -= 32 * sizeof(float)) {
    const __m512 vx0 = _mm512_sub_ps(_mm512_loadu_ps(input + 0), vmax);
    const __m512 vx1 = _mm512_sub_ps(_mm512_loadu_ps(input + 16), vmax);
    // n = round(x * log2e) via the magic bias.
    const __m512 vbiased0 = _mm512_fmadd_ps(vx0, vlog2e, vmagic_bias);
    const __m512 vbiased1 = _mm512_fmadd_ps(vx1, vlog2e, vmagic_bias);
    const __m512 vn0 = _mm512_sub_ps(vbiased0, vmagic_bias);
    const __m512 vn1 = _mm512_sub_ps(vbiased1, vmagic_bias);
    // t = x - n * ln2 (two constants).
    __m512 vt0 = _mm512_fmadd_ps(vn0, vminus_ln2_hi, vx0);
    __m512 vt1 = _mm512_fmadd_ps(vn1, vminus_ln2_hi, vx1);
    vt0 = _mm512_fmadd_ps(vn0, vminus_ln2_lo, vt0);
    vt1 = _mm512_fmadd_ps(vn1, vminus_ln2_lo, vt1);
    // p = exp(t) = 1 + t * P(t).
    __m512 vp0 = _mm512_fmadd_ps(vc5, vt0, vc4);
    __m512 vp1 = _mm512_fmadd_ps(vc5, vt1, vc4);
    vp0 = _mm512_fmadd_ps(vp0, vt0, vc3);
    vp1 = _mm512_fmadd_ps(vp1, vt1, vc3);
    vp0 = _mm512_fmadd_ps(vp0, vt0, vc2);
    vp1 = _mm512_fmadd_ps(vp1, vt1, vc2);
    vp0 = _mm512_fmadd_ps(vp0, vt0, vc1);
    vp1 = _mm512_fmadd_ps(vp1, vt1, vc1);
    vp0 = _mm512_fmadd_ps(vp0, vt0, vone);
    vp1 = _mm512_fmadd_ps(vp1, vt1, vone);
    // f = p * 2^n (vscalefps); lanes below the cutoff (and -inf, where n = -inf and p = NaN) become
    // exactly 0; NaN lanes are kept (unordered compare).
    const __m512 vf0 = _mm512_maskz_scalef_ps(_mm512_cmp_ps_mask(vx0, vcutoff, _CMP_NLT_UQ), vp0, vn0);
    const __m512 vf1 = _mm512_maskz_scalef_ps(_mm512_cmp_ps_mask(vx1, vcutoff, _CMP_NLT_UQ), vp1, vn1);
    vacc0 = _mm512_add_ps(vacc0, vf0);
    vacc0 = _mm512_add_ps(vacc0, vf1);
    input += 32;
  }
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
