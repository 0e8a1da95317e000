// The NEON exp core and lane helpers shared by the neon and neonfma kernels (aarch64 and armv7).
//
// The exp core mirrors src/smax/scalar-exp.h step for step, with the same constants (magic-bias
// rounding, two-constant Cody-Waite reduction, degree-5 polynomial, cutoff below which exp is
// exactly 0): read that header for the derivation and the measured error.
//
// Before including this header a kernel defines SMAX_NEON_FMA:
//  - 0 (isa neon): every a + b * c is a multiply then an add, each rounded, so the results are
//    bit-identical to the scalar kernels' (scalar code is compiled with -ffp-contract=off) on
//    aarch64. ARMv7 NEON always flushes denormals to zero (inputs, intermediates and results):
//    exp(x) = s + (t*P(t)) * s then loses its correction term when that term is below 2^-126,
//    which happens only for results below about 3e-38, so the absolute error grows by at most
//    2^-126 (1.2e-38: relative 1.2e-8 at a result of 1e-30); denormal inputs read as 0 there.
//  - 1 (isa neonfma): a + b * c is one fused vfmaq_f32 (one rounding), so results differ from the
//    scalar ones by rounding only; the reduction stays exact (n * LN2_HI is exact either way).
//
// Comparisons are written as compare-and-select, like the scalar code's `a < b ? a : b`, wherever a
// NaN must be kept or skipped the way the scalar code does; vmaxq_f32 / vminq_f32 return NaN when
// either operand is NaN, which is used only where that is what the scalar code gives too.
#ifndef SMAX_NEON_EXP_H_
#define SMAX_NEON_EXP_H_

#include <stddef.h>
#include <stdint.h>

#include <arm_neon.h>

#include "smax/common.h"
#include "smax/scalar-exp.h"

#if !defined(SMAX_NEON_FMA)
#error "define SMAX_NEON_FMA to 0 (neon) or 1 (neonfma) before including smax/neon-exp.h"
#endif
#if SMAX_NEON_FMA && SMAX_ARCH_ARM && !defined(__ARM_FEATURE_FMA)
#error "neonfma kernels need -mfpu=neon-vfpv4 on armv7 (src/isa.table)"
#endif

// The neon core (SMAX_NEON_FMA 0)'s error bounds, checked by test/exp-core-test.cc (TEST_ULP style: measured maxima rounded up
// to 4 decimals of an ULP / 5 significant digits, each with the x where it is reached):
//  - smax_neon_expminus, every float x in [SMAX_EXP_CUTOFF, 0] (exhaustive),
//    error in ULPs of the float result and relative error against exp(x); on aarch64 bit for bit
//    the scalar core's results (the test checks that), so the scalar core's bounds:
#define SMAX_NEON_EXPMINUS_MAX_ULP 2.2641
#define SMAX_NEON_EXPMINUS_MAX_ULP_X -0x1.B554D4p+4f
#define SMAX_NEON_EXPMINUS_MAX_REL 1.8456e-7
#define SMAX_NEON_EXPMINUS_MAX_REL_X -0x1.C128AEp+4f
//  - smax_neon_extexp, m * 2^n against exp(x), x in [-SMAX_EXTEXP_INPUT_LIMIT, SMAX_EXTEXP_INPUT_LIMIT]: error
//    in ULPs of m and relative error of m * 2^n (worst cases of an offline scan of every float; the
//    test samples 17.3 million x plus these witnesses):
#define SMAX_NEON_EXTEXP_MAX_ULP 2.2690
#define SMAX_NEON_EXTEXP_MAX_ULP_X 0x1.AE4B4Ap+9f
#define SMAX_NEON_EXTEXP_MAX_REL 1.8561e-7
#define SMAX_NEON_EXTEXP_MAX_REL_X 0x1.AAFAAEp+4f

// The neonfma core (SMAX_NEON_FMA 1)'s error bounds, checked by test/exp-core-test.cc (TEST_ULP style:
// measured maxima rounded up to 4 decimals of an ULP / 5 significant digits, each with the x where it
// is reached). Measured under qemu-aarch64 (scripts/test-arm), so over the test's reduced domain:
//  - smax_neon_expminus (SMAX_NEON_FMA 1), every float x in [SMAX_EXP_CUTOFF, -2^-16] and every 64th
//    in (-2^-16, 0], error in ULPs of the float result and relative error against exp(x):
#define SMAX_NEONFMA_EXPMINUS_MAX_ULP 2.2089
#define SMAX_NEONFMA_EXPMINUS_MAX_ULP_X -0x1.B53D5Ap+4f
#define SMAX_NEONFMA_EXPMINUS_MAX_REL 1.8036e-7
#define SMAX_NEONFMA_EXPMINUS_MAX_REL_X -0x1.790FA0p+2f
//  - smax_neon_extexp (SMAX_NEON_FMA 1), m * 2^n against exp(x), x in [-SMAX_EXTEXP_INPUT_LIMIT,
//    SMAX_EXTEXP_INPUT_LIMIT]: error in ULPs of m and relative error of m * 2^n, the maxima over the
//    test's emulation sample of 664,041 x (not every float; a native run's 17.3 million may find more):
#define SMAX_NEONFMA_EXTEXP_MAX_ULP 2.1722
#define SMAX_NEONFMA_EXTEXP_MAX_ULP_X -0x1.9E4E80p+9f
#define SMAX_NEONFMA_EXTEXP_MAX_REL 1.7519e-7
#define SMAX_NEONFMA_EXTEXP_MAX_REL_X -0x1.9E4E80p+9f

// a + b * c: fused for neonfma, two roundings for neon.
static SMAX_INLINE float32x4_t smax_neon_muladd(float32x4_t a, float32x4_t b, float32x4_t c) {
#if SMAX_NEON_FMA
  return vfmaq_f32(a, b, c);
#else
  return vaddq_f32(a, vmulq_f32(b, c));
#endif
}

// The constants of the exp core, splatted once per kernel call (hoisted out of the loops).
struct smax_neon_exp_constants {
  float32x4_t log2e;
  float32x4_t magic_bias;
  float32x4_t minus_ln2_hi;
  float32x4_t minus_ln2_lo;
  float32x4_t c1, c2, c3, c4, c5;
  float32x4_t cutoff;
};

static SMAX_INLINE struct smax_neon_exp_constants smax_neon_exp_constants_init(void) {
  struct smax_neon_exp_constants k;
  k.log2e = vdupq_n_f32(SMAX_EXP_LOG2E);
  k.magic_bias = vdupq_n_f32(SMAX_EXP_MAGIC_BIAS);
  k.minus_ln2_hi = vdupq_n_f32(SMAX_EXP_MINUS_LN2_HI);
  k.minus_ln2_lo = vdupq_n_f32(SMAX_EXP_MINUS_LN2_LO);
  k.c1 = vdupq_n_f32(SMAX_EXP_C1);
  k.c2 = vdupq_n_f32(SMAX_EXP_C2);
  k.c3 = vdupq_n_f32(SMAX_EXP_C3);
  k.c4 = vdupq_n_f32(SMAX_EXP_C4);
  k.c5 = vdupq_n_f32(SMAX_EXP_C5);
  k.cutoff = vdupq_n_f32(SMAX_EXP_CUTOFF);
  return k;
}

// t * P(t), so that exp(t) ~= 1 + t * P(t) (Horner, as smax_scalar_exp_poly).
static SMAX_INLINE float32x4_t smax_neon_exp_poly(float32x4_t vt, const struct smax_neon_exp_constants* k) {
  float32x4_t vp = smax_neon_muladd(k->c4, k->c5, vt);
  vp = smax_neon_muladd(k->c3, vp, vt);
  vp = smax_neon_muladd(k->c2, vp, vt);
  vp = smax_neon_muladd(k->c1, vp, vt);
  return vmulq_f32(vp, vt);
}

// Per lane: x = n * ln2 + t; returns t and sets *vn_out = n (an integer held in a float), as
// smax_scalar_exp_reduce. Also returns the magic-biased n in *vbiased_out (its low bits are n + 127).
static SMAX_INLINE float32x4_t smax_neon_exp_reduce(float32x4_t vx, const struct smax_neon_exp_constants* k,
                                                    float32x4_t* vn_out, float32x4_t* vbiased_out) {
  const float32x4_t vbiased = smax_neon_muladd(k->magic_bias, vx, k->log2e);
  const float32x4_t vn = vsubq_f32(vbiased, k->magic_bias);
  float32x4_t vt = smax_neon_muladd(vx, vn, k->minus_ln2_hi);
  vt = smax_neon_muladd(vt, vn, k->minus_ln2_lo);
  *vn_out = vn;
  *vbiased_out = vbiased;
  return vt;
}

// exp(x) for x <= 0 (an argument x - max), as smax_scalar_expminus: exactly 0 below the cutoff
// (and for -inf), NaN for NaN (x < cutoff is false for NaN, and NaN flows through the arithmetic).
static SMAX_INLINE float32x4_t smax_neon_expminus(float32x4_t vx, const struct smax_neon_exp_constants* k) {
  float32x4_t vn, vbiased;
  const float32x4_t vt = smax_neon_exp_reduce(vx, k, &vn, &vbiased);
  // 2^n: the biased exponent n + 127 sits in the low bits of the magic-biased value.
  const float32x4_t vs = vreinterpretq_f32_u32(vshlq_n_u32(vreinterpretq_u32_f32(vbiased), 23));
  const float32x4_t vf = smax_neon_muladd(vs, smax_neon_exp_poly(vt, k), vs);
  const uint32x4_t vunderflow = vcltq_f32(vx, k->cutoff);
  return vreinterpretq_f32_u32(vbicq_u32(vreinterpretq_u32_f32(vf), vunderflow));
}

// exp(x) = p * 2^n for x in [-SMAX_EXTEXP_INPUT_LIMIT, SMAX_EXTEXP_INPUT_LIMIT] or NaN: returns p
// (about [0.707, 1.415]) and sets *vn_out = n, as smax_scalar_extexp.
static SMAX_INLINE float32x4_t smax_neon_extexp(float32x4_t vx, const struct smax_neon_exp_constants* k,
                                                float32x4_t* vn_out) {
  float32x4_t vbiased;
  const float32x4_t vt = smax_neon_exp_reduce(vx, k, vn_out, &vbiased);
  return vaddq_f32(smax_neon_exp_poly(vt, k), vdupq_n_f32(1.0f));
}

// Clamps x to [-limit, limit]. vmaxq/vminq return NaN for a NaN operand, so NaN stays NaN, as in
// smax_scalar_clamp.
static SMAX_INLINE float32x4_t smax_neon_clamp(float32x4_t vx, float limit) {
  return vminq_f32(vmaxq_f32(vx, vdupq_n_f32(-limit)), vdupq_n_f32(limit));
}

// 2^e for integer e held in a float, as smax_scalar_exp2_integer: exact for e in [-126, 127],
// exactly 0 for e <= -127 (and -inf); a NaN e stays NaN through the clamp and gives 0 here (the
// callers pair it with a NaN mantissa, and NaN * 0 is NaN).
static SMAX_INLINE float32x4_t smax_neon_exp2_integer(float32x4_t ve) {
  ve = vminq_f32(vmaxq_f32(ve, vdupq_n_f32(-127.0f)), vdupq_n_f32(127.0f));
  const float32x4_t vbiased = vaddq_f32(ve, vdupq_n_f32(SMAX_EXP_MAGIC_BIAS));
  return vreinterpretq_f32_u32(vshlq_n_u32(vreinterpretq_u32_f32(vbiased), 23));
}

// The vector with its two halves swapped ({x2, x3, x0, x1}) and with neighbours swapped
// ({x1, x0, x3, x2}): the two steps of a lane-wise tree reduction that works on armv7 too.
static SMAX_INLINE float32x4_t smax_neon_swap_halves(float32x4_t vx) {
  return vcombine_f32(vget_high_f32(vx), vget_low_f32(vx));
}

static SMAX_INLINE float32x4_t smax_neon_swap_neighbours(float32x4_t vx) {
  return vrev64q_f32(vx);
}

// Horizontal sum and maximum: vaddvq / vmaxvq exist on aarch64 only; armv7 uses pairwise ops.
static SMAX_INLINE float smax_neon_reduce_add(float32x4_t vx) {
#if SMAX_ARCH_ARM64
  return vaddvq_f32(vx);
#else
  const float32x2_t vsum = vadd_f32(vget_low_f32(vx), vget_high_f32(vx));
  return vget_lane_f32(vpadd_f32(vsum, vsum), 0);
#endif
}

static SMAX_INLINE float smax_neon_reduce_max(float32x4_t vx) {
#if SMAX_ARCH_ARM64
  return vmaxvq_f32(vx);
#else
  const float32x2_t vmax = vmax_f32(vget_low_f32(vx), vget_high_f32(vx));
  return vget_lane_f32(vpmax_f32(vmax, vmax), 0);
#endif
}

// Loads the first `count` (1 to 3) floats of p into lanes 0..count-1, one lane at a time so that
// nothing past p + count is read; the other lanes hold `fill`.
static SMAX_INLINE float32x4_t smax_neon_load_tail(const float* p, size_t count, float32x4_t vfill) {
  float32x4_t vx = vld1q_lane_f32(p, vfill, 0);
  if (count >= 2) {
    vx = vld1q_lane_f32(p + 1, vx, 1);
  }
  if (count >= 3) {
    vx = vld1q_lane_f32(p + 2, vx, 2);
  }
  return vx;
}

// Stores lanes 0..count-1 (count 1 to 3) of vx to p, and nothing else.
static SMAX_INLINE void smax_neon_store_tail(float* p, size_t count, float32x4_t vx) {
  float32x2_t vlo = vget_low_f32(vx);
  if (count & 2) {
    vst1_f32(p, vlo);
    p += 2;
    vlo = vget_high_f32(vx);
  }
  if (count & 1) {
    vst1_lane_f32(p, vlo, 0);
  }
}

// All-ones in lanes 0..count-1, zero in the others (count 0 to 4).
static SMAX_INLINE uint32x4_t smax_neon_lane_mask(size_t count) {
  static const uint32_t lane_index[4] = {0, 1, 2, 3};
  return vcltq_u32(vld1q_u32(lane_index), vdupq_n_u32((uint32_t) count));
}

#endif  // SMAX_NEON_EXP_H_
