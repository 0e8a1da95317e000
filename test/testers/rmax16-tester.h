// Tester of f16-rmax and bf16-rmax: *max = max(*max, widen(input[0..n))): the true max of the widened
// inputs (NaN: skipped, or a NaN result where the twin propagates it too), and the bits of the f32-rmax
// twin (test/testers/input16-tester-base.h).
#ifndef SMAX_TEST_TESTERS_RMAX16_TESTER_H_
#define SMAX_TEST_TESTERS_RMAX16_TESTER_H_

#include <cmath>
#include <cstdint>
#include <ostream>
#include <vector>

#include "testers/input16-tester-base.h"
#include "testers/rmax-tester.h"

namespace smax_test {

class RMax16Tester : public RMaxSettings<RMax16Tester, Input16TesterBase<RMax16Tester>> {
 public:
  RMax16Tester& twin(smax_f32_rmax_ukernel_fn* twin) {
    twin_ = twin;
    return *this;
  }

  void Test(smax_f16_rmax_ukernel_fn* rmax) const {
    ASSERT_NE(nullptr, twin_) << kernel_name() << ": no f32-rmax kernel of the same shape";
    ForEachIteration([&](Rng& rng, size_t iteration) {
      const std::vector<uint16_t> h = GenerateInputs16(rng);
      const std::vector<float> x = Widened(h);
      const float expected = MaxIgnoringNaN(x, initial_max());
      float twin_max = initial_max();
      twin_(x.size() * sizeof(float), x.data(), &twin_max, nullptr);
      return InBothLayouts([&](Layout layout) {
        const Where context{this, layout, iteration, "*max seeded with", initial_max()};
        ReadOnlyBuffer<uint16_t> input(h, PlusInf16(type()), layout);
        Buffer max = OutputBuffer(1, layout, {initial_max()});

        rmax(batch_bytes(), input.data(), max.data(), nullptr);

        return CheckUnchanged(input, "array", context) && CheckGuards(max, "*max", context) &&
               CheckMax(context, max[0], expected, HasNaN(x)) &&
               CheckTwin(context, max[0], twin_max, [](std::ostream& out) { out << "*max"; });
      });
    });
  }

 private:
  bool CheckMax(const Where& context, float actual, float expected, bool has_nan) const {
    if (MaxMatches(actual, expected) || (has_nan && std::isnan(actual))) return true;
    ADD_FAILURE() << context << ": *max = " << Str(actual) << ", expected " << Str(expected);
    return false;
  }

  smax_f32_rmax_ukernel_fn* twin_ = nullptr;
};

}  // namespace smax_test

#endif  // SMAX_TEST_TESTERS_RMAX16_TESTER_H_
