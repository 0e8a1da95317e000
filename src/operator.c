// The softmax operator: argument checks and the create / reshape / setup / run state machine. Create
// keeps the configuration; reshape makes the plan (src/softmax/plan.c) and its workspace; setup checks
// the pointers; run only dispatches the plan.
// posix_memalign
#define _POSIX_C_SOURCE 200112L

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>

#include <pthreadpool.h>

#include "smax.h"
#include "smax/config.h"
#include "smax/plan.h"

enum operator_state {
  operator_state_created,   // no shape yet
  operator_state_reshaped,  // shape and plan set, pointers not (or no longer) valid
  operator_state_ready,     // shape, plan and pointers set: can run
};

struct smax_operator {
  const struct smax_config* config;
  enum smax_algorithm algorithm;
  uint32_t pool_flags;
  enum operator_state state;
  size_t input_stride;
  size_t output_stride;
  size_t input_span;   // floats, from row 0's first to the last row's last
  size_t output_span;
  struct smax_plan plan;
  void* workspace;  // plan.workspace_bytes, 64-byte aligned; kept across reshapes that need no more
  size_t workspace_capacity;
  const float* input;
  float* output;
};

#define KNOWN_FLAGS SMAX_FLAG_YIELD_WORKERS
#define WORKSPACE_ALIGNMENT 64

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
  op->config = smax_get_config();
  op->algorithm = algorithm;
  op->pool_flags = PTHREADPOOL_FLAG_DISABLE_DENORMALS;
  if (flags & SMAX_FLAG_YIELD_WORKERS) {
    op->pool_flags |= PTHREADPOOL_FLAG_YIELD_WORKERS;
  }
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

// Makes room for a workspace of `bytes` (64-byte aligned); false, with nothing changed, if that fails.
static bool reserve_workspace(struct smax_operator* op, size_t bytes) {
  if (bytes <= op->workspace_capacity) {
    return true;
  }
  const size_t capacity = (bytes + WORKSPACE_ALIGNMENT - 1) / WORKSPACE_ALIGNMENT * WORKSPACE_ALIGNMENT;
  void* workspace = NULL;
  if (posix_memalign(&workspace, WORKSPACE_ALIGNMENT, capacity) != 0) {
    return false;
  }
  free(op->workspace);
  op->workspace = workspace;
  op->workspace_capacity = capacity;
  return true;
}

enum smax_status smax_reshape_softmax_nc_f32(smax_operator_t op, size_t channels, size_t input_stride,
                                             size_t output_stride, size_t batch_size, pthreadpool_t threadpool) {
  if (smax_get_config() == NULL) {
    return smax_status_uninitialized;
  }
  size_t input_span, output_span;
  if (op == NULL || channels == 0 || input_stride < channels || output_stride < channels ||
      !span_in_floats(batch_size, channels, input_stride, &input_span) ||
      !span_in_floats(batch_size, channels, output_stride, &output_span)) {
    return smax_status_invalid_parameter;
  }
  const struct smax_softmax_stages* stages = smax_stages_for_algorithm(op->config, op->algorithm, channels);
  const struct smax_plan plan =
      smax_make_plan(op->config, stages, channels, batch_size, pthreadpool_get_threads_count(threadpool));
  if (!reserve_workspace(op, plan.workspace_bytes)) {
    return smax_status_out_of_memory;
  }
  op->plan = plan;
  op->input_stride = input_stride;
  op->output_stride = output_stride;
  op->input_span = input_span;
  op->output_span = output_span;
  op->input = NULL;
  op->output = NULL;
  op->state = operator_state_reshaped;
  return smax_status_success;
}

// True if the rows read and the rows written share memory other than by exact in-place aliasing.
static bool buffers_overlap_unsafely(const struct smax_operator* op, const float* input, const float* output) {
  if (op->plan.batch_size == 0) {
    return false;
  }
  if (input == output && op->input_stride == op->output_stride) {
    return false;  // in place: each element is read before it is written, row by row
  }
  const uintptr_t input_begin = (uintptr_t) input;
  const uintptr_t output_begin = (uintptr_t) output;
  return input_begin < output_begin + op->output_span * sizeof(float) &&
         output_begin < input_begin + op->input_span * sizeof(float);
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

enum smax_status smax_run_operator(smax_operator_t op, pthreadpool_t threadpool) {
  if (smax_get_config() == NULL) {
    return smax_status_uninitialized;
  }
  if (op == NULL) {
    return smax_status_invalid_parameter;
  }
  if (op->state != operator_state_ready) {
    return smax_status_invalid_state;
  }
  if (op->plan.batch_size == 0) {
    return smax_status_success;
  }
  const struct smax_run_buffers buffers = {op->input, op->input_stride, op->output, op->output_stride,
                                           op->workspace};
  smax_run_plan(&op->plan, &buffers, threadpool, op->pool_flags);
  return smax_status_success;
}

enum smax_status smax_delete_operator(smax_operator_t op) {
  if (op != NULL) {
    free(op->workspace);
  }
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
