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
// f32-vmulc) and that float is narrowed with f32-f16-vcvt's rounding (src/f32-f16-vcvt/f32-f16-vcvt.h:
// round to nearest even, overflow to +-inf, binary16 subnormals produced, float subnormals +-0, NaN a
// quiet NaN of its sign), so on each ISA the bits are exactly those of f32-vmulc followed by
// f32-f16-vcvt. A NaN product (a NaN input or scale, 0 * inf) gives a quiet NaN whose sign and payload
// are the multiplication's, which IEEE 754 leaves open (they differ across ISAs). Float subnormal
// inputs: ARMv7 NEON always reads them as zero, and x86 does under MXCSR.DAZ (set while the operator
// runs), so there they give +-0, or a NaN with a scale of +-inf, where IEEE arithmetic gives a
// non-zero result for a scale well above 1 (the operator's scale, 1/sum, is at most 1, and then their
// 16-bit result is +-0 either way). ARMv7 NEON also flushes products whose exact value is below 2^-126
// before rounding, so one that would round up to 2^-126 gives +-0 there (a half of +-0 either way).
//  batch:  size of input in BYTES, a non-zero multiple of sizeof(float) (batch / 4 elements);
//  input:  batch / 4 floats; never overlaps output;
//  scale:  1 float;
//  output: batch / 4 binary16 bit patterns (batch / 2 bytes);
//  params: NULL, or a struct smax_store_params (src/smax/microfnptr.h): with streaming, the AVX-512
//          kernels write whole vectors with non-temporal stores where output is 32-byte aligned (the
//          operator's output pass on rows beyond the cache); the results are the same bits.
// Reads exactly [input, input + batch) and writes exactly [output, output + batch / 2).
typedef void smax_f32_f16_vmulc_ukernel_fn(size_t batch, const float* input, const float* scale, uint16_t* output,
                                          const void* params);

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // SMAX_F32_F16_VMULC_H_
