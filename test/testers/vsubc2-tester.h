// Tester of f32-vsubc2: output[i] = fl(fl(input[i] - c[0]) - c[1]), bit-exact against SubC2Reference
// (test/testers/exact-reference.h). By default c is what log-softmax passes for the row's finite
// inputs: c[0] = their max (0 if there is none) and c[1] = log(sum exp(x - c[0])) over them, rounded to
// float; random_constants() draws c[0] in the input range and c[1] in [0, 20) instead, constants()
// fixes both.
#ifndef SMAX_TEST_TESTERS_VSUBC2_TESTER_H_
#define SMAX_TEST_TESTERS_VSUBC2_TESTER_H_

#include <algorithm>
#include <cmath>
#include <limits>
#include <ostream>
#include <random>
#include <vector>

#include "testers/exact-reference.h"
#include "testers/tester-base.h"

namespace smax_test {

class VSubC2Tester : public TesterBase<VSubC2Tester> {
 public:
  VSubC2Tester& constants(float c0, float c1) {
    mode_ = kFixed;
    c0_ = c0;
    c1_ = c1;
    return *this;
  }
  VSubC2Tester& random_constants() {
    mode_ = kRandom;
    return *this;
  }
  // Passes struct smax_store_params{streaming = 1}: the kernels that stream their stores (non-temporal,
  // once the output is 64-byte aligned) must give the same bits and write exactly the same elements.
  VSubC2Tester& streaming(bool streaming) {
    streaming_ = streaming;
    return *this;
  }
  // Moves the guarded output by this many floats, so that its 64-byte alignment varies.
  VSubC2Tester& output_shift(size_t output_shift) {
    output_shift_ = output_shift;
    return *this;
  }

  void Test(smax_f32_vsubc2_ukernel_fn* vsubc2) const {
    const size_t n = elements();
    ForEachIteration([&](Rng& rng, size_t iteration) {
      const std::vector<float> x = GenerateInputs(rng);
      float c0 = c0_;
      float c1 = c1_;
      if (mode_ == kRandom) {
        c0 = std::uniform_real_distribution<float>(input_min(), input_max())(rng);
        c1 = std::uniform_real_distribution<float>(0.0f, 20.0f)(rng);
      } else if (mode_ == kLogSoftmax) {
        LogSoftmaxConstants(x, &c0, &c1);
      }
      return InBothLayouts([&](Layout layout) {
        const Where context{this, layout, iteration, "c[0]", c0, "c[1]", c1};
        ArrayAndOutput array(x, in_place(), layout, output_shift_);
        ReadOnlyBuffer<float> c = Scalars({c0, c1}, layout);
        const struct smax_store_params store = {1};

        vsubc2(batch_bytes(), array.input(), array.output(), c.data(), streaming_ ? &store : nullptr);

        return CheckArrayUnchanged(array, context) && CheckUnchanged(c, "c[0..2)", context) &&
               CheckGuards(array, context) && ForEachElement(n, [&](size_t i) {
                 return CheckExact(context, i, array.output()[i], SubC2Reference(x[i], c0, c1),
                                   [&](std::ostream& out) { out << "input " << Str(x[i]); });
               });
      });
    });
  }

 private:
  enum Mode { kLogSoftmax, kRandom, kFixed };

  // c[0] = the max of the finite inputs (0 if there is none), c[1] = log(sum exp(x - c[0])) over them.
  static void LogSoftmaxConstants(const std::vector<float>& x, float* c0, float* c1) {
    double hi = -std::numeric_limits<double>::infinity();
    for (float v : x) {
      if (std::isfinite(v)) hi = std::max(hi, static_cast<double>(v));
    }
    if (std::isinf(hi)) hi = 0.0;
    double sum = 0.0;
    for (float v : x) {
      if (std::isfinite(v)) sum += std::exp(static_cast<double>(v) - hi);
    }
    *c0 = static_cast<float>(hi);
    *c1 = static_cast<float>(sum > 0.0 ? std::log(sum) : 0.0);
  }

  Mode mode_ = kLogSoftmax;
  bool streaming_ = false;
  size_t output_shift_ = 0;
  float c0_ = 0.0f;
  float c1_ = 0.0f;
};

}  // namespace smax_test

#endif  // SMAX_TEST_TESTERS_VSUBC2_TESTER_H_
