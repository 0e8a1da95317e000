// Benchmarks every kernel variant listed in src/f32-vscaleaddmaskf16/gen/f32-vscaleaddmaskf16.inc (see
// bench/ukernel-bench.h). Reads the input and the binary16 mask and writes the output: 10 bytes per
// element.
#include <cmath>
#include <cstdint>

#include "ukernel-bench.h"

namespace {

const smax_bench::KernelRow<smax_f32_vscaleaddmaskf16_ukernel_fn> kRows[] = {
#define SMAX_UKERNEL SMAX_BENCH_UKERNEL_ROW
#include "f32-vscaleaddmaskf16/gen/f32-vscaleaddmaskf16.inc"
#undef SMAX_UKERNEL
};

void Register() {
  smax_bench::RegisterMaskedFamily<uint16_t>(
      "f32-vscaleaddmaskf16", kRows,
      [](smax_f32_vscaleaddmaskf16_ukernel_fn* fn, size_t batch, const float* input, const uint16_t* mask,
         float* output) {
        const float coefficients[2] = {0.125f, 1.0f};  // 1/sqrt(64), the mask added as is
        fn(batch, input, mask, output, coefficients, nullptr);
        benchmark::ClobberMemory();
      });
}

}  // namespace

SMAX_BENCH_MAIN(Register)
