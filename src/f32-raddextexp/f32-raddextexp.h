// f32-raddextexp: the family's function type. Each of its kernels (gen/) declares itself through it, and
// so do the aggregate declarations (src/smax/microkernels.h), so a kernel and its callers cannot
// disagree on the argument order. Conventions shared by every family: src/smax/microfnptr.h.
#ifndef SMAX_F32_RADDEXTEXP_H_
#define SMAX_F32_RADDEXTEXP_H_

#include <stddef.h>

#include "smax/microfnptr.h"

#ifdef __cplusplus
extern "C" {
#endif

// RADDEXTEXP: Reduce-ADD EXTended-range EXPonentials (two-pass, Dukhan & Ablavatski 2020).
// Writes sum[0] = mantissa and sum[1] = exponent (an integer held in a float) such that
// sum[0] * 2^sum[1] = sum_i exp(clamp(input[i], -SMAX_EXTEXP_INPUT_LIMIT, SMAX_EXTEXP_INPUT_LIMIT)),
// with no max pass and no overflow. The clamp keeps the range reduction exact; the operator
// detects rows where it matters (sum[1] near the clamped exponents) and recomputes them.
typedef void smax_f32_raddextexp_ukernel_fn(size_t batch, const float* input, float* sum, const void* params);

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // SMAX_F32_RADDEXTEXP_H_
