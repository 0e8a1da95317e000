// Generated from src/f32-raddextexp/neon-rr2-p5.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_raddextexp_ukernel__neonfma_rr2_p5_x16_acc2: two-pass softmax, pass 1 (Dukhan & Ablavatski 2020); neonfma, 16 elements
// (4 vectors of 4) per iteration, 2 independent vector (mantissa, exponent) accumulators,
// one per lane (vector v of an iteration goes to accumulator v mod 2).
//
// Writes sum[0] = V and sum[1] = E (an integer held in a float) with
//   V * 2^E = sum_i exp(clamp(input[i], -SMAX_EXTEXP_INPUT_LIMIT, SMAX_EXTEXP_INPUT_LIMIT)),
// with no max pass and no overflow, exactly as the scalar kernel (scalar-rr2-p5.c.in): each element
// is exp(x) = p * 2^n (p in [0.7, 1.42], n integer), and an accumulator (v, e) absorbs it as
//   e' = max(e, n);  v' = v * 2^(e - e') + p * 2^(n - e'),
// where both powers of two are <= 1, built exactly from exponent bits (0 below 2^-126). max(e, n)
// is compare-and-select on n > e, as in the scalar code, so a NaN element leaves e alone and makes
// v NaN (vmaxq_f32 would make e NaN too). The clamp keeps NaN. At the end the accumulators are
// folded together, then the 4 lanes. Exp: rr2-p5 (src/smax/scalar-exp.h, vectorized in
// src/smax/neon-exp.h with fused multiply-adds). Reads exactly [input, input + batch): the last 1-3
// elements are loaded one lane at a time, and the lanes past the end are made empty terms (p = 0).
#include <assert.h>
#include <stddef.h>

#define SMAX_NEON_FMA 1
#include "f32-raddextexp/f32-raddextexp.h"
#include "smax/neon-exp.h"
#include "f32-raddextexp/neon-rr2-p5.h"

smax_f32_raddextexp_ukernel_fn smax_f32_raddextexp_ukernel__neonfma_rr2_p5_x16_acc2;

void smax_f32_raddextexp_ukernel__neonfma_rr2_p5_x16_acc2(size_t batch, const float* input, float* sum, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(sum != NULL);
  (void) params;

  const struct smax_neon_exp_constants k = smax_neon_exp_constants_init();
  // An empty accumulator: v = 0 with an exponent below any element's, so it vanishes when merged.
  const float32x4_t vempty_e = vdupq_n_f32(-0x1.0p+30f);
  float32x4_t vaccv0 = vdupq_n_f32(0.0f);
  float32x4_t vacce0 = vempty_e;
  float32x4_t vaccv1 = vdupq_n_f32(0.0f);
  float32x4_t vacce1 = vempty_e;
  for (; batch >= 16 * sizeof(float); batch -= 16 * sizeof(float)) {
    const float32x4_t vx0 = smax_neon_clamp(vld1q_f32(input + 0), SMAX_EXTEXP_INPUT_LIMIT);
    const float32x4_t vx1 = smax_neon_clamp(vld1q_f32(input + 4), SMAX_EXTEXP_INPUT_LIMIT);
    const float32x4_t vx2 = smax_neon_clamp(vld1q_f32(input + 8), SMAX_EXTEXP_INPUT_LIMIT);
    const float32x4_t vx3 = smax_neon_clamp(vld1q_f32(input + 12), SMAX_EXTEXP_INPUT_LIMIT);
    input += 16;

    float32x4_t vn0;
    const float32x4_t vp0 = smax_neon_extexp(vx0, &k, &vn0);

    float32x4_t vn1;
    const float32x4_t vp1 = smax_neon_extexp(vx1, &k, &vn1);

    float32x4_t vn2;
    const float32x4_t vp2 = smax_neon_extexp(vx2, &k, &vn2);

    float32x4_t vn3;
    const float32x4_t vp3 = smax_neon_extexp(vx3, &k, &vn3);

    accumulate(vp0, vn0, &vaccv0, &vacce0);
    accumulate(vp1, vn1, &vaccv1, &vacce1);
    accumulate(vp2, vn2, &vaccv0, &vacce0);
    accumulate(vp3, vn3, &vaccv1, &vacce1);
  }
  accumulate(vaccv1, vacce1, &vaccv0, &vacce0);
  for (; batch >= 4 * sizeof(float); batch -= 4 * sizeof(float)) {
    const float32x4_t vx = smax_neon_clamp(vld1q_f32(input), SMAX_EXTEXP_INPUT_LIMIT);
    input += 4;
    float32x4_t vn;
    const float32x4_t vp = smax_neon_extexp(vx, &k, &vn);
    accumulate(vp, vn, &vaccv0, &vacce0);
  }
  if (batch != 0) {
    const size_t count = batch / sizeof(float);
    const float32x4_t vx = smax_neon_clamp(smax_neon_load_tail(input, count, vdupq_n_f32(0.0f)), SMAX_EXTEXP_INPUT_LIMIT);
    float32x4_t vn;
    float32x4_t vp = smax_neon_extexp(vx, &k, &vn);
    // Lanes past the end become empty terms (p = 0 with the empty exponent): they change nothing.
    const uint32x4_t vvalid = smax_neon_lane_mask(count);
    vp = vreinterpretq_f32_u32(vandq_u32(vreinterpretq_u32_f32(vp), vvalid));
    vn = vbslq_f32(vvalid, vn, vempty_e);
    accumulate(vp, vn, &vaccv0, &vacce0);
  }
  // Lanes {2, 3} into {0, 1}, then lane 1 into lane 0.
  accumulate(smax_neon_swap_halves(vaccv0), smax_neon_swap_halves(vacce0), &vaccv0, &vacce0);
  accumulate(smax_neon_swap_neighbours(vaccv0), smax_neon_swap_neighbours(vacce0), &vaccv0, &vacce0);
  sum[0] = vgetq_lane_f32(vaccv0, 0);
  sum[1] = vgetq_lane_f32(vacce0, 0);
}
