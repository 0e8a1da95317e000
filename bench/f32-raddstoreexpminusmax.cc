// Benchmarks every kernel variant listed in src/f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax.inc (see bench/ukernel-bench.h).
// Reads the input and writes exp to the output: 8 bytes per element.
#include <cmath>

#include "ukernel-bench.h"

namespace {

const smax_bench::KernelRow<smax_f32_raddstoreexpminusmax_ukernel_fn> kRows[] = {
#define SMAX_UKERNEL SMAX_BENCH_UKERNEL_ROW
#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax.inc"
#undef SMAX_UKERNEL
};

void Register() {
  smax_bench::RegisterFamily(
      "f32-raddstoreexpminusmax", kRows, 8.0, true,
      [](smax_f32_raddstoreexpminusmax_ukernel_fn* fn, size_t batch, const float* input, float* output) {
        (void) output;
        const float max = smax_bench::kInputHigh;
        float sum = 0.0f;
        fn(batch, input, &max, output, &sum, 0, nullptr, nullptr, nullptr);  // the exp pass alone
        benchmark::DoNotOptimize(sum);
        benchmark::ClobberMemory();
      });
}

}  // namespace

SMAX_BENCH_MAIN(Register)
