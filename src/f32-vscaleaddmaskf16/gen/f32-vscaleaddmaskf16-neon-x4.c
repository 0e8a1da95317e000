// Generated from src/f32-vscaleaddmaskf16/neon.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_vscaleaddmaskf16_ukernel__neon_x4: output[i] = fl(fl(coefficients[0] * input[i]) + fl(coefficients[1] * float(mask[i]))),
// mask[i] an IEEE binary16 bit pattern; NEON, 4 elements (1 vectors of 4 lanes) per
// iteration.
//
// The halves are converted exactly (f16-to-f32.h): fcvtl on aarch64; in software on armv7, where
// -mfpu=neon has no half-precision conversion. Then vmulq, vmulq, vaddq (never vmla/vfma: kernels are
// compiled with -ffp-contract=off, and aarch64 GCC would otherwise fuse them): the scalar kernel's
// three roundings, so its bits on aarch64. ARMv7 NEON flushes subnormal inputs and results to zero,
// so there the bits differ from the scalar kernel's where the input, a product or the sum is
// subnormal (converted halves are never subnormal floats). The table has no neonfma rows: nothing
// to fuse, and dispatch takes these on NEON-FMA CPUs too. Reads exactly [input, input + batch) and
// [mask, mask + batch / 2) and writes exactly [output, output + batch) (the last 1-3 elements one lane
// at a time); output may equal input.
#include <assert.h>
#include <stddef.h>
#include <stdint.h>

#define SMAX_NEON_FMA 0
#include "smax/f16-to-f32.h"
#include "f32-vscaleaddmaskf16/f32-vscaleaddmaskf16.h"
#include "smax/neon-exp.h"

smax_f32_vscaleaddmaskf16_ukernel_fn smax_f32_vscaleaddmaskf16_ukernel__neon_x4;

void smax_f32_vscaleaddmaskf16_ukernel__neon_x4(size_t batch, const float* input, const uint16_t* mask, float* output,
                                                const float* coefficients, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(mask != NULL);
  assert(output != NULL);
  assert(coefficients != NULL);
  (void) params;

  const float32x4_t va = vld1q_dup_f32(&coefficients[0]);
  const float32x4_t vb = vld1q_dup_f32(&coefficients[1]);
  for (; batch >= 4 * sizeof(float); batch -= 4 * sizeof(float)) {
    const float32x4_t vx0 = vld1q_f32(input + 0);
    input += 4;
    const float32x4_t vm0 = smax_neon_f16_to_f32(vld1_u16(mask + 0));
    mask += 4;

    vst1q_f32(output + 0, vaddq_f32(vmulq_f32(va, vx0), vmulq_f32(vb, vm0)));
    output += 4;
  }
  if (batch != 0) {
    // smax/neon-exp.h is included for the tail loads and stores only.
    const size_t count = batch / sizeof(float);
    const float32x4_t vx = smax_neon_load_tail(input, count, vdupq_n_f32(0.0f));
    uint16x4_t vh = vld1_lane_u16(mask, vdup_n_u16(0), 0);
    if (count >= 2) {
      vh = vld1_lane_u16(mask + 1, vh, 1);
    }
    if (count >= 3) {
      vh = vld1_lane_u16(mask + 2, vh, 2);
    }
    smax_neon_store_tail(output, count, vaddq_f32(vmulq_f32(va, vx), vmulq_f32(vb, smax_neon_f16_to_f32(vh))));
  }
}
