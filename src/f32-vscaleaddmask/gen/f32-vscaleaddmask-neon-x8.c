// Generated from src/f32-vscaleaddmask/neon.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_vscaleaddmask_ukernel__neon_x8: output[i] = fl(fl(coefficients[0] * input[i]) + fl(coefficients[1] * mask[i])); NEON,
// 8 elements (2 vectors of 4 lanes) per iteration.
//
// vmulq, vmulq, vaddq (never vmla/vfma: kernels are compiled with -ffp-contract=off, and aarch64 GCC
// would otherwise fuse them): the scalar kernel's three roundings, so its bits on aarch64. ARMv7 NEON
// flushes subnormal inputs and results to zero, so there the bits differ from the scalar kernel's
// where an input, a product or the sum is subnormal. The table has no neonfma rows: the operation
// has no use for FMA, and dispatch takes these on NEON-FMA CPUs too. Reads exactly
// [input, input + batch) and [mask, mask + batch) and writes exactly [output, output + batch) (the
// last 1-3 elements one lane at a time); output may equal input.
#include <assert.h>
#include <stddef.h>

#define SMAX_NEON_FMA 0
#include "f32-vscaleaddmask/f32-vscaleaddmask.h"
#include "smax/neon-exp.h"

smax_f32_vscaleaddmask_ukernel_fn smax_f32_vscaleaddmask_ukernel__neon_x8;

void smax_f32_vscaleaddmask_ukernel__neon_x8(size_t batch, const float* input, const float* mask, float* output, const float* coefficients,
                                             const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(mask != NULL);
  assert(output != NULL);
  assert(coefficients != NULL);
  (void) params;

  const float32x4_t va = vld1q_dup_f32(&coefficients[0]);
  const float32x4_t vb = vld1q_dup_f32(&coefficients[1]);
  for (; batch >= 8 * sizeof(float); batch -= 8 * sizeof(float)) {
    const float32x4_t vx0 = vld1q_f32(input + 0);
    const float32x4_t vx1 = vld1q_f32(input + 4);
    input += 8;
    const float32x4_t vm0 = vld1q_f32(mask + 0);
    const float32x4_t vm1 = vld1q_f32(mask + 4);
    mask += 8;

    vst1q_f32(output + 0, vaddq_f32(vmulq_f32(va, vx0), vmulq_f32(vb, vm0)));
    vst1q_f32(output + 4, vaddq_f32(vmulq_f32(va, vx1), vmulq_f32(vb, vm1)));
    output += 8;
  }
  for (; batch >= 4 * sizeof(float); batch -= 4 * sizeof(float)) {
    const float32x4_t vx = vld1q_f32(input);
    input += 4;
    const float32x4_t vm = vld1q_f32(mask);
    mask += 4;
    vst1q_f32(output, vaddq_f32(vmulq_f32(va, vx), vmulq_f32(vb, vm)));
    output += 4;
  }
  if (batch != 0) {
    // smax/neon-exp.h is included for the tail loads and stores only.
    const size_t count = batch / sizeof(float);
    const float32x4_t vx = smax_neon_load_tail(input, count, vdupq_n_f32(0.0f));
    const float32x4_t vm = smax_neon_load_tail(mask, count, vdupq_n_f32(0.0f));
    smax_neon_store_tail(output, count, vaddq_f32(vmulq_f32(va, vx), vmulq_f32(vb, vm)));
  }
}
