// The pieces every algorithm's stages share: the merge of (max, sum) statistics over a row's chunks,
// and the all-NaN row.
#include <math.h>

#include "smax/softmax-stages.h"

void smax_fill_nan(size_t n, float* y) {
  for (size_t i = 0; i < n; i++) {
    y[i] = NAN;
  }
}

struct smax_row_result smax_merge_max_sum_chunks(const void* first, size_t chunks, size_t stride) {
  struct smax_row_result row = {.verdict = smax_row_nan, .max_sum = smax_max_sum_empty};
  const char* slot = first;
  for (size_t c = 0; c < chunks; c++) {
    smax_max_sum_merge(&row.max_sum, *(const struct smax_max_sum*) (slot + c * stride));
  }
  if (smax_max_sum_finite(row.max_sum)) {
    row.verdict = smax_row_finite;
  }
  return row;
}
