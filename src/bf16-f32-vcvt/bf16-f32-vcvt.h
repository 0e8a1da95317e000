// bf16-f32-vcvt: the family's function type. Each of its kernels (gen/) declares itself through it, and
// so do the aggregate declarations (src/smax/microkernels.h), so a kernel and its callers cannot
// disagree on the argument order. Conventions shared by every family: src/smax/microfnptr.h.
#ifndef SMAX_BF16_F32_VCVT_H_
#define SMAX_BF16_F32_VCVT_H_

#include <stddef.h>
#include <stdint.h>

#include "smax/microfnptr.h"

#ifdef __cplusplus
extern "C" {
#endif

// VCVT: Vector ConVerT, bfloat16 (the top 16 bits of a binary32) to binary32 (float).
// output[i] = float(input[i]): the bits input[i] << 16. Exact on every ISA (bf16 subnormals become
// float subnormals by the shift alone: no arithmetic, so no flush to zero either); +-0 and +-inf keep
// their sign; a NaN gives a quiet NaN (quiet bit 0x00400000 set, so a signaling bf16 NaN is quieted)
// with the input's sign and the rest of its payload. test/bf16-f32-vcvt.cc checks every kernel on
// all 65536 patterns.
//  batch:  size of input in BYTES, a non-zero multiple of sizeof(uint16_t) (batch / 2 elements);
//  input:  batch / 2 bfloat16 bit patterns; never overlaps output;
//  output: batch / 2 floats (2 * batch bytes);
//  params: NULL (reserved).
// Reads exactly [input, input + batch) and writes exactly [output, output + 2 * batch).
typedef void smax_bf16_f32_vcvt_ukernel_fn(size_t batch, const uint16_t* input, float* output, const void* params);

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // SMAX_BF16_F32_VCVT_H_
