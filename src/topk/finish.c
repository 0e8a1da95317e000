// A row's outputs beyond its top-k, from its merged (max, sum) M, S: the max, L = M + log(S), and the
// k probabilities exp(z - M) / S and log-probabilities (z - M) - log(S), each in double, rounded once.
#include <math.h>

#include "topk/topk.h"

// The row's verdict comes from its best value, the max in the top-k order: a NaN or +inf there means the
// row holds one (NaN outputs, as the IEEE reference); -inf means every entry is -inf (L = -inf, NaN
// outputs); otherwise the statistics are finite and M is that value.
void smax_topk_finish_row(const struct smax_topk_operator* op, size_t row, struct smax_max_sum stats) {
  const size_t k = op->k;
  const struct smax_topk_outputs* out = &op->outputs;
  const float* values = out->values + row * k;
  const float top = values[0];
  const bool finite = isfinite(top);
  const double log_sum = finite ? log(stats.sum) : NAN;
  if (out->max != NULL) {
    out->max[row] = top;
  }
  if (out->logsumexp != NULL) {
    out->logsumexp[row] = finite ? (float) ((double) stats.max + log_sum) : (top == -INFINITY ? -INFINITY : NAN);
  }
  if (out->probabilities != NULL) {
    float* p = out->probabilities + row * k;
    for (size_t j = 0; j < k; j++) {
      p[j] = finite ? (float) (exp((double) values[j] - (double) stats.max) / stats.sum) : NAN;
    }
  }
  if (out->log_probabilities != NULL) {
    float* y = out->log_probabilities + row * k;
    for (size_t j = 0; j < k; j++) {
      y[j] = finite ? (float) (((double) values[j] - (double) stats.max) - log_sum) : NAN;
    }
  }
}
