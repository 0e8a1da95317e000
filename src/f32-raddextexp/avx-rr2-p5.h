// The static helpers of f32-raddextexp/avx-rr2-p5.c.in, which each of its variants includes. The
// include guard keeps one copy where all the ISA's kernels are one translation unit
// (src/gen/amalgam/).
#ifndef SMAX_F32_RADDEXTEXP_AVX_RR2_P5_H_
#define SMAX_F32_RADDEXTEXP_AVX_RR2_P5_H_

#include <immintrin.h>

#include "smax/avx-exp.h"

// Adds p * 2^n to the accumulators (*vv, *ve), lane by lane (the scalar kernel's accumulate()).
static SMAX_INLINE void accumulate(__m256 vp, __m256 vn, __m256* vv, __m256* ve) {
  const __m256 ve_new = _mm256_max_ps(vn, *ve);  // n > e ? n : e
  *vv = _mm256_add_ps(_mm256_mul_ps(*vv, smax_avx_exp2_integer(_mm256_sub_ps(*ve, ve_new))),
                      _mm256_mul_ps(vp, smax_avx_exp2_integer(_mm256_sub_ps(vn, ve_new))));
  *ve = ve_new;
}

#endif  // SMAX_F32_RADDEXTEXP_AVX_RR2_P5_H_
