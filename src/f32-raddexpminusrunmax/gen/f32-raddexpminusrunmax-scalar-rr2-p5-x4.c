// Generated from src/f32-raddexpminusrunmax/scalar-rr2-p5.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_raddexpminusrunmax_ukernel__scalar_rr2_p5_x4: online normalizer (Milakov & Gimelshein 2018) over one block; scalar,
// 4 elements per iteration, 1 independent (running max, sum) pairs.
//
// Writes state[0] = m = max(-FLT_MAX, max_i input[i]) and state[1] = d = sum_i exp(input[i] - m).
// Each pair (m, d) is updated per element as d = d * exp(m - m') + exp(x - m'), m' = max(m, x); one
// of the two exponentials is always exp(0) = 1, so ONE exp per element suffices:
//   x >  m: d = d * exp(m - x) + 1, m = x;      otherwise: d = d + exp(x - m);
// i.e. e = exp(lo - hi) with lo = min(x, m), hi = max(x, m).
// m starts at -FLT_MAX rather than -inf so that -inf inputs add exp(-inf) = 0 instead of computing
// -inf - (-inf) = NaN; a row of only -inf therefore ends with d = 0, which the operator turns into
// the NaN row the contract asks for. A NaN input makes d NaN (x > m is false, so it goes to the sum);
// a +inf input makes m +inf. Exp: rr2-p5 from src/smax/scalar-exp.h. Reads exactly [input, input + batch).
#include <assert.h>
#include <float.h>
#include <stdbool.h>
#include <stddef.h>

#include "f32-raddexpminusrunmax/f32-raddexpminusrunmax.h"
#include "smax/scalar-exp.h"
#include "f32-raddexpminusrunmax/scalar-rr2-p5.h"

smax_f32_raddexpminusrunmax_ukernel_fn smax_f32_raddexpminusrunmax_ukernel__scalar_rr2_p5_x4;

void smax_f32_raddexpminusrunmax_ukernel__scalar_rr2_p5_x4(size_t batch, const float* input, float* state, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(state != NULL);
  (void) params;

  float vm0 = -FLT_MAX;
  float vd0 = 0.0f;
  for (; batch >= 4 * sizeof(float); batch -= 4 * sizeof(float)) {
    fold(input[0], 1.0f, &vm0, &vd0);
    fold(input[1], 1.0f, &vm0, &vd0);
    fold(input[2], 1.0f, &vm0, &vd0);
    fold(input[3], 1.0f, &vm0, &vd0);
    input += 4;
  }
  for (; batch != 0; batch -= sizeof(float)) {
    fold(*input++, 1.0f, &vm0, &vd0);
  }
  state[0] = vm0;
  state[1] = vd0;
}
