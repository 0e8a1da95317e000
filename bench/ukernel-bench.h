// Registers one benchmark per row of a family's generated table (src/<family>/gen/<family>.inc)
// and per size, so every kernel variant the generator produced is measured and none is listed by
// hand. Included by bench/<family>.cc, which supplies how to call one kernel of the family.
//
// Benchmark names: <family>/<isa>/<kernel>/<hot|cold>:<elements>
//   hot:N   the same input (and output) buffer every iteration: in cache when it fits
//           (hot:2048 is 8 KiB per buffer, in L1);
//   cold:N  a different buffer every iteration, rotating through more than twice the last-level
//           cache (cpuinfo): every call streams from memory.
// Kernels of an ISA the CPU lacks are skipped with SkipWithError (reported, not failed).
// Inputs are uniform in [-20, 0] with the max 0 present: exp(x - max) stays in the normal range,
// as in a real softmax row, instead of underflowing to 0 for almost every element.
#ifndef SMAX_BENCH_UKERNEL_BENCH_H_
#define SMAX_BENCH_UKERNEL_BENCH_H_

#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <benchmark/benchmark.h>
#include <cpuinfo.h>

#include "bench-utils.h"
#include "smax.h"
#include "smax/isa.h"
#include "smax/microkernels.h"

namespace smax_bench {

template <typename Fn>
struct KernelRow {
  enum smax_isa isa;
  Fn* function;
  const char* name;
  size_t elements;
  size_t accumulators;
  bool is_default;
};

constexpr float kInputLow = -20.0f;
constexpr float kInputHigh = 0.0f;

// Input and output buffer sets shared by every benchmark of the process, created on first use
// (so a --benchmark_filter that selects small sizes never allocates the large ones).
inline RotatingBuffers& Buffers(size_t elements, bool cold, bool output) {
  static std::map<std::pair<size_t, int>, std::unique_ptr<RotatingBuffers>> sets;
  const auto key = std::make_pair(elements, int(cold) * 2 + int(output));
  auto& set = sets[key];
  if (!set) {
    set.reset(new RotatingBuffers(elements, cold, kInputLow, kInputHigh, output ? 0x2545F491u : 0x9E3779B9u));
  }
  return *set;
}

struct BenchSize {
  const char* where;  // "hot" or "cold"
  size_t elements;
};

// Quick suite: one in-L1 size and one out-of-cache size. SMAX_BENCH_FULL adds an L2-sized and an
// L3-sized hot case and a larger cold case.
inline std::vector<BenchSize> KernelSizes() {
  std::vector<BenchSize> sizes = {{"hot", 2048}, {"cold", 1048576}};
  if (FullSuite()) {
    sizes.insert(sizes.begin() + 1, {{"hot", 16384}, {"hot", 262144}});
    sizes.push_back({"cold", 4194304});
  }
  return sizes;
}

// What the family must move per element (the bytes column of src/families.table): 4 for the
// reductions (read only), 8 for the families that read the input and write the output.
inline double BytesPerElement(const std::string& family) {
  static const std::map<std::string, double> bytes = {
#define SMAX_FAMILY(id, field, name, reduces, bytes_per_element, call) {name, bytes_per_element},
#include "gen/families.inc"
#undef SMAX_FAMILY
  };
  const auto found = bytes.find(family);
  return found != bytes.end() ? found->second : 0.0;
}

// Registers every row. `call(function, batch_bytes, input, output)` runs one kernel call; families
// that write an output of the input's size (8 bytes per element) get an output buffer.
template <typename Fn, size_t N, typename Call>
int RegisterFamily(const char* family, const KernelRow<Fn> (&rows)[N], Call call) {
  const double bytes_per_element = BytesPerElement(family);
  const bool writes = bytes_per_element > 4.0;
  for (const BenchSize& size : KernelSizes()) {
    for (size_t r = 0; r < N; r++) {
      const KernelRow<Fn> row = rows[r];
      const std::string name = std::string(family) + "/" + smax_isa_name(row.isa) + "/" + row.name + "/" +
                               size.where + ":" + std::to_string(size.elements);
      const bool cold = std::string(size.where) == "cold";
      const size_t elements = size.elements;
      benchmark::RegisterBenchmark(name.c_str(), [=](benchmark::State& state) {
        if (!smax_isa_available(row.isa)) {
          state.SkipWithError((std::string("this CPU lacks ") + smax_isa_name(row.isa)).c_str());
          return;
        }
        RotatingBuffers& inputs = Buffers(elements, cold, false);
        RotatingBuffers* outputs = writes ? &Buffers(elements, cold, true) : nullptr;
        const size_t batch = elements * sizeof(float);
        for (auto _ : state) {
          float* output = outputs != nullptr ? outputs->Next() : nullptr;
          call(row.function, batch, inputs.Next(), output);
        }
        SetThroughputCounters(state, double(elements), double(elements) * bytes_per_element);
        state.counters["buffers"] = double(inputs.count());
        state.SetLabel(row.is_default ? "default" : "");
      })->UseRealTime();
    }
  }
  return 0;
}

// Every bench/<family>.cc ends with SMAX_BENCH_MAIN(): initializes cpuinfo before registering.
#define SMAX_BENCH_MAIN(register_function)                             \
  int main(int argc, char** argv) {                                    \
    if (!cpuinfo_initialize()) return 1;                               \
    smax_bench::AddCpuContext();                                       \
    register_function();                                               \
    benchmark::Initialize(&argc, argv);                                \
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;  \
    benchmark::RunSpecifiedBenchmarks();                               \
    benchmark::Shutdown();                                             \
    return 0;                                                          \
  }

}  // namespace smax_bench

// Builds `static const KernelRow<fn_type> rows[]` from a family's .inc (every row, every ISA
// this target builds).
#define SMAX_BENCH_UKERNEL_ROW(family, isa, name, elements, accumulators, is_default, bound, side_max) \
  {smax_isa_##isa, name, #name, elements, accumulators, (is_default) != 0},

#endif  // SMAX_BENCH_UKERNEL_BENCH_H_
