// The SSE2 exp core: src/smax/scalar-exp.h on 4 lanes, step for step.
//
// Same constants (SMAX_EXP_*), same operations in the same order and no FMA, so each lane gives
// bit for bit the value the scalar core gives (kernels are compiled with -ffp-contract=off):
//  - exp(x) = 2^n * exp(t), n = round(x * log2(e)) by the magic bias, 2^n from the biased sum's bits
//    shifted left by 23, t = x - n * ln2 with the two-constant (Cody-Waite) ln2, degree-5 polynomial;
//  - the scalar selects `c ? a : b` become SSE2 min/max with the operand order that keeps NaN
//    (_mm_max_ps(a, b) is `a > b ? a : b`, so it returns b when either is NaN), or and/andnot masks
//    (SSE2 has no blendv).
// The error bound is the scalar core's (test/exp-core-test.cc measures it exhaustively).
#ifndef SMAX_SSE2_EXP_H_
#define SMAX_SSE2_EXP_H_

#include <emmintrin.h>

#include "smax/common.h"
#include "smax/scalar-exp.h"

// The SSE2 core's error bounds, checked by test/exp-core-test.cc (TEST_ULP style: measured maxima rounded up
// to 4 decimals of an ULP / 5 significant digits, each with the x where it is reached):
//  - smax_sse2_expminus, every float x in [SMAX_EXP_CUTOFF, 0] (exhaustive),
//    error in ULPs of the float result and relative error against exp(x); bit for bit the scalar
//    core's results (the test checks that for every x), so the scalar core's bounds:
#define SMAX_SSE2_EXPMINUS_MAX_ULP 2.2641
#define SMAX_SSE2_EXPMINUS_MAX_ULP_X -0x1.B554D4p+4f
#define SMAX_SSE2_EXPMINUS_MAX_REL 1.8456e-7
#define SMAX_SSE2_EXPMINUS_MAX_REL_X -0x1.C128AEp+4f
//  - smax_sse2_extexp, m * 2^n against exp(x), x in [-SMAX_EXTEXP_INPUT_LIMIT, SMAX_EXTEXP_INPUT_LIMIT]: error
//    in ULPs of m and relative error of m * 2^n (worst cases of an offline scan of every float; the
//    test samples 17.3 million x plus these witnesses):
#define SMAX_SSE2_EXTEXP_MAX_ULP 2.2690
#define SMAX_SSE2_EXTEXP_MAX_ULP_X 0x1.AE4B4Ap+9f
#define SMAX_SSE2_EXTEXP_MAX_REL 1.8561e-7
#define SMAX_SSE2_EXTEXP_MAX_REL_X 0x1.AAFAAEp+4f

// (mask ? a : b), lane by lane, for a mask of all-ones or all-zeros lanes.
static SMAX_INLINE __m128 smax_sse2_select(__m128 mask, __m128 a, __m128 b) {
  return _mm_or_ps(_mm_and_ps(mask, a), _mm_andnot_ps(mask, b));
}

// The float whose bits are those of `biased` shifted left by 23: 2^(n) when biased = n + MAGIC_BIAS.
static SMAX_INLINE __m128 smax_sse2_shift_exponent(__m128 vbiased) {
  return _mm_castsi128_ps(_mm_slli_epi32(_mm_castps_si128(vbiased), 23));
}

// Returns t * P(t), so that exp(t) ~= 1 + t * P(t) (smax_scalar_exp_poly).
static SMAX_INLINE __m128 smax_sse2_exp_poly(__m128 vt) {
  __m128 vp = _mm_add_ps(_mm_mul_ps(_mm_set1_ps(SMAX_EXP_C5), vt), _mm_set1_ps(SMAX_EXP_C4));
  vp = _mm_add_ps(_mm_mul_ps(vp, vt), _mm_set1_ps(SMAX_EXP_C3));
  vp = _mm_add_ps(_mm_mul_ps(vp, vt), _mm_set1_ps(SMAX_EXP_C2));
  vp = _mm_add_ps(_mm_mul_ps(vp, vt), _mm_set1_ps(SMAX_EXP_C1));
  return _mm_mul_ps(vp, vt);
}

// Reduces x: returns t with x = n * ln2 + t, and n (an integer held in a float) in *vn_out
// (smax_scalar_exp_reduce).
static SMAX_INLINE __m128 smax_sse2_exp_reduce(__m128 vx, __m128* vn_out) {
  const __m128 vmagic_bias = _mm_set1_ps(SMAX_EXP_MAGIC_BIAS);
  const __m128 vbiased = _mm_add_ps(_mm_mul_ps(vx, _mm_set1_ps(SMAX_EXP_LOG2E)), vmagic_bias);
  const __m128 vn = _mm_sub_ps(vbiased, vmagic_bias);
  __m128 vt = _mm_add_ps(_mm_mul_ps(vn, _mm_set1_ps(SMAX_EXP_MINUS_LN2_HI)), vx);
  vt = _mm_add_ps(_mm_mul_ps(vn, _mm_set1_ps(SMAX_EXP_MINUS_LN2_LO)), vt);
  *vn_out = vn;
  return vt;
}

// 2^e for integers e held in floats: exact for e in [-126, 127], exactly 0 for e <= -127
// (smax_scalar_exp2_integer). The clamp's operand order keeps a NaN e NaN, as the scalar selects do,
// so a NaN e gives the same bits as in the scalar core.
static SMAX_INLINE __m128 smax_sse2_exp2_integer(__m128 ve) {
  ve = _mm_max_ps(_mm_set1_ps(-127.0f), ve);  // e < -127 ? -127 : e
  ve = _mm_min_ps(_mm_set1_ps(127.0f), ve);   // e > 127 ? 127 : e
  return smax_sse2_shift_exponent(_mm_add_ps(ve, _mm_set1_ps(SMAX_EXP_MAGIC_BIAS)));
}

// exp(x) for x <= 0: exactly 0 below SMAX_EXP_CUTOFF (and for -inf), NaN for NaN
// (smax_scalar_expminus).
static SMAX_INLINE __m128 smax_sse2_expminus(__m128 vx) {
  const __m128 vmagic_bias = _mm_set1_ps(SMAX_EXP_MAGIC_BIAS);
  const __m128 vbiased = _mm_add_ps(_mm_mul_ps(vx, _mm_set1_ps(SMAX_EXP_LOG2E)), vmagic_bias);
  const __m128 vs = smax_sse2_shift_exponent(vbiased);
  const __m128 vn = _mm_sub_ps(vbiased, vmagic_bias);
  __m128 vt = _mm_add_ps(_mm_mul_ps(vn, _mm_set1_ps(SMAX_EXP_MINUS_LN2_HI)), vx);
  vt = _mm_add_ps(_mm_mul_ps(vn, _mm_set1_ps(SMAX_EXP_MINUS_LN2_LO)), vt);
  const __m128 vf = _mm_add_ps(_mm_mul_ps(smax_sse2_exp_poly(vt), vs), vs);
  // x < cutoff is false for NaN, so NaN keeps its NaN result; -inf and tiny arguments give +0.
  return _mm_andnot_ps(_mm_cmplt_ps(vx, _mm_set1_ps(SMAX_EXP_CUTOFF)), vf);
}

// exp(x) as pairs: returns mantissas p and sets *vn so that exp(x) = p * 2^n (smax_scalar_extexp).
// x must be in [-SMAX_EXTEXP_INPUT_LIMIT, SMAX_EXTEXP_INPUT_LIMIT] or NaN.
static SMAX_INLINE __m128 smax_sse2_extexp(__m128 vx, __m128* vn) {
  const __m128 vt = smax_sse2_exp_reduce(vx, vn);
  return _mm_add_ps(smax_sse2_exp_poly(vt), _mm_set1_ps(1.0f));
}

// Clamps x to [-limit, limit]; NaN stays NaN (smax_scalar_clamp: NaN is the second operand).
static SMAX_INLINE __m128 smax_sse2_clamp(__m128 vx, float limit) {
  vx = _mm_max_ps(_mm_set1_ps(-limit), vx);
  return _mm_min_ps(_mm_set1_ps(limit), vx);
}

#endif  // SMAX_SSE2_EXP_H_
