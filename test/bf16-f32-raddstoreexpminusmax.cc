// Tests of every bf16-f32-raddstoreexpminusmax kernel in
// src/bf16-f32-raddstoreexpminusmax/gen/bf16-f32-raddstoreexpminusmax.inc: output[i] =
// exp(widen(input[i]) - *max), *sum and the side max, against the double reference on the widened
// inputs and bit for bit against the f32-raddstoreexpminusmax kernel of the same template and shape
// on them. The cases are test/raddstoreexpminusmax16-cases.h's, shared with the other 16-bit type.
#include <gtest/gtest.h>

#include <vector>

#include "raddstoreexpminusmax16-cases.h"
#include "smax/microkernels.h"

namespace {

const std::vector<smax_test::UKernel<smax_bf16_f32_raddstoreexpminusmax_ukernel_fn>> kKernels = {
#define SMAX_UKERNEL SMAX_TEST_UKERNEL_ROW
#include "bf16-f32-raddstoreexpminusmax/gen/bf16-f32-raddstoreexpminusmax.inc"
#undef SMAX_UKERNEL
};

class BF16F32RAddStoreExpMinusMax
    : public smax_test::RAddStoreExpMinusMax16Cases<smax_bf16_f32_raddstoreexpminusmax_ukernel_fn,
                                                    smax_test::Type16::bf16> {};

SMAX_TEST_RADDSTOREEXPMINUSMAX16_CASES(BF16F32RAddStoreExpMinusMax, kKernels);

}  // namespace
