// The static helpers of f32-vscaleextexp/neon-rr2-p5.c.in, which each of its variants includes. The
// include guard keeps one copy where all the ISA's kernels are one translation unit
// (src/gen/amalgam/).
#ifndef SMAX_F32_VSCALEEXTEXP_NEON_RR2_P5_H_
#define SMAX_F32_VSCALEEXTEXP_NEON_RR2_P5_H_


#include "smax/neon-exp.h"

// (p * scale[0]) * 2^(n + scale[1]) for exp(x) = p * 2^n.
static SMAX_INLINE float32x4_t scaled_extexp(float32x4_t vx, float32x4_t vscalev, float32x4_t vscalee,
                                             const struct smax_neon_exp_constants* k) {
  float32x4_t vn;
  const float32x4_t vp = smax_neon_extexp(smax_neon_clamp(vx, SMAX_EXTEXP_INPUT_LIMIT), k, &vn);
  return vmulq_f32(vmulq_f32(vp, vscalev), smax_neon_exp2_integer(vaddq_f32(vn, vscalee)));
}

#endif  // SMAX_F32_VSCALEEXTEXP_NEON_RR2_P5_H_
