// The scalar exp core shared by every scalar kernel (the SIMD cores mirror it step for step).
//
// exp(x) = 2^n * exp(t), n = round(x * log2(e)), t = x - n * ln2 in [-ln2/2, ln2/2]:
//  - n is rounded with the "magic bias" 1.5*2^23 + 127: in x*log2e + bias the float's ulp is 1, so
//    the sum is round(x*log2e) + bias, and its low mantissa bits hold n + 127, the biased exponent
//    of 2^n; shifting the bits left by 23 gives the float 2^n. Valid for |x*log2e| < 2^22.
//  - t is reduced with two constants (Cody-Waite): LN2_HI has 13 significant bits, so n * LN2_HI is
//    exact for |n| < 2^11; x - n * LN2_HI is then exact (Sterbenz) and n * LN2_LO adds the rest
//    (|ln2 - LN2_HI - LN2_LO| = 1.6e-12). No FMA is needed.
//  - exp(t) ~= 1 + t * P(t), P of degree 4 (so degree 5 in all), a minimax fit of the relative
//    error on [-ln2/2, ln2/2]: scripts/fit-exp-poly.py reproduces the coefficients and prints the
//    error of the polynomial alone.
//  - Measured error of smax_scalar_expminus against double exp over every float in [-87.3, 0]:
//    see EXP_CORE_MAX_ULP in test/exp-core-test.cc, which checks it exhaustively.
// Compiled with -ffp-contract=off so these results do not depend on the compiler's fusing choices.
#ifndef SMAX_SCALAR_EXP_H_
#define SMAX_SCALAR_EXP_H_

#include <stdint.h>

#include "smax/common.h"

#define SMAX_EXP_LOG2E 0x1.715476p+0f       // log2(e)
#define SMAX_EXP_MAGIC_BIAS 0x1.8000FEp23f  // 1.5*2^23 + 127
#define SMAX_EXP_MINUS_LN2_HI -0x1.62E000p-1f  // -ln2 rounded to 13 significant bits
#define SMAX_EXP_MINUS_LN2_LO -0x1.0BFBE8p-15f  // -(ln2 - LN2_HI)
#define SMAX_EXP_C1 0x1.FFFFF6p-1f
#define SMAX_EXP_C2 0x1.FFFDC6p-2f
#define SMAX_EXP_C3 0x1.555A80p-3f
#define SMAX_EXP_C4 0x1.573A1Ap-5f
#define SMAX_EXP_C5 0x1.0F9F9Cp-7f
// exp(x) < 2^-126 below this (about -126*ln2 = -87.3365): results there are flushed to exactly 0,
// which also maps -inf to 0 without ever computing inf - inf.
#define SMAX_EXP_CUTOFF -0x1.5D589Ep6f

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
