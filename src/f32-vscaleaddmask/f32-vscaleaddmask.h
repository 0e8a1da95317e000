// f32-vscaleaddmask: the family's function type. Each of its kernels (gen/) declares itself through it,
// and so do the aggregate declarations (src/smax/microkernels.h), so a kernel and its callers cannot
// disagree on the argument order. Conventions shared by every family: src/smax/microfnptr.h.
#ifndef SMAX_F32_VSCALEADDMASK_H_
#define SMAX_F32_VSCALEADDMASK_H_

#include <stddef.h>

#include "smax/microfnptr.h"

#ifdef __cplusplus
extern "C" {
#endif

// VSCALEADDMASK: Vector SCALE, then ADD a scaled MASK.
// output[i] = fl(fl(coefficients[0] * input[i]) + fl(coefficients[1] * mask[i])): exactly these three
// IEEE roundings (round to nearest even), never a fused multiply-add, so every kernel gives the
// scalar kernel's bits (NaN payloads aside; ARMv7 NEON flushes subnormal inputs and results to 0).
// The softmax operator takes this value as its input z (scaled logits plus an additive mask), so
// its numerics contract holds whichever kernel computed it.
//  batch:        size of input in BYTES, a non-zero multiple of sizeof(float);
//  input:        batch / 4 floats; may be equal to output (in place);
//  mask:         batch / 4 floats; never overlaps output;
//  output:       batch / 4 floats;
//  coefficients: 2 floats, (scale of the input, scale of the mask);
//  params:       NULL (reserved).
typedef void smax_f32_vscaleaddmask_ukernel_fn(size_t batch, const float* input, const float* mask, float* output,
                                               const float* coefficients, const void* params);

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // SMAX_F32_VSCALEADDMASK_H_
