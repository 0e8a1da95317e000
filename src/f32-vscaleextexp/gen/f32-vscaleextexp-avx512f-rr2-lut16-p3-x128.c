// Generated from src/f32-vscaleextexp/avx512f-rr2-lut16-p3.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_vscaleextexp_ukernel__avx512f_rr2_lut16_p3_x128: two-pass softmax, pass 2 (Dukhan & Ablavatski 2020); AVX-512F, 128 elements
// (8 vectors of 16) per iteration.
//
// output[i] = exp(clamp(input[i])) * scale[0] * 2^scale[1] with the rr2-lut16-p3 exp core of
// src/smax/avx512f-exp.h, whose 2^(n/16) comes out of integer arithmetic: with E' = scale[1] (an
// integer), exp(x) * 2^E' = s * exp(t), s = 2^(n/16 + E'), whose bits are table[n & 15] + (n << 19) +
// (E' << 23) modulo 2^32. That equals the true bits while d = n/16 + E' is in [-126, 1] (s normal):
//  - d <= 1: scale[1] comes from pass 1, E' = -E with E >= round(x * log2e) for every clamped input,
//    and n/16 <= x * log2e + 1/32 (the family's contract in src/f32-vscaleextexp/f32-vscaleextexp.h);
//  - d < -126: a k-mask makes the output exactly 0 (its 2^d term is below 2^-126, as where rr2-p5's
//    vscalefps flushes); the compare is unordered, so NaN lanes are kept and NaN propagates.
// Then y = (s + s * p) * scale[0]. Per vector that is 9 FMA-pipe operations (1 for n, 2 for t, 3 for
// the polynomial, 1 to combine, the compare, the scale) against rr2-p5's 12 (1 + 2 + 5, the scale,
// the compare, a 2-cycle vscalefps); Zen 4 runs one 512-bit FMA-pipe operation per cycle.
// Error: the core's 0.99 ULP plus the rounding of the scale product. The clamp keeps NaN (x is vmaxps'
// / vminps' second operand). The tail is one k-masked vector: reads exactly [input, input + batch) and
// writes exactly [output, output + batch); output may equal input.
// With params->streaming (struct smax_store_params), whole vectors are written with non-temporal
// stores once output is 64-byte aligned (a masked vector first gets it there), then an sfence (see
// avx512f-rr2-p5.c.in).
#include <assert.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <immintrin.h>

#include "f32-vscaleextexp/f32-vscaleextexp.h"
#include "smax/avx512f-exp.h"
#include "f32-vscaleextexp/avx512f-rr2-lut16-p3.h"

smax_f32_vscaleextexp_ukernel_fn smax_f32_vscaleextexp_ukernel__avx512f_rr2_lut16_p3_x128;

void smax_f32_vscaleextexp_ukernel__avx512f_rr2_lut16_p3_x128(size_t batch, const float* input, float* output, const float* scale, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(output != NULL);
  assert(scale != NULL);

  const struct lut16_scale_constants c = {
      .vminus_limit = _mm512_set1_ps(-SMAX_EXTEXP_INPUT_LIMIT),
      .vlimit = _mm512_set1_ps(SMAX_EXTEXP_INPUT_LIMIT),
      .vlog2e = _mm512_set1_ps(SMAX_EXP_LOG2E),
      .vmagic_bias = _mm512_set1_ps(SMAX_LUT16_MAGIC_BIAS),
      .vminus_ln2_hi = _mm512_set1_ps(SMAX_EXP_FMA_MINUS_LN2_HI),
      .vminus_ln2_lo = _mm512_set1_ps(SMAX_EXP_FMA_MINUS_LN2_LO),
      .vc3 = _mm512_set1_ps(SMAX_LUT16_C3),
      .vc2 = _mm512_set1_ps(SMAX_LUT16_C2),
      .vscalev = _mm512_set1_ps(scale[0]),
      .vscalee = _mm512_set1_ps(scale[1]),
      .vmin_d = _mm512_set1_ps(-126.0f),
      .vtable = smax_lut16_table(),
      .vscalee_bits = _mm512_set1_epi32(exponent_bits(scale[1])),
  };

  const bool streaming = params != NULL && ((const struct smax_store_params*) params)->streaming;
  if (streaming) {
    const size_t head = smax_avx512f_floats_to_alignment(output);
    if (head != 0 && head * sizeof(float) < batch) {
      lut16_scaled_extexp_masked(head, input, output, &c);
      input += head;
      output += head;
      batch -= head * sizeof(float);
    }
  }
  if (streaming && ((uintptr_t) output & 63) == 0) {
  for (; batch >= 128 * sizeof(float); batch -= 128 * sizeof(float)) {
    const __m512 vx0 = _mm512_min_ps(c.vlimit, _mm512_max_ps(c.vminus_limit, _mm512_loadu_ps(input + 0)));
    const __m512 vx1 = _mm512_min_ps(c.vlimit, _mm512_max_ps(c.vminus_limit, _mm512_loadu_ps(input + 16)));
    const __m512 vx2 = _mm512_min_ps(c.vlimit, _mm512_max_ps(c.vminus_limit, _mm512_loadu_ps(input + 32)));
    // n = round(x * 16 * log2e), held as n/16 + bias.
    const __m512 vbiased0 = _mm512_fmadd_ps(vx0, c.vlog2e, c.vmagic_bias);
    const __m512 vbiased1 = _mm512_fmadd_ps(vx1, c.vlog2e, c.vmagic_bias);
    const __m512 vbiased2 = _mm512_fmadd_ps(vx2, c.vlog2e, c.vmagic_bias);
    const __m512 vn0 = _mm512_sub_ps(vbiased0, c.vmagic_bias);
    const __m512 vn1 = _mm512_sub_ps(vbiased1, c.vmagic_bias);
    const __m512 vn2 = _mm512_sub_ps(vbiased2, c.vmagic_bias);
    // s = 2^(n/16 + scale[1]): table entry (low 4 bits of n) plus n << 19 plus scale[1] << 23.
    const __m512 vs0 = _mm512_castsi512_ps(_mm512_add_epi32(_mm512_add_epi32(
        _mm512_permutexvar_epi32(_mm512_castps_si512(vbiased0), c.vtable),
        _mm512_slli_epi32(_mm512_castps_si512(vbiased0), 19)), c.vscalee_bits));
    const __m512 vs1 = _mm512_castsi512_ps(_mm512_add_epi32(_mm512_add_epi32(
        _mm512_permutexvar_epi32(_mm512_castps_si512(vbiased1), c.vtable),
        _mm512_slli_epi32(_mm512_castps_si512(vbiased1), 19)), c.vscalee_bits));
    const __m512 vs2 = _mm512_castsi512_ps(_mm512_add_epi32(_mm512_add_epi32(
        _mm512_permutexvar_epi32(_mm512_castps_si512(vbiased2), c.vtable),
        _mm512_slli_epi32(_mm512_castps_si512(vbiased2), 19)), c.vscalee_bits));
    // t = x - n * ln2/16 (two constants).
    __m512 vt0 = _mm512_fmadd_ps(vn0, c.vminus_ln2_hi, vx0);
    __m512 vt1 = _mm512_fmadd_ps(vn1, c.vminus_ln2_hi, vx1);
    __m512 vt2 = _mm512_fmadd_ps(vn2, c.vminus_ln2_hi, vx2);
    vt0 = _mm512_fmadd_ps(vn0, c.vminus_ln2_lo, vt0);
    vt1 = _mm512_fmadd_ps(vn1, c.vminus_ln2_lo, vt1);
    vt2 = _mm512_fmadd_ps(vn2, c.vminus_ln2_lo, vt2);
    // p = exp(t) - 1 = t + t^2 * (C2 + C3 * t).
    __m512 vp0 = _mm512_fmadd_ps(c.vc3, vt0, c.vc2);
    __m512 vp1 = _mm512_fmadd_ps(c.vc3, vt1, c.vc2);
    __m512 vp2 = _mm512_fmadd_ps(c.vc3, vt2, c.vc2);
    vp0 = _mm512_fmadd_ps(vp0, _mm512_mul_ps(vt0, vt0), vt0);
    vp1 = _mm512_fmadd_ps(vp1, _mm512_mul_ps(vt1, vt1), vt1);
    vp2 = _mm512_fmadd_ps(vp2, _mm512_mul_ps(vt2, vt2), vt2);
    // y = (s + s * p) * scale[0], or exactly 0 where n/16 + scale[1] < -126; NaN lanes are kept.
    const __mmask16 vkeep0 = _mm512_cmp_ps_mask(_mm512_add_ps(vn0, c.vscalee), c.vmin_d, _CMP_NLT_UQ);
    const __mmask16 vkeep1 = _mm512_cmp_ps_mask(_mm512_add_ps(vn1, c.vscalee), c.vmin_d, _CMP_NLT_UQ);
    const __mmask16 vkeep2 = _mm512_cmp_ps_mask(_mm512_add_ps(vn2, c.vscalee), c.vmin_d, _CMP_NLT_UQ);
    _mm512_stream_ps(output + 0, _mm512_mul_ps(_mm512_maskz_fmadd_ps(vkeep0, vp0, vs0, vs0), c.vscalev));
    _mm512_stream_ps(output + 16, _mm512_mul_ps(_mm512_maskz_fmadd_ps(vkeep1, vp1, vs1, vs1), c.vscalev));
    _mm512_stream_ps(output + 32, _mm512_mul_ps(_mm512_maskz_fmadd_ps(vkeep2, vp2, vs2, vs2), c.vscalev));
    const __m512 vx3 = _mm512_min_ps(c.vlimit, _mm512_max_ps(c.vminus_limit, _mm512_loadu_ps(input + 48)));
    const __m512 vx4 = _mm512_min_ps(c.vlimit, _mm512_max_ps(c.vminus_limit, _mm512_loadu_ps(input + 64)));
    const __m512 vx5 = _mm512_min_ps(c.vlimit, _mm512_max_ps(c.vminus_limit, _mm512_loadu_ps(input + 80)));
    // n = round(x * 16 * log2e), held as n/16 + bias.
    const __m512 vbiased3 = _mm512_fmadd_ps(vx3, c.vlog2e, c.vmagic_bias);
    const __m512 vbiased4 = _mm512_fmadd_ps(vx4, c.vlog2e, c.vmagic_bias);
    const __m512 vbiased5 = _mm512_fmadd_ps(vx5, c.vlog2e, c.vmagic_bias);
    const __m512 vn3 = _mm512_sub_ps(vbiased3, c.vmagic_bias);
    const __m512 vn4 = _mm512_sub_ps(vbiased4, c.vmagic_bias);
    const __m512 vn5 = _mm512_sub_ps(vbiased5, c.vmagic_bias);
    // s = 2^(n/16 + scale[1]): table entry (low 4 bits of n) plus n << 19 plus scale[1] << 23.
    const __m512 vs3 = _mm512_castsi512_ps(_mm512_add_epi32(_mm512_add_epi32(
        _mm512_permutexvar_epi32(_mm512_castps_si512(vbiased3), c.vtable),
        _mm512_slli_epi32(_mm512_castps_si512(vbiased3), 19)), c.vscalee_bits));
    const __m512 vs4 = _mm512_castsi512_ps(_mm512_add_epi32(_mm512_add_epi32(
        _mm512_permutexvar_epi32(_mm512_castps_si512(vbiased4), c.vtable),
        _mm512_slli_epi32(_mm512_castps_si512(vbiased4), 19)), c.vscalee_bits));
    const __m512 vs5 = _mm512_castsi512_ps(_mm512_add_epi32(_mm512_add_epi32(
        _mm512_permutexvar_epi32(_mm512_castps_si512(vbiased5), c.vtable),
        _mm512_slli_epi32(_mm512_castps_si512(vbiased5), 19)), c.vscalee_bits));
    // t = x - n * ln2/16 (two constants).
    __m512 vt3 = _mm512_fmadd_ps(vn3, c.vminus_ln2_hi, vx3);
    __m512 vt4 = _mm512_fmadd_ps(vn4, c.vminus_ln2_hi, vx4);
    __m512 vt5 = _mm512_fmadd_ps(vn5, c.vminus_ln2_hi, vx5);
    vt3 = _mm512_fmadd_ps(vn3, c.vminus_ln2_lo, vt3);
    vt4 = _mm512_fmadd_ps(vn4, c.vminus_ln2_lo, vt4);
    vt5 = _mm512_fmadd_ps(vn5, c.vminus_ln2_lo, vt5);
    // p = exp(t) - 1 = t + t^2 * (C2 + C3 * t).
    __m512 vp3 = _mm512_fmadd_ps(c.vc3, vt3, c.vc2);
    __m512 vp4 = _mm512_fmadd_ps(c.vc3, vt4, c.vc2);
    __m512 vp5 = _mm512_fmadd_ps(c.vc3, vt5, c.vc2);
    vp3 = _mm512_fmadd_ps(vp3, _mm512_mul_ps(vt3, vt3), vt3);
    vp4 = _mm512_fmadd_ps(vp4, _mm512_mul_ps(vt4, vt4), vt4);
    vp5 = _mm512_fmadd_ps(vp5, _mm512_mul_ps(vt5, vt5), vt5);
    // y = (s + s * p) * scale[0], or exactly 0 where n/16 + scale[1] < -126; NaN lanes are kept.
    const __mmask16 vkeep3 = _mm512_cmp_ps_mask(_mm512_add_ps(vn3, c.vscalee), c.vmin_d, _CMP_NLT_UQ);
    const __mmask16 vkeep4 = _mm512_cmp_ps_mask(_mm512_add_ps(vn4, c.vscalee), c.vmin_d, _CMP_NLT_UQ);
    const __mmask16 vkeep5 = _mm512_cmp_ps_mask(_mm512_add_ps(vn5, c.vscalee), c.vmin_d, _CMP_NLT_UQ);
    _mm512_stream_ps(output + 48, _mm512_mul_ps(_mm512_maskz_fmadd_ps(vkeep3, vp3, vs3, vs3), c.vscalev));
    _mm512_stream_ps(output + 64, _mm512_mul_ps(_mm512_maskz_fmadd_ps(vkeep4, vp4, vs4, vs4), c.vscalev));
    _mm512_stream_ps(output + 80, _mm512_mul_ps(_mm512_maskz_fmadd_ps(vkeep5, vp5, vs5, vs5), c.vscalev));
    const __m512 vx6 = _mm512_min_ps(c.vlimit, _mm512_max_ps(c.vminus_limit, _mm512_loadu_ps(input + 96)));
    const __m512 vx7 = _mm512_min_ps(c.vlimit, _mm512_max_ps(c.vminus_limit, _mm512_loadu_ps(input + 112)));
    // n = round(x * 16 * log2e), held as n/16 + bias.
    const __m512 vbiased6 = _mm512_fmadd_ps(vx6, c.vlog2e, c.vmagic_bias);
    const __m512 vbiased7 = _mm512_fmadd_ps(vx7, c.vlog2e, c.vmagic_bias);
    const __m512 vn6 = _mm512_sub_ps(vbiased6, c.vmagic_bias);
    const __m512 vn7 = _mm512_sub_ps(vbiased7, c.vmagic_bias);
    // s = 2^(n/16 + scale[1]): table entry (low 4 bits of n) plus n << 19 plus scale[1] << 23.
    const __m512 vs6 = _mm512_castsi512_ps(_mm512_add_epi32(_mm512_add_epi32(
        _mm512_permutexvar_epi32(_mm512_castps_si512(vbiased6), c.vtable),
        _mm512_slli_epi32(_mm512_castps_si512(vbiased6), 19)), c.vscalee_bits));
    const __m512 vs7 = _mm512_castsi512_ps(_mm512_add_epi32(_mm512_add_epi32(
        _mm512_permutexvar_epi32(_mm512_castps_si512(vbiased7), c.vtable),
        _mm512_slli_epi32(_mm512_castps_si512(vbiased7), 19)), c.vscalee_bits));
    // t = x - n * ln2/16 (two constants).
    __m512 vt6 = _mm512_fmadd_ps(vn6, c.vminus_ln2_hi, vx6);
    __m512 vt7 = _mm512_fmadd_ps(vn7, c.vminus_ln2_hi, vx7);
    vt6 = _mm512_fmadd_ps(vn6, c.vminus_ln2_lo, vt6);
    vt7 = _mm512_fmadd_ps(vn7, c.vminus_ln2_lo, vt7);
    // p = exp(t) - 1 = t + t^2 * (C2 + C3 * t).
    __m512 vp6 = _mm512_fmadd_ps(c.vc3, vt6, c.vc2);
    __m512 vp7 = _mm512_fmadd_ps(c.vc3, vt7, c.vc2);
    vp6 = _mm512_fmadd_ps(vp6, _mm512_mul_ps(vt6, vt6), vt6);
    vp7 = _mm512_fmadd_ps(vp7, _mm512_mul_ps(vt7, vt7), vt7);
    // y = (s + s * p) * scale[0], or exactly 0 where n/16 + scale[1] < -126; NaN lanes are kept.
    const __mmask16 vkeep6 = _mm512_cmp_ps_mask(_mm512_add_ps(vn6, c.vscalee), c.vmin_d, _CMP_NLT_UQ);
    const __mmask16 vkeep7 = _mm512_cmp_ps_mask(_mm512_add_ps(vn7, c.vscalee), c.vmin_d, _CMP_NLT_UQ);
    _mm512_stream_ps(output + 96, _mm512_mul_ps(_mm512_maskz_fmadd_ps(vkeep6, vp6, vs6, vs6), c.vscalev));
    _mm512_stream_ps(output + 112, _mm512_mul_ps(_mm512_maskz_fmadd_ps(vkeep7, vp7, vs7, vs7), c.vscalev));
    input += 128;
    output += 128;
  }
  for (; batch >= 16 * sizeof(float); batch -= 16 * sizeof(float)) {
    _mm512_stream_ps(output, lut16_scaled_extexp(_mm512_loadu_ps(input), &c));
    input += 16;
    output += 16;
  }
  }
  {
  for (; batch >= 128 * sizeof(float); batch -= 128 * sizeof(float)) {
    const __m512 vx0 = _mm512_min_ps(c.vlimit, _mm512_max_ps(c.vminus_limit, _mm512_loadu_ps(input + 0)));
    const __m512 vx1 = _mm512_min_ps(c.vlimit, _mm512_max_ps(c.vminus_limit, _mm512_loadu_ps(input + 16)));
    const __m512 vx2 = _mm512_min_ps(c.vlimit, _mm512_max_ps(c.vminus_limit, _mm512_loadu_ps(input + 32)));
    // n = round(x * 16 * log2e), held as n/16 + bias.
    const __m512 vbiased0 = _mm512_fmadd_ps(vx0, c.vlog2e, c.vmagic_bias);
    const __m512 vbiased1 = _mm512_fmadd_ps(vx1, c.vlog2e, c.vmagic_bias);
    const __m512 vbiased2 = _mm512_fmadd_ps(vx2, c.vlog2e, c.vmagic_bias);
    const __m512 vn0 = _mm512_sub_ps(vbiased0, c.vmagic_bias);
    const __m512 vn1 = _mm512_sub_ps(vbiased1, c.vmagic_bias);
    const __m512 vn2 = _mm512_sub_ps(vbiased2, c.vmagic_bias);
    // s = 2^(n/16 + scale[1]): table entry (low 4 bits of n) plus n << 19 plus scale[1] << 23.
    const __m512 vs0 = _mm512_castsi512_ps(_mm512_add_epi32(_mm512_add_epi32(
        _mm512_permutexvar_epi32(_mm512_castps_si512(vbiased0), c.vtable),
        _mm512_slli_epi32(_mm512_castps_si512(vbiased0), 19)), c.vscalee_bits));
    const __m512 vs1 = _mm512_castsi512_ps(_mm512_add_epi32(_mm512_add_epi32(
        _mm512_permutexvar_epi32(_mm512_castps_si512(vbiased1), c.vtable),
        _mm512_slli_epi32(_mm512_castps_si512(vbiased1), 19)), c.vscalee_bits));
    const __m512 vs2 = _mm512_castsi512_ps(_mm512_add_epi32(_mm512_add_epi32(
        _mm512_permutexvar_epi32(_mm512_castps_si512(vbiased2), c.vtable),
        _mm512_slli_epi32(_mm512_castps_si512(vbiased2), 19)), c.vscalee_bits));
    // t = x - n * ln2/16 (two constants).
    __m512 vt0 = _mm512_fmadd_ps(vn0, c.vminus_ln2_hi, vx0);
    __m512 vt1 = _mm512_fmadd_ps(vn1, c.vminus_ln2_hi, vx1);
    __m512 vt2 = _mm512_fmadd_ps(vn2, c.vminus_ln2_hi, vx2);
    vt0 = _mm512_fmadd_ps(vn0, c.vminus_ln2_lo, vt0);
    vt1 = _mm512_fmadd_ps(vn1, c.vminus_ln2_lo, vt1);
    vt2 = _mm512_fmadd_ps(vn2, c.vminus_ln2_lo, vt2);
    // p = exp(t) - 1 = t + t^2 * (C2 + C3 * t).
    __m512 vp0 = _mm512_fmadd_ps(c.vc3, vt0, c.vc2);
    __m512 vp1 = _mm512_fmadd_ps(c.vc3, vt1, c.vc2);
    __m512 vp2 = _mm512_fmadd_ps(c.vc3, vt2, c.vc2);
    vp0 = _mm512_fmadd_ps(vp0, _mm512_mul_ps(vt0, vt0), vt0);
    vp1 = _mm512_fmadd_ps(vp1, _mm512_mul_ps(vt1, vt1), vt1);
    vp2 = _mm512_fmadd_ps(vp2, _mm512_mul_ps(vt2, vt2), vt2);
    // y = (s + s * p) * scale[0], or exactly 0 where n/16 + scale[1] < -126; NaN lanes are kept.
    const __mmask16 vkeep0 = _mm512_cmp_ps_mask(_mm512_add_ps(vn0, c.vscalee), c.vmin_d, _CMP_NLT_UQ);
    const __mmask16 vkeep1 = _mm512_cmp_ps_mask(_mm512_add_ps(vn1, c.vscalee), c.vmin_d, _CMP_NLT_UQ);
    const __mmask16 vkeep2 = _mm512_cmp_ps_mask(_mm512_add_ps(vn2, c.vscalee), c.vmin_d, _CMP_NLT_UQ);
    _mm512_storeu_ps(output + 0, _mm512_mul_ps(_mm512_maskz_fmadd_ps(vkeep0, vp0, vs0, vs0), c.vscalev));
    _mm512_storeu_ps(output + 16, _mm512_mul_ps(_mm512_maskz_fmadd_ps(vkeep1, vp1, vs1, vs1), c.vscalev));
    _mm512_storeu_ps(output + 32, _mm512_mul_ps(_mm512_maskz_fmadd_ps(vkeep2, vp2, vs2, vs2), c.vscalev));
    const __m512 vx3 = _mm512_min_ps(c.vlimit, _mm512_max_ps(c.vminus_limit, _mm512_loadu_ps(input + 48)));
    const __m512 vx4 = _mm512_min_ps(c.vlimit, _mm512_max_ps(c.vminus_limit, _mm512_loadu_ps(input + 64)));
    const __m512 vx5 = _mm512_min_ps(c.vlimit, _mm512_max_ps(c.vminus_limit, _mm512_loadu_ps(input + 80)));
    // n = round(x * 16 * log2e), held as n/16 + bias.
    const __m512 vbiased3 = _mm512_fmadd_ps(vx3, c.vlog2e, c.vmagic_bias);
    const __m512 vbiased4 = _mm512_fmadd_ps(vx4, c.vlog2e, c.vmagic_bias);
    const __m512 vbiased5 = _mm512_fmadd_ps(vx5, c.vlog2e, c.vmagic_bias);
    const __m512 vn3 = _mm512_sub_ps(vbiased3, c.vmagic_bias);
    const __m512 vn4 = _mm512_sub_ps(vbiased4, c.vmagic_bias);
    const __m512 vn5 = _mm512_sub_ps(vbiased5, c.vmagic_bias);
    // s = 2^(n/16 + scale[1]): table entry (low 4 bits of n) plus n << 19 plus scale[1] << 23.
    const __m512 vs3 = _mm512_castsi512_ps(_mm512_add_epi32(_mm512_add_epi32(
        _mm512_permutexvar_epi32(_mm512_castps_si512(vbiased3), c.vtable),
        _mm512_slli_epi32(_mm512_castps_si512(vbiased3), 19)), c.vscalee_bits));
    const __m512 vs4 = _mm512_castsi512_ps(_mm512_add_epi32(_mm512_add_epi32(
        _mm512_permutexvar_epi32(_mm512_castps_si512(vbiased4), c.vtable),
        _mm512_slli_epi32(_mm512_castps_si512(vbiased4), 19)), c.vscalee_bits));
    const __m512 vs5 = _mm512_castsi512_ps(_mm512_add_epi32(_mm512_add_epi32(
        _mm512_permutexvar_epi32(_mm512_castps_si512(vbiased5), c.vtable),
        _mm512_slli_epi32(_mm512_castps_si512(vbiased5), 19)), c.vscalee_bits));
    // t = x - n * ln2/16 (two constants).
    __m512 vt3 = _mm512_fmadd_ps(vn3, c.vminus_ln2_hi, vx3);
    __m512 vt4 = _mm512_fmadd_ps(vn4, c.vminus_ln2_hi, vx4);
    __m512 vt5 = _mm512_fmadd_ps(vn5, c.vminus_ln2_hi, vx5);
    vt3 = _mm512_fmadd_ps(vn3, c.vminus_ln2_lo, vt3);
    vt4 = _mm512_fmadd_ps(vn4, c.vminus_ln2_lo, vt4);
    vt5 = _mm512_fmadd_ps(vn5, c.vminus_ln2_lo, vt5);
    // p = exp(t) - 1 = t + t^2 * (C2 + C3 * t).
    __m512 vp3 = _mm512_fmadd_ps(c.vc3, vt3, c.vc2);
    __m512 vp4 = _mm512_fmadd_ps(c.vc3, vt4, c.vc2);
    __m512 vp5 = _mm512_fmadd_ps(c.vc3, vt5, c.vc2);
    vp3 = _mm512_fmadd_ps(vp3, _mm512_mul_ps(vt3, vt3), vt3);
    vp4 = _mm512_fmadd_ps(vp4, _mm512_mul_ps(vt4, vt4), vt4);
    vp5 = _mm512_fmadd_ps(vp5, _mm512_mul_ps(vt5, vt5), vt5);
    // y = (s + s * p) * scale[0], or exactly 0 where n/16 + scale[1] < -126; NaN lanes are kept.
    const __mmask16 vkeep3 = _mm512_cmp_ps_mask(_mm512_add_ps(vn3, c.vscalee), c.vmin_d, _CMP_NLT_UQ);
    const __mmask16 vkeep4 = _mm512_cmp_ps_mask(_mm512_add_ps(vn4, c.vscalee), c.vmin_d, _CMP_NLT_UQ);
    const __mmask16 vkeep5 = _mm512_cmp_ps_mask(_mm512_add_ps(vn5, c.vscalee), c.vmin_d, _CMP_NLT_UQ);
    _mm512_storeu_ps(output + 48, _mm512_mul_ps(_mm512_maskz_fmadd_ps(vkeep3, vp3, vs3, vs3), c.vscalev));
    _mm512_storeu_ps(output + 64, _mm512_mul_ps(_mm512_maskz_fmadd_ps(vkeep4, vp4, vs4, vs4), c.vscalev));
    _mm512_storeu_ps(output + 80, _mm512_mul_ps(_mm512_maskz_fmadd_ps(vkeep5, vp5, vs5, vs5), c.vscalev));
    const __m512 vx6 = _mm512_min_ps(c.vlimit, _mm512_max_ps(c.vminus_limit, _mm512_loadu_ps(input + 96)));
    const __m512 vx7 = _mm512_min_ps(c.vlimit, _mm512_max_ps(c.vminus_limit, _mm512_loadu_ps(input + 112)));
    // n = round(x * 16 * log2e), held as n/16 + bias.
    const __m512 vbiased6 = _mm512_fmadd_ps(vx6, c.vlog2e, c.vmagic_bias);
    const __m512 vbiased7 = _mm512_fmadd_ps(vx7, c.vlog2e, c.vmagic_bias);
    const __m512 vn6 = _mm512_sub_ps(vbiased6, c.vmagic_bias);
    const __m512 vn7 = _mm512_sub_ps(vbiased7, c.vmagic_bias);
    // s = 2^(n/16 + scale[1]): table entry (low 4 bits of n) plus n << 19 plus scale[1] << 23.
    const __m512 vs6 = _mm512_castsi512_ps(_mm512_add_epi32(_mm512_add_epi32(
        _mm512_permutexvar_epi32(_mm512_castps_si512(vbiased6), c.vtable),
        _mm512_slli_epi32(_mm512_castps_si512(vbiased6), 19)), c.vscalee_bits));
    const __m512 vs7 = _mm512_castsi512_ps(_mm512_add_epi32(_mm512_add_epi32(
        _mm512_permutexvar_epi32(_mm512_castps_si512(vbiased7), c.vtable),
        _mm512_slli_epi32(_mm512_castps_si512(vbiased7), 19)), c.vscalee_bits));
    // t = x - n * ln2/16 (two constants).
    __m512 vt6 = _mm512_fmadd_ps(vn6, c.vminus_ln2_hi, vx6);
    __m512 vt7 = _mm512_fmadd_ps(vn7, c.vminus_ln2_hi, vx7);
    vt6 = _mm512_fmadd_ps(vn6, c.vminus_ln2_lo, vt6);
    vt7 = _mm512_fmadd_ps(vn7, c.vminus_ln2_lo, vt7);
    // p = exp(t) - 1 = t + t^2 * (C2 + C3 * t).
    __m512 vp6 = _mm512_fmadd_ps(c.vc3, vt6, c.vc2);
    __m512 vp7 = _mm512_fmadd_ps(c.vc3, vt7, c.vc2);
    vp6 = _mm512_fmadd_ps(vp6, _mm512_mul_ps(vt6, vt6), vt6);
    vp7 = _mm512_fmadd_ps(vp7, _mm512_mul_ps(vt7, vt7), vt7);
    // y = (s + s * p) * scale[0], or exactly 0 where n/16 + scale[1] < -126; NaN lanes are kept.
    const __mmask16 vkeep6 = _mm512_cmp_ps_mask(_mm512_add_ps(vn6, c.vscalee), c.vmin_d, _CMP_NLT_UQ);
    const __mmask16 vkeep7 = _mm512_cmp_ps_mask(_mm512_add_ps(vn7, c.vscalee), c.vmin_d, _CMP_NLT_UQ);
    _mm512_storeu_ps(output + 96, _mm512_mul_ps(_mm512_maskz_fmadd_ps(vkeep6, vp6, vs6, vs6), c.vscalev));
    _mm512_storeu_ps(output + 112, _mm512_mul_ps(_mm512_maskz_fmadd_ps(vkeep7, vp7, vs7, vs7), c.vscalev));
    input += 128;
    output += 128;
  }
  for (; batch >= 16 * sizeof(float); batch -= 16 * sizeof(float)) {
    _mm512_storeu_ps(output, lut16_scaled_extexp(_mm512_loadu_ps(input), &c));
    input += 16;
    output += 16;
  }
  }
  if (batch != 0) {
    lut16_scaled_extexp_masked(batch / sizeof(float), input, output, &c);
  }
  if (streaming) {
    _mm_sfence();  // non-temporal stores are weakly ordered: make them visible before returning
  }
}
