// Benchmarks every kernel variant listed in src/f32-vsubc2/gen/f32-vsubc2.inc (see
// bench/ukernel-bench.h). Reads the input and writes the output: 8 bytes per element.
#include <cmath>

#include "ukernel-bench.h"

namespace {

const smax_bench::KernelRow<smax_f32_vsubc2_ukernel_fn> kRows[] = {
#define SMAX_UKERNEL SMAX_BENCH_UKERNEL_ROW
#include "f32-vsubc2/gen/f32-vsubc2.inc"
#undef SMAX_UKERNEL
};

void Register() {
  smax_bench::RegisterFamily("f32-vsubc2", kRows,
                             [](smax_f32_vsubc2_ukernel_fn* fn, size_t batch, const float* input, float* output) {
                               // (max, log(sum)) of a typical row: inputs in [-20, 0] with the max 0.
                               const float c[2] = {0.0f, 0x1.Cp+2f};
                               fn(batch, input, output, c, nullptr);
                               benchmark::ClobberMemory();
                             });
}

}  // namespace

SMAX_BENCH_MAIN(Register)
