// The test cases of f16-rsumexpmax and bf16-rsumexpmax, which differ only by the 16-bit type: each
// test/<family>.cc names its fixture, derived from RSumExpMax16Cases, and registers the cases with
// SMAX_TEST_RSUMEXPMAX16_CASES. Each case runs the kernel against the double reference on the widened
// inputs (test/testers/rsumexpmax16-tester.h). The cases follow test/raddstoreexpminusmax16-cases.h's:
// ranges, special values, 16-bit subnormals, inputs above the reference, and the max's seed.
#ifndef SMAX_TEST_RSUMEXPMAX16_CASES_H_
#define SMAX_TEST_RSUMEXPMAX16_CASES_H_

#include <gtest/gtest.h>

#include "smax/microkernels.h"
#include "testers/rsumexpmax16-tester.h"
#include "ukernel-tester.h"

namespace smax_test {

template <typename Fn, Type16 kType>
class RSumExpMax16Cases : public UKernelTest<Fn> {
 protected:
  RSumExpMax16Tester Tester() const {
    return RSumExpMax16Tester().type(kType);
  }

  // Inputs in [90, 100] (exp overflows unless the reference is subtracted), and x - reference down to -60.
  void Ranges() const {
    this->TestSizes(Tester().input_range(90.0f, 100.0f));
    this->TestSizes(Tester().input_range(-30.0f, 30.0f));
  }

  // -inf and arguments below the exp core's cutoff add exactly 0; a NaN makes the sum NaN and is skipped
  // by the max.
  void SpecialValues() const {
    this->TestSizes(Tester().input_range(-30.0f, 30.0f).neg_inf_fraction(0.25).underflow_fraction(0.25));
    this->TestSizes(Tester().input_range(-30.0f, 30.0f).nan_input(true));
    this->TestSizes(Tester().input_range(-30.0f, 30.0f).neg_inf_fraction(0.25).nan_input(true).subnormal_fraction(0.1));
  }

  // 16-bit subnormal inputs (exp of about -reference) next to small ones.
  void Subnormals() const {
    this->TestSizes(Tester().input_range(-1.0f, 1.0f).subnormal_fraction(0.5));
  }

  // Inputs above *reference by up to SMAX_EXP_ABOVE_MAX_LIMIT (the running max of the statistics pass).
  void InputsAboveReference() const {
    for (float below : {0.5f, 20.0f, SMAX_EXP_ABOVE_MAX_LIMIT}) {
      this->TestSizes(Tester().input_range(-40.0f, 10.0f).max_below_top(below));
    }
    this->TestSizes(Tester().input_range(-100.0f, 10.0f).neg_inf_fraction(0.25).nan_input(true).max_below_top(8.0f));
  }

  // *max seeded above every input, inside their range, and below all (-inf and finite ones mixed): the
  // result is the seed or the inputs' max. (A block of only -inf is never passed a -inf reference: the
  // statistics pass exponentiates it against 0, smax_exp_reference.)
  void MaxSeed() const {
    this->TestSizes(Tester().input_range(-30.0f, 30.0f).next_max_seed(100.0f));
    this->TestSizes(Tester().input_range(-30.0f, 30.0f).next_max_seed(10.0f));
    this->TestSizes(Tester().input_range(-30.0f, 30.0f).neg_inf_fraction(0.5).next_max_seed(-1.0e30f));
  }
};

}  // namespace smax_test

// Registers the cases of RSumExpMax16Cases for `fixture` and instantiates them on `kernels`, the rows
// of the family's table.
#define SMAX_TEST_RSUMEXPMAX16_CASES(fixture, kernels) \
  TEST_P(fixture, Ranges) {                            \
    Ranges();                                          \
  }                                                    \
  TEST_P(fixture, SpecialValues) {                     \
    SpecialValues();                                   \
  }                                                    \
  TEST_P(fixture, Subnormals) {                        \
    Subnormals();                                      \
  }                                                    \
  TEST_P(fixture, InputsAboveReference) {              \
    InputsAboveReference();                            \
  }                                                    \
  TEST_P(fixture, MaxSeed) {                           \
    MaxSeed();                                         \
  }                                                    \
  SMAX_TEST_INSTANTIATE_KERNELS(fixture, kernels)

#endif  // SMAX_TEST_RSUMEXPMAX16_CASES_H_
