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
// The reducing families (src/families.table: reduces) are called as the operator calls them: in
// blocks of the kernel's block_elements (smax_ukernel_block_elements, src/init.c), so that a variant
// with few partial sums pays for its shorter blocks here too.
// Inputs are uniform in [-20, 0] with the max 0 present: exp(x - max) stays in the normal range,
// as in a real softmax row, instead of underflowing to 0 for almost every element.
#ifndef SMAX_BENCH_UKERNEL_BENCH_H_
#define SMAX_BENCH_UKERNEL_BENCH_H_

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <benchmark/benchmark.h>
#include <cpuinfo.h>

#include "bench-utils.h"
#include "smax.h"
#include "smax/config.h"
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

// What the family must move per element (the bytes column of src/families.table): 2 and 4 for the
// reductions of 16-bit and float inputs (read only), 6 for a 16-bit side and a float side, 8 for the
// families that read the input and write the output, 12 and 10 for those that also read a float /
// binary16 mask.
inline double BytesPerElement(const std::string& family) {
  static const std::map<std::string, double> bytes = {
#define SMAX_FAMILY(id, field, name, reduces, bytes_per_element, call) {name, bytes_per_element},
#include "gen/families.inc"
#undef SMAX_FAMILY
  };
  const auto found = bytes.find(family);
  return found != bytes.end() ? found->second : 0.0;
}

// Masks of the masked families, float or binary16 (uint16_t bit patterns): a typical additive mask,
// 0 with every fourth element -inf, in buffers used in turn as RotatingBuffers (out of cache for a
// cold size).
template <typename Mask>
class RotatingMasks {
 public:
  RotatingMasks(size_t elements, bool out_of_cache) {
    stride_ = (elements * sizeof(Mask) + 63) / 64 * 64 / sizeof(Mask);  // every buffer 64-byte aligned
    count_ = out_of_cache ? 2 * LastLevelCacheBytes() / (stride_ * sizeof(Mask)) + 2 : 1;
    void* pointer = nullptr;
    if (posix_memalign(&pointer, 64, stride_ * count_ * sizeof(Mask)) != 0) {
      std::fprintf(stderr, "smax bench: cannot allocate %zu masks\n", stride_ * count_);
      std::abort();
    }
    data_.reset(static_cast<Mask*>(pointer));
    for (size_t i = 0; i < stride_ * count_; i++) {
      data_.get()[i] = i % 4 == 3 ? NegativeInfinity() : Mask(0);
    }
  }
  const Mask* Next() {
    const Mask* buffer = data_.get() + next_ * stride_;
    next_ = next_ + 1 == count_ ? 0 : next_ + 1;
    return buffer;
  }

 private:
  struct Free {
    void operator()(Mask* pointer) const { std::free(pointer); }
  };
  static Mask NegativeInfinity();

  size_t stride_;
  size_t count_;
  size_t next_ = 0;
  std::unique_ptr<Mask, Free> data_;
};

template <>
inline float RotatingMasks<float>::NegativeInfinity() {
  return -std::numeric_limits<float>::infinity();
}
template <>
inline uint16_t RotatingMasks<uint16_t>::NegativeInfinity() {
  return 0xFC00;  // binary16 -inf
}

template <typename Mask>
RotatingMasks<Mask>& Masks(size_t elements, bool cold) {
  static std::map<std::pair<size_t, bool>, std::unique_ptr<RotatingMasks<Mask>>> sets;
  auto& set = sets[std::make_pair(elements, cold)];
  if (!set) {
    set.reset(new RotatingMasks<Mask>(elements, cold));
  }
  return *set;
}

// True if the family adds up partial sums (the reduces column of src/families.table).
inline bool Reduces(const std::string& family) {
  static const std::map<std::string, bool> reduces = {
#define SMAX_FAMILY(id, field, name, reduces, bytes_per_element, call) {name, (reduces) != 0},
#include "gen/families.inc"
#undef SMAX_FAMILY
  };
  const auto found = reduces.find(family);
  return found != reduces.end() && found->second;
}

// Registers every row and size; `loop(state, function, elements, call_elements, cold)` runs the timed
// loop, calling the kernel on at most call_elements at a time: the kernel's block_elements for a
// reducing family, else all `elements` in one call.
template <typename Fn, size_t N, typename Loop>
void RegisterRows(const char* family, const KernelRow<Fn> (&rows)[N], Loop loop) {
  const double bytes_per_element = BytesPerElement(family);
  const bool reduces = Reduces(family);
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
        const size_t call_elements =
            reduces ? std::min(elements, smax_ukernel_block_elements(row.isa, row.elements, row.accumulators))
                    : elements;
        loop(state, row.function, elements, call_elements, cold);
        SetThroughputCounters(state, double(elements), double(elements) * bytes_per_element);
        state.counters["call_elements"] = double(call_elements);
        state.SetLabel(row.is_default ? "default" : "");
      })->UseRealTime();
    }
  }
}

// Registers every row. `call(function, batch_bytes, input, output)` runs one kernel call; families
// that write an output of the input's size (8 bytes per element) get an output buffer.
template <typename Fn, size_t N, typename Call>
int RegisterFamily(const char* family, const KernelRow<Fn> (&rows)[N], Call call) {
  const bool writes = BytesPerElement(family) > 4.0;
  RegisterRows(family, rows,
               [=](benchmark::State& state, Fn* function, size_t elements, size_t call_elements, bool cold) {
                 RotatingBuffers& inputs = Buffers(elements, cold, false);
                 RotatingBuffers* outputs = writes ? &Buffers(elements, cold, true) : nullptr;
                 for (auto _ : state) {
                   float* output = outputs != nullptr ? outputs->Next() : nullptr;
                   const float* input = inputs.Next();
                   for (size_t i = 0; i < elements; i += call_elements) {
                     const size_t length = std::min(call_elements, elements - i);
                     call(function, length * sizeof(float), input + i, output != nullptr ? output + i : nullptr);
                   }
                 }
                 state.counters["buffers"] = double(inputs.count());
               });
  return 0;
}

// Registers every row of a family that also reads a mask of Mask elements (float or uint16_t:
// binary16), bytes 12 or 10 in src/families.table. `call(function, batch_bytes, input, mask, output)`
// runs one kernel call.
template <typename Mask, typename Fn, size_t N, typename Call>
int RegisterMaskedFamily(const char* family, const KernelRow<Fn> (&rows)[N], Call call) {
  if (BytesPerElement(family) != 8.0 + sizeof(Mask)) {
    std::fprintf(stderr, "smax bench: %s moves %g bytes per element, not 8 + a mask of %zu\n", family,
                 BytesPerElement(family), sizeof(Mask));
    std::abort();
  }
  // The masked families do not reduce: one call per iteration (call_elements == elements).
  RegisterRows(family, rows, [=](benchmark::State& state, Fn* function, size_t elements, size_t, bool cold) {
    RotatingBuffers& inputs = Buffers(elements, cold, false);
    RotatingBuffers& outputs = Buffers(elements, cold, true);
    RotatingMasks<Mask>& masks = Masks<Mask>(elements, cold);
    const size_t batch = elements * sizeof(float);
    for (auto _ : state) {
      call(function, batch, inputs.Next(), masks.Next(), outputs.Next());
    }
    state.counters["buffers"] = double(inputs.count());
  });
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
