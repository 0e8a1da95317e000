// Three-pass recompute: max; sum of exp(x - max); y = exp(x - max) / sum. Reads x three times, writes
// y once. As stages, a chunk's reduce is the first two passes over the chunk (against the chunk's own
// max, from cache), its write the third pass against the row's merged (max, sum).
#include <math.h>

#include "smax/softmax-stages.h"

static SMAX_INLINE void recompute_reduce(const struct smax_chunk* chunk) {
  const struct smax_config* config = chunk->config;
  struct smax_max_sum* stats = chunk->stats;
  float max = -INFINITY;
  config->rmax(chunk->length * sizeof(float), chunk->x, &max, NULL);
  stats->max = max;
  if (isnan(max) || max == INFINITY) {
    stats->sum = NAN;
    return;
  }
  // A chunk of only -inf (and NaN) entries is summed against 0: its exps are 0, or NaN from a NaN.
  const float reference = max == -INFINITY ? 0.0f : max;
  const size_t block_elements = config->info[smax_ukernel_family_f32_raddexpminusmax].block_elements;
  double sum = 0.0;
  for (size_t i = 0; i < chunk->length; i += block_elements) {
    float block_sum;
    config->raddexpminusmax(smax_block_length(chunk->length - i, block_elements) * sizeof(float), chunk->x + i,
                            &reference, &block_sum, NULL);
    sum += block_sum;
  }
  stats->sum = sum;
}

// Rows of one chunk: the stages of smax_stages_one_chunk_rows called by name, so that the write is
// inlined too (through the stage table GCC leaves it a call): rows of 128 elements went from 1.054x to
// about the previous main's time (op/smax:three_pass_recompute/4096x128).
static void recompute_rows(const struct smax_config* config, size_t n, size_t rows, const float* x, size_t x_stride,
                           float* y, size_t y_stride) {
  struct smax_max_sum stats;
  struct smax_chunk chunk = {config, n, x, y, &stats, n};
  for (size_t r = 0; r < rows; r++) {
    chunk.x = x + r * x_stride;
    chunk.y = y + r * y_stride;
    recompute_reduce(&chunk);
    const struct smax_row_result row = smax_merge_max_sum_chunks(&stats, 1, 0);
    if (row.verdict == smax_row_finite) {
      smax_write_exp_minus_max(&chunk, &row);
    } else {
      smax_fill_nan(n, chunk.y);
    }
  }
}

const struct smax_softmax_stages smax_three_pass_recompute_stages = {
    .name = "three_pass_recompute",
    .stats_bytes = sizeof(struct smax_max_sum),
    .reduce = recompute_reduce,
    .merge = smax_merge_max_sum_chunks,
    .write = smax_write_exp_minus_max,
    .rows = recompute_rows,
    .fallback = NULL,
    .add_sink = smax_max_sum_add_sink,
    .logsumexp = smax_max_sum_logsumexp,
    .keeps_input = true,
};
