// Generated from src/f32-vscaleextexp/avx2-rr2-p5.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_vscaleextexp_ukernel__avx2_rr2_p5_x8: two-pass softmax, pass 2 (Dukhan & Ablavatski 2020); AVX2 + FMA3, 8 elements
// (1 vectors of 8) per iteration.
//
// output[i] = exp(clamp(input[i])) * scale[0] * 2^scale[1], as the scalar template: with exp(x) = p * 2^n
// this is (p * scale[0]) * 2^d, d = n + scale[1] clamped to at most 127 and exactly 0 for d <= -127, so
// entries far below the row's top (-inf included, once clamped) give exactly 0. 2^d is built from
// exponent bits (smax_avx2_exp2_integer in src/smax/avx2-exp.h), as in the scalar kernel. The clamp of the
// input keeps NaN (x is vmaxps' / vminps' second operand), and NaN propagates. Exp: rr2-p5 with FMA
// (src/smax/avx2-exp.h). The tail is one vmaskmovps vector: reads exactly [input, input + batch) and
// writes exactly [output, output + batch); output may equal input.
#include <assert.h>
#include <stddef.h>

#include <immintrin.h>

#include "f32-vscaleextexp/f32-vscaleextexp.h"
#include "smax/avx2-exp.h"

smax_f32_vscaleextexp_ukernel_fn smax_f32_vscaleextexp_ukernel__avx2_rr2_p5_x8;

void smax_f32_vscaleextexp_ukernel__avx2_rr2_p5_x8(size_t batch, const float* input, float* output, const float* scale, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(output != NULL);
  assert(scale != NULL);
  (void) params;

  const __m256 vscalev = _mm256_set1_ps(scale[0]);
  const __m256 vscalee = _mm256_set1_ps(scale[1]);
  const __m256 vminus_limit = _mm256_set1_ps(-SMAX_EXTEXP_INPUT_LIMIT);
  const __m256 vlimit = _mm256_set1_ps(SMAX_EXTEXP_INPUT_LIMIT);
  const __m256 vlog2e = _mm256_set1_ps(SMAX_EXP_LOG2E);
  const __m256 vmagic_bias = _mm256_set1_ps(SMAX_EXP_MAGIC_BIAS);
  const __m256 vminus_ln2_hi = _mm256_set1_ps(SMAX_EXP_FMA_MINUS_LN2_HI);
  const __m256 vminus_ln2_lo = _mm256_set1_ps(SMAX_EXP_FMA_MINUS_LN2_LO);
  const __m256 vc5 = _mm256_set1_ps(SMAX_EXP_C5);
  const __m256 vc4 = _mm256_set1_ps(SMAX_EXP_C4);
  const __m256 vc3 = _mm256_set1_ps(SMAX_EXP_C3);
  const __m256 vc2 = _mm256_set1_ps(SMAX_EXP_C2);
  const __m256 vc1 = _mm256_set1_ps(SMAX_EXP_C1);
  const __m256 vone = _mm256_set1_ps(1.0f);

  for (; batch >= 8 * sizeof(float); batch -= 8 * sizeof(float)) {
    const __m256 vx0 = _mm256_min_ps(vlimit, _mm256_max_ps(vminus_limit, _mm256_loadu_ps(input + 0)));
    // n = round(x * log2e), t = x - n * ln2, p = 1 + t * P(t).
    const __m256 vn0 = _mm256_sub_ps(_mm256_fmadd_ps(vx0, vlog2e, vmagic_bias), vmagic_bias);
    __m256 vt0 = _mm256_fmadd_ps(vn0, vminus_ln2_hi, vx0);
    vt0 = _mm256_fmadd_ps(vn0, vminus_ln2_lo, vt0);
    __m256 vp0 = _mm256_fmadd_ps(vc5, vt0, vc4);
    vp0 = _mm256_fmadd_ps(vp0, vt0, vc3);
    vp0 = _mm256_fmadd_ps(vp0, vt0, vc2);
    vp0 = _mm256_fmadd_ps(vp0, vt0, vc1);
    vp0 = _mm256_fmadd_ps(vp0, vt0, vone);
    // y = (p * scale[0]) * 2^(n + scale[1]), 2^d clamped to [0 (d <= -127), 2^127].
    const __m256 vs0 = smax_avx2_exp2_integer(_mm256_add_ps(vn0, vscalee));
    const __m256 vy0 = _mm256_mul_ps(_mm256_mul_ps(vp0, vscalev), vs0);
    _mm256_storeu_ps(output + 0, vy0);
    input += 8;
    output += 8;
  }
  if (batch != 0) {
    const __m256i vmask = smax_avx2_tail_mask(batch / sizeof(float));
    __m256 vn;
    const __m256 vp = smax_avx2_extexp(smax_avx2_extexp_clamp(_mm256_maskload_ps(input, vmask)), &vn);
    _mm256_maskstore_ps(output, vmask,
                        _mm256_mul_ps(_mm256_mul_ps(vp, vscalev), smax_avx2_exp2_integer(_mm256_add_ps(vn, vscalee))));
  }
}
