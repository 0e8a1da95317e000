// Tester of f32-rmaxselect: *max = max(*max, input[0..n)) (exact; NaN inputs may or may not make it
// NaN, src/f32-rmaxselect/f32-rmaxselect.h) and indices[0, count) = every i with
// !(input[i] <= *threshold), ascending. The count and every index must be exact; nothing may be
// written at or past indices + n, nor read past the input.
#ifndef SMAX_TEST_TESTERS_RMAXSELECT_TESTER_H_
#define SMAX_TEST_TESTERS_RMAXSELECT_TESTER_H_

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

#include "testers/rmax-tester.h"
#include "testers/tester-base.h"

namespace smax_test {

// The threshold, relative to the inputs drawn.
enum class Threshold {
  kMinusInfinity,  // every input but -inf is selected
  kMedian,         // about half
  kTop,            // the largest finite input: only NaN and +inf are selected
  kNaN,            // x <= NaN is false: every input is selected
};

// Index entries past n start as this and must keep it.
constexpr uint32_t kIndexSentinel = UINT32_C(0xA5A5A5A5);

class RMaxSelectTester : public RMaxSettings<RMaxSelectTester> {
 public:
  RMaxSelectTester& threshold(Threshold threshold) {
    threshold_ = threshold;
    return *this;
  }

  void Test(smax_f32_rmaxselect_ukernel_fn* rmaxselect) const {
    ForEachIteration([&](Rng& rng, size_t iteration) {
      const std::vector<float> x = GenerateInputs(rng);
      const float t = ThresholdFor(x);
      std::vector<uint32_t> expected;
      for (size_t i = 0; i < x.size(); i++) {
        if (!(x[i] <= t)) {
          expected.push_back(static_cast<uint32_t>(i));
        }
      }
      const float expected_max = MaxIgnoringNaN(x, initial_max());
      return InBothLayouts([&](Layout layout) {
        const Where context{this, layout, iteration, "threshold", t, "*max seeded with", initial_max()};
        // +inf input guards: a read beyond the input would be selected and become the max.
        ReadOnlyBuffer<float> input(x, std::numeric_limits<float>::infinity(), layout);
        Buffer max = OutputBuffer(1, layout, {initial_max()});
        // Indices with guards after the n entries (kExact: none, AddressSanitizer's redzone instead).
        const size_t guard = layout == Layout::kGuarded ? 17 : 0;
        std::vector<uint32_t> indices(elements() + guard, kIndexSentinel);

        const size_t count = rmaxselect(batch_bytes(), input.data(), max.data(), &t, indices.data(), nullptr);

        return CheckUnchanged(input, "array", context) && CheckGuards(max, "*max", context) &&
               CheckIndices(context, indices, count, expected) && CheckMax(context, max[0], expected_max, HasNaN(x));
      });
    });
  }

 private:
  bool CheckIndices(const Where& context, const std::vector<uint32_t>& indices, size_t count,
                    const std::vector<uint32_t>& expected) const {
    for (size_t g = elements(); g < indices.size(); g++) {
      if (indices[g] != kIndexSentinel) {
        ADD_FAILURE() << context << ": wrote indices[" << g << "], past n";
        return false;
      }
    }
    if (count != expected.size()) {
      ADD_FAILURE() << context << ": count of selected inputs " << count << ", expected " << expected.size();
      return false;
    }
    for (size_t j = 0; j < count; j++) {
      if (indices[j] != expected[j]) {
        ADD_FAILURE() << context << ": selected entry " << j << " is " << indices[j] << ", expected " << expected[j];
        return false;
      }
    }
    return true;
  }

  static bool CheckMax(const Where& context, float actual, float expected, bool has_nan) {
    if (actual == expected || (has_nan && std::isnan(actual))) return true;
    ADD_FAILURE() << context << ": *max = " << Str(actual) << ", expected " << Str(expected);
    return false;
  }

  float ThresholdFor(std::vector<float> x) const {
    switch (threshold_) {
      case Threshold::kMinusInfinity:
        return -std::numeric_limits<float>::infinity();
      case Threshold::kNaN:
        return std::numeric_limits<float>::quiet_NaN();
      case Threshold::kTop:
      case Threshold::kMedian: {
        std::vector<float> finite;
        for (float v : x) {
          if (std::isfinite(v)) finite.push_back(v);
        }
        if (finite.empty()) return 0.0f;
        std::sort(finite.begin(), finite.end());
        return threshold_ == Threshold::kTop ? finite.back() : finite[finite.size() / 2];
      }
    }
    return 0.0f;
  }

  Threshold threshold_ = Threshold::kMedian;
};

}  // namespace smax_test

#endif  // SMAX_TEST_TESTERS_RMAXSELECT_TESTER_H_
