// Benchmarks every kernel variant listed in src/f32-f16-vcvt/gen/f32-f16-vcvt.inc (see bench/vcvt-bench.h):
// 6 bytes per element (a 16-bit and a 32-bit side).
#include "vcvt-bench.h"

namespace {

const smax_bench::KernelRow<smax_f32_f16_vcvt_ukernel_fn> kRows[] = {
#define SMAX_UKERNEL SMAX_BENCH_UKERNEL_ROW
#include "f32-f16-vcvt/gen/f32-f16-vcvt.inc"
#undef SMAX_UKERNEL
};

void Register() {
  smax_bench::RegisterNarrowing("f32-f16-vcvt", kRows, /*bf16=*/false);
}

}  // namespace

SMAX_BENCH_MAIN(Register)
