// The static helpers of f32-raddextexp/sse2-rr2-p5.c.in, which each of its variants includes. The
// include guard keeps one copy where all the ISA's kernels are one translation unit
// (src/gen/amalgam/).
#ifndef SMAX_F32_RADDEXTEXP_SSE2_RR2_P5_H_
#define SMAX_F32_RADDEXTEXP_SSE2_RR2_P5_H_

#include <emmintrin.h>

#include "smax/sse2-exp.h"

// Adds p * 2^n to the accumulators (*vv, *ve), lane by lane (the scalar kernel's accumulate()).
static SMAX_INLINE void accumulate(__m128 vp, __m128 vn, __m128* vv, __m128* ve) {
  const __m128 ve_new = _mm_max_ps(vn, *ve);  // n > e ? n : e
  *vv = _mm_add_ps(_mm_mul_ps(*vv, smax_sse2_exp2_integer(_mm_sub_ps(*ve, ve_new))),
                   _mm_mul_ps(vp, smax_sse2_exp2_integer(_mm_sub_ps(vn, ve_new))));
  *ve = ve_new;
}

#endif  // SMAX_F32_RADDEXTEXP_SSE2_RR2_P5_H_
