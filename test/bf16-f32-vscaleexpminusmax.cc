// Tests of every bf16-f32-vscaleexpminusmax kernel in
// src/bf16-f32-vscaleexpminusmax/gen/bf16-f32-vscaleexpminusmax.inc: softmax's output pass on bf16 inputs
// into an f32 output, against the exact value within the family's exp bound and the product's rounding
// (test/vscaleexpminusmax16-cases.h), on every input pattern with several (max, scale) pairs, on every
// size of KernelSizes(tile), and with streaming stores.
#include <gtest/gtest.h>

#include <vector>

#include "smax/microkernels.h"
#include "vscaleexpminusmax16-cases.h"

namespace {

const std::vector<smax_test::UKernel<smax_bf16_f32_vscaleexpminusmax_ukernel_fn>> kKernels = {
#define SMAX_UKERNEL SMAX_TEST_UKERNEL_ROW
#include "bf16-f32-vscaleexpminusmax/gen/bf16-f32-vscaleexpminusmax.inc"
#undef SMAX_UKERNEL
};

class BF16F32VScaleExpMinusMax
    : public smax_test::VScaleExpMinusMax16Cases<smax_bf16_f32_vscaleexpminusmax_ukernel_fn, smax_test::Type16::bf16,
                                                 float> {};

SMAX_TEST_VSCALEEXPMINUSMAX16_F32_CASES(BF16F32VScaleExpMinusMax, kKernels);

}  // namespace
