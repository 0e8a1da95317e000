// The AVX-512F exp core (16 lanes), step for step the scalar core of src/smax/scalar-exp.h, with FMA.
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
//    over every kernel's range, so every AVX-512F kernel uses rr2.
//  - exp(t) ~= 1 + t * P(t), the scalar core's degree-5 coefficients (scripts/fit-exp-poly.py).
//  - exp(x) = p * 2^n with p = 1 + t * P(t), applied by vscalefps (exact, one rounding only for
//    subnormal results). On Zen 4 the kernels are bound by FMA-pipe throughput, and this measured 9%
//    faster than the scalar core's s + (t * s) * P(t) with s = 2^n from exponent bits (one FMA-class
//    multiply fewer per vector; an integer exponent add with NaN-safe masks gained nothing).
//    x = -inf gives n = -inf and p = NaN, so the cutoff mask (x < -87.3365, -inf included, becomes
//    exactly 0, NaN is kept) is applied in the vscalefps itself: XNNPACK's scalef kernels lack it and
//    return NaN for -inf.
//  - Measured by test/exp-core-test.cc, which sweeps all 1.1e9 floats x in [SMAX_EXP_CUTOFF, 0]
//    against double exp and checks the bounds stated below (SMAX_AVX512F_EXPMINUS_MAX_*): at most
//    1.9757 ULP of the float result, at x = -0x1.781794p+1, relative error at most 1.6402e-7 at
//    x = -0x1.F4C7AAp+3 (the scalar core: 2.2641 ULP, 1.8456e-7). src/smax/avx2-exp.h has the same
//    maxima and witnesses, though the two cores round differently on a few thousand of the inputs.
// The extended-exponent kernels also use vscalefps for their 2^(e - e') rescales (see their templates).
#ifndef SMAX_AVX512F_EXP_H_
#define SMAX_AVX512F_EXP_H_

#include <stddef.h>
#include <stdint.h>

#include <immintrin.h>

#include "smax/common.h"
#include "smax/microfnptr.h"
#include "smax/scalar-exp.h"

// rr2 constants for FMA: -ln2 = MINUS_LN2_HI + MINUS_LN2_LO to 8.8e-17.
#define SMAX_EXP_FMA_MINUS_LN2_HI -0x1.62E430p-1f  // -ln2 rounded to float
#define SMAX_EXP_FMA_MINUS_LN2_LO 0x1.05C610p-29f  // -(ln2 - LN2_HI)

// The AVX-512F rr2-p5 core's error bounds, checked by test/exp-core-test.cc (TEST_ULP style: measured maxima rounded up
// to 4 decimals of an ULP / 5 significant digits, each with the x where it is reached):
//  - smax_avx512f_expminus, every float x in [SMAX_EXP_CUTOFF, 0] (exhaustive),
//    error in ULPs of the float result and relative error against exp(x):
#define SMAX_AVX512F_EXPMINUS_MAX_ULP 1.9757
#define SMAX_AVX512F_EXPMINUS_MAX_ULP_X -0x1.781794p+1f
#define SMAX_AVX512F_EXPMINUS_MAX_REL 1.6402e-7
#define SMAX_AVX512F_EXPMINUS_MAX_REL_X -0x1.F4C7AAp+3f
//  - smax_avx512f_extexp, m * 2^n against exp(x), x in [-SMAX_EXTEXP_INPUT_LIMIT, SMAX_EXTEXP_INPUT_LIMIT]: error
//    in ULPs of m and relative error of m * 2^n, the maxima over the test's sample of 17.3 million x
//    (not every float):
#define SMAX_AVX512F_EXTEXP_MAX_ULP 1.9648
#define SMAX_AVX512F_EXTEXP_MAX_ULP_X -0x1.49AC90p+9f
#define SMAX_AVX512F_EXTEXP_MAX_REL 1.6341e-7
#define SMAX_AVX512F_EXTEXP_MAX_REL_X -0x1.81D300p+5f

// The rr2-lut16-p3 core: exp(x) = 2^(n/16) * exp(t), n = round(x * 16 * log2(e)), with 2^(n/16) from a
// 16-entry table in one zmm register and a degree-3 polynomial. Derivation: src/f32-raddstoreexpminusmax/
// avx512f-rr2-lut16-p3.c.in; f32-vscaleextexp uses it too. The core is smax_avx512f_lut16_expminus below;
// test/exp-core-test.cc sweeps it exhaustively against SMAX_LUT16_EXPMINUS_MAX_*.
// 1.5*2^19: float ulp 2^-4, so x * log2e + bias rounds x * log2e to sixteenths.
#define SMAX_LUT16_MAGIC_BIAS 0x1.800000p19f
// exp(t) ~= 1 + t + t^2 * (C2 + C3 * t) on [-ln2/32, ln2/32]: the minimax relative fit of
// scripts/fit-exp-poly.py (fit_lut16), which reproduces these two floats bit for bit.
#define SMAX_LUT16_C2 0x1.000220p-1f  // 0.50001621
#define SMAX_LUT16_C3 0x1.555238p-3f  // 0.16666073

// smax_avx512f_lut16_expminus's error bounds over every float x in [SMAX_EXP_CUTOFF, 0] (exhaustive:
// test/exp-core-test.cc), error in ULPs of the float result and relative error against exp(x), with the
// x where each maximum is reached:
#define SMAX_LUT16_EXPMINUS_MAX_ULP 0.9895
#define SMAX_LUT16_EXPMINUS_MAX_ULP_X -0x1.6078C4p+4f
#define SMAX_LUT16_EXPMINUS_MAX_REL 1.0732e-7
#define SMAX_LUT16_EXPMINUS_MAX_REL_X -0x1.1FFFECp+4f

// Bits of 2^(k/16) rounded to float, minus k << 19 (lane k; _mm512_set_epi32 lists lane 15 first).
static SMAX_INLINE __m512i smax_lut16_table(void) {
  return _mm512_set_epi32(
      0x3F7D257D, 0x3F7AC0C7, 0x3F78CCDF, 0x3F7744FD, 0x3F76248C, 0x3F75672A, 0x3F7508A4, 0x3F7504F3,
      0x3F75583F, 0x3F75FED7, 0x3F76F532, 0x3F7837F0, 0x3F79C3D3, 0x3F7B95C2, 0x3F7DAAC3, 0x3F800000);
}

// One vector of the rr2-lut16-p3 core: exp(x) for x <= 0, exactly 0 below SMAX_EXP_CUTOFF and for -inf,
// NaN for NaN; vtable = smax_lut16_table(). test/exp-core-test.cc sweeps this function; the kernels of
// src/f32-raddstoreexpminusmax/avx512f-rr2-lut16-p3.c.in spell the same operations out step-major
// (and its smax_lut16_expminus is this function), so they give the same bits.
static SMAX_INLINE __m512 smax_avx512f_lut16_expminus(__m512 vx, __m512i vtable) {
  const __m512 vmagic_bias = _mm512_set1_ps(SMAX_LUT16_MAGIC_BIAS);
  const __m512 vbiased = _mm512_fmadd_ps(vx, _mm512_set1_ps(SMAX_EXP_LOG2E), vmagic_bias);
  const __m512 vn = _mm512_sub_ps(vbiased, vmagic_bias);
  const __m512i vbits = _mm512_castps_si512(vbiased);
  const __m512 vs = _mm512_castsi512_ps(
      _mm512_add_epi32(_mm512_permutexvar_epi32(vbits, vtable), _mm512_slli_epi32(vbits, 19)));
  __m512 vt = _mm512_fmadd_ps(vn, _mm512_set1_ps(SMAX_EXP_FMA_MINUS_LN2_HI), vx);
  vt = _mm512_fmadd_ps(vn, _mm512_set1_ps(SMAX_EXP_FMA_MINUS_LN2_LO), vt);
  const __m512 vq = _mm512_fmadd_ps(_mm512_set1_ps(SMAX_LUT16_C3), vt, _mm512_set1_ps(SMAX_LUT16_C2));
  const __m512 vp = _mm512_fmadd_ps(vq, _mm512_mul_ps(vt, vt), vt);
  const __mmask16 vkeep = _mm512_cmp_ps_mask(vx, _mm512_set1_ps(SMAX_EXP_CUTOFF), _CMP_NLT_UQ);
  return _mm512_maskz_fmadd_ps(vkeep, vp, vs, vs);
}

// Two vectors of smax_avx512f_lut16_expminus, written step by step (the same operations, so the same
// bits): gcc schedules x86 code little before register allocation, so the order written is close to
// the order issued, and two chains side by side keep more of the vector pipes busy than one chain
// after another (bench cases bf16-rsumexpmax/avx512f/<kernel>/hot:2048 and f16-rsumexpmax's).
static SMAX_INLINE void smax_avx512f_lut16_expminus_pair(__m512 vx0, __m512 vx1, __m512i vtable, __m512* vf0,
                                                        __m512* vf1) {
  const __m512 vmagic_bias = _mm512_set1_ps(SMAX_LUT16_MAGIC_BIAS);
  const __m512 vbiased0 = _mm512_fmadd_ps(vx0, _mm512_set1_ps(SMAX_EXP_LOG2E), vmagic_bias);
  const __m512 vbiased1 = _mm512_fmadd_ps(vx1, _mm512_set1_ps(SMAX_EXP_LOG2E), vmagic_bias);
  const __m512 vn0 = _mm512_sub_ps(vbiased0, vmagic_bias);
  const __m512 vn1 = _mm512_sub_ps(vbiased1, vmagic_bias);
  const __m512i vbits0 = _mm512_castps_si512(vbiased0);
  const __m512i vbits1 = _mm512_castps_si512(vbiased1);
  const __m512 vs0 = _mm512_castsi512_ps(
      _mm512_add_epi32(_mm512_permutexvar_epi32(vbits0, vtable), _mm512_slli_epi32(vbits0, 19)));
  const __m512 vs1 = _mm512_castsi512_ps(
      _mm512_add_epi32(_mm512_permutexvar_epi32(vbits1, vtable), _mm512_slli_epi32(vbits1, 19)));
  __m512 vt0 = _mm512_fmadd_ps(vn0, _mm512_set1_ps(SMAX_EXP_FMA_MINUS_LN2_HI), vx0);
  __m512 vt1 = _mm512_fmadd_ps(vn1, _mm512_set1_ps(SMAX_EXP_FMA_MINUS_LN2_HI), vx1);
  vt0 = _mm512_fmadd_ps(vn0, _mm512_set1_ps(SMAX_EXP_FMA_MINUS_LN2_LO), vt0);
  vt1 = _mm512_fmadd_ps(vn1, _mm512_set1_ps(SMAX_EXP_FMA_MINUS_LN2_LO), vt1);
  const __m512 vq0 = _mm512_fmadd_ps(_mm512_set1_ps(SMAX_LUT16_C3), vt0, _mm512_set1_ps(SMAX_LUT16_C2));
  const __m512 vq1 = _mm512_fmadd_ps(_mm512_set1_ps(SMAX_LUT16_C3), vt1, _mm512_set1_ps(SMAX_LUT16_C2));
  const __m512 vp0 = _mm512_fmadd_ps(vq0, _mm512_mul_ps(vt0, vt0), vt0);
  const __m512 vp1 = _mm512_fmadd_ps(vq1, _mm512_mul_ps(vt1, vt1), vt1);
  const __mmask16 vkeep0 = _mm512_cmp_ps_mask(vx0, _mm512_set1_ps(SMAX_EXP_CUTOFF), _CMP_NLT_UQ);
  const __mmask16 vkeep1 = _mm512_cmp_ps_mask(vx1, _mm512_set1_ps(SMAX_EXP_CUTOFF), _CMP_NLT_UQ);
  *vf0 = _mm512_maskz_fmadd_ps(vkeep0, vp0, vs0, vs0);
  *vf1 = _mm512_maskz_fmadd_ps(vkeep1, vp1, vs1, vs1);
}

// exp(x) for x <= 0 (an argument x - max): exactly 0 below SMAX_EXP_CUTOFF and for -inf; NaN for NaN.
static SMAX_INLINE __m512 smax_avx512f_expminus(__m512 vx) {
  const __m512 vmagic_bias = _mm512_set1_ps(SMAX_EXP_MAGIC_BIAS);
  const __m512 vbiased = _mm512_fmadd_ps(vx, _mm512_set1_ps(SMAX_EXP_LOG2E), vmagic_bias);
  const __m512 vn = _mm512_sub_ps(vbiased, vmagic_bias);
  __m512 vt = _mm512_fmadd_ps(vn, _mm512_set1_ps(SMAX_EXP_FMA_MINUS_LN2_HI), vx);
  vt = _mm512_fmadd_ps(vn, _mm512_set1_ps(SMAX_EXP_FMA_MINUS_LN2_LO), vt);
  __m512 vp = _mm512_fmadd_ps(_mm512_set1_ps(SMAX_EXP_C5), vt, _mm512_set1_ps(SMAX_EXP_C4));
  vp = _mm512_fmadd_ps(vp, vt, _mm512_set1_ps(SMAX_EXP_C3));
  vp = _mm512_fmadd_ps(vp, vt, _mm512_set1_ps(SMAX_EXP_C2));
  vp = _mm512_fmadd_ps(vp, vt, _mm512_set1_ps(SMAX_EXP_C1));
  vp = _mm512_fmadd_ps(vp, vt, _mm512_set1_ps(1.0f));
  // Lanes with x >= cutoff, or NaN (unordered), keep p * 2^n; the others (-inf included, where n = -inf
  // and p = NaN) become +0.
  const __mmask16 vkeep = _mm512_cmp_ps_mask(vx, _mm512_set1_ps(SMAX_EXP_CUTOFF), _CMP_NLT_UQ);
  return _mm512_maskz_scalef_ps(vkeep, vp, vn);
}

// Clamps x to [-SMAX_EXTEXP_INPUT_LIMIT, SMAX_EXTEXP_INPUT_LIMIT] keeping NaN: vmaxps / vminps return
// their SECOND operand when either is NaN, so x goes second.
static SMAX_INLINE __m512 smax_avx512f_extexp_clamp(__m512 vx) {
  vx = _mm512_max_ps(_mm512_set1_ps(-SMAX_EXTEXP_INPUT_LIMIT), vx);
  return _mm512_min_ps(_mm512_set1_ps(SMAX_EXTEXP_INPUT_LIMIT), vx);
}

// exp(x) as a pair: returns p in about [0.707, 1.415] and sets *vn_out so that exp(x) = p * 2^n;
// x clamped (smax_avx512f_extexp_clamp) or NaN.
static SMAX_INLINE __m512 smax_avx512f_extexp(__m512 vx, __m512* vn_out) {
  const __m512 vmagic_bias = _mm512_set1_ps(SMAX_EXP_MAGIC_BIAS);
  const __m512 vn = _mm512_sub_ps(_mm512_fmadd_ps(vx, _mm512_set1_ps(SMAX_EXP_LOG2E), vmagic_bias), vmagic_bias);
  __m512 vt = _mm512_fmadd_ps(vn, _mm512_set1_ps(SMAX_EXP_FMA_MINUS_LN2_HI), vx);
  vt = _mm512_fmadd_ps(vn, _mm512_set1_ps(SMAX_EXP_FMA_MINUS_LN2_LO), vt);
  __m512 vp = _mm512_fmadd_ps(_mm512_set1_ps(SMAX_EXP_C5), vt, _mm512_set1_ps(SMAX_EXP_C4));
  vp = _mm512_fmadd_ps(vp, vt, _mm512_set1_ps(SMAX_EXP_C3));
  vp = _mm512_fmadd_ps(vp, vt, _mm512_set1_ps(SMAX_EXP_C2));
  vp = _mm512_fmadd_ps(vp, vt, _mm512_set1_ps(SMAX_EXP_C1));
  *vn_out = vn;
  return _mm512_fmadd_ps(vp, vt, _mm512_set1_ps(1.0f));
}

// Mask of the first `count` lanes, 0 < count < 16 (tails).
static SMAX_INLINE __mmask16 smax_avx512f_tail_mask(size_t count) {
  return (__mmask16)((UINT32_C(1) << count) - 1);
}

// fl(fl(x - c0) - c1), log-softmax's output pass into a 16-bit output (the f16-vsubc2 and bf16-vsubc2
// kernels), given -c0 and -c1: each difference as the FMA x * 1 + (-c), which rounds x - c once, as
// vsubps does, so the bits are vsubps's (signed zeros and infinities included; a NaN stays a quiet NaN).
// There the widening and the narrowing take the FP-add pipes that vsubps would share, and the FMA pipes
// are idle (bench cases f16-vsubc2/avx512f/<kernel>/hot:2048). Not for an f32 output: f32-vsubc2 and
// f16-f32-vsubc2 ran slower with it (their bench cases hot:2048).
static SMAX_INLINE __m512 smax_avx512f_sub2(__m512 vx, __m512 vminus_c0, __m512 vminus_c1) {
  const __m512 vone = _mm512_set1_ps(1.0f);
  return _mm512_fmadd_ps(_mm512_fmadd_ps(vx, vone, vminus_c0), vone, vminus_c1);
}

// Floats before `output` reaches a 64-byte boundary (0 to 15): the streaming kernels write them with
// one masked vector, then whole vectors with non-temporal stores.
static SMAX_INLINE size_t smax_avx512f_floats_to_alignment(const float* output) {
  return ((64 - ((uintptr_t) output & 63)) & 63) / sizeof(float);
}

// Online-normalizer merge of the pairs (vm2, vd2) into (*vm, *vd), lane by lane, as fold() in the
// scalar template: d = d * exp(m - m') + d2 * exp(m2 - m'), m' = max(m, m2), one exp per lane.
static SMAX_INLINE void smax_avx512f_online_fold(__m512 vm2, __m512 vd2, __m512* vm, __m512* vd) {
  const __mmask16 vgt = _mm512_cmp_ps_mask(vm2, *vm, _CMP_GT_OQ);
  const __m512 vhi = _mm512_max_ps(vm2, *vm);
  const __m512 vlo = _mm512_min_ps(*vm, vm2);
  const __m512 ve = smax_avx512f_expminus(_mm512_sub_ps(vlo, vhi));
  *vd = _mm512_mask_blend_ps(vgt, _mm512_fmadd_ps(vd2, ve, *vd), _mm512_fmadd_ps(*vd, ve, vd2));
  *vm = vhi;
}

#endif  // SMAX_AVX512F_EXP_H_
