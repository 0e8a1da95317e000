// Generated from src/f32-f16-vcvt/scalar.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f16_vscaleexpminusmax_ukernel__scalar_x4: output[i] = f16(fl(exp(fl(float(input[i]) - c[0])) * c[1])), rounded to nearest even; scalar, 4 elements
// per iteration. Contract: src/f16-vscaleexpminusmax/f16-vscaleexpminusmax.h.
//
// exp is smax_scalar_expminus (src/smax/scalar-exp.h, rr2-p5: the f32-vscaleexpminusmax scalar
// kernels' core), the product rounded to float before the rounding to 16 bits.
// This template serves both 16-bit output types (OUTPUT_TYPE), through the software rounding of
// smax/f32-to-16bit.h. Reads exactly [input, input + batch), writes exactly [output, output + batch); output may equal input.
#include <assert.h>
#include <stddef.h>
#include <stdint.h>

#include "smax/f32-to-16bit.h"
#include "smax/scalar-exp.h"
#include "smax/scalar-load.h"
#include "f16-vscaleexpminusmax/f16-vscaleexpminusmax.h"

// LOAD(p): the float of the element at p, exp(x - c[0]) * c[1].
#define LOAD(p) (smax_scalar_expminus(smax_scalar_load_f16(p) - vc0) * vc1)

smax_f16_vscaleexpminusmax_ukernel_fn smax_f16_vscaleexpminusmax_ukernel__scalar_x4;

void smax_f16_vscaleexpminusmax_ukernel__scalar_x4(size_t batch, const uint16_t* input, uint16_t* output, const float* c, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(uint16_t) == 0);
  assert(input != NULL);
  assert(output != NULL);
  assert(c != NULL);
  (void) params;

  // c[0]: the max subtracted before the exp; c[1]: the scale.
  const float vc0 = c[0];
  const float vc1 = c[1];
  for (; batch >= 4 * sizeof(uint16_t); batch -= 4 * sizeof(uint16_t)) {
    const float vx0 = LOAD(input + 0);
    const float vx1 = LOAD(input + 1);
    const float vx2 = LOAD(input + 2);
    const float vx3 = LOAD(input + 3);
    input += 4;

    output[0] = smax_f32_to_f16(vx0);
    output[1] = smax_f32_to_f16(vx1);
    output[2] = smax_f32_to_f16(vx2);
    output[3] = smax_f32_to_f16(vx3);
    output += 4;
  }
  for (; batch != 0; batch -= sizeof(uint16_t)) {
    *output++ = smax_f32_to_f16(LOAD(input));
    input += 1;
  }
}
