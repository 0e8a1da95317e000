// Tests of every f32-vscaleextexp kernel in src/f32-vscaleextexp/gen/f32-vscaleextexp.inc:
// output[i] = exp(clamp(input[i])) * scale[0] * 2^scale[1], with the scale taken from the row's double
// reference sum as XNNPACK's test does, so the outputs are the row's softmax (test/ukernel-tester.h
// for the error bounds). Outputs whose 2^k term is below 2^-126 must be exactly 0.
#include <gtest/gtest.h>

#include <vector>

#include "smax/microkernels.h"
#include "testers/vscaleextexp-tester.h"

namespace {

using smax_test::VScaleExtExpTester;

const std::vector<smax_test::UKernel<smax_f32_vscaleextexp_ukernel_fn>> kKernels = {
#define SMAX_UKERNEL SMAX_TEST_UKERNEL_ROW
#include "f32-vscaleextexp/gen/f32-vscaleextexp.inc"
#undef SMAX_UKERNEL
};

using F32VScaleExtExp = smax_test::UKernelTest<smax_f32_vscaleextexp_ukernel_fn>;

// Inputs in [90, 100], as in XNNPACK: exp(x) overflows float there (e^88.8 > FLT_MAX), so only the
// extended-range (mantissa, exponent) arithmetic gets them right.
TEST_P(F32VScaleExtExp, HighRange) {
  TestSizes(VScaleExtExpTester().input_range(90.0f, 100.0f));
}

TEST_P(F32VScaleExtExp, WideRange) {
  TestSizes(VScaleExtExpTester().input_range(-30.0f, 30.0f));
}

// Far outside float's exp range on both sides, within the clamp: most outputs flush to exactly 0.
TEST_P(F32VScaleExtExp, ExtendedRange) {
  TestSizes(VScaleExtExpTester().input_range(-1000.0f, 1000.0f));
}

// Magnitudes up to FLT_MAX and +-inf: clamped to +-1024, so never inf or NaN.
TEST_P(F32VScaleExtExp, Huge) {
  TestSizes(VScaleExtExpTester().input_range(-30.0f, 30.0f).huge_fraction(0.5));
}

// -inf entries (clamped to -1024, far below the row's top) give exactly 0.
TEST_P(F32VScaleExtExp, NegativeInfinity) {
  TestSizes(VScaleExtExpTester().input_range(-30.0f, 30.0f).neg_inf_fraction(0.25));
}

// A NaN input gives NaN at its position, and leaves the others alone.
TEST_P(F32VScaleExtExp, NaN) {
  TestSizes(VScaleExtExpTester().input_range(-30.0f, 30.0f).nan_input(true));
}

// Non-temporal stores (params->streaming): the same results, at every output alignment.
TEST_P(F32VScaleExtExp, Streaming) {
  TestSizes(VScaleExtExpTester().input_range(-30.0f, 30.0f).streaming(true));
}

TEST_P(F32VScaleExtExp, StreamingSpecialValues) {
  TestSizes(VScaleExtExpTester().input_range(-30.0f, 30.0f).neg_inf_fraction(0.25).nan_input(true).streaming(true));
}

TEST_P(F32VScaleExtExp, InPlace) {
  TestSizes(VScaleExtExpTester().input_range(90.0f, 100.0f).in_place(true));
}

TEST_P(F32VScaleExtExp, InPlaceSpecialValues) {
  TestSizes(VScaleExtExpTester()
                .input_range(-1000.0f, 1000.0f)
                .huge_fraction(0.25)
                .neg_inf_fraction(0.25)
                .nan_input(true)
                .in_place(true));
}

SMAX_TEST_INSTANTIATE_KERNELS(F32VScaleExtExp, kKernels);

}  // namespace
