// Shared helpers of the smax benchmarks: buffers, input data, counters, CPU facts.
//
// Every benchmark reports (Google Benchmark JSON, read by scripts/bench-report.py):
//   bytes_per_second     bytes the code under test must move, per second (the byte count per
//                        benchmark is documented where it is registered);
//   elements_per_second  elements processed per second;
//   ns_per_element       the inverse, in nanoseconds.
// Timings are wall-clock (UseRealTime) so that multi-threaded runs are measured correctly.
#ifndef SMAX_BENCH_UTILS_H_
#define SMAX_BENCH_UTILS_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>
#include <cpuinfo.h>

#include "smax.h"
#include "smax/config.h"

namespace smax_bench {

// 64-byte aligned float buffer (aligned like an AVX-512 vector and a cache line), not initialized.
struct AlignedFree {
  void operator()(float* pointer) const { std::free(pointer); }
};
using FloatBuffer = std::unique_ptr<float[], AlignedFree>;

inline FloatBuffer AllocateFloats(size_t count) {
  const size_t bytes = ((std::max<size_t>(count, 1) * sizeof(float) + 63) / 64) * 64;
  void* pointer = nullptr;
  if (posix_memalign(&pointer, 64, bytes) != 0) {
    std::fprintf(stderr, "smax bench: cannot allocate %zu bytes\n", bytes);
    std::abort();
  }
  return FloatBuffer(static_cast<float*>(pointer));
}

// Fills with uniform values in [low, high] from a fixed-seed xorshift generator: fast enough for
// hundreds of MB, and the same data in every run. The first element of every `period` elements is
// `high`, so any row of at least one period has its max at `high`.
inline void FillUniform(float* data, size_t count, float low, float high, uint32_t seed = 0x9E3779B9u) {
  uint32_t state = seed | 1;
  const float step = (high - low) * 0x1.0p-24f;
  for (size_t i = 0; i < count; i++) {
    state ^= state << 13;
    state ^= state >> 17;
    state ^= state << 5;
    data[i] = low + static_cast<float>(state >> 8) * step;
  }
  if (count != 0) {
    data[0] = high;
  }
}

// Size of the last-level data cache in bytes (all instances of that level together), from cpuinfo.
// Falls back to 64 MiB when cpuinfo reports no cache (e.g. under some emulators).
inline size_t LastLevelCacheBytes() {
  size_t bytes = 0;
  for (uint32_t i = 0; i < cpuinfo_get_l4_caches_count(); i++) bytes += cpuinfo_get_l4_cache(i)->size;
  if (bytes == 0)
    for (uint32_t i = 0; i < cpuinfo_get_l3_caches_count(); i++) bytes += cpuinfo_get_l3_cache(i)->size;
  if (bytes == 0)
    for (uint32_t i = 0; i < cpuinfo_get_l2_caches_count(); i++) bytes += cpuinfo_get_l2_cache(i)->size;
  return bytes != 0 ? bytes : size_t(64) << 20;
}

// A set of equally sized float buffers used in turn, one per benchmark iteration. For an
// out-of-cache size the set spans more than twice the last-level cache, so by the time a buffer
// comes around again it has been evicted: every call really streams from memory.
class RotatingBuffers {
 public:
  RotatingBuffers(size_t elements, bool out_of_cache, float low, float high, uint32_t seed)
      : elements_(elements) {
    // Round each buffer up to a cache line so every buffer starts 64-byte aligned.
    stride_ = (elements + 15) / 16 * 16;
    count_ = 1;
    if (out_of_cache) {
      const size_t llc = LastLevelCacheBytes();
      count_ = 2 * llc / (stride_ * sizeof(float)) + 2;
    }
    data_ = AllocateFloats(stride_ * count_);
    FillUniform(data_.get(), stride_ * count_, low, high, seed);
    for (size_t i = 0; i < count_; i++) {
      data_[i * stride_] = high;  // the max of every buffer is `high`
    }
  }
  float* Next() {
    float* buffer = data_.get() + next_ * stride_;
    next_ = next_ + 1 == count_ ? 0 : next_ + 1;
    return buffer;
  }
  size_t count() const { return count_; }
  size_t elements() const { return elements_; }

 private:
  size_t elements_;
  size_t stride_;
  size_t count_;
  size_t next_ = 0;
  FloatBuffer data_;
};

// Sets the three counters every smax benchmark reports. `elements` and `bytes` are per iteration.
inline void SetThroughputCounters(benchmark::State& state, double elements, double bytes) {
  state.SetBytesProcessed(static_cast<int64_t>(bytes * static_cast<double>(state.iterations())));
  state.counters["elements_per_second"] = benchmark::Counter(elements, benchmark::Counter::kIsIterationInvariantRate);
  state.counters["ns_per_element"] = benchmark::Counter(
      elements * 1e-9, benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}

// True when SMAX_BENCH_FULL is set to a non-empty value other than 0: more sizes are registered.
inline bool FullSuite() {
  const char* full = std::getenv("SMAX_BENCH_FULL");
  return full != nullptr && full[0] != '\0' && std::strcmp(full, "0") != 0;
}

// Records the CPU in the JSON context (read by scripts/bench-report.py), and the tuning smax chose for
// it (tuning/README.md): smax_tuning (the committed table), smax_tuning_override (the build-time
// table, or empty), smax_auto_two_pass_elements (auto's crossover in effect),
// smax_streaming_store_elements (the streaming-stores crossover in effect), smax_cpu_identity.
inline void AddCpuContext() {
  const struct cpuinfo_package* package = cpuinfo_get_package(0);
  benchmark::AddCustomContext("smax_cpu_name", package != nullptr ? package->name : "unknown");
  benchmark::AddCustomContext("smax_cores", std::to_string(cpuinfo_get_cores_count()));
  benchmark::AddCustomContext("smax_llc_bytes", std::to_string(LastLevelCacheBytes()));
  const struct smax_config* config = smax_initialize() == smax_status_success ? smax_get_config() : nullptr;
  if (config != nullptr) {
    char identity[96];
    std::snprintf(identity, sizeof(identity), "%s vendor %u family 0x%x model 0x%x",
                  config->cpu.arch == smax_cpu_arch_x86 ? "x86" : config->cpu.arch == smax_cpu_arch_arm ? "arm" : "other",
                  unsigned(config->cpu.vendor), unsigned(config->cpu.family), unsigned(config->cpu.model));
    benchmark::AddCustomContext("smax_cpu_identity", identity);
    benchmark::AddCustomContext("smax_tuning", std::string(config->tuning->name) + " (" + config->tuning->source + ")");
    benchmark::AddCustomContext("smax_tuning_override",
                                config->tuning_override != nullptr ? config->tuning_override->source : "");
    benchmark::AddCustomContext("smax_auto_two_pass_elements", std::to_string(config->auto_two_pass_elements));
    benchmark::AddCustomContext("smax_streaming_store_elements", std::to_string(config->streaming_store_elements));
  }
}

}  // namespace smax_bench

#endif  // SMAX_BENCH_UTILS_H_
