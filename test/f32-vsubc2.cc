// Tests of every f32-vsubc2 kernel in src/f32-vsubc2/gen/f32-vsubc2.inc: output[i] =
// fl(fl(input[i] - c[0]) - c[1]), two IEEE roundings, so outputs must be bit-exact against the
// reference (test/testers/exact-reference.h, SubC2Reference), NaN payloads aside.
#include <gtest/gtest.h>

#include <cfloat>
#include <limits>
#include <utility>
#include <vector>

#include "smax/microkernels.h"
#include "testers/vsubc2-tester.h"

namespace {

using smax_test::VSubC2Tester;

const std::vector<smax_test::UKernel<smax_f32_vsubc2_ukernel_fn>> kKernels = {
#define SMAX_UKERNEL SMAX_TEST_UKERNEL_ROW
#include "f32-vsubc2/gen/f32-vsubc2.inc"
#undef SMAX_UKERNEL
};

using F32VSubC2 = smax_test::UKernelTest<smax_f32_vsubc2_ukernel_fn>;

// ARMv7 NEON flushes subnormal inputs and results to zero (src/f32-vsubc2/neon.c.in): its kernels
// are exempt from the subnormal test only; the other tests have no subnormal inputs or differences.
bool FlushesSubnormals(const smax_test::UKernel<smax_f32_vsubc2_ukernel_fn>& kernel) {
  return SMAX_ARCH_ARM && (kernel.isa == smax_isa_neon || kernel.isa == smax_isa_neonfma);
}

// What log-softmax passes: c = (max, log(sum exp(x - max))).
TEST_P(F32VSubC2, LogSoftmax) {
  TestSizes(VSubC2Tester().input_range(-30.0f, 30.0f));
}

TEST_P(F32VSubC2, LogSoftmaxAscending) {
  TestSizes(VSubC2Tester().input_range(-1000.0f, 1000.0f).order(smax_test::Order::kAscending));
}

TEST_P(F32VSubC2, RandomConstants) {
  TestSizes(VSubC2Tester().input_range(-100.0f, 100.0f).random_constants());
}

// Magnitudes up to FLT_MAX and +-inf: differences that overflow to +-inf.
TEST_P(F32VSubC2, Huge) {
  TestSizes(VSubC2Tester().input_range(-30.0f, 30.0f).huge_fraction(0.5));
  TestSizes(VSubC2Tester().input_range(-30.0f, 30.0f).huge_fraction(0.5).constants(-FLT_MAX, FLT_MAX));
}

// With streaming stores (struct smax_store_params, the output pass of rows beyond the cache), from every
// 64-byte alignment of the output and in place: the same bits, the same elements written.
TEST_P(F32VSubC2, Streaming) {
  for (size_t shift = 0; shift < 16; shift++) {
    TestSizes(VSubC2Tester().input_range(-30.0f, 30.0f).streaming(true).output_shift(shift).iterations(1));
    TestSizes(VSubC2Tester().input_range(-30.0f, 30.0f).streaming(true).output_shift(shift).iterations(1).in_place(true));
  }
}

// -inf inputs (masked-out positions) give -inf.
TEST_P(F32VSubC2, NegativeInfinity) {
  TestSizes(VSubC2Tester().input_range(-30.0f, 30.0f).neg_inf_fraction(0.25));
}

TEST_P(F32VSubC2, NaNAndPlusInfinity) {
  TestSizes(VSubC2Tester().input_range(-30.0f, 30.0f).nan_input(true).plus_inf_input(true));
}

// Infinite and NaN constants (a row of -inf has max -inf: -inf - -inf is NaN).
TEST_P(F32VSubC2, SpecialConstants) {
  const float inf = std::numeric_limits<float>::infinity();
  const float nan = std::numeric_limits<float>::quiet_NaN();
  for (const auto& c : std::vector<std::pair<float, float>>{
           {-inf, 0.0f}, {inf, 0.0f}, {0.0f, inf}, {0.0f, -inf}, {nan, 0.0f}, {0.0f, nan}, {-0.0f, -0.0f}}) {
    TestSizes(VSubC2Tester()
                  .input_range(-30.0f, 30.0f)
                  .neg_inf_fraction(0.25)
                  .plus_inf_input(true)
                  .constants(c.first, c.second));
    if (HasFailure()) return;
  }
}

// Subnormal inputs and differences.
TEST_P(F32VSubC2, Subnormals) {
  if (FlushesSubnormals(GetParam())) {
    GTEST_SKIP() << "ARMv7 NEON flushes subnormals to zero";
  }
  TestSizes(VSubC2Tester().input_range(-4.0e-38f, 4.0e-38f).random_constants());
  TestSizes(VSubC2Tester().input_range(-4.0e-38f, 4.0e-38f).constants(1.0e-38f, -2.0e-39f));
}

TEST_P(F32VSubC2, InPlace) {
  TestSizes(VSubC2Tester().input_range(-30.0f, 30.0f).in_place(true));
}

TEST_P(F32VSubC2, InPlaceSpecialValues) {
  TestSizes(VSubC2Tester()
                .input_range(-30.0f, 30.0f)
                .huge_fraction(0.25)
                .neg_inf_fraction(0.25)
                .nan_input(true)
                .in_place(true));
}

SMAX_TEST_INSTANTIATE_KERNELS(F32VSubC2, kKernels);

}  // namespace
