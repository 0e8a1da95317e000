// Generated from src/f32-raddextexp/avx-rr2-p5.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_raddextexp_ukernel__avx_rr2_p5_x8: two-pass softmax, pass 1 (Dukhan & Ablavatski 2020); AVX, 8 elements
// (1 vectors of 8 lanes) per iteration, 1 independent vectors of
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

smax_f32_raddextexp_ukernel_fn smax_f32_raddextexp_ukernel__avx_rr2_p5_x8;

void smax_f32_raddextexp_ukernel__avx_rr2_p5_x8(size_t batch, const float* input, float* sum, const void* params) {
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
    // e' = max(e, n_0, n_1, ...) per accumulator, with e (never NaN) as the second operand.
    __m256 vmax_e0 = _mm256_max_ps(vn0, vacce0);
    const __m256 vdelta_acce0 = _mm256_sub_ps(vacce0, vmax_e0);
    const __m256 vdelta_e0 = _mm256_sub_ps(vn0, vmax_e0);
    // v' = v * 2^(e - e') + sum p_i * 2^(n_i - e').
    vaccv0 = _mm256_mul_ps(vaccv0, smax_avx_exp2_integer(vdelta_acce0));
    vaccv0 =
        _mm256_add_ps(vaccv0, _mm256_mul_ps(vp0, smax_avx_exp2_integer(vdelta_e0)));
    vacce0 = vmax_e0;
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
