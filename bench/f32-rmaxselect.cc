// Benchmarks every kernel variant listed in src/f32-rmaxselect/gen/f32-rmaxselect.inc (see
// bench/ukernel-bench.h). Reads the input once: 4 bytes per element. The threshold sits above every
// input, as in the top-k operator once its threshold has settled: nothing is selected.
#include <cmath>
#include <cstdint>
#include <vector>

#include "ukernel-bench.h"

namespace {

const smax_bench::KernelRow<smax_f32_rmaxselect_ukernel_fn> kRows[] = {
#define SMAX_UKERNEL SMAX_BENCH_UKERNEL_ROW
#include "f32-rmaxselect/gen/f32-rmaxselect.inc"
#undef SMAX_UKERNEL
};

void Register() {
  smax_bench::RegisterFamily(
      "f32-rmaxselect", kRows,
      [](smax_f32_rmaxselect_ukernel_fn* fn, size_t batch, const float* input, float* output) {
        // A read-only family gets no output buffer; the indices need room for every element.
        (void) output;
        static std::vector<uint32_t> indices;
        if (indices.size() < batch / sizeof(float)) {
          indices.resize(batch / sizeof(float));
        }
        float max = -INFINITY;
        const float threshold = INFINITY;
        benchmark::DoNotOptimize(fn(batch, input, &max, &threshold, indices.data(), nullptr));
        benchmark::DoNotOptimize(max);
      });
}

}  // namespace

SMAX_BENCH_MAIN(Register)
