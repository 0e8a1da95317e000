// Tests of every f16-f32-vcvt kernel in src/f16-f32-vcvt/gen/f16-f32-vcvt.inc: binary16 -> float,
// exact, bit-exact against the reference of test/vcvt-tester.h (NaNs: quiet, with their sign), on all
// 65536 input patterns at several lane positions and on every size of KernelSizes(tile).
// The cases are test/vcvt16-cases.h's, shared with the other 16-bit type.
#include <gtest/gtest.h>

#include <vector>

#include "smax/microkernels.h"
#include "vcvt16-cases.h"

namespace {

const std::vector<smax_test::UKernel<smax_f16_f32_vcvt_ukernel_fn>> kKernels = {
#define SMAX_UKERNEL SMAX_TEST_UKERNEL_ROW
#include "f16-f32-vcvt/gen/f16-f32-vcvt.inc"
#undef SMAX_UKERNEL
};

class F16F32VCvt : public smax_test::WideningCases<smax_f16_f32_vcvt_ukernel_fn, smax_test::Type16::f16> {};

SMAX_TEST_WIDENING_CASES(F16F32VCvt, kKernels);

}  // namespace
