// smax's softmax operator: every algorithm (auto included) x every shape x {1 thread, all
// processors}, next to the memory references (see bench/operator-bench.h).
//
// Run it with SMAX_ISA=scalar to measure the scalar baseline (scripts/bench-suite does, in a second
// process). The JSON context records the ISA and the kernel chosen for every family.
#include <cstdio>
#include <cstdlib>
#include <string>

#include "operator-bench.h"
#include "smax.h"

namespace {

bool Initialize() {
  const enum smax_status status = smax_initialize();
  if (status != smax_status_success) {
    std::fprintf(stderr, "softmax-bench: smax_initialize failed: %s\n", smax_status_string(status));
    return false;
  }
  const char* cap = std::getenv("SMAX_ISA");
  benchmark::AddCustomContext("smax_isa", smax_get_isa_name());
  benchmark::AddCustomContext("smax_isa_env", cap != nullptr ? cap : "");
  for (size_t index = 0; index < smax_get_ukernel_family_count(); index++) {
    const char* family = smax_get_ukernel_family_name(index);
    benchmark::AddCustomContext(std::string("smax_kernel:") + family, smax_get_ukernel_name(family));
  }
  return true;
}

void RegisterSoftmax(const smax_bench::Shape& shape, size_t threads) {
  for (int a = 0; a < SMAX_ALGORITHM_COUNT; a++) {
    const enum smax_algorithm algorithm = (enum smax_algorithm) a;
    const std::string name =
        smax_bench::OperatorName(std::string("smax:") + smax_algorithm_string(algorithm), shape, threads);
    benchmark::RegisterBenchmark(name.c_str(), [=](benchmark::State& state) {
      smax_bench::OperatorBuffers& buffers = smax_bench::Buffers(shape.elements());
      pthreadpool_t pool = smax_bench::ThreadPool(threads);
      smax_operator_t op = nullptr;
      enum smax_status status = smax_create_softmax_nc_f32(algorithm, 0, &op);
      if (status == smax_status_success) {
        status = smax_reshape_softmax_nc_f32(op, shape.channels, shape.channels, shape.channels, shape.rows, pool);
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
        status = smax_run_operator(op, pool);
        benchmark::ClobberMemory();
      }
      smax_delete_operator(op);
      if (status != smax_status_success) {
        state.SkipWithError((std::string("run failed: ") + smax_status_string(status)).c_str());
        return;
      }
      smax_bench::SetThroughputCounters(state, double(shape.elements()), 8.0 * double(shape.elements()));
    })->UseRealTime();
  }
}

}  // namespace

SMAX_OPERATOR_BENCH_MAIN(Initialize, RegisterSoftmax)
