// Benchmarks every kernel variant listed in src/bf16-rsumexpmax/gen/bf16-rsumexpmax.inc (see
// bench/input16-bench.h). Reads the 16-bit input once: 2 bytes per element.
#include <algorithm>
#include <cmath>

#include "input16-bench.h"
#include "smax/reload.h"

namespace {

const smax_bench::KernelRow<smax_bf16_rsumexpmax_ukernel_fn> kRows[] = {
#define SMAX_UKERNEL SMAX_BENCH_UKERNEL_ROW
#include "bf16-rsumexpmax/gen/bf16-rsumexpmax.inc"
#undef SMAX_UKERNEL
};

// Elements per call, as the statistics pass's blocks (src/softmax/read-16bit.c), which are
// bench/bf16-f32-raddstoreexpminusmax.cc's too: the two families compare case by case.
constexpr size_t kPipelineBlock = SMAX_DISCARDED_EXP_ELEMENTS;

void Register() {
  smax_bench::RegisterFamily16(
      "bf16-rsumexpmax", kRows, /*bf16=*/true,
      [](smax_bf16_rsumexpmax_ukernel_fn* fn, size_t batch, const uint16_t* input, float* output) {
        (void) output;
        const size_t elements = batch / sizeof(uint16_t);
        const float reference = smax_bench::kInputHigh;
        float sum = 0.0f;
        float max = -INFINITY;
        for (size_t i = 0; i < elements; i += kPipelineBlock) {
          const size_t length = std::min(kPipelineBlock, elements - i);
          float block_sum;
          fn(length * sizeof(uint16_t), input + i, &reference, &block_sum, &max, nullptr);
          sum += block_sum;
        }
        benchmark::DoNotOptimize(sum);
        benchmark::DoNotOptimize(max);
      });
}

}  // namespace

SMAX_BENCH_MAIN(Register)
