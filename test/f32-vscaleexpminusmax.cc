// Tests of every f32-vscaleexpminusmax kernel in
// src/f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax.inc: output[i] = exp(input[i] - *max) * *scale,
// against a double reference (test/ukernel-tester.h for the error bounds), with *max the inputs' max.
#include <gtest/gtest.h>

#include <vector>

#include "smax/microkernels.h"
#include "testers/vscaleexpminusmax-tester.h"

namespace {

using smax_test::VScaleExpMinusMaxTester;

const std::vector<smax_test::UKernel<smax_f32_vscaleexpminusmax_ukernel_fn>> kKernels = {
#define SMAX_UKERNEL SMAX_TEST_UKERNEL_ROW
#include "f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax.inc"
#undef SMAX_UKERNEL
};

using F32VScaleExpMinusMax = smax_test::UKernelTest<smax_f32_vscaleexpminusmax_ukernel_fn>;

// Inputs in [90, 100], as in XNNPACK: exp(x) overflows float there (e^88.8 > FLT_MAX), so only a
// kernel that really subtracts the max gets them right; and x - max is exact (x and max are in the
// same binade, [64, 128): Sterbenz). The scale is 1 / sum, as the softmax operator passes.
TEST_P(F32VScaleExpMinusMax, HighRange) {
  TestSizes(VScaleExpMinusMaxTester().input_range(90.0f, 100.0f));
}

// x - max down to -60 (rounded: the tolerance allows for the argument's rounding), and a scale
// above 1.
TEST_P(F32VScaleExpMinusMax, WideRange) {
  TestSizes(VScaleExpMinusMaxTester().input_range(-30.0f, 30.0f).scale(3.0f));
}

// -inf entries give exactly 0, and so do entries whose x - max is below the exp core's cutoff.
TEST_P(F32VScaleExpMinusMax, NegativeInfinityAndUnderflow) {
  TestSizes(VScaleExpMinusMaxTester().input_range(-30.0f, 30.0f).neg_inf_fraction(0.25).underflow_fraction(0.25));
}

// A NaN input gives NaN at its position, and leaves the others alone.
TEST_P(F32VScaleExpMinusMax, NaN) {
  TestSizes(VScaleExpMinusMaxTester().input_range(-30.0f, 30.0f).nan_input(true));
}

TEST_P(F32VScaleExpMinusMax, InPlace) {
  TestSizes(VScaleExpMinusMaxTester().input_range(90.0f, 100.0f).in_place(true));
}

TEST_P(F32VScaleExpMinusMax, InPlaceSpecialValues) {
  TestSizes(VScaleExpMinusMaxTester()
                .input_range(-30.0f, 30.0f)
                .neg_inf_fraction(0.25)
                .underflow_fraction(0.25)
                .nan_input(true)
                .in_place(true));
}

SMAX_TEST_INSTANTIATE_KERNELS(F32VScaleExpMinusMax, kKernels);

}  // namespace
