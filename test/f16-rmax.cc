// Tests of every f16-rmax kernel in src/f16-rmax/gen/f16-rmax.inc: *max = max(*max, widen(input[0..n))),
// exact, against the true max of the widened inputs and bit for bit against the f32-rmax kernel of
// the same shape on them. The cases are test/rmax16-cases.h's, shared with the other 16-bit type.
#include <gtest/gtest.h>

#include <vector>

#include "rmax16-cases.h"
#include "smax/microkernels.h"

namespace {

const std::vector<smax_test::UKernel<smax_f16_rmax_ukernel_fn>> kKernels = {
#define SMAX_UKERNEL SMAX_TEST_UKERNEL_ROW
#include "f16-rmax/gen/f16-rmax.inc"
#undef SMAX_UKERNEL
};

class F16RMax : public smax_test::RMax16Cases<smax_f16_rmax_ukernel_fn, smax_test::Type16::f16> {};

SMAX_TEST_RMAX16_CASES(F16RMax, kKernels);

}  // namespace
