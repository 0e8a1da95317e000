// Generated from src/f32-vsubc2/scalar.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_bf16_f32_vscaleexpminusmax_ukernel__scalar_x4: output[i] = fl(exp(fl(float(input[i]) - c[0])) * c[1]); scalar, 4 elements per iteration.
//
// Softmax's output pass from a 16-bit row into an f32 output: smax_scalar_expminus (src/smax/
// scalar-exp.h, rr2-p5), then the product by the scale, rounded once.
// Reads exactly [input, input + batch) and writes exactly
// [output, output + 2 * batch); input never overlaps output.
#include <assert.h>
#include <stddef.h>

#include "smax/scalar-load.h"
#include "smax/scalar-exp.h"
#include "bf16-f32-vscaleexpminusmax/bf16-f32-vscaleexpminusmax.h"

smax_bf16_f32_vscaleexpminusmax_ukernel_fn smax_bf16_f32_vscaleexpminusmax_ukernel__scalar_x4;

void smax_bf16_f32_vscaleexpminusmax_ukernel__scalar_x4(size_t batch, const uint16_t* input, float* output, const float* c, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(uint16_t) == 0);
  assert(input != NULL);
  assert(output != NULL);
  assert(c != NULL);
  (void) params;

  const float vc0 = c[0];
  const float vc1 = c[1];
  for (; batch >= 4 * sizeof(uint16_t); batch -= 4 * sizeof(uint16_t)) {
    const float vx0 = smax_scalar_load_bf16(input + 0);
    const float vx1 = smax_scalar_load_bf16(input + 1);
    const float vx2 = smax_scalar_load_bf16(input + 2);
    const float vx3 = smax_scalar_load_bf16(input + 3);
    input += 4;

    output[0] = smax_scalar_expminus(vx0 - vc0) * vc1;
    output[1] = smax_scalar_expminus(vx1 - vc0) * vc1;
    output[2] = smax_scalar_expminus(vx2 - vc0) * vc1;
    output[3] = smax_scalar_expminus(vx3 - vc0) * vc1;
    output += 4;
  }
  for (; batch != 0; batch -= sizeof(uint16_t)) {
    *output++ = smax_scalar_expminus(smax_scalar_load_bf16(input++) - vc0) * vc1;
  }
}
