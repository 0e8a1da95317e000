// Tests of every f32-raddexpminusmax kernel in src/f32-raddexpminusmax/gen/f32-raddexpminusmax.inc:
// *sum = sum_i exp(input[i] - *max), against a double reference (test/ukernel-tester.h for the error
// bounds), with *max the inputs' max.
#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "smax/microkernels.h"
#include "testers/raddexpminusmax-tester.h"

namespace {

using smax_test::kExpCutoff;
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

// Each term checked on its own (RAddExpMinusMaxTester::TestEachTerm), at every position of two main-loop
// iterations and a tail (every lane of every accumulator), over values across the exp's domain, its
// cutoff and below; densely at a first-iteration and a tail position.
TEST_P(F32RAddExpMinusMax, EachTerm) {
  const auto& kernel = GetParam();
  const size_t n = 2 * kernel.elements + 3;
  std::vector<size_t> every_position(n);
  for (size_t i = 0; i < n; i++) every_position[i] = i;
  std::vector<float> values = {0.0f, -0.0f, -0x1p-30f, -1.0f, -0.5f, kExpCutoff, std::nextafter(kExpCutoff, 0.0f),
                               std::nextafter(kExpCutoff, -1.0f), -88.0f, -103.0f, -1e30f};
  for (int i = 1; i <= 64; i++) values.push_back(-87.3f * static_cast<float>(i) / 64.0f);
  RAddExpMinusMaxTester tester;
  tester.kernel(kernel).elements(n).TestEachTerm(kernel.fn, every_position, values);
  if (HasFailure()) return;
  // Densely (about 2^12 values, 2^9 with SMAX_TEST_QUICK) where a main-loop lane and a tail lane sit; not
  // more: CI runs this suite under qemu-x86_64 for three ISAs, where 2^16 took 45 s for AVX's rows.
  tester.TestEachTerm(kernel.fn, {1, n - 1}, smax_test::DenseValues(0.0f, -88.0f, 1 << 12));
}

SMAX_TEST_INSTANTIATE_KERNELS(F32RAddExpMinusMax, kKernels);

}  // namespace
