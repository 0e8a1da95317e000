// The top-k operator (include/smax.h, "Top-k and sampling") against a reference: indices and values
// equal std::partial_sort over the same float z with the documented order (NaN first, ties to the lower
// index); max exact; logsumexp, probabilities and log-probabilities within their contracts; adversarial
// rows; long rows over 1-8 threads give the same bits; invalid calls return their status and change
// nothing. CI runs it once per ISA (SMAX_ISA), under the sanitizers and qemu (SMAX_TEST_QUICK).
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <numeric>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <pthreadpool.h>

#include "operator-tester.h"
#include "reference.h"
#include "smax.h"
#include "topk-reference.h"
#include "topk/topk.h"  // the plan's chunks; topk/order.h's threshold

namespace smax_test {
namespace {

::testing::Environment* const initialize_environment =
    ::testing::AddGlobalTestEnvironment(new InitializeEnvironment);

const float kInf = std::numeric_limits<float>::infinity();
const float kNaN = std::numeric_limits<float>::quiet_NaN();
const uint32_t kAllOutputs = SMAX_TOPK_PROBABILITIES | SMAX_TOPK_LOG_PROBABILITIES;

struct Result {
  std::vector<int64_t> indices;
  std::vector<float> values, probabilities, log_probabilities, max, logsumexp;
};

// Runs the operator on `rows` rows; the outputs are prefilled with a sentinel the operator overwrites.
Result RunTopk(const std::vector<float>& x, size_t rows, size_t channels, size_t stride, size_t k, float scale,
               uint32_t flags, pthreadpool_t pool) {
  Result r;
  r.indices.assign(rows * k, -7);
  r.values.assign(rows * k, 12345.0f);
  r.probabilities.assign(flags & SMAX_TOPK_PROBABILITIES ? rows * k : 0, 12345.0f);
  r.log_probabilities.assign(flags & SMAX_TOPK_LOG_PROBABILITIES ? rows * k : 0, 12345.0f);
  r.max.assign(rows, 12345.0f);
  r.logsumexp.assign(rows, 12345.0f);
  smax_operator_t op = nullptr;
  EXPECT_EQ(smax_status_success, smax_create_topk_nc_f32(k, scale, flags, &op));
  EXPECT_EQ(smax_status_success, smax_reshape_topk_nc_f32(op, channels, stride, rows, pool));
  const smax_topk_outputs outputs = {r.indices.data(),
                                     r.values.data(),
                                     r.probabilities.empty() ? nullptr : r.probabilities.data(),
                                     r.log_probabilities.empty() ? nullptr : r.log_probabilities.data(),
                                     r.max.data(),
                                     r.logsumexp.data()};
  EXPECT_EQ(smax_status_success, smax_setup_topk_nc_f32(op, x.data(), &outputs));
  EXPECT_EQ(smax_status_success, smax_run_operator(op, pool));
  EXPECT_EQ(smax_status_success, smax_delete_operator(op));
  return r;
}

bool SameBits(float a, float b) {
  return FloatBits(a) == FloatBits(b);
}

// Checks row `row` of r against the reference on z = fl(scale * x) (test/topk-reference.h).
void CheckRow(const Result& r, const float* x, size_t channels, size_t k, float scale, size_t row,
              const std::string& what) {
  const TopkRowReference ref = MakeTopkRowReference(x, channels, k, scale);
  for (size_t j = 0; j < k; j++) {
    ASSERT_EQ(static_cast<int64_t>(ref.order[j]), r.indices[row * k + j]) << what << " row " << row << " rank " << j;
    ASSERT_TRUE(SameBits(ref.z[ref.order[j]], r.values[row * k + j])) << what << " row " << row << " rank " << j;
  }
  ASSERT_TRUE(SameBits(ref.z[ref.order[0]], r.max[row])) << what << " row " << row;
  if (std::isnan(ref.logsumexp)) {
    ASSERT_TRUE(std::isnan(r.logsumexp[row])) << what << " row " << row;
  } else {
    ASSERT_TRUE(TopkLogWithin(r.logsumexp[row], ref.logsumexp))
        << what << " row " << row << ": " << r.logsumexp[row] << " against " << ref.logsumexp;
  }
  for (size_t j = 0; j < k && !r.probabilities.empty(); j++) {
    const float got = r.probabilities[row * k + j];
    if (!ref.finite) {
      ASSERT_TRUE(std::isnan(got)) << what << " row " << row << " rank " << j;
      continue;
    }
    const double want = ref.Probability(j);
    ASSERT_LE(std::fabs(got - want), OutputBound(want)) << what << " row " << row << " rank " << j;
  }
  for (size_t j = 0; j < k && !r.log_probabilities.empty(); j++) {
    const float got = r.log_probabilities[row * k + j];
    if (!ref.finite) {
      ASSERT_TRUE(std::isnan(got)) << what << " row " << row << " rank " << j;
      continue;
    }
    const double want = ref.LogProbability(j);
    ASSERT_TRUE(TopkLogWithin(got, want)) << what << " row " << row << " rank " << j << ": " << got << " against "
                                          << want;
  }
}

void RunAndCheck(const std::vector<float>& x, size_t rows, size_t channels, size_t stride, size_t k, float scale,
                 const std::string& what) {
  const Result r = RunTopk(x, rows, channels, stride, k, scale, kAllOutputs, nullptr);
  for (size_t row = 0; row < rows; row++) {
    CheckRow(r, x.data() + row * stride, channels, k, scale, row, what);
    if (::testing::Test::HasFatalFailure()) {
      return;
    }
  }
}

std::vector<size_t> Ks(size_t channels) {
  std::vector<size_t> ks;
  for (size_t k : {size_t{1}, size_t{2}, size_t{40}, size_t{1000}, channels}) {
    if (k <= channels && std::find(ks.begin(), ks.end(), k) == ks.end()) {
      ks.push_back(k);
    }
  }
  return ks;
}

TEST(TopkTest, RandomRowsMatchPartialSort) {
  std::mt19937 rng(17);
  std::uniform_real_distribution<float> dist(-10.0f, 10.0f);
  std::vector<size_t> lengths = {1, 2, 3, 17, 100, 1000, 2049, 5000, 65536, 65537, 140001};
  if (QuickMode()) {
    lengths = {1, 3, 100, 2049, 70001};
  }
  for (size_t channels : lengths) {
    for (size_t k : Ks(channels)) {
      for (float scale : {1.0f, 0.7f}) {
        if (QuickMode() && k == channels && channels > 10000) {
          continue;
        }
        const size_t rows = channels > 10000 ? 1 : 3, stride = channels + 5;
        std::vector<float> x(rows * stride, kNaN);  // the padding between rows is never read
        for (size_t row = 0; row < rows; row++) {
          std::generate(x.begin() + row * stride, x.begin() + row * stride + channels, [&] { return dist(rng); });
        }
        RunAndCheck(x, rows, channels, stride, k, scale,
                    "n=" + std::to_string(channels) + " k=" + std::to_string(k) + " scale=" + std::to_string(scale));
        if (HasFatalFailure()) {
          return;
        }
      }
    }
  }
}

// Rows built to break a filter or a merge: one per named pattern, at several lengths.
std::vector<std::pair<std::string, std::vector<float>>> AdversarialRows(size_t n) {
  std::vector<std::pair<std::string, std::vector<float>>> rows;
  std::vector<float> x(n);
  for (size_t i = 0; i < n; i++) x[i] = static_cast<float>(i) * 0.01f;
  rows.emplace_back("ascending", x);
  std::reverse(x.begin(), x.end());
  rows.emplace_back("descending", x);
  rows.emplace_back("all equal", std::vector<float>(n, 3.5f));
  for (size_t i = 0; i < n; i++) x[i] = static_cast<float>((i * 7) % 3);  // a third of the row ties at the top
  rows.emplace_back("ties", x);
  for (size_t i = 0; i < n; i++) x[i] = (i / 50) % 2 ? -kInf : static_cast<float>(i % 13);
  rows.emplace_back("-inf runs", x);
  for (size_t i = 0; i < n; i++) x[i] = i % 3 == 0 ? std::numeric_limits<float>::max() : (i % 3 == 1 ? -1e30f : 1e30f);
  rows.emplace_back("huge", x);
  for (size_t i = 0; i < n; i++) x[i] = i % 2 ? 0.0f : -0.0f;
  rows.emplace_back("signed zeros", x);
  std::vector<float> nan_row(n, 1.0f);
  nan_row[n / 2] = kNaN;
  nan_row[n - 1] = kNaN;
  rows.emplace_back("NaN", nan_row);
  std::vector<float> inf_row(n, -2.0f);
  inf_row[n / 3] = kInf;
  rows.emplace_back("+inf", inf_row);
  std::vector<float> both(n, 0.5f);
  both[0] = kInf;
  both[n - 1] = kNaN;
  rows.emplace_back("+inf and NaN", both);
  rows.emplace_back("all -inf", std::vector<float>(n, -kInf));
  std::vector<float> one(n, -kInf);
  one[n - 1] = -5.0f;
  rows.emplace_back("one finite", one);
  return rows;
}

TEST(TopkTest, AdversarialRows) {
  std::vector<size_t> lengths = {1, 5, 64, 3000, 70001};
  if (QuickMode()) {
    lengths = {1, 5, 3000};
  }
  for (size_t n : lengths) {
    for (const auto& named : AdversarialRows(n)) {
      for (size_t k : Ks(n)) {
        if (k > 1000 && n > 10000) {
          continue;
        }
        RunAndCheck(named.second, 1, n, n, k, 1.0f, named.first + " n=" + std::to_string(n) + " k=" + std::to_string(k));
        if (HasFatalFailure()) {
          return;
        }
      }
    }
  }
}

// Random shapes, k and strides, with rows drawn from a few values (ties everywhere) and sprinkled with
// NaN, +-inf and -0: the heap's tie rule and the filter's NaN and zero handling against the reference.
TEST(TopkTest, RandomShapesTiesAndSpecials) {
  std::mt19937 rng(1717);
  // Subnormals (1e-40, -1e-40) tie with +-0.
  const float palette[] = {-kInf, -2.0f, -0.0f, 0.0f, 1e-40f, -1e-40f, 0.5f, 1.0f, 7.0f, kInf, kNaN};
  for (size_t iteration = 0; iteration < (QuickMode() ? 20u : 100u); iteration++) {
    const size_t n = std::uniform_int_distribution<size_t>(1, 3000)(rng);
    const size_t k = std::uniform_int_distribution<size_t>(1, n)(rng);
    const size_t rows = std::uniform_int_distribution<size_t>(1, 3)(rng);
    const size_t stride = n + std::uniform_int_distribution<size_t>(0, 3)(rng);
    const float scale = iteration % 3 == 0 ? 0.5f : 1.0f;
    // Mostly finite values from a small set; each special value with its own small probability.
    std::uniform_int_distribution<size_t> pick(0, 999);
    std::vector<float> x(rows * stride, 1234.0f);
    for (size_t r = 0; r < rows; r++) {
      for (size_t c = 0; c < n; c++) {
        const size_t u = pick(rng);
        x[r * stride + c] = u < 2 ? kNaN : u < 4 ? kInf : u < 30 ? -kInf : palette[1 + u % 8];
      }
    }
    RunAndCheck(x, rows, n, stride, k, scale,
                "iteration " + std::to_string(iteration) + ": " + std::to_string(rows) + "x" + std::to_string(n) +
                    " k=" + std::to_string(k));
    if (HasFatalFailure()) {
      return;
    }
  }
}

// A scale that overflows z to +-inf: the statistics are those of the infinite z.
TEST(TopkTest, ScaleOverflowsToInfinity) {
  std::vector<float> x = {1.0f, 3e38f, -3e38f, 2.0f};
  RunAndCheck(x, 1, 4, 4, 2, 10.0f, "overflowing scale");
}

TEST(TopkTest, EqualHugeLogitsGiveMinusLogN) {
  const size_t n = 1000;
  const std::vector<float> x(n, 1e30f);
  const Result r = RunTopk(x, 1, n, n, 3, 1.0f, kAllOutputs, nullptr);
  for (size_t j = 0; j < 3; j++) {
    EXPECT_EQ(static_cast<int64_t>(j), r.indices[j]);
    EXPECT_NEAR(-std::log(1000.0), r.log_probabilities[j], LogBound(std::log(1000.0)));
    EXPECT_NEAR(1e-3, r.probabilities[j], 2e-6 * 1e-3);
  }
}

// Found by test/fuzz/topk-fuzzer.cc: a log-probability whose exact value is below -FLT_MAX (z = -FLT_MAX
// in a row whose max is FLT_MAX) can only be -inf or -FLT_MAX; and a row whose huge max appears twice has
// probabilities of 1/2, which exp(z - L) with L rounded in double would miss (log 2 is lost in M + log 2).
TEST(TopkTest, HugeMagnitudes) {
  const float big = std::numeric_limits<float>::max();
  const std::vector<float> x = {big, -big, 0.0f, 1.0f, big};
  const Result r = RunTopk(x, 1, x.size(), x.size(), x.size(), 1.0f, kAllOutputs, nullptr);
  CheckRow(r, x.data(), x.size(), x.size(), 1.0f, 0, "huge magnitudes");
  ASSERT_EQ(1, r.indices[4]);  // -big, last: its exact log-probability is about -2 * FLT_MAX
  EXPECT_TRUE(r.log_probabilities[4] == -kInf || r.log_probabilities[4] == -big) << r.log_probabilities[4];
  EXPECT_EQ(0.5f, r.probabilities[0]);
  EXPECT_EQ(0.5f, r.probabilities[1]);
}

// The chunks of a split row cover it in order with whole tiles, their tile counts differing by at most
// 1 and never decreasing (the calling thread takes chunk 0, then merges the row: it gets a shorter one).
TEST(TopkTest, SplitRowChunksAreBalancedWholeTiles) {
  const size_t tile = SMAX_TOPK_TILE_ELEMENTS;
  for (size_t channels : {size_t{65537}, size_t{128256}, size_t{140001}, size_t{262144}, size_t{1000003}}) {
    for (size_t threads = 2; threads <= 8; threads++) {
      const smax_topk_plan plan = smax_topk_make_plan(40, channels, 1, threads);
      ASSERT_TRUE(plan.split_rows) << channels << " on " << threads;
      ASSERT_EQ(threads, plan.chunks) << channels << " on " << threads;
      size_t end = 0, fewest = SIZE_MAX, most = 0, previous = 0;
      for (size_t c = 0; c < plan.chunks; c++) {
        size_t start = 0, length = 0;
        smax_topk_chunk_range(&plan, c, &start, &length);
        const std::string what =
            std::to_string(channels) + " on " + std::to_string(threads) + ", chunk " + std::to_string(c);
        ASSERT_EQ(end, start) << what;
        ASSERT_EQ(0u, start % tile) << what;
        const size_t tiles = (length + tile - 1) / tile;
        ASSERT_GE(tiles, previous) << what;
        ASSERT_GE(plan.slot_capacity, std::min<size_t>(40, length)) << what;
        fewest = std::min(fewest, tiles);
        most = std::max(most, tiles);
        previous = tiles;
        end = start + length;
      }
      EXPECT_EQ(channels, end) << channels << " on " << threads;
      EXPECT_LE(most - fewest, 1u) << channels << " on " << threads;
    }
  }
}

// Every output of two runs, the same bits.
void AssertSameBits(const Result& serial, const Result& parallel, const std::string& what) {
  ASSERT_EQ(serial.indices, parallel.indices) << what;
  for (size_t i = 0; i < serial.values.size(); i++) {
    ASSERT_TRUE(SameBits(serial.values[i], parallel.values[i])) << what << " entry " << i;
    ASSERT_TRUE(SameBits(serial.probabilities[i], parallel.probabilities[i])) << what << " entry " << i;
    ASSERT_TRUE(SameBits(serial.log_probabilities[i], parallel.log_probabilities[i])) << what << " entry " << i;
  }
  for (size_t row = 0; row < serial.max.size(); row++) {
    ASSERT_TRUE(SameBits(serial.max[row], parallel.max[row])) << what << " row " << row;
    ASSERT_TRUE(SameBits(serial.logsumexp[row], parallel.logsumexp[row])) << what << " row " << row;
  }
}

// smax_topk_threshold_below(key): every value whose key is at or above `key` passes the filter's test
// !(z <= t), with subnormals read as they are or flushed to a zero of their sign (in z and in t), and a
// value far below does not (a threshold that let everything through would pass the first check alone).
float Flushed(float v) {
  return std::fpclassify(v) == FP_SUBNORMAL ? std::copysign(0.0f, v) : v;
}

TEST(TopkTest, ThresholdBelowKeyPassesEveryValueAtOrAboveIt) {
  const float fmin = std::numeric_limits<float>::min(), fmax = std::numeric_limits<float>::max();
  const float values[] = {kNaN, kInf,  fmax,    3.5f,  std::nextafter(3.5f, 0.0f),   2.0f * fmin, fmin,  1e-40f,
                          0.0f, -0.0f, -1e-40f, -fmin, std::nextafter(-fmin, -kInf), -2.0f,       -fmax, -kInf};
  for (float bound : values) {
    const uint32_t key = smax_topk_key(bound);
    const float t = smax_topk_threshold_below(key);
    for (float z : values) {
      if (smax_topk_key(z) >= key) {
        EXPECT_FALSE(z <= t) << "z=" << z << " bound=" << bound << " t=" << t;
        EXPECT_FALSE(Flushed(z) <= Flushed(t)) << "flushed: z=" << z << " bound=" << bound << " t=" << t;
      }
    }
    if (std::isfinite(bound) && std::fabs(bound) > 1.0f) {
      EXPECT_TRUE(bound - std::fabs(bound) / 2.0f <= t) << "bound=" << bound << " t=" << t;
    }
  }
}

// Rows whose first tile (2048 elements, where each part's threshold is seeded from its block maxima: a
// bound at or below the tile's k-th largest) holds the pattern: the seed must keep every top value, ties
// at the k-th value and zeros of either sign (subnormals among them) included. Split over 2 threads too,
// where the second chunk's first tile is seeded again.
TEST(TopkTest, SeededFirstTileKeepsEveryTopValue) {
  const size_t tile = 2048, n = 3 * tile + 5;
  std::mt19937 rng(99);
  std::vector<std::pair<std::string, std::vector<float>>> rows;
  std::vector<float> x(n, -1.0f);
  for (size_t i = 0; i < tile; i++) x[i] = static_cast<float>(i) * 0.25f;
  rows.emplace_back("ascending first tile", x);
  for (size_t i = 0; i < tile; i++) x[i] = static_cast<float>(i % 64);  // every block ties at its top
  rows.emplace_back("repeating blocks", x);
  for (size_t i = 0; i < tile; i++) x[i] = i % 5 == 0 ? 2.0f : 1.0f;  // the k-th value tied 410 times
  rows.emplace_back("ties at the k-th value", x);
  const float zeros[] = {0.0f, -0.0f, 1e-40f, -1e-40f, -1.0f};
  for (size_t i = 0; i < n; i++) x[i] = zeros[rng() % 5];
  rows.emplace_back("zeros and subnormals", x);
  for (size_t i = 0; i < n; i++) x[i] = i % 97 == 3 ? std::numeric_limits<float>::min() : (i % 2 ? 0.0f : -1e-40f);
  rows.emplace_back("FLT_MIN over zeros", x);
  for (size_t i = 0; i < n; i++) x[i] = i % 300 == 7 ? kNaN : static_cast<float>(rng() % 1000) * 0.01f;
  rows.emplace_back("NaN in some blocks", x);
  for (size_t i = 0; i < n; i++) x[i] = i % 400 == 9 ? -3.0f : -kInf;  // fewer finite than blocks
  rows.emplace_back("mostly -inf", x);
  for (size_t i = 0; i < n; i++) x[i] = -static_cast<float>(i % 1024) - 1.0f;
  rows.emplace_back("negative, repeating", x);
  for (const auto& named : rows) {
    for (size_t k : {size_t{1}, size_t{2}, size_t{40}, size_t{64}, size_t{65}}) {
      const std::string what = named.first + " k=" + std::to_string(k);
      const Result serial = RunTopk(named.second, 1, n, n, k, 1.0f, kAllOutputs, nullptr);
      ASSERT_NO_FATAL_FAILURE(CheckRow(serial, named.second.data(), n, k, 1.0f, 0, what));
    }
  }
  // Long enough to be split: 2 chunks, each with a first tile of ties at its k-th value.
  const size_t long_n = 140001;
  std::vector<float> split(long_n);
  for (size_t i = 0; i < long_n; i++) split[i] = i % 7 == 0 ? 5.0f : static_cast<float>(rng() % 400) * 0.01f;
  const Result serial = RunTopk(split, 1, long_n, long_n, 40, 1.0f, kAllOutputs, nullptr);
  ASSERT_NO_FATAL_FAILURE(CheckRow(serial, split.data(), long_n, 40, 1.0f, 0, "split ties"));
  pthreadpool_t pool = pthreadpool_create(2);
  const Result parallel = RunTopk(split, 1, long_n, long_n, 40, 1.0f, kAllOutputs, pool);
  pthreadpool_destroy(pool);
  ASSERT_NO_FATAL_FAILURE(AssertSameBits(serial, parallel, "split ties"));
}

// Long rows split across 1..8 threads (one chunk per thread, so every thread count cuts the row
// differently): every output the same bits as on the caller, which scans each row whole.
TEST(TopkTest, LongRowsSameBitsOnAnyThreadCount) {
  std::mt19937 rng(42);
  std::uniform_real_distribution<float> dist(-20.0f, 20.0f);
  std::vector<std::pair<size_t, size_t>> shapes = {{1, 262144}, {3, 140001}, {5, 65537}};
  if (QuickMode()) {
    shapes = {{1, 140001}, {3, 70001}};
  }
  for (const auto& shape : shapes) {
    const size_t rows = shape.first, n = shape.second;
    std::vector<float> x(rows * n);
    std::generate(x.begin(), x.end(), [&] { return dist(rng); });
    x[n / 2] = 25.0f;  // a top value in one chunk only (or straddling two)
    x[n / 2 + 1] = 25.0f;
    for (size_t k : {size_t{1}, size_t{40}, size_t{1000}}) {
      if ((QuickMode() || rows > 1) && k == 1000) {
        continue;
      }
      const Result serial = RunTopk(x, rows, n, n, k, 0.5f, kAllOutputs, nullptr);
      for (size_t row = 0; row < rows && !QuickMode(); row++) {
        CheckRow(serial, x.data() + row * n, n, k, 0.5f, row, "serial");
      }
      for (size_t threads = 1; threads <= 8; threads++) {
        // Every count on the first shape; 2, 3 and 8 on the others (and in quick mode): 8 spinning
        // workers on CI's 2 cores cost wall time, not coverage.
        const bool every_count = !QuickMode() && rows == 1;
        if (!every_count && threads != 2 && threads != 3 && threads != 8) {
          continue;
        }
        pthreadpool_t pool = pthreadpool_create(threads);
        const Result parallel = RunTopk(x, rows, n, n, k, 0.5f, kAllOutputs, pool);
        pthreadpool_destroy(pool);
        const std::string what = std::to_string(rows) + "x" + std::to_string(n) + " k=" + std::to_string(k) +
                                 " threads=" + std::to_string(threads);
        ASSERT_NO_FATAL_FAILURE(AssertSameBits(serial, parallel, what));
      }
    }
  }
}

// Long rows whose sum comes from the tiles on either side of each chunk edge of one thread count only
// (elsewhere -100: exp(-100 - 20) is 0 in float): a statistic that depended on where a chunk starts (a
// running reference, a chunk's own partial sum) would show in the outputs' last bits, which the sums of
// the many tiles of a random row average away.
TEST(TopkTest, LongRowsSameBitsWhenChunkEdgesCarryTheSum) {
  const size_t n = 262144, tile = 2048;
  std::mt19937 rng(17);
  std::uniform_real_distribution<float> dist(-20.0f, 20.0f);
  for (size_t threads = 2; threads <= 8; threads++) {
    if (QuickMode() && threads != 2 && threads != 3 && threads != 8) {
      continue;
    }
    // The plan's chunks (src/topk/plan.c): n / tile tiles, each chunk q = tiles / threads of them, the
    // last tiles % threads chunks one more.
    const size_t tiles = n / tile, q = tiles / threads, shorter = threads - tiles % threads;
    std::vector<float> x(n, -100.0f);
    for (size_t c = 1; c < threads; c++) {
      const size_t start = (c * q + (c > shorter ? c - shorter : 0)) * tile;
      std::generate(x.begin() + (start - tile), x.begin() + (start + tile), [&] { return dist(rng); });
    }
    const std::string what = "chunk edges, threads=" + std::to_string(threads);
    const Result serial = RunTopk(x, 1, n, n, 40, 1.0f, kAllOutputs, nullptr);
    CheckRow(serial, x.data(), n, 40, 1.0f, 0, what);
    pthreadpool_t pool = pthreadpool_create(threads);
    const Result parallel = RunTopk(x, 1, n, n, 40, 1.0f, kAllOutputs, pool);
    pthreadpool_destroy(pool);
    ASSERT_NO_FATAL_FAILURE(AssertSameBits(serial, parallel, what));
  }
}

// Special values in one part of a long row only (5 rows on 3 threads: split, 3 chunks per row): each
// tile's statistics and each chunk's top-k must carry them through the merge, on the caller and split
// alike.
TEST(TopkTest, LongRowsSpecialValuesInOneChunk) {
  const size_t n = QuickMode() ? 70001 : 140001, rows = 5;
  std::mt19937 rng(5);
  std::uniform_real_distribution<float> dist(-20.0f, 20.0f);
  std::vector<float> x(rows * n);
  std::generate(x.begin(), x.end(), [&] { return dist(rng); });
  x[0 * n + n - 3] = kNaN;                                         // NaN in the last chunk
  x[1 * n + n / 3] = kInf;                                         // +inf in a middle chunk
  std::fill(x.begin() + 2 * n, x.begin() + 2 * n + n / 2, -kInf);  // -inf over the first chunks
  std::fill(x.begin() + 3 * n, x.begin() + 4 * n, -kInf);          // only -inf
  std::fill(x.begin() + 4 * n, x.begin() + 5 * n, -kInf);
  x[4 * n + n - 1] = -3.0f;  // one finite entry, in the last chunk
  for (size_t k : {size_t{1}, size_t{40}}) {
    const Result serial = RunTopk(x, rows, n, n, k, 1.0f, kAllOutputs, nullptr);
    for (size_t row = 0; row < rows; row++) {
      CheckRow(serial, x.data() + row * n, n, k, 1.0f, row, "special k=" + std::to_string(k));
      if (HasFatalFailure()) return;
    }
    pthreadpool_t pool = pthreadpool_create(3);
    const Result parallel = RunTopk(x, rows, n, n, k, 1.0f, kAllOutputs, pool);
    pthreadpool_destroy(pool);
    ASSERT_NO_FATAL_FAILURE(AssertSameBits(serial, parallel, "special k=" + std::to_string(k)));
  }
}

// Optional outputs left NULL are not written, and the flags select the rest.
TEST(TopkTest, OptionalOutputs) {
  const std::vector<float> x = {0.0f, 4.0f, 1.0f, 4.0f, -1.0f};
  std::vector<int64_t> indices(2, -1);
  std::vector<float> values(2), probabilities(2, 9.0f);
  smax_operator_t op = nullptr;
  ASSERT_EQ(smax_status_success, smax_create_topk_nc_f32(2, 1.0f, SMAX_TOPK_PROBABILITIES, &op));
  ASSERT_EQ(smax_status_success, smax_reshape_topk_nc_f32(op, 5, 5, 1, nullptr));
  const smax_topk_outputs outputs = {indices.data(), values.data(), probabilities.data(), nullptr, nullptr, nullptr};
  ASSERT_EQ(smax_status_success, smax_setup_topk_nc_f32(op, x.data(), &outputs));
  ASSERT_EQ(smax_status_success, smax_run_operator(op, nullptr));
  EXPECT_EQ((std::vector<int64_t>{1, 3}), indices);
  EXPECT_EQ((std::vector<float>{4.0f, 4.0f}), values);
  const double sum = 1.0 + 2.0 * std::exp(4.0) + std::exp(1.0) + std::exp(-1.0);
  EXPECT_NEAR(std::exp(4.0) / sum, probabilities[0], 2e-6 * probabilities[0]);
  EXPECT_EQ(probabilities[0], probabilities[1]);
  smax_delete_operator(op);
}

TEST(TopkTest, InvalidArgumentsReturnStatusAndChangeNothing) {
  smax_operator_t op = reinterpret_cast<smax_operator_t>(uintptr_t{1});
  const smax_operator_t untouched = op;
  EXPECT_EQ(smax_status_invalid_parameter, smax_create_topk_nc_f32(0, 1.0f, 0, &op));
  for (float scale : {0.0f, -1.0f, kNaN, kInf, 1e-40f, -kInf}) {
    EXPECT_EQ(smax_status_invalid_parameter, smax_create_topk_nc_f32(1, scale, 0, &op)) << scale;
  }
  EXPECT_EQ(smax_status_invalid_parameter, smax_create_topk_nc_f32(1, 1.0f, 0x4, &op));
  EXPECT_EQ(smax_status_invalid_parameter, smax_create_topk_nc_f32(1, 1.0f, 0, nullptr));
  EXPECT_EQ(untouched, op);

  const size_t k = 2, n = 6;
  std::vector<float> x = {1, 9, 3, 7, 5, 8, 0, 0, 0, 0, 0, 0};
  ASSERT_EQ(smax_status_success, smax_create_topk_nc_f32(k, 1.0f, SMAX_TOPK_LOG_PROBABILITIES, &op));
  std::vector<int64_t> indices(2 * k, -1);
  std::vector<float> values(2 * k), logp(2 * k), lse(2);
  smax_topk_outputs outputs = {indices.data(), values.data(), nullptr, logp.data(), nullptr, lse.data()};
  // Before reshape.
  EXPECT_EQ(smax_status_invalid_state, smax_setup_topk_nc_f32(op, x.data(), &outputs));
  EXPECT_EQ(smax_status_invalid_state, smax_run_operator(op, nullptr));
  // Reshape: k > channels, zero channels, stride < channels, NULL, overflow.
  EXPECT_EQ(smax_status_invalid_parameter, smax_reshape_topk_nc_f32(op, 1, 1, 1, nullptr));
  EXPECT_EQ(smax_status_invalid_parameter, smax_reshape_topk_nc_f32(op, 0, 0, 1, nullptr));
  EXPECT_EQ(smax_status_invalid_parameter, smax_reshape_topk_nc_f32(op, n, n - 1, 1, nullptr));
  EXPECT_EQ(smax_status_invalid_parameter, smax_reshape_topk_nc_f32(nullptr, n, n, 1, nullptr));
  EXPECT_EQ(smax_status_invalid_parameter, smax_reshape_topk_nc_f32(op, n, SIZE_MAX / 2, 3, nullptr));
  if (sizeof(size_t) > 4) {
    // Rows of 2^32 elements and more: the selection keeps indices in 32 bits.
    const size_t huge = static_cast<size_t>(UINT64_C(1) << 32);
    EXPECT_EQ(smax_status_unsupported_parameter, smax_reshape_topk_nc_f32(op, huge, huge, 1, nullptr));
  }
  EXPECT_EQ(smax_status_invalid_state, smax_setup_topk_nc_f32(op, x.data(), &outputs));  // still not reshaped
  ASSERT_EQ(smax_status_success, smax_reshape_topk_nc_f32(op, n, n, 2, nullptr));
  // Setup: NULLs, flag mismatch, overlaps.
  EXPECT_EQ(smax_status_invalid_parameter, smax_setup_topk_nc_f32(op, nullptr, &outputs));
  EXPECT_EQ(smax_status_invalid_parameter, smax_setup_topk_nc_f32(op, x.data(), nullptr));
  EXPECT_EQ(smax_status_invalid_parameter, smax_setup_topk_nc_f32(nullptr, x.data(), &outputs));
  EXPECT_EQ(smax_status_invalid_state, smax_run_operator(op, nullptr));  // reshaped, never set up
  const smax_topk_outputs bad[] = {
      {nullptr, values.data(), nullptr, logp.data(), nullptr, nullptr},
      {indices.data(), nullptr, nullptr, logp.data(), nullptr, nullptr},
      {indices.data(), values.data(), nullptr, nullptr, nullptr, nullptr},            // flag set, NULL
      {indices.data(), values.data(), logp.data(), logp.data(), nullptr, nullptr},    // not flagged, set
      {indices.data(), values.data(), nullptr, values.data(), nullptr, nullptr},      // overlap
      {indices.data(), values.data(), nullptr, logp.data(), x.data() + 3, nullptr},   // max in the input
      {indices.data(), values.data(), nullptr, logp.data(), nullptr, values.data() + 3},
  };
  for (const auto& o : bad) {
    EXPECT_EQ(smax_status_invalid_parameter, smax_setup_topk_nc_f32(op, x.data(), &o));
  }
  ASSERT_EQ(smax_status_success, smax_setup_topk_nc_f32(op, x.data(), &outputs));
  // Failed setups and reshapes after a good setup leave it as it was: the run still uses it.
  EXPECT_EQ(smax_status_invalid_parameter, smax_setup_topk_nc_f32(op, x.data(), &bad[0]));
  EXPECT_EQ(smax_status_invalid_parameter, smax_reshape_topk_nc_f32(op, 1, 1, 1, nullptr));
  // The softmax functions reject a top-k operator.
  std::vector<float> y(12);
  EXPECT_EQ(smax_status_invalid_parameter, smax_reshape_softmax_nc_f32(op, n, n, n, 2, nullptr));
  EXPECT_EQ(smax_status_invalid_parameter, smax_setup_softmax_nc_f32(op, x.data(), y.data()));
  ASSERT_EQ(smax_status_success, smax_run_operator(op, nullptr));
  EXPECT_EQ((std::vector<int64_t>{1, 5, 0, 1}), indices);  // row 1 is all zeros: ties to the lower index
  EXPECT_EQ((std::vector<float>{9, 8, 0, 0}), values);
  EXPECT_EQ(smax_status_success, smax_delete_operator(op));
  // And the top-k functions reject a softmax operator.
  smax_operator_t softmax = nullptr;
  ASSERT_EQ(smax_status_success, smax_create_softmax_nc_f32(smax_algorithm_auto, 0, &softmax));
  EXPECT_EQ(smax_status_invalid_parameter, smax_reshape_topk_nc_f32(softmax, n, n, 1, nullptr));
  ASSERT_EQ(smax_status_success, smax_reshape_softmax_nc_f32(softmax, n, n, n, 1, nullptr));
  EXPECT_EQ(smax_status_invalid_parameter, smax_setup_topk_nc_f32(softmax, x.data(), &outputs));
  smax_delete_operator(softmax);
}

TEST(TopkTest, EmptyBatchRunsNothing) {
  smax_operator_t op = nullptr;
  ASSERT_EQ(smax_status_success, smax_create_topk_nc_f32(3, 1.0f, 0, &op));
  ASSERT_EQ(smax_status_success, smax_reshape_topk_nc_f32(op, 5, 5, 0, nullptr));
  int64_t index = -1;
  float value = 0.0f, input = 0.0f;
  const smax_topk_outputs outputs = {&index, &value, nullptr, nullptr, nullptr, nullptr};
  ASSERT_EQ(smax_status_success, smax_setup_topk_nc_f32(op, &input, &outputs));
  ASSERT_EQ(smax_status_success, smax_run_operator(op, nullptr));
  EXPECT_EQ(-1, index);
  smax_delete_operator(op);
}

}  // namespace
}  // namespace smax_test
