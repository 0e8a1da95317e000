// Running-max two-pass: auto's algorithm for rows whose input and output do not fit in the last-level
// cache (no public value; plan.c picks it). Two passes over memory, as two-pass, but pass 1 is reload's
// exp against the running max (smax_reload_exp_against_running_max) into a scratch block that is thrown
// away, which yields M = max(x) and S = sum exp(x - M); pass 2 is the two-pass output kernel (streaming
// stores where the tuning says: smax_row_streams_stores), y = exp(x) * 2^-E * (2^E * exp(-M) / S) for an
// integer E just above log2(e^M * S).
// Pass 1 runs at about the speed of reading the row, faster than two-pass's raddextexp (bench cases
// op/smax:auto/1x16777216 against op/smax:two_pass/1x16777216). Rows whose max is out of vscaleextexp's
// safe range take the recompute output kernel for pass 2 (no streaming stores): same results.
// The errors are reload's exp (pass 1, in S only) and two-pass's output kernel: within the contract,
// and the special values behave as in the other algorithms (see reload.c).
#include <math.h>

#include "smax/reload.h"
#include "smax/softmax-stages.h"

// Rows whose max M is in [RUNNING_MAX_LOWEST_SAFE, SMAX_EXTEXP_INPUT_LIMIT] give the same outputs whether or
// not vscaleextexp clamps inputs to +-SMAX_EXTEXP_INPUT_LIMIT: none is above it, and an input clamped up
// to -1024 has 2^(round(-1024 * log2(e)) - E) = 2^(-1477 - E) with E > M * log2(e) >= -1298.4: below
// 2^-178, far under the 2^-126 that the kernel flushes to 0, as exp(x - M) itself is.
#define RUNNING_MAX_LOWEST_SAFE (-900.0f)
#define LOG2_E 1.4426950408889634
#define LN_2 0.6931471805599453

static void running_max_two_pass_reduce(const struct smax_chunk* chunk) {
  const struct smax_config* config = chunk->config;
  float discarded[SMAX_DISCARDED_EXP_ELEMENTS] __attribute__((aligned(64)));  // whole lines for 512-bit stores
  size_t block_elements = config->info[smax_ukernel_family_f32_raddstoreexpminusmax].block_elements;
  if (block_elements > SMAX_DISCARDED_EXP_ELEMENTS) {
    block_elements = SMAX_DISCARDED_EXP_ELEMENTS;
  }
  const size_t n = chunk->length;
  float max = -INFINITY;  // of the blocks so far
  config->rmax(smax_block_length(n, block_elements) * sizeof(float), chunk->x, &max, NULL);
  struct smax_max_sum stats = {max, 0.0};
  for (size_t i = 0; i < n; i += block_elements) {
    struct smax_max_sum block;
    block.sum = smax_reload_exp_against_running_max(config, smax_block_length(n - i, block_elements), chunk->x + i,
                                                    discarded, &max, &block.max);
    smax_max_sum_merge(&stats, block);
  }
  // The blocks' references may lie below the chunk's max by up to 8; the chunk's statistics are against
  // its max, as before this was a stage (the merge of the next chunk takes either).
  if (stats.max != max && isfinite(max) && isfinite(stats.max)) {
    stats.sum *= exp((double) stats.max - (double) max);
    stats.max = max;
  }
  *(struct smax_max_sum*) chunk->stats = stats;
}

static void running_max_two_pass_write(const struct smax_chunk* chunk, const struct smax_row_result* row) {
  const struct smax_config* config = chunk->config;
  const float max = row->max_sum.max;
  const double sum = row->max_sum.sum;
  if (max >= RUNNING_MAX_LOWEST_SAFE && max <= SMAX_EXTEXP_INPUT_LIMIT) {
    // 2^-E * exp(x) <= 2^(M * log2(e) - E) <= 1/2 meets vscaleextexp's bound on scale[1]; the float
    // scale[0] = 2^(E - log2(e^M * S)) is in [2, 4).
    const double exponent = ceil((double) max * LOG2_E + log2(sum)) + 1.0;
    const float scale[2] = {(float) (exp(exponent * LN_2 - (double) max) / sum), (float) -exponent};
    const struct smax_store_params store = {.streaming = smax_row_streams_stores(config, chunk->row_length)};
    config->vscaleextexp(chunk->length * sizeof(float), chunk->x, chunk->y, scale, &store);
  } else {
    smax_write_exp_minus_max(chunk, row);
  }
}

static void running_max_two_pass_rows(const struct smax_config* config, size_t n, size_t rows, const float* x, size_t x_stride, float* y,
                                      size_t y_stride) {
  smax_stages_one_chunk_rows(&smax_running_max_two_pass_stages, config, n, rows, x, x_stride, y, y_stride);
}

const struct smax_softmax_stages smax_running_max_two_pass_stages = {
    .name = "running_max_two_pass",
    .stats_bytes = sizeof(struct smax_max_sum),
    .reduce = running_max_two_pass_reduce,
    .merge = smax_merge_max_sum_chunks,
    .write = running_max_two_pass_write,
    .rows = running_max_two_pass_rows,
    .fallback = NULL,
    .add_sink = smax_max_sum_add_sink,
    .logsumexp = smax_max_sum_logsumexp,
    .keeps_input = true,
};
