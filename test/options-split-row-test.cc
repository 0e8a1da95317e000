// Long rows with options: rows longer than 65536 elements are cut into chunks, and a few of them are
// split across threads (include/smax.h, "Thread count"). For every algorithm and a table of option
// sets (log-softmax, scale, f32 and f16 masks broadcast, per row and repeating, slopes, sinks,
// logsumexp, fully masked rows, a NaN in one chunk), 1 to 3 rows of 65537 to 300000 elements give the
// same bits on a NULL pool and on pools of 1, 2, 3 and 4 threads, in place and out of place, within
// the contract. One row of 2^24 (not with SMAX_TEST_QUICK). CI runs this suite once per ISA (SMAX_ISA).
#include <cmath>
#include <cstddef>
#include <cstdint>
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

::testing::Environment* const initialize_environment = ::testing::AddGlobalTestEnvironment(new InitializeEnvironment);

const float kInf = std::numeric_limits<float>::infinity();
const float kNaN = std::numeric_limits<float>::quiet_NaN();

// Waiting workers yield: CI's 2 cores run two suites at once, and workers that spin between runs took
// two thirds of this suite's time (perf) from the reference checks on the main thread. The flag changes
// how workers wait, not what they compute.
uint32_t YieldFlags(size_t threads) {
  return threads > 1 ? SMAX_FLAG_YIELD_WORKERS : 0;
}

using Rng = std::mt19937;

void Uniform(OptionsProblem& problem, size_t r, float min, float max, Rng& rng) {
  std::uniform_real_distribution<float> value(min, max);
  for (size_t c = 0; c < problem.channels(); c++) problem.x(r, c) = value(rng);
}

// One option set and how its rows are filled.
struct LongCase {
  const char* name;
  uint32_t flags;
  int mask_type;
  float scale;
  size_t group_rows;
  size_t mask_stride_extra;  // mask_stride = channels + this; SIZE_MAX: 0 (broadcast)
  size_t mask_rows;
  void (*fill)(OptionsProblem& problem, Rng& rng);
};

// Logits in [-10, 10] around a per-row level, masks in [-4, 4] with a causal tail of -inf, slopes and
// sinks in ordinary ranges.
void FillOrdinary(OptionsProblem& problem, Rng& rng) {
  const size_t n = problem.channels();
  for (size_t r = 0; r < problem.batch(); r++) Uniform(problem, r, -10.0f + 30.0f * r, 10.0f + 30.0f * r, rng);
  std::uniform_real_distribution<float> mask(-4.0f, 4.0f), slope(0.25f, 2.0f), sink(-5.0f, 20.0f);
  if (problem.config().has_mask()) {
    for (size_t m = 0; m < problem.MaskRowCount(); m++) {
      for (size_t c = 0; c < n; c++) problem.set_mask(m, c, c > n - n / (m + 3) ? -kInf : mask(rng));
    }
  }
  for (size_t g = 0; g < problem.Groups(); g++) {
    if (problem.config().has_slopes()) problem.slope(g) = slope(rng);
    if (problem.config().has_sinks()) problem.sink(g) = sink(rng);
  }
}

const uint32_t kLog = SMAX_OPTION_LOG_SOFTMAX;
const uint32_t kZero = SMAX_OPTION_ZERO_MASKED_ROWS;
const uint32_t kSlopes = SMAX_OPTION_SLOPES;
const uint32_t kSinks = SMAX_OPTION_SINKS;
const uint32_t kLse = SMAX_OPTION_LOGSUMEXP;

const LongCase kCases[] = {
    {"log_f16mask_slopes_sinks_lse_scaled", kLog | kSlopes | kSinks | kLse, smax_mask_type_f16, 0.125f, 2, 0, 0,
     FillOrdinary},
    {"softmax_f32mask_broadcast_sinks_lse_zero", kSinks | kLse | kZero, smax_mask_type_f32, 1.0f, 1, SIZE_MAX, 0,
     FillOrdinary},
    {"softmax_f16mask_repeating_slopes_lse", kSlopes | kLse, smax_mask_type_f16, 0.3f, 2, 5, 2, FillOrdinary},
    {"log_scaled_no_mask", kLog, smax_mask_type_none, 2.5f, 1, 0, 0, FillOrdinary},
    {"fully_masked_row_zero", kLog | kZero | kLse, smax_mask_type_f32, 1.0f, 1, 0, 0,
     [](OptionsProblem& problem, Rng& rng) {
       FillOrdinary(problem, rng);
       for (size_t c = 0; c < problem.channels(); c++) problem.set_mask(problem.batch() / 2, c, -kInf);
     }},
    {"fully_masked_row_nan_f16mask", kLse, smax_mask_type_f16, 1.0f, 1, 0, 0,
     [](OptionsProblem& problem, Rng& rng) {
       FillOrdinary(problem, rng);
       for (size_t c = 0; c < problem.channels(); c++) problem.set_mask(problem.batch() / 2, c, -kInf);
     }},
    {"masked_but_last_chunk_with_sink", kSinks | kLse | kZero, smax_mask_type_f32, 1.0f, 1, 0, 0,
     [](OptionsProblem& problem, Rng& rng) {
       FillOrdinary(problem, rng);
       const size_t n = problem.channels();
       for (size_t r = 0; r < problem.batch(); r++) {
         for (size_t c = 0; c < n; c++) problem.set_mask(r, c, c + 1000 < n ? -kInf : 0.0f);
       }
     }},
    {"nan_in_one_chunk", kLse | kSinks, smax_mask_type_f32, 1.0f, 1, 0, 0,
     [](OptionsProblem& problem, Rng& rng) {
       FillOrdinary(problem, rng);
       problem.set_mask(0, problem.channels() * 2 / 3, kNaN);
     }},
    {"sink_above_every_logit_log", kSinks | kLse | kLog, smax_mask_type_none, 1.0f, 3, 0, 0,
     [](OptionsProblem& problem, Rng& rng) {
       FillOrdinary(problem, rng);
       problem.sink(0) = 150.0f;
     }},
    {"log_equal_logits_1e8", kLog | kLse, smax_mask_type_none, 1.0f, 1, 0, 0,
     [](OptionsProblem& problem, Rng&) {
       for (size_t r = 0; r < problem.batch(); r++) {
         for (size_t c = 0; c < problem.channels(); c++) problem.x(r, c) = 1.0e8f;
       }
     }},
};
const size_t kNumCases = sizeof(kCases) / sizeof(kCases[0]);

OptionsProblem MakeProblem(smax_algorithm algorithm, const LongCase& long_case, size_t n, size_t rows) {
  OptionsConfig config;
  config.algorithm = algorithm;
  config.flags = long_case.flags;
  config.mask_type = long_case.mask_type;
  config.scale = long_case.scale;
  config.group_rows = long_case.group_rows;
  OptionsShape shape;
  shape.channels = n;
  shape.batch = rows;
  shape.input_stride = n + 3;
  shape.output_stride = n + 1;
  shape.mask_stride = long_case.mask_stride_extra == SIZE_MAX ? 0 : n + long_case.mask_stride_extra;
  shape.mask_rows = long_case.mask_rows;
  OptionsProblem problem(config, shape);
  Rng rng(static_cast<uint32_t>(n + rows));
  long_case.fill(problem, rng);
  return problem;
}

// (length, rows): a row of one chunk and one element, three rows of a few chunks (whole rows or split,
// depending on the pool), a row of 300000. Under emulation two rows of 70001 (three chunks each).
std::vector<std::pair<size_t, size_t>> Shapes() {
  if (QuickMode()) return {{70001, 2}};
  return {{65537, 1}, {100003, 3}, {300000, 1}};
}

// Under emulation 2 and 3 threads (an even and an uneven split), in place on 3 only.
std::vector<size_t> ThreadCounts() {
  if (QuickMode()) return {2, 3};
  return {1, 2, 3, 4};
}

using Param = std::tuple<smax_algorithm, size_t>;

class OptionsSplitRows : public ::testing::TestWithParam<Param> {};

TEST_P(OptionsSplitRows, same_bits_on_any_thread_count) {
  const smax_algorithm algorithm = std::get<0>(GetParam());
  const LongCase& long_case = kCases[std::get<1>(GetParam())];
  if (algorithm == smax_algorithm_three_pass_reload && (long_case.flags & SMAX_OPTION_LOG_SOFTMAX)) {
    GTEST_SKIP() << "three_pass_reload computes no log-softmax (operator-options-test checks the refusal)";
  }
  for (const auto& shape : Shapes()) {
    const size_t n = shape.first;
    const size_t rows = shape.second;
    SCOPED_TRACE("n=" + std::to_string(n) + " rows=" + std::to_string(rows));
    const OptionsProblem problem = MakeProblem(algorithm, long_case, n, rows);
    SCOPED_TRACE(problem.Describe());
    RunSpec spec;
    OptionsRun serial;
    RunOptionsProblem(problem, spec, &serial);  // NULL pool
    ASSERT_FALSE(::testing::Test::HasFatalFailure());
    ASSERT_EQ(0u, ExpectOptionsRowsWithinContract(problem, serial, nullptr, "NULL threadpool"));
    const std::vector<float> expected = serial.Values(rows, n);
    for (size_t threads : ThreadCounts()) {
      SCOPED_TRACE("threads=" + std::to_string(threads));
      spec.plan_pool = SharedThreadPool(threads);
      spec.run_pool = spec.plan_pool;
      spec.create_flags = YieldFlags(threads);
      for (bool in_place : {false, true}) {
        if (QuickMode() && in_place != (threads == 3)) continue;
        spec.in_place = in_place;
        OptionsRun run;
        RunOptionsProblem(problem, spec, &run);
        ASSERT_FALSE(::testing::Test::HasFatalFailure());
        ASSERT_TRUE(ExpectSameValues(expected, run.Values(rows, n), rows, n,
                                     in_place ? "in place against NULL threadpool" : "against NULL threadpool"));
      }
    }
  }
}

INSTANTIATE_TEST_SUITE_P(All, OptionsSplitRows,
                         ::testing::Combine(::testing::ValuesIn(kAllAlgorithms),
                                            ::testing::Range<size_t>(0, kNumCases)),
                         [](const ::testing::TestParamInfo<Param>& info) {
                           return std::string(AlgorithmName(std::get<0>(info.param))) + "_" +
                                  kCases[std::get<1>(info.param)].name;
                         });

// One row of 2^24 with every option at once (auto, which picks among the algorithms that support
// log-softmax), on 2 threads, against the reference and a NULL pool.
TEST(OptionsLongestRow, every_option_2to24) {
  if (QuickMode()) GTEST_SKIP() << "SMAX_TEST_QUICK: no row of 2^24";
  const size_t n = size_t(1) << 24;
  const LongCase long_case = {"all",       kLog | kSlopes | kSinks | kLse | kZero, smax_mask_type_f16, 0.125f, 1, 0, 0,
                              FillOrdinary};
  const OptionsProblem problem = MakeProblem(smax_algorithm_auto, long_case, n, 1);
  RunSpec spec;
  spec.plan_pool = SharedThreadPool(2);
  spec.run_pool = spec.plan_pool;
  OptionsRun threaded;
  RunOptionsProblem(problem, spec, &threaded);
  ASSERT_FALSE(::testing::Test::HasFatalFailure());
  OptionsErrors errors;
  ASSERT_EQ(0u, ExpectOptionsRowsWithinContract(problem, threaded, &errors, "2 threads"));
  std::printf("  2^24, log-softmax with every option: log err/bound %.3f, lse err/bound %.3f\n", errors.log_ratio,
              errors.lse_ratio);
  OptionsRun serial;
  RunOptionsProblem(problem, RunSpec(), &serial);
  ASSERT_FALSE(::testing::Test::HasFatalFailure());
  ASSERT_TRUE(ExpectSameValues(threaded.Values(1, n), serial.Values(1, n), 1, n, "NULL threadpool against 2 threads"));
}

}  // namespace
}  // namespace smax_test
