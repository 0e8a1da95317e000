// Generated from src/f32-raddexpminusrunmax/avx2-rr2-p5.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_raddexpminusrunmax_ukernel__avx2_rr2_p5_x96_acc3: online normalizer (Milakov & Gimelshein 2018) over one block; AVX2 + FMA3,
// 96 elements (12 vectors of 8) per iteration, 3 independent (running max, sum)
// vector pairs (vector N updates pair N mod 3).
//
// Writes state[0] = m = max(-FLT_MAX, max_i input[i]) and state[1] = d = sum_i exp(input[i] - m). Every
// lane of every pair (m, d) is updated per element exactly as in the scalar template, with ONE exp per
// element: e = exp(-|x - m|) (= exp(lo - hi), lo = min(x, m), hi = max(x, m); the subtraction rounds the
// same either way), then d = x > m ? d * e + 1 : d + e, and m = max(x, m). The m chain is one vmaxps
// per vector and the exps do not depend on d, so the d chain is one FMA and one blend per vector.
// m starts at -FLT_MAX, so -inf inputs add exp(-inf) = 0 and a row of only -inf ends with d = 0; a NaN
// input makes d NaN (x > m is false; vmaxps(x, m) returns m); a +inf input makes m +inf. Pairs are
// merged (accumulators pairwise, then lanes) with the same fold. Exp: rr2-p5 with FMA
// (src/smax/avx2-exp.h: 1.98 ULP). The tail is one vmaskmovps vector whose masked-out lanes are -inf,
// which leaves (m, d) unchanged: reads exactly [input, input + batch).
#include <assert.h>
#include <float.h>
#include <math.h>
#include <stddef.h>

#include <immintrin.h>

#include "f32-raddexpminusrunmax/f32-raddexpminusrunmax.h"
#include "smax/avx2-exp.h"

smax_f32_raddexpminusrunmax_ukernel_fn smax_f32_raddexpminusrunmax_ukernel__avx2_rr2_p5_x96_acc3;

void smax_f32_raddexpminusrunmax_ukernel__avx2_rr2_p5_x96_acc3(size_t batch, const float* input, float* state, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(state != NULL);
  (void) params;

  const __m256 vsign = _mm256_set1_ps(-0.0f);
  const __m256 vone = _mm256_set1_ps(1.0f);
  const __m256 vlog2e = _mm256_set1_ps(SMAX_EXP_LOG2E);
  const __m256 vmagic_bias = _mm256_set1_ps(SMAX_EXP_MAGIC_BIAS);
  const __m256 vminus_ln2_hi = _mm256_set1_ps(SMAX_EXP_FMA_MINUS_LN2_HI);
  const __m256 vminus_ln2_lo = _mm256_set1_ps(SMAX_EXP_FMA_MINUS_LN2_LO);
  const __m256 vc5 = _mm256_set1_ps(SMAX_EXP_C5);
  const __m256 vc4 = _mm256_set1_ps(SMAX_EXP_C4);
  const __m256 vc3 = _mm256_set1_ps(SMAX_EXP_C3);
  const __m256 vc2 = _mm256_set1_ps(SMAX_EXP_C2);
  const __m256 vc1 = _mm256_set1_ps(SMAX_EXP_C1);
  const __m256 vcutoff = _mm256_set1_ps(SMAX_EXP_CUTOFF);

  __m256 vm0 = _mm256_set1_ps(-FLT_MAX);
  __m256 vd0 = _mm256_setzero_ps();
  __m256 vm1 = _mm256_set1_ps(-FLT_MAX);
  __m256 vd1 = _mm256_setzero_ps();
  __m256 vm2 = _mm256_set1_ps(-FLT_MAX);
  __m256 vd2 = _mm256_setzero_ps();
  for (; batch >= 96 * sizeof(float); batch -= 96 * sizeof(float)) {
    const __m256 vx0 = _mm256_loadu_ps(input + 0);
    const __m256 vx1 = _mm256_loadu_ps(input + 8);
    // a = -|x - m| against the running max before x; then m = max(x, m) (NaN x keeps m).
    const __m256 vgt0 = _mm256_cmp_ps(vx0, vm0, _CMP_GT_OQ);
    const __m256 va0 = _mm256_or_ps(_mm256_sub_ps(vx0, vm0), vsign);
    vm0 = _mm256_max_ps(vx0, vm0);
    const __m256 vgt1 = _mm256_cmp_ps(vx1, vm1, _CMP_GT_OQ);
    const __m256 va1 = _mm256_or_ps(_mm256_sub_ps(vx1, vm1), vsign);
    vm1 = _mm256_max_ps(vx1, vm1);
    // e = exp(a): the exp core, step-major.
    const __m256 vbiased0 = _mm256_fmadd_ps(va0, vlog2e, vmagic_bias);
    const __m256 vbiased1 = _mm256_fmadd_ps(va1, vlog2e, vmagic_bias);
    const __m256 vs0 = _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_castps_si256(vbiased0), 23));
    const __m256 vs1 = _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_castps_si256(vbiased1), 23));
    const __m256 vn0 = _mm256_sub_ps(vbiased0, vmagic_bias);
    const __m256 vn1 = _mm256_sub_ps(vbiased1, vmagic_bias);
    __m256 vt0 = _mm256_fmadd_ps(vn0, vminus_ln2_hi, va0);
    __m256 vt1 = _mm256_fmadd_ps(vn1, vminus_ln2_hi, va1);
    vt0 = _mm256_fmadd_ps(vn0, vminus_ln2_lo, vt0);
    vt1 = _mm256_fmadd_ps(vn1, vminus_ln2_lo, vt1);
    __m256 vp0 = _mm256_fmadd_ps(vc5, vt0, vc4);
    __m256 vp1 = _mm256_fmadd_ps(vc5, vt1, vc4);
    vp0 = _mm256_fmadd_ps(vp0, vt0, vc3);
    vp1 = _mm256_fmadd_ps(vp1, vt1, vc3);
    vp0 = _mm256_fmadd_ps(vp0, vt0, vc2);
    vp1 = _mm256_fmadd_ps(vp1, vt1, vc2);
    vp0 = _mm256_fmadd_ps(vp0, vt0, vc1);
    vp1 = _mm256_fmadd_ps(vp1, vt1, vc1);
    vt0 = _mm256_mul_ps(vt0, vs0);
    vt1 = _mm256_mul_ps(vt1, vs1);
    const __m256 ve0 = _mm256_andnot_ps(_mm256_cmp_ps(va0, vcutoff, _CMP_LT_OQ), _mm256_fmadd_ps(vt0, vp0, vs0));
    const __m256 ve1 = _mm256_andnot_ps(_mm256_cmp_ps(va1, vcutoff, _CMP_LT_OQ), _mm256_fmadd_ps(vt1, vp1, vs1));
    // d = x > m ? d * e + 1 : d + e.
    vd0 = _mm256_blendv_ps(_mm256_add_ps(vd0, ve0), _mm256_fmadd_ps(vd0, ve0, vone), vgt0);
    vd1 = _mm256_blendv_ps(_mm256_add_ps(vd1, ve1), _mm256_fmadd_ps(vd1, ve1, vone), vgt1);
    const __m256 vx2 = _mm256_loadu_ps(input + 16);
    const __m256 vx3 = _mm256_loadu_ps(input + 24);
    // a = -|x - m| against the running max before x; then m = max(x, m) (NaN x keeps m).
    const __m256 vgt2 = _mm256_cmp_ps(vx2, vm2, _CMP_GT_OQ);
    const __m256 va2 = _mm256_or_ps(_mm256_sub_ps(vx2, vm2), vsign);
    vm2 = _mm256_max_ps(vx2, vm2);
    const __m256 vgt3 = _mm256_cmp_ps(vx3, vm0, _CMP_GT_OQ);
    const __m256 va3 = _mm256_or_ps(_mm256_sub_ps(vx3, vm0), vsign);
    vm0 = _mm256_max_ps(vx3, vm0);
    // e = exp(a): the exp core, step-major.
    const __m256 vbiased2 = _mm256_fmadd_ps(va2, vlog2e, vmagic_bias);
    const __m256 vbiased3 = _mm256_fmadd_ps(va3, vlog2e, vmagic_bias);
    const __m256 vs2 = _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_castps_si256(vbiased2), 23));
    const __m256 vs3 = _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_castps_si256(vbiased3), 23));
    const __m256 vn2 = _mm256_sub_ps(vbiased2, vmagic_bias);
    const __m256 vn3 = _mm256_sub_ps(vbiased3, vmagic_bias);
    __m256 vt2 = _mm256_fmadd_ps(vn2, vminus_ln2_hi, va2);
    __m256 vt3 = _mm256_fmadd_ps(vn3, vminus_ln2_hi, va3);
    vt2 = _mm256_fmadd_ps(vn2, vminus_ln2_lo, vt2);
    vt3 = _mm256_fmadd_ps(vn3, vminus_ln2_lo, vt3);
    __m256 vp2 = _mm256_fmadd_ps(vc5, vt2, vc4);
    __m256 vp3 = _mm256_fmadd_ps(vc5, vt3, vc4);
    vp2 = _mm256_fmadd_ps(vp2, vt2, vc3);
    vp3 = _mm256_fmadd_ps(vp3, vt3, vc3);
    vp2 = _mm256_fmadd_ps(vp2, vt2, vc2);
    vp3 = _mm256_fmadd_ps(vp3, vt3, vc2);
    vp2 = _mm256_fmadd_ps(vp2, vt2, vc1);
    vp3 = _mm256_fmadd_ps(vp3, vt3, vc1);
    vt2 = _mm256_mul_ps(vt2, vs2);
    vt3 = _mm256_mul_ps(vt3, vs3);
    const __m256 ve2 = _mm256_andnot_ps(_mm256_cmp_ps(va2, vcutoff, _CMP_LT_OQ), _mm256_fmadd_ps(vt2, vp2, vs2));
    const __m256 ve3 = _mm256_andnot_ps(_mm256_cmp_ps(va3, vcutoff, _CMP_LT_OQ), _mm256_fmadd_ps(vt3, vp3, vs3));
    // d = x > m ? d * e + 1 : d + e.
    vd2 = _mm256_blendv_ps(_mm256_add_ps(vd2, ve2), _mm256_fmadd_ps(vd2, ve2, vone), vgt2);
    vd0 = _mm256_blendv_ps(_mm256_add_ps(vd0, ve3), _mm256_fmadd_ps(vd0, ve3, vone), vgt3);
    const __m256 vx4 = _mm256_loadu_ps(input + 32);
    const __m256 vx5 = _mm256_loadu_ps(input + 40);
    // a = -|x - m| against the running max before x; then m = max(x, m) (NaN x keeps m).
    const __m256 vgt4 = _mm256_cmp_ps(vx4, vm1, _CMP_GT_OQ);
    const __m256 va4 = _mm256_or_ps(_mm256_sub_ps(vx4, vm1), vsign);
    vm1 = _mm256_max_ps(vx4, vm1);
    const __m256 vgt5 = _mm256_cmp_ps(vx5, vm2, _CMP_GT_OQ);
    const __m256 va5 = _mm256_or_ps(_mm256_sub_ps(vx5, vm2), vsign);
    vm2 = _mm256_max_ps(vx5, vm2);
    // e = exp(a): the exp core, step-major.
    const __m256 vbiased4 = _mm256_fmadd_ps(va4, vlog2e, vmagic_bias);
    const __m256 vbiased5 = _mm256_fmadd_ps(va5, vlog2e, vmagic_bias);
    const __m256 vs4 = _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_castps_si256(vbiased4), 23));
    const __m256 vs5 = _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_castps_si256(vbiased5), 23));
    const __m256 vn4 = _mm256_sub_ps(vbiased4, vmagic_bias);
    const __m256 vn5 = _mm256_sub_ps(vbiased5, vmagic_bias);
    __m256 vt4 = _mm256_fmadd_ps(vn4, vminus_ln2_hi, va4);
    __m256 vt5 = _mm256_fmadd_ps(vn5, vminus_ln2_hi, va5);
    vt4 = _mm256_fmadd_ps(vn4, vminus_ln2_lo, vt4);
    vt5 = _mm256_fmadd_ps(vn5, vminus_ln2_lo, vt5);
    __m256 vp4 = _mm256_fmadd_ps(vc5, vt4, vc4);
    __m256 vp5 = _mm256_fmadd_ps(vc5, vt5, vc4);
    vp4 = _mm256_fmadd_ps(vp4, vt4, vc3);
    vp5 = _mm256_fmadd_ps(vp5, vt5, vc3);
    vp4 = _mm256_fmadd_ps(vp4, vt4, vc2);
    vp5 = _mm256_fmadd_ps(vp5, vt5, vc2);
    vp4 = _mm256_fmadd_ps(vp4, vt4, vc1);
    vp5 = _mm256_fmadd_ps(vp5, vt5, vc1);
    vt4 = _mm256_mul_ps(vt4, vs4);
    vt5 = _mm256_mul_ps(vt5, vs5);
    const __m256 ve4 = _mm256_andnot_ps(_mm256_cmp_ps(va4, vcutoff, _CMP_LT_OQ), _mm256_fmadd_ps(vt4, vp4, vs4));
    const __m256 ve5 = _mm256_andnot_ps(_mm256_cmp_ps(va5, vcutoff, _CMP_LT_OQ), _mm256_fmadd_ps(vt5, vp5, vs5));
    // d = x > m ? d * e + 1 : d + e.
    vd1 = _mm256_blendv_ps(_mm256_add_ps(vd1, ve4), _mm256_fmadd_ps(vd1, ve4, vone), vgt4);
    vd2 = _mm256_blendv_ps(_mm256_add_ps(vd2, ve5), _mm256_fmadd_ps(vd2, ve5, vone), vgt5);
    const __m256 vx6 = _mm256_loadu_ps(input + 48);
    const __m256 vx7 = _mm256_loadu_ps(input + 56);
    // a = -|x - m| against the running max before x; then m = max(x, m) (NaN x keeps m).
    const __m256 vgt6 = _mm256_cmp_ps(vx6, vm0, _CMP_GT_OQ);
    const __m256 va6 = _mm256_or_ps(_mm256_sub_ps(vx6, vm0), vsign);
    vm0 = _mm256_max_ps(vx6, vm0);
    const __m256 vgt7 = _mm256_cmp_ps(vx7, vm1, _CMP_GT_OQ);
    const __m256 va7 = _mm256_or_ps(_mm256_sub_ps(vx7, vm1), vsign);
    vm1 = _mm256_max_ps(vx7, vm1);
    // e = exp(a): the exp core, step-major.
    const __m256 vbiased6 = _mm256_fmadd_ps(va6, vlog2e, vmagic_bias);
    const __m256 vbiased7 = _mm256_fmadd_ps(va7, vlog2e, vmagic_bias);
    const __m256 vs6 = _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_castps_si256(vbiased6), 23));
    const __m256 vs7 = _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_castps_si256(vbiased7), 23));
    const __m256 vn6 = _mm256_sub_ps(vbiased6, vmagic_bias);
    const __m256 vn7 = _mm256_sub_ps(vbiased7, vmagic_bias);
    __m256 vt6 = _mm256_fmadd_ps(vn6, vminus_ln2_hi, va6);
    __m256 vt7 = _mm256_fmadd_ps(vn7, vminus_ln2_hi, va7);
    vt6 = _mm256_fmadd_ps(vn6, vminus_ln2_lo, vt6);
    vt7 = _mm256_fmadd_ps(vn7, vminus_ln2_lo, vt7);
    __m256 vp6 = _mm256_fmadd_ps(vc5, vt6, vc4);
    __m256 vp7 = _mm256_fmadd_ps(vc5, vt7, vc4);
    vp6 = _mm256_fmadd_ps(vp6, vt6, vc3);
    vp7 = _mm256_fmadd_ps(vp7, vt7, vc3);
    vp6 = _mm256_fmadd_ps(vp6, vt6, vc2);
    vp7 = _mm256_fmadd_ps(vp7, vt7, vc2);
    vp6 = _mm256_fmadd_ps(vp6, vt6, vc1);
    vp7 = _mm256_fmadd_ps(vp7, vt7, vc1);
    vt6 = _mm256_mul_ps(vt6, vs6);
    vt7 = _mm256_mul_ps(vt7, vs7);
    const __m256 ve6 = _mm256_andnot_ps(_mm256_cmp_ps(va6, vcutoff, _CMP_LT_OQ), _mm256_fmadd_ps(vt6, vp6, vs6));
    const __m256 ve7 = _mm256_andnot_ps(_mm256_cmp_ps(va7, vcutoff, _CMP_LT_OQ), _mm256_fmadd_ps(vt7, vp7, vs7));
    // d = x > m ? d * e + 1 : d + e.
    vd0 = _mm256_blendv_ps(_mm256_add_ps(vd0, ve6), _mm256_fmadd_ps(vd0, ve6, vone), vgt6);
    vd1 = _mm256_blendv_ps(_mm256_add_ps(vd1, ve7), _mm256_fmadd_ps(vd1, ve7, vone), vgt7);
    const __m256 vx8 = _mm256_loadu_ps(input + 64);
    const __m256 vx9 = _mm256_loadu_ps(input + 72);
    // a = -|x - m| against the running max before x; then m = max(x, m) (NaN x keeps m).
    const __m256 vgt8 = _mm256_cmp_ps(vx8, vm2, _CMP_GT_OQ);
    const __m256 va8 = _mm256_or_ps(_mm256_sub_ps(vx8, vm2), vsign);
    vm2 = _mm256_max_ps(vx8, vm2);
    const __m256 vgt9 = _mm256_cmp_ps(vx9, vm0, _CMP_GT_OQ);
    const __m256 va9 = _mm256_or_ps(_mm256_sub_ps(vx9, vm0), vsign);
    vm0 = _mm256_max_ps(vx9, vm0);
    // e = exp(a): the exp core, step-major.
    const __m256 vbiased8 = _mm256_fmadd_ps(va8, vlog2e, vmagic_bias);
    const __m256 vbiased9 = _mm256_fmadd_ps(va9, vlog2e, vmagic_bias);
    const __m256 vs8 = _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_castps_si256(vbiased8), 23));
    const __m256 vs9 = _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_castps_si256(vbiased9), 23));
    const __m256 vn8 = _mm256_sub_ps(vbiased8, vmagic_bias);
    const __m256 vn9 = _mm256_sub_ps(vbiased9, vmagic_bias);
    __m256 vt8 = _mm256_fmadd_ps(vn8, vminus_ln2_hi, va8);
    __m256 vt9 = _mm256_fmadd_ps(vn9, vminus_ln2_hi, va9);
    vt8 = _mm256_fmadd_ps(vn8, vminus_ln2_lo, vt8);
    vt9 = _mm256_fmadd_ps(vn9, vminus_ln2_lo, vt9);
    __m256 vp8 = _mm256_fmadd_ps(vc5, vt8, vc4);
    __m256 vp9 = _mm256_fmadd_ps(vc5, vt9, vc4);
    vp8 = _mm256_fmadd_ps(vp8, vt8, vc3);
    vp9 = _mm256_fmadd_ps(vp9, vt9, vc3);
    vp8 = _mm256_fmadd_ps(vp8, vt8, vc2);
    vp9 = _mm256_fmadd_ps(vp9, vt9, vc2);
    vp8 = _mm256_fmadd_ps(vp8, vt8, vc1);
    vp9 = _mm256_fmadd_ps(vp9, vt9, vc1);
    vt8 = _mm256_mul_ps(vt8, vs8);
    vt9 = _mm256_mul_ps(vt9, vs9);
    const __m256 ve8 = _mm256_andnot_ps(_mm256_cmp_ps(va8, vcutoff, _CMP_LT_OQ), _mm256_fmadd_ps(vt8, vp8, vs8));
    const __m256 ve9 = _mm256_andnot_ps(_mm256_cmp_ps(va9, vcutoff, _CMP_LT_OQ), _mm256_fmadd_ps(vt9, vp9, vs9));
    // d = x > m ? d * e + 1 : d + e.
    vd2 = _mm256_blendv_ps(_mm256_add_ps(vd2, ve8), _mm256_fmadd_ps(vd2, ve8, vone), vgt8);
    vd0 = _mm256_blendv_ps(_mm256_add_ps(vd0, ve9), _mm256_fmadd_ps(vd0, ve9, vone), vgt9);
    const __m256 vx10 = _mm256_loadu_ps(input + 80);
    const __m256 vx11 = _mm256_loadu_ps(input + 88);
    // a = -|x - m| against the running max before x; then m = max(x, m) (NaN x keeps m).
    const __m256 vgt10 = _mm256_cmp_ps(vx10, vm1, _CMP_GT_OQ);
    const __m256 va10 = _mm256_or_ps(_mm256_sub_ps(vx10, vm1), vsign);
    vm1 = _mm256_max_ps(vx10, vm1);
    const __m256 vgt11 = _mm256_cmp_ps(vx11, vm2, _CMP_GT_OQ);
    const __m256 va11 = _mm256_or_ps(_mm256_sub_ps(vx11, vm2), vsign);
    vm2 = _mm256_max_ps(vx11, vm2);
    // e = exp(a): the exp core, step-major.
    const __m256 vbiased10 = _mm256_fmadd_ps(va10, vlog2e, vmagic_bias);
    const __m256 vbiased11 = _mm256_fmadd_ps(va11, vlog2e, vmagic_bias);
    const __m256 vs10 = _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_castps_si256(vbiased10), 23));
    const __m256 vs11 = _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_castps_si256(vbiased11), 23));
    const __m256 vn10 = _mm256_sub_ps(vbiased10, vmagic_bias);
    const __m256 vn11 = _mm256_sub_ps(vbiased11, vmagic_bias);
    __m256 vt10 = _mm256_fmadd_ps(vn10, vminus_ln2_hi, va10);
    __m256 vt11 = _mm256_fmadd_ps(vn11, vminus_ln2_hi, va11);
    vt10 = _mm256_fmadd_ps(vn10, vminus_ln2_lo, vt10);
    vt11 = _mm256_fmadd_ps(vn11, vminus_ln2_lo, vt11);
    __m256 vp10 = _mm256_fmadd_ps(vc5, vt10, vc4);
    __m256 vp11 = _mm256_fmadd_ps(vc5, vt11, vc4);
    vp10 = _mm256_fmadd_ps(vp10, vt10, vc3);
    vp11 = _mm256_fmadd_ps(vp11, vt11, vc3);
    vp10 = _mm256_fmadd_ps(vp10, vt10, vc2);
    vp11 = _mm256_fmadd_ps(vp11, vt11, vc2);
    vp10 = _mm256_fmadd_ps(vp10, vt10, vc1);
    vp11 = _mm256_fmadd_ps(vp11, vt11, vc1);
    vt10 = _mm256_mul_ps(vt10, vs10);
    vt11 = _mm256_mul_ps(vt11, vs11);
    const __m256 ve10 = _mm256_andnot_ps(_mm256_cmp_ps(va10, vcutoff, _CMP_LT_OQ), _mm256_fmadd_ps(vt10, vp10, vs10));
    const __m256 ve11 = _mm256_andnot_ps(_mm256_cmp_ps(va11, vcutoff, _CMP_LT_OQ), _mm256_fmadd_ps(vt11, vp11, vs11));
    // d = x > m ? d * e + 1 : d + e.
    vd1 = _mm256_blendv_ps(_mm256_add_ps(vd1, ve10), _mm256_fmadd_ps(vd1, ve10, vone), vgt10);
    vd2 = _mm256_blendv_ps(_mm256_add_ps(vd2, ve11), _mm256_fmadd_ps(vd2, ve11, vone), vgt11);
    input += 96;
  }
  smax_avx2_online_fold(vm1, vd1, &vm0, &vd0);
  smax_avx2_online_fold(vm2, vd2, &vm0, &vd0);
  for (; batch >= 8 * sizeof(float); batch -= 8 * sizeof(float)) {
    const __m256 vx = _mm256_loadu_ps(input);
    input += 8;
    smax_avx2_online_fold(vx, vone, &vm0, &vd0);
  }
  if (batch != 0) {
    const __m256i vmask = smax_avx2_tail_mask(batch / sizeof(float));
    const __m256 vx = _mm256_blendv_ps(_mm256_set1_ps(-INFINITY), _mm256_maskload_ps(input, vmask), _mm256_castsi256_ps(vmask));
    smax_avx2_online_fold(vx, vone, &vm0, &vd0);
  }
  // Lanes: fold the upper half into the lower half, three times.
  smax_avx2_online_fold(_mm256_permute2f128_ps(vm0, vm0, 0x01), _mm256_permute2f128_ps(vd0, vd0, 0x01), &vm0, &vd0);
  smax_avx2_online_fold(_mm256_permute_ps(vm0, _MM_SHUFFLE(1, 0, 3, 2)),
                        _mm256_permute_ps(vd0, _MM_SHUFFLE(1, 0, 3, 2)), &vm0, &vd0);
  smax_avx2_online_fold(_mm256_permute_ps(vm0, _MM_SHUFFLE(2, 3, 0, 1)),
                        _mm256_permute_ps(vd0, _MM_SHUFFLE(2, 3, 0, 1)), &vm0, &vd0);
  state[0] = _mm256_cvtss_f32(vm0);
  state[1] = _mm256_cvtss_f32(vd0);
}
