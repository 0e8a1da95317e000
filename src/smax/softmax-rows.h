// Softmax of one row with each algorithm, on the kernels chosen by smax_initialize().
#ifndef SMAX_SOFTMAX_ROWS_H_
#define SMAX_SOFTMAX_ROWS_H_

#include <stdbool.h>
#include <stddef.h>

#include "smax.h"
#include "smax/common.h"
#include "smax/config.h"

#ifdef __cplusplus
extern "C" {
#endif

// What consecutive rows of one task pass on to each other, so that the reload algorithm can take the
// max of a row's first block while it still computes the previous row's exp (see softmax-rows.c).
struct smax_row_link {
  const float* next_row;     // the task's next row of the same length, or NULL for its last
  bool has_first_block_max;  // set by the previous row: first_block_max holds this row's first block max
  float first_block_max;
  // A one-block row leaves its rescale here for the next row to run after its own exp pass, so that
  // the rescale's wait for the sum overlaps useful work; pending_n == 0: nothing pending.
  size_t pending_n;
  float* pending_y;
  float pending_scale;
};

// y[0..n) = softmax(x[0..n)); n >= 1; y may equal x. `algorithm` is never auto here. `link` may be
// NULL; if not, the row reads link->next_row but never writes it, and updates the rest of *link.
typedef void smax_softmax_row_fn(const struct smax_config* config, size_t n, const float* x, float* y,
                                 struct smax_row_link* link);

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
