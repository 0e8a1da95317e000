// Benchmarks every kernel variant listed in src/f32-vmulc/gen/f32-vmulc.inc (see bench/ukernel-bench.h).
// Reads the input and writes the output: 8 bytes per element.
#include <cmath>

#include "ukernel-bench.h"

namespace {

const smax_bench::KernelRow<smax_f32_vmulc_ukernel_fn> kRows[] = {
#define SMAX_UKERNEL SMAX_BENCH_UKERNEL_ROW
#include "f32-vmulc/gen/f32-vmulc.inc"
#undef SMAX_UKERNEL
};

void Register() {
  smax_bench::RegisterFamily(
      "f32-vmulc", kRows,
      [](smax_f32_vmulc_ukernel_fn* fn, size_t batch, const float* input, float* output) {
        (void) output;
        const float scale = 0x1.0p-10f;  // 1/1024: a typical 1/sum
        fn(batch, input, &scale, output, nullptr);
        benchmark::ClobberMemory();
      });
}

}  // namespace

SMAX_BENCH_MAIN(Register)
