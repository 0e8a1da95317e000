// Tests of every f32-rmax kernel in src/f32-rmax/gen/f32-rmax.inc: *max = max(*max, input[0..n)),
// which is exact, so results must equal the true max. NaN inputs are not tested: the kernels may or
// may not propagate them (src/f32-rmax/f32-rmax.h).
#include <gtest/gtest.h>

#include <vector>

#include "smax/microkernels.h"
#include "testers/rmax-tester.h"

namespace {

using smax_test::Order;
using smax_test::RMaxTester;

const std::vector<smax_test::UKernel<smax_f32_rmax_ukernel_fn>> kKernels = {
#define SMAX_UKERNEL SMAX_TEST_UKERNEL_ROW
#include "f32-rmax/gen/f32-rmax.inc"
#undef SMAX_UKERNEL
};

using F32RMax = smax_test::UKernelTest<smax_f32_rmax_ukernel_fn>;

// The exp families' inputs (see test/f32-raddexpminusmax.cc).
TEST_P(F32RMax, HighRange) {
  TestSizes(RMaxTester().input_range(90.0f, 100.0f));
}

// All inputs negative: a kernel that starts its accumulators at 0 instead of *max fails here.
TEST_P(F32RMax, NegativeRange) {
  TestSizes(RMaxTester().input_range(-100.0f, -90.0f));
}

TEST_P(F32RMax, WideRange) {
  TestSizes(RMaxTester().input_range(-30.0f, 30.0f));
}

// The max in the last element / in the first one.
TEST_P(F32RMax, Ascending) {
  TestSizes(RMaxTester().input_range(-30.0f, 30.0f).order(Order::kAscending));
}

TEST_P(F32RMax, Descending) {
  TestSizes(RMaxTester().input_range(-30.0f, 30.0f).order(Order::kDescending));
}

TEST_P(F32RMax, NegativeInfinity) {
  TestSizes(RMaxTester().input_range(-30.0f, 30.0f).neg_inf_fraction(0.5));
}

// Every input -inf, *max seeded with -inf: the result is -inf (not -FLT_MAX, not 0).
TEST_P(F32RMax, AllNegativeInfinity) {
  TestSizes(RMaxTester().neg_inf_fraction(1.0));
}

TEST_P(F32RMax, PlusInfinity) {
  TestSizes(RMaxTester().input_range(-30.0f, 30.0f).plus_inf_input(true));
}

// *max seeded with a value above every input (a later block of a row): the seed must survive.
TEST_P(F32RMax, SeedAboveInputs) {
  TestSizes(RMaxTester().input_range(90.0f, 100.0f).initial_max(101.0f));
}

// *max seeded inside the inputs' range: the result is whichever is larger.
TEST_P(F32RMax, SeedWithinInputs) {
  TestSizes(RMaxTester().input_range(90.0f, 100.0f).initial_max(99.0f));
}

// Every input -inf, *max seeded with a finite value: the seed survives.
TEST_P(F32RMax, SeedAboveNegativeInfinities) {
  TestSizes(RMaxTester().neg_inf_fraction(1.0).initial_max(-1.0e30f));
}

SMAX_TEST_INSTANTIATE_KERNELS(F32RMax, kKernels);

}  // namespace
