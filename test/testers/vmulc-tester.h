// Tester of f32-vmulc: output[i] = input[i] * *scale, one IEEE multiplication: bit-exact (the double
// product of two floats is exact, so rounding it to float is the correctly rounded float product).
#ifndef SMAX_TEST_TESTERS_VMULC_TESTER_H_
#define SMAX_TEST_TESTERS_VMULC_TESTER_H_

#include <ostream>
#include <random>
#include <vector>

#include "testers/tester-base.h"

namespace smax_test {

class VMulCTester : public TesterBase<VMulCTester> {
 public:
  // The scale; 0 (the default) means a random scale in [0.25, 4) per iteration.
  VMulCTester& scale(float scale) {
    scale_ = scale;
    return *this;
  }
  float scale() const {
    return scale_;
  }

  void Test(smax_f32_vmulc_ukernel_fn* vmulc) const {
    const size_t n = elements();
    ForEachIteration([&](Rng& rng, size_t iteration) {
      const std::vector<float> x = GenerateInputs(rng);
      const float scale_value = scale_ != 0.0f ? scale_ : std::uniform_real_distribution<float>(0.25f, 4.0f)(rng);
      return InBothLayouts([&](Layout layout) {
        const Where context{this, layout, iteration, "scale", scale_value};
        ArrayAndOutput array(x, in_place(), layout);
        ReadOnlyBuffer<float> scale = Scalars({scale_value}, layout);

        vmulc(batch_bytes(), array.input(), scale.data(), array.output(), nullptr);

        return CheckArrayUnchanged(array, context) && CheckUnchanged(scale, "*scale", context) &&
               CheckGuards(array, context) && ForEachElement(n, [&](size_t i) {
                 const float expected =
                     static_cast<float>(static_cast<double>(x[i]) * static_cast<double>(scale_value));
                 return CheckExact(context, i, array.output()[i], expected,
                                   [&](std::ostream& out) { out << "input " << Str(x[i]); });
               });
      });
    });
  }

 private:
  float scale_ = 0.0f;
};

}  // namespace smax_test

#endif  // SMAX_TEST_TESTERS_VMULC_TESTER_H_
