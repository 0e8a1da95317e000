// Generated from src/f32-rmaxselect/neon.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_rmaxselect_ukernel__neon_x8: *max = max(*max, input[0..n)) and the indices of the inputs that are not <= *threshold;
// neon, 8 elements (2 vectors of 4) per iteration, 1 independent running-max
// vectors.
//
// Exact (no rounding). vmaxq_f32 returns NaN if either operand is NaN, so a NaN input may make *max NaN
// (the family allows it; the operator's verdict on such a row comes from its top-k). vcleq_f32 (x <= t)
// is false for NaN, so a lane is selected where it is false. Selected lanes are rare once the
// operator's threshold has settled: one test per iteration (pairwise min of the AND of the vectors'
// x <= t masks: 0 if any lane is selected; armv7 has no vminvq), and only then is each element of the
// iteration tested again in scalar code and appended. The last 1 to 3 elements are scalar: reads
// exactly [input, input + batch).
#include <assert.h>
#include <stddef.h>
#include <stdint.h>

#include <arm_neon.h>

#include "f32-rmaxselect/f32-rmaxselect.h"
#include "smax/common.h"

smax_f32_rmaxselect_ukernel_fn smax_f32_rmaxselect_ukernel__neon_x8;

size_t smax_f32_rmaxselect_ukernel__neon_x8(size_t batch, const float* input, float* max, const float* threshold, uint32_t* indices,
                 const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(max != NULL);
  assert(threshold != NULL);
  assert(indices != NULL);
  (void) params;

  const float t = *threshold;
  const float32x4_t vt = vdupq_n_f32(t);
  float32x4_t vmax0 = vld1q_dup_f32(max);
  size_t count = 0;
  uint32_t i = 0;
  for (; batch >= 8 * sizeof(float); batch -= 8 * sizeof(float)) {
    const float32x4_t vx0 = vld1q_f32(input + 0);

    const float32x4_t vx1 = vld1q_f32(input + 4);

    vmax0 = vmaxq_f32(vmax0, vx0);
    vmax0 = vmaxq_f32(vmax0, vx1);
    const uint32x4_t vle0 = vcleq_f32(vx0, vt);
    const uint32x4_t vle1 = vcleq_f32(vx1, vt);
    const uint32x4_t vall = vandq_u32(vle0, vle1);
    uint32x2_t vmin = vpmin_u32(vget_low_u32(vall), vget_high_u32(vall));
    vmin = vpmin_u32(vmin, vmin);
    if (SMAX_UNLIKELY(vget_lane_u32(vmin, 0) == 0)) {
      for (uint32_t j = 0; j < 8; j++) {
        if (!(input[j] <= t)) {
          indices[count++] = i + j;
        }
      }
    }
    input += 8;
    i += 8;
  }
  float lanes[4];
  vst1q_f32(lanes, vmax0);
  float vmax = lanes[0];
  for (size_t lane = 1; lane < 4; lane++) {
    // vmaxq_f32's NaN rule, in scalar code: a NaN lane makes the result NaN.
    vmax = lanes[lane] != lanes[lane] || lanes[lane] > vmax ? lanes[lane] : vmax;
  }
  for (; batch != 0; batch -= sizeof(float)) {
    const float vx = *input++;
    vmax = vx > vmax ? vx : vmax;
    if (!(vx <= t)) {
      indices[count++] = i;
    }
    i++;
  }
  *max = vmax;
  return count;
}
