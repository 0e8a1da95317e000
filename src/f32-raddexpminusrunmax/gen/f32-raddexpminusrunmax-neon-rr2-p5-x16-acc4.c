// Generated from src/f32-raddexpminusrunmax/neon-rr2-p5.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_raddexpminusrunmax_ukernel__neon_rr2_p5_x16_acc4: online normalizer (Milakov & Gimelshein 2018) over one block; neon,
// 16 elements (4 vectors of 4) per iteration, 4 independent vector (running max,
// sum) pairs, one pair per lane (vector v of an iteration folds into pair v mod 4).
//
// Writes state[0] = m = max(-FLT_MAX, max_i input[i]) and state[1] = d = sum_i exp(input[i] - m).
// Each lane's pair (m, d) is updated per element exactly as in the scalar kernel (scalar-rr2-p5.c.in):
//   x >  m: d = d * exp(m - x) + 1, m = x;      otherwise: d = d + exp(x - m);
// i.e. ONE exp per element, e = exp(lo - hi) with lo = min(x, m), hi = max(x, m), where min and max
// are compare-and-select on x > m (not vmaxq_f32, which would turn m into NaN on a NaN input): a NaN
// input makes d NaN and leaves m alone, -inf inputs add exp(-inf) = 0 (m starts at -FLT_MAX, never
// -inf), a +inf input makes m +inf. At the end the pairs are folded together, then the 4 lanes.
// Exp: rr2-p5 (src/smax/scalar-exp.h, vectorized in src/smax/neon-exp.h
// without FMA). Reads exactly [input, input + batch): the last 1-3 elements are loaded
// one lane at a time, and the lanes past the end hold -inf, which folds in as exactly 0.
#include <assert.h>
#include <float.h>
#include <math.h>
#include <stddef.h>

#define SMAX_NEON_FMA 0
#include "f32-raddexpminusrunmax/f32-raddexpminusrunmax.h"
#include "smax/neon-exp.h"
#include "f32-raddexpminusrunmax/neon-rr2-p5.h"

smax_f32_raddexpminusrunmax_ukernel_fn smax_f32_raddexpminusrunmax_ukernel__neon_rr2_p5_x16_acc4;

void smax_f32_raddexpminusrunmax_ukernel__neon_rr2_p5_x16_acc4(size_t batch, const float* input, float* state, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(state != NULL);
  (void) params;

  const struct smax_neon_exp_constants k = smax_neon_exp_constants_init();
  const float32x4_t vone = vdupq_n_f32(1.0f);
  float32x4_t vm0 = vdupq_n_f32(-FLT_MAX);
  float32x4_t vd0 = vdupq_n_f32(0.0f);
  float32x4_t vm1 = vdupq_n_f32(-FLT_MAX);
  float32x4_t vd1 = vdupq_n_f32(0.0f);
  float32x4_t vm2 = vdupq_n_f32(-FLT_MAX);
  float32x4_t vd2 = vdupq_n_f32(0.0f);
  float32x4_t vm3 = vdupq_n_f32(-FLT_MAX);
  float32x4_t vd3 = vdupq_n_f32(0.0f);
  for (; batch >= 16 * sizeof(float); batch -= 16 * sizeof(float)) {
    const float32x4_t vx0 = vld1q_f32(input + 0);
    const float32x4_t vx1 = vld1q_f32(input + 4);
    const float32x4_t vx2 = vld1q_f32(input + 8);
    const float32x4_t vx3 = vld1q_f32(input + 12);
    input += 16;

    fold(vx0, vone, &vm0, &vd0, &k);
    fold(vx1, vone, &vm1, &vd1, &k);
    fold(vx2, vone, &vm2, &vd2, &k);
    fold(vx3, vone, &vm3, &vd3, &k);
  }
  fold(vm1, vd1, &vm0, &vd0, &k);
  fold(vm3, vd3, &vm2, &vd2, &k);
  fold(vm2, vd2, &vm0, &vd0, &k);
  for (; batch >= 4 * sizeof(float); batch -= 4 * sizeof(float)) {
    const float32x4_t vx = vld1q_f32(input);
    input += 4;
    fold(vx, vone, &vm0, &vd0, &k);
  }
  if (batch != 0) {
    const float32x4_t vx = smax_neon_load_tail(input, batch / sizeof(float), vdupq_n_f32(-INFINITY));
    fold(vx, vone, &vm0, &vd0, &k);
  }
  // Lanes {2, 3} into {0, 1}, then lane 1 into lane 0.
  fold(smax_neon_swap_halves(vm0), smax_neon_swap_halves(vd0), &vm0, &vd0, &k);
  fold(smax_neon_swap_neighbours(vm0), smax_neon_swap_neighbours(vd0), &vm0, &vd0, &k);
  state[0] = vgetq_lane_f32(vm0, 0);
  state[1] = vgetq_lane_f32(vd0, 0);
}
