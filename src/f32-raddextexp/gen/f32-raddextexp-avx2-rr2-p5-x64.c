// Generated from src/f32-raddextexp/avx2-rr2-p5.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_raddextexp_ukernel__avx2_rr2_p5_x64: two-pass softmax, pass 1 (Dukhan & Ablavatski 2020); AVX2 + FMA3, 64 elements
// (8 vectors of 8) per iteration, 1 independent (mantissa, exponent) vector accumulators
// (vector N goes to accumulator N mod 1).
//
// Writes sum[0] = V and sum[1] = E (an integer held in a float) with
//   V * 2^E = sum_i exp(clamp(input[i], -SMAX_EXTEXP_INPUT_LIMIT, SMAX_EXTEXP_INPUT_LIMIT)),
// with no max pass and no overflow, as the scalar template: each element is exp(x) = p * 2^n
// (p in [0.7, 1.42], n integer), and an accumulator (v, e) absorbs a group of elements as
//   e' = max(e, n_1, ..., n_k);  v' = v * 2^(e - e') + sum_j p_j * 2^(n_j - e')
// (k: the accumulator's vectors within one step-major group of 2),
// where every power of two is <= 1, so v grows at most linearly with the element count. The powers
// 2^d (d an integer <= 0) are built from exponent bits, exact for d >= -126 and exactly 0 below, as
// smax_scalar_exp2_integer (src/smax/avx2-exp.h). The clamp keeps round(x*log2e) below 2^11, where
// the rr2 reduction is exact, and keeps NaN (x is vmaxps' / vminps' second operand); a NaN input
// makes V NaN, while E stays a number (vmaxps(n, e) returns e).
// Exp: rr2-p5 with FMA (src/smax/avx2-exp.h). The tail is one vmaskmovps vector whose masked-out
// lanes change neither e nor v (p = 0, n = e there): reads exactly [input, input + batch).
#include <assert.h>
#include <stddef.h>

#include <immintrin.h>

#include "f32-raddextexp/f32-raddextexp.h"
#include "smax/avx2-exp.h"
#include "f32-raddextexp/avx2-rr2-p5.h"

smax_f32_raddextexp_ukernel_fn smax_f32_raddextexp_ukernel__avx2_rr2_p5_x64;

void smax_f32_raddextexp_ukernel__avx2_rr2_p5_x64(size_t batch, const float* input, float* sum, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(sum != NULL);
  (void) params;

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

  // An empty accumulator: v = 0 with an exponent below any element's, so it vanishes when merged.
  __m256 vaccv0 = _mm256_setzero_ps();
  __m256 vacce0 = _mm256_set1_ps(-0x1.0p+30f);
  for (; batch >= 64 * sizeof(float); batch -= 64 * sizeof(float)) {
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
    // e' = max(e, n of this group's vectors of the accumulator); n goes first: a NaN n keeps e.
    __m256 vmax_e0_0 = _mm256_max_ps(vn0, vacce0);
    vmax_e0_0 = _mm256_max_ps(vn1, vmax_e0_0);
    // v' = v * 2^(e - e') + sum p * 2^(n - e').
    vaccv0 = _mm256_mul_ps(vaccv0, smax_avx2_exp2_nonpositive(_mm256_sub_ps(vacce0, vmax_e0_0)));
    vaccv0 = _mm256_fmadd_ps(vp0, smax_avx2_exp2_nonpositive(_mm256_sub_ps(vn0, vmax_e0_0)), vaccv0);
    vaccv0 = _mm256_fmadd_ps(vp1, smax_avx2_exp2_nonpositive(_mm256_sub_ps(vn1, vmax_e0_0)), vaccv0);
    vacce0 = vmax_e0_0;
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
    // e' = max(e, n of this group's vectors of the accumulator); n goes first: a NaN n keeps e.
    __m256 vmax_e2_0 = _mm256_max_ps(vn2, vacce0);
    vmax_e2_0 = _mm256_max_ps(vn3, vmax_e2_0);
    // v' = v * 2^(e - e') + sum p * 2^(n - e').
    vaccv0 = _mm256_mul_ps(vaccv0, smax_avx2_exp2_nonpositive(_mm256_sub_ps(vacce0, vmax_e2_0)));
    vaccv0 = _mm256_fmadd_ps(vp2, smax_avx2_exp2_nonpositive(_mm256_sub_ps(vn2, vmax_e2_0)), vaccv0);
    vaccv0 = _mm256_fmadd_ps(vp3, smax_avx2_exp2_nonpositive(_mm256_sub_ps(vn3, vmax_e2_0)), vaccv0);
    vacce0 = vmax_e2_0;
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
    // e' = max(e, n of this group's vectors of the accumulator); n goes first: a NaN n keeps e.
    __m256 vmax_e4_0 = _mm256_max_ps(vn4, vacce0);
    vmax_e4_0 = _mm256_max_ps(vn5, vmax_e4_0);
    // v' = v * 2^(e - e') + sum p * 2^(n - e').
    vaccv0 = _mm256_mul_ps(vaccv0, smax_avx2_exp2_nonpositive(_mm256_sub_ps(vacce0, vmax_e4_0)));
    vaccv0 = _mm256_fmadd_ps(vp4, smax_avx2_exp2_nonpositive(_mm256_sub_ps(vn4, vmax_e4_0)), vaccv0);
    vaccv0 = _mm256_fmadd_ps(vp5, smax_avx2_exp2_nonpositive(_mm256_sub_ps(vn5, vmax_e4_0)), vaccv0);
    vacce0 = vmax_e4_0;
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
    // e' = max(e, n of this group's vectors of the accumulator); n goes first: a NaN n keeps e.
    __m256 vmax_e6_0 = _mm256_max_ps(vn6, vacce0);
    vmax_e6_0 = _mm256_max_ps(vn7, vmax_e6_0);
    // v' = v * 2^(e - e') + sum p * 2^(n - e').
    vaccv0 = _mm256_mul_ps(vaccv0, smax_avx2_exp2_nonpositive(_mm256_sub_ps(vacce0, vmax_e6_0)));
    vaccv0 = _mm256_fmadd_ps(vp6, smax_avx2_exp2_nonpositive(_mm256_sub_ps(vn6, vmax_e6_0)), vaccv0);
    vaccv0 = _mm256_fmadd_ps(vp7, smax_avx2_exp2_nonpositive(_mm256_sub_ps(vn7, vmax_e6_0)), vaccv0);
    vacce0 = vmax_e6_0;
    input += 64;
  }
  // Merge accumulators pairwise: (a, ea) + (b, eb) = (a * 2^(ea - e) + b * 2^(eb - e), e = max(ea, eb)).
  for (; batch >= 8 * sizeof(float); batch -= 8 * sizeof(float)) {
    __m256 vn;
    const __m256 vp = smax_avx2_extexp(smax_avx2_extexp_clamp(_mm256_loadu_ps(input)), &vn);
    input += 8;
    accumulate(vp, vn, &vaccv0, &vacce0);
  }
  if (batch != 0) {
    const __m256i vmask = smax_avx2_tail_mask(batch / sizeof(float));
    __m256 vn;
    const __m256 vp = smax_avx2_extexp(smax_avx2_extexp_clamp(_mm256_maskload_ps(input, vmask)), &vn);
    accumulate(_mm256_and_ps(vp, _mm256_castsi256_ps(vmask)), _mm256_blendv_ps(vacce0, vn, _mm256_castsi256_ps(vmask)),
               &vaccv0, &vacce0);
  }
  // Lanes: E = the largest lane exponent, V = sum of v * 2^(e - E).
  const __m256 vmax_e = smax_avx2_broadcast_max(vacce0);
  sum[0] = smax_avx2_reduce_add(_mm256_mul_ps(vaccv0, smax_avx2_exp2_nonpositive(_mm256_sub_ps(vacce0, vmax_e))));
  sum[1] = _mm256_cvtss_f32(vmax_e);
}
