// Generated from src/f32-vscaleaddmask/scalar.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_vscaleaddmask_ukernel__scalar_x1: output[i] = fl(fl(coefficients[0] * input[i]) + fl(coefficients[1] * mask[i])); scalar,
// 1 elements per iteration.
//
// Three roundings per element and no fused multiply-add: kernels are compiled with -ffp-contract=off
// (CMakeLists.txt, BUILD.bazel), so the compiler cannot fuse the second product and the sum. These
// are the bits every kernel of the family gives. Reads exactly [input, input + batch) and
// [mask, mask + batch), writes exactly [output, output + batch); output may equal input.
#include <assert.h>
#include <stddef.h>

#include "f32-vscaleaddmask/f32-vscaleaddmask.h"

smax_f32_vscaleaddmask_ukernel_fn smax_f32_vscaleaddmask_ukernel__scalar_x1;

void smax_f32_vscaleaddmask_ukernel__scalar_x1(size_t batch, const float* input, const float* mask, float* output, const float* coefficients,
                                               const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(mask != NULL);
  assert(output != NULL);
  assert(coefficients != NULL);
  (void) params;

  const float va = coefficients[0];
  const float vb = coefficients[1];
  for (; batch != 0; batch -= sizeof(float)) {
    *output++ = va * *input++ + vb * *mask++;
  }
}
