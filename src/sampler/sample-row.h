// One row's draw, from the row's sorted top-k and its statistics: the keep rules (top-k, min-p, top-p),
// then the inverse CDF of the kept weights at u. Scalar C in double, written so that the token depends
// on the z values and u only, never on the ISA or the thread that runs it (sample-row.c says how).
#ifndef SMAX_SAMPLER_SAMPLE_ROW_H_
#define SMAX_SAMPLER_SAMPLE_ROW_H_

#include <stddef.h>
#include <stdint.h>

#include "smax/common.h"

#ifdef __cplusplus
extern "C" {
#endif

/** The keep rules of a sampler, as the row sampler reads them. */
struct smax_sampling_rule {
  /** top_p of struct smax_sampler_params; 1 (or more) is off. */
  double top_p;
  /** log(min_p) in double; -inf (min_p = 0) is off. */
  double log_min_p;
};

/** A row as the top-k operator left it, and the row itself (read again only in rare cases). */
struct smax_sampling_row {
  /** The k indices, sorted by z descending, ties to the lower index (top-k's order). */
  const int64_t* indices;
  /** Their z values, in the same order. */
  const float* values;
  /** Their probabilities exp(z - L) under the full-row softmax (top-k's, within the softmax contract). */
  const float* probabilities;
  /** Number of candidates; at least 1. */
  size_t k;
  /** The top-k operator's L = log(sum exp(z)) of the full row, within its contract
      (|L - L_ref| <= 2e-6 + 2.5e-7 |L_ref|). */
  float logsumexp;
  /** The input row x, its length and the scale: z[c] = fl(scale * x[c]). */
  const float* x;
  size_t channels;
  float scale;
};

/** A row's draw: the token and its probability under the full-row softmax of z. */
struct smax_sampled_token {
  int64_t token;
  float probability;
};

/**
 * Draws one token from a row's top-k with the uniform u in [0, 1).
 *
 * @returns the token and its probability (from row->probabilities); for a row whose L is not finite (a
 *          NaN or +inf in z, or only -inf entries) no draw is made: indices[0] and probabilities[0] (NaN).
 */
SMAX_INTERNAL struct smax_sampled_token smax_sample_row(const struct smax_sampling_row* row,
                                                        const struct smax_sampling_rule* rule, float u);

/**
 * The number of leading candidates kept by min-p and by top-p with the row's sum S = sum exp(z - z_0)
 * given as log_sum = log(S) (at least 1, at most k); *total receives their weights' sum, added in order.
 * *uncertain is set if a top-p comparison sum_{j<m} w_j >= top_p * S was within a relative tolerance of
 * flipping (with tolerance 0: if it held with equality), and cleared otherwise.
 */
SMAX_INTERNAL size_t smax_sampling_kept_count(const float* values, size_t k, double log_sum,
                                              const struct smax_sampling_rule* rule, double tolerance,
                                              int* uncertain, double* total);

/** log(sum_c exp(z[c] - z_max)) of the row in double, summed in index order: the same bits on every ISA. */
SMAX_INTERNAL double smax_sampling_exact_log_sum(const float* x, size_t channels, float scale, float z_max);

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // SMAX_SAMPLER_SAMPLE_ROW_H_
