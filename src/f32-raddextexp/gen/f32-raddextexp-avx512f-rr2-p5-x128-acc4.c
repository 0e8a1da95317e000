// Generated from src/f32-raddextexp/avx512f-rr2-p5.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_raddextexp_ukernel__avx512f_rr2_p5_x128_acc4: two-pass softmax, pass 1 (Dukhan & Ablavatski 2020); AVX-512F, 128 elements
// (8 vectors of 16) per iteration, 4 independent (mantissa, exponent) vector accumulators
// (vector N goes to accumulator N mod 4).
//
// Writes sum[0] = V and sum[1] = E (an integer held in a float) with
//   V * 2^E = sum_i exp(clamp(input[i], -SMAX_EXTEXP_INPUT_LIMIT, SMAX_EXTEXP_INPUT_LIMIT)),
// with no max pass and no overflow, as the scalar template: each element is exp(x) = p * 2^n
// (p in [0.7, 1.42], n integer), and an accumulator (v, e) absorbs a group of elements as
//   e' = max(e, n_1, ..., n_k);  v' = v * 2^(e - e') + sum_j p_j * 2^(n_j - e')
// (k: the accumulator's vectors within one step-major group of 3),
// where every power of two is <= 1, so v grows at most linearly with the element count. vscalefps
// computes x * 2^d exactly (d is an integer <= 0; the result only rounds once it is below 2^-126,
// where it no longer matters next to the term with exponent e', which is >= 0.7). The clamp keeps
// round(x*log2e) below 2^11, where the rr2 reduction is exact, and keeps NaN (x is vmaxps' / vminps'
// second operand); a NaN input makes V NaN, while E stays a number (vmaxps(n, e) returns e).
// Exp: rr2-p5 with FMA (src/smax/avx512f-exp.h). The tail is one k-masked vector whose masked-out
// lanes change neither e nor v: reads exactly [input, input + batch).
#include <assert.h>
#include <stddef.h>

#include <immintrin.h>

#include "f32-raddextexp/f32-raddextexp.h"
#include "smax/avx512f-exp.h"
#include "f32-raddextexp/avx512f-rr2-p5.h"

smax_f32_raddextexp_ukernel_fn smax_f32_raddextexp_ukernel__avx512f_rr2_p5_x128_acc4;

void smax_f32_raddextexp_ukernel__avx512f_rr2_p5_x128_acc4(size_t batch, const float* input, float* sum, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(sum != NULL);
  (void) params;

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

  // An empty accumulator: v = 0 with an exponent below any element's, so it vanishes when merged.
  __m512 vaccv0 = _mm512_setzero_ps();
  __m512 vacce0 = _mm512_set1_ps(-0x1.0p+30f);
  __m512 vaccv1 = _mm512_setzero_ps();
  __m512 vacce1 = _mm512_set1_ps(-0x1.0p+30f);
  __m512 vaccv2 = _mm512_setzero_ps();
  __m512 vacce2 = _mm512_set1_ps(-0x1.0p+30f);
  __m512 vaccv3 = _mm512_setzero_ps();
  __m512 vacce3 = _mm512_set1_ps(-0x1.0p+30f);
  for (; batch >= 128 * sizeof(float); batch -= 128 * sizeof(float)) {
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
    // e' = max(e, n of this group's vectors of the accumulator); n goes first: a NaN n keeps e.
    __m512 vmax_e0_0 = _mm512_max_ps(vn0, vacce0);
    __m512 vmax_e0_1 = _mm512_max_ps(vn1, vacce1);
    __m512 vmax_e0_2 = _mm512_max_ps(vn2, vacce2);
    // v' = v * 2^(e - e') + sum p * 2^(n - e').
    vaccv0 = _mm512_scalef_ps(vaccv0, _mm512_sub_ps(vacce0, vmax_e0_0));
    vaccv1 = _mm512_scalef_ps(vaccv1, _mm512_sub_ps(vacce1, vmax_e0_1));
    vaccv2 = _mm512_scalef_ps(vaccv2, _mm512_sub_ps(vacce2, vmax_e0_2));
    vaccv0 = _mm512_add_ps(vaccv0, _mm512_scalef_ps(vp0, _mm512_sub_ps(vn0, vmax_e0_0)));
    vaccv1 = _mm512_add_ps(vaccv1, _mm512_scalef_ps(vp1, _mm512_sub_ps(vn1, vmax_e0_1)));
    vaccv2 = _mm512_add_ps(vaccv2, _mm512_scalef_ps(vp2, _mm512_sub_ps(vn2, vmax_e0_2)));
    vacce0 = vmax_e0_0;
    vacce1 = vmax_e0_1;
    vacce2 = vmax_e0_2;
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
    // e' = max(e, n of this group's vectors of the accumulator); n goes first: a NaN n keeps e.
    __m512 vmax_e3_0 = _mm512_max_ps(vn4, vacce0);
    __m512 vmax_e3_1 = _mm512_max_ps(vn5, vacce1);
    __m512 vmax_e3_3 = _mm512_max_ps(vn3, vacce3);
    // v' = v * 2^(e - e') + sum p * 2^(n - e').
    vaccv0 = _mm512_scalef_ps(vaccv0, _mm512_sub_ps(vacce0, vmax_e3_0));
    vaccv1 = _mm512_scalef_ps(vaccv1, _mm512_sub_ps(vacce1, vmax_e3_1));
    vaccv3 = _mm512_scalef_ps(vaccv3, _mm512_sub_ps(vacce3, vmax_e3_3));
    vaccv3 = _mm512_add_ps(vaccv3, _mm512_scalef_ps(vp3, _mm512_sub_ps(vn3, vmax_e3_3)));
    vaccv0 = _mm512_add_ps(vaccv0, _mm512_scalef_ps(vp4, _mm512_sub_ps(vn4, vmax_e3_0)));
    vaccv1 = _mm512_add_ps(vaccv1, _mm512_scalef_ps(vp5, _mm512_sub_ps(vn5, vmax_e3_1)));
    vacce0 = vmax_e3_0;
    vacce1 = vmax_e3_1;
    vacce3 = vmax_e3_3;
    const __m512 vx6 = _mm512_min_ps(vlimit, _mm512_max_ps(vminus_limit, _mm512_loadu_ps(input + 96)));
    const __m512 vx7 = _mm512_min_ps(vlimit, _mm512_max_ps(vminus_limit, _mm512_loadu_ps(input + 112)));
    // n = round(x * log2e), t = x - n * ln2, p = 1 + t * P(t).
    const __m512 vn6 = _mm512_sub_ps(_mm512_fmadd_ps(vx6, vlog2e, vmagic_bias), vmagic_bias);
    const __m512 vn7 = _mm512_sub_ps(_mm512_fmadd_ps(vx7, vlog2e, vmagic_bias), vmagic_bias);
    __m512 vt6 = _mm512_fmadd_ps(vn6, vminus_ln2_hi, vx6);
    __m512 vt7 = _mm512_fmadd_ps(vn7, vminus_ln2_hi, vx7);
    vt6 = _mm512_fmadd_ps(vn6, vminus_ln2_lo, vt6);
    vt7 = _mm512_fmadd_ps(vn7, vminus_ln2_lo, vt7);
    __m512 vp6 = _mm512_fmadd_ps(vc5, vt6, vc4);
    __m512 vp7 = _mm512_fmadd_ps(vc5, vt7, vc4);
    vp6 = _mm512_fmadd_ps(vp6, vt6, vc3);
    vp7 = _mm512_fmadd_ps(vp7, vt7, vc3);
    vp6 = _mm512_fmadd_ps(vp6, vt6, vc2);
    vp7 = _mm512_fmadd_ps(vp7, vt7, vc2);
    vp6 = _mm512_fmadd_ps(vp6, vt6, vc1);
    vp7 = _mm512_fmadd_ps(vp7, vt7, vc1);
    vp6 = _mm512_fmadd_ps(vp6, vt6, vone);
    vp7 = _mm512_fmadd_ps(vp7, vt7, vone);
    // e' = max(e, n of this group's vectors of the accumulator); n goes first: a NaN n keeps e.
    __m512 vmax_e6_2 = _mm512_max_ps(vn6, vacce2);
    __m512 vmax_e6_3 = _mm512_max_ps(vn7, vacce3);
    // v' = v * 2^(e - e') + sum p * 2^(n - e').
    vaccv2 = _mm512_scalef_ps(vaccv2, _mm512_sub_ps(vacce2, vmax_e6_2));
    vaccv3 = _mm512_scalef_ps(vaccv3, _mm512_sub_ps(vacce3, vmax_e6_3));
    vaccv2 = _mm512_add_ps(vaccv2, _mm512_scalef_ps(vp6, _mm512_sub_ps(vn6, vmax_e6_2)));
    vaccv3 = _mm512_add_ps(vaccv3, _mm512_scalef_ps(vp7, _mm512_sub_ps(vn7, vmax_e6_3)));
    vacce2 = vmax_e6_2;
    vacce3 = vmax_e6_3;
    input += 128;
  }
  // Merge accumulators pairwise: (a, ea) + (b, eb) = (a * 2^(ea - e) + b * 2^(eb - e), e = max(ea, eb)).
  accumulate((__mmask16) 0xFFFF, vaccv1, vacce1, &vaccv0, &vacce0);
  accumulate((__mmask16) 0xFFFF, vaccv3, vacce3, &vaccv2, &vacce2);
  accumulate((__mmask16) 0xFFFF, vaccv2, vacce2, &vaccv0, &vacce0);
  for (; batch >= 16 * sizeof(float); batch -= 16 * sizeof(float)) {
    __m512 vn;
    const __m512 vp = smax_avx512f_extexp(smax_avx512f_extexp_clamp(_mm512_loadu_ps(input)), &vn);
    input += 16;
    accumulate((__mmask16) 0xFFFF, vp, vn, &vaccv0, &vacce0);
  }
  if (batch != 0) {
    const __mmask16 vmask = smax_avx512f_tail_mask(batch / sizeof(float));
    __m512 vn;
    const __m512 vp = smax_avx512f_extexp(smax_avx512f_extexp_clamp(_mm512_maskz_loadu_ps(vmask, input)), &vn);
    accumulate(vmask, vp, vn, &vaccv0, &vacce0);
  }
  // Lanes: E = the largest lane exponent, V = sum of v * 2^(e - E).
  const float vmax_e = _mm512_reduce_max_ps(vacce0);
  sum[0] = _mm512_reduce_add_ps(_mm512_scalef_ps(vaccv0, _mm512_sub_ps(vacce0, _mm512_set1_ps(vmax_e))));
  sum[1] = vmax_e;
}
