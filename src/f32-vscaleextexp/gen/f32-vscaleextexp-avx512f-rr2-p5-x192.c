// Generated from src/f32-vscaleextexp/avx512f-rr2-p5.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_vscaleextexp_ukernel__avx512f_rr2_p5_x192: two-pass softmax, pass 2 (Dukhan & Ablavatski 2020); AVX-512F, 192 elements
// (12 vectors of 16) per iteration.
//
// output[i] = exp(clamp(input[i])) * scale[0] * 2^scale[1], as the scalar template: with exp(x) = p * 2^n
// this is (p * scale[0]) * 2^d, d = n + scale[1] clamped to at most 127 and exactly 0 for d <= -127, so
// entries far below the row's top (-inf included, once clamped) give exactly 0. vscalefps applies 2^d
// (exact while the result is normal); a k-mask zeroes d <= -127, keeping NaN lanes. The clamp of the
// input keeps NaN (x is vmaxps' / vminps' second operand), and NaN propagates. Exp: rr2-p5 with FMA
// (src/smax/avx512f-exp.h). The tail is one k-masked vector: reads exactly [input, input + batch) and
// writes exactly [output, output + batch); output may equal input.
// With params->streaming (struct smax_store_params), whole vectors are written with non-temporal
// stores once output is 64-byte aligned (a masked vector first gets it there), then an sfence: for rows
// beyond the cache, which the output would only evict, this saves reading each output line before
// writing it (bench case op/smax:two_pass/1x16777216/threads:1).
#include <assert.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <immintrin.h>

#include "f32-vscaleextexp/f32-vscaleextexp.h"
#include "smax/avx512f-exp.h"
#include "f32-vscaleextexp/avx512f-rr2-p5.h"

smax_f32_vscaleextexp_ukernel_fn smax_f32_vscaleextexp_ukernel__avx512f_rr2_p5_x192;

void smax_f32_vscaleextexp_ukernel__avx512f_rr2_p5_x192(size_t batch, const float* input, float* output, const float* scale, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(output != NULL);
  assert(scale != NULL);

  const __m512 vscalev = _mm512_set1_ps(scale[0]);
  const __m512 vscalee = _mm512_set1_ps(scale[1]);
  const __m512 vmax_d = _mm512_set1_ps(127.0f);
  const __m512 vmin_d = _mm512_set1_ps(-127.0f);
  const __m512 vminus_limit = _mm512_set1_ps(-SMAX_EXTEXP_INPUT_LIMIT);
  const __m512 vlimit = _mm512_set1_ps(SMAX_EXTEXP_INPUT_LIMIT);
  const __m512 vlog2e = _mm512_set1_ps(SMAX_EXP_LOG2E);
  const __m512 vmagic_bias = _mm512_set1_ps(SMAX_EXP_MAGIC_BIAS);
  const __m512 vminus_ln2_hi = _mm512_set1_ps(SMAX_EXP_FMA_MINUS_LN2_HI);
  const __m512 vminus_ln2_lo = _mm512_set1_ps(SMAX_EXP_FMA_MINUS_LN2_LO);
  const __m512 vc5 = _mm512_set1_ps(SMAX_EXP_C5);
  const __m512 vc4 = _mm512_set1_ps(SMAX_EXP_C4);
  const __m512 vc3 = _mm512_set1_ps(SMAX_EXP_C3);
  const __m512 vc2 = _mm512_set1_ps(SMAX_EXP_C2);
  const __m512 vc1 = _mm512_set1_ps(SMAX_EXP_C1);
  const __m512 vone = _mm512_set1_ps(1.0f);

  const bool streaming = params != NULL && ((const struct smax_store_params*) params)->streaming;
  if (streaming) {
    const size_t head = smax_avx512f_floats_to_alignment(output);
    if (head != 0 && head * sizeof(float) < batch) {
      smax_vscaleextexp_masked(head, input, output, vscalev, vscalee);
      input += head;
      output += head;
      batch -= head * sizeof(float);
    }
  }
  if (streaming && ((uintptr_t) output & 63) == 0) {
  for (; batch >= 192 * sizeof(float); batch -= 192 * sizeof(float)) {
    const __m512 vx0 = _mm512_min_ps(vlimit, _mm512_max_ps(vminus_limit, _mm512_loadu_ps(input + 0)));
    const __m512 vx1 = _mm512_min_ps(vlimit, _mm512_max_ps(vminus_limit, _mm512_loadu_ps(input + 16)));
    const __m512 vx2 = _mm512_min_ps(vlimit, _mm512_max_ps(vminus_limit, _mm512_loadu_ps(input + 32)));
    // n = round(x * log2e), t = x - n * ln2, p = 1 + t * P(t).
    const __m512 vn0 = _mm512_sub_ps(_mm512_fmadd_ps(vx0, vlog2e, vmagic_bias), vmagic_bias);
    const __m512 vn1 = _mm512_sub_ps(_mm512_fmadd_ps(vx1, vlog2e, vmagic_bias), vmagic_bias);
    const __m512 vn2 = _mm512_sub_ps(_mm512_fmadd_ps(vx2, vlog2e, vmagic_bias), vmagic_bias);
    __m512 vt0 = _mm512_fmadd_ps(vn0, vminus_ln2_hi, vx0);
    __m512 vt1 = _mm512_fmadd_ps(vn1, vminus_ln2_hi, vx1);
    __m512 vt2 = _mm512_fmadd_ps(vn2, vminus_ln2_hi, vx2);
    vt0 = _mm512_fmadd_ps(vn0, vminus_ln2_lo, vt0);
    vt1 = _mm512_fmadd_ps(vn1, vminus_ln2_lo, vt1);
    vt2 = _mm512_fmadd_ps(vn2, vminus_ln2_lo, vt2);
    __m512 vp0 = _mm512_fmadd_ps(vc5, vt0, vc4);
    __m512 vp1 = _mm512_fmadd_ps(vc5, vt1, vc4);
    __m512 vp2 = _mm512_fmadd_ps(vc5, vt2, vc4);
    vp0 = _mm512_fmadd_ps(vp0, vt0, vc3);
    vp1 = _mm512_fmadd_ps(vp1, vt1, vc3);
    vp2 = _mm512_fmadd_ps(vp2, vt2, vc3);
    vp0 = _mm512_fmadd_ps(vp0, vt0, vc2);
    vp1 = _mm512_fmadd_ps(vp1, vt1, vc2);
    vp2 = _mm512_fmadd_ps(vp2, vt2, vc2);
    vp0 = _mm512_fmadd_ps(vp0, vt0, vc1);
    vp1 = _mm512_fmadd_ps(vp1, vt1, vc1);
    vp2 = _mm512_fmadd_ps(vp2, vt2, vc1);
    vp0 = _mm512_fmadd_ps(vp0, vt0, vone);
    vp1 = _mm512_fmadd_ps(vp1, vt1, vone);
    vp2 = _mm512_fmadd_ps(vp2, vt2, vone);
    // d = min(n + scale[1], 127); y = (p * scale[0]) * 2^d, or 0 where d <= -127.
    const __m512 vd0 = _mm512_min_ps(_mm512_add_ps(vn0, vscalee), vmax_d);
    const __m512 vd1 = _mm512_min_ps(_mm512_add_ps(vn1, vscalee), vmax_d);
    const __m512 vd2 = _mm512_min_ps(_mm512_add_ps(vn2, vscalee), vmax_d);
    const __m512 vy0 = _mm512_maskz_scalef_ps(_mm512_cmp_ps_mask(vd0, vmin_d, _CMP_NLE_UQ), _mm512_mul_ps(vp0, vscalev), vd0);
    const __m512 vy1 = _mm512_maskz_scalef_ps(_mm512_cmp_ps_mask(vd1, vmin_d, _CMP_NLE_UQ), _mm512_mul_ps(vp1, vscalev), vd1);
    const __m512 vy2 = _mm512_maskz_scalef_ps(_mm512_cmp_ps_mask(vd2, vmin_d, _CMP_NLE_UQ), _mm512_mul_ps(vp2, vscalev), vd2);
    _mm512_stream_ps(output + 0, vy0);
    _mm512_stream_ps(output + 16, vy1);
    _mm512_stream_ps(output + 32, vy2);
    const __m512 vx3 = _mm512_min_ps(vlimit, _mm512_max_ps(vminus_limit, _mm512_loadu_ps(input + 48)));
    const __m512 vx4 = _mm512_min_ps(vlimit, _mm512_max_ps(vminus_limit, _mm512_loadu_ps(input + 64)));
    const __m512 vx5 = _mm512_min_ps(vlimit, _mm512_max_ps(vminus_limit, _mm512_loadu_ps(input + 80)));
    // n = round(x * log2e), t = x - n * ln2, p = 1 + t * P(t).
    const __m512 vn3 = _mm512_sub_ps(_mm512_fmadd_ps(vx3, vlog2e, vmagic_bias), vmagic_bias);
    const __m512 vn4 = _mm512_sub_ps(_mm512_fmadd_ps(vx4, vlog2e, vmagic_bias), vmagic_bias);
    const __m512 vn5 = _mm512_sub_ps(_mm512_fmadd_ps(vx5, vlog2e, vmagic_bias), vmagic_bias);
    __m512 vt3 = _mm512_fmadd_ps(vn3, vminus_ln2_hi, vx3);
    __m512 vt4 = _mm512_fmadd_ps(vn4, vminus_ln2_hi, vx4);
    __m512 vt5 = _mm512_fmadd_ps(vn5, vminus_ln2_hi, vx5);
    vt3 = _mm512_fmadd_ps(vn3, vminus_ln2_lo, vt3);
    vt4 = _mm512_fmadd_ps(vn4, vminus_ln2_lo, vt4);
    vt5 = _mm512_fmadd_ps(vn5, vminus_ln2_lo, vt5);
    __m512 vp3 = _mm512_fmadd_ps(vc5, vt3, vc4);
    __m512 vp4 = _mm512_fmadd_ps(vc5, vt4, vc4);
    __m512 vp5 = _mm512_fmadd_ps(vc5, vt5, vc4);
    vp3 = _mm512_fmadd_ps(vp3, vt3, vc3);
    vp4 = _mm512_fmadd_ps(vp4, vt4, vc3);
    vp5 = _mm512_fmadd_ps(vp5, vt5, vc3);
    vp3 = _mm512_fmadd_ps(vp3, vt3, vc2);
    vp4 = _mm512_fmadd_ps(vp4, vt4, vc2);
    vp5 = _mm512_fmadd_ps(vp5, vt5, vc2);
    vp3 = _mm512_fmadd_ps(vp3, vt3, vc1);
    vp4 = _mm512_fmadd_ps(vp4, vt4, vc1);
    vp5 = _mm512_fmadd_ps(vp5, vt5, vc1);
    vp3 = _mm512_fmadd_ps(vp3, vt3, vone);
    vp4 = _mm512_fmadd_ps(vp4, vt4, vone);
    vp5 = _mm512_fmadd_ps(vp5, vt5, vone);
    // d = min(n + scale[1], 127); y = (p * scale[0]) * 2^d, or 0 where d <= -127.
    const __m512 vd3 = _mm512_min_ps(_mm512_add_ps(vn3, vscalee), vmax_d);
    const __m512 vd4 = _mm512_min_ps(_mm512_add_ps(vn4, vscalee), vmax_d);
    const __m512 vd5 = _mm512_min_ps(_mm512_add_ps(vn5, vscalee), vmax_d);
    const __m512 vy3 = _mm512_maskz_scalef_ps(_mm512_cmp_ps_mask(vd3, vmin_d, _CMP_NLE_UQ), _mm512_mul_ps(vp3, vscalev), vd3);
    const __m512 vy4 = _mm512_maskz_scalef_ps(_mm512_cmp_ps_mask(vd4, vmin_d, _CMP_NLE_UQ), _mm512_mul_ps(vp4, vscalev), vd4);
    const __m512 vy5 = _mm512_maskz_scalef_ps(_mm512_cmp_ps_mask(vd5, vmin_d, _CMP_NLE_UQ), _mm512_mul_ps(vp5, vscalev), vd5);
    _mm512_stream_ps(output + 48, vy3);
    _mm512_stream_ps(output + 64, vy4);
    _mm512_stream_ps(output + 80, vy5);
    const __m512 vx6 = _mm512_min_ps(vlimit, _mm512_max_ps(vminus_limit, _mm512_loadu_ps(input + 96)));
    const __m512 vx7 = _mm512_min_ps(vlimit, _mm512_max_ps(vminus_limit, _mm512_loadu_ps(input + 112)));
    const __m512 vx8 = _mm512_min_ps(vlimit, _mm512_max_ps(vminus_limit, _mm512_loadu_ps(input + 128)));
    // n = round(x * log2e), t = x - n * ln2, p = 1 + t * P(t).
    const __m512 vn6 = _mm512_sub_ps(_mm512_fmadd_ps(vx6, vlog2e, vmagic_bias), vmagic_bias);
    const __m512 vn7 = _mm512_sub_ps(_mm512_fmadd_ps(vx7, vlog2e, vmagic_bias), vmagic_bias);
    const __m512 vn8 = _mm512_sub_ps(_mm512_fmadd_ps(vx8, vlog2e, vmagic_bias), vmagic_bias);
    __m512 vt6 = _mm512_fmadd_ps(vn6, vminus_ln2_hi, vx6);
    __m512 vt7 = _mm512_fmadd_ps(vn7, vminus_ln2_hi, vx7);
    __m512 vt8 = _mm512_fmadd_ps(vn8, vminus_ln2_hi, vx8);
    vt6 = _mm512_fmadd_ps(vn6, vminus_ln2_lo, vt6);
    vt7 = _mm512_fmadd_ps(vn7, vminus_ln2_lo, vt7);
    vt8 = _mm512_fmadd_ps(vn8, vminus_ln2_lo, vt8);
    __m512 vp6 = _mm512_fmadd_ps(vc5, vt6, vc4);
    __m512 vp7 = _mm512_fmadd_ps(vc5, vt7, vc4);
    __m512 vp8 = _mm512_fmadd_ps(vc5, vt8, vc4);
    vp6 = _mm512_fmadd_ps(vp6, vt6, vc3);
    vp7 = _mm512_fmadd_ps(vp7, vt7, vc3);
    vp8 = _mm512_fmadd_ps(vp8, vt8, vc3);
    vp6 = _mm512_fmadd_ps(vp6, vt6, vc2);
    vp7 = _mm512_fmadd_ps(vp7, vt7, vc2);
    vp8 = _mm512_fmadd_ps(vp8, vt8, vc2);
    vp6 = _mm512_fmadd_ps(vp6, vt6, vc1);
    vp7 = _mm512_fmadd_ps(vp7, vt7, vc1);
    vp8 = _mm512_fmadd_ps(vp8, vt8, vc1);
    vp6 = _mm512_fmadd_ps(vp6, vt6, vone);
    vp7 = _mm512_fmadd_ps(vp7, vt7, vone);
    vp8 = _mm512_fmadd_ps(vp8, vt8, vone);
    // d = min(n + scale[1], 127); y = (p * scale[0]) * 2^d, or 0 where d <= -127.
    const __m512 vd6 = _mm512_min_ps(_mm512_add_ps(vn6, vscalee), vmax_d);
    const __m512 vd7 = _mm512_min_ps(_mm512_add_ps(vn7, vscalee), vmax_d);
    const __m512 vd8 = _mm512_min_ps(_mm512_add_ps(vn8, vscalee), vmax_d);
    const __m512 vy6 = _mm512_maskz_scalef_ps(_mm512_cmp_ps_mask(vd6, vmin_d, _CMP_NLE_UQ), _mm512_mul_ps(vp6, vscalev), vd6);
    const __m512 vy7 = _mm512_maskz_scalef_ps(_mm512_cmp_ps_mask(vd7, vmin_d, _CMP_NLE_UQ), _mm512_mul_ps(vp7, vscalev), vd7);
    const __m512 vy8 = _mm512_maskz_scalef_ps(_mm512_cmp_ps_mask(vd8, vmin_d, _CMP_NLE_UQ), _mm512_mul_ps(vp8, vscalev), vd8);
    _mm512_stream_ps(output + 96, vy6);
    _mm512_stream_ps(output + 112, vy7);
    _mm512_stream_ps(output + 128, vy8);
    const __m512 vx9 = _mm512_min_ps(vlimit, _mm512_max_ps(vminus_limit, _mm512_loadu_ps(input + 144)));
    const __m512 vx10 = _mm512_min_ps(vlimit, _mm512_max_ps(vminus_limit, _mm512_loadu_ps(input + 160)));
    const __m512 vx11 = _mm512_min_ps(vlimit, _mm512_max_ps(vminus_limit, _mm512_loadu_ps(input + 176)));
    // n = round(x * log2e), t = x - n * ln2, p = 1 + t * P(t).
    const __m512 vn9 = _mm512_sub_ps(_mm512_fmadd_ps(vx9, vlog2e, vmagic_bias), vmagic_bias);
    const __m512 vn10 = _mm512_sub_ps(_mm512_fmadd_ps(vx10, vlog2e, vmagic_bias), vmagic_bias);
    const __m512 vn11 = _mm512_sub_ps(_mm512_fmadd_ps(vx11, vlog2e, vmagic_bias), vmagic_bias);
    __m512 vt9 = _mm512_fmadd_ps(vn9, vminus_ln2_hi, vx9);
    __m512 vt10 = _mm512_fmadd_ps(vn10, vminus_ln2_hi, vx10);
    __m512 vt11 = _mm512_fmadd_ps(vn11, vminus_ln2_hi, vx11);
    vt9 = _mm512_fmadd_ps(vn9, vminus_ln2_lo, vt9);
    vt10 = _mm512_fmadd_ps(vn10, vminus_ln2_lo, vt10);
    vt11 = _mm512_fmadd_ps(vn11, vminus_ln2_lo, vt11);
    __m512 vp9 = _mm512_fmadd_ps(vc5, vt9, vc4);
    __m512 vp10 = _mm512_fmadd_ps(vc5, vt10, vc4);
    __m512 vp11 = _mm512_fmadd_ps(vc5, vt11, vc4);
    vp9 = _mm512_fmadd_ps(vp9, vt9, vc3);
    vp10 = _mm512_fmadd_ps(vp10, vt10, vc3);
    vp11 = _mm512_fmadd_ps(vp11, vt11, vc3);
    vp9 = _mm512_fmadd_ps(vp9, vt9, vc2);
    vp10 = _mm512_fmadd_ps(vp10, vt10, vc2);
    vp11 = _mm512_fmadd_ps(vp11, vt11, vc2);
    vp9 = _mm512_fmadd_ps(vp9, vt9, vc1);
    vp10 = _mm512_fmadd_ps(vp10, vt10, vc1);
    vp11 = _mm512_fmadd_ps(vp11, vt11, vc1);
    vp9 = _mm512_fmadd_ps(vp9, vt9, vone);
    vp10 = _mm512_fmadd_ps(vp10, vt10, vone);
    vp11 = _mm512_fmadd_ps(vp11, vt11, vone);
    // d = min(n + scale[1], 127); y = (p * scale[0]) * 2^d, or 0 where d <= -127.
    const __m512 vd9 = _mm512_min_ps(_mm512_add_ps(vn9, vscalee), vmax_d);
    const __m512 vd10 = _mm512_min_ps(_mm512_add_ps(vn10, vscalee), vmax_d);
    const __m512 vd11 = _mm512_min_ps(_mm512_add_ps(vn11, vscalee), vmax_d);
    const __m512 vy9 = _mm512_maskz_scalef_ps(_mm512_cmp_ps_mask(vd9, vmin_d, _CMP_NLE_UQ), _mm512_mul_ps(vp9, vscalev), vd9);
    const __m512 vy10 = _mm512_maskz_scalef_ps(_mm512_cmp_ps_mask(vd10, vmin_d, _CMP_NLE_UQ), _mm512_mul_ps(vp10, vscalev), vd10);
    const __m512 vy11 = _mm512_maskz_scalef_ps(_mm512_cmp_ps_mask(vd11, vmin_d, _CMP_NLE_UQ), _mm512_mul_ps(vp11, vscalev), vd11);
    _mm512_stream_ps(output + 144, vy9);
    _mm512_stream_ps(output + 160, vy10);
    _mm512_stream_ps(output + 176, vy11);
    input += 192;
    output += 192;
  }
  for (; batch >= 16 * sizeof(float); batch -= 16 * sizeof(float)) {
    __m512 vn;
    const __m512 vp = smax_avx512f_extexp(smax_avx512f_extexp_clamp(_mm512_loadu_ps(input)), &vn);
    input += 16;
    const __m512 vd = _mm512_min_ps(_mm512_add_ps(vn, vscalee), vmax_d);
    _mm512_stream_ps(output, _mm512_maskz_scalef_ps(_mm512_cmp_ps_mask(vd, vmin_d, _CMP_NLE_UQ), _mm512_mul_ps(vp, vscalev), vd));
    output += 16;
  }
  }
  {
  for (; batch >= 192 * sizeof(float); batch -= 192 * sizeof(float)) {
    const __m512 vx0 = _mm512_min_ps(vlimit, _mm512_max_ps(vminus_limit, _mm512_loadu_ps(input + 0)));
    const __m512 vx1 = _mm512_min_ps(vlimit, _mm512_max_ps(vminus_limit, _mm512_loadu_ps(input + 16)));
    const __m512 vx2 = _mm512_min_ps(vlimit, _mm512_max_ps(vminus_limit, _mm512_loadu_ps(input + 32)));
    // n = round(x * log2e), t = x - n * ln2, p = 1 + t * P(t).
    const __m512 vn0 = _mm512_sub_ps(_mm512_fmadd_ps(vx0, vlog2e, vmagic_bias), vmagic_bias);
    const __m512 vn1 = _mm512_sub_ps(_mm512_fmadd_ps(vx1, vlog2e, vmagic_bias), vmagic_bias);
    const __m512 vn2 = _mm512_sub_ps(_mm512_fmadd_ps(vx2, vlog2e, vmagic_bias), vmagic_bias);
    __m512 vt0 = _mm512_fmadd_ps(vn0, vminus_ln2_hi, vx0);
    __m512 vt1 = _mm512_fmadd_ps(vn1, vminus_ln2_hi, vx1);
    __m512 vt2 = _mm512_fmadd_ps(vn2, vminus_ln2_hi, vx2);
    vt0 = _mm512_fmadd_ps(vn0, vminus_ln2_lo, vt0);
    vt1 = _mm512_fmadd_ps(vn1, vminus_ln2_lo, vt1);
    vt2 = _mm512_fmadd_ps(vn2, vminus_ln2_lo, vt2);
    __m512 vp0 = _mm512_fmadd_ps(vc5, vt0, vc4);
    __m512 vp1 = _mm512_fmadd_ps(vc5, vt1, vc4);
    __m512 vp2 = _mm512_fmadd_ps(vc5, vt2, vc4);
    vp0 = _mm512_fmadd_ps(vp0, vt0, vc3);
    vp1 = _mm512_fmadd_ps(vp1, vt1, vc3);
    vp2 = _mm512_fmadd_ps(vp2, vt2, vc3);
    vp0 = _mm512_fmadd_ps(vp0, vt0, vc2);
    vp1 = _mm512_fmadd_ps(vp1, vt1, vc2);
    vp2 = _mm512_fmadd_ps(vp2, vt2, vc2);
    vp0 = _mm512_fmadd_ps(vp0, vt0, vc1);
    vp1 = _mm512_fmadd_ps(vp1, vt1, vc1);
    vp2 = _mm512_fmadd_ps(vp2, vt2, vc1);
    vp0 = _mm512_fmadd_ps(vp0, vt0, vone);
    vp1 = _mm512_fmadd_ps(vp1, vt1, vone);
    vp2 = _mm512_fmadd_ps(vp2, vt2, vone);
    // d = min(n + scale[1], 127); y = (p * scale[0]) * 2^d, or 0 where d <= -127.
    const __m512 vd0 = _mm512_min_ps(_mm512_add_ps(vn0, vscalee), vmax_d);
    const __m512 vd1 = _mm512_min_ps(_mm512_add_ps(vn1, vscalee), vmax_d);
    const __m512 vd2 = _mm512_min_ps(_mm512_add_ps(vn2, vscalee), vmax_d);
    const __m512 vy0 = _mm512_maskz_scalef_ps(_mm512_cmp_ps_mask(vd0, vmin_d, _CMP_NLE_UQ), _mm512_mul_ps(vp0, vscalev), vd0);
    const __m512 vy1 = _mm512_maskz_scalef_ps(_mm512_cmp_ps_mask(vd1, vmin_d, _CMP_NLE_UQ), _mm512_mul_ps(vp1, vscalev), vd1);
    const __m512 vy2 = _mm512_maskz_scalef_ps(_mm512_cmp_ps_mask(vd2, vmin_d, _CMP_NLE_UQ), _mm512_mul_ps(vp2, vscalev), vd2);
    _mm512_storeu_ps(output + 0, vy0);
    _mm512_storeu_ps(output + 16, vy1);
    _mm512_storeu_ps(output + 32, vy2);
    const __m512 vx3 = _mm512_min_ps(vlimit, _mm512_max_ps(vminus_limit, _mm512_loadu_ps(input + 48)));
    const __m512 vx4 = _mm512_min_ps(vlimit, _mm512_max_ps(vminus_limit, _mm512_loadu_ps(input + 64)));
    const __m512 vx5 = _mm512_min_ps(vlimit, _mm512_max_ps(vminus_limit, _mm512_loadu_ps(input + 80)));
    // n = round(x * log2e), t = x - n * ln2, p = 1 + t * P(t).
    const __m512 vn3 = _mm512_sub_ps(_mm512_fmadd_ps(vx3, vlog2e, vmagic_bias), vmagic_bias);
    const __m512 vn4 = _mm512_sub_ps(_mm512_fmadd_ps(vx4, vlog2e, vmagic_bias), vmagic_bias);
    const __m512 vn5 = _mm512_sub_ps(_mm512_fmadd_ps(vx5, vlog2e, vmagic_bias), vmagic_bias);
    __m512 vt3 = _mm512_fmadd_ps(vn3, vminus_ln2_hi, vx3);
    __m512 vt4 = _mm512_fmadd_ps(vn4, vminus_ln2_hi, vx4);
    __m512 vt5 = _mm512_fmadd_ps(vn5, vminus_ln2_hi, vx5);
    vt3 = _mm512_fmadd_ps(vn3, vminus_ln2_lo, vt3);
    vt4 = _mm512_fmadd_ps(vn4, vminus_ln2_lo, vt4);
    vt5 = _mm512_fmadd_ps(vn5, vminus_ln2_lo, vt5);
    __m512 vp3 = _mm512_fmadd_ps(vc5, vt3, vc4);
    __m512 vp4 = _mm512_fmadd_ps(vc5, vt4, vc4);
    __m512 vp5 = _mm512_fmadd_ps(vc5, vt5, vc4);
    vp3 = _mm512_fmadd_ps(vp3, vt3, vc3);
    vp4 = _mm512_fmadd_ps(vp4, vt4, vc3);
    vp5 = _mm512_fmadd_ps(vp5, vt5, vc3);
    vp3 = _mm512_fmadd_ps(vp3, vt3, vc2);
    vp4 = _mm512_fmadd_ps(vp4, vt4, vc2);
    vp5 = _mm512_fmadd_ps(vp5, vt5, vc2);
    vp3 = _mm512_fmadd_ps(vp3, vt3, vc1);
    vp4 = _mm512_fmadd_ps(vp4, vt4, vc1);
    vp5 = _mm512_fmadd_ps(vp5, vt5, vc1);
    vp3 = _mm512_fmadd_ps(vp3, vt3, vone);
    vp4 = _mm512_fmadd_ps(vp4, vt4, vone);
    vp5 = _mm512_fmadd_ps(vp5, vt5, vone);
    // d = min(n + scale[1], 127); y = (p * scale[0]) * 2^d, or 0 where d <= -127.
    const __m512 vd3 = _mm512_min_ps(_mm512_add_ps(vn3, vscalee), vmax_d);
    const __m512 vd4 = _mm512_min_ps(_mm512_add_ps(vn4, vscalee), vmax_d);
    const __m512 vd5 = _mm512_min_ps(_mm512_add_ps(vn5, vscalee), vmax_d);
    const __m512 vy3 = _mm512_maskz_scalef_ps(_mm512_cmp_ps_mask(vd3, vmin_d, _CMP_NLE_UQ), _mm512_mul_ps(vp3, vscalev), vd3);
    const __m512 vy4 = _mm512_maskz_scalef_ps(_mm512_cmp_ps_mask(vd4, vmin_d, _CMP_NLE_UQ), _mm512_mul_ps(vp4, vscalev), vd4);
    const __m512 vy5 = _mm512_maskz_scalef_ps(_mm512_cmp_ps_mask(vd5, vmin_d, _CMP_NLE_UQ), _mm512_mul_ps(vp5, vscalev), vd5);
    _mm512_storeu_ps(output + 48, vy3);
    _mm512_storeu_ps(output + 64, vy4);
    _mm512_storeu_ps(output + 80, vy5);
    const __m512 vx6 = _mm512_min_ps(vlimit, _mm512_max_ps(vminus_limit, _mm512_loadu_ps(input + 96)));
    const __m512 vx7 = _mm512_min_ps(vlimit, _mm512_max_ps(vminus_limit, _mm512_loadu_ps(input + 112)));
    const __m512 vx8 = _mm512_min_ps(vlimit, _mm512_max_ps(vminus_limit, _mm512_loadu_ps(input + 128)));
    // n = round(x * log2e), t = x - n * ln2, p = 1 + t * P(t).
    const __m512 vn6 = _mm512_sub_ps(_mm512_fmadd_ps(vx6, vlog2e, vmagic_bias), vmagic_bias);
    const __m512 vn7 = _mm512_sub_ps(_mm512_fmadd_ps(vx7, vlog2e, vmagic_bias), vmagic_bias);
    const __m512 vn8 = _mm512_sub_ps(_mm512_fmadd_ps(vx8, vlog2e, vmagic_bias), vmagic_bias);
    __m512 vt6 = _mm512_fmadd_ps(vn6, vminus_ln2_hi, vx6);
    __m512 vt7 = _mm512_fmadd_ps(vn7, vminus_ln2_hi, vx7);
    __m512 vt8 = _mm512_fmadd_ps(vn8, vminus_ln2_hi, vx8);
    vt6 = _mm512_fmadd_ps(vn6, vminus_ln2_lo, vt6);
    vt7 = _mm512_fmadd_ps(vn7, vminus_ln2_lo, vt7);
    vt8 = _mm512_fmadd_ps(vn8, vminus_ln2_lo, vt8);
    __m512 vp6 = _mm512_fmadd_ps(vc5, vt6, vc4);
    __m512 vp7 = _mm512_fmadd_ps(vc5, vt7, vc4);
    __m512 vp8 = _mm512_fmadd_ps(vc5, vt8, vc4);
    vp6 = _mm512_fmadd_ps(vp6, vt6, vc3);
    vp7 = _mm512_fmadd_ps(vp7, vt7, vc3);
    vp8 = _mm512_fmadd_ps(vp8, vt8, vc3);
    vp6 = _mm512_fmadd_ps(vp6, vt6, vc2);
    vp7 = _mm512_fmadd_ps(vp7, vt7, vc2);
    vp8 = _mm512_fmadd_ps(vp8, vt8, vc2);
    vp6 = _mm512_fmadd_ps(vp6, vt6, vc1);
    vp7 = _mm512_fmadd_ps(vp7, vt7, vc1);
    vp8 = _mm512_fmadd_ps(vp8, vt8, vc1);
    vp6 = _mm512_fmadd_ps(vp6, vt6, vone);
    vp7 = _mm512_fmadd_ps(vp7, vt7, vone);
    vp8 = _mm512_fmadd_ps(vp8, vt8, vone);
    // d = min(n + scale[1], 127); y = (p * scale[0]) * 2^d, or 0 where d <= -127.
    const __m512 vd6 = _mm512_min_ps(_mm512_add_ps(vn6, vscalee), vmax_d);
    const __m512 vd7 = _mm512_min_ps(_mm512_add_ps(vn7, vscalee), vmax_d);
    const __m512 vd8 = _mm512_min_ps(_mm512_add_ps(vn8, vscalee), vmax_d);
    const __m512 vy6 = _mm512_maskz_scalef_ps(_mm512_cmp_ps_mask(vd6, vmin_d, _CMP_NLE_UQ), _mm512_mul_ps(vp6, vscalev), vd6);
    const __m512 vy7 = _mm512_maskz_scalef_ps(_mm512_cmp_ps_mask(vd7, vmin_d, _CMP_NLE_UQ), _mm512_mul_ps(vp7, vscalev), vd7);
    const __m512 vy8 = _mm512_maskz_scalef_ps(_mm512_cmp_ps_mask(vd8, vmin_d, _CMP_NLE_UQ), _mm512_mul_ps(vp8, vscalev), vd8);
    _mm512_storeu_ps(output + 96, vy6);
    _mm512_storeu_ps(output + 112, vy7);
    _mm512_storeu_ps(output + 128, vy8);
    const __m512 vx9 = _mm512_min_ps(vlimit, _mm512_max_ps(vminus_limit, _mm512_loadu_ps(input + 144)));
    const __m512 vx10 = _mm512_min_ps(vlimit, _mm512_max_ps(vminus_limit, _mm512_loadu_ps(input + 160)));
    const __m512 vx11 = _mm512_min_ps(vlimit, _mm512_max_ps(vminus_limit, _mm512_loadu_ps(input + 176)));
    // n = round(x * log2e), t = x - n * ln2, p = 1 + t * P(t).
    const __m512 vn9 = _mm512_sub_ps(_mm512_fmadd_ps(vx9, vlog2e, vmagic_bias), vmagic_bias);
    const __m512 vn10 = _mm512_sub_ps(_mm512_fmadd_ps(vx10, vlog2e, vmagic_bias), vmagic_bias);
    const __m512 vn11 = _mm512_sub_ps(_mm512_fmadd_ps(vx11, vlog2e, vmagic_bias), vmagic_bias);
    __m512 vt9 = _mm512_fmadd_ps(vn9, vminus_ln2_hi, vx9);
    __m512 vt10 = _mm512_fmadd_ps(vn10, vminus_ln2_hi, vx10);
    __m512 vt11 = _mm512_fmadd_ps(vn11, vminus_ln2_hi, vx11);
    vt9 = _mm512_fmadd_ps(vn9, vminus_ln2_lo, vt9);
    vt10 = _mm512_fmadd_ps(vn10, vminus_ln2_lo, vt10);
    vt11 = _mm512_fmadd_ps(vn11, vminus_ln2_lo, vt11);
    __m512 vp9 = _mm512_fmadd_ps(vc5, vt9, vc4);
    __m512 vp10 = _mm512_fmadd_ps(vc5, vt10, vc4);
    __m512 vp11 = _mm512_fmadd_ps(vc5, vt11, vc4);
    vp9 = _mm512_fmadd_ps(vp9, vt9, vc3);
    vp10 = _mm512_fmadd_ps(vp10, vt10, vc3);
    vp11 = _mm512_fmadd_ps(vp11, vt11, vc3);
    vp9 = _mm512_fmadd_ps(vp9, vt9, vc2);
    vp10 = _mm512_fmadd_ps(vp10, vt10, vc2);
    vp11 = _mm512_fmadd_ps(vp11, vt11, vc2);
    vp9 = _mm512_fmadd_ps(vp9, vt9, vc1);
    vp10 = _mm512_fmadd_ps(vp10, vt10, vc1);
    vp11 = _mm512_fmadd_ps(vp11, vt11, vc1);
    vp9 = _mm512_fmadd_ps(vp9, vt9, vone);
    vp10 = _mm512_fmadd_ps(vp10, vt10, vone);
    vp11 = _mm512_fmadd_ps(vp11, vt11, vone);
    // d = min(n + scale[1], 127); y = (p * scale[0]) * 2^d, or 0 where d <= -127.
    const __m512 vd9 = _mm512_min_ps(_mm512_add_ps(vn9, vscalee), vmax_d);
    const __m512 vd10 = _mm512_min_ps(_mm512_add_ps(vn10, vscalee), vmax_d);
    const __m512 vd11 = _mm512_min_ps(_mm512_add_ps(vn11, vscalee), vmax_d);
    const __m512 vy9 = _mm512_maskz_scalef_ps(_mm512_cmp_ps_mask(vd9, vmin_d, _CMP_NLE_UQ), _mm512_mul_ps(vp9, vscalev), vd9);
    const __m512 vy10 = _mm512_maskz_scalef_ps(_mm512_cmp_ps_mask(vd10, vmin_d, _CMP_NLE_UQ), _mm512_mul_ps(vp10, vscalev), vd10);
    const __m512 vy11 = _mm512_maskz_scalef_ps(_mm512_cmp_ps_mask(vd11, vmin_d, _CMP_NLE_UQ), _mm512_mul_ps(vp11, vscalev), vd11);
    _mm512_storeu_ps(output + 144, vy9);
    _mm512_storeu_ps(output + 160, vy10);
    _mm512_storeu_ps(output + 176, vy11);
    input += 192;
    output += 192;
  }
  for (; batch >= 16 * sizeof(float); batch -= 16 * sizeof(float)) {
    __m512 vn;
    const __m512 vp = smax_avx512f_extexp(smax_avx512f_extexp_clamp(_mm512_loadu_ps(input)), &vn);
    input += 16;
    const __m512 vd = _mm512_min_ps(_mm512_add_ps(vn, vscalee), vmax_d);
    _mm512_storeu_ps(output, _mm512_maskz_scalef_ps(_mm512_cmp_ps_mask(vd, vmin_d, _CMP_NLE_UQ), _mm512_mul_ps(vp, vscalev), vd));
    output += 16;
  }
  }
  if (batch != 0) {
    smax_vscaleextexp_masked(batch / sizeof(float), input, output, vscalev, vscalee);
  }
  if (streaming) {
    _mm_sfence();  // non-temporal stores are weakly ordered: make them visible before returning
  }
}
