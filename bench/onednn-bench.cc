// oneDNN (Debian's libdnnl-dev, oneDNN 2.6): the case table's rows for onednn-bench
// (bench/operator-cases.h). Built only when CMake finds oneDNN.
// The primitive: softmax_v2 forward_inference on axis 1 of a row-major [rows x channels] tensor, out of
// place; algorithm softmax_accurate for operations softmax and softmax_16bit, softmax_log for log_softmax
// and log_softmax_16bit. Implementation onednn is f32 in and out; onednn:bf16 and onednn:f16 are that
// type in and out (src and dst descriptors of the type), next to softmax-bench's bf16:auto and f16:auto:
// their input is the same f32 input rounded to nearest even (by a oneDNN reorder, outside the timed
// loop; softmax-bench rounds with smax's kernels, which give the same bits), on pages of their own. Where
// this oneDNN has no implementation for a type, the case fails with its error, in the report. The
// label is the implementation oneDNN dispatched (pd.impl_info_str(), e.g. jit:avx512_core or ref:any,
// as ONEDNN_VERBOSE=1 prints it). The primitive
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
#include <cstring>
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

using DataType = dnnl::memory::data_type;
using Tag = dnnl::memory::format_tag;

// The f32 input rounded to a 16-bit type and a 16-bit output, on pages of their own, kept for every case
// of that type (index: 0 bf16, 1 f16).
struct Buffers16 {
  smax_bench::PageBuffer input;
  smax_bench::PageBuffer output;
  size_t capacity = 0;
};

Buffers16& Buffers16Of(DataType type, size_t elements) {
  static Buffers16 buffers[2];
  Buffers16& b = buffers[type == DataType::bf16 ? 0 : 1];
  if (elements > b.capacity) {
    float* values = smax_bench::Buffers(elements).input.get();
    b.input = smax_bench::AllocatePages(elements);  // float-sized pages: room for the 16-bit elements
    b.output = smax_bench::AllocatePages(elements);
    const dnnl::memory::dims dims = {dnnl::memory::dim(elements)};
    dnnl::memory from({dims, DataType::f32, Tag::a}, Engine(), values);
    dnnl::memory to({dims, type, Tag::a}, Engine(), b.input.get());
    dnnl::stream stream(Engine());
    dnnl::reorder(from, to).execute(stream, from, to);
    stream.wait();
    std::memset(b.output.get(), 0, elements * sizeof(float));  // page faults are not timed
    b.capacity = elements;
  }
  return b;
}

bool RegisterCase(const smax_bench::OperatorCase& c) {
  DataType type;
  if (c.implementation == "onednn") {
    type = DataType::f32;
  } else if (c.implementation == "onednn:bf16") {
    type = DataType::bf16;
  } else if (c.implementation == "onednn:f16") {
    type = DataType::f16;
  } else {
    return false;
  }
  dnnl::algorithm algorithm;
  if (c.operation == "softmax" || c.operation == "softmax_16bit") {
    algorithm = dnnl::algorithm::softmax_accurate;
  } else if (c.operation == "log_softmax" || c.operation == "log_softmax_16bit") {
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
      void* input = buffers.input.get();
      void* output = buffers.output.get();
      if (type != DataType::f32) {
        Buffers16& narrow = Buffers16Of(type, shape.elements());
        input = narrow.input.get();
        output = narrow.output.get();
      }
      const dnnl::memory::dims dims = {dnnl::memory::dim(shape.rows), dnnl::memory::dim(shape.channels)};
      const dnnl::memory::desc md(dims, type, Tag::ab);
      const dnnl::softmax_v2_forward::desc desc(dnnl::prop_kind::forward_inference, algorithm, md, md, 1);
      const dnnl::softmax_v2_forward::primitive_desc pd(desc, Engine());
      dnnl::memory src(md, Engine(), input);
      dnnl::memory dst(md, Engine(), output);
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
    const double bytes_per_element = type == DataType::f32 ? 8.0 : 4.0;  // read and written
    smax_bench::SetThroughputCounters(state, double(shape.elements()), bytes_per_element * double(shape.elements()));
  })->UseRealTime();
  return true;
}

}  // namespace

SMAX_OPERATOR_BENCH_MAIN("onednn-bench", Initialize, RegisterCase)
