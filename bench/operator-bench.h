// Shared by the operator benchmarks (bench/softmax-bench.cc and the peers' bench/xnnpack-bench.cc,
// bench/onednn-bench.cc): main(), which registers the binary's rows of the case table
// (bench/operator-cases.h), the thread pools, the buffers and the memory references.
//
// Benchmark names: op/<operation>/<implementation>/<rows>x<channels>/threads:<T>
//   memory references (operation "memory"), over the same bytes as the operations:
//     memcpy      the f32 tensor copied, in 64 KiB pieces split across the threads (long rows too, as smax
//                 splits them); memcpy:<B> copies <B> bytes per element the same way (16-bit types);
//     sum         a read-only reduction over the same input bytes (rows split across the threads).
// Counters: bytes_per_second counts 8 bytes per element for the f32 operations and memcpy (read the
// input once, write the output once: the convention of the two-pass paper and of
// /work/shared/notes/peers-measured.md), 2 x <B> for memcpy:<B>, 4 for sum (what it really reads);
// elements_per_second and ns_per_element. The same input and output buffers are reused call after call
// ("hot"): small shapes run from cache, the largest (1x16M: 128 MiB) from memory, as in
// peers-measured.md. The buffers start on a page boundary in every binary, so that smax and the peers
// see the same alignment of input against output. Inputs are uniform in [-10, 10].
//
// Fair measurement across binaries (scripts/bench-suite): every binary gets the same warm-up, minimum
// time and repetitions from the command line, runs as its own process several times, interleaved with
// the others, and the suite takes the best per-process median. The JSON context records what decides
// thread placement (the process's CPU affinity, OpenMP's environment), so that the report can show
// that every binary ran under the same conditions.
#ifndef SMAX_BENCH_OPERATOR_BENCH_H_
#define SMAX_BENCH_OPERATOR_BENCH_H_

#include <sched.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>
#include <cpuinfo.h>
#include <pthreadpool.h>

#include "bench-utils.h"
#include "operator-cases.h"

namespace smax_bench {

// The "all processors" thread count of the case table.
inline size_t AllProcessors() { return cpuinfo_get_processors_count(); }

// One pthreadpool per thread count, created on first use; NULL for one thread (the caller runs).
inline pthreadpool_t ThreadPool(size_t threads) {
  static std::vector<pthreadpool_t> pools(1024, nullptr);
  if (threads <= 1) return nullptr;
  if (pools[threads] == nullptr) pools[threads] = pthreadpool_create(threads);
  return pools[threads];
}

// The input and output of every operator benchmark: the largest shape's size, grown on demand so
// that a filtered run (smoke tests) never allocates more than it uses, each on a page boundary. The
// input is filled once per size (the same values in every binary).
struct PageFree {
  void operator()(float* pointer) const { std::free(pointer); }
};
using PageBuffer = std::unique_ptr<float[], PageFree>;

struct OperatorBuffers {
  PageBuffer input;
  PageBuffer output;
  size_t capacity = 0;
};

inline PageBuffer AllocatePages(size_t elements) {
  void* pointer = nullptr;
  const size_t bytes = (elements * sizeof(float) + 4095) / 4096 * 4096;
  if (posix_memalign(&pointer, 4096, bytes) != 0) {
    std::fprintf(stderr, "smax bench: cannot allocate %zu bytes\n", bytes);
    std::abort();
  }
  return PageBuffer(static_cast<float*>(pointer));
}

inline OperatorBuffers& Buffers(size_t elements) {
  static OperatorBuffers buffers;
  if (elements > buffers.capacity) {
    buffers.input.reset();
    buffers.output.reset();
    buffers.input = AllocatePages(elements);
    buffers.output = AllocatePages(elements);
    FillUniform(buffers.input.get(), elements, -10.0f, 10.0f);
    // Touch the output so page faults are not timed.
    std::memset(buffers.output.get(), 0, elements * sizeof(float));
    buffers.capacity = elements;
  }
  return buffers;
}

// How the memory references split rows across threads: pthreadpool by default (like smax and
// XNNPACK). A binary whose peer uses another runtime (oneDNN: OpenMP) installs its own, so that
// two thread pools never compete for the cores within one process.
using RowFunction = void (*)(void* context, size_t row);
using RowParallelizer = void (*)(size_t threads, RowFunction function, void* context, size_t rows);

inline void PthreadpoolParallelizeRows(size_t threads, RowFunction function, void* context, size_t rows) {
  pthreadpool_parallelize_1d(ThreadPool(threads), function, context, rows, 0);
}

inline RowParallelizer& RowParallelizerInUse() {
  static RowParallelizer parallelizer = PthreadpoolParallelizeRows;
  return parallelizer;
}

inline void ParallelizeRows(size_t threads, RowFunction function, void* context, size_t rows) {
  if (threads <= 1) {
    for (size_t row = 0; row < rows; row++) function(context, row);
  } else {
    RowParallelizerInUse()(threads, function, context, rows);
  }
}

// memcpy copies the tensor (rows are contiguous) in pieces of this many bytes, split across the
// threads: a single long row is split as smax splits it, so memcpy's time on all threads is what the
// memory gives that many threads.
constexpr size_t kCopyPieceBytes = 65536;

struct CopyTask {
  const char* input;
  char* output;
  size_t bytes;
};

inline size_t CopyPieces(size_t bytes) { return (bytes + kCopyPieceBytes - 1) / kCopyPieceBytes; }

inline void CopyPiece(void* context, size_t piece) {
  const CopyTask* task = static_cast<const CopyTask*>(context);
  const size_t start = piece * kCopyPieceBytes;
  const size_t length = std::min(kCopyPieceBytes, task->bytes - start);
  std::memcpy(task->output + start, task->input + start, length);
}

struct SumTask {
  const float* input;
  size_t channels;
  uint64_t* results;
};

// Sums the bit patterns of a row as 64-bit integers with four accumulators: integer adds are
// associative, so the compiler vectorizes the loop and it runs at the speed the data arrives.
inline void SumRow(void* context, size_t row) {
  const SumTask* task = static_cast<const SumTask*>(context);
  const float* data = task->input + row * task->channels;
  const size_t bytes = task->channels * sizeof(float);
  const size_t words = bytes / 8;
  uint64_t acc0 = 0, acc1 = 0, acc2 = 0, acc3 = 0;
  size_t i = 0;
  for (; i + 4 <= words; i += 4) {
    uint64_t w[4];
    std::memcpy(w, reinterpret_cast<const char*>(data) + i * 8, sizeof(w));
    acc0 += w[0];
    acc1 += w[1];
    acc2 += w[2];
    acc3 += w[3];
  }
  for (; i < words; i++) {
    uint64_t w;
    std::memcpy(&w, reinterpret_cast<const char*>(data) + i * 8, sizeof(w));
    acc0 += w;
  }
  if (bytes % 8 != 0) {
    uint32_t last;
    std::memcpy(&last, reinterpret_cast<const char*>(data) + bytes - 4, sizeof(last));
    acc1 += last;
  }
  task->results[row] = acc0 + acc1 + acc2 + acc3;
}

// Registers a memory reference (operation "memory"): memcpy, memcpy:<B> or sum, named `name` (default:
// the case's name). False for another implementation.
inline bool RegisterMemoryReference(const OperatorCase& c, std::string name = std::string()) {
  if (name.empty()) name = c.Name();
  const Shape shape = c.shape;
  const size_t threads = c.threads;
  if (c.implementation == "memcpy" || c.implementation.compare(0, 7, "memcpy:") == 0) {
    size_t element_bytes = sizeof(float);
    if (c.implementation != "memcpy") {
      char* end = nullptr;
      element_bytes = std::strtoull(c.implementation.c_str() + 7, &end, 10);
      if (*end != '\0' || element_bytes == 0 || element_bytes > sizeof(float)) return false;
    }
    benchmark::RegisterBenchmark(name.c_str(), [=](benchmark::State& state) {
      OperatorBuffers& buffers = Buffers(shape.elements());
      CopyTask task = {reinterpret_cast<const char*>(buffers.input.get()), reinterpret_cast<char*>(buffers.output.get()),
                       shape.elements() * element_bytes};
      for (auto _ : state) {
        ParallelizeRows(threads, CopyPiece, &task, CopyPieces(task.bytes));
        benchmark::ClobberMemory();
      }
      SetThroughputCounters(state, double(shape.elements()), 2.0 * double(task.bytes));
    })->UseRealTime();
    return true;
  }
  if (c.implementation == "sum") {
    benchmark::RegisterBenchmark(name.c_str(), [=](benchmark::State& state) {
      OperatorBuffers& buffers = Buffers(shape.elements());
      std::vector<uint64_t> results(shape.rows);
      SumTask task = {buffers.input.get(), shape.channels, results.data()};
      for (auto _ : state) {
        ParallelizeRows(threads, SumRow, &task, shape.rows);
        benchmark::DoNotOptimize(results.data());
        benchmark::ClobberMemory();
      }
      SetThroughputCounters(state, double(shape.elements()), 4.0 * double(shape.elements()));
    })->UseRealTime();
    return true;
  }
  return false;
}

// Records in the JSON context what decides where threads run: the binary, the process's CPU affinity
// (how many processors it may use, and which) and the OpenMP and pthreadpool environment variables that
// are set. scripts/bench-report.py checks that every binary ran with the same.
inline void AddPlacementContext(const char* binary) {
  benchmark::AddCustomContext("smax_bench_binary", binary);
  cpu_set_t set;
  CPU_ZERO(&set);
  std::string cpus;
  if (sched_getaffinity(0, sizeof(set), &set) == 0) {
    for (int cpu = 0; cpu < CPU_SETSIZE; cpu++) {
      if (CPU_ISSET(cpu, &set)) cpus += (cpus.empty() ? "" : ",") + std::to_string(cpu);
    }
  }
  benchmark::AddCustomContext("affinity_cpus", cpus.empty() ? "unknown" : cpus);
  std::string environment;
  for (const char* name : {"OMP_NUM_THREADS", "OMP_PROC_BIND", "OMP_PLACES", "OMP_WAIT_POLICY", "GOMP_CPU_AFFINITY",
                           "GOMP_SPINCOUNT", "KMP_AFFINITY", "ONEDNN_MAX_CPU_ISA", "DNNL_MAX_CPU_ISA", "SMAX_ISA"}) {
    const char* value = std::getenv(name);
    if (value != nullptr) environment += (environment.empty() ? "" : " ") + std::string(name) + "=" + value;
  }
  benchmark::AddCustomContext("placement_environment", environment);
}

// For an operator benchmark binary written before the case table (issue 15's softmax-options-bench):
// its old helpers, so that it keeps building. Its names, op/<implementation>/<shape>/threads:<T>, are not
// the table's and scripts/bench-suite does not run it: move its cases to bench/operator-cases.h (rows, and
// SMAX_OPERATOR_BENCH_MAIN with a RegisterCase) to have them measured fairly next to the others.
inline std::string OperatorName(const std::string& implementation, const Shape& shape, size_t threads) {
  return "op/" + implementation + "/" + shape.Name() + "/threads:" + std::to_string(threads);
}

inline std::vector<size_t> ThreadCounts() {
  std::vector<size_t> threads = {1};
  if (AllProcessors() > 1) threads.push_back(AllProcessors());
  return threads;
}

inline void RegisterMemoryReferences(const Shape& shape, size_t threads) {
  for (const char* implementation : {"memcpy", "sum"}) {
    RegisterMemoryReference({"memory", implementation, "memory", shape, threads},
                            OperatorName(implementation, shape, threads));
  }
}

// Registers, for a case its binary cannot run, a benchmark that fails with the reason, so that a table
// row naming an implementation the binary lacks shows up in the report instead of vanishing.
inline void RegisterUnknown(const OperatorCase& c, const char* binary) {
  const std::string message = std::string(binary) + " has no implementation '" + c.implementation +
                              "' of operation '" + c.operation + "'";
  benchmark::RegisterBenchmark(c.Name().c_str(), [=](benchmark::State& state) {
    state.SkipWithError(message.c_str());
  })->UseRealTime();
}

// main() of every operator benchmark binary. `binary` is its name in the case table; `initialize()`
// returns false on failure; `register_case(c)` registers the benchmark of one case whose
// implementation is the binary's own and returns false for an implementation it does not know.
// Registration order is run order (OperatorCasesOf): per shape and thread count, the memory
// references run right before the operations they are compared with.
#define SMAX_OPERATOR_BENCH_MAIN(binary, initialize, register_case)                                      \
  int main(int argc, char** argv) {                                                                     \
    if (!cpuinfo_initialize()) return 1;                                                                \
    smax_bench::AddCpuContext();                                                                        \
    smax_bench::AddPlacementContext(binary);                                                            \
    if (!initialize()) return 1;                                                                        \
    for (const smax_bench::OperatorCase& c :                                                            \
         smax_bench::OperatorCasesOf(binary, smax_bench::AllProcessors(), smax_bench::FullSuite())) {  \
      const bool known = c.operation == "memory" ? smax_bench::RegisterMemoryReference(c) : register_case(c); \
      if (!known) smax_bench::RegisterUnknown(c, binary);                                               \
    }                                                                                                   \
    benchmark::Initialize(&argc, argv);                                                                 \
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;                                   \
    benchmark::RunSpecifiedBenchmarks();                                                                \
    benchmark::Shutdown();                                                                              \
    return 0;                                                                                           \
  }

}  // namespace smax_bench

#endif  // SMAX_BENCH_OPERATOR_BENCH_H_
