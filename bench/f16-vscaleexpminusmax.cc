// Benchmarks every kernel variant listed in src/f16-vscaleexpminusmax/gen/f16-vscaleexpminusmax.inc (see
// bench/vcvt-bench.h): 4 bytes per element (a 16-bit input and output).
#include "vcvt-bench.h"

namespace {

const smax_bench::KernelRow<smax_f16_vscaleexpminusmax_ukernel_fn> kRows[] = {
#define SMAX_UKERNEL SMAX_BENCH_UKERNEL_ROW
#include "f16-vscaleexpminusmax/gen/f16-vscaleexpminusmax.inc"
#undef SMAX_UKERNEL
};

void Register() {
  smax_bench::RegisterVScaleExpMinusMax16<uint16_t>("f16-vscaleexpminusmax", kRows, /*bf16=*/false);
}

}  // namespace

SMAX_BENCH_MAIN(Register)
