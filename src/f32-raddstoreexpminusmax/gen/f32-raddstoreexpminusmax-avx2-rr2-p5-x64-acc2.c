// Generated from src/f32-raddstoreexpminusmax/avx2-rr2-p5.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_raddstoreexpminusmax_ukernel__avx2_rr2_p5_x64_acc2: output[i] = exp(input[i] - *max) and *sum = sum_i output[i]; AVX2 + FMA3,
// 64 elements (8 vectors of 8) per iteration, 2 independent partial-sum
// vectors (vector N adds to partial sum N mod 2).
//
// rr2-p5 with FMA: magic-bias rounding, two-constant Cody-Waite reduction, degree-5 polynomial, 2^n from
// exponent bits (src/smax/avx2-exp.h: at most 1.98 ULP, measured). Arguments
// below -87.3365 (and -inf) give exactly 0; NaN propagates to the output and the sum. The tail is one
// vmaskmovps vector: reads exactly [input, input + batch) and writes exactly [output, output + batch);
// output may equal input.
// The next block's max (next_batch != 0) is a separate loop after the exp loop (side_max = separate
// in the family table), written here as the f32-rmax x32-acc4 kernel. Interleaved as in the AVX-512F
// kernels it was slower on rows in cache (bench cases op/smax:three_pass_reload/1x65536 and 4096x128,
// SMAX_ISA=avx2, builds of either variant alternated): with 16 ymm registers the extra running max
// costs more than it saves.
#include <assert.h>
#include <stddef.h>

#include <immintrin.h>

#include "f32-raddstoreexpminusmax/f32-raddstoreexpminusmax.h"
#include "smax/avx2-load.h"
#include "smax/avx2-exp.h"

smax_f32_raddstoreexpminusmax_ukernel_fn smax_f32_raddstoreexpminusmax_ukernel__avx2_rr2_p5_x64_acc2;

void smax_f32_raddstoreexpminusmax_ukernel__avx2_rr2_p5_x64_acc2(size_t batch, const float* input, const float* max, float* output, float* sum,
    size_t next_batch, const float* next_input, float* next_max, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(max != NULL);
  assert(output != NULL);
  assert(sum != NULL);
  (void) params;

  const __m256 vmax = _mm256_set1_ps(*max);
  const __m256 vlog2e = _mm256_set1_ps(SMAX_EXP_LOG2E);
  const __m256 vmagic_bias = _mm256_set1_ps(SMAX_EXP_MAGIC_BIAS);
  const __m256 vminus_ln2_hi = _mm256_set1_ps(SMAX_EXP_FMA_MINUS_LN2_HI);
  const __m256 vminus_ln2_lo = _mm256_set1_ps(SMAX_EXP_FMA_MINUS_LN2_LO);
  const __m256 vc5 = _mm256_set1_ps(SMAX_EXP_C5);
  const __m256 vc4 = _mm256_set1_ps(SMAX_EXP_C4);
  const __m256 vc3 = _mm256_set1_ps(SMAX_EXP_C3);
  const __m256 vc2 = _mm256_set1_ps(SMAX_EXP_C2);
  const __m256 vc1 = _mm256_set1_ps(SMAX_EXP_C1);
  const __m256 vcutoff = _mm256_set1_ps(SMAX_EXP_CUTOFF);

  __m256 vacc0 = _mm256_setzero_ps();
  __m256 vacc1 = _mm256_setzero_ps();
  for (; batch >= 64 * sizeof(float); batch -= 64 * sizeof(float)) {
    const __m256 vx0 = _mm256_sub_ps(smax_avx2_load_f32(input + 0), vmax);
    const __m256 vx1 = _mm256_sub_ps(smax_avx2_load_f32(input + 8), vmax);
    // n = round(x * log2e) via the magic bias; s = 2^n from the biased exponent bits.
    const __m256 vbiased0 = _mm256_fmadd_ps(vx0, vlog2e, vmagic_bias);
    const __m256 vbiased1 = _mm256_fmadd_ps(vx1, vlog2e, vmagic_bias);
    const __m256 vs0 = _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_castps_si256(vbiased0), 23));
    const __m256 vs1 = _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_castps_si256(vbiased1), 23));
    const __m256 vn0 = _mm256_sub_ps(vbiased0, vmagic_bias);
    const __m256 vn1 = _mm256_sub_ps(vbiased1, vmagic_bias);
    // t = x - n * ln2 (two constants).
    __m256 vt0 = _mm256_fmadd_ps(vn0, vminus_ln2_hi, vx0);
    __m256 vt1 = _mm256_fmadd_ps(vn1, vminus_ln2_hi, vx1);
    vt0 = _mm256_fmadd_ps(vn0, vminus_ln2_lo, vt0);
    vt1 = _mm256_fmadd_ps(vn1, vminus_ln2_lo, vt1);
    // exp(t) = 1 + t * P(t); f = s + (t * s) * P(t).
    __m256 vp0 = _mm256_fmadd_ps(vc5, vt0, vc4);
    __m256 vp1 = _mm256_fmadd_ps(vc5, vt1, vc4);
    vp0 = _mm256_fmadd_ps(vp0, vt0, vc3);
    vp1 = _mm256_fmadd_ps(vp1, vt1, vc3);
    vp0 = _mm256_fmadd_ps(vp0, vt0, vc2);
    vp1 = _mm256_fmadd_ps(vp1, vt1, vc2);
    vp0 = _mm256_fmadd_ps(vp0, vt0, vc1);
    vp1 = _mm256_fmadd_ps(vp1, vt1, vc1);
    vt0 = _mm256_mul_ps(vt0, vs0);
    vt1 = _mm256_mul_ps(vt1, vs1);
    // Lanes below the cutoff (and -inf) become exactly 0; NaN lanes are kept (ordered compare).
    const __m256 vf0 = _mm256_andnot_ps(_mm256_cmp_ps(vx0, vcutoff, _CMP_LT_OQ), _mm256_fmadd_ps(vt0, vp0, vs0));
    const __m256 vf1 = _mm256_andnot_ps(_mm256_cmp_ps(vx1, vcutoff, _CMP_LT_OQ), _mm256_fmadd_ps(vt1, vp1, vs1));
    _mm256_storeu_ps(output + 0, vf0);
    _mm256_storeu_ps(output + 8, vf1);
    vacc0 = _mm256_add_ps(vacc0, vf0);
    vacc1 = _mm256_add_ps(vacc1, vf1);
    const __m256 vx2 = _mm256_sub_ps(smax_avx2_load_f32(input + 16), vmax);
    const __m256 vx3 = _mm256_sub_ps(smax_avx2_load_f32(input + 24), vmax);
    // n = round(x * log2e) via the magic bias; s = 2^n from the biased exponent bits.
    const __m256 vbiased2 = _mm256_fmadd_ps(vx2, vlog2e, vmagic_bias);
    const __m256 vbiased3 = _mm256_fmadd_ps(vx3, vlog2e, vmagic_bias);
    const __m256 vs2 = _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_castps_si256(vbiased2), 23));
    const __m256 vs3 = _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_castps_si256(vbiased3), 23));
    const __m256 vn2 = _mm256_sub_ps(vbiased2, vmagic_bias);
    const __m256 vn3 = _mm256_sub_ps(vbiased3, vmagic_bias);
    // t = x - n * ln2 (two constants).
    __m256 vt2 = _mm256_fmadd_ps(vn2, vminus_ln2_hi, vx2);
    __m256 vt3 = _mm256_fmadd_ps(vn3, vminus_ln2_hi, vx3);
    vt2 = _mm256_fmadd_ps(vn2, vminus_ln2_lo, vt2);
    vt3 = _mm256_fmadd_ps(vn3, vminus_ln2_lo, vt3);
    // exp(t) = 1 + t * P(t); f = s + (t * s) * P(t).
    __m256 vp2 = _mm256_fmadd_ps(vc5, vt2, vc4);
    __m256 vp3 = _mm256_fmadd_ps(vc5, vt3, vc4);
    vp2 = _mm256_fmadd_ps(vp2, vt2, vc3);
    vp3 = _mm256_fmadd_ps(vp3, vt3, vc3);
    vp2 = _mm256_fmadd_ps(vp2, vt2, vc2);
    vp3 = _mm256_fmadd_ps(vp3, vt3, vc2);
    vp2 = _mm256_fmadd_ps(vp2, vt2, vc1);
    vp3 = _mm256_fmadd_ps(vp3, vt3, vc1);
    vt2 = _mm256_mul_ps(vt2, vs2);
    vt3 = _mm256_mul_ps(vt3, vs3);
    // Lanes below the cutoff (and -inf) become exactly 0; NaN lanes are kept (ordered compare).
    const __m256 vf2 = _mm256_andnot_ps(_mm256_cmp_ps(vx2, vcutoff, _CMP_LT_OQ), _mm256_fmadd_ps(vt2, vp2, vs2));
    const __m256 vf3 = _mm256_andnot_ps(_mm256_cmp_ps(vx3, vcutoff, _CMP_LT_OQ), _mm256_fmadd_ps(vt3, vp3, vs3));
    _mm256_storeu_ps(output + 16, vf2);
    _mm256_storeu_ps(output + 24, vf3);
    vacc0 = _mm256_add_ps(vacc0, vf2);
    vacc1 = _mm256_add_ps(vacc1, vf3);
    const __m256 vx4 = _mm256_sub_ps(smax_avx2_load_f32(input + 32), vmax);
    const __m256 vx5 = _mm256_sub_ps(smax_avx2_load_f32(input + 40), vmax);
    // n = round(x * log2e) via the magic bias; s = 2^n from the biased exponent bits.
    const __m256 vbiased4 = _mm256_fmadd_ps(vx4, vlog2e, vmagic_bias);
    const __m256 vbiased5 = _mm256_fmadd_ps(vx5, vlog2e, vmagic_bias);
    const __m256 vs4 = _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_castps_si256(vbiased4), 23));
    const __m256 vs5 = _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_castps_si256(vbiased5), 23));
    const __m256 vn4 = _mm256_sub_ps(vbiased4, vmagic_bias);
    const __m256 vn5 = _mm256_sub_ps(vbiased5, vmagic_bias);
    // t = x - n * ln2 (two constants).
    __m256 vt4 = _mm256_fmadd_ps(vn4, vminus_ln2_hi, vx4);
    __m256 vt5 = _mm256_fmadd_ps(vn5, vminus_ln2_hi, vx5);
    vt4 = _mm256_fmadd_ps(vn4, vminus_ln2_lo, vt4);
    vt5 = _mm256_fmadd_ps(vn5, vminus_ln2_lo, vt5);
    // exp(t) = 1 + t * P(t); f = s + (t * s) * P(t).
    __m256 vp4 = _mm256_fmadd_ps(vc5, vt4, vc4);
    __m256 vp5 = _mm256_fmadd_ps(vc5, vt5, vc4);
    vp4 = _mm256_fmadd_ps(vp4, vt4, vc3);
    vp5 = _mm256_fmadd_ps(vp5, vt5, vc3);
    vp4 = _mm256_fmadd_ps(vp4, vt4, vc2);
    vp5 = _mm256_fmadd_ps(vp5, vt5, vc2);
    vp4 = _mm256_fmadd_ps(vp4, vt4, vc1);
    vp5 = _mm256_fmadd_ps(vp5, vt5, vc1);
    vt4 = _mm256_mul_ps(vt4, vs4);
    vt5 = _mm256_mul_ps(vt5, vs5);
    // Lanes below the cutoff (and -inf) become exactly 0; NaN lanes are kept (ordered compare).
    const __m256 vf4 = _mm256_andnot_ps(_mm256_cmp_ps(vx4, vcutoff, _CMP_LT_OQ), _mm256_fmadd_ps(vt4, vp4, vs4));
    const __m256 vf5 = _mm256_andnot_ps(_mm256_cmp_ps(vx5, vcutoff, _CMP_LT_OQ), _mm256_fmadd_ps(vt5, vp5, vs5));
    _mm256_storeu_ps(output + 32, vf4);
    _mm256_storeu_ps(output + 40, vf5);
    vacc0 = _mm256_add_ps(vacc0, vf4);
    vacc1 = _mm256_add_ps(vacc1, vf5);
    const __m256 vx6 = _mm256_sub_ps(smax_avx2_load_f32(input + 48), vmax);
    const __m256 vx7 = _mm256_sub_ps(smax_avx2_load_f32(input + 56), vmax);
    // n = round(x * log2e) via the magic bias; s = 2^n from the biased exponent bits.
    const __m256 vbiased6 = _mm256_fmadd_ps(vx6, vlog2e, vmagic_bias);
    const __m256 vbiased7 = _mm256_fmadd_ps(vx7, vlog2e, vmagic_bias);
    const __m256 vs6 = _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_castps_si256(vbiased6), 23));
    const __m256 vs7 = _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_castps_si256(vbiased7), 23));
    const __m256 vn6 = _mm256_sub_ps(vbiased6, vmagic_bias);
    const __m256 vn7 = _mm256_sub_ps(vbiased7, vmagic_bias);
    // t = x - n * ln2 (two constants).
    __m256 vt6 = _mm256_fmadd_ps(vn6, vminus_ln2_hi, vx6);
    __m256 vt7 = _mm256_fmadd_ps(vn7, vminus_ln2_hi, vx7);
    vt6 = _mm256_fmadd_ps(vn6, vminus_ln2_lo, vt6);
    vt7 = _mm256_fmadd_ps(vn7, vminus_ln2_lo, vt7);
    // exp(t) = 1 + t * P(t); f = s + (t * s) * P(t).
    __m256 vp6 = _mm256_fmadd_ps(vc5, vt6, vc4);
    __m256 vp7 = _mm256_fmadd_ps(vc5, vt7, vc4);
    vp6 = _mm256_fmadd_ps(vp6, vt6, vc3);
    vp7 = _mm256_fmadd_ps(vp7, vt7, vc3);
    vp6 = _mm256_fmadd_ps(vp6, vt6, vc2);
    vp7 = _mm256_fmadd_ps(vp7, vt7, vc2);
    vp6 = _mm256_fmadd_ps(vp6, vt6, vc1);
    vp7 = _mm256_fmadd_ps(vp7, vt7, vc1);
    vt6 = _mm256_mul_ps(vt6, vs6);
    vt7 = _mm256_mul_ps(vt7, vs7);
    // Lanes below the cutoff (and -inf) become exactly 0; NaN lanes are kept (ordered compare).
    const __m256 vf6 = _mm256_andnot_ps(_mm256_cmp_ps(vx6, vcutoff, _CMP_LT_OQ), _mm256_fmadd_ps(vt6, vp6, vs6));
    const __m256 vf7 = _mm256_andnot_ps(_mm256_cmp_ps(vx7, vcutoff, _CMP_LT_OQ), _mm256_fmadd_ps(vt7, vp7, vs7));
    _mm256_storeu_ps(output + 48, vf6);
    _mm256_storeu_ps(output + 56, vf7);
    vacc0 = _mm256_add_ps(vacc0, vf6);
    vacc1 = _mm256_add_ps(vacc1, vf7);
    input += 64;
    output += 64;
  }
  vacc0 = _mm256_add_ps(vacc0, vacc1);
  for (; batch >= 8 * sizeof(float); batch -= 8 * sizeof(float)) {
    const __m256 vf = smax_avx2_expminus(_mm256_sub_ps(smax_avx2_load_f32(input), vmax));
    input += 8;
    _mm256_storeu_ps(output, vf);
    output += 8;
    vacc0 = _mm256_add_ps(vacc0, vf);
  }
  if (batch != 0) {
    // Masked-out lanes load 0, are zeroed after exp, and are neither stored nor added.
    const size_t count = batch / sizeof(float);
    const __m256i vmask = smax_avx2_tail_mask(count);
    const __m256 vf = _mm256_and_ps(smax_avx2_expminus(_mm256_sub_ps(smax_avx2_load_tail_f32(input, count), vmax)),
        _mm256_castsi256_ps(vmask));
    _mm256_maskstore_ps(output, vmask, vf);
    vacc0 = _mm256_add_ps(vacc0, vf);
  }
  *sum = smax_avx2_reduce_add(vacc0);
  if (next_batch != 0) {
    // vmaxps(x, m) keeps m for a NaN x, as the f32-rmax kernels do.
    __m256 vnext_max0 = _mm256_set1_ps(*next_max);
    __m256 vnext_max1 = _mm256_set1_ps(*next_max);
    __m256 vnext_max2 = _mm256_set1_ps(*next_max);
    __m256 vnext_max3 = _mm256_set1_ps(*next_max);
    for (; next_batch >= 32 * sizeof(float); next_batch -= 32 * sizeof(float)) {
      vnext_max0 = _mm256_max_ps(smax_avx2_load_f32(next_input + 0), vnext_max0);
      vnext_max1 = _mm256_max_ps(smax_avx2_load_f32(next_input + 8), vnext_max1);
      vnext_max2 = _mm256_max_ps(smax_avx2_load_f32(next_input + 16), vnext_max2);
      vnext_max3 = _mm256_max_ps(smax_avx2_load_f32(next_input + 24), vnext_max3);
      next_input += 32;
    }
    vnext_max0 = _mm256_max_ps(vnext_max1, vnext_max0);
    vnext_max2 = _mm256_max_ps(vnext_max3, vnext_max2);
    vnext_max0 = _mm256_max_ps(vnext_max2, vnext_max0);
    for (; next_batch >= 8 * sizeof(float); next_batch -= 8 * sizeof(float)) {
      vnext_max0 = _mm256_max_ps(smax_avx2_load_f32(next_input), vnext_max0);
      next_input += 8;
    }
    if (next_batch != 0) {
      // Masked-out lanes take the running max, which leaves it unchanged.
      const size_t count = next_batch / sizeof(float);
      const __m256i vmask = smax_avx2_tail_mask(count);
      const __m256 vnext = _mm256_blendv_ps(vnext_max0, smax_avx2_load_tail_f32(next_input, count),
                                            _mm256_castsi256_ps(vmask));
      vnext_max0 = _mm256_max_ps(vnext, vnext_max0);
    }
    *next_max = _mm256_cvtss_f32(smax_avx2_broadcast_max(vnext_max0));
  }
}
