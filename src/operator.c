// The softmax operator: argument checks, the create / reshape / setup / run state machine, and the
// split of rows across pthreadpool threads. The per-row math lives in softmax-rows.c.
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>

#include <pthreadpool.h>

#include "smax.h"
#include "smax/config.h"
#include "smax/softmax-rows.h"

enum operator_state {
  operator_state_created,   // no shape yet
  operator_state_reshaped,  // shape set, pointers not (or no longer) valid
  operator_state_ready,     // shape and pointers set: can run
};

struct smax_operator {
  enum smax_algorithm algorithm;
  uint32_t flags;
  enum operator_state state;
  size_t channels;
  size_t input_stride;
  size_t output_stride;
  size_t batch_size;
  const float* input;
  float* output;
};

#define KNOWN_FLAGS SMAX_FLAG_YIELD_WORKERS

// Debian's pthreadpool is not built with ThreadSanitizer, so TSan cannot see how it hands the work to
// its threads and back. Under TSan, these annotations state that hand-off: the caller releases the
// context before the parallel call and acquires it after; each task acquires it before reading and
// releases it after writing its rows. They compile to nothing otherwise.
#if defined(__SANITIZE_THREAD__)
#define SMAX_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define SMAX_TSAN 1
#endif
#endif
#ifdef SMAX_TSAN
void __tsan_acquire(void* address);
void __tsan_release(void* address);
#define SMAX_TSAN_ACQUIRE(address) __tsan_acquire(address)
#define SMAX_TSAN_RELEASE(address) __tsan_release(address)
#else
#define SMAX_TSAN_ACQUIRE(address) ((void) (address))
#define SMAX_TSAN_RELEASE(address) ((void) (address))
#endif

// Rows are handed to threads in tiles of about this many elements, so that short rows do not pay a
// task's overhead each.
#define ELEMENTS_PER_TASK 16384

enum smax_status smax_create_softmax_nc_f32(enum smax_algorithm algorithm, uint32_t flags, smax_operator_t* op_out) {
  if (smax_get_config() == NULL) {
    return smax_status_uninitialized;
  }
  if (op_out == NULL || (unsigned) algorithm >= SMAX_ALGORITHM_COUNT || (flags & ~KNOWN_FLAGS) != 0) {
    return smax_status_invalid_parameter;
  }
  struct smax_operator* op = calloc(1, sizeof(struct smax_operator));
  if (op == NULL) {
    return smax_status_out_of_memory;
  }
  op->algorithm = algorithm;
  op->flags = flags;
  op->state = operator_state_created;
  *op_out = op;
  return smax_status_success;
}

// Number of floats spanned by `rows` rows of `channels` at `stride`, or false if it overflows the
// address space (as bytes).
static bool span_in_floats(size_t rows, size_t channels, size_t stride, size_t* span) {
  if (rows == 0) {
    *span = 0;
    return true;
  }
  const size_t max_floats = SIZE_MAX / sizeof(float);
  if (channels > max_floats) {
    return false;
  }
  if (rows - 1 != 0 && stride > (max_floats - channels) / (rows - 1)) {
    return false;
  }
  *span = (rows - 1) * stride + channels;
  return true;
}

enum smax_status smax_reshape_softmax_nc_f32(smax_operator_t op, size_t channels, size_t input_stride,
                                             size_t output_stride, size_t batch_size, pthreadpool_t threadpool) {
  (void) threadpool;
  if (smax_get_config() == NULL) {
    return smax_status_uninitialized;
  }
  size_t span;
  if (op == NULL || channels == 0 || input_stride < channels || output_stride < channels ||
      !span_in_floats(batch_size, channels, input_stride, &span) ||
      !span_in_floats(batch_size, channels, output_stride, &span)) {
    return smax_status_invalid_parameter;
  }
  op->channels = channels;
  op->input_stride = input_stride;
  op->output_stride = output_stride;
  op->batch_size = batch_size;
  op->input = NULL;
  op->output = NULL;
  op->state = operator_state_reshaped;
  return smax_status_success;
}

// True if the rows read and the rows written share memory other than by exact in-place aliasing.
static bool buffers_overlap_unsafely(const struct smax_operator* op, const float* input, const float* output) {
  if (op->batch_size == 0) {
    return false;
  }
  if (input == output && op->input_stride == op->output_stride) {
    return false;  // in place: each element is read before it is written, row by row
  }
  size_t input_span = 0, output_span = 0;
  span_in_floats(op->batch_size, op->channels, op->input_stride, &input_span);
  span_in_floats(op->batch_size, op->channels, op->output_stride, &output_span);
  const uintptr_t input_begin = (uintptr_t) input;
  const uintptr_t output_begin = (uintptr_t) output;
  return input_begin < output_begin + output_span * sizeof(float) &&
         output_begin < input_begin + input_span * sizeof(float);
}

enum smax_status smax_setup_softmax_nc_f32(smax_operator_t op, const float* input, float* output) {
  if (smax_get_config() == NULL) {
    return smax_status_uninitialized;
  }
  if (op == NULL || input == NULL || output == NULL) {
    return smax_status_invalid_parameter;
  }
  if (op->state == operator_state_created) {
    return smax_status_invalid_state;
  }
  if (buffers_overlap_unsafely(op, input, output)) {
    return smax_status_invalid_parameter;
  }
  op->input = input;
  op->output = output;
  op->state = operator_state_ready;
  return smax_status_success;
}

struct run_context {
  const struct smax_config* config;
  smax_softmax_rows_fn* rows_function;
  size_t channels;
  size_t input_stride;
  size_t output_stride;
  const float* input;
  float* output;
};

static void run_rows(void* opaque, size_t first_row, size_t row_count) {
  SMAX_TSAN_ACQUIRE(opaque);
  const struct run_context* context = opaque;
  context->rows_function(context->config, context->channels, row_count,
                         context->input + first_row * context->input_stride, context->input_stride,
                         context->output + first_row * context->output_stride, context->output_stride);
  SMAX_TSAN_RELEASE(opaque);
}

static size_t rows_per_task(size_t batch_size, size_t channels, pthreadpool_t threadpool) {
  size_t rows = channels >= ELEMENTS_PER_TASK ? 1 : ELEMENTS_PER_TASK / channels;
  // Keep a few tasks per thread so that uneven progress still balances.
  const size_t threads = pthreadpool_get_threads_count(threadpool);
  const size_t balanced = (batch_size + 4 * threads - 1) / (4 * threads);
  if (rows > balanced) {
    rows = balanced;
  }
  return rows != 0 ? rows : 1;
}

enum smax_status smax_run_operator(smax_operator_t op, pthreadpool_t threadpool) {
  const struct smax_config* config = smax_get_config();
  if (config == NULL) {
    return smax_status_uninitialized;
  }
  if (op == NULL) {
    return smax_status_invalid_parameter;
  }
  if (op->state != operator_state_ready) {
    return smax_status_invalid_state;
  }
  if (op->batch_size == 0) {
    return smax_status_success;
  }
  struct run_context context = {
      .config = config,
      .rows_function = smax_softmax_rows_function(config, op->algorithm, op->channels),
      .channels = op->channels,
      .input_stride = op->input_stride,
      .output_stride = op->output_stride,
      .input = op->input,
      .output = op->output,
  };
  uint32_t pool_flags = PTHREADPOOL_FLAG_DISABLE_DENORMALS;
  if (op->flags & SMAX_FLAG_YIELD_WORKERS) {
    pool_flags |= PTHREADPOOL_FLAG_YIELD_WORKERS;
  }
  SMAX_TSAN_RELEASE(&context);
  pthreadpool_parallelize_1d_tile_1d(threadpool, run_rows, &context, op->batch_size,
                                     rows_per_task(op->batch_size, op->channels, threadpool), pool_flags);
  SMAX_TSAN_ACQUIRE(&context);
  return smax_status_success;
}

enum smax_status smax_delete_operator(smax_operator_t op) {
  free(op);
  return smax_status_success;
}

enum smax_status smax_run_softmax_nc_f32(size_t channels, size_t input_stride, size_t output_stride,
                                         size_t batch_size, const float* input, float* output,
                                         enum smax_algorithm algorithm, uint32_t flags, pthreadpool_t threadpool) {
  smax_operator_t op = NULL;
  enum smax_status status = smax_create_softmax_nc_f32(algorithm, flags, &op);
  if (status != smax_status_success) {
    return status;
  }
  status = smax_reshape_softmax_nc_f32(op, channels, input_stride, output_stride, batch_size, threadpool);
  if (status == smax_status_success) {
    status = smax_setup_softmax_nc_f32(op, input, output);
  }
  if (status == smax_status_success) {
    status = smax_run_operator(op, threadpool);
  }
  smax_delete_operator(op);
  return status;
}
