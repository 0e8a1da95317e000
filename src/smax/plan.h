// The plan an operator makes at reshape: which algorithm's stages run, how rows are cut into chunks,
// how the work is spread over the threads, and how much workspace that takes. Run only follows it.
//
// Chunks: a row of up to SMAX_ONE_CHUNK_MAX_ELEMENTS elements is one chunk. A longer row is cut into
// chunks of plan.chunk_elements: as few as reload's chunks of at most 16 pipeline blocks (32K-37K
// elements) allow, of equal lengths in whole blocks, the last one shorter by less than a block.
// Each chunk is reduced to statistics, the row's chunks are merged in chunk order, and each chunk is
// written from the merged statistics. The grid depends on the row length (and the chosen kernels) only,
// and so do the kernel calls made for a row: the results are the same bits for any number of threads.
//
// 16-bit input or output (plan.convert): rows of up to SMAX_TRANSFORM_TILE_ELEMENTS are widened (and
// transformed) a tile of rows at a time into a float tile on the stack, run there as f32 rows of one chunk
// (their output in the tile, or in y for f32 output), and narrowed into y (reload's fused path narrows
// in its last pass instead: the same bits, one pass fewer). Longer rows are cut into chunks
// of SMAX_TRANSFORM_TILE_ELEMENTS (the grid depends on the row length only) and run through the stages:
// each pass over a chunk widens it into the tile again, and a 16-bit output is narrowed from the tile.
// Where the exp kernels read the 16-bit input themselves (plan.read_16bit_input: long softmax rows under
// auto), the chunks are those of f32 rows, no pass widens the input, and the float tile holds exps, which
// the scale pass narrows into a 16-bit output. Softmax rows of up to one tile under reload (auto's choice in
// cache) without a transform are read directly too (plan.read_16bit_rows): reload's fused path runs on
// the 16-bit rows, its exps in the f32 output or in two rows of the float tile taken in turn. Log-softmax
// without a transform reads 16-bit rows directly (plan.read_16bit_log_rows for reload's fused loop,
// plan.read_16bit_input for the stages; f16 rows within one tile keep the tile), its output pass
// included: y = (x - hi) - lo goes from the 16-bit input straight into the output (the 16-bit vsubc2
// kernels), with no tile at all.
//
// Parallelism: whole rows per task (rows of one chunk always; long rows while there are enough rows
// to keep every thread busy), or, for a few long rows, every (row, chunk) a task: phase 1 reduces the
// chunks in parallel, the rows' statistics are merged, phase 2 writes the chunks in parallel.
#ifndef SMAX_PLAN_H_
#define SMAX_PLAN_H_

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <pthreadpool.h>

#include "smax.h"
#include "smax/common.h"
#include "smax/config.h"
#include "smax/read-16bit.h"
#include "smax/row-options.h"
#include "smax/softmax-stages.h"

#ifdef __cplusplus
extern "C" {
#endif

// Rows up to this length are one chunk: shorter rows cost too little to be worth two parallel phases,
// and rows of one chunk keep the fused paths (reload's pipeline across rows).
#define SMAX_ONE_CHUNK_MAX_ELEMENTS 65536
// Rows of one chunk with a scale or mask, and 16-bit rows, are read in tiles of about this many elements
// into a float tile on the stack, from which their algorithm then runs while it is in L1. It is also the
// chunk length of 16-bit rows longer than it.
#define SMAX_TRANSFORM_TILE_ELEMENTS 4096

// The largest chunk slot of any stages (reload's, for a whole row of one chunk): rows run through the
// stages one by one keep the slot of a row of one chunk on the stack.
#define SMAX_LOCAL_SLOT_BYTES 512

enum smax_parallelism {
  smax_parallelism_whole_rows,  // tasks of rows_per_task whole rows
  smax_parallelism_split_rows,  // tasks of one chunk, in two phases
};

struct smax_plan {
  const struct smax_config* config;
  const struct smax_softmax_stages* stages;
  struct smax_row_options options;
  bool convert;          // smax_options_convert: 16-bit input or output, rows through the float tile
  bool transform_input;  // smax_options_transform_input: z is written into the output, then the stages run there
  bool staged_rows;      // smax_options_need_staged_rows: every row through the stages one by one
  // Log-softmax alone on short rows with auto: reload's fused loop across rows (smax_reload_log_softmax_rows)
  // instead of the stages one by one.
  bool fused_log_softmax;
  // A 16-bit output on rows of one tile through reload's fused path: its last pass writes the 16-bit
  // output from the tile (smax_reload_rows_narrowed), instead of scaling in the tile and narrowing after.
  bool narrow_in_last_pass;
  // A 16-bit input read directly by the exp kernels (smax/read-16bit.h) instead of widened into the float
  // tile, under auto's running-max two-pass stages, cut as f32 rows are: softmax rows of several chunks,
  // and log-softmax rows that the fused loop does not take (read_16bit_log_rows).
  bool read_16bit_input;
  // A 16-bit input of rows of at most one tile read directly by reload's fused path
  // (smax_reload_rows_16bit) instead of widened into the float tile: softmax without a transform.
  bool read_16bit_rows;
  // fused_log_softmax on a bf16 input without a transform: reload's fused log-softmax loop reads the
  // bf16 rows directly (smax_reload_log_softmax_rows_16bit) and writes the output from them.
  bool read_16bit_log_rows;
  // f32 rows of one pipeline block with a transform, through reload's fused loop (softmax without other
  // options, or fused_log_softmax): the loop writes each row's z into its output just before it reads the
  // row (smax_reload_rows_from_z), instead of a tile of rows transformed before the loop.
  bool transform_in_loop;
  struct smax_reader16 reader16;  // the kernels that read it, where the input is read directly
  size_t rows_per_transform_tile;  // rows of one chunk transformed before their fused path runs on them
  size_t channels;
  size_t batch_size;
  size_t chunk_elements;  // channels for rows of one chunk
  size_t chunks;          // per row
  size_t slot_bytes;      // per chunk, in the workspace
  enum smax_parallelism parallelism;
  size_t rows_per_task;
  size_t workspace_bytes;  // 0 for rows of one chunk
};

// A row of a split plan in the workspace, between the phases: its merged statistics, and whether they are
// the fallback's.
struct smax_split_row {
  struct smax_row_result result;
  bool fell_back;
};

// The stages of an algorithm (auto resolved for rows of `channels` elements), for softmax or, with `log`,
// log-softmax; NULL where the algorithm cannot compute log-softmax (its stages do not keep the input).
SMAX_INTERNAL const struct smax_softmax_stages* smax_stages_for_algorithm(const struct smax_config* config,
                                                                         enum smax_algorithm algorithm,
                                                                         size_t channels, bool log);
// The stages an operator with these options runs on rows of `channels` elements: those of
// smax_stages_for_algorithm, and for a 16-bit output on rows of several chunks, where the output cannot
// hold exps between passes, auto's stages that keep the input. NULL where the algorithm cannot run.
SMAX_INTERNAL const struct smax_softmax_stages* smax_stages_for_options(const struct smax_config* config,
                                                                       enum smax_algorithm algorithm,
                                                                       size_t channels,
                                                                       const struct smax_row_options* options);

// Plans rows of `channels` elements (>= 1) with the given stages and options, for `threads` threads.
SMAX_INTERNAL struct smax_plan smax_make_plan(const struct smax_config* config,
                                              const struct smax_softmax_stages* stages,
                                              const struct smax_row_options* options, size_t channels,
                                              size_t batch_size, size_t threads);

// The tensors of one run. x and y hold elements of the options' input_type and output_type; strides in
// elements.
struct smax_run_buffers {
  const void* x;
  size_t x_stride;
  void* y;
  size_t y_stride;
  void* workspace;  // plan.workspace_bytes, aligned to 64 bytes
  struct smax_row_tensors tensors;
};

// The options' work on a row, between the stages (src/softmax/row-options.c):
// z = fl(fl(s * x) + fl(slope * mask)) of the row's elements [start, start + length), from x (the row's
// floats from start on: the input, or its widening) into z (may equal x).
SMAX_INTERNAL void smax_transform_row_part(const struct smax_plan* plan, const struct smax_run_buffers* buffers,
                                           size_t row, size_t start, size_t length, const float* x, float* z);
// The row's elements [start, start + length) as the algorithm reads them, into the float tile z: the
// input widened to float, then transformed where the options transform it.
SMAX_INTERNAL void smax_load_row_part(const struct smax_plan* plan, const struct smax_run_buffers* buffers,
                                      size_t row, size_t start, size_t length, float* z);
// The 16-bit output's elements [start, start + length) of the row from their float values y, rounded to
// nearest even.
SMAX_INTERNAL void smax_store_row_part(const struct smax_plan* plan, const struct smax_run_buffers* buffers,
                                       size_t row, size_t start, size_t length, const float* y);
// The row's sink into its merged statistics, where the options have sinks.
SMAX_INTERNAL void smax_add_row_sink(const struct smax_plan* plan, const struct smax_run_buffers* buffers,
                                     const struct smax_softmax_stages* stages, size_t row,
                                     struct smax_row_result* result);
// After the last merge: the row's logsumexp, where log-softmax or the logsumexp output needs it.
SMAX_INTERNAL void smax_finish_row(const struct smax_plan* plan, const struct smax_run_buffers* buffers,
                                   const struct smax_softmax_stages* stages, size_t row,
                                   struct smax_row_result* result);
// Writes a chunk of a row as its verdict and the options say: the stages' write, log-softmax's output
// pass, or a constant (NaN; 0 or -inf for a masked row under SMAX_OPTION_ZERO_MASKED_ROWS).
SMAX_INTERNAL void smax_write_row_chunk(const struct smax_plan* plan, const struct smax_softmax_stages* stages,
                                        const struct smax_chunk* chunk, const struct smax_row_result* result);

// Runs a plan on the pool (NULL: the calling thread). pool_flags go to every pthreadpool call
// (src/softmax/run.c).
SMAX_INTERNAL void smax_run_plan(const struct smax_plan* plan, const struct smax_run_buffers* buffers,
                                 pthreadpool_t threadpool, uint32_t pool_flags);

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // SMAX_PLAN_H_
