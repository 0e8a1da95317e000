// f32-f16-vmulc: the family's function type. Each of its kernels (gen/) declares itself through it, and
// so do the aggregate declarations (src/smax/microkernels.h), so a kernel and its callers cannot
// disagree on the argument order. Conventions shared by every family: src/smax/microfnptr.h.
#ifndef SMAX_F32_F16_VMULC_H_
#define SMAX_F32_F16_VMULC_H_

#include <stddef.h>
#include <stdint.h>

#include "smax/microfnptr.h"

#ifdef __cplusplus
extern "C" {
#endif

// VMULC: Vector MULtiply by a Constant, stored as binary16: the last pass of a softmax that writes
// 16-bit outputs, in one pass instead of f32-vmulc then f32-f16-vcvt.
// output[i] = f16(fl(input[i] * *scale)): the product is rounded to float (one IEEE multiplication, as
// f32-vmulc) and that float is narrowed with f32-f16-vcvt's rounding (src/f32-f16-vcvt/f32-f16-vcvt.h: round to nearest even, overflow to +-inf,
// binary16 subnormals produced, float subnormal products +-0, NaN a quiet NaN of its sign),
// so the bits are exactly those of f32-vmulc followed by f32-f16-vcvt, on every ISA. The operator
// runs with MXCSR.FTZ/DAZ on x86, which can only turn float subnormal inputs and products into +-0:
// their 16-bit result is +-0 anyway (binary16: far below half its smallest subnormal; bfloat16: by
// the contract) A NaN product (a NaN input or scale, 0 * inf) gives a quiet NaN whose
// sign and payload are the multiplication's, which IEEE 754 leaves open (they differ across ISAs).
// ARMv7 NEON always reads float subnormals as zero, and x86 does under MXCSR.DAZ: a subnormal input
// times +-inf then gives a NaN instead of +-inf. ARMv7 NEON also flushes products whose exact value
// is below 2^-126 before rounding, so one that would round up to 2^-126 gives +-0 there (bf16:
// instead of 0x0080). Both are the bits of f32-vmulc on the same ISA and MXCSR.
//  batch:  size of input in BYTES, a non-zero multiple of sizeof(float) (batch / 4 elements);
//  input:  batch / 4 floats; never overlaps output;
//  scale:  1 float;
//  output: batch / 4 binary16 bit patterns (batch / 2 bytes);
//  params: NULL (reserved).
// Reads exactly [input, input + batch) and writes exactly [output, output + batch / 2).
typedef void smax_f32_f16_vmulc_ukernel_fn(size_t batch, const float* input, const float* scale, uint16_t* output,
                                          const void* params);

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // SMAX_F32_F16_VMULC_H_
