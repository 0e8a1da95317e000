// Generated from src/f32-vsubc2/neon.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f16_f32_vsubc2_ukernel__neon_x8: output[i] = fl(fl(float(input[i]) - c[0]) - c[1]); NEON, 8 elements (2 vectors of 4
// lanes) per iteration.
//
// The log-softmax output pass, y = (z - hi) - lo: vsubq, vsubq, the scalar kernel's two roundings,
// so its bits on aarch64. ARMv7 NEON flushes subnormal inputs and results to zero, so there the bits
// differ from the scalar kernel's where x, c, or a difference is subnormal. The table has no neonfma
// rows: nothing to fuse, and dispatch takes these on NEON-FMA CPUs too. Reads exactly
// [input, input + batch) and writes exactly [output, output + 2 * batch) (the last 1-3 elements one lane
// at a time); input never overlaps output.
#include <assert.h>
#include <stddef.h>

#define SMAX_NEON_FMA 0
#include "smax/neon-load.h"
#include "f16-f32-vsubc2/f16-f32-vsubc2.h"
#include "smax/neon-exp.h"

smax_f16_f32_vsubc2_ukernel_fn smax_f16_f32_vsubc2_ukernel__neon_x8;

void smax_f16_f32_vsubc2_ukernel__neon_x8(size_t batch, const uint16_t* input, float* output, const float* c, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(uint16_t) == 0);
  assert(input != NULL);
  assert(output != NULL);
  assert(c != NULL);
  (void) params;

  const float32x4_t vc0 = vld1q_dup_f32(&c[0]);
  const float32x4_t vc1 = vld1q_dup_f32(&c[1]);
  for (; batch >= 8 * sizeof(uint16_t); batch -= 8 * sizeof(uint16_t)) {
    const float32x4_t vx0 = smax_neon_load_f16(input + 0);
    const float32x4_t vx1 = smax_neon_load_f16(input + 4);
    input += 8;

    vst1q_f32(output + 0, vsubq_f32(vsubq_f32(vx0, vc0), vc1));
    vst1q_f32(output + 4, vsubq_f32(vsubq_f32(vx1, vc0), vc1));
    output += 8;
  }
  for (; batch >= 4 * sizeof(uint16_t); batch -= 4 * sizeof(uint16_t)) {
    const float32x4_t vx = smax_neon_load_f16(input);
    input += 4;
    vst1q_f32(output, vsubq_f32(vsubq_f32(vx, vc0), vc1));
    output += 4;
  }
  if (batch != 0) {
    // smax/neon-exp.h is included for the tail loads and stores only.
    const size_t count = batch / sizeof(uint16_t);
    const float32x4_t vx = smax_neon_load_tail_f16(input, count, vdupq_n_f32(0.0f));
    smax_neon_store_tail(output, count, vsubq_f32(vsubq_f32(vx, vc0), vc1));
  }
}
