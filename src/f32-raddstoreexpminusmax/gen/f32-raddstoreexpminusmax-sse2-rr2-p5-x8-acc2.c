// Generated from src/f32-raddstoreexpminusmax/sse2-rr2-p5.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_raddstoreexpminusmax_ukernel__sse2_rr2_p5_x8_acc2: output[i] = exp(input[i] - *max) and *sum = sum_i output[i]; SSE2, 8 elements
// (2 vectors of 4 lanes) per iteration, 2 independent partial-sum vectors.
//
// rr2-p5: two-constant Cody-Waite range reduction and a degree-5 polynomial (src/smax/sse2-exp.h, lane
// for lane the scalar core of src/smax/scalar-exp.h, whose header states the measured error of exp;
// no FMA, so every output matches the scalar kernel's bit for bit). Arguments below -87.3365 (and
// -inf) give exactly 0; NaN propagates to the output and the sum. Only the order of the additions
// differs from the scalar kernel. Remainders: whole vectors one at a time, then the last 1 to 3
// elements one at a time with single-lane loads and stores, so it reads exactly [input, input + batch)
// and writes exactly [output, output + batch); output may equal input.
// The next block's max (next_batch != 0) is a separate loop after the exp loop (side_max = separate in
// the family table), written here as the f32-rmax x32-acc4 kernel: 8 vectors into 4 running maxima.
#include <assert.h>
#include <stddef.h>

#include <emmintrin.h>

#include "f32-raddstoreexpminusmax/f32-raddstoreexpminusmax.h"
#include "smax/sse2-load.h"
#include "smax/sse2-exp.h"

smax_f32_raddstoreexpminusmax_ukernel_fn smax_f32_raddstoreexpminusmax_ukernel__sse2_rr2_p5_x8_acc2;

void smax_f32_raddstoreexpminusmax_ukernel__sse2_rr2_p5_x8_acc2(size_t batch, const float* input, const float* max, float* output, float* sum,
    size_t next_batch, const float* next_input, float* next_max, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(max != NULL);
  assert(output != NULL);
  assert(sum != NULL);
  (void) params;

  const __m128 vmax = _mm_load1_ps(max);
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
  __m128 vacc0 = _mm_setzero_ps();
  __m128 vacc1 = _mm_setzero_ps();
  for (; batch >= 8 * sizeof(float); batch -= 8 * sizeof(float)) {
    const __m128 vx0 = smax_sse2_load_f32(input + 0);
    const __m128 vx1 = smax_sse2_load_f32(input + 4);
    input += 8;

    const __m128 vz0 = _mm_sub_ps(vx0, vmax);
    const __m128 vz1 = _mm_sub_ps(vx1, vmax);
    // exp(z), step-major so the vectors' independent chains interleave (src/smax/sse2-exp.h has the
    // same steps for one vector): n = round(z * log2e) by the magic bias, s = 2^n from its bits,
    // t = z - n * ln2 in two parts, f = s + (t * P(t)) * s; z below the cutoff (and -inf) gives 0.
    const __m128 vbiased0 = _mm_add_ps(_mm_mul_ps(vz0, vlog2e), vmagic_bias);
    const __m128 vbiased1 = _mm_add_ps(_mm_mul_ps(vz1, vlog2e), vmagic_bias);
    const __m128 vs0 = smax_sse2_shift_exponent(vbiased0);
    const __m128 vs1 = smax_sse2_shift_exponent(vbiased1);
    const __m128 vn0 = _mm_sub_ps(vbiased0, vmagic_bias);
    const __m128 vn1 = _mm_sub_ps(vbiased1, vmagic_bias);
    __m128 vt0 = _mm_add_ps(_mm_mul_ps(vn0, vminus_ln2_hi), vz0);
    __m128 vt1 = _mm_add_ps(_mm_mul_ps(vn1, vminus_ln2_hi), vz1);
    vt0 = _mm_add_ps(_mm_mul_ps(vn0, vminus_ln2_lo), vt0);
    vt1 = _mm_add_ps(_mm_mul_ps(vn1, vminus_ln2_lo), vt1);
    __m128 vp0 = _mm_add_ps(_mm_mul_ps(vc5, vt0), vc4);
    __m128 vp1 = _mm_add_ps(_mm_mul_ps(vc5, vt1), vc4);
    vp0 = _mm_add_ps(_mm_mul_ps(vp0, vt0), vc3);
    vp1 = _mm_add_ps(_mm_mul_ps(vp1, vt1), vc3);
    vp0 = _mm_add_ps(_mm_mul_ps(vp0, vt0), vc2);
    vp1 = _mm_add_ps(_mm_mul_ps(vp1, vt1), vc2);
    vp0 = _mm_add_ps(_mm_mul_ps(vp0, vt0), vc1);
    vp1 = _mm_add_ps(_mm_mul_ps(vp1, vt1), vc1);
    vp0 = _mm_mul_ps(vp0, vt0);
    vp1 = _mm_mul_ps(vp1, vt1);
    const __m128 vf0 =
        _mm_andnot_ps(_mm_cmplt_ps(vz0, vcutoff), _mm_add_ps(_mm_mul_ps(vp0, vs0), vs0));
    const __m128 vf1 =
        _mm_andnot_ps(_mm_cmplt_ps(vz1, vcutoff), _mm_add_ps(_mm_mul_ps(vp1, vs1), vs1));
    _mm_storeu_ps(output + 0, vf0);
    _mm_storeu_ps(output + 4, vf1);
    output += 8;

    vacc0 = _mm_add_ps(vacc0, vf0);
    vacc1 = _mm_add_ps(vacc1, vf1);
  }
  vacc0 = _mm_add_ps(vacc0, vacc1);
  for (; batch >= 4 * sizeof(float); batch -= 4 * sizeof(float)) {
    const __m128 vf = smax_sse2_expminus(_mm_sub_ps(smax_sse2_load_f32(input), vmax));
    input += 4;
    _mm_storeu_ps(output, vf);
    output += 4;
    vacc0 = _mm_add_ps(vacc0, vf);
  }
  // Across lanes: (0 + 2, 1 + 3), then lane 0 + lane 1.
  vacc0 = _mm_add_ps(vacc0, _mm_movehl_ps(vacc0, vacc0));
  vacc0 = _mm_add_ss(vacc0, _mm_shuffle_ps(vacc0, vacc0, _MM_SHUFFLE(1, 1, 1, 1)));
  // The last 1 to 3 elements in lane 0 (the other lanes compute values that are never used).
  for (; batch != 0; batch -= sizeof(float)) {
    const __m128 vf = smax_sse2_expminus(_mm_sub_ss(smax_sse2_load1_f32(input), vmax));
    input += 1;
    _mm_store_ss(output, vf);
    output += 1;
    vacc0 = _mm_add_ss(vacc0, vf);
  }
  _mm_store_ss(sum, vacc0);
  if (next_batch != 0) {
    // maxps(x, m) keeps m for a NaN x, as the f32-rmax kernels do.
    __m128 vnext_max0 = _mm_load1_ps(next_max);
    __m128 vnext_max1 = _mm_load1_ps(next_max);
    __m128 vnext_max2 = _mm_load1_ps(next_max);
    __m128 vnext_max3 = _mm_load1_ps(next_max);
    for (; next_batch >= 32 * sizeof(float); next_batch -= 32 * sizeof(float)) {
      vnext_max0 = _mm_max_ps(smax_sse2_load_f32(next_input + 0), vnext_max0);
      vnext_max1 = _mm_max_ps(smax_sse2_load_f32(next_input + 4), vnext_max1);
      vnext_max2 = _mm_max_ps(smax_sse2_load_f32(next_input + 8), vnext_max2);
      vnext_max3 = _mm_max_ps(smax_sse2_load_f32(next_input + 12), vnext_max3);
      vnext_max0 = _mm_max_ps(smax_sse2_load_f32(next_input + 16), vnext_max0);
      vnext_max1 = _mm_max_ps(smax_sse2_load_f32(next_input + 20), vnext_max1);
      vnext_max2 = _mm_max_ps(smax_sse2_load_f32(next_input + 24), vnext_max2);
      vnext_max3 = _mm_max_ps(smax_sse2_load_f32(next_input + 28), vnext_max3);
      next_input += 32;
    }
    vnext_max0 = _mm_max_ps(vnext_max1, vnext_max0);
    vnext_max2 = _mm_max_ps(vnext_max3, vnext_max2);
    vnext_max0 = _mm_max_ps(vnext_max2, vnext_max0);
    for (; next_batch >= 4 * sizeof(float); next_batch -= 4 * sizeof(float)) {
      vnext_max0 = _mm_max_ps(smax_sse2_load_f32(next_input), vnext_max0);
      next_input += 4;
    }
    // Across lanes: max(0, 2), max(1, 3), then lanes 0 and 1; then the last 0 to 3 elements.
    vnext_max0 = _mm_max_ps(_mm_movehl_ps(vnext_max0, vnext_max0), vnext_max0);
    vnext_max0 = _mm_max_ss(_mm_shuffle_ps(vnext_max0, vnext_max0, _MM_SHUFFLE(1, 1, 1, 1)), vnext_max0);
    for (; next_batch != 0; next_batch -= sizeof(float)) {
      vnext_max0 = _mm_max_ss(smax_sse2_load1_f32(next_input), vnext_max0);
      next_input += 1;
    }
    _mm_store_ss(next_max, vnext_max0);
  }
}
