// Generated from src/f32-vmulc/scalar.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_vmulc_ukernel__scalar_x8: output[i] = input[i] * *scale; scalar, 8 elements per iteration.
//
// One rounding per element (correctly rounded). Reads exactly [input, input + batch) and writes
// exactly [output, output + batch); output may equal input.
#include <assert.h>
#include <stddef.h>

#include "f32-vmulc/f32-vmulc.h"

smax_f32_vmulc_ukernel_fn smax_f32_vmulc_ukernel__scalar_x8;

void smax_f32_vmulc_ukernel__scalar_x8(size_t batch, const float* input, const float* scale, float* output, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(scale != NULL);
  assert(output != NULL);
  (void) params;

  const float vscale = *scale;
  for (; batch >= 8 * sizeof(float); batch -= 8 * sizeof(float)) {
    const float vx0 = input[0];
    const float vx1 = input[1];
    const float vx2 = input[2];
    const float vx3 = input[3];
    const float vx4 = input[4];
    const float vx5 = input[5];
    const float vx6 = input[6];
    const float vx7 = input[7];
    input += 8;

    output[0] = vx0 * vscale;
    output[1] = vx1 * vscale;
    output[2] = vx2 * vscale;
    output[3] = vx3 * vscale;
    output[4] = vx4 * vscale;
    output[5] = vx5 * vscale;
    output[6] = vx6 * vscale;
    output[7] = vx7 * vscale;
    output += 8;
  }
  for (; batch != 0; batch -= sizeof(float)) {
    *output++ = *input++ * vscale;
  }
}
