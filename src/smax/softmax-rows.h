// Softmax of one row with each algorithm, on the kernels chosen by smax_initialize().
#ifndef SMAX_SOFTMAX_ROWS_H_
#define SMAX_SOFTMAX_ROWS_H_

#include <stddef.h>

#include "smax.h"
#include "smax/common.h"
#include "smax/config.h"

#ifdef __cplusplus
extern "C" {
#endif

// y[0..n) = softmax(x[0..n)); n >= 1; y may equal x. `algorithm` is never auto here.
typedef void smax_softmax_row_fn(const struct smax_config* config, size_t n, const float* x, float* y);

SMAX_INTERNAL smax_softmax_row_fn smax_softmax_row_three_pass_recompute;
SMAX_INTERNAL smax_softmax_row_fn smax_softmax_row_three_pass_reload;
SMAX_INTERNAL smax_softmax_row_fn smax_softmax_row_online;
SMAX_INTERNAL smax_softmax_row_fn smax_softmax_row_two_pass;

// The row function for an algorithm other than auto, or the one auto picks for rows of n elements.
SMAX_INTERNAL smax_softmax_row_fn* smax_softmax_row_function(const struct smax_config* config,
                                                             enum smax_algorithm algorithm, size_t n);

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // SMAX_SOFTMAX_ROWS_H_
