// Generated from src/f32-raddstoreexpminusmax/avx512f-rr2-lut16-p3.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_bf16_f32_raddstoreexpminusmax_ukernel__avx512f_rr2_lut16_p3_x64_acc2: output[i] = exp(input[i] - *max) and *sum = sum_i output[i]; AVX-512F,
// 64 elements (4 vectors of 16) per iteration, 2 independent partial-sum
// vectors (vector N adds to partial sum N mod 2).
//
// rr2-lut16-p3: exp(x) = 2^(n/16) * exp(t), n = round(x * 16 * log2(e)), t = x - n * ln2/16 in about
// [-ln2/32, ln2/32]; a smaller t than rr2-p5's [-ln2/2, ln2/2] needs only a degree-3 polynomial, and
// 2^(n/16) = 2^(n >> 4) * 2^((n & 15)/16) comes from a 16-entry table held in one zmm register.
// Per vector that is 7 FMA-pipe operations (1 for n, 2 for t, 3 for the polynomial, 1 to combine)
// instead of rr2-p5's 9 (1 + 2 + 5 + vscalefps); 512-bit FMAs are double-pumped on Zen 4, where rr2-p5
// is bound by FMA-pipe throughput. The table lookup (vpermd) and exponent add are on other pipes.
//  - n by the magic bias 1.5*2^19: in x * log2e + bias the float's ulp is 2^-4, so the sum is
//    round(x * log2e * 16) / 16 + bias and its low mantissa bits hold n (two's complement, 1.5*2^19's
//    own mantissa bits are 0 below bit 22). Valid for |x * log2e| < 2^18.
//      * vpermd uses the low 4 bits of each index lane: the sum's bits index the table directly.
//      * the sum's bits shifted left by 19 are n << 19 (mod 2^32; the bias's bits shift out), i.e.
//        (n >> 4) << 23 plus (n & 15) << 19. TABLE[k] holds the bits of 2^(k/16) (rounded to float)
//        MINUS k << 19, so one integer add gives s = 2^(n >> 4) * 2^((n & 15)/16) exactly. For
//        x >= cutoff, n >= -2016, so s >= 2^-126 stays normal; lanes below the cutoff are zeroed.
//  - t = x - (n/16) * ln2 with the FMA rr2 constants of src/smax/avx512f-exp.h (n/16 * LN2_HI exact
//    inside the FMA; |ln2 - HI - LO| = 8.8e-17).
//  - exp(t) ~= 1 + t + t^2 * (C2 + C3 * t): a Remez exchange (scripts/fit-exp-poly.py, fit_lut16, which
//    reproduces SMAX_LUT16_C2/C3 bit for bit; double precision) for the minimax RELATIVE error of
//    1 + t * (C1 + C2 * t + C3 * t^2) on
//    [-1.001 * ln2/32, 1.001 * ln2/32] (the margin covers t just outside ln2/32 when the FMA rounds n
//    the other way). Fixing the constant term at 1 breaks the Haar condition of the basis t, t^2, t^3
//    (every function vanishes at 0; posed that way the exchange levels at a useless 1.06e-7), so it
//    solves the equivalent weighted problem for g(t) = expm1(t) / t on the basis 1, t, t^2 with
//    weight |t| / exp(t): each step solves P(t_i) - g(t_i) = (-1)^i * E * exp(t_i) / |t_i| at 4
//    reference points (Chebyshev points to start), then takes as the new reference the largest |error|
//    between sign changes on a 20000-point grid (t = 0 left out); 20 steps, levelled error 1.580e-9.
//    C1 rounds to exactly 1.0 and is dropped; with C2, C3 rounded to float the polynomial's own max
//    relative error is 1.652e-9 (0.03 ULP), so the error budget is the table's rounding (<= 0.5 ULP)
//    and the final FMA.
//  - f = s + s * (t + t^2 * q), q = C2 + C3 * t, in one FMA, under a zeroing mask: lanes with
//    x < -87.3365 (SMAX_EXP_CUTOFF) and -inf become exactly 0; NaN lanes are kept (unordered compare)
//    and NaN propagates through t into f.
//  - Measured by test/exp-core-test.cc, which sweeps all 1.1e9 floats x in [-87.34, 0] through
//    smax_avx512f_lut16_expminus (src/smax/avx512f-exp.h; smax_lut16_expminus below and the loop are
//    the same operations) against double exp and checks SMAX_LUT16_EXPMINUS_MAX_*: at most 0.9895 ULP
//    of the result (at x = -0x1.6078C4p+4), relative error at most 1.0732e-7 (2^-23.15, at
//    x = -0x1.1FFFECp+4), against rr2-p5's 1.98 ULP; x below the cutoff gives exactly 0, -inf gives 0,
//    NaN gives NaN, 0 and -0 give exactly 1.
//  - Speed: bench/f32-raddstoreexpminusmax, cases f32-raddstoreexpminusmax/avx512f/<kernel>/hot:2048
//    (each kernel called in its operator blocks): on the Zen 4, x128-acc8, the AVX-512F default, is
//    among the fastest variants and ahead of every rr2-p5 one (tuning/amd-zen4.table; the family
//    table says why acc8). In experiments on the Zen 4 (not in the repository) removing the cutoff
//    compare or the t*t multiply made it faster, so the vector pipes, not the FMA count alone, bound
//    it; an integer compare, a sign-mask instead of the compare, vpermt2d with a 32-entry table and
//    degree 2, and groups of 1, 2 or 4 vectors were all no faster.
// The tail is one k-masked vector: reads exactly [input, input + batch) and writes exactly
// [output, output + batch); output may equal input.
// Input and next_input: bf16 bit patterns, widened exactly to float on load
// (src/smax/avx512f-load.h), so outputs, sum and side max are the f32 kernel's on the widened
// input. batch counts bytes of input: the outputs span [output, output + 2 * batch), which never
// overlaps the input.
#include <assert.h>
#include <math.h>
#include <stddef.h>

#include <immintrin.h>

#include "bf16-f32-raddstoreexpminusmax/bf16-f32-raddstoreexpminusmax.h"
#include "smax/avx512f-load.h"
#include "smax/avx512f-exp.h"
#include "f32-raddstoreexpminusmax/avx512f-rr2-lut16-p3.h"

smax_bf16_f32_raddstoreexpminusmax_ukernel_fn smax_bf16_f32_raddstoreexpminusmax_ukernel__avx512f_rr2_lut16_p3_x64_acc2;

void smax_bf16_f32_raddstoreexpminusmax_ukernel__avx512f_rr2_lut16_p3_x64_acc2(size_t batch, const uint16_t* input, const float* max, float* output, float* sum,
    size_t next_batch, const uint16_t* next_input, float* next_max, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(uint16_t) == 0);
  assert(input != NULL);
  assert(max != NULL);
  assert(output != NULL);
  assert(sum != NULL);
  (void) params;

  const __m512 vmax = _mm512_set1_ps(*max);
  const __m512 vlog2e = _mm512_set1_ps(SMAX_EXP_LOG2E);
  const __m512 vmagic_bias = _mm512_set1_ps(SMAX_LUT16_MAGIC_BIAS);
  const __m512i vtable = smax_lut16_table();
  const __m512 vminus_ln2_hi = _mm512_set1_ps(SMAX_EXP_FMA_MINUS_LN2_HI);
  const __m512 vminus_ln2_lo = _mm512_set1_ps(SMAX_EXP_FMA_MINUS_LN2_LO);
  const __m512 vc3 = _mm512_set1_ps(SMAX_LUT16_C3);
  const __m512 vc2 = _mm512_set1_ps(SMAX_LUT16_C2);
  const __m512 vcutoff = _mm512_set1_ps(SMAX_EXP_CUTOFF);

  __m512 vacc0 = _mm512_setzero_ps();
  __m512 vacc1 = _mm512_setzero_ps();
  // The next block's max rides along in the first loop: its loads and vmaxps use the load ports and
  // the FP-add pipes, which the exp leaves mostly idle. vmaxps returns its second operand when either
  // is NaN, so a NaN in the next block is skipped, as in the f32-rmax kernels.
  __m512 vnext_max = _mm512_set1_ps(-INFINITY);
  const size_t next_total = next_batch;
  // The block's own max (next_input == input, as the reload pipeline asks for it here): the first
  // loop takes it from the vectors the exp loads, so each is loaded (and, for a 16-bit input,
  // widened) once; the same maxima in the same order as the second loop's.
  const int own_block = next_input == input && next_batch == batch;
  for (; own_block && batch >= 64 * sizeof(uint16_t); batch -= 64 * sizeof(uint16_t)) {
    // A 16-bit input: every vector of the iteration is loaded and widened before the first group,
    // so the widening's latency is not at the head of each group's exp chain (bench case
    // bf16-f32-raddstoreexpminusmax/avx512f/<kernel>/hot:2048; the same operations, so the same bits).
    const __m512 vw0 = smax_avx512f_load_bf16(input + 0);
    const __m512 vw1 = smax_avx512f_load_bf16(input + 16);
    const __m512 vw2 = smax_avx512f_load_bf16(input + 32);
    const __m512 vw3 = smax_avx512f_load_bf16(input + 48);
    vnext_max = _mm512_max_ps(vw0, vnext_max);
    vnext_max = _mm512_max_ps(vw1, vnext_max);
    vnext_max = _mm512_max_ps(vw2, vnext_max);
    const __m512 vx0 = _mm512_sub_ps(vw0, vmax);
    const __m512 vx1 = _mm512_sub_ps(vw1, vmax);
    const __m512 vx2 = _mm512_sub_ps(vw2, vmax);
    // n = round(x * 16 * log2e), held as n/16 + bias.
    const __m512 vbiased0 = _mm512_fmadd_ps(vx0, vlog2e, vmagic_bias);
    const __m512 vbiased1 = _mm512_fmadd_ps(vx1, vlog2e, vmagic_bias);
    const __m512 vbiased2 = _mm512_fmadd_ps(vx2, vlog2e, vmagic_bias);
    const __m512 vn0 = _mm512_sub_ps(vbiased0, vmagic_bias);
    const __m512 vn1 = _mm512_sub_ps(vbiased1, vmagic_bias);
    const __m512 vn2 = _mm512_sub_ps(vbiased2, vmagic_bias);
    // s = 2^(n/16): table entry (low 4 bits of n) plus n << 19 in the integer bits.
    const __m512 vs0 = _mm512_castsi512_ps(_mm512_add_epi32(
        _mm512_permutexvar_epi32(_mm512_castps_si512(vbiased0), vtable),
        _mm512_slli_epi32(_mm512_castps_si512(vbiased0), 19)));
    const __m512 vs1 = _mm512_castsi512_ps(_mm512_add_epi32(
        _mm512_permutexvar_epi32(_mm512_castps_si512(vbiased1), vtable),
        _mm512_slli_epi32(_mm512_castps_si512(vbiased1), 19)));
    const __m512 vs2 = _mm512_castsi512_ps(_mm512_add_epi32(
        _mm512_permutexvar_epi32(_mm512_castps_si512(vbiased2), vtable),
        _mm512_slli_epi32(_mm512_castps_si512(vbiased2), 19)));
    // t = x - n * ln2/16 (two constants).
    __m512 vt0 = _mm512_fmadd_ps(vn0, vminus_ln2_hi, vx0);
    __m512 vt1 = _mm512_fmadd_ps(vn1, vminus_ln2_hi, vx1);
    __m512 vt2 = _mm512_fmadd_ps(vn2, vminus_ln2_hi, vx2);
    vt0 = _mm512_fmadd_ps(vn0, vminus_ln2_lo, vt0);
    vt1 = _mm512_fmadd_ps(vn1, vminus_ln2_lo, vt1);
    vt2 = _mm512_fmadd_ps(vn2, vminus_ln2_lo, vt2);
    // p = exp(t) - 1 = t + t^2 * (C2 + C3 * t).
    __m512 vp0 = _mm512_fmadd_ps(vc3, vt0, vc2);
    __m512 vp1 = _mm512_fmadd_ps(vc3, vt1, vc2);
    __m512 vp2 = _mm512_fmadd_ps(vc3, vt2, vc2);
    vp0 = _mm512_fmadd_ps(vp0, _mm512_mul_ps(vt0, vt0), vt0);
    vp1 = _mm512_fmadd_ps(vp1, _mm512_mul_ps(vt1, vt1), vt1);
    vp2 = _mm512_fmadd_ps(vp2, _mm512_mul_ps(vt2, vt2), vt2);
    // f = s + s * p; lanes below the cutoff (and -inf) become exactly 0; NaN lanes are kept
    // (unordered compare) and NaN propagates through t.
    const __m512 vf0 = _mm512_maskz_fmadd_ps(_mm512_cmp_ps_mask(vx0, vcutoff, _CMP_NLT_UQ), vp0, vs0, vs0);
    const __m512 vf1 = _mm512_maskz_fmadd_ps(_mm512_cmp_ps_mask(vx1, vcutoff, _CMP_NLT_UQ), vp1, vs1, vs1);
    const __m512 vf2 = _mm512_maskz_fmadd_ps(_mm512_cmp_ps_mask(vx2, vcutoff, _CMP_NLT_UQ), vp2, vs2, vs2);
    _mm512_storeu_ps(output + 0, vf0);
    _mm512_storeu_ps(output + 16, vf1);
    _mm512_storeu_ps(output + 32, vf2);
    vacc0 = _mm512_add_ps(vacc0, vf0);
    vacc1 = _mm512_add_ps(vacc1, vf1);
    vacc0 = _mm512_add_ps(vacc0, vf2);
    vnext_max = _mm512_max_ps(vw3, vnext_max);
    const __m512 vx3 = _mm512_sub_ps(vw3, vmax);
    // n = round(x * 16 * log2e), held as n/16 + bias.
    const __m512 vbiased3 = _mm512_fmadd_ps(vx3, vlog2e, vmagic_bias);
    const __m512 vn3 = _mm512_sub_ps(vbiased3, vmagic_bias);
    // s = 2^(n/16): table entry (low 4 bits of n) plus n << 19 in the integer bits.
    const __m512 vs3 = _mm512_castsi512_ps(_mm512_add_epi32(
        _mm512_permutexvar_epi32(_mm512_castps_si512(vbiased3), vtable),
        _mm512_slli_epi32(_mm512_castps_si512(vbiased3), 19)));
    // t = x - n * ln2/16 (two constants).
    __m512 vt3 = _mm512_fmadd_ps(vn3, vminus_ln2_hi, vx3);
    vt3 = _mm512_fmadd_ps(vn3, vminus_ln2_lo, vt3);
    // p = exp(t) - 1 = t + t^2 * (C2 + C3 * t).
    __m512 vp3 = _mm512_fmadd_ps(vc3, vt3, vc2);
    vp3 = _mm512_fmadd_ps(vp3, _mm512_mul_ps(vt3, vt3), vt3);
    // f = s + s * p; lanes below the cutoff (and -inf) become exactly 0; NaN lanes are kept
    // (unordered compare) and NaN propagates through t.
    const __m512 vf3 = _mm512_maskz_fmadd_ps(_mm512_cmp_ps_mask(vx3, vcutoff, _CMP_NLT_UQ), vp3, vs3, vs3);
    _mm512_storeu_ps(output + 48, vf3);
    vacc1 = _mm512_add_ps(vacc1, vf3);
    input += 64;
    output += 64;
    next_input += 64;
    next_batch -= 64 * sizeof(uint16_t);
  }
  for (; batch >= 64 * sizeof(uint16_t) && next_batch >= 64 * sizeof(uint16_t); batch -= 64 * sizeof(uint16_t)) {
    // A 16-bit input: every vector of the iteration is loaded and widened before the first group,
    // so the widening's latency is not at the head of each group's exp chain (bench case
    // bf16-f32-raddstoreexpminusmax/avx512f/<kernel>/hot:2048; the same operations, so the same bits).
    const __m512 vw0 = smax_avx512f_load_bf16(input + 0);
    const __m512 vw1 = smax_avx512f_load_bf16(input + 16);
    const __m512 vw2 = smax_avx512f_load_bf16(input + 32);
    const __m512 vw3 = smax_avx512f_load_bf16(input + 48);
    vnext_max = _mm512_max_ps(smax_avx512f_load_bf16(next_input + 0), vnext_max);
    vnext_max = _mm512_max_ps(smax_avx512f_load_bf16(next_input + 16), vnext_max);
    vnext_max = _mm512_max_ps(smax_avx512f_load_bf16(next_input + 32), vnext_max);
    const __m512 vx0 = _mm512_sub_ps(vw0, vmax);
    const __m512 vx1 = _mm512_sub_ps(vw1, vmax);
    const __m512 vx2 = _mm512_sub_ps(vw2, vmax);
    // n = round(x * 16 * log2e), held as n/16 + bias.
    const __m512 vbiased0 = _mm512_fmadd_ps(vx0, vlog2e, vmagic_bias);
    const __m512 vbiased1 = _mm512_fmadd_ps(vx1, vlog2e, vmagic_bias);
    const __m512 vbiased2 = _mm512_fmadd_ps(vx2, vlog2e, vmagic_bias);
    const __m512 vn0 = _mm512_sub_ps(vbiased0, vmagic_bias);
    const __m512 vn1 = _mm512_sub_ps(vbiased1, vmagic_bias);
    const __m512 vn2 = _mm512_sub_ps(vbiased2, vmagic_bias);
    // s = 2^(n/16): table entry (low 4 bits of n) plus n << 19 in the integer bits.
    const __m512 vs0 = _mm512_castsi512_ps(_mm512_add_epi32(
        _mm512_permutexvar_epi32(_mm512_castps_si512(vbiased0), vtable),
        _mm512_slli_epi32(_mm512_castps_si512(vbiased0), 19)));
    const __m512 vs1 = _mm512_castsi512_ps(_mm512_add_epi32(
        _mm512_permutexvar_epi32(_mm512_castps_si512(vbiased1), vtable),
        _mm512_slli_epi32(_mm512_castps_si512(vbiased1), 19)));
    const __m512 vs2 = _mm512_castsi512_ps(_mm512_add_epi32(
        _mm512_permutexvar_epi32(_mm512_castps_si512(vbiased2), vtable),
        _mm512_slli_epi32(_mm512_castps_si512(vbiased2), 19)));
    // t = x - n * ln2/16 (two constants).
    __m512 vt0 = _mm512_fmadd_ps(vn0, vminus_ln2_hi, vx0);
    __m512 vt1 = _mm512_fmadd_ps(vn1, vminus_ln2_hi, vx1);
    __m512 vt2 = _mm512_fmadd_ps(vn2, vminus_ln2_hi, vx2);
    vt0 = _mm512_fmadd_ps(vn0, vminus_ln2_lo, vt0);
    vt1 = _mm512_fmadd_ps(vn1, vminus_ln2_lo, vt1);
    vt2 = _mm512_fmadd_ps(vn2, vminus_ln2_lo, vt2);
    // p = exp(t) - 1 = t + t^2 * (C2 + C3 * t).
    __m512 vp0 = _mm512_fmadd_ps(vc3, vt0, vc2);
    __m512 vp1 = _mm512_fmadd_ps(vc3, vt1, vc2);
    __m512 vp2 = _mm512_fmadd_ps(vc3, vt2, vc2);
    vp0 = _mm512_fmadd_ps(vp0, _mm512_mul_ps(vt0, vt0), vt0);
    vp1 = _mm512_fmadd_ps(vp1, _mm512_mul_ps(vt1, vt1), vt1);
    vp2 = _mm512_fmadd_ps(vp2, _mm512_mul_ps(vt2, vt2), vt2);
    // f = s + s * p; lanes below the cutoff (and -inf) become exactly 0; NaN lanes are kept
    // (unordered compare) and NaN propagates through t.
    const __m512 vf0 = _mm512_maskz_fmadd_ps(_mm512_cmp_ps_mask(vx0, vcutoff, _CMP_NLT_UQ), vp0, vs0, vs0);
    const __m512 vf1 = _mm512_maskz_fmadd_ps(_mm512_cmp_ps_mask(vx1, vcutoff, _CMP_NLT_UQ), vp1, vs1, vs1);
    const __m512 vf2 = _mm512_maskz_fmadd_ps(_mm512_cmp_ps_mask(vx2, vcutoff, _CMP_NLT_UQ), vp2, vs2, vs2);
    _mm512_storeu_ps(output + 0, vf0);
    _mm512_storeu_ps(output + 16, vf1);
    _mm512_storeu_ps(output + 32, vf2);
    vacc0 = _mm512_add_ps(vacc0, vf0);
    vacc1 = _mm512_add_ps(vacc1, vf1);
    vacc0 = _mm512_add_ps(vacc0, vf2);
    vnext_max = _mm512_max_ps(smax_avx512f_load_bf16(next_input + 48), vnext_max);
    const __m512 vx3 = _mm512_sub_ps(vw3, vmax);
    // n = round(x * 16 * log2e), held as n/16 + bias.
    const __m512 vbiased3 = _mm512_fmadd_ps(vx3, vlog2e, vmagic_bias);
    const __m512 vn3 = _mm512_sub_ps(vbiased3, vmagic_bias);
    // s = 2^(n/16): table entry (low 4 bits of n) plus n << 19 in the integer bits.
    const __m512 vs3 = _mm512_castsi512_ps(_mm512_add_epi32(
        _mm512_permutexvar_epi32(_mm512_castps_si512(vbiased3), vtable),
        _mm512_slli_epi32(_mm512_castps_si512(vbiased3), 19)));
    // t = x - n * ln2/16 (two constants).
    __m512 vt3 = _mm512_fmadd_ps(vn3, vminus_ln2_hi, vx3);
    vt3 = _mm512_fmadd_ps(vn3, vminus_ln2_lo, vt3);
    // p = exp(t) - 1 = t + t^2 * (C2 + C3 * t).
    __m512 vp3 = _mm512_fmadd_ps(vc3, vt3, vc2);
    vp3 = _mm512_fmadd_ps(vp3, _mm512_mul_ps(vt3, vt3), vt3);
    // f = s + s * p; lanes below the cutoff (and -inf) become exactly 0; NaN lanes are kept
    // (unordered compare) and NaN propagates through t.
    const __m512 vf3 = _mm512_maskz_fmadd_ps(_mm512_cmp_ps_mask(vx3, vcutoff, _CMP_NLT_UQ), vp3, vs3, vs3);
    _mm512_storeu_ps(output + 48, vf3);
    vacc1 = _mm512_add_ps(vacc1, vf3);
    input += 64;
    output += 64;
    next_input += 64;
    next_batch -= 64 * sizeof(uint16_t);
  }
  for (; batch >= 64 * sizeof(uint16_t); batch -= 64 * sizeof(uint16_t)) {
    // A 16-bit input: every vector of the iteration is loaded and widened before the first group,
    // so the widening's latency is not at the head of each group's exp chain (bench case
    // bf16-f32-raddstoreexpminusmax/avx512f/<kernel>/hot:2048; the same operations, so the same bits).
    const __m512 vw0 = smax_avx512f_load_bf16(input + 0);
    const __m512 vw1 = smax_avx512f_load_bf16(input + 16);
    const __m512 vw2 = smax_avx512f_load_bf16(input + 32);
    const __m512 vw3 = smax_avx512f_load_bf16(input + 48);
    const __m512 vx0 = _mm512_sub_ps(vw0, vmax);
    const __m512 vx1 = _mm512_sub_ps(vw1, vmax);
    const __m512 vx2 = _mm512_sub_ps(vw2, vmax);
    // n = round(x * 16 * log2e), held as n/16 + bias.
    const __m512 vbiased0 = _mm512_fmadd_ps(vx0, vlog2e, vmagic_bias);
    const __m512 vbiased1 = _mm512_fmadd_ps(vx1, vlog2e, vmagic_bias);
    const __m512 vbiased2 = _mm512_fmadd_ps(vx2, vlog2e, vmagic_bias);
    const __m512 vn0 = _mm512_sub_ps(vbiased0, vmagic_bias);
    const __m512 vn1 = _mm512_sub_ps(vbiased1, vmagic_bias);
    const __m512 vn2 = _mm512_sub_ps(vbiased2, vmagic_bias);
    // s = 2^(n/16): table entry (low 4 bits of n) plus n << 19 in the integer bits.
    const __m512 vs0 = _mm512_castsi512_ps(_mm512_add_epi32(
        _mm512_permutexvar_epi32(_mm512_castps_si512(vbiased0), vtable),
        _mm512_slli_epi32(_mm512_castps_si512(vbiased0), 19)));
    const __m512 vs1 = _mm512_castsi512_ps(_mm512_add_epi32(
        _mm512_permutexvar_epi32(_mm512_castps_si512(vbiased1), vtable),
        _mm512_slli_epi32(_mm512_castps_si512(vbiased1), 19)));
    const __m512 vs2 = _mm512_castsi512_ps(_mm512_add_epi32(
        _mm512_permutexvar_epi32(_mm512_castps_si512(vbiased2), vtable),
        _mm512_slli_epi32(_mm512_castps_si512(vbiased2), 19)));
    // t = x - n * ln2/16 (two constants).
    __m512 vt0 = _mm512_fmadd_ps(vn0, vminus_ln2_hi, vx0);
    __m512 vt1 = _mm512_fmadd_ps(vn1, vminus_ln2_hi, vx1);
    __m512 vt2 = _mm512_fmadd_ps(vn2, vminus_ln2_hi, vx2);
    vt0 = _mm512_fmadd_ps(vn0, vminus_ln2_lo, vt0);
    vt1 = _mm512_fmadd_ps(vn1, vminus_ln2_lo, vt1);
    vt2 = _mm512_fmadd_ps(vn2, vminus_ln2_lo, vt2);
    // p = exp(t) - 1 = t + t^2 * (C2 + C3 * t).
    __m512 vp0 = _mm512_fmadd_ps(vc3, vt0, vc2);
    __m512 vp1 = _mm512_fmadd_ps(vc3, vt1, vc2);
    __m512 vp2 = _mm512_fmadd_ps(vc3, vt2, vc2);
    vp0 = _mm512_fmadd_ps(vp0, _mm512_mul_ps(vt0, vt0), vt0);
    vp1 = _mm512_fmadd_ps(vp1, _mm512_mul_ps(vt1, vt1), vt1);
    vp2 = _mm512_fmadd_ps(vp2, _mm512_mul_ps(vt2, vt2), vt2);
    // f = s + s * p; lanes below the cutoff (and -inf) become exactly 0; NaN lanes are kept
    // (unordered compare) and NaN propagates through t.
    const __m512 vf0 = _mm512_maskz_fmadd_ps(_mm512_cmp_ps_mask(vx0, vcutoff, _CMP_NLT_UQ), vp0, vs0, vs0);
    const __m512 vf1 = _mm512_maskz_fmadd_ps(_mm512_cmp_ps_mask(vx1, vcutoff, _CMP_NLT_UQ), vp1, vs1, vs1);
    const __m512 vf2 = _mm512_maskz_fmadd_ps(_mm512_cmp_ps_mask(vx2, vcutoff, _CMP_NLT_UQ), vp2, vs2, vs2);
    _mm512_storeu_ps(output + 0, vf0);
    _mm512_storeu_ps(output + 16, vf1);
    _mm512_storeu_ps(output + 32, vf2);
    vacc0 = _mm512_add_ps(vacc0, vf0);
    vacc1 = _mm512_add_ps(vacc1, vf1);
    vacc0 = _mm512_add_ps(vacc0, vf2);
    const __m512 vx3 = _mm512_sub_ps(vw3, vmax);
    // n = round(x * 16 * log2e), held as n/16 + bias.
    const __m512 vbiased3 = _mm512_fmadd_ps(vx3, vlog2e, vmagic_bias);
    const __m512 vn3 = _mm512_sub_ps(vbiased3, vmagic_bias);
    // s = 2^(n/16): table entry (low 4 bits of n) plus n << 19 in the integer bits.
    const __m512 vs3 = _mm512_castsi512_ps(_mm512_add_epi32(
        _mm512_permutexvar_epi32(_mm512_castps_si512(vbiased3), vtable),
        _mm512_slli_epi32(_mm512_castps_si512(vbiased3), 19)));
    // t = x - n * ln2/16 (two constants).
    __m512 vt3 = _mm512_fmadd_ps(vn3, vminus_ln2_hi, vx3);
    vt3 = _mm512_fmadd_ps(vn3, vminus_ln2_lo, vt3);
    // p = exp(t) - 1 = t + t^2 * (C2 + C3 * t).
    __m512 vp3 = _mm512_fmadd_ps(vc3, vt3, vc2);
    vp3 = _mm512_fmadd_ps(vp3, _mm512_mul_ps(vt3, vt3), vt3);
    // f = s + s * p; lanes below the cutoff (and -inf) become exactly 0; NaN lanes are kept
    // (unordered compare) and NaN propagates through t.
    const __m512 vf3 = _mm512_maskz_fmadd_ps(_mm512_cmp_ps_mask(vx3, vcutoff, _CMP_NLT_UQ), vp3, vs3, vs3);
    _mm512_storeu_ps(output + 48, vf3);
    vacc1 = _mm512_add_ps(vacc1, vf3);
    input += 64;
    output += 64;
  }
  vacc0 = _mm512_add_ps(vacc0, vacc1);
  for (; batch >= 16 * sizeof(uint16_t); batch -= 16 * sizeof(uint16_t)) {
    const __m512 vf = smax_lut16_expminus(_mm512_sub_ps(smax_avx512f_load_bf16(input), vmax), vtable);
    input += 16;
    _mm512_storeu_ps(output, vf);
    output += 16;
    vacc0 = _mm512_add_ps(vacc0, vf);
  }
  if (batch != 0) {
    // Masked-out lanes load 0 and are neither stored nor added.
    const size_t count = batch / sizeof(uint16_t);
    const __mmask16 vmask = smax_avx512f_tail_mask(count);
    const __m512 vf = smax_lut16_expminus(_mm512_sub_ps(smax_avx512f_load_tail_bf16(input, count), vmax), vtable);
    _mm512_mask_storeu_ps(output, vmask, vf);
    vacc0 = _mm512_mask_add_ps(vacc0, vmask, vacc0, vf);
  }
  *sum = _mm512_reduce_add_ps(vacc0);
  if (next_total != 0) {
    // What the exp loop left of the side max (a next block longer than this one): 4 vectors into 4
    // running maxima, then whole vectors, then one masked vector whose masked-out lanes keep the max.
    __m512 vnext_max1 = vnext_max;
    __m512 vnext_max2 = vnext_max;
    __m512 vnext_max3 = vnext_max;
    for (; next_batch >= 64 * sizeof(uint16_t); next_batch -= 64 * sizeof(uint16_t)) {
      vnext_max = _mm512_max_ps(smax_avx512f_load_bf16(next_input), vnext_max);
      vnext_max1 = _mm512_max_ps(smax_avx512f_load_bf16(next_input + 16), vnext_max1);
      vnext_max2 = _mm512_max_ps(smax_avx512f_load_bf16(next_input + 32), vnext_max2);
      vnext_max3 = _mm512_max_ps(smax_avx512f_load_bf16(next_input + 48), vnext_max3);
      next_input += 64;
    }
    vnext_max = _mm512_max_ps(vnext_max1, vnext_max);
    vnext_max2 = _mm512_max_ps(vnext_max3, vnext_max2);
    vnext_max = _mm512_max_ps(vnext_max2, vnext_max);
    for (; next_batch >= 16 * sizeof(uint16_t); next_batch -= 16 * sizeof(uint16_t)) {
      vnext_max = _mm512_max_ps(smax_avx512f_load_bf16(next_input), vnext_max);
      next_input += 16;
    }
    if (next_batch != 0) {
      const size_t count = next_batch / sizeof(uint16_t);
      vnext_max = _mm512_mask_max_ps(vnext_max, smax_avx512f_tail_mask(count),
                                     smax_avx512f_load_tail_bf16(next_input, count), vnext_max);
    }
    const float vnext = _mm512_reduce_max_ps(vnext_max);
    *next_max = *next_max > vnext ? *next_max : vnext;  // skips a NaN in vnext as the kernels do
  }
}
