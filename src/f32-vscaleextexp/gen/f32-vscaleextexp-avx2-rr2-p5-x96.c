// Generated from src/f32-vscaleextexp/avx2-rr2-p5.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_vscaleextexp_ukernel__avx2_rr2_p5_x96: two-pass softmax, pass 2 (Dukhan & Ablavatski 2020); AVX2 + FMA3, 96 elements
// (12 vectors of 8) per iteration.
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

smax_f32_vscaleextexp_ukernel_fn smax_f32_vscaleextexp_ukernel__avx2_rr2_p5_x96;

void smax_f32_vscaleextexp_ukernel__avx2_rr2_p5_x96(size_t batch, const float* input, float* output, const float* scale, const void* params) {
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

  for (; batch >= 96 * sizeof(float); batch -= 96 * sizeof(float)) {
    const __m256 vx0 = _mm256_min_ps(vlimit, _mm256_max_ps(vminus_limit, _mm256_loadu_ps(input + 0)));
    const __m256 vx1 = _mm256_min_ps(vlimit, _mm256_max_ps(vminus_limit, _mm256_loadu_ps(input + 8)));
    // n = round(x * log2e), t = x - n * ln2, p = 1 + t * P(t).
    const __m256 vn0 = _mm256_sub_ps(_mm256_fmadd_ps(vx0, vlog2e, vmagic_bias), vmagic_bias);
    const __m256 vn1 = _mm256_sub_ps(_mm256_fmadd_ps(vx1, vlog2e, vmagic_bias), vmagic_bias);
    __m256 vt0 = _mm256_fmadd_ps(vn0, vminus_ln2_hi, vx0);
    __m256 vt1 = _mm256_fmadd_ps(vn1, vminus_ln2_hi, vx1);
    vt0 = _mm256_fmadd_ps(vn0, vminus_ln2_lo, vt0);
    vt1 = _mm256_fmadd_ps(vn1, vminus_ln2_lo, vt1);
    __m256 vp0 = _mm256_fmadd_ps(vc5, vt0, vc4);
    __m256 vp1 = _mm256_fmadd_ps(vc5, vt1, vc4);
    vp0 = _mm256_fmadd_ps(vp0, vt0, vc3);
    vp1 = _mm256_fmadd_ps(vp1, vt1, vc3);
    vp0 = _mm256_fmadd_ps(vp0, vt0, vc2);
    vp1 = _mm256_fmadd_ps(vp1, vt1, vc2);
    vp0 = _mm256_fmadd_ps(vp0, vt0, vc1);
    vp1 = _mm256_fmadd_ps(vp1, vt1, vc1);
    vp0 = _mm256_fmadd_ps(vp0, vt0, vone);
    vp1 = _mm256_fmadd_ps(vp1, vt1, vone);
    // y = (p * scale[0]) * 2^(n + scale[1]), 2^d clamped to [0 (d <= -127), 2^127].
    const __m256 vs0 = smax_avx2_exp2_integer(_mm256_add_ps(vn0, vscalee));
    const __m256 vs1 = smax_avx2_exp2_integer(_mm256_add_ps(vn1, vscalee));
    const __m256 vy0 = _mm256_mul_ps(_mm256_mul_ps(vp0, vscalev), vs0);
    const __m256 vy1 = _mm256_mul_ps(_mm256_mul_ps(vp1, vscalev), vs1);
    _mm256_storeu_ps(output + 0, vy0);
    _mm256_storeu_ps(output + 8, vy1);
    const __m256 vx2 = _mm256_min_ps(vlimit, _mm256_max_ps(vminus_limit, _mm256_loadu_ps(input + 16)));
    const __m256 vx3 = _mm256_min_ps(vlimit, _mm256_max_ps(vminus_limit, _mm256_loadu_ps(input + 24)));
    // n = round(x * log2e), t = x - n * ln2, p = 1 + t * P(t).
    const __m256 vn2 = _mm256_sub_ps(_mm256_fmadd_ps(vx2, vlog2e, vmagic_bias), vmagic_bias);
    const __m256 vn3 = _mm256_sub_ps(_mm256_fmadd_ps(vx3, vlog2e, vmagic_bias), vmagic_bias);
    __m256 vt2 = _mm256_fmadd_ps(vn2, vminus_ln2_hi, vx2);
    __m256 vt3 = _mm256_fmadd_ps(vn3, vminus_ln2_hi, vx3);
    vt2 = _mm256_fmadd_ps(vn2, vminus_ln2_lo, vt2);
    vt3 = _mm256_fmadd_ps(vn3, vminus_ln2_lo, vt3);
    __m256 vp2 = _mm256_fmadd_ps(vc5, vt2, vc4);
    __m256 vp3 = _mm256_fmadd_ps(vc5, vt3, vc4);
    vp2 = _mm256_fmadd_ps(vp2, vt2, vc3);
    vp3 = _mm256_fmadd_ps(vp3, vt3, vc3);
    vp2 = _mm256_fmadd_ps(vp2, vt2, vc2);
    vp3 = _mm256_fmadd_ps(vp3, vt3, vc2);
    vp2 = _mm256_fmadd_ps(vp2, vt2, vc1);
    vp3 = _mm256_fmadd_ps(vp3, vt3, vc1);
    vp2 = _mm256_fmadd_ps(vp2, vt2, vone);
    vp3 = _mm256_fmadd_ps(vp3, vt3, vone);
    // y = (p * scale[0]) * 2^(n + scale[1]), 2^d clamped to [0 (d <= -127), 2^127].
    const __m256 vs2 = smax_avx2_exp2_integer(_mm256_add_ps(vn2, vscalee));
    const __m256 vs3 = smax_avx2_exp2_integer(_mm256_add_ps(vn3, vscalee));
    const __m256 vy2 = _mm256_mul_ps(_mm256_mul_ps(vp2, vscalev), vs2);
    const __m256 vy3 = _mm256_mul_ps(_mm256_mul_ps(vp3, vscalev), vs3);
    _mm256_storeu_ps(output + 16, vy2);
    _mm256_storeu_ps(output + 24, vy3);
    const __m256 vx4 = _mm256_min_ps(vlimit, _mm256_max_ps(vminus_limit, _mm256_loadu_ps(input + 32)));
    const __m256 vx5 = _mm256_min_ps(vlimit, _mm256_max_ps(vminus_limit, _mm256_loadu_ps(input + 40)));
    // n = round(x * log2e), t = x - n * ln2, p = 1 + t * P(t).
    const __m256 vn4 = _mm256_sub_ps(_mm256_fmadd_ps(vx4, vlog2e, vmagic_bias), vmagic_bias);
    const __m256 vn5 = _mm256_sub_ps(_mm256_fmadd_ps(vx5, vlog2e, vmagic_bias), vmagic_bias);
    __m256 vt4 = _mm256_fmadd_ps(vn4, vminus_ln2_hi, vx4);
    __m256 vt5 = _mm256_fmadd_ps(vn5, vminus_ln2_hi, vx5);
    vt4 = _mm256_fmadd_ps(vn4, vminus_ln2_lo, vt4);
    vt5 = _mm256_fmadd_ps(vn5, vminus_ln2_lo, vt5);
    __m256 vp4 = _mm256_fmadd_ps(vc5, vt4, vc4);
    __m256 vp5 = _mm256_fmadd_ps(vc5, vt5, vc4);
    vp4 = _mm256_fmadd_ps(vp4, vt4, vc3);
    vp5 = _mm256_fmadd_ps(vp5, vt5, vc3);
    vp4 = _mm256_fmadd_ps(vp4, vt4, vc2);
    vp5 = _mm256_fmadd_ps(vp5, vt5, vc2);
    vp4 = _mm256_fmadd_ps(vp4, vt4, vc1);
    vp5 = _mm256_fmadd_ps(vp5, vt5, vc1);
    vp4 = _mm256_fmadd_ps(vp4, vt4, vone);
    vp5 = _mm256_fmadd_ps(vp5, vt5, vone);
    // y = (p * scale[0]) * 2^(n + scale[1]), 2^d clamped to [0 (d <= -127), 2^127].
    const __m256 vs4 = smax_avx2_exp2_integer(_mm256_add_ps(vn4, vscalee));
    const __m256 vs5 = smax_avx2_exp2_integer(_mm256_add_ps(vn5, vscalee));
    const __m256 vy4 = _mm256_mul_ps(_mm256_mul_ps(vp4, vscalev), vs4);
    const __m256 vy5 = _mm256_mul_ps(_mm256_mul_ps(vp5, vscalev), vs5);
    _mm256_storeu_ps(output + 32, vy4);
    _mm256_storeu_ps(output + 40, vy5);
    const __m256 vx6 = _mm256_min_ps(vlimit, _mm256_max_ps(vminus_limit, _mm256_loadu_ps(input + 48)));
    const __m256 vx7 = _mm256_min_ps(vlimit, _mm256_max_ps(vminus_limit, _mm256_loadu_ps(input + 56)));
    // n = round(x * log2e), t = x - n * ln2, p = 1 + t * P(t).
    const __m256 vn6 = _mm256_sub_ps(_mm256_fmadd_ps(vx6, vlog2e, vmagic_bias), vmagic_bias);
    const __m256 vn7 = _mm256_sub_ps(_mm256_fmadd_ps(vx7, vlog2e, vmagic_bias), vmagic_bias);
    __m256 vt6 = _mm256_fmadd_ps(vn6, vminus_ln2_hi, vx6);
    __m256 vt7 = _mm256_fmadd_ps(vn7, vminus_ln2_hi, vx7);
    vt6 = _mm256_fmadd_ps(vn6, vminus_ln2_lo, vt6);
    vt7 = _mm256_fmadd_ps(vn7, vminus_ln2_lo, vt7);
    __m256 vp6 = _mm256_fmadd_ps(vc5, vt6, vc4);
    __m256 vp7 = _mm256_fmadd_ps(vc5, vt7, vc4);
    vp6 = _mm256_fmadd_ps(vp6, vt6, vc3);
    vp7 = _mm256_fmadd_ps(vp7, vt7, vc3);
    vp6 = _mm256_fmadd_ps(vp6, vt6, vc2);
    vp7 = _mm256_fmadd_ps(vp7, vt7, vc2);
    vp6 = _mm256_fmadd_ps(vp6, vt6, vc1);
    vp7 = _mm256_fmadd_ps(vp7, vt7, vc1);
    vp6 = _mm256_fmadd_ps(vp6, vt6, vone);
    vp7 = _mm256_fmadd_ps(vp7, vt7, vone);
    // y = (p * scale[0]) * 2^(n + scale[1]), 2^d clamped to [0 (d <= -127), 2^127].
    const __m256 vs6 = smax_avx2_exp2_integer(_mm256_add_ps(vn6, vscalee));
    const __m256 vs7 = smax_avx2_exp2_integer(_mm256_add_ps(vn7, vscalee));
    const __m256 vy6 = _mm256_mul_ps(_mm256_mul_ps(vp6, vscalev), vs6);
    const __m256 vy7 = _mm256_mul_ps(_mm256_mul_ps(vp7, vscalev), vs7);
    _mm256_storeu_ps(output + 48, vy6);
    _mm256_storeu_ps(output + 56, vy7);
    const __m256 vx8 = _mm256_min_ps(vlimit, _mm256_max_ps(vminus_limit, _mm256_loadu_ps(input + 64)));
    const __m256 vx9 = _mm256_min_ps(vlimit, _mm256_max_ps(vminus_limit, _mm256_loadu_ps(input + 72)));
    // n = round(x * log2e), t = x - n * ln2, p = 1 + t * P(t).
    const __m256 vn8 = _mm256_sub_ps(_mm256_fmadd_ps(vx8, vlog2e, vmagic_bias), vmagic_bias);
    const __m256 vn9 = _mm256_sub_ps(_mm256_fmadd_ps(vx9, vlog2e, vmagic_bias), vmagic_bias);
    __m256 vt8 = _mm256_fmadd_ps(vn8, vminus_ln2_hi, vx8);
    __m256 vt9 = _mm256_fmadd_ps(vn9, vminus_ln2_hi, vx9);
    vt8 = _mm256_fmadd_ps(vn8, vminus_ln2_lo, vt8);
    vt9 = _mm256_fmadd_ps(vn9, vminus_ln2_lo, vt9);
    __m256 vp8 = _mm256_fmadd_ps(vc5, vt8, vc4);
    __m256 vp9 = _mm256_fmadd_ps(vc5, vt9, vc4);
    vp8 = _mm256_fmadd_ps(vp8, vt8, vc3);
    vp9 = _mm256_fmadd_ps(vp9, vt9, vc3);
    vp8 = _mm256_fmadd_ps(vp8, vt8, vc2);
    vp9 = _mm256_fmadd_ps(vp9, vt9, vc2);
    vp8 = _mm256_fmadd_ps(vp8, vt8, vc1);
    vp9 = _mm256_fmadd_ps(vp9, vt9, vc1);
    vp8 = _mm256_fmadd_ps(vp8, vt8, vone);
    vp9 = _mm256_fmadd_ps(vp9, vt9, vone);
    // y = (p * scale[0]) * 2^(n + scale[1]), 2^d clamped to [0 (d <= -127), 2^127].
    const __m256 vs8 = smax_avx2_exp2_integer(_mm256_add_ps(vn8, vscalee));
    const __m256 vs9 = smax_avx2_exp2_integer(_mm256_add_ps(vn9, vscalee));
    const __m256 vy8 = _mm256_mul_ps(_mm256_mul_ps(vp8, vscalev), vs8);
    const __m256 vy9 = _mm256_mul_ps(_mm256_mul_ps(vp9, vscalev), vs9);
    _mm256_storeu_ps(output + 64, vy8);
    _mm256_storeu_ps(output + 72, vy9);
    const __m256 vx10 = _mm256_min_ps(vlimit, _mm256_max_ps(vminus_limit, _mm256_loadu_ps(input + 80)));
    const __m256 vx11 = _mm256_min_ps(vlimit, _mm256_max_ps(vminus_limit, _mm256_loadu_ps(input + 88)));
    // n = round(x * log2e), t = x - n * ln2, p = 1 + t * P(t).
    const __m256 vn10 = _mm256_sub_ps(_mm256_fmadd_ps(vx10, vlog2e, vmagic_bias), vmagic_bias);
    const __m256 vn11 = _mm256_sub_ps(_mm256_fmadd_ps(vx11, vlog2e, vmagic_bias), vmagic_bias);
    __m256 vt10 = _mm256_fmadd_ps(vn10, vminus_ln2_hi, vx10);
    __m256 vt11 = _mm256_fmadd_ps(vn11, vminus_ln2_hi, vx11);
    vt10 = _mm256_fmadd_ps(vn10, vminus_ln2_lo, vt10);
    vt11 = _mm256_fmadd_ps(vn11, vminus_ln2_lo, vt11);
    __m256 vp10 = _mm256_fmadd_ps(vc5, vt10, vc4);
    __m256 vp11 = _mm256_fmadd_ps(vc5, vt11, vc4);
    vp10 = _mm256_fmadd_ps(vp10, vt10, vc3);
    vp11 = _mm256_fmadd_ps(vp11, vt11, vc3);
    vp10 = _mm256_fmadd_ps(vp10, vt10, vc2);
    vp11 = _mm256_fmadd_ps(vp11, vt11, vc2);
    vp10 = _mm256_fmadd_ps(vp10, vt10, vc1);
    vp11 = _mm256_fmadd_ps(vp11, vt11, vc1);
    vp10 = _mm256_fmadd_ps(vp10, vt10, vone);
    vp11 = _mm256_fmadd_ps(vp11, vt11, vone);
    // y = (p * scale[0]) * 2^(n + scale[1]), 2^d clamped to [0 (d <= -127), 2^127].
    const __m256 vs10 = smax_avx2_exp2_integer(_mm256_add_ps(vn10, vscalee));
    const __m256 vs11 = smax_avx2_exp2_integer(_mm256_add_ps(vn11, vscalee));
    const __m256 vy10 = _mm256_mul_ps(_mm256_mul_ps(vp10, vscalev), vs10);
    const __m256 vy11 = _mm256_mul_ps(_mm256_mul_ps(vp11, vscalev), vs11);
    _mm256_storeu_ps(output + 80, vy10);
    _mm256_storeu_ps(output + 88, vy11);
    input += 96;
    output += 96;
  }
  for (; batch >= 8 * sizeof(float); batch -= 8 * sizeof(float)) {
    __m256 vn;
    const __m256 vp = smax_avx2_extexp(smax_avx2_extexp_clamp(_mm256_loadu_ps(input)), &vn);
    input += 8;
    _mm256_storeu_ps(output, _mm256_mul_ps(_mm256_mul_ps(vp, vscalev), smax_avx2_exp2_integer(_mm256_add_ps(vn, vscalee))));
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
