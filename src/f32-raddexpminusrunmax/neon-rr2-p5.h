// The static helpers of f32-raddexpminusrunmax/neon-rr2-p5.c.in, which each of its variants includes.
// The include guard keeps one copy where all the ISA's kernels are one translation unit
// (src/gen/amalgam/).
#ifndef SMAX_F32_RADDEXPMINUSRUNMAX_NEON_RR2_P5_H_
#define SMAX_F32_RADDEXPMINUSRUNMAX_NEON_RR2_P5_H_


#include "smax/neon-exp.h"

// Folds, per lane, the value x with sum dx (an element: dx = 1; another pair: its running max and
// sum) into the pair (*vm, *vd), as fold() in the scalar kernel.
static SMAX_INLINE void fold(float32x4_t vx, float32x4_t vdx, float32x4_t* vm, float32x4_t* vd,
                             const struct smax_neon_exp_constants* k) {
  const uint32x4_t vx_is_new_max = vcgtq_f32(vx, *vm);
  const float32x4_t vhi = vbslq_f32(vx_is_new_max, vx, *vm);
  const float32x4_t vlo = vbslq_f32(vx_is_new_max, *vm, vx);
  const float32x4_t ve = smax_neon_expminus(vsubq_f32(vlo, vhi), k);
  *vd = vbslq_f32(vx_is_new_max, smax_neon_muladd(vdx, *vd, ve), smax_neon_muladd(*vd, vdx, ve));
  *vm = vhi;
}

#endif  // SMAX_F32_RADDEXPMINUSRUNMAX_NEON_RR2_P5_H_
