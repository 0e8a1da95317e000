// What every algorithm's stages share: the all-NaN row, and sinks and logsumexp on (max, sum) statistics.
#include <math.h>

#include "smax/softmax-stages.h"

void smax_fill_nan(size_t n, float* y) {
  for (size_t i = 0; i < n; i++) {
    y[i] = NAN;
  }
}

void smax_fill(size_t n, float* y, float value) {
  for (size_t i = 0; i < n; i++) {
    y[i] = value;
  }
}

// The sink is one more entry of the row: (sink, exp(sink - sink) = 1). A sink of -inf is skipped, so
// that it changes no bit (the merge would take it as a part of only -inf entries with sum 1).
void smax_max_sum_add_sink(struct smax_row_result* row, float sink) {
  if (sink == -INFINITY) {
    return;
  }
  const struct smax_max_sum part = {sink, 1.0};
  smax_max_sum_merge(&row->max_sum, part);
  row->verdict = smax_max_sum_verdict(row->max_sum);
}

struct smax_logsumexp smax_max_sum_logsumexp(const struct smax_row_result* row) {
  const double log_sum = log(row->max_sum.sum);
  const struct smax_logsumexp result = {(double) row->max_sum.max + log_sum, row->max_sum.max, (float) log_sum};
  return result;
}
