// bf16-rsumexpmax: the family's function type. Each of its kernels (gen/) declares itself through it, and
// so do the aggregate declarations (src/smax/microkernels.h), so a kernel and its callers cannot
// disagree on the argument order. Conventions shared by every family: src/smax/microfnptr.h.
#ifndef SMAX_BF16_RSUMEXPMAX_H_
#define SMAX_BF16_RSUMEXPMAX_H_

#include <stddef.h>
#include <stdint.h>

#include "smax/microfnptr.h"

#ifdef __cplusplus
extern "C" {
#endif

// RSUMEXPMAX: Reduce bfloat16 inputs, widened to float (src/bf16-f32-vcvt/bf16-f32-vcvt.h), to the SUM of
// their EXPonentials against a reference and to their MAX, in one read:
//   *sum = sum_i exp(widen(input[i]) - *reference), each exp with the ISA's exp core (exactly 0 below
//          the cutoff, and for -inf; input[i] may top *reference by up to SMAX_EXP_ABOVE_MAX_LIMIT), the
//          terms added in float partial sums in an order the kernel chooses; a NaN input makes it NaN;
//   *max = max(*max, widen(input[0]), ..., widen(input[n-1])), exact, NaN inputs skipped.
// What the running-max statistics pass needs of a block (src/softmax/read-16bit.c): the
// bf16-f32-raddstoreexpminusmax call on the block's own max without its exps, which the pass throws away.
// With no output to keep in order, the AVX-512F kernels load 32 elements as 16 pairs and widen the even
// ones with a shift and the odd ones with a mask, instead of a vpmovzxwd per 16 elements.
//  batch:     size of input in BYTES, a non-zero multiple of sizeof(uint16_t) (batch / 2 elements);
//  input:     batch / 2 bf16 bit patterns;
//  reference: the value subtracted before the exp (the running max);
//  sum:       receives the sum;
//  max:       the running max, read and written (seeded with -inf for a fresh row);
//  params:    NULL (reserved).
// Reads exactly [input, input + batch). The error of *sum: each term within the family table's bound,
// and the float additions of partial sums of at most SMAX_TERMS_PER_PARTIAL_SUM terms where the
// operator calls it in its blocks (smax_ukernel_info.block_elements).
typedef void smax_bf16_rsumexpmax_ukernel_fn(size_t batch, const uint16_t* input, const float* reference,
                                             float* sum, float* max, const void* params);

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // SMAX_BF16_RSUMEXPMAX_H_
