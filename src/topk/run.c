// Runs the top-k plan: whole rows per task, or for a few long rows, every (row, chunk) a task (phase 1:
// each tile's statistics into the row's tile array, the chunk's sorted top-k into its workspace slot),
// then each row's merge on the calling thread (phase 2: the tiles merged in tile order, the chunks' lists
// into one, the row's outputs). Both paths merge the same per-tile statistics in the same order, and the
// top-k of a row is one set whatever the grouping (topk/order.h), so the results are the same bits for
// any number of threads.
#include "smax/tsan.h"
#include "topk/topk.h"

static const float* row_input(const struct smax_topk_operator* op, size_t row) {
  return op->input + row * op->input_stride;
}

// A row's heap holds its ranks in its k entries of the indices output (int64_t and uint64_t may alias);
// smax_topk_finish_row turns them into indices and values.
static struct smax_topk_heap output_heap(const struct smax_topk_operator* op, size_t row) {
  const struct smax_topk_heap heap = {(uint64_t*) (op->outputs.indices + row * op->k), 0, op->k};
  return heap;
}

static size_t part_length(size_t rest, size_t limit) {
  return rest < limit ? rest : limit;
}

static void run_whole_rows(void* opaque, size_t first_row, size_t rows) {
  SMAX_TSAN_ACQUIRE(opaque);
  const struct smax_topk_operator* op = opaque;
  const struct smax_topk_plan* plan = &op->plan;
  for (size_t row = first_row; row < first_row + rows; row++) {
    struct smax_topk_heap heap = output_heap(op, row);
    struct smax_max_sum stats = smax_max_sum_empty;
    const float* x = row_input(op, row);
    for (size_t t = 0; t < plan->channels; t += SMAX_TOPK_TILE_ELEMENTS) {
      const size_t n = part_length(plan->channels - t, SMAX_TOPK_TILE_ELEMENTS);
      smax_max_sum_merge(&stats, smax_topk_scan_tile(op->config, x + t, n, t, t, op->scale, &heap));
    }
    smax_topk_heap_sort(&heap);
    smax_topk_finish_row(op, row, stats);
  }
  SMAX_TSAN_RELEASE(opaque);
}

// A split row's workspace: its tiles' statistics, then its chunks' slots.
static struct smax_max_sum* tile_stats_of(const struct smax_topk_operator* op, size_t row) {
  return (struct smax_max_sum*) ((char*) op->workspace.memory + row * op->plan.row_bytes);
}

struct slot {
  struct smax_topk_slot_header* header;
  uint64_t* ranks;
};

static struct slot slot_of(const struct smax_topk_operator* op, size_t row, size_t chunk) {
  const struct smax_topk_plan* plan = &op->plan;
  char* base = (char*) op->workspace.memory + (row + 1) * plan->row_bytes - (plan->chunks - chunk) * plan->slot_bytes;
  struct slot slot;
  slot.header = (struct smax_topk_slot_header*) base;
  slot.ranks = (uint64_t*) (base + sizeof(struct smax_topk_slot_header));
  return slot;
}

static void scan_chunk_task(void* opaque, size_t row, size_t chunk) {
  SMAX_TSAN_ACQUIRE(opaque);
  const struct smax_topk_operator* op = opaque;
  const struct smax_topk_plan* plan = &op->plan;
  const struct slot slot = slot_of(op, row, chunk);
  size_t start, length;
  smax_topk_chunk_range(plan, chunk, &start, &length);
  struct smax_topk_heap heap = {slot.ranks, 0, part_length(length, plan->slot_capacity)};
  struct smax_max_sum* tile_stats = tile_stats_of(op, row) + start / SMAX_TOPK_TILE_ELEMENTS;
  const float* x = row_input(op, row) + start;
  for (size_t t = 0; t < length; t += SMAX_TOPK_TILE_ELEMENTS) {
    const size_t n = part_length(length - t, SMAX_TOPK_TILE_ELEMENTS);
    *tile_stats++ = smax_topk_scan_tile(op->config, x + t, n, start + t, t, op->scale, &heap);
  }
  smax_topk_heap_sort(&heap);
  slot.header->count = heap.count;
  slot.header->taken = 0;
  SMAX_TSAN_RELEASE(opaque);
}

// Writes the row's k best ranks, best first, to its indices output: a merge of its chunks' sorted lists
// (each chunk's best remaining rank its head; the best head taken k times). This runs on the calling
// thread while the workers wait, so it takes k * chunks compares rather than a heap's k log k
// mispredicted sifts; the lists hold at least k ranks together (each chunk min(k, its length)).
static void merge_chunk_lists(const struct smax_topk_operator* op, size_t row) {
  uint64_t* out = (uint64_t*) (op->outputs.indices + row * op->k);
  for (size_t j = 0; j < op->k; j++) {
    struct smax_topk_slot_header* best_header = NULL;
    uint64_t best = 0;  // below every rank: no key is 0 (topk/order.h)
    for (size_t c = 0; c < op->plan.chunks; c++) {
      const struct slot slot = slot_of(op, row, c);
      if (slot.header->taken < slot.header->count && slot.ranks[slot.header->taken] > best) {
        best = slot.ranks[slot.header->taken];
        best_header = slot.header;
      }
    }
    out[j] = best;
    best_header->taken++;
  }
}

static void merge_row_task(void* opaque, size_t row) {
  SMAX_TSAN_ACQUIRE(opaque);
  const struct smax_topk_operator* op = opaque;
  struct smax_max_sum stats = smax_max_sum_empty;
  const struct smax_max_sum* tile_stats = tile_stats_of(op, row);
  for (size_t t = 0; t < op->plan.tiles; t++) {
    smax_max_sum_merge(&stats, tile_stats[t]);
  }
  merge_chunk_lists(op, row);
  smax_topk_finish_row(op, row, stats);
  SMAX_TSAN_RELEASE(opaque);
}

void smax_topk_run_plan(const struct smax_topk_operator* op, pthreadpool_t threadpool) {
  void* context = (void*) op;
  SMAX_TSAN_RELEASE(context);
  if (op->plan.split_rows) {
    pthreadpool_parallelize_2d(threadpool, scan_chunk_task, context, op->plan.batch_size, op->plan.chunks,
                               op->pool_flags);
    SMAX_TSAN_ACQUIRE(context);
    SMAX_TSAN_RELEASE(context);
    // The merges (a few rows: split rows are planned only for fewer rows than 4 per thread) run on the
    // calling thread, as the softmax plan's: waking the workers for them costs more than they do.
    // Through pthreadpool without a pool, so that they see the same floating-point environment
    // (denormals disabled) as the tasks of whole-row plans, where each task finishes its own rows.
    pthreadpool_parallelize_1d(NULL, merge_row_task, context, op->plan.batch_size, op->pool_flags);
  } else {
    pthreadpool_parallelize_1d_tile_1d(threadpool, run_whole_rows, context, op->plan.batch_size,
                                       op->plan.rows_per_task, op->pool_flags);
  }
  SMAX_TSAN_ACQUIRE(context);
}
