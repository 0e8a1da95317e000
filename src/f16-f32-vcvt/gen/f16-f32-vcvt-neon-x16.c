// Generated from src/f16-f32-vcvt/neon.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f16_f32_vcvt_ukernel__neon_x16: output[i] = float(input[i]), input[i] a f16 bit pattern; NEON, 16 elements
// (4 vectors of 4 floats) per iteration. Exact (contract: src/f16-f32-vcvt/f16-f32-vcvt.h).
//
// smax/f16-to-f32.h: fcvtl on aarch64; on ARMv7 (-mfpu=neon has no half
// conversion) the software conversion, which never goes through a subnormal float, so NEON's flush
// to zero does not touch it.
// Remainder (1 to 7): 4 at a time, then through a local buffer, so it reads exactly
// [input, input + batch) and writes exactly [output, output + 2 * batch).
#include <assert.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <arm_neon.h>

#include "smax/f16-to-f32.h"
#include "f16-f32-vcvt/f16-f32-vcvt.h"

#define CONVERT(vh) smax_neon_f16_to_f32(vh)
smax_f16_f32_vcvt_ukernel_fn smax_f16_f32_vcvt_ukernel__neon_x16;

void smax_f16_f32_vcvt_ukernel__neon_x16(size_t batch, const uint16_t* input, float* output, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(uint16_t) == 0);
  assert(input != NULL);
  assert(output != NULL);
  (void) params;

  for (; batch >= 16 * sizeof(uint16_t); batch -= 16 * sizeof(uint16_t)) {
    const uint16x8_t vh0 = vld1q_u16(input + 0);
    const uint16x8_t vh1 = vld1q_u16(input + 8);
    input += 16;

    const float32x4_t vy0 = CONVERT(vget_low_u16(vh0));
    const float32x4_t vy1 = CONVERT(vget_high_u16(vh0));
    const float32x4_t vy2 = CONVERT(vget_low_u16(vh1));
    const float32x4_t vy3 = CONVERT(vget_high_u16(vh1));
    vst1q_f32(output + 0, vy0);
    vst1q_f32(output + 4, vy1);
    vst1q_f32(output + 8, vy2);
    vst1q_f32(output + 12, vy3);
    output += 16;
  }
  for (; batch >= 4 * sizeof(uint16_t); batch -= 4 * sizeof(uint16_t)) {
    vst1q_f32(output, CONVERT(vld1_u16(input)));
    input += 4;
    output += 4;
  }
  if (batch != 0) {
    uint16_t h[4] = {0};
    float y[4];
    memcpy(h, input, batch);
    vst1q_f32(y, CONVERT(vld1_u16(h)));
    memcpy(output, y, batch * 2);
  }
}
