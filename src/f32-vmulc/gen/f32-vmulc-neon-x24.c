// Generated from src/f32-vmulc/neon.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_vmulc_ukernel__neon_x24: output[i] = input[i] * *scale; neon, 24 elements (6 vectors of 4) per iteration.
//
// One rounding per element (correctly rounded; ARMv7 NEON flushes denormal inputs and results to
// zero). Reads exactly [input, input + batch) and writes exactly [output, output + batch) (the last
// 1-3 elements one lane at a time); output may equal input.
#include <assert.h>
#include <stddef.h>

#define SMAX_NEON_FMA 0
#include "f32-vmulc/f32-vmulc.h"
#include "smax/neon-exp.h"

smax_f32_vmulc_ukernel_fn smax_f32_vmulc_ukernel__neon_x24;

void smax_f32_vmulc_ukernel__neon_x24(size_t batch, const float* input, const float* scale, float* output, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(scale != NULL);
  assert(output != NULL);
  (void) params;

  const float32x4_t vscale = vld1q_dup_f32(scale);
  for (; batch >= 24 * sizeof(float); batch -= 24 * sizeof(float)) {
    const float32x4_t vx0 = vld1q_f32(input + 0);
    const float32x4_t vx1 = vld1q_f32(input + 4);
    const float32x4_t vx2 = vld1q_f32(input + 8);
    const float32x4_t vx3 = vld1q_f32(input + 12);
    const float32x4_t vx4 = vld1q_f32(input + 16);
    const float32x4_t vx5 = vld1q_f32(input + 20);
    input += 24;

    vst1q_f32(output + 0, vmulq_f32(vx0, vscale));
    vst1q_f32(output + 4, vmulq_f32(vx1, vscale));
    vst1q_f32(output + 8, vmulq_f32(vx2, vscale));
    vst1q_f32(output + 12, vmulq_f32(vx3, vscale));
    vst1q_f32(output + 16, vmulq_f32(vx4, vscale));
    vst1q_f32(output + 20, vmulq_f32(vx5, vscale));
    output += 24;
  }
  for (; batch >= 4 * sizeof(float); batch -= 4 * sizeof(float)) {
    const float32x4_t vx = vld1q_f32(input);
    input += 4;
    vst1q_f32(output, vmulq_f32(vx, vscale));
    output += 4;
  }
  if (batch != 0) {
    const size_t count = batch / sizeof(float);
    const float32x4_t vx = smax_neon_load_tail(input, count, vdupq_n_f32(0.0f));
    smax_neon_store_tail(output, count, vmulq_f32(vx, vscale));
  }
}
