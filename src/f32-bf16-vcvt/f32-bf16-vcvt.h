// f32-bf16-vcvt: the family's function type. Each of its kernels (gen/) declares itself through it, and
// so do the aggregate declarations (src/smax/microkernels.h), so a kernel and its callers cannot
// disagree on the argument order. Conventions shared by every family: src/smax/microfnptr.h.
#ifndef SMAX_F32_BF16_VCVT_H_
#define SMAX_F32_BF16_VCVT_H_

#include <stddef.h>
#include <stdint.h>

#include "smax/microfnptr.h"

#ifdef __cplusplus
extern "C" {
#endif

// VCVT: Vector ConVerT, binary32 (float) to bfloat16 (the top 16 bits of a binary32).
// output[i] = the bit pattern of bf16(input[i]), the same bits on every ISA:
//  - normal floats round to nearest, ties to even, on the top 16 bits; magnitudes from
//    0x1.FFp127 (the midpoint between the largest bf16, 0x1.FEp127, and 2^128) up round to +-inf,
//    as round to nearest even gives; +-inf stay +-inf;
//  - float subnormal inputs (|x| < 2^-126) give +-0 with their sign, on every ISA: AVX512-BF16's
//    vcvtneps2bf16 reads them as zero (it ignores MXCSR and always treats denormal inputs as zero), so
//    the software paths flush them too. (Rounded, the largest of them would give the smallest normal
//    bf16, 2^-126; flushed, it gives 0: an absolute difference of at most 2^-126.);
//  - +-0 keeps its sign; a NaN gives a quiet NaN: its top 16 bits with the quiet bit 0x0040 set (sign
//    and the top payload bits kept), never rounded to +-inf.
// test/f32-bf16-vcvt.cc checks every kernel against a reference rounding over every exponent, the
// halfway cases, subnormals, +-0, +-inf and NaNs.
//  batch:  size of input in BYTES, a non-zero multiple of sizeof(float) (batch / 4 elements);
//  input:  batch / 4 floats; never overlaps output;
//  output: batch / 4 bfloat16 bit patterns (batch / 2 bytes);
//  params: NULL (reserved).
// Reads exactly [input, input + batch) and writes exactly [output, output + batch / 2).
typedef void smax_f32_bf16_vcvt_ukernel_fn(size_t batch, const float* input, uint16_t* output, const void* params);

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // SMAX_F32_BF16_VCVT_H_
