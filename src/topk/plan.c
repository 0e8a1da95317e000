// The top-k plan: how rows are spread over the threads, and for a few long rows, their split into one
// chunk per thread. The chunks are work units only: the statistics are per tile and merged in tile order,
// and the top-k set is exact whatever the grouping, so the results are the same bits on any number of
// threads, and a chunk as large as the threads allow scans its part with one heap (k + k ln(n / k)
// insertions per chunk: the fewer chunks, the fewer).
#include "topk/topk.h"

// Whole rows are handed out in tiles of about this many elements, as the softmax plan's.
#define ELEMENTS_PER_TASK 16384
// Long rows are split across threads while there are fewer rows than this per thread and they do not
// divide evenly among the threads (the softmax plan's rule, src/softmax/plan.c).
#define WHOLE_ROWS_PER_THREAD 4
#define SLOT_ALIGNMENT 64

static size_t round_up(size_t value, size_t multiple) {
  return (value + multiple - 1) / multiple * multiple;
}

static size_t divide_round_up(size_t value, size_t divisor) {
  return (value + divisor - 1) / divisor;
}

struct smax_topk_plan smax_topk_make_plan(size_t k, size_t channels, size_t batch_size, size_t threads) {
  struct smax_topk_plan plan = {
      .channels = channels,
      .batch_size = batch_size,
      .k = k,
      .tiles = divide_round_up(channels, SMAX_TOPK_TILE_ELEMENTS),
      .chunk_elements = channels,
      .chunks = 1,
      .split_rows = false,
      .rows_per_task = 1,
      .slot_capacity = k,
      .slot_bytes = 0,
      .row_bytes = 0,
      .workspace_bytes = 0,
  };
  if (threads == 0) {
    threads = 1;
  }
  size_t rows = channels >= ELEMENTS_PER_TASK ? 1 : ELEMENTS_PER_TASK / channels;
  const size_t balanced = divide_round_up(batch_size, 4 * threads);
  plan.rows_per_task = rows > balanced ? (balanced != 0 ? balanced : 1) : rows;
  plan.split_rows = threads > 1 && channels > SMAX_ONE_CHUNK_MAX_ELEMENTS &&
                    batch_size < WHOLE_ROWS_PER_THREAD * threads && batch_size % threads != 0;
  if (!plan.split_rows) {
    return plan;
  }
  // One chunk per thread, of equal lengths in whole tiles.
  plan.chunk_elements = round_up(divide_round_up(channels, threads), SMAX_TOPK_TILE_ELEMENTS);
  plan.chunks = divide_round_up(channels, plan.chunk_elements);
  plan.slot_capacity = k < plan.chunk_elements ? k : plan.chunk_elements;
  plan.slot_bytes =
      round_up(sizeof(struct smax_topk_slot_header) + plan.slot_capacity * sizeof(uint64_t), SLOT_ALIGNMENT);
  plan.row_bytes = round_up(plan.tiles * sizeof(struct smax_max_sum), SLOT_ALIGNMENT) + plan.chunks * plan.slot_bytes;
  plan.workspace_bytes = batch_size * plan.row_bytes;
  return plan;
}
