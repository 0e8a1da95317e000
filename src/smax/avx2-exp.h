// The AVX2 + FMA3 exp core (8 lanes), step for step the scalar core of src/smax/scalar-exp.h, with FMA.
//
// exp(x) = 2^n * exp(t), n = round(x * log2(e)), t = x - n * ln2:
//  - n by the magic bias 1.5*2^23 + 127 (as in scalar-exp.h), but x * log2e + bias is one FMA, so n
//    can differ from the scalar core's by one where x * log2e is within an ulp of a half-integer;
//    t then sits just outside [-ln2/2, ln2/2], where the polynomial is still as accurate.
//  - rr2 with FMA: t = fma(n, -LN2_HI, x), then fma(n, -LN2_LO, t). With FMA, LN2_HI can be ln2
//    rounded to float (24 bits): the product n * LN2_HI is exact inside the FMA. |ln2 - HI - LO| is
//    8.8e-17, so even at |n| = 1477 (the extexp kernels' range) the reduction error is 1.3e-13.
//    rr1 (one constant) would err by n * 1.9e-9: 4.7 ULP near -87 and 2.8e-6 relative at n = 1477,
//    beyond the 2e-6 contract for the extexp kernels; one more FMA per vector buys identical accuracy
//    over every kernel's range, so every AVX2 kernel uses rr2.
//  - exp(t) ~= 1 + t * P(t), the scalar core's degree-5 coefficients (scripts/fit-exp-poly.py).
//  - 2^n from exponent bits (biased << 23), as in the scalar core; the cutoff compare then zeroes
//    x < -87.3365 (-inf included) exactly.
//  - Measured by test/exp-core-test.cc, which sweeps all 1.1e9 floats x in [SMAX_EXP_CUTOFF, 0]
//    against double exp and checks the bounds stated below (SMAX_AVX2_EXPMINUS_MAX_*): at most
//    1.9757 ULP of the float result, at x = -0x1.781794p+1, relative error at most 1.6402e-7 at
//    x = -0x1.F4C7AAp+3 (the scalar core: 2.2641 ULP, 1.8456e-7). src/smax/avx512f-exp.h has the same
//    maxima and witnesses, though the two cores round differently on a few thousand of the inputs.
#ifndef SMAX_AVX2_EXP_H_
#define SMAX_AVX2_EXP_H_

#include <immintrin.h>
#include <stddef.h>
#include <stdint.h>

#include "smax/common.h"
#include "smax/microfnptr.h"
#include "smax/scalar-exp.h"

// rr2 constants for FMA: -ln2 = MINUS_LN2_HI + MINUS_LN2_LO to 8.8e-17.
#define SMAX_EXP_FMA_MINUS_LN2_HI -0x1.62E430p-1f  // -ln2 rounded to float
#define SMAX_EXP_FMA_MINUS_LN2_LO 0x1.05C610p-29f  // -(ln2 - LN2_HI)

// The AVX2 core's error bounds, checked by test/exp-core-test.cc (TEST_ULP style: measured maxima rounded up
// to 4 decimals of an ULP / 5 significant digits, each with the x where it is reached):
//  - smax_avx2_expminus, every float x in [SMAX_EXP_CUTOFF, 0] (exhaustive),
//    error in ULPs of the float result and relative error against exp(x):
#define SMAX_AVX2_EXPMINUS_MAX_ULP 1.9757
#define SMAX_AVX2_EXPMINUS_MAX_ULP_X -0x1.781794p+1f
#define SMAX_AVX2_EXPMINUS_MAX_REL 1.6402e-7
#define SMAX_AVX2_EXPMINUS_MAX_REL_X -0x1.F4C7AAp+3f
//  - smax_avx2_extexp, m * 2^n against exp(x), x in [-SMAX_EXTEXP_INPUT_LIMIT, SMAX_EXTEXP_INPUT_LIMIT]: error
//    in ULPs of m and relative error of m * 2^n, the maxima over the test's sample of 17.3 million x
//    (not every float):
#define SMAX_AVX2_EXTEXP_MAX_ULP 1.9648
#define SMAX_AVX2_EXTEXP_MAX_ULP_X -0x1.49AC90p+9f
#define SMAX_AVX2_EXTEXP_MAX_REL 1.6341e-7
#define SMAX_AVX2_EXTEXP_MAX_REL_X -0x1.81D300p+5f

// Tail masks for vmaskmovps: loading 8 lanes at &smax_avx2_mask_table[7 - count] gives all-ones in the
// first `count` lanes (0 < count < 8) and zeros in the rest.
static const int32_t smax_avx2_mask_table[14] = {-1, -1, -1, -1, -1, -1, -1, 0, 0, 0, 0, 0, 0, 0};

static SMAX_INLINE __m256i smax_avx2_tail_mask(size_t count) {
  return _mm256_loadu_si256((const __m256i*)&smax_avx2_mask_table[7 - count]);
}

// exp(x) for x <= 0 (an argument x - max): exactly 0 below SMAX_EXP_CUTOFF and for -inf; NaN for NaN.
static SMAX_INLINE __m256 smax_avx2_expminus(__m256 vx) {
  const __m256 vmagic_bias = _mm256_set1_ps(SMAX_EXP_MAGIC_BIAS);
  const __m256 vbiased = _mm256_fmadd_ps(vx, _mm256_set1_ps(SMAX_EXP_LOG2E), vmagic_bias);
  const __m256 vs = _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_castps_si256(vbiased), 23));
  const __m256 vn = _mm256_sub_ps(vbiased, vmagic_bias);
  __m256 vt = _mm256_fmadd_ps(vn, _mm256_set1_ps(SMAX_EXP_FMA_MINUS_LN2_HI), vx);
  vt = _mm256_fmadd_ps(vn, _mm256_set1_ps(SMAX_EXP_FMA_MINUS_LN2_LO), vt);
  __m256 vp = _mm256_fmadd_ps(_mm256_set1_ps(SMAX_EXP_C5), vt, _mm256_set1_ps(SMAX_EXP_C4));
  vp = _mm256_fmadd_ps(vp, vt, _mm256_set1_ps(SMAX_EXP_C3));
  vp = _mm256_fmadd_ps(vp, vt, _mm256_set1_ps(SMAX_EXP_C2));
  vp = _mm256_fmadd_ps(vp, vt, _mm256_set1_ps(SMAX_EXP_C1));
  vt = _mm256_mul_ps(vt, vs);
  const __m256 vf = _mm256_fmadd_ps(vt, vp, vs);
  // x < cutoff (ordered: NaN stays NaN) becomes +0.
  return _mm256_andnot_ps(_mm256_cmp_ps(vx, _mm256_set1_ps(SMAX_EXP_CUTOFF), _CMP_LT_OQ), vf);
}

// Clamps x to [-SMAX_EXTEXP_INPUT_LIMIT, SMAX_EXTEXP_INPUT_LIMIT] keeping NaN: vmaxps / vminps return
// their SECOND operand when either is NaN, so x goes second.
static SMAX_INLINE __m256 smax_avx2_extexp_clamp(__m256 vx) {
  vx = _mm256_max_ps(_mm256_set1_ps(-SMAX_EXTEXP_INPUT_LIMIT), vx);
  return _mm256_min_ps(_mm256_set1_ps(SMAX_EXTEXP_INPUT_LIMIT), vx);
}

// exp(x) as a pair: returns p in about [0.707, 1.415] and sets *vn_out so that exp(x) = p * 2^n;
// x clamped (smax_avx2_extexp_clamp) or NaN.
static SMAX_INLINE __m256 smax_avx2_extexp(__m256 vx, __m256* vn_out) {
  const __m256 vmagic_bias = _mm256_set1_ps(SMAX_EXP_MAGIC_BIAS);
  const __m256 vn = _mm256_sub_ps(_mm256_fmadd_ps(vx, _mm256_set1_ps(SMAX_EXP_LOG2E), vmagic_bias), vmagic_bias);
  __m256 vt = _mm256_fmadd_ps(vn, _mm256_set1_ps(SMAX_EXP_FMA_MINUS_LN2_HI), vx);
  vt = _mm256_fmadd_ps(vn, _mm256_set1_ps(SMAX_EXP_FMA_MINUS_LN2_LO), vt);
  __m256 vp = _mm256_fmadd_ps(_mm256_set1_ps(SMAX_EXP_C5), vt, _mm256_set1_ps(SMAX_EXP_C4));
  vp = _mm256_fmadd_ps(vp, vt, _mm256_set1_ps(SMAX_EXP_C3));
  vp = _mm256_fmadd_ps(vp, vt, _mm256_set1_ps(SMAX_EXP_C2));
  vp = _mm256_fmadd_ps(vp, vt, _mm256_set1_ps(SMAX_EXP_C1));
  *vn_out = vn;
  return _mm256_fmadd_ps(vp, vt, _mm256_set1_ps(1.0f));
}

// 2^d for integers d <= 0 held in floats (differences of exponents): exact for d >= -126, exactly 0
// for d <= -127 and for NaN (vmaxps returns its second operand, -127, then), like
// smax_scalar_exp2_integer.
static SMAX_INLINE __m256 smax_avx2_exp2_nonpositive(__m256 vd) {
  vd = _mm256_max_ps(vd, _mm256_set1_ps(-127.0f));
  return _mm256_castsi256_ps(
      _mm256_slli_epi32(_mm256_castps_si256(_mm256_add_ps(vd, _mm256_set1_ps(SMAX_EXP_MAGIC_BIAS))), 23));
}

// 2^d for any integer d held in a float, clamped to [2^-127 = 0, 2^127], as smax_scalar_exp2_integer.
static SMAX_INLINE __m256 smax_avx2_exp2_integer(__m256 vd) {
  vd = _mm256_min_ps(vd, _mm256_set1_ps(127.0f));
  return smax_avx2_exp2_nonpositive(vd);
}

// Horizontal reductions of the 8 lanes.
static SMAX_INLINE float smax_avx2_reduce_add(__m256 v) {
  __m128 v4 = _mm_add_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
  v4 = _mm_add_ps(v4, _mm_movehl_ps(v4, v4));
  v4 = _mm_add_ss(v4, _mm_movehdup_ps(v4));
  return _mm_cvtss_f32(v4);
}

// Returns max over the lanes in every lane (NaN never reaches the callers' arguments).
static SMAX_INLINE __m256 smax_avx2_broadcast_max(__m256 v) {
  v = _mm256_max_ps(v, _mm256_permute2f128_ps(v, v, 0x01));
  v = _mm256_max_ps(v, _mm256_permute_ps(v, _MM_SHUFFLE(1, 0, 3, 2)));
  return _mm256_max_ps(v, _mm256_permute_ps(v, _MM_SHUFFLE(2, 3, 0, 1)));
}

// Online-normalizer merge of the pairs (vm2, vd2) into (*vm, *vd), lane by lane, as fold() in the
// scalar template: d = d * exp(m - m') + d2 * exp(m2 - m'), m' = max(m, m2), one exp per lane.
static SMAX_INLINE void smax_avx2_online_fold(__m256 vm2, __m256 vd2, __m256* vm, __m256* vd) {
  const __m256 vgt = _mm256_cmp_ps(vm2, *vm, _CMP_GT_OQ);
  const __m256 vhi = _mm256_max_ps(vm2, *vm);
  const __m256 vlo = _mm256_min_ps(*vm, vm2);
  const __m256 ve = smax_avx2_expminus(_mm256_sub_ps(vlo, vhi));
  *vd = _mm256_blendv_ps(_mm256_fmadd_ps(vd2, ve, *vd), _mm256_fmadd_ps(*vd, ve, vd2), vgt);
  *vm = vhi;
}

#endif  // SMAX_AVX2_EXP_H_
