// Generated from src/f32-vscaleexpminusmax/avx512f-rr2-p5.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_vscaleexpminusmax_ukernel__avx512f_rr2_p5_x48: output[i] = exp(input[i] - *max) * *scale; AVX-512F,
// 48 elements (3 vectors of 16) per iteration.
//
// rr2-p5 with FMA: magic-bias rounding, two-constant Cody-Waite reduction, degree-5 polynomial, 2^n
// applied by vscalefps under the cutoff mask (src/smax/avx512f-exp.h: at most 1.98 ULP, measured). Arguments
// below -87.3365 (and -inf) give exactly 0; NaN propagates. One more rounding for the scale. The tail is
// one k-masked vector: reads exactly [input, input + batch) and writes exactly [output, output + batch);
// output may equal input.
#include <assert.h>
#include <stddef.h>

#include <immintrin.h>

#include "f32-vscaleexpminusmax/f32-vscaleexpminusmax.h"
#include "smax/avx512f-exp.h"

smax_f32_vscaleexpminusmax_ukernel_fn smax_f32_vscaleexpminusmax_ukernel__avx512f_rr2_p5_x48;

void smax_f32_vscaleexpminusmax_ukernel__avx512f_rr2_p5_x48(size_t batch, const float* input, float* output, const float* max, const float* scale,
    const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(max != NULL);
  assert(output != NULL);
  assert(scale != NULL);
  (void) params;

  const __m512 vmax = _mm512_set1_ps(*max);
  const __m512 vscale = _mm512_set1_ps(*scale);
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

  for (; batch >= 48 * sizeof(float); batch -= 48 * sizeof(float)) {
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
    _mm512_storeu_ps(output + 0, _mm512_mul_ps(vf0, vscale));
    _mm512_storeu_ps(output + 16, _mm512_mul_ps(vf1, vscale));
    _mm512_storeu_ps(output + 32, _mm512_mul_ps(vf2, vscale));
    input += 48;
    output += 48;
  }
  for (; batch >= 16 * sizeof(float); batch -= 16 * sizeof(float)) {
    const __m512 vf = smax_avx512f_expminus(_mm512_sub_ps(_mm512_loadu_ps(input), vmax));
    input += 16;
    _mm512_storeu_ps(output, _mm512_mul_ps(vf, vscale));
    output += 16;
  }
  if (batch != 0) {
    // Masked-out lanes load 0 and are not stored.
    const __mmask16 vmask = smax_avx512f_tail_mask(batch / sizeof(float));
    const __m512 vf = smax_avx512f_expminus(_mm512_sub_ps(_mm512_maskz_loadu_ps(vmask, input), vmax));
    _mm512_mask_storeu_ps(output, vmask, _mm512_mul_ps(vf, vscale));
  }
}
