// Runs the top-k plan: whole rows per task, or for a few long rows, every (row, chunk) a task (phase 1:
// each chunk's statistics and sorted top-k into its workspace slot), then each row's merge on the
// calling thread (phase 2: the chunks merged in chunk order, the row's outputs). Both paths merge the same per-chunk statistics
// in the same order, and the top-k of a row is one set whatever the grouping (topk/order.h), so the
// results are the same bits for any number of threads.
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

static size_t chunk_length(const struct smax_topk_plan* plan, size_t chunk) {
  const size_t start = chunk * plan->chunk_elements;
  const size_t rest = plan->channels - start;
  return rest < plan->chunk_elements ? rest : plan->chunk_elements;
}

static void run_whole_rows(void* opaque, size_t first_row, size_t rows) {
  SMAX_TSAN_ACQUIRE(opaque);
  const struct smax_topk_operator* op = opaque;
  const struct smax_topk_plan* plan = &op->plan;
  for (size_t row = first_row; row < first_row + rows; row++) {
    struct smax_topk_heap heap = output_heap(op, row);
    struct smax_max_sum stats = smax_max_sum_empty;
    for (size_t c = 0; c < plan->chunks; c++) {
      const size_t start = c * plan->chunk_elements;
      smax_max_sum_merge(&stats, smax_topk_scan(op->config, row_input(op, row) + start, chunk_length(plan, c), start,
                                                op->scale, &heap));
    }
    smax_topk_heap_sort(&heap);
    smax_topk_finish_row(op, row, stats);
  }
  SMAX_TSAN_RELEASE(opaque);
}

struct slot {
  struct smax_topk_slot_header* header;
  uint64_t* ranks;
};

static struct slot slot_of(const struct smax_topk_operator* op, size_t row, size_t chunk) {
  const struct smax_topk_plan* plan = &op->plan;
  char* base = (char*) op->workspace + (row * plan->chunks + chunk) * plan->slot_bytes;
  struct slot slot;
  slot.header = (struct smax_topk_slot_header*) base;
  slot.ranks = (uint64_t*) (base + sizeof(struct smax_topk_slot_header));
  return slot;
}

static void scan_chunk_task(void* opaque, size_t row, size_t chunk) {
  SMAX_TSAN_ACQUIRE(opaque);
  const struct smax_topk_operator* op = opaque;
  const struct slot slot = slot_of(op, row, chunk);
  const size_t length = chunk_length(&op->plan, chunk);
  struct smax_topk_heap heap = {slot.ranks, 0, op->plan.slot_capacity < length ? op->plan.slot_capacity : length};
  const size_t start = chunk * op->plan.chunk_elements;
  slot.header->stats = smax_topk_scan(op->config, row_input(op, row) + start, length, start, op->scale, &heap);
  smax_topk_heap_sort(&heap);
  slot.header->count = heap.count;
  SMAX_TSAN_RELEASE(opaque);
}

static void merge_row_task(void* opaque, size_t row) {
  SMAX_TSAN_ACQUIRE(opaque);
  const struct smax_topk_operator* op = opaque;
  struct smax_topk_heap heap = output_heap(op, row);
  struct smax_max_sum stats = smax_max_sum_empty;
  for (size_t c = 0; c < op->plan.chunks; c++) {
    const struct slot slot = slot_of(op, row, c);
    smax_max_sum_merge(&stats, slot.header->stats);
    for (size_t j = 0; j < slot.header->count; j++) {
      smax_topk_heap_offer(&heap, slot.ranks[j]);
    }
  }
  smax_topk_heap_sort(&heap);
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
