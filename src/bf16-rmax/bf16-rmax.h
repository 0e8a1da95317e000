// bf16-rmax: the family's function type. Each of its kernels (gen/) declares itself through it, and
// so do the aggregate declarations (src/smax/microkernels.h), so a kernel and its callers cannot
// disagree on the argument order. Conventions shared by every family: src/smax/microfnptr.h.
#ifndef SMAX_BF16_RMAX_H_
#define SMAX_BF16_RMAX_H_

#include <stddef.h>
#include <stdint.h>

#include "smax/microfnptr.h"

#ifdef __cplusplus
extern "C" {
#endif

// RMAX: Reduce-MAX of bfloat16 inputs, widened to float on load.
// *max = max(*max, widen(input[0]), ..., widen(input[n-1])), n = batch / 2, where
// widen(h) is the float whose bits are h << 16 (exact: src/bf16-f32-vcvt/bf16-f32-vcvt.h).
// The kernels are the f32-rmax templates with a widening load, so the result is the same bits as the
// f32-rmax kernel of the same ISA, elements and accumulators on the widened input (NaN inputs are
// handled as there: skipped, or a NaN result where that kernel propagates them).
//  batch:  size of input in BYTES, a non-zero multiple of sizeof(uint16_t) (batch / 2 elements);
//  input:  batch / 2 bf16 bit patterns;
//  max:    the running max, read and written (seeded with -inf for a fresh row);
//  params: NULL (reserved).
// Reads exactly [input, input + batch).
typedef void smax_bf16_rmax_ukernel_fn(size_t batch, const uint16_t* input, float* max, const void* params);

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // SMAX_BF16_RMAX_H_
