// f32-vsubc2: the family's function type. Each of its kernels (gen/) declares itself through it, and
// so do the aggregate declarations (src/smax/microkernels.h), so a kernel and its callers cannot
// disagree on the argument order. Conventions shared by every family: src/smax/microfnptr.h.
#ifndef SMAX_F32_VSUBC2_H_
#define SMAX_F32_VSUBC2_H_

#include <stddef.h>

#include "smax/microfnptr.h"

#ifdef __cplusplus
extern "C" {
#endif

// VSUBC2: Vector SUBtract two Constants, one after the other.
// output[i] = fl(fl(input[i] - c[0]) - c[1]): two IEEE roundings, so every kernel gives the scalar
// kernel's bits (NaN payloads aside; ARMv7 NEON flushes subnormal inputs and results to 0). The
// log-softmax output pass: y = (z - hi) - lo with hi the row's max and lo = log(sum exp(z - hi)).
//  batch:  size of input in BYTES, a non-zero multiple of sizeof(float);
//  input:  batch / 4 floats; may be equal to output (in place);
//  output: batch / 4 floats;
//  c:      2 floats, subtracted in this order;
//  params: NULL (reserved).
typedef void smax_f32_vsubc2_ukernel_fn(size_t batch, const float* input, float* output, const float* c,
                                        const void* params);

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // SMAX_F32_VSUBC2_H_
