// The test cases of the vsubc2 families that read 16-bit inputs: f16-vsubc2 and bf16-vsubc2 (16-bit
// outputs), f16-f32-vsubc2 and bf16-f32-vsubc2 (float outputs). Each test/<family>.cc names its fixture,
// derived from the template here, and registers the cases with SMAX_TEST_VSUBC2_16BIT_CASES.
// Reference: output[i] = out(fl(fl(float(input[i]) - c[0]) - c[1])), the element widened by the
// format's definition (test/vcvt-tester.h's Widen), two float subtractions (tests build with
// -ffp-contract=off), then, for a 16-bit output, the nearest pattern (Narrow). Bit-exact; a NaN result
// only has to be a quiet NaN (IEEE 754 leaves the sign and payload of a NaN difference open). Every
// run goes through RunConversion: guarded and exact-size buffers, input unchanged, guards untouched.
#ifndef SMAX_TEST_VSUBC2_16BIT_CASES_H_
#define SMAX_TEST_VSUBC2_16BIT_CASES_H_

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <utility>
#include <vector>

#include "smax/common.h"
#include "smax/isa.h"
#include "smax/microfnptr.h"
#include "ukernel-tester.h"
#include "vcvt-tester.h"

namespace smax_test {

// The constants the kernels are checked with: none (the conversion alone), log-softmax's (a row's max
// and the log of its sum), large and tiny ones, a signed zero, and the special constants a row of
// -inf or of NaN passes.
inline std::vector<std::pair<float, float>> VSubC2Constants16() {
  const float inf = std::numeric_limits<float>::infinity();
  const float nan = std::numeric_limits<float>::quiet_NaN();
  return {{0.0f, 0.0f},         {3.5f, 2.7725887f}, {-12.25f, 0.6931472f}, {65504.0f, -1.0f},
          {1.0e-30f, -1.0e-30f}, {0.0f, -0.0f},     {-inf, 0.0f},          {inf, 0.0f},
          {0.0f, nan},           {1.0e38f, -1.0e38f}};
}

// ARMv7 NEON reads subnormal floats as zero and flushes subnormal differences (the family headers).
inline float FlushedDifference(float a, float b, bool flushes) {
  volatile float difference = a - b;
  if (flushes && std::fpclassify(difference) == FP_SUBNORMAL) {
    difference = std::copysign(0.0f, static_cast<float>(difference));
  }
  return difference;
}

inline float ReferenceVSubC2(Type16 type, uint16_t h, float c0, float c1, bool flushes) {
  float x = Widen(type, h);
  if (flushes && std::fpclassify(x) == FP_SUBNORMAL) x = std::copysign(0.0f, x);
  const float c0_read = flushes && std::fpclassify(c0) == FP_SUBNORMAL ? std::copysign(0.0f, c0) : c0;
  const float c1_read = flushes && std::fpclassify(c1) == FP_SUBNORMAL ? std::copysign(0.0f, c1) : c1;
  return FlushedDifference(FlushedDifference(x, c0_read, flushes), c1_read, flushes);
}

// Empty if the kernel's output for the reference value `want` is right, else why not.
inline std::string CheckVSubC2Output(Type16 type, float want, uint16_t got) {
  if (std::isnan(want)) {
    const uint16_t quiet = type == Type16::f16 ? 0x7E00 : 0x7FC0;
    return (got & quiet) == quiet ? "" : "a NaN difference must give a quiet NaN, got " + Hex(got, 4);
  }
  const uint16_t narrowed = Narrow(type, want);
  return got == narrowed ? "" : "want " + Hex(narrowed, 4) + ", got " + Hex(got, 4);
}

inline std::string CheckVSubC2Output(Type16 type, float want, float got) {
  (void) type;
  if (std::isnan(want)) {
    return (FloatBits(got) & 0x7FC00000) == 0x7FC00000 ? "" : "a NaN difference must give a quiet NaN, got " +
                                                                   Hex(FloatBits(got), 8);
  }
  return FloatBits(got) == FloatBits(want) ? "" : "want " + Hex(FloatBits(want), 8) + ", got " + Hex(FloatBits(got), 8);
}

// Out: uint16_t (a 16-bit output of the input's type) or float.
template <typename Fn, Type16 kType, typename Out>
class VSubC2From16BitCases : public UKernelTest<Fn> {
 protected:
  // Every pattern, from three offsets (each pattern meets three lane positions) and 7 more than 2^16
  // (the tails), with each pair of constants.
  void TestEveryPattern() const {
    for (const auto& c : VSubC2Constants16()) {
      for (uint16_t first : {uint16_t{0}, uint16_t{5}, uint16_t{0x8003}}) {
        Check(EveryPattern(first, 7), c.first, c.second);
        if (::testing::Test::HasFailure()) return;
      }
    }
  }

  void TestEverySize() const {
    for (size_t n : KernelSizes(this->GetParam().elements)) {
      Check(RandomPatterns(n, static_cast<uint32_t>(n)), 3.5f, 2.7725887f);
      if (::testing::Test::HasFailure()) return;
    }
  }

  // 16-bit outputs only: in place (output == input) gives the bits of the run into another buffer.
  void TestInPlace() const {
    static_assert(sizeof(Out) == sizeof(uint16_t), "in place needs a 16-bit output");
    const float c[2] = {3.5f, 2.7725887f};
    TestInPlace16(this->GetParam(), c, [](size_t n) { return RandomPatterns(n, static_cast<uint32_t>(n + 1)); });
  }

  // With streaming stores (struct smax_store_params, the output pass of rows beyond the cache), from each
  // element alignment within a 64-byte line: the reference's bits and nothing written outside the output.
  void TestStreaming() const {
    const UKernel<Fn>& kernel = this->GetParam();
    const float c[2] = {3.5f, 2.7725887f};
    const struct smax_store_params store = {1};
    const bool flushes = Flushes(kernel);
    const Out sentinel = Sentinel();
    const size_t per_line = 64 / sizeof(Out);
    for (size_t n : KernelSizes(kernel.elements)) {
      const std::vector<uint16_t> in = RandomPatterns(n, static_cast<uint32_t>(n + 2));
      for (size_t shift = 0; shift < per_line; shift++) {
        std::vector<Out> storage(n + 4 * per_line, sentinel);
        // A line of guard, then the next 64-byte boundary, then `shift` elements.
        const uintptr_t guarded = reinterpret_cast<uintptr_t>(storage.data() + per_line);
        Out* out = reinterpret_cast<Out*>((guarded + 63) / 64 * 64) + shift;
        kernel.fn(n * sizeof(uint16_t), in.data(), out, c, &store);
        for (size_t i = 0; i < n; i++) {
          const std::string problem = CheckVSubC2Output(kType, ReferenceVSubC2(kType, in[i], c[0], c[1], flushes), out[i]);
          ASSERT_TRUE(problem.empty()) << kernel.name << ": streaming, n=" << n << ", output at " << shift
                                       << " elements past a 64-byte boundary, element " << i << ": " << problem;
        }
        for (size_t i = 0; i < storage.size(); i++) {
          const bool inside = &storage[i] >= out && &storage[i] < out + n;
          ASSERT_TRUE(inside || std::memcmp(&storage[i], &sentinel, sizeof(Out)) == 0)
              << kernel.name << ": streaming, n=" << n << ", shift " << shift << ": wrote outside the output";
        }
      }
    }
  }

 private:
  // What an output element holds before the call: a signaling NaN of the output's type, which the kernels
  // never write.
  static Out Sentinel() {
    Out sentinel;
    if (sizeof(Out) == sizeof(uint16_t)) {
      const uint16_t bits = kType == Type16::f16 ? kHalfSentinel : kBf16Sentinel;
      std::memcpy(&sentinel, &bits, sizeof(bits));
    } else {
      const uint32_t bits = kFloatSentinel;
      std::memcpy(&sentinel, &bits, sizeof(bits));
    }
    return sentinel;
  }

  // ARMv7 NEON reads subnormals as zero (ReferenceVSubC2's flushes).
  static bool Flushes(const UKernel<Fn>& kernel) {
    return SMAX_ARCH_ARM && (kernel.isa == smax_isa_neon || kernel.isa == smax_isa_neonfma);
  }

  void Check(const std::vector<uint16_t>& in, float c0, float c1) const {
    const UKernel<Fn>& kernel = this->GetParam();
    const float c[2] = {c0, c1};
    const auto call = [&](size_t batch, const uint16_t* x, Out* y) {
      kernel.fn(batch, x, y, c, nullptr);
      EXPECT_TRUE(FloatBits(c[0]) == FloatBits(c0) && FloatBits(c[1]) == FloatBits(c1)) << "the constants changed";
    };
    const Out sentinel = Sentinel();
    const std::vector<Out> out = RunConversion<uint16_t, Out>(call, in, sentinel);
    const bool flushes = Flushes(kernel);
    int failures = 0;
    for (size_t i = 0; i < in.size() && failures < 5; i++) {
      const float want = ReferenceVSubC2(kType, in[i], c0, c1, flushes);
      const std::string problem = CheckVSubC2Output(kType, want, out[i]);
      if (!problem.empty()) {
        ADD_FAILURE() << kernel.name << ": n=" << in.size() << " element " << i << ", input " << Hex(in[i], 4)
                      << ", c = (" << std::hexfloat << c0 << ", " << c1 << std::defaultfloat << "): " << problem;
        failures++;
      }
    }
  }
};

}  // namespace smax_test

#define SMAX_TEST_VSUBC2_16BIT_CASES(fixture, kernels) \
  TEST_P(fixture, EveryPattern) {                      \
    TestEveryPattern();                                \
  }                                                    \
  TEST_P(fixture, EverySize) {                         \
    TestEverySize();                                   \
  }                                                    \
  TEST_P(fixture, Streaming) {                         \
    TestStreaming();                                   \
  }                                                    \
  SMAX_TEST_INSTANTIATE_KERNELS(fixture, kernels)

#endif  // SMAX_TEST_VSUBC2_16BIT_CASES_H_
