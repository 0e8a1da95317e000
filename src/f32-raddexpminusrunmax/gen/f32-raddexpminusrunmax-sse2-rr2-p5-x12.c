// Generated from src/f32-raddexpminusrunmax/sse2-rr2-p5.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_raddexpminusrunmax_ukernel__sse2_rr2_p5_x12: online normalizer (Milakov & Gimelshein 2018) over one block; SSE2,
// 12 elements (3 vectors of 4 lanes) per iteration, 1 independent
// vectors of (running max, sum) pairs, one pair per lane.
//
// Writes state[0] = m = max(-FLT_MAX, max_i input[i]) and state[1] = d = sum_i exp(input[i] - m).
// Each lane's pair (m, d) folds in an element x exactly as the scalar kernel's fold(), with ONE exp:
//   x >  m: d = d * exp(m - x) + 1, m = x;      otherwise: d = d + exp(x - m);
// i.e. e = exp(lo - hi) with hi = max(x, m) = _mm_max_ps(x, m), lo = min = _mm_min_ps(m, x) (operand
// orders chosen so a NaN x goes to lo, as in the scalar selects), and the two updates selected with
// and/andnot (SSE2 has no blendv). Pairs from different lanes and accumulators merge with the same
// fold (a pair (m', d') is a value m' with weight d'). m starts at -FLT_MAX so -inf inputs add 0; a row
// of only -inf ends with d = 0; a NaN input makes d NaN; a +inf input makes m +inf. Exp: rr2-p5 from
// src/smax/sse2-exp.h, lane for lane the scalar core. Remainders: whole vectors one at a time, then the
// last 1 to 3 elements one at a time in lane 0 with single-lane loads, so it reads exactly
// [input, input + batch).
#include <assert.h>
#include <float.h>
#include <stddef.h>

#include <emmintrin.h>

#include "f32-raddexpminusrunmax/f32-raddexpminusrunmax.h"
#include "smax/sse2-exp.h"
#include "f32-raddexpminusrunmax/sse2-rr2-p5.h"

smax_f32_raddexpminusrunmax_ukernel_fn smax_f32_raddexpminusrunmax_ukernel__sse2_rr2_p5_x12;

void smax_f32_raddexpminusrunmax_ukernel__sse2_rr2_p5_x12(size_t batch, const float* input, float* state, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(state != NULL);
  (void) params;

  const __m128 vone = _mm_set1_ps(1.0f);
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
  const __m128 vcutoff = _mm_set1_ps(SMAX_EXP_CUTOFF);
  __m128 vm0 = _mm_set1_ps(-FLT_MAX);
  __m128 vd0 = _mm_setzero_ps();
  for (; batch >= 12 * sizeof(float); batch -= 12 * sizeof(float)) {
    const __m128 vx0 = _mm_loadu_ps(input + 0);
    const __m128 vx1 = _mm_loadu_ps(input + 4);
    const __m128 vx2 = _mm_loadu_ps(input + 8);
    input += 12;

    // The folds of this iteration's vectors (see fold()), split in three passes so that the exps of all
    // vectors interleave: the running maxima (cheap, in order), every exp step-major, then the sums in
    // order. These are the same operations as vector-by-vector folds: m never depends on d.
    const __m128 vx_is_new_max0 = _mm_cmpgt_ps(vx0, vm0);
    const __m128 vlo0 = _mm_min_ps(vm0, vx0);  // x > m ? m : x
    vm0 = _mm_max_ps(vx0, vm0);  // hi = x > m ? x : m
    const __m128 vz0 = _mm_sub_ps(vlo0, vm0);
    const __m128 vx_is_new_max1 = _mm_cmpgt_ps(vx1, vm0);
    const __m128 vlo1 = _mm_min_ps(vm0, vx1);  // x > m ? m : x
    vm0 = _mm_max_ps(vx1, vm0);  // hi = x > m ? x : m
    const __m128 vz1 = _mm_sub_ps(vlo1, vm0);
    const __m128 vx_is_new_max2 = _mm_cmpgt_ps(vx2, vm0);
    const __m128 vlo2 = _mm_min_ps(vm0, vx2);  // x > m ? m : x
    vm0 = _mm_max_ps(vx2, vm0);  // hi = x > m ? x : m
    const __m128 vz2 = _mm_sub_ps(vlo2, vm0);
    // exp(z), step-major so the vectors' independent chains interleave (src/smax/sse2-exp.h has the
    // same steps for one vector): n = round(z * log2e) by the magic bias, s = 2^n from its bits,
    // t = z - n * ln2 in two parts, f = s + (t * P(t)) * s; z below the cutoff (and -inf) gives 0.
    const __m128 vbiased0 = _mm_add_ps(_mm_mul_ps(vz0, vlog2e), vmagic_bias);
    const __m128 vbiased1 = _mm_add_ps(_mm_mul_ps(vz1, vlog2e), vmagic_bias);
    const __m128 vbiased2 = _mm_add_ps(_mm_mul_ps(vz2, vlog2e), vmagic_bias);
    const __m128 vs0 = smax_sse2_shift_exponent(vbiased0);
    const __m128 vs1 = smax_sse2_shift_exponent(vbiased1);
    const __m128 vs2 = smax_sse2_shift_exponent(vbiased2);
    const __m128 vn0 = _mm_sub_ps(vbiased0, vmagic_bias);
    const __m128 vn1 = _mm_sub_ps(vbiased1, vmagic_bias);
    const __m128 vn2 = _mm_sub_ps(vbiased2, vmagic_bias);
    __m128 vt0 = _mm_add_ps(_mm_mul_ps(vn0, vminus_ln2_hi), vz0);
    __m128 vt1 = _mm_add_ps(_mm_mul_ps(vn1, vminus_ln2_hi), vz1);
    __m128 vt2 = _mm_add_ps(_mm_mul_ps(vn2, vminus_ln2_hi), vz2);
    vt0 = _mm_add_ps(_mm_mul_ps(vn0, vminus_ln2_lo), vt0);
    vt1 = _mm_add_ps(_mm_mul_ps(vn1, vminus_ln2_lo), vt1);
    vt2 = _mm_add_ps(_mm_mul_ps(vn2, vminus_ln2_lo), vt2);
    __m128 vp0 = _mm_add_ps(_mm_mul_ps(vc5, vt0), vc4);
    __m128 vp1 = _mm_add_ps(_mm_mul_ps(vc5, vt1), vc4);
    __m128 vp2 = _mm_add_ps(_mm_mul_ps(vc5, vt2), vc4);
    vp0 = _mm_add_ps(_mm_mul_ps(vp0, vt0), vc3);
    vp1 = _mm_add_ps(_mm_mul_ps(vp1, vt1), vc3);
    vp2 = _mm_add_ps(_mm_mul_ps(vp2, vt2), vc3);
    vp0 = _mm_add_ps(_mm_mul_ps(vp0, vt0), vc2);
    vp1 = _mm_add_ps(_mm_mul_ps(vp1, vt1), vc2);
    vp2 = _mm_add_ps(_mm_mul_ps(vp2, vt2), vc2);
    vp0 = _mm_add_ps(_mm_mul_ps(vp0, vt0), vc1);
    vp1 = _mm_add_ps(_mm_mul_ps(vp1, vt1), vc1);
    vp2 = _mm_add_ps(_mm_mul_ps(vp2, vt2), vc1);
    vp0 = _mm_mul_ps(vp0, vt0);
    vp1 = _mm_mul_ps(vp1, vt1);
    vp2 = _mm_mul_ps(vp2, vt2);
    const __m128 ve0 =
        _mm_andnot_ps(_mm_cmplt_ps(vz0, vcutoff), _mm_add_ps(_mm_mul_ps(vp0, vs0), vs0));
    const __m128 ve1 =
        _mm_andnot_ps(_mm_cmplt_ps(vz1, vcutoff), _mm_add_ps(_mm_mul_ps(vp1, vs1), vs1));
    const __m128 ve2 =
        _mm_andnot_ps(_mm_cmplt_ps(vz2, vcutoff), _mm_add_ps(_mm_mul_ps(vp2, vs2), vs2));
    // d = x > m ? d * e + 1 : d + e (fold() with dx = 1, for which dx * e is exactly e).
    vd0 =
        smax_sse2_select(vx_is_new_max0, _mm_add_ps(_mm_mul_ps(vd0, ve0), vone),
                         _mm_add_ps(vd0, ve0));
    vd0 =
        smax_sse2_select(vx_is_new_max1, _mm_add_ps(_mm_mul_ps(vd0, ve1), vone),
                         _mm_add_ps(vd0, ve1));
    vd0 =
        smax_sse2_select(vx_is_new_max2, _mm_add_ps(_mm_mul_ps(vd0, ve2), vone),
                         _mm_add_ps(vd0, ve2));
  }
  for (; batch >= 4 * sizeof(float); batch -= 4 * sizeof(float)) {
    fold(_mm_loadu_ps(input), vone, &vm0, &vd0);
    input += 4;
  }
  // Across lanes: fold lanes 2, 3 into lanes 0, 1, then lane 1 into lane 0.
  fold(_mm_movehl_ps(vm0, vm0), _mm_movehl_ps(vd0, vd0), &vm0, &vd0);
  fold(_mm_shuffle_ps(vm0, vm0, _MM_SHUFFLE(1, 1, 1, 1)), _mm_shuffle_ps(vd0, vd0, _MM_SHUFFLE(1, 1, 1, 1)),
       &vm0, &vd0);
  // The last 1 to 3 elements in lane 0 (the other lanes compute values that are never used).
  for (; batch != 0; batch -= sizeof(float)) {
    fold(_mm_load_ss(input), vone, &vm0, &vd0);
    input += 1;
  }
  _mm_store_ss(&state[0], vm0);
  _mm_store_ss(&state[1], vd0);
}
