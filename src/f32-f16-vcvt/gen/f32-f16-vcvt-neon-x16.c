// Generated from src/f32-f16-vcvt/neon.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_f16_vcvt_ukernel__neon_x16: output[i] = f16(input[i]), rounded to nearest even; NEON, 16 elements
// (4 vectors of 4 floats) per iteration. Contract: src/f32-f16-vcvt/f32-f16-vcvt.h.
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
#include "f32-f16-vcvt/f32-f16-vcvt.h"

#if SMAX_ARCH_ARM64
#define CONVERT(vx) vreinterpret_u16_f16(vcvt_f16_f32(vx))
#else
#define CONVERT(vx) vmovn_u32(smax_neon_f32_to_f16(vx))
#endif
// LOAD(p): the floats at p.
#define LOAD(p) vld1q_f32(p)

smax_f32_f16_vcvt_ukernel_fn smax_f32_f16_vcvt_ukernel__neon_x16;

void smax_f32_f16_vcvt_ukernel__neon_x16(size_t batch, const float* input, uint16_t* output, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(output != NULL);
  (void) params;

  for (; batch >= 16 * sizeof(float); batch -= 16 * sizeof(float)) {
    const float32x4_t vx0 = LOAD(input + 0);
    const float32x4_t vx1 = LOAD(input + 4);
    const float32x4_t vx2 = LOAD(input + 8);
    const float32x4_t vx3 = LOAD(input + 12);
    input += 16;

    const uint16x4_t vh0 = CONVERT(vx0);
    const uint16x4_t vh1 = CONVERT(vx1);
    const uint16x4_t vh2 = CONVERT(vx2);
    const uint16x4_t vh3 = CONVERT(vx3);
    vst1q_u16(output + 0, vcombine_u16(vh0, vh1));
    vst1q_u16(output + 8, vcombine_u16(vh2, vh3));
    output += 16;
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
