// Double-precision references of the exp families: exp(x - max) term by term, with its sum
// (raddexpminusmax, vscaleexpminusmax, raddstoreexpminusmax and its 16-bit twins), and the
// extended-range sum of exp(x) (raddextexp, vscaleextexp).
#ifndef SMAX_TEST_TESTERS_EXP_REFERENCE_H_
#define SMAX_TEST_TESTERS_EXP_REFERENCE_H_

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstddef>
#include <limits>
#include <vector>

#include "smax/microfnptr.h"
#include "ukernel-tester.h"

namespace smax_test {

// ---- exp(x - max) -----------------------------------------------------------------------------------

// Reference for exp(x[i] - max), in double.
//
// The kernels compute exp of the float difference x[i] - *max (src/smax/microfnptr.h): that rounding
// is part of the function, not an error of the kernel, so the reference is exp of the same float
// argument, in double. (For inputs in [90, 100] the difference is exact anyway: Sterbenz.)
struct ExpMinusMaxReference {
  std::vector<double> value;       // exp(fl(x - max)); 0 for -inf; NaN for NaN
  std::vector<bool> must_be_zero;  // -inf, or fl(x - max) below the exp core's cutoff
  double sum = 0.0;                // over the non-NaN entries
  double sum_error = 0.0;          // absolute allowance for the kernel's float sum of its terms
  bool has_nan = false;
};

// term_error: the relative error allowed on each term (the kernel's exp_error() for a sum).
inline ExpMinusMaxReference ReferenceExpMinusMax(const std::vector<float>& x, float max, double term_error,
                                                 size_t accumulators) {
  ExpMinusMaxReference reference;
  const size_t n = x.size();
  reference.value.resize(n);
  reference.must_be_zero.resize(n);
  for (size_t i = 0; i < n; i++) {
    if (std::isnan(x[i])) {
      reference.has_nan = true;
      reference.value[i] = std::numeric_limits<double>::quiet_NaN();
      continue;
    }
    const float argument = x[i] - max;  // what the kernel computes, in float
    reference.value[i] = std::isinf(x[i]) ? 0.0 : std::exp(static_cast<double>(argument));
    reference.must_be_zero[i] = std::isinf(x[i]) || argument < kExpCutoff;
    reference.sum += reference.value[i];
  }
  // The terms' own error, the roundings of the additions, and terms flushed to 0 near the cutoff
  // (each below FLT_MIN).
  reference.sum_error = (term_error + SumRoundings(n, accumulators) * kRoundoff) * reference.sum +
                        static_cast<double>(n) * static_cast<double>(FLT_MIN);
  return reference;
}

// ---- Extended range: sum of exp(clamp(x)) -----------------------------------------------------------

inline float ClampExtExp(float x) {
  const float limit = SMAX_EXTEXP_INPUT_LIMIT;
  return x < -limit ? -limit : (x > limit ? limit : x);
}

// Reference for sum_i exp(clamp(x[i])) (NaN ignored): sum = scaled_sum * e^top, with top the largest
// clamped input, since e^1024 overflows even a double.
struct ExtExpSumReference {
  double top = 0.0;
  double scaled_sum = 0.0;  // >= 1
  bool has_nan = false;
};

inline ExtExpSumReference ReferenceExtExpSum(const std::vector<float>& x) {
  ExtExpSumReference reference;
  reference.top = -std::numeric_limits<double>::infinity();
  for (float v : x) {
    if (std::isnan(v)) {
      reference.has_nan = true;
    } else {
      reference.top = std::max(reference.top, static_cast<double>(ClampExtExp(v)));
    }
  }
  for (float v : x) {
    if (!std::isnan(v)) {
      reference.scaled_sum += std::exp(static_cast<double>(ClampExtExp(v)) - reference.top);
    }
  }
  return reference;
}

}  // namespace smax_test

#endif  // SMAX_TEST_TESTERS_EXP_REFERENCE_H_
