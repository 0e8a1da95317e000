// The operator cases that scripts/measure-tuning measures besides the kernels, on one thread: auto's
// crossover between its two paths for long rows, and the crossover between ordinary and streaming
// stores in the output pass.
//
// Benchmark names: <crossover>/<path>/1x<N>, N from 256K to 32M elements in steps of 1.5x and 4/3x
// (2^18, 3 * 2^17, 2^19, ...), each path right after the other on the same buffers:
//   crossover/three_pass_reload     smax_algorithm_three_pass_reload: what auto runs below the crossover;
//   crossover/running_max_two_pass  smax_algorithm_auto with the crossover set to 1 element in this
//                                   process, so that auto takes its two passes over memory
//                                   (src/softmax/running-max-two-pass.c) on every row, as it does beyond
//                                   the crossover, with the streaming stores of the tuning in effect;
//   streaming/ordinary              those two passes with ordinary stores in the output pass
//                                   (smax_config.streaming_store_elements = SIZE_MAX while it runs);
//   streaming/streaming             the same with streaming stores on every row (= 1).
// All run through the operator API (create, reshape and setup outside the timed loop). Counters as
// every smax benchmark (bench/bench-utils.h): 8 bytes per element (read once, write once). Inputs are
// uniform in [-10, 10], as the operator benchmarks'. Each crossover is the shortest N from which the
// second path is the faster on every longer N (scripts/measure-tuning writes them into
// tuning/<cpu>.table as `crossover auto-two-pass N` and `crossover streaming-stores N`).
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "bench-utils.h"
#include "smax.h"
#include "smax/config.h"

namespace {

std::vector<size_t> CrossoverLengths() {
  std::vector<size_t> lengths;
  for (size_t n = size_t(1) << 18; n <= size_t(1) << 25; n *= 2) {
    lengths.push_back(n);
    if (n < size_t(1) << 25) lengths.push_back(n + n / 2);
  }
  return lengths;
}

struct Buffers {
  smax_bench::FloatBuffer input;
  smax_bench::FloatBuffer output;
};

Buffers& SharedBuffers() {
  static Buffers buffers;
  if (!buffers.input) {
    const size_t largest = CrossoverLengths().back();
    buffers.input = smax_bench::AllocateFloats(largest);
    buffers.output = smax_bench::AllocateFloats(largest);
    smax_bench::FillUniform(buffers.input.get(), largest, -10.0f, 10.0f);
    std::memset(buffers.output.get(), 0, largest * sizeof(float));  // page faults are not timed
  }
  return buffers;
}

// The library's configuration (not const: smax_get_config() only hands it out as const).
struct smax_config* Config() { return const_cast<struct smax_config*>(smax_get_config()); }

void RunOperator(benchmark::State& state, enum smax_algorithm algorithm, size_t channels) {
  Buffers& buffers = SharedBuffers();
  smax_operator_t op = nullptr;
  enum smax_status status = smax_create_softmax_nc_f32(algorithm, 0, &op);
  if (status == smax_status_success) {
    status = smax_reshape_softmax_nc_f32(op, channels, channels, channels, 1, nullptr);
  }
  if (status == smax_status_success) {
    status = smax_setup_softmax_nc_f32(op, buffers.input.get(), buffers.output.get());
  }
  if (status != smax_status_success) {
    smax_delete_operator(op);
    state.SkipWithError((std::string("operator setup failed: ") + smax_status_string(status)).c_str());
    return;
  }
  for (auto _ : state) {
    status = smax_run_operator(op, nullptr);
    benchmark::ClobberMemory();
  }
  smax_delete_operator(op);
  if (status != smax_status_success) {
    state.SkipWithError((std::string("run failed: ") + smax_status_string(status)).c_str());
    return;
  }
  smax_bench::SetThroughputCounters(state, double(channels), 8.0 * double(channels));
}

}  // namespace

int main(int argc, char** argv) {
  if (!cpuinfo_initialize()) return 1;
  const enum smax_status status = smax_initialize();
  if (status != smax_status_success) {
    std::fprintf(stderr, "tuning-bench: smax_initialize failed: %s\n", smax_status_string(status));
    return 1;
  }
  smax_bench::AddCpuContext();
  // From here on, auto takes its two passes over memory on every row longer than a few elements.
  Config()->auto_two_pass_elements = 1;
  const size_t tuned_streaming = Config()->streaming_store_elements;
  for (size_t n : CrossoverLengths()) {
    const std::string shape = "/1x" + std::to_string(n);
    benchmark::RegisterBenchmark(("crossover/three_pass_reload" + shape).c_str(), [n](benchmark::State& state) {
      RunOperator(state, smax_algorithm_three_pass_reload, n);
    })->UseRealTime();
    benchmark::RegisterBenchmark(("crossover/running_max_two_pass" + shape).c_str(), [=](benchmark::State& state) {
      Config()->streaming_store_elements = tuned_streaming;
      RunOperator(state, smax_algorithm_auto, n);
    })->UseRealTime();
    benchmark::RegisterBenchmark(("streaming/ordinary" + shape).c_str(), [=](benchmark::State& state) {
      Config()->streaming_store_elements = SIZE_MAX;
      RunOperator(state, smax_algorithm_auto, n);
      Config()->streaming_store_elements = tuned_streaming;
    })->UseRealTime();
    benchmark::RegisterBenchmark(("streaming/streaming" + shape).c_str(), [=](benchmark::State& state) {
      Config()->streaming_store_elements = 1;
      RunOperator(state, smax_algorithm_auto, n);
      Config()->streaming_store_elements = tuned_streaming;
    })->UseRealTime();
  }
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
