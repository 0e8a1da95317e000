// The static helpers of f32-raddextexp/avx2-rr2-p5.c.in, which each of its variants includes. The
// include guard keeps one copy where all the ISA's kernels are one translation unit
// (src/gen/amalgam/).
#ifndef SMAX_F32_RADDEXTEXP_AVX2_RR2_P5_H_
#define SMAX_F32_RADDEXTEXP_AVX2_RR2_P5_H_

#include <immintrin.h>

#include "smax/avx2-exp.h"

// Adds p * 2^n to the accumulator (*vaccv, *vacce).
static SMAX_INLINE void accumulate(__m256 vp, __m256 vn, __m256* vaccv, __m256* vacce) {
  const __m256 vmax_e = _mm256_max_ps(vn, *vacce);
  *vaccv = _mm256_fmadd_ps(vp, smax_avx2_exp2_nonpositive(_mm256_sub_ps(vn, vmax_e)),
                           _mm256_mul_ps(*vaccv, smax_avx2_exp2_nonpositive(_mm256_sub_ps(*vacce, vmax_e))));
  *vacce = vmax_e;
}

#endif  // SMAX_F32_RADDEXTEXP_AVX2_RR2_P5_H_
