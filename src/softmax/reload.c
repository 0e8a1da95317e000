// Three-pass reload with the max pass folded into the exp pass: the fused fast path of smax.
//
// A row (or a chunk of a long row) is cut into pipeline blocks (config->reload_pipeline_elements).
// Block b is exponentiated against a reference r_b: y = exp(x - r_b), stored and summed (s_b); the last
// pass scales block b by exp(r_b - M) / S, with M = max_b r_b and S = sum_b s_b * exp(r_b - M) in
// double. Every output is still exp(x - r_b) rounded once, times one float scale: the error terms of
// the plain three passes, and an output flushed to 0 (x - r_b below the exp cutoff) has x - M below it
// too, as r_b <= M. Special values: a NaN makes some s_b NaN (the max may skip it, the exp does not); a
// +inf makes some r_b +inf (a block that tops the running max by more than SMAX_RUNNING_MAX_KEEP_LIMIT is
// redone against its own max); a row of -inf has M = -inf; each gives the all-NaN row, as elsewhere.
//
// As stages (softmax-stages.h), a chunk's reduce is its exp pass, whose (M_c, S_c) merge like any
// (max, sum) statistics, and its write is the rescale pass. Rows of one chunk run fused, whole rows in
// one loop: each row's exp pass also takes the next row's first block max on the side.
#include <float.h>
#include <math.h>
#include <stdbool.h>

#include "smax/read-16bit.h"
#include "smax/reload.h"
#include "smax/softmax-stages.h"

// Blocks of a row of one chunk (SMAX_ONE_CHUNK_MAX_ELEMENTS, plan.h, over blocks of at least
// SMAX_RELOAD_MIN_PIPELINE_ELEMENTS).
#define RELOAD_MAX_ROW_BLOCKS 32
// Blocks of a chunk of a long row, at most: about 32K elements. Fewer, smaller chunks spread a row over
// more threads, at the cost of each chunk's first-block max and merge (op/smax:auto/8x128256/threads:1).
#define RELOAD_MAX_CHUNK_BLOCKS 16

// A chunk's slot: its statistics (first, as the common merge reads them) and its blocks' references
// and sums, for its write stage. Room for a whole row of one chunk: rows that need the stages one by one
// (options such as sinks, src/softmax/run.c) run the reduce and write of a whole row.
struct reload_slot {
  struct smax_max_sum stats;
  float reference[RELOAD_MAX_ROW_BLOCKS];
  double block_sum[RELOAD_MAX_ROW_BLOCKS];
};

// What the exp pass reads: f32 rows through the config's kernels (reader16 NULL), or 16-bit rows through
// the reader's (smax/read-16bit.h), which widen each element as they load it. The fused paths below are
// inlined with a constant NULL reader for f32 rows, so those carry no test of it.
static SMAX_INLINE size_t element_bytes(const struct smax_reader16* reader16) {
  return reader16 != NULL ? sizeof(uint16_t) : sizeof(float);
}

static SMAX_INLINE const void* element_at(const struct smax_reader16* reader16, const void* x, size_t i) {
  return (const char*) x + i * element_bytes(reader16);
}

static SMAX_INLINE size_t kernel_block_of(const struct smax_config* config, const struct smax_reader16* reader16) {
  return reader16 != NULL ? reader16->block_elements
                          : config->info[smax_ukernel_family_f32_raddstoreexpminusmax].block_elements;
}

// max(*max, x[0, n)).
static SMAX_INLINE void input_max(const struct smax_config* config, const struct smax_reader16* reader16, size_t n,
                                  const void* x, float* max) {
  if (reader16 != NULL) {
    reader16->rmax(n * sizeof(uint16_t), (const uint16_t*) x, max, NULL);
  } else {
    config->rmax(n * sizeof(float), (const float*) x, max, NULL);
  }
}

// One raddstoreexpminusmax call: y = exp(x - *reference) over x[0, n) and its sum, taking
// max(*next_max, next_x[0, next_n)) on the side.
static SMAX_INLINE void input_exp(const struct smax_config* config, const struct smax_reader16* reader16, size_t n,
                                  const void* x, const float* reference, float* y, float* sum, size_t next_n,
                                  const void* next_x, float* next_max) {
  if (reader16 != NULL) {
    reader16->raddstoreexpminusmax(n * sizeof(uint16_t), (const uint16_t*) x, reference, y, sum,
                                   next_n * sizeof(uint16_t), (const uint16_t*) next_x, next_max, NULL);
  } else {
    config->raddstoreexpminusmax(n * sizeof(float), (const float*) x, reference, y, sum, next_n * sizeof(float),
                                 (const float*) next_x, next_max, NULL);
  }
}

// True where a pipeline block is one kernel call (AVX-512F): its float sum needs no double accumulation.
static SMAX_INLINE bool block_is_one_call(const struct smax_config* config, const struct smax_reader16* reader16) {
  return config->reload_pipeline_elements == kernel_block_of(config, reader16);
}

// Pass 1 on block [x, x + length): y = exp(x - *reference), returns the sum (kernel blocks added in
// double), and takes max(*next_max, [next_x, next_x + next_length)) on the side. The two ranges are cut
// into kernel blocks in step, so each call pairs kernel block j of this block with kernel block j of
// the next. The next block is longer where a row's short last block meets the next row's first: the
// rmax kernel takes the rest.
// Not inlined: inlined, it made the reload function around it heavier for every row (bench case
// op/smax:three_pass_reload/4096x128).
static __attribute__((noinline)) double exp_block_with_next_max(const struct smax_config* config,
                                                                const struct smax_reader16* reader16, size_t length,
                                                                const void* x, const float* reference, float* y,
                                                                size_t next_length, const void* next_x,
                                                                float* next_max) {
  const size_t kernel_block = kernel_block_of(config, reader16);
  double sum = 0.0;
  size_t i = 0;
  for (; i < length; i += kernel_block) {
    const size_t next_part = i < next_length ? smax_block_length(next_length - i, kernel_block) : 0;
    float part_sum;
    input_exp(config, reader16, smax_block_length(length - i, kernel_block), element_at(reader16, x, i), reference,
              y + i, &part_sum, next_part, next_part != 0 ? element_at(reader16, next_x, i) : NULL, next_max);
    sum += part_sum;
  }
  if (next_length > i) {
    input_max(config, reader16, next_length - i, element_at(reader16, next_x, i), next_max);
  }
  return sum;
}

// exp(x - reference) into y over one pipeline block, taking max(*next_max, next range) on the side;
// returns the block's sum.
static SMAX_INLINE double exp_block(const struct smax_config* config, const struct smax_reader16* reader16,
                                    size_t length, const void* x, float reference, float* y, size_t next_length,
                                    const void* next_x, float* next_max) {
  if (block_is_one_call(config, reader16)) {
    float sum;
    input_exp(config, reader16, length, x, &reference, y, &sum, next_length, next_x, next_max);
    return sum;
  }
  return exp_block_with_next_max(config, reader16, length, x, &reference, y, next_length, next_x, next_max);
}

// Below this, a block's scale is applied in two multiplications (rescale_run).
#define SMALLEST_ONE_STEP_SCALE 0x1p-100
#define SPLIT_SCALE_STEP 0x1p-96f

// The last pass's multiplication y * scale over [y, y + length): into y in place (f32 output: narrow
// NULL), or into the 16-bit y16 with narrow's vmulc16, the same product rounded to 16 bits.
static SMAX_INLINE void last_scale(const struct smax_config* config, size_t length, float* y, const float* scale,
                                   const struct smax_reload_narrow_output* narrow, uint16_t* y16) {
  if (narrow == NULL) {
    config->vmulc(length * sizeof(float), y, scale, y, NULL);
  } else {
    narrow->vmulc16(length * sizeof(float), y, scale, y16, NULL);
  }
}

// Which row of y holds row r's exps: r, or with a 16-bit output whose exps take turns in two scratch rows
// (narrow->exps_ring), r mod 2: a row's exps are read by its last pass before row r + 2's exp pass.
static SMAX_INLINE size_t exps_row(const struct smax_reload_narrow_output* narrow, size_t r) {
  return narrow != NULL && narrow->exps_ring ? r % 2 : r;
}

// A row whose statistics are not finite: NaN, in y and (narrow) in y16.
static void nan_row(size_t n, float* y, const struct smax_reload_narrow_output* narrow, uint16_t* y16) {
  smax_fill_nan(n, y);
  if (narrow != NULL) {
    narrow->vcvt16(n * sizeof(float), y, y16, NULL);
  }
}

// y *= scale over a run of blocks (narrow: the last product into y16, last_scale). A block whose
// reference lies far below the row's max (and up to SMAX_RUNNING_MAX_KEEP_LIMIT below its own max) holds exps
// above 1 and gets a scale that may be below the float range, though the outputs it makes are not: they
// are multiplied by 2^-96 first (in place in y; exact for every y >= 2^-30, and those below make outputs
// under 2^-130 either way), then by scale * 2^96, which is a normal float for every output >= 2^-100.
// Each output still takes one rounded scale and one rounded product.
static void rescale_run(const struct smax_config* config, size_t length, float* y, double scale,
                        const struct smax_reload_narrow_output* narrow, uint16_t* y16) {
  if (scale < SMALLEST_ONE_STEP_SCALE) {
    const float step = SPLIT_SCALE_STEP;
    config->vmulc(length * sizeof(float), y, &step, y, NULL);
    scale /= (double) SPLIT_SCALE_STEP;
  }
  const float float_scale = (float) scale;
  last_scale(config, length, y, &float_scale, narrow, y16);
}

// The blocks of one exp pass: block b's reference and sum.
struct reload_blocks {
  size_t count;
  float* reference;
  double* sum;
};

// (M, S) of a run of blocks: M = max_b r_b, S = sum_b s_b * exp(r_b - M) in block order.
static struct smax_max_sum blocks_stats(const struct reload_blocks* blocks) {
  struct smax_max_sum stats = smax_max_sum_empty;
  for (size_t b = 0; b < blocks->count; b++) {
    const struct smax_max_sum block = {blocks->reference[b], blocks->sum[b]};
    smax_max_sum_merge(&stats, block);
  }
  return stats;
}

// The last pass over the blocks of [y, y + n): block b is multiplied by exp(r_b - M) / S for the row's
// merged statistics. Runs of blocks with the same reference are rescaled in one call. narrow: the
// products go to the 16-bit [y16, y16 + n) (rescale_run).
static void rescale_blocks(const struct smax_config* config, size_t n, float* y, const struct reload_blocks* blocks,
                           struct smax_max_sum row, const struct smax_reload_narrow_output* narrow, uint16_t* y16) {
  const size_t block_elements = config->reload_pipeline_elements;
  const double inverse_sum = 1.0 / row.sum;
  for (size_t b = 0; b < blocks->count;) {
    size_t end = b + 1;
    while (end < blocks->count && blocks->reference[end] == blocks->reference[b]) {
      end++;
    }
    const double weight =
        blocks->reference[b] == row.max ? 1.0 : exp((double) blocks->reference[b] - (double) row.max);
    const size_t start = b * block_elements;
    const size_t length = (end == blocks->count ? n : end * block_elements) - start;
    rescale_run(config, length, y + start, weight * inverse_sum, narrow, narrow != NULL ? y16 + start : NULL);
    b = end;
  }
}

// The furthest ahead of its exp loop that reload_one_block_rows_to reads a later row's max (see there, and
// exp_block_running_max for what loads far ahead cost).
#define ONE_BLOCK_LOOKAHEAD_BYTES 2048

// What the last pass of reload_one_block_rows_to writes.
enum one_block_output {
  one_block_softmax,      // y *= 1 / sum, over the exps that the exp pass stored in y
  one_block_log_softmax,  // y = (x - max) - log(sum); the exps go to a scratch block and are dropped
};

// Log-softmax's last pass over a row, y = (x - c[0]) - c[1]: from f32 x (reader16 NULL) into f32 y, or
// from the 16-bit x into y16 (a 16-bit output, y NULL) or into y.
static SMAX_INLINE void write_log_softmax(const struct smax_config* config, const struct smax_reader16* reader16,
                                          size_t n, const void* x, const float c[2], float* y, uint16_t* y16) {
  if (reader16 == NULL) {
    config->vsubc2(n * sizeof(float), (const float*) x, y, c, NULL);
  } else if (y16 != NULL) {
    reader16->vsubc2_to_16bit(n * sizeof(uint16_t), (const uint16_t*) x, y16, c, NULL);
  } else {
    reader16->vsubc2_to_f32(n * sizeof(uint16_t), (const uint16_t*) x, y, c, NULL);
  }
}

// The longest row that reload_one_block_rows_to takes for log-softmax: its scratch block, 16 KiB of stack.
#define LOG_SOFTMAX_SCRATCH_ELEMENTS 4096

// Rows of one pipeline block: row r's exp pass also takes a later row's max, and row r's last pass runs
// after row r + 1's exp pass (log-softmax on short rows: row r + 2's, see defer_log), so that its wait
// for the sum (a reduction, then a division or a logarithm) overlaps useful work. All of it in one loop
// with the state in locals: per-row calls through a function pointer and state kept in memory were
// slower (op/smax:three_pass_reload/4096x128). Inlined into one
// function per output, so that softmax's loop carries nothing of log-softmax's (nor of a 16-bit output:
// narrow, softmax only, NULL for f32).
static SMAX_INLINE void reload_one_block_rows_to(const struct smax_config* config,
                                                 const struct smax_reader16* reader16, size_t n, size_t rows,
                                                 const void* x, size_t x_stride, float* y, size_t y_stride,
                                                 enum one_block_output output,
                                                 const struct smax_reload_narrow_output* narrow,
                                                 const struct smax_reload_z_rows* z_rows) {
  float scratch[output == one_block_log_softmax ? LOG_SOFTMAX_SCRATCH_ELEMENTS : 1] __attribute__((aligned(64)));
  const bool one_call = block_is_one_call(config, reader16);
  // Row r's call takes the max of row r + ahead: two rows ahead while that stays within
  // ONE_BLOCK_LOOKAHEAD_BYTES, so that a row's exp does not wait for the max reduction at the end of the
  // call just before it (op/smax:three_pass_reload/4096x128 against 1024x1024, 8 KiB ahead).
  const size_t ahead = 2 * n * element_bytes(reader16) <= ONE_BLOCK_LOOKAHEAD_BYTES ? 2 : 1;
  // z_rows: row r's z is written into its y just before the first read of the row (its max), so that it
  // is still in L1 for the exp pass and the last pass.
  for (size_t r = 0; z_rows != NULL && r < ahead && r < rows; r++) {
    z_rows->write_z(z_rows->context, r, y + r * y_stride);
  }
  float max = -INFINITY;
  input_max(config, reader16, n, x, &max);
  float following_max = -INFINITY;  // row r + 1's, when two rows ahead
  if (ahead == 2 && rows > 1) {
    input_max(config, reader16, n, element_at(reader16, x, x_stride), &following_max);
  }
  // The previous row, still to be finished: softmax scales its y by pending[0]; log-softmax writes its y
  // from its x (pending_x) as (x - pending[0]) - pending[1].
  const void* pending_x = NULL;
  float* pending_y = NULL;
  uint16_t* pending_y16 = NULL;
  float pending[2] = {0.0f, 0.0f};
  // Log-softmax on short rows (two ahead): a finite row's logarithm is taken one row later, after the next
  // row's exp pass, when its sum has long been reduced: taken at once, it waited for the reduction at the
  // end of the row's exp call, a wait that a short row's last pass could not hide
  // (op/log_softmax/smax:auto/4096x128). Longer rows write each row at once: a row written two exp
  // passes later was no longer in L1 (op/log_softmax/smax:auto/1024x1024 ran 7% slower).
  const bool defer_log = output == one_block_log_softmax && ahead == 2;
  const void* deferred_x = NULL;
  float* deferred_y = NULL;
  uint16_t* deferred_y16 = NULL;
  float deferred_max = 0.0f;
  double deferred_sum = 0.0;
  for (size_t r = 0; r < rows; r++) {
    const void* row_x = element_at(reader16, x, r * x_stride);
    // Log-softmax into a 16-bit output has no float y.
    float* row_y = output == one_block_log_softmax && narrow != NULL ? NULL : y + exps_row(narrow, r) * y_stride;
    uint16_t* row_y16 = narrow != NULL ? narrow->y16 + r * narrow->y16_stride : NULL;
    float* exps = output == one_block_log_softmax ? scratch : row_y;
    const void* next_x = r + ahead < rows ? element_at(reader16, row_x, ahead * x_stride) : NULL;
    if (z_rows != NULL && next_x != NULL) {
      z_rows->write_z(z_rows->context, r + ahead, y + (r + ahead) * y_stride);
    }
    float next_max = -INFINITY;
    const float reference = smax_exp_reference(max);
    // The sum is read only after the previous row's last pass: read at once, as the helper's result, it
    // made the last pass wait, in program order, behind the kernel's final reduction.
    float kernel_sum;
    double helper_sum = 0.0;
    if (one_call) {
      input_exp(config, reader16, n, row_x, &reference, exps, &kernel_sum, next_x != NULL ? n : 0, next_x, &next_max);
    } else {
      helper_sum = exp_block_with_next_max(config, reader16, n, row_x, &reference, exps, next_x != NULL ? n : 0,
                                           next_x, &next_max);
    }
    if (pending_x != NULL) {
      if (output == one_block_log_softmax) {
        write_log_softmax(config, reader16, n, pending_x, pending, pending_y, pending_y16);
      } else {
        last_scale(config, n, pending_y, &pending[0], narrow, pending_y16);
      }
      pending_x = NULL;
    }
    if (deferred_x != NULL) {
      pending_x = deferred_x;
      pending_y = deferred_y;
      pending_y16 = deferred_y16;
      pending[0] = deferred_max;
      pending[1] = (float) log(deferred_sum);
      deferred_x = NULL;
    }
    const double sum = one_call ? kernel_sum : helper_sum;
    if (!isfinite(max) || !isfinite(sum)) {  // NaN or +inf entries, or only -inf ones
      // (log-softmax: the exps are no longer needed, so their scratch takes the NaNs to narrow)
      nan_row(n, row_y != NULL ? row_y : scratch, narrow, row_y16);
    } else if (defer_log) {
      deferred_x = row_x;
      deferred_y = row_y;
      deferred_y16 = row_y16;
      deferred_max = max;
      deferred_sum = sum;
    } else {
      pending_x = row_x;
      pending_y = row_y;
      pending_y16 = row_y16;
      if (output == one_block_log_softmax) {
        pending[0] = max;
        pending[1] = (float) log(sum);
      } else {
        pending[0] = (float) (1.0 / sum);
      }
    }
    if (ahead == 2) {
      max = following_max;
      following_max = next_max;
    } else {
      max = next_max;
    }
  }
  if (pending_x != NULL) {
    if (output == one_block_log_softmax) {
      write_log_softmax(config, reader16, n, pending_x, pending, pending_y, pending_y16);
    } else {
      last_scale(config, n, pending_y, &pending[0], narrow, pending_y16);
    }
  }
  if (deferred_x != NULL) {
    const float last[2] = {deferred_max, (float) log(deferred_sum)};
    write_log_softmax(config, reader16, n, deferred_x, last, deferred_y, deferred_y16);
  }
}

void smax_reload_log_softmax_rows(const struct smax_config* config, size_t n, size_t rows, const float* x,
                                  size_t x_stride, float* y, size_t y_stride) {
  reload_one_block_rows_to(config, NULL, n, rows, x, x_stride, y, y_stride, one_block_log_softmax, NULL, NULL);
}

void smax_reload_log_softmax_rows_16bit(const struct smax_config* config, const struct smax_reader16* reader16,
                                        size_t n, size_t rows, const uint16_t* x, size_t x_stride, float* y,
                                        size_t y_stride, const struct smax_reload_narrow_output* output) {
  // Two calls of the inlined path, as in smax_reload_rows_16bit.
  if (output != NULL) {
    reload_one_block_rows_to(config, reader16, n, rows, x, x_stride, NULL, 0, one_block_log_softmax, output, NULL);
  } else {
    reload_one_block_rows_to(config, reader16, n, rows, x, x_stride, y, y_stride, one_block_log_softmax, NULL,
                             NULL);
  }
}

void smax_reload_rows_from_z(const struct smax_config* config, size_t n, size_t rows,
                             const struct smax_reload_z_rows* z_rows, float* y, size_t y_stride) {
  reload_one_block_rows_to(config, NULL, n, rows, y, y_stride, y, y_stride, one_block_softmax, NULL, z_rows);
}

void smax_reload_log_softmax_rows_from_z(const struct smax_config* config, size_t n, size_t rows,
                                         const struct smax_reload_z_rows* z_rows, float* y, size_t y_stride) {
  reload_one_block_rows_to(config, NULL, n, rows, y, y_stride, y, y_stride, one_block_log_softmax, NULL, z_rows);
}

size_t smax_reload_log_softmax_rows_max_elements(const struct smax_config* config) {
  return config->reload_pipeline_elements < LOG_SOFTMAX_SCRATCH_ELEMENTS ? config->reload_pipeline_elements
                                                                       : LOG_SOFTMAX_SCRATCH_ELEMENTS;
}

// exp_block against the running max: exp(x - r) into block->y for a reference r = block->reference,
// where *running_max is the max of the blocks before this one (and is raised to this block's). The
// block's own max is taken on the side from the same lines, or, where the call takes the max of the
// side range [side_x, side_x + side_length) into *side_max instead (a row's last block takes the next
// row's first), from a second look at its lines (from L1). r is reference_for_block: where that is the
// block's own max, the block is redone (from L1). In place, or where the kernel's side max is a
// separate loop after the exp anyway (config->side_max_interleaved), the block's max is taken first
// instead: the same loop, never a redo, and the same r, so in place gives the same bits. Outputs are at
// most e^8, as accurate as below the max (the raddstoreexpminusmax contract).
// Why not the block's own max, taken a block ahead as reload_one_block_rows_to does: loads that run 8 KiB
// ahead of the exp in the same loop slow it down on data from memory (bench case
// op/smax:three_pass_reload/1x16777216). Why not redo every block that raises the max: in a row of
// independent values block b does with probability 1/(b + 1) (op/smax:three_pass_reload/128x32000). A
// row that climbs by more than 8 per block (sorted ascending, say) pays a second exp pass over every
// block from L1.
struct running_max_block {
  size_t length;
  const void* x;  // elements as the reader reads them
  float* y;
  float reference;  // out: r
  // The side range, or NULL: then the block's own max is taken on the side.
  size_t side_length;
  const void* side_x;
  float* side_max;
};

static double exp_block_running_max(const struct smax_config* config, const struct smax_reader16* reader16,
                                    struct running_max_block* block, float* running_max) {
  const bool max_first = block->x == (const void*) block->y || !config->side_max_interleaved;
  const bool own_side_max = !max_first && block->side_x == NULL;
  const size_t length = block->length;
  float block_max = -INFINITY;  // the kernels' max skips NaN; +inf raises the reference (a redo)
  if (max_first) {
    input_max(config, reader16, length, block->x, &block_max);
    block->reference = smax_reference_for_block(*running_max, block_max);
  } else {
    block->reference = *running_max;
  }
  double sum = exp_block(config, reader16, length, block->x, smax_exp_reference(block->reference), block->y,
                         own_side_max ? length : block->side_length, own_side_max ? block->x : block->side_x,
                         own_side_max ? &block_max : block->side_max);
  if (!max_first) {
    if (!own_side_max) {
      input_max(config, reader16, length, block->x, &block_max);
    }
    block->reference = smax_reference_for_block(*running_max, block_max);
    if (block->reference != *running_max) {
      sum = exp_block(config, reader16, length, block->x, smax_exp_reference(block->reference), block->y, 0, NULL,
                      NULL);
    }
  }
  if (block_max > *running_max) {
    *running_max = block_max;
  }
  return sum;
}

double smax_reload_exp_against_running_max(const struct smax_config* config, size_t length, const float* x,
                                           float* y, float* running_max, float* reference) {
  struct running_max_block block = {.length = length, .x = x, .y = y};
  const double sum = exp_block_running_max(config, NULL, &block, running_max);
  *reference = block.reference;
  return sum;
}

// The exp pass over a row or chunk [x, x + n) of several pipeline blocks, whose first block's max is
// first_block_max. Block b is exponentiated against a reference r_b from the running max, its own max
// taken:
//  - where the kernel interleaves its side max: by exp_block_running_max (r_b may be up to
//    SMAX_RUNNING_MAX_KEEP_LIMIT below the block's max), whose call on the last block takes the first block
//    max of next_x;
//  - otherwise by the call on block b - 1, on the side, as the next block's max, and r_b is the running
//    max with it. Where the max is a separate loop this is faster than taking each block's max just
//    before its exp, though the work is the same (op/smax:three_pass_reload/128x32000 with SMAX_ISA=avx2).
// Fills blocks' references and sums; returns the first block max of next_x (NULL: none, -inf returned).
static float exp_blocks(const struct smax_config* config, const struct smax_reader16* reader16, size_t n,
                        const void* x, float* y, float first_block_max, const void* next_x,
                        const struct reload_blocks* blocks) {
  const size_t block_elements = config->reload_pipeline_elements;
  float running_max = first_block_max;
  float next_block_max = -INFINITY;  // without an interleaved side max: block b + 1's, from block b's call
  float next_row_max = -INFINITY;
  for (size_t b = 0; b < blocks->count; b++) {
    const size_t start = b * block_elements;
    const size_t length = smax_block_length(n - start, block_elements);
    const bool last = b + 1 == blocks->count;
    if (config->side_max_interleaved) {
      const bool next_row = last && next_x != NULL;
      struct running_max_block block = {
          .length = length,
          .x = element_at(reader16, x, start),
          .y = y + start,
          .side_length = next_row ? smax_block_length(n, block_elements) : 0,
          .side_x = next_row ? next_x : NULL,
          .side_max = &next_row_max,
      };
      blocks->sum[b] = exp_block_running_max(config, reader16, &block, &running_max);
      blocks->reference[b] = block.reference;
    } else {
      if (next_block_max > running_max) {
        running_max = next_block_max;
      }
      next_block_max = -INFINITY;
      blocks->reference[b] = running_max;
      const void* next_block = last ? next_x : element_at(reader16, x, start + length);
      const size_t next_length = last ? (next_x != NULL ? smax_block_length(n, block_elements) : 0)
                                      : smax_block_length(n - start - length, block_elements);
      blocks->sum[b] = exp_block(config, reader16, length, element_at(reader16, x, start),
                                 smax_exp_reference(running_max), y + start, next_length, next_block,
                                 last ? &next_row_max : &next_block_max);
    }
  }
  return next_row_max;
}

static size_t blocks_of(const struct smax_config* config, size_t n) {
  const size_t block_elements = config->reload_pipeline_elements;
  return (n + block_elements - 1) / block_elements;
}

static float first_block_max(const struct smax_config* config, const struct smax_reader16* reader16, size_t n,
                             const void* x) {
  float max = -INFINITY;
  input_max(config, reader16, smax_block_length(n, config->reload_pipeline_elements), x, &max);
  return max;
}

// The fused path: rows of one chunk, in one loop, each row's last exp call taking the next row's first
// block max. reader16: 16-bit input rows (smax_reload_rows_16bit); NULL for f32. narrow: the last pass
// writes the 16-bit output (smax_reload_rows_narrowed); NULL for f32.
static SMAX_INLINE void reload_rows_to(const struct smax_config* config, const struct smax_reader16* reader16,
                                       size_t n, size_t rows, const void* x, size_t x_stride, float* y,
                                       size_t y_stride, const struct smax_reload_narrow_output* narrow) {
  if (n <= config->reload_pipeline_elements) {
    reload_one_block_rows_to(config, reader16, n, rows, x, x_stride, y, y_stride, one_block_softmax, narrow, NULL);
    return;
  }
  float reference[RELOAD_MAX_ROW_BLOCKS];
  double sum[RELOAD_MAX_ROW_BLOCKS];
  const struct reload_blocks blocks = {blocks_of(config, n), reference, sum};
  float next_first_block_max = first_block_max(config, reader16, n, x);
  for (size_t r = 0; r < rows; r++) {
    const void* row_x = element_at(reader16, x, r * x_stride);
    float* row_y = y + exps_row(narrow, r) * y_stride;
    uint16_t* row_y16 = narrow != NULL ? narrow->y16 + r * narrow->y16_stride : NULL;
    const void* next_x = r + 1 < rows ? element_at(reader16, row_x, x_stride) : NULL;
    next_first_block_max = exp_blocks(config, reader16, n, row_x, row_y, next_first_block_max, next_x, &blocks);
    const struct smax_max_sum stats = blocks_stats(&blocks);
    if (smax_max_sum_finite(stats)) {
      rescale_blocks(config, n, row_y, &blocks, stats, narrow, row_y16);
    } else {
      nan_row(n, row_y, narrow, row_y16);
    }
  }
}

static void reload_rows(const struct smax_config* config, size_t n, size_t rows, const float* x, size_t x_stride,
                        float* y, size_t y_stride) {
  reload_rows_to(config, NULL, n, rows, x, x_stride, y, y_stride, NULL);
}

void smax_reload_rows_narrowed(const struct smax_config* config, size_t n, size_t rows, const float* x,
                               size_t x_stride, float* y, size_t y_stride,
                               const struct smax_reload_narrow_output* output) {
  reload_rows_to(config, NULL, n, rows, x, x_stride, y, y_stride, output);
}

void smax_reload_rows_16bit(const struct smax_config* config, const struct smax_reader16* reader16, size_t n,
                            size_t rows, const uint16_t* x, size_t x_stride, float* y, size_t y_stride,
                            const struct smax_reload_narrow_output* output) {
  // Two calls of the inlined path, so that the f32 output's copy carries nothing of the narrowing.
  if (output != NULL) {
    reload_rows_to(config, reader16, n, rows, x, x_stride, y, y_stride, output);
  } else {
    reload_rows_to(config, reader16, n, rows, x, x_stride, y, y_stride, NULL);
  }
}

static void reload_reduce(const struct smax_chunk* chunk) {
  const struct smax_config* config = chunk->config;
  struct reload_slot* slot = chunk->stats;
  const struct reload_blocks blocks = {blocks_of(config, chunk->length), slot->reference, slot->block_sum};
  exp_blocks(config, NULL, chunk->length, chunk->x, chunk->y, first_block_max(config, NULL, chunk->length, chunk->x),
             NULL, &blocks);
  slot->stats = blocks_stats(&blocks);
}

static void reload_write(const struct smax_chunk* chunk, const struct smax_row_result* row) {
  struct reload_slot* slot = chunk->stats;
  const struct reload_blocks blocks = {blocks_of(chunk->config, chunk->length), slot->reference, slot->block_sum};
  rescale_blocks(chunk->config, chunk->length, chunk->y, &blocks, row->max_sum, NULL, NULL);
}

const struct smax_softmax_stages smax_three_pass_reload_stages = {
    .name = "three_pass_reload",
    .stats_bytes = sizeof(struct reload_slot),
    .reduce = reload_reduce,
    .merge = smax_merge_max_sum_chunks,
    .write = reload_write,
    .rows = reload_rows,
    .fallback = NULL,
    .add_sink = smax_max_sum_add_sink,
    .logsumexp = smax_max_sum_logsumexp,
    .keeps_input = false,
};

size_t smax_reload_pipeline_elements(const struct smax_ukernel_info* raddstoreexpminusmax) {
  const size_t kernel_block = raddstoreexpminusmax->block_elements;
  return kernel_block * ((SMAX_RELOAD_MIN_PIPELINE_ELEMENTS + kernel_block - 1) / kernel_block);
}

size_t smax_reload_max_chunk_elements(const struct smax_config* config) {
  return RELOAD_MAX_CHUNK_BLOCKS * config->reload_pipeline_elements;
}

size_t smax_reload_max_row_elements(const struct smax_config* config) {
  return RELOAD_MAX_ROW_BLOCKS * config->reload_pipeline_elements;
}
