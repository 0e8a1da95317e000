// The static helpers of f32-raddstoreexpminusmax/avx512f-rr2-lut16-p3.c.in, which each of its variants
// includes. The include guard keeps one copy where all the ISA's kernels are one translation unit
// (src/gen/amalgam/).
#ifndef SMAX_F32_RADDSTOREEXPMINUSMAX_AVX512F_RR2_LUT16_P3_H_
#define SMAX_F32_RADDSTOREEXPMINUSMAX_AVX512F_RR2_LUT16_P3_H_

#include <immintrin.h>

#include "smax/avx512f-load.h"
#include "smax/avx512f-exp.h"

// One vector of the core above, for the remainder and the tail.
static SMAX_INLINE __m512 smax_lut16_expminus(__m512 vx, __m512i vtable) {
  const __m512 vmagic_bias = _mm512_set1_ps(SMAX_LUT16_MAGIC_BIAS);
  const __m512 vbiased = _mm512_fmadd_ps(vx, _mm512_set1_ps(SMAX_EXP_LOG2E), vmagic_bias);
  const __m512 vn = _mm512_sub_ps(vbiased, vmagic_bias);
  const __m512i vbits = _mm512_castps_si512(vbiased);
  const __m512 vs = _mm512_castsi512_ps(
      _mm512_add_epi32(_mm512_permutexvar_epi32(vbits, vtable), _mm512_slli_epi32(vbits, 19)));
  __m512 vt = _mm512_fmadd_ps(vn, _mm512_set1_ps(SMAX_EXP_FMA_MINUS_LN2_HI), vx);
  vt = _mm512_fmadd_ps(vn, _mm512_set1_ps(SMAX_EXP_FMA_MINUS_LN2_LO), vt);
  const __m512 vq = _mm512_fmadd_ps(_mm512_set1_ps(SMAX_LUT16_C3), vt, _mm512_set1_ps(SMAX_LUT16_C2));
  const __m512 vp = _mm512_fmadd_ps(vq, _mm512_mul_ps(vt, vt), vt);
  const __mmask16 vkeep = _mm512_cmp_ps_mask(vx, _mm512_set1_ps(SMAX_EXP_CUTOFF), _CMP_NLT_UQ);
  return _mm512_maskz_fmadd_ps(vkeep, vp, vs, vs);
}

#endif  // SMAX_F32_RADDSTOREEXPMINUSMAX_AVX512F_RR2_LUT16_P3_H_
