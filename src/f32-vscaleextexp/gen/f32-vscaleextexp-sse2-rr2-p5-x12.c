// Generated from src/f32-vscaleextexp/sse2-rr2-p5.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_vscaleextexp_ukernel__sse2_rr2_p5_x12: two-pass softmax, pass 2 (Dukhan & Ablavatski 2020); SSE2, 12 elements
// (3 vectors of 4 lanes) per iteration.
//
// output[i] = exp(clamp(input[i])) * scale[0] * 2^scale[1]: with exp(x) = p * 2^n (as in raddextexp,
// src/smax/sse2-exp.h, lane for lane the scalar core) this is (p * scale[0]) * 2^(n + scale[1]), and
// 2^(n + scale[1]) is built exactly from exponent bits, exactly 0 below 2^-126, so entries far below
// the row's top (-inf included, once clamped) give exactly 0. The operator passes scale = (1/V, -E)
// from raddextexp, so n + scale[1] <= 0 and nothing overflows. Same operations in the same order as the
// scalar kernel and no FMA, so every output matches it bit for bit; NaN propagates (the clamp keeps
// NaN: it is the second operand of max and min). Remainders: whole vectors one at a time, then the last
// 1 to 3 elements one at a time with single-lane loads and stores, so it reads exactly
// [input, input + batch) and writes exactly [output, output + batch); output may equal input.
#include <assert.h>
#include <stddef.h>

#include <emmintrin.h>

#include "f32-vscaleextexp/f32-vscaleextexp.h"
#include "smax/sse2-exp.h"

smax_f32_vscaleextexp_ukernel_fn smax_f32_vscaleextexp_ukernel__sse2_rr2_p5_x12;

void smax_f32_vscaleextexp_ukernel__sse2_rr2_p5_x12(size_t batch, const float* input, float* output, const float* scale, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(output != NULL);
  assert(scale != NULL);
  (void) params;

  const __m128 vscalev = _mm_load1_ps(&scale[0]);
  const __m128 vscalee = _mm_load1_ps(&scale[1]);
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
  for (; batch >= 12 * sizeof(float); batch -= 12 * sizeof(float)) {
    const __m128 vx0 = smax_sse2_clamp(_mm_loadu_ps(input + 0), SMAX_EXTEXP_INPUT_LIMIT);
    const __m128 vx1 = smax_sse2_clamp(_mm_loadu_ps(input + 4), SMAX_EXTEXP_INPUT_LIMIT);
    const __m128 vx2 = smax_sse2_clamp(_mm_loadu_ps(input + 8), SMAX_EXTEXP_INPUT_LIMIT);
    input += 12;

    // exp(x) = p * 2^n, step-major so the vectors' independent chains interleave (smax_sse2_extexp in
    // src/smax/sse2-exp.h has the same steps for one vector): n = round(x * log2e) by the magic bias,
    // t = x - n * ln2 in two parts, p = 1 + t * P(t).
    const __m128 vbiased0 = _mm_add_ps(_mm_mul_ps(vx0, vlog2e), vmagic_bias);
    const __m128 vbiased1 = _mm_add_ps(_mm_mul_ps(vx1, vlog2e), vmagic_bias);
    const __m128 vbiased2 = _mm_add_ps(_mm_mul_ps(vx2, vlog2e), vmagic_bias);
    const __m128 vn0 = _mm_sub_ps(vbiased0, vmagic_bias);
    const __m128 vn1 = _mm_sub_ps(vbiased1, vmagic_bias);
    const __m128 vn2 = _mm_sub_ps(vbiased2, vmagic_bias);
    __m128 vt0 = _mm_add_ps(_mm_mul_ps(vn0, vminus_ln2_hi), vx0);
    __m128 vt1 = _mm_add_ps(_mm_mul_ps(vn1, vminus_ln2_hi), vx1);
    __m128 vt2 = _mm_add_ps(_mm_mul_ps(vn2, vminus_ln2_hi), vx2);
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
    vp0 = _mm_add_ps(_mm_mul_ps(vp0, vt0), _mm_set1_ps(1.0f));
    vp1 = _mm_add_ps(_mm_mul_ps(vp1, vt1), _mm_set1_ps(1.0f));
    vp2 = _mm_add_ps(_mm_mul_ps(vp2, vt2), _mm_set1_ps(1.0f));
    const __m128 vs0 = smax_sse2_exp2_integer(_mm_add_ps(vn0, vscalee));
    const __m128 vs1 = smax_sse2_exp2_integer(_mm_add_ps(vn1, vscalee));
    const __m128 vs2 = smax_sse2_exp2_integer(_mm_add_ps(vn2, vscalee));
    _mm_storeu_ps(output + 0, _mm_mul_ps(_mm_mul_ps(vp0, vscalev), vs0));
    _mm_storeu_ps(output + 4, _mm_mul_ps(_mm_mul_ps(vp1, vscalev), vs1));
    _mm_storeu_ps(output + 8, _mm_mul_ps(_mm_mul_ps(vp2, vscalev), vs2));
    output += 12;
  }
  for (; batch >= 4 * sizeof(float); batch -= 4 * sizeof(float)) {
    __m128 vn;
    const __m128 vp = smax_sse2_extexp(smax_sse2_clamp(_mm_loadu_ps(input), SMAX_EXTEXP_INPUT_LIMIT), &vn);
    input += 4;
    const __m128 vs = smax_sse2_exp2_integer(_mm_add_ps(vn, vscalee));
    _mm_storeu_ps(output, _mm_mul_ps(_mm_mul_ps(vp, vscalev), vs));
    output += 4;
  }
  for (; batch != 0; batch -= sizeof(float)) {
    __m128 vn;
    const __m128 vp = smax_sse2_extexp(smax_sse2_clamp(_mm_load_ss(input), SMAX_EXTEXP_INPUT_LIMIT), &vn);
    input += 1;
    const __m128 vs = smax_sse2_exp2_integer(_mm_add_ps(vn, vscalee));
    _mm_store_ss(output, _mm_mul_ss(_mm_mul_ss(vp, vscalev), vs));
    output += 1;
  }
}
