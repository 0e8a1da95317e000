// The scalar exp core shared by every scalar kernel (the SIMD cores mirror it step for step).
//
// exp(x) = 2^n * exp(t), n = round(x * log2(e)), t = x - n * ln2 in [-ln2/2, ln2/2]:
//  - n is rounded with the "magic bias" 1.5*2^23 + 127: in x*log2e + bias the float's ulp is 1, so
//    the sum is round(x*log2e) + bias, and its low mantissa bits hold n + 127, the biased exponent
//    of 2^n; shifting the bits left by 23 gives the float 2^n. Valid for |x*log2e| < 2^22.
//  - t is reduced with two constants (Cody-Waite): LN2_HI has 12 significant bits, so n * LN2_HI is
//    exact for |n| < 2^12; x - n * LN2_HI is then exact (Sterbenz) and n * LN2_LO adds the rest
//    (|ln2 - LN2_HI - LN2_LO| = 1.6e-12). No FMA is needed.
//  - exp(t) ~= 1 + t * P(t), P of degree 4 (so degree 5 in all), a minimax fit of the relative
//    error on [-ln2/2, ln2/2] rounded to float32: scripts/fit-exp-poly.py reproduces C1..C5 (Remez,
//    then rounding C1..C5 in turn with the others re-fitted, then a search over neighbouring
//    floats) and prints the error of the polynomial alone (exact arithmetic, float32
//    coefficients): 9.170e-8 relative (2^-23.38), against 9.148e-8 for the real minimax and
//    9.184e-8 for the previous coefficients (XNNPACK's, which had C3 = 0x1.555A80p-3f and
//    C5 = 0x1.0F9F9Cp-7f and measure exactly the same maxima below).
//  - Measured against double exp by test/exp-core-test.cc, which checks these maxima as stated
//    below (SMAX_SCALAR_EXPMINUS_MAX_* and SMAX_SCALAR_EXTEXP_MAX_*: the bound and the x reaching it):
//    smax_scalar_expminus, every float x in [SMAX_EXP_CUTOFF, 0]: max 2.2641 ULP at
//    x = -0x1.B554D4p+4, max relative error 1.8456e-7 (2^-22.37) at x = -0x1.C128AEp+4; no result
//    falls below FLT_MIN.
//    smax_scalar_extexp, m * 2^n over every float x in [-1024, 1024] (SMAX_EXTEXP_INPUT_LIMIT; the
//    test samples it): max 2.2690 ULP of m at x = 0x1.AE4B4Ap+9, max relative error 1.8561e-7
//    (2^-22.36) at x = 0x1.AAFAAEp+4; m stays in [0.70707, 1.41430].
//    Of the 2.26 ULP: up to 0.5 is the final rounding, ~1.15 the polynomial's own error (at
//    t ~= -0.30, where the result is below 1 and its ulp is 2^-24), the rest the roundings of t
//    and of the Horner steps.
// Compiled with -ffp-contract=off so these results do not depend on the compiler's fusing choices.
#ifndef SMAX_SCALAR_EXP_H_
#define SMAX_SCALAR_EXP_H_

#include <stdint.h>

#include "smax/common.h"

#define SMAX_EXP_LOG2E 0x1.715476p+0f       // log2(e)
#define SMAX_EXP_MAGIC_BIAS 0x1.8000FEp23f  // 1.5*2^23 + 127
#define SMAX_EXP_MINUS_LN2_HI -0x1.62E000p-1f  // -ln2 rounded to 13 bits (the last is 0)
#define SMAX_EXP_MINUS_LN2_LO -0x1.0BFBE8p-15f  // -(ln2 - LN2_HI)
#define SMAX_EXP_C1 0x1.FFFFF6p-1f
#define SMAX_EXP_C2 0x1.FFFDC6p-2f
#define SMAX_EXP_C3 0x1.555A7Cp-3f
#define SMAX_EXP_C4 0x1.573A1Ap-5f
#define SMAX_EXP_C5 0x1.0FA206p-7f
// exp(x) < 2^-126 below this (about -126*ln2 = -87.3365): results there are flushed to exactly 0,
// which also maps -inf to 0: the reduction then computes inf - inf = NaN (raising the invalid flag),
// and the final select discards it.
#define SMAX_EXP_CUTOFF -0x1.5D589Ep6f

// The scalar core's error bounds, checked by test/exp-core-test.cc (TEST_ULP style: measured maxima rounded up
// to 4 decimals of an ULP / 5 significant digits, each with the x where it is reached):
//  - smax_scalar_expminus, every float x in [SMAX_EXP_CUTOFF, 0] (exhaustive),
//    error in ULPs of the float result and relative error against exp(x):
#define SMAX_SCALAR_EXPMINUS_MAX_ULP 2.2641
#define SMAX_SCALAR_EXPMINUS_MAX_ULP_X -0x1.B554D4p+4f
#define SMAX_SCALAR_EXPMINUS_MAX_REL 1.8456e-7
#define SMAX_SCALAR_EXPMINUS_MAX_REL_X -0x1.C128AEp+4f
//  - smax_scalar_extexp, m * 2^n against exp(x), x in [-SMAX_EXTEXP_INPUT_LIMIT, SMAX_EXTEXP_INPUT_LIMIT]: error
//    in ULPs of m and relative error of m * 2^n (worst cases of an offline scan of every float; the
//    test samples 17.3 million x plus these witnesses):
#define SMAX_SCALAR_EXTEXP_MAX_ULP 2.2690
#define SMAX_SCALAR_EXTEXP_MAX_ULP_X 0x1.AE4B4Ap+9f
#define SMAX_SCALAR_EXTEXP_MAX_REL 1.8561e-7
#define SMAX_SCALAR_EXTEXP_MAX_REL_X 0x1.AAFAAEp+4f

// Returns t * P(t), so that exp(t) ~= 1 + t * P(t).
static SMAX_INLINE float smax_scalar_exp_poly(float t) {
  float p = SMAX_EXP_C5 * t + SMAX_EXP_C4;
  p = p * t + SMAX_EXP_C3;
  p = p * t + SMAX_EXP_C2;
  p = p * t + SMAX_EXP_C1;
  return p * t;
}

// Reduces x: returns t with x = n * ln2 + t, and n (an integer held in a float).
static SMAX_INLINE float smax_scalar_exp_reduce(float x, float* n_out) {
  const float biased = x * SMAX_EXP_LOG2E + SMAX_EXP_MAGIC_BIAS;
  const float n = biased - SMAX_EXP_MAGIC_BIAS;
  float t = n * SMAX_EXP_MINUS_LN2_HI + x;
  t = n * SMAX_EXP_MINUS_LN2_LO + t;
  *n_out = n;
  return t;
}

// 2^e for an integer e held in a float: exact for e in [-126, 127] and exactly 0 for e <= -127
// (including -inf), so terms far below the top of a row drop out with no branch on the data.
// Built with the magic bias like 2^n above, so a NaN e gives some value rather than the undefined
// behaviour of a float-to-int conversion; callers only pass NaN along with a NaN mantissa.
static SMAX_INLINE float smax_scalar_exp2_integer(float e) {
  e = e < -127.0f ? -127.0f : e;
  e = e > 127.0f ? 127.0f : e;
  return smax_uint32_as_float(smax_float_as_uint32(e + SMAX_EXP_MAGIC_BIAS) << 23);
}

// exp(x) for x <= 0 (an argument x - max): exactly 0 below SMAX_EXP_CUTOFF (and for -inf),
// NaN for NaN.
static SMAX_INLINE float smax_scalar_expminus(float x) {
  const float biased = x * SMAX_EXP_LOG2E + SMAX_EXP_MAGIC_BIAS;
  const float s = smax_uint32_as_float(smax_float_as_uint32(biased) << 23);
  const float n = biased - SMAX_EXP_MAGIC_BIAS;
  float t = n * SMAX_EXP_MINUS_LN2_HI + x;
  t = n * SMAX_EXP_MINUS_LN2_LO + t;
  // s * (1 + t*P(t)) written as s + (t*P(t)) * s saves a multiply and keeps s's exactness.
  const float f = smax_scalar_exp_poly(t) * s + s;
  return x < SMAX_EXP_CUTOFF ? 0.0f : f;
}

// exp(x) as a pair: returns the mantissa m in about [0.707, 1.415] and sets *n so that
// exp(x) = m * 2^n. x must be in [-SMAX_EXTEXP_INPUT_LIMIT, SMAX_EXTEXP_INPUT_LIMIT] or NaN.
static SMAX_INLINE float smax_scalar_extexp(float x, float* n) {
  const float t = smax_scalar_exp_reduce(x, n);
  return smax_scalar_exp_poly(t) + 1.0f;
}

// Clamps x to [-limit, limit]; NaN stays NaN (every comparison with NaN is false).
static SMAX_INLINE float smax_scalar_clamp(float x, float limit) {
  x = x < -limit ? -limit : x;
  return x > limit ? limit : x;
}

#endif  // SMAX_SCALAR_EXP_H_
