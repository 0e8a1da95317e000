// f32-raddexpminusrunmax: the family's function type. Each of its kernels (gen/) declares itself through it, and
// so do the aggregate declarations (src/smax/microkernels.h), so a kernel and its callers cannot
// disagree on the argument order. Conventions shared by every family: src/smax/microfnptr.h.
#ifndef SMAX_F32_RADDEXPMINUSRUNMAX_H_
#define SMAX_F32_RADDEXPMINUSRUNMAX_H_

#include <stddef.h>

#include "smax/microfnptr.h"

#ifdef __cplusplus
extern "C" {
#endif

// RADDEXPMINUSRUNMAX: Reduce-ADD EXPonentials MINUS the RUNning MAX (online normalizer,
// Milakov & Gimelshein 2018).
// Writes state[0] = m = max_i input[i] (or -FLT_MAX if every input is below it) and
// state[1] = d = sum_i exp(input[i] - m), computed in one pass: every lane keeps (m, d) and
// updates d = d * exp(m_old - m_new) + exp(x - m_new) with ONE exp per element, exp(-|x - m|).
// A NaN input makes d NaN; a +inf input makes m +inf.
typedef void smax_f32_raddexpminusrunmax_ukernel_fn(size_t batch, const float* input, float* state,
                                                    const void* params);

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // SMAX_F32_RADDEXPMINUSRUNMAX_H_
