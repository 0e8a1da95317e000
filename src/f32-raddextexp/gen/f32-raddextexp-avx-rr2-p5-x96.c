// Generated from src/f32-raddextexp/avx-rr2-p5.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_raddextexp_ukernel__avx_rr2_p5_x96: two-pass softmax, pass 1 (Dukhan & Ablavatski 2020); AVX, 96 elements
// (12 vectors of 8 lanes) per iteration, 1 independent vectors of
// (mantissa, exponent) accumulators, one pair per lane.
//
// Writes sum[0] = V and sum[1] = E (an integer held in a float) with
//   V * 2^E = sum_i exp(clamp(input[i], -SMAX_EXTEXP_INPUT_LIMIT, SMAX_EXTEXP_INPUT_LIMIT)),
// with no max pass and no overflow: each element is exp(x) = p * 2^n (p in [0.7, 1.42], n integer,
// src/smax/avx-exp.h, lane for lane the scalar core), and an accumulator (v, e) absorbs a whole
// iteration's vectors at once:
//   e' = max(e, n_0, n_1, ...);  v' = v * 2^(e - e') + p_0 * 2^(n_0 - e') + p_1 * 2^(n_1 - e') + ...
// where every power of two is <= 1, built exactly from exponent bits (0 below 2^-126; AVX has no
// 256-bit integer shift, so the bits are shifted as two 128-bit halves), so v grows at most linearly
// with the element count. This is the scalar kernel's element-by-element update regrouped: the values
// agree up to the rounding of the additions. The clamp (max(-limit, x), then min(limit, x): NaN is the
// second operand, so NaN stays NaN) keeps round(x*log2e) below 2^11 where the reduction is exact; e'
// takes a max with e as the second operand, so a NaN n never becomes the exponent, and the NaN mantissa
// makes V NaN. Accumulators, lanes and the remainder merge with the same identity. Remainders: whole
// vectors one at a time, then the last 1 to 7 elements with a masked load; the masked-out lanes keep
// their old accumulators. Reads exactly [input, input + batch).
#include <assert.h>
#include <stddef.h>

#include <immintrin.h>

#include "f32-raddextexp/f32-raddextexp.h"
#include "smax/avx-exp.h"
#include "f32-raddextexp/avx-rr2-p5.h"

smax_f32_raddextexp_ukernel_fn smax_f32_raddextexp_ukernel__avx_rr2_p5_x96;

void smax_f32_raddextexp_ukernel__avx_rr2_p5_x96(size_t batch, const float* input, float* sum, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(sum != NULL);
  (void) params;

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
  // An empty accumulator: v = 0 with an exponent below any element's, so it vanishes when merged.
  __m256 vaccv0 = _mm256_setzero_ps();
  __m256 vacce0 = _mm256_set1_ps(-0x1.0p+30f);
  for (; batch >= 96 * sizeof(float); batch -= 96 * sizeof(float)) {
    const __m256 vx0 = smax_avx_clamp(_mm256_loadu_ps(input + 0), SMAX_EXTEXP_INPUT_LIMIT);
    const __m256 vx1 = smax_avx_clamp(_mm256_loadu_ps(input + 8), SMAX_EXTEXP_INPUT_LIMIT);
    const __m256 vx2 = smax_avx_clamp(_mm256_loadu_ps(input + 16), SMAX_EXTEXP_INPUT_LIMIT);
    const __m256 vx3 = smax_avx_clamp(_mm256_loadu_ps(input + 24), SMAX_EXTEXP_INPUT_LIMIT);
    const __m256 vx4 = smax_avx_clamp(_mm256_loadu_ps(input + 32), SMAX_EXTEXP_INPUT_LIMIT);
    const __m256 vx5 = smax_avx_clamp(_mm256_loadu_ps(input + 40), SMAX_EXTEXP_INPUT_LIMIT);
    const __m256 vx6 = smax_avx_clamp(_mm256_loadu_ps(input + 48), SMAX_EXTEXP_INPUT_LIMIT);
    const __m256 vx7 = smax_avx_clamp(_mm256_loadu_ps(input + 56), SMAX_EXTEXP_INPUT_LIMIT);
    const __m256 vx8 = smax_avx_clamp(_mm256_loadu_ps(input + 64), SMAX_EXTEXP_INPUT_LIMIT);
    const __m256 vx9 = smax_avx_clamp(_mm256_loadu_ps(input + 72), SMAX_EXTEXP_INPUT_LIMIT);
    const __m256 vx10 = smax_avx_clamp(_mm256_loadu_ps(input + 80), SMAX_EXTEXP_INPUT_LIMIT);
    const __m256 vx11 = smax_avx_clamp(_mm256_loadu_ps(input + 88), SMAX_EXTEXP_INPUT_LIMIT);
    input += 96;

    // exp(x) = p * 2^n, step-major so the vectors' independent chains interleave (smax_avx_extexp in
    // src/smax/avx-exp.h has the same steps for one vector): n = round(x * log2e) by the magic bias,
    // t = x - n * ln2 in two parts, p = 1 + t * P(t).
    const __m256 vbiased0 = _mm256_add_ps(_mm256_mul_ps(vx0, vlog2e), vmagic_bias);
    const __m256 vbiased1 = _mm256_add_ps(_mm256_mul_ps(vx1, vlog2e), vmagic_bias);
    const __m256 vbiased2 = _mm256_add_ps(_mm256_mul_ps(vx2, vlog2e), vmagic_bias);
    const __m256 vbiased3 = _mm256_add_ps(_mm256_mul_ps(vx3, vlog2e), vmagic_bias);
    const __m256 vbiased4 = _mm256_add_ps(_mm256_mul_ps(vx4, vlog2e), vmagic_bias);
    const __m256 vbiased5 = _mm256_add_ps(_mm256_mul_ps(vx5, vlog2e), vmagic_bias);
    const __m256 vbiased6 = _mm256_add_ps(_mm256_mul_ps(vx6, vlog2e), vmagic_bias);
    const __m256 vbiased7 = _mm256_add_ps(_mm256_mul_ps(vx7, vlog2e), vmagic_bias);
    const __m256 vbiased8 = _mm256_add_ps(_mm256_mul_ps(vx8, vlog2e), vmagic_bias);
    const __m256 vbiased9 = _mm256_add_ps(_mm256_mul_ps(vx9, vlog2e), vmagic_bias);
    const __m256 vbiased10 = _mm256_add_ps(_mm256_mul_ps(vx10, vlog2e), vmagic_bias);
    const __m256 vbiased11 = _mm256_add_ps(_mm256_mul_ps(vx11, vlog2e), vmagic_bias);
    const __m256 vn0 = _mm256_sub_ps(vbiased0, vmagic_bias);
    const __m256 vn1 = _mm256_sub_ps(vbiased1, vmagic_bias);
    const __m256 vn2 = _mm256_sub_ps(vbiased2, vmagic_bias);
    const __m256 vn3 = _mm256_sub_ps(vbiased3, vmagic_bias);
    const __m256 vn4 = _mm256_sub_ps(vbiased4, vmagic_bias);
    const __m256 vn5 = _mm256_sub_ps(vbiased5, vmagic_bias);
    const __m256 vn6 = _mm256_sub_ps(vbiased6, vmagic_bias);
    const __m256 vn7 = _mm256_sub_ps(vbiased7, vmagic_bias);
    const __m256 vn8 = _mm256_sub_ps(vbiased8, vmagic_bias);
    const __m256 vn9 = _mm256_sub_ps(vbiased9, vmagic_bias);
    const __m256 vn10 = _mm256_sub_ps(vbiased10, vmagic_bias);
    const __m256 vn11 = _mm256_sub_ps(vbiased11, vmagic_bias);
    __m256 vt0 = _mm256_add_ps(_mm256_mul_ps(vn0, vminus_ln2_hi), vx0);
    __m256 vt1 = _mm256_add_ps(_mm256_mul_ps(vn1, vminus_ln2_hi), vx1);
    __m256 vt2 = _mm256_add_ps(_mm256_mul_ps(vn2, vminus_ln2_hi), vx2);
    __m256 vt3 = _mm256_add_ps(_mm256_mul_ps(vn3, vminus_ln2_hi), vx3);
    __m256 vt4 = _mm256_add_ps(_mm256_mul_ps(vn4, vminus_ln2_hi), vx4);
    __m256 vt5 = _mm256_add_ps(_mm256_mul_ps(vn5, vminus_ln2_hi), vx5);
    __m256 vt6 = _mm256_add_ps(_mm256_mul_ps(vn6, vminus_ln2_hi), vx6);
    __m256 vt7 = _mm256_add_ps(_mm256_mul_ps(vn7, vminus_ln2_hi), vx7);
    __m256 vt8 = _mm256_add_ps(_mm256_mul_ps(vn8, vminus_ln2_hi), vx8);
    __m256 vt9 = _mm256_add_ps(_mm256_mul_ps(vn9, vminus_ln2_hi), vx9);
    __m256 vt10 = _mm256_add_ps(_mm256_mul_ps(vn10, vminus_ln2_hi), vx10);
    __m256 vt11 = _mm256_add_ps(_mm256_mul_ps(vn11, vminus_ln2_hi), vx11);
    vt0 = _mm256_add_ps(_mm256_mul_ps(vn0, vminus_ln2_lo), vt0);
    vt1 = _mm256_add_ps(_mm256_mul_ps(vn1, vminus_ln2_lo), vt1);
    vt2 = _mm256_add_ps(_mm256_mul_ps(vn2, vminus_ln2_lo), vt2);
    vt3 = _mm256_add_ps(_mm256_mul_ps(vn3, vminus_ln2_lo), vt3);
    vt4 = _mm256_add_ps(_mm256_mul_ps(vn4, vminus_ln2_lo), vt4);
    vt5 = _mm256_add_ps(_mm256_mul_ps(vn5, vminus_ln2_lo), vt5);
    vt6 = _mm256_add_ps(_mm256_mul_ps(vn6, vminus_ln2_lo), vt6);
    vt7 = _mm256_add_ps(_mm256_mul_ps(vn7, vminus_ln2_lo), vt7);
    vt8 = _mm256_add_ps(_mm256_mul_ps(vn8, vminus_ln2_lo), vt8);
    vt9 = _mm256_add_ps(_mm256_mul_ps(vn9, vminus_ln2_lo), vt9);
    vt10 = _mm256_add_ps(_mm256_mul_ps(vn10, vminus_ln2_lo), vt10);
    vt11 = _mm256_add_ps(_mm256_mul_ps(vn11, vminus_ln2_lo), vt11);
    __m256 vp0 = _mm256_add_ps(_mm256_mul_ps(vc5, vt0), vc4);
    __m256 vp1 = _mm256_add_ps(_mm256_mul_ps(vc5, vt1), vc4);
    __m256 vp2 = _mm256_add_ps(_mm256_mul_ps(vc5, vt2), vc4);
    __m256 vp3 = _mm256_add_ps(_mm256_mul_ps(vc5, vt3), vc4);
    __m256 vp4 = _mm256_add_ps(_mm256_mul_ps(vc5, vt4), vc4);
    __m256 vp5 = _mm256_add_ps(_mm256_mul_ps(vc5, vt5), vc4);
    __m256 vp6 = _mm256_add_ps(_mm256_mul_ps(vc5, vt6), vc4);
    __m256 vp7 = _mm256_add_ps(_mm256_mul_ps(vc5, vt7), vc4);
    __m256 vp8 = _mm256_add_ps(_mm256_mul_ps(vc5, vt8), vc4);
    __m256 vp9 = _mm256_add_ps(_mm256_mul_ps(vc5, vt9), vc4);
    __m256 vp10 = _mm256_add_ps(_mm256_mul_ps(vc5, vt10), vc4);
    __m256 vp11 = _mm256_add_ps(_mm256_mul_ps(vc5, vt11), vc4);
    vp0 = _mm256_add_ps(_mm256_mul_ps(vp0, vt0), vc3);
    vp1 = _mm256_add_ps(_mm256_mul_ps(vp1, vt1), vc3);
    vp2 = _mm256_add_ps(_mm256_mul_ps(vp2, vt2), vc3);
    vp3 = _mm256_add_ps(_mm256_mul_ps(vp3, vt3), vc3);
    vp4 = _mm256_add_ps(_mm256_mul_ps(vp4, vt4), vc3);
    vp5 = _mm256_add_ps(_mm256_mul_ps(vp5, vt5), vc3);
    vp6 = _mm256_add_ps(_mm256_mul_ps(vp6, vt6), vc3);
    vp7 = _mm256_add_ps(_mm256_mul_ps(vp7, vt7), vc3);
    vp8 = _mm256_add_ps(_mm256_mul_ps(vp8, vt8), vc3);
    vp9 = _mm256_add_ps(_mm256_mul_ps(vp9, vt9), vc3);
    vp10 = _mm256_add_ps(_mm256_mul_ps(vp10, vt10), vc3);
    vp11 = _mm256_add_ps(_mm256_mul_ps(vp11, vt11), vc3);
    vp0 = _mm256_add_ps(_mm256_mul_ps(vp0, vt0), vc2);
    vp1 = _mm256_add_ps(_mm256_mul_ps(vp1, vt1), vc2);
    vp2 = _mm256_add_ps(_mm256_mul_ps(vp2, vt2), vc2);
    vp3 = _mm256_add_ps(_mm256_mul_ps(vp3, vt3), vc2);
    vp4 = _mm256_add_ps(_mm256_mul_ps(vp4, vt4), vc2);
    vp5 = _mm256_add_ps(_mm256_mul_ps(vp5, vt5), vc2);
    vp6 = _mm256_add_ps(_mm256_mul_ps(vp6, vt6), vc2);
    vp7 = _mm256_add_ps(_mm256_mul_ps(vp7, vt7), vc2);
    vp8 = _mm256_add_ps(_mm256_mul_ps(vp8, vt8), vc2);
    vp9 = _mm256_add_ps(_mm256_mul_ps(vp9, vt9), vc2);
    vp10 = _mm256_add_ps(_mm256_mul_ps(vp10, vt10), vc2);
    vp11 = _mm256_add_ps(_mm256_mul_ps(vp11, vt11), vc2);
    vp0 = _mm256_add_ps(_mm256_mul_ps(vp0, vt0), vc1);
    vp1 = _mm256_add_ps(_mm256_mul_ps(vp1, vt1), vc1);
    vp2 = _mm256_add_ps(_mm256_mul_ps(vp2, vt2), vc1);
    vp3 = _mm256_add_ps(_mm256_mul_ps(vp3, vt3), vc1);
    vp4 = _mm256_add_ps(_mm256_mul_ps(vp4, vt4), vc1);
    vp5 = _mm256_add_ps(_mm256_mul_ps(vp5, vt5), vc1);
    vp6 = _mm256_add_ps(_mm256_mul_ps(vp6, vt6), vc1);
    vp7 = _mm256_add_ps(_mm256_mul_ps(vp7, vt7), vc1);
    vp8 = _mm256_add_ps(_mm256_mul_ps(vp8, vt8), vc1);
    vp9 = _mm256_add_ps(_mm256_mul_ps(vp9, vt9), vc1);
    vp10 = _mm256_add_ps(_mm256_mul_ps(vp10, vt10), vc1);
    vp11 = _mm256_add_ps(_mm256_mul_ps(vp11, vt11), vc1);
    vp0 = _mm256_add_ps(_mm256_mul_ps(vp0, vt0), _mm256_set1_ps(1.0f));
    vp1 = _mm256_add_ps(_mm256_mul_ps(vp1, vt1), _mm256_set1_ps(1.0f));
    vp2 = _mm256_add_ps(_mm256_mul_ps(vp2, vt2), _mm256_set1_ps(1.0f));
    vp3 = _mm256_add_ps(_mm256_mul_ps(vp3, vt3), _mm256_set1_ps(1.0f));
    vp4 = _mm256_add_ps(_mm256_mul_ps(vp4, vt4), _mm256_set1_ps(1.0f));
    vp5 = _mm256_add_ps(_mm256_mul_ps(vp5, vt5), _mm256_set1_ps(1.0f));
    vp6 = _mm256_add_ps(_mm256_mul_ps(vp6, vt6), _mm256_set1_ps(1.0f));
    vp7 = _mm256_add_ps(_mm256_mul_ps(vp7, vt7), _mm256_set1_ps(1.0f));
    vp8 = _mm256_add_ps(_mm256_mul_ps(vp8, vt8), _mm256_set1_ps(1.0f));
    vp9 = _mm256_add_ps(_mm256_mul_ps(vp9, vt9), _mm256_set1_ps(1.0f));
    vp10 = _mm256_add_ps(_mm256_mul_ps(vp10, vt10), _mm256_set1_ps(1.0f));
    vp11 = _mm256_add_ps(_mm256_mul_ps(vp11, vt11), _mm256_set1_ps(1.0f));
    // e' = max(e, n_0, n_1, ...) per accumulator, with e (never NaN) as the second operand.
    __m256 vmax_e0 = _mm256_max_ps(vn0, vacce0);
    vmax_e0 = _mm256_max_ps(vn1, vmax_e0);
    vmax_e0 = _mm256_max_ps(vn2, vmax_e0);
    vmax_e0 = _mm256_max_ps(vn3, vmax_e0);
    vmax_e0 = _mm256_max_ps(vn4, vmax_e0);
    vmax_e0 = _mm256_max_ps(vn5, vmax_e0);
    vmax_e0 = _mm256_max_ps(vn6, vmax_e0);
    vmax_e0 = _mm256_max_ps(vn7, vmax_e0);
    vmax_e0 = _mm256_max_ps(vn8, vmax_e0);
    vmax_e0 = _mm256_max_ps(vn9, vmax_e0);
    vmax_e0 = _mm256_max_ps(vn10, vmax_e0);
    vmax_e0 = _mm256_max_ps(vn11, vmax_e0);
    const __m256 vdelta_acce0 = _mm256_sub_ps(vacce0, vmax_e0);
    const __m256 vdelta_e0 = _mm256_sub_ps(vn0, vmax_e0);
    const __m256 vdelta_e1 = _mm256_sub_ps(vn1, vmax_e0);
    const __m256 vdelta_e2 = _mm256_sub_ps(vn2, vmax_e0);
    const __m256 vdelta_e3 = _mm256_sub_ps(vn3, vmax_e0);
    const __m256 vdelta_e4 = _mm256_sub_ps(vn4, vmax_e0);
    const __m256 vdelta_e5 = _mm256_sub_ps(vn5, vmax_e0);
    const __m256 vdelta_e6 = _mm256_sub_ps(vn6, vmax_e0);
    const __m256 vdelta_e7 = _mm256_sub_ps(vn7, vmax_e0);
    const __m256 vdelta_e8 = _mm256_sub_ps(vn8, vmax_e0);
    const __m256 vdelta_e9 = _mm256_sub_ps(vn9, vmax_e0);
    const __m256 vdelta_e10 = _mm256_sub_ps(vn10, vmax_e0);
    const __m256 vdelta_e11 = _mm256_sub_ps(vn11, vmax_e0);
    // v' = v * 2^(e - e') + sum p_i * 2^(n_i - e').
    vaccv0 = _mm256_mul_ps(vaccv0, smax_avx_exp2_integer(vdelta_acce0));
    vaccv0 =
        _mm256_add_ps(vaccv0, _mm256_mul_ps(vp0, smax_avx_exp2_integer(vdelta_e0)));
    vaccv0 =
        _mm256_add_ps(vaccv0, _mm256_mul_ps(vp1, smax_avx_exp2_integer(vdelta_e1)));
    vaccv0 =
        _mm256_add_ps(vaccv0, _mm256_mul_ps(vp2, smax_avx_exp2_integer(vdelta_e2)));
    vaccv0 =
        _mm256_add_ps(vaccv0, _mm256_mul_ps(vp3, smax_avx_exp2_integer(vdelta_e3)));
    vaccv0 =
        _mm256_add_ps(vaccv0, _mm256_mul_ps(vp4, smax_avx_exp2_integer(vdelta_e4)));
    vaccv0 =
        _mm256_add_ps(vaccv0, _mm256_mul_ps(vp5, smax_avx_exp2_integer(vdelta_e5)));
    vaccv0 =
        _mm256_add_ps(vaccv0, _mm256_mul_ps(vp6, smax_avx_exp2_integer(vdelta_e6)));
    vaccv0 =
        _mm256_add_ps(vaccv0, _mm256_mul_ps(vp7, smax_avx_exp2_integer(vdelta_e7)));
    vaccv0 =
        _mm256_add_ps(vaccv0, _mm256_mul_ps(vp8, smax_avx_exp2_integer(vdelta_e8)));
    vaccv0 =
        _mm256_add_ps(vaccv0, _mm256_mul_ps(vp9, smax_avx_exp2_integer(vdelta_e9)));
    vaccv0 =
        _mm256_add_ps(vaccv0, _mm256_mul_ps(vp10, smax_avx_exp2_integer(vdelta_e10)));
    vaccv0 =
        _mm256_add_ps(vaccv0, _mm256_mul_ps(vp11, smax_avx_exp2_integer(vdelta_e11)));
    vacce0 = vmax_e0;
  }
  for (; batch >= 8 * sizeof(float); batch -= 8 * sizeof(float)) {
    __m256 vn;
    const __m256 vp = smax_avx_extexp(smax_avx_clamp(_mm256_loadu_ps(input), SMAX_EXTEXP_INPUT_LIMIT), &vn);
    input += 8;
    accumulate(vp, vn, &vaccv0, &vacce0);
  }
  if (batch != 0) {
    assert(batch >= 1 * sizeof(float));
    assert(batch <= 7 * sizeof(float));
    const __m256 vmask = _mm256_castsi256_ps(smax_avx_tail_mask(batch / sizeof(float)));
    __m256 vn;
    const __m256 vp = smax_avx_extexp(
        smax_avx_clamp(_mm256_maskload_ps(input, _mm256_castps_si256(vmask)), SMAX_EXTEXP_INPUT_LIMIT), &vn);
    __m256 vv = vaccv0;
    __m256 ve = vacce0;
    accumulate(vp, vn, &vv, &ve);
    vaccv0 = smax_avx_select(vmask, vv, vaccv0);
    vacce0 = smax_avx_select(vmask, ve, vacce0);
  }
  // Across lanes: the high half into the low half, then lanes 2, 3 into 0, 1, then lane 1 into 0.
  accumulate(_mm256_permute2f128_ps(vaccv0, vaccv0, 0x01), _mm256_permute2f128_ps(vacce0, vacce0, 0x01), &vaccv0,
             &vacce0);
  accumulate(_mm256_permute_ps(vaccv0, _MM_SHUFFLE(1, 0, 3, 2)), _mm256_permute_ps(vacce0, _MM_SHUFFLE(1, 0, 3, 2)),
             &vaccv0, &vacce0);
  accumulate(_mm256_permute_ps(vaccv0, _MM_SHUFFLE(2, 3, 0, 1)), _mm256_permute_ps(vacce0, _MM_SHUFFLE(2, 3, 0, 1)),
             &vaccv0, &vacce0);
  _mm_store_ss(&sum[0], _mm256_castps256_ps128(vaccv0));
  _mm_store_ss(&sum[1], _mm256_castps256_ps128(vacce0));
}
