// Tests of every f32-raddstoreexpminusmax kernel in
// src/f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax.inc: output[i] = exp(input[i] - *max) and
// *sum = sum_i output[i], against a double reference (test/ukernel-tester.h for the error bounds),
// with *max the inputs' max. *sum is also checked against the sum of the values actually stored.
#include <gtest/gtest.h>

#include <vector>

#include "smax/microkernels.h"
#include "testers/raddstoreexpminusmax-tester.h"

namespace {

using smax_test::RAddStoreExpMinusMaxTester;

const std::vector<smax_test::UKernel<smax_f32_raddstoreexpminusmax_ukernel_fn>> kKernels = {
#define SMAX_UKERNEL SMAX_TEST_UKERNEL_ROW
#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax.inc"
#undef SMAX_UKERNEL
};

using F32RAddStoreExpMinusMax = smax_test::UKernelTest<smax_f32_raddstoreexpminusmax_ukernel_fn>;

// Inputs in [90, 100], as in XNNPACK: exp(x) overflows float there (e^88.8 > FLT_MAX), so only a
// kernel that really subtracts the max gets them right; and x - max is exact (x and max are in the
// same binade, [64, 128): Sterbenz), so the only error left is the kernel's own.
TEST_P(F32RAddStoreExpMinusMax, HighRange) {
  TestSizes(RAddStoreExpMinusMaxTester().input_range(90.0f, 100.0f));
}

// x - max down to -60 (rounded: the tolerance allows for the argument's rounding).
TEST_P(F32RAddStoreExpMinusMax, WideRange) {
  TestSizes(RAddStoreExpMinusMaxTester().input_range(-30.0f, 30.0f));
}

// -inf entries give (and contribute) exactly 0, and so do entries whose x - max is below the exp
// core's cutoff.
TEST_P(F32RAddStoreExpMinusMax, NegativeInfinityAndUnderflow) {
  TestSizes(RAddStoreExpMinusMaxTester().input_range(-30.0f, 30.0f).neg_inf_fraction(0.25).underflow_fraction(0.25));
}

// A NaN input gives NaN at its position and in the sum, and leaves the other outputs alone.
TEST_P(F32RAddStoreExpMinusMax, NaN) {
  TestSizes(RAddStoreExpMinusMaxTester().input_range(-30.0f, 30.0f).nan_input(true));
}

TEST_P(F32RAddStoreExpMinusMax, InPlace) {
  TestSizes(RAddStoreExpMinusMaxTester().input_range(90.0f, 100.0f).in_place(true));
}

TEST_P(F32RAddStoreExpMinusMax, InPlaceSpecialValues) {
  TestSizes(RAddStoreExpMinusMaxTester()
                .input_range(-30.0f, 30.0f)
                .neg_inf_fraction(0.25)
                .underflow_fraction(0.25)
                .nan_input(true)
                .in_place(true));
}

// The next block's max (the reload algorithm's pipelined reduction): next blocks shorter than,
// equal to and longer than the block, around the tile, with special values, seeded above and below.
TEST_P(F32RAddStoreExpMinusMax, NextBlockMax) {
  const size_t tile = GetParam().elements;
  for (size_t next : {size_t{1}, tile - 1 + (tile == 1), tile, tile + 1, 2 * tile + 3, 5 * tile + 17}) {
    TestSizes(RAddStoreExpMinusMaxTester().input_range(-30.0f, 30.0f).next_elements(next));
    TestSizes(RAddStoreExpMinusMaxTester().input_range(-30.0f, 30.0f).next_elements(next).next_max_seed(100.0f));
  }
}

TEST_P(F32RAddStoreExpMinusMax, NextBlockMaxSpecialValues) {
  const size_t tile = GetParam().elements;
  for (size_t next : {size_t{1}, tile, 3 * tile + 5}) {
    TestSizes(RAddStoreExpMinusMaxTester()
                  .input_range(-30.0f, 30.0f)
                  .neg_inf_fraction(0.25)
                  .underflow_fraction(0.25)
                  .nan_input(true)
                  .next_elements(next));
  }
}

TEST_P(F32RAddStoreExpMinusMax, NextBlockMaxInPlace) {
  const size_t tile = GetParam().elements;
  TestSizes(RAddStoreExpMinusMaxTester().input_range(90.0f, 100.0f).in_place(true).next_elements(tile + 1));
}

// The block's own max on the side (next_input == input): the reload pipeline's running max.
TEST_P(F32RAddStoreExpMinusMax, OwnBlockMax) {
  TestSizes(RAddStoreExpMinusMaxTester().input_range(-30.0f, 30.0f).own_block_max(true));
  TestSizes(RAddStoreExpMinusMaxTester().input_range(-30.0f, 30.0f).own_block_max(true).next_max_seed(100.0f));
  TestSizes(RAddStoreExpMinusMaxTester()
                .input_range(-30.0f, 30.0f)
                .neg_inf_fraction(0.25)
                .underflow_fraction(0.25)
                .nan_input(true)
                .own_block_max(true));
}

// Inputs above *max by up to SMAX_EXP_ABOVE_MAX_LIMIT (the running max of the reload pipeline): outputs
// up to e^64, as accurate, and spread down past the cutoff.
TEST_P(F32RAddStoreExpMinusMax, InputsAboveMax) {
  for (float below : {0.5f, 20.0f, SMAX_EXP_ABOVE_MAX_LIMIT}) {
    TestSizes(RAddStoreExpMinusMaxTester().input_range(-40.0f, 10.0f).max_below_top(below));
    TestSizes(RAddStoreExpMinusMaxTester().input_range(-40.0f, 10.0f).max_below_top(below).own_block_max(true));
  }
  TestSizes(RAddStoreExpMinusMaxTester()
                .input_range(-100.0f, 10.0f)
                .neg_inf_fraction(0.25)
                .nan_input(true)
                .max_below_top(SMAX_EXP_ABOVE_MAX_LIMIT));
}

SMAX_TEST_INSTANTIATE_KERNELS(F32RAddStoreExpMinusMax, kKernels);

}  // namespace
