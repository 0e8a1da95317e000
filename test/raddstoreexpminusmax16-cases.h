// The test cases of f16-f32-raddstoreexpminusmax and bf16-f32-raddstoreexpminusmax, which differ only
// by the 16-bit type: each test/<family>.cc names its fixture, derived from
// RAddStoreExpMinusMax16Cases, and registers the cases with SMAX_TEST_RADDSTOREEXPMINUSMAX16_CASES.
// Each case runs the kernel against the double reference on the widened inputs (the bounds of
// test/ukernel-tester.h) and bit for bit against the f32-raddstoreexpminusmax kernel of the same
// template and shape on them (test/testers/raddstoreexpminusmax16-tester.h). The cases are the f32
// family's (test/f32-raddstoreexpminusmax.cc) less in-place runs (a 16-bit input never overlaps the
// float output), plus 16-bit subnormals.
#ifndef SMAX_TEST_RADDSTOREEXPMINUSMAX16_CASES_H_
#define SMAX_TEST_RADDSTOREEXPMINUSMAX16_CASES_H_

#include <gtest/gtest.h>

#include <vector>

#include "smax/microkernels.h"
#include "testers/raddstoreexpminusmax16-tester.h"
#include "ukernel-tester.h"

namespace smax_test {

// Every row of the f32-raddstoreexpminusmax table: the twins.
inline const std::vector<UKernel<smax_f32_raddstoreexpminusmax_ukernel_fn>>& F32RAddStoreExpMinusMaxKernels() {
  static const std::vector<UKernel<smax_f32_raddstoreexpminusmax_ukernel_fn>> kernels = {
#define SMAX_UKERNEL SMAX_TEST_UKERNEL_ROW
#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax.inc"
#undef SMAX_UKERNEL
  };
  return kernels;
}

template <typename Fn, Type16 kType>
class RAddStoreExpMinusMax16Cases : public UKernelTest<Fn> {
 protected:
  RAddStoreExpMinusMax16Tester Tester() const {
    return RAddStoreExpMinusMax16Tester().type(kType).twin(
        FindTwin(this->GetParam(), F32RAddStoreExpMinusMaxKernels()));
  }

  // Inputs in [90, 100] (exp overflows unless the max is subtracted; x - max exact), and x - max down
  // to -60.
  void Ranges() const {
    this->TestSizes(Tester().input_range(90.0f, 100.0f));
    this->TestSizes(Tester().input_range(-30.0f, 30.0f));
  }

  // -inf and arguments below the exp core's cutoff give exactly 0; a NaN gives NaN there and in the sum.
  void SpecialValues() const {
    this->TestSizes(Tester().input_range(-30.0f, 30.0f).neg_inf_fraction(0.25).underflow_fraction(0.25));
    this->TestSizes(Tester().input_range(-30.0f, 30.0f).nan_input(true));
  }

  // 16-bit subnormal inputs (exp of about -max) next to small ones.
  void Subnormals() const {
    this->TestSizes(Tester().input_range(-1.0f, 1.0f).subnormal_fraction(0.5));
  }

  // The next block's max: shorter than, equal to and longer than the block, seeded above and below,
  // with special values.
  void NextBlockMax() const {
    const size_t tile = this->GetParam().elements;
    for (size_t next : {size_t{1}, tile - 1 + (tile == 1), tile, tile + 1, 2 * tile + 3, 5 * tile + 17}) {
      this->TestSizes(Tester().input_range(-30.0f, 30.0f).next_elements(next));
      this->TestSizes(Tester().input_range(-30.0f, 30.0f).next_elements(next).next_max_seed(100.0f));
    }
    for (size_t next : {size_t{1}, tile, 3 * tile + 5}) {
      this->TestSizes(Tester()
                          .input_range(-30.0f, 30.0f)
                          .neg_inf_fraction(0.25)
                          .underflow_fraction(0.25)
                          .subnormal_fraction(0.1)
                          .nan_input(true)
                          .next_elements(next));
    }
  }

  // The block's own max on the side (next_input == input), as the reload pipeline's running max.
  void OwnBlockMax() const {
    this->TestSizes(Tester().input_range(-30.0f, 30.0f).own_block_max(true));
    this->TestSizes(Tester().input_range(-30.0f, 30.0f).own_block_max(true).next_max_seed(100.0f));
    this->TestSizes(Tester()
                        .input_range(-30.0f, 30.0f)
                        .neg_inf_fraction(0.25)
                        .underflow_fraction(0.25)
                        .nan_input(true)
                        .own_block_max(true));
  }

  // Inputs above *max by up to SMAX_EXP_ABOVE_MAX_LIMIT (the reload pipeline's running max).
  void InputsAboveMax() const {
    for (float below : {0.5f, 20.0f, SMAX_EXP_ABOVE_MAX_LIMIT}) {
      this->TestSizes(Tester().input_range(-40.0f, 10.0f).max_below_top(below));
      this->TestSizes(Tester().input_range(-40.0f, 10.0f).max_below_top(below).own_block_max(true));
    }
    this->TestSizes(Tester()
                        .input_range(-100.0f, 10.0f)
                        .neg_inf_fraction(0.25)
                        .nan_input(true)
                        .max_below_top(SMAX_EXP_ABOVE_MAX_LIMIT));
  }
};

}  // namespace smax_test

// Registers the cases of RAddStoreExpMinusMax16Cases for `fixture` and instantiates them on `kernels`,
// the rows of the family's table. The gtest names are fixture.<case>, as they were when each file
// spelled them out.
#define SMAX_TEST_RADDSTOREEXPMINUSMAX16_CASES(fixture, kernels) \
  TEST_P(fixture, Ranges) {                                      \
    Ranges();                                                    \
  }                                                              \
  TEST_P(fixture, SpecialValues) {                               \
    SpecialValues();                                             \
  }                                                              \
  TEST_P(fixture, Subnormals) {                                  \
    Subnormals();                                                \
  }                                                              \
  TEST_P(fixture, NextBlockMax) {                                \
    NextBlockMax();                                              \
  }                                                              \
  TEST_P(fixture, OwnBlockMax) {                                 \
    OwnBlockMax();                                               \
  }                                                              \
  TEST_P(fixture, InputsAboveMax) {                              \
    InputsAboveMax();                                            \
  }                                                              \
  SMAX_TEST_INSTANTIATE_KERNELS(fixture, kernels)

#endif  // SMAX_TEST_RADDSTOREEXPMINUSMAX16_CASES_H_
