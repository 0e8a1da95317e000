// Tests of every f32-rmaxselect kernel in src/f32-rmaxselect/gen/f32-rmaxselect.inc: *max = max(*max,
// input[0..n)) (exact; NaN inputs may or may not make it NaN, src/f32-rmaxselect/f32-rmaxselect.h) and
// indices[0, count) = every i with !(input[i] <= *threshold), ascending. The count and every index
// must be exact; nothing may be written at or past indices + n, nor read past the input.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <vector>

#include "smax/microkernels.h"
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
const uint32_t kIndexSentinel = UINT32_C(0xA5A5A5A5);

class RMaxSelectTester : public TesterBase<RMaxSelectTester> {
 public:
  RMaxSelectTester& threshold(Threshold threshold) {
    threshold_ = threshold;
    return *this;
  }
  RMaxSelectTester& initial_max(float initial_max) {
    initial_max_ = initial_max;
    return *this;
  }

  void Test(smax_f32_rmaxselect_ukernel_fn* rmaxselect) const {
    Rng rng = MakeRng();
    for (size_t iteration = 0; iteration < iterations(); iteration++) {
      const std::vector<float> x = GenerateInputs(rng);
      const float t = ThresholdFor(x);
      std::vector<uint32_t> expected;
      bool has_nan = false;
      for (size_t i = 0; i < x.size(); i++) {
        has_nan |= std::isnan(x[i]);
        if (!(x[i] <= t)) {
          expected.push_back(static_cast<uint32_t>(i));
        }
      }
      const float expected_max = MaxIgnoringNaN(x, initial_max_);
      for (Layout layout : {Layout::kGuarded, Layout::kExact}) {
        const Where context{this, layout, iteration, "threshold", t, "*max seeded with", initial_max_};
        // +inf input guards: a read beyond the input would be selected and become the max.
        Buffer input(elements(), layout);
        input.Fill(std::numeric_limits<float>::infinity(), x);
        const std::vector<float> input_before = input.storage();
        Buffer max(1, layout);
        max.Fill(FromBits(kSentinelBits));
        max[0] = initial_max_;
        // Indices with guards after the n entries (kExact: none, AddressSanitizer's redzone instead).
        const size_t guard = layout == Layout::kGuarded ? 17 : 0;
        std::vector<uint32_t> indices(elements() + guard, kIndexSentinel);

        const size_t count = rmaxselect(batch_bytes(), input.data(), max.data(), &t, indices.data(), nullptr);

        if (!CheckUnchanged(input, input_before, "array", context)) return;
        if (!CheckGuards(max, "*max", context)) return;
        for (size_t g = elements(); g < indices.size(); g++) {
          ASSERT_EQ(kIndexSentinel, indices[g]) << context << ": wrote indices[" << g << "], past n";
        }
        ASSERT_EQ(expected.size(), count) << context << ": count of selected inputs";
        for (size_t j = 0; j < count; j++) {
          ASSERT_EQ(expected[j], indices[j]) << context << ": selected entry " << j;
        }
        const bool max_ok = max[0] == expected_max || (has_nan && std::isnan(max[0]));
        ASSERT_TRUE(max_ok) << context << ": *max = " << Str(max[0]) << ", expected " << Str(expected_max);
      }
    }
  }

 private:
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
  float initial_max_ = -std::numeric_limits<float>::infinity();
};

}  // namespace smax_test

namespace {

using smax_test::Order;
using smax_test::RMaxSelectTester;
using smax_test::Threshold;

const std::vector<smax_test::UKernel<smax_f32_rmaxselect_ukernel_fn>> kKernels = {
#define SMAX_UKERNEL SMAX_TEST_UKERNEL_ROW
#include "f32-rmaxselect/gen/f32-rmaxselect.inc"
#undef SMAX_UKERNEL
};

using F32RMaxSelect = smax_test::UKernelTest<smax_f32_rmaxselect_ukernel_fn>;

// About half the inputs selected: every lane position and vector of an iteration appends.
TEST_P(F32RMaxSelect, MedianThreshold) {
  TestSizes(RMaxSelectTester().input_range(-30.0f, 30.0f).threshold(Threshold::kMedian));
}

// Nothing above the largest input: the operator's common case once its threshold has settled.
TEST_P(F32RMaxSelect, TopThreshold) {
  TestSizes(RMaxSelectTester().input_range(-30.0f, 30.0f).threshold(Threshold::kTop));
}

// Everything but -inf selected (ascending: the max in the last element).
TEST_P(F32RMaxSelect, MinusInfinityThreshold) {
  TestSizes(RMaxSelectTester().input_range(-30.0f, 30.0f).neg_inf_fraction(0.3).order(Order::kAscending)
                .threshold(Threshold::kMinusInfinity));
}

// A NaN threshold selects every input (x <= NaN is false).
TEST_P(F32RMaxSelect, NaNThreshold) {
  TestSizes(RMaxSelectTester().input_range(-30.0f, 30.0f).threshold(Threshold::kNaN));
}

// A NaN input is selected whatever the threshold, and +inf above any finite one.
TEST_P(F32RMaxSelect, NaNAndInfinityInputs) {
  TestSizes(RMaxSelectTester().input_range(-30.0f, 30.0f).nan_input(true).threshold(Threshold::kTop));
  TestSizes(RMaxSelectTester().input_range(-30.0f, 30.0f).plus_inf_input(true).threshold(Threshold::kTop));
}

// Huge magnitudes and a descending row (the max in the first element).
TEST_P(F32RMaxSelect, HugeDescending) {
  TestSizes(RMaxSelectTester().input_range(-30.0f, 30.0f).huge_fraction(0.3).order(Order::kDescending));
}

// *max seeded above every input (a later tile of a row): the seed survives; every input -inf too.
TEST_P(F32RMaxSelect, SeedAboveInputs) {
  TestSizes(RMaxSelectTester().input_range(-30.0f, 30.0f).initial_max(31.0f));
  TestSizes(RMaxSelectTester().neg_inf_fraction(1.0).initial_max(-1.0e30f).threshold(Threshold::kMinusInfinity));
}

INSTANTIATE_TEST_SUITE_P(Kernels, F32RMaxSelect, ::testing::ValuesIn(kKernels), smax_test::KernelTestName());
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(F32RMaxSelect);

}  // namespace
