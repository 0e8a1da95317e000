// Generated from src/f32-vscaleextexp/neon-rr2-p5.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_vscaleextexp_ukernel__neon_rr2_p5_x32: two-pass softmax, pass 2 (Dukhan & Ablavatski 2020); neon, 32 elements
// (8 vectors of 4) per iteration.
//
// output[i] = exp(clamp(input[i])) * scale[0] * 2^scale[1], exactly as the scalar kernel
// (scalar-rr2-p5.c.in): with exp(x) = p * 2^n this is (p * scale[0]) * 2^(n + scale[1]), and
// 2^(n + scale[1]) is built exactly from exponent bits, exactly 0 below 2^-126, so entries far below
// the row's top (-inf included, once clamped) give exactly 0. The clamp keeps NaN, and NaN
// propagates. Exp: rr2-p5 (src/smax/scalar-exp.h, vectorized in src/smax/neon-exp.h
// without FMA). Reads exactly [input, input + batch) and writes exactly
// [output, output + batch) (the last 1-3 elements one lane at a time); output may equal input.
#include <assert.h>
#include <stddef.h>

#define SMAX_NEON_FMA 0
#include "f32-vscaleextexp/f32-vscaleextexp.h"
#include "smax/neon-exp.h"
#include "f32-vscaleextexp/neon-rr2-p5.h"

smax_f32_vscaleextexp_ukernel_fn smax_f32_vscaleextexp_ukernel__neon_rr2_p5_x32;

void smax_f32_vscaleextexp_ukernel__neon_rr2_p5_x32(size_t batch, const float* input, float* output, const float* scale, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(output != NULL);
  assert(scale != NULL);
  (void) params;

  const struct smax_neon_exp_constants k = smax_neon_exp_constants_init();
  const float32x4_t vscalev = vld1q_dup_f32(&scale[0]);
  const float32x4_t vscalee = vld1q_dup_f32(&scale[1]);
  for (; batch >= 32 * sizeof(float); batch -= 32 * sizeof(float)) {
    const float32x4_t vx0 = vld1q_f32(input + 0);
    const float32x4_t vx1 = vld1q_f32(input + 4);
    const float32x4_t vx2 = vld1q_f32(input + 8);
    const float32x4_t vx3 = vld1q_f32(input + 12);
    const float32x4_t vx4 = vld1q_f32(input + 16);
    const float32x4_t vx5 = vld1q_f32(input + 20);
    const float32x4_t vx6 = vld1q_f32(input + 24);
    const float32x4_t vx7 = vld1q_f32(input + 28);
    input += 32;

    const float32x4_t vy0 = scaled_extexp(vx0, vscalev, vscalee, &k);

    const float32x4_t vy1 = scaled_extexp(vx1, vscalev, vscalee, &k);

    const float32x4_t vy2 = scaled_extexp(vx2, vscalev, vscalee, &k);

    const float32x4_t vy3 = scaled_extexp(vx3, vscalev, vscalee, &k);

    const float32x4_t vy4 = scaled_extexp(vx4, vscalev, vscalee, &k);

    const float32x4_t vy5 = scaled_extexp(vx5, vscalev, vscalee, &k);

    const float32x4_t vy6 = scaled_extexp(vx6, vscalev, vscalee, &k);

    const float32x4_t vy7 = scaled_extexp(vx7, vscalev, vscalee, &k);

    vst1q_f32(output + 0, vy0);
    vst1q_f32(output + 4, vy1);
    vst1q_f32(output + 8, vy2);
    vst1q_f32(output + 12, vy3);
    vst1q_f32(output + 16, vy4);
    vst1q_f32(output + 20, vy5);
    vst1q_f32(output + 24, vy6);
    vst1q_f32(output + 28, vy7);
    output += 32;
  }
  for (; batch >= 4 * sizeof(float); batch -= 4 * sizeof(float)) {
    const float32x4_t vx = vld1q_f32(input);
    input += 4;
    vst1q_f32(output, scaled_extexp(vx, vscalev, vscalee, &k));
    output += 4;
  }
  if (batch != 0) {
    const size_t count = batch / sizeof(float);
    const float32x4_t vx = smax_neon_load_tail(input, count, vdupq_n_f32(0.0f));
    smax_neon_store_tail(output, count, scaled_extexp(vx, vscalev, vscalee, &k));
  }
}
