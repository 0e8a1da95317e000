// Generated from src/f32-f16-vcvt/scalar.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_f16_vcvt_ukernel__scalar_x2: output[i] = f16(input[i]), rounded to nearest even; scalar, 2 elements
// per iteration. Contract: src/f32-f16-vcvt/f32-f16-vcvt.h.
//
// This template serves both 16-bit output types (OUTPUT_TYPE), through the software rounding of
// smax/f32-to-16bit.h. Reads exactly [input, input + batch), writes exactly [output, output + batch / 2).
#include <assert.h>
#include <stddef.h>
#include <stdint.h>

#include "smax/f32-to-16bit.h"
#include "f32-f16-vcvt/f32-f16-vcvt.h"

// LOAD(p): the floats at p.
#define LOAD(p) (*(p))

smax_f32_f16_vcvt_ukernel_fn smax_f32_f16_vcvt_ukernel__scalar_x2;

void smax_f32_f16_vcvt_ukernel__scalar_x2(size_t batch, const float* input, uint16_t* output, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(output != NULL);
  (void) params;

  for (; batch >= 2 * sizeof(float); batch -= 2 * sizeof(float)) {
    const float vx0 = LOAD(input + 0);
    const float vx1 = LOAD(input + 1);
    input += 2;

    output[0] = smax_f32_to_f16(vx0);
    output[1] = smax_f32_to_f16(vx1);
    output += 2;
  }
  for (; batch != 0; batch -= sizeof(float)) {
    *output++ = smax_f32_to_f16(LOAD(input));
    input += 1;
  }
}
