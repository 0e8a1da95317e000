// Generated from src/f32-vmulc/scalar.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_vmulc_ukernel__scalar_x4: output[i] = input[i] * *scale; scalar, 4 elements per iteration.
//
// One rounding per element (correctly rounded). Reads exactly [input, input + batch) and writes
// exactly [output, output + batch); output may equal input.
#include <assert.h>
#include <stddef.h>

#include "f32-vmulc/f32-vmulc.h"

smax_f32_vmulc_ukernel_fn smax_f32_vmulc_ukernel__scalar_x4;

void smax_f32_vmulc_ukernel__scalar_x4(size_t batch, const float* input, const float* scale, float* output, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(scale != NULL);
  assert(output != NULL);
  (void) params;

  const float vscale = *scale;
  for (; batch >= 4 * sizeof(float); batch -= 4 * sizeof(float)) {
    const float vx0 = input[0];
    const float vx1 = input[1];
    const float vx2 = input[2];
    const float vx3 = input[3];
    input += 4;

    output[0] = vx0 * vscale;
    output[1] = vx1 * vscale;
    output[2] = vx2 * vscale;
    output[3] = vx3 * vscale;
    output += 4;
  }
  for (; batch != 0; batch -= sizeof(float)) {
    *output++ = *input++ * vscale;
  }
}
