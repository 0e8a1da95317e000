// f32-vscaleextexp: the family's function type. Each of its kernels (gen/) declares itself through it, and
// so do the aggregate declarations (src/smax/microkernels.h), so a kernel and its callers cannot
// disagree on the argument order. Conventions shared by every family: src/smax/microfnptr.h.
#ifndef SMAX_F32_VSCALEEXTEXP_H_
#define SMAX_F32_VSCALEEXTEXP_H_

#include <stddef.h>

#include "smax/microfnptr.h"

#ifdef __cplusplus
extern "C" {
#endif

// VSCALEEXTEXP: Vector SCALE of EXTended-range EXPonentials.
// output[i] = exp(clamp(input[i])) * scale[0] * 2^scale[1], where 2^e terms below 2^-126 are
// flushed to 0 (so entries far below the row's top, -inf included, give exactly 0). scale[1] is an
// integer with scale[1] <= -round(clamp(input[i]) * log2(e)) for every i, as pass 1's exponent gives:
// 2^scale[1] * exp(clamp(input[i])) is then below 2^1, which lets kernels add scale[1] to the exponent
// bits without an overflow check.
// params is NULL or a struct smax_store_params.
typedef void smax_f32_vscaleextexp_ukernel_fn(size_t batch, const float* input, float* output,
                                              const float* scale, const void* params);

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // SMAX_F32_VSCALEEXTEXP_H_
