// The sampler end to end, per token: one row of logits to a token with temperature, top-k 40 and
// top-p 0.95 (issue 17's case), through smax's sampler operator, next to the naive paths CPU samplers
// take: a scalar full softmax, std::sort of the whole row, cumulative sum, draw (llama.cpp with top-k
// off, vLLM's CPU top-p path); and smax's softmax with std::partial_sort of the k (ExecuTorch's way).
//
// One thread. The cases are the rows of bench/operator-cases.h that name sampler-bench (operation
// sampler), so scripts/bench-suite runs this binary in its interleaved processes and its summary prints
// each path's time over the smax sampler's (real time, best per-process median).
//
// Names: op/sampler/<implementation>/1x<channels>/threads:1, implementations smax:sampler, naive_sort,
// smax:softmax+partial_sort.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include <benchmark/benchmark.h>

#include "bench-utils.h"
#include "operator-bench.h"
#include "smax.h"

namespace {

constexpr float kTemperature = 0.8f;
constexpr size_t kTopK = 40;
constexpr float kTopP = 0.95f;

// A row of logits in [-12, 8], a language model's range, the same in every run.
std::vector<float> Logits(size_t channels) {
  std::vector<float> row(channels);
  smax_bench::FillUniform(row.data(), channels, -12.0f, 8.0f);
  return row;
}

void SmaxSampler(benchmark::State& state, size_t channels) {
  const std::vector<float> row = Logits(channels);
  smax_sampler_params params = {kTemperature, kTopK, kTopP, 0.0f, 42};
  smax_operator_t op = nullptr;
  if (smax_create_sampler_nc_f32(&params, 0, &op) != smax_status_success ||
      smax_reshape_sampler_nc_f32(op, channels, channels, 1, nullptr) != smax_status_success) {
    state.SkipWithError("sampler set-up failed");
    return;
  }
  int64_t token = 0;
  uint64_t step = 0;
  for (auto _ : state) {
    // A new counter per token, as a decoding loop passes its step.
    smax_setup_sampler_nc_f32(op, row.data(), nullptr, step++, &token, nullptr);
    smax_run_operator(op, nullptr);
    benchmark::DoNotOptimize(token);
  }
  smax_delete_operator(op);
  smax_bench::SetThroughputCounters(state, double(channels), double(channels) * sizeof(float));
}

// Top-p within the sorted candidates (their probabilities renormalised to them), then the inverse CDF.
int64_t DrawFromSorted(const std::vector<std::pair<float, int64_t>>& sorted, size_t k, float u) {
  double total = 0.0;
  for (size_t j = 0; j < k; j++) {
    total += sorted[j].first;
  }
  size_t kept = 0;
  double mass = 0.0;
  while (kept < k && mass < kTopP * total) {
    mass += sorted[kept++].first;
  }
  const double target = u * mass;
  double cumulative = 0.0;
  for (size_t j = 0; j < kept; j++) {
    cumulative += sorted[j].first;
    if (target < cumulative) {
      return sorted[j].second;
    }
  }
  return sorted[kept - 1].second;
}

bool Descending(const std::pair<float, int64_t>& a, const std::pair<float, int64_t>& b) {
  return a.first > b.first || (a.first == b.first && a.second < b.second);
}

// Naive: z = x / T, a scalar softmax with expf, std::sort of every (probability, index), top-k, top-p,
// draw.
void NaiveFullSort(benchmark::State& state, size_t channels) {
  const std::vector<float> row = Logits(channels);
  std::vector<std::pair<float, int64_t>> candidates(channels);
  std::mt19937 rng(42);
  std::uniform_real_distribution<float> uniform(0.0f, 1.0f);
  for (auto _ : state) {
    float max = -INFINITY;
    for (size_t c = 0; c < channels; c++) {
      max = std::max(max, row[c] / kTemperature);
    }
    float sum = 0.0f;
    for (size_t c = 0; c < channels; c++) {
      const float p = std::exp(row[c] / kTemperature - max);
      candidates[c] = {p, int64_t(c)};
      sum += p;
    }
    for (size_t c = 0; c < channels; c++) {
      candidates[c].first /= sum;
    }
    std::sort(candidates.begin(), candidates.end(), Descending);
    benchmark::DoNotOptimize(DrawFromSorted(candidates, kTopK, uniform(rng)));
  }
  smax_bench::SetThroughputCounters(state, double(channels), double(channels) * sizeof(float));
}

// smax's softmax of z (scale 1/T, auto), then std::partial_sort of the k and the same draw.
void SmaxSoftmaxPartialSort(benchmark::State& state, size_t channels) {
  const std::vector<float> row = Logits(channels);
  std::vector<float> probabilities(channels);
  std::vector<std::pair<float, int64_t>> candidates(channels);
  smax_softmax_options options = {0, 1.0f / kTemperature, smax_mask_type_none, 1};
  smax_operator_t op = nullptr;
  if (smax_create_softmax_nc_f32_ex(smax_algorithm_auto, 0, &options, &op) != smax_status_success ||
      smax_reshape_softmax_nc_f32(op, channels, channels, channels, 1, nullptr) != smax_status_success ||
      smax_setup_softmax_nc_f32(op, row.data(), probabilities.data()) != smax_status_success) {
    state.SkipWithError("softmax set-up failed");
    return;
  }
  std::mt19937 rng(42);
  std::uniform_real_distribution<float> uniform(0.0f, 1.0f);
  for (auto _ : state) {
    smax_run_operator(op, nullptr);
    for (size_t c = 0; c < channels; c++) {
      candidates[c] = {probabilities[c], int64_t(c)};
    }
    std::partial_sort(candidates.begin(), candidates.begin() + kTopK, candidates.end(), Descending);
    benchmark::DoNotOptimize(DrawFromSorted(candidates, kTopK, uniform(rng)));
  }
  smax_delete_operator(op);
  smax_bench::SetThroughputCounters(state, double(channels), double(channels) * sizeof(float));
}

// Implementations of operation sampler (one row per token, one thread): smax:sampler, naive_sort,
// smax:softmax+partial_sort.
bool RegisterCase(const smax_bench::OperatorCase& c) {
  void (*run)(benchmark::State&, size_t) = nullptr;
  if (c.operation != "sampler" || c.shape.rows != 1 || c.threads != 1) return false;
  if (c.implementation == "smax:sampler") {
    run = SmaxSampler;
  } else if (c.implementation == "naive_sort") {
    run = NaiveFullSort;
  } else if (c.implementation == "smax:softmax+partial_sort") {
    run = SmaxSoftmaxPartialSort;
  } else {
    return false;
  }
  benchmark::RegisterBenchmark(c.Name().c_str(), run, c.shape.channels)->UseRealTime();
  return true;
}

bool Initialize() { return smax_initialize() == smax_status_success; }

}  // namespace

SMAX_OPERATOR_BENCH_MAIN("sampler-bench", Initialize, RegisterCase)
