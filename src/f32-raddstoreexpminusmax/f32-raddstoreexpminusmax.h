// f32-raddstoreexpminusmax: the family's function type. Each of its kernels (gen/) declares itself through it, and
// so do the aggregate declarations (src/smax/microkernels.h), so a kernel and its callers cannot
// disagree on the argument order. Conventions shared by every family: src/smax/microfnptr.h.
#ifndef SMAX_F32_RADDSTOREEXPMINUSMAX_H_
#define SMAX_F32_RADDSTOREEXPMINUSMAX_H_

#include <stddef.h>

#include "smax/microfnptr.h"

#ifdef __cplusplus
extern "C" {
#endif

// RADDSTOREEXPMINUSMAX: Reduce-ADD and STORE EXPonentials of the input MINUS its MAX.
// output[i] = exp(input[i] - *max); *sum = sum_i output[i]. *max is normally the inputs' max, but inputs
// may exceed it by up to SMAX_EXP_ABOVE_MAX_LIMIT, with the same relative accuracy: outputs stay below
// e^64 = 6.2e27 and a block's sum finite (the reload pipeline's running max keeps a block exponentiated
// against the max of the blocks before it when the block tops that max by little).
// If next_batch != 0, also *next_max = max(*next_max, next_input[0], ..., next_input[k-1]) with k =
// next_batch / sizeof(float), as the f32-rmax kernels do (NaN may be skipped): the reduction of the
// block the caller processes next, or of this block (next_input == input). The exp loop is bound by the
// FMA pipes and the max by loads, so a kernel can interleave the two and the max pass costs almost
// nothing (the reload algorithm in src/softmax/reload.c uses that). [next_input, next_input + k) must
// not overlap [output, output + batch / sizeof(float)).
typedef void smax_f32_raddstoreexpminusmax_ukernel_fn(size_t batch, const float* input, const float* max,
                                                      float* output, float* sum, size_t next_batch,
                                                      const float* next_input, float* next_max,
                                                      const void* params);

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // SMAX_F32_RADDSTOREEXPMINUSMAX_H_
