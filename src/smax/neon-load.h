// NEON loads of input elements as floats, for templates that take INPUT_TYPE (f32, f16, bf16):
// smax_neon_load_<type>(p), 4 elements, and smax_neon_load_tail_<type>(p, count, vfill), the first
// count (1 to 3) elements with vfill's lanes in the others. f16 widens as the f16-f32-vcvt NEON kernels
// do (smax/f16-to-f32.h: fcvtl on aarch64, the software conversion on ARMv7, which
// never goes through a subnormal float), bf16 with a shift by 16 (integer only, so ARMv7 NEON's flush
// to zero does not touch bf16 subnormals; a NaN keeps its payload, see smax/scalar-load.h). Each reads
// exactly its elements. Includes smax/neon-exp.h: define SMAX_NEON_FMA first.
#ifndef SMAX_NEON_LOAD_H_
#define SMAX_NEON_LOAD_H_

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <arm_neon.h>

#include "smax/f16-to-f32.h"
#include "smax/common.h"
#include "smax/neon-exp.h"

static SMAX_INLINE float32x4_t smax_neon_load_f32(const float* p) {
  return vld1q_f32(p);
}

static SMAX_INLINE float32x4_t smax_neon_load_tail_f32(const float* p, size_t count, float32x4_t vfill) {
  return smax_neon_load_tail(p, count, vfill);
}

static SMAX_INLINE float32x4_t smax_neon_load_f16(const uint16_t* p) {
  return smax_neon_f16_to_f32(vld1_u16(p));
}

static SMAX_INLINE float32x4_t smax_neon_load_bf16(const uint16_t* p) {
  return vreinterpretq_f32_u32(vshll_n_u16(vld1_u16(p), 16));
}

static SMAX_INLINE float32x4_t smax_neon_load_tail_f16(const uint16_t* p, size_t count, float32x4_t vfill) {
  uint16_t h[4] = {0};
  memcpy(h, p, count * sizeof(uint16_t));
  return vbslq_f32(smax_neon_lane_mask(count), smax_neon_load_f16(h), vfill);
}

static SMAX_INLINE float32x4_t smax_neon_load_tail_bf16(const uint16_t* p, size_t count, float32x4_t vfill) {
  uint16_t h[4] = {0};
  memcpy(h, p, count * sizeof(uint16_t));
  return vbslq_f32(smax_neon_lane_mask(count), smax_neon_load_bf16(h), vfill);
}

#endif  // SMAX_NEON_LOAD_H_
