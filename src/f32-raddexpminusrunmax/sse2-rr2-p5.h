// The static helpers of f32-raddexpminusrunmax/sse2-rr2-p5.c.in, which each of its variants includes.
// The include guard keeps one copy where all the ISA's kernels are one translation unit
// (src/gen/amalgam/).
#ifndef SMAX_F32_RADDEXPMINUSRUNMAX_SSE2_RR2_P5_H_
#define SMAX_F32_RADDEXPMINUSRUNMAX_SSE2_RR2_P5_H_

#include <emmintrin.h>

#include "smax/sse2-exp.h"

// Folds the values x with weights dx (1 for an element, another pair's sum for a pair) into the pairs
// (*vm, *vd), lane by lane.
static SMAX_INLINE void fold(__m128 vx, __m128 vdx, __m128* vm, __m128* vd) {
  const __m128 vx_is_new_max = _mm_cmpgt_ps(vx, *vm);
  const __m128 vhi = _mm_max_ps(vx, *vm);  // x > m ? x : m
  const __m128 vlo = _mm_min_ps(*vm, vx);  // m < x ? m : x, i.e. x > m ? m : x
  const __m128 ve = smax_sse2_expminus(_mm_sub_ps(vlo, vhi));
  *vd = smax_sse2_select(vx_is_new_max, _mm_add_ps(_mm_mul_ps(*vd, ve), vdx), _mm_add_ps(*vd, _mm_mul_ps(vdx, ve)));
  *vm = vhi;
}

#endif  // SMAX_F32_RADDEXPMINUSRUNMAX_SSE2_RR2_P5_H_
