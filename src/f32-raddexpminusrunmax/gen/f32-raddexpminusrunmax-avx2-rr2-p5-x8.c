// Generated from src/f32-raddexpminusrunmax/avx2-rr2-p5.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_raddexpminusrunmax_ukernel__avx2_rr2_p5_x8: online normalizer (Milakov & Gimelshein 2018) over one block; AVX2 + FMA3,
// 8 elements (1 vectors of 8) per iteration, 1 independent (running max, sum)
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
// (src/smax/avx2-exp.h: 1.98 ULP). The tail is one vmaskmovps vector whose masked-out lanes are -inf,
// which leaves (m, d) unchanged: reads exactly [input, input + batch).
#include <assert.h>
#include <float.h>
#include <math.h>
#include <stddef.h>

#include <immintrin.h>

#include "f32-raddexpminusrunmax/f32-raddexpminusrunmax.h"
#include "smax/avx2-exp.h"

smax_f32_raddexpminusrunmax_ukernel_fn smax_f32_raddexpminusrunmax_ukernel__avx2_rr2_p5_x8;

void smax_f32_raddexpminusrunmax_ukernel__avx2_rr2_p5_x8(size_t batch, const float* input, float* state, const void* params) {
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
  for (; batch >= 8 * sizeof(float); batch -= 8 * sizeof(float)) {
    const __m256 vx0 = _mm256_loadu_ps(input + 0);
    // a = -|x - m| against the running max before x; then m = max(x, m) (NaN x keeps m).
    const __m256 vgt0 = _mm256_cmp_ps(vx0, vm0, _CMP_GT_OQ);
    const __m256 va0 = _mm256_or_ps(_mm256_sub_ps(vx0, vm0), vsign);
    vm0 = _mm256_max_ps(vx0, vm0);
    // e = exp(a): the exp core, step-major.
    const __m256 vbiased0 = _mm256_fmadd_ps(va0, vlog2e, vmagic_bias);
    const __m256 vs0 = _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_castps_si256(vbiased0), 23));
    const __m256 vn0 = _mm256_sub_ps(vbiased0, vmagic_bias);
    __m256 vt0 = _mm256_fmadd_ps(vn0, vminus_ln2_hi, va0);
    vt0 = _mm256_fmadd_ps(vn0, vminus_ln2_lo, vt0);
    __m256 vp0 = _mm256_fmadd_ps(vc5, vt0, vc4);
    vp0 = _mm256_fmadd_ps(vp0, vt0, vc3);
    vp0 = _mm256_fmadd_ps(vp0, vt0, vc2);
    vp0 = _mm256_fmadd_ps(vp0, vt0, vc1);
    vt0 = _mm256_mul_ps(vt0, vs0);
    const __m256 ve0 = _mm256_andnot_ps(_mm256_cmp_ps(va0, vcutoff, _CMP_LT_OQ), _mm256_fmadd_ps(vt0, vp0, vs0));
    // d = x > m ? d * e + 1 : d + e.
    vd0 = _mm256_blendv_ps(_mm256_add_ps(vd0, ve0), _mm256_fmadd_ps(vd0, ve0, vone), vgt0);
    input += 8;
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
