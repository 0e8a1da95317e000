// The static helpers of f32-vscaleextexp/avx512f-rr2-p5.c.in, which each of its variants includes. The
// include guard keeps one copy where all the ISA's kernels are one translation unit
// (src/gen/amalgam/).
#ifndef SMAX_F32_VSCALEEXTEXP_AVX512F_RR2_P5_H_
#define SMAX_F32_VSCALEEXTEXP_AVX512F_RR2_P5_H_

#include <stdbool.h>
#include <stddef.h>
#include <immintrin.h>

#include "smax/avx512f-exp.h"

// output[0..count) for 0 < count <= 16 input elements, through a k-mask.
static SMAX_INLINE void smax_vscaleextexp_masked(size_t count, const float* input, float* output, __m512 vscalev,
                                                __m512 vscalee) {
  const __mmask16 vmask = smax_avx512f_tail_mask(count);
  __m512 vn;
  const __m512 vp = smax_avx512f_extexp(smax_avx512f_extexp_clamp(_mm512_maskz_loadu_ps(vmask, input)), &vn);
  const __m512 vd = _mm512_min_ps(_mm512_add_ps(vn, vscalee), _mm512_set1_ps(127.0f));
  const __mmask16 vkeep = _mm512_cmp_ps_mask(vd, _mm512_set1_ps(-127.0f), _CMP_NLE_UQ);
  _mm512_mask_storeu_ps(output, vmask, _mm512_maskz_scalef_ps(vkeep, _mm512_mul_ps(vp, vscalev), vd));
}

#endif  // SMAX_F32_VSCALEEXTEXP_AVX512F_RR2_P5_H_
