// Each softmax algorithm as stages over the chunks of a row (src/softmax/<algorithm>.c):
//
//   reduce  a chunk to statistics (struct smax_max_sum or struct smax_ext_exp, row-stats.h), kept in
//           the chunk's slot of the operator's workspace; reload also stores the chunk's unnormalised
//           exps in y and its blocks' references in the slot;
//   merge   the chunks' statistics of one row, in chunk order, into the row's verdict and scale;
//   write   a chunk's outputs from the row's merged statistics.
//
// Rows of one chunk take the algorithm's fused path (rows), which runs whole rows in one loop (reload
// carries its pipeline from one row to the next). The plan (plan.h) decides from the row
// length alone which rows take which path, so the kernel calls made for a row, and so its bits, never
// depend on the number of threads.
#ifndef SMAX_SOFTMAX_STAGES_H_
#define SMAX_SOFTMAX_STAGES_H_

#include <stdbool.h>
#include <stddef.h>

#include "smax.h"
#include "smax/common.h"
#include "smax/config.h"
#include "smax/row-stats.h"

#ifdef __cplusplus
extern "C" {
#endif

// One chunk of one row: [x, x + length) in, [y, y + length) out (y may equal x), and the chunk's slot.
struct smax_chunk {
  const struct smax_config* config;
  size_t length;
  const float* x;
  float* y;
  void* stats;
  // The whole row's length: the write stage streams its stores for rows beyond the cache.
  size_t row_length;
};

// What the merge decided for a row.
enum smax_row_verdict {
  smax_row_finite,    // write the outputs from the statistics below
  smax_row_nan,       // a NaN or +inf entry: every output is NaN
  smax_row_masked,    // only -inf entries: every output is NaN, or 0 under SMAX_OPTION_ZERO_MASKED_ROWS
  smax_row_fallback,  // the statistics cannot represent this row: redo it with the fallback algorithm
};

// A row's logsumexp L, in double, and as two floats hi + lo for log-softmax's output pass
// y = (x - hi) - lo: x - hi is exact where x is within a factor 2 of hi, and otherwise rounds by at most
// half an ulp of y, as the subtraction of lo does. With a max M, hi = M and lo = log(sum): for rows of
// equal logits of any magnitude, x - hi = 0 and y = -log(n); the difference is never taken against a
// rounded L (x - (M + log sum) in float gives 0 for equal logits of 1e8, not -log 2).
struct smax_logsumexp {
  double value;
  float hi;
  float lo;
};

struct smax_row_result {
  enum smax_row_verdict verdict;
  struct smax_max_sum max_sum;  // the max-subtracting algorithms
  struct smax_ext_exp ext_exp;  // two-pass
  struct smax_logsumexp logsumexp;  // set by the plan where log-softmax or the logsumexp output needs it
};

typedef void smax_reduce_chunk_fn(const struct smax_chunk* chunk);
// Merges `chunks` slots, `stride` bytes apart from `first`, in order.
typedef struct smax_row_result smax_merge_chunks_fn(const void* first, size_t chunks, size_t stride);
typedef void smax_write_chunk_fn(const struct smax_chunk* chunk, const struct smax_row_result* row);
// Merges a sink logit into a row's merged statistics and sets the verdict again.
typedef void smax_add_sink_fn(struct smax_row_result* row, float sink);
// log(sum_i exp(x_i)) of a row with the verdict smax_row_finite.
typedef struct smax_logsumexp smax_logsumexp_fn(const struct smax_row_result* row);

// y = softmax(x) on `rows` rows of n elements, each one chunk (n <= the plan's chunk length): row r is
// [x + r * x_stride, ...), its output [y + r * y_stride, ...); y may equal x when the strides agree.
typedef void smax_softmax_rows_fn(const struct smax_config* config, size_t n, size_t rows, const float* x,
                                  size_t x_stride, float* y, size_t y_stride);

struct smax_softmax_stages {
  const char* name;
  size_t stats_bytes;  // of a chunk's slot
  smax_reduce_chunk_fn* reduce;
  smax_merge_chunks_fn* merge;
  smax_write_chunk_fn* write;
  // Rows of one chunk, fused: smax_stages_one_chunk_rows, or reload's pipeline across rows.
  smax_softmax_rows_fn* rows;
  // For smax_row_fallback (two-pass only); NULL otherwise.
  const struct smax_softmax_stages* fallback;
  smax_add_sink_fn* add_sink;
  smax_logsumexp_fn* logsumexp;
  // True if reduce leaves the chunk's input as it was where it runs in place (y == x): it writes no
  // exps. Log-softmax's output pass reads the input (z), so it needs such stages.
  bool keeps_input;
};

// The algorithms. running_max_two_pass is auto's algorithm for rows beyond the cache and has no public
// value: two passes over memory with reload's exp (against the running max) in pass 1 and two-pass's
// output kernel in pass 2.
SMAX_INTERNAL extern const struct smax_softmax_stages smax_three_pass_recompute_stages;
SMAX_INTERNAL extern const struct smax_softmax_stages smax_three_pass_reload_stages;
SMAX_INTERNAL extern const struct smax_softmax_stages smax_online_stages;
SMAX_INTERNAL extern const struct smax_softmax_stages smax_two_pass_stages;
SMAX_INTERNAL extern const struct smax_softmax_stages smax_running_max_two_pass_stages;
// auto's path for rows of at most SMAX_TINY_ROW_MAX_ELEMENTS (src/softmax/tiny-rows.c): scalar code,
// where the vector kernels' cost per call dominates.
SMAX_INTERNAL extern const struct smax_softmax_stages smax_tiny_rows_stages;
#define SMAX_TINY_ROW_MAX_ELEMENTS 4

// The verdict on a row's merged (max, sum): only -inf entries leave the sum exactly 0 (any finite entry
// adds exp(0) = 1 at the max; a NaN makes it NaN, a +inf NaN too).
static SMAX_INLINE enum smax_row_verdict smax_max_sum_verdict(struct smax_max_sum row) {
  if (smax_max_sum_finite(row)) {
    return smax_row_finite;
  }
  return row.sum == 0.0 ? smax_row_masked : smax_row_nan;
}

// Merge stage of every algorithm whose slots start with a struct smax_max_sum. Inline, so that the fused
// path of rows of one chunk (smax_stages_one_chunk_rows) keeps the statistics in registers.
static SMAX_INLINE struct smax_row_result smax_merge_max_sum_chunks(const void* first, size_t chunks, size_t stride) {
  struct smax_row_result row = {smax_row_nan, smax_max_sum_empty, {0.0, 0.0}, {0.0, 0.0f, 0.0f}};
  const char* slot = (const char*) first;
  for (size_t c = 0; c < chunks; c++) {
    smax_max_sum_merge(&row.max_sum, *(const struct smax_max_sum*) (slot + c * stride));
  }
  row.verdict = smax_max_sum_verdict(row.max_sum);
  return row;
}

// add_sink and logsumexp of the stages whose statistics are a struct smax_max_sum.
SMAX_INTERNAL void smax_max_sum_add_sink(struct smax_row_result* row, float sink);
SMAX_INTERNAL struct smax_logsumexp smax_max_sum_logsumexp(const struct smax_row_result* row);

// Write stage of recompute and online (and of auto's running-max two-pass outside its output kernel's
// range): y = exp(x - M) / S. Inline for the same reason as the merge above.
static SMAX_INLINE void smax_write_exp_minus_max(const struct smax_chunk* chunk, const struct smax_row_result* row) {
  const float max = row->max_sum.max;
  const float scale = (float) (1.0 / row->max_sum.sum);
  chunk->config->vscaleexpminusmax(chunk->length * sizeof(float), chunk->x, chunk->y, &max, &scale, NULL);
}

// Helpers shared by the stages.
SMAX_INTERNAL void smax_fill_nan(size_t n, float* y);
SMAX_INTERNAL void smax_fill(size_t n, float* y, float value);
// Elements of the next kernel block: at most block_elements of the remaining ones.
static SMAX_INLINE size_t smax_block_length(size_t remaining, size_t block_elements) {
  return remaining < block_elements ? remaining : block_elements;
}
// True if a row is at or beyond the crossover measured between auto's paths (smax_config
// .auto_two_pass_elements, from the tuning table): its passes are bound by memory traffic.
static SMAX_INLINE bool smax_row_exceeds_cache(const struct smax_config* config, size_t n) {
  return n >= config->auto_two_pass_elements;
}
// True if the output of a row of n elements is written with streaming stores (struct smax_store_params):
// from the crossover measured between streaming and ordinary stores (smax_config
// .streaming_store_elements, from the tuning table), which need not be auto's.
static SMAX_INLINE bool smax_row_streams_stores(const struct smax_config* config, size_t n) {
  return n >= config->streaming_store_elements;
}

// Rows of one chunk through an algorithm's stages: reduce the row, take its statistics as the row's
// (the merge of one chunk), write it. Each algorithm's fused `rows` path calls this with its own stages,
// so that the compiler sees the stage functions and calls them directly: for short rows the indirect
// calls cost more than the merge (op/smax:three_pass_recompute/4096x128).
static SMAX_INLINE void smax_stages_one_chunk_rows(const struct smax_softmax_stages* stages,
                                                   const struct smax_config* config, size_t n, size_t rows,
                                                   const float* x, size_t x_stride, float* y, size_t y_stride) {
  double slot[8];  // any algorithm that runs rows this way has a slot of at most 16 bytes
  struct smax_chunk chunk = {config, n, x, y, slot, n};
  for (size_t r = 0; r < rows; r++) {
    chunk.x = x + r * x_stride;
    chunk.y = y + r * y_stride;
    const struct smax_softmax_stages* row_stages = stages;
    row_stages->reduce(&chunk);
    struct smax_row_result result = row_stages->merge(slot, 1, 0);
    if (result.verdict == smax_row_fallback) {
      row_stages = stages->fallback;
      row_stages->reduce(&chunk);
      result = row_stages->merge(slot, 1, 0);
    }
    if (result.verdict != smax_row_finite) {
      smax_fill_nan(n, chunk.y);
    } else {
      row_stages->write(&chunk, &result);
    }
  }
}

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // SMAX_SOFTMAX_STAGES_H_
