// Online normalizer (Milakov & Gimelshein 2018): one pass keeps a running max and a rescaled running
// sum (f32-raddexpminusrunmax, one exp per element); the output pass writes exp(x - max) / sum. As
// stages, a chunk's reduce is the online pass over the chunk, whose kernel blocks' (m, d) merge as any
// (max, sum) statistics; the write is recompute's.
#include <float.h>
#include <math.h>

#include "smax/softmax-stages.h"

static SMAX_INLINE void online_reduce(const struct smax_chunk* chunk) {
  const struct smax_config* config = chunk->config;
  const size_t block_elements = config->info[smax_ukernel_family_f32_raddexpminusrunmax].block_elements;
  struct smax_max_sum stats = smax_max_sum_empty;
  for (size_t i = 0; i < chunk->length; i += block_elements) {
    // m = -FLT_MAX for a block of only -inf entries (d = 0 then); m = +inf for a +inf, d NaN for a NaN.
    float state[2];
    config->raddexpminusrunmax(smax_block_length(chunk->length - i, block_elements) * sizeof(float), chunk->x + i,
                               state, NULL);
    const struct smax_max_sum block = {state[0], state[1]};
    smax_max_sum_merge(&stats, block);
  }
  *(struct smax_max_sum*) chunk->stats = stats;
}

static void online_rows(const struct smax_config* config, size_t n, size_t rows, const float* x, size_t x_stride, float* y,
                        size_t y_stride) {
  smax_stages_one_chunk_rows(&smax_online_stages, config, n, rows, x, x_stride, y, y_stride);
}

const struct smax_softmax_stages smax_online_stages = {
    .name = "online",
    .stats_bytes = sizeof(struct smax_max_sum),
    .reduce = online_reduce,
    .merge = smax_merge_max_sum_chunks,
    .write = smax_write_exp_minus_max,
    .rows = online_rows,
    .fallback = NULL,
    .add_sink = smax_max_sum_add_sink,
    .logsumexp = smax_max_sum_logsumexp,
    .keeps_input = true,
};
