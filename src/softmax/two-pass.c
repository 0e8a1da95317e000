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

// A row of only -inf entries (mantissa 0) falls back too: recompute tells it from a NaN row.
static SMAX_INLINE enum smax_row_verdict two_pass_verdict(struct smax_ext_exp sum) {
  if (!isfinite(sum.mantissa)) {  // a NaN entry
    return smax_row_nan;
  }
  if (sum.mantissa == 0.0 || sum.exponent >= EXTEXP_TOP_CLAMPED_EXPONENT || sum.exponent < EXTEXP_LOWEST_SAFE_EXPONENT) {
    return smax_row_fallback;
  }
  return smax_row_finite;
}

static SMAX_INLINE struct smax_row_result two_pass_merge(const void* first, size_t chunks, size_t stride) {
  struct smax_row_result row = {.verdict = smax_row_finite, .ext_exp = smax_ext_exp_empty};
  const char* slot = first;
  for (size_t c = 0; c < chunks; c++) {
    smax_ext_exp_merge(&row.ext_exp, *(const struct smax_ext_exp*) (slot + c * stride));
  }
  row.verdict = two_pass_verdict(row.ext_exp);
  return row;
}

// The sink as one more (mantissa, exponent) pair: exp(sink) = exp(sink - e ln 2) * 2^e with e the nearest
// integer to sink * log2(e). Sinks beyond the kernels' input range (and NaN, +inf) make the row fall back
// to recompute, which adds the sink to its own statistics; a sink of -inf is no sink.
#define LOG2_E 1.4426950408889634
#define LN_2 0.6931471805599453
static void two_pass_add_sink(struct smax_row_result* row, float sink) {
  if (sink == -INFINITY || row->verdict != smax_row_finite) {
    return;
  }
  if (!(fabsf(sink) <= SMAX_EXTEXP_INPUT_LIMIT)) {
    row->verdict = smax_row_fallback;
    return;
  }
  const double exponent = nearbyint((double) sink * LOG2_E);
  const struct smax_ext_exp part = {exp((double) sink - exponent * LN_2), exponent};
  smax_ext_exp_merge(&row->ext_exp, part);
  row->verdict = two_pass_verdict(row->ext_exp);
}

// log(mantissa * 2^exponent), which stays in range whatever the magnitude of the row's entries. With no
// max, hi is L rounded to float and lo the rest: rows that reach here have |L| below about 1024 (larger
// ones fall back to recompute), where the double L holds log(n) to far below float's precision.
static struct smax_logsumexp two_pass_logsumexp(const struct smax_row_result* row) {
  const double value = log(row->ext_exp.mantissa) + row->ext_exp.exponent * LN_2;
  const float hi = (float) value;
  const struct smax_logsumexp result = {value, hi, (float) (value - (double) hi)};
  return result;
}

static SMAX_INLINE void two_pass_write(const struct smax_chunk* chunk, const struct smax_row_result* row) {
  // mantissa * 2^exponent is the sum; the scale is 1/mantissa and 2^-exponent.
  const float scale[2] = {(float) (1.0 / row->ext_exp.mantissa), (float) -row->ext_exp.exponent};
  // Output beyond the last-level cache goes out with non-temporal stores where the kernel has them.
  const struct smax_store_params store = {.streaming = smax_row_streams_stores(chunk->config, chunk->row_length)};
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
    .add_sink = two_pass_add_sink,
    .logsumexp = two_pass_logsumexp,
    .keeps_input = true,
};
