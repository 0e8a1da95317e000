// Tester of f32-raddexpminusmax: *sum = sum_i exp(input[i] - *max), with *max the inputs' max (NaN
// ignored), against the double reference of test/testers/exp-reference.h.
#ifndef SMAX_TEST_TESTERS_RADDEXPMINUSMAX_TESTER_H_
#define SMAX_TEST_TESTERS_RADDEXPMINUSMAX_TESTER_H_

#include <limits>
#include <vector>

#include "testers/exp-reference.h"
#include "testers/tester-base.h"

namespace smax_test {

class RAddExpMinusMaxTester : public TesterBase<RAddExpMinusMaxTester> {
 public:
  void Test(smax_f32_raddexpminusmax_ukernel_fn* raddexpminusmax) const {
    ForEachIteration([&](Rng& rng, size_t iteration) {
      const std::vector<float> x = GenerateInputs(rng);
      const float max_value = MaxIgnoringNaN(x, -std::numeric_limits<float>::infinity());
      const ExpMinusMaxReference reference = ReferenceExpMinusMax(x, max_value, exp_error(), accumulators());
      return InBothLayouts([&](Layout layout) {
        const Where context{this, layout, iteration, "max", max_value};
        // NaN input guards: a read beyond the input makes the sum NaN.
        ReadOnlyBuffer<float> input(x, std::numeric_limits<float>::quiet_NaN(), layout);
        ReadOnlyBuffer<float> max = Scalars({max_value}, layout);
        Buffer sum = OutputBuffer(1, layout);

        raddexpminusmax(batch_bytes(), input.data(), max.data(), sum.data(), nullptr);

        return CheckUnchanged(input, "array", context) && CheckUnchanged(max, "*max", context) &&
               CheckGuards(sum, "*sum", context) &&
               CheckSum(context, "sum", sum[0], reference.sum, reference.has_nan, reference.sum_error);
      });
    });
  }
};

}  // namespace smax_test

#endif  // SMAX_TEST_TESTERS_RADDEXPMINUSMAX_TESTER_H_
