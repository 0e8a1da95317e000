// Generated from src/f32-raddstoreexpminusmax/avx2-rr2-p5.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_bf16_f32_raddstoreexpminusmax_ukernel__avx2_rr2_p5_x16: output[i] = exp(input[i] - *max) and *sum = sum_i output[i]; AVX2 + FMA3,
// 16 elements (2 vectors of 8) per iteration, 1 independent partial-sum
// vectors (vector N adds to partial sum N mod 1).
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
// Input and next_input: bf16 bit patterns, widened exactly to float on load
// (src/smax/avx2-load.h), so outputs, sum and side max are the f32 kernel's on the widened
// input. batch counts bytes of input: the outputs span [output, output + 2 * batch), which never
// overlaps the input.
#include <assert.h>
#include <stddef.h>

#include <immintrin.h>

#include "bf16-f32-raddstoreexpminusmax/bf16-f32-raddstoreexpminusmax.h"
#include "smax/avx2-load.h"
#include "smax/avx2-exp.h"

smax_bf16_f32_raddstoreexpminusmax_ukernel_fn smax_bf16_f32_raddstoreexpminusmax_ukernel__avx2_rr2_p5_x16;

void smax_bf16_f32_raddstoreexpminusmax_ukernel__avx2_rr2_p5_x16(size_t batch, const uint16_t* input, const float* max, float* output, float* sum,
    size_t next_batch, const uint16_t* next_input, float* next_max, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(uint16_t) == 0);
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
  for (; batch >= 16 * sizeof(uint16_t); batch -= 16 * sizeof(uint16_t)) {
    const __m256 vx0 = _mm256_sub_ps(smax_avx2_load_bf16(input + 0), vmax);
    const __m256 vx1 = _mm256_sub_ps(smax_avx2_load_bf16(input + 8), vmax);
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
    vacc0 = _mm256_add_ps(vacc0, vf1);
    input += 16;
    output += 16;
  }
  for (; batch >= 8 * sizeof(uint16_t); batch -= 8 * sizeof(uint16_t)) {
    const __m256 vf = smax_avx2_expminus(_mm256_sub_ps(smax_avx2_load_bf16(input), vmax));
    input += 8;
    _mm256_storeu_ps(output, vf);
    output += 8;
    vacc0 = _mm256_add_ps(vacc0, vf);
  }
  if (batch != 0) {
    // Masked-out lanes load 0, are zeroed after exp, and are neither stored nor added.
    const size_t count = batch / sizeof(uint16_t);
    const __m256i vmask = smax_avx2_tail_mask(count);
    const __m256 vf = _mm256_and_ps(smax_avx2_expminus(_mm256_sub_ps(smax_avx2_load_tail_bf16(input, count), vmax)),
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
    for (; next_batch >= 32 * sizeof(uint16_t); next_batch -= 32 * sizeof(uint16_t)) {
      vnext_max0 = _mm256_max_ps(smax_avx2_load_bf16(next_input + 0), vnext_max0);
      vnext_max1 = _mm256_max_ps(smax_avx2_load_bf16(next_input + 8), vnext_max1);
      vnext_max2 = _mm256_max_ps(smax_avx2_load_bf16(next_input + 16), vnext_max2);
      vnext_max3 = _mm256_max_ps(smax_avx2_load_bf16(next_input + 24), vnext_max3);
      next_input += 32;
    }
    vnext_max0 = _mm256_max_ps(vnext_max1, vnext_max0);
    vnext_max2 = _mm256_max_ps(vnext_max3, vnext_max2);
    vnext_max0 = _mm256_max_ps(vnext_max2, vnext_max0);
    for (; next_batch >= 8 * sizeof(uint16_t); next_batch -= 8 * sizeof(uint16_t)) {
      vnext_max0 = _mm256_max_ps(smax_avx2_load_bf16(next_input), vnext_max0);
      next_input += 8;
    }
    if (next_batch != 0) {
      // Masked-out lanes take the running max, which leaves it unchanged.
      const size_t count = next_batch / sizeof(uint16_t);
      const __m256i vmask = smax_avx2_tail_mask(count);
      const __m256 vnext = _mm256_blendv_ps(vnext_max0, smax_avx2_load_tail_bf16(next_input, count),
                                            _mm256_castsi256_ps(vmask));
      vnext_max0 = _mm256_max_ps(vnext, vnext_max0);
    }
    *next_max = _mm256_cvtss_f32(smax_avx2_broadcast_max(vnext_max0));
  }
}
