// Long rows cut into chunks and split across threads (src/softmax/plan.c and run.c): every algorithm, auto's
// running-max two-pass included, gives the same bits on 1, 2, 3, 4 and 8 threads, in place and out of
// place, on rows whose special values sit in one chunk only; and the results keep the numerics
// contract. CI runs this suite once per ISA (SMAX_ISA) and under ThreadSanitizer.
#include <cmath>
#include <cstddef>
#include <functional>
#include <iterator>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "operator-tester.h"
#include "reference.h"
#include "smax.h"
#include "smax/plan.h"
#include "smax/reload.h"
#include "stages-runner.h"

namespace smax_test {
namespace {

::testing::Environment* const initialize_environment =
    ::testing::AddGlobalTestEnvironment(new InitializeEnvironment);

const float kInf = std::numeric_limits<float>::infinity();
const float kNaN = std::numeric_limits<float>::quiet_NaN();
const size_t kThreadCounts[] = {2, 3, 4, 8};

// Under emulation (SMAX_TEST_QUICK) the rows have 3 chunks, and 4 threads are, like 8, more threads
// than chunks: 2, 3 and 8 threads cover every case there.
std::vector<size_t> ThreadCounts() {
  if (QuickMode()) return {2, 3, 8};
  return std::vector<size_t>(std::begin(kThreadCounts), std::end(kThreadCounts));
}

// More threads than this machine has cores (8 on CI's 2) wait for each other at every parallel call
// unless the waiting ones yield: that does not change the results, and it keeps the suite fast.
uint32_t Flags(pthreadpool_t pool) {
  return pthreadpool_get_threads_count(pool) > 2 ? SMAX_FLAG_YIELD_WORKERS : 0;
}

// An algorithm as the test runs it: a public value, or internal stages.
struct Algorithm {
  const char* name;
  std::function<void(size_t n, size_t rows, const float* x, size_t stride, float* y, pthreadpool_t pool)> run;
};

Algorithm Public(smax_algorithm algorithm) {
  return {AlgorithmName(algorithm), [algorithm](size_t n, size_t rows, const float* x, size_t stride, float* y,
                                                pthreadpool_t pool) {
            ASSERT_EQ(smax_status_success,
                      smax_run_softmax_nc_f32(n, stride, stride, rows, x, y, algorithm, Flags(pool), pool));
          }};
}

const std::vector<Algorithm>& Algorithms() {
  static const std::vector<Algorithm> algorithms = [] {
    std::vector<Algorithm> list;
    for (smax_algorithm algorithm : kAllAlgorithms) list.push_back(Public(algorithm));
    list.push_back({"running_max_two_pass", [](size_t n, size_t rows, const float* x, size_t stride, float* y,
                                               pthreadpool_t pool) {
                      RunStages(&smax_running_max_two_pass_stages, n, rows, x, stride, y, stride, pool,
                                Flags(pool) != 0 ? PTHREADPOOL_FLAG_YIELD_WORKERS : 0);
                    }});
    return list;
  }();
  return algorithms;
}

// The chunk length of rows of n (the same for every algorithm and thread count).
size_t ChunkElements(size_t n) {
  return smax_make_plan(smax_get_config(), &smax_three_pass_reload_stages, &smax_plain_row_options, n, 1, 1)
      .chunk_elements;
}

// Row patterns; `chunk` is the plan's chunk length. Each fills one row of n from its own generator.
struct Pattern {
  const char* name;
  void (*fill)(std::vector<float>& row, size_t chunk, std::mt19937& rng);
  size_t longest;  // also run on rows up to this length: 2^20 + 3 and 2^24 (SMAX_TEST_QUICK leaves them out)
};

void Uniform(std::vector<float>& row, float low, float high, std::mt19937& rng) {
  std::uniform_real_distribution<float> value(low, high);
  for (float& x : row) x = value(rng);
}

const Pattern kPatterns[] = {
    {"uniform", [](std::vector<float>& row, size_t, std::mt19937& rng) { Uniform(row, -10.0f, 10.0f, rng); }, size_t(1) << 24},
    {"max_in_last_chunk",
     [](std::vector<float>& row, size_t, std::mt19937& rng) {
       Uniform(row, -10.0f, 10.0f, rng);
       row[row.size() - 3] = 40.0f;
     },
     (size_t(1) << 20) + 3},
    {"nan_in_one_chunk",
     [](std::vector<float>& row, size_t chunk, std::mt19937& rng) {
       Uniform(row, -10.0f, 10.0f, rng);
       row[chunk + 17] = kNaN;
     },
     0},
    {"inf_in_last_chunk",
     [](std::vector<float>& row, size_t, std::mt19937& rng) {
       Uniform(row, -10.0f, 10.0f, rng);
       row[row.size() - 1] = kInf;
     },
     0},
    {"one_chunk_of_neg_inf",
     [](std::vector<float>& row, size_t chunk, std::mt19937& rng) {
       Uniform(row, -10.0f, 10.0f, rng);
       for (size_t i = chunk; i < 2 * chunk && i < row.size(); i++) row[i] = -kInf;
     },
     0},
    {"all_chunks_but_one_neg_inf",
     [](std::vector<float>& row, size_t chunk, std::mt19937& rng) {
       Uniform(row, -10.0f, 10.0f, rng);
       const size_t kept = (row.size() / chunk) / 2;  // a middle chunk keeps its values
       for (size_t i = 0; i < row.size(); i++) {
         if (i / chunk != kept) row[i] = -kInf;
       }
     },
     0},
    {"only_neg_inf", [](std::vector<float>& row, size_t, std::mt19937&) { std::fill(row.begin(), row.end(), -kInf); },
     0},
    {"ascending_ramp",  // every reload block tops the running max: redone against its own max
     [](std::vector<float>& row, size_t, std::mt19937&) {
       for (size_t i = 0; i < row.size(); i++) row[i] = float(i) * 0.01f;
     },
     0},
    {"huge_logits",  // beyond two-pass's pair format: its rows fall back to recompute
     [](std::vector<float>& row, size_t, std::mt19937& rng) { Uniform(row, 1990.0f, 2010.0f, rng); }, 0},
    {"huge_magnitudes",
     [](std::vector<float>& row, size_t, std::mt19937& rng) { Uniform(row, -1.0e30f, 1.0e30f, rng); }, 0},
};
constexpr size_t kNumPatterns = sizeof(kPatterns) / sizeof(kPatterns[0]);

std::vector<size_t> Lengths(const Pattern& pattern) {
  // Under emulation (SMAX_TEST_QUICK) one length of 3 chunks (the last one shorter): every split path
  // still runs (2 threads on 3 chunks: uneven shares; 3 threads: one chunk each, and whole rows for the
  // 3-row case; 8 threads: more threads than chunks), on rows 38 % shorter than the 4 chunks of
  // 1x128256 that this suite ran here before (with 4 threads too: 64 s of CPU under qemu-aarch64,
  // about a minute of each qemu pass of CI). plan.c and run.c are portable C that the native runs check
  // on every ISA, on rows of 2 to 512 chunks; ARM's kernels run inside every chunk here all the same.
  if (QuickMode()) return {80021};
  std::vector<size_t> lengths = {SMAX_ONE_CHUNK_MAX_ELEMENTS + 1, 128256};
  for (size_t n : {(size_t(1) << 20) + 3, size_t(1) << 24}) {
    if (n <= pattern.longest) lengths.push_back(n);
  }
  return lengths;
}

using Param = std::tuple<size_t, size_t>;  // algorithm index, pattern index

class SplitRows : public ::testing::TestWithParam<Param> {};

TEST_P(SplitRows, same_bits_on_any_thread_count) {
  const Algorithm& algorithm = Algorithms()[std::get<0>(GetParam())];
  const Pattern& pattern = kPatterns[std::get<1>(GetParam())];
  for (size_t n : Lengths(pattern)) {
    const size_t chunk = ChunkElements(n);
    if (QuickMode()) {
      ASSERT_EQ(3u, (n + chunk - 1) / chunk) << "the quick length must still make several chunks";
    }
    // One row (split on any pool) and three rows (split on 2, 4 and 8 threads, whole rows on 3).
    for (size_t rows : {size_t(1), size_t(3)}) {
      if (n > (size_t(1) << 20) && rows > 1) continue;
      SCOPED_TRACE("n=" + std::to_string(n) + " rows=" + std::to_string(rows));
      const size_t stride = n + 5;
      std::vector<float> x(rows * stride, kNaN);  // NaN in the gaps: a read past a row end shows
      std::mt19937 rng(12345 + n);
      std::vector<float> row(n);
      for (size_t r = 0; r < rows; r++) {
        pattern.fill(row, chunk, rng);
        std::copy(row.begin(), row.end(), x.begin() + r * stride);
      }
      std::vector<float> expected(x.size(), 0.25f);
      algorithm.run(n, rows, x.data(), stride, expected.data(), nullptr);
      ASSERT_FALSE(::testing::Test::HasFatalFailure());
      ASSERT_EQ(0u, ExpectRowsWithinContract(x.data(), stride, expected.data(), stride, rows, n, "one thread"));
      for (size_t threads : ThreadCounts()) {
        SCOPED_TRACE("threads=" + std::to_string(threads));
        std::vector<float> y(x.size(), 0.25f);
        algorithm.run(n, rows, x.data(), stride, y.data(), SharedThreadPool(threads));
        for (size_t r = 0; r < rows; r++) {  // the gaps stay as they were: compare the rows only
          std::copy(expected.begin() + r * stride + n, expected.begin() + (r + 1) * stride, y.begin() + r * stride + n);
        }
        ASSERT_TRUE(ExpectBitIdentical(expected, y, 0, stride, "out of place against one thread"));
        std::vector<float> inplace = x;
        algorithm.run(n, rows, inplace.data(), stride, inplace.data(), SharedThreadPool(threads));
        for (size_t r = 0; r < rows; r++) {
          std::copy(expected.begin() + r * stride + n, expected.begin() + (r + 1) * stride,
                    inplace.begin() + r * stride + n);
        }
        ASSERT_TRUE(ExpectBitIdentical(expected, inplace, 0, stride, "in place against one thread"));
      }
    }
  }
}

INSTANTIATE_TEST_SUITE_P(All, SplitRows,
                         ::testing::Combine(::testing::Range<size_t>(0, SMAX_ALGORITHM_COUNT + 1),
                                            ::testing::Range<size_t>(0, kNumPatterns)),
                         [](const ::testing::TestParamInfo<Param>& info) {
                           return std::string(Algorithms()[std::get<0>(info.param)].name) + "_" +
                                  kPatterns[std::get<1>(info.param)].name;
                         });

// The plans the test above relies on: one long row on several threads is split; rows of one chunk and
// enough long rows are not; the chunk grid does not depend on the thread count.
TEST(SplitRowsPlan, split_where_it_pays_grid_from_the_length_only) {
  const smax_config* config = smax_get_config();
  for (const smax_softmax_stages* stages :
       {&smax_three_pass_recompute_stages, &smax_three_pass_reload_stages, &smax_online_stages, &smax_two_pass_stages,
        &smax_running_max_two_pass_stages}) {
    SCOPED_TRACE(stages->name);
    const smax_plan one = smax_make_plan(config, stages, &smax_plain_row_options, 128256, 1, 1);
    EXPECT_EQ(smax_parallelism_whole_rows, one.parallelism);
    EXPECT_GT(one.chunks, 1u);
    for (size_t threads : {2, 3, 4, 8, 16}) {
      const smax_plan many = smax_make_plan(config, stages, &smax_plain_row_options, 128256, 1, threads);
      EXPECT_EQ(smax_parallelism_split_rows, many.parallelism) << threads << " threads";
      EXPECT_EQ(one.chunks, many.chunks);
      EXPECT_EQ(one.chunk_elements, many.chunk_elements);
      // 3 rows of 1M on 8 threads: every thread gets chunks.
      const smax_plan three =
          smax_make_plan(config, stages, &smax_plain_row_options, size_t(1) << 20, 3, threads);
      EXPECT_GE(three.batch_size * three.chunks, 8u);
    }
    EXPECT_EQ(1u, smax_make_plan(config, stages, &smax_plain_row_options, SMAX_ONE_CHUNK_MAX_ELEMENTS, 1, 8).chunks);
    EXPECT_EQ(smax_parallelism_whole_rows,
              smax_make_plan(config, stages, &smax_plain_row_options, 128256, 64, 8).parallelism);
  }
}

}  // namespace
}  // namespace smax_test
