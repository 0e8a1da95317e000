// The benchmark of f16-rsumexpmax and bf16-rsumexpmax, which differ only by the 16-bit type (see
// bench/input16-bench.h). Reads the 16-bit input once: 2 bytes per element.
#ifndef SMAX_BENCH_RSUMEXPMAX16_BENCH_H_
#define SMAX_BENCH_RSUMEXPMAX16_BENCH_H_

#include <algorithm>
#include <cmath>

#include "input16-bench.h"
#include "smax/reload.h"

namespace smax_bench {

// Elements per call, as the statistics pass's blocks (src/softmax/read-16bit.c), which are
// bench/<type>-f32-raddstoreexpminusmax.cc's too: the two families compare case by case.
constexpr size_t kRSumExpMaxBlock = SMAX_DISCARDED_EXP_ELEMENTS;

template <typename Fn, size_t N>
void RegisterRSumExpMax16(const char* family, const KernelRow<Fn> (&rows)[N], bool bf16) {
  RegisterFamily16(family, rows, bf16, [](Fn* fn, size_t batch, const uint16_t* input, float* output) {
    (void)output;
    const size_t elements = batch / sizeof(uint16_t);
    const float reference = kInputHigh;
    float sum = 0.0f;
    float max = -INFINITY;
    for (size_t i = 0; i < elements; i += kRSumExpMaxBlock) {
      const size_t length = std::min(kRSumExpMaxBlock, elements - i);
      float block_sum;
      fn(length * sizeof(uint16_t), input + i, &reference, &block_sum, &max, nullptr);
      sum += block_sum;
    }
    benchmark::DoNotOptimize(sum);
    benchmark::DoNotOptimize(max);
  });
}

}  // namespace smax_bench

#endif  // SMAX_BENCH_RSUMEXPMAX16_BENCH_H_
