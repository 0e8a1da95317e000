// Generated from src/f32-rmax/neon.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_rmax_ukernel__neon_x12: *max = max(*max, input[0..n)); neon, 12 elements (3 vectors of 4) per
// iteration, 1 independent vector running maxima (vector v of an iteration goes to
// accumulator v mod 1).
//
// Exact (max involves no rounding). vmaxq_f32 returns NaN if either operand is NaN, so a NaN input
// makes *max NaN (the family allows either; the exp passes then make the row NaN as the scalar path
// does). Reads exactly [input, input + batch): the last 1-3 elements are loaded one lane at a time.
#include <assert.h>
#include <stddef.h>

#define SMAX_NEON_FMA 0
#include "f32-rmax/f32-rmax.h"
#include "smax/neon-load.h"

smax_f32_rmax_ukernel_fn smax_f32_rmax_ukernel__neon_x12;

void smax_f32_rmax_ukernel__neon_x12(size_t batch, const float* input, float* max, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(max != NULL);
  (void) params;

  float32x4_t vmax0 = vld1q_dup_f32(max);
  for (; batch >= 12 * sizeof(float); batch -= 12 * sizeof(float)) {
    const float32x4_t vx0 = smax_neon_load_f32(input + 0);
    const float32x4_t vx1 = smax_neon_load_f32(input + 4);
    const float32x4_t vx2 = smax_neon_load_f32(input + 8);
    input += 12;

    vmax0 = vmaxq_f32(vmax0, vx0);
    vmax0 = vmaxq_f32(vmax0, vx1);
    vmax0 = vmaxq_f32(vmax0, vx2);
  }
  for (; batch >= 4 * sizeof(float); batch -= 4 * sizeof(float)) {
    const float32x4_t vx = smax_neon_load_f32(input);
    input += 4;
    vmax0 = vmaxq_f32(vmax0, vx);
  }
  if (batch != 0) {
    // Lanes past the end hold the running maximum itself, which leaves the maximum unchanged.
    const float32x4_t vx = smax_neon_load_tail_f32(input, batch / sizeof(float), vmax0);
    vmax0 = vmaxq_f32(vmax0, vx);
  }
  *max = smax_neon_reduce_max(vmax0);
}
