// The double-precision reference for the operator's options (struct smax_softmax_options in
// include/smax.h) and their numerics contract as code: z in float, exactly as the contract defines it,
// then softmax, log-softmax and logsumexp of z (and the sink) in double, and the bounds that each
// output must meet.
//
// z = fl(fl(scale * x) + fl(slope * mask)): every product and sum below is one float operation in its
// own statement, and the tests are compiled with -ffp-contract=off (CMakeLists.txt, BUILD.bazel), so no
// multiply-add is fused; the volatile stores make the roundings explicit even to a compiler that would
// fuse.
#ifndef SMAX_TEST_OPTIONS_REFERENCE_H_
#define SMAX_TEST_OPTIONS_REFERENCE_H_

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <sstream>
#include <string>

#include "reference.h"
#include "smax.h"

namespace smax_test {

inline uint32_t OptionFloatBits(float value) {
  uint32_t bits;
  std::memcpy(&bits, &value, sizeof(bits));
  return bits;
}

inline float OptionBitsFloat(uint32_t bits) {
  float value;
  std::memcpy(&value, &bits, sizeof(value));
  return value;
}

// IEEE 754 binary16 bit pattern to float, exactly: every half is a float. NaN payloads are kept (shifted
// into the float's mantissa), so a signalling half NaN gives a signalling float NaN; both are NaN.
inline float HalfToFloat(uint16_t half) {
  const uint32_t sign = static_cast<uint32_t>(half & 0x8000u) << 16;
  const uint32_t exponent = (half >> 10) & 0x1Fu;
  const uint32_t mantissa = half & 0x3FFu;
  if (exponent == 0x1Fu) {
    return OptionBitsFloat(sign | UINT32_C(0x7F800000) | mantissa << 13);  // +-inf, NaN
  }
  if (exponent == 0) {
    const float magnitude = static_cast<float>(mantissa) * 0x1p-24f;  // subnormal or zero: exact
    return sign != 0 ? -magnitude : magnitude;
  }
  // Normal: rebias the exponent from 15 to 127.
  return OptionBitsFloat(sign | (exponent + 112u) << 23 | mantissa << 13);
}

// float to the nearest binary16 (ties to even; beyond 65520 +-inf; NaN to the quiet NaN 0x7E00). Only
// for making test masks: the reference reads the masks' bit patterns through HalfToFloat.
inline uint16_t FloatToHalf(float value) {
  const uint16_t sign = (OptionFloatBits(value) >> 16) & 0x8000u;
  if (std::isnan(value)) return sign | 0x7E00u;
  const double magnitude = std::abs(static_cast<double>(value));
  if (magnitude >= 65520.0) return sign | 0x7C00u;  // 65520: halfway between 65504 and 2^16, rounds up
  if (magnitude == 0.0) return sign;
  int e;
  std::frexp(magnitude, &e);
  int exponent = std::max(e - 1, -14);  // floor(log2(magnitude)), at least the subnormals' exponent
  double mantissa = std::nearbyint(std::ldexp(magnitude, 10 - exponent));  // ties to even
  if (mantissa >= 2048.0) {
    exponent++;
    mantissa /= 2.0;
  }
  const uint32_t m = static_cast<uint32_t>(mantissa);
  if (m < 1024u) return static_cast<uint16_t>(sign | m);  // subnormal
  return static_cast<uint16_t>(sign | static_cast<uint32_t>(exponent + 15) << 10 | (m - 1024u));
}

// One z value, as the contract defines it. No mask: fl(scale * x). A mask without slopes: slope 1, and
// fl(1 * m) = m.
// The operator runs with denormals off (smax_run_operator; PTHREADPOOL_FLAG_DISABLE_DENORMALS): subnormal
// operands read as 0 and subnormal results are flushed to 0, keeping their sign.
inline float FlushDenormal(float value) {
  return std::fpclassify(value) == FP_SUBNORMAL ? std::copysign(0.0f, value) : value;
}

inline float ZValue(float scale, float x, bool has_mask, float mask, bool has_slope, float slope) {
  volatile float scaled = FlushDenormal(FlushDenormal(scale) * FlushDenormal(x));
  if (!has_mask) return scaled;
  volatile float masked = has_slope ? FlushDenormal(FlushDenormal(slope) * FlushDenormal(mask)) : FlushDenormal(mask);
  volatile float z = FlushDenormal(scaled + masked);
  return z;
}

// What a row (its z and its sink) gives under the contract.
enum class RowKind {
  kFinite,       // a finite max: softmax, log-softmax and logsumexp are finite (outputs of -inf z aside)
  kNaN,          // a NaN or a +inf in z or the sink: NaN everywhere, NaN logsumexp
  kFullyMasked,  // every z and the sink -inf: NaN (zeros / -inf with SMAX_OPTION_ZERO_MASKED_ROWS), lse -inf
};

inline const char* RowKindName(RowKind kind) {
  switch (kind) {
    case RowKind::kFinite:
      return "finite";
    case RowKind::kNaN:
      return "NaN";
    case RowKind::kFullyMasked:
      return "fully masked";
  }
  return "?";
}

// The reference of one row: its kind and, for finite rows, the max M and log(sum), so that the
// reference softmax is exp(z - M) / sum and the reference log-softmax is (z - M) - log(sum), both in
// double (z - M first: z and M are floats, so the difference is exact or nearly, and a row of equal
// logits of 1e8 gives exactly -log(n)).
struct ReferenceRow {
  RowKind kind = RowKind::kFinite;
  double max = 0.0;
  double sum = 0.0;  // exp(sink - max) + sum_k exp(z[k] - max), in [1, n + 1]
  double log_sum = 0.0;
  double sink_share = 0.0;  // exp(sink - max) / sum: 1 - the row's reference sum
  double Softmax(float z) const {
    return std::exp(static_cast<double>(z) - max) / sum;
  }
  double LogSoftmax(float z) const {
    return (static_cast<double>(z) - max) - log_sum;
  }
  double LogSumExp() const {
    switch (kind) {
      case RowKind::kFinite:
        return max + log_sum;
      case RowKind::kNaN:
        return std::numeric_limits<double>::quiet_NaN();
      case RowKind::kFullyMasked:
        return -std::numeric_limits<double>::infinity();
    }
    return 0.0;
  }
};

// z: the row's n z values; sink: -inf when the operator has no sinks (exp(-inf) = 0: no sink).
inline ReferenceRow MakeReferenceRow(const float* z, size_t n, float sink) {
  ReferenceRow row;
  bool has_nan = std::isnan(sink);
  double max = static_cast<double>(sink);
  for (size_t i = 0; i < n; i++) {
    has_nan |= std::isnan(z[i]);
    max = std::max(max, static_cast<double>(z[i]));
  }
  if (has_nan || max == std::numeric_limits<double>::infinity()) {
    row.kind = RowKind::kNaN;
    return row;
  }
  if (max == -std::numeric_limits<double>::infinity()) {
    row.kind = RowKind::kFullyMasked;
    return row;
  }
  // Terms <= 1, at most 2^24 + 1 of them: the plain double sum is within 2^-29 relative (reference.h).
  const double sink_term = std::exp(static_cast<double>(sink) - max);
  double sum = sink_term;
  for (size_t i = 0; i < n; i++) {
    sum += std::exp(static_cast<double>(z[i]) - max);
  }
  row.max = max;
  row.sum = sum;
  row.log_sum = std::log(sum);
  row.sink_share = sink_term / sum;
  return row;
}

// Worst errors seen, for the suites' summaries.
struct OptionsErrors {
  double softmax_relative = 0.0;        // outputs >= 1e-6
  double softmax_small_relative = 0.0;  // outputs in [1e-30, 1e-6)
  double sum = 0.0;                     // |sum(y) - sum(y_ref)|
  double log_ratio = 0.0;               // |y - y_ref| / LogBound(y_ref), log-softmax
  double lse_ratio = 0.0;               // |lse - lse_ref| / LogBound(lse_ref)
  size_t rows = 0;
  void Merge(const OptionsErrors& other) {
    softmax_relative = std::max(softmax_relative, other.softmax_relative);
    softmax_small_relative = std::max(softmax_small_relative, other.softmax_small_relative);
    sum = std::max(sum, other.sum);
    log_ratio = std::max(log_ratio, other.log_ratio);
    lse_ratio = std::max(lse_ratio, other.lse_ratio);
    rows += other.rows;
  }
};

struct OptionsRowCheck {
  bool ok = true;
  RowKind kind = RowKind::kFinite;
  OptionsErrors errors;
  std::string first_failure;
};

inline std::string DescribeValue(double value) {
  std::ostringstream out;
  out.precision(9);
  out << value;
  return out.str();
}

// Checks one output row y (and its logsumexp, when lse is not NULL) against the reference of z and
// the sink under the options' contract (flags: SMAX_OPTION_LOG_SOFTMAX, SMAX_OPTION_ZERO_MASKED_ROWS).
inline OptionsRowCheck CheckOptionsRow(const float* z, size_t n, float sink, uint32_t flags, const float* y,
                                       const float* lse) {
  OptionsRowCheck check;
  const bool log_softmax = (flags & SMAX_OPTION_LOG_SOFTMAX) != 0;
  const bool zero_masked_rows = (flags & SMAX_OPTION_ZERO_MASKED_ROWS) != 0;
  const ReferenceRow reference = MakeReferenceRow(z, n, sink);
  check.kind = reference.kind;
  check.errors.rows = 1;
  auto fail = [&](size_t i, const std::string& what, double expected, double actual) {
    if (check.ok) {
      std::ostringstream message;
      message.precision(9);
      message << what << " (" << RowKindName(reference.kind) << " row of " << n << ", sink " << sink << ")";
      if (i != SIZE_MAX) message << " at index " << i << ": z=" << z[i];
      message << " expected " << expected << " got " << actual;
      check.first_failure = message.str();
    }
    check.ok = false;
  };
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const double inf = std::numeric_limits<double>::infinity();

  // logsumexp first: a row whose lse is wrong usually has every output wrong too.
  if (lse != nullptr) {
    const double expected = reference.LogSumExp();
    const double actual = *lse;
    if (reference.kind == RowKind::kNaN) {
      if (!std::isnan(actual)) fail(SIZE_MAX, "logsumexp must be NaN", expected, actual);
    } else if (reference.kind == RowKind::kFullyMasked) {
      if (actual != -inf) fail(SIZE_MAX, "logsumexp must be -inf", expected, actual);
    } else {
      const double ratio = std::abs(actual - expected) / LogBound(expected);
      if (!(ratio <= 1.0)) {  // NaN too
        fail(SIZE_MAX, "logsumexp beyond 2e-6 + 2.5e-7|ref|", expected, actual);
      } else {
        check.errors.lse_ratio = ratio;
      }
    }
  }

  if (reference.kind == RowKind::kNaN) {
    for (size_t i = 0; i < n; i++) {
      if (!std::isnan(y[i])) fail(i, "expected NaN", nan, y[i]);
    }
    return check;
  }
  if (reference.kind == RowKind::kFullyMasked) {
    for (size_t i = 0; i < n; i++) {
      if (!zero_masked_rows) {
        if (!std::isnan(y[i]))
          fail(i, "fully masked row without SMAX_OPTION_ZERO_MASKED_ROWS: expected NaN", nan, y[i]);
      } else if (log_softmax) {
        if (y[i] != -inf) fail(i, "fully masked row, log-softmax: expected -inf", -inf, y[i]);
      } else if (y[i] != 0.0f) {
        fail(i, "fully masked row: expected 0", 0.0, y[i]);
      }
    }
    return check;
  }

  if (log_softmax) {
    for (size_t i = 0; i < n; i++) {
      if (z[i] == -std::numeric_limits<float>::infinity()) {
        if (y[i] != -inf) fail(i, "z = -inf must give exactly -inf", -inf, y[i]);
        continue;
      }
      const double expected = reference.LogSoftmax(z[i]);
      if (expected < -static_cast<double>(std::numeric_limits<float>::max())) {
        // Beyond float's range (z near -FLT_MAX in a row whose logsumexp is near +FLT_MAX): no float is
        // within the bound; the rounded result, -inf, and -FLT_MAX are the answers a float can give.
        if (y[i] != -inf && y[i] != -std::numeric_limits<float>::max()) {
          fail(i, "log-softmax below -FLT_MAX must give -inf or -FLT_MAX", expected, y[i]);
        }
        continue;
      }
      const double ratio = std::abs(static_cast<double>(y[i]) - expected) / LogBound(expected);
      if (!(ratio <= 1.0)) {
        fail(i, "log-softmax beyond 2e-6 + 2.5e-7|ref|", expected, y[i]);
      } else {
        check.errors.log_ratio = std::max(check.errors.log_ratio, ratio);
      }
    }
    return check;
  }

  double sum = 0.0;
  double reference_sum = 0.0;
  for (size_t i = 0; i < n; i++) {
    const double actual = y[i];
    if (z[i] == -std::numeric_limits<float>::infinity()) {
      if (actual != 0.0) fail(i, "z = -inf must give exactly 0", 0.0, actual);
      continue;
    }
    const double expected = reference.Softmax(z[i]);
    reference_sum += expected;
    if (!std::isfinite(actual)) {
      fail(i, "non-finite output", expected, actual);
      continue;
    }
    sum += actual;
    const double error = std::abs(actual - expected);
    if (expected >= kLargeOutput) {
      const double relative = error / expected;
      check.errors.softmax_relative = std::max(check.errors.softmax_relative, relative);
      if (relative > kLargeOutputRelativeError) fail(i, "relative error above 2e-6", expected, actual);
    } else if (expected >= kSmallOutput) {
      const double relative = error / expected;
      check.errors.softmax_small_relative = std::max(check.errors.softmax_small_relative, relative);
      if (relative > kSmallOutputRelativeError) fail(i, "small-output relative error above 1e-5", expected, actual);
    } else if (error > kTinyOutputAbsoluteError) {
      fail(i, "tiny-output absolute error above 1e-30", expected, actual);
    }
  }
  // The reference row sums to 1 - the sink's share.
  check.errors.sum = std::abs(sum - reference_sum);
  if (check.errors.sum > kSumError)
    fail(SIZE_MAX, "row sum differs from the reference's by more than 1e-5", reference_sum, sum);
  return check;
}

}  // namespace smax_test

#endif  // SMAX_TEST_OPTIONS_REFERENCE_H_
