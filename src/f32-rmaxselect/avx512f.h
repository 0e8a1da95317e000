// The static helpers of f32-rmaxselect/avx512f.c.in, which each of its variants includes. The include
// guard keeps one copy where all the ISA's kernels are one translation unit (src/gen/amalgam/).
#ifndef SMAX_F32_RMAXSELECT_AVX512F_H_
#define SMAX_F32_RMAXSELECT_AVX512F_H_

#include <stddef.h>
#include <stdint.h>
#include <immintrin.h>

#include "smax/avx512f-exp.h"
#include "smax/common.h"

// Appends the lanes of vindex that mask selects to indices[count...]; returns the new count.
static SMAX_INLINE size_t append_lanes(uint32_t* indices, size_t count, __m512i vindex, __mmask16 mask) {
  const int selected = __builtin_popcount((unsigned) mask);
  _mm512_mask_storeu_epi32(indices + count, smax_avx512f_tail_mask((size_t) selected),
                           _mm512_maskz_compress_epi32(mask, vindex));
  return count + (size_t) selected;
}

#endif  // SMAX_F32_RMAXSELECT_AVX512F_H_
