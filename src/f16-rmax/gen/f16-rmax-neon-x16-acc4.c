// Generated from src/f32-rmax/neon.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f16_rmax_ukernel__neon_x16_acc4: *max = max(*max, input[0..n)); neon, 16 elements (4 vectors of 4) per
// iteration, 4 independent vector running maxima (vector v of an iteration goes to
// accumulator v mod 4).
//
// Exact (max involves no rounding). vmaxq_f32 returns NaN if either operand is NaN, so a NaN input
// makes *max NaN (the family allows either; the exp passes then make the row NaN as the scalar path
// does). Reads exactly [input, input + batch): the last 1-3 elements are loaded one lane at a time.
// Input: f16 bit patterns, widened exactly to float on load (src/smax/neon-load.h), so the
// result is the f32 kernel's on the widened input, bit for bit.
#include <assert.h>
#include <stddef.h>

#define SMAX_NEON_FMA 0
#include "f16-rmax/f16-rmax.h"
#include "smax/neon-load.h"

smax_f16_rmax_ukernel_fn smax_f16_rmax_ukernel__neon_x16_acc4;

void smax_f16_rmax_ukernel__neon_x16_acc4(size_t batch, const uint16_t* input, float* max, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(uint16_t) == 0);
  assert(input != NULL);
  assert(max != NULL);
  (void) params;

  float32x4_t vmax0 = vld1q_dup_f32(max);
  float32x4_t vmax1 = vld1q_dup_f32(max);
  float32x4_t vmax2 = vld1q_dup_f32(max);
  float32x4_t vmax3 = vld1q_dup_f32(max);
  for (; batch >= 16 * sizeof(uint16_t); batch -= 16 * sizeof(uint16_t)) {
    const float32x4_t vx0 = smax_neon_load_f16(input + 0);
    const float32x4_t vx1 = smax_neon_load_f16(input + 4);
    const float32x4_t vx2 = smax_neon_load_f16(input + 8);
    const float32x4_t vx3 = smax_neon_load_f16(input + 12);
    input += 16;

    vmax0 = vmaxq_f32(vmax0, vx0);
    vmax1 = vmaxq_f32(vmax1, vx1);
    vmax2 = vmaxq_f32(vmax2, vx2);
    vmax3 = vmaxq_f32(vmax3, vx3);
  }
  vmax0 = vmaxq_f32(vmax0, vmax1);
  vmax2 = vmaxq_f32(vmax2, vmax3);
  vmax0 = vmaxq_f32(vmax0, vmax2);
  for (; batch >= 4 * sizeof(uint16_t); batch -= 4 * sizeof(uint16_t)) {
    const float32x4_t vx = smax_neon_load_f16(input);
    input += 4;
    vmax0 = vmaxq_f32(vmax0, vx);
  }
  if (batch != 0) {
    // Lanes past the end hold the running maximum itself, which leaves the maximum unchanged.
    const float32x4_t vx = smax_neon_load_tail_f16(input, batch / sizeof(uint16_t), vmax0);
    vmax0 = vmaxq_f32(vmax0, vx);
  }
  *max = smax_neon_reduce_max(vmax0);
}
