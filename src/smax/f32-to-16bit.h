// Software rounding of binary32 (float) to the 16-bit types, written once for every kernel that narrows
// without a conversion instruction: the f32-f16-vcvt kernels of scalar code, SSE2 and ARMv7 NEON (AVX2
// and AVX-512F have F16C's vcvtps2ph; aarch64 has fcvtn), and the f32-bf16-vcvt kernels of every ISA
// but avx512bf16 (vcvtneps2bf16). Each function returns, per 32-bit lane, the 16-bit pattern in the
// low 16 bits (the upper 16 bits are zero). The contracts (round to nearest even, NaN, subnormal
// inputs) are in src/f32-f16-vcvt/f32-f16-vcvt.h and src/f32-bf16-vcvt/f32-bf16-vcvt.h;
// test/f32-f16-vcvt.cc and test/f32-bf16-vcvt.cc check the bits.
//
// binary16 (the method of fp16_ieee_from_fp32_value, Maratyszcza's FP16 library): with a = |x|,
//  1. base = (a * 2^112) * 2^-110: a * 4, except that a >= 2^16 overflows to +inf in the first
//     product (the half overflows too), and that the second product keeps a's 24 bits for every a
//     whose half is not zero (a >= 2^-26 gives base >= 2^-24, a normal float);
//  2. base += 2^(max(e, -14) + 2 + 13 - 23) * 2^23 (the float of bits max(e_field, 113) << 23
//     + (15 << 23), e a's exponent): a power of two whose ulp is the half's ulp at a's binade
//     (times 4), so the float addition rounds a to the half's precision, to nearest even, in
//     hardware, subnormal halves included (their ulp is fixed at 2^-24: the max with 2^-14);
//  3. the sum's exponent field, shifted down by 13, plus its low 12 bits, is the half's exponent and
//     mantissa: a carry out of the mantissa (rounding up to the next binade, or to 2^16: inf) carries
//     into the exponent by the integer addition;
//  4. NaN (|bits| > 0x7F800000) gives 0x7E00, the quiet NaN; the sign is OR-ed back last.
// Every intermediate float is normal for inputs whose half is not zero, so flush to zero (ARMv7 NEON,
// MXCSR.FTZ/DAZ) changes nothing but float subnormal inputs, which give +-0 either way.
//
// bfloat16: round to nearest even on the top 16 bits by integer addition, w + 0x7FFF + bit 16 of w
// (a carry into the exponent is the correct rounding up, to +-inf from the largest binade); a NaN
// gets its quiet bit (0x00400000) set instead, so that it cannot round into +-inf; a float subnormal
// keeps only its sign (+-0), as AVX512-BF16's vcvtneps2bf16 gives.
#ifndef SMAX_F32_TO_16BIT_H_
#define SMAX_F32_TO_16BIT_H_

#include <stdint.h>

#include "smax/common.h"

#define SMAX_F16_SCALE_TO_INF 0x1.0p+112f          // step 1: overflows a >= 2^16
#define SMAX_F16_SCALE_TO_ZERO 0x1.0p-110f         // step 1: back down, net a * 4
#define SMAX_F16_MIN_BIAS UINT32_C(0x38800000)     // step 2: exponent field 113, the smallest normal half's
#define SMAX_F16_BIAS_OFFSET UINT32_C(0x07800000)  // step 2: + 15 << 23
#define SMAX_F16_QUIET_NAN UINT32_C(0x7E00)        // step 4
#define SMAX_F32_ABS_MASK UINT32_C(0x7FFFFFFF)
#define SMAX_F32_EXPONENT_MASK UINT32_C(0x7F800000)  // also +inf: |bits| above it is a NaN
#define SMAX_F32_MIN_NORMAL_BITS UINT32_C(0x00800000)
#define SMAX_F32_SIGN_MASK UINT32_C(0x80000000)
#define SMAX_F32_QUIET_BIT UINT32_C(0x00400000)
#define SMAX_BF16_ROUNDING_BIAS UINT32_C(0x00007FFF)  // + bit 16: ties go to the even top half

static SMAX_INLINE uint16_t smax_f32_to_f16(float x) {
  const uint32_t w = smax_float_as_uint32(x);
  const uint32_t abs_w = w & SMAX_F32_ABS_MASK;
  const float base = (smax_uint32_as_float(abs_w) * SMAX_F16_SCALE_TO_INF) * SMAX_F16_SCALE_TO_ZERO;
  uint32_t bias = w & SMAX_F32_EXPONENT_MASK;
  bias = bias < SMAX_F16_MIN_BIAS ? SMAX_F16_MIN_BIAS : bias;
  const uint32_t bits = smax_float_as_uint32(smax_uint32_as_float(bias + SMAX_F16_BIAS_OFFSET) + base);
  const uint32_t nonsign = ((bits >> 13) & UINT32_C(0x7C00)) + (bits & UINT32_C(0x0FFF));
  return (uint16_t) ((w >> 16 & UINT32_C(0x8000)) | (abs_w > SMAX_F32_EXPONENT_MASK ? SMAX_F16_QUIET_NAN : nonsign));
}

static SMAX_INLINE uint16_t smax_f32_to_bf16(float x) {
  const uint32_t w = smax_float_as_uint32(x);
  const uint32_t abs_w = w & SMAX_F32_ABS_MASK;
  uint32_t rounded = w + SMAX_BF16_ROUNDING_BIAS + ((w >> 16) & 1);
  rounded = abs_w > SMAX_F32_EXPONENT_MASK ? (w | SMAX_F32_QUIET_BIT) : rounded;
  rounded = abs_w < SMAX_F32_MIN_NORMAL_BITS ? (w & SMAX_F32_SIGN_MASK) : rounded;
  return (uint16_t) (rounded >> 16);
}

#if SMAX_ARCH_X86_64
#include <emmintrin.h>

// (mask & a) | (~mask & b), SSE2 has no blend.
static SMAX_INLINE __m128i smax_sse2_select_si128(__m128i mask, __m128i a, __m128i b) {
  return _mm_or_si128(_mm_and_si128(mask, a), _mm_andnot_si128(mask, b));
}

// Four floats to four halves, one per 32-bit lane. Comparisons are on |bits| (below 2^31), where
// SSE2's signed compares order them correctly.
static SMAX_INLINE __m128i smax_sse2_f32_to_f16(__m128 vx) {
  const __m128i vw = _mm_castps_si128(vx);
  const __m128i vabs_w = _mm_and_si128(vw, _mm_set1_epi32((int32_t) SMAX_F32_ABS_MASK));
  const __m128 vbase = _mm_mul_ps(_mm_mul_ps(_mm_castsi128_ps(vabs_w), _mm_set1_ps(SMAX_F16_SCALE_TO_INF)),
                                  _mm_set1_ps(SMAX_F16_SCALE_TO_ZERO));
  const __m128i vexponent = _mm_and_si128(vw, _mm_set1_epi32((int32_t) SMAX_F32_EXPONENT_MASK));
  const __m128i vmin_bias = _mm_set1_epi32((int32_t) SMAX_F16_MIN_BIAS);
  const __m128i vbias = smax_sse2_select_si128(_mm_cmplt_epi32(vexponent, vmin_bias), vmin_bias, vexponent);
  const __m128i vbits = _mm_castps_si128(
      _mm_add_ps(_mm_castsi128_ps(_mm_add_epi32(vbias, _mm_set1_epi32((int32_t) SMAX_F16_BIAS_OFFSET))), vbase));
  const __m128i vnonsign = _mm_add_epi32(_mm_and_si128(_mm_srli_epi32(vbits, 13), _mm_set1_epi32(0x7C00)),
                                         _mm_and_si128(vbits, _mm_set1_epi32(0x0FFF)));
  const __m128i vis_nan = _mm_cmpgt_epi32(vabs_w, _mm_set1_epi32((int32_t) SMAX_F32_EXPONENT_MASK));
  const __m128i vsign = _mm_and_si128(_mm_srli_epi32(vw, 16), _mm_set1_epi32(0x8000));
  return _mm_or_si128(vsign, smax_sse2_select_si128(vis_nan, _mm_set1_epi32((int32_t) SMAX_F16_QUIET_NAN), vnonsign));
}

static SMAX_INLINE __m128i smax_sse2_f32_to_bf16(__m128 vx) {
  const __m128i vw = _mm_castps_si128(vx);
  const __m128i vabs_w = _mm_and_si128(vw, _mm_set1_epi32((int32_t) SMAX_F32_ABS_MASK));
  const __m128i vodd = _mm_and_si128(_mm_srli_epi32(vw, 16), _mm_set1_epi32(1));
  __m128i vrounded = _mm_add_epi32(_mm_add_epi32(vw, _mm_set1_epi32((int32_t) SMAX_BF16_ROUNDING_BIAS)), vodd);
  const __m128i vis_nan = _mm_cmpgt_epi32(vabs_w, _mm_set1_epi32((int32_t) SMAX_F32_EXPONENT_MASK));
  vrounded = smax_sse2_select_si128(vis_nan, _mm_or_si128(vw, _mm_set1_epi32((int32_t) SMAX_F32_QUIET_BIT)), vrounded);
  const __m128i vis_subnormal = _mm_cmplt_epi32(vabs_w, _mm_set1_epi32((int32_t) SMAX_F32_MIN_NORMAL_BITS));
  vrounded = smax_sse2_select_si128(vis_subnormal, _mm_and_si128(vw, _mm_set1_epi32(INT32_MIN)), vrounded);
  return _mm_srli_epi32(vrounded, 16);
}

// Eight 16-bit patterns from the low halves of two vectors' 32-bit lanes: packs_epi32 saturates
// signed values, so each lane is sign-extended from 16 bits first (exact for every pattern).
static SMAX_INLINE __m128i smax_sse2_pack_low16(__m128i va, __m128i vb) {
  return _mm_packs_epi32(_mm_srai_epi32(_mm_slli_epi32(va, 16), 16), _mm_srai_epi32(_mm_slli_epi32(vb, 16), 16));
}
#endif  // SMAX_ARCH_X86_64

#if SMAX_ARCH_X86_64 && defined(__AVX2__)
#include <immintrin.h>

static SMAX_INLINE __m256i smax_avx2_f32_to_bf16(__m256 vx) {
  const __m256i vw = _mm256_castps_si256(vx);
  const __m256i vabs_w = _mm256_and_si256(vw, _mm256_set1_epi32((int32_t) SMAX_F32_ABS_MASK));
  const __m256i vodd = _mm256_and_si256(_mm256_srli_epi32(vw, 16), _mm256_set1_epi32(1));
  __m256i vrounded =
      _mm256_add_epi32(_mm256_add_epi32(vw, _mm256_set1_epi32((int32_t) SMAX_BF16_ROUNDING_BIAS)), vodd);
  const __m256i vis_nan = _mm256_cmpgt_epi32(vabs_w, _mm256_set1_epi32((int32_t) SMAX_F32_EXPONENT_MASK));
  vrounded = _mm256_blendv_epi8(vrounded, _mm256_or_si256(vw, _mm256_set1_epi32((int32_t) SMAX_F32_QUIET_BIT)),
                                vis_nan);
  const __m256i vis_subnormal = _mm256_cmpgt_epi32(_mm256_set1_epi32((int32_t) SMAX_F32_MIN_NORMAL_BITS), vabs_w);
  vrounded = _mm256_blendv_epi8(vrounded, _mm256_and_si256(vw, _mm256_set1_epi32(INT32_MIN)), vis_subnormal);
  return _mm256_srli_epi32(vrounded, 16);
}

// Eight floats to eight bf16 patterns in one 16-byte vector (smax_avx2_f32_to_bf16, then packed).
static SMAX_INLINE __m128i smax_avx2_f32_to_bf16_packed(__m256 vx) {
  const __m256i vh = smax_avx2_f32_to_bf16(vx);
  return _mm_packus_epi32(_mm256_castsi256_si128(vh), _mm256_extracti128_si256(vh, 1));
}
#endif  // SMAX_ARCH_X86_64 && defined(__AVX2__)

#if SMAX_ARCH_X86_64 && defined(__AVX512F__)
#include <immintrin.h>

static SMAX_INLINE __m512i smax_avx512f_f32_to_bf16(__m512 vx) {
  const __m512i vw = _mm512_castps_si512(vx);
  const __m512i vabs_w = _mm512_and_si512(vw, _mm512_set1_epi32((int32_t) SMAX_F32_ABS_MASK));
  const __m512i vodd = _mm512_and_si512(_mm512_srli_epi32(vw, 16), _mm512_set1_epi32(1));
  __m512i vrounded =
      _mm512_add_epi32(_mm512_add_epi32(vw, _mm512_set1_epi32((int32_t) SMAX_BF16_ROUNDING_BIAS)), vodd);
  const __mmask16 vis_nan = _mm512_cmpgt_epi32_mask(vabs_w, _mm512_set1_epi32((int32_t) SMAX_F32_EXPONENT_MASK));
  vrounded = _mm512_mask_or_epi32(vrounded, vis_nan, vw, _mm512_set1_epi32((int32_t) SMAX_F32_QUIET_BIT));
  const __mmask16 vis_subnormal =
      _mm512_cmplt_epi32_mask(vabs_w, _mm512_set1_epi32((int32_t) SMAX_F32_MIN_NORMAL_BITS));
  vrounded = _mm512_mask_and_epi32(vrounded, vis_subnormal, vw, _mm512_set1_epi32(INT32_MIN));
  return _mm512_srli_epi32(vrounded, 16);
}
#endif  // SMAX_ARCH_X86_64 && defined(__AVX512F__)

#if defined(__ARM_NEON)
#include <arm_neon.h>

static SMAX_INLINE uint32x4_t smax_neon_f32_to_bf16(float32x4_t vx) {
  const uint32x4_t vw = vreinterpretq_u32_f32(vx);
  const uint32x4_t vabs_w = vandq_u32(vw, vdupq_n_u32(SMAX_F32_ABS_MASK));
  const uint32x4_t vodd = vandq_u32(vshrq_n_u32(vw, 16), vdupq_n_u32(1));
  uint32x4_t vrounded = vaddq_u32(vaddq_u32(vw, vdupq_n_u32(SMAX_BF16_ROUNDING_BIAS)), vodd);
  vrounded = vbslq_u32(vcgtq_u32(vabs_w, vdupq_n_u32(SMAX_F32_EXPONENT_MASK)),
                       vorrq_u32(vw, vdupq_n_u32(SMAX_F32_QUIET_BIT)), vrounded);
  vrounded = vbslq_u32(vcltq_u32(vabs_w, vdupq_n_u32(SMAX_F32_MIN_NORMAL_BITS)),
                       vandq_u32(vw, vdupq_n_u32(SMAX_F32_SIGN_MASK)), vrounded);
  return vshrq_n_u32(vrounded, 16);
}

#if !SMAX_ARCH_ARM64
// ARMv7 NEON has no float -> half instruction (-mfpu=neon): the software rounding above.
static SMAX_INLINE uint32x4_t smax_neon_f32_to_f16(float32x4_t vx) {
  const uint32x4_t vw = vreinterpretq_u32_f32(vx);
  const uint32x4_t vabs_w = vandq_u32(vw, vdupq_n_u32(SMAX_F32_ABS_MASK));
  const float32x4_t vbase = vmulq_f32(vmulq_f32(vreinterpretq_f32_u32(vabs_w), vdupq_n_f32(SMAX_F16_SCALE_TO_INF)),
                                      vdupq_n_f32(SMAX_F16_SCALE_TO_ZERO));
  const uint32x4_t vbias =
      vmaxq_u32(vandq_u32(vw, vdupq_n_u32(SMAX_F32_EXPONENT_MASK)), vdupq_n_u32(SMAX_F16_MIN_BIAS));
  const uint32x4_t vbits = vreinterpretq_u32_f32(
      vaddq_f32(vreinterpretq_f32_u32(vaddq_u32(vbias, vdupq_n_u32(SMAX_F16_BIAS_OFFSET))), vbase));
  const uint32x4_t vnonsign = vaddq_u32(vandq_u32(vshrq_n_u32(vbits, 13), vdupq_n_u32(0x7C00)),
                                        vandq_u32(vbits, vdupq_n_u32(0x0FFF)));
  const uint32x4_t vis_nan = vcgtq_u32(vabs_w, vdupq_n_u32(SMAX_F32_EXPONENT_MASK));
  const uint32x4_t vsign = vandq_u32(vshrq_n_u32(vw, 16), vdupq_n_u32(0x8000));
  return vorrq_u32(vsign, vbslq_u32(vis_nan, vdupq_n_u32(SMAX_F16_QUIET_NAN), vnonsign));
}
#endif  // !SMAX_ARCH_ARM64
#endif  // defined(__ARM_NEON)

#endif  // SMAX_F32_TO_16BIT_H_
