// f16-f32-vcvt: the family's function type. Each of its kernels (gen/) declares itself through it, and
// so do the aggregate declarations (src/smax/microkernels.h), so a kernel and its callers cannot
// disagree on the argument order. Conventions shared by every family: src/smax/microfnptr.h.
#ifndef SMAX_F16_F32_VCVT_H_
#define SMAX_F16_F32_VCVT_H_

#include <stddef.h>
#include <stdint.h>

#include "smax/microfnptr.h"

#ifdef __cplusplus
extern "C" {
#endif

// VCVT: Vector ConVerT, IEEE binary16 (half precision) to binary32 (float).
// output[i] = float(input[i]), input[i] the bit pattern of a binary16 value. Exact on every ISA: every
// binary16 value is a float (subnormal halves become normal floats, never flushed, whatever MXCSR's
// DAZ/FTZ or ARMv7 NEON's flush to zero); +-0 and +-inf keep their sign; a NaN gives a quiet NaN
// (quiet bit set, 0x00400000) with the input's sign; the rest of its payload is not part of the
// contract. test/f16-f32-vcvt.cc checks every kernel on all 65536 patterns.
//  batch:  size of input in BYTES, a non-zero multiple of sizeof(uint16_t) (batch / 2 elements);
//  input:  batch / 2 binary16 bit patterns; never overlaps output;
//  output: batch / 2 floats (2 * batch bytes);
//  params: NULL (reserved).
// Reads exactly [input, input + batch) and writes exactly [output, output + 2 * batch).
typedef void smax_f16_f32_vcvt_ukernel_fn(size_t batch, const uint16_t* input, float* output, const void* params);

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // SMAX_F16_F32_VCVT_H_
