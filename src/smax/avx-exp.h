// The AVX exp core: src/smax/scalar-exp.h on 8 lanes, step for step.
//
// Same constants (SMAX_EXP_*), same operations in the same order and no FMA, so each lane gives
// bit for bit the value the scalar core gives (kernels are compiled with -ffp-contract=off).
// AVX has no 256-bit integer instructions (they came with AVX2): the one integer step, the shift
// that moves n + 127 into the exponent field to build 2^n, runs as two 128-bit shifts on the halves
// (VEX-encoded under -mavx, so there is no SSE/AVX transition penalty).
// The scalar selects `c ? a : b` become min/max with the operand order that keeps NaN
// (_mm256_max_ps(a, b) is `a > b ? a : b`, so it returns b when either is NaN), or and/andnot/or
// selects (smax_avx_select).
// The error bound is the scalar core's (test/exp-core-test.cc measures it exhaustively).
#ifndef SMAX_AVX_EXP_H_
#define SMAX_AVX_EXP_H_

#include <stddef.h>

#include <immintrin.h>

#include "smax/common.h"
#include "smax/scalar-exp.h"

// The AVX core's error bounds, checked by test/exp-core-test.cc (TEST_ULP style: measured maxima rounded up
// to 4 decimals of an ULP / 5 significant digits, each with the x where it is reached):
//  - smax_avx_expminus, every float x in [SMAX_EXP_CUTOFF, 0] (exhaustive),
//    error in ULPs of the float result and relative error against exp(x); bit for bit the scalar
//    core's results (the test checks that for every x), so the scalar core's bounds:
#define SMAX_AVX_EXPMINUS_MAX_ULP 2.2641
#define SMAX_AVX_EXPMINUS_MAX_ULP_X -0x1.B554D4p+4f
#define SMAX_AVX_EXPMINUS_MAX_REL 1.8456e-7
#define SMAX_AVX_EXPMINUS_MAX_REL_X -0x1.C128AEp+4f
//  - smax_avx_extexp, m * 2^n against exp(x), x in [-SMAX_EXTEXP_INPUT_LIMIT, SMAX_EXTEXP_INPUT_LIMIT]: error
//    in ULPs of m and relative error of m * 2^n (worst cases of an offline scan of every float; the
//    test samples 17.3 million x plus these witnesses):
#define SMAX_AVX_EXTEXP_MAX_ULP 2.2690
#define SMAX_AVX_EXTEXP_MAX_ULP_X 0x1.AE4B4Ap+9f
#define SMAX_AVX_EXTEXP_MAX_REL 1.8561e-7
#define SMAX_AVX_EXTEXP_MAX_REL_X 0x1.AAFAAEp+4f

// Mask for a tail of `count` (1 to 7) floats: lanes 0 .. count-1 all-ones, the rest zero, for
// _mm256_maskload_ps / _mm256_maskstore_ps (which never touch the masked-out lanes' memory).
static SMAX_INLINE __m256i smax_avx_tail_mask(size_t count) {
  const __m256 vlane = _mm256_setr_ps(0.0f, 1.0f, 2.0f, 3.0f, 4.0f, 5.0f, 6.0f, 7.0f);
  return _mm256_castps_si256(_mm256_cmp_ps(vlane, _mm256_set1_ps((float) count), _CMP_LT_OQ));
}

// (mask ? a : b), lane by lane, for a mask of all-ones or all-zeros lanes. Written with and/andnot/or
// rather than _mm256_blendv_ps: GCC 12 turns a blendv whose mask comes from a comparison into a
// per-lane branch sequence under -mavx (measured: the online kernel ran at half speed).
static SMAX_INLINE __m256 smax_avx_select(__m256 vmask, __m256 va, __m256 vb) {
  return _mm256_or_ps(_mm256_and_ps(vmask, va), _mm256_andnot_ps(vmask, vb));
}

// The float whose bits are those of `biased` shifted left by 23: 2^n when biased = n + MAGIC_BIAS.
static SMAX_INLINE __m256 smax_avx_shift_exponent(__m256 vbiased) {
  const __m128i vlo = _mm_slli_epi32(_mm_castps_si128(_mm256_castps256_ps128(vbiased)), 23);
  const __m128i vhi = _mm_slli_epi32(_mm_castps_si128(_mm256_extractf128_ps(vbiased, 1)), 23);
  return _mm256_insertf128_ps(_mm256_castps128_ps256(_mm_castsi128_ps(vlo)), _mm_castsi128_ps(vhi), 1);
}

// Returns t * P(t), so that exp(t) ~= 1 + t * P(t) (smax_scalar_exp_poly).
static SMAX_INLINE __m256 smax_avx_exp_poly(__m256 vt) {
  __m256 vp = _mm256_add_ps(_mm256_mul_ps(_mm256_set1_ps(SMAX_EXP_C5), vt), _mm256_set1_ps(SMAX_EXP_C4));
  vp = _mm256_add_ps(_mm256_mul_ps(vp, vt), _mm256_set1_ps(SMAX_EXP_C3));
  vp = _mm256_add_ps(_mm256_mul_ps(vp, vt), _mm256_set1_ps(SMAX_EXP_C2));
  vp = _mm256_add_ps(_mm256_mul_ps(vp, vt), _mm256_set1_ps(SMAX_EXP_C1));
  return _mm256_mul_ps(vp, vt);
}

// Reduces x: returns t with x = n * ln2 + t, and n (an integer held in a float) in *vn_out
// (smax_scalar_exp_reduce).
static SMAX_INLINE __m256 smax_avx_exp_reduce(__m256 vx, __m256* vn_out) {
  const __m256 vmagic_bias = _mm256_set1_ps(SMAX_EXP_MAGIC_BIAS);
  const __m256 vbiased = _mm256_add_ps(_mm256_mul_ps(vx, _mm256_set1_ps(SMAX_EXP_LOG2E)), vmagic_bias);
  const __m256 vn = _mm256_sub_ps(vbiased, vmagic_bias);
  __m256 vt = _mm256_add_ps(_mm256_mul_ps(vn, _mm256_set1_ps(SMAX_EXP_MINUS_LN2_HI)), vx);
  vt = _mm256_add_ps(_mm256_mul_ps(vn, _mm256_set1_ps(SMAX_EXP_MINUS_LN2_LO)), vt);
  *vn_out = vn;
  return vt;
}

// 2^e for integers e held in floats: exact for e in [-126, 127], exactly 0 for e <= -127
// (smax_scalar_exp2_integer). The clamp's operand order keeps a NaN e NaN, as the scalar selects do.
static SMAX_INLINE __m256 smax_avx_exp2_integer(__m256 ve) {
  ve = _mm256_max_ps(_mm256_set1_ps(-127.0f), ve);  // e < -127 ? -127 : e
  ve = _mm256_min_ps(_mm256_set1_ps(127.0f), ve);   // e > 127 ? 127 : e
  return smax_avx_shift_exponent(_mm256_add_ps(ve, _mm256_set1_ps(SMAX_EXP_MAGIC_BIAS)));
}

// exp(x) for x <= 0: exactly 0 below SMAX_EXP_CUTOFF (and for -inf), NaN for NaN
// (smax_scalar_expminus).
static SMAX_INLINE __m256 smax_avx_expminus(__m256 vx) {
  const __m256 vmagic_bias = _mm256_set1_ps(SMAX_EXP_MAGIC_BIAS);
  const __m256 vbiased = _mm256_add_ps(_mm256_mul_ps(vx, _mm256_set1_ps(SMAX_EXP_LOG2E)), vmagic_bias);
  const __m256 vs = smax_avx_shift_exponent(vbiased);
  const __m256 vn = _mm256_sub_ps(vbiased, vmagic_bias);
  __m256 vt = _mm256_add_ps(_mm256_mul_ps(vn, _mm256_set1_ps(SMAX_EXP_MINUS_LN2_HI)), vx);
  vt = _mm256_add_ps(_mm256_mul_ps(vn, _mm256_set1_ps(SMAX_EXP_MINUS_LN2_LO)), vt);
  const __m256 vf = _mm256_add_ps(_mm256_mul_ps(smax_avx_exp_poly(vt), vs), vs);
  // x < cutoff is false for NaN (ordered compare), so NaN keeps its NaN result; -inf and tiny
  // arguments give +0.
  return _mm256_andnot_ps(_mm256_cmp_ps(vx, _mm256_set1_ps(SMAX_EXP_CUTOFF), _CMP_LT_OQ), vf);
}

// exp(x) as pairs: returns mantissas p and sets *vn so that exp(x) = p * 2^n (smax_scalar_extexp).
// x must be in [-SMAX_EXTEXP_INPUT_LIMIT, SMAX_EXTEXP_INPUT_LIMIT] or NaN.
static SMAX_INLINE __m256 smax_avx_extexp(__m256 vx, __m256* vn) {
  const __m256 vt = smax_avx_exp_reduce(vx, vn);
  return _mm256_add_ps(smax_avx_exp_poly(vt), _mm256_set1_ps(1.0f));
}

// Clamps x to [-limit, limit]; NaN stays NaN (smax_scalar_clamp: NaN is the second operand).
static SMAX_INLINE __m256 smax_avx_clamp(__m256 vx, float limit) {
  vx = _mm256_max_ps(_mm256_set1_ps(-limit), vx);
  return _mm256_min_ps(_mm256_set1_ps(limit), vx);
}

#endif  // SMAX_AVX_EXP_H_
