// f16-rsumexpmax: the family's function type. Each of its kernels (gen/) declares itself through it, and
// so do the aggregate declarations (src/smax/microkernels.h), so a kernel and its callers cannot
// disagree on the argument order. Conventions shared by every family: src/smax/microfnptr.h.
#ifndef SMAX_F16_RSUMEXPMAX_H_
#define SMAX_F16_RSUMEXPMAX_H_

#include <stddef.h>
#include <stdint.h>

#include "smax/microfnptr.h"

#ifdef __cplusplus
extern "C" {
#endif

// RSUMEXPMAX of IEEE binary16 (half precision) inputs, widened to float on load (exact:
// src/f16-f32-vcvt/f16-f32-vcvt.h): the contract of bf16-rsumexpmax (src/bf16-rsumexpmax/bf16-rsumexpmax.h)
// with f16 elements, from the same templates:
//   *sum = sum_i exp(widen(input[i]) - *reference), each term within the family table's bound, NaN
//          inputs make it NaN;
//   *max = max(*max, widen(input[0]), ..., widen(input[n-1])), exact, NaN inputs skipped.
// The statistics pass of the f16 rows that the operator reads directly (src/softmax/read-16bit.c): the
// f16-f32-raddstoreexpminusmax call on a block without its exps, each element widened once for both.
//  batch:     size of input in BYTES, a non-zero multiple of sizeof(uint16_t) (batch / 2 elements);
//  input:     batch / 2 f16 bit patterns;
//  reference: the value subtracted before the exp (the running max);
//  sum:       receives the sum;
//  max:       the running max, read and written (seeded with -inf for a fresh row);
//  params:    NULL (reserved).
// Reads exactly [input, input + batch).
typedef void smax_f16_rsumexpmax_ukernel_fn(size_t batch, const uint16_t* input, const float* reference,
                                            float* sum, float* max, const void* params);

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // SMAX_F16_RSUMEXPMAX_H_
