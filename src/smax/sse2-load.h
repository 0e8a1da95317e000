// SSE2 loads of input elements as floats, for templates that take INPUT_TYPE (f32, f16, bf16):
// smax_sse2_load_<type>(p), 4 elements into 4 lanes, and smax_sse2_load1_<type>(p), one element into
// lane 0 with the other lanes 0. The 16-bit ones widen exactly: each pattern goes above 16 zero bits
// of its 32-bit lane, which is the float for bfloat16 and the input of the software binary16
// conversion (smax/f16-to-f32.h; SSE2 has no conversion instruction). A bf16 NaN keeps
// its payload (see smax/scalar-load.h). Each reads exactly its elements.
#ifndef SMAX_SSE2_LOAD_H_
#define SMAX_SSE2_LOAD_H_

#include <stdint.h>

#include <emmintrin.h>

#include "smax/f16-to-f32.h"
#include "smax/common.h"

static SMAX_INLINE __m128 smax_sse2_load_f32(const float* p) {
  return _mm_loadu_ps(p);
}

static SMAX_INLINE __m128 smax_sse2_load1_f32(const float* p) {
  return _mm_load_ss(p);
}

// The 4 patterns at p, each shifted up into the top half of its 32-bit lane.
static SMAX_INLINE __m128i smax_sse2_load_16bit_high(const uint16_t* p) {
  return _mm_unpacklo_epi16(_mm_setzero_si128(), _mm_loadl_epi64((const __m128i*) p));
}

static SMAX_INLINE __m128i smax_sse2_load1_16bit_high(const uint16_t* p) {
  return _mm_cvtsi32_si128((int) ((uint32_t) *p << 16));
}

static SMAX_INLINE __m128 smax_sse2_load_f16(const uint16_t* p) {
  return smax_sse2_f16_to_f32(smax_sse2_load_16bit_high(p));
}

static SMAX_INLINE __m128 smax_sse2_load1_f16(const uint16_t* p) {
  return smax_sse2_f16_to_f32(smax_sse2_load1_16bit_high(p));
}

static SMAX_INLINE __m128 smax_sse2_load_bf16(const uint16_t* p) {
  return _mm_castsi128_ps(smax_sse2_load_16bit_high(p));
}

static SMAX_INLINE __m128 smax_sse2_load1_bf16(const uint16_t* p) {
  return _mm_castsi128_ps(smax_sse2_load1_16bit_high(p));
}

#endif  // SMAX_SSE2_LOAD_H_
