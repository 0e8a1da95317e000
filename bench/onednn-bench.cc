// oneDNN (Debian's libdnnl-dev, oneDNN 2.6): the case table's rows for onednn-bench
// (bench/operator-cases.h). Built only when CMake finds oneDNN.
// The primitive: softmax_v2 forward_inference on axis 1 of a row-major [rows x channels] f32 tensor, out
// of place; algorithm softmax_accurate for operation softmax, softmax_log for log_softmax. The primitive
// is created and its memory objects bound outside the timed loop, on the same (page-aligned, reused)
// buffers as smax's, after the same warm-up (scripts/bench-suite passes the same flags to every binary).
// Debian's oneDNN uses OpenMP: the thread count is set with omp_set_num_threads before the primitive
// is created (so OMP_NUM_THREADS in the environment does not matter; a 1-thread case runs inline on
// the calling thread, as smax's and XNNPACK's do with no pool). Memory references, if the table gives
// this binary any, split rows with OpenMP too: spinning OpenMP workers would otherwise steal the cores
// from pthreadpool's. OpenMP's binding variables (OMP_PROC_BIND, OMP_PLACES, GOMP_CPU_AFFINITY) would
// pin oneDNN's threads and no one else's: scripts/bench-suite clears them, and the JSON context records
// OpenMP's binding policy as this process saw it.
#include <cstdio>
#include <string>
#include <unordered_map>

#include <omp.h>

#include <oneapi/dnnl/dnnl.hpp>

#include "operator-bench.h"

namespace {

dnnl::engine& Engine() {
  static dnnl::engine engine(dnnl::engine::kind::cpu, 0);
  return engine;
}

void OpenMPParallelizeRows(size_t threads, smax_bench::RowFunction function, void* context, size_t rows) {
#pragma omp parallel for num_threads(threads) schedule(static)
  for (size_t row = 0; row < rows; row++) {
    function(context, row);
  }
}

bool Initialize() {
  smax_bench::RowParallelizerInUse() = OpenMPParallelizeRows;
  try {
    Engine();
  } catch (const dnnl::error& error) {
    std::fprintf(stderr, "onednn-bench: cannot create a CPU engine: %s\n", error.what());
    return false;
  }
  benchmark::AddCustomContext("omp_proc_bind", std::to_string(int(omp_get_proc_bind())));
  benchmark::AddCustomContext("omp_max_threads", std::to_string(omp_get_max_threads()));
  const dnnl_version_t* version = dnnl_version();
  benchmark::AddCustomContext("peer", "oneDNN " + std::to_string(version->major) + "." +
                                          std::to_string(version->minor) + "." + std::to_string(version->patch) +
                                          " (Debian libdnnl-dev)");
  return true;
}

bool RegisterCase(const smax_bench::OperatorCase& c) {
  if (c.implementation != "onednn") return false;
  dnnl::algorithm algorithm;
  if (c.operation == "softmax") {
    algorithm = dnnl::algorithm::softmax_accurate;
  } else if (c.operation == "log_softmax") {
    algorithm = dnnl::algorithm::softmax_log;
  } else {
    return false;
  }
  const smax_bench::Shape shape = c.shape;
  const size_t threads = c.threads;
  benchmark::RegisterBenchmark(c.Name().c_str(), [=](benchmark::State& state) {
    smax_bench::OperatorBuffers& buffers = smax_bench::Buffers(shape.elements());
    omp_set_num_threads(int(threads));
    try {
      using tag = dnnl::memory::format_tag;
      using dt = dnnl::memory::data_type;
      const dnnl::memory::dims dims = {dnnl::memory::dim(shape.rows), dnnl::memory::dim(shape.channels)};
      const dnnl::memory::desc md(dims, dt::f32, tag::ab);
      const dnnl::softmax_v2_forward::desc desc(dnnl::prop_kind::forward_inference, algorithm, md, md, 1);
      const dnnl::softmax_v2_forward::primitive_desc pd(desc, Engine());
      dnnl::memory src(md, Engine(), buffers.input.get());
      dnnl::memory dst(md, Engine(), buffers.output.get());
      dnnl::softmax_v2_forward softmax(pd);
      dnnl::stream stream(Engine());
      const std::unordered_map<int, dnnl::memory> args = {{DNNL_ARG_SRC, src}, {DNNL_ARG_DST, dst}};
      state.SetLabel(pd.impl_info_str());
      for (auto _ : state) {
        softmax.execute(stream, args);
        stream.wait();
        benchmark::ClobberMemory();
      }
    } catch (const dnnl::error& error) {
      state.SkipWithError((std::string("oneDNN failed: ") + error.what()).c_str());
      return;
    }
    smax_bench::SetThroughputCounters(state, double(shape.elements()), 8.0 * double(shape.elements()));
  })->UseRealTime();
  return true;
}

}  // namespace

SMAX_OPERATOR_BENCH_MAIN("onednn-bench", Initialize, RegisterCase)
