// Benchmarks every kernel variant listed in src/f32-raddextexp/gen/f32-raddextexp.inc (see bench/ukernel-bench.h).
// Reads the input once: 4 bytes per element.
#include <cmath>

#include "ukernel-bench.h"

namespace {

const smax_bench::KernelRow<smax_f32_raddextexp_ukernel_fn> kRows[] = {
#define SMAX_UKERNEL SMAX_BENCH_UKERNEL_ROW
#include "f32-raddextexp/gen/f32-raddextexp.inc"
#undef SMAX_UKERNEL
};

void Register() {
  smax_bench::RegisterFamily(
      "f32-raddextexp", kRows,
      [](smax_f32_raddextexp_ukernel_fn* fn, size_t batch, const float* input, float* output) {
        (void) output;
        float sum[2];
        fn(batch, input, sum, nullptr);
        benchmark::DoNotOptimize(sum);
      });
}

}  // namespace

SMAX_BENCH_MAIN(Register)
