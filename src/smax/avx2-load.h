// AVX2 (with F16C, as src/isa.table's avx2 row requires) loads of input elements as floats, for
// templates that take INPUT_TYPE (f32, f16, bf16): smax_avx2_load_<type>(p), 8 elements, and
// smax_avx2_load_tail_<type>(p, count), the first count (1 to 7) elements with 0 in the other lanes.
// f16 widens with vcvtph2ps (exact, subnormal halves included), bf16 with vpmovzxwd and a shift by 16
// (a NaN keeps its payload, see smax/scalar-load.h). The f32 tail is a vmaskmovps load; the 16-bit
// tails go through a local buffer (no 16-bit masked load before AVX512-BW). Each reads exactly its
// elements.
#ifndef SMAX_AVX2_LOAD_H_
#define SMAX_AVX2_LOAD_H_

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <immintrin.h>

#include "smax/avx2-exp.h"
#include "smax/common.h"

static SMAX_INLINE __m256 smax_avx2_load_f32(const float* p) {
  return _mm256_loadu_ps(p);
}

static SMAX_INLINE __m256 smax_avx2_load_tail_f32(const float* p, size_t count) {
  return _mm256_maskload_ps(p, smax_avx2_tail_mask(count));
}

static SMAX_INLINE __m256 smax_avx2_load_f16(const uint16_t* p) {
  return _mm256_cvtph_ps(_mm_loadu_si128((const __m128i*) p));
}

static SMAX_INLINE __m256 smax_avx2_load_bf16(const uint16_t* p) {
  return _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_cvtepu16_epi32(_mm_loadu_si128((const __m128i*) p)), 16));
}

static SMAX_INLINE __m256 smax_avx2_load_tail_f16(const uint16_t* p, size_t count) {
  uint16_t h[8] = {0};
  memcpy(h, p, count * sizeof(uint16_t));
  return smax_avx2_load_f16(h);
}

static SMAX_INLINE __m256 smax_avx2_load_tail_bf16(const uint16_t* p, size_t count) {
  uint16_t h[8] = {0};
  memcpy(h, p, count * sizeof(uint16_t));
  return smax_avx2_load_bf16(h);
}

#endif  // SMAX_AVX2_LOAD_H_
