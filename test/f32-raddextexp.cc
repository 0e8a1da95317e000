// Tests of every f32-raddextexp kernel in src/f32-raddextexp/gen/f32-raddextexp.inc:
// sum[0] * 2^sum[1] = sum_i exp(clamp(input[i], -1024, 1024)), sum[1] an integer, against a double
// reference kept as (sum * e^-top, top) since e^1024 overflows even a double (test/ukernel-tester.h
// for the error bounds).
#include <gtest/gtest.h>

#include <vector>

#include "smax/microkernels.h"
#include "testers/raddextexp-tester.h"

namespace {

using smax_test::RAddExtExpTester;

const std::vector<smax_test::UKernel<smax_f32_raddextexp_ukernel_fn>> kKernels = {
#define SMAX_UKERNEL SMAX_TEST_UKERNEL_ROW
#include "f32-raddextexp/gen/f32-raddextexp.inc"
#undef SMAX_UKERNEL
};

using F32RAddExtExp = smax_test::UKernelTest<smax_f32_raddextexp_ukernel_fn>;

// Inputs in [90, 100], as in XNNPACK: exp(x) overflows float there (e^88.8 > FLT_MAX), so only the
// extended-range (mantissa, exponent) accumulation gets them right.
TEST_P(F32RAddExtExp, HighRange) {
  TestSizes(RAddExtExpTester().input_range(90.0f, 100.0f));
}

TEST_P(F32RAddExtExp, WideRange) {
  TestSizes(RAddExtExpTester().input_range(-30.0f, 30.0f));
}

// Far outside float's exp range on both sides, within the clamp.
TEST_P(F32RAddExtExp, ExtendedRange) {
  TestSizes(RAddExtExpTester().input_range(-1000.0f, 1000.0f));
}

// Magnitudes up to FLT_MAX and +-inf: clamped to +-1024, so never inf or NaN.
TEST_P(F32RAddExtExp, Huge) {
  TestSizes(RAddExtExpTester().input_range(-30.0f, 30.0f).huge_fraction(0.5));
}

// -inf entries (clamped to -1024) contribute nothing visible next to the finite ones.
TEST_P(F32RAddExtExp, NegativeInfinity) {
  TestSizes(RAddExtExpTester().input_range(-30.0f, 30.0f).neg_inf_fraction(0.25));
}

// Every input -inf: the sum is n * e^-1024 (clamped), still representable as a pair.
TEST_P(F32RAddExtExp, AllNegativeInfinity) {
  TestSizes(RAddExtExpTester().neg_inf_fraction(1.0));
}

// A NaN input makes the sum NaN.
TEST_P(F32RAddExtExp, NaN) {
  TestSizes(RAddExtExpTester().input_range(-30.0f, 30.0f).nan_input(true));
}

// Each term checked on its own (RAddExtExpTester::TestEachTerm), at every position of two main-loop
// iterations and a tail (every lane of every accumulator), over values across the extended range; then
// densely across float's exp range at a first-iteration and a tail position.
TEST_P(F32RAddExtExp, EachTerm) {
  const auto& kernel = GetParam();
  const size_t n = 2 * kernel.elements + 3;
  std::vector<size_t> every_position(n);
  for (size_t i = 0; i < n; i++) every_position[i] = i;
  // Few values at every position (CI runs this suite under qemu-x86_64 for three ISAs), many at two below.
  const std::vector<float> values = {0.0f,  -0.0f,  0x1p-30f, -1.0f,  1.5f,   88.7f,  89.0f, -87.4f,
                                     -103.0f, -500.0f, -896.0f, 700.0f, 1000.0f, 1024.0f, 1e30f, 33.3f};
  RAddExtExpTester tester;
  tester.kernel(kernel).elements(n).TestEachTerm(kernel.fn, every_position, values);
  if (HasFailure()) return;
  tester.TestEachTerm(kernel.fn, {1, n - 1}, smax_test::DenseValues(-100.0f, 100.0f, 1 << 11));
}

SMAX_TEST_INSTANTIATE_KERNELS(F32RAddExtExp, kKernels);

}  // namespace
