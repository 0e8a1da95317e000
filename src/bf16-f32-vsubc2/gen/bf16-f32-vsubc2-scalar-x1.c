// Generated from src/f32-vsubc2/scalar.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_bf16_f32_vsubc2_ukernel__scalar_x1: output[i] = fl(fl(float(input[i]) - c[0]) - c[1]); scalar, 1 elements per iteration.
//
// The log-softmax output pass, y = (z - hi) - lo. Two roundings per element; these are the bits
// every kernel of the family gives.
// Reads exactly [input, input + batch) and writes exactly
// [output, output + 2 * batch); input never overlaps output.
#include <assert.h>
#include <stddef.h>

#include "smax/scalar-load.h"
#include "bf16-f32-vsubc2/bf16-f32-vsubc2.h"

smax_bf16_f32_vsubc2_ukernel_fn smax_bf16_f32_vsubc2_ukernel__scalar_x1;

void smax_bf16_f32_vsubc2_ukernel__scalar_x1(size_t batch, const uint16_t* input, float* output, const float* c, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(uint16_t) == 0);
  assert(input != NULL);
  assert(output != NULL);
  assert(c != NULL);
  (void) params;

  const float vc0 = c[0];
  const float vc1 = c[1];
  for (; batch != 0; batch -= sizeof(uint16_t)) {
    *output++ = (smax_scalar_load_bf16(input++) - vc0) - vc1;
  }
}
