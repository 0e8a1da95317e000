// The static helpers of f32-raddexpminusrunmax/scalar-rr2-p5.c.in, which each of its variants
// includes. The include guard keeps one copy where all the ISA's kernels are one translation unit
// (src/gen/amalgam/).
#ifndef SMAX_F32_RADDEXPMINUSRUNMAX_SCALAR_RR2_P5_H_
#define SMAX_F32_RADDEXPMINUSRUNMAX_SCALAR_RR2_P5_H_

#include <stdbool.h>

#include "smax/scalar-exp.h"

// Folds the value x (a single element with sum 1, or another pair's running max with sum dx) into
// the pair (*m, *d).
static SMAX_INLINE void fold(float x, float dx, float* m, float* d) {
  const bool x_is_new_max = x > *m;
  const float hi = x_is_new_max ? x : *m;
  const float lo = x_is_new_max ? *m : x;
  const float e = smax_scalar_expminus(lo - hi);
  *d = x_is_new_max ? *d * e + dx : *d + dx * e;
  *m = hi;
}

#endif  // SMAX_F32_RADDEXPMINUSRUNMAX_SCALAR_RR2_P5_H_
