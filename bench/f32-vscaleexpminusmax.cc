// Benchmarks every kernel variant listed in src/f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax.inc (see bench/ukernel-bench.h).
// Reads the input and writes the output: 8 bytes per element.
#include <cmath>

#include "ukernel-bench.h"

namespace {

const smax_bench::KernelRow<smax_f32_vscaleexpminusmax_ukernel_fn> kRows[] = {
#define SMAX_UKERNEL SMAX_BENCH_UKERNEL_ROW
#include "f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax.inc"
#undef SMAX_UKERNEL
};

void Register() {
  smax_bench::RegisterFamily(
      "f32-vscaleexpminusmax", kRows,
      [](smax_f32_vscaleexpminusmax_ukernel_fn* fn, size_t batch, const float* input, float* output) {
        (void) output;
        const float max = smax_bench::kInputHigh;
        const float scale = 0x1.0p-10f;  // 1/1024: a typical 1/sum
        fn(batch, input, output, &max, &scale, nullptr);
        benchmark::ClobberMemory();
      });
}

}  // namespace

SMAX_BENCH_MAIN(Register)
