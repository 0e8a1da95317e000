// The sampler's parts below the operator: Philox4x32-10 against Random123's known answers, the uniform
// it gives each row, the chi-square machinery the sampler suites rely on, and the row sampler's keep
// rules and draw (src/sampler/sample-row.c) on rows whose answer is known by construction.
#include <cmath>
#include <cstdint>
#include <limits>
#include <set>
#include <vector>

#include <gtest/gtest.h>

#include "sampler-chi-square.h"
#include "sampler/philox.h"
#include "sampler/sample-row.h"

namespace smax_test {
namespace {

// Random123 tests/kat_vectors, the three "philox4x32 10" lines: counter (4 words), key (2), result (4).
struct PhiloxKnownAnswer {
  uint32_t counter[4];
  uint32_t key[2];
  uint32_t result[4];
};
const PhiloxKnownAnswer kPhiloxKnownAnswers[] = {
    {{0x00000000, 0x00000000, 0x00000000, 0x00000000},
     {0x00000000, 0x00000000},
     {0x6627e8d5, 0xe169c58d, 0xbc57ac4c, 0x9b00dbd8}},
    {{0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff},
     {0xffffffff, 0xffffffff},
     {0x408f276d, 0x41c83b0e, 0xa20bc7c6, 0x6d5451fd}},
    {{0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344},
     {0xa4093822, 0x299f31d0},
     {0xd16cfe09, 0x94fdcceb, 0x5001e420, 0x24126ea1}},
};

TEST(Philox4x32_10, KnownAnswers) {
  for (const PhiloxKnownAnswer& answer : kPhiloxKnownAnswers) {
    const smax_philox4x32_block counter = {
        {answer.counter[0], answer.counter[1], answer.counter[2], answer.counter[3]}};
    const smax_philox4x32_key key = {{answer.key[0], answer.key[1]}};
    const smax_philox4x32_block result = smax_philox4x32_10(counter, key);
    for (int i = 0; i < 4; i++) {
      EXPECT_EQ(answer.result[i], result.word[i]) << "word " << i << " of the vector with counter word 0 0x"
                                                  << std::hex << answer.counter[0];
    }
  }
}

// The uniform's documented layout: key = (seed low, seed high), counter = (counter low, counter high, row
// low, row high), u = (word 0 >> 8) * 2^-24. The known answers pin every word's place.
TEST(SamplerUniform, LayoutFromKnownAnswers) {
  for (const PhiloxKnownAnswer& answer : kPhiloxKnownAnswers) {
    const uint64_t seed = answer.key[0] | static_cast<uint64_t>(answer.key[1]) << 32;
    const uint64_t counter = answer.counter[0] | static_cast<uint64_t>(answer.counter[1]) << 32;
    const uint64_t row = answer.counter[2] | static_cast<uint64_t>(answer.counter[3]) << 32;
    EXPECT_EQ(static_cast<float>(answer.result[0] >> 8) * 0x1.0p-24f, smax_sampler_uniform(seed, counter, row));
  }
}

TEST(SamplerUniform, TwentyFourBitsInUnitInterval) {
  for (uint64_t row = 0; row < 4096; row++) {
    const float u = smax_sampler_uniform(UINT64_C(0x0123456789ABCDEF), 7, row);
    ASSERT_GE(u, 0.0f);
    ASSERT_LT(u, 1.0f);
    const float scaled = u * 0x1.0p24f;
    ASSERT_EQ(scaled, std::floor(scaled)) << "u = " << u << " is not a multiple of 2^-24";
  }
}

// Neighbouring seeds, counters and rows give unrelated streams: 64 equal bins, p = 1e-6.
TEST(SamplerUniform, EquidistributedAcrossSeedsCountersRows) {
  const size_t bins = 64;
  std::vector<uint64_t> counts(bins);
  std::vector<double> probabilities(bins, 1.0 / bins);
  for (uint64_t seed = 0; seed < 4; seed++) {
    for (uint64_t counter = 0; counter < 16; counter++) {
      for (uint64_t row = 0; row < 1024; row++) {
        counts[static_cast<size_t>(smax_sampler_uniform(seed, counter, row) * bins)]++;
      }
    }
  }
  EXPECT_LT(ChiSquareStatistic(counts, probabilities), ChiSquareCriticalValue(bins - 1, 1e-6));
}

// The critical values against closed forms: df = 2 is exponential (x = -2 log p); df = 1 is a squared
// normal (P = erfc(sqrt(x / 2))).
TEST(ChiSquare, CriticalValuesMatchClosedForms) {
  EXPECT_NEAR(-2.0 * std::log(1e-6), ChiSquareCriticalValue(2, 1e-6), 1e-9);
  const double x1 = ChiSquareCriticalValue(1, 1e-6);
  EXPECT_NEAR(1e-6, std::erfc(std::sqrt(0.5 * x1)), 1e-15);
  // A larger df lies between its mean and a generous bound.
  const double x30 = ChiSquareCriticalValue(30, 1e-6);
  EXPECT_GT(x30, 30.0 + 5.0 * std::sqrt(60.0));
  EXPECT_LT(x30, 30.0 + 10.0 * std::sqrt(60.0));
}

// A row of the row sampler, its indices 0..k-1, L exact in double unless given.
struct Row {
  std::vector<float> x;
  std::vector<int64_t> indices;
  std::vector<float> values;
  std::vector<float> probabilities;
  float logsumexp;

  // x is taken as sorted descending (the tests build it so), with scale 1.
  explicit Row(std::vector<float> row) : x(std::move(row)) {
    double sum = 0.0;
    for (size_t c = 0; c < x.size(); c++) {
      indices.push_back(static_cast<int64_t>(c));
      values.push_back(x[c]);
      sum += std::exp(static_cast<double>(x[c]));
    }
    logsumexp = static_cast<float>(std::log(sum));
    for (float z : x) {
      probabilities.push_back(static_cast<float>(std::exp(z - std::log(sum))));
    }
  }

  smax_sampling_row Sampling(size_t k) const {
    return {indices.data(), values.data(), probabilities.data(), k, logsumexp, x.data(), x.size(), 1.0f};
  }
};

smax_sampling_rule Rule(double top_p, double min_p) {
  return {top_p, min_p > 0.0 ? std::log(min_p) : -std::numeric_limits<double>::infinity()};
}

size_t Kept(const Row& row, size_t k, const smax_sampling_rule& rule) {
  int uncertain;
  double total;
  const double log_sum = static_cast<double>(row.logsumexp) - row.values[0];
  return smax_sampling_kept_count(row.values.data(), k, log_sum, &rule, 0.0, &uncertain, &total);
}

TEST(SampleRow, MinPKeepsTheLogitsAtLeastMaxPlusLogMinP) {
  const Row row({0.0f, -1.0f, -1.5f, -3.0f});
  EXPECT_EQ(2u, Kept(row, 4, Rule(1.0, 0.25)));  // log(0.25) = -1.386
  EXPECT_EQ(3u, Kept(row, 4, Rule(1.0, 0.2)));   // log(0.2) = -1.609
  EXPECT_EQ(4u, Kept(row, 4, Rule(1.0, 0.0)));
  EXPECT_EQ(1u, Kept(row, 4, Rule(1.0, 0.9)));   // the max always stays
  EXPECT_EQ(3u, Kept(row, 3, Rule(1.0, 0.0)));   // within the top-k
}

// Top-p: the smallest prefix whose full-row mass reaches top_p (ties at the boundary by position).
TEST(SampleRow, TopPIsTheSmallestPrefixReachingTheFullRowMass) {
  const Row equal({0.0f, 0.0f, 0.0f, 0.0f});  // mass 0.25 each
  EXPECT_EQ(3u, Kept(equal, 4, Rule(0.6, 0.0)));
  EXPECT_EQ(1u, Kept(equal, 4, Rule(0.2, 0.0)));
  EXPECT_EQ(4u, Kept(equal, 4, Rule(0.9, 0.0)));
  // The mass is the full row's: the top 2 of 10 equal logits hold 0.2 < 0.9, and both are kept.
  const Row ten(std::vector<float>(10, 1.0f));
  EXPECT_EQ(2u, Kept(ten, 2, Rule(0.9, 0.0)));
  EXPECT_EQ(2u, Kept(ten, 5, Rule(0.15, 0.0)));
  // Both rules: the shorter prefix.
  const Row row({0.0f, -0.5f, -1.0f, -4.0f, -4.0f});
  EXPECT_EQ(2u, Kept(row, 5, Rule(0.6, 0.5)));
}

TEST(SampleRow, DrawIsTheInverseCdfInSortedOrder) {
  const Row row({0.0f, 0.0f, -std::log(2.0f), -20.0f});  // weights 1, 1, 0.5, ~2e-9 of 2.5
  const smax_sampling_row sampling = row.Sampling(3);
  const smax_sampling_rule rule = Rule(1.0, 0.0);
  EXPECT_EQ(0, smax_sample_row(&sampling, &rule, 0.0f).token);
  EXPECT_EQ(0, smax_sample_row(&sampling, &rule, 0.39f).token);
  EXPECT_EQ(1, smax_sample_row(&sampling, &rule, 0.41f).token);
  EXPECT_EQ(1, smax_sample_row(&sampling, &rule, 0.79f).token);
  EXPECT_EQ(2, smax_sample_row(&sampling, &rule, 0.81f).token);
  EXPECT_EQ(2, smax_sample_row(&sampling, &rule, 0x1.fffffep-1f).token);
  EXPECT_EQ(row.probabilities[1], smax_sample_row(&sampling, &rule, 0.5f).probability);
}

// A finite row's -inf candidates have weight 0: never drawn, even at u next to 1.
TEST(SampleRow, NegativeInfinityIsNeverDrawn) {
  const float inf = std::numeric_limits<float>::infinity();
  const Row row({2.0f, -inf, -inf});
  const smax_sampling_row sampling = row.Sampling(3);
  const smax_sampling_rule rule = Rule(1.0, 0.0);
  for (float u : {0.0f, 0.5f, 0x1.fffffep-1f}) {
    EXPECT_EQ(0, smax_sample_row(&sampling, &rule, u).token) << "u = " << u;
  }
}

TEST(SampleRow, NonFiniteLogsumexpGivesTheFirstCandidateAndItsProbability) {
  Row row({1.0f, 0.0f});
  row.probabilities = {std::numeric_limits<float>::quiet_NaN(), std::numeric_limits<float>::quiet_NaN()};
  for (float logsumexp : {std::numeric_limits<float>::quiet_NaN(), std::numeric_limits<float>::infinity(),
                          -std::numeric_limits<float>::infinity()}) {
    smax_sampling_row sampling = row.Sampling(2);
    sampling.logsumexp = logsumexp;
    const smax_sampling_rule rule = Rule(0.9, 0.1);
    const smax_sampled_token sampled = smax_sample_row(&sampling, &rule, 0.99f);
    EXPECT_EQ(0, sampled.token);
    EXPECT_TRUE(std::isnan(sampled.probability));
  }
}

// The top-p boundary does not depend on L's last bits: a prefix whose mass tops top_p by 1e-7 (relative)
// is kept as it is with the exact sum even when L is off by 2e-6, as top-k's contract allows on another
// ISA. Without the exact re-sum the boundary moves (checked first, so the case is a real one).
TEST(SampleRow, TopPBoundaryIsTheExactSumsWhateverLsLastBits) {
  // Weights 1, 1, e^d, e^d: the first two hold 1 / (1 + e^d) = 0.5 (1 + 1e-7) of the mass for d = -4e-7.
  const float d = -4e-7f;
  const Row row({0.0f, 0.0f, d, d});
  const smax_sampling_rule rule = Rule(0.5, 0.0);
  ASSERT_EQ(2u, Kept(row, 4, rule));
  Row shifted = row;
  shifted.logsumexp = row.logsumexp + 2e-6f;
  ASSERT_EQ(3u, Kept(shifted, 4, rule)) << "L + 2e-6 should move the boundary without the exact re-sum";
  // u = 0.99 picks the last kept candidate: 1 with two kept, 2 with three.
  for (const Row* candidate : std::vector<const Row*>{&row, &shifted}) {
    const smax_sampling_row sampling = candidate->Sampling(4);
    EXPECT_EQ(1, smax_sample_row(&sampling, &rule, 0.99f).token) << "L = " << candidate->logsumexp;
  }
}

}  // namespace
}  // namespace smax_test
