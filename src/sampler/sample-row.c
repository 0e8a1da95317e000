// The row sampler (sample-row.h).
//
// What makes the token the same on every ISA and thread count: the top-k operator's indices and z values
// are exact (the same bits everywhere), and u is given. Weights are taken against the row's max,
// w_j = exp(z_j - z_0) in double, in sorted order, so min-p and the draw depend on z only. Top-p compares
// the prefix's weight with top_p * S, S = exp(L - z_0), and L's last bits do differ between ISAs (within
// top-k's contract). So a comparison whose outcome the contract's error could flip is redone with S summed
// here in double over the full row, in index order (smax_sampling_exact_log_sum): then every comparison
// has the outcome it has with that S, on every ISA. The row is read again only then, for a prefix mass
// within about 4e-6 (relative) of top_p: about one row in 10^4 to 10^5 for typical vocabularies.
#include <math.h>

#include "sampler/sample-row.h"

// Weight of candidate j against the first (the row's max, finite here).
static double weight(const float* values, size_t j) {
  return exp((double) values[j] - (double) values[0]);
}

size_t smax_sampling_kept_count(const float* values, size_t k, double log_sum, const struct smax_sampling_rule* rule,
                                double tolerance, int* uncertain, double* total) {
  // Top-p's prefix mass sum_{j<m} exp(z_j - L) >= top_p, against the weights: sum_{j<m} w_j >= top_p * S.
  // A comparison within a relative `tolerance` of flipping is one that S's error could flip.
  const double target = rule->top_p * exp(log_sum);
  const double low = target * (1.0 - tolerance);
  const double high = target * (1.0 + tolerance);
  double cumulative = 0.0;
  size_t kept = 0;
  *uncertain = 0;
  while (kept < k) {
    // Min-p in z: z_j - z_0 >= log(min_p); sorted descending, so the first failure ends the prefix. The
    // first candidate always passes (0 >= log(min_p) for min_p < 1).
    if (!((double) values[kept] - (double) values[0] >= rule->log_min_p)) {
      break;
    }
    cumulative += weight(values, kept);
    kept++;
    if (rule->top_p < 1.0) {
      *uncertain |= cumulative >= low && cumulative <= high;
      if (cumulative >= target) {
        break;
      }
    }
  }
  *total = cumulative;
  return kept;
}

double smax_sampling_exact_log_sum(const float* x, size_t channels, float scale, float z_max) {
  double sum = 0.0;
  for (size_t c = 0; c < channels; c++) {
    const float z = scale * x[c];  // fl(scale * x), as the top-k operator rounds it (no contraction)
    sum += exp((double) z - (double) z_max);
  }
  return log(sum);
}

// Bound on |S_topk / S_exact - 1|, S = exp(L - z_0): from top-k's contract on L (|dL| <= 2e-6 +
// 2.5e-7 |L|), twice (exp(2 dL) - 1 > dL for these small dL), plus the double roundings of L - z_0.
static double tolerance_of(float logsumexp, float z_max) {
  return 2.0 * (2e-6 + 2.5e-7 * fabs((double) logsumexp)) + 1e-12 * (fabs((double) z_max) + 1.0);
}

// Inverse CDF over the kept candidates in sorted order: the first j whose cumulative weight exceeds
// u * total, total being their weights summed in this order (by smax_sampling_kept_count). The sums are
// the same operations in the same order as total's, and u * total < total for u < 1, so the loop stops
// at a j of positive weight; j = 0 (weight 1) is only the in-range default.
static size_t draw(const float* values, size_t kept, double total, float u) {
  const double target = (double) u * total;
  double cumulative = 0.0;
  for (size_t j = 0; j < kept; j++) {
    cumulative += weight(values, j);
    if (target < cumulative) {
      return j;
    }
  }
  return 0;
}

struct smax_sampled_token smax_sample_row(const struct smax_sampling_row* row, const struct smax_sampling_rule* rule,
                                          float u) {
  struct smax_sampled_token result = {row->indices[0], row->probabilities[0]};
  if (!isfinite(row->logsumexp)) {
    return result;  // a NaN or +inf in z, or only -inf entries: nothing to draw from
  }
  const float z_max = row->values[0];
  int uncertain;
  double total;
  size_t kept = smax_sampling_kept_count(row->values, row->k, (double) row->logsumexp - (double) z_max, rule,
                                         tolerance_of(row->logsumexp, z_max), &uncertain, &total);
  if (uncertain) {
    const double exact_log_sum = smax_sampling_exact_log_sum(row->x, row->channels, row->scale, z_max);
    kept = smax_sampling_kept_count(row->values, row->k, exact_log_sum, rule, 0.0, &uncertain, &total);
  }
  const size_t chosen = draw(row->values, kept, total, u);
  result.token = row->indices[chosen];
  result.probability = row->probabilities[chosen];
  return result;
}
