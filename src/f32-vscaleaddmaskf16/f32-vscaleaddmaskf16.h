// f32-vscaleaddmaskf16: the family's function type. Each of its kernels (gen/) declares itself through
// it, and so do the aggregate declarations (src/smax/microkernels.h), so a kernel and its callers
// cannot disagree on the argument order. Conventions shared by every family: src/smax/microfnptr.h.
#ifndef SMAX_F32_VSCALEADDMASKF16_H_
#define SMAX_F32_VSCALEADDMASKF16_H_

#include <stddef.h>
#include <stdint.h>

#include "smax/microfnptr.h"

#ifdef __cplusplus
extern "C" {
#endif

// VSCALEADDMASKF16: Vector SCALE, then ADD a scaled MASK of binary16 (half-precision) values.
// output[i] = fl(fl(coefficients[0] * input[i]) + fl(coefficients[1] * float(mask[i]))), as
// f32-vscaleaddmask (same three roundings, no fused multiply-add, the scalar kernel's bits on every
// ISA), with mask[i] the bit pattern of an IEEE binary16 value. float(h) is exact: every binary16
// value is a float (subnormals included, as normal floats), +-0 and +-inf keep their sign, a NaN
// stays a NaN (its payload is not part of the contract).
//  batch:        size of input in BYTES, a non-zero multiple of sizeof(float);
//  input:        batch / 4 floats; may be equal to output (in place);
//  mask:         batch / 4 binary16 bit patterns (batch / 2 bytes); never overlaps output;
//  output:       batch / 4 floats;
//  coefficients: 2 floats, (scale of the input, scale of the mask);
//  params:       NULL (reserved).
typedef void smax_f32_vscaleaddmaskf16_ukernel_fn(size_t batch, const float* input, const uint16_t* mask,
                                                  float* output, const float* coefficients, const void* params);

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // SMAX_F32_VSCALEADDMASKF16_H_
