// The sampler operator (include/smax.h, "Sampling"): the draw is right (chi-square against the exact
// distribution after top-k / min-p / top-p renormalisation, and wrong draws or distributions rejected),
// repeatable (the same tokens for a seed and counter on any thread count, in place, and on every ISA:
// the isa-* and qemu-* runs of this suite compare each ISA with the same ISA-independent reference),
// temperature 0 is the argmax, caller-given uniforms, edge rows, and invalid calls changing nothing.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <memory>
#include <numeric>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <pthreadpool.h>

#include "operator-tester.h"
#include "reference.h"
#include "sampler-chi-square.h"
#include "sampler/philox.h"
#include "smax.h"

namespace smax_test {
namespace {

::testing::Environment* const initialize_environment =
    ::testing::AddGlobalTestEnvironment(new InitializeEnvironment);

constexpr float kInf = std::numeric_limits<float>::infinity();
constexpr float kNaN = std::numeric_limits<float>::quiet_NaN();

struct OperatorDeleter {
  void operator()(smax_operator* op) const { smax_delete_operator(op); }
};
using Operator = std::unique_ptr<smax_operator, OperatorDeleter>;

struct PoolDeleter {
  void operator()(pthreadpool* pool) const { pthreadpool_destroy(pool); }
};
using Pool = std::unique_ptr<pthreadpool, PoolDeleter>;

smax_sampler_params Params(float temperature, size_t top_k, float top_p, float min_p, uint64_t seed) {
  smax_sampler_params params;
  params.temperature = temperature;
  params.top_k = top_k;
  params.top_p = top_p;
  params.min_p = min_p;
  params.seed = seed;
  return params;
}

Operator Create(const smax_sampler_params& params) {
  smax_operator_t op = nullptr;
  EXPECT_EQ(smax_status_success, smax_create_sampler_nc_f32(&params, 0, &op));
  return Operator(op);
}

// One run of a new sampler on rows of `channels` at `stride`: the tokens and probabilities.
struct Draws {
  std::vector<int64_t> tokens;
  std::vector<float> probabilities;
};

Draws Sample(const smax_sampler_params& params, const std::vector<float>& input, size_t channels, size_t stride,
             size_t rows, uint64_t counter, const float* uniforms = nullptr, pthreadpool_t pool = nullptr) {
  Draws draws{std::vector<int64_t>(rows, -1), std::vector<float>(rows, -1.0f)};
  Operator op = Create(params);
  EXPECT_EQ(smax_status_success, smax_reshape_sampler_nc_f32(op.get(), channels, stride, rows, pool));
  EXPECT_EQ(smax_status_success, smax_setup_sampler_nc_f32(op.get(), input.data(), uniforms, counter,
                                                           draws.tokens.data(), draws.probabilities.data()));
  EXPECT_EQ(smax_status_success, smax_run_operator(op.get(), pool));
  return draws;
}

// The exact distribution the sampler draws from, computed independently in long double from x: z in float
// as the operator rounds it, a stable sort (ties to the lower index), the full row's L, the keep rules
// (top-k; min-p: z - z_0 >= log(min_p); top-p: the smallest prefix whose full-row mass reaches top_p),
// renormalised over the kept prefix.
struct Distribution {
  std::vector<int64_t> tokens;        // the kept candidates, in sorted order
  std::vector<double> probabilities;  // renormalised over them
  std::vector<double> full_row;       // each kept token's full-row softmax probability
  bool cut_by_min_p = false;          // whether min-p, or top-p, ended the prefix before top_k
  bool cut_by_top_p = false;
};

Distribution Exact(const float* x, size_t channels, const smax_sampler_params& params) {
  const bool greedy = params.temperature == 0.0f;
  const float scale = greedy ? 1.0f : 1.0f / params.temperature;
  std::vector<float> z(channels);
  for (size_t c = 0; c < channels; c++) {
    z[c] = scale * x[c];
  }
  std::vector<int64_t> order(channels);
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](int64_t a, int64_t b) { return z[a] > z[b]; });
  long double sum = 0.0L;
  for (float value : z) {
    sum += std::exp(static_cast<long double>(value) - z[order[0]]);
  }
  const long double log_sum = std::log(sum);
  const size_t k = greedy ? 1 : params.top_k;
  const long double log_min_p = params.min_p > 0.0f ? std::log(static_cast<long double>(params.min_p))
                                                    : -std::numeric_limits<long double>::infinity();
  Distribution distribution;
  long double mass = 0.0L;
  std::vector<long double> weights;
  for (size_t j = 0; j < k; j++) {
    const long double logit = static_cast<long double>(z[order[j]]) - z[order[0]];
    if (!(logit >= log_min_p)) {
      distribution.cut_by_min_p = true;
      break;
    }
    weights.push_back(std::exp(logit));
    distribution.tokens.push_back(order[j]);
    distribution.full_row.push_back(static_cast<double>(std::exp(logit - log_sum)));
    mass += std::exp(logit - log_sum);
    if (params.top_p < 1.0f && mass >= params.top_p) {
      distribution.cut_by_top_p = j + 1 < k;
      break;
    }
  }
  const long double total = std::accumulate(weights.begin(), weights.end(), 0.0L);
  for (long double weight : weights) {
    distribution.probabilities.push_back(static_cast<double>(weight / total));
  }
  return distribution;
}

// The inverse CDF of the exact distribution at u: the token the sampler must return.
size_t ExactDraw(const Distribution& distribution, float u) {
  double cumulative = 0.0;
  for (size_t j = 0; j < distribution.tokens.size(); j++) {
    cumulative += distribution.probabilities[j];
    if (static_cast<double>(u) < cumulative) {
      return j;
    }
  }
  return distribution.tokens.size() - 1;
}

// Logits in [-spread, 0] with a few near-ties, as a language model's row.
std::vector<float> RandomRows(size_t rows, size_t channels, size_t stride, float spread, uint32_t seed) {
  std::mt19937 rng(seed);
  std::uniform_real_distribution<float> logit(-spread, 0.0f);
  std::vector<float> input(rows * stride, kNaN);  // stride gaps hold NaN: read, they would poison a row
  for (size_t r = 0; r < rows; r++) {
    for (size_t c = 0; c < channels; c++) {
      input[r * stride + c] = logit(rng);
    }
  }
  return input;
}

// ---- The draw is right ------------------------------------------------------------------------------

// A small vocabulary where every rule bites: T = 0.8, top-k 8 of 12, min-p 0.02, top-p 0.8.
const std::vector<float> kSmallVocabulary = {1.0f, 2.5f, 0.2f, 2.4f, -1.0f, 1.9f, 0.0f, 2.0f, -3.0f, 1.2f, -0.5f, 0.9f};

class ChiSquareDraws : public ::testing::Test {
 protected:
  static constexpr uint64_t kSeed = UINT64_C(0x5EED5EED12345678);
  const smax_sampler_params params_ = Params(0.8f, 8, 0.8f, 0.02f, kSeed);
  const size_t channels_ = kSmallVocabulary.size();
  const size_t draws_ = QuickMode() ? 40000 : 200000;

  std::vector<float> Rows() const {
    std::vector<float> input;
    for (size_t r = 0; r < draws_; r++) {
      input.insert(input.end(), kSmallVocabulary.begin(), kSmallVocabulary.end());
    }
    return input;
  }

  // Counts per kept candidate (in the distribution's order); a token outside it fails the test.
  std::vector<uint64_t> Counts(const Distribution& distribution, const std::vector<int64_t>& tokens) const {
    std::vector<uint64_t> counts(distribution.tokens.size());
    for (int64_t token : tokens) {
      const auto at = std::find(distribution.tokens.begin(), distribution.tokens.end(), token);
      EXPECT_NE(distribution.tokens.end(), at) << "token " << token << " is outside the kept set";
      if (at != distribution.tokens.end()) {
        counts[at - distribution.tokens.begin()]++;
      }
    }
    return counts;
  }

  double Critical(const Distribution& distribution) const {
    return ChiSquareCriticalValue(static_cast<double>(distribution.tokens.size() - 1), 1e-6);
  }
};

TEST_F(ChiSquareDraws, MatchTheExactRenormalisedDistribution) {
  const Distribution exact = Exact(kSmallVocabulary.data(), channels_, params_);
  // The case is one where the rules bite: top-p and min-p both cut below top-k, and the smallest
  // expected count is large enough for the chi-square approximation.
  ASSERT_GE(exact.tokens.size(), 3u);
  ASSERT_LT(exact.tokens.size(), params_.top_k);
  ASSERT_GT(*std::min_element(exact.probabilities.begin(), exact.probabilities.end()) * draws_, 50.0);
  const Draws draws = Sample(params_, Rows(), channels_, channels_, draws_, 0);
  const std::vector<uint64_t> counts = Counts(exact, draws.tokens);
  EXPECT_LT(ChiSquareStatistic(counts, exact.probabilities), Critical(exact));
}

// The test can fail: the same machinery rejects draws made with a slightly biased u (u^1.1, through the
// caller-uniforms path), and rejects the right draws against slightly wrong distributions (the top-k
// renormalised without min-p and top-p, and a temperature 15% off).
TEST_F(ChiSquareDraws, RejectBiasedDrawsAndWrongDistributions) {
  const Distribution exact = Exact(kSmallVocabulary.data(), channels_, params_);
  std::vector<float> biased(draws_);
  for (size_t r = 0; r < draws_; r++) {
    biased[r] = std::pow(smax_sampler_uniform(kSeed, 0, r), 1.1f);
  }
  const Draws biased_draws = Sample(params_, Rows(), channels_, channels_, draws_, 0, biased.data());
  EXPECT_GT(ChiSquareStatistic(Counts(exact, biased_draws.tokens), exact.probabilities), Critical(exact));

  const Draws draws = Sample(params_, Rows(), channels_, channels_, draws_, 0);
  smax_sampler_params hotter = params_;
  hotter.temperature *= 1.15f;
  smax_sampler_params top_k_only = params_;
  top_k_only.top_p = 1.0f;
  top_k_only.min_p = 0.0f;
  for (const smax_sampler_params& wrong : {hotter, top_k_only}) {
    const Distribution distribution = Exact(kSmallVocabulary.data(), channels_, wrong);
    // Compared over the wrong distribution's support, which holds every drawn token.
    std::vector<uint64_t> counts(distribution.tokens.size());
    for (int64_t token : draws.tokens) {
      counts[std::find(distribution.tokens.begin(), distribution.tokens.end(), token) - distribution.tokens.begin()]++;
    }
    EXPECT_GT(ChiSquareStatistic(counts, distribution.probabilities), Critical(distribution))
        << "temperature " << wrong.temperature << ", top_p " << wrong.top_p << ", min_p " << wrong.min_p;
  }
}

// ---- Repeatable: threads, in place, ISAs, caller uniforms ------------------------------------------------

// Each row's token is the exact distribution's inverse CDF at the row's Philox uniform: the same tokens
// on any ISA (each isa-* run of this suite checks against this ISA-independent reference), any thread
// count, and in place (tokens and probabilities written over the input rows). Rows of 1000 (logits
// spread so that top-k, min-p and top-p each end some rows' kept set) and one of 128256 (split across
// threads by top-k).
TEST(SamplerRepeatable, SameTokensOnAnyThreadCountInPlaceAndAsTheReference) {
  struct Shape {
    size_t channels, stride, rows;
    float spread;
    smax_sampler_params params;
  };
  const Shape shapes[] = {
      {1000, 1003, QuickMode() ? 32u : 128u, 40.0f, Params(0.7f, 40, 0.9f, 0.02f, 20261206)},
      {1000, 1000, QuickMode() ? 32u : 128u, 60.0f, Params(0.7f, 40, 0.95f, 0.1f, 1)},
      {128256, 128256, 1, 30.0f, Params(0.7f, 40, 0.95f, 0.0f, 2)},
  };
  for (const Shape& shape : shapes) {
    const smax_sampler_params& params = shape.params;
    SCOPED_TRACE(std::to_string(shape.rows) + "x" + std::to_string(shape.channels));
    const std::vector<float> input = RandomRows(shape.rows, shape.channels, shape.stride, shape.spread, 7);
    const uint64_t counter = 41;
    const Draws serial = Sample(params, input, shape.channels, shape.stride, shape.rows, counter);
    size_t cut_by_min_p = 0, cut_by_top_p = 0, cut_by_top_k = 0;
    for (size_t r = 0; r < shape.rows; r++) {
      const Distribution exact = Exact(input.data() + r * shape.stride, shape.channels, params);
      cut_by_min_p += exact.cut_by_min_p;
      cut_by_top_p += exact.cut_by_top_p;
      cut_by_top_k += exact.tokens.size() == params.top_k;
      const size_t j = ExactDraw(exact, smax_sampler_uniform(params.seed, counter, r));
      ASSERT_EQ(exact.tokens[j], serial.tokens[r]) << "row " << r;
      EXPECT_NEAR(exact.full_row[j], serial.probabilities[r], OutputBound(exact.full_row[j])) << "row " << r;
    }
    if (shape.rows > 1) {
      // The rows exercise the rules they are made for: top-p and top-k, or min-p.
      EXPECT_GT(params.min_p > 0.05f ? cut_by_min_p : cut_by_top_p, shape.rows / 8);
      EXPECT_GT(params.min_p > 0.05f ? shape.rows : cut_by_top_k, shape.rows / 8);
    }
    for (size_t threads = 1; threads <= 4; threads++) {
      Pool pool(pthreadpool_create(threads));
      const Draws threaded = Sample(params, input, shape.channels, shape.stride, shape.rows, counter, nullptr,
                                    pool.get());
      EXPECT_EQ(serial.tokens, threaded.tokens) << threads << " threads";
      EXPECT_EQ(0, std::memcmp(serial.probabilities.data(), threaded.probabilities.data(), shape.rows * 4));
    }
    // In place: the outputs overlap the input rows.
    std::vector<float> buffer = input;
    int64_t* tokens = reinterpret_cast<int64_t*>(buffer.data());
    float* probabilities = buffer.data() + 2 * shape.rows;
    Operator op = Create(params);
    ASSERT_EQ(smax_status_success, smax_reshape_sampler_nc_f32(op.get(), shape.channels, shape.stride, shape.rows,
                                                               nullptr));
    ASSERT_EQ(smax_status_success,
              smax_setup_sampler_nc_f32(op.get(), buffer.data(), nullptr, counter, tokens, probabilities));
    ASSERT_EQ(smax_status_success, smax_run_operator(op.get(), nullptr));
    EXPECT_EQ(serial.tokens, std::vector<int64_t>(tokens, tokens + shape.rows)) << "in place";
    EXPECT_EQ(serial.probabilities, std::vector<float>(probabilities, probabilities + shape.rows)) << "in place";
  }
}

// Caller-given uniforms are used as given: the Philox uniforms passed in give the generator's tokens, and
// u = 0 and u next to 1 give the first and the last kept candidate.
TEST(SamplerRepeatable, CallerUniforms) {
  const smax_sampler_params params = Params(1.0f, 5, 1.0f, 0.0f, 99);
  const size_t rows = 32, channels = 50;
  const std::vector<float> input = RandomRows(rows, channels, channels, 3.0f, 11);
  std::vector<float> uniforms(rows);
  for (size_t r = 0; r < rows; r++) {
    uniforms[r] = smax_sampler_uniform(params.seed, 5, r);
  }
  EXPECT_EQ(Sample(params, input, channels, channels, rows, 5).tokens,
            Sample(params, input, channels, channels, rows, 12345, uniforms.data()).tokens);
  for (float u : {0.0f, 0x1.fffffep-1f}) {
    std::fill(uniforms.begin(), uniforms.end(), u);
    const Draws draws = Sample(params, input, channels, channels, rows, 0, uniforms.data());
    for (size_t r = 0; r < rows; r++) {
      const Distribution exact = Exact(input.data() + r * channels, channels, params);
      EXPECT_EQ(u == 0.0f ? exact.tokens.front() : exact.tokens.back(), draws.tokens[r]) << "row " << r;
    }
  }
}

// The counter selects the draw: the same counter repeats it, another one gives another stream.
TEST(SamplerRepeatable, CounterSelectsTheDraw) {
  const smax_sampler_params params = Params(1.0f, 50, 1.0f, 0.0f, 3);
  const size_t rows = 64, channels = 100;
  const std::vector<float> input = RandomRows(rows, channels, channels, 1.0f, 5);
  const Draws first = Sample(params, input, channels, channels, rows, 1);
  EXPECT_EQ(first.tokens, Sample(params, input, channels, channels, rows, 1).tokens);
  const Draws second = Sample(params, input, channels, channels, rows, 2);
  size_t same = 0;
  for (size_t r = 0; r < rows; r++) {
    same += first.tokens[r] == second.tokens[r];
  }
  EXPECT_LT(same, rows / 4) << "50 near-equal candidates per row: two streams agree on ~2% of rows";
}

// ---- Temperature 0 and edge rows -----------------------------------------------------------------------

// Temperature 0 is the argmax of x (ties to the lower index) whatever top_k, top_p and min_p say, with its
// probability under softmax(x).
TEST(SamplerGreedy, TemperatureZeroIsTheArgmax) {
  const size_t rows = 40, channels = 300;
  std::vector<float> input = RandomRows(rows, channels, channels, 5.0f, 13);
  for (size_t r = 0; r < rows; r += 3) {
    input[r * channels + 7 + r] = 1.0f;  // a tie at the max: the lower index wins
    input[r * channels + 200] = 1.0f;
  }
  for (const smax_sampler_params& params : {Params(0.0f, 1, 1.0f, 0.0f, 1), Params(-0.0f, 300, 0.1f, 0.9f, 2)}) {
    const Draws draws = Sample(params, input, channels, channels, rows, 0);
    for (size_t r = 0; r < rows; r++) {
      const float* x = input.data() + r * channels;
      const int64_t argmax = std::max_element(x, x + channels) - x;
      EXPECT_EQ(argmax, draws.tokens[r]) << "row " << r;
      const std::vector<double> softmax = ReferenceSoftmax(x, channels);
      EXPECT_NEAR(softmax[argmax], draws.probabilities[r], OutputBound(softmax[argmax])) << "row " << r;
    }
  }
}

// Rows with a NaN, a +inf (given, or z overflowing) or only -inf: no draw, the first of them as top-k
// ranks it (NaN above +inf above finite values, ties to the lower index), probability NaN. A finite row's
// -inf entries are never drawn.
TEST(SamplerEdgeRows, SpecialValues) {
  struct Case {
    const char* name;
    std::vector<float> x;
    int64_t tempered;  // the token at temperature 0.1 (probability NaN)
    int64_t greedy;    // the token at temperature 0, where z = x
    bool greedy_nan;   // whether the greedy probability is NaN too
  };
  const Case cases[] = {
      {"NaN", {1.0f, kNaN, 3.0f, kNaN}, 1, 1, true},
      {"+inf and NaN", {kInf, 2.0f, kNaN}, 2, 2, true},
      {"+inf", {1.0f, kInf, kInf, 0.0f}, 1, 1, true},
      {"only -inf", {-kInf, -kInf, -kInf}, 0, 0, true},
      {"z = 10 x overflows to +inf", {1.0f, 2e38f, 3e38f}, 1, 2, false},
  };
  for (const Case& test : cases) {
    const Draws tempered = Sample(Params(0.1f, 2, 0.9f, 0.1f, 4), test.x, test.x.size(), test.x.size(), 1, 0);
    EXPECT_EQ(test.tempered, tempered.tokens[0]) << test.name;
    EXPECT_TRUE(std::isnan(tempered.probabilities[0])) << test.name;
    const Draws greedy = Sample(Params(0.0f, 2, 1.0f, 0.0f, 4), test.x, test.x.size(), test.x.size(), 1, 0);
    EXPECT_EQ(test.greedy, greedy.tokens[0]) << test.name << ", temperature 0";
    EXPECT_EQ(test.greedy_nan, std::isnan(greedy.probabilities[0])) << test.name << ", temperature 0";
  }
  // A finite row's -inf entries are never drawn, at any u.
  const std::vector<float> x = {-kInf, 0.5f, -kInf, -kInf, 0.25f};
  std::vector<float> uniforms = {0.0f, 0.5f, 0.999f, 0x1.fffffep-1f};
  std::vector<float> rows;
  for (size_t r = 0; r < uniforms.size(); r++) {
    rows.insert(rows.end(), x.begin(), x.end());
  }
  const Draws draws = Sample(Params(1.0f, 5, 1.0f, 0.0f, 0), rows, x.size(), x.size(), uniforms.size(), 0,
                             uniforms.data());
  for (size_t r = 0; r < uniforms.size(); r++) {
    EXPECT_TRUE(draws.tokens[r] == 1 || draws.tokens[r] == 4) << "u = " << uniforms[r];
  }
}

TEST(SamplerEdgeRows, OneChannelAndTopKOfTheWholeRow) {
  const Draws one = Sample(Params(1.0f, 1, 0.5f, 0.5f, 0), {-7.0f}, 1, 1, 1, 0);
  EXPECT_EQ(0, one.tokens[0]);
  EXPECT_EQ(1.0f, one.probabilities[0]);
  const size_t channels = 16;
  const std::vector<float> input = RandomRows(8, channels, channels, 2.0f, 17);
  const smax_sampler_params params = Params(1.5f, channels, 1.0f, 0.0f, 8);
  const Draws draws = Sample(params, input, channels, channels, 8, 3);
  for (size_t r = 0; r < 8; r++) {
    const Distribution exact = Exact(input.data() + r * channels, channels, params);
    EXPECT_EQ(exact.tokens[ExactDraw(exact, smax_sampler_uniform(8, 3, r))], draws.tokens[r]);
  }
}

// A prefix whose mass tops top_p by 1e-7 (relative), closer than top-k's logsumexp is guaranteed: the
// sampler keeps exactly that prefix on every ISA (u = 0.99 then picks its last candidate, index 1).
TEST(SamplerEdgeRows, TopPBoundaryCloserThanTheLogsumexpError) {
  const float d = -4e-7f;
  const std::vector<float> x = {0.0f, 0.0f, d, d};
  const float u = 0.99f;
  const Draws draws = Sample(Params(1.0f, 4, 0.5f, 0.0f, 0), x, 4, 4, 1, 0, &u);
  EXPECT_EQ(1, draws.tokens[0]);
}

// ---- Invalid calls change nothing ---------------------------------------------------------------------

smax_operator_t SentinelOperator() {
  static int dummy;
  return reinterpret_cast<smax_operator_t>(&dummy);
}

TEST(SamplerInvalid, Create) {
  const smax_sampler_params valid = Params(0.7f, 40, 0.95f, 0.05f, 1);
  smax_operator_t op = SentinelOperator();
  EXPECT_EQ(smax_status_invalid_parameter, smax_create_sampler_nc_f32(nullptr, 0, &op));
  EXPECT_EQ(smax_status_invalid_parameter, smax_create_sampler_nc_f32(&valid, 0, nullptr));
  for (uint32_t flags : {1u, 2u, 0x80000000u}) {
    EXPECT_EQ(smax_status_invalid_parameter, smax_create_sampler_nc_f32(&valid, flags, &op)) << flags;
  }
  const auto with = [&](void (*change)(smax_sampler_params&)) {
    smax_sampler_params params = valid;
    change(params);
    return params;
  };
  const smax_sampler_params invalid[] = {
      with([](smax_sampler_params& p) { p.temperature = -1.0f; }),
      with([](smax_sampler_params& p) { p.temperature = kNaN; }),
      with([](smax_sampler_params& p) { p.temperature = kInf; }),
      with([](smax_sampler_params& p) { p.temperature = 1e38f; }),   // 1/T subnormal
      with([](smax_sampler_params& p) { p.temperature = 1e-39f; }),  // 1/T = inf
      with([](smax_sampler_params& p) { p.top_k = 0; }),
      with([](smax_sampler_params& p) { p.top_p = 0.0f; }),
      with([](smax_sampler_params& p) { p.top_p = -0.5f; }),
      with([](smax_sampler_params& p) { p.top_p = 1.0001f; }),
      with([](smax_sampler_params& p) { p.top_p = kNaN; }),
      with([](smax_sampler_params& p) { p.min_p = -0.01f; }),
      with([](smax_sampler_params& p) { p.min_p = 1.0f; }),
      with([](smax_sampler_params& p) { p.min_p = kNaN; }),
  };
  for (const smax_sampler_params& params : invalid) {
    EXPECT_EQ(smax_status_invalid_parameter, smax_create_sampler_nc_f32(&params, 0, &op))
        << "T " << params.temperature << " k " << params.top_k << " p " << params.top_p << " min_p " << params.min_p;
  }
  EXPECT_EQ(SentinelOperator(), op);
  // The domain's edges are valid.
  for (const smax_sampler_params& params : {with([](smax_sampler_params& p) { p.temperature = 1e-38f; }),
                                            with([](smax_sampler_params& p) { p.top_p = 1.0f; }),
                                            with([](smax_sampler_params& p) { p.min_p = 0.0f; })}) {
    smax_operator_t created = nullptr;
    EXPECT_EQ(smax_status_success, smax_create_sampler_nc_f32(&params, 0, &created));
    smax_delete_operator(created);
  }
}

// A set-up sampler rejects bad reshape, setup and run calls and still runs as before, writing nothing on
// a rejected run.
TEST(SamplerInvalid, ReshapeSetupRunChangeNothing) {
  const size_t rows = 6, channels = 20;
  const std::vector<float> input = RandomRows(rows, channels, channels, 4.0f, 19);
  const smax_sampler_params params = Params(0.9f, 10, 0.9f, 0.0f, 77);
  const std::vector<int64_t> expected = Sample(params, input, channels, channels, rows, 9).tokens;

  Operator op = Create(params);
  std::vector<int64_t> tokens(rows, -1);
  std::vector<float> probabilities(rows, -1.0f);
  std::vector<float> uniforms(rows, 0.5f);
  EXPECT_EQ(smax_status_invalid_state, smax_setup_sampler_nc_f32(op.get(), input.data(), nullptr, 9, tokens.data(),
                                                                 nullptr));
  EXPECT_EQ(smax_status_invalid_state, smax_run_operator(op.get(), nullptr));
  ASSERT_EQ(smax_status_success, smax_reshape_sampler_nc_f32(op.get(), channels, channels, rows, nullptr));
  EXPECT_EQ(smax_status_invalid_state, smax_run_operator(op.get(), nullptr));
  ASSERT_EQ(smax_status_success, smax_setup_sampler_nc_f32(op.get(), input.data(), nullptr, 9, tokens.data(),
                                                           probabilities.data()));

  const auto reshape = [&](smax_operator_t sampler, size_t reshape_channels, size_t stride) {
    return smax_reshape_sampler_nc_f32(sampler, reshape_channels, stride, rows, nullptr);
  };
  EXPECT_EQ(smax_status_invalid_parameter, reshape(op.get(), 9, 9));  // top_k > channels
  EXPECT_EQ(smax_status_invalid_parameter, reshape(op.get(), 0, 0));
  EXPECT_EQ(smax_status_invalid_parameter, reshape(op.get(), channels, channels - 1));
  EXPECT_EQ(smax_status_invalid_parameter, reshape(op.get(), channels, SIZE_MAX / 2));
  EXPECT_EQ(smax_status_invalid_parameter, reshape(nullptr, channels, channels));
  // top_k is checked at temperature 0 too, where top-k itself runs with k = 1.
  Operator greedy = Create(Params(0.0f, channels + 1, 1.0f, 0.0f, 0));
  EXPECT_EQ(smax_status_invalid_parameter, reshape(greedy.get(), channels, channels));
  EXPECT_EQ(smax_status_invalid_parameter,
            smax_setup_sampler_nc_f32(op.get(), input.data(), nullptr, 9, nullptr, probabilities.data()));
  EXPECT_EQ(smax_status_invalid_parameter,
            smax_setup_sampler_nc_f32(op.get(), nullptr, nullptr, 9, tokens.data(), probabilities.data()));
  EXPECT_EQ(smax_status_invalid_parameter,  // probabilities overlap tokens
            smax_setup_sampler_nc_f32(op.get(), input.data(), nullptr, 9, tokens.data(),
                                      reinterpret_cast<float*>(tokens.data()) + 1));
  EXPECT_EQ(smax_status_invalid_parameter,  // uniforms overlap the outputs
            smax_setup_sampler_nc_f32(op.get(), input.data(), probabilities.data(), 9, tokens.data(),
                                      probabilities.data()));
  // A workspace of about 45 TB (2^36 rows of 10 candidates at 16 bytes, plus 16 per row; the input span, 11 TB,
  // fits in size_t): the allocation fails, and nothing changes.
  if (sizeof(size_t) >= 8) {
    const size_t huge_rows = static_cast<size_t>(uint64_t{1} << 36);  // 0 where size_t is 32-bit: not run there
    EXPECT_EQ(smax_status_out_of_memory, smax_reshape_sampler_nc_f32(op.get(), channels, channels, huge_rows, nullptr));
  }
  ASSERT_EQ(smax_status_success, smax_run_operator(op.get(), nullptr));
  EXPECT_EQ(expected, tokens) << "after the rejected calls";

  // Uniforms outside [0, 1) are rejected by the run that reads them, before anything is written.
  for (float bad : {1.0f, -0.25f, kNaN, 2.0f}) {
    uniforms[rows - 1] = bad;
    std::vector<int64_t> untouched(rows, -7);
    ASSERT_EQ(smax_status_success, smax_setup_sampler_nc_f32(op.get(), input.data(), uniforms.data(), 9,
                                                             untouched.data(), nullptr));
    EXPECT_EQ(smax_status_invalid_parameter, smax_run_operator(op.get(), nullptr)) << "u = " << bad;
    EXPECT_EQ(std::vector<int64_t>(rows, -7), untouched) << "u = " << bad;
  }
}

// Operators of another kind are rejected by the sampler's functions, and the sampler by theirs.
TEST(SamplerInvalid, OperatorsOfAnotherKind) {
  smax_operator_t softmax = nullptr;
  ASSERT_EQ(smax_status_success, smax_create_softmax_nc_f32(smax_algorithm_auto, 0, &softmax));
  Operator softmax_op(softmax);
  EXPECT_EQ(smax_status_invalid_parameter, smax_reshape_sampler_nc_f32(softmax, 10, 10, 1, nullptr));
  int64_t token;
  const float x[10] = {};
  EXPECT_EQ(smax_status_invalid_parameter, smax_setup_sampler_nc_f32(softmax, x, nullptr, 0, &token, nullptr));
  Operator sampler = Create(Params(1.0f, 2, 1.0f, 0.0f, 0));
  EXPECT_EQ(smax_status_invalid_parameter, smax_reshape_softmax_nc_f32(sampler.get(), 10, 10, 10, 1, nullptr));
  EXPECT_EQ(smax_status_invalid_parameter, smax_reshape_topk_nc_f32(sampler.get(), 10, 10, 1, nullptr));
}

}  // namespace
}  // namespace smax_test
