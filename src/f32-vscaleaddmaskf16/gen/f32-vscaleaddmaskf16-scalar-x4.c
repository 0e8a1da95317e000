// Generated from src/f32-vscaleaddmaskf16/scalar.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_vscaleaddmaskf16_ukernel__scalar_x4: output[i] = fl(fl(coefficients[0] * input[i]) + fl(coefficients[1] * float(mask[i]))),
// mask[i] an IEEE binary16 bit pattern; scalar, 4 elements per iteration.
//
// float(mask[i]) is exact (f16-to-f32.h); then three roundings and no fused multiply-add: kernels
// are compiled with -ffp-contract=off (CMakeLists.txt, BUILD.bazel). These are the bits every kernel
// of the family gives. Reads exactly [input, input + batch) and [mask, mask + batch / 2) (batch / 4
// halves), writes exactly [output, output + batch); output may equal input.
#include <assert.h>
#include <stddef.h>
#include <stdint.h>

#include "smax/f16-to-f32.h"
#include "f32-vscaleaddmaskf16/f32-vscaleaddmaskf16.h"

smax_f32_vscaleaddmaskf16_ukernel_fn smax_f32_vscaleaddmaskf16_ukernel__scalar_x4;

void smax_f32_vscaleaddmaskf16_ukernel__scalar_x4(size_t batch, const float* input, const uint16_t* mask, float* output,
                                                  const float* coefficients, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(mask != NULL);
  assert(output != NULL);
  assert(coefficients != NULL);
  (void) params;

  const float va = coefficients[0];
  const float vb = coefficients[1];
  for (; batch >= 4 * sizeof(float); batch -= 4 * sizeof(float)) {
    const float vx0 = input[0];
    const float vx1 = input[1];
    const float vx2 = input[2];
    const float vx3 = input[3];
    input += 4;
    const float vm0 = smax_f16_to_f32(mask[0]);
    const float vm1 = smax_f16_to_f32(mask[1]);
    const float vm2 = smax_f16_to_f32(mask[2]);
    const float vm3 = smax_f16_to_f32(mask[3]);
    mask += 4;

    output[0] = va * vx0 + vb * vm0;
    output[1] = va * vx1 + vb * vm1;
    output[2] = va * vx2 + vb * vm2;
    output[3] = va * vx3 + vb * vm3;
    output += 4;
  }
  for (; batch != 0; batch -= sizeof(float)) {
    *output++ = va * *input++ + vb * smax_f16_to_f32(*mask++);
  }
}
