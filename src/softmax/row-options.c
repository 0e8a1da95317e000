// The options' work on a row between the algorithm's stages (smax/plan.h): the input transform
// z = fl(fl(s * x) + fl(slope * mask)), the sink, the logsumexp, and the writes that depend on the
// verdict (log-softmax's output pass, the masked-row policy).
#include <math.h>

#include "smax/plan.h"

// Row r's group (slopes, sinks).
static size_t group_of(const struct smax_plan* plan, size_t row) {
  return row / plan->options.group_rows;
}

// Row r's mask row: r, or r modulo the mask's period (one mask for every head), times the stride (0: one
// mask row for every row).
static const void* mask_row_part(const struct smax_plan* plan, const struct smax_row_tensors* tensors, size_t row,
                                 size_t start) {
  const size_t mask_row = tensors->mask_rows != 0 ? row % tensors->mask_rows : row;
  const size_t element = mask_row * tensors->mask_stride + start;
  if (plan->options.mask_type == smax_mask_type_f16) {
    return (const uint16_t*) tensors->mask + element;
  }
  return (const float*) tensors->mask + element;
}

void smax_transform_row_part(const struct smax_plan* plan, const struct smax_run_buffers* buffers, size_t row,
                             size_t start, size_t length, const float* x, float* y) {
  const struct smax_config* config = plan->config;
  const struct smax_row_tensors* tensors = &buffers->tensors;
  if (plan->options.mask_type == smax_mask_type_none) {
    config->vmulc(length * sizeof(float), x, &plan->options.scale, y, NULL);
    return;
  }
  const float coefficients[2] = {plan->options.scale,
                                 tensors->slopes != NULL ? tensors->slopes[group_of(plan, row)] : 1.0f};
  const void* mask = mask_row_part(plan, tensors, row, start);
  if (plan->options.mask_type == smax_mask_type_f16) {
    config->vscaleaddmaskf16(length * sizeof(float), x, mask, y, coefficients, NULL);
  } else {
    config->vscaleaddmask(length * sizeof(float), x, mask, y, coefficients, NULL);
  }
}

// Element `start` of row `row` of a buffer of `element_bytes` elements at `stride` elements.
static const void* element_of(const void* base, size_t element_bytes, size_t stride, size_t row, size_t start) {
  return (const char*) base + (row * stride + start) * element_bytes;
}

void smax_load_row_part(const struct smax_plan* plan, const struct smax_run_buffers* buffers, size_t row,
                        size_t start, size_t length, float* z) {
  const struct smax_config* config = plan->config;
  const enum smax_datatype type = plan->options.input_type;
  const void* x = element_of(buffers->x, smax_datatype_bytes(type), buffers->x_stride, row, start);
  if (type == smax_datatype_f32) {
    smax_transform_row_part(plan, buffers, row, start, length, x, z);
    return;
  }
  if (type == smax_datatype_f16) {
    config->f16_f32_vcvt(length * sizeof(uint16_t), x, z, NULL);
  } else {
    config->bf16_f32_vcvt(length * sizeof(uint16_t), x, z, NULL);
  }
  if (plan->transform_input) {
    smax_transform_row_part(plan, buffers, row, start, length, z, z);
  }
}

void smax_store_row_part(const struct smax_plan* plan, const struct smax_run_buffers* buffers, size_t row,
                         size_t start, size_t length, const float* y) {
  const struct smax_config* config = plan->config;
  uint16_t* out = (uint16_t*) element_of(buffers->y, sizeof(uint16_t), buffers->y_stride, row, start);
  if (plan->options.output_type == smax_datatype_f16) {
    config->f32_f16_vcvt(length * sizeof(float), y, out, NULL);
  } else {
    config->f32_bf16_vcvt(length * sizeof(float), y, out, NULL);
  }
}

void smax_add_row_sink(const struct smax_plan* plan, const struct smax_run_buffers* buffers,
                       const struct smax_softmax_stages* stages, size_t row, struct smax_row_result* result) {
  if (buffers->tensors.sinks != NULL) {
    stages->add_sink(result, buffers->tensors.sinks[group_of(plan, row)]);
  }
}

void smax_finish_row(const struct smax_plan* plan, const struct smax_run_buffers* buffers,
                     const struct smax_softmax_stages* stages, size_t row, struct smax_row_result* result) {
  if ((plan->options.flags & (SMAX_OPTION_LOG_SOFTMAX | SMAX_OPTION_LOGSUMEXP)) == 0) {
    return;
  }
  switch (result->verdict) {
    case smax_row_finite:
      result->logsumexp = stages->logsumexp(result);
      break;
    case smax_row_masked:
      result->logsumexp.value = -INFINITY;  // log(0): the row's sum, sink included, is 0
      break;
    default:
      result->logsumexp.value = NAN;
      break;
  }
  if (buffers->tensors.logsumexp != NULL) {
    buffers->tensors.logsumexp[row] = (float) result->logsumexp.value;
  }
}

// y = z - logsumexp, as (z - hi) - lo (struct smax_logsumexp says why), with streaming stores for rows
// beyond the streaming crossover (smax_row_streams_stores).
static void write_log_softmax(const struct smax_chunk* chunk, const struct smax_logsumexp* logsumexp) {
  const float c[2] = {logsumexp->hi, logsumexp->lo};
  const struct smax_store_params store = {.streaming = smax_row_streams_stores(chunk->config, chunk->row_length)};
  chunk->config->vsubc2(chunk->length * sizeof(float), chunk->x, chunk->y, c, &store);
}

void smax_write_row_chunk(const struct smax_plan* plan, const struct smax_softmax_stages* stages,
                          const struct smax_chunk* chunk, const struct smax_row_result* result) {
  const bool log_softmax = (plan->options.flags & SMAX_OPTION_LOG_SOFTMAX) != 0;
  switch (result->verdict) {
    case smax_row_finite:
      if (log_softmax) {
        write_log_softmax(chunk, &result->logsumexp);
      } else {
        stages->write(chunk, result);
      }
      break;
    case smax_row_masked:
      if (plan->options.flags & SMAX_OPTION_ZERO_MASKED_ROWS) {
        smax_fill(chunk->length, chunk->y, log_softmax ? -INFINITY : 0.0f);
      } else {
        smax_fill_nan(chunk->length, chunk->y);
      }
      break;
    default:
      smax_fill_nan(chunk->length, chunk->y);
      break;
  }
}
