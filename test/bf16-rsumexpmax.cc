// Tests of every bf16-rsumexpmax kernel in src/bf16-rsumexpmax/gen/bf16-rsumexpmax.inc: the sum of
// exp(widen(input[i]) - *reference) and the max of the widened inputs, against the double reference.
// The cases are test/rsumexpmax16-cases.h's, shared with the other 16-bit type.
#include <gtest/gtest.h>

#include <vector>

#include "rsumexpmax16-cases.h"
#include "smax/microkernels.h"

namespace {

const std::vector<smax_test::UKernel<smax_bf16_rsumexpmax_ukernel_fn>> kKernels = {
#define SMAX_UKERNEL SMAX_TEST_UKERNEL_ROW
#include "bf16-rsumexpmax/gen/bf16-rsumexpmax.inc"
#undef SMAX_UKERNEL
};

class BF16RSumExpMax : public smax_test::RSumExpMax16Cases<smax_bf16_rsumexpmax_ukernel_fn, smax_test::Type16::bf16> {};

SMAX_TEST_RSUMEXPMAX16_CASES(BF16RSumExpMax, kKernels);

}  // namespace
