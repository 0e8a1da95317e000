// Tests of every f32-f16-vcvt kernel in src/f32-f16-vcvt/gen/f32-f16-vcvt.inc: float -> binary16,
// round to nearest even, bit-exact against the reference of test/vcvt-tester.h, on NarrowingPatterns()
// (every exponent, the ties and their neighbours at every rounding position, subnormals, +-0, +-inf,
// NaNs, overflow edges) and on every size of KernelSizes(tile).
#include <gtest/gtest.h>

#include <vector>

#include "smax/microkernels.h"
#include "vcvt-tester.h"

namespace {

using smax_test::Type16;

const std::vector<smax_test::UKernel<smax_f32_f16_vcvt_ukernel_fn>> kKernels = {
#define SMAX_UKERNEL SMAX_TEST_UKERNEL_ROW
#include "f32-f16-vcvt/gen/f32-f16-vcvt.inc"
#undef SMAX_UKERNEL
};

using F32F16VCvt = smax_test::UKernelTest<smax_f32_f16_vcvt_ukernel_fn>;

// The pattern set, whole and shifted by 1 to 3 elements (each pattern meets several lane positions).
TEST_P(F32F16VCvt, Patterns) {
  static const std::vector<float> patterns = smax_test::NarrowingPatterns();
  for (size_t shift : {0, 1, 3}) {
    smax_test::TestNarrowing(Type16::f16, GetParam(), std::vector<float>(patterns.begin() + shift, patterns.end()));
    if (HasFailure()) return;
  }
}

TEST_P(F32F16VCvt, EverySize) {
  for (size_t n : smax_test::KernelSizes(GetParam().elements)) {
    smax_test::TestNarrowing(Type16::f16, GetParam(), smax_test::RandomFloats(n, static_cast<uint32_t>(n)));
    if (HasFailure()) return;
  }
}

INSTANTIATE_TEST_SUITE_P(Kernels, F32F16VCvt, ::testing::ValuesIn(kKernels), smax_test::KernelTestName());
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(F32F16VCvt);

}  // namespace
