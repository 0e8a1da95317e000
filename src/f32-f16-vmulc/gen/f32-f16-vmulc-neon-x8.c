// Generated from src/f32-f16-vcvt/neon.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_f16_vmulc_ukernel__neon_x8: output[i] = f16(fl(input[i] * *scale)), rounded to nearest even; NEON, 8 elements
// (2 vectors of 4 floats) per iteration. Contract: src/f32-f16-vmulc/f32-f16-vmulc.h.
//
// fcvtn on aarch64 (round to nearest even: Linux leaves FPCR's rounding mode and FZ alone); on
// ARMv7 (-mfpu=neon has no half conversion) the software rounding of smax/f32-to-16bit.h, whose
// intermediates are normal floats, so NEON's flush to zero only reaches float subnormal inputs,
// which give +-0 either way.
// Remainder (1 to 3): through a local buffer, so it reads exactly [input, input + batch) and writes
// exactly [output, output + batch / 2).
#include <assert.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <arm_neon.h>

#include "smax/f32-to-16bit.h"
#include "f32-f16-vmulc/f32-f16-vmulc.h"

#if SMAX_ARCH_ARM64
#define CONVERT(vx) vreinterpret_u16_f16(vcvt_f16_f32(vx))
#else
#define CONVERT(vx) vmovn_u32(smax_neon_f32_to_f16(vx))
#endif
// LOAD(p): the floats at p times the scale.
#define LOAD(p) vmulq_f32(vld1q_f32(p), vscale)

smax_f32_f16_vmulc_ukernel_fn smax_f32_f16_vmulc_ukernel__neon_x8;

void smax_f32_f16_vmulc_ukernel__neon_x8(size_t batch, const float* input, const float* scale, uint16_t* output, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(output != NULL);
  assert(scale != NULL);
  (void) params;

  // The product is rounded to float first, as f32-vmulc stores it (no fused rounding to 16 bits).
  const float32x4_t vscale = vld1q_dup_f32(scale);
  for (; batch >= 8 * sizeof(float); batch -= 8 * sizeof(float)) {
    const float32x4_t vx0 = LOAD(input + 0);
    const float32x4_t vx1 = LOAD(input + 4);
    input += 8;

    const uint16x4_t vh0 = CONVERT(vx0);
    const uint16x4_t vh1 = CONVERT(vx1);
    vst1q_u16(output + 0, vcombine_u16(vh0, vh1));
    output += 8;
  }
  for (; batch >= 4 * sizeof(float); batch -= 4 * sizeof(float)) {
    vst1_u16(output, CONVERT(LOAD(input)));
    input += 4;
    output += 4;
  }
  if (batch != 0) {
    float x[4] = {0.0f};
    uint16_t h[4];
    memcpy(x, input, batch);
    vst1_u16(h, CONVERT(LOAD(x)));
    memcpy(output, h, batch / 2);
  }
}
