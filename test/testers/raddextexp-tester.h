// Tester of f32-raddextexp: sum[0] * 2^sum[1] = sum_i exp(clamp(input[i], -1024, 1024)), sum[1] an
// integer, against the extended-range reference of test/testers/exp-reference.h.
#ifndef SMAX_TEST_TESTERS_RADDEXTEXP_TESTER_H_
#define SMAX_TEST_TESTERS_RADDEXTEXP_TESTER_H_

#include <cfloat>
#include <cmath>
#include <limits>
#include <vector>

#include "testers/exp-reference.h"
#include "testers/tester-base.h"

namespace smax_test {

class RAddExtExpTester : public TesterBase<RAddExtExpTester> {
 public:
  void Test(smax_f32_raddextexp_ukernel_fn* raddextexp) const {
    const size_t n = elements();
    // Relative: the chain of additions and the terms' exp error; the kernels also drop terms below
    // 2^-126 times the running total (each at most 2 * 2^-126 of it).
    const double tolerance = SumRoundings(n, accumulators()) * kRoundoff + exp_error() +
                             static_cast<double>(n) * 2.0 * static_cast<double>(FLT_MIN);
    ForEachIteration([&](Rng& rng, size_t iteration) {
      const std::vector<float> x = GenerateInputs(rng);
      const ExtExpSumReference reference = ReferenceExtExpSum(x);
      return InBothLayouts([&](Layout layout) {
        const Where context{this, layout, iteration};
        ReadOnlyBuffer<float> input(x, std::numeric_limits<float>::quiet_NaN(), layout);
        Buffer sum = OutputBuffer(2, layout);

        raddextexp(batch_bytes(), input.data(), sum.data(), nullptr);

        return CheckUnchanged(input, "array", context) && CheckGuards(sum, "sum[0..2)", context) &&
               CheckExtSum(context, sum[0], sum[1], reference, tolerance);
      });
    });
  }

  // Each term on its own: every input -inf (clamped to -1024) but one, v, at each of `positions`, so
  // the sum is the kernel's exp(v) next to n - 1 terms of e^-1024, which for v >= -900 change it by
  // less than e^-100 (the reference adds them anyway). Within the row's exp bound: the sum tolerance of
  // Test() adds the additions' roundings, which would let a few units of error in every exp pass.
  void TestEachTerm(smax_f32_raddextexp_ukernel_fn* raddextexp, const std::vector<size_t>& positions,
                    const std::vector<float>& values) const {
    std::vector<float> x(elements(), -std::numeric_limits<float>::infinity());
    const double tolerance = exp_error() + static_cast<double>(elements()) * 2.0 * static_cast<double>(FLT_MIN);
    for (size_t position : positions) {
      for (float v : values) {
        x[position] = v;
        const ExtExpSumReference reference = ReferenceExtExpSum(x);
        float sum[2] = {FromBits(kSentinelBits), FromBits(kSentinelBits)};
        raddextexp(batch_bytes(), x.data(), sum, nullptr);
        x[position] = -std::numeric_limits<float>::infinity();
        Where context{this, Layout::kExact, 0, "the finite input at", static_cast<float>(position), "value", v};
        context.inputs = "every input -inf (clamped to -1024) but one";
        if (!CheckExtSum(context, sum[0], sum[1], reference, tolerance)) {
          return;
        }
      }
    }
  }

 private:
  bool CheckExtSum(const Where& context, float mantissa, float exponent, const ExtExpSumReference& reference,
                   double tolerance) const {
    if (Bits(mantissa) == kSentinelBits || Bits(exponent) == kSentinelBits) {
      ADD_FAILURE() << context << ": sum[0] or sum[1] " << kNotWritten;
      return false;
    }
    if (reference.has_nan) {
      if (std::isnan(mantissa) || std::isnan(exponent)) return true;
      ADD_FAILURE() << context << ": sum = " << Str(mantissa) << " * 2^" << Str(exponent)
                    << ", expected NaN (an input is NaN)";
      return false;
    }
    if (!std::isfinite(mantissa) || !(mantissa > 0.0f) || !std::isfinite(exponent) ||
        std::floor(exponent) != exponent) {
      ADD_FAILURE() << context << ": sum = " << Str(mantissa) << " * 2^" << Str(exponent)
                    << ": expected a finite positive mantissa and an integer exponent";
      return false;
    }
    // ratio - 1 between sum[0] * 2^sum[1] and scaled_sum * e^top, in the log domain.
    const double log_ratio = std::log(static_cast<double>(mantissa) / reference.scaled_sum) +
                             (static_cast<double>(exponent) * std::log(2.0) - reference.top);
    const double error = std::abs(std::expm1(log_ratio));
    if (!(error <= tolerance)) {
      ADD_FAILURE() << context << ": sum = " << Str(mantissa) << " * 2^" << Str(exponent) << ", expected "
                    << Str(reference.scaled_sum) << " * e^" << Str(reference.top) << ": relative error " << Str(error)
                    << ", allowed " << Str(tolerance);
      return false;
    }
    ErrorLog::Record(kernel_name(), "sum", error);
    return true;
  }
};

}  // namespace smax_test

#endif  // SMAX_TEST_TESTERS_RADDEXTEXP_TESTER_H_
