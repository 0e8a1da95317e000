// The top-k plan: how rows are spread over the threads, and for a few long rows, their split into one
// chunk per thread. The chunks are work units only: the statistics are per tile and merged in tile order,
// and the top-k set is exact whatever the grouping, so the results are the same bits on any number of
// threads, and a chunk as large as the threads allow scans its part with one heap (about k ln(n / k)
// insertions per chunk, its first tile seeded (src/topk/scan.c): the fewer chunks, the fewer).
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
  // One chunk per thread, their tile counts as equal as whole tiles allow.
  plan.chunks = threads < plan.tiles ? threads : plan.tiles;
  const size_t longest = divide_round_up(plan.tiles, plan.chunks) * SMAX_TOPK_TILE_ELEMENTS;
  plan.slot_capacity = k < longest ? k : longest;
  plan.slot_bytes =
      round_up(sizeof(struct smax_topk_slot_header) + plan.slot_capacity * sizeof(uint64_t), SLOT_ALIGNMENT);
  plan.row_bytes = round_up(plan.tiles * sizeof(struct smax_max_sum), SLOT_ALIGNMENT) + plan.chunks * plan.slot_bytes;
  plan.workspace_bytes = batch_size * plan.row_bytes;
  return plan;
}

// Each chunk holds q = tiles / chunks tiles, and the last tiles % chunks chunks one more: the calling
// thread, which pthreadpool gives a single row's chunk 0 and which then merges the row while the workers
// wait, gets one of the shorter.
static size_t first_tile_of(const struct smax_topk_plan* plan, size_t chunk) {
  const size_t q = plan->tiles / plan->chunks, shorter = plan->chunks - plan->tiles % plan->chunks;
  return chunk * q + (chunk > shorter ? chunk - shorter : 0);
}

void smax_topk_chunk_range(const struct smax_topk_plan* plan, size_t chunk, size_t* start, size_t* length) {
  *start = first_tile_of(plan, chunk) * SMAX_TOPK_TILE_ELEMENTS;
  const size_t end = first_tile_of(plan, chunk + 1) * SMAX_TOPK_TILE_ELEMENTS;
  *length = (end < plan->channels ? end : plan->channels) - *start;
}
