// The static helpers of f32-vscaleextexp/avx512f-rr2-lut16-p3.c.in, which each of its variants
// includes. The include guard keeps one copy where all the ISA's kernels are one translation unit
// (src/gen/amalgam/).
#ifndef SMAX_F32_VSCALEEXTEXP_AVX512F_RR2_LUT16_P3_H_
#define SMAX_F32_VSCALEEXTEXP_AVX512F_RR2_LUT16_P3_H_

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <immintrin.h>

#include "smax/avx512f-exp.h"

// The constants of the core, in registers for the whole call.
struct lut16_scale_constants {
  __m512 vminus_limit, vlimit, vlog2e, vmagic_bias, vminus_ln2_hi, vminus_ln2_lo, vc3, vc2;
  __m512 vscalev, vscalee, vmin_d;
  __m512i vtable, vscalee_bits;
};

// exp(clamp(x)) * scale[0] * 2^scale[1] for one vector, as described above.
static SMAX_INLINE __m512 lut16_scaled_extexp(__m512 vinput, const struct lut16_scale_constants* c) {
  const __m512 vx = _mm512_min_ps(c->vlimit, _mm512_max_ps(c->vminus_limit, vinput));
  const __m512 vbiased = _mm512_fmadd_ps(vx, c->vlog2e, c->vmagic_bias);
  const __m512 vn = _mm512_sub_ps(vbiased, c->vmagic_bias);
  const __m512i vbits = _mm512_castps_si512(vbiased);
  const __m512 vs = _mm512_castsi512_ps(_mm512_add_epi32(
      _mm512_add_epi32(_mm512_permutexvar_epi32(vbits, c->vtable), _mm512_slli_epi32(vbits, 19)), c->vscalee_bits));
  __m512 vt = _mm512_fmadd_ps(vn, c->vminus_ln2_hi, vx);
  vt = _mm512_fmadd_ps(vn, c->vminus_ln2_lo, vt);
  const __m512 vp = _mm512_fmadd_ps(_mm512_fmadd_ps(c->vc3, vt, c->vc2), _mm512_mul_ps(vt, vt), vt);
  const __mmask16 vkeep = _mm512_cmp_ps_mask(_mm512_add_ps(vn, c->vscalee), c->vmin_d, _CMP_NLT_UQ);
  return _mm512_mul_ps(_mm512_maskz_fmadd_ps(vkeep, vp, vs, vs), c->vscalev);
}

// output[0..count) for 0 < count <= 16 input elements, through a k-mask.
static SMAX_INLINE void lut16_scaled_extexp_masked(size_t count, const float* input, float* output,
                                                   const struct lut16_scale_constants* c) {
  const __mmask16 vmask = smax_avx512f_tail_mask(count);
  _mm512_mask_storeu_ps(output, vmask, lut16_scaled_extexp(_mm512_maskz_loadu_ps(vmask, input), c));
}

// scale[1] << 23, the exponent field's share of 2^scale[1]. Outside the contract (scale[1] not an
// integer of sane size: NaN or infinite scales of NaN rows) the float-to-int conversion would be
// undefined: those give 0 here, and scale[1] still reaches the outputs through the mask's vd, NaN or
// -inf (which zeroes every lane), as in the rr2-p5 kernels.
static int32_t exponent_bits(float exponent) {
  if (!(exponent >= -0x1.0p+30f && exponent <= 0x1.0p+30f)) {
    return 0;
  }
  // An unsigned product: a left shift of a negative int is undefined in C.
  return (int32_t) ((uint32_t) (int32_t) exponent * (UINT32_C(1) << 23));
}

#endif  // SMAX_F32_VSCALEEXTEXP_AVX512F_RR2_LUT16_P3_H_
