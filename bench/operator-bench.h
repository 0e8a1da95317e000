// Shared by the operator benchmarks (bench/softmax-bench.cc and the peers' bench/xnnpack-bench.cc,
// bench/onednn-bench.cc): the shapes, the thread counts, the buffers and the memory references, so
// that every binary measures its softmax next to memcpy over the same bytes in the same run.
//
// Benchmark names: op/<implementation>/<rows>x<channels>/threads:<T>
//   implementation: smax:<algorithm>, xnnpack, onednn, or a memory reference:
//     memcpy  the whole tensor in 64 KiB pieces split across the threads (long rows too, as smax splits them);
//     sum     a read-only reduction over the same input bytes (same split).
// Counters: bytes_per_second counts 8 bytes per element for the softmaxes and memcpy (read the
// input once, write the output once: the convention of the two-pass paper and of
// /work/shared/notes/peers-measured.md), 4 for sum (what it really reads); elements_per_second and
// ns_per_element. The same input and output buffers are reused call after call ("hot"): small
// shapes run from cache, the largest (1x16M: 128 MiB) from memory, as in peers-measured.md.
// Inputs are uniform in [-10, 10].
#ifndef SMAX_BENCH_OPERATOR_BENCH_H_
#define SMAX_BENCH_OPERATOR_BENCH_H_

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>
#include <cpuinfo.h>
#include <pthreadpool.h>

#include "bench-utils.h"

namespace smax_bench {

struct Shape {
  size_t rows;
  size_t channels;
  std::string Name() const { return std::to_string(rows) + "x" + std::to_string(channels); }
  size_t elements() const { return rows * channels; }
};

// The operator shapes: single rows from L1 to DRAM, and batches of LLM-like rows (128x32000: a
// 32K vocabulary; 8x128256: Llama 3's vocabulary; 4096x128: attention rows). 1x1 measures the cost
// of one call on an operator already set up (scripts/bench-report.py gives it in ns per call);
// 1x128256 is one Llama 3 logits row, the case that splitting a long row across threads serves.
// SMAX_BENCH_FULL adds the intermediate single-row sizes.
inline std::vector<Shape> OperatorShapes() {
  std::vector<Shape> shapes = {{1, 1},       {1, 1000},     {1, 1024},    {1, 4096},    {1, 65536},  {1, 128256},
                               {1, 1048576}, {1, 16777216}, {1024, 1024}, {128, 32000}, {8, 128256}, {4096, 128}};
  if (FullSuite()) {
    shapes.push_back({1, 16384});
    shapes.push_back({1, 262144});
    shapes.push_back({1, 4194304});
  }
  return shapes;
}

// Thread counts: 1 and every processor (when there is more than one).
inline std::vector<size_t> ThreadCounts() {
  std::vector<size_t> threads = {1};
  const size_t all = cpuinfo_get_processors_count();
  if (all > 1) threads.push_back(all);
  return threads;
}

// One pthreadpool per thread count, created on first use; NULL for one thread (the caller runs).
inline pthreadpool_t ThreadPool(size_t threads) {
  static std::vector<pthreadpool_t> pools(1024, nullptr);
  if (threads <= 1) return nullptr;
  if (pools[threads] == nullptr) pools[threads] = pthreadpool_create(threads);
  return pools[threads];
}

// The input and output of every operator benchmark: the largest shape's size, grown on demand so
// that a filtered run (smoke tests) never allocates more than it uses. The input is filled once.
struct OperatorBuffers {
  FloatBuffer input;
  FloatBuffer output;
  size_t capacity = 0;
};

inline OperatorBuffers& Buffers(size_t elements) {
  static OperatorBuffers buffers;
  if (elements > buffers.capacity) {
    buffers.input = AllocateFloats(elements);
    buffers.output = AllocateFloats(elements);
    FillUniform(buffers.input.get(), elements, -10.0f, 10.0f);
    // Touch the output so page faults are not timed.
    std::memset(buffers.output.get(), 0, elements * sizeof(float));
    buffers.capacity = elements;
  }
  return buffers;
}

inline std::string OperatorName(const std::string& implementation, const Shape& shape, size_t threads) {
  return "op/" + implementation + "/" + shape.Name() + "/threads:" + std::to_string(threads);
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

// memcpy copies the tensor (rows are contiguous) in pieces of this many floats, split across the
// threads: a single long row is split as smax splits it, so memcpy's time on all threads is what the
// memory gives that many threads.
constexpr size_t kCopyPieceFloats = 16384;

struct CopyTask {
  const float* input;
  float* output;
  size_t elements;
};

inline size_t CopyPieces(size_t elements) { return (elements + kCopyPieceFloats - 1) / kCopyPieceFloats; }

inline void CopyPiece(void* context, size_t piece) {
  const CopyTask* task = static_cast<const CopyTask*>(context);
  const size_t start = piece * kCopyPieceFloats;
  const size_t length = std::min(kCopyPieceFloats, task->elements - start);
  std::memcpy(task->output + start, task->input + start, length * sizeof(float));
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

// Registers memcpy and sum for one shape and thread count.
inline void RegisterMemoryReferences(const Shape& shape, size_t threads) {
  {
    {
      benchmark::RegisterBenchmark(OperatorName("memcpy", shape, threads).c_str(), [=](benchmark::State& state) {
        OperatorBuffers& buffers = Buffers(shape.elements());
        CopyTask task = {buffers.input.get(), buffers.output.get(), shape.elements()};
        for (auto _ : state) {
          ParallelizeRows(threads, CopyPiece, &task, CopyPieces(shape.elements()));
          benchmark::ClobberMemory();
        }
        SetThroughputCounters(state, double(shape.elements()), 8.0 * double(shape.elements()));
      })->UseRealTime();
      benchmark::RegisterBenchmark(OperatorName("sum", shape, threads).c_str(), [=](benchmark::State& state) {
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
    }
  }
}

// main() of every operator benchmark binary. `initialize()` returns false on failure;
// `register_softmax(shape, threads)` adds the softmax benchmarks of one case. Registration order is
// run order: per case, memcpy and sum run right before the softmaxes they are compared with.
#define SMAX_OPERATOR_BENCH_MAIN(initialize, register_softmax)          \
  int main(int argc, char** argv) {                                    \
    if (!cpuinfo_initialize()) return 1;                               \
    smax_bench::AddCpuContext();                                       \
    if (!initialize()) return 1;                                       \
    for (const smax_bench::Shape& shape : smax_bench::OperatorShapes()) { \
      for (size_t threads : smax_bench::ThreadCounts()) {              \
        smax_bench::RegisterMemoryReferences(shape, threads);          \
        register_softmax(shape, threads);                              \
      }                                                                \
    }                                                                  \
    benchmark::Initialize(&argc, argv);                                \
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;  \
    benchmark::RunSpecifiedBenchmarks();                               \
    benchmark::Shutdown();                                             \
    return 0;                                                          \
  }

}  // namespace smax_bench

#endif  // SMAX_BENCH_OPERATOR_BENCH_H_
