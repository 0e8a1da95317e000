// Tests of every bf16-rsumexpmax kernel in src/bf16-rsumexpmax/gen/bf16-rsumexpmax.inc: the sum of
// exp(widen(input[i]) - *reference) and the max of the widened inputs, against the double reference
// (test/testers/rsumexpmax16-tester.h). The cases follow test/raddstoreexpminusmax16-cases.h's: ranges,
// special values, 16-bit subnormals, inputs above the reference, and the max's seed.
#include <gtest/gtest.h>

#include <vector>

#include "smax/microkernels.h"
#include "testers/rsumexpmax16-tester.h"
#include "ukernel-tester.h"

namespace {

using smax_test::RSumExpMax16Tester;

const std::vector<smax_test::UKernel<smax_bf16_rsumexpmax_ukernel_fn>> kKernels = {
#define SMAX_UKERNEL SMAX_TEST_UKERNEL_ROW
#include "bf16-rsumexpmax/gen/bf16-rsumexpmax.inc"
#undef SMAX_UKERNEL
};

class BF16RSumExpMax : public smax_test::UKernelTest<smax_bf16_rsumexpmax_ukernel_fn> {
 protected:
  RSumExpMax16Tester Tester() const {
    return RSumExpMax16Tester().type(smax_test::Type16::bf16);
  }
};

// Inputs in [90, 100] (exp overflows unless the reference is subtracted), and x - reference down to -60.
TEST_P(BF16RSumExpMax, Ranges) {
  TestSizes(Tester().input_range(90.0f, 100.0f));
  TestSizes(Tester().input_range(-30.0f, 30.0f));
}

// -inf and arguments below the exp core's cutoff add exactly 0; a NaN makes the sum NaN and is skipped
// by the max.
TEST_P(BF16RSumExpMax, SpecialValues) {
  TestSizes(Tester().input_range(-30.0f, 30.0f).neg_inf_fraction(0.25).underflow_fraction(0.25));
  TestSizes(Tester().input_range(-30.0f, 30.0f).nan_input(true));
  TestSizes(Tester().input_range(-30.0f, 30.0f).neg_inf_fraction(0.25).nan_input(true).subnormal_fraction(0.1));
}

// bf16 subnormal inputs (exp of about -reference) next to small ones.
TEST_P(BF16RSumExpMax, Subnormals) {
  TestSizes(Tester().input_range(-1.0f, 1.0f).subnormal_fraction(0.5));
}

// Inputs above *reference by up to SMAX_EXP_ABOVE_MAX_LIMIT (the running max of the statistics pass).
TEST_P(BF16RSumExpMax, InputsAboveReference) {
  for (float below : {0.5f, 20.0f, SMAX_EXP_ABOVE_MAX_LIMIT}) {
    TestSizes(Tester().input_range(-40.0f, 10.0f).max_below_top(below));
  }
  TestSizes(Tester().input_range(-100.0f, 10.0f).neg_inf_fraction(0.25).nan_input(true).max_below_top(8.0f));
}

// *max seeded above every input, inside their range, and below all (-inf and finite ones mixed): the
// result is the seed or the inputs' max. (A block of only -inf is never passed a -inf reference: the
// statistics pass exponentiates it against 0, smax_exp_reference.)
TEST_P(BF16RSumExpMax, MaxSeed) {
  TestSizes(Tester().input_range(-30.0f, 30.0f).next_max_seed(100.0f));
  TestSizes(Tester().input_range(-30.0f, 30.0f).next_max_seed(10.0f));
  TestSizes(Tester().input_range(-30.0f, 30.0f).neg_inf_fraction(0.5).next_max_seed(-1.0e30f));
}

SMAX_TEST_INSTANTIATE_KERNELS(BF16RSumExpMax, kKernels);

}  // namespace
