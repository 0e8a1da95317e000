// bfloat16 -> binary32 (float) for the bf16-f32-vcvt kernels of every ISA: the bf16 pattern is the top
// 16 bits of the float (w = h << 16), exact with no arithmetic (so no flush to zero of bf16
// subnormals anywhere); a NaN (|w| > 0x7F800000) also gets the quiet bit 0x00400000, so that a
// signaling bf16 NaN becomes a quiet float NaN, as vcvtph2ps and fcvtl do for binary16. Each helper
// takes w per 32-bit lane (the halves already shifted up) and returns the floats.
#ifndef SMAX_BF16_TO_F32_H_
#define SMAX_BF16_TO_F32_H_

#include <stdint.h>

#include "smax/common.h"

#define SMAX_BF16_ABS_MASK UINT32_C(0x7FFFFFFF)
#define SMAX_BF16_INF_BITS UINT32_C(0x7F800000)  // +inf as a float: |w| above it is a NaN
#define SMAX_BF16_QUIET_BIT UINT32_C(0x00400000)

static SMAX_INLINE float smax_bf16_to_f32(uint16_t h) {
  const uint32_t w = (uint32_t) h << 16;
  const uint32_t quiet = (w & SMAX_BF16_ABS_MASK) > SMAX_BF16_INF_BITS ? SMAX_BF16_QUIET_BIT : 0;
  return smax_uint32_as_float(w | quiet);
}

#if SMAX_ARCH_X86_64
#include <emmintrin.h>

// |w| is below 2^31, so SSE2's signed compare orders it correctly.
static SMAX_INLINE __m128 smax_sse2_bf16_to_f32(__m128i vw) {
  const __m128i vis_nan = _mm_cmpgt_epi32(_mm_and_si128(vw, _mm_set1_epi32((int32_t) SMAX_BF16_ABS_MASK)),
                                          _mm_set1_epi32((int32_t) SMAX_BF16_INF_BITS));
  return _mm_castsi128_ps(_mm_or_si128(vw, _mm_and_si128(vis_nan, _mm_set1_epi32((int32_t) SMAX_BF16_QUIET_BIT))));
}
#endif  // SMAX_ARCH_X86_64

#if SMAX_ARCH_X86_64 && defined(__AVX2__)
#include <immintrin.h>

static SMAX_INLINE __m256 smax_avx2_bf16_to_f32(__m256i vw) {
  const __m256i vis_nan = _mm256_cmpgt_epi32(_mm256_and_si256(vw, _mm256_set1_epi32((int32_t) SMAX_BF16_ABS_MASK)),
                                             _mm256_set1_epi32((int32_t) SMAX_BF16_INF_BITS));
  return _mm256_castsi256_ps(
      _mm256_or_si256(vw, _mm256_and_si256(vis_nan, _mm256_set1_epi32((int32_t) SMAX_BF16_QUIET_BIT))));
}
#endif  // SMAX_ARCH_X86_64 && defined(__AVX2__)

#if SMAX_ARCH_X86_64 && defined(__AVX512F__)
#include <immintrin.h>

static SMAX_INLINE __m512 smax_avx512f_bf16_to_f32(__m512i vw) {
  const __m512i vabs_w = _mm512_and_si512(vw, _mm512_set1_epi32((int32_t) SMAX_BF16_ABS_MASK));
  const __mmask16 vis_nan = _mm512_cmpgt_epi32_mask(vabs_w, _mm512_set1_epi32((int32_t) SMAX_BF16_INF_BITS));
  return _mm512_castsi512_ps(_mm512_mask_or_epi32(vw, vis_nan, vw, _mm512_set1_epi32((int32_t) SMAX_BF16_QUIET_BIT)));
}
#endif  // SMAX_ARCH_X86_64 && defined(__AVX512F__)

#if defined(__ARM_NEON)
#include <arm_neon.h>

static SMAX_INLINE float32x4_t smax_neon_bf16_to_f32(uint32x4_t vw) {
  const uint32x4_t vis_nan = vcgtq_u32(vandq_u32(vw, vdupq_n_u32(SMAX_BF16_ABS_MASK)), vdupq_n_u32(SMAX_BF16_INF_BITS));
  return vreinterpretq_f32_u32(vorrq_u32(vw, vandq_u32(vis_nan, vdupq_n_u32(SMAX_BF16_QUIET_BIT))));
}
#endif  // defined(__ARM_NEON)

#endif  // SMAX_BF16_TO_F32_H_
