// Tests of every f16-rmax kernel in src/f16-rmax/gen/f16-rmax.inc: *max = max(*max, widen(input[0..n))),
// exact, against the true max of the widened inputs and bit for bit against the f32-rmax kernel of
// the same shape on them (test/testers/input16-tester-base.h).
#include <gtest/gtest.h>

#include <vector>

#include "testers/rmax16-tester.h"
#include "smax/microkernels.h"

namespace {

using smax_test::Order;
using smax_test::RMax16Tester;
using smax_test::Type16;

const std::vector<smax_test::UKernel<smax_f16_rmax_ukernel_fn>> kKernels = {
#define SMAX_UKERNEL SMAX_TEST_UKERNEL_ROW
#include "f16-rmax/gen/f16-rmax.inc"
#undef SMAX_UKERNEL
};

const std::vector<smax_test::UKernel<smax_f32_rmax_ukernel_fn>> kTwins = {
#define SMAX_UKERNEL SMAX_TEST_UKERNEL_ROW
#include "f32-rmax/gen/f32-rmax.inc"
#undef SMAX_UKERNEL
};

class F16RMax : public smax_test::UKernelTest<smax_f16_rmax_ukernel_fn> {
 protected:
  RMax16Tester Tester() const {
    return RMax16Tester().type(Type16::f16).twin(smax_test::FindTwin(GetParam(), kTwins));
  }
};

// The exp families' inputs, then all negative (accumulators started at 0 instead of *max fail).
TEST_P(F16RMax, Ranges) {
  TestSizes(Tester().input_range(90.0f, 100.0f));
  TestSizes(Tester().input_range(-100.0f, -90.0f));
  TestSizes(Tester().input_range(-30.0f, 30.0f));
}

// The max in the last element / in the first one.
TEST_P(F16RMax, Order) {
  TestSizes(Tester().input_range(-30.0f, 30.0f).order(Order::kAscending));
  TestSizes(Tester().input_range(-30.0f, 30.0f).order(Order::kDescending));
}

// -inf, every input -inf (the result is -inf), +inf, huge values (+-inf beyond binary16's range).
TEST_P(F16RMax, Infinities) {
  TestSizes(Tester().input_range(-30.0f, 30.0f).neg_inf_fraction(0.5));
  TestSizes(Tester().neg_inf_fraction(1.0));
  TestSizes(Tester().input_range(-30.0f, 30.0f).plus_inf_input(true));
  TestSizes(Tester().input_range(-30.0f, 30.0f).huge_fraction(0.25));
}

// Subnormal patterns, all of them of one sign or mixed with small values: their widening takes the
// software binary16 conversion's own path.
TEST_P(F16RMax, Subnormals) {
  TestSizes(Tester().input_range(-1.0e-3f, -1.0e-4f).subnormal_fraction(0.5));
  TestSizes(Tester().input_range(-1.0f, 1.0f).subnormal_fraction(1.0));
}

// A signaling NaN pattern: skipped, or NaN where the f32 twin propagates it too.
TEST_P(F16RMax, NaN) {
  TestSizes(Tester().input_range(-30.0f, 30.0f).nan_input(true));
}

// *max seeded above every input, inside their range, and above all -inf inputs.
TEST_P(F16RMax, Seeds) {
  TestSizes(Tester().input_range(90.0f, 100.0f).initial_max(101.0f));
  TestSizes(Tester().input_range(90.0f, 100.0f).initial_max(99.0f));
  TestSizes(Tester().neg_inf_fraction(1.0).initial_max(-1.0e30f));
}

INSTANTIATE_TEST_SUITE_P(Kernels, F16RMax, ::testing::ValuesIn(kKernels), smax_test::KernelTestName());
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(F16RMax);

}  // namespace
