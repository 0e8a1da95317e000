// Generated from src/f16-f32-vcvt/scalar.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_bf16_f32_vcvt_ukernel__scalar_x4: output[i] = float(input[i]), input[i] a bf16 bit pattern; scalar, 4 elements
// per iteration. Exact (contract: src/bf16-f32-vcvt/bf16-f32-vcvt.h).
//
// This template serves both 16-bit input types (INPUT_TYPE): binary16 through the software
// conversion of smax/f16-to-f32.h, bfloat16 through smax/bf16-to-f32.h (a shift).
// Reads exactly [input, input + batch), writes exactly [output, output + 2 * batch).
#include <assert.h>
#include <stddef.h>
#include <stdint.h>

#include "smax/bf16-to-f32.h"
#include "bf16-f32-vcvt/bf16-f32-vcvt.h"

smax_bf16_f32_vcvt_ukernel_fn smax_bf16_f32_vcvt_ukernel__scalar_x4;

void smax_bf16_f32_vcvt_ukernel__scalar_x4(size_t batch, const uint16_t* input, float* output, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(uint16_t) == 0);
  assert(input != NULL);
  assert(output != NULL);
  (void) params;

  for (; batch >= 4 * sizeof(uint16_t); batch -= 4 * sizeof(uint16_t)) {
    const uint16_t vh0 = input[0];
    const uint16_t vh1 = input[1];
    const uint16_t vh2 = input[2];
    const uint16_t vh3 = input[3];
    input += 4;

    output[0] = smax_bf16_to_f32(vh0);
    output[1] = smax_bf16_to_f32(vh1);
    output[2] = smax_bf16_to_f32(vh2);
    output[3] = smax_bf16_to_f32(vh3);
    output += 4;
  }
  for (; batch != 0; batch -= sizeof(uint16_t)) {
    *output++ = smax_bf16_to_f32(*input++);
  }
}
