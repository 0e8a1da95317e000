// Benchmarks every kernel variant listed in src/f16-rsumexpmax/gen/f16-rsumexpmax.inc
// (bench/rsumexpmax16-bench.h).
#include "rsumexpmax16-bench.h"

namespace {

const smax_bench::KernelRow<smax_f16_rsumexpmax_ukernel_fn> kRows[] = {
#define SMAX_UKERNEL SMAX_BENCH_UKERNEL_ROW
#include "f16-rsumexpmax/gen/f16-rsumexpmax.inc"
#undef SMAX_UKERNEL
};

void Register() {
  smax_bench::RegisterRSumExpMax16("f16-rsumexpmax", kRows, /*bf16=*/false);
}

}  // namespace

SMAX_BENCH_MAIN(Register)
