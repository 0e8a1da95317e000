// Tests of every f16-vscaleexpminusmax kernel in src/f16-vscaleexpminusmax/gen/f16-vscaleexpminusmax.inc:
// softmax's output pass on f16 inputs into a f16 output, against the exact value within the family's exp
// bound and the rounding to f16 (test/vscaleexpminusmax16-cases.h), on every input pattern with several
// (max, scale) pairs, on every size of KernelSizes(tile), in place and with streaming stores.
#include <gtest/gtest.h>

#include <vector>

#include "smax/microkernels.h"
#include "vscaleexpminusmax16-cases.h"

namespace {

const std::vector<smax_test::UKernel<smax_f16_vscaleexpminusmax_ukernel_fn>> kKernels = {
#define SMAX_UKERNEL SMAX_TEST_UKERNEL_ROW
#include "f16-vscaleexpminusmax/gen/f16-vscaleexpminusmax.inc"
#undef SMAX_UKERNEL
};

class F16VScaleExpMinusMax
    : public smax_test::VScaleExpMinusMax16Cases<smax_f16_vscaleexpminusmax_ukernel_fn, smax_test::Type16::f16> {};

SMAX_TEST_VSCALEEXPMINUSMAX16_CASES(F16VScaleExpMinusMax, kKernels);

}  // namespace
