// f32-vscaleexpminusmax: the family's function type. Each of its kernels (gen/) declares itself through it, and
// so do the aggregate declarations (src/smax/microkernels.h), so a kernel and its callers cannot
// disagree on the argument order. Conventions shared by every family: src/smax/microfnptr.h.
#ifndef SMAX_F32_VSCALEEXPMINUSMAX_H_
#define SMAX_F32_VSCALEEXPMINUSMAX_H_

#include <stddef.h>

#include "smax/microfnptr.h"

#ifdef __cplusplus
extern "C" {
#endif

// VSCALEEXPMINUSMAX: Vector SCALE of EXPonentials of the input MINUS its MAX.
// output[i] = exp(input[i] - *max) * *scale.
typedef void smax_f32_vscaleexpminusmax_ukernel_fn(size_t batch, const float* input, float* output,
                                                   const float* max, const float* scale, const void* params);

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // SMAX_F32_VSCALEEXPMINUSMAX_H_
