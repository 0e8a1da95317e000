// Generated from src/f32-raddstoreexpminusmax/scalar-rr2-p5.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f16_f32_raddstoreexpminusmax_ukernel__scalar_rr2_p5_x4_acc2: output[i] = exp(input[i] - *max) and *sum = sum_i output[i]; scalar,
// 4 elements per iteration, 2 independent partial sums.
//
// rr2-p5: two-constant Cody-Waite range reduction and a degree-5 polynomial (src/smax/scalar-exp.h,
// whose header states the measured error of exp). Arguments below -87.3365 (and -inf) give exactly
// 0; NaN propagates to the output and the sum. Reads exactly [input, input + batch) and writes exactly
// [output, output + batch); output may equal input.
// The next block's max (next_batch != 0) is a separate loop after the exp loop (side_max = separate in
// the family table), written here as the f32-rmax x4-acc4 kernel: 4 running maxima.
// Input and next_input: f16 bit patterns, widened exactly to float on load
// (src/smax/scalar-load.h), so outputs, sum and side max are the f32 kernel's on the widened
// input. batch counts bytes of input: the outputs span [output, output + 2 * batch), which never
// overlaps the input.
#include <assert.h>
#include <stddef.h>

#include "f16-f32-raddstoreexpminusmax/f16-f32-raddstoreexpminusmax.h"
#include "smax/scalar-load.h"
#include "smax/scalar-exp.h"

smax_f16_f32_raddstoreexpminusmax_ukernel_fn smax_f16_f32_raddstoreexpminusmax_ukernel__scalar_rr2_p5_x4_acc2;

void smax_f16_f32_raddstoreexpminusmax_ukernel__scalar_rr2_p5_x4_acc2(size_t batch, const uint16_t* input, const float* max, float* output, float* sum,
    size_t next_batch, const uint16_t* next_input, float* next_max, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(uint16_t) == 0);
  assert(input != NULL);
  assert(max != NULL);
  assert(output != NULL);
  assert(sum != NULL);
  (void) params;

  const float vmax = *max;
  float vacc0 = 0.0f;
  float vacc1 = 0.0f;
  for (; batch >= 4 * sizeof(uint16_t); batch -= 4 * sizeof(uint16_t)) {
    const float vf0 = smax_scalar_expminus(smax_scalar_load_f16(input + 0) - vmax);
    const float vf1 = smax_scalar_expminus(smax_scalar_load_f16(input + 1) - vmax);
    const float vf2 = smax_scalar_expminus(smax_scalar_load_f16(input + 2) - vmax);
    const float vf3 = smax_scalar_expminus(smax_scalar_load_f16(input + 3) - vmax);
    input += 4;

    output[0] = vf0;
    output[1] = vf1;
    output[2] = vf2;
    output[3] = vf3;
    output += 4;

    vacc0 += vf0;
    vacc1 += vf1;
    vacc0 += vf2;
    vacc1 += vf3;
  }
  vacc0 += vacc1;
  for (; batch != 0; batch -= sizeof(uint16_t)) {
    const float vf = smax_scalar_expminus(smax_scalar_load_f16(input++) - vmax);
    *output++ = vf;
    vacc0 += vf;
  }
  *sum = vacc0;
  if (next_batch != 0) {
    // x > m ? x : m keeps m for a NaN x, as the f32-rmax kernels do.
    float vnext_max0 = *next_max;
    float vnext_max1 = *next_max;
    float vnext_max2 = *next_max;
    float vnext_max3 = *next_max;
    for (; next_batch >= 4 * sizeof(uint16_t); next_batch -= 4 * sizeof(uint16_t)) {
      const float vnext0 = smax_scalar_load_f16(next_input + 0);
      const float vnext1 = smax_scalar_load_f16(next_input + 1);
      const float vnext2 = smax_scalar_load_f16(next_input + 2);
      const float vnext3 = smax_scalar_load_f16(next_input + 3);
      next_input += 4;
      vnext_max0 = vnext0 > vnext_max0 ? vnext0 : vnext_max0;
      vnext_max1 = vnext1 > vnext_max1 ? vnext1 : vnext_max1;
      vnext_max2 = vnext2 > vnext_max2 ? vnext2 : vnext_max2;
      vnext_max3 = vnext3 > vnext_max3 ? vnext3 : vnext_max3;
    }
    vnext_max0 = vnext_max1 > vnext_max0 ? vnext_max1 : vnext_max0;
    vnext_max2 = vnext_max3 > vnext_max2 ? vnext_max3 : vnext_max2;
    vnext_max0 = vnext_max2 > vnext_max0 ? vnext_max2 : vnext_max0;
    for (; next_batch != 0; next_batch -= sizeof(uint16_t)) {
      const float vnext = smax_scalar_load_f16(next_input++);
      vnext_max0 = vnext > vnext_max0 ? vnext : vnext_max0;
    }
    *next_max = vnext_max0;
  }
}
