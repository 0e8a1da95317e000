// Tests of every f32-raddexpminusrunmax kernel (the online normalizer) in
// src/f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax.inc: state[0] = m = the inputs' max (-FLT_MAX
// if every input is -inf), exactly; state[1] = d = sum_i exp(input[i] - m), against a double reference
// (test/ukernel-tester.h for the error bounds).
#include <gtest/gtest.h>

#include <vector>

#include "smax/microkernels.h"
#include "testers/raddexpminusrunmax-tester.h"

namespace {

using smax_test::Order;
using smax_test::RAddExpMinusRunMaxTester;

const std::vector<smax_test::UKernel<smax_f32_raddexpminusrunmax_ukernel_fn>> kKernels = {
#define SMAX_UKERNEL SMAX_TEST_UKERNEL_ROW
#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax.inc"
#undef SMAX_UKERNEL
};

using F32RAddExpMinusRunMax = smax_test::UKernelTest<smax_f32_raddexpminusrunmax_ukernel_fn>;

// Inputs in [90, 100], as in XNNPACK: exp(x) overflows float there (e^88.8 > FLT_MAX), so only a
// kernel that really subtracts the (running) max gets them right; and every difference of two inputs
// is exact (same binade, [64, 128): Sterbenz).
TEST_P(F32RAddExpMinusRunMax, HighRange) {
  TestSizes(RAddExpMinusRunMaxTester().input_range(90.0f, 100.0f));
}

TEST_P(F32RAddExpMinusRunMax, WideRange) {
  TestSizes(RAddExpMinusRunMaxTester().input_range(-30.0f, 30.0f));
}

// Every element raises the running max: d is rescaled at every step.
TEST_P(F32RAddExpMinusRunMax, Ascending) {
  TestSizes(RAddExpMinusRunMaxTester().input_range(-30.0f, 30.0f).order(Order::kAscending));
}

// Every element raises the running max by a little, so every element rescales d and every term
// weighs about the same in it: the case where the chain bound on d's error is nearly reached.
TEST_P(F32RAddExpMinusRunMax, AscendingNarrowRange) {
  TestSizes(RAddExpMinusRunMaxTester().input_range(0.0f, 0.015625f).order(Order::kAscending));
}

// The max comes first: d is never rescaled after it.
TEST_P(F32RAddExpMinusRunMax, Descending) {
  TestSizes(RAddExpMinusRunMaxTester().input_range(-30.0f, 30.0f).order(Order::kDescending));
}

// -inf entries contribute exactly 0, and so do entries whose x - max is below the exp core's cutoff.
TEST_P(F32RAddExpMinusRunMax, NegativeInfinityAndUnderflow) {
  TestSizes(RAddExpMinusRunMaxTester().input_range(-30.0f, 30.0f).neg_inf_fraction(0.25).underflow_fraction(0.25));
}

// Every input -inf: state = (-FLT_MAX, exactly 0).
TEST_P(F32RAddExpMinusRunMax, AllNegativeInfinity) {
  TestSizes(RAddExpMinusRunMaxTester().neg_inf_fraction(1.0));
}

// A NaN input makes d NaN.
TEST_P(F32RAddExpMinusRunMax, NaN) {
  TestSizes(RAddExpMinusRunMaxTester().input_range(-30.0f, 30.0f).nan_input(true));
}

// A +inf input makes m +inf.
TEST_P(F32RAddExpMinusRunMax, PlusInfinity) {
  TestSizes(RAddExpMinusRunMaxTester().input_range(-30.0f, 30.0f).plus_inf_input(true));
}

SMAX_TEST_INSTANTIATE_KERNELS(F32RAddExpMinusRunMax, kKernels);

}  // namespace
