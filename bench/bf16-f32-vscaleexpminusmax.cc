// Benchmarks every kernel variant listed in src/bf16-f32-vscaleexpminusmax/gen/bf16-f32-vscaleexpminusmax.inc
// (see bench/vcvt-bench.h): 6 bytes per element (a 16-bit input and a float output).
#include "vcvt-bench.h"

namespace {

const smax_bench::KernelRow<smax_bf16_f32_vscaleexpminusmax_ukernel_fn> kRows[] = {
#define SMAX_UKERNEL SMAX_BENCH_UKERNEL_ROW
#include "bf16-f32-vscaleexpminusmax/gen/bf16-f32-vscaleexpminusmax.inc"
#undef SMAX_UKERNEL
};

void Register() {
  smax_bench::RegisterVScaleExpMinusMax16<float>("bf16-f32-vscaleexpminusmax", kRows, /*bf16=*/true);
}

}  // namespace

SMAX_BENCH_MAIN(Register)
