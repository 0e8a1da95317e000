// Generated from src/f32-raddstoreexpminusmax/sse2-rr2-p5.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f16_f32_raddstoreexpminusmax_ukernel__sse2_rr2_p5_x32_acc4: output[i] = exp(input[i] - *max) and *sum = sum_i output[i]; SSE2, 32 elements
// (8 vectors of 4 lanes) per iteration, 4 independent partial-sum vectors.
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
// Input and next_input: f16 bit patterns, widened exactly to float on load
// (src/smax/sse2-load.h), so outputs, sum and side max are the f32 kernel's on the widened
// input. batch counts bytes of input: the outputs span [output, output + 2 * batch), which never
// overlaps the input.
#include <assert.h>
#include <stddef.h>

#include <emmintrin.h>

#include "f16-f32-raddstoreexpminusmax/f16-f32-raddstoreexpminusmax.h"
#include "smax/sse2-load.h"
#include "smax/sse2-exp.h"

smax_f16_f32_raddstoreexpminusmax_ukernel_fn smax_f16_f32_raddstoreexpminusmax_ukernel__sse2_rr2_p5_x32_acc4;

void smax_f16_f32_raddstoreexpminusmax_ukernel__sse2_rr2_p5_x32_acc4(size_t batch, const uint16_t* input, const float* max, float* output, float* sum,
    size_t next_batch, const uint16_t* next_input, float* next_max, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(uint16_t) == 0);
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
  __m128 vacc2 = _mm_setzero_ps();
  __m128 vacc3 = _mm_setzero_ps();
  for (; batch >= 32 * sizeof(uint16_t); batch -= 32 * sizeof(uint16_t)) {
    const __m128 vx0 = smax_sse2_load_f16(input + 0);
    const __m128 vx1 = smax_sse2_load_f16(input + 4);
    const __m128 vx2 = smax_sse2_load_f16(input + 8);
    const __m128 vx3 = smax_sse2_load_f16(input + 12);
    const __m128 vx4 = smax_sse2_load_f16(input + 16);
    const __m128 vx5 = smax_sse2_load_f16(input + 20);
    const __m128 vx6 = smax_sse2_load_f16(input + 24);
    const __m128 vx7 = smax_sse2_load_f16(input + 28);
    input += 32;

    const __m128 vz0 = _mm_sub_ps(vx0, vmax);
    const __m128 vz1 = _mm_sub_ps(vx1, vmax);
    const __m128 vz2 = _mm_sub_ps(vx2, vmax);
    const __m128 vz3 = _mm_sub_ps(vx3, vmax);
    const __m128 vz4 = _mm_sub_ps(vx4, vmax);
    const __m128 vz5 = _mm_sub_ps(vx5, vmax);
    const __m128 vz6 = _mm_sub_ps(vx6, vmax);
    const __m128 vz7 = _mm_sub_ps(vx7, vmax);
    // exp(z), step-major so the vectors' independent chains interleave (src/smax/sse2-exp.h has the
    // same steps for one vector): n = round(z * log2e) by the magic bias, s = 2^n from its bits,
    // t = z - n * ln2 in two parts, f = s + (t * P(t)) * s; z below the cutoff (and -inf) gives 0.
    const __m128 vbiased0 = _mm_add_ps(_mm_mul_ps(vz0, vlog2e), vmagic_bias);
    const __m128 vbiased1 = _mm_add_ps(_mm_mul_ps(vz1, vlog2e), vmagic_bias);
    const __m128 vbiased2 = _mm_add_ps(_mm_mul_ps(vz2, vlog2e), vmagic_bias);
    const __m128 vbiased3 = _mm_add_ps(_mm_mul_ps(vz3, vlog2e), vmagic_bias);
    const __m128 vbiased4 = _mm_add_ps(_mm_mul_ps(vz4, vlog2e), vmagic_bias);
    const __m128 vbiased5 = _mm_add_ps(_mm_mul_ps(vz5, vlog2e), vmagic_bias);
    const __m128 vbiased6 = _mm_add_ps(_mm_mul_ps(vz6, vlog2e), vmagic_bias);
    const __m128 vbiased7 = _mm_add_ps(_mm_mul_ps(vz7, vlog2e), vmagic_bias);
    const __m128 vs0 = smax_sse2_shift_exponent(vbiased0);
    const __m128 vs1 = smax_sse2_shift_exponent(vbiased1);
    const __m128 vs2 = smax_sse2_shift_exponent(vbiased2);
    const __m128 vs3 = smax_sse2_shift_exponent(vbiased3);
    const __m128 vs4 = smax_sse2_shift_exponent(vbiased4);
    const __m128 vs5 = smax_sse2_shift_exponent(vbiased5);
    const __m128 vs6 = smax_sse2_shift_exponent(vbiased6);
    const __m128 vs7 = smax_sse2_shift_exponent(vbiased7);
    const __m128 vn0 = _mm_sub_ps(vbiased0, vmagic_bias);
    const __m128 vn1 = _mm_sub_ps(vbiased1, vmagic_bias);
    const __m128 vn2 = _mm_sub_ps(vbiased2, vmagic_bias);
    const __m128 vn3 = _mm_sub_ps(vbiased3, vmagic_bias);
    const __m128 vn4 = _mm_sub_ps(vbiased4, vmagic_bias);
    const __m128 vn5 = _mm_sub_ps(vbiased5, vmagic_bias);
    const __m128 vn6 = _mm_sub_ps(vbiased6, vmagic_bias);
    const __m128 vn7 = _mm_sub_ps(vbiased7, vmagic_bias);
    __m128 vt0 = _mm_add_ps(_mm_mul_ps(vn0, vminus_ln2_hi), vz0);
    __m128 vt1 = _mm_add_ps(_mm_mul_ps(vn1, vminus_ln2_hi), vz1);
    __m128 vt2 = _mm_add_ps(_mm_mul_ps(vn2, vminus_ln2_hi), vz2);
    __m128 vt3 = _mm_add_ps(_mm_mul_ps(vn3, vminus_ln2_hi), vz3);
    __m128 vt4 = _mm_add_ps(_mm_mul_ps(vn4, vminus_ln2_hi), vz4);
    __m128 vt5 = _mm_add_ps(_mm_mul_ps(vn5, vminus_ln2_hi), vz5);
    __m128 vt6 = _mm_add_ps(_mm_mul_ps(vn6, vminus_ln2_hi), vz6);
    __m128 vt7 = _mm_add_ps(_mm_mul_ps(vn7, vminus_ln2_hi), vz7);
    vt0 = _mm_add_ps(_mm_mul_ps(vn0, vminus_ln2_lo), vt0);
    vt1 = _mm_add_ps(_mm_mul_ps(vn1, vminus_ln2_lo), vt1);
    vt2 = _mm_add_ps(_mm_mul_ps(vn2, vminus_ln2_lo), vt2);
    vt3 = _mm_add_ps(_mm_mul_ps(vn3, vminus_ln2_lo), vt3);
    vt4 = _mm_add_ps(_mm_mul_ps(vn4, vminus_ln2_lo), vt4);
    vt5 = _mm_add_ps(_mm_mul_ps(vn5, vminus_ln2_lo), vt5);
    vt6 = _mm_add_ps(_mm_mul_ps(vn6, vminus_ln2_lo), vt6);
    vt7 = _mm_add_ps(_mm_mul_ps(vn7, vminus_ln2_lo), vt7);
    __m128 vp0 = _mm_add_ps(_mm_mul_ps(vc5, vt0), vc4);
    __m128 vp1 = _mm_add_ps(_mm_mul_ps(vc5, vt1), vc4);
    __m128 vp2 = _mm_add_ps(_mm_mul_ps(vc5, vt2), vc4);
    __m128 vp3 = _mm_add_ps(_mm_mul_ps(vc5, vt3), vc4);
    __m128 vp4 = _mm_add_ps(_mm_mul_ps(vc5, vt4), vc4);
    __m128 vp5 = _mm_add_ps(_mm_mul_ps(vc5, vt5), vc4);
    __m128 vp6 = _mm_add_ps(_mm_mul_ps(vc5, vt6), vc4);
    __m128 vp7 = _mm_add_ps(_mm_mul_ps(vc5, vt7), vc4);
    vp0 = _mm_add_ps(_mm_mul_ps(vp0, vt0), vc3);
    vp1 = _mm_add_ps(_mm_mul_ps(vp1, vt1), vc3);
    vp2 = _mm_add_ps(_mm_mul_ps(vp2, vt2), vc3);
    vp3 = _mm_add_ps(_mm_mul_ps(vp3, vt3), vc3);
    vp4 = _mm_add_ps(_mm_mul_ps(vp4, vt4), vc3);
    vp5 = _mm_add_ps(_mm_mul_ps(vp5, vt5), vc3);
    vp6 = _mm_add_ps(_mm_mul_ps(vp6, vt6), vc3);
    vp7 = _mm_add_ps(_mm_mul_ps(vp7, vt7), vc3);
    vp0 = _mm_add_ps(_mm_mul_ps(vp0, vt0), vc2);
    vp1 = _mm_add_ps(_mm_mul_ps(vp1, vt1), vc2);
    vp2 = _mm_add_ps(_mm_mul_ps(vp2, vt2), vc2);
    vp3 = _mm_add_ps(_mm_mul_ps(vp3, vt3), vc2);
    vp4 = _mm_add_ps(_mm_mul_ps(vp4, vt4), vc2);
    vp5 = _mm_add_ps(_mm_mul_ps(vp5, vt5), vc2);
    vp6 = _mm_add_ps(_mm_mul_ps(vp6, vt6), vc2);
    vp7 = _mm_add_ps(_mm_mul_ps(vp7, vt7), vc2);
    vp0 = _mm_add_ps(_mm_mul_ps(vp0, vt0), vc1);
    vp1 = _mm_add_ps(_mm_mul_ps(vp1, vt1), vc1);
    vp2 = _mm_add_ps(_mm_mul_ps(vp2, vt2), vc1);
    vp3 = _mm_add_ps(_mm_mul_ps(vp3, vt3), vc1);
    vp4 = _mm_add_ps(_mm_mul_ps(vp4, vt4), vc1);
    vp5 = _mm_add_ps(_mm_mul_ps(vp5, vt5), vc1);
    vp6 = _mm_add_ps(_mm_mul_ps(vp6, vt6), vc1);
    vp7 = _mm_add_ps(_mm_mul_ps(vp7, vt7), vc1);
    vp0 = _mm_mul_ps(vp0, vt0);
    vp1 = _mm_mul_ps(vp1, vt1);
    vp2 = _mm_mul_ps(vp2, vt2);
    vp3 = _mm_mul_ps(vp3, vt3);
    vp4 = _mm_mul_ps(vp4, vt4);
    vp5 = _mm_mul_ps(vp5, vt5);
    vp6 = _mm_mul_ps(vp6, vt6);
    vp7 = _mm_mul_ps(vp7, vt7);
    const __m128 vf0 =
        _mm_andnot_ps(_mm_cmplt_ps(vz0, vcutoff), _mm_add_ps(_mm_mul_ps(vp0, vs0), vs0));
    const __m128 vf1 =
        _mm_andnot_ps(_mm_cmplt_ps(vz1, vcutoff), _mm_add_ps(_mm_mul_ps(vp1, vs1), vs1));
    const __m128 vf2 =
        _mm_andnot_ps(_mm_cmplt_ps(vz2, vcutoff), _mm_add_ps(_mm_mul_ps(vp2, vs2), vs2));
    const __m128 vf3 =
        _mm_andnot_ps(_mm_cmplt_ps(vz3, vcutoff), _mm_add_ps(_mm_mul_ps(vp3, vs3), vs3));
    const __m128 vf4 =
        _mm_andnot_ps(_mm_cmplt_ps(vz4, vcutoff), _mm_add_ps(_mm_mul_ps(vp4, vs4), vs4));
    const __m128 vf5 =
        _mm_andnot_ps(_mm_cmplt_ps(vz5, vcutoff), _mm_add_ps(_mm_mul_ps(vp5, vs5), vs5));
    const __m128 vf6 =
        _mm_andnot_ps(_mm_cmplt_ps(vz6, vcutoff), _mm_add_ps(_mm_mul_ps(vp6, vs6), vs6));
    const __m128 vf7 =
        _mm_andnot_ps(_mm_cmplt_ps(vz7, vcutoff), _mm_add_ps(_mm_mul_ps(vp7, vs7), vs7));
    _mm_storeu_ps(output + 0, vf0);
    _mm_storeu_ps(output + 4, vf1);
    _mm_storeu_ps(output + 8, vf2);
    _mm_storeu_ps(output + 12, vf3);
    _mm_storeu_ps(output + 16, vf4);
    _mm_storeu_ps(output + 20, vf5);
    _mm_storeu_ps(output + 24, vf6);
    _mm_storeu_ps(output + 28, vf7);
    output += 32;

    vacc0 = _mm_add_ps(vacc0, vf0);
    vacc1 = _mm_add_ps(vacc1, vf1);
    vacc2 = _mm_add_ps(vacc2, vf2);
    vacc3 = _mm_add_ps(vacc3, vf3);
    vacc0 = _mm_add_ps(vacc0, vf4);
    vacc1 = _mm_add_ps(vacc1, vf5);
    vacc2 = _mm_add_ps(vacc2, vf6);
    vacc3 = _mm_add_ps(vacc3, vf7);
  }
  vacc0 = _mm_add_ps(vacc0, vacc1);
  vacc2 = _mm_add_ps(vacc2, vacc3);
  vacc0 = _mm_add_ps(vacc0, vacc2);
  for (; batch >= 4 * sizeof(uint16_t); batch -= 4 * sizeof(uint16_t)) {
    const __m128 vf = smax_sse2_expminus(_mm_sub_ps(smax_sse2_load_f16(input), vmax));
    input += 4;
    _mm_storeu_ps(output, vf);
    output += 4;
    vacc0 = _mm_add_ps(vacc0, vf);
  }
  // Across lanes: (0 + 2, 1 + 3), then lane 0 + lane 1.
  vacc0 = _mm_add_ps(vacc0, _mm_movehl_ps(vacc0, vacc0));
  vacc0 = _mm_add_ss(vacc0, _mm_shuffle_ps(vacc0, vacc0, _MM_SHUFFLE(1, 1, 1, 1)));
  // The last 1 to 3 elements in lane 0 (the other lanes compute values that are never used).
  for (; batch != 0; batch -= sizeof(uint16_t)) {
    const __m128 vf = smax_sse2_expminus(_mm_sub_ss(smax_sse2_load1_f16(input), vmax));
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
    for (; next_batch >= 32 * sizeof(uint16_t); next_batch -= 32 * sizeof(uint16_t)) {
      vnext_max0 = _mm_max_ps(smax_sse2_load_f16(next_input + 0), vnext_max0);
      vnext_max1 = _mm_max_ps(smax_sse2_load_f16(next_input + 4), vnext_max1);
      vnext_max2 = _mm_max_ps(smax_sse2_load_f16(next_input + 8), vnext_max2);
      vnext_max3 = _mm_max_ps(smax_sse2_load_f16(next_input + 12), vnext_max3);
      vnext_max0 = _mm_max_ps(smax_sse2_load_f16(next_input + 16), vnext_max0);
      vnext_max1 = _mm_max_ps(smax_sse2_load_f16(next_input + 20), vnext_max1);
      vnext_max2 = _mm_max_ps(smax_sse2_load_f16(next_input + 24), vnext_max2);
      vnext_max3 = _mm_max_ps(smax_sse2_load_f16(next_input + 28), vnext_max3);
      next_input += 32;
    }
    vnext_max0 = _mm_max_ps(vnext_max1, vnext_max0);
    vnext_max2 = _mm_max_ps(vnext_max3, vnext_max2);
    vnext_max0 = _mm_max_ps(vnext_max2, vnext_max0);
    for (; next_batch >= 4 * sizeof(uint16_t); next_batch -= 4 * sizeof(uint16_t)) {
      vnext_max0 = _mm_max_ps(smax_sse2_load_f16(next_input), vnext_max0);
      next_input += 4;
    }
    // Across lanes: max(0, 2), max(1, 3), then lanes 0 and 1; then the last 0 to 3 elements.
    vnext_max0 = _mm_max_ps(_mm_movehl_ps(vnext_max0, vnext_max0), vnext_max0);
    vnext_max0 = _mm_max_ss(_mm_shuffle_ps(vnext_max0, vnext_max0, _MM_SHUFFLE(1, 1, 1, 1)), vnext_max0);
    for (; next_batch != 0; next_batch -= sizeof(uint16_t)) {
      vnext_max0 = _mm_max_ss(smax_sse2_load1_f16(next_input), vnext_max0);
      next_input += 1;
    }
    _mm_store_ss(next_max, vnext_max0);
  }
}
