// A row's outputs beyond its sorted top-k indices, from its merged (max, sum) M, S: the k values, the max,
// L = M + log(S), and the k probabilities exp(z - M) / S and log-probabilities (z - M) - log(S), each in
// double, rounded once.
#include <math.h>

#include "topk/topk.h"

// The row's verdict comes from its best value, the max in the top-k order: a NaN or +inf there means the
// row holds one (NaN outputs, as the IEEE reference); -inf means every entry is -inf (L = -inf, NaN
// outputs); otherwise the statistics are finite and M is that value.
void smax_topk_finish_row(const struct smax_topk_operator* op, size_t row, struct smax_max_sum stats) {
  const size_t k = op->k;
  const struct smax_topk_outputs* out = &op->outputs;
  // The indices output holds the sorted ranks: each becomes its index, and the value is read again,
  // z = x (scale 1: the scan read x itself) or fl(scale * x), as f32-vmulc computed it for the scan.
  float* values = out->values + row * k;
  int64_t* indices = out->indices + row * k;
  const float* x = op->input + row * op->input_stride;
  // Two loops, not `scale == 1 ? x : scale * x`: a compiler may fold that select into the product (equal
  // in the default floating-point environment), which with denormals disabled flushes a subnormal x that
  // the scan read as itself (clang does, in the TSan build).
  for (size_t j = 0; j < k; j++) {
    const size_t index = smax_topk_rank_index((uint64_t) indices[j]);
    indices[j] = (int64_t) index;
    values[j] = x[index];
  }
  if (op->scale != 1.0f) {
    for (size_t j = 0; j < k; j++) {
      values[j] *= op->scale;
    }
  }
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
