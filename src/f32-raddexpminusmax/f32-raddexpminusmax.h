// f32-raddexpminusmax: the family's function type. Each of its kernels (gen/) declares itself through it, and
// so do the aggregate declarations (src/smax/microkernels.h), so a kernel and its callers cannot
// disagree on the argument order. Conventions shared by every family: src/smax/microfnptr.h.
#ifndef SMAX_F32_RADDEXPMINUSMAX_H_
#define SMAX_F32_RADDEXPMINUSMAX_H_

#include <stddef.h>

#include "smax/microfnptr.h"

#ifdef __cplusplus
extern "C" {
#endif

// RADDEXPMINUSMAX: Reduce-ADD EXPonentials of the input MINUS its MAX.
// *sum = sum_i exp(input[i] - *max), computed with the exp core (exactly 0 below the cutoff).
typedef void smax_f32_raddexpminusmax_ukernel_fn(size_t batch, const float* input, const float* max,
                                                 float* sum, const void* params);

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // SMAX_F32_RADDEXPMINUSMAX_H_
