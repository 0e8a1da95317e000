// Exact IEEE binary16 -> binary32 conversion, for every kernel that widens a binary16 element (the f16
// masks of f32-vscaleaddmaskf16, f16-f32-vcvt, and the f16 loads of smax/*-load.h): in software for
// scalar code, SSE2, AVX and ARMv7 NEON (no conversion instruction there: F16C is not part of AVX,
// and armv7's -mfpu=neon has no VCVT.F32.F16), with fcvtl on aarch64. AVX2 (F16C) and AVX-512F use
// vcvtph2ps directly in their templates.
//
// The software method (as fp16_ieee_to_fp32_value of Maratyszcza's FP16 library): with w = h << 16
// (the half in the top 16 bits) and two_w = w + w (the sign shifted out, exponent on top):
//  - exponent field e != 0 (normal, inf, NaN): the float whose bits are (two_w >> 4) + (224 << 23)
//    has the half's 10 mantissa bits on top of its 23 and exponent field e + 224, so its value is
//    the half's times 2^112 (e = 31 gives field 255: inf stays inf, a NaN stays a NaN); times 2^-112
//    is exact, since the result is a normal float (the smallest normal half is 2^-14);
//  - e == 0 (+-0, subnormal with mantissa m): the float with bits (126 << 23) | m is
//    0.5 + m * 2^-24, and subtracting 0.5 leaves exactly m * 2^-24, the half's value (Sterbenz);
//  - e == 0 exactly when two_w < 2^27; the sign is OR-ed back in last, so -0 stays -0.
// No intermediate is a subnormal float, so the conversion is exact under ARMv7 NEON's flush to zero
// as well. test/f32-vscaleaddmaskf16.cc checks every kernel on all 65536 patterns.
#ifndef SMAX_F16_TO_F32_H_
#define SMAX_F16_TO_F32_H_

#include <stdint.h>

#include "smax/common.h"

#define SMAX_F16_EXPONENT_OFFSET UINT32_C(0x70000000)  // 224 << 23: adds 224 to the exponent field
#define SMAX_F16_EXPONENT_SCALE 0x1.0p-112f            // 2^-112: takes back the 112 of 224 not in the bias
#define SMAX_F16_MAGIC_MASK UINT32_C(0x3F000000)       // 126 << 23: the bits of 0.5
#define SMAX_F16_MAGIC_BIAS 0.5f
#define SMAX_F16_DENORMAL_CUTOFF (UINT32_C(1) << 27)   // two_w below it: exponent field 0

static SMAX_INLINE float smax_f16_to_f32(uint16_t h) {
  const uint32_t w = (uint32_t) h << 16;
  const uint32_t sign = w & UINT32_C(0x80000000);
  const uint32_t two_w = w + w;
  const float normalized = smax_uint32_as_float((two_w >> 4) + SMAX_F16_EXPONENT_OFFSET) * SMAX_F16_EXPONENT_SCALE;
  const float denormalized = smax_uint32_as_float((two_w >> 17) | SMAX_F16_MAGIC_MASK) - SMAX_F16_MAGIC_BIAS;
  const uint32_t bits =
      two_w < SMAX_F16_DENORMAL_CUTOFF ? smax_float_as_uint32(denormalized) : smax_float_as_uint32(normalized);
  return smax_uint32_as_float(sign | bits);
}

#if SMAX_ARCH_X86_64
#include <emmintrin.h>

// Four halves, each in the top 16 bits of a 32-bit lane (vw = h << 16, as _mm_unpacklo_epi16(zero, vh)
// and _mm_unpackhi_epi16(zero, vh) give them), to four floats.
static SMAX_INLINE __m128 smax_sse2_f16_to_f32(__m128i vw) {
  const __m128i vsign = _mm_and_si128(vw, _mm_set1_epi32(INT32_MIN));
  const __m128i vtwo_w = _mm_add_epi32(vw, vw);
  const __m128i vshifted = _mm_srli_epi32(vtwo_w, 4);
  const __m128 vnormalized = _mm_mul_ps(
      _mm_castsi128_ps(_mm_add_epi32(vshifted, _mm_set1_epi32((int32_t) SMAX_F16_EXPONENT_OFFSET))),
      _mm_set1_ps(SMAX_F16_EXPONENT_SCALE));
  const __m128 vdenormalized = _mm_sub_ps(
      _mm_castsi128_ps(_mm_or_si128(_mm_srli_epi32(vtwo_w, 17), _mm_set1_epi32((int32_t) SMAX_F16_MAGIC_MASK))),
      _mm_set1_ps(SMAX_F16_MAGIC_BIAS));
  // two_w < 2^27 as (two_w >> 4) < 2^23: SSE2 compares signed only, and two_w >> 4 is below 2^28.
  const __m128i vis_denormal = _mm_cmplt_epi32(vshifted, _mm_set1_epi32((int32_t) (SMAX_F16_DENORMAL_CUTOFF >> 4)));
  const __m128i vbits = _mm_or_si128(_mm_and_si128(vis_denormal, _mm_castps_si128(vdenormalized)),
                                     _mm_andnot_si128(vis_denormal, _mm_castps_si128(vnormalized)));
  return _mm_castsi128_ps(_mm_or_si128(vsign, vbits));
}
#endif  // SMAX_ARCH_X86_64

#if defined(__ARM_NEON)
#include <arm_neon.h>

// Four halves to four floats.
static SMAX_INLINE float32x4_t smax_neon_f16_to_f32(uint16x4_t vh) {
#if SMAX_ARCH_ARM64
  // fcvtl: exact (subnormal halves are not flushed: Linux leaves FPCR.FZ16 clear), NaN stays NaN.
  return vcvt_f32_f16(vreinterpret_f16_u16(vh));
#else
  const uint32x4_t vw = vshll_n_u16(vh, 16);
  const uint32x4_t vsign = vandq_u32(vw, vdupq_n_u32(UINT32_C(0x80000000)));
  const uint32x4_t vtwo_w = vaddq_u32(vw, vw);
  const float32x4_t vnormalized =
      vmulq_f32(vreinterpretq_f32_u32(vaddq_u32(vshrq_n_u32(vtwo_w, 4), vdupq_n_u32(SMAX_F16_EXPONENT_OFFSET))),
                vdupq_n_f32(SMAX_F16_EXPONENT_SCALE));
  const float32x4_t vdenormalized =
      vsubq_f32(vreinterpretq_f32_u32(vorrq_u32(vshrq_n_u32(vtwo_w, 17), vdupq_n_u32(SMAX_F16_MAGIC_MASK))),
                vdupq_n_f32(SMAX_F16_MAGIC_BIAS));
  const uint32x4_t vis_denormal = vcltq_u32(vtwo_w, vdupq_n_u32(SMAX_F16_DENORMAL_CUTOFF));
  const uint32x4_t vbits =
      vbslq_u32(vis_denormal, vreinterpretq_u32_f32(vdenormalized), vreinterpretq_u32_f32(vnormalized));
  return vreinterpretq_f32_u32(vorrq_u32(vsign, vbits));
#endif
}
#endif  // defined(__ARM_NEON)

#endif  // SMAX_F16_TO_F32_H_
