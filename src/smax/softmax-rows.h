// Softmax of rows with each algorithm, on the kernels chosen by smax_initialize().
#ifndef SMAX_SOFTMAX_ROWS_H_
#define SMAX_SOFTMAX_ROWS_H_

#include <stddef.h>

#include "smax.h"
#include "smax/common.h"
#include "smax/config.h"

#ifdef __cplusplus
extern "C" {
#endif

// y = softmax(x) on each of `rows` rows of n elements: row r is [x + r * x_stride, x + r * x_stride + n),
// its output [y + r * y_stride, ...); n >= 1, strides >= n; y may equal x when y_stride == x_stride.
// Rows are handled in order, which lets reload carry state from one row to the next (softmax-rows.c).
typedef void smax_softmax_rows_fn(const struct smax_config* config, size_t n, size_t rows, const float* x,
                                  size_t x_stride, float* y, size_t y_stride);

// The rows function for an algorithm other than auto, or the one auto picks for rows of n elements.
SMAX_INTERNAL smax_softmax_rows_fn* smax_softmax_rows_function(const struct smax_config* config,
                                                               enum smax_algorithm algorithm, size_t n);

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // SMAX_SOFTMAX_ROWS_H_
