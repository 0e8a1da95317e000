// The static helpers of f32-vscaleaddmaskf16/avx.c.in, which each of its variants includes. The
// include guard keeps one copy where all the ISA's kernels are one translation unit
// (src/gen/amalgam/).
#ifndef SMAX_F32_VSCALEADDMASKF16_AVX_H_
#define SMAX_F32_VSCALEADDMASKF16_AVX_H_

#include <immintrin.h>

#include "smax/f16-to-f32.h"
#include "smax/avx-exp.h"

// 8 halves to 8 floats.
static SMAX_INLINE __m256 f16_to_f32(__m128i vh) {
  const __m128i vzero = _mm_setzero_si128();
  const __m128 vlo = smax_sse2_f16_to_f32(_mm_unpacklo_epi16(vzero, vh));
  const __m128 vhi = smax_sse2_f16_to_f32(_mm_unpackhi_epi16(vzero, vh));
  return _mm256_insertf128_ps(_mm256_castps128_ps256(vlo), vhi, 1);
}

#endif  // SMAX_F32_VSCALEADDMASKF16_AVX_H_
