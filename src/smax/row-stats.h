// Statistics of a part of a row (a kernel block, a reload pipeline block, a chunk, the whole row), and
// the one merge function per kind. Every algorithm reduces a chunk of a row to one of these kinds;
// chunks are merged in chunk order, so the merged statistics depend on the row's chunk grid only.
#ifndef SMAX_ROW_STATS_H_
#define SMAX_ROW_STATS_H_

#include <math.h>
#include <stdbool.h>

#include "smax/common.h"

#ifdef __cplusplus
extern "C" {
#endif

// (max, sum): sum = sum_i exp(x_i - max) over the part, in double. max is the part's max (a float, as
// the kernels return it), -inf for a part of only -inf entries (sum 0 then), +inf for a part with a
// +inf; a NaN entry makes sum NaN.
struct smax_max_sum {
  float max;
  double sum;
};

// The identity of smax_max_sum_merge: an empty part.
static const struct smax_max_sum smax_max_sum_empty = {-INFINITY, 0.0};

// Merges part b into a: a.sum * exp(a.max - M) + b.sum * exp(b.max - M) with M = max(a.max, b.max). The
// part that holds M is taken exactly (its weight is 1); NaN and +inf propagate into the sum, so that the
// row's verdict (smax_max_sum_finite) sees them.
static SMAX_INLINE void smax_max_sum_merge(struct smax_max_sum* a, struct smax_max_sum b) {
  if (b.max > a->max) {
    const struct smax_max_sum t = *a;
    *a = b;
    b = t;
  }
  // Now a->max >= b.max, or one of them is NaN.
  if (b.max == -INFINITY) {
    // A part of only -inf entries (and NaN ones): its sum is 0 (or NaN) and its weight exp(-inf) = 0.
    // Taken without the exp, which would cost more than the rest of a short row's merge.
    a->sum += b.sum;
  } else if (b.max == a->max) {
    a->sum += b.sum;  // also both -inf (sums 0), or both +inf (sums NaN)
  } else if (isnan(b.max)) {
    a->sum = NAN;
  } else {
    a->sum += b.sum * exp((double) b.max - (double) a->max);
  }
  if (isnan(b.max)) {
    a->max = NAN;
  }
}

// True if the merged statistics of a whole row give finite outputs: no NaN and no +inf entry, and at
// least one entry above -inf.
static SMAX_INLINE bool smax_max_sum_finite(struct smax_max_sum row) {
  return isfinite(row.max) && isfinite(row.sum) && row.sum > 0.0;
}

// (mantissa, exponent): sum = mantissa * 2^exponent, with exponent an integer held in a double (the
// two-pass algorithm's extended-range sum, Dukhan & Ablavatski 2020). An empty part is (0, -inf).
struct smax_ext_exp {
  double mantissa;
  double exponent;
};

static const struct smax_ext_exp smax_ext_exp_empty = {0.0, -INFINITY};

// Merges part b into a exactly as the kernels merge elements: the smaller exponent's mantissa is scaled
// by a power of two (the shift clamped at -2000, far below double's range: it flushes to 0).
static SMAX_INLINE void smax_ext_exp_merge(struct smax_ext_exp* a, struct smax_ext_exp b) {
  if (a->exponent == -INFINITY && a->mantissa == 0.0) {
    *a = b;  // the empty part: what the formula below gives, without the ldexp
  } else if (b.exponent > a->exponent) {
    a->mantissa = ldexp(a->mantissa, (int) fmax(a->exponent - b.exponent, -2000.0)) + b.mantissa;
    a->exponent = b.exponent;
  } else {
    a->mantissa += ldexp(b.mantissa, (int) fmax(b.exponent - a->exponent, -2000.0));
  }
}

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // SMAX_ROW_STATS_H_
