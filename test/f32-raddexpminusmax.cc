// Tests of every f32-raddexpminusmax kernel in src/f32-raddexpminusmax/gen/f32-raddexpminusmax.inc:
// *sum = sum_i exp(input[i] - *max), against a double reference (test/ukernel-tester.h for the error
// bounds), with *max the inputs' max.
#include <gtest/gtest.h>

#include <vector>

#include "smax/microkernels.h"
#include "testers/raddexpminusmax-tester.h"

namespace {

using smax_test::RAddExpMinusMaxTester;

const std::vector<smax_test::UKernel<smax_f32_raddexpminusmax_ukernel_fn>> kKernels = {
#define SMAX_UKERNEL SMAX_TEST_UKERNEL_ROW
#include "f32-raddexpminusmax/gen/f32-raddexpminusmax.inc"
#undef SMAX_UKERNEL
};

using F32RAddExpMinusMax = smax_test::UKernelTest<smax_f32_raddexpminusmax_ukernel_fn>;

// Inputs in [90, 100], as in XNNPACK: exp(x) overflows float there (e^88.8 > FLT_MAX), so only a
// kernel that really subtracts the max gets them right; and x - max is exact (x and max are in the
// same binade, [64, 128): Sterbenz), so the only error left is the kernel's own.
TEST_P(F32RAddExpMinusMax, HighRange) {
  TestSizes(RAddExpMinusMaxTester().input_range(90.0f, 100.0f));
}

// x - max down to -60 (rounded: the tolerance allows for the argument's rounding).
TEST_P(F32RAddExpMinusMax, WideRange) {
  TestSizes(RAddExpMinusMaxTester().input_range(-30.0f, 30.0f));
}

// -inf entries contribute exactly 0, and so do entries whose x - max is below the exp core's cutoff.
TEST_P(F32RAddExpMinusMax, NegativeInfinityAndUnderflow) {
  TestSizes(RAddExpMinusMaxTester().input_range(-30.0f, 30.0f).neg_inf_fraction(0.25).underflow_fraction(0.25));
}

// One NaN input makes the sum NaN.
TEST_P(F32RAddExpMinusMax, NaN) {
  TestSizes(RAddExpMinusMaxTester().input_range(-30.0f, 30.0f).nan_input(true));
}

SMAX_TEST_INSTANTIATE_KERNELS(F32RAddExpMinusMax, kKernels);

}  // namespace
