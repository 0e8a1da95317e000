// Benchmarks every kernel variant listed in src/f32-vscaleextexp/gen/f32-vscaleextexp.inc (see bench/ukernel-bench.h).
// Reads the input and writes the output: 8 bytes per element.
#include <cmath>

#include "ukernel-bench.h"

namespace {

const smax_bench::KernelRow<smax_f32_vscaleextexp_ukernel_fn> kRows[] = {
#define SMAX_UKERNEL SMAX_BENCH_UKERNEL_ROW
#include "f32-vscaleextexp/gen/f32-vscaleextexp.inc"
#undef SMAX_UKERNEL
};

void Register() {
  smax_bench::RegisterFamily(
      "f32-vscaleextexp", kRows,
      [](smax_f32_vscaleextexp_ukernel_fn* fn, size_t batch, const float* input, float* output) {
        (void) output;
        // (mantissa, exponent) of a typical 1/sum: 0.75 * 2^-8.
        const float scale[2] = {0x1.8p-1f, -8.0f};
        fn(batch, input, output, scale, nullptr);
        benchmark::ClobberMemory();
      });
}

}  // namespace

SMAX_BENCH_MAIN(Register)
