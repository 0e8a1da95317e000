// Tests of every bf16-f32-vcvt kernel in src/bf16-f32-vcvt/gen/bf16-f32-vcvt.inc: bfloat16 -> float,
// exact, bit-exact against the reference of test/vcvt-tester.h (NaNs: quiet, with their sign), on all
// 65536 input patterns at several lane positions and on every size of KernelSizes(tile).
// The cases are test/vcvt16-cases.h's, shared with the other 16-bit type.
#include <gtest/gtest.h>

#include <vector>

#include "smax/microkernels.h"
#include "vcvt16-cases.h"

namespace {

const std::vector<smax_test::UKernel<smax_bf16_f32_vcvt_ukernel_fn>> kKernels = {
#define SMAX_UKERNEL SMAX_TEST_UKERNEL_ROW
#include "bf16-f32-vcvt/gen/bf16-f32-vcvt.inc"
#undef SMAX_UKERNEL
};

class BF16F32VCvt : public smax_test::WideningCases<smax_bf16_f32_vcvt_ukernel_fn, smax_test::Type16::bf16> {};

SMAX_TEST_WIDENING_CASES(BF16F32VCvt, kKernels);

}  // namespace
