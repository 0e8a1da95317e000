// Generated from src/f32-raddexpminusrunmax/avx-rr2-p5.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_raddexpminusrunmax_ukernel__avx_rr2_p5_x72: online normalizer (Milakov & Gimelshein 2018) over one block; AVX,
// 72 elements (9 vectors of 8 lanes) per iteration, 1 independent
// vectors of (running max, sum) pairs, one pair per lane.
//
// Writes state[0] = m = max(-FLT_MAX, max_i input[i]) and state[1] = d = sum_i exp(input[i] - m).
// Each lane's pair (m, d) folds in an element x exactly as the scalar kernel's fold(), with ONE exp:
//   x >  m: d = d * exp(m - x) + 1, m = x;      otherwise: d = d + exp(x - m);
// i.e. e = exp(lo - hi) with hi = max(x, m) = _mm256_max_ps(x, m), lo = _mm256_min_ps(m, x) (operand
// orders chosen so a NaN x goes to lo, as in the scalar selects), and the two updates selected with
// and/andnot/or (smax_avx_select). Pairs from different lanes and accumulators merge with the same
// fold (a pair (m', d') is a value m' with weight d'). m starts at -FLT_MAX so -inf inputs add 0; a
// row of only -inf ends with d = 0; a NaN input makes d NaN; a +inf input makes m +inf. Exp: rr2-p5
// from src/smax/avx-exp.h, lane for lane the scalar core. Remainders: whole vectors one at a time,
// then the last 1 to 7 elements with a masked load; the masked-out lanes keep their old pairs. Reads
// exactly [input, input + batch).
#include <assert.h>
#include <float.h>
#include <stddef.h>

#include <immintrin.h>

#include "f32-raddexpminusrunmax/f32-raddexpminusrunmax.h"
#include "smax/avx-exp.h"
#include "f32-raddexpminusrunmax/avx-rr2-p5.h"

smax_f32_raddexpminusrunmax_ukernel_fn smax_f32_raddexpminusrunmax_ukernel__avx_rr2_p5_x72;

void smax_f32_raddexpminusrunmax_ukernel__avx_rr2_p5_x72(size_t batch, const float* input, float* state, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(state != NULL);
  (void) params;

  const __m256 vone = _mm256_set1_ps(1.0f);
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
  const __m256 vcutoff = _mm256_set1_ps(SMAX_EXP_CUTOFF);
  __m256 vm0 = _mm256_set1_ps(-FLT_MAX);
  __m256 vd0 = _mm256_setzero_ps();
  for (; batch >= 72 * sizeof(float); batch -= 72 * sizeof(float)) {
    const __m256 vx0 = _mm256_loadu_ps(input + 0);
    const __m256 vx1 = _mm256_loadu_ps(input + 8);
    const __m256 vx2 = _mm256_loadu_ps(input + 16);
    const __m256 vx3 = _mm256_loadu_ps(input + 24);
    const __m256 vx4 = _mm256_loadu_ps(input + 32);
    const __m256 vx5 = _mm256_loadu_ps(input + 40);
    const __m256 vx6 = _mm256_loadu_ps(input + 48);
    const __m256 vx7 = _mm256_loadu_ps(input + 56);
    const __m256 vx8 = _mm256_loadu_ps(input + 64);
    input += 72;

    // The folds of this iteration's vectors (see fold()), split in three passes so that the exps of all
    // vectors interleave: the running maxima (cheap, in order), every exp step-major, then the sums in
    // order. These are the same operations as vector-by-vector folds: m never depends on d.
    const __m256 vx_is_new_max0 = _mm256_cmp_ps(vx0, vm0, _CMP_GT_OQ);
    const __m256 vlo0 = _mm256_min_ps(vm0, vx0);  // x > m ? m : x
    vm0 = _mm256_max_ps(vx0, vm0);  // hi = x > m ? x : m
    const __m256 vz0 = _mm256_sub_ps(vlo0, vm0);
    const __m256 vx_is_new_max1 = _mm256_cmp_ps(vx1, vm0, _CMP_GT_OQ);
    const __m256 vlo1 = _mm256_min_ps(vm0, vx1);  // x > m ? m : x
    vm0 = _mm256_max_ps(vx1, vm0);  // hi = x > m ? x : m
    const __m256 vz1 = _mm256_sub_ps(vlo1, vm0);
    const __m256 vx_is_new_max2 = _mm256_cmp_ps(vx2, vm0, _CMP_GT_OQ);
    const __m256 vlo2 = _mm256_min_ps(vm0, vx2);  // x > m ? m : x
    vm0 = _mm256_max_ps(vx2, vm0);  // hi = x > m ? x : m
    const __m256 vz2 = _mm256_sub_ps(vlo2, vm0);
    const __m256 vx_is_new_max3 = _mm256_cmp_ps(vx3, vm0, _CMP_GT_OQ);
    const __m256 vlo3 = _mm256_min_ps(vm0, vx3);  // x > m ? m : x
    vm0 = _mm256_max_ps(vx3, vm0);  // hi = x > m ? x : m
    const __m256 vz3 = _mm256_sub_ps(vlo3, vm0);
    const __m256 vx_is_new_max4 = _mm256_cmp_ps(vx4, vm0, _CMP_GT_OQ);
    const __m256 vlo4 = _mm256_min_ps(vm0, vx4);  // x > m ? m : x
    vm0 = _mm256_max_ps(vx4, vm0);  // hi = x > m ? x : m
    const __m256 vz4 = _mm256_sub_ps(vlo4, vm0);
    const __m256 vx_is_new_max5 = _mm256_cmp_ps(vx5, vm0, _CMP_GT_OQ);
    const __m256 vlo5 = _mm256_min_ps(vm0, vx5);  // x > m ? m : x
    vm0 = _mm256_max_ps(vx5, vm0);  // hi = x > m ? x : m
    const __m256 vz5 = _mm256_sub_ps(vlo5, vm0);
    const __m256 vx_is_new_max6 = _mm256_cmp_ps(vx6, vm0, _CMP_GT_OQ);
    const __m256 vlo6 = _mm256_min_ps(vm0, vx6);  // x > m ? m : x
    vm0 = _mm256_max_ps(vx6, vm0);  // hi = x > m ? x : m
    const __m256 vz6 = _mm256_sub_ps(vlo6, vm0);
    const __m256 vx_is_new_max7 = _mm256_cmp_ps(vx7, vm0, _CMP_GT_OQ);
    const __m256 vlo7 = _mm256_min_ps(vm0, vx7);  // x > m ? m : x
    vm0 = _mm256_max_ps(vx7, vm0);  // hi = x > m ? x : m
    const __m256 vz7 = _mm256_sub_ps(vlo7, vm0);
    const __m256 vx_is_new_max8 = _mm256_cmp_ps(vx8, vm0, _CMP_GT_OQ);
    const __m256 vlo8 = _mm256_min_ps(vm0, vx8);  // x > m ? m : x
    vm0 = _mm256_max_ps(vx8, vm0);  // hi = x > m ? x : m
    const __m256 vz8 = _mm256_sub_ps(vlo8, vm0);
    // exp(z), step-major so the vectors' independent chains interleave (src/smax/avx-exp.h has the
    // same steps for one vector): n = round(z * log2e) by the magic bias, s = 2^n from its bits,
    // t = z - n * ln2 in two parts, f = s + (t * P(t)) * s; z below the cutoff (and -inf) gives 0.
    const __m256 vbiased0 = _mm256_add_ps(_mm256_mul_ps(vz0, vlog2e), vmagic_bias);
    const __m256 vbiased1 = _mm256_add_ps(_mm256_mul_ps(vz1, vlog2e), vmagic_bias);
    const __m256 vbiased2 = _mm256_add_ps(_mm256_mul_ps(vz2, vlog2e), vmagic_bias);
    const __m256 vbiased3 = _mm256_add_ps(_mm256_mul_ps(vz3, vlog2e), vmagic_bias);
    const __m256 vbiased4 = _mm256_add_ps(_mm256_mul_ps(vz4, vlog2e), vmagic_bias);
    const __m256 vbiased5 = _mm256_add_ps(_mm256_mul_ps(vz5, vlog2e), vmagic_bias);
    const __m256 vbiased6 = _mm256_add_ps(_mm256_mul_ps(vz6, vlog2e), vmagic_bias);
    const __m256 vbiased7 = _mm256_add_ps(_mm256_mul_ps(vz7, vlog2e), vmagic_bias);
    const __m256 vbiased8 = _mm256_add_ps(_mm256_mul_ps(vz8, vlog2e), vmagic_bias);
    const __m256 vs0 = smax_avx_shift_exponent(vbiased0);
    const __m256 vs1 = smax_avx_shift_exponent(vbiased1);
    const __m256 vs2 = smax_avx_shift_exponent(vbiased2);
    const __m256 vs3 = smax_avx_shift_exponent(vbiased3);
    const __m256 vs4 = smax_avx_shift_exponent(vbiased4);
    const __m256 vs5 = smax_avx_shift_exponent(vbiased5);
    const __m256 vs6 = smax_avx_shift_exponent(vbiased6);
    const __m256 vs7 = smax_avx_shift_exponent(vbiased7);
    const __m256 vs8 = smax_avx_shift_exponent(vbiased8);
    const __m256 vn0 = _mm256_sub_ps(vbiased0, vmagic_bias);
    const __m256 vn1 = _mm256_sub_ps(vbiased1, vmagic_bias);
    const __m256 vn2 = _mm256_sub_ps(vbiased2, vmagic_bias);
    const __m256 vn3 = _mm256_sub_ps(vbiased3, vmagic_bias);
    const __m256 vn4 = _mm256_sub_ps(vbiased4, vmagic_bias);
    const __m256 vn5 = _mm256_sub_ps(vbiased5, vmagic_bias);
    const __m256 vn6 = _mm256_sub_ps(vbiased6, vmagic_bias);
    const __m256 vn7 = _mm256_sub_ps(vbiased7, vmagic_bias);
    const __m256 vn8 = _mm256_sub_ps(vbiased8, vmagic_bias);
    __m256 vt0 = _mm256_add_ps(_mm256_mul_ps(vn0, vminus_ln2_hi), vz0);
    __m256 vt1 = _mm256_add_ps(_mm256_mul_ps(vn1, vminus_ln2_hi), vz1);
    __m256 vt2 = _mm256_add_ps(_mm256_mul_ps(vn2, vminus_ln2_hi), vz2);
    __m256 vt3 = _mm256_add_ps(_mm256_mul_ps(vn3, vminus_ln2_hi), vz3);
    __m256 vt4 = _mm256_add_ps(_mm256_mul_ps(vn4, vminus_ln2_hi), vz4);
    __m256 vt5 = _mm256_add_ps(_mm256_mul_ps(vn5, vminus_ln2_hi), vz5);
    __m256 vt6 = _mm256_add_ps(_mm256_mul_ps(vn6, vminus_ln2_hi), vz6);
    __m256 vt7 = _mm256_add_ps(_mm256_mul_ps(vn7, vminus_ln2_hi), vz7);
    __m256 vt8 = _mm256_add_ps(_mm256_mul_ps(vn8, vminus_ln2_hi), vz8);
    vt0 = _mm256_add_ps(_mm256_mul_ps(vn0, vminus_ln2_lo), vt0);
    vt1 = _mm256_add_ps(_mm256_mul_ps(vn1, vminus_ln2_lo), vt1);
    vt2 = _mm256_add_ps(_mm256_mul_ps(vn2, vminus_ln2_lo), vt2);
    vt3 = _mm256_add_ps(_mm256_mul_ps(vn3, vminus_ln2_lo), vt3);
    vt4 = _mm256_add_ps(_mm256_mul_ps(vn4, vminus_ln2_lo), vt4);
    vt5 = _mm256_add_ps(_mm256_mul_ps(vn5, vminus_ln2_lo), vt5);
    vt6 = _mm256_add_ps(_mm256_mul_ps(vn6, vminus_ln2_lo), vt6);
    vt7 = _mm256_add_ps(_mm256_mul_ps(vn7, vminus_ln2_lo), vt7);
    vt8 = _mm256_add_ps(_mm256_mul_ps(vn8, vminus_ln2_lo), vt8);
    __m256 vp0 = _mm256_add_ps(_mm256_mul_ps(vc5, vt0), vc4);
    __m256 vp1 = _mm256_add_ps(_mm256_mul_ps(vc5, vt1), vc4);
    __m256 vp2 = _mm256_add_ps(_mm256_mul_ps(vc5, vt2), vc4);
    __m256 vp3 = _mm256_add_ps(_mm256_mul_ps(vc5, vt3), vc4);
    __m256 vp4 = _mm256_add_ps(_mm256_mul_ps(vc5, vt4), vc4);
    __m256 vp5 = _mm256_add_ps(_mm256_mul_ps(vc5, vt5), vc4);
    __m256 vp6 = _mm256_add_ps(_mm256_mul_ps(vc5, vt6), vc4);
    __m256 vp7 = _mm256_add_ps(_mm256_mul_ps(vc5, vt7), vc4);
    __m256 vp8 = _mm256_add_ps(_mm256_mul_ps(vc5, vt8), vc4);
    vp0 = _mm256_add_ps(_mm256_mul_ps(vp0, vt0), vc3);
    vp1 = _mm256_add_ps(_mm256_mul_ps(vp1, vt1), vc3);
    vp2 = _mm256_add_ps(_mm256_mul_ps(vp2, vt2), vc3);
    vp3 = _mm256_add_ps(_mm256_mul_ps(vp3, vt3), vc3);
    vp4 = _mm256_add_ps(_mm256_mul_ps(vp4, vt4), vc3);
    vp5 = _mm256_add_ps(_mm256_mul_ps(vp5, vt5), vc3);
    vp6 = _mm256_add_ps(_mm256_mul_ps(vp6, vt6), vc3);
    vp7 = _mm256_add_ps(_mm256_mul_ps(vp7, vt7), vc3);
    vp8 = _mm256_add_ps(_mm256_mul_ps(vp8, vt8), vc3);
    vp0 = _mm256_add_ps(_mm256_mul_ps(vp0, vt0), vc2);
    vp1 = _mm256_add_ps(_mm256_mul_ps(vp1, vt1), vc2);
    vp2 = _mm256_add_ps(_mm256_mul_ps(vp2, vt2), vc2);
    vp3 = _mm256_add_ps(_mm256_mul_ps(vp3, vt3), vc2);
    vp4 = _mm256_add_ps(_mm256_mul_ps(vp4, vt4), vc2);
    vp5 = _mm256_add_ps(_mm256_mul_ps(vp5, vt5), vc2);
    vp6 = _mm256_add_ps(_mm256_mul_ps(vp6, vt6), vc2);
    vp7 = _mm256_add_ps(_mm256_mul_ps(vp7, vt7), vc2);
    vp8 = _mm256_add_ps(_mm256_mul_ps(vp8, vt8), vc2);
    vp0 = _mm256_add_ps(_mm256_mul_ps(vp0, vt0), vc1);
    vp1 = _mm256_add_ps(_mm256_mul_ps(vp1, vt1), vc1);
    vp2 = _mm256_add_ps(_mm256_mul_ps(vp2, vt2), vc1);
    vp3 = _mm256_add_ps(_mm256_mul_ps(vp3, vt3), vc1);
    vp4 = _mm256_add_ps(_mm256_mul_ps(vp4, vt4), vc1);
    vp5 = _mm256_add_ps(_mm256_mul_ps(vp5, vt5), vc1);
    vp6 = _mm256_add_ps(_mm256_mul_ps(vp6, vt6), vc1);
    vp7 = _mm256_add_ps(_mm256_mul_ps(vp7, vt7), vc1);
    vp8 = _mm256_add_ps(_mm256_mul_ps(vp8, vt8), vc1);
    vp0 = _mm256_mul_ps(vp0, vt0);
    vp1 = _mm256_mul_ps(vp1, vt1);
    vp2 = _mm256_mul_ps(vp2, vt2);
    vp3 = _mm256_mul_ps(vp3, vt3);
    vp4 = _mm256_mul_ps(vp4, vt4);
    vp5 = _mm256_mul_ps(vp5, vt5);
    vp6 = _mm256_mul_ps(vp6, vt6);
    vp7 = _mm256_mul_ps(vp7, vt7);
    vp8 = _mm256_mul_ps(vp8, vt8);
    const __m256 ve0 =
        _mm256_andnot_ps(_mm256_cmp_ps(vz0, vcutoff, _CMP_LT_OQ),
                         _mm256_add_ps(_mm256_mul_ps(vp0, vs0), vs0));
    const __m256 ve1 =
        _mm256_andnot_ps(_mm256_cmp_ps(vz1, vcutoff, _CMP_LT_OQ),
                         _mm256_add_ps(_mm256_mul_ps(vp1, vs1), vs1));
    const __m256 ve2 =
        _mm256_andnot_ps(_mm256_cmp_ps(vz2, vcutoff, _CMP_LT_OQ),
                         _mm256_add_ps(_mm256_mul_ps(vp2, vs2), vs2));
    const __m256 ve3 =
        _mm256_andnot_ps(_mm256_cmp_ps(vz3, vcutoff, _CMP_LT_OQ),
                         _mm256_add_ps(_mm256_mul_ps(vp3, vs3), vs3));
    const __m256 ve4 =
        _mm256_andnot_ps(_mm256_cmp_ps(vz4, vcutoff, _CMP_LT_OQ),
                         _mm256_add_ps(_mm256_mul_ps(vp4, vs4), vs4));
    const __m256 ve5 =
        _mm256_andnot_ps(_mm256_cmp_ps(vz5, vcutoff, _CMP_LT_OQ),
                         _mm256_add_ps(_mm256_mul_ps(vp5, vs5), vs5));
    const __m256 ve6 =
        _mm256_andnot_ps(_mm256_cmp_ps(vz6, vcutoff, _CMP_LT_OQ),
                         _mm256_add_ps(_mm256_mul_ps(vp6, vs6), vs6));
    const __m256 ve7 =
        _mm256_andnot_ps(_mm256_cmp_ps(vz7, vcutoff, _CMP_LT_OQ),
                         _mm256_add_ps(_mm256_mul_ps(vp7, vs7), vs7));
    const __m256 ve8 =
        _mm256_andnot_ps(_mm256_cmp_ps(vz8, vcutoff, _CMP_LT_OQ),
                         _mm256_add_ps(_mm256_mul_ps(vp8, vs8), vs8));
    // d = x > m ? d * e + 1 : d + e (fold() with dx = 1, for which dx * e is exactly e).
    vd0 =
        smax_avx_select(vx_is_new_max0, _mm256_add_ps(_mm256_mul_ps(vd0, ve0), vone),
                        _mm256_add_ps(vd0, ve0));
    vd0 =
        smax_avx_select(vx_is_new_max1, _mm256_add_ps(_mm256_mul_ps(vd0, ve1), vone),
                        _mm256_add_ps(vd0, ve1));
    vd0 =
        smax_avx_select(vx_is_new_max2, _mm256_add_ps(_mm256_mul_ps(vd0, ve2), vone),
                        _mm256_add_ps(vd0, ve2));
    vd0 =
        smax_avx_select(vx_is_new_max3, _mm256_add_ps(_mm256_mul_ps(vd0, ve3), vone),
                        _mm256_add_ps(vd0, ve3));
    vd0 =
        smax_avx_select(vx_is_new_max4, _mm256_add_ps(_mm256_mul_ps(vd0, ve4), vone),
                        _mm256_add_ps(vd0, ve4));
    vd0 =
        smax_avx_select(vx_is_new_max5, _mm256_add_ps(_mm256_mul_ps(vd0, ve5), vone),
                        _mm256_add_ps(vd0, ve5));
    vd0 =
        smax_avx_select(vx_is_new_max6, _mm256_add_ps(_mm256_mul_ps(vd0, ve6), vone),
                        _mm256_add_ps(vd0, ve6));
    vd0 =
        smax_avx_select(vx_is_new_max7, _mm256_add_ps(_mm256_mul_ps(vd0, ve7), vone),
                        _mm256_add_ps(vd0, ve7));
    vd0 =
        smax_avx_select(vx_is_new_max8, _mm256_add_ps(_mm256_mul_ps(vd0, ve8), vone),
                        _mm256_add_ps(vd0, ve8));
  }
  for (; batch >= 8 * sizeof(float); batch -= 8 * sizeof(float)) {
    fold(_mm256_loadu_ps(input), vone, &vm0, &vd0);
    input += 8;
  }
  if (batch != 0) {
    assert(batch >= 1 * sizeof(float));
    assert(batch <= 7 * sizeof(float));
    const __m256 vmask = _mm256_castsi256_ps(smax_avx_tail_mask(batch / sizeof(float)));
    __m256 vm = vm0;
    __m256 vd = vd0;
    fold(_mm256_maskload_ps(input, _mm256_castps_si256(vmask)), vone, &vm, &vd);
    vm0 = smax_avx_select(vmask, vm, vm0);
    vd0 = smax_avx_select(vmask, vd, vd0);
  }
  // Across lanes: fold the high half into the low half, then lanes 2, 3 into 0, 1, then lane 1 into 0.
  fold(_mm256_permute2f128_ps(vm0, vm0, 0x01), _mm256_permute2f128_ps(vd0, vd0, 0x01), &vm0, &vd0);
  fold(_mm256_permute_ps(vm0, _MM_SHUFFLE(1, 0, 3, 2)), _mm256_permute_ps(vd0, _MM_SHUFFLE(1, 0, 3, 2)), &vm0, &vd0);
  fold(_mm256_permute_ps(vm0, _MM_SHUFFLE(2, 3, 0, 1)), _mm256_permute_ps(vd0, _MM_SHUFFLE(2, 3, 0, 1)), &vm0, &vd0);
  _mm_store_ss(&state[0], _mm256_castps256_ps128(vm0));
  _mm_store_ss(&state[1], _mm256_castps256_ps128(vd0));
}
