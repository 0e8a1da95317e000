// Tests of every bf16-f32-vcvt kernel in src/bf16-f32-vcvt/gen/bf16-f32-vcvt.inc: bfloat16 -> float,
// exact, bit-exact against the reference of test/vcvt-tester.h (NaNs: quiet, with their sign), on all
// 65536 input patterns at several lane positions and on every size of KernelSizes(tile).
#include <gtest/gtest.h>

#include <vector>

#include "smax/microkernels.h"
#include "vcvt-tester.h"

namespace {

using smax_test::Type16;

const std::vector<smax_test::UKernel<smax_bf16_f32_vcvt_ukernel_fn>> kKernels = {
#define SMAX_UKERNEL SMAX_TEST_UKERNEL_ROW
#include "bf16-f32-vcvt/gen/bf16-f32-vcvt.inc"
#undef SMAX_UKERNEL
};

using BF16F32VCvt = smax_test::UKernelTest<smax_bf16_f32_vcvt_ukernel_fn>;

// Every pattern, starting at three offsets (each pattern meets three lane positions), 7 more than
// 2^16 so that the tail code sees some too.
TEST_P(BF16F32VCvt, EveryPattern) {
  for (uint16_t first : {uint16_t{0}, uint16_t{5}, uint16_t{0x8003}}) {
    smax_test::TestWidening(Type16::bf16, GetParam(), smax_test::EveryPattern(first, 7));
    if (HasFailure()) return;
  }
}

TEST_P(BF16F32VCvt, EverySize) {
  for (size_t n : smax_test::KernelSizes(GetParam().elements)) {
    smax_test::TestWidening(Type16::bf16, GetParam(), smax_test::RandomPatterns(n, static_cast<uint32_t>(n)));
    if (HasFailure()) return;
  }
}

INSTANTIATE_TEST_SUITE_P(Kernels, BF16F32VCvt, ::testing::ValuesIn(kKernels), smax_test::KernelTestName());
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(BF16F32VCvt);

}  // namespace
