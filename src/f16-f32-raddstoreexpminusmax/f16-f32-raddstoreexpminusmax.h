// f16-f32-raddstoreexpminusmax: the family's function type. Each of its kernels (gen/) declares itself
// through it, and so do the aggregate declarations (src/smax/microkernels.h), so a kernel and its
// callers cannot disagree on the argument order. Conventions shared by every family:
// src/smax/microfnptr.h.
#ifndef SMAX_F16_F32_RADDSTOREEXPMINUSMAX_H_
#define SMAX_F16_F32_RADDSTOREEXPMINUSMAX_H_

#include <stddef.h>
#include <stdint.h>

#include "smax/microfnptr.h"

#ifdef __cplusplus
extern "C" {
#endif

// RADDSTOREEXPMINUSMAX of IEEE binary16 (half precision) inputs: Reduce-ADD and STORE EXPonentials of the input MINUS
// its MAX, the input widened to float on load and the exponentials stored as floats.
// output[i] = exp(widen(input[i]) - *max); *sum = sum_i output[i]; and, if next_batch != 0,
// *next_max = max(*next_max, widen(next_input[0]), ..., widen(next_input[k-1])) with k = next_batch / 2,
// where widen(h) is the binary16 value as a float (exact: src/f16-f32-vcvt/f16-f32-vcvt.h).
// Everything else is f32-raddstoreexpminusmax's contract (src/f32-raddstoreexpminusmax/
// f32-raddstoreexpminusmax.h: inputs up to SMAX_EXP_ABOVE_MAX_LIMIT above *max, the side max of the
// next block or of this one, NaN handling). The kernels are that family's templates with a widening
// load, so outputs, sum and next_max are the same bits as the f32 kernel of the same template, ISA,
// elements and accumulators on the widened inputs (a NaN output is NaN in both; its payload may differ).
//  batch:      size of input in BYTES, a non-zero multiple of sizeof(uint16_t) (batch / 2 elements);
//  input:      batch / 2 f16 bit patterns; never overlaps output;
//  max:        the float subtracted before exp;
//  output:     batch / 2 floats (2 * batch bytes);
//  sum:        receives the sum of the outputs;
//  next_batch: size of next_input in BYTES (a multiple of sizeof(uint16_t)), 0 for no side max;
//  next_input: next_batch / 2 f16 bit patterns (may equal input); never overlaps output;
//  next_max:   the running side max, read and written (only when next_batch != 0);
//  params:     NULL (reserved).
// Reads exactly [input, input + batch) and [next_input, next_input + next_batch), and writes exactly
// [output, output + 2 * batch).
typedef void smax_f16_f32_raddstoreexpminusmax_ukernel_fn(size_t batch, const uint16_t* input, const float* max,
                                                          float* output, float* sum, size_t next_batch,
                                                          const uint16_t* next_input, float* next_max,
                                                          const void* params);

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // SMAX_F16_F32_RADDSTOREEXPMINUSMAX_H_
