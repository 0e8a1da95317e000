// The static helpers of f32-raddextexp/scalar-rr2-p5.c.in, which each of its variants includes. The
// include guard keeps one copy where all the ISA's kernels are one translation unit
// (src/gen/amalgam/).
#ifndef SMAX_F32_RADDEXTEXP_SCALAR_RR2_P5_H_
#define SMAX_F32_RADDEXTEXP_SCALAR_RR2_P5_H_


#include "smax/scalar-exp.h"

// Adds p * 2^n to the accumulator (*v, *e).
static SMAX_INLINE void accumulate(float p, float n, float* v, float* e) {
  const float e_new = n > *e ? n : *e;
  *v = *v * smax_scalar_exp2_integer(*e - e_new) + p * smax_scalar_exp2_integer(n - e_new);
  *e = e_new;
}

#endif  // SMAX_F32_RADDEXTEXP_SCALAR_RR2_P5_H_
