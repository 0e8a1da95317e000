// The top-k operator's API: argument checks and the create / reshape / setup / run state machine, behind
// the generic operator handle (smax/operator-kind.h). Reshape makes the plan (topk/plan.c) and its
// workspace; setup checks the pointers; run only dispatches the plan (topk/run.c).
// posix_memalign
#define _POSIX_C_SOURCE 200112L

#include <float.h>
#include <math.h>
#include <stdlib.h>

#include "smax/operator-kind.h"
#include "topk/topk.h"

#define KNOWN_FLAGS (SMAX_TOPK_PROBABILITIES | SMAX_TOPK_LOG_PROBABILITIES)

static enum smax_status run_topk(void* impl, pthreadpool_t threadpool) {
  const struct smax_topk_operator* op = impl;
  if (op->state != smax_topk_state_ready) {
    return smax_status_invalid_state;
  }
  if (op->plan.batch_size != 0) {
    smax_topk_run_plan(op, threadpool);
  }
  return smax_status_success;
}

static void destroy_topk(void* impl) {
  struct smax_topk_operator* op = impl;
  smax_workspace_release(&op->workspace);
  free(op);
}

static const struct smax_operator_kind topk_kind = {"topk", run_topk, destroy_topk};

enum smax_status smax_create_topk_nc_f32(size_t k, float scale, uint32_t flags, smax_operator_t* op_out) {
  if (smax_get_config() == NULL) {
    return smax_status_uninitialized;
  }
  // A subnormal scale is rejected: the operator runs with denormals disabled, where it would read as 0.
  if (op_out == NULL || k == 0 || !isfinite(scale) || !(scale >= FLT_MIN) || (flags & ~KNOWN_FLAGS) != 0) {
    return smax_status_invalid_parameter;
  }
  struct smax_topk_operator* op = calloc(1, sizeof(struct smax_topk_operator));
  if (op == NULL) {
    return smax_status_out_of_memory;
  }
  op->config = smax_get_config();
  op->k = k;
  op->scale = scale;
  op->flags = flags;
  op->pool_flags = PTHREADPOOL_FLAG_DISABLE_DENORMALS;
  op->state = smax_topk_state_created;
  const enum smax_status status = smax_create_operator_of_kind(&topk_kind, op, op_out);
  if (status != smax_status_success) {
    free(op);
  }
  return status;
}

enum smax_status smax_reshape_topk_nc_f32(smax_operator_t handle, size_t channels, size_t input_stride,
                                          size_t batch_size, pthreadpool_t threadpool) {
  if (smax_get_config() == NULL) {
    return smax_status_uninitialized;
  }
  struct smax_topk_operator* op = smax_operator_impl(handle, &topk_kind);
  size_t input_span, output_span;
  if (op == NULL || channels == 0 || op->k > channels || input_stride < channels ||
      !smax_rows_span(batch_size, channels, input_stride, sizeof(float), &input_span) ||
      !smax_rows_span(batch_size, op->k, op->k, sizeof(int64_t), &output_span)) {
    return smax_status_invalid_parameter;
  }
  // The heap's ranks hold an index in 32 bits (topk/order.h): rows of 2^32 floats (16 GiB) and more are
  // not taken (only a 64-bit size_t can count them).
#if SIZE_MAX > UINT32_MAX
  if (channels > UINT32_MAX) {
    return smax_status_unsupported_parameter;
  }
#endif
  const struct smax_topk_plan plan =
      smax_topk_make_plan(op->k, channels, batch_size, pthreadpool_get_threads_count(threadpool));
  if (!smax_workspace_reserve(&op->workspace, plan.workspace_bytes)) {
    return smax_status_out_of_memory;
  }
  op->plan = plan;
  op->input_stride = input_stride;
  op->input_span = input_span;
  op->input = NULL;
  op->state = smax_topk_state_reshaped;
  return smax_status_success;
}

// A range of bytes [begin, begin + bytes); empty for NULL or 0 bytes.
struct byte_range {
  uintptr_t begin;
  size_t bytes;
};

static struct byte_range range_of(const void* pointer, size_t bytes) {
  const struct byte_range range = {(uintptr_t) pointer, pointer != NULL ? bytes : 0};
  return range;
}

static bool ranges_overlap(struct byte_range a, struct byte_range b) {
  return a.bytes != 0 && b.bytes != 0 && a.begin < b.begin + b.bytes && b.begin < a.begin + a.bytes;
}

// True if exactly the outputs the flags call for are given, and none overlaps the input or another.
static bool outputs_valid(const struct smax_topk_operator* op, const float* input,
                          const struct smax_topk_outputs* out) {
  if (out->indices == NULL || out->values == NULL ||
      (out->probabilities != NULL) != ((op->flags & SMAX_TOPK_PROBABILITIES) != 0) ||
      (out->log_probabilities != NULL) != ((op->flags & SMAX_TOPK_LOG_PROBABILITIES) != 0)) {
    return false;
  }
  const size_t rows = op->plan.batch_size;
  const size_t entries = rows * op->k;  // no overflow: reshape checked the span of rows * k int64s
  const struct byte_range ranges[] = {
      range_of(input, op->input_span * sizeof(float)),
      range_of(out->indices, entries * sizeof(int64_t)),
      range_of(out->values, entries * sizeof(float)),
      range_of(out->probabilities, entries * sizeof(float)),
      range_of(out->log_probabilities, entries * sizeof(float)),
      range_of(out->max, rows * sizeof(float)),
      range_of(out->logsumexp, rows * sizeof(float)),
  };
  const size_t count = sizeof(ranges) / sizeof(ranges[0]);
  for (size_t a = 0; a < count; a++) {
    for (size_t b = a + 1; b < count; b++) {
      if (ranges_overlap(ranges[a], ranges[b])) {
        return false;
      }
    }
  }
  return true;
}

enum smax_status smax_setup_topk_nc_f32(smax_operator_t handle, const float* input,
                                        const struct smax_topk_outputs* outputs) {
  if (smax_get_config() == NULL) {
    return smax_status_uninitialized;
  }
  struct smax_topk_operator* op = smax_operator_impl(handle, &topk_kind);
  if (op == NULL || input == NULL || outputs == NULL) {
    return smax_status_invalid_parameter;
  }
  if (op->state == smax_topk_state_created) {
    return smax_status_invalid_state;
  }
  if (!outputs_valid(op, input, outputs)) {
    return smax_status_invalid_parameter;
  }
  op->input = input;
  op->outputs = *outputs;
  op->state = smax_topk_state_ready;
  return smax_status_success;
}
