// bf16-f32-vsubc2: the family's function type. Each of its kernels (gen/) declares itself through it, and
// so do the aggregate declarations (src/smax/microkernels.h), so a kernel and its callers cannot
// disagree on the argument order. Conventions shared by every family: src/smax/microfnptr.h.
#ifndef SMAX_BF16_F32_VSUBC2_H_
#define SMAX_BF16_F32_VSUBC2_H_

#include <stddef.h>
#include <stdint.h>

#include "smax/microfnptr.h"

#ifdef __cplusplus
extern "C" {
#endif

// VSUBC2: Vector SUBtract two Constants from bfloat16 elements, stored as floats: log-softmax's output
// pass from a 16-bit row to an f32 output, y = (x - hi) - lo, with no widening pass before it.
// output[i] = fl(fl(float(input[i]) - c[0]) - c[1]): the element widened exactly (bf16-f32-vcvt), then
// the two float subtractions of f32-vsubc2, so on each ISA the bits are exactly those of bf16-f32-vcvt
// followed by f32-vsubc2 (NaN payloads aside: a NaN input or constant gives a quiet NaN). ARMv7 NEON
// flushes subnormal floats to zero, as f32-vsubc2 does there.
//  batch:  size of input in BYTES, a non-zero multiple of sizeof(uint16_t) (batch / 2 elements);
//  input:  batch / 2 bfloat16 bit patterns; never overlaps output;
//  output: batch / 2 floats (2 * batch bytes);
//  c:      2 floats, subtracted in this order;
//  params: NULL (reserved).
// Reads exactly [input, input + batch) and writes exactly [output, output + 2 * batch).
typedef void smax_bf16_f32_vsubc2_ukernel_fn(size_t batch, const uint16_t* input, float* output, const float* c,
                                            const void* params);

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // SMAX_BF16_F32_VSUBC2_H_
