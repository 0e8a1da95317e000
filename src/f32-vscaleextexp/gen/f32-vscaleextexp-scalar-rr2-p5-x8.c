// Generated from src/f32-vscaleextexp/scalar-rr2-p5.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_vscaleextexp_ukernel__scalar_rr2_p5_x8: two-pass softmax, pass 2 (Dukhan & Ablavatski 2020); scalar, 8 elements per
// iteration.
//
// output[i] = exp(clamp(input[i])) * scale[0] * 2^scale[1]: with exp(x) = p * 2^n (as in raddextexp)
// this is (p * scale[0]) * 2^(n + scale[1]), and 2^(n + scale[1]) is built exactly from exponent bits,
// exactly 0 below 2^-126, so entries far below the row's top (-inf included, once clamped) give
// exactly 0. The operator passes scale = (1/V, -E) from raddextexp, so n + scale[1] <= 0 and nothing
// overflows. NaN propagates. Reads exactly [input, input + batch) and writes exactly
// [output, output + batch); output may equal input.
#include <assert.h>
#include <stddef.h>

#include "f32-vscaleextexp/f32-vscaleextexp.h"
#include "smax/scalar-exp.h"

smax_f32_vscaleextexp_ukernel_fn smax_f32_vscaleextexp_ukernel__scalar_rr2_p5_x8;

void smax_f32_vscaleextexp_ukernel__scalar_rr2_p5_x8(size_t batch, const float* input, float* output, const float* scale, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(output != NULL);
  assert(scale != NULL);
  (void) params;

  const float vscalev = scale[0];
  const float vscalee = scale[1];
  for (; batch >= 8 * sizeof(float); batch -= 8 * sizeof(float)) {
    float vn0;
    const float vp0 = smax_scalar_extexp(smax_scalar_clamp(input[0], SMAX_EXTEXP_INPUT_LIMIT), &vn0);
    float vn1;
    const float vp1 = smax_scalar_extexp(smax_scalar_clamp(input[1], SMAX_EXTEXP_INPUT_LIMIT), &vn1);
    float vn2;
    const float vp2 = smax_scalar_extexp(smax_scalar_clamp(input[2], SMAX_EXTEXP_INPUT_LIMIT), &vn2);
    float vn3;
    const float vp3 = smax_scalar_extexp(smax_scalar_clamp(input[3], SMAX_EXTEXP_INPUT_LIMIT), &vn3);
    float vn4;
    const float vp4 = smax_scalar_extexp(smax_scalar_clamp(input[4], SMAX_EXTEXP_INPUT_LIMIT), &vn4);
    float vn5;
    const float vp5 = smax_scalar_extexp(smax_scalar_clamp(input[5], SMAX_EXTEXP_INPUT_LIMIT), &vn5);
    float vn6;
    const float vp6 = smax_scalar_extexp(smax_scalar_clamp(input[6], SMAX_EXTEXP_INPUT_LIMIT), &vn6);
    float vn7;
    const float vp7 = smax_scalar_extexp(smax_scalar_clamp(input[7], SMAX_EXTEXP_INPUT_LIMIT), &vn7);
    input += 8;

    output[0] = (vp0 * vscalev) * smax_scalar_exp2_integer(vn0 + vscalee);
    output[1] = (vp1 * vscalev) * smax_scalar_exp2_integer(vn1 + vscalee);
    output[2] = (vp2 * vscalev) * smax_scalar_exp2_integer(vn2 + vscalee);
    output[3] = (vp3 * vscalev) * smax_scalar_exp2_integer(vn3 + vscalee);
    output[4] = (vp4 * vscalev) * smax_scalar_exp2_integer(vn4 + vscalee);
    output[5] = (vp5 * vscalev) * smax_scalar_exp2_integer(vn5 + vscalee);
    output[6] = (vp6 * vscalev) * smax_scalar_exp2_integer(vn6 + vscalee);
    output[7] = (vp7 * vscalev) * smax_scalar_exp2_integer(vn7 + vscalee);
    output += 8;
  }
  for (; batch != 0; batch -= sizeof(float)) {
    float vn;
    const float vp = smax_scalar_extexp(smax_scalar_clamp(*input++, SMAX_EXTEXP_INPUT_LIMIT), &vn);
    *output++ = (vp * vscalev) * smax_scalar_exp2_integer(vn + vscalee);
  }
}
