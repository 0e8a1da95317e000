// The test cases of f16-rmax and bf16-rmax, which differ only by the 16-bit type: test/f16-rmax.cc
// and test/bf16-rmax.cc each name their fixture, derived from RMax16Cases, and register the cases with
// SMAX_TEST_RMAX16_CASES. Each case runs the kernel against the true max of the widened inputs and
// bit for bit against the f32-rmax kernel of the same shape (test/testers/rmax16-tester.h).
#ifndef SMAX_TEST_RMAX16_CASES_H_
#define SMAX_TEST_RMAX16_CASES_H_

#include <gtest/gtest.h>

#include <vector>

#include "smax/microkernels.h"
#include "testers/rmax16-tester.h"
#include "ukernel-tester.h"

namespace smax_test {

// Every row of the f32-rmax table: the twins.
inline const std::vector<UKernel<smax_f32_rmax_ukernel_fn>>& F32RMaxKernels() {
  static const std::vector<UKernel<smax_f32_rmax_ukernel_fn>> kernels = {
#define SMAX_UKERNEL SMAX_TEST_UKERNEL_ROW
#include "f32-rmax/gen/f32-rmax.inc"
#undef SMAX_UKERNEL
  };
  return kernels;
}

template <typename Fn, Type16 kType>
class RMax16Cases : public UKernelTest<Fn> {
 protected:
  RMax16Tester Tester() const {
    return RMax16Tester().type(kType).twin(FindTwin(this->GetParam(), F32RMaxKernels()));
  }

  // The exp families' inputs, then all negative (accumulators started at 0 instead of *max fail).
  void Ranges() const {
    this->TestSizes(Tester().input_range(90.0f, 100.0f));
    this->TestSizes(Tester().input_range(-100.0f, -90.0f));
    this->TestSizes(Tester().input_range(-30.0f, 30.0f));
  }

  // The max in the last element / in the first one.
  void Orders() const {
    this->TestSizes(Tester().input_range(-30.0f, 30.0f).order(Order::kAscending));
    this->TestSizes(Tester().input_range(-30.0f, 30.0f).order(Order::kDescending));
  }

  // -inf, every input -inf (the result is -inf), +inf, huge values (+-inf beyond binary16's range).
  void Infinities() const {
    this->TestSizes(Tester().input_range(-30.0f, 30.0f).neg_inf_fraction(0.5));
    this->TestSizes(Tester().neg_inf_fraction(1.0));
    this->TestSizes(Tester().input_range(-30.0f, 30.0f).plus_inf_input(true));
    this->TestSizes(Tester().input_range(-30.0f, 30.0f).huge_fraction(0.25));
  }

  // Subnormal patterns, all of them of one sign or mixed with small values: their widening takes the
  // software binary16 conversion's own path.
  void Subnormals() const {
    this->TestSizes(Tester().input_range(-1.0e-3f, -1.0e-4f).subnormal_fraction(0.5));
    this->TestSizes(Tester().input_range(-1.0f, 1.0f).subnormal_fraction(1.0));
  }

  // A signaling NaN pattern: skipped, or NaN where the f32 twin propagates it too.
  void NaN() const {
    this->TestSizes(Tester().input_range(-30.0f, 30.0f).nan_input(true));
  }

  // *max seeded above every input, inside their range, and above all -inf inputs.
  void Seeds() const {
    this->TestSizes(Tester().input_range(90.0f, 100.0f).initial_max(101.0f));
    this->TestSizes(Tester().input_range(90.0f, 100.0f).initial_max(99.0f));
    this->TestSizes(Tester().neg_inf_fraction(1.0).initial_max(-1.0e30f));
  }
};

}  // namespace smax_test

// Registers the cases of RMax16Cases for `fixture` and instantiates them on `kernels`, the rows of the
// family's table. The gtest names are fixture.<case>, as they were when each file spelled them out.
#define SMAX_TEST_RMAX16_CASES(fixture, kernels) \
  TEST_P(fixture, Ranges) {                      \
    Ranges();                                    \
  }                                              \
  TEST_P(fixture, Order) {                       \
    Orders();                                    \
  }                                              \
  TEST_P(fixture, Infinities) {                  \
    Infinities();                                \
  }                                              \
  TEST_P(fixture, Subnormals) {                  \
    Subnormals();                                \
  }                                              \
  TEST_P(fixture, NaN) {                         \
    NaN();                                       \
  }                                              \
  TEST_P(fixture, Seeds) {                       \
    Seeds();                                     \
  }                                              \
  SMAX_TEST_INSTANTIATE_KERNELS(fixture, kernels)

#endif  // SMAX_TEST_RMAX16_CASES_H_
