// Generated from src/f32-f16-vcvt/scalar.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_bf16_vcvt_ukernel__scalar_x1: output[i] = bf16(input[i]), rounded to nearest even; scalar, 1 elements
// per iteration. Contract: src/f32-bf16-vcvt/f32-bf16-vcvt.h.
//
// This template serves both 16-bit output types (OUTPUT_TYPE), through the software rounding of
// smax/f32-to-16bit.h. Reads exactly [input, input + batch), writes exactly [output, output + batch / 2).
#include <assert.h>
#include <stddef.h>
#include <stdint.h>

#include "smax/f32-to-16bit.h"
#include "f32-bf16-vcvt/f32-bf16-vcvt.h"

// LOAD(p): the floats at p.
#define LOAD(p) (*(p))

smax_f32_bf16_vcvt_ukernel_fn smax_f32_bf16_vcvt_ukernel__scalar_x1;

void smax_f32_bf16_vcvt_ukernel__scalar_x1(size_t batch, const float* input, uint16_t* output, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(output != NULL);
  (void) params;

  for (; batch != 0; batch -= sizeof(float)) {
    *output++ = smax_f32_to_bf16(LOAD(input));
    input += 1;
  }
}
