// Tests of every f16-f32-vsubc2 kernel in src/f16-f32-vsubc2/gen/f16-f32-vsubc2.inc: log-softmax's output pass on f16
// inputs into a float output, bit-exact against the reference of test/vsubc2-16bit-cases.h on every
// input pattern with several pairs of constants, and on every size of KernelSizes(tile).
#include <gtest/gtest.h>

#include <vector>

#include "smax/microkernels.h"
#include "vsubc2-16bit-cases.h"

namespace {

const std::vector<smax_test::UKernel<smax_f16_f32_vsubc2_ukernel_fn>> kKernels = {
#define SMAX_UKERNEL SMAX_TEST_UKERNEL_ROW
#include "f16-f32-vsubc2/gen/f16-f32-vsubc2.inc"
#undef SMAX_UKERNEL
};

class F16F32VSubC2
    : public smax_test::VSubC2From16BitCases<smax_f16_f32_vsubc2_ukernel_fn, smax_test::Type16::f16, float> {};

SMAX_TEST_VSUBC2_16BIT_CASES(F16F32VSubC2, kKernels);

}  // namespace
