// The one double-precision reference every smax test compares against, and the numerics contract
// (include/smax.h) as code.
#ifndef SMAX_TEST_REFERENCE_H_
#define SMAX_TEST_REFERENCE_H_

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdlib>
#include <limits>
#include <sstream>
#include <string>
#include <vector>

namespace smax_test {

// SMAX_TEST_QUICK=1 (set by the emulated runs, 60-120x slower than native) asks the suites for a
// reduced list of sizes: every kernel variant and every case still runs, on fewer lengths.
inline bool QuickMode() {
  const char* quick = std::getenv("SMAX_TEST_QUICK");
  return quick != nullptr && quick[0] != '\0' && quick[0] != '0';
}

// Contract thresholds: relative error on outputs >= kLargeOutput, on outputs >= kSmallOutput, and the
// absolute error allowed below kSmallOutput (where outputs may flush to 0); row sums within kSumError.
constexpr double kLargeOutput = 1.0e-6;
constexpr double kLargeOutputRelativeError = 2.0e-6;
constexpr double kSmallOutput = 1.0e-30;
constexpr double kSmallOutputRelativeError = 1.0e-5;
constexpr double kTinyOutputAbsoluteError = 1.0e-30;
constexpr double kSumError = 1.0e-5;

// The largest |actual - p| the contract allows a softmax output, or a probability, whose exact value is
// p >= 0.
inline double OutputBound(double p) {
  return p >= kLargeOutput   ? kLargeOutputRelativeError * p
         : p >= kSmallOutput ? kSmallOutputRelativeError * p
                             : kTinyOutputAbsoluteError;
}

// Log-softmax and logsumexp: |y - y_ref| <= kLogAbsoluteError + kLogRelativeError * |y_ref|.
constexpr double kLogAbsoluteError = 2.0e-6;
constexpr double kLogRelativeError = 2.5e-7;

inline double LogBound(double reference) {
  return kLogAbsoluteError + kLogRelativeError * std::abs(reference);
}

// softmax of one row in double, the IEEE way: a row with a NaN, a +inf, or only -inf gives NaN
// everywhere (those are exactly the rows where exp(x - max) / sum computes inf - inf, 0/0 or NaN).
inline std::vector<double> ReferenceSoftmax(const float* x, size_t n) {
  double max = -std::numeric_limits<double>::infinity();
  bool has_nan = false;
  for (size_t i = 0; i < n; i++) {
    has_nan |= std::isnan(x[i]);
    max = std::max(max, static_cast<double>(x[i]));
  }
  std::vector<double> y(n);
  if (has_nan || std::isinf(max)) {
    std::fill(y.begin(), y.end(), std::numeric_limits<double>::quiet_NaN());
    return y;
  }
  // Kahan-free but exact enough: terms are <= 1 and there are at most 2^28 of them, so the double
  // sum's relative error stays below 2^28 * 2^-53 = 3e-8 (in practice far less).
  double sum = 0.0;
  for (size_t i = 0; i < n; i++) {
    y[i] = std::exp(static_cast<double>(x[i]) - max);
    sum += y[i];
  }
  for (size_t i = 0; i < n; i++) {
    y[i] /= sum;
  }
  return y;
}

// Result of comparing one row against the reference.
struct RowCheck {
  bool ok = true;
  double max_relative_error = 0.0;  // over outputs >= kLargeOutput
  double max_small_relative_error = 0.0;  // over outputs in [kSmallOutput, kLargeOutput)
  double sum_error = 0.0;
  std::string first_failure;
};

// Checks a computed row against the reference under the numerics contract.
inline RowCheck CheckRow(const float* x, const float* y, size_t n) {
  RowCheck check;
  const std::vector<double> reference = ReferenceSoftmax(x, n);
  double sum = 0.0;
  auto fail = [&](size_t i, const char* what, double error) {
    if (check.ok) {
      std::ostringstream message;
      message.precision(9);
      message << what << " at index " << i << " of " << n << ": x=" << x[i] << " y=" << y[i]
              << " reference=" << reference[i] << " error=" << error;
      check.first_failure = message.str();
    }
    check.ok = false;
  };
  for (size_t i = 0; i < n; i++) {
    const double expected = reference[i];
    const double actual = y[i];
    if (std::isnan(expected)) {
      if (!std::isnan(actual)) {
        fail(i, "expected NaN", 0.0);
      }
      continue;
    }
    if (!std::isfinite(actual)) {
      fail(i, "non-finite output", actual);
      continue;
    }
    sum += actual;
    if (std::isinf(x[i]) && x[i] < 0 && actual != 0.0) {
      fail(i, "-inf must give exactly 0", actual);
    }
    const double error = std::abs(actual - expected);
    if (expected >= kLargeOutput) {
      const double relative = error / expected;
      check.max_relative_error = std::max(check.max_relative_error, relative);
      if (relative > kLargeOutputRelativeError) fail(i, "relative error", relative);
    } else if (expected >= kSmallOutput) {
      const double relative = error / expected;
      check.max_small_relative_error = std::max(check.max_small_relative_error, relative);
      if (relative > kSmallOutputRelativeError) fail(i, "small-output relative error", relative);
    } else if (error > kTinyOutputAbsoluteError) {
      fail(i, "tiny-output absolute error", error);
    }
  }
  if (n != 0 && !std::isnan(reference[0])) {
    check.sum_error = std::abs(sum - 1.0);
    if (check.sum_error > kSumError) {
      fail(0, "row sum differs from 1 by", check.sum_error);
    }
  }
  return check;
}

}  // namespace smax_test

#endif  // SMAX_TEST_REFERENCE_H_
