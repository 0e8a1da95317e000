// Generated from src/f32-raddstoreexpminusmax/avx-rr2-p5.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_raddstoreexpminusmax_ukernel__avx_rr2_p5_x48_acc3: output[i] = exp(input[i] - *max) and *sum = sum_i output[i]; AVX, 48 elements
// (6 vectors of 8 lanes) per iteration, 3 independent partial-sum vectors.
//
// rr2-p5: two-constant Cody-Waite range reduction and a degree-5 polynomial (src/smax/avx-exp.h, lane
// for lane the scalar core of src/smax/scalar-exp.h, whose header states the measured error of exp;
// no FMA, so every output matches the scalar kernel's bit for bit). Arguments below -87.3365 (and
// -inf) give exactly 0; NaN propagates to the output and the sum. Only the order of the additions
// differs from the scalar kernel. Remainders: whole vectors one at a time, then the last 1 to 7
// elements with a masked load and a masked store (masked-out lanes are zeroed before the sum), so it
// reads exactly [input, input + batch) and writes exactly [output, output + batch); output may equal
// input.
// The next block's max (next_batch != 0) is a separate loop after the exp loop (side_max = separate in
// the family table), written here as the f32-rmax x32-acc4 kernel: 4 vectors into 4 running maxima.
#include <assert.h>
#include <stddef.h>

#include <immintrin.h>

#include "f32-raddstoreexpminusmax/f32-raddstoreexpminusmax.h"
#include "smax/avx-exp.h"

smax_f32_raddstoreexpminusmax_ukernel_fn smax_f32_raddstoreexpminusmax_ukernel__avx_rr2_p5_x48_acc3;

void smax_f32_raddstoreexpminusmax_ukernel__avx_rr2_p5_x48_acc3(size_t batch, const float* input, const float* max, float* output, float* sum,
    size_t next_batch, const float* next_input, float* next_max, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(max != NULL);
  assert(output != NULL);
  assert(sum != NULL);
  (void) params;

  const __m256 vmax = _mm256_broadcast_ss(max);
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
  __m256 vacc0 = _mm256_setzero_ps();
  __m256 vacc1 = _mm256_setzero_ps();
  __m256 vacc2 = _mm256_setzero_ps();
  for (; batch >= 48 * sizeof(float); batch -= 48 * sizeof(float)) {
    const __m256 vx0 = _mm256_loadu_ps(input + 0);
    const __m256 vx1 = _mm256_loadu_ps(input + 8);
    const __m256 vx2 = _mm256_loadu_ps(input + 16);
    const __m256 vx3 = _mm256_loadu_ps(input + 24);
    const __m256 vx4 = _mm256_loadu_ps(input + 32);
    const __m256 vx5 = _mm256_loadu_ps(input + 40);
    input += 48;

    const __m256 vz0 = _mm256_sub_ps(vx0, vmax);
    const __m256 vz1 = _mm256_sub_ps(vx1, vmax);
    const __m256 vz2 = _mm256_sub_ps(vx2, vmax);
    const __m256 vz3 = _mm256_sub_ps(vx3, vmax);
    const __m256 vz4 = _mm256_sub_ps(vx4, vmax);
    const __m256 vz5 = _mm256_sub_ps(vx5, vmax);
    // exp(z), step-major so the vectors' independent chains interleave (src/smax/avx-exp.h has the
    // same steps for one vector): n = round(z * log2e) by the magic bias, s = 2^n from its bits,
    // t = z - n * ln2 in two parts, f = s + (t * P(t)) * s; z below the cutoff (and -inf) gives 0.
    const __m256 vbiased0 = _mm256_add_ps(_mm256_mul_ps(vz0, vlog2e), vmagic_bias);
    const __m256 vbiased1 = _mm256_add_ps(_mm256_mul_ps(vz1, vlog2e), vmagic_bias);
    const __m256 vbiased2 = _mm256_add_ps(_mm256_mul_ps(vz2, vlog2e), vmagic_bias);
    const __m256 vbiased3 = _mm256_add_ps(_mm256_mul_ps(vz3, vlog2e), vmagic_bias);
    const __m256 vbiased4 = _mm256_add_ps(_mm256_mul_ps(vz4, vlog2e), vmagic_bias);
    const __m256 vbiased5 = _mm256_add_ps(_mm256_mul_ps(vz5, vlog2e), vmagic_bias);
    const __m256 vs0 = smax_avx_shift_exponent(vbiased0);
    const __m256 vs1 = smax_avx_shift_exponent(vbiased1);
    const __m256 vs2 = smax_avx_shift_exponent(vbiased2);
    const __m256 vs3 = smax_avx_shift_exponent(vbiased3);
    const __m256 vs4 = smax_avx_shift_exponent(vbiased4);
    const __m256 vs5 = smax_avx_shift_exponent(vbiased5);
    const __m256 vn0 = _mm256_sub_ps(vbiased0, vmagic_bias);
    const __m256 vn1 = _mm256_sub_ps(vbiased1, vmagic_bias);
    const __m256 vn2 = _mm256_sub_ps(vbiased2, vmagic_bias);
    const __m256 vn3 = _mm256_sub_ps(vbiased3, vmagic_bias);
    const __m256 vn4 = _mm256_sub_ps(vbiased4, vmagic_bias);
    const __m256 vn5 = _mm256_sub_ps(vbiased5, vmagic_bias);
    __m256 vt0 = _mm256_add_ps(_mm256_mul_ps(vn0, vminus_ln2_hi), vz0);
    __m256 vt1 = _mm256_add_ps(_mm256_mul_ps(vn1, vminus_ln2_hi), vz1);
    __m256 vt2 = _mm256_add_ps(_mm256_mul_ps(vn2, vminus_ln2_hi), vz2);
    __m256 vt3 = _mm256_add_ps(_mm256_mul_ps(vn3, vminus_ln2_hi), vz3);
    __m256 vt4 = _mm256_add_ps(_mm256_mul_ps(vn4, vminus_ln2_hi), vz4);
    __m256 vt5 = _mm256_add_ps(_mm256_mul_ps(vn5, vminus_ln2_hi), vz5);
    vt0 = _mm256_add_ps(_mm256_mul_ps(vn0, vminus_ln2_lo), vt0);
    vt1 = _mm256_add_ps(_mm256_mul_ps(vn1, vminus_ln2_lo), vt1);
    vt2 = _mm256_add_ps(_mm256_mul_ps(vn2, vminus_ln2_lo), vt2);
    vt3 = _mm256_add_ps(_mm256_mul_ps(vn3, vminus_ln2_lo), vt3);
    vt4 = _mm256_add_ps(_mm256_mul_ps(vn4, vminus_ln2_lo), vt4);
    vt5 = _mm256_add_ps(_mm256_mul_ps(vn5, vminus_ln2_lo), vt5);
    __m256 vp0 = _mm256_add_ps(_mm256_mul_ps(vc5, vt0), vc4);
    __m256 vp1 = _mm256_add_ps(_mm256_mul_ps(vc5, vt1), vc4);
    __m256 vp2 = _mm256_add_ps(_mm256_mul_ps(vc5, vt2), vc4);
    __m256 vp3 = _mm256_add_ps(_mm256_mul_ps(vc5, vt3), vc4);
    __m256 vp4 = _mm256_add_ps(_mm256_mul_ps(vc5, vt4), vc4);
    __m256 vp5 = _mm256_add_ps(_mm256_mul_ps(vc5, vt5), vc4);
    vp0 = _mm256_add_ps(_mm256_mul_ps(vp0, vt0), vc3);
    vp1 = _mm256_add_ps(_mm256_mul_ps(vp1, vt1), vc3);
    vp2 = _mm256_add_ps(_mm256_mul_ps(vp2, vt2), vc3);
    vp3 = _mm256_add_ps(_mm256_mul_ps(vp3, vt3), vc3);
    vp4 = _mm256_add_ps(_mm256_mul_ps(vp4, vt4), vc3);
    vp5 = _mm256_add_ps(_mm256_mul_ps(vp5, vt5), vc3);
    vp0 = _mm256_add_ps(_mm256_mul_ps(vp0, vt0), vc2);
    vp1 = _mm256_add_ps(_mm256_mul_ps(vp1, vt1), vc2);
    vp2 = _mm256_add_ps(_mm256_mul_ps(vp2, vt2), vc2);
    vp3 = _mm256_add_ps(_mm256_mul_ps(vp3, vt3), vc2);
    vp4 = _mm256_add_ps(_mm256_mul_ps(vp4, vt4), vc2);
    vp5 = _mm256_add_ps(_mm256_mul_ps(vp5, vt5), vc2);
    vp0 = _mm256_add_ps(_mm256_mul_ps(vp0, vt0), vc1);
    vp1 = _mm256_add_ps(_mm256_mul_ps(vp1, vt1), vc1);
    vp2 = _mm256_add_ps(_mm256_mul_ps(vp2, vt2), vc1);
    vp3 = _mm256_add_ps(_mm256_mul_ps(vp3, vt3), vc1);
    vp4 = _mm256_add_ps(_mm256_mul_ps(vp4, vt4), vc1);
    vp5 = _mm256_add_ps(_mm256_mul_ps(vp5, vt5), vc1);
    vp0 = _mm256_mul_ps(vp0, vt0);
    vp1 = _mm256_mul_ps(vp1, vt1);
    vp2 = _mm256_mul_ps(vp2, vt2);
    vp3 = _mm256_mul_ps(vp3, vt3);
    vp4 = _mm256_mul_ps(vp4, vt4);
    vp5 = _mm256_mul_ps(vp5, vt5);
    const __m256 vf0 =
        _mm256_andnot_ps(_mm256_cmp_ps(vz0, vcutoff, _CMP_LT_OQ),
                         _mm256_add_ps(_mm256_mul_ps(vp0, vs0), vs0));
    const __m256 vf1 =
        _mm256_andnot_ps(_mm256_cmp_ps(vz1, vcutoff, _CMP_LT_OQ),
                         _mm256_add_ps(_mm256_mul_ps(vp1, vs1), vs1));
    const __m256 vf2 =
        _mm256_andnot_ps(_mm256_cmp_ps(vz2, vcutoff, _CMP_LT_OQ),
                         _mm256_add_ps(_mm256_mul_ps(vp2, vs2), vs2));
    const __m256 vf3 =
        _mm256_andnot_ps(_mm256_cmp_ps(vz3, vcutoff, _CMP_LT_OQ),
                         _mm256_add_ps(_mm256_mul_ps(vp3, vs3), vs3));
    const __m256 vf4 =
        _mm256_andnot_ps(_mm256_cmp_ps(vz4, vcutoff, _CMP_LT_OQ),
                         _mm256_add_ps(_mm256_mul_ps(vp4, vs4), vs4));
    const __m256 vf5 =
        _mm256_andnot_ps(_mm256_cmp_ps(vz5, vcutoff, _CMP_LT_OQ),
                         _mm256_add_ps(_mm256_mul_ps(vp5, vs5), vs5));
    _mm256_storeu_ps(output + 0, vf0);
    _mm256_storeu_ps(output + 8, vf1);
    _mm256_storeu_ps(output + 16, vf2);
    _mm256_storeu_ps(output + 24, vf3);
    _mm256_storeu_ps(output + 32, vf4);
    _mm256_storeu_ps(output + 40, vf5);
    output += 48;

    vacc0 = _mm256_add_ps(vacc0, vf0);
    vacc1 = _mm256_add_ps(vacc1, vf1);
    vacc2 = _mm256_add_ps(vacc2, vf2);
    vacc0 = _mm256_add_ps(vacc0, vf3);
    vacc1 = _mm256_add_ps(vacc1, vf4);
    vacc2 = _mm256_add_ps(vacc2, vf5);
  }
  vacc0 = _mm256_add_ps(vacc0, vacc1);
  vacc0 = _mm256_add_ps(vacc0, vacc2);
  for (; batch >= 8 * sizeof(float); batch -= 8 * sizeof(float)) {
    const __m256 vf = smax_avx_expminus(_mm256_sub_ps(_mm256_loadu_ps(input), vmax));
    input += 8;
    _mm256_storeu_ps(output, vf);
    output += 8;
    vacc0 = _mm256_add_ps(vacc0, vf);
  }
  if (batch != 0) {
    assert(batch >= 1 * sizeof(float));
    assert(batch <= 7 * sizeof(float));
    const __m256i vmask = smax_avx_tail_mask(batch / sizeof(float));
    const __m256 vf = smax_avx_expminus(_mm256_sub_ps(_mm256_maskload_ps(input, vmask), vmax));
    _mm256_maskstore_ps(output, vmask, vf);
    // Masked-out lanes hold exp(0 - max), not 0: clear them so they add nothing.
    vacc0 = _mm256_add_ps(vacc0, _mm256_and_ps(vf, _mm256_castsi256_ps(vmask)));
  }
  // Across lanes: low half + high half, then (0 + 2, 1 + 3), then lane 0 + lane 1.
  __m128 vacc = _mm_add_ps(_mm256_castps256_ps128(vacc0), _mm256_extractf128_ps(vacc0, 1));
  vacc = _mm_add_ps(vacc, _mm_movehl_ps(vacc, vacc));
  vacc = _mm_add_ss(vacc, _mm_shuffle_ps(vacc, vacc, _MM_SHUFFLE(1, 1, 1, 1)));
  _mm_store_ss(sum, vacc);
  if (next_batch != 0) {
    // vmaxps(x, m) keeps m for a NaN x, as the f32-rmax kernels do.
    __m256 vnext_max0 = _mm256_broadcast_ss(next_max);
    __m256 vnext_max1 = _mm256_broadcast_ss(next_max);
    __m256 vnext_max2 = _mm256_broadcast_ss(next_max);
    __m256 vnext_max3 = _mm256_broadcast_ss(next_max);
    for (; next_batch >= 32 * sizeof(float); next_batch -= 32 * sizeof(float)) {
      vnext_max0 = _mm256_max_ps(_mm256_loadu_ps(next_input + 0), vnext_max0);
      vnext_max1 = _mm256_max_ps(_mm256_loadu_ps(next_input + 8), vnext_max1);
      vnext_max2 = _mm256_max_ps(_mm256_loadu_ps(next_input + 16), vnext_max2);
      vnext_max3 = _mm256_max_ps(_mm256_loadu_ps(next_input + 24), vnext_max3);
      next_input += 32;
    }
    vnext_max0 = _mm256_max_ps(vnext_max1, vnext_max0);
    vnext_max2 = _mm256_max_ps(vnext_max3, vnext_max2);
    vnext_max0 = _mm256_max_ps(vnext_max2, vnext_max0);
    for (; next_batch >= 8 * sizeof(float); next_batch -= 8 * sizeof(float)) {
      vnext_max0 = _mm256_max_ps(_mm256_loadu_ps(next_input), vnext_max0);
      next_input += 8;
    }
    if (next_batch != 0) {
      // Masked-out lanes keep the running max.
      const __m256i vmask = smax_avx_tail_mask(next_batch / sizeof(float));
      const __m256 vnext = _mm256_maskload_ps(next_input, vmask);
      vnext_max0 = smax_avx_select(_mm256_castsi256_ps(vmask), _mm256_max_ps(vnext, vnext_max0), vnext_max0);
    }
    // Across lanes: max of the halves, then max(0, 2), max(1, 3), then lanes 0 and 1.
    __m128 vnext_max = _mm_max_ps(_mm256_extractf128_ps(vnext_max0, 1), _mm256_castps256_ps128(vnext_max0));
    vnext_max = _mm_max_ps(_mm_movehl_ps(vnext_max, vnext_max), vnext_max);
    vnext_max = _mm_max_ss(_mm_shuffle_ps(vnext_max, vnext_max, _MM_SHUFFLE(1, 1, 1, 1)), vnext_max);
    _mm_store_ss(next_max, vnext_max);
  }
}
