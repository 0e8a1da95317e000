// Generated from src/f32-raddextexp/sse2-rr2-p5.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_raddextexp_ukernel__sse2_rr2_p5_x24_acc3: two-pass softmax, pass 1 (Dukhan & Ablavatski 2020); SSE2, 24 elements
// (6 vectors of 4 lanes) per iteration, 3 independent vectors of
// (mantissa, exponent) accumulators, one pair per lane.
//
// Writes sum[0] = V and sum[1] = E (an integer held in a float) with
//   V * 2^E = sum_i exp(clamp(input[i], -SMAX_EXTEXP_INPUT_LIMIT, SMAX_EXTEXP_INPUT_LIMIT)),
// with no max pass and no overflow: each element is exp(x) = p * 2^n (p in [0.7, 1.42], n integer,
// src/smax/sse2-exp.h, lane for lane the scalar core), and an accumulator (v, e) absorbs a whole
// iteration's vectors at once:
//   e' = max(e, n_0, n_1, ...);  v' = v * 2^(e - e') + p_0 * 2^(n_0 - e') + p_1 * 2^(n_1 - e') + ...
// where every power of two is <= 1, built exactly from exponent bits (0 below 2^-126), so v grows at
// most linearly with the element count. This is the scalar kernel's element-by-element update
// regrouped: the values agree up to the rounding of the additions. The clamp (max(-limit, x), then
// min(limit, x): NaN is the second operand, so NaN stays NaN) keeps round(x*log2e) below 2^11 where
// the reduction is exact; e' takes a max with e as the second operand, so a NaN n never becomes the
// exponent, and the NaN mantissa makes V NaN. Accumulators, lanes and the remainder merge with the
// same identity. Remainders: whole vectors one at a time, then the last 1 to 3 elements one at a time
// in lane 0 with single-lane loads, so it reads exactly [input, input + batch).
#include <assert.h>
#include <stddef.h>

#include <emmintrin.h>

#include "f32-raddextexp/f32-raddextexp.h"
#include "smax/sse2-exp.h"
#include "f32-raddextexp/sse2-rr2-p5.h"

smax_f32_raddextexp_ukernel_fn smax_f32_raddextexp_ukernel__sse2_rr2_p5_x24_acc3;

void smax_f32_raddextexp_ukernel__sse2_rr2_p5_x24_acc3(size_t batch, const float* input, float* sum, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(sum != NULL);
  (void) params;

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
  // An empty accumulator: v = 0 with an exponent below any element's, so it vanishes when merged.
  __m128 vaccv0 = _mm_setzero_ps();
  __m128 vacce0 = _mm_set1_ps(-0x1.0p+30f);
  __m128 vaccv1 = _mm_setzero_ps();
  __m128 vacce1 = _mm_set1_ps(-0x1.0p+30f);
  __m128 vaccv2 = _mm_setzero_ps();
  __m128 vacce2 = _mm_set1_ps(-0x1.0p+30f);
  for (; batch >= 24 * sizeof(float); batch -= 24 * sizeof(float)) {
    const __m128 vx0 = smax_sse2_clamp(_mm_loadu_ps(input + 0), SMAX_EXTEXP_INPUT_LIMIT);
    const __m128 vx1 = smax_sse2_clamp(_mm_loadu_ps(input + 4), SMAX_EXTEXP_INPUT_LIMIT);
    const __m128 vx2 = smax_sse2_clamp(_mm_loadu_ps(input + 8), SMAX_EXTEXP_INPUT_LIMIT);
    const __m128 vx3 = smax_sse2_clamp(_mm_loadu_ps(input + 12), SMAX_EXTEXP_INPUT_LIMIT);
    const __m128 vx4 = smax_sse2_clamp(_mm_loadu_ps(input + 16), SMAX_EXTEXP_INPUT_LIMIT);
    const __m128 vx5 = smax_sse2_clamp(_mm_loadu_ps(input + 20), SMAX_EXTEXP_INPUT_LIMIT);
    input += 24;

    // exp(x) = p * 2^n, step-major so the vectors' independent chains interleave (smax_sse2_extexp in
    // src/smax/sse2-exp.h has the same steps for one vector): n = round(x * log2e) by the magic bias,
    // t = x - n * ln2 in two parts, p = 1 + t * P(t).
    const __m128 vbiased0 = _mm_add_ps(_mm_mul_ps(vx0, vlog2e), vmagic_bias);
    const __m128 vbiased1 = _mm_add_ps(_mm_mul_ps(vx1, vlog2e), vmagic_bias);
    const __m128 vbiased2 = _mm_add_ps(_mm_mul_ps(vx2, vlog2e), vmagic_bias);
    const __m128 vbiased3 = _mm_add_ps(_mm_mul_ps(vx3, vlog2e), vmagic_bias);
    const __m128 vbiased4 = _mm_add_ps(_mm_mul_ps(vx4, vlog2e), vmagic_bias);
    const __m128 vbiased5 = _mm_add_ps(_mm_mul_ps(vx5, vlog2e), vmagic_bias);
    const __m128 vn0 = _mm_sub_ps(vbiased0, vmagic_bias);
    const __m128 vn1 = _mm_sub_ps(vbiased1, vmagic_bias);
    const __m128 vn2 = _mm_sub_ps(vbiased2, vmagic_bias);
    const __m128 vn3 = _mm_sub_ps(vbiased3, vmagic_bias);
    const __m128 vn4 = _mm_sub_ps(vbiased4, vmagic_bias);
    const __m128 vn5 = _mm_sub_ps(vbiased5, vmagic_bias);
    __m128 vt0 = _mm_add_ps(_mm_mul_ps(vn0, vminus_ln2_hi), vx0);
    __m128 vt1 = _mm_add_ps(_mm_mul_ps(vn1, vminus_ln2_hi), vx1);
    __m128 vt2 = _mm_add_ps(_mm_mul_ps(vn2, vminus_ln2_hi), vx2);
    __m128 vt3 = _mm_add_ps(_mm_mul_ps(vn3, vminus_ln2_hi), vx3);
    __m128 vt4 = _mm_add_ps(_mm_mul_ps(vn4, vminus_ln2_hi), vx4);
    __m128 vt5 = _mm_add_ps(_mm_mul_ps(vn5, vminus_ln2_hi), vx5);
    vt0 = _mm_add_ps(_mm_mul_ps(vn0, vminus_ln2_lo), vt0);
    vt1 = _mm_add_ps(_mm_mul_ps(vn1, vminus_ln2_lo), vt1);
    vt2 = _mm_add_ps(_mm_mul_ps(vn2, vminus_ln2_lo), vt2);
    vt3 = _mm_add_ps(_mm_mul_ps(vn3, vminus_ln2_lo), vt3);
    vt4 = _mm_add_ps(_mm_mul_ps(vn4, vminus_ln2_lo), vt4);
    vt5 = _mm_add_ps(_mm_mul_ps(vn5, vminus_ln2_lo), vt5);
    __m128 vp0 = _mm_add_ps(_mm_mul_ps(vc5, vt0), vc4);
    __m128 vp1 = _mm_add_ps(_mm_mul_ps(vc5, vt1), vc4);
    __m128 vp2 = _mm_add_ps(_mm_mul_ps(vc5, vt2), vc4);
    __m128 vp3 = _mm_add_ps(_mm_mul_ps(vc5, vt3), vc4);
    __m128 vp4 = _mm_add_ps(_mm_mul_ps(vc5, vt4), vc4);
    __m128 vp5 = _mm_add_ps(_mm_mul_ps(vc5, vt5), vc4);
    vp0 = _mm_add_ps(_mm_mul_ps(vp0, vt0), vc3);
    vp1 = _mm_add_ps(_mm_mul_ps(vp1, vt1), vc3);
    vp2 = _mm_add_ps(_mm_mul_ps(vp2, vt2), vc3);
    vp3 = _mm_add_ps(_mm_mul_ps(vp3, vt3), vc3);
    vp4 = _mm_add_ps(_mm_mul_ps(vp4, vt4), vc3);
    vp5 = _mm_add_ps(_mm_mul_ps(vp5, vt5), vc3);
    vp0 = _mm_add_ps(_mm_mul_ps(vp0, vt0), vc2);
    vp1 = _mm_add_ps(_mm_mul_ps(vp1, vt1), vc2);
    vp2 = _mm_add_ps(_mm_mul_ps(vp2, vt2), vc2);
    vp3 = _mm_add_ps(_mm_mul_ps(vp3, vt3), vc2);
    vp4 = _mm_add_ps(_mm_mul_ps(vp4, vt4), vc2);
    vp5 = _mm_add_ps(_mm_mul_ps(vp5, vt5), vc2);
    vp0 = _mm_add_ps(_mm_mul_ps(vp0, vt0), vc1);
    vp1 = _mm_add_ps(_mm_mul_ps(vp1, vt1), vc1);
    vp2 = _mm_add_ps(_mm_mul_ps(vp2, vt2), vc1);
    vp3 = _mm_add_ps(_mm_mul_ps(vp3, vt3), vc1);
    vp4 = _mm_add_ps(_mm_mul_ps(vp4, vt4), vc1);
    vp5 = _mm_add_ps(_mm_mul_ps(vp5, vt5), vc1);
    vp0 = _mm_add_ps(_mm_mul_ps(vp0, vt0), _mm_set1_ps(1.0f));
    vp1 = _mm_add_ps(_mm_mul_ps(vp1, vt1), _mm_set1_ps(1.0f));
    vp2 = _mm_add_ps(_mm_mul_ps(vp2, vt2), _mm_set1_ps(1.0f));
    vp3 = _mm_add_ps(_mm_mul_ps(vp3, vt3), _mm_set1_ps(1.0f));
    vp4 = _mm_add_ps(_mm_mul_ps(vp4, vt4), _mm_set1_ps(1.0f));
    vp5 = _mm_add_ps(_mm_mul_ps(vp5, vt5), _mm_set1_ps(1.0f));
    // e' = max(e, n_0, n_1, ...) per accumulator, with e (never NaN) as the second operand.
    __m128 vmax_e0 = _mm_max_ps(vn0, vacce0);
    __m128 vmax_e1 = _mm_max_ps(vn1, vacce1);
    __m128 vmax_e2 = _mm_max_ps(vn2, vacce2);
    vmax_e0 = _mm_max_ps(vn3, vmax_e0);
    vmax_e1 = _mm_max_ps(vn4, vmax_e1);
    vmax_e2 = _mm_max_ps(vn5, vmax_e2);
    const __m128 vdelta_acce0 = _mm_sub_ps(vacce0, vmax_e0);
    const __m128 vdelta_acce1 = _mm_sub_ps(vacce1, vmax_e1);
    const __m128 vdelta_acce2 = _mm_sub_ps(vacce2, vmax_e2);
    const __m128 vdelta_e0 = _mm_sub_ps(vn0, vmax_e0);
    const __m128 vdelta_e1 = _mm_sub_ps(vn1, vmax_e1);
    const __m128 vdelta_e2 = _mm_sub_ps(vn2, vmax_e2);
    const __m128 vdelta_e3 = _mm_sub_ps(vn3, vmax_e0);
    const __m128 vdelta_e4 = _mm_sub_ps(vn4, vmax_e1);
    const __m128 vdelta_e5 = _mm_sub_ps(vn5, vmax_e2);
    // v' = v * 2^(e - e') + sum p_i * 2^(n_i - e').
    vaccv0 = _mm_mul_ps(vaccv0, smax_sse2_exp2_integer(vdelta_acce0));
    vaccv1 = _mm_mul_ps(vaccv1, smax_sse2_exp2_integer(vdelta_acce1));
    vaccv2 = _mm_mul_ps(vaccv2, smax_sse2_exp2_integer(vdelta_acce2));
    vaccv0 =
        _mm_add_ps(vaccv0, _mm_mul_ps(vp0, smax_sse2_exp2_integer(vdelta_e0)));
    vaccv1 =
        _mm_add_ps(vaccv1, _mm_mul_ps(vp1, smax_sse2_exp2_integer(vdelta_e1)));
    vaccv2 =
        _mm_add_ps(vaccv2, _mm_mul_ps(vp2, smax_sse2_exp2_integer(vdelta_e2)));
    vaccv0 =
        _mm_add_ps(vaccv0, _mm_mul_ps(vp3, smax_sse2_exp2_integer(vdelta_e3)));
    vaccv1 =
        _mm_add_ps(vaccv1, _mm_mul_ps(vp4, smax_sse2_exp2_integer(vdelta_e4)));
    vaccv2 =
        _mm_add_ps(vaccv2, _mm_mul_ps(vp5, smax_sse2_exp2_integer(vdelta_e5)));
    vacce0 = vmax_e0;
    vacce1 = vmax_e1;
    vacce2 = vmax_e2;
  }
  accumulate(vaccv1, vacce1, &vaccv0, &vacce0);
  accumulate(vaccv2, vacce2, &vaccv0, &vacce0);
  for (; batch >= 4 * sizeof(float); batch -= 4 * sizeof(float)) {
    __m128 vn;
    const __m128 vp = smax_sse2_extexp(smax_sse2_clamp(_mm_loadu_ps(input), SMAX_EXTEXP_INPUT_LIMIT), &vn);
    input += 4;
    accumulate(vp, vn, &vaccv0, &vacce0);
  }
  // Across lanes: lanes 2, 3 into lanes 0, 1, then lane 1 into lane 0.
  accumulate(_mm_movehl_ps(vaccv0, vaccv0), _mm_movehl_ps(vacce0, vacce0), &vaccv0, &vacce0);
  accumulate(_mm_shuffle_ps(vaccv0, vaccv0, _MM_SHUFFLE(1, 1, 1, 1)),
             _mm_shuffle_ps(vacce0, vacce0, _MM_SHUFFLE(1, 1, 1, 1)), &vaccv0, &vacce0);
  // The last 1 to 3 elements in lane 0 (the other lanes compute values that are never used).
  for (; batch != 0; batch -= sizeof(float)) {
    __m128 vn;
    const __m128 vp = smax_sse2_extexp(smax_sse2_clamp(_mm_load_ss(input), SMAX_EXTEXP_INPUT_LIMIT), &vn);
    input += 1;
    accumulate(vp, vn, &vaccv0, &vacce0);
  }
  _mm_store_ss(&sum[0], vaccv0);
  _mm_store_ss(&sum[1], vacce0);
}
