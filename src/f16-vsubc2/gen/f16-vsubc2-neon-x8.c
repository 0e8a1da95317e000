// Generated from src/f32-f16-vcvt/neon.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f16_vsubc2_ukernel__neon_x8: output[i] = f16(fl(fl(float(input[i]) - c[0]) - c[1])), rounded to nearest even; NEON, 8 elements
// (2 vectors of 4 floats) per iteration. Contract: src/f16-vsubc2/f16-vsubc2.h.
//
// fcvtn on aarch64 (round to nearest even: Linux leaves FPCR's rounding mode and FZ alone); on
// ARMv7 (-mfpu=neon has no half conversion) the software rounding of smax/f32-to-16bit.h, whose
// intermediates are normal floats, so NEON's flush to zero only reaches float subnormal inputs,
// which give +-0 either way.
// Remainder (1 to 3): through a local buffer, so it reads exactly [input, input + batch) and writes
// exactly [output, output + batch); output may equal input.
#include <assert.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <arm_neon.h>

#include "smax/f32-to-16bit.h"
#define SMAX_NEON_FMA 0
#include "smax/neon-load.h"
#include "f16-vsubc2/f16-vsubc2.h"

#if SMAX_ARCH_ARM64
#define CONVERT(vx) vreinterpret_u16_f16(vcvt_f16_f32(vx))
#else
#define CONVERT(vx) vmovn_u32(smax_neon_f32_to_f16(vx))
#endif
// LOAD(p): the floats of the elements at p minus c[0], then minus c[1].
#define LOAD(p) vsubq_f32(vsubq_f32(smax_neon_load_f16(p), vc0), vc1)

smax_f16_vsubc2_ukernel_fn smax_f16_vsubc2_ukernel__neon_x8;

void smax_f16_vsubc2_ukernel__neon_x8(size_t batch, const uint16_t* input, uint16_t* output, const float* c, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(uint16_t) == 0);
  assert(input != NULL);
  assert(output != NULL);
  assert(c != NULL);
  (void) params;

  // Two float subtractions, rounded each (f32-vsubc2's bits), then the rounding to 16 bits.
  const float32x4_t vc0 = vdupq_n_f32(c[0]);
  const float32x4_t vc1 = vdupq_n_f32(c[1]);
  for (; batch >= 8 * sizeof(uint16_t); batch -= 8 * sizeof(uint16_t)) {
    const float32x4_t vx0 = LOAD(input + 0);
    const float32x4_t vx1 = LOAD(input + 4);
    input += 8;

    const uint16x4_t vh0 = CONVERT(vx0);
    const uint16x4_t vh1 = CONVERT(vx1);
    vst1q_u16(output + 0, vcombine_u16(vh0, vh1));
    output += 8;
  }
  for (; batch >= 4 * sizeof(uint16_t); batch -= 4 * sizeof(uint16_t)) {
    vst1_u16(output, CONVERT(LOAD(input)));
    input += 4;
    output += 4;
  }
  if (batch != 0) {
    uint16_t x[4] = {0};
    uint16_t h[4];
    memcpy(x, input, batch);
    vst1_u16(h, CONVERT(LOAD(x)));
    memcpy(output, h, batch);
  }
}
