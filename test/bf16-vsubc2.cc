// Tests of every bf16-vsubc2 kernel in src/bf16-vsubc2/gen/bf16-vsubc2.inc: log-softmax's output pass on bf16
// inputs into a bf16 output, also in place, bit-exact against the reference of test/vsubc2-16bit-cases.h on every
// input pattern with several pairs of constants, and on every size of KernelSizes(tile).
#include <gtest/gtest.h>

#include <vector>

#include "smax/microkernels.h"
#include "vsubc2-16bit-cases.h"

namespace {

const std::vector<smax_test::UKernel<smax_bf16_vsubc2_ukernel_fn>> kKernels = {
#define SMAX_UKERNEL SMAX_TEST_UKERNEL_ROW
#include "bf16-vsubc2/gen/bf16-vsubc2.inc"
#undef SMAX_UKERNEL
};

class BF16VSubC2
    : public smax_test::VSubC2From16BitCases<smax_bf16_vsubc2_ukernel_fn, smax_test::Type16::bf16, uint16_t> {};

TEST_P(BF16VSubC2, InPlace) {
  TestInPlace();
}

SMAX_TEST_VSUBC2_16BIT_CASES(BF16VSubC2, kKernels);

}  // namespace
