// Benchmarks every kernel variant listed in src/f32-raddexpminusmax/gen/f32-raddexpminusmax.inc (see bench/ukernel-bench.h).
// Reads the input once: 4 bytes per element.
#include <cmath>

#include "ukernel-bench.h"

namespace {

const smax_bench::KernelRow<smax_f32_raddexpminusmax_ukernel_fn> kRows[] = {
#define SMAX_UKERNEL SMAX_BENCH_UKERNEL_ROW
#include "f32-raddexpminusmax/gen/f32-raddexpminusmax.inc"
#undef SMAX_UKERNEL
};

void Register() {
  smax_bench::RegisterFamily(
      "f32-raddexpminusmax", kRows,
      [](smax_f32_raddexpminusmax_ukernel_fn* fn, size_t batch, const float* input, float* output) {
        (void) output;
        const float max = smax_bench::kInputHigh;
        float sum = 0.0f;
        fn(batch, input, &max, &sum, nullptr);
        benchmark::DoNotOptimize(sum);
      });
}

}  // namespace

SMAX_BENCH_MAIN(Register)
