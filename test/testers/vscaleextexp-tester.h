// Tester of f32-vscaleextexp: output[i] = exp(clamp(input[i])) * scale[0] * 2^scale[1], with 2^e terms
// below 2^-126 flushed to 0. As XNNPACK's test, the scale is the reciprocal of the reference sum of
// the row (test/testers/exp-reference.h): the reference sum is m * 2^e (frexp), scale = (1/m, -e), so
// the outputs are the row's softmax.
// With streaming(true) the kernel gets params with streaming set (non-temporal stores where it has
// them), and the output is tried at every alignment modulo 64 bytes.
#ifndef SMAX_TEST_TESTERS_VSCALEEXTEXP_TESTER_H_
#define SMAX_TEST_TESTERS_VSCALEEXTEXP_TESTER_H_

#include <algorithm>
#include <cmath>
#include <vector>

#include "testers/exp-reference.h"
#include "testers/tester-base.h"

namespace smax_test {

class VScaleExtExpTester : public TesterBase<VScaleExtExpTester> {
 public:
  VScaleExtExpTester& streaming(bool streaming) {
    streaming_ = streaming;
    return *this;
  }

  void Test(smax_f32_vscaleextexp_ukernel_fn* vscaleextexp) const {
    const size_t n = elements();
    const double log2e = 1.0 / std::log(2.0);
    const struct smax_store_params store = {streaming_ ? 1 : 0};
    ForEachIteration([&](Rng& rng, size_t iteration) {
      const std::vector<float> x = GenerateInputs(rng);
      const ExtExpSumReference reference = ReferenceExtExpSum(x);
      // log2(sum) = log2(scaled_sum) + top * log2(e) = e + log2(m), m in [0.5, 1).
      const double log2_sum = std::log2(reference.scaled_sum) + reference.top * log2e;
      const double e = std::floor(log2_sum) + 1.0;
      const float scale_mantissa = static_cast<float>(1.0 / std::exp2(log2_sum - e));
      const float scale_exponent = static_cast<float>(-e);
      const double absolute_tolerance = kFlushAllowance * std::max(1.0, static_cast<double>(scale_mantissa));
      std::vector<double> expected(n);
      std::vector<bool> must_be_zero(n);
      for (size_t i = 0; i < n; i++) {
        const double clamped = static_cast<double>(ClampExtExp(x[i]));
        // exp(clamped) * 2^scale[1] = exp(clamped + scale[1] * ln2): both terms reach +-1024, the
        // double sum loses at most 2^-42 absolute.
        expected[i] =
            static_cast<double>(scale_mantissa) * std::exp(clamped + static_cast<double>(scale_exponent) / log2e);
        // round(clamped * log2e) + scale[1] <= -127 for sure: the kernel's 2^k term is flushed to 0.
        must_be_zero[i] = clamped * log2e + static_cast<double>(scale_exponent) < -129.0;
      }
      const auto run = [&](size_t shift, Layout layout) {
        const Where context{this, layout, iteration, "scale[0]", scale_mantissa, "scale[1]", scale_exponent};
        ArrayAndOutput array(x, in_place(), layout, shift);
        ReadOnlyBuffer<float> scale = Scalars({scale_mantissa, scale_exponent}, layout);

        vscaleextexp(batch_bytes(), array.input(), array.output(), scale.data(), &store);

        const bool ok = CheckArrayUnchanged(array, context) && CheckUnchanged(scale, "scale[0..2)", context) &&
                        CheckGuards(array, context) && ForEachElement(n, [&](size_t i) {
                          return CheckOutput(context, i, x[i], array.output()[i], expected[i], std::isnan(x[i]),
                                             must_be_zero[i], exp_error() + 2 * kRoundoff, absolute_tolerance);
                        });
        if (ok) RecordOutputErrors();
        return ok;
      };
      for (size_t shift = 0; shift < (streaming_ ? 16 : 1); shift++) {
        if (!InBothLayouts([&](Layout layout) { return run(shift, layout); })) return false;
      }
      return true;
    });
  }

 private:
  bool streaming_ = false;
};

}  // namespace smax_test

#endif  // SMAX_TEST_TESTERS_VSCALEEXTEXP_TESTER_H_
