// Generated from src/f32-vsubc2/scalar.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_vsubc2_ukernel__scalar_x2: output[i] = fl(fl(input[i] - c[0]) - c[1]); scalar, 2 elements per iteration.
//
// The log-softmax output pass, y = (z - hi) - lo. Two roundings per element; these are the bits
// every kernel of the family gives.
// Reads exactly [input, input + batch) and writes exactly
// [output, output + batch); output may equal input.
#include <assert.h>
#include <stddef.h>

#include "f32-vsubc2/f32-vsubc2.h"

smax_f32_vsubc2_ukernel_fn smax_f32_vsubc2_ukernel__scalar_x2;

void smax_f32_vsubc2_ukernel__scalar_x2(size_t batch, const float* input, float* output, const float* c, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(output != NULL);
  assert(c != NULL);
  (void) params;

  const float vc0 = c[0];
  const float vc1 = c[1];
  for (; batch >= 2 * sizeof(float); batch -= 2 * sizeof(float)) {
    const float vx0 = input[0];
    const float vx1 = input[1];
    input += 2;

    output[0] = (vx0 - vc0) - vc1;
    output[1] = (vx1 - vc0) - vc1;
    output += 2;
  }
  for (; batch != 0; batch -= sizeof(float)) {
    *output++ = (*input++ - vc0) - vc1;
  }
}
