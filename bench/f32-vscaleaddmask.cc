// Benchmarks every kernel variant listed in src/f32-vscaleaddmask/gen/f32-vscaleaddmask.inc (see
// bench/ukernel-bench.h). Reads the input and the float mask and writes the output: 12 bytes per element.
#include <cmath>

#include "ukernel-bench.h"

namespace {

const smax_bench::KernelRow<smax_f32_vscaleaddmask_ukernel_fn> kRows[] = {
#define SMAX_UKERNEL SMAX_BENCH_UKERNEL_ROW
#include "f32-vscaleaddmask/gen/f32-vscaleaddmask.inc"
#undef SMAX_UKERNEL
};

void Register() {
  smax_bench::RegisterMaskedFamily<float>(
      "f32-vscaleaddmask", kRows,
      [](smax_f32_vscaleaddmask_ukernel_fn* fn, size_t batch, const float* input, const float* mask, float* output) {
        const float coefficients[2] = {0.125f, 1.0f};  // 1/sqrt(64), the mask added as is
        fn(batch, input, mask, output, coefficients, nullptr);
        benchmark::ClobberMemory();
      });
}

}  // namespace

SMAX_BENCH_MAIN(Register)
