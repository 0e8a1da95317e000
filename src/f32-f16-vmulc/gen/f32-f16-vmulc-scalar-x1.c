// Generated from src/f32-f16-vcvt/scalar.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_f16_vmulc_ukernel__scalar_x1: output[i] = f16(fl(input[i] * *scale)), rounded to nearest even; scalar, 1 elements
// per iteration. Contract: src/f32-f16-vmulc/f32-f16-vmulc.h.
//
// This template serves both 16-bit output types (OUTPUT_TYPE), through the software rounding of
// smax/f32-to-16bit.h. Reads exactly [input, input + batch), writes exactly [output, output + batch / 2).
#include <assert.h>
#include <stddef.h>
#include <stdint.h>

#include "smax/f32-to-16bit.h"
#include "f32-f16-vmulc/f32-f16-vmulc.h"

// LOAD(p): the floats at p times the scale.
#define LOAD(p) (*(p) * vscale)

smax_f32_f16_vmulc_ukernel_fn smax_f32_f16_vmulc_ukernel__scalar_x1;

void smax_f32_f16_vmulc_ukernel__scalar_x1(size_t batch, const float* input, const float* scale, uint16_t* output, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(output != NULL);
  assert(scale != NULL);
  (void) params;

  // The product is rounded to float first, as f32-vmulc stores it (no fused rounding to 16 bits).
  const float vscale = *scale;
  for (; batch != 0; batch -= sizeof(float)) {
    *output++ = smax_f32_to_f16(LOAD(input));
    input += 1;
  }
}
