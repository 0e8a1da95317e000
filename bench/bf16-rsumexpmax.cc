// Benchmarks every kernel variant listed in src/bf16-rsumexpmax/gen/bf16-rsumexpmax.inc
// (bench/rsumexpmax16-bench.h).
#include "rsumexpmax16-bench.h"

namespace {

const smax_bench::KernelRow<smax_bf16_rsumexpmax_ukernel_fn> kRows[] = {
#define SMAX_UKERNEL SMAX_BENCH_UKERNEL_ROW
#include "bf16-rsumexpmax/gen/bf16-rsumexpmax.inc"
#undef SMAX_UKERNEL
};

void Register() {
  smax_bench::RegisterRSumExpMax16("bf16-rsumexpmax", kRows, /*bf16=*/true);
}

}  // namespace

SMAX_BENCH_MAIN(Register)
