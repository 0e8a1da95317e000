// Generated from src/f32-raddexpminusrunmax/avx512f-rr2-p5.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_raddexpminusrunmax_ukernel__avx512f_rr2_p5_x64: online normalizer (Milakov & Gimelshein 2018) over one block; AVX-512F,
// 64 elements (4 vectors of 16) per iteration, 1 independent (running max, sum)
// vector pairs (vector N updates pair N mod 1).
//
// Writes state[0] = m = max(-FLT_MAX, max_i input[i]) and state[1] = d = sum_i exp(input[i] - m). Every
// lane of every pair (m, d) is updated per element exactly as in the scalar template, with ONE exp per
// element: e = exp(-|x - m|) (= exp(lo - hi), lo = min(x, m), hi = max(x, m); the subtraction rounds the
// same either way), then d = x > m ? d * e + 1 : d + e, and m = max(x, m). The m chain is one vmaxps
// per vector and the exps do not depend on d, so the d chain is one FMA and one blend per vector.
// m starts at -FLT_MAX, so -inf inputs add exp(-inf) = 0 and a row of only -inf ends with d = 0; a NaN
// input makes d NaN (x > m is false; vmaxps(x, m) returns m); a +inf input makes m +inf. Pairs are
// merged (accumulators pairwise, then lanes) with the same fold. Exp: rr2-p5 with FMA
// (src/smax/avx512f-exp.h: 1.98 ULP). The tail is one k-masked vector whose masked-out lanes load -inf,
// which leaves (m, d) unchanged: reads exactly [input, input + batch).
#include <assert.h>
#include <float.h>
#include <math.h>
#include <stddef.h>

#include <immintrin.h>

#include "f32-raddexpminusrunmax/f32-raddexpminusrunmax.h"
#include "smax/avx512f-exp.h"

smax_f32_raddexpminusrunmax_ukernel_fn smax_f32_raddexpminusrunmax_ukernel__avx512f_rr2_p5_x64;

void smax_f32_raddexpminusrunmax_ukernel__avx512f_rr2_p5_x64(size_t batch, const float* input, float* state, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(state != NULL);
  (void) params;

  const __m512i vsign = _mm512_set1_epi32(INT32_MIN);
  const __m512 vone = _mm512_set1_ps(1.0f);
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

  __m512 vm0 = _mm512_set1_ps(-FLT_MAX);
  __m512 vd0 = _mm512_setzero_ps();
  for (; batch >= 64 * sizeof(float); batch -= 64 * sizeof(float)) {
    const __m512 vx0 = _mm512_loadu_ps(input + 0);
    const __m512 vx1 = _mm512_loadu_ps(input + 16);
    const __m512 vx2 = _mm512_loadu_ps(input + 32);
    // a = -|x - m| against the running max before x; then m = max(x, m) (NaN x keeps m).
    const __mmask16 vgt0 = _mm512_cmp_ps_mask(vx0, vm0, _CMP_GT_OQ);
    const __m512 va0 = _mm512_castsi512_ps(_mm512_or_si512(_mm512_castps_si512(_mm512_sub_ps(vx0, vm0)), vsign));
    vm0 = _mm512_max_ps(vx0, vm0);
    const __mmask16 vgt1 = _mm512_cmp_ps_mask(vx1, vm0, _CMP_GT_OQ);
    const __m512 va1 = _mm512_castsi512_ps(_mm512_or_si512(_mm512_castps_si512(_mm512_sub_ps(vx1, vm0)), vsign));
    vm0 = _mm512_max_ps(vx1, vm0);
    const __mmask16 vgt2 = _mm512_cmp_ps_mask(vx2, vm0, _CMP_GT_OQ);
    const __m512 va2 = _mm512_castsi512_ps(_mm512_or_si512(_mm512_castps_si512(_mm512_sub_ps(vx2, vm0)), vsign));
    vm0 = _mm512_max_ps(vx2, vm0);
    // e = exp(a): the exp core, step-major.
    const __m512 vbiased0 = _mm512_fmadd_ps(va0, vlog2e, vmagic_bias);
    const __m512 vbiased1 = _mm512_fmadd_ps(va1, vlog2e, vmagic_bias);
    const __m512 vbiased2 = _mm512_fmadd_ps(va2, vlog2e, vmagic_bias);
    const __m512 vn0 = _mm512_sub_ps(vbiased0, vmagic_bias);
    const __m512 vn1 = _mm512_sub_ps(vbiased1, vmagic_bias);
    const __m512 vn2 = _mm512_sub_ps(vbiased2, vmagic_bias);
    __m512 vt0 = _mm512_fmadd_ps(vn0, vminus_ln2_hi, va0);
    __m512 vt1 = _mm512_fmadd_ps(vn1, vminus_ln2_hi, va1);
    __m512 vt2 = _mm512_fmadd_ps(vn2, vminus_ln2_hi, va2);
    vt0 = _mm512_fmadd_ps(vn0, vminus_ln2_lo, vt0);
    vt1 = _mm512_fmadd_ps(vn1, vminus_ln2_lo, vt1);
    vt2 = _mm512_fmadd_ps(vn2, vminus_ln2_lo, vt2);
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
    const __m512 ve0 = _mm512_maskz_scalef_ps(_mm512_cmp_ps_mask(va0, vcutoff, _CMP_NLT_UQ), vp0, vn0);
    const __m512 ve1 = _mm512_maskz_scalef_ps(_mm512_cmp_ps_mask(va1, vcutoff, _CMP_NLT_UQ), vp1, vn1);
    const __m512 ve2 = _mm512_maskz_scalef_ps(_mm512_cmp_ps_mask(va2, vcutoff, _CMP_NLT_UQ), vp2, vn2);
    // d = x > m ? d * e + 1 : d + e.
    vd0 = _mm512_mask_blend_ps(vgt0, _mm512_add_ps(vd0, ve0), _mm512_fmadd_ps(vd0, ve0, vone));
    vd0 = _mm512_mask_blend_ps(vgt1, _mm512_add_ps(vd0, ve1), _mm512_fmadd_ps(vd0, ve1, vone));
    vd0 = _mm512_mask_blend_ps(vgt2, _mm512_add_ps(vd0, ve2), _mm512_fmadd_ps(vd0, ve2, vone));
    const __m512 vx3 = _mm512_loadu_ps(input + 48);
    // a = -|x - m| against the running max before x; then m = max(x, m) (NaN x keeps m).
    const __mmask16 vgt3 = _mm512_cmp_ps_mask(vx3, vm0, _CMP_GT_OQ);
    const __m512 va3 = _mm512_castsi512_ps(_mm512_or_si512(_mm512_castps_si512(_mm512_sub_ps(vx3, vm0)), vsign));
    vm0 = _mm512_max_ps(vx3, vm0);
    // e = exp(a): the exp core, step-major.
    const __m512 vbiased3 = _mm512_fmadd_ps(va3, vlog2e, vmagic_bias);
    const __m512 vn3 = _mm512_sub_ps(vbiased3, vmagic_bias);
    __m512 vt3 = _mm512_fmadd_ps(vn3, vminus_ln2_hi, va3);
    vt3 = _mm512_fmadd_ps(vn3, vminus_ln2_lo, vt3);
    __m512 vp3 = _mm512_fmadd_ps(vc5, vt3, vc4);
    vp3 = _mm512_fmadd_ps(vp3, vt3, vc3);
    vp3 = _mm512_fmadd_ps(vp3, vt3, vc2);
    vp3 = _mm512_fmadd_ps(vp3, vt3, vc1);
    vp3 = _mm512_fmadd_ps(vp3, vt3, vone);
    const __m512 ve3 = _mm512_maskz_scalef_ps(_mm512_cmp_ps_mask(va3, vcutoff, _CMP_NLT_UQ), vp3, vn3);
    // d = x > m ? d * e + 1 : d + e.
    vd0 = _mm512_mask_blend_ps(vgt3, _mm512_add_ps(vd0, ve3), _mm512_fmadd_ps(vd0, ve3, vone));
    input += 64;
  }
  for (; batch >= 16 * sizeof(float); batch -= 16 * sizeof(float)) {
    const __m512 vx = _mm512_loadu_ps(input);
    input += 16;
    smax_avx512f_online_fold(vx, vone, &vm0, &vd0);
  }
  if (batch != 0) {
    const __mmask16 vmask = smax_avx512f_tail_mask(batch / sizeof(float));
    const __m512 vx = _mm512_mask_loadu_ps(_mm512_set1_ps(-INFINITY), vmask, input);
    smax_avx512f_online_fold(vx, vone, &vm0, &vd0);
  }
  // Lanes: fold the upper half into the lower half, four times.
  smax_avx512f_online_fold(_mm512_shuffle_f32x4(vm0, vm0, _MM_SHUFFLE(1, 0, 3, 2)),
                           _mm512_shuffle_f32x4(vd0, vd0, _MM_SHUFFLE(1, 0, 3, 2)), &vm0, &vd0);
  smax_avx512f_online_fold(_mm512_shuffle_f32x4(vm0, vm0, _MM_SHUFFLE(2, 3, 0, 1)),
                           _mm512_shuffle_f32x4(vd0, vd0, _MM_SHUFFLE(2, 3, 0, 1)), &vm0, &vd0);
  smax_avx512f_online_fold(_mm512_permute_ps(vm0, _MM_SHUFFLE(1, 0, 3, 2)),
                           _mm512_permute_ps(vd0, _MM_SHUFFLE(1, 0, 3, 2)), &vm0, &vd0);
  smax_avx512f_online_fold(_mm512_permute_ps(vm0, _MM_SHUFFLE(2, 3, 0, 1)),
                           _mm512_permute_ps(vd0, _MM_SHUFFLE(2, 3, 0, 1)), &vm0, &vd0);
  state[0] = _mm512_cvtss_f32(vm0);
  state[1] = _mm512_cvtss_f32(vd0);
}
