// Generated from src/f32-vscaleextexp/avx512f-rr2-p5.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_vscaleextexp_ukernel__avx512f_rr2_p5_x16: two-pass softmax, pass 2 (Dukhan & Ablavatski 2020); AVX-512F, 16 elements
// (1 vectors of 16) per iteration.
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

smax_f32_vscaleextexp_ukernel_fn smax_f32_vscaleextexp_ukernel__avx512f_rr2_p5_x16;

void smax_f32_vscaleextexp_ukernel__avx512f_rr2_p5_x16(size_t batch, const float* input, float* output, const float* scale, const void* params) {
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
  for (; batch >= 16 * sizeof(float); batch -= 16 * sizeof(float)) {
    const __m512 vx0 = _mm512_min_ps(vlimit, _mm512_max_ps(vminus_limit, _mm512_loadu_ps(input + 0)));
    // n = round(x * log2e), t = x - n * ln2, p = 1 + t * P(t).
    const __m512 vn0 = _mm512_sub_ps(_mm512_fmadd_ps(vx0, vlog2e, vmagic_bias), vmagic_bias);
    __m512 vt0 = _mm512_fmadd_ps(vn0, vminus_ln2_hi, vx0);
    vt0 = _mm512_fmadd_ps(vn0, vminus_ln2_lo, vt0);
    __m512 vp0 = _mm512_fmadd_ps(vc5, vt0, vc4);
    vp0 = _mm512_fmadd_ps(vp0, vt0, vc3);
    vp0 = _mm512_fmadd_ps(vp0, vt0, vc2);
    vp0 = _mm512_fmadd_ps(vp0, vt0, vc1);
    vp0 = _mm512_fmadd_ps(vp0, vt0, vone);
    // d = min(n + scale[1], 127); y = (p * scale[0]) * 2^d, or 0 where d <= -127.
    const __m512 vd0 = _mm512_min_ps(_mm512_add_ps(vn0, vscalee), vmax_d);
    const __m512 vy0 = _mm512_maskz_scalef_ps(_mm512_cmp_ps_mask(vd0, vmin_d, _CMP_NLE_UQ), _mm512_mul_ps(vp0, vscalev), vd0);
    _mm512_stream_ps(output + 0, vy0);
    input += 16;
    output += 16;
  }
  }
  {
  for (; batch >= 16 * sizeof(float); batch -= 16 * sizeof(float)) {
    const __m512 vx0 = _mm512_min_ps(vlimit, _mm512_max_ps(vminus_limit, _mm512_loadu_ps(input + 0)));
    // n = round(x * log2e), t = x - n * ln2, p = 1 + t * P(t).
    const __m512 vn0 = _mm512_sub_ps(_mm512_fmadd_ps(vx0, vlog2e, vmagic_bias), vmagic_bias);
    __m512 vt0 = _mm512_fmadd_ps(vn0, vminus_ln2_hi, vx0);
    vt0 = _mm512_fmadd_ps(vn0, vminus_ln2_lo, vt0);
    __m512 vp0 = _mm512_fmadd_ps(vc5, vt0, vc4);
    vp0 = _mm512_fmadd_ps(vp0, vt0, vc3);
    vp0 = _mm512_fmadd_ps(vp0, vt0, vc2);
    vp0 = _mm512_fmadd_ps(vp0, vt0, vc1);
    vp0 = _mm512_fmadd_ps(vp0, vt0, vone);
    // d = min(n + scale[1], 127); y = (p * scale[0]) * 2^d, or 0 where d <= -127.
    const __m512 vd0 = _mm512_min_ps(_mm512_add_ps(vn0, vscalee), vmax_d);
    const __m512 vy0 = _mm512_maskz_scalef_ps(_mm512_cmp_ps_mask(vd0, vmin_d, _CMP_NLE_UQ), _mm512_mul_ps(vp0, vscalev), vd0);
    _mm512_storeu_ps(output + 0, vy0);
    input += 16;
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
