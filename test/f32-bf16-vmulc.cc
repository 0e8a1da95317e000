// Tests of every f32-bf16-vmulc kernel in src/f32-bf16-vmulc/gen/f32-bf16-vmulc.inc: output[i] =
// bf16(fl(input[i] * *scale)), bit-exact against the reference of test/vcvt-tester.h (the float product,
// then f32-bf16-vcvt's rounding), on NarrowingPatterns() times scales that move them across the
// 16-bit type's range (subnormal results, overflow, ties of the product) and on every size of
// KernelSizes(tile).
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <vector>

#include "smax/microkernels.h"
#include "vcvt-tester.h"

namespace {

using smax_test::Type16;

// ARMv7 NEON reads float subnormals as zero (as x86 does under MXCSR.DAZ, which the kernel tests do not
// set): the reference multiplies +-0 for them.
template <typename Kernel>
bool FlushesSubnormals(const Kernel& kernel) {
  return SMAX_ARCH_ARM && (kernel.isa == smax_isa_neon || kernel.isa == smax_isa_neonfma);
}

const std::vector<smax_test::UKernel<smax_f32_bf16_vmulc_ukernel_fn>> kKernels = {
#define SMAX_UKERNEL SMAX_TEST_UKERNEL_ROW
#include "f32-bf16-vmulc/gen/f32-bf16-vmulc.inc"
#undef SMAX_UKERNEL
};

using F32BF16VMulC = smax_test::UKernelTest<smax_f32_bf16_vmulc_ukernel_fn>;

TEST_P(F32BF16VMulC, Patterns) {
  static const std::vector<float> patterns = smax_test::NarrowingPatterns();
  // 1 (the conversion alone), powers of two (exact products: every rounding position shifts), 1/3 and
  // 3 (inexact products), the scales of a softmax's 1/sum, +-0, +-inf and NaN.
  for (float scale : {1.0f, 0.5f, 0x1.0p-20f, 0x1.0p+20f, 1.0f / 3.0f, 3.0f, -1.0f / 4099.0f, 0.0f, -0.0f,
                      std::numeric_limits<float>::infinity(), -std::numeric_limits<float>::infinity(),
                      std::numeric_limits<float>::quiet_NaN()}) {
    smax_test::TestScaledNarrowing(Type16::bf16, GetParam(), patterns, scale, FlushesSubnormals(GetParam()));
    if (HasFailure()) return;
  }
}

TEST_P(F32BF16VMulC, EverySize) {
  for (size_t n : smax_test::KernelSizes(GetParam().elements)) {
    smax_test::TestScaledNarrowing(Type16::bf16, GetParam(), smax_test::RandomFloats(n, static_cast<uint32_t>(n)),
                                   1.0f / 1021.0f, FlushesSubnormals(GetParam()));
    if (HasFailure()) return;
  }
}

INSTANTIATE_TEST_SUITE_P(Kernels, F32BF16VMulC, ::testing::ValuesIn(kKernels), smax_test::KernelTestName());
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(F32BF16VMulC);

}  // namespace
