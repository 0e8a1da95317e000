// f32-f16-vcvt: the family's function type. Each of its kernels (gen/) declares itself through it, and
// so do the aggregate declarations (src/smax/microkernels.h), so a kernel and its callers cannot
// disagree on the argument order. Conventions shared by every family: src/smax/microfnptr.h.
#ifndef SMAX_F32_F16_VCVT_H_
#define SMAX_F32_F16_VCVT_H_

#include <stddef.h>
#include <stdint.h>

#include "smax/microfnptr.h"

#ifdef __cplusplus
extern "C" {
#endif

// VCVT: Vector ConVerT, binary32 (float) to IEEE binary16 (half precision).
// output[i] = the bit pattern of half(input[i]), rounded to nearest, ties to even (IEEE 754's
// default), the same bits on every ISA:
//  - magnitudes from 65520 (the midpoint between 65504, the largest half, and 2^16) up, and +-inf,
//    give +-inf; smaller ones round to the nearest half, binary16 subnormals included (no flush);
//  - float subnormal inputs (|x| < 2^-126) give +-0 with their sign: they are far below half of the
//    smallest binary16 subnormal (2^-25), so they round to zero whether they are read as they are or
//    as zero (x86 MXCSR.DAZ, set while the operator runs; ARMv7 NEON's flush to zero). That is why
//    F16C's vcvtps2ph, which honours DAZ, gives the same bits as the software rounding;
//  - +-0 keeps its sign; a NaN gives a quiet NaN (bit 0x0200 set) with the input's sign; the rest
//    of its payload is not part of the contract (vcvtps2ph keeps the top payload bits, the software
//    path does not).
// test/f32-f16-vcvt.cc checks every kernel against a reference rounding over every exponent, the
// halfway cases, subnormals, +-0, +-inf and NaNs.
//  batch:  size of input in BYTES, a non-zero multiple of sizeof(float) (batch / 4 elements);
//  input:  batch / 4 floats; never overlaps output;
//  output: batch / 4 binary16 bit patterns (batch / 2 bytes);
//  params: NULL (reserved).
// Reads exactly [input, input + batch) and writes exactly [output, output + batch / 2).
typedef void smax_f32_f16_vcvt_ukernel_fn(size_t batch, const float* input, uint16_t* output, const void* params);

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // SMAX_F32_F16_VCVT_H_
