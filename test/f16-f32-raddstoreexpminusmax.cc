// Tests of every f16-f32-raddstoreexpminusmax kernel in src/f16-f32-raddstoreexpminusmax/gen/f16-f32-raddstoreexpminusmax.inc: output[i] = exp(widen(input[i]) - *max), *sum and
// the side max, against the double reference on the widened inputs (the bounds of
// test/ukernel-tester.h) and bit for bit against the f32-raddstoreexpminusmax kernel of the same
// template and shape on them (test/testers/input16-tester-base.h). The cases are the f32 family's
// (test/f32-raddstoreexpminusmax.cc) less in-place runs (a 16-bit input never overlaps the float
// output), plus 16-bit subnormals.
#include <gtest/gtest.h>

#include <vector>

#include "testers/raddstoreexpminusmax16-tester.h"
#include "smax/microkernels.h"

namespace {

using smax_test::RAddStoreExpMinusMax16Tester;
using smax_test::Type16;

const std::vector<smax_test::UKernel<smax_f16_f32_raddstoreexpminusmax_ukernel_fn>> kKernels = {
#define SMAX_UKERNEL SMAX_TEST_UKERNEL_ROW
#include "f16-f32-raddstoreexpminusmax/gen/f16-f32-raddstoreexpminusmax.inc"
#undef SMAX_UKERNEL
};

const std::vector<smax_test::UKernel<smax_f32_raddstoreexpminusmax_ukernel_fn>> kTwins = {
#define SMAX_UKERNEL SMAX_TEST_UKERNEL_ROW
#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax.inc"
#undef SMAX_UKERNEL
};

class F16F32RAddStoreExpMinusMax : public smax_test::UKernelTest<smax_f16_f32_raddstoreexpminusmax_ukernel_fn> {
 protected:
  RAddStoreExpMinusMax16Tester Tester() const {
    return RAddStoreExpMinusMax16Tester().type(Type16::f16).twin(smax_test::FindTwin(GetParam(), kTwins));
  }
};

// Inputs in [90, 100] (exp overflows unless the max is subtracted; x - max exact), and x - max down
// to -60.
TEST_P(F16F32RAddStoreExpMinusMax, Ranges) {
  TestSizes(Tester().input_range(90.0f, 100.0f));
  TestSizes(Tester().input_range(-30.0f, 30.0f));
}

// -inf and arguments below the exp core's cutoff give exactly 0; a NaN gives NaN there and in the sum.
TEST_P(F16F32RAddStoreExpMinusMax, SpecialValues) {
  TestSizes(Tester().input_range(-30.0f, 30.0f).neg_inf_fraction(0.25).underflow_fraction(0.25));
  TestSizes(Tester().input_range(-30.0f, 30.0f).nan_input(true));
}

// 16-bit subnormal inputs (exp of about -max) next to small ones.
TEST_P(F16F32RAddStoreExpMinusMax, Subnormals) {
  TestSizes(Tester().input_range(-1.0f, 1.0f).subnormal_fraction(0.5));
}

// The next block's max: shorter than, equal to and longer than the block, seeded above and below,
// with special values.
TEST_P(F16F32RAddStoreExpMinusMax, NextBlockMax) {
  const size_t tile = GetParam().elements;
  for (size_t next : {size_t{1}, tile - 1 + (tile == 1), tile, tile + 1, 2 * tile + 3, 5 * tile + 17}) {
    TestSizes(Tester().input_range(-30.0f, 30.0f).next_elements(next));
    TestSizes(Tester().input_range(-30.0f, 30.0f).next_elements(next).next_max_seed(100.0f));
  }
  for (size_t next : {size_t{1}, tile, 3 * tile + 5}) {
    TestSizes(Tester()
                  .input_range(-30.0f, 30.0f)
                  .neg_inf_fraction(0.25)
                  .underflow_fraction(0.25)
                  .subnormal_fraction(0.1)
                  .nan_input(true)
                  .next_elements(next));
  }
}

// The block's own max on the side (next_input == input), as the reload pipeline's running max.
TEST_P(F16F32RAddStoreExpMinusMax, OwnBlockMax) {
  TestSizes(Tester().input_range(-30.0f, 30.0f).own_block_max(true));
  TestSizes(Tester().input_range(-30.0f, 30.0f).own_block_max(true).next_max_seed(100.0f));
  TestSizes(Tester()
                .input_range(-30.0f, 30.0f)
                .neg_inf_fraction(0.25)
                .underflow_fraction(0.25)
                .nan_input(true)
                .own_block_max(true));
}

// Inputs above *max by up to SMAX_EXP_ABOVE_MAX_LIMIT (the reload pipeline's running max).
TEST_P(F16F32RAddStoreExpMinusMax, InputsAboveMax) {
  for (float below : {0.5f, 20.0f, SMAX_EXP_ABOVE_MAX_LIMIT}) {
    TestSizes(Tester().input_range(-40.0f, 10.0f).max_below_top(below));
    TestSizes(Tester().input_range(-40.0f, 10.0f).max_below_top(below).own_block_max(true));
  }
  TestSizes(Tester()
                .input_range(-100.0f, 10.0f)
                .neg_inf_fraction(0.25)
                .nan_input(true)
                .max_below_top(SMAX_EXP_ABOVE_MAX_LIMIT));
}

INSTANTIATE_TEST_SUITE_P(Kernels, F16F32RAddStoreExpMinusMax, ::testing::ValuesIn(kKernels),
                         smax_test::KernelTestName());
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(F16F32RAddStoreExpMinusMax);

}  // namespace
