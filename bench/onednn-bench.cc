// oneDNN's softmax (Debian's libdnnl-dev, oneDNN 2.6) on the same shapes and thread counts as
// bench/softmax-bench.cc, next to the same memory references. Built only when CMake finds oneDNN.
// The primitive: softmax_v2 forward_inference, algorithm softmax_accurate, axis 1 of a row-major
// [rows x channels] f32 tensor, out of place; primitive creation is outside the timed loop.
// Debian's oneDNN uses OpenMP: the thread count is set with omp_set_num_threads, and the memory
// references of this binary split rows with OpenMP too (spinning OpenMP workers would otherwise
// steal the cores from pthreadpool's).
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
  const dnnl_version_t* version = dnnl_version();
  benchmark::AddCustomContext("peer", "oneDNN " + std::to_string(version->major) + "." +
                                          std::to_string(version->minor) + "." + std::to_string(version->patch) +
                                          " (Debian libdnnl-dev)");
  return true;
}

void RegisterSoftmax(const smax_bench::Shape& shape, size_t threads) {
  benchmark::RegisterBenchmark(smax_bench::OperatorName("onednn", shape, threads).c_str(),
                               [=](benchmark::State& state) {
    smax_bench::OperatorBuffers& buffers = smax_bench::Buffers(shape.elements());
    omp_set_num_threads(int(threads));
    try {
      using tag = dnnl::memory::format_tag;
      using dt = dnnl::memory::data_type;
      const dnnl::memory::dims dims = {dnnl::memory::dim(shape.rows), dnnl::memory::dim(shape.channels)};
      const dnnl::memory::desc md(dims, dt::f32, tag::ab);
      const dnnl::softmax_v2_forward::desc desc(dnnl::prop_kind::forward_inference,
                                                dnnl::algorithm::softmax_accurate, md, md, 1);
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
}

}  // namespace

SMAX_OPERATOR_BENCH_MAIN(Initialize, RegisterSoftmax)
