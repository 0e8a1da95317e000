// Generated from src/f32-vscaleexpminusmax/sse2-rr2-p5.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_vscaleexpminusmax_ukernel__sse2_rr2_p5_x12: output[i] = exp(input[i] - *max) * *scale; SSE2, 12 elements (3
// vectors of 4 lanes) per iteration.
//
// rr2-p5: two-constant Cody-Waite range reduction and a degree-5 polynomial (src/smax/sse2-exp.h, lane
// for lane the scalar core of src/smax/scalar-exp.h, whose header states the measured error of exp);
// one more rounding for the scale. No FMA, so every output matches the scalar kernel's bit for bit.
// Arguments below -87.3365 (and -inf) give exactly 0; NaN propagates. Remainders: whole vectors one at
// a time, then the last 1 to 3 elements one at a time with single-lane loads and stores, so it reads
// exactly [input, input + batch) and writes exactly [output, output + batch); output may equal input.
#include <assert.h>
#include <stddef.h>

#include <emmintrin.h>

#include "f32-vscaleexpminusmax/f32-vscaleexpminusmax.h"
#include "smax/sse2-exp.h"

smax_f32_vscaleexpminusmax_ukernel_fn smax_f32_vscaleexpminusmax_ukernel__sse2_rr2_p5_x12;

void smax_f32_vscaleexpminusmax_ukernel__sse2_rr2_p5_x12(size_t batch, const float* input, float* output, const float* max, const float* scale,
    const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(output != NULL);
  assert(max != NULL);
  assert(scale != NULL);
  (void) params;

  const __m128 vmax = _mm_load1_ps(max);
  // The exp core's constants (src/smax/scalar-exp.h), for the main loop's step-major copy of it.
  const __m128 vlog2e = _mm_set1_ps(SMAX_EXP_LOG2E);
  const __m128 vmagic_bias = _mm_set1_ps(SMAX_EXP_MAGIC_BIAS);
  const __m128 vminus_ln2_hi = _mm_set1_ps(SMAX_EXP_MINUS_LN2_HI);
  const __m128 vminus_ln2_lo = _mm_set1_ps(SMAX_EXP_MINUS_LN2_LO);
  const __m128 vc5 = _mm_set1_ps(SMAX_EXP_C5);
  const __m128 vc4 = _mm_set1_ps(SMAX_EXP_C4);
  const __m128 vc3 = _mm_set1_ps(SMAX_EXP_C3);
  const __m128 vc2 = _mm_set1_ps(SMAX_EXP_C2);
  const __m128 vc1 = _mm_set1_ps(SMAX_EXP_C1);
  const __m128 vcutoff = _mm_set1_ps(SMAX_EXP_CUTOFF);
  const __m128 vscale = _mm_load1_ps(scale);
  for (; batch >= 12 * sizeof(float); batch -= 12 * sizeof(float)) {
    const __m128 vx0 = _mm_loadu_ps(input + 0);
    const __m128 vx1 = _mm_loadu_ps(input + 4);
    const __m128 vx2 = _mm_loadu_ps(input + 8);
    input += 12;

    const __m128 vz0 = _mm_sub_ps(vx0, vmax);
    const __m128 vz1 = _mm_sub_ps(vx1, vmax);
    const __m128 vz2 = _mm_sub_ps(vx2, vmax);
    // exp(z), step-major so the vectors' independent chains interleave (src/smax/sse2-exp.h has the
    // same steps for one vector): n = round(z * log2e) by the magic bias, s = 2^n from its bits,
    // t = z - n * ln2 in two parts, f = s + (t * P(t)) * s; z below the cutoff (and -inf) gives 0.
    const __m128 vbiased0 = _mm_add_ps(_mm_mul_ps(vz0, vlog2e), vmagic_bias);
    const __m128 vbiased1 = _mm_add_ps(_mm_mul_ps(vz1, vlog2e), vmagic_bias);
    const __m128 vbiased2 = _mm_add_ps(_mm_mul_ps(vz2, vlog2e), vmagic_bias);
    const __m128 vs0 = smax_sse2_shift_exponent(vbiased0);
    const __m128 vs1 = smax_sse2_shift_exponent(vbiased1);
    const __m128 vs2 = smax_sse2_shift_exponent(vbiased2);
    const __m128 vn0 = _mm_sub_ps(vbiased0, vmagic_bias);
    const __m128 vn1 = _mm_sub_ps(vbiased1, vmagic_bias);
    const __m128 vn2 = _mm_sub_ps(vbiased2, vmagic_bias);
    __m128 vt0 = _mm_add_ps(_mm_mul_ps(vn0, vminus_ln2_hi), vz0);
    __m128 vt1 = _mm_add_ps(_mm_mul_ps(vn1, vminus_ln2_hi), vz1);
    __m128 vt2 = _mm_add_ps(_mm_mul_ps(vn2, vminus_ln2_hi), vz2);
    vt0 = _mm_add_ps(_mm_mul_ps(vn0, vminus_ln2_lo), vt0);
    vt1 = _mm_add_ps(_mm_mul_ps(vn1, vminus_ln2_lo), vt1);
    vt2 = _mm_add_ps(_mm_mul_ps(vn2, vminus_ln2_lo), vt2);
    __m128 vp0 = _mm_add_ps(_mm_mul_ps(vc5, vt0), vc4);
    __m128 vp1 = _mm_add_ps(_mm_mul_ps(vc5, vt1), vc4);
    __m128 vp2 = _mm_add_ps(_mm_mul_ps(vc5, vt2), vc4);
    vp0 = _mm_add_ps(_mm_mul_ps(vp0, vt0), vc3);
    vp1 = _mm_add_ps(_mm_mul_ps(vp1, vt1), vc3);
    vp2 = _mm_add_ps(_mm_mul_ps(vp2, vt2), vc3);
    vp0 = _mm_add_ps(_mm_mul_ps(vp0, vt0), vc2);
    vp1 = _mm_add_ps(_mm_mul_ps(vp1, vt1), vc2);
    vp2 = _mm_add_ps(_mm_mul_ps(vp2, vt2), vc2);
    vp0 = _mm_add_ps(_mm_mul_ps(vp0, vt0), vc1);
    vp1 = _mm_add_ps(_mm_mul_ps(vp1, vt1), vc1);
    vp2 = _mm_add_ps(_mm_mul_ps(vp2, vt2), vc1);
    vp0 = _mm_mul_ps(vp0, vt0);
    vp1 = _mm_mul_ps(vp1, vt1);
    vp2 = _mm_mul_ps(vp2, vt2);
    const __m128 vf0 =
        _mm_andnot_ps(_mm_cmplt_ps(vz0, vcutoff), _mm_add_ps(_mm_mul_ps(vp0, vs0), vs0));
    const __m128 vf1 =
        _mm_andnot_ps(_mm_cmplt_ps(vz1, vcutoff), _mm_add_ps(_mm_mul_ps(vp1, vs1), vs1));
    const __m128 vf2 =
        _mm_andnot_ps(_mm_cmplt_ps(vz2, vcutoff), _mm_add_ps(_mm_mul_ps(vp2, vs2), vs2));
    _mm_storeu_ps(output + 0, _mm_mul_ps(vf0, vscale));
    _mm_storeu_ps(output + 4, _mm_mul_ps(vf1, vscale));
    _mm_storeu_ps(output + 8, _mm_mul_ps(vf2, vscale));
    output += 12;
  }
  for (; batch >= 4 * sizeof(float); batch -= 4 * sizeof(float)) {
    const __m128 vf = smax_sse2_expminus(_mm_sub_ps(_mm_loadu_ps(input), vmax));
    input += 4;
    _mm_storeu_ps(output, _mm_mul_ps(vf, vscale));
    output += 4;
  }
  for (; batch != 0; batch -= sizeof(float)) {
    const __m128 vf = smax_sse2_expminus(_mm_sub_ss(_mm_load_ss(input), vmax));
    input += 1;
    _mm_store_ss(output, _mm_mul_ss(vf, vscale));
    output += 1;
  }
}
