// AVX-512F loads of input elements as floats, for templates that take INPUT_TYPE (f32, f16, bf16):
// smax_avx512f_load_<type>(p), 16 elements, and smax_avx512f_load_tail_<type>(p, count), the first
// count (1 to 15) elements with 0 in the other lanes. f16 widens with vcvtph2ps on zmm (exact,
// subnormal halves included), bf16 with vpmovzxwd and a shift by 16 (a NaN keeps its payload, see
// smax/scalar-load.h). The f32 tail is a k-masked load; the 16-bit tails go through a local buffer
// (a 16-bit masked load is AVX512-BW). Each reads exactly its elements.
#ifndef SMAX_AVX512F_LOAD_H_
#define SMAX_AVX512F_LOAD_H_

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <immintrin.h>

#include "smax/avx512f-exp.h"
#include "smax/common.h"

static SMAX_INLINE __m512 smax_avx512f_load_f32(const float* p) {
  return _mm512_loadu_ps(p);
}

static SMAX_INLINE __m512 smax_avx512f_load_tail_f32(const float* p, size_t count) {
  return _mm512_maskz_loadu_ps(smax_avx512f_tail_mask(count), p);
}

static SMAX_INLINE __m512 smax_avx512f_load_f16(const uint16_t* p) {
  return _mm512_cvtph_ps(_mm256_loadu_si256((const __m256i*) p));
}

static SMAX_INLINE __m512 smax_avx512f_load_bf16(const uint16_t* p) {
  return _mm512_castsi512_ps(_mm512_slli_epi32(_mm512_cvtepu16_epi32(_mm256_loadu_si256((const __m256i*) p)), 16));
}

// 32 bf16 elements widened in pairs, for kernels that need not keep the order (or restore it after
// their work): one 64-byte load, then *even = elements 0, 2, ..., 30 (a 32-bit shift left by 16) and
// *odd = elements 1, 3, ..., 31 (each pair's low half cleared). Two single-uop ALU operations per 32
// elements, where smax_avx512f_load_bf16 takes a vpmovzxwd and a shift per 16. Exact, as that one.
static SMAX_INLINE void smax_avx512f_load_bf16_pairs(const uint16_t* p, __m512* even, __m512* odd) {
  const __m512i vpairs = _mm512_loadu_si512(p);
  *even = _mm512_castsi512_ps(_mm512_slli_epi32(vpairs, 16));
  *odd = _mm512_castsi512_ps(_mm512_and_si512(vpairs, _mm512_set1_epi32((int) 0xFFFF0000)));
}

static SMAX_INLINE __m512 smax_avx512f_load_tail_f16(const uint16_t* p, size_t count) {
  uint16_t h[16] = {0};
  memcpy(h, p, count * sizeof(uint16_t));
  return smax_avx512f_load_f16(h);
}

static SMAX_INLINE __m512 smax_avx512f_load_tail_bf16(const uint16_t* p, size_t count) {
  uint16_t h[16] = {0};
  memcpy(h, p, count * sizeof(uint16_t));
  return smax_avx512f_load_bf16(h);
}

#endif  // SMAX_AVX512F_LOAD_H_
