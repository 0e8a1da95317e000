// Tester of f32-raddexpminusmax: *sum = sum_i exp(input[i] - *max), with *max the inputs' max (NaN
// ignored), against the double reference of test/testers/exp-reference.h.
#ifndef SMAX_TEST_TESTERS_RADDEXPMINUSMAX_TESTER_H_
#define SMAX_TEST_TESTERS_RADDEXPMINUSMAX_TESTER_H_

#include <cmath>
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

  // Each term on its own, where Test() sees only sums, whose tolerance grows with their additions'
  // roundings: a kernel whose every exp is a few ULP off passes it. Here every input is -inf but the one
  // at `position`, v, and *max is 0, so the sum is the kernel's exp(v) itself (the other terms, and the
  // additions of them, are exactly 0), checked as a stored output is: within the kernel's bound of
  // exp(v) in double, exactly 0 below the cutoff. Every position of `positions` (of elements()) takes
  // every value of `values` (at most 0).
  void TestEachTerm(smax_f32_raddexpminusmax_ukernel_fn* raddexpminusmax, const std::vector<size_t>& positions,
                    const std::vector<float>& values) const {
    std::vector<float> x(elements(), -std::numeric_limits<float>::infinity());
    const float max = 0.0f;
    for (size_t position : positions) {
      for (float v : values) {
        x[position] = v;
        float sum = FromBits(kSentinelBits);
        raddexpminusmax(batch_bytes(), x.data(), &max, &sum, nullptr);
        x[position] = -std::numeric_limits<float>::infinity();
        Where context{this, Layout::kExact, 0, "the finite input at", static_cast<float>(position), "value", v};
        context.inputs = "every input -inf but one, *max 0";
        if (!CheckOutput(context, position, v, sum, std::exp(static_cast<double>(v)), false, v < kExpCutoff,
                         exp_error(), kFlushAllowance)) {
          return;
        }
      }
    }
    RecordOutputErrors();
  }
};

}  // namespace smax_test

#endif  // SMAX_TEST_TESTERS_RADDEXPMINUSMAX_TESTER_H_
