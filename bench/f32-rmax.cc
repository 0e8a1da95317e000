// Benchmarks every kernel variant listed in src/f32-rmax/gen/f32-rmax.inc (see bench/ukernel-bench.h).
// Reads the input once: 4 bytes per element.
#include <cmath>

#include "ukernel-bench.h"

namespace {

const smax_bench::KernelRow<smax_f32_rmax_ukernel_fn> kRows[] = {
#define SMAX_UKERNEL SMAX_BENCH_UKERNEL_ROW
#include "f32-rmax/gen/f32-rmax.inc"
#undef SMAX_UKERNEL
};

void Register() {
  smax_bench::RegisterFamily(
      "f32-rmax", kRows,
      [](smax_f32_rmax_ukernel_fn* fn, size_t batch, const float* input, float* output) {
        (void) output;
        float max = -INFINITY;
        fn(batch, input, &max, nullptr);
        benchmark::DoNotOptimize(max);
      });
}

}  // namespace

SMAX_BENCH_MAIN(Register)
