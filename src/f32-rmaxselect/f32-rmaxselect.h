// f32-rmaxselect: the family's function type. Each of its kernels (gen/) declares itself through it, and
// so do the aggregate declarations (src/smax/microkernels.h), so a kernel and its callers cannot
// disagree on the argument order. Conventions shared by every family: src/smax/microfnptr.h.
#ifndef SMAX_F32_RMAXSELECT_H_
#define SMAX_F32_RMAXSELECT_H_

#include <stddef.h>
#include <stdint.h>

#include "smax/microfnptr.h"

#ifdef __cplusplus
extern "C" {
#endif

// RMAXSELECT: Reduce-MAX and SELECT the elements above a threshold (the top-k operator's filter,
// src/topk/scan.c: one compare per vector against the running k-th largest value, the survivors' indices
// appended for the operator's scalar heap insertion).
// With n = batch / sizeof(float) (batch in bytes, a nonzero multiple of 4):
//   *max = max(*max, input[0], ..., input[n-1]); NaN inputs may or may not make it NaN (as f32-rmax);
//   indices[0, count) = every i < n with !(input[i] <= *threshold), that is input[i] > *threshold or
//   input[i] NaN, in increasing order; returns count.
// indices must have room for n entries; entries at and past count may be written (with indices below
// n), nothing at or past indices + n is. Reads exactly [input, input + n).
typedef size_t smax_f32_rmaxselect_ukernel_fn(size_t batch, const float* input, float* max, const float* threshold,
                                              uint32_t* indices, const void* params);

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // SMAX_F32_RMAXSELECT_H_
