// The test cases of the 16-bit conversion families, which come in f16/bf16 pairs that differ only by
// the 16-bit type: widening (f16-f32-vcvt, bf16-f32-vcvt), narrowing (f32-f16-vcvt, f32-bf16-vcvt) and
// scaled narrowing (f32-f16-vmulc, f32-bf16-vmulc). Each test/<family>.cc names its fixture, derived
// from the pair's template here, and registers the cases with the pair's macro; the checks are
// test/vcvt-tester.h's.
#ifndef SMAX_TEST_VCVT16_CASES_H_
#define SMAX_TEST_VCVT16_CASES_H_

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <vector>

#include "smax/common.h"
#include "smax/isa.h"
#include "ukernel-tester.h"
#include "vcvt-tester.h"

namespace smax_test {

// binary16 or bfloat16 -> float.
template <typename Fn, Type16 kType>
class WideningCases : public UKernelTest<Fn> {
 protected:
  // Every pattern, starting at three offsets (each pattern meets three lane positions), 7 more than
  // 2^16 so that the tail code sees some too.
  void TestEveryPattern() const {
    for (uint16_t first : {uint16_t{0}, uint16_t{5}, uint16_t{0x8003}}) {
      TestWidening(kType, this->GetParam(), EveryPattern(first, 7));
      if (::testing::Test::HasFailure()) return;
    }
  }

  void TestEverySize() const {
    for (size_t n : KernelSizes(this->GetParam().elements)) {
      TestWidening(kType, this->GetParam(), RandomPatterns(n, static_cast<uint32_t>(n)));
      if (::testing::Test::HasFailure()) return;
    }
  }
};

// float -> binary16 or bfloat16.
template <typename Fn, Type16 kType>
class NarrowingCases : public UKernelTest<Fn> {
 protected:
  // The pattern set, whole and shifted by 1 to 3 elements (each pattern meets several lane positions).
  void TestPatterns() const {
    static const std::vector<float> patterns = NarrowingPatterns();
    for (size_t shift : {0, 1, 3}) {
      TestNarrowing(kType, this->GetParam(), std::vector<float>(patterns.begin() + shift, patterns.end()));
      if (::testing::Test::HasFailure()) return;
    }
  }

  void TestEverySize() const {
    for (size_t n : KernelSizes(this->GetParam().elements)) {
      TestNarrowing(kType, this->GetParam(), RandomFloats(n, static_cast<uint32_t>(n)));
      if (::testing::Test::HasFailure()) return;
    }
  }
};

// fl(float * scale) -> binary16 or bfloat16.
template <typename Fn, Type16 kType>
class ScaledNarrowingCases : public UKernelTest<Fn> {
 protected:
  void TestPatterns() const {
    static const std::vector<float> patterns = NarrowingPatterns();
    // 1 (the conversion alone), powers of two (exact products: every rounding position shifts), 1/3 and
    // 3 (inexact products), the scales of a softmax's 1/sum, +-0, +-inf and NaN.
    for (float scale : {1.0f, 0.5f, 0x1.0p-20f, 0x1.0p+20f, 1.0f / 3.0f, 3.0f, -1.0f / 4099.0f, 0.0f, -0.0f,
                        std::numeric_limits<float>::infinity(), -std::numeric_limits<float>::infinity(),
                        std::numeric_limits<float>::quiet_NaN()}) {
      TestScaledNarrowing(kType, this->GetParam(), patterns, scale, FlushesSubnormals());
      if (::testing::Test::HasFailure()) return;
    }
  }

  void TestEverySize() const {
    for (size_t n : KernelSizes(this->GetParam().elements)) {
      TestScaledNarrowing(kType, this->GetParam(), RandomFloats(n, static_cast<uint32_t>(n)), 1.0f / 1021.0f,
                          FlushesSubnormals());
      if (::testing::Test::HasFailure()) return;
    }
  }

  // ARMv7 NEON reads float subnormals as zero (as x86 does under MXCSR.DAZ, which the kernel tests do
  // not set): the reference multiplies +-0 for them.
  bool FlushesSubnormals() const {
    const enum smax_isa isa = this->GetParam().isa;
    return SMAX_ARCH_ARM && (isa == smax_isa_neon || isa == smax_isa_neonfma);
  }
};

}  // namespace smax_test

// Register the pair's cases for `fixture` and instantiate them on `kernels`, the rows of the family's
// table. The gtest names are fixture.<case>, as they were when each file spelled them out.
#define SMAX_TEST_WIDENING_CASES(fixture, kernels) \
  TEST_P(fixture, EveryPattern) {                  \
    TestEveryPattern();                            \
  }                                                \
  TEST_P(fixture, EverySize) {                     \
    TestEverySize();                               \
  }                                                \
  SMAX_TEST_INSTANTIATE_KERNELS(fixture, kernels)

#define SMAX_TEST_NARROWING_CASES(fixture, kernels) \
  TEST_P(fixture, Patterns) {                       \
    TestPatterns();                                 \
  }                                                 \
  TEST_P(fixture, EverySize) {                      \
    TestEverySize();                                \
  }                                                 \
  SMAX_TEST_INSTANTIATE_KERNELS(fixture, kernels)

// The scaled narrowing cases have the narrowing cases' names.
#define SMAX_TEST_SCALED_NARROWING_CASES(fixture, kernels) SMAX_TEST_NARROWING_CASES(fixture, kernels)

#endif  // SMAX_TEST_VCVT16_CASES_H_
