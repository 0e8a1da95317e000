// Top-k with row statistics (smax_create_topk_nc_f32, k = 40) next to what runtimes do today, on the
// same rows in one process: smax's plain softmax of the row (the target: top-k + statistics within 1.3x
// of it), softmax followed by std::partial_sort of the k largest (ExecuTorch's way: at least 4x slower)
// and softmax followed by a full std::sort (at least 20x slower); one row on 1 and all threads (the
// target: 2 threads at least 1.7x over 1); batched decoding (32x32000). The cases are the rows of
// bench/operator-cases.h that name topk-bench (operation topk), so scripts/bench-suite runs this binary
// in its interleaved processes and its summary prints the ratios (real time, best per-process median).
//
// Names: op/topk/<implementation>/<rows>x<channels>/threads:<T>, implementations smax:topk, smax:softmax,
// smax:softmax+partial_sort, smax:softmax+sort.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <numeric>
#include <random>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>
#include <pthreadpool.h>

#include "operator-bench.h"
#include "smax.h"

namespace {

// Logits as a language model's: normally distributed around 0 with a spread of a few units, so that the
// top-k's threshold settles early and most of the row is within 20 of its max.
const std::vector<float>& Logits(size_t elements) {
  static std::vector<float> logits;
  if (logits.size() < elements) {
    std::mt19937 rng(2026);
    std::normal_distribution<float> dist(0.0f, 3.0f);
    logits.resize(elements);
    std::generate(logits.begin(), logits.end(), [&] { return dist(rng); });
  }
  return logits;
}

constexpr size_t kTopK = 40;

enum class Implementation { topk, softmax, softmax_partial_sort, softmax_sort };

// The k largest probabilities of each row, sorted, the way a sampler without a fused top-k finds them.
void SortRows(const std::vector<float>& probabilities, size_t rows, size_t channels, size_t k, bool full,
              std::vector<uint32_t>& order, std::vector<int64_t>& indices) {
  for (size_t r = 0; r < rows; r++) {
    const float* p = probabilities.data() + r * channels;
    std::iota(order.begin(), order.end(), 0u);
    const auto above = [p](uint32_t a, uint32_t b) { return p[a] > p[b] || (p[a] == p[b] && a < b); };
    if (full) {
      std::sort(order.begin(), order.end(), above);
    } else {
      std::partial_sort(order.begin(), order.begin() + k, order.end(), above);
    }
    std::copy(order.begin(), order.begin() + k, indices.begin() + r * k);
  }
}

void Run(benchmark::State& state, Implementation implementation, size_t rows, size_t channels, size_t k,
         size_t threads) {
  const std::vector<float>& x = Logits(rows * channels);
  pthreadpool_t pool = smax_bench::ThreadPool(threads);
  std::vector<int64_t> indices(rows * k);
  std::vector<float> values(rows * k), probabilities(rows * k), max(rows), logsumexp(rows);
  std::vector<float> y(rows * channels);
  std::vector<uint32_t> order(channels);
  smax_operator_t op = nullptr;
  enum smax_status status;
  if (implementation == Implementation::topk) {
    status = smax_create_topk_nc_f32(k, 1.0f, SMAX_TOPK_PROBABILITIES, &op);
    if (status == smax_status_success) {
      status = smax_reshape_topk_nc_f32(op, channels, channels, rows, pool);
    }
    const smax_topk_outputs outputs = {indices.data(), values.data(), probabilities.data(), nullptr,
                                       max.data(),     logsumexp.data()};
    if (status == smax_status_success) {
      status = smax_setup_topk_nc_f32(op, x.data(), &outputs);
    }
  } else {
    status = smax_create_softmax_nc_f32(smax_algorithm_auto, 0, &op);
    if (status == smax_status_success) {
      status = smax_reshape_softmax_nc_f32(op, channels, channels, channels, rows, pool);
    }
    if (status == smax_status_success) {
      status = smax_setup_softmax_nc_f32(op, x.data(), y.data());
    }
  }
  if (status != smax_status_success) {
    state.SkipWithError(smax_status_string(status));
  }
  for (auto _ : state) {
    smax_run_operator(op, pool);
    if (implementation == Implementation::softmax_partial_sort || implementation == Implementation::softmax_sort) {
      SortRows(y, rows, channels, k, implementation == Implementation::softmax_sort, order, indices);
    }
    benchmark::DoNotOptimize(indices.data());
    benchmark::ClobberMemory();
  }
  state.counters["elements"] =
      benchmark::Counter(static_cast<double>(state.iterations() * rows * channels), benchmark::Counter::kIsRate);
  smax_delete_operator(op);
}

// Implementations of operation topk: smax:topk, smax:softmax, smax:softmax+partial_sort, smax:softmax+sort.
bool RegisterCase(const smax_bench::OperatorCase& c) {
  if (c.operation != "topk") return false;
  Implementation implementation;
  if (c.implementation == "smax:topk") {
    implementation = Implementation::topk;
  } else if (c.implementation == "smax:softmax") {
    implementation = Implementation::softmax;
  } else if (c.implementation == "smax:softmax+partial_sort") {
    implementation = Implementation::softmax_partial_sort;
  } else if (c.implementation == "smax:softmax+sort") {
    implementation = Implementation::softmax_sort;
  } else {
    return false;
  }
  const size_t rows = c.shape.rows, channels = c.shape.channels, threads = c.threads;
  benchmark::RegisterBenchmark(c.Name().c_str(), [=](benchmark::State& state) {
    Run(state, implementation, rows, channels, kTopK, threads);
  })->UseRealTime();
  return true;
}

bool Initialize() { return smax_initialize() == smax_status_success; }

}  // namespace

SMAX_OPERATOR_BENCH_MAIN("topk-bench", Initialize, RegisterCase)
