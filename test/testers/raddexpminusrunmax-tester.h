// Tester of f32-raddexpminusrunmax, the online normalizer: state[0] = m = max(-FLT_MAX, max_i input[i]);
// state[1] = d = sum_i exp(input[i] - m). A NaN input makes d NaN; a +inf input makes m +inf (d is
// then unspecified).
#ifndef SMAX_TEST_TESTERS_RADDEXPMINUSRUNMAX_TESTER_H_
#define SMAX_TEST_TESTERS_RADDEXPMINUSRUNMAX_TESTER_H_

#include <cfloat>
#include <cmath>
#include <limits>
#include <vector>

#include "testers/tester-base.h"

namespace smax_test {

class RAddExpMinusRunMaxTester : public TesterBase<RAddExpMinusRunMaxTester> {
 public:
  void Test(smax_f32_raddexpminusrunmax_ukernel_fn* raddexpminusrunmax) const {
    const size_t n = elements();
    ForEachIteration([&](Rng& rng, size_t iteration) {
      const std::vector<float> x = GenerateInputs(rng);
      const bool has_nan = HasNaN(x);
      const float expected_max = MaxIgnoringNaN(x, -FLT_MAX);
      // d in double. The kernel's error: the chain of per-element updates (RunMaxStepError each), the
      // final exp, and the roundings of the exp arguments: each term's arguments x - m_running,
      // m_old - m_new, ... add up to x - m, so an argument rounding of at most 2^-24 * |x - m| in all
      // perturbs the term exp(x - m) by a relative 2^-24 * |x - m|.
      double expected_d = 0.0;
      double arguments_error = 0.0;
      for (float v : x) {
        if (std::isnan(v) || std::isinf(v)) continue;
        const double y = static_cast<double>(v) - static_cast<double>(expected_max);
        const double term = std::exp(y);
        expected_d += term;
        arguments_error += term * std::abs(y) * kRoundoff;
      }
      const double d_error =
          expected_d * (SumRoundings(n, accumulators()) * RunMaxStepError(exp_error()) + exp_error()) +
          arguments_error + static_cast<double>(n) * static_cast<double>(FLT_MIN);
      return InBothLayouts([&](Layout layout) {
        const Where context{this, layout, iteration};
        ReadOnlyBuffer<float> input(x, std::numeric_limits<float>::quiet_NaN(), layout);
        Buffer state = OutputBuffer(2, layout);

        raddexpminusrunmax(batch_bytes(), input.data(), state.data(), nullptr);

        return CheckUnchanged(input, "array", context) && CheckGuards(state, "state[0..2)", context) &&
               CheckState(context, state[0], state[1], expected_max, has_nan, expected_d, d_error);
      });
    });
  }

 private:
  bool CheckState(const Where& context, float m, float d, float expected_max, bool has_nan, double expected_d,
                  double d_error) const {
    if (Bits(m) == kSentinelBits) {
      ADD_FAILURE() << context << ": state[0] (the max) " << kNotWritten;
      return false;
    }
    if (has_nan) {
      return CheckSum(context, "state[1] (d)", d, 0.0, true, 0.0);
    }
    if (!(m == expected_max)) {
      ADD_FAILURE() << context << ": state[0] (the max) = " << Str(m) << ", expected " << Str(expected_max)
                    << (expected_max == -FLT_MAX ? " (-FLT_MAX: every input is -inf)" : "");
      return false;
    }
    if (plus_inf_input()) {
      return true;  // d is unspecified once m is +inf
    }
    if (expected_max == -FLT_MAX && !(d == 0.0f)) {
      ADD_FAILURE() << context << ": state[1] (d) = " << Str(d) << ", expected exactly 0 (every input is -inf)";
      return false;
    }
    return CheckSum(context, "state[1] (d)", d, expected_d, false, d_error);
  }
};

}  // namespace smax_test

#endif  // SMAX_TEST_TESTERS_RADDEXPMINUSRUNMAX_TESTER_H_
