// The operator's options (include/smax.h: struct smax_softmax_options, smax_create_softmax_nc_f32_ex,
// smax_setup_softmax_nc_f32_ex) against the double reference of test/options-reference.h, computed
// from the float z values the contract defines, z = fl(fl(scale * x) + fl(slope * mask)).
//
//  - OptionCombinations: every combination of the option bits, mask types (none, f32, f16) and scale
//    (1 or not), for every algorithm, on rows of 1 to 4099 elements with the mask broadcast, one mask
//    row per row, and a longer mask stride with a repeat period; slopes and sinks per group; fully
//    masked rows. Each problem runs out of place and in place (the same bits), some lengths on a
//    2-thread pool and with a NULL pool (the same bits). three_pass_reload with SMAX_OPTION_LOG_SOFTMAX
//    must be refused (unsupported_parameter).
//  - OptionSpecialValues: a table of rows (NaN and +-inf in x, mask, slopes and sinks; sinks above
//    every logit; products that overflow; equal logits of 1e8), with the special entry at the start,
//    middle and end of a row, for every algorithm, softmax and log-softmax, with and without
//    SMAX_OPTION_ZERO_MASKED_ROWS, with logsumexp.
//  - OptionsBitwise: a sink of -inf is no sink, bit for bit; options NULL or all off are plain softmax.
//  - HalfMask: the reference's binary16 conversion is exact (all 65536 patterns).
// Rows longer than 65536 elements, split across threads: options-split-row-test.cc.
//
// Prints, per algorithm, the worst errors seen against the bounds, so that they can be quoted.
#include <cfloat>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <random>
#include <string>
#include <tuple>
#include <vector>

#include <gtest/gtest.h>

#include "operator-tester.h"
#include "options-reference.h"
#include "options-tester.h"
#include "reference.h"
#include "smax.h"

namespace smax_test {
namespace {

const float kInf = std::numeric_limits<float>::infinity();
const float kNaN = std::numeric_limits<float>::quiet_NaN();

OptionsErrors worst_errors[SMAX_ALGORITHM_COUNT];

class OptionsEnvironment : public InitializeEnvironment {
 public:
  void TearDown() override {
    std::printf("\nsmax options (ISA %s), worst over all finite rows checked, against the double reference:\n",
                smax_get_isa_name() != nullptr ? smax_get_isa_name() : "?");
    std::printf("%-22s %8s %16s %17s %12s %14s %14s\n", "algorithm", "rows", "softmax y>=1e-6", "softmax y>=1e-30",
                "|sum-ref|", "log err/bound", "lse err/bound");
    for (size_t a = 0; a < SMAX_ALGORITHM_COUNT; a++) {
      const OptionsErrors& w = worst_errors[a];
      std::printf("%-22s %8zu %16.3e %17.3e %12.3e %14.3f %14.3f\n", AlgorithmName(kAllAlgorithms[a]), w.rows,
                  w.softmax_relative, w.softmax_small_relative, w.sum, w.log_ratio, w.lse_ratio);
    }
    std::printf(
        "bounds: softmax %.0e and %.0e relative, sum %.0e; log-softmax and logsumexp %.0e + %.1e|ref| "
        "(err/bound <= 1)\n",
        kLargeOutputRelativeError, kSmallOutputRelativeError, kSumError, kLogAbsoluteError, kLogRelativeError);
    std::fflush(stdout);
  }
};

::testing::Environment* const options_environment = ::testing::AddGlobalTestEnvironment(new OptionsEnvironment);

OptionsErrors& WorstErrors(smax_algorithm algorithm) {
  return worst_errors[static_cast<size_t>(algorithm)];
}

bool LogWithReload(const OptionsConfig& config) {
  return config.log_softmax() && config.algorithm == smax_algorithm_three_pass_reload;
}

// Runs a problem and checks it: checked against the reference, then again in place (the same bits).
// `threaded`: planned and run on a 2-thread pool (whose waiting workers yield: CI's 2 cores are shared
// with other suites), then with a NULL pool, the same bits; otherwise with a NULL pool only. A pool
// costs a thread wake-up per run, and rows of one chunk only go whole to threads (long rows split
// across threads: options-split-row-test.cc), so a few lengths of each test run threaded.
void RunAndCheck(const OptionsProblem& problem, size_t output_offset, bool threaded) {
  SCOPED_TRACE(problem.Describe() + (threaded ? " 2 threads" : ""));
  OptionsRun checked;
  RunSpec spec;
  spec.plan_pool = threaded ? SharedThreadPool(2) : nullptr;
  spec.run_pool = spec.plan_pool;
  spec.create_flags = threaded ? SMAX_FLAG_YIELD_WORKERS : 0;
  spec.output_offset = output_offset;
  RunOptionsProblem(problem, spec, &checked);
  ASSERT_FALSE(::testing::Test::HasFatalFailure());
  ASSERT_EQ(0u, ExpectOptionsRowsWithinContract(problem, checked, &WorstErrors(problem.config().algorithm),
                                                threaded ? "2 threads" : "NULL threadpool"));
  const std::vector<float> expected = checked.Values(problem.batch(), problem.channels());

  if (threaded) {
    OptionsRun serial;
    spec.run_pool = nullptr;
    RunOptionsProblem(problem, spec, &serial);
    ASSERT_FALSE(::testing::Test::HasFatalFailure());
    ASSERT_TRUE(ExpectSameValues(expected, serial.Values(problem.batch(), problem.channels()), problem.batch(),
                                 problem.channels(), "NULL threadpool against 2 threads"));
  }

  OptionsRun in_place;
  spec.plan_pool = nullptr;
  spec.run_pool = nullptr;
  spec.in_place = true;
  RunOptionsProblem(problem, spec, &in_place);
  ASSERT_FALSE(::testing::Test::HasFatalFailure());
  ASSERT_TRUE(ExpectSameValues(expected, in_place.Values(problem.batch(), problem.channels()), problem.batch(),
                               problem.channels(), "in place against out of place"));
}

// ---- the binary16 conversion of the reference -----------------------------------------------------

TEST(HalfMask, reference_conversion_is_exact) {
  for (uint32_t bits = 0; bits < 0x10000u; bits++) {
    const uint16_t half = static_cast<uint16_t>(bits);
    const float value = HalfToFloat(half);
    const uint32_t exponent = bits >> 10 & 0x1F;
    const uint32_t mantissa = bits & 0x3FF;
    const double sign = bits & 0x8000 ? -1.0 : 1.0;
    if (exponent == 0x1F) {
      if (mantissa == 0) {
        ASSERT_EQ(sign * std::numeric_limits<double>::infinity(), value) << std::hex << bits;
      } else {
        ASSERT_TRUE(std::isnan(value)) << std::hex << bits;
      }
      continue;
    }
    // (-1)^s * 2^(e-15) * (1 + m/1024), or 2^-14 * (m/1024) for e = 0.
    const double expected = exponent == 0 ? sign * std::ldexp(static_cast<double>(mantissa), -24)
                                          : sign * std::ldexp(1024.0 + mantissa, static_cast<int>(exponent) - 25);
    ASSERT_EQ(expected, static_cast<double>(value)) << std::hex << bits;
    ASSERT_EQ(std::signbit(expected), std::signbit(value)) << std::hex << bits;
    ASSERT_EQ(half, FloatToHalf(value)) << std::hex << bits;  // the way back, for the masks the tests make
  }
  EXPECT_EQ(0x7C00u, FloatToHalf(65520.0f));  // halfway to 2^16: rounds up to inf
  EXPECT_EQ(0x7BFFu, FloatToHalf(65519.0f));
  EXPECT_EQ(0xFC00u, FloatToHalf(-1.0e9f));
  EXPECT_EQ(0x0000u, FloatToHalf(0x1p-26f));  // below half of the smallest subnormal: 0 (tie to even at 2^-25)
  EXPECT_EQ(0x0001u, FloatToHalf(0x1.8p-25f));
}

// ---- every combination of options ----------------------------------------------------------------

struct Combination {
  smax_algorithm algorithm;
  uint32_t flags;
  int mask_type;
  bool scaled;
};

std::vector<Combination> AllCombinations() {
  std::vector<Combination> combinations;
  const uint32_t all = SMAX_OPTION_LOG_SOFTMAX | SMAX_OPTION_ZERO_MASKED_ROWS | SMAX_OPTION_SLOPES | SMAX_OPTION_SINKS |
                       SMAX_OPTION_LOGSUMEXP;
  for (smax_algorithm algorithm : kAllAlgorithms) {
    for (uint32_t flags = 0; flags <= all; flags++) {
      if ((flags & ~all) != 0) continue;
      for (int mask_type : {smax_mask_type_none, smax_mask_type_f32, smax_mask_type_f16}) {
        if ((flags & SMAX_OPTION_SLOPES) && mask_type == smax_mask_type_none) continue;  // invalid: slopes scale a mask
        for (bool scaled : {false, true}) combinations.push_back({algorithm, flags, mask_type, scaled});
      }
    }
  }
  return combinations;
}

// Rows of 1 to 5 elements are auto's scalar path; the longer ones cross kernel tiles and reload's
// 2048-element blocks. Rows of more than 65536 elements: options-split-row-test.cc.
const std::vector<size_t> kCombinationLengths =
    QuickMode() ? std::vector<size_t>{1, 2, 3, 5, 17, 33, 129, 515}
                : std::vector<size_t>{1,  2,  3,  4,  5,  6,  7,   8,   9,   15,  16,   17,
                                      31, 32, 33, 63, 64, 65, 100, 255, 256, 257, 1001, 4099};

// Row ranges, chosen by row: ordinary logits, logits far from 0, a wide range, and logits of a few
// thousand, where the last bit of z moves an output by 1e-4 (a fused multiply-add shows).
const float kRanges[][2] = {{-10.0f, 10.0f}, {80.0f, 100.0f}, {-30.0f, 0.0f}, {2000.0f, 2030.0f}, {-1.0e4f, 1.0e4f}};

void FillRandom(OptionsProblem& problem, std::mt19937& rng, size_t variant) {
  const size_t n = problem.channels();
  for (size_t r = 0; r < problem.batch(); r++) {
    const float* range = kRanges[(r + variant) % 5];
    std::uniform_real_distribution<float> value(range[0], range[1]);
    for (size_t c = 0; c < n; c++) problem.x(r, c) = value(rng);
  }
  if (problem.config().has_mask()) {
    std::uniform_real_distribution<float> small(-4.0f, 4.0f), wide(-20.0f, 20.0f), unit(0.0f, 1.0f);
    for (size_t m = 0; m < problem.MaskRowCount(); m++) {
      for (size_t c = 0; c < n; c++) {
        float entry = 0.0f;
        switch (m % 4) {
          case 0:  // additive values, then -inf past a causal boundary
            entry = c > m * 7 + n / 2 ? -kInf : small(rng);
            break;
          case 1:  // zeros with scattered -inf
            entry = unit(rng) < 0.1f ? -kInf : 0.0f;
            break;
          case 2:
            entry = wide(rng);
            break;
          case 3:  // fully masked (unless the row's sink is finite)
            entry = -kInf;
            break;
        }
        problem.set_mask(m, c, entry);
      }
    }
  }
  std::uniform_real_distribution<float> slope(0.0625f, 2.0f), sink(-5.0f, 5.0f), high_sink(-5.0f, 105.0f);
  // Every value is drawn whether or not the options use it, so that problems that differ only in their
  // options hold the same data (OptionsBitwise compares them bit for bit).
  for (size_t g = 0; g < problem.Groups(); g++) {
    const float group_slope = slope(rng);
    const float group_sink = g % 3 == 0 ? sink(rng) : g % 3 == 1 ? -kInf : high_sink(rng);
    if (problem.config().has_slopes()) problem.slope(g) = group_slope;
    if (problem.config().has_sinks()) problem.sink(g) = group_sink;
  }
}

class OptionCombinations : public ::testing::TestWithParam<Combination> {};

TEST_P(OptionCombinations, random_rows) {
  const Combination& combination = GetParam();
  OptionsConfig config;
  config.algorithm = combination.algorithm;
  config.flags = combination.flags;
  config.mask_type = combination.mask_type;
  if (LogWithReload(config)) {
    // three_pass_reload's statistics pass overwrites the output: no log-softmax.
    const smax_softmax_options options = config.Api();
    static int dummy;
    smax_operator_t op = reinterpret_cast<smax_operator_t>(&dummy);
    EXPECT_EQ(smax_status_unsupported_parameter, smax_create_softmax_nc_f32_ex(config.algorithm, 0, &options, &op));
    EXPECT_EQ(reinterpret_cast<smax_operator_t>(&dummy), op) << "*op_out changed on failure";
    return;
  }
  const float kScales[] = {0.08838835f, 0.3f, 2.5f};  // 1/sqrt(128): attention's scale
  const size_t kGroupRows[] = {2, 3, 1, 8};
  for (size_t l = 0; l < kCombinationLengths.size(); l++) {
    // Under emulation the scaled and unscaled tests of a combination share the lengths out.
    if (QuickMode() && (l + combination.scaled) % 2 != 0) continue;
    const size_t n = kCombinationLengths[l];
    config.scale = combination.scaled ? kScales[l % 3] : 1.0f;
    config.group_rows = kGroupRows[l % 4];
    OptionsShape shape;
    shape.channels = n;
    shape.batch = 7;
    shape.input_stride = n + l % 3;
    shape.output_stride = n + (l + 1) % 2;
    switch (l % 3) {
      case 0:  // one mask row per row
        shape.mask_stride = n;
        break;
      case 1:  // one mask row for every row (a repeat period changes nothing then)
        shape.mask_stride = 0;
        shape.mask_rows = l % 2 == 0 ? 2 : 0;
        break;
      case 2:  // a longer stride (NaN in the gaps), repeating after 5 rows (rows 5 and 6 use mask rows 0
               // and 1), or after 9, more than the batch
        shape.mask_stride = n + 3;
        shape.mask_rows = l % 2 == 0 ? 5 : 9;
        break;
    }
    OptionsProblem problem(config, shape);
    std::mt19937 rng(static_cast<uint32_t>(n * 1000003u + combination.flags * 131u + combination.mask_type));
    FillRandom(problem, rng, l);
    RunAndCheck(problem, l % 2, l % 5 == 0 || l + 1 == kCombinationLengths.size());
    if (::testing::Test::HasFailure()) return;
  }
}

INSTANTIATE_TEST_SUITE_P(All, OptionCombinations, ::testing::ValuesIn(AllCombinations()),
                         [](const ::testing::TestParamInfo<Combination>& info) {
                           return std::string(AlgorithmName(info.param.algorithm)) + "_" +
                                  OptionFlagsName(info.param.flags) + "_" + MaskTypeName(info.param.mask_type) +
                                  (info.param.scaled ? "_scaled" : "_scale1");
                         });

// ---- special values --------------------------------------------------------------------------------

using Rng = std::mt19937;

// Fills one special row: x[0..n), its mask row m[0..n) (stored as f32 or rounded to f16), its slope and
// sink; `pos` is where the special entry goes.
using SpecialFill = void (*)(float* x, float* m, float& slope, float& sink, size_t n, size_t pos, Rng& rng);

constexpr uint32_t kNeedsMask = 1u << 16;  // on top of SMAX_OPTION_SLOPES, SMAX_OPTION_SINKS

struct SpecialCase {
  const char* name;
  size_t min_length;
  RowKind expect;      // what the reference must also say of the three special rows
  uint32_t needs;      // kNeedsMask, SMAX_OPTION_SLOPES, SMAX_OPTION_SINKS
  bool f32_mask_only;  // mask values that a half cannot hold
  float scale;
  SpecialFill fill;
};

void Uniform(float* row, size_t n, float min, float max, Rng& rng) {
  std::uniform_real_distribution<float> value(min, max);
  for (size_t i = 0; i < n; i++) row[i] = value(rng);
}

void Constant(float* row, size_t n, float value) {
  std::fill(row, row + n, value);
}

const uint32_t kMask = kNeedsMask;
const uint32_t kSlopes = kNeedsMask | SMAX_OPTION_SLOPES;
const uint32_t kSinks = SMAX_OPTION_SINKS;
const uint32_t kMaskSinks = kNeedsMask | SMAX_OPTION_SINKS;

const SpecialCase kSpecialCases[] = {
    // Masks with -inf: exactly 0 (log-softmax: -inf) where z is -inf.
    {"mask_neg_inf_one", 2, RowKind::kFinite, kMask, false, 1.0f,
     [](float* x, float* m, float&, float&, size_t n, size_t pos, Rng& rng) {
       Uniform(x, n, -10.0f, 10.0f, rng);
       Uniform(m, n, -2.0f, 2.0f, rng);
       m[pos] = -kInf;
     }},
    {"mask_neg_inf_all_but_one", 1, RowKind::kFinite, kMask, false, 1.0f,
     [](float* x, float* m, float&, float&, size_t n, size_t pos, Rng& rng) {
       Uniform(x, n, -10.0f, 10.0f, rng);
       Constant(m, n, -kInf);
       m[pos] = 0.0f;
     }},
    {"mask_causal_tail", 1, RowKind::kFinite, kSlopes, false, 0.125f,
     [](float* x, float* m, float& slope, float&, size_t n, size_t pos, Rng& rng) {
       Uniform(x, n, -10.0f, 10.0f, rng);
       for (size_t i = 0; i < n; i++) m[i] = i > pos ? -kInf : -static_cast<float>(pos - i);  // ALiBi distances
       slope = 0.25f;
     }},
    {"mask_minus1e9_tail", 1, RowKind::kFinite, kMask, true, 1.0f,
     [](float* x, float* m, float&, float&, size_t n, size_t pos, Rng& rng) {
       Uniform(x, n, -5.0f, 5.0f, rng);
       for (size_t i = 0; i < n; i++) m[i] = i > pos ? -1.0e9f : 0.0f;
     }},
    {"mask_half_extremes", 1, RowKind::kFinite, kMask, false, 1.0f,  // -65504, subnormal halves, -0
     [](float* x, float* m, float&, float&, size_t n, size_t pos, Rng& rng) {
       Uniform(x, n, -10.0f, 10.0f, rng);
       const float values[] = {-65504.0f, 0x1p-24f, -0x1p-24f, 0x1.ff8p-15f, -0.0f, 1.0f};
       for (size_t i = 0; i < n; i++) m[i] = values[i % 6];
       m[pos] = -65504.0f;
     }},
    {"mask_lifts_one_above_all", 1, RowKind::kFinite, kMask, false, 1.0f,
     [](float* x, float* m, float&, float&, size_t n, size_t pos, Rng& rng) {
       Uniform(x, n, -10.0f, 10.0f, rng);
       Constant(m, n, 0.0f);
       m[pos] = 1000.0f;
     }},
    {"slope_zero_finite_mask", 1, RowKind::kFinite, kSlopes, false, 1.0f,
     [](float* x, float* m, float& slope, float&, size_t n, size_t, Rng& rng) {
       Uniform(x, n, -10.0f, 10.0f, rng);
       Uniform(m, n, -100.0f, 100.0f, rng);
       slope = 0.0f;
     }},
    {"slope_negative_finite_mask", 1, RowKind::kFinite, kSlopes, false, 1.0f,
     [](float* x, float* m, float& slope, float&, size_t n, size_t, Rng& rng) {
       Uniform(x, n, -10.0f, 10.0f, rng);
       Uniform(m, n, -8.0f, 0.0f, rng);
       slope = -1.5f;
     }},
    {"x_neg_inf_one_with_mask", 2, RowKind::kFinite, kMask, false, 1.0f,
     [](float* x, float* m, float&, float&, size_t n, size_t pos, Rng& rng) {
       Uniform(x, n, -10.0f, 10.0f, rng);
       Uniform(m, n, -1.0f, 1.0f, rng);
       x[pos] = -kInf;
     }},

    // Sinks.
    {"sink_above_every_logit", 1, RowKind::kFinite, kSinks, false, 1.0f,  // outputs near e^-50: small outputs
     [](float* x, float*, float&, float& sink, size_t n, size_t, Rng& rng) {
       Uniform(x, n, -10.0f, 10.0f, rng);
       sink = 60.0f;
     }},
    {"sink_far_above_every_logit", 1, RowKind::kFinite, kSinks, false, 1.0f,  // outputs below 1e-30
     [](float* x, float*, float&, float& sink, size_t n, size_t, Rng& rng) {
       Uniform(x, n, -10.0f, 10.0f, rng);
       sink = 200.0f;
     }},
    {"sink_equal_to_max", 1, RowKind::kFinite, kSinks, false, 1.0f,
     [](float* x, float*, float&, float& sink, size_t n, size_t pos, Rng& rng) {
       Uniform(x, n, -10.0f, 10.0f, rng);
       x[pos] = 12.0f;
       sink = 12.0f;
     }},
    {"sink_far_below", 1, RowKind::kFinite, kSinks, false, 1.0f,
     [](float* x, float*, float&, float& sink, size_t n, size_t, Rng& rng) {
       Uniform(x, n, -10.0f, 10.0f, rng);
       sink = -200.0f;
     }},
    {"sink_neg_inf", 1, RowKind::kFinite, kSinks, false, 1.0f,
     [](float* x, float*, float&, float& sink, size_t n, size_t, Rng& rng) {
       Uniform(x, n, -10.0f, 10.0f, rng);
       sink = -kInf;
     }},
    {"sink_with_huge_logits", 1, RowKind::kFinite, kSinks, false, 1.0f,
     [](float* x, float*, float&, float& sink, size_t n, size_t, Rng& rng) {
       Uniform(x, n, 1.0e30f, 1.0e30f, rng);
       sink = 1.0e30f;
     }},
    {"sink_keeps_masked_row_finite", 1, RowKind::kFinite, kMaskSinks, false, 1.0f,  // zeros, lse = sink
     [](float* x, float* m, float&, float& sink, size_t n, size_t, Rng& rng) {
       Uniform(x, n, -10.0f, 10.0f, rng);
       Constant(m, n, -kInf);
       sink = 3.0f;
     }},

    // Scale.
    {"scale_huge_products_finite", 1, RowKind::kFinite, 0, false, 1.0e7f,  // z up to 1e37
     [](float* x, float*, float&, float&, size_t n, size_t, Rng& rng) { Uniform(x, n, -1.0e30f, 1.0e30f, rng); }},
    {"scale_product_overflows_to_neg_inf", 2, RowKind::kFinite, 0, false, 100.0f,  // fl(100 * -1e38) = -inf: 0
     [](float* x, float*, float&, float&, size_t n, size_t pos, Rng& rng) {
       Uniform(x, n, -0.1f, 0.1f, rng);
       x[pos] = -1.0e38f;
     }},
    {"scale_tiny", 1, RowKind::kFinite, 0, false, 1.0e-3f,
     [](float* x, float*, float&, float&, size_t n, size_t, Rng& rng) { Uniform(x, n, 9.0e3f, 1.1e4f, rng); }},
    {"rows_spanning_flt_max", 2, RowKind::kFinite, 0, false, 1.0f,  // log-softmax of -FLT_MAX: below float's range
     [](float* x, float*, float&, float&, size_t n, size_t pos, Rng&) {
       for (size_t i = 0; i < n; i++) x[i] = ((i ^ pos) & 1) ? -FLT_MAX : FLT_MAX;
     }},
    // A subnormal slope reads as 0 (the operator runs with denormals off; smax.h): on a -inf mask entry
    // it gives NaN, as a slope of 0 does; on finite entries z = fl(scale * x). Subnormal scales are
    // invalid (operator-invalid-args-test).
    {"slope_subnormal_times_neg_inf", 1, RowKind::kNaN, kSlopes, false, 1.0f,
     [](float* x, float* m, float& slope, float&, size_t n, size_t pos, Rng& rng) {
       Uniform(x, n, -10.0f, 10.0f, rng);
       Uniform(m, n, -1.0f, 1.0f, rng);
       m[pos] = -kInf;
       slope = 0x1p-149f;
     }},
    {"slope_subnormal_finite_mask", 1, RowKind::kFinite, kSlopes, false, 1.0f,
     [](float* x, float* m, float& slope, float&, size_t n, size_t, Rng& rng) {
       Uniform(x, n, -10.0f, 10.0f, rng);
       Uniform(m, n, -100.0f, 100.0f, rng);
       slope = -0x1p-130f;
     }},
    {"scale_flt_min", 1, RowKind::kFinite, 0, false, FLT_MIN,  // z = FLT_MIN * x in [-1.2, 1.2]
     [](float* x, float*, float&, float&, size_t n, size_t, Rng& rng) { Uniform(x, n, -1.0e38f, 1.0e38f, rng); }},
    {"scale_equal_logits_1e8", 1, RowKind::kFinite, 0, false, 1.0f,  // log-softmax: -log(n) within the bound
     [](float* x, float*, float&, float&, size_t n, size_t, Rng&) { Constant(x, n, 1.0e8f); }},
    {"equal_logits_1e8_with_mask", 1, RowKind::kFinite, kMask, false, 0.5f,
     [](float* x, float* m, float&, float&, size_t n, size_t, Rng&) {
       Constant(x, n, 2.0e8f);
       Constant(m, n, 0.0f);
     }},
    {"equal_logits_1e30", 1, RowKind::kFinite, 0, false, 1.0f,
     [](float* x, float*, float&, float&, size_t n, size_t, Rng&) { Constant(x, n, 1.0e30f); }},
    {"equal_logits_minus1e30_with_sink", 1, RowKind::kFinite, kSinks, false, 1.0f,
     [](float* x, float*, float&, float& sink, size_t n, size_t, Rng&) {
       Constant(x, n, -1.0e30f);
       sink = -1.0e30f;
     }},

    // NaN rows: a NaN or a +inf in z or the sink.
    {"x_nan_one", 1, RowKind::kNaN, kMask, false, 1.0f,
     [](float* x, float* m, float&, float&, size_t n, size_t pos, Rng& rng) {
       Uniform(x, n, -10.0f, 10.0f, rng);
       Constant(m, n, 0.0f);
       x[pos] = kNaN;
     }},
    {"x_pos_inf_one", 1, RowKind::kNaN, kSinks, false, 0.5f,
     [](float* x, float*, float&, float&, size_t n, size_t pos, Rng& rng) {
       Uniform(x, n, -10.0f, 10.0f, rng);
       x[pos] = kInf;
     }},
    {"x_pos_inf_masked_by_neg_inf", 1, RowKind::kNaN, kMask, false, 1.0f,  // inf + -inf = NaN
     [](float* x, float* m, float&, float&, size_t n, size_t pos, Rng& rng) {
       Uniform(x, n, -10.0f, 10.0f, rng);
       Constant(m, n, 0.0f);
       x[pos] = kInf;
       m[pos] = -kInf;
     }},
    {"mask_nan_one", 1, RowKind::kNaN, kMask, false, 1.0f,
     [](float* x, float* m, float&, float&, size_t n, size_t pos, Rng& rng) {
       Uniform(x, n, -10.0f, 10.0f, rng);
       Uniform(m, n, -1.0f, 1.0f, rng);
       m[pos] = kNaN;
     }},
    {"mask_nan_in_masked_row", 1, RowKind::kNaN, kMask, false, 1.0f,
     [](float* x, float* m, float&, float&, size_t n, size_t pos, Rng& rng) {
       Uniform(x, n, -10.0f, 10.0f, rng);
       Constant(m, n, -kInf);
       m[pos] = kNaN;
     }},
    {"mask_pos_inf_one", 1, RowKind::kNaN, kMask, false, 1.0f,
     [](float* x, float* m, float&, float&, size_t n, size_t pos, Rng& rng) {
       Uniform(x, n, -10.0f, 10.0f, rng);
       Constant(m, n, 0.0f);
       m[pos] = kInf;
     }},
    {"slope_zero_times_neg_inf", 1, RowKind::kNaN, kSlopes, false, 1.0f,  // 0 * -inf = NaN
     [](float* x, float* m, float& slope, float&, size_t n, size_t pos, Rng& rng) {
       Uniform(x, n, -10.0f, 10.0f, rng);
       Constant(m, n, 0.0f);
       m[pos] = -kInf;
       slope = 0.0f;
     }},
    {"slope_negative_times_neg_inf", 1, RowKind::kNaN, kSlopes, false, 1.0f,  // -2 * -inf = +inf
     [](float* x, float* m, float& slope, float&, size_t n, size_t pos, Rng& rng) {
       Uniform(x, n, -10.0f, 10.0f, rng);
       Constant(m, n, 0.0f);
       m[pos] = -kInf;
       slope = -2.0f;
     }},
    {"slope_nan", 1, RowKind::kNaN, kSlopes, false, 1.0f,
     [](float* x, float* m, float& slope, float&, size_t n, size_t, Rng& rng) {
       Uniform(x, n, -10.0f, 10.0f, rng);
       Constant(m, n, 0.0f);
       slope = kNaN;
     }},
    {"sink_nan", 1, RowKind::kNaN, kSinks, false, 1.0f,
     [](float* x, float*, float&, float& sink, size_t n, size_t, Rng& rng) {
       Uniform(x, n, -10.0f, 10.0f, rng);
       sink = kNaN;
     }},
    {"sink_pos_inf", 1, RowKind::kNaN, kSinks, false, 1.0f,
     [](float* x, float*, float&, float& sink, size_t n, size_t, Rng& rng) {
       Uniform(x, n, -10.0f, 10.0f, rng);
       sink = kInf;
     }},
    {"sink_nan_in_masked_row", 1, RowKind::kNaN, kMaskSinks, false, 1.0f,
     [](float* x, float* m, float&, float& sink, size_t n, size_t, Rng& rng) {
       Uniform(x, n, -10.0f, 10.0f, rng);
       Constant(m, n, -kInf);
       sink = kNaN;
     }},
    {"scale_product_overflows_to_pos_inf", 1, RowKind::kNaN, 0, false, 100.0f,  // fl(100 * 1e38) = +inf
     [](float* x, float*, float&, float&, size_t n, size_t pos, Rng& rng) {
       Uniform(x, n, -0.1f, 0.1f, rng);
       x[pos] = 1.0e38f;
     }},
    {"scale_overflow_plus_neg_inf_mask", 1, RowKind::kNaN, kMask, false, 10.0f,  // +inf + -inf
     [](float* x, float* m, float&, float&, size_t n, size_t pos, Rng& rng) {
       Uniform(x, n, -1.0f, 1.0f, rng);
       Constant(m, n, 0.0f);
       x[pos] = FLT_MAX;
       m[pos] = -kInf;
     }},

    // Fully masked rows: every z and the sink -inf.
    {"mask_all_neg_inf", 1, RowKind::kFullyMasked, kSlopes, false, 1.0f,
     [](float* x, float* m, float& slope, float&, size_t n, size_t, Rng& rng) {
       Uniform(x, n, -10.0f, 10.0f, rng);
       Constant(m, n, -kInf);
       slope = 0.5f;
     }},
    {"mask_all_neg_inf_sink_neg_inf", 1, RowKind::kFullyMasked, kMaskSinks, false, 1.0f,
     [](float* x, float* m, float&, float& sink, size_t n, size_t, Rng& rng) {
       Uniform(x, n, -10.0f, 10.0f, rng);
       Constant(m, n, -kInf);
       sink = -kInf;
     }},
    {"x_all_neg_inf", 1, RowKind::kFullyMasked, kMask, false, 1.0f,
     [](float* x, float* m, float&, float&, size_t n, size_t, Rng& rng) {
       Constant(x, n, -kInf);
       Uniform(m, n, -1.0f, 1.0f, rng);
     }},
    {"scale_products_all_overflow_to_neg_inf", 1, RowKind::kFullyMasked, 0, false, 100.0f,
     [](float* x, float*, float&, float&, size_t n, size_t, Rng& rng) { Uniform(x, n, -FLT_MAX, -1.0e37f, rng); }},
    {"mask_half_min_on_neg_flt_max", 1, RowKind::kFinite, kMask, false, 1.0f,  // fl(-FLT_MAX - 65504) = -FLT_MAX
     [](float* x, float* m, float&, float&, size_t n, size_t pos, Rng&) {
       Constant(x, n, -FLT_MAX);
       Constant(m, n, -kInf);
       m[pos] = -65504.0f;
     }},
};
const size_t kNumSpecialCases = sizeof(kSpecialCases) / sizeof(kSpecialCases[0]);

const std::vector<size_t> kSpecialLengths =
    QuickMode() ? std::vector<size_t>{1, 2, 3, 5, 17, 33, 515}
                : std::vector<size_t>{1, 2, 3, 4, 5, 7, 8, 9, 16, 17, 31, 33, 64, 65, 129, 257, 1001, 4099};

// (algorithm, index into kSpecialCases, mask type): each case with a mask runs with f32 and (unless its
// values need a float) f16 masks, as tests of their own (names end in _f32mask, _f16mask).
using SpecialParam = std::tuple<smax_algorithm, size_t, int>;

std::vector<SpecialParam> AllSpecialParams() {
  std::vector<SpecialParam> params;
  for (smax_algorithm algorithm : kAllAlgorithms) {
    for (size_t c = 0; c < kNumSpecialCases; c++) {
      if (!(kSpecialCases[c].needs & kNeedsMask)) {
        params.emplace_back(algorithm, c, smax_mask_type_none);
        continue;
      }
      params.emplace_back(algorithm, c, smax_mask_type_f32);
      if (!kSpecialCases[c].f32_mask_only) params.emplace_back(algorithm, c, smax_mask_type_f16);
    }
  }
  return params;
}

class OptionSpecialValues : public ::testing::TestWithParam<SpecialParam> {};

// Rows of one batch: normal, special at the start, middle and end, normal; one group per row.
constexpr size_t kSpecialBatch = 5;

TEST_P(OptionSpecialValues, all_lengths_and_positions) {
  const smax_algorithm algorithm = std::get<0>(GetParam());
  const SpecialCase& special = kSpecialCases[std::get<1>(GetParam())];
  const int mask_type = std::get<2>(GetParam());
  size_t special_rows = 0;
  for (uint32_t variant : {UINT32_C(0), SMAX_OPTION_LOG_SOFTMAX, SMAX_OPTION_ZERO_MASKED_ROWS,
                           SMAX_OPTION_LOG_SOFTMAX | SMAX_OPTION_ZERO_MASKED_ROWS}) {
    // Under emulation rows that are not fully masked run softmax with the masked-row flag and
    // log-softmax without it (the flag must change nothing there); fully masked rows run all four.
    const bool flag_matters = special.expect == RowKind::kFullyMasked;
    if (QuickMode() && !flag_matters && variant != SMAX_OPTION_ZERO_MASKED_ROWS && variant != SMAX_OPTION_LOG_SOFTMAX) {
      continue;
    }
    OptionsConfig config;
    config.algorithm = algorithm;
    config.flags = variant | SMAX_OPTION_LOGSUMEXP | (special.needs & (SMAX_OPTION_SLOPES | SMAX_OPTION_SINKS));
    config.mask_type = mask_type;
    config.scale = special.scale;
    config.group_rows = 1;
    if (LogWithReload(config)) continue;  // refused: OptionCombinations
    for (size_t n : kSpecialLengths) {
      if (n < special.min_length) continue;
      OptionsShape shape;
      shape.channels = n;
      shape.batch = kSpecialBatch;
      shape.input_stride = n + 1;
      shape.output_stride = n + 2;
      shape.mask_stride = n + 1;
      OptionsProblem problem(config, shape);
      Rng rng(static_cast<uint32_t>(n * 7919 + std::get<1>(GetParam())));
      std::vector<float> m(n);
      for (size_t r = 0; r < kSpecialBatch; r++) {
        float slope = 1.0f;
        float sink = 0.0f;
        const bool is_special = r >= 1 && r <= 3;
        if (is_special) {
          const size_t pos = r == 1 ? 0 : r == 2 ? n / 2 : n - 1;
          special.fill(problem.row(r), m.data(), slope, sink, n, pos, rng);
        } else {
          Uniform(problem.row(r), n, -10.0f, 10.0f, rng);
          Uniform(m.data(), n, -1.0f, 1.0f, rng);
        }
        if (config.has_mask()) {
          for (size_t c = 0; c < n; c++) problem.set_mask(r, c, m[c]);
        }
        if (config.has_slopes()) problem.slope(r) = slope;
        if (config.has_sinks()) problem.sink(r) = sink;
      }
      SCOPED_TRACE(std::string(special.name) + ", n=" + std::to_string(n));
      // The table must agree with the reference.
      std::vector<float> z;
      for (size_t r = 1; r <= 3; r++) {
        problem.Z(r, &z);
        const RowKind kind = MakeReferenceRow(z.data(), n, problem.SinkOf(r)).kind;
        ASSERT_EQ(RowKindName(special.expect), std::string(RowKindName(kind)))
            << "the table disagrees with the reference, row " << r;
        special_rows++;
      }
      RunAndCheck(problem, 1, n == 1 || n == 33 || n == kSpecialLengths.back());
      if (::testing::Test::HasFailure()) return;
    }
  }
  EXPECT_GT(special_rows, 0u);
}

INSTANTIATE_TEST_SUITE_P(All, OptionSpecialValues, ::testing::ValuesIn(AllSpecialParams()),
                         [](const ::testing::TestParamInfo<SpecialParam>& info) {
                           const int mask_type = std::get<2>(info.param);
                           return std::string(AlgorithmName(std::get<0>(info.param))) + "_" +
                                  kSpecialCases[std::get<1>(info.param)].name +
                                  (mask_type == smax_mask_type_none ? "" : std::string("_") + MaskTypeName(mask_type));
                         });

// Log-softmax of n equal logits is -log(n) whatever their magnitude (MLX computes z - logsumexp
// against a rounded float logsumexp, which at 1e8 is off by up to 4). Spelled out, beyond the table.
TEST(OptionsEqualLogits, log_softmax_is_minus_log_n) {
  for (smax_algorithm algorithm : kAllAlgorithms) {
    if (algorithm == smax_algorithm_three_pass_reload) continue;
    for (float value : {1.0e8f, -1.0e8f, 1.0e30f, 3.0e38f, 1.0e4f}) {
      for (size_t n : {size_t(1), size_t(2), size_t(3), size_t(7), size_t(1000), size_t(4096), size_t(65537)}) {
        if (QuickMode() && n > 4096) continue;
        SCOPED_TRACE(std::string(AlgorithmName(algorithm)) + " value " + DescribeFloat(value) + " n " +
                     std::to_string(n));
        std::vector<float> x(n, value), y(n), lse(1);
        const smax_softmax_options options = {SMAX_OPTION_LOG_SOFTMAX | SMAX_OPTION_LOGSUMEXP, 1.0f,
                                              smax_mask_type_none, 1};
        OperatorHandle op;
        ASSERT_EQ(smax_status_success, smax_create_softmax_nc_f32_ex(algorithm, 0, &options, op.out()));
        ASSERT_EQ(smax_status_success, smax_reshape_softmax_nc_f32(op.get(), n, n, n, 1, nullptr));
        smax_softmax_tensors tensors = {};
        tensors.logsumexp = lse.data();
        ASSERT_EQ(smax_status_success, smax_setup_softmax_nc_f32_ex(op.get(), x.data(), y.data(), &tensors));
        ASSERT_EQ(smax_status_success, smax_run_operator(op.get(), nullptr));
        const double expected = -std::log(static_cast<double>(n));
        for (size_t i = 0; i < n; i++) {
          ASSERT_LE(std::abs(y[i] - expected), LogBound(expected)) << "index " << i << ": y=" << DescribeFloat(y[i]);
        }
        const double expected_lse = static_cast<double>(value) + std::log(static_cast<double>(n));
        EXPECT_LE(std::abs(lse[0] - expected_lse), LogBound(expected_lse)) << "lse=" << DescribeFloat(lse[0]);
      }
    }
  }
}

// ---- bit-for-bit properties --------------------------------------------------------------------------

// Runs a problem with a NULL pool and returns its values (rows, then logsumexps).
std::vector<float> ValuesOf(const OptionsProblem& problem) {
  OptionsRun run;
  RunOptionsProblem(problem, RunSpec(), &run);
  return run.Values(problem.batch(), problem.channels());
}

// A problem with the given options and random data (FillRandom), every sink -inf when it has sinks.
OptionsProblem NoSinkProblem(const OptionsConfig& config, size_t n, uint32_t seed) {
  OptionsShape shape;
  shape.channels = n;
  shape.batch = n > 4096 ? 2 : 5;  // long rows: chunks merged with the sink; fewer of them
  shape.mask_stride = n;
  OptionsProblem problem(config, shape);
  std::mt19937 rng(seed);
  FillRandom(problem, rng, seed % 5);
  if (config.has_sinks()) {
    for (size_t g = 0; g < problem.Groups(); g++) problem.sink(g) = -kInf;
  }
  return problem;
}

// "A sink of -inf is no sink: the results are those of plain softmax, bit for bit."
TEST(OptionsBitwise, sink_of_neg_inf_is_no_sink) {
  for (smax_algorithm algorithm : kAllAlgorithms) {
    for (uint32_t flags : {UINT32_C(0), SMAX_OPTION_LOGSUMEXP, SMAX_OPTION_LOG_SOFTMAX | SMAX_OPTION_LOGSUMEXP,
                           SMAX_OPTION_ZERO_MASKED_ROWS | SMAX_OPTION_SLOPES,
                           SMAX_OPTION_LOG_SOFTMAX | SMAX_OPTION_SLOPES | SMAX_OPTION_LOGSUMEXP}) {
      for (int mask_type : {smax_mask_type_none, smax_mask_type_f32, smax_mask_type_f16}) {
        OptionsConfig config;
        config.algorithm = algorithm;
        config.flags = flags;
        config.mask_type = mask_type;
        config.group_rows = 2;
        config.scale = mask_type == smax_mask_type_f16 ? 0.25f : 1.0f;
        if (LogWithReload(config) || (config.has_slopes() && !config.has_mask())) continue;
        for (size_t n : {size_t(1), size_t(4), size_t(5), size_t(33), size_t(1001), size_t(70000)}) {
          if (n > 1001 && (QuickMode() || mask_type == smax_mask_type_f16)) continue;
          SCOPED_TRACE(config.Describe() + " n=" + std::to_string(n));
          const OptionsProblem without = NoSinkProblem(config, n, static_cast<uint32_t>(n + flags));
          OptionsConfig with_config = config;
          with_config.flags |= SMAX_OPTION_SINKS;
          const OptionsProblem with = NoSinkProblem(with_config, n, static_cast<uint32_t>(n + flags));
          const std::vector<float> expected = ValuesOf(without);
          ASSERT_FALSE(::testing::Test::HasFatalFailure());
          const size_t batch = without.batch();
          ASSERT_TRUE(ExpectSameValues(expected, ValuesOf(with), batch, n, "sinks of -inf against no sinks"));
          if (flags == 0 && mask_type == smax_mask_type_none) {
            // Against the plain operator.
            std::vector<float> plain(batch * n);
            ASSERT_EQ(smax_status_success,
                      smax_run_softmax_nc_f32(n, n, n, batch, without.input().data() + OptionsProblem::kGuard,
                                              plain.data(), algorithm, 0, nullptr));
            ASSERT_TRUE(ExpectSameValues(plain, expected, batch, n, "plain softmax against sinks of -inf"));
          }
        }
      }
    }
  }
}

// "With options NULL, or all options off (flags 0, scale 1, no mask), it is smax_create_softmax_nc_f32";
// an operator whose options call for no tensor may be set up with smax_setup_softmax_nc_f32.
TEST(OptionsBitwise, options_off_is_plain_softmax) {
  for (smax_algorithm algorithm : kAllAlgorithms) {
    for (size_t n : {size_t(1), size_t(3), size_t(5), size_t(64), size_t(1001), size_t(70000)}) {
      if (QuickMode() && n > 1001) continue;
      SCOPED_TRACE(std::string(AlgorithmName(algorithm)) + " n=" + std::to_string(n));
      const size_t batch = 3;
      std::vector<float> x(batch * n);
      std::mt19937 rng(static_cast<uint32_t>(n));
      Uniform(x.data(), x.size(), -20.0f, 20.0f, rng);
      x[n / 2] = -kInf;
      std::vector<float> expected(x.size());
      ASSERT_EQ(smax_status_success,
                smax_run_softmax_nc_f32(n, n, n, batch, x.data(), expected.data(), algorithm, 0, nullptr));
      const smax_softmax_options off = {0, 1.0f, smax_mask_type_none, 0};
      const smax_softmax_options off_with_group_rows = {0, 1.0f, smax_mask_type_none, 7};  // ignored
      for (const smax_softmax_options* options :
           {static_cast<const smax_softmax_options*>(nullptr), &off, &off_with_group_rows}) {
        for (bool plain_setup : {false, true}) {
          std::vector<float> y(x.size(), 0.5f);
          OperatorHandle op;
          ASSERT_EQ(smax_status_success,
                    smax_create_softmax_nc_f32_ex(algorithm, SMAX_FLAG_YIELD_WORKERS, options, op.out()));
          ASSERT_EQ(smax_status_success, smax_reshape_softmax_nc_f32(op.get(), n, n, n, batch, SharedThreadPool(2)));
          ASSERT_EQ(smax_status_success, plain_setup
                                             ? smax_setup_softmax_nc_f32(op.get(), x.data(), y.data())
                                             : smax_setup_softmax_nc_f32_ex(op.get(), x.data(), y.data(), nullptr));
          ASSERT_EQ(smax_status_success, smax_run_operator(op.get(), SharedThreadPool(2)));
          ASSERT_TRUE(ExpectSameValues(
              expected, y, batch, n, options == nullptr ? "options NULL against plain" : "options off against plain"));
        }
      }
    }
  }
}

// Options that need no tensor (scale, log-softmax, the masked-row flag): smax_setup_softmax_nc_f32
// and smax_setup_softmax_nc_f32_ex with NULL tensors give the same bits.
TEST(OptionsBitwise, tensor_free_options_with_plain_setup) {
  for (smax_algorithm algorithm : kAllAlgorithms) {
    for (uint32_t flags : {UINT32_C(0), SMAX_OPTION_LOG_SOFTMAX, SMAX_OPTION_ZERO_MASKED_ROWS}) {
      OptionsConfig config;
      config.algorithm = algorithm;
      config.flags = flags;
      config.scale = 0.7f;
      if (LogWithReload(config)) continue;
      const size_t n = 300, batch = 3;
      OptionsShape shape;
      shape.channels = n;
      shape.batch = batch;
      OptionsProblem problem(config, shape);
      std::mt19937 rng(5);
      FillRandom(problem, rng, 0);
      SCOPED_TRACE(config.Describe());
      const std::vector<float> expected = ValuesOf(problem);
      ASSERT_FALSE(::testing::Test::HasFatalFailure());
      std::vector<float> y(batch * n);
      const smax_softmax_options options = config.Api();
      OperatorHandle op;
      ASSERT_EQ(smax_status_success, smax_create_softmax_nc_f32_ex(algorithm, 0, &options, op.out()));
      ASSERT_EQ(smax_status_success, smax_reshape_softmax_nc_f32(op.get(), n, n, n, batch, nullptr));
      ASSERT_EQ(smax_status_success,
                smax_setup_softmax_nc_f32(op.get(), problem.input().data() + OptionsProblem::kGuard, y.data()));
      ASSERT_EQ(smax_status_success, smax_run_operator(op.get(), nullptr));
      ASSERT_TRUE(ExpectSameValues(expected, y, batch, n, "plain setup against setup_ex"));
    }
  }
}

}  // namespace
}  // namespace smax_test
