// Top-k with row statistics (smax_create_topk_nc_f32) next to what runtimes do today, on the same rows in
// one process: smax's plain softmax of the row (the target: top-k + statistics within 1.3x of it),
// softmax followed by std::partial_sort of the k largest (ExecuTorch's way: at least 4x slower) and
// softmax followed by a full std::sort (at least 20x slower); one row on 1 and 2 threads; batched
// decoding (32x32000). Ratios are read from one run of this binary (CPU time per iteration for one
// thread; real time for the thread scaling, where CPU time counts the calling thread only).
//
// Names: topk/<implementation>/<rows>x<channels>/k:<k>/threads:<T>
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <numeric>
#include <random>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>
#include <pthreadpool.h>

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

enum class Implementation { topk, softmax, softmax_partial_sort, softmax_sort };

const char* Name(Implementation implementation) {
  switch (implementation) {
    case Implementation::topk:
      return "smax:topk";
    case Implementation::softmax:
      return "smax:softmax";
    case Implementation::softmax_partial_sort:
      return "smax:softmax+partial_sort";
    case Implementation::softmax_sort:
      return "smax:softmax+sort";
  }
  return "?";
}

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
  pthreadpool_t pool = threads > 1 ? pthreadpool_create(threads) : nullptr;
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
  pthreadpool_destroy(pool);
}

void Register(Implementation implementation, size_t rows, size_t channels, size_t k, size_t threads) {
  const std::string name = std::string("topk/") + Name(implementation) + "/" + std::to_string(rows) + "x" +
                           std::to_string(channels) + "/k:" + std::to_string(k) + "/threads:" +
                           std::to_string(threads);
  auto* b = benchmark::RegisterBenchmark(name.c_str(), [=](benchmark::State& state) {
    Run(state, implementation, rows, channels, k, threads);
  });
  b->Unit(benchmark::kMicrosecond);
  if (threads > 1) {
    b->UseRealTime();
  }
}

void RegisterAll() {
  const size_t k = 40;
  for (size_t channels : {size_t{128256}, size_t{262144}}) {
    for (Implementation implementation : {Implementation::topk, Implementation::softmax,
                                          Implementation::softmax_partial_sort, Implementation::softmax_sort}) {
      Register(implementation, 1, channels, k, 1);
    }
    // Thread scaling of one row: real time on 1 and 2 threads, smax's softmax next to it (the same
    // split of a long row into chunks across the threads, src/softmax/plan.c).
    for (Implementation implementation : {Implementation::topk, Implementation::softmax}) {
      for (size_t threads : {size_t{1}, size_t{2}}) {
        // google-benchmark appends /real_time to these names.
        auto name = std::string("topk/") + Name(implementation) + "/1x" + std::to_string(channels) +
                    "/k:40/threads:" + std::to_string(threads);
        benchmark::RegisterBenchmark(name.c_str(), [=](benchmark::State& state) {
          Run(state, implementation, 1, channels, k, threads);
        })->Unit(benchmark::kMicrosecond)->UseRealTime();
      }
    }
  }
  for (Implementation implementation : {Implementation::topk, Implementation::softmax,
                                        Implementation::softmax_partial_sort}) {
    Register(implementation, 32, 32000, k, 1);
    Register(implementation, 1, 1000, k, 1);  // a short row: the cost per call (and the CI smoke case)
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (smax_initialize() != smax_status_success) {
    std::fprintf(stderr, "topk-bench: smax_initialize failed\n");
    return 1;
  }
  RegisterAll();
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
