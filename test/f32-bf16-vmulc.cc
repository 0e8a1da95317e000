// Tests of every f32-bf16-vmulc kernel in src/f32-bf16-vmulc/gen/f32-bf16-vmulc.inc: output[i] =
// bf16(fl(input[i] * *scale)), bit-exact against the reference of test/vcvt-tester.h (the float product,
// then f32-bf16-vcvt's rounding), on NarrowingPatterns() times scales that move them across the
// 16-bit type's range (subnormal results, overflow, ties of the product) and on every size of
// KernelSizes(tile).
// The cases are test/vcvt16-cases.h's, shared with the other 16-bit type.
#include <gtest/gtest.h>

#include <vector>

#include "smax/microkernels.h"
#include "vcvt16-cases.h"

namespace {

const std::vector<smax_test::UKernel<smax_f32_bf16_vmulc_ukernel_fn>> kKernels = {
#define SMAX_UKERNEL SMAX_TEST_UKERNEL_ROW
#include "f32-bf16-vmulc/gen/f32-bf16-vmulc.inc"
#undef SMAX_UKERNEL
};

class F32BF16VMulC : public smax_test::ScaledNarrowingCases<smax_f32_bf16_vmulc_ukernel_fn, smax_test::Type16::bf16> {};

SMAX_TEST_SCALED_NARROWING_CASES(F32BF16VMulC, kKernels);

}  // namespace
