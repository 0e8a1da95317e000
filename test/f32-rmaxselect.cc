// Tests of every f32-rmaxselect kernel in src/f32-rmaxselect/gen/f32-rmaxselect.inc: *max = max(*max,
// input[0..n)) (exact; NaN inputs may or may not make it NaN, src/f32-rmaxselect/f32-rmaxselect.h) and
// indices[0, count) = every i with !(input[i] <= *threshold), ascending. The count and every index
// must be exact; nothing may be written at or past indices + n, nor read past the input
// (test/testers/rmaxselect-tester.h).
#include <gtest/gtest.h>

#include <vector>

#include "smax/microkernels.h"
#include "testers/rmaxselect-tester.h"

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

SMAX_TEST_INSTANTIATE_KERNELS(F32RMaxSelect, kKernels);

}  // namespace
