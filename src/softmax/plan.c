// The plan (smax/plan.h): made at reshape, followed at run.
#include "smax/plan.h"

#include "smax/reload.h"
#include "smax/tsan.h"

// Whole rows are handed to threads in tiles of about this many elements, so that short rows do not pay
// a task's overhead each.
#define ELEMENTS_PER_TASK 16384
// Long rows are split across threads while there are fewer than this many rows per thread and the rows
// do not divide evenly among the threads; with more, whole rows balance well enough and keep each row
// in its core's cache between its passes (bench cases op/smax:auto/8x128256 and 1x128256, threads:2).
#define WHOLE_ROWS_PER_THREAD 4

// A row of a split plan, between the phases: its merged statistics, and whether they are the fallback's.
struct split_row {
  struct smax_row_result result;
  bool fell_back;
};

const struct smax_softmax_stages* smax_stages_for_algorithm(const struct smax_config* config,
                                                           enum smax_algorithm algorithm, size_t channels) {
  switch (algorithm) {
    case smax_algorithm_three_pass_recompute:
      return &smax_three_pass_recompute_stages;
    case smax_algorithm_three_pass_reload:
      return &smax_three_pass_reload_stages;
    case smax_algorithm_online:
      return &smax_online_stages;
    case smax_algorithm_two_pass:
      return &smax_two_pass_stages;
    case smax_algorithm_auto:
    default:
      // Rows of a few elements: scalar code, where the vector kernels' cost per call dominates
      // (tiny-rows.c). While a row's input and output fit in the last-level cache the passes are compute-bound, and
      // reload, with one exp per element where the others need two, is fastest at every length. Beyond
      // it the passes are bound by memory traffic: two passes over memory (12 bytes per element
      // against reload's 20), with the cheaper of the exp passes for pass 1 (bench cases
      // op/smax:*/1x16777216).
      if (channels <= SMAX_TINY_ROW_MAX_ELEMENTS) {
        return &smax_tiny_rows_stages;
      }
      if (smax_row_exceeds_cache(config, channels)) {
        return &smax_running_max_two_pass_stages;
      }
      return &smax_three_pass_reload_stages;
  }
}

static size_t whole_rows_per_task(size_t batch_size, size_t channels, size_t threads) {
  size_t rows = channels >= ELEMENTS_PER_TASK ? 1 : ELEMENTS_PER_TASK / channels;
  // Keep a few tasks per thread so that uneven progress still balances.
  const size_t balanced = (batch_size + 4 * threads - 1) / (4 * threads);
  if (rows > balanced) {
    rows = balanced;
  }
  return rows != 0 ? rows : 1;
}

static size_t round_up(size_t value, size_t multiple) {
  return (value + multiple - 1) / multiple * multiple;
}

struct smax_plan smax_make_plan(const struct smax_config* config, const struct smax_softmax_stages* stages,
                                size_t channels, size_t batch_size, size_t threads) {
  struct smax_plan plan = {
      .config = config,
      .stages = stages,
      .channels = channels,
      .batch_size = batch_size,
      .chunk_elements = channels,
      .chunks = 1,
      .slot_bytes = 0,
      .parallelism = smax_parallelism_whole_rows,
      .rows_per_task = whole_rows_per_task(batch_size, channels, threads),
      .workspace_bytes = 0,
  };
  if (channels <= SMAX_ONE_CHUNK_MAX_ELEMENTS) {
    return plan;
  }
  // As few chunks as reload's largest allows, of equal lengths in whole pipeline blocks (the last one
  // shorter by less than a block), so that threads get equal work (op/smax:auto/1x128256/threads:2).
  const size_t largest = smax_reload_max_chunk_elements(config);
  const size_t chunks = (channels + largest - 1) / largest;
  plan.chunk_elements = round_up((channels + chunks - 1) / chunks, config->reload_pipeline_elements);
  plan.chunks = (channels + plan.chunk_elements - 1) / plan.chunk_elements;
  size_t slot_bytes = stages->stats_bytes;
  if (stages->fallback != NULL && stages->fallback->stats_bytes > slot_bytes) {
    slot_bytes = stages->fallback->stats_bytes;
  }
  plan.slot_bytes = round_up(slot_bytes, sizeof(double));
  if (threads > 1 && batch_size < WHOLE_ROWS_PER_THREAD * threads && batch_size % threads != 0) {
    plan.parallelism = smax_parallelism_split_rows;
  }
  // Chunk slots for every row, then (split rows) every row's merged result. Overflow is impossible:
  // a slot is far smaller than the chunk of at least 2048 floats it stands for.
  plan.workspace_bytes = batch_size * plan.chunks * plan.slot_bytes;
  if (plan.parallelism == smax_parallelism_split_rows) {
    plan.workspace_bytes += batch_size * sizeof(struct split_row);
  }
  return plan;
}

// ---- Running one row's chunks in order (whole rows) -------------------------------------------------


struct run_context {
  const struct smax_plan* plan;
  const struct smax_run_buffers* buffers;
};

static struct smax_chunk chunk_of(const struct smax_plan* plan, const struct smax_run_buffers* buffers, size_t row,
                                  size_t chunk) {
  const size_t start = chunk * plan->chunk_elements;
  const size_t remaining = plan->channels - start;
  struct smax_chunk result = {
      .config = plan->config,
      .length = remaining < plan->chunk_elements ? remaining : plan->chunk_elements,
      .x = buffers->x + row * buffers->x_stride + start,
      .y = buffers->y + row * buffers->y_stride + start,
      .stats = (char*) buffers->workspace + (row * plan->chunks + chunk) * plan->slot_bytes,
      .row_length = plan->channels,
  };
  return result;
}

static struct smax_row_result reduce_and_merge_row(const struct smax_plan* plan,
                                                   const struct smax_run_buffers* buffers, size_t row,
                                                   const struct smax_softmax_stages* stages) {
  for (size_t c = 0; c < plan->chunks; c++) {
    const struct smax_chunk chunk = chunk_of(plan, buffers, row, c);
    stages->reduce(&chunk);
  }
  return stages->merge(chunk_of(plan, buffers, row, 0).stats, plan->chunks, plan->slot_bytes);
}

static void write_chunk(const struct smax_softmax_stages* stages, const struct smax_chunk* chunk,
                        const struct smax_row_result* row) {
  if (row->verdict == smax_row_finite) {
    stages->write(chunk, row);
  } else {
    smax_fill_nan(chunk->length, chunk->y);
  }
}

// One row through the stages, chunk by chunk on this thread.
static void staged_row(const struct smax_plan* plan, const struct smax_run_buffers* buffers, size_t row) {
  const struct smax_softmax_stages* stages = plan->stages;
  struct smax_row_result result = reduce_and_merge_row(plan, buffers, row, stages);
  if (result.verdict == smax_row_fallback) {
    stages = stages->fallback;
    result = reduce_and_merge_row(plan, buffers, row, stages);
  }
  for (size_t c = 0; c < plan->chunks; c++) {
    const struct smax_chunk chunk = chunk_of(plan, buffers, row, c);
    write_chunk(stages, &chunk, &result);
  }
}

static void run_whole_rows(void* opaque, size_t first_row, size_t rows) {
  SMAX_TSAN_ACQUIRE(opaque);
  const struct run_context* context = opaque;
  const struct smax_plan* plan = context->plan;
  const struct smax_run_buffers* buffers = context->buffers;
  if (plan->chunks > 1) {
    for (size_t r = first_row; r < first_row + rows; r++) {
      staged_row(plan, buffers, r);
    }
  } else {
    plan->stages->rows(plan->config, plan->channels, rows, buffers->x + first_row * buffers->x_stride,
                       buffers->x_stride, buffers->y + first_row * buffers->y_stride, buffers->y_stride);
  }
  SMAX_TSAN_RELEASE(opaque);
}

// ---- Split rows: every (row, chunk) a task, in two phases ------------------------------------------

static struct split_row* split_rows(const struct smax_plan* plan, const struct smax_run_buffers* buffers) {
  return (struct split_row*) ((char*) buffers->workspace + plan->batch_size * plan->chunks * plan->slot_bytes);
}

// The stages that write a row: the fallback's where the row fell back.
static const struct smax_softmax_stages* row_stages(const struct smax_plan* plan, const struct split_row* row) {
  return row->fell_back ? plan->stages->fallback : plan->stages;
}

static void reduce_chunk_task(void* opaque, size_t row, size_t chunk_index) {
  SMAX_TSAN_ACQUIRE(opaque);
  const struct run_context* context = opaque;
  const struct smax_chunk chunk = chunk_of(context->plan, context->buffers, row, chunk_index);
  context->plan->stages->reduce(&chunk);
  SMAX_TSAN_RELEASE(opaque);
}

// Redoes the chunks of the rows that fell back, with the fallback's reduce.
static void fallback_reduce_chunk_task(void* opaque, size_t row, size_t chunk_index) {
  SMAX_TSAN_ACQUIRE(opaque);
  const struct run_context* context = opaque;
  const struct smax_plan* plan = context->plan;
  if (split_rows(plan, context->buffers)[row].fell_back) {
    const struct smax_chunk chunk = chunk_of(plan, context->buffers, row, chunk_index);
    plan->stages->fallback->reduce(&chunk);
  }
  SMAX_TSAN_RELEASE(opaque);
}

static void merge_row_task(void* opaque, size_t row) {
  const struct run_context* context = opaque;
  const struct smax_plan* plan = context->plan;
  struct split_row* split = &split_rows(plan, context->buffers)[row];
  const void* first = chunk_of(plan, context->buffers, row, 0).stats;
  split->result = plan->stages->merge(first, plan->chunks, plan->slot_bytes);
  split->fell_back = split->result.verdict == smax_row_fallback;
}

// The fallback's merge, for the rows that fell back.
static void fallback_merge_row_task(void* opaque, size_t row) {
  const struct run_context* context = opaque;
  const struct smax_plan* plan = context->plan;
  struct split_row* split = &split_rows(plan, context->buffers)[row];
  if (split->fell_back) {
    const void* first = chunk_of(plan, context->buffers, row, 0).stats;
    split->result = plan->stages->fallback->merge(first, plan->chunks, plan->slot_bytes);
  }
}

static void write_chunk_task(void* opaque, size_t row, size_t chunk_index) {
  SMAX_TSAN_ACQUIRE(opaque);
  const struct run_context* context = opaque;
  const struct smax_plan* plan = context->plan;
  const struct split_row* split = &split_rows(plan, context->buffers)[row];
  const struct smax_chunk chunk = chunk_of(plan, context->buffers, row, chunk_index);
  write_chunk(row_stages(plan, split), &chunk, &split->result);
  SMAX_TSAN_RELEASE(opaque);
}

// The merges run on the calling thread, through pthreadpool without a pool, so that they see the same
// floating-point environment (denormals disabled) as the tasks of whole-row plans, where each task
// merges its own rows.
static void merge_rows(struct run_context* context, pthreadpool_function_1d_t merge, uint32_t pool_flags) {
  SMAX_TSAN_ACQUIRE(context);
  pthreadpool_parallelize_1d(NULL, merge, context, context->plan->batch_size, pool_flags);
  SMAX_TSAN_RELEASE(context);
}

static bool any_row_fell_back(const struct smax_plan* plan, const struct smax_run_buffers* buffers) {
  const struct split_row* rows = split_rows(plan, buffers);
  for (size_t r = 0; r < plan->batch_size; r++) {
    if (rows[r].fell_back) {
      return true;
    }
  }
  return false;
}

static void run_split_rows(struct run_context* context, pthreadpool_t threadpool, uint32_t pool_flags) {
  const struct smax_plan* plan = context->plan;
  SMAX_TSAN_RELEASE(context);
  pthreadpool_parallelize_2d(threadpool, reduce_chunk_task, context, plan->batch_size, plan->chunks, pool_flags);
  merge_rows(context, merge_row_task, pool_flags);
  if (plan->stages->fallback != NULL && any_row_fell_back(plan, context->buffers)) {
    pthreadpool_parallelize_2d(threadpool, fallback_reduce_chunk_task, context, plan->batch_size, plan->chunks,
                               pool_flags);
    merge_rows(context, fallback_merge_row_task, pool_flags);
  }
  pthreadpool_parallelize_2d(threadpool, write_chunk_task, context, plan->batch_size, plan->chunks, pool_flags);
  SMAX_TSAN_ACQUIRE(context);
}

void smax_run_plan(const struct smax_plan* plan, const struct smax_run_buffers* buffers, pthreadpool_t threadpool,
                   uint32_t pool_flags) {
  struct run_context context = {plan, buffers};
  if (plan->parallelism == smax_parallelism_split_rows) {
    run_split_rows(&context, threadpool, pool_flags);
    return;
  }
  SMAX_TSAN_RELEASE(&context);
  pthreadpool_parallelize_1d_tile_1d(threadpool, run_whole_rows, &context, plan->batch_size, plan->rows_per_task,
                                     pool_flags);
  SMAX_TSAN_ACQUIRE(&context);
}
