// Tester of f32-rmax: *max = max(*max, input[0..n)), exact. NaN inputs are not generated: the kernels
// may or may not propagate them (src/smax/microfnptr.h).
#ifndef SMAX_TEST_TESTERS_RMAX_TESTER_H_
#define SMAX_TEST_TESTERS_RMAX_TESTER_H_

#include <algorithm>
#include <limits>
#include <string>
#include <vector>

#include "testers/tester-base.h"

namespace smax_test {

// The setting of the rmax testers, f32 and 16-bit (test/testers/rmax16-tester.h): the value *max is
// seeded with (-inf for a fresh row).
template <class Derived, class Base = TesterBase<Derived>>
class RMaxSettings : public Base {
 public:
  Derived& initial_max(float initial_max) {
    initial_max_ = initial_max;
    return this->self();
  }
  float initial_max() const {
    return initial_max_;
  }

 private:
  float initial_max_ = -std::numeric_limits<float>::infinity();
};

class RMaxTester : public RMaxSettings<RMaxTester> {
 public:
  void Test(smax_f32_rmax_ukernel_fn* rmax) const {
    ForEachIteration([&](Rng& rng, size_t iteration) {
      const std::vector<float> x = GenerateInputs(rng);
      const float expected = MaxIgnoringNaN(x, initial_max());
      return InBothLayouts([&](Layout layout) {
        const Where context{this, layout, iteration, "*max seeded with", initial_max()};
        // +inf input guards: a read beyond the input would become the max.
        ReadOnlyBuffer<float> input(x, std::numeric_limits<float>::infinity(), layout);
        Buffer max = OutputBuffer(1, layout, {initial_max()});

        rmax(batch_bytes(), input.data(), max.data(), nullptr);

        return CheckUnchanged(input, "array", context) && CheckGuards(max, "*max", context) &&
               CheckMax(context, max[0], expected, x);
      });
    });
  }

 private:
  bool CheckMax(const Where& context, float actual, float expected, const std::vector<float>& x) const {
    if (actual == expected) return true;
    const auto where = std::find(x.begin(), x.end(), expected);
    ADD_FAILURE() << context << ": *max = " << Str(actual) << ", expected " << Str(expected)
                  << (where == x.end() ? std::string(" (the seed)")
                                       : " (input[" + std::to_string(where - x.begin()) + "])");
    return false;
  }
};

}  // namespace smax_test

#endif  // SMAX_TEST_TESTERS_RMAX_TESTER_H_
