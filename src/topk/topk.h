// The top-k operator's internals: its state, its plan (chunks of long rows, parallelism), and the three
// steps of a row: scan its tiles (each tile's (max, sum), the chunk's top-k), merge, finish the outputs.
#ifndef SMAX_TOPK_TOPK_H_
#define SMAX_TOPK_TOPK_H_

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <pthreadpool.h>

#include "smax.h"
#include "smax/config.h"
#include "smax/plan.h"  // SMAX_ONE_CHUNK_MAX_ELEMENTS: rows up to it are one chunk, as for softmax
#include "smax/row-stats.h"
#include "smax/workspace.h"
#include "topk/order.h"

#ifdef __cplusplus
extern "C" {
#endif

// Rows are scanned in tiles of this many elements: z = scale * x goes to a tile on the stack (in L1)
// from which the statistics kernel and the filter read it. Each tile's (max, sum) depends on the tile
// alone, and a row's statistics are its tiles' merged in tile order: the tile grid (from the row start)
// is the only grid the bits depend on. Chunk lengths are whole tiles.
#define SMAX_TOPK_TILE_ELEMENTS 2048

struct smax_topk_plan {
  size_t channels;
  size_t batch_size;
  size_t k;
  size_t tiles;           // per row
  size_t chunks;  // per row: 1 unless rows are split (smax_topk_chunk_range)
  bool split_rows;        // every (row, chunk) a task, in two phases; else whole rows per task
  size_t rows_per_task;
  size_t slot_capacity;  // entries of a chunk's top-k list: min(k, the longest chunk's elements)
  size_t slot_bytes;     // per chunk, in the workspace (split rows only)
  size_t row_bytes;      // per row in the workspace: its tiles' statistics, then its chunks' slots
  size_t workspace_bytes;
};

// What a scan of a chunk leaves in its workspace slot (split rows): its top-k list (count ranks, best
// first, of slot_capacity: topk/order.h), and the row's merge's cursor in it (taken ranks, 0 after the
// scan). Its tiles' statistics go to the row's tile array.
struct smax_topk_slot_header {
  size_t count;
  size_t taken;
};

enum smax_topk_state {
  smax_topk_state_created,
  smax_topk_state_reshaped,
  smax_topk_state_ready,
};

struct smax_topk_operator {
  const struct smax_config* config;
  size_t k;
  float scale;
  uint32_t flags;
  uint32_t pool_flags;
  enum smax_topk_state state;
  size_t input_stride;
  size_t input_span;  // floats, from row 0's first to the last row's last
  struct smax_topk_plan plan;
  struct smax_workspace workspace;  // plan.workspace_bytes
  const float* input;
  struct smax_topk_outputs outputs;
};

// Plans rows of `channels` elements for `threads` threads. The chunks (work units) may depend on the
// threads: the results do not (the tile grid fixes the statistics, and the top-k set is exact).
SMAX_INTERNAL struct smax_topk_plan smax_topk_make_plan(size_t k, size_t channels, size_t batch_size,
                                                        size_t threads);

// Elements [*start, *start + *length) of a row are chunk `chunk` of the plan: whole tiles, the chunks'
// tile counts differing by at most 1, the shorter chunks first.
SMAX_INTERNAL void smax_topk_chunk_range(const struct smax_topk_plan* plan, size_t chunk, size_t* start,
                                         size_t* length);

// Scans one tile x[0, n), n <= SMAX_TOPK_TILE_ELEMENTS (elements base, base + 1, ... of the row; `seen`
// elements offered to the heap before it): returns the tile's own (max, sum) of z = fl(scale * x), and
// offers every z that could enter the heap.
SMAX_INTERNAL struct smax_max_sum smax_topk_scan_tile(const struct smax_config* config, const float* x, size_t n,
                                                      size_t base, size_t seen, float scale,
                                                      struct smax_topk_heap* heap);

// Writes row r's outputs from its merged statistics; its indices output holds its sorted top-k as ranks
// (topk/order.h), which become the indices and values.
SMAX_INTERNAL void smax_topk_finish_row(const struct smax_topk_operator* op, size_t row, struct smax_max_sum stats);

// Runs a set-up operator on the pool.
SMAX_INTERNAL void smax_topk_run_plan(const struct smax_topk_operator* op, pthreadpool_t threadpool);

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // SMAX_TOPK_TOPK_H_
