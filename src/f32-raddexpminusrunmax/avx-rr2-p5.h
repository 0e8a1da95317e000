// The static helpers of f32-raddexpminusrunmax/avx-rr2-p5.c.in, which each of its variants includes.
// The include guard keeps one copy where all the ISA's kernels are one translation unit
// (src/gen/amalgam/).
#ifndef SMAX_F32_RADDEXPMINUSRUNMAX_AVX_RR2_P5_H_
#define SMAX_F32_RADDEXPMINUSRUNMAX_AVX_RR2_P5_H_

#include <immintrin.h>

#include "smax/avx-exp.h"

// Folds the values x with weights dx (1 for an element, another pair's sum for a pair) into the pairs
// (*vm, *vd), lane by lane.
static SMAX_INLINE void fold(__m256 vx, __m256 vdx, __m256* vm, __m256* vd) {
  const __m256 vx_is_new_max = _mm256_cmp_ps(vx, *vm, _CMP_GT_OQ);
  const __m256 vhi = _mm256_max_ps(vx, *vm);  // x > m ? x : m
  const __m256 vlo = _mm256_min_ps(*vm, vx);  // m < x ? m : x, i.e. x > m ? m : x
  const __m256 ve = smax_avx_expminus(_mm256_sub_ps(vlo, vhi));
  *vd = smax_avx_select(vx_is_new_max, _mm256_add_ps(_mm256_mul_ps(*vd, ve), vdx),
                        _mm256_add_ps(*vd, _mm256_mul_ps(vdx, ve)));
  *vm = vhi;
}

#endif  // SMAX_F32_RADDEXPMINUSRUNMAX_AVX_RR2_P5_H_
