// What the micro-kernel families share. Each family has ONE function type, in its own folder
// (src/<family>/<family>.h, listed in src/families.table); the prototypes of its kernels are declared
// from that type (src/smax/microkernels.h), so a kernel and its callers cannot disagree on the
// argument order.
//
// Conventions shared by every family:
//  - `batch` is a size in BYTES, a non-zero multiple of sizeof(float).
//  - Kernels read exactly [input, input + batch) and write exactly [output, output + batch) (or the
//    scalar outputs named below); they never touch a byte outside the caller's buffers.
//  - Scalars are passed by pointer; `params` comes last and is reserved for per-call parameters:
//    every kernel holds its constants inline; callers pass NULL, or struct smax_store_params below.
//  - output may equal input (in place) in the elementwise families.
#ifndef SMAX_MICROFNPTR_H_
#define SMAX_MICROFNPTR_H_

#include <stddef.h>

// Params of the kernels that write a row's final output (f32-vscaleextexp, the narrowing f32-f16-vmulc
// and f32-bf16-vmulc, and log-softmax's output pass: f32-vsubc2 and the f16 / bf16 vsubc2 families). With
// streaming != 0 the caller will not read the output soon and it does not fit in the cache: a kernel may
// then write it with non-temporal stores (the AVX-512F ones do), which skip reading each line before
// writing it. Whether they are faster is measured per CPU (tuning tables, `crossover streaming-stores`).
// The results are the same either way.
struct smax_store_params {
  int streaming;
};

// How far raddstoreexpminusmax's inputs may lie above *max (see there).
#define SMAX_EXP_ABOVE_MAX_LIMIT 64.0f

// Inputs of the extended-exponent kernels are clamped to [-LIMIT, LIMIT]: there
// round(x * log2(e)) stays below 2^11, where the two-constant Cody-Waite reduction is exact.
#define SMAX_EXTEXP_INPUT_LIMIT 1024.0f

#endif  // SMAX_MICROFNPTR_H_
