// Tests of every f32-vscaleaddmask kernel in src/f32-vscaleaddmask/gen/f32-vscaleaddmask.inc:
// output[i] = fl(fl(coefficients[0] * input[i]) + fl(coefficients[1] * mask[i])), three IEEE
// roundings and no FMA, so outputs must be bit-exact against the reference (test/testers/exact-reference.h,
// ScaleAddMaskReference), NaN payloads aside.
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

const std::vector<smax_test::UKernel<smax_f32_vscaleaddmask_ukernel_fn>> kKernels = {
#define SMAX_UKERNEL SMAX_TEST_UKERNEL_ROW
#include "f32-vscaleaddmask/gen/f32-vscaleaddmask.inc"
#undef SMAX_UKERNEL
};

using F32VScaleAddMask = smax_test::UKernelTest<smax_f32_vscaleaddmask_ukernel_fn>;

// ARMv7 NEON flushes subnormal inputs and results to zero (src/f32-vscaleaddmask/neon.c.in): its
// kernels are exempt from the subnormal tests only. Every other test avoids subnormal products and
// sums (inputs and masks of magnitude 2^-30 or more, coefficients in +-[0.25, 4)).
bool FlushesSubnormals(const smax_test::UKernel<smax_f32_vscaleaddmask_ukernel_fn>& kernel) {
  return SMAX_ARCH_ARM && (kernel.isa == smax_isa_neon || kernel.isa == smax_isa_neonfma);
}

// Scaled logits plus a bias mask; random coefficients in +-[0.25, 4).
TEST_P(F32VScaleAddMask, Typical) {
  TestSizes(VScaleAddMaskTester().input_range(-10.0f, 10.0f).mask_range(-10.0f, 0.0f));
}

// An attention scale 1/sqrt(d) (inexact: every product rounds) and the mask added unscaled.
TEST_P(F32VScaleAddMask, FixedCoefficients) {
  TestSizes(VScaleAddMaskTester()
                .input_range(-30.0f, 30.0f)
                .mask_range(-5.0f, 5.0f)
                .coefficients(static_cast<float>(1.0 / std::sqrt(96.0)), 1.0f));
}

// Masked-out positions: a -inf mask with a finite input gives -inf.
TEST_P(F32VScaleAddMask, NegativeInfinityMask) {
  SpecialMix mix;
  mix.neg_inf = 0.5;
  mix.zero = 0.5;
  TestSizes(VScaleAddMaskTester().input_range(-30.0f, 30.0f).mask_special(mix).coefficients(0.125f, 1.0f));
}

// Products and sums that overflow to +-inf, +-inf inputs and masks (inf - inf: NaN).
TEST_P(F32VScaleAddMask, Huge) {
  SpecialMix mix;
  mix.huge = 0.5;
  TestSizes(VScaleAddMaskTester().input_range(-30.0f, 30.0f).huge_fraction(0.5).mask_special(mix));
}

TEST_P(F32VScaleAddMask, NaNInput) {
  TestSizes(VScaleAddMaskTester().input_range(-30.0f, 30.0f).nan_input(true));
}

TEST_P(F32VScaleAddMask, NaNMask) {
  SpecialMix mix;
  mix.nan = true;
  TestSizes(VScaleAddMaskTester().input_range(-30.0f, 30.0f).mask_special(mix));
}

// +0 and -0 in both arrays: -0 + -0 is -0, any other sum of zeros +0.
TEST_P(F32VScaleAddMask, SignedZeros) {
  SpecialMix mix;
  mix.zero = 0.5;
  TestSizes(VScaleAddMaskTester().input_range(-1.0f, 1.0f).zeros(0.5).mask_special(mix));
}

TEST_P(F32VScaleAddMask, SpecialCoefficients) {
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
    TestSizes(VScaleAddMaskTester().input_range(-30.0f, 30.0f).mask_special(mix).coefficients(ab.first, ab.second));
    if (HasFailure()) return;
  }
}

// Subnormal inputs, masks, products and sums (and results rounded up to FLT_MIN).
TEST_P(F32VScaleAddMask, Subnormals) {
  if (FlushesSubnormals(GetParam())) {
    GTEST_SKIP() << "ARMv7 NEON flushes subnormals to zero";
  }
  TestSizes(VScaleAddMaskTester().input_range(-4.0e-38f, 4.0e-38f).mask_range(-4.0e-38f, 4.0e-38f));
  TestSizes(
      VScaleAddMaskTester().input_range(-1.0f, 1.0f).mask_range(-1.0f, 1.0f).coefficients(0x1.0p-130f, -0x1.8p-127f));
}

// The values of every binary16 pattern as the mask (a wide spread of magnitudes, +-inf and NaN).
TEST_P(F32VScaleAddMask, EveryHalfValue) {
  VScaleAddMaskTester tester;
  tester.kernel(GetParam()).input_range(-10.0f, 10.0f).all_half_patterns(true).iterations(2);
  tester.elements(65536 + 7).Test(GetParam().fn);
}

TEST_P(F32VScaleAddMask, InPlace) {
  TestSizes(VScaleAddMaskTester().input_range(-10.0f, 10.0f).in_place(true));
}

TEST_P(F32VScaleAddMask, InPlaceSpecialValues) {
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

SMAX_TEST_INSTANTIATE_KERNELS(F32VScaleAddMask, kKernels);

}  // namespace
