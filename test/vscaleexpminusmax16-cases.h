// The test cases of f16-vscaleexpminusmax, bf16-vscaleexpminusmax and bf16-f32-vscaleexpminusmax
// (softmax's output pass on a 16-bit row read twice), which differ only by the 16-bit type and the
// output type: each test/<family>.cc names its fixture, derived from VScaleExpMinusMax16Cases, and
// registers the cases with SMAX_TEST_VSCALEEXPMINUSMAX16_CASES (16-bit output) or
// SMAX_TEST_VSCALEEXPMINUSMAX16_F32_CASES (f32 output: no in-place case, the input never overlaps it).
// An f32 output must lie within e * (1 +- tolerance), give or take half the smallest subnormal where
// the product is below 2 * FLT_MIN.
// Reference: e = exp(double(d)) * scale with d = fl(float(input[i]) - c[0]) (tests build with
// -ffp-contract=off). The kernel's float before the rounding to 16 bits, fl(fl(exp(d)) * scale), lies
// within e * (1 +- tolerance), tolerance = (bound + 1) * 2^-24 (the table's exp bound, and the product's
// rounding), so its 16-bit output must lie between the nearest patterns (Narrow) of the two ends; 0
// where the low end is below 2 * FLT_MIN (float subnormal products read or rounded as zero), and exactly
// +0 where d is below the exp core's cutoff. A NaN input gives a quiet NaN. And almost every output is
// the nearest pattern to e itself: at least kMinCorrectlyRounded of the non-zero ones of each run.
// Every run goes through RunConversion: guarded and exact-size buffers, input unchanged, guards untouched.
#ifndef SMAX_TEST_VSCALEEXPMINUSMAX16_CASES_H_
#define SMAX_TEST_VSCALEEXPMINUSMAX16_CASES_H_

#include <gtest/gtest.h>

#include <cfloat>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <random>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "smax/microfnptr.h"
#include "ukernel-tester.h"
#include "vcvt-tester.h"

namespace smax_test {

// The fraction of non-zero outputs that must be the nearest pattern to the exact value: the f32
// computation's error is far below a 16-bit ulp, so only values within about 2^-22 of a rounding
// boundary may round the other way.
constexpr double kMinCorrectlyRounded = 0.999;

// The (max, scale) pairs the kernels are checked with: the largest finite value of the type (every
// other finite input is below it, most below the cutoff), a max of 0, positive and negative ones, and
// scales from 1 down to a long row's.
inline std::vector<std::pair<float, float>> VScaleExpMinusMaxConstants16(Type16 type) {
  const float largest = type == Type16::f16 ? 65504.0f : BitsFloat(0x7F7F0000u);
  return {{largest, 1.0f}, {0.0f, 1.0f}, {0.0f, 0.0625f}, {10.5f, 3.0e-3f}, {-3.25f, 0.75f}, {2.0f, 5.9604645e-8f}};
}

// Empty if `got` is a right output for element x with the constants c and the kernel's exp bound.
inline std::string CheckVScaleExpMinusMax16(Type16 type, float x, const float c[2], double bound, uint16_t got,
                                            bool* correctly_rounded) {
  *correctly_rounded = true;
  if (std::isnan(x)) {
    const uint16_t quiet = type == Type16::f16 ? 0x7E00 : 0x7FC0;
    return (got & quiet) == quiet ? "" : "a NaN input must give a quiet NaN, got " + Hex(got, 4);
  }
  volatile float difference = x - c[0];
  const float d = difference;
  if (d < kExpCutoff) {
    return got == 0 ? "" : "below the cutoff: want +0, got " + Hex(got, 4);
  }
  const double e = std::exp(static_cast<double>(d)) * static_cast<double>(c[1]);
  const double tolerance = (bound + 1.0) * kRoundoff;
  const double low = e * (1.0 - tolerance);
  const double high = e * (1.0 + tolerance);
  const float got_value = Widen(type, got);
  if (std::isnan(got_value)) return "want about " + std::to_string(e) + ", got NaN " + Hex(got, 4);
  const float low_value = low < 2.0 * FLT_MIN ? 0.0f : Widen(type, Narrow(type, static_cast<float>(low)));
  const float high_value = Widen(type, Narrow(type, static_cast<float>(high)));
  *correctly_rounded = got == Narrow(type, static_cast<float>(e));
  if (got_value >= low_value && got_value <= high_value) return "";
  std::ostringstream problem;
  problem << std::hexfloat << "want within [" << low_value << ", " << high_value << "] (exact " << e << "), got "
          << got_value << " (" << Hex(got, 4) << ")";
  return problem.str();
}

// Empty if `got` is a right f32 output for element x with the constants c and the kernel's exp bound.
inline std::string CheckVScaleExpMinusMaxF32(float x, const float c[2], double bound, float got) {
  if (std::isnan(x)) {
    return (FloatBits(got) & 0x7FC00000u) == 0x7FC00000u ? "" : "a NaN input must give a quiet NaN, got " + Hex(FloatBits(got), 8);
  }
  volatile float difference = x - c[0];
  const float d = difference;
  if (d < kExpCutoff) {
    return FloatBits(got) == 0 ? "" : "below the cutoff: want +0, got " + Hex(FloatBits(got), 8);
  }
  const double e = std::exp(static_cast<double>(d)) * static_cast<double>(c[1]);
  const double tolerance = (bound + 1.0) * kRoundoff;
  const double slack = e * (1.0 + tolerance) < 2.0 * FLT_MIN ? std::ldexp(1.0, -150) : 0.0;
  const double low = e * (1.0 - tolerance) - slack;
  const double high = e * (1.0 + tolerance) + slack;
  if (got >= low && got <= high) return "";
  std::ostringstream problem;
  problem << std::hexfloat << "want within [" << low << ", " << high << "] (exact " << e << "), got " << got;
  return problem.str();
}

// The per-output check for each output type; `nearest` (16-bit outputs only) says whether the output is
// the nearest pattern to the exact value.
inline std::string CheckVScaleExpMinusMaxOutput(Type16 type, float x, const float c[2], double bound, uint16_t got,
                                                bool* nearest) {
  return CheckVScaleExpMinusMax16(type, x, c, bound, got, nearest);
}
inline std::string CheckVScaleExpMinusMaxOutput(Type16, float x, const float c[2], double bound, float got,
                                                bool* nearest) {
  *nearest = true;
  return CheckVScaleExpMinusMaxF32(x, c, bound, got);
}

// Whether an output counts towards the correctly rounded fraction: a non-zero 16-bit number (an f32
// output has no such count).
inline bool CountsAsRounded(Type16 type, uint16_t out) {
  return out != 0 && !IsNaN16(type, out);
}
inline bool CountsAsRounded(Type16, float) {
  return false;
}

// What an output element holds before a call: a signaling NaN of the output's type, which the kernels
// never write.
inline uint16_t OutputSentinel(Type16 type, uint16_t) {
  return type == Type16::f16 ? kHalfSentinel : kBf16Sentinel;
}
inline float OutputSentinel(Type16, float) {
  return BitsFloat(kFloatSentinel);
}

template <typename Fn, Type16 kType, typename Out = uint16_t>
class VScaleExpMinusMax16Cases : public UKernelTest<Fn> {
 protected:
  // Every pattern up to c[0] + SMAX_EXP_ABOVE_MAX_LIMIT (the larger ones are outside the contract) and
  // every NaN, from two offsets (each pattern meets two lane positions, the tails some), with each pair
  // of constants.
  void TestEveryPattern() const {
    for (const auto& c : VScaleExpMinusMaxConstants16(kType)) {
      for (uint16_t first : {uint16_t{0}, uint16_t{0x8005}}) {
        std::vector<uint16_t> in;
        for (uint16_t h : EveryPattern(first, 7)) {
          const float x = Widen(kType, h);
          if (std::isnan(x) || x <= c.first + SMAX_EXP_ABOVE_MAX_LIMIT) in.push_back(h);
        }
        Check(in, c.first, c.second);
        if (::testing::Test::HasFailure()) return;
      }
    }
  }

  // Every size of KernelSizes(tile), on random inputs within 30 below the max, some -inf and NaN.
  void TestEverySize() const {
    for (size_t n : KernelSizes(this->GetParam().elements)) {
      Check(RandomInputs(n, static_cast<uint32_t>(n), 12.0f), 12.0f, 1.0f / 64.0f);
      if (::testing::Test::HasFailure()) return;
    }
  }

  // In place (output == input) gives the bits of the run into another buffer.
  void TestInPlace() const {
    const float c[2] = {12.0f, 1.0f / 64.0f};
    TestInPlace16(this->GetParam(), c, [&](size_t n) { return RandomInputs(n, static_cast<uint32_t>(n + 1), c[0]); });
  }

  // With streaming stores (struct smax_store_params, the output pass of rows beyond the cache), from each
  // element alignment within a 64-byte line: the bits of the run without them, and nothing written
  // outside the output.
  void TestStreaming() const {
    const UKernel<Fn>& kernel = this->GetParam();
    const float c[2] = {12.0f, 1.0f / 64.0f};
    const struct smax_store_params store = {1};
    const Out sentinel = Sentinel();
    const size_t per_line = 64 / sizeof(Out);
    for (size_t n : KernelSizes(kernel.elements)) {
      const std::vector<uint16_t> in = RandomInputs(n, static_cast<uint32_t>(n + 2), c[0]);
      std::vector<Out> plain(n);
      kernel.fn(n * sizeof(uint16_t), in.data(), plain.data(), c, nullptr);
      for (size_t shift = 0; shift < per_line; shift++) {
        std::vector<Out> storage(n + 4 * per_line, sentinel);
        // A line of guard, then the next 64-byte boundary, then `shift` elements.
        const uintptr_t guarded = reinterpret_cast<uintptr_t>(storage.data() + per_line);
        Out* out = reinterpret_cast<Out*>((guarded + 63) / 64 * 64) + shift;
        kernel.fn(n * sizeof(uint16_t), in.data(), out, c, &store);
        ASSERT_EQ(0, std::memcmp(out, plain.data(), n * sizeof(Out)))
            << kernel.name << ": streaming, n=" << n << ", output at " << shift << " elements past a 64-byte boundary";
        for (size_t i = 0; i < storage.size(); i++) {
          const bool inside = &storage[i] >= out && &storage[i] < out + n;
          ASSERT_TRUE(inside || std::memcmp(&storage[i], &sentinel, sizeof(Out)) == 0)
              << kernel.name << ": streaming, n=" << n << ", shift " << shift << ": wrote outside the output";
        }
      }
    }
  }

 private:
  static Out Sentinel() {
    return OutputSentinel(kType, Out());
  }

  // n patterns of values in [max - 30, max], one in 16 -inf and one in 64 NaN.
  static std::vector<uint16_t> RandomInputs(size_t n, uint32_t seed, float max) {
    std::mt19937 rng(seed);
    std::uniform_real_distribution<float> below(0.0f, 30.0f);
    std::vector<uint16_t> in(n);
    for (size_t i = 0; i < n; i++) {
      const uint32_t kind = rng() % 64;
      if (kind == 0) {
        in[i] = kType == Type16::f16 ? 0x7E00 : 0x7FC0;  // a quiet NaN
        continue;
      }
      const float x = kind < 4 ? -INFINITY : max - below(rng);
      // Rounded toward -inf so that no input tops the max.
      uint16_t h = Narrow(kType, x);
      if (Widen(kType, h) > max) h = static_cast<uint16_t>(h - 1);
      in[i] = h;
    }
    return in;
  }

  void Check(const std::vector<uint16_t>& in, float c0, float c1) const {
    const UKernel<Fn>& kernel = this->GetParam();
    const float c[2] = {c0, c1};
    const auto call = [&](size_t batch, const uint16_t* x, Out* y) {
      kernel.fn(batch, x, y, c, nullptr);
      EXPECT_TRUE(FloatBits(c[0]) == FloatBits(c0) && FloatBits(c[1]) == FloatBits(c1)) << "the constants changed";
    };
    const std::vector<Out> out = RunConversion<uint16_t, Out>(call, in, Sentinel());
    int failures = 0;
    size_t nonzero = 0;
    size_t correctly_rounded = 0;
    for (size_t i = 0; i < in.size() && failures < 5; i++) {
      bool nearest = true;
      const std::string problem =
          CheckVScaleExpMinusMaxOutput(kType, Widen(kType, in[i]), c, kernel.bound, out[i], &nearest);
      if (!problem.empty()) {
        ADD_FAILURE() << kernel.name << ": n=" << in.size() << " element " << i << ", input " << Hex(in[i], 4)
                      << ", c = (" << std::hexfloat << c0 << ", " << c1 << std::defaultfloat << "): " << problem;
        failures++;
      }
      if (CountsAsRounded(kType, out[i])) {
        nonzero++;
        correctly_rounded += nearest ? 1 : 0;
      }
    }
    EXPECT_GE(static_cast<double>(correctly_rounded), kMinCorrectlyRounded * static_cast<double>(nonzero))
        << kernel.name << ": n=" << in.size() << ", c = (" << c0 << ", " << c1 << "): " << correctly_rounded << " of "
        << nonzero << " non-zero outputs are the nearest pattern";
  }
};

}  // namespace smax_test

// Registers the cases of VScaleExpMinusMax16Cases for `fixture` and instantiates them on `kernels`, the
// rows of the family's table.
#define SMAX_TEST_VSCALEEXPMINUSMAX16_CASES(fixture, kernels) \
  TEST_P(fixture, EveryPattern) {                             \
    TestEveryPattern();                                       \
  }                                                           \
  TEST_P(fixture, EverySize) {                                \
    TestEverySize();                                          \
  }                                                           \
  TEST_P(fixture, InPlace) {                                  \
    TestInPlace();                                            \
  }                                                           \
  TEST_P(fixture, Streaming) {                                \
    TestStreaming();                                          \
  }                                                           \
  SMAX_TEST_INSTANTIATE_KERNELS(fixture, kernels)

// The same for an f32 output, without the in-place case.
#define SMAX_TEST_VSCALEEXPMINUSMAX16_F32_CASES(fixture, kernels) \
  TEST_P(fixture, EveryPattern) {                                 \
    TestEveryPattern();                                           \
  }                                                               \
  TEST_P(fixture, EverySize) {                                    \
    TestEverySize();                                              \
  }                                                               \
  TEST_P(fixture, Streaming) {                                    \
    TestStreaming();                                              \
  }                                                               \
  SMAX_TEST_INSTANTIATE_KERNELS(fixture, kernels)

#endif  // SMAX_TEST_VSCALEEXPMINUSMAX16_CASES_H_
