// f32-vmulc: the family's function type. Each of its kernels (gen/) declares itself through it, and
// so do the aggregate declarations (src/smax/microkernels.h), so a kernel and its callers cannot
// disagree on the argument order. Conventions shared by every family: src/smax/microfnptr.h.
#ifndef SMAX_F32_VMULC_H_
#define SMAX_F32_VMULC_H_

#include <stddef.h>

#include "smax/microfnptr.h"

#ifdef __cplusplus
extern "C" {
#endif

// VMULC: Vector MULtiply by a Constant.
// output[i] = input[i] * *scale.
typedef void smax_f32_vmulc_ukernel_fn(size_t batch, const float* input, const float* scale, float* output,
                                       const void* params);

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // SMAX_F32_VMULC_H_
