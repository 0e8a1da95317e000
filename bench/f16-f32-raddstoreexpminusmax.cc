// Benchmarks every kernel variant listed in src/f16-f32-raddstoreexpminusmax/gen/f16-f32-raddstoreexpminusmax.inc (see bench/input16-bench.h).
// Reads the 16-bit input and writes exp to the float output: 6 bytes per element (the side max reads
// the same lines as the exp, as in the operator: not counted).
#include <algorithm>
#include <cmath>

#include "input16-bench.h"
#include "smax/reload.h"

namespace {

const smax_bench::KernelRow<smax_f16_f32_raddstoreexpminusmax_ukernel_fn> kRows[] = {
#define SMAX_UKERNEL SMAX_BENCH_UKERNEL_ROW
#include "f16-f32-raddstoreexpminusmax/gen/f16-f32-raddstoreexpminusmax.inc"
#undef SMAX_UKERNEL
};

// Elements per call, as the reload operator's pipeline blocks (src/softmax/reload.c).
constexpr size_t kPipelineBlock = SMAX_RELOAD_MIN_PIPELINE_ELEMENTS;

void Register() {
  smax_bench::RegisterFamily16(
      "f16-f32-raddstoreexpminusmax", kRows, /*bf16=*/false,
      [](smax_f16_f32_raddstoreexpminusmax_ukernel_fn* fn, size_t batch, const uint16_t* input, float* output) {
        // As bench/f32-raddstoreexpminusmax.cc: block by block, each call also taking its own
        // block's max on the side (next_input == input).
        const size_t elements = batch / sizeof(uint16_t);
        const float max = smax_bench::kInputHigh;
        float sum = 0.0f;
        float block_max = -INFINITY;
        for (size_t i = 0; i < elements; i += kPipelineBlock) {
          const size_t length = std::min(kPipelineBlock, elements - i);
          float block_sum;
          fn(length * sizeof(uint16_t), input + i, &max, output + i, &block_sum, length * sizeof(uint16_t), input + i,
             &block_max, nullptr);
          sum += block_sum;
        }
        benchmark::DoNotOptimize(sum);
        benchmark::DoNotOptimize(block_max);
        benchmark::ClobberMemory();
      });
}

}  // namespace

SMAX_BENCH_MAIN(Register)
