// The static helpers of f32-raddextexp/avx512f-rr2-p5.c.in, which each of its variants includes. The
// include guard keeps one copy where all the ISA's kernels are one translation unit
// (src/gen/amalgam/).
#ifndef SMAX_F32_RADDEXTEXP_AVX512F_RR2_P5_H_
#define SMAX_F32_RADDEXTEXP_AVX512F_RR2_P5_H_

#include <immintrin.h>

#include "smax/avx512f-exp.h"

// Adds p * 2^n to the accumulator (*vaccv, *vacce) in the lanes of vmask.
static SMAX_INLINE void accumulate(__mmask16 vmask, __m512 vp, __m512 vn, __m512* vaccv, __m512* vacce) {
  const __m512 vmax_e = _mm512_mask_max_ps(*vacce, vmask, vn, *vacce);
  const __m512 vaccv_scaled = _mm512_scalef_ps(*vaccv, _mm512_sub_ps(*vacce, vmax_e));
  *vaccv = _mm512_mask_add_ps(vaccv_scaled, vmask, vaccv_scaled, _mm512_scalef_ps(vp, _mm512_sub_ps(vn, vmax_e)));
  *vacce = vmax_e;
}

#endif  // SMAX_F32_RADDEXTEXP_AVX512F_RR2_P5_H_
