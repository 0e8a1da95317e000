// XNNPACK's softmax (Debian's libxnnpack-dev, a 2022-02 snapshot): the case table's rows for
// xnnpack-bench (bench/operator-cases.h). Built only when CMake finds XNNPACK; no log-softmax in it. This snapshot's API: xnn_create_softmax_nc_f32(channels, input_stride, output_stride,
// flags, &op), xnn_setup_softmax_nc_f32(op, batch_size, input, output, threadpool),
// xnn_run_operator(op, threadpool). Setup is outside the timed loop, as for smax.
#include <cstdio>
#include <string>

#include <xnnpack.h>

#include "operator-bench.h"

namespace {

bool Initialize() {
  const enum xnn_status status = xnn_initialize(nullptr);
  if (status != xnn_status_success) {
    std::fprintf(stderr, "xnnpack-bench: xnn_initialize failed: %d\n", (int) status);
    return false;
  }
  benchmark::AddCustomContext("peer", "XNNPACK (Debian libxnnpack-dev)");
  return true;
}

bool RegisterCase(const smax_bench::OperatorCase& c) {
  if (c.implementation != "xnnpack" || c.operation != "softmax") return false;
  const smax_bench::Shape shape = c.shape;
  const size_t threads = c.threads;
  benchmark::RegisterBenchmark(c.Name().c_str(), [=](benchmark::State& state) {
    smax_bench::OperatorBuffers& buffers = smax_bench::Buffers(shape.elements());
    pthreadpool_t pool = smax_bench::ThreadPool(threads);
    xnn_operator_t op = nullptr;
    enum xnn_status status = xnn_create_softmax_nc_f32(shape.channels, shape.channels, shape.channels, 0, &op);
    if (status == xnn_status_success) {
      status = xnn_setup_softmax_nc_f32(op, shape.rows, buffers.input.get(), buffers.output.get(), pool);
    }
    if (status != xnn_status_success) {
      if (op != nullptr) xnn_delete_operator(op);
      state.SkipWithError(("XNNPACK setup failed: status " + std::to_string(int(status))).c_str());
      return;
    }
    for (auto _ : state) {
      status = xnn_run_operator(op, pool);
      benchmark::ClobberMemory();
    }
    xnn_delete_operator(op);
    if (status != xnn_status_success) {
      state.SkipWithError("XNNPACK run failed");
      return;
    }
    smax_bench::SetThroughputCounters(state, double(shape.elements()), 8.0 * double(shape.elements()));
  })->UseRealTime();
  return true;
}

}  // namespace

SMAX_OPERATOR_BENCH_MAIN("xnnpack-bench", Initialize, RegisterCase)
