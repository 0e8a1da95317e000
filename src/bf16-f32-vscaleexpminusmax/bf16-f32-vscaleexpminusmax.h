// bf16-f32-vscaleexpminusmax: the family's function type. Each of its kernels (gen/) declares itself
// through it, and so do the aggregate declarations (src/smax/microkernels.h), so a kernel and its callers cannot
// disagree on the argument order. Conventions shared by every family: src/smax/microfnptr.h.
#ifndef SMAX_BF16_F32_VSCALEEXPMINUSMAX_H_
#define SMAX_BF16_F32_VSCALEEXPMINUSMAX_H_

#include <stddef.h>
#include <stdint.h>

#include "smax/microfnptr.h"

#ifdef __cplusplus
extern "C" {
#endif

// VSCALEEXPMINUSMAX: Vector of EXPonentials of bfloat16 elements MINUS the row's MAX, SCALEd, stored
// as floats: softmax's output pass from a bf16 row read twice (the running-max two-pass of
// src/softmax/read-16bit.c) into an f32 output, in one read of the input and one write of the output,
// where bf16-f32-raddstoreexpminusmax stores the exps into the output and f32-vmulc scales them in a
// second pass over them.
// output[i] = fl(exp(fl(float(input[i]) - c[0])) * c[1]): the element widened exactly (bf16-f32-vcvt),
// the difference and the ISA's exp core (the family table names it; exactly 0 below SMAX_EXP_CUTOFF and
// for -inf, relative error within the table's bound), then the product rounded to float once. A NaN
// input gives a quiet NaN. The output pass calls it with c[0] the row's max, so no input is above c[0];
// an input above it by more than SMAX_EXP_ABOVE_MAX_LIMIT is outside the contract.
//  batch:  size of input in BYTES, a non-zero multiple of sizeof(uint16_t) (batch / 2 elements);
//  input:  batch / 2 bf16 bit patterns; never overlaps output;
//  output: batch / 2 floats (2 * batch bytes);
//  c:      2 floats: c[0] the max subtracted before the exp, c[1] the scale (1 / the row's sum);
//  params: NULL, or a struct smax_store_params (src/smax/microfnptr.h): streaming asks for
//          non-temporal stores of whole vectors (the same results).
// Reads exactly [input, input + batch) and writes exactly [output, output + 2 * batch).
typedef void smax_bf16_f32_vscaleexpminusmax_ukernel_fn(size_t batch, const uint16_t* input, float* output,
                                                       const float* c, const void* params);

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // SMAX_BF16_F32_VSCALEEXPMINUSMAX_H_
