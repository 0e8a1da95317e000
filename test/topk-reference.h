// The top-k operator's reference (include/smax.h, smax_create_topk_nc_f32's contract), written
// independently of the library's keys and heap: z = fl(scale * x) as the operator computes it, the k best
// entries by std::partial_sort with the documented order, and the row's statistics in IEEE double.
// test/topk-test.cc checks the operator against it with gtest assertions, test/fuzz/topk-fuzzer.cc on the
// rows and parameters the fuzzer draws.
#ifndef SMAX_TEST_TOPK_REFERENCE_H_
#define SMAX_TEST_TOPK_REFERENCE_H_

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <numeric>
#include <vector>

#include "reference.h"

namespace smax_test {

// The documented order: a (at index ia) ranks above b (at ib). NaN above everything, then by value
// (-0 == +0), ties to the lower index. Subnormals rank as 0 (the operator runs with denormals disabled).
inline bool TopkRanksAbove(float a, size_t ia, float b, size_t ib) {
  a = std::fpclassify(a) == FP_SUBNORMAL ? 0.0f : a;
  b = std::fpclassify(b) == FP_SUBNORMAL ? 0.0f : b;
  const bool nan_a = std::isnan(a), nan_b = std::isnan(b);
  if (nan_a != nan_b) {
    return nan_a;
  }
  if (!nan_a && a != b) {
    return a > b;
  }
  return ia < ib;
}

// z = fl(scale * x) as the operator computes it, with denormals disabled: a subnormal x reads as a zero
// of its sign and a subnormal product flushes to one; scale 1 is x itself (no multiplication).
inline float TopkZ(float scale, float x) {
  if (scale == 1.0f) {
    return x;
  }
  const float x_read = std::fpclassify(x) == FP_SUBNORMAL ? std::copysign(0.0f, x) : x;
  const float z = scale * x_read;
  return std::fpclassify(z) == FP_SUBNORMAL ? std::copysign(0.0f, z) : z;
}

// A log-probability or logsumexp within the contract: |got - want| <= LogBound(want), exactly want where
// want is infinite, and -FLT_MAX or -inf where want lies below -FLT_MAX (z near -FLT_MAX in a row near
// +FLT_MAX: no float is nearer).
inline bool TopkLogWithin(float got, double want) {
  if (std::isinf(want)) {
    return static_cast<double>(got) == want;
  }
  if (want < -static_cast<double>(std::numeric_limits<float>::max())) {
    return got == -std::numeric_limits<float>::infinity() || got == -std::numeric_limits<float>::max();
  }
  return std::fabs(got - want) <= LogBound(want);
}

// One row's expected outputs.
struct TopkRowReference {
  std::vector<float> z;       // the whole row's z
  std::vector<size_t> order;  // the k best indices, best first
  bool finite = false;        // L is finite: no NaN, no +inf, not only -inf
  double max = 0.0;           // M, the largest z (NaN ignored)
  double sum = 0.0;           // sum of exp(z - M) where finite
  double logsumexp = 0.0;     // L: M + log(sum); NaN for a NaN or +inf, -inf for a row of -inf only

  // The expected probability and log-probability of the j-th best entry where the row is finite.
  double Probability(size_t j) const {
    return std::exp(static_cast<double>(z[order[j]]) - max) / sum;
  }
  double LogProbability(size_t j) const {
    return (static_cast<double>(z[order[j]]) - max) - std::log(sum);
  }
};

inline TopkRowReference MakeTopkRowReference(const float* x, size_t channels, size_t k, float scale) {
  TopkRowReference r;
  r.z.resize(channels);
  for (size_t c = 0; c < channels; c++) {
    r.z[c] = TopkZ(scale, x[c]);
  }
  std::vector<size_t> order(channels);
  std::iota(order.begin(), order.end(), size_t{0});
  std::partial_sort(order.begin(), order.begin() + k, order.end(),
                    [&](size_t a, size_t b) { return TopkRanksAbove(r.z[a], a, r.z[b], b); });
  r.order.assign(order.begin(), order.begin() + k);
  bool has_nan = false;
  r.max = -std::numeric_limits<double>::infinity();
  for (float v : r.z) {
    has_nan |= std::isnan(v);
    r.max = std::max(r.max, static_cast<double>(v));
  }
  r.finite = !has_nan && std::isfinite(r.max);
  if (r.finite) {
    for (float v : r.z) {
      r.sum += std::exp(static_cast<double>(v) - r.max);
    }
    r.logsumexp = r.max + std::log(r.sum);
  } else {
    r.logsumexp = has_nan || r.max == std::numeric_limits<double>::infinity()
                      ? std::numeric_limits<double>::quiet_NaN()
                      : -std::numeric_limits<double>::infinity();
  }
  return r;
}

}  // namespace smax_test

#endif  // SMAX_TEST_TOPK_REFERENCE_H_
