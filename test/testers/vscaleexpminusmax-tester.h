// Tester of f32-vscaleexpminusmax: output[i] = exp(input[i] - *max) * *scale, with *max the inputs'
// max (NaN ignored), against the double reference of test/testers/exp-reference.h.
#ifndef SMAX_TEST_TESTERS_VSCALEEXPMINUSMAX_TESTER_H_
#define SMAX_TEST_TESTERS_VSCALEEXPMINUSMAX_TESTER_H_

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

#include "testers/exp-reference.h"
#include "testers/tester-base.h"

namespace smax_test {

class VScaleExpMinusMaxTester : public TesterBase<VScaleExpMinusMaxTester> {
 public:
  // The scale; 0 (the default) means 1 / sum_i exp(x[i] - max), as the softmax operator passes.
  VScaleExpMinusMaxTester& scale(float scale) {
    scale_ = scale;
    return *this;
  }
  float scale() const {
    return scale_;
  }

  void Test(smax_f32_vscaleexpminusmax_ukernel_fn* vscaleexpminusmax) const {
    const size_t n = elements();
    ForEachIteration([&](Rng& rng, size_t iteration) {
      const std::vector<float> x = GenerateInputs(rng);
      const float max_value = MaxIgnoringNaN(x, -std::numeric_limits<float>::infinity());
      const ExpMinusMaxReference reference = ReferenceExpMinusMax(x, max_value, exp_error(), accumulators());
      const float scale_value = scale_ != 0.0f ? scale_ : static_cast<float>(1.0 / reference.sum);
      const double absolute_tolerance = kFlushAllowance * std::max(1.0, static_cast<double>(scale_value));
      return InBothLayouts([&](Layout layout) {
        const Where context{this, layout, iteration, "max", max_value, "scale", scale_value};
        ArrayAndOutput array(x, in_place(), layout);
        ReadOnlyBuffer<float> max = Scalars({max_value}, layout);
        ReadOnlyBuffer<float> scale = Scalars({scale_value}, layout);

        vscaleexpminusmax(batch_bytes(), array.input(), array.output(), max.data(), scale.data(), nullptr);

        const bool ok = CheckArrayUnchanged(array, context) && CheckUnchanged(max, "*max", context) &&
                        CheckUnchanged(scale, "*scale", context) && CheckGuards(array, context) &&
                        ForEachElement(n, [&](size_t i) {
                          return CheckOutput(context, i, x[i], array.output()[i], reference.value[i] * scale_value,
                                             std::isnan(x[i]), reference.must_be_zero[i], exp_error() + kRoundoff,
                                             absolute_tolerance);
                        });
        if (ok) RecordOutputErrors();
        return ok;
      });
    });
  }

 private:
  float scale_ = 0.0f;
};

}  // namespace smax_test

#endif  // SMAX_TEST_TESTERS_VSCALEEXPMINUSMAX_TESTER_H_
