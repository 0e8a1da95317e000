// Benchmarks every kernel variant listed in src/f16-rmax/gen/f16-rmax.inc (see bench/input16-bench.h).
// Reads the 16-bit input once: 2 bytes per element.
#include <cmath>

#include "input16-bench.h"

namespace {

const smax_bench::KernelRow<smax_f16_rmax_ukernel_fn> kRows[] = {
#define SMAX_UKERNEL SMAX_BENCH_UKERNEL_ROW
#include "f16-rmax/gen/f16-rmax.inc"
#undef SMAX_UKERNEL
};

void Register() {
  smax_bench::RegisterFamily16("f16-rmax", kRows, /*bf16=*/false,
                               [](smax_f16_rmax_ukernel_fn* fn, size_t batch, const uint16_t* input, float* output) {
                                 (void) output;
                                 float max = -INFINITY;
                                 fn(batch, input, &max, nullptr);
                                 benchmark::DoNotOptimize(max);
                               });
}

}  // namespace

SMAX_BENCH_MAIN(Register)
