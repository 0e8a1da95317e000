// Two-pass (Dukhan & Ablavatski 2020): one pass accumulates exp(x) as (mantissa, exponent) pairs with no
// max pass (f32-raddextexp), the output pass writes exp(x) / sum (f32-vscaleextexp). As stages, a chunk's
// reduce is pass 1 over the chunk, its kernel blocks' pairs merged exactly; its write is pass 2.
//
// Rows beyond what the pair format represents exactly (entries beyond +-1024 near the row's top: huge
// logits, +inf, or a row whose top is below about -935) get the verdict smax_row_fallback, and are redone
// with three-pass recompute, which handles any finite magnitude. Nothing has been written by then, so in
// place is still fine.
#include <math.h>

#include "smax/softmax-stages.h"

// Clamped inputs have exponent round(+-1024 * log2(e)) = +-1477.
#define EXTEXP_TOP_CLAMPED_EXPONENT 1477.0
// With the row's top exponent E >= this, a clamped-low element's 2^(n - E) <= 2^-127 is flushed to 0
// by vscaleextexp and adds less than 2^-127 of the sum: clamping changes nothing.
#define EXTEXP_LOWEST_SAFE_EXPONENT (-1477.0 + 127.0)

static SMAX_INLINE void two_pass_reduce(const struct smax_chunk* chunk) {
  const struct smax_config* config = chunk->config;
  const size_t block_elements = config->info[smax_ukernel_family_f32_raddextexp].block_elements;
  struct smax_ext_exp stats = smax_ext_exp_empty;
  for (size_t i = 0; i < chunk->length; i += block_elements) {
    float block[2];
    config->raddextexp(smax_block_length(chunk->length - i, block_elements) * sizeof(float), chunk->x + i, block,
                       NULL);
    const struct smax_ext_exp pair = {block[0], block[1]};
    smax_ext_exp_merge(&stats, pair);
  }
  *(struct smax_ext_exp*) chunk->stats = stats;
}

static SMAX_INLINE struct smax_row_result two_pass_merge(const void* first, size_t chunks, size_t stride) {
  struct smax_row_result row = {.verdict = smax_row_finite, .ext_exp = smax_ext_exp_empty};
  const char* slot = first;
  for (size_t c = 0; c < chunks; c++) {
    smax_ext_exp_merge(&row.ext_exp, *(const struct smax_ext_exp*) (slot + c * stride));
  }
  if (!isfinite(row.ext_exp.mantissa)) {  // a NaN entry
    row.verdict = smax_row_nan;
  } else if (row.ext_exp.exponent >= EXTEXP_TOP_CLAMPED_EXPONENT ||
             row.ext_exp.exponent < EXTEXP_LOWEST_SAFE_EXPONENT) {
    row.verdict = smax_row_fallback;
  }
  return row;
}

static SMAX_INLINE void two_pass_write(const struct smax_chunk* chunk, const struct smax_row_result* row) {
  // mantissa * 2^exponent is the sum; the scale is 1/mantissa and 2^-exponent.
  const float scale[2] = {(float) (1.0 / row->ext_exp.mantissa), (float) -row->ext_exp.exponent};
  // Output beyond the last-level cache goes out with non-temporal stores where the kernel has them.
  const struct smax_store_params store = {.streaming = smax_row_exceeds_cache(chunk->config, chunk->row_length)};
  chunk->config->vscaleextexp(chunk->length * sizeof(float), chunk->x, chunk->y, scale, &store);
}

static void two_pass_rows(const struct smax_config* config, size_t n, size_t rows, const float* x, size_t x_stride, float* y,
                          size_t y_stride) {
  smax_stages_one_chunk_rows(&smax_two_pass_stages, config, n, rows, x, x_stride, y, y_stride);
}

const struct smax_softmax_stages smax_two_pass_stages = {
    .name = "two_pass",
    .stats_bytes = sizeof(struct smax_ext_exp),
    .reduce = two_pass_reduce,
    .merge = two_pass_merge,
    .write = two_pass_write,
    .rows = two_pass_rows,
    .fallback = &smax_three_pass_recompute_stages,
};
