// What an operator created with options (struct smax_softmax_options, smax.h) does to each row beyond
// plain softmax, as the plan (plan.h) and its run see it, and the tensors of one run.
#ifndef SMAX_ROW_OPTIONS_H_
#define SMAX_ROW_OPTIONS_H_

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "smax.h"
#include "smax/common.h"

#ifdef __cplusplus
extern "C" {
#endif

// The options, validated (smax_create_softmax_nc_f32_ex). Plain softmax: flags 0, scale 1, no mask.
struct smax_row_options {
  uint32_t flags;  // SMAX_OPTION_*
  float scale;
  enum smax_mask_type mask_type;
  size_t group_rows;  // >= 1
  // Element types of the input and output (smax_create_softmax_nc): a supported pair.
  enum smax_datatype input_type;
  enum smax_datatype output_type;
};

static const struct smax_row_options smax_plain_row_options = {0, 1.0f, smax_mask_type_none, 1, smax_datatype_f32,
                                                               smax_datatype_f32};

// Bytes of one element of a type.
static SMAX_INLINE size_t smax_datatype_bytes(enum smax_datatype type) {
  return type == smax_datatype_f32 ? sizeof(float) : sizeof(uint16_t);
}

// True if the input or the output is 16-bit: the rows then run in a float tile (plan.c), widened on load
// and narrowed on store.
static SMAX_INLINE bool smax_options_convert(const struct smax_row_options* options) {
  return options->input_type != smax_datatype_f32 || options->output_type != smax_datatype_f32;
}

// True if the rows' z differs from their x: a scale or a mask. The plan then writes z into the output
// as each row (or chunk) is first read, and runs the algorithm in place on it.
static SMAX_INLINE bool smax_options_transform_input(const struct smax_row_options* options) {
  return options->scale != 1.0f || options->mask_type != smax_mask_type_none;
}

// True if the rows need the stages one by one, with the merged statistics in hand between them: for a
// sink, the masked-row policy, log-softmax's output pass or the logsumexp output. Otherwise rows of one
// chunk take their algorithm's fused path.
static SMAX_INLINE bool smax_options_need_staged_rows(const struct smax_row_options* options) {
  return (options->flags & (SMAX_OPTION_LOG_SOFTMAX | SMAX_OPTION_ZERO_MASKED_ROWS | SMAX_OPTION_SINKS |
                            SMAX_OPTION_LOGSUMEXP)) != 0;
}

// The tensors of one run, beyond input and output (the public struct smax_softmax_tensors, checked).
struct smax_row_tensors {
  const void* mask;  // NULL without a mask
  size_t mask_stride;
  size_t mask_rows;
  const float* slopes;  // NULL: slope 1
  const float* sinks;   // NULL: no sink
  float* logsumexp;     // NULL: not asked for
};

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // SMAX_ROW_OPTIONS_H_
