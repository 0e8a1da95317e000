// Generated from src/f32-raddstoreexpminusmax/neon-rr2-p5.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f16_f32_raddstoreexpminusmax_ukernel__neonfma_rr2_p5_x16_acc2: output[i] = exp(input[i] - *max) and *sum = sum_i output[i]; neonfma,
// 16 elements (4 vectors of 4) per iteration, 2 independent vector partial sums
// (vector v of an iteration adds into accumulator v mod 2).
//
// rr2-p5: two-constant Cody-Waite range reduction and a degree-5 polynomial, the scalar exp core
// (src/smax/scalar-exp.h, whose header states the measured error) vectorized in src/smax/neon-exp.h;
// The next block's max (next_batch != 0) is a separate loop after the exp loop (side_max = separate in
// the family table), written here as the f32-rmax x16-acc4 kernel: 4 vectors into 4 running maxima.
// neonfma fuses its multiply-adds (vfmaq_f32), so each exp differs from the scalar one by rounding only.
// Arguments below -87.3365 (and -inf) give exactly 0; NaN propagates to the output and the sum.
// Reads exactly [input, input + batch) and writes exactly [output, output + batch) (the last 1-3
// elements one lane at a time); output may equal input.
// Input and next_input: f16 bit patterns, widened exactly to float on load
// (src/smax/neon-load.h), so outputs, sum and side max are the f32 kernel's on the widened
// input. batch counts bytes of input: the outputs span [output, output + 2 * batch), which never
// overlaps the input.
#include <assert.h>
#include <stddef.h>

#define SMAX_NEON_FMA 1
#include "f16-f32-raddstoreexpminusmax/f16-f32-raddstoreexpminusmax.h"
#include "smax/neon-load.h"

smax_f16_f32_raddstoreexpminusmax_ukernel_fn smax_f16_f32_raddstoreexpminusmax_ukernel__neonfma_rr2_p5_x16_acc2;

void smax_f16_f32_raddstoreexpminusmax_ukernel__neonfma_rr2_p5_x16_acc2(size_t batch, const uint16_t* input, const float* max, float* output, float* sum,
    size_t next_batch, const uint16_t* next_input, float* next_max, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(uint16_t) == 0);
  assert(input != NULL);
  assert(max != NULL);
  assert(output != NULL);
  assert(sum != NULL);
  (void) params;

  const struct smax_neon_exp_constants k = smax_neon_exp_constants_init();
  const float32x4_t vmax = vld1q_dup_f32(max);
  float32x4_t vacc0 = vdupq_n_f32(0.0f);
  float32x4_t vacc1 = vdupq_n_f32(0.0f);
  for (; batch >= 16 * sizeof(uint16_t); batch -= 16 * sizeof(uint16_t)) {
    const float32x4_t vx0 = smax_neon_load_f16(input + 0);
    const float32x4_t vx1 = smax_neon_load_f16(input + 4);
    const float32x4_t vx2 = smax_neon_load_f16(input + 8);
    const float32x4_t vx3 = smax_neon_load_f16(input + 12);
    input += 16;

    const float32x4_t vf0 = smax_neon_expminus(vsubq_f32(vx0, vmax), &k);

    const float32x4_t vf1 = smax_neon_expminus(vsubq_f32(vx1, vmax), &k);

    const float32x4_t vf2 = smax_neon_expminus(vsubq_f32(vx2, vmax), &k);

    const float32x4_t vf3 = smax_neon_expminus(vsubq_f32(vx3, vmax), &k);

    vst1q_f32(output + 0, vf0);
    vst1q_f32(output + 4, vf1);
    vst1q_f32(output + 8, vf2);
    vst1q_f32(output + 12, vf3);
    output += 16;

    vacc0 = vaddq_f32(vacc0, vf0);
    vacc1 = vaddq_f32(vacc1, vf1);
    vacc0 = vaddq_f32(vacc0, vf2);
    vacc1 = vaddq_f32(vacc1, vf3);
  }
  vacc0 = vaddq_f32(vacc0, vacc1);
  for (; batch >= 4 * sizeof(uint16_t); batch -= 4 * sizeof(uint16_t)) {
    const float32x4_t vx = smax_neon_load_f16(input);
    input += 4;
    const float32x4_t vf = smax_neon_expminus(vsubq_f32(vx, vmax), &k);
    vst1q_f32(output, vf);
    output += 4;
    vacc0 = vaddq_f32(vacc0, vf);
  }
  if (batch != 0) {
    const size_t count = batch / sizeof(uint16_t);
    const float32x4_t vx = smax_neon_load_tail_f16(input, count, vdupq_n_f32(0.0f));
    const float32x4_t vf = smax_neon_expminus(vsubq_f32(vx, vmax), &k);
    smax_neon_store_tail(output, count, vf);
    // Lanes past the end must add exactly 0 whatever exp gave for them (NaN when *max is inf).
    const uint32x4_t vvalid = smax_neon_lane_mask(count);
    vacc0 = vaddq_f32(vacc0, vreinterpretq_f32_u32(vandq_u32(vreinterpretq_u32_f32(vf), vvalid)));
  }
  *sum = smax_neon_reduce_add(vacc0);
  if (next_batch != 0) {
    float32x4_t vnext_max0 = vld1q_dup_f32(next_max);
    float32x4_t vnext_max1 = vld1q_dup_f32(next_max);
    float32x4_t vnext_max2 = vld1q_dup_f32(next_max);
    float32x4_t vnext_max3 = vld1q_dup_f32(next_max);
    for (; next_batch >= 16 * sizeof(uint16_t); next_batch -= 16 * sizeof(uint16_t)) {
      vnext_max0 = vmaxq_f32(vnext_max0, smax_neon_load_f16(next_input + 0));
      vnext_max1 = vmaxq_f32(vnext_max1, smax_neon_load_f16(next_input + 4));
      vnext_max2 = vmaxq_f32(vnext_max2, smax_neon_load_f16(next_input + 8));
      vnext_max3 = vmaxq_f32(vnext_max3, smax_neon_load_f16(next_input + 12));
      next_input += 16;
    }
    vnext_max0 = vmaxq_f32(vnext_max0, vnext_max1);
    vnext_max2 = vmaxq_f32(vnext_max2, vnext_max3);
    vnext_max0 = vmaxq_f32(vnext_max0, vnext_max2);
    for (; next_batch >= 4 * sizeof(uint16_t); next_batch -= 4 * sizeof(uint16_t)) {
      vnext_max0 = vmaxq_f32(vnext_max0, smax_neon_load_f16(next_input));
      next_input += 4;
    }
    if (next_batch != 0) {
      // Lanes past the end hold the running maximum itself, which leaves the maximum unchanged.
      vnext_max0 = vmaxq_f32(vnext_max0,
                             smax_neon_load_tail_f16(next_input, next_batch / sizeof(uint16_t), vnext_max0));
    }
    *next_max = smax_neon_reduce_max(vnext_max0);
  }
}
