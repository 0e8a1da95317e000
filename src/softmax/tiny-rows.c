// auto's path for rows of at most SMAX_TINY_ROW_MAX_ELEMENTS elements: there the vector kernels' fixed
// cost per call (constants, masked tails, reductions of several accumulators) is most of the time, so
// these rows are computed here in scalar code with the scalar exp core
// (src/smax/scalar-exp.h, checked exhaustively by test/exp-core-test.cc): max; y = exp(x - max) stored
// and summed; y *= 1 / sum. The same error terms as reload (one rounded exp, one float scale per
// output) and the same special values (a NaN, a +inf or only -inf entries give an all-NaN row).
// Up to 4 elements this is faster than reload's pipeline both on one row and on batches of rows; from 8
// on, reload's (bench cases op/smax:auto/1x1 against op/smax:three_pass_reload/1x1; a batch of 64 rows of
// 1, 4 and 8 elements measured 0.59x, 0.82x and 2.3x reload's time).
#include <math.h>
#include <stdbool.h>

#include "smax/scalar-exp.h"
#include "smax/softmax-stages.h"

static SMAX_INLINE void tiny_reduce(const struct smax_chunk* chunk) {
  struct smax_max_sum* stats = chunk->stats;
  float max = -INFINITY;
  bool nan = false;
  for (size_t i = 0; i < chunk->length; i++) {
    const float x = chunk->x[i];
    nan |= x != x;
    max = x > max ? x : max;
  }
  stats->max = nan ? NAN : max;
  stats->sum = NAN;
  if (nan || max == INFINITY) {
    return;  // the merge's verdict: an all-NaN row
  }
  // A row of only -inf entries is exponentiated against 0: zeros, and the sum 0 of a masked row (a sink
  // may still make it finite).
  const float reference = max == -INFINITY ? 0.0f : max;
  double sum = 0.0;
  for (size_t i = 0; i < chunk->length; i++) {
    const float y = smax_scalar_expminus(chunk->x[i] - reference);  // reads x[i] before y[i] is written
    chunk->y[i] = y;
    sum += y;
  }
  stats->sum = sum;
}

// y holds exp(x - m) for the row's own max m; the row's merged max M is above it where a sink tops the row.
static SMAX_INLINE void tiny_write(const struct smax_chunk* chunk, const struct smax_row_result* row) {
  const float own_max = ((const struct smax_max_sum*) chunk->stats)->max;
  const double weight = own_max == row->max_sum.max ? 1.0 : exp((double) own_max - (double) row->max_sum.max);
  const float scale = (float) (weight / row->max_sum.sum);
  for (size_t i = 0; i < chunk->length; i++) {
    chunk->y[i] *= scale;
  }
}

static void tiny_rows(const struct smax_config* config, size_t n, size_t rows, const float* x, size_t x_stride,
                      float* y, size_t y_stride) {
  smax_stages_one_chunk_rows(&smax_tiny_rows_stages, config, n, rows, x, x_stride, y, y_stride);
}

const struct smax_softmax_stages smax_tiny_rows_stages = {
    .name = "tiny_rows",
    .stats_bytes = sizeof(struct smax_max_sum),
    .reduce = tiny_reduce,
    .merge = smax_merge_max_sum_chunks,
    .write = tiny_write,
    .rows = tiny_rows,
    .fallback = NULL,
    .add_sink = smax_max_sum_add_sink,
    .logsumexp = smax_max_sum_logsumexp,
    .keeps_input = false,
};
