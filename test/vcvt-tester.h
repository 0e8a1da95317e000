// Tester of the 16-bit conversion families (f16-f32-vcvt, bf16-f32-vcvt, f32-f16-vcvt, f32-bf16-vcvt,
// and f32-f16-vmulc / f32-bf16-vmulc, which narrow fl(x * scale)):
// bit-exact against references written here from the formats' definitions (independent of the
// kernels' conversions), on
//  - widening: all 65536 input patterns, each at several lane positions;
//  - narrowing: NarrowingPatterns(), every exponent of both signs with the mantissas around every
//    rounding position (ties, one ulp either side), subnormals, +-0, +-inf, NaNs, overflow edges and
//    random patterns;
//  - every size of KernelSizes(tile) (each tail), on random patterns.
// Each run checks, with guarded buffers (an odd count of guard elements, so misaligned data, holding
// signaling NaN patterns no kernel writes) and again with exact-size heap buffers (AddressSanitizer
// sees any access outside them): inputs unchanged, guards untouched, every output as the reference.
// NaN outputs must be quiet NaNs with the input's sign; bf16 NaN outputs are checked bit for bit
// (the contract fixes their payload), binary16 ones are not.
#ifndef SMAX_TEST_VCVT_TESTER_H_
#define SMAX_TEST_VCVT_TESTER_H_

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <iomanip>
#include <limits>
#include <memory>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "testers/half.h"
#include "ukernel-tester.h"

namespace smax_test {

enum class Type16 { f16, bf16 };

inline uint32_t FloatBits(float value) {
  uint32_t bits;
  std::memcpy(&bits, &value, sizeof(bits));
  return bits;
}

inline float BitsFloat(uint32_t bits) {
  float value;
  std::memcpy(&value, &bits, sizeof(value));
  return value;
}

// ---- References -------------------------------------------------------------------------------------

// The float value of a 16-bit pattern: binary16 from its fields (HalfToFloat), bfloat16 by its bits.
inline float Widen(Type16 type, uint16_t h) {
  return type == Type16::f16 ? HalfToFloat(h) : BitsFloat(static_cast<uint32_t>(h) << 16);
}

// The 16-bit pattern nearest to a non-NaN float x, ties to even, by the definition: the significand
// rounded in double with std::nearbyint (round to nearest even in the default mode), then encoded.
// bf16: float subnormal inputs give +-0 (the contract); binary16: every float subnormal rounds to +-0.
inline uint16_t Narrow(Type16 type, float x) {
  const uint16_t sign = std::signbit(x) ? 0x8000 : 0;
  const double a = std::fabs(static_cast<double>(x));
  if (std::isinf(a)) return static_cast<uint16_t>(sign | (type == Type16::f16 ? 0x7C00 : 0x7F80));
  if (type == Type16::bf16) {
    if (a < std::ldexp(1.0, -126)) return sign;
    int e;
    const double f = std::frexp(a, &e);  // a = f * 2^e, f in [0.5, 1): 8 significant bits are f * 2^8
    const double rounded = std::ldexp(std::nearbyint(std::ldexp(f, 8)), e - 8);
    if (rounded >= std::ldexp(1.0, 128)) return static_cast<uint16_t>(sign | 0x7F80);
    return static_cast<uint16_t>(sign | (FloatBits(static_cast<float>(rounded)) >> 16));  // exact: 8 bits
  }
  double rounded;
  if (a < std::ldexp(1.0, -14)) {
    rounded = std::ldexp(std::nearbyint(std::ldexp(a, 24)), -24);  // subnormal halves: multiples of 2^-24
  } else {
    int e;
    const double f = std::frexp(a, &e);  // 11 significant bits are f * 2^11
    rounded = std::ldexp(std::nearbyint(std::ldexp(f, 11)), e - 11);
  }
  if (rounded >= 65536.0) return static_cast<uint16_t>(sign | 0x7C00);
  return static_cast<uint16_t>(sign | FloatToHalfTowardZero(static_cast<float>(rounded)));  // exact
}

inline bool IsNaN16(Type16 type, uint16_t h) {
  return type == Type16::f16 ? (h & 0x7FFF) > 0x7C00 : (h & 0x7FFF) > 0x7F80;
}

inline std::string Hex(uint32_t bits, int digits) {
  std::ostringstream out;
  out << "0x" << std::hex << std::uppercase << std::setw(digits) << std::setfill('0') << bits;
  return out.str();
}

// Empty if the kernel's float output y for the pattern h is right, else why not.
inline std::string CheckWidened(Type16 type, uint16_t h, float y) {
  const uint32_t got = FloatBits(y);
  if (IsNaN16(type, h)) {
    const uint32_t sign = static_cast<uint32_t>(h & 0x8000) << 16;
    const bool quiet_nan = (got & 0x7FC00000) == 0x7FC00000 && (got & 0x80000000) == sign;
    if (!quiet_nan) return "a NaN must give a quiet NaN of its sign, got " + Hex(got, 8);
    if (type == Type16::bf16 && got != ((static_cast<uint32_t>(h) << 16) | 0x00400000)) {
      return "a bf16 NaN keeps its payload, got " + Hex(got, 8);
    }
    return "";
  }
  const uint32_t want = FloatBits(Widen(type, h));
  return got == want ? "" : "want " + Hex(want, 8) + ", got " + Hex(got, 8);
}

// Empty if the kernel's 16-bit output for the float x is right, else why not.
inline std::string CheckNarrowed(Type16 type, float x, uint16_t got) {
  const uint32_t w = FloatBits(x);
  if ((w & 0x7FFFFFFF) > 0x7F800000) {
    const uint16_t sign = static_cast<uint16_t>((w >> 16) & 0x8000);
    if (type == Type16::bf16) {
      const uint16_t want = static_cast<uint16_t>((w >> 16) | 0x0040);
      return got == want ? "" : "a NaN gives its top bits with the quiet bit, want " + Hex(want, 4) + ", got " +
                                    Hex(got, 4);
    }
    const bool quiet_nan = (got & 0x7E00) == 0x7E00 && (got & 0x8000) == sign;
    return quiet_nan ? "" : "a NaN must give a quiet NaN of its sign, got " + Hex(got, 4);
  }
  const uint16_t want = Narrow(type, x);
  return got == want ? "" : "want " + Hex(want, 4) + ", got " + Hex(got, 4);
}

// ---- Inputs -----------------------------------------------------------------------------------------

// Float patterns for the narrowing kernels: for both signs and every exponent field (0: subnormals,
// 255: inf and NaNs), mantissas 0, all ones, and 2^k - 1, 2^k, 2^k + 1, 3 * 2^k for every bit k
// (every rounding position of either 16-bit type, subnormal halves included, meets a tie, an odd tie
// and a neighbour on each side), plus overflow edges and random patterns.
inline std::vector<float> NarrowingPatterns() {
  std::vector<uint32_t> bits;
  for (uint32_t sign : {0u, 0x80000000u}) {
    for (uint32_t exponent = 0; exponent < 256; exponent++) {
      std::vector<uint32_t> mantissas = {0, 0x7FFFFF};
      for (uint32_t k = 0; k < 23; k++) {
        for (uint32_t m : {(1u << k) - 1, 1u << k, (1u << k) + 1, 3u << k}) mantissas.push_back(m & 0x7FFFFF);
      }
      for (uint32_t m : mantissas) bits.push_back(sign | exponent << 23 | m);
    }
    // 65504 (the largest half), the overflow midpoint 65520 and its neighbours; the same for bf16.
    for (uint32_t b : {0x477FE000u, 0x477FEFFFu, 0x477FF000u, 0x477FF001u, 0x7F7F7FFFu, 0x7F7F8000u, 0x7F7F8001u,
                       0x7F7FFFFFu, 0x7F800001u, 0x7FC00000u, 0x7FBFFFFFu, 0x7F801FFFu, 0x7F802000u}) {
      bits.push_back(sign | b);
    }
  }
  std::mt19937 rng(16);
  for (int i = 0; i < 32768; i++) bits.push_back(static_cast<uint32_t>(rng()));
  std::vector<float> values(bits.size());
  for (size_t i = 0; i < bits.size(); i++) values[i] = BitsFloat(bits[i]);
  return values;
}

// ---- Running a kernel -------------------------------------------------------------------------------

constexpr size_t kVcvtGuard = 3;  // odd: misaligns the data for every vector width
constexpr uint32_t kFloatSentinel = 0x7F8BADADu;  // signaling NaN: kernels only write quiet NaNs
constexpr uint16_t kHalfSentinel = 0x7C01;        // binary16 signaling NaN
constexpr uint16_t kBf16Sentinel = 0x7F81;        // bfloat16 signaling NaN

// Converts `in` with the kernel, twice (guarded and exact-size buffers), and returns the outputs of
// the guarded run after checking guards, the unchanged input and that both runs agree.
// `call(batch, input, output)` runs the kernel.
template <typename In, typename Out, typename Call>
std::vector<Out> RunConversion(Call call, const std::vector<In>& in, Out sentinel) {
  const size_t n = in.size();
  std::vector<In> input(n + 2 * kVcvtGuard);
  std::vector<Out> output(n + 2 * kVcvtGuard, sentinel);
  for (size_t i = 0; i < kVcvtGuard; i++) {
    // Input guards: patterns whose conversion would show (a NaN that is not the sentinel).
    std::memset(&input[i], 0x7F, sizeof(In));
    std::memset(&input[n + kVcvtGuard + i], 0xFF, sizeof(In));
  }
  std::copy(in.begin(), in.end(), input.begin() + kVcvtGuard);
  const std::vector<In> input_before = input;
  call(n * sizeof(In), input.data() + kVcvtGuard, output.data() + kVcvtGuard);
  EXPECT_EQ(0, std::memcmp(input.data(), input_before.data(), input.size() * sizeof(In))) << "input changed";
  for (size_t i = 0; i < kVcvtGuard; i++) {
    EXPECT_EQ(0, std::memcmp(&output[i], &sentinel, sizeof(Out))) << "wrote before the output, n=" << n;
    EXPECT_EQ(0, std::memcmp(&output[n + kVcvtGuard + i], &sentinel, sizeof(Out))) << "wrote past the output, n=" << n;
  }
  std::unique_ptr<In[]> exact_input(new In[n]);
  std::unique_ptr<Out[]> exact_output(new Out[n]);
  std::copy(in.begin(), in.end(), exact_input.get());
  call(n * sizeof(In), exact_input.get(), exact_output.get());
  std::vector<Out> result(output.begin() + kVcvtGuard, output.begin() + kVcvtGuard + n);
  EXPECT_EQ(0, std::memcmp(result.data(), exact_output.get(), n * sizeof(Out))) << "guarded and exact runs differ";
  return result;
}

// Widening kernels (uint16_t -> float): checks every element; stops at the first few failures.
template <typename Fn>
void TestWidening(Type16 type, const UKernel<Fn>& kernel, const std::vector<uint16_t>& in) {
  const uint32_t sentinel_bits = kFloatSentinel;
  const auto call = [&](size_t batch, const uint16_t* x, float* y) { kernel.fn(batch, x, y, nullptr); };
  const std::vector<float> out = RunConversion<uint16_t, float>(call, in, BitsFloat(sentinel_bits));
  int failures = 0;
  for (size_t i = 0; i < in.size() && failures < 5; i++) {
    const std::string problem = CheckWidened(type, in[i], out[i]);
    if (!problem.empty()) {
      ADD_FAILURE() << kernel.name << ": n=" << in.size() << " element " << i << ", input " << Hex(in[i], 4) << ": "
                    << problem;
      failures++;
    }
  }
}

template <typename Call>
void CheckNarrowing(Type16 type, const char* name, const std::vector<float>& in, float scale, bool scaled,
                    bool flushes, Call call) {
  const uint16_t sentinel = type == Type16::f16 ? kHalfSentinel : kBf16Sentinel;
  const std::vector<uint16_t> out = RunConversion<float, uint16_t>(call, in, sentinel);
  int failures = 0;
  for (size_t i = 0; i < in.size() && failures < 5; i++) {
    // One float multiplication, rounded to float (tests build with -ffp-contract=off).
    const bool subnormal = in[i] != 0.0f && std::fabs(in[i]) < std::numeric_limits<float>::min();
    const float x = flushes && subnormal ? std::copysign(0.0f, in[i]) : in[i];
    volatile float product = x * scale;
    // ARMv7 NEON also flushes a product whose exact value is below FLT_MIN (tininess before
    // rounding), even one that rounds up to FLT_MIN.
    const double exact = static_cast<double>(x) * static_cast<double>(scale);
    if (flushes && exact != 0.0 && std::fabs(exact) < static_cast<double>(std::numeric_limits<float>::min())) {
      product = std::copysign(0.0f, static_cast<float>(exact));
    }
    const float value = scaled ? static_cast<float>(product) : in[i];
    std::string problem;
    if (scaled && std::isnan(value)) {
      // IEEE 754 leaves the sign and payload of a NaN product open (x86 keeps the first operand's,
      // ARM the first NaN's): only a quiet NaN is asked for.
      const uint16_t quiet = type == Type16::f16 ? 0x7E00 : 0x7FC0;
      if ((out[i] & quiet) != quiet) problem = "a NaN product must give a quiet NaN, got " + Hex(out[i], 4);
    } else {
      problem = CheckNarrowed(type, value, out[i]);
    }
    if (!problem.empty()) {
      ADD_FAILURE() << name << ": n=" << in.size() << " element " << i << ", input " << Hex(FloatBits(in[i]), 8)
                    << " (" << std::hexfloat << in[i] << (scaled ? " times " : "") << (scaled ? scale : 0.0f)
                    << std::defaultfloat << "): " << problem;
      failures++;
    }
  }
}

// Narrowing kernels (float -> uint16_t): the vcvt families' fn(batch, input, output, params), or, with
// a scale, the vmulc families' fn(batch, input, &scale, output, params), whose reference narrows the
// float product fl(input[i] * scale).
template <typename Fn>
void TestNarrowing(Type16 type, const UKernel<Fn>& kernel, const std::vector<float>& in) {
  CheckNarrowing(type, kernel.name, in, 1.0f, false, false, [&](size_t batch, const float* x, uint16_t* y) {
    kernel.fn(batch, x, y, nullptr);
  });
}

constexpr uint16_t kStreamingSentinel = 0x7E5A;

// flushes: the kernel reads float subnormal inputs as zero and flushes products below FLT_MIN (ARMv7
// NEON), so the reference does too (a subnormal times +-inf then gives a NaN, not +-inf).
// Then again with streaming stores asked for (struct smax_store_params), into a 64-byte aligned output
// (the kernels stream only from an aligned output): the same bits, nothing written past the output.
template <typename Fn>
void TestScaledNarrowing(Type16 type, const UKernel<Fn>& kernel, const std::vector<float>& in, float scale,
                         bool flushes) {
  CheckNarrowing(type, kernel.name, in, scale, true, flushes, [&](size_t batch, const float* x, uint16_t* y) {
    const float scale_before = scale;
    kernel.fn(batch, x, &scale, y, nullptr);
    EXPECT_EQ(FloatBits(scale_before), FloatBits(scale)) << "the scale changed";
  });
  const smax_store_params streaming = {1};
  CheckNarrowing(type, kernel.name, in, scale, true, flushes, [&](size_t batch, const float* x, uint16_t* y) {
    const size_t n = batch / sizeof(float);
    constexpr size_t kAlignment = 64 / sizeof(uint16_t);
    std::vector<uint16_t> buffer(n + 2 * kAlignment, kStreamingSentinel);
    uint16_t* aligned = buffer.data();
    while (reinterpret_cast<uintptr_t>(aligned) % 64 != 0) aligned++;
    kernel.fn(batch, x, &scale, aligned, &streaming);
    for (uint16_t* p = aligned + n; p < buffer.data() + buffer.size(); p++) {
      ASSERT_EQ(kStreamingSentinel, *p) << "streaming: wrote past the output, n=" << n;
    }
    std::copy(aligned, aligned + n, y);
  });
}

// Kernels from a 16-bit input to a 16-bit output with two constants, fn(batch, input, output, c, params)
// (f16-vsubc2, bf16-vscaleexpminusmax, ...): in place (output == input) gives the bits of the run into
// another buffer, on every size of KernelSizes(tile); inputs(n) gives each size's input.
template <typename Fn, typename Inputs>
void TestInPlace16(const UKernel<Fn>& kernel, const float c[2], Inputs inputs) {
  for (size_t n : KernelSizes(kernel.elements)) {
    const std::vector<uint16_t> in = inputs(n);
    std::vector<uint16_t> separate(n);
    std::vector<uint16_t> in_place = in;
    kernel.fn(n * sizeof(uint16_t), in.data(), separate.data(), c, nullptr);
    kernel.fn(n * sizeof(uint16_t), in_place.data(), in_place.data(), c, nullptr);
    ASSERT_EQ(separate, in_place) << kernel.name << ": n=" << n;
  }
}

// All 65536 patterns starting at `first` (wrapping), plus `extra` more, so that the tail code meets some.
inline std::vector<uint16_t> EveryPattern(uint16_t first, size_t extra) {
  std::vector<uint16_t> patterns(65536 + extra);
  for (size_t i = 0; i < patterns.size(); i++) patterns[i] = static_cast<uint16_t>(first + i);
  return patterns;
}

inline std::vector<uint16_t> RandomPatterns(size_t n, uint32_t seed) {
  std::mt19937 rng(seed);
  std::vector<uint16_t> patterns(n);
  for (auto& h : patterns) h = static_cast<uint16_t>(rng());
  return patterns;
}

// Random floats: mostly values that round to normal 16-bit values, with some of every kind.
inline std::vector<float> RandomFloats(size_t n, uint32_t seed) {
  std::mt19937 rng(seed);
  std::uniform_real_distribution<float> values(-70000.0f, 70000.0f);
  std::vector<float> x(n);
  for (size_t i = 0; i < n; i++) {
    x[i] = i % 4 == 3 ? BitsFloat(static_cast<uint32_t>(rng())) : values(rng) * std::ldexp(1.0f, -int(i % 40));
  }
  return x;
}

}  // namespace smax_test

#endif  // SMAX_TEST_VCVT_TESTER_H_
