// Benchmarks every kernel variant listed in src/f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax.inc (see bench/ukernel-bench.h).
// Reads the input and writes exp to the output: 8 bytes per element (the side max reads the same
// lines as the exp, as in the operator: not counted).
#include <algorithm>
#include <cmath>

#include "smax/reload.h"
#include "ukernel-bench.h"

namespace {

const smax_bench::KernelRow<smax_f32_raddstoreexpminusmax_ukernel_fn> kRows[] = {
#define SMAX_UKERNEL SMAX_BENCH_UKERNEL_ROW
#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax.inc"
#undef SMAX_UKERNEL
};

// Elements per call, as the reload operator's pipeline blocks (src/softmax/reload.c).
constexpr size_t kPipelineBlock = SMAX_RELOAD_MIN_PIPELINE_ELEMENTS;

void Register() {
  smax_bench::RegisterFamily(
      "f32-raddstoreexpminusmax", kRows,
      [](smax_f32_raddstoreexpminusmax_ukernel_fn* fn, size_t batch, const float* input, float* output) {
        // As the reload operator calls it on AVX-512F, with the row's running max: block by block,
        // each call also taking its own block's max on the side (next_input == input). Timing the exp
        // alone would leave out the work the AVX-512F kernels interleave; where the side max is a
        // separate loop (other ISAs) the operator takes the next block's, at the same cost in cache.
        const size_t elements = batch / sizeof(float);
        const float max = smax_bench::kInputHigh;
        float sum = 0.0f;
        float block_max = -INFINITY;
        for (size_t i = 0; i < elements; i += kPipelineBlock) {
          const size_t length = std::min(kPipelineBlock, elements - i);
          float block_sum;
          fn(length * sizeof(float), input + i, &max, output + i, &block_sum, length * sizeof(float), input + i,
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
