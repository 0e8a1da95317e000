// The softmax operator: argument checks and the create / reshape / setup / run state machine. Create
// keeps the configuration; reshape makes the plan (src/softmax/plan.c) and its workspace; setup checks
// the pointers; run only dispatches the plan.
// posix_memalign
#define _POSIX_C_SOURCE 200112L

#include <float.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>

#include <pthreadpool.h>

#include "smax.h"
#include "smax/config.h"
#include "smax/operator-kind.h"
#include "smax/workspace.h"
#include "smax/plan.h"

enum operator_state {
  operator_state_created,   // no shape yet
  operator_state_reshaped,  // shape and plan set, pointers not (or no longer) valid
  operator_state_ready,     // shape, plan and pointers set: can run
};

struct smax_operator {
  const struct smax_config* config;
  enum smax_algorithm algorithm;
  struct smax_row_options options;
  uint32_t pool_flags;
  enum operator_state state;
  size_t input_stride;
  size_t output_stride;
  size_t input_span;   // elements, from row 0's first to the last row's last
  size_t output_span;
  struct smax_plan plan;
  struct smax_workspace workspace;  // plan.workspace_bytes
  const void* input;  // elements of options.input_type
  void* output;       // elements of options.output_type
  struct smax_row_tensors tensors;
  // Operators of another kind (smax/operator-kind.h): NULL for softmax; else run and delete go to kind.
  const struct smax_operator_kind* kind;
  void* impl;
};

#define KNOWN_FLAGS SMAX_FLAG_YIELD_WORKERS
#define KNOWN_OPTIONS                                                                                          \
  (SMAX_OPTION_LOG_SOFTMAX | SMAX_OPTION_ZERO_MASKED_ROWS | SMAX_OPTION_SLOPES | SMAX_OPTION_SINKS |          \
   SMAX_OPTION_LOGSUMEXP)

// The options checked and copied into `checked` (NULL: plain softmax); smax_status_success or the status
// that smax_create_softmax_nc_f32_ex documents.
static enum smax_status check_options(const struct smax_softmax_options* options, enum smax_algorithm algorithm,
                                      struct smax_row_options* checked) {
  if (options == NULL) {
    return smax_status_success;
  }
  const bool grouped = (options->flags & (SMAX_OPTION_SLOPES | SMAX_OPTION_SINKS)) != 0;
  // A subnormal scale is rejected: the operator runs with denormals disabled, where it would read as 0.
  if ((options->flags & ~KNOWN_OPTIONS) != 0 || !isfinite(options->scale) || !(options->scale >= FLT_MIN) ||
      (options->mask_type != smax_mask_type_none && options->mask_type != smax_mask_type_f32 &&
       options->mask_type != smax_mask_type_f16) ||
      ((options->flags & SMAX_OPTION_SLOPES) && options->mask_type == smax_mask_type_none) ||
      (grouped && options->group_rows == 0)) {
    return smax_status_invalid_parameter;
  }
  if ((options->flags & SMAX_OPTION_LOG_SOFTMAX) && algorithm == smax_algorithm_three_pass_reload) {
    return smax_status_unsupported_parameter;  // its statistics pass overwrites z with exps
  }
  checked->flags = options->flags;
  checked->scale = options->scale;
  checked->mask_type = (enum smax_mask_type) options->mask_type;
  checked->group_rows = grouped ? options->group_rows : 1;
  return smax_status_success;
}

static bool known_datatype(enum smax_datatype type) {
  return type == smax_datatype_f32 || type == smax_datatype_f16 || type == smax_datatype_bf16;
}

// The pairs of enum smax_datatype's documentation: same type in and out, or 16-bit in and f32 out.
static bool supported_datatypes(enum smax_datatype input_type, enum smax_datatype output_type) {
  return input_type == output_type || output_type == smax_datatype_f32;
}

enum smax_status smax_create_softmax_nc(enum smax_datatype input_type, enum smax_datatype output_type,
                                        enum smax_algorithm algorithm, uint32_t flags,
                                        const struct smax_softmax_options* options, smax_operator_t* op_out) {
  if (smax_get_config() == NULL) {
    return smax_status_uninitialized;
  }
  if (op_out == NULL || (unsigned) algorithm >= SMAX_ALGORITHM_COUNT || (flags & ~KNOWN_FLAGS) != 0 ||
      !known_datatype(input_type) || !known_datatype(output_type)) {
    return smax_status_invalid_parameter;
  }
  struct smax_row_options checked = smax_plain_row_options;
  const enum smax_status status = check_options(options, algorithm, &checked);
  if (status != smax_status_success) {
    return status;
  }
  if (!supported_datatypes(input_type, output_type)) {
    return smax_status_unsupported_parameter;
  }
  if (output_type != smax_datatype_f32 && algorithm == smax_algorithm_three_pass_reload) {
    return smax_status_unsupported_parameter;  // it keeps exps in the output between passes
  }
  checked.input_type = input_type;
  checked.output_type = output_type;
  struct smax_operator* op = calloc(1, sizeof(struct smax_operator));
  if (op == NULL) {
    return smax_status_out_of_memory;
  }
  op->config = smax_get_config();
  op->algorithm = algorithm;
  op->options = checked;
  op->pool_flags = PTHREADPOOL_FLAG_DISABLE_DENORMALS;
  if (flags & SMAX_FLAG_YIELD_WORKERS) {
    op->pool_flags |= PTHREADPOOL_FLAG_YIELD_WORKERS;
  }
  op->state = operator_state_created;
  *op_out = op;
  return smax_status_success;
}

enum smax_status smax_create_softmax_nc_f32_ex(enum smax_algorithm algorithm, uint32_t flags,
                                               const struct smax_softmax_options* options, smax_operator_t* op_out) {
  return smax_create_softmax_nc(smax_datatype_f32, smax_datatype_f32, algorithm, flags, options, op_out);
}

enum smax_status smax_create_softmax_nc_f32(enum smax_algorithm algorithm, uint32_t flags, smax_operator_t* op_out) {
  return smax_create_softmax_nc(smax_datatype_f32, smax_datatype_f32, algorithm, flags, NULL, op_out);
}

enum smax_status smax_create_softmax_nc_f16(enum smax_algorithm algorithm, uint32_t flags, smax_operator_t* op_out) {
  return smax_create_softmax_nc(smax_datatype_f16, smax_datatype_f16, algorithm, flags, NULL, op_out);
}

enum smax_status smax_create_softmax_nc_bf16(enum smax_algorithm algorithm, uint32_t flags, smax_operator_t* op_out) {
  return smax_create_softmax_nc(smax_datatype_bf16, smax_datatype_bf16, algorithm, flags, NULL, op_out);
}

// True if the operator's input and output types are `input_type` and `output_type` (the typed functions).
static bool has_datatypes(const struct smax_operator* op, enum smax_datatype input_type,
                          enum smax_datatype output_type) {
  return op->options.input_type == input_type && op->options.output_type == output_type;
}

enum smax_status smax_reshape_softmax_nc(smax_operator_t op, size_t channels, size_t input_stride,
                                         size_t output_stride, size_t batch_size, pthreadpool_t threadpool) {
  if (smax_get_config() == NULL) {
    return smax_status_uninitialized;
  }
  size_t input_span, output_span;
  if (op == NULL || op->kind != NULL || channels == 0 || input_stride < channels || output_stride < channels ||
      !smax_rows_span(batch_size, channels, input_stride, smax_datatype_bytes(op->options.input_type),
                        &input_span) ||
      !smax_rows_span(batch_size, channels, output_stride, smax_datatype_bytes(op->options.output_type),
                        &output_span)) {
    return smax_status_invalid_parameter;
  }
  // Create rejected every algorithm these options cannot run, so there are stages for every length.
  const struct smax_softmax_stages* stages =
      smax_stages_for_options(op->config, op->algorithm, channels, &op->options);
  const struct smax_plan plan = smax_make_plan(op->config, stages, &op->options, channels, batch_size,
                                               pthreadpool_get_threads_count(threadpool));
  if (!smax_workspace_reserve(&op->workspace, plan.workspace_bytes)) {
    return smax_status_out_of_memory;
  }
  op->plan = plan;
  op->input_stride = input_stride;
  op->output_stride = output_stride;
  op->input_span = input_span;
  op->output_span = output_span;
  op->input = NULL;
  op->output = NULL;
  op->tensors = (struct smax_row_tensors){NULL, 0, 0, NULL, NULL, NULL};
  op->state = operator_state_reshaped;
  return smax_status_success;
}

enum smax_status smax_reshape_softmax_nc_f32(smax_operator_t op, size_t channels, size_t input_stride,
                                             size_t output_stride, size_t batch_size, pthreadpool_t threadpool) {
  if (smax_get_config() != NULL && op != NULL && !has_datatypes(op, smax_datatype_f32, smax_datatype_f32)) {
    return smax_status_invalid_parameter;
  }
  return smax_reshape_softmax_nc(op, channels, input_stride, output_stride, batch_size, threadpool);
}

// A range of bytes [begin, begin + bytes); empty when bytes is 0.
struct byte_range {
  uintptr_t begin;
  size_t bytes;
};

static bool ranges_overlap(struct byte_range a, struct byte_range b) {
  return a.bytes != 0 && b.bytes != 0 && a.begin < b.begin + b.bytes && b.begin < a.begin + a.bytes;
}

static struct byte_range range_of(const void* pointer, size_t bytes) {
  const struct byte_range range = {(uintptr_t) pointer, pointer != NULL ? bytes : 0};
  return range;
}

// True if the rows read and the rows written share memory other than by exact in-place aliasing.
// The bytes of the input and of the output that a run reads and writes.
static struct byte_range input_range(const struct smax_operator* op, const void* input) {
  return range_of(input, op->input_span * smax_datatype_bytes(op->options.input_type));
}

static struct byte_range output_range(const struct smax_operator* op, const void* output) {
  return range_of(output, op->output_span * smax_datatype_bytes(op->options.output_type));
}

static bool buffers_overlap_unsafely(const struct smax_operator* op, const void* input, const void* output) {
  if (op->plan.batch_size == 0) {
    return false;
  }
  if (input == output && op->input_stride == op->output_stride &&
      smax_datatype_bytes(op->options.input_type) == smax_datatype_bytes(op->options.output_type)) {
    return false;  // in place: each element is read before it is written, row by row
  }
  return ranges_overlap(input_range(op, input), output_range(op, output));
}

// Number of groups of rows (slopes, sinks).
static size_t group_count(const struct smax_operator* op) {
  return (op->plan.batch_size + op->options.group_rows - 1) / op->options.group_rows;
}

// True if exactly the tensors the options call for are given.
static bool tensors_match_options(const struct smax_operator* op, const struct smax_softmax_tensors* tensors) {
  const uint32_t flags = op->options.flags;
  const struct smax_softmax_tensors none = {NULL, 0, 0, NULL, NULL, NULL};
  const struct smax_softmax_tensors* given = tensors != NULL ? tensors : &none;
  return (given->mask != NULL) == (op->options.mask_type != smax_mask_type_none) &&
         (given->slopes != NULL) == ((flags & SMAX_OPTION_SLOPES) != 0) &&
         (given->sinks != NULL) == ((flags & SMAX_OPTION_SINKS) != 0) &&
         (given->logsumexp != NULL) == ((flags & SMAX_OPTION_LOGSUMEXP) != 0);
}

// The bytes of the mask that a run reads, or false for a stride below channels or a span beyond size_t.
static bool mask_range(const struct smax_operator* op, const struct smax_softmax_tensors* tensors,
                       struct byte_range* range) {
  *range = range_of(NULL, 0);
  if (tensors == NULL || tensors->mask == NULL || op->plan.batch_size == 0) {
    return tensors == NULL || tensors->mask == NULL || tensors->mask_stride == 0 ||
           tensors->mask_stride >= op->plan.channels;
  }
  if (tensors->mask_stride != 0 && tensors->mask_stride < op->plan.channels) {
    return false;
  }
  size_t rows = op->plan.batch_size;
  if (tensors->mask_rows != 0 && tensors->mask_rows < rows) {
    rows = tensors->mask_rows;
  }
  if (tensors->mask_stride == 0) {
    rows = 1;
  }
  size_t elements;
  const size_t element_bytes = op->options.mask_type == smax_mask_type_f16 ? sizeof(uint16_t) : sizeof(float);
  if (!smax_rows_span(rows, op->plan.channels, tensors->mask_stride, element_bytes, &elements)) {
    return false;
  }
  *range = range_of(tensors->mask, elements * element_bytes);
  return true;
}

// True if the output or the logsumexp output overlaps a tensor it must not.
static bool tensors_overlap_unsafely(const struct smax_operator* op, const void* input, const void* output,
                                     const struct smax_softmax_tensors* tensors, struct byte_range mask) {
  if (tensors == NULL || op->plan.batch_size == 0) {
    return false;
  }
  const struct byte_range out = output_range(op, output);
  const struct byte_range in = input_range(op, input);
  const struct byte_range slopes = range_of(tensors->slopes, group_count(op) * sizeof(float));
  const struct byte_range sinks = range_of(tensors->sinks, group_count(op) * sizeof(float));
  const struct byte_range lse = range_of(tensors->logsumexp, op->plan.batch_size * sizeof(float));
  return ranges_overlap(out, mask) || ranges_overlap(out, slopes) || ranges_overlap(out, sinks) ||
         ranges_overlap(out, lse) || ranges_overlap(lse, in) || ranges_overlap(lse, mask) ||
         ranges_overlap(lse, slopes) || ranges_overlap(lse, sinks);
}

enum smax_status smax_setup_softmax_nc(smax_operator_t op, const void* input, void* output,
                                       const struct smax_softmax_tensors* tensors) {
  if (smax_get_config() == NULL) {
    return smax_status_uninitialized;
  }
  if (op == NULL || op->kind != NULL || input == NULL || output == NULL) {
    return smax_status_invalid_parameter;
  }
  if (op->state == operator_state_created) {
    return smax_status_invalid_state;
  }
  struct byte_range mask;
  if (buffers_overlap_unsafely(op, input, output) || !tensors_match_options(op, tensors) ||
      !mask_range(op, tensors, &mask) || tensors_overlap_unsafely(op, input, output, tensors, mask)) {
    return smax_status_invalid_parameter;
  }
  op->input = input;
  op->output = output;
  op->tensors = (struct smax_row_tensors){NULL, 0, 0, NULL, NULL, NULL};
  if (tensors != NULL) {
    op->tensors = (struct smax_row_tensors){tensors->mask,   tensors->mask_stride, tensors->mask_rows,
                                            tensors->slopes, tensors->sinks,       tensors->logsumexp};
  }
  op->state = operator_state_ready;
  return smax_status_success;
}

// A typed setup: smax_setup_softmax_nc on an operator of exactly these types.
static enum smax_status setup_typed(smax_operator_t op, enum smax_datatype type, const void* input, void* output,
                                    const struct smax_softmax_tensors* tensors) {
  if (smax_get_config() != NULL && op != NULL && !has_datatypes(op, type, type)) {
    return smax_status_invalid_parameter;
  }
  return smax_setup_softmax_nc(op, input, output, tensors);
}

enum smax_status smax_setup_softmax_nc_f32_ex(smax_operator_t op, const float* input, float* output,
                                              const struct smax_softmax_tensors* tensors) {
  return setup_typed(op, smax_datatype_f32, input, output, tensors);
}

enum smax_status smax_setup_softmax_nc_f32(smax_operator_t op, const float* input, float* output) {
  return setup_typed(op, smax_datatype_f32, input, output, NULL);
}

enum smax_status smax_setup_softmax_nc_f16(smax_operator_t op, const uint16_t* input, uint16_t* output) {
  return setup_typed(op, smax_datatype_f16, input, output, NULL);
}

enum smax_status smax_setup_softmax_nc_bf16(smax_operator_t op, const uint16_t* input, uint16_t* output) {
  return setup_typed(op, smax_datatype_bf16, input, output, NULL);
}

enum smax_status smax_run_operator(smax_operator_t op, pthreadpool_t threadpool) {
  if (smax_get_config() == NULL) {
    return smax_status_uninitialized;
  }
  if (op == NULL) {
    return smax_status_invalid_parameter;
  }
  if (op->kind != NULL) {
    return op->kind->run(op->impl, threadpool);
  }
  if (op->state != operator_state_ready) {
    return smax_status_invalid_state;
  }
  if (op->plan.batch_size == 0) {
    return smax_status_success;
  }
  const struct smax_run_buffers buffers = {op->input,     op->input_stride, op->output, op->output_stride,
                                           op->workspace.memory, op->tensors};
  smax_run_plan(&op->plan, &buffers, threadpool, op->pool_flags);
  return smax_status_success;
}

enum smax_status smax_delete_operator(smax_operator_t op) {
  if (op != NULL) {
    smax_workspace_release(&op->workspace);
    if (op->kind != NULL) {
      op->kind->destroy(op->impl);
    }
  }
  free(op);
  return smax_status_success;
}

enum smax_status smax_create_operator_of_kind(const struct smax_operator_kind* kind, void* impl,
                                             smax_operator_t* op_out) {
  struct smax_operator* op = calloc(1, sizeof(struct smax_operator));
  if (op == NULL) {
    return smax_status_out_of_memory;
  }
  op->config = smax_get_config();
  op->kind = kind;
  op->impl = impl;
  *op_out = op;
  return smax_status_success;
}

void* smax_operator_impl(smax_operator_t op, const struct smax_operator_kind* kind) {
  return op != NULL && op->kind == kind ? op->impl : NULL;
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
