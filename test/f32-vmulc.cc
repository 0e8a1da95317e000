// Tests of every f32-vmulc kernel in src/f32-vmulc/gen/f32-vmulc.inc: output[i] = input[i] * *scale,
// one IEEE multiplication per element, so outputs must be bit-exact.
#include <gtest/gtest.h>

#include <vector>

#include "smax/microkernels.h"
#include "testers/vmulc-tester.h"

namespace {

using smax_test::VMulCTester;

const std::vector<smax_test::UKernel<smax_f32_vmulc_ukernel_fn>> kKernels = {
#define SMAX_UKERNEL SMAX_TEST_UKERNEL_ROW
#include "f32-vmulc/gen/f32-vmulc.inc"
#undef SMAX_UKERNEL
};

using F32VMulC = smax_test::UKernelTest<smax_f32_vmulc_ukernel_fn>;

// What the softmax operator passes: stored exponentials in [0, 1] times 1 / sum. Random scales in
// [0.25, 4) (no subnormal results: ARMv7 NEON flushes them).
TEST_P(F32VMulC, UnitRange) {
  TestSizes(VMulCTester().input_range(0.0f, 1.0f));
}

TEST_P(F32VMulC, WideRange) {
  TestSizes(VMulCTester().input_range(-30.0f, 30.0f));
}

// Products that overflow to +-inf, and +-inf inputs.
TEST_P(F32VMulC, Huge) {
  TestSizes(VMulCTester().input_range(-30.0f, 30.0f).huge_fraction(0.5));
}

TEST_P(F32VMulC, NegativeInfinity) {
  TestSizes(VMulCTester().input_range(0.0f, 1.0f).neg_inf_fraction(0.25));
}

TEST_P(F32VMulC, NaN) {
  TestSizes(VMulCTester().input_range(0.0f, 1.0f).nan_input(true));
}

// A fixed scale of 1 / 3 (inexact: every product rounds).
TEST_P(F32VMulC, FixedScale) {
  TestSizes(VMulCTester().input_range(0.0f, 1.0f).scale(1.0f / 3.0f));
}

TEST_P(F32VMulC, InPlace) {
  TestSizes(VMulCTester().input_range(0.0f, 1.0f).in_place(true));
}

TEST_P(F32VMulC, InPlaceSpecialValues) {
  TestSizes(VMulCTester()
                .input_range(-30.0f, 30.0f)
                .huge_fraction(0.25)
                .neg_inf_fraction(0.25)
                .nan_input(true)
                .in_place(true));
}

SMAX_TEST_INSTANTIATE_KERNELS(F32VMulC, kKernels);

}  // namespace
