// Generated from src/f16-f32-vcvt/scalar.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f16_f32_vcvt_ukernel__scalar_x1: output[i] = float(input[i]), input[i] a f16 bit pattern; scalar, 1 elements
// per iteration. Exact (contract: src/f16-f32-vcvt/f16-f32-vcvt.h).
//
// This template serves both 16-bit input types (INPUT_TYPE): binary16 through the software
// conversion of smax/f16-to-f32.h, bfloat16 through smax/bf16-to-f32.h (a shift).
// Reads exactly [input, input + batch), writes exactly [output, output + 2 * batch).
#include <assert.h>
#include <stddef.h>
#include <stdint.h>

#include "smax/f16-to-f32.h"
#include "f16-f32-vcvt/f16-f32-vcvt.h"

smax_f16_f32_vcvt_ukernel_fn smax_f16_f32_vcvt_ukernel__scalar_x1;

void smax_f16_f32_vcvt_ukernel__scalar_x1(size_t batch, const uint16_t* input, float* output, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(uint16_t) == 0);
  assert(input != NULL);
  assert(output != NULL);
  (void) params;

  for (; batch != 0; batch -= sizeof(uint16_t)) {
    *output++ = smax_f16_to_f32(*input++);
  }
}
