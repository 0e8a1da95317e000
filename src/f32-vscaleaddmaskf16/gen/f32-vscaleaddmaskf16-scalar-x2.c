// Generated from src/f32-vscaleaddmaskf16/scalar.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_vscaleaddmaskf16_ukernel__scalar_x2: output[i] = fl(fl(coefficients[0] * input[i]) + fl(coefficients[1] * float(mask[i]))),
// mask[i] an IEEE binary16 bit pattern; scalar, 2 elements per iteration.
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

smax_f32_vscaleaddmaskf16_ukernel_fn smax_f32_vscaleaddmaskf16_ukernel__scalar_x2;

void smax_f32_vscaleaddmaskf16_ukernel__scalar_x2(size_t batch, const float* input, const uint16_t* mask, float* output,
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
  for (; batch >= 2 * sizeof(float); batch -= 2 * sizeof(float)) {
    const float vx0 = input[0];
    const float vx1 = input[1];
    input += 2;
    const float vm0 = smax_f16_to_f32(mask[0]);
    const float vm1 = smax_f16_to_f32(mask[1]);
    mask += 2;

    output[0] = va * vx0 + vb * vm0;
    output[1] = va * vx1 + vb * vm1;
    output += 2;
  }
  for (; batch != 0; batch -= sizeof(float)) {
    *output++ = va * *input++ + vb * smax_f16_to_f32(*mask++);
  }
}
