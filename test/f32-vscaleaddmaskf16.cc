// Tests of every f32-vscaleaddmaskf16 kernel in src/f32-vscaleaddmaskf16/gen/f32-vscaleaddmaskf16.inc:
// output[i] = fl(fl(coefficients[0] * input[i]) + fl(coefficients[1] * float(mask[i]))), mask[i] a
// binary16 bit pattern converted exactly; bit-exact against the reference
// (test/testers/exact-reference.h, and test/testers/half.h for the mask), NaN payloads aside. Every
// one of the 65536 patterns is tried at every lane position of every kernel (EveryPattern).
#include <gtest/gtest.h>

#include <cfloat>
#include <cmath>
#include <limits>
#include <utility>
#include <vector>

#include "smax/microkernels.h"
#include "testers/vscaleaddmask-tester.h"

namespace {

using smax_test::SpecialMix;
using smax_test::VScaleAddMaskTester;

const std::vector<smax_test::UKernel<smax_f32_vscaleaddmaskf16_ukernel_fn>> kKernels = {
#define SMAX_UKERNEL SMAX_TEST_UKERNEL_ROW
#include "f32-vscaleaddmaskf16/gen/f32-vscaleaddmaskf16.inc"
#undef SMAX_UKERNEL
};

using F32VScaleAddMaskF16 = smax_test::UKernelTest<smax_f32_vscaleaddmaskf16_ukernel_fn>;

// ARMv7 NEON flushes subnormal floats to zero (binary16 subnormals are normal floats, and their
// conversion never goes through a subnormal float): exempt from the subnormal test only.
bool FlushesSubnormals(const smax_test::UKernel<smax_f32_vscaleaddmaskf16_ukernel_fn>& kernel) {
  return SMAX_ARCH_ARM && (kernel.isa == smax_isa_neon || kernel.isa == smax_isa_neonfma);
}

// Every binary16 pattern (+-0, subnormals, normals, +-inf, quiet and signaling NaNs) as the mask,
// starting at a random pattern, so that over the iterations each one meets several lane positions;
// 7 more than 2^16 elements, so that the tail code sees some too. Coefficients: random, then 1 and 1
// (the mask's own value, exactly).
TEST_P(F32VScaleAddMaskF16, EveryPattern) {
  for (bool unit_coefficients : {false, true}) {
    VScaleAddMaskTester tester;
    tester.kernel(GetParam()).input_range(-10.0f, 10.0f).all_half_patterns(true).iterations(3);
    if (unit_coefficients) tester.coefficients(1.0f, 1.0f);
    tester.elements(65536 + 7).Test(GetParam().fn);
    if (HasFailure()) return;
  }
}

// As above, with an input of 0: output = fl(b * mask), in place.
TEST_P(F32VScaleAddMaskF16, EveryPatternInPlaceZeroInput) {
  VScaleAddMaskTester tester;
  tester.kernel(GetParam()).input_range(0.0f, 0.0f).all_half_patterns(true).coefficients(3.0f, -0.75f).in_place(true);
  tester.elements(65536 + 3).Test(GetParam().fn);
}

TEST_P(F32VScaleAddMaskF16, Typical) {
  TestSizes(VScaleAddMaskTester().input_range(-10.0f, 10.0f).mask_range(-10.0f, 0.0f));
}

TEST_P(F32VScaleAddMaskF16, FixedCoefficients) {
  TestSizes(VScaleAddMaskTester()
                .input_range(-30.0f, 30.0f)
                .mask_range(-5.0f, 5.0f)
                .coefficients(static_cast<float>(1.0 / std::sqrt(96.0)), 1.0f));
}

// Masked-out positions: a -inf mask with a finite input gives -inf.
TEST_P(F32VScaleAddMaskF16, NegativeInfinityMask) {
  SpecialMix mix;
  mix.neg_inf = 0.5;
  mix.zero = 0.5;
  TestSizes(VScaleAddMaskTester().input_range(-30.0f, 30.0f).mask_special(mix).coefficients(0.125f, 1.0f));
}

// Huge inputs (overflowing products) and the largest binary16 magnitudes and +-inf in the mask.
TEST_P(F32VScaleAddMaskF16, Huge) {
  SpecialMix mix;
  mix.huge = 0.5;
  TestSizes(VScaleAddMaskTester().input_range(-30.0f, 30.0f).huge_fraction(0.5).mask_special(mix));
  TestSizes(VScaleAddMaskTester().input_range(-30.0f, 30.0f).mask_special(mix).coefficients(1.0f, 0x1.0p+120f));
}

TEST_P(F32VScaleAddMaskF16, NaN) {
  SpecialMix mix;
  mix.nan = true;
  TestSizes(VScaleAddMaskTester().input_range(-30.0f, 30.0f).nan_input(true).mask_special(mix));
}

TEST_P(F32VScaleAddMaskF16, SpecialCoefficients) {
  const float inf = std::numeric_limits<float>::infinity();
  const float nan = std::numeric_limits<float>::quiet_NaN();
  for (const auto& ab : std::vector<std::pair<float, float>>{{0.0f, 1.0f},
                                                             {1.0f, 0.0f},
                                                             {-0.0f, -0.0f},
                                                             {inf, 1.0f},
                                                             {1.0f, -inf},
                                                             {nan, 1.0f},
                                                             {1.0f, nan},
                                                             {FLT_MAX, 1.0f},
                                                             {1.0f, FLT_MAX},
                                                             {-1.0f, -1.0f}}) {
    SpecialMix mix;
    mix.neg_inf = 0.25;
    mix.zero = 0.25;
    TestSizes(VScaleAddMaskTester().input_range(-30.0f, 30.0f).mask_special(mix).coefficients(ab.first, ab.second));
    if (HasFailure()) return;
  }
}

// Subnormal inputs and subnormal products of the mask (binary16 values times 2^-130).
TEST_P(F32VScaleAddMaskF16, Subnormals) {
  if (FlushesSubnormals(GetParam())) {
    GTEST_SKIP() << "ARMv7 NEON flushes subnormals to zero";
  }
  TestSizes(
      VScaleAddMaskTester().input_range(-4.0e-38f, 4.0e-38f).mask_range(-1.0f, 1.0f).coefficients(1.0f, 0x1.0p-130f));
}

TEST_P(F32VScaleAddMaskF16, InPlace) {
  TestSizes(VScaleAddMaskTester().input_range(-10.0f, 10.0f).in_place(true));
}

TEST_P(F32VScaleAddMaskF16, InPlaceSpecialValues) {
  SpecialMix mix;
  mix.neg_inf = 0.25;
  mix.huge = 0.25;
  mix.zero = 0.1;
  mix.nan = true;
  TestSizes(VScaleAddMaskTester()
                .input_range(-30.0f, 30.0f)
                .huge_fraction(0.25)
                .neg_inf_fraction(0.25)
                .nan_input(true)
                .zeros(0.1)
                .mask_special(mix)
                .in_place(true));
}

SMAX_TEST_INSTANTIATE_KERNELS(F32VScaleAddMaskF16, kKernels);

}  // namespace
