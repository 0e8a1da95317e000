// f16-vscaleexpminusmax: the family's function type. Each of its kernels (gen/) declares itself through it, and
// so do the aggregate declarations (src/smax/microkernels.h), so a kernel and its callers cannot
// disagree on the argument order. Conventions shared by every family: src/smax/microfnptr.h.
#ifndef SMAX_F16_VSCALEEXPMINUSMAX_H_
#define SMAX_F16_VSCALEEXPMINUSMAX_H_

#include <stddef.h>
#include <stdint.h>

#include "smax/microfnptr.h"

#ifdef __cplusplus
extern "C" {
#endif

// VSCALEEXPMINUSMAX: Vector of EXPonentials of IEEE binary16 (half) elements MINUS the row's MAX, SCALEd, stored
// as f16: softmax's output pass on a 16-bit row that is read twice (the running-max two-pass of
// src/softmax/read-16bit.c), in one read of the input and one write of the output, where the f32 path
// stores the exps into a float tile and narrows them with f32-f16-vmulc in a second pass over it.
// output[i] = f16(fl(exp(fl(float(input[i]) - c[0])) * c[1])): the element widened exactly (f16-f32-vcvt),
// the difference and the ISA's exp core (the family table names it; exactly 0 below SMAX_EXP_CUTOFF and
// for -inf, relative error within the table's bound), the product rounded to float, then narrowed with
// f32-f16-vcvt's rounding (round to nearest even, overflow to +inf; f16 subnormal results are rounded, not flushed). A NaN input gives a quiet NaN.
// The output pass calls it with c[0] the row's max, so no input is above c[0]; an input above it by
// more than SMAX_EXP_ABOVE_MAX_LIMIT is outside the contract.
//  batch:  size of input in BYTES, a non-zero multiple of sizeof(uint16_t) (batch / 2 elements);
//  input:  batch / 2 f16 bit patterns; may be equal to output (in place), never overlaps it otherwise;
//  output: batch / 2 f16 bit patterns (batch bytes);
//  c:      2 floats: c[0] the max subtracted before the exp, c[1] the scale (1 / the row's sum);
//  params: NULL, or a struct smax_store_params (src/smax/microfnptr.h): streaming asks for
//          non-temporal stores of whole vectors (rows beyond the cache; the same results).
// Reads exactly [input, input + batch) and writes exactly [output, output + batch).
typedef void smax_f16_vscaleexpminusmax_ukernel_fn(size_t batch, const uint16_t* input, uint16_t* output,
                                                   const float* c, const void* params);

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // SMAX_F16_VSCALEEXPMINUSMAX_H_
