// Generated from src/f32-f16-vcvt/neon.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_bf16_vcvt_ukernel__neon_x8: output[i] = bf16(input[i]), rounded to nearest even; NEON, 8 elements
// (2 vectors of 4 floats) per iteration. Contract: src/f32-bf16-vcvt/f32-bf16-vcvt.h.
//
// The integer rounding of smax/f32-to-16bit.h, narrowed by vmovn.
// Remainder (1 to 3): through a local buffer, so it reads exactly [input, input + batch) and writes
// exactly [output, output + batch / 2).
#include <assert.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <arm_neon.h>

#include "smax/f32-to-16bit.h"
#include "f32-bf16-vcvt/f32-bf16-vcvt.h"

#define CONVERT(vx) vmovn_u32(smax_neon_f32_to_bf16(vx))

// LOAD(p): the floats at p.
#define LOAD(p) vld1q_f32(p)

smax_f32_bf16_vcvt_ukernel_fn smax_f32_bf16_vcvt_ukernel__neon_x8;

void smax_f32_bf16_vcvt_ukernel__neon_x8(size_t batch, const float* input, uint16_t* output, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(output != NULL);
  (void) params;

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
