// Scalar loads of one input element as a float, for templates that take INPUT_TYPE (f32, f16, bf16):
// smax_scalar_load_<type>(p). The 16-bit ones widen exactly (the *-f32-vcvt contracts): binary16 by
// the software conversion of smax/f16-to-f32.h, bfloat16 by a 16-bit shift. A bf16
// NaN keeps its payload as it is (bf16-to-f32.h's quieting is left out): the kernels that load through
// here only compare and exponentiate, where any NaN gives the same result as its quiet twin.
#ifndef SMAX_SCALAR_LOAD_H_
#define SMAX_SCALAR_LOAD_H_

#include <stdint.h>

#include "smax/f16-to-f32.h"
#include "smax/common.h"

static SMAX_INLINE float smax_scalar_load_f32(const float* p) {
  return *p;
}

static SMAX_INLINE float smax_scalar_load_f16(const uint16_t* p) {
  return smax_f16_to_f32(*p);
}

static SMAX_INLINE float smax_scalar_load_bf16(const uint16_t* p) {
  return smax_uint32_as_float((uint32_t) *p << 16);
}

#endif  // SMAX_SCALAR_LOAD_H_
