// Benchmarks every kernel variant listed in src/f16-f32-vsubc2/gen/f16-f32-vsubc2.inc (see bench/vcvt-bench.h):
// 6 bytes per element (a 16-bit input, a float output).
#include "vcvt-bench.h"

namespace {

const smax_bench::KernelRow<smax_f16_f32_vsubc2_ukernel_fn> kRows[] = {
#define SMAX_UKERNEL SMAX_BENCH_UKERNEL_ROW
#include "f16-f32-vsubc2/gen/f16-f32-vsubc2.inc"
#undef SMAX_UKERNEL
};

void Register() {
  smax_bench::RegisterVSubC2From16Bit<float>("f16-f32-vsubc2", kRows, /*bf16=*/false);
}

}  // namespace

SMAX_BENCH_MAIN(Register)
