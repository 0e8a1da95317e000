// Generated from src/f32-raddexpminusmax/avx-rr2-p5.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_raddexpminusmax_ukernel__avx_rr2_p5_x8: *sum = sum_i exp(input[i] - *max); AVX, 8 elements (1 vectors of 8
// lanes) per iteration, 1 independent partial-sum vectors.
//
// rr2-p5: two-constant Cody-Waite range reduction and a degree-5 polynomial (src/smax/avx-exp.h, lane
// for lane the scalar core of src/smax/scalar-exp.h, whose header states the measured error of exp;
// no FMA, so the values match the scalar ones bit for bit). Arguments below -87.3365 (and -inf) add
// exactly 0; NaN propagates to the sum. Only the order of the additions differs from the scalar
// kernel. Remainders: whole vectors one at a time, then the last 1 to 7 elements with a masked load
// whose masked-out lanes are zeroed before the sum, so it reads exactly [input, input + batch).
#include <assert.h>
#include <stddef.h>

#include <immintrin.h>

#include "f32-raddexpminusmax/f32-raddexpminusmax.h"
#include "smax/avx-exp.h"

smax_f32_raddexpminusmax_ukernel_fn smax_f32_raddexpminusmax_ukernel__avx_rr2_p5_x8;

void smax_f32_raddexpminusmax_ukernel__avx_rr2_p5_x8(size_t batch, const float* input, const float* max, float* sum, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(max != NULL);
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
  for (; batch >= 8 * sizeof(float); batch -= 8 * sizeof(float)) {
    const __m256 vx0 = _mm256_loadu_ps(input + 0);
    input += 8;

    const __m256 vz0 = _mm256_sub_ps(vx0, vmax);
    // exp(z), step-major so the vectors' independent chains interleave (src/smax/avx-exp.h has the
    // same steps for one vector): n = round(z * log2e) by the magic bias, s = 2^n from its bits,
    // t = z - n * ln2 in two parts, f = s + (t * P(t)) * s; z below the cutoff (and -inf) gives 0.
    const __m256 vbiased0 = _mm256_add_ps(_mm256_mul_ps(vz0, vlog2e), vmagic_bias);
    const __m256 vs0 = smax_avx_shift_exponent(vbiased0);
    const __m256 vn0 = _mm256_sub_ps(vbiased0, vmagic_bias);
    __m256 vt0 = _mm256_add_ps(_mm256_mul_ps(vn0, vminus_ln2_hi), vz0);
    vt0 = _mm256_add_ps(_mm256_mul_ps(vn0, vminus_ln2_lo), vt0);
    __m256 vp0 = _mm256_add_ps(_mm256_mul_ps(vc5, vt0), vc4);
    vp0 = _mm256_add_ps(_mm256_mul_ps(vp0, vt0), vc3);
    vp0 = _mm256_add_ps(_mm256_mul_ps(vp0, vt0), vc2);
    vp0 = _mm256_add_ps(_mm256_mul_ps(vp0, vt0), vc1);
    vp0 = _mm256_mul_ps(vp0, vt0);
    const __m256 vf0 =
        _mm256_andnot_ps(_mm256_cmp_ps(vz0, vcutoff, _CMP_LT_OQ),
                         _mm256_add_ps(_mm256_mul_ps(vp0, vs0), vs0));
    vacc0 = _mm256_add_ps(vacc0, vf0);
  }
  if (batch != 0) {
    assert(batch >= 1 * sizeof(float));
    assert(batch <= 7 * sizeof(float));
    const __m256i vmask = smax_avx_tail_mask(batch / sizeof(float));
    const __m256 vf = smax_avx_expminus(_mm256_sub_ps(_mm256_maskload_ps(input, vmask), vmax));
    // Masked-out lanes hold exp(0 - max), not 0: clear them so they add nothing.
    vacc0 = _mm256_add_ps(vacc0, _mm256_and_ps(vf, _mm256_castsi256_ps(vmask)));
  }
  // Across lanes: low half + high half, then (0 + 2, 1 + 3), then lane 0 + lane 1.
  __m128 vacc = _mm_add_ps(_mm256_castps256_ps128(vacc0), _mm256_extractf128_ps(vacc0, 1));
  vacc = _mm_add_ps(vacc, _mm_movehl_ps(vacc, vacc));
  vacc = _mm_add_ss(vacc, _mm_shuffle_ps(vacc, vacc, _MM_SHUFFLE(1, 1, 1, 1)));
  _mm_store_ss(sum, vacc);
}
