// The static helpers of f32-raddextexp/neon-rr2-p5.c.in, which each of its variants includes. The
// include guard keeps one copy where all the ISA's kernels are one translation unit
// (src/gen/amalgam/).
#ifndef SMAX_F32_RADDEXTEXP_NEON_RR2_P5_H_
#define SMAX_F32_RADDEXTEXP_NEON_RR2_P5_H_


#include "smax/neon-exp.h"

// Adds p * 2^n to the accumulator (*vv, *ve), per lane, as accumulate() in the scalar kernel.
static SMAX_INLINE void accumulate(float32x4_t vp, float32x4_t vn, float32x4_t* vv, float32x4_t* ve) {
  const float32x4_t ve_new = vbslq_f32(vcgtq_f32(vn, *ve), vn, *ve);
  const float32x4_t vscaled_v = vmulq_f32(*vv, smax_neon_exp2_integer(vsubq_f32(*ve, ve_new)));
  *vv = smax_neon_muladd(vscaled_v, vp, smax_neon_exp2_integer(vsubq_f32(vn, ve_new)));
  *ve = ve_new;
}

#endif  // SMAX_F32_RADDEXTEXP_NEON_RR2_P5_H_
