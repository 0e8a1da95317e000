// Generated from src/f32-raddextexp/scalar-rr2-p5.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_raddextexp_ukernel__scalar_rr2_p5_x4_acc4: two-pass softmax, pass 1 (Dukhan & Ablavatski 2020); scalar, 4 elements per
// iteration, 4 independent (mantissa, exponent) accumulators.
//
// Writes sum[0] = V and sum[1] = E (an integer held in a float) with
//   V * 2^E = sum_i exp(clamp(input[i], -SMAX_EXTEXP_INPUT_LIMIT, SMAX_EXTEXP_INPUT_LIMIT)),
// with no max pass and no overflow: each element is exp(x) = p * 2^n (p in [0.7, 1.42], n integer),
// and an accumulator (v, e) absorbs it as
//   e' = max(e, n);  v' = v * 2^(e - e') + p * 2^(n - e'),
// where both powers of two are <= 1, built exactly from exponent bits (0 below 2^-126), so v grows
// at most linearly with the element count. The clamp keeps round(x*log2e) below 2^11 where the
// reduction is exact (src/smax/scalar-exp.h); the operator detects rows where clamping could matter
// (E near +-1477) and recomputes them another way. NaN inputs make V NaN.
// Reads exactly [input, input + batch).
#include <assert.h>
#include <stddef.h>

#include "f32-raddextexp/f32-raddextexp.h"
#include "smax/scalar-exp.h"
#include "f32-raddextexp/scalar-rr2-p5.h"

smax_f32_raddextexp_ukernel_fn smax_f32_raddextexp_ukernel__scalar_rr2_p5_x4_acc4;

void smax_f32_raddextexp_ukernel__scalar_rr2_p5_x4_acc4(size_t batch, const float* input, float* sum, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(sum != NULL);
  (void) params;

  // An empty accumulator: v = 0 with an exponent below any element's, so it vanishes when merged.
  float vaccv0 = 0.0f;
  float vacce0 = -0x1.0p+30f;
  float vaccv1 = 0.0f;
  float vacce1 = -0x1.0p+30f;
  float vaccv2 = 0.0f;
  float vacce2 = -0x1.0p+30f;
  float vaccv3 = 0.0f;
  float vacce3 = -0x1.0p+30f;
  for (; batch >= 4 * sizeof(float); batch -= 4 * sizeof(float)) {
    float vn0;
    const float vp0 = smax_scalar_extexp(smax_scalar_clamp(input[0], SMAX_EXTEXP_INPUT_LIMIT), &vn0);
    float vn1;
    const float vp1 = smax_scalar_extexp(smax_scalar_clamp(input[1], SMAX_EXTEXP_INPUT_LIMIT), &vn1);
    float vn2;
    const float vp2 = smax_scalar_extexp(smax_scalar_clamp(input[2], SMAX_EXTEXP_INPUT_LIMIT), &vn2);
    float vn3;
    const float vp3 = smax_scalar_extexp(smax_scalar_clamp(input[3], SMAX_EXTEXP_INPUT_LIMIT), &vn3);
    input += 4;

    accumulate(vp0, vn0, &vaccv0, &vacce0);
    accumulate(vp1, vn1, &vaccv1, &vacce1);
    accumulate(vp2, vn2, &vaccv2, &vacce2);
    accumulate(vp3, vn3, &vaccv3, &vacce3);
  }
  accumulate(vaccv1, vacce1, &vaccv0, &vacce0);
  accumulate(vaccv3, vacce3, &vaccv2, &vacce2);
  accumulate(vaccv2, vacce2, &vaccv0, &vacce0);
  for (; batch != 0; batch -= sizeof(float)) {
    float vn;
    const float vp = smax_scalar_extexp(smax_scalar_clamp(*input++, SMAX_EXTEXP_INPUT_LIMIT), &vn);
    accumulate(vp, vn, &vaccv0, &vacce0);
  }
  sum[0] = vaccv0;
  sum[1] = vacce0;
}
