// Accuracy and special-value tests of the scalar exp core (src/smax/scalar-exp.h).
//
// Self-contained: needs only the headers, no library code. Must be compiled with
// -ffp-contract=off like the kernels, e.g.
//   g++ -std=gnu++14 -O2 -ffp-contract=off -I src -I include test/exp-core-test.cc -lgtest -lgtest_main -lpthread
// (gnu++14 -- CMake's default for CXX_STANDARD 14 -- or c++17, not g++ -std=c++14: scalar-exp.h
// spells its constants as hex-float literals, which ISO C++ only has from C++17 and strict g++
// C++14 rejects; clang++ accepts them as an extension. This file itself uses none.)
//
// smax_scalar_expminus is checked EXHAUSTIVELY, every float x in [SMAX_EXP_CUTOFF, 0], against
// std::exp((double)x); smax_scalar_extexp is checked on ~17 million x spread over
// [-SMAX_EXTEXP_INPUT_LIMIT, SMAX_EXTEXP_INPUT_LIMIT]. The bounds below are the measured maxima
// rounded up with a small margin, so a change of the coefficients (scripts/fit-exp-poly.py) or of
// the range reduction that makes the core less accurate fails here.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cfloat>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <limits>
#include <thread>
#include <vector>

#include "smax/microfnptr.h"  // SMAX_EXTEXP_INPUT_LIMIT
#include "smax/scalar-exp.h"

namespace {

// The bounds: measured maxima (coefficients of scalar-exp.h as of scripts/fit-exp-poly.py) plus a
// small margin, about 0.035 ULP and 2.5%.
//
// smax_scalar_expminus over every float in [SMAX_EXP_CUTOFF, 0], error in ULPs of the float
// result (the ulp of the exact value; 2^-149 below FLT_MIN, though no result falls there).
// Measured: 2.2641 ULP at x = -0x1.B554D4p+4 (-27.33321).
constexpr double EXP_CORE_MAX_ULP = 2.30;
// Same floats, relative error. Measured: 1.8456e-7 (2^-22.37) at x = -0x1.C128AEp+4 (-28.0724316).
constexpr double EXP_CORE_MAX_REL_ERROR = 1.90e-7;
// smax_scalar_extexp: m * 2^n against exp(x), error in ULPs of m and relative error. An offline
// scan of every float in [-1024, 1024] measured 2.2690 ULP at x = 0x1.AE4B4Ap+9 (860.588196) and
// 1.8561e-7 (2^-22.36) at x = 0x1.AAFAAEp+4 (26.6862011); the test samples ~17 million x plus
// these two witnesses.
constexpr double EXTEXP_MAX_ULP = 2.30;
constexpr double EXTEXP_MAX_REL_ERROR = 1.90e-7;

uint32_t FloatBits(float f) {
  uint32_t bits;
  std::memcpy(&bits, &f, sizeof(bits));
  return bits;
}

float BitsFloat(uint32_t bits) {
  float f;
  std::memcpy(&f, &bits, sizeof(f));
  return f;
}

// 1 / ulp of a float result whose exact value is ref > 0: the ulp is 2^(floor(log2(ref)) - 23),
// and 2^-149 (the subnormal spacing) for ref < FLT_MIN. Built from the bits of ref: this runs
// 1.1e9 times.
double InverseFloatUlp(double ref) {
  uint64_t bits;
  std::memcpy(&bits, &ref, sizeof(bits));
  int64_t biased = static_cast<int64_t>((bits >> 52) & 0x7FF);  // floor(log2(ref)) + 1023
  biased = std::max<int64_t>(biased, 1023 - 126);
  const uint64_t inverse_bits = static_cast<uint64_t>(1023 + 23 - (biased - 1023)) << 52;
  double inverse;
  std::memcpy(&inverse, &inverse_bits, sizeof(inverse));
  return inverse;
}

struct ExpErrorStats {
  double max_ulp = 0.0;
  float max_ulp_x = 0.0f;
  double max_rel = 0.0;
  float max_rel_x = 0.0f;
  uint64_t count = 0;
  uint64_t below_flt_min = 0;  // results < FLT_MIN (all must be in [0, FLT_MIN])
  uint64_t bad = 0;            // results that are NaN, negative or > 1
  float first_bad_x = 0.0f;
};

// Checks smax_scalar_expminus on the floats with bit patterns [first, last] (negative floats,
// |x| growing with the bits). Deterministic whatever the split: ties keep the smaller |x|.
void ScanExpMinus(uint32_t first, uint32_t last, ExpErrorStats* stats) {
  ExpErrorStats s;
  for (uint32_t bits = first;; bits++) {
    const float x = BitsFloat(bits);
    const float y = smax_scalar_expminus(x);
    const double ref = std::exp(static_cast<double>(x));
    const double abs_error = std::fabs(static_cast<double>(y) - ref);
    const double ulp_error = abs_error * InverseFloatUlp(ref);
    if (ulp_error > s.max_ulp) {
      s.max_ulp = ulp_error;
      s.max_ulp_x = x;
    }
    if (abs_error > s.max_rel * ref) {  // abs_error / ref > max_rel, without a division per float
      s.max_rel = abs_error / ref;
      s.max_rel_x = x;
    }
    if (!(y >= 0.0f && y <= 1.0f)) {
      if (s.bad++ == 0) s.first_bad_x = x;
    }
    if (y < FLT_MIN) s.below_flt_min++;
    s.count++;
    if (bits == last) break;
  }
  *stats = s;
}

void Merge(const ExpErrorStats& part, ExpErrorStats* total) {
  // Parts are merged in order of increasing |x|, so ">" keeps the smallest |x| witness on ties.
  if (part.max_ulp > total->max_ulp) {
    total->max_ulp = part.max_ulp;
    total->max_ulp_x = part.max_ulp_x;
  }
  if (part.max_rel > total->max_rel) {
    total->max_rel = part.max_rel;
    total->max_rel_x = part.max_rel_x;
  }
  if (part.bad != 0 && total->bad == 0) total->first_bad_x = part.first_bad_x;
  total->count += part.count;
  total->below_flt_min += part.below_flt_min;
  total->bad += part.bad;
}

TEST(ExpCore, ExpMinusExhaustive) {
  // Every float in [SMAX_EXP_CUTOFF, -0.0]: bit patterns 0x80000000 .. bits(SMAX_EXP_CUTOFF),
  // plus +0.0 (checked in ExpMinusSpecialValues). The scan is split over a few threads only to
  // save time; the result does not depend on the split.
  const uint32_t first = 0x80000000u;
  const uint32_t last = FloatBits(SMAX_EXP_CUTOFF);
  ASSERT_GT(last, first);
  const uint64_t total = static_cast<uint64_t>(last - first) + 1;
  unsigned threads = std::thread::hardware_concurrency();
  threads = std::max(1u, std::min(threads, 16u));
  std::vector<ExpErrorStats> parts(threads);
  std::vector<std::thread> workers;
  const auto start = std::chrono::steady_clock::now();
  for (unsigned i = 0; i < threads; i++) {
    const uint32_t begin = first + static_cast<uint32_t>(total * i / threads);
    const uint32_t end = first + static_cast<uint32_t>(total * (i + 1) / threads) - 1;
    workers.emplace_back(ScanExpMinus, begin, end, &parts[i]);
  }
  for (std::thread& worker : workers) worker.join();
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ExpErrorStats stats;
  for (const ExpErrorStats& part : parts) Merge(part, &stats);

  std::printf("smax_scalar_expminus over %llu floats in [%a, 0] (%u threads, %.1f s):\n",
              static_cast<unsigned long long>(stats.count), SMAX_EXP_CUTOFF, threads, seconds);
  std::printf("  max error %.4f ULP at x = %a (%.9g)\n", stats.max_ulp, stats.max_ulp_x, stats.max_ulp_x);
  std::printf("  max relative error %.4e (2^%.2f) at x = %a (%.9g)\n", stats.max_rel, std::log2(stats.max_rel),
              stats.max_rel_x, stats.max_rel_x);
  std::printf("  results below FLT_MIN: %llu\n", static_cast<unsigned long long>(stats.below_flt_min));
  EXPECT_EQ(stats.count, total);
  EXPECT_EQ(stats.bad, 0u) << "first out of [0, 1] (or NaN) at x = " << stats.first_bad_x;
  EXPECT_LE(stats.max_ulp, EXP_CORE_MAX_ULP) << "at x = " << stats.max_ulp_x;
  EXPECT_LE(stats.max_rel, EXP_CORE_MAX_REL_ERROR) << "at x = " << stats.max_rel_x;
}

TEST(ExpCore, ExpMinusSpecialValues) {
  // exp(0) is exactly 1, for both zeros.
  EXPECT_EQ(FloatBits(smax_scalar_expminus(0.0f)), FloatBits(1.0f));
  EXPECT_EQ(FloatBits(smax_scalar_expminus(-0.0f)), FloatBits(1.0f));
  // Below the cutoff: exactly +0.0f.
  const float below_cutoff[] = {
      std::nextafter(SMAX_EXP_CUTOFF, -INFINITY), -87.5f, -88.0f, -88.72f, -89.0f, -100.0f, -103.98f,
      -104.0f, -150.0f, -1000.0f, -4194304.0f, -1073741824.0f, -1.0e30f, -FLT_MAX,
      -std::numeric_limits<float>::infinity()};
  for (float x : below_cutoff) {
    EXPECT_EQ(FloatBits(smax_scalar_expminus(x)), 0u) << "x = " << x;
  }
  // The cutoff itself is the smallest float whose exp is >= 2^-126: not flushed.
  EXPECT_LT(std::exp(static_cast<double>(std::nextafter(SMAX_EXP_CUTOFF, -INFINITY))), static_cast<double>(FLT_MIN));
  EXPECT_GE(std::exp(static_cast<double>(SMAX_EXP_CUTOFF)), static_cast<double>(FLT_MIN));
  EXPECT_GE(smax_scalar_expminus(SMAX_EXP_CUTOFF), FLT_MIN);
  // NaN in, NaN out (quiet NaNs of both signs, a payload, a signalling-NaN bit pattern).
  const uint32_t nans[] = {0x7FC00000u, 0xFFC00000u, 0x7FC12345u, 0xFFFFFFFFu, 0x7F800001u, 0xFF800001u};
  for (uint32_t bits : nans) {
    EXPECT_TRUE(std::isnan(smax_scalar_expminus(BitsFloat(bits)))) << std::hex << "bits 0x" << bits;
  }
}

// m * 2^n against exp(x): relative error and error in ULPs of m.
struct ExtExpError {
  double rel;
  double ulp;
};

ExtExpError ExtExpErrorOf(float x, float m, float n) {
  // The exact mantissa exp(x - n*ln2), with n*ln2 split in two (fdlibm's ln2_hi has 32 significant
  // bits, so n*ln2_hi is exact): accurate to ~1e-16, and no overflow for |x| up to 1024.
  const double ln2_hi = 6.93147180369123816490e-01;
  const double ln2_lo = 1.90821492927058770002e-10;
  const double exact_m = std::exp((static_cast<double>(x) - n * ln2_hi) - n * ln2_lo);
  ExtExpError e;
  e.ulp = std::fabs(static_cast<double>(m) - exact_m) * InverseFloatUlp(exact_m);
  if (std::fabs(x) <= 708.0f) {
    // Directly as m * 2^n (ldexp is exact) against exp((double)x), a normal double here.
    e.rel = std::fabs(std::ldexp(static_cast<double>(m), static_cast<int>(n)) / std::exp(static_cast<double>(x)) - 1.0);
  } else {
    // exp(x) over- or underflows double beyond +-709.
    e.rel = std::fabs(static_cast<double>(m) / exact_m - 1.0);
  }
  return e;
}

struct ExtExpStats {
  double max_rel = 0.0;
  float max_rel_x = 0.0f;
  double max_ulp = 0.0;
  float max_ulp_x = 0.0f;
  uint64_t count = 0;
  uint64_t bad = 0;
  float first_bad_x = 0.0f;
};

void CheckExtExp(float x, ExtExpStats* s) {
  float n = 0.0f;
  const float m = smax_scalar_extexp(x, &n);
  s->count++;
  const bool shape_ok = m >= 0.7f && m <= 1.42f && n == std::nearbyint(n) && std::fabs(n) < 2048.0f;
  if (!shape_ok) {
    if (s->bad++ == 0) s->first_bad_x = x;
    return;
  }
  const ExtExpError e = ExtExpErrorOf(x, m, n);
  if (e.rel > s->max_rel) {
    s->max_rel = e.rel;
    s->max_rel_x = x;
  }
  if (e.ulp > s->max_ulp) {
    s->max_ulp = e.ulp;
    s->max_ulp_x = x;
  }
}

TEST(ExpCore, ExtExpAccuracy) {
  ExtExpStats s;
  const float limit = SMAX_EXTEXP_INPUT_LIMIT;
  // (1) A uniform grid: every multiple of 2^-12 in [-1024, 1024] (all exact floats).
  ASSERT_EQ(limit, 1024.0f);
  for (int32_t k = -(1 << 22); k <= (1 << 22); k++) {
    CheckExtExp(std::ldexp(static_cast<float>(k), -12), &s);
  }
  // (2) Every 257th float bit pattern in [0, 1024] and [-1024, -0] (dense near 0, every binade).
  const uint32_t limit_bits = FloatBits(limit);
  for (uint32_t bits = 0; bits <= limit_bits; bits += 257) {
    CheckExtExp(BitsFloat(bits), &s);
    CheckExtExp(BitsFloat(bits | 0x80000000u), &s);
  }
  // (3) The ends and their neighbours, and the worst cases of the offline exhaustive scan
  //     (0x1.AE4B4Ap+9 and 0x1.AAFAAEp+4, written as integer / 2^k: no hex floats in C++14).
  const float witnesses[] = {limit, -limit, std::nextafter(limit, 0.0f), std::nextafter(-limit, 0.0f), 0.0f, -0.0f,
                             std::ldexp(14099877.0f, -14), std::ldexp(13991255.0f, -19)};
  for (float x : witnesses) {
    CheckExtExp(x, &s);
  }
  std::printf("smax_scalar_extexp over %llu x in [-%g, %g]:\n", static_cast<unsigned long long>(s.count), limit,
              limit);
  std::printf("  max error of m %.4f ULP at x = %a (%.9g)\n", s.max_ulp, s.max_ulp_x, s.max_ulp_x);
  std::printf("  max relative error of m*2^n %.4e (2^%.2f) at x = %a (%.9g)\n", s.max_rel, std::log2(s.max_rel),
              s.max_rel_x, s.max_rel_x);
  EXPECT_EQ(s.bad, 0u) << "m out of [0.7, 1.42] or n not an integer with |n| < 2048 at x = " << s.first_bad_x;
  EXPECT_LE(s.max_ulp, EXTEXP_MAX_ULP) << "at x = " << s.max_ulp_x;
  EXPECT_LE(s.max_rel, EXTEXP_MAX_REL_ERROR) << "at x = " << s.max_rel_x;
}

TEST(ExpCore, ExtExpSpecialValues) {
  float n = 1.0f;
  EXPECT_EQ(smax_scalar_extexp(0.0f, &n), 1.0f);
  EXPECT_EQ(n, 0.0f);
  n = 0.0f;
  EXPECT_TRUE(std::isnan(smax_scalar_extexp(std::numeric_limits<float>::quiet_NaN(), &n)));
}

TEST(ExpCore, Exp2Integer) {
  for (int e = -126; e <= 127; e++) {
    const float expected = std::ldexp(1.0f, e);
    EXPECT_EQ(FloatBits(smax_scalar_exp2_integer(static_cast<float>(e))), FloatBits(expected)) << "e = " << e;
  }
  const float low[] = {-127.0f, -128.0f, -149.0f, -150.0f, -1000.0f, -4194304.0f, -8388608.0f, -1.0e30f, -FLT_MAX,
                       -std::numeric_limits<float>::infinity()};
  for (float e : low) {
    EXPECT_EQ(FloatBits(smax_scalar_exp2_integer(e)), 0u) << "e = " << e;
  }
  const float high[] = {127.0f, 128.0f, 1000.0f, 4194304.0f, 8388608.0f, 1.0e30f, FLT_MAX,
                        std::numeric_limits<float>::infinity()};
  for (float e : high) {
    EXPECT_EQ(FloatBits(smax_scalar_exp2_integer(e)), FloatBits(std::ldexp(1.0f, 127))) << "e = " << e;
  }
}

TEST(ExpCore, Clamp) {
  EXPECT_TRUE(std::isnan(smax_scalar_clamp(std::numeric_limits<float>::quiet_NaN(), SMAX_EXTEXP_INPUT_LIMIT)));
  EXPECT_TRUE(std::isnan(smax_scalar_clamp(-std::numeric_limits<float>::quiet_NaN(), SMAX_EXTEXP_INPUT_LIMIT)));
  EXPECT_EQ(smax_scalar_clamp(5000.0f, 1024.0f), 1024.0f);
  EXPECT_EQ(smax_scalar_clamp(-5000.0f, 1024.0f), -1024.0f);
  EXPECT_EQ(smax_scalar_clamp(std::numeric_limits<float>::infinity(), 1024.0f), 1024.0f);
  EXPECT_EQ(smax_scalar_clamp(-std::numeric_limits<float>::infinity(), 1024.0f), -1024.0f);
  EXPECT_EQ(smax_scalar_clamp(-3.5f, 1024.0f), -3.5f);
  EXPECT_EQ(FloatBits(smax_scalar_clamp(-0.0f, 1024.0f)), FloatBits(-0.0f));
}

}  // namespace
