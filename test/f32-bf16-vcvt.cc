// Tests of every f32-bf16-vcvt kernel in src/f32-bf16-vcvt/gen/f32-bf16-vcvt.inc: float -> bfloat16,
// round to nearest even (float subnormals to +-0), bit-exact against the reference of
// test/vcvt-tester.h, on NarrowingPatterns() (every exponent, the ties and their neighbours at every
// rounding position, subnormals, +-0, +-inf, NaNs, overflow edges) and on every size of
// KernelSizes(tile).
// The cases are test/vcvt16-cases.h's, shared with the other 16-bit type.
#include <gtest/gtest.h>

#include <vector>

#include "smax/microkernels.h"
#include "vcvt16-cases.h"

namespace {

const std::vector<smax_test::UKernel<smax_f32_bf16_vcvt_ukernel_fn>> kKernels = {
#define SMAX_UKERNEL SMAX_TEST_UKERNEL_ROW
#include "f32-bf16-vcvt/gen/f32-bf16-vcvt.inc"
#undef SMAX_UKERNEL
};

class F32BF16VCvt : public smax_test::NarrowingCases<smax_f32_bf16_vcvt_ukernel_fn, smax_test::Type16::bf16> {};

SMAX_TEST_NARROWING_CASES(F32BF16VCvt, kKernels);

}  // namespace
