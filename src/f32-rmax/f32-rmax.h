// f32-rmax: the family's function type. Each of its kernels (gen/) declares itself through it, and
// so do the aggregate declarations (src/smax/microkernels.h), so a kernel and its callers cannot
// disagree on the argument order. Conventions shared by every family: src/smax/microfnptr.h.
#ifndef SMAX_F32_RMAX_H_
#define SMAX_F32_RMAX_H_

#include <stddef.h>

#include "smax/microfnptr.h"

#ifdef __cplusplus
extern "C" {
#endif

// RMAX: Reduce-MAX.
// *max = max(*max, input[0], ..., input[n-1]). The caller seeds *max (with -inf for a fresh row).
// NaN inputs may or may not be propagated; the exp passes see them and the operator makes the row NaN.
typedef void smax_f32_rmax_ukernel_fn(size_t batch, const float* input, float* max, const void* params);

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // SMAX_F32_RMAX_H_
