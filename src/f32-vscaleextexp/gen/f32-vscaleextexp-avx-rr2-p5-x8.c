// Generated from src/f32-vscaleextexp/avx-rr2-p5.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_vscaleextexp_ukernel__avx_rr2_p5_x8: two-pass softmax, pass 2 (Dukhan & Ablavatski 2020); AVX, 8 elements
// (1 vectors of 8 lanes) per iteration.
//
// output[i] = exp(clamp(input[i])) * scale[0] * 2^scale[1]: with exp(x) = p * 2^n (as in raddextexp,
// src/smax/avx-exp.h, lane for lane the scalar core) this is (p * scale[0]) * 2^(n + scale[1]), and
// 2^(n + scale[1]) is built exactly from exponent bits (two 128-bit integer shifts: AVX has no 256-bit
// one), exactly 0 below 2^-126, so entries far below the row's top (-inf included, once clamped) give
// exactly 0. The operator passes scale = (1/V, -E) from raddextexp, so n + scale[1] <= 0 and nothing
// overflows. Same operations in the same order as the scalar kernel and no FMA, so every output
// matches it bit for bit; NaN propagates (the clamp keeps NaN: it is the second operand of max and
// min). Remainders: whole vectors one at a time, then the last 1 to 7 elements with a masked load and a
// masked store, so it reads exactly [input, input + batch) and writes exactly [output, output + batch);
// output may equal input.
#include <assert.h>
#include <stddef.h>

#include <immintrin.h>

#include "f32-vscaleextexp/f32-vscaleextexp.h"
#include "smax/avx-exp.h"

smax_f32_vscaleextexp_ukernel_fn smax_f32_vscaleextexp_ukernel__avx_rr2_p5_x8;

void smax_f32_vscaleextexp_ukernel__avx_rr2_p5_x8(size_t batch, const float* input, float* output, const float* scale, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(output != NULL);
  assert(scale != NULL);
  (void) params;

  const __m256 vscalev = _mm256_broadcast_ss(&scale[0]);
  const __m256 vscalee = _mm256_broadcast_ss(&scale[1]);
  // The exp core's constants (src/smax/scalar-exp.h), for the main loop's step-major copy of it.
  const __m256 vlog2e = _mm256_set1_ps(SMAX_EXP_LOG2E);
  const __m256 vmagic_bias = _mm256_set1_ps(SMAX_EXP_MAGIC_BIAS);
  const __m256 vminus_ln2_hi = _mm256_set1_ps(SMAX_EXP_MINUS_LN2_HI);
  const __m256 vminus_ln2_lo = _mm256_set1_ps(SMAX_EXP_MINUS_LN2_LO);
  const __m256 vc5 = _mm256_set1_ps(SMAX_EXP_C5);
  const __m256 vc4 = _mm256_set1_ps(SMAX_EXP_C4);
  const __m256 vc3 = _mm256_set1_ps(SMAX_EXP_C3);
  const __m256 vc2 = _mm256_set1_ps(SMAX_EXP_C2);
  const __m256 vc1 = _mm256_set1_ps(SMAX_EXP_C1);
  for (; batch >= 8 * sizeof(float); batch -= 8 * sizeof(float)) {
    const __m256 vx0 = smax_avx_clamp(_mm256_loadu_ps(input + 0), SMAX_EXTEXP_INPUT_LIMIT);
    input += 8;

    // exp(x) = p * 2^n, step-major so the vectors' independent chains interleave (smax_avx_extexp in
    // src/smax/avx-exp.h has the same steps for one vector): n = round(x * log2e) by the magic bias,
    // t = x - n * ln2 in two parts, p = 1 + t * P(t).
    const __m256 vbiased0 = _mm256_add_ps(_mm256_mul_ps(vx0, vlog2e), vmagic_bias);
    const __m256 vn0 = _mm256_sub_ps(vbiased0, vmagic_bias);
    __m256 vt0 = _mm256_add_ps(_mm256_mul_ps(vn0, vminus_ln2_hi), vx0);
    vt0 = _mm256_add_ps(_mm256_mul_ps(vn0, vminus_ln2_lo), vt0);
    __m256 vp0 = _mm256_add_ps(_mm256_mul_ps(vc5, vt0), vc4);
    vp0 = _mm256_add_ps(_mm256_mul_ps(vp0, vt0), vc3);
    vp0 = _mm256_add_ps(_mm256_mul_ps(vp0, vt0), vc2);
    vp0 = _mm256_add_ps(_mm256_mul_ps(vp0, vt0), vc1);
    vp0 = _mm256_add_ps(_mm256_mul_ps(vp0, vt0), _mm256_set1_ps(1.0f));
    const __m256 vs0 = smax_avx_exp2_integer(_mm256_add_ps(vn0, vscalee));
    _mm256_storeu_ps(output + 0, _mm256_mul_ps(_mm256_mul_ps(vp0, vscalev), vs0));
    output += 8;
  }
  if (batch != 0) {
    assert(batch >= 1 * sizeof(float));
    assert(batch <= 7 * sizeof(float));
    const __m256i vmask = smax_avx_tail_mask(batch / sizeof(float));
    __m256 vn;
    const __m256 vp = smax_avx_extexp(smax_avx_clamp(_mm256_maskload_ps(input, vmask), SMAX_EXTEXP_INPUT_LIMIT), &vn);
    const __m256 vs = smax_avx_exp2_integer(_mm256_add_ps(vn, vscalee));
    _mm256_maskstore_ps(output, vmask, _mm256_mul_ps(_mm256_mul_ps(vp, vscalev), vs));
  }
}
