// Benchmarks every kernel variant listed in src/f32-f16-vmulc/gen/f32-f16-vmulc.inc (see bench/vcvt-bench.h):
// 6 bytes per element (a float input, a 16-bit output).
#include "vcvt-bench.h"

namespace {

const smax_bench::KernelRow<smax_f32_f16_vmulc_ukernel_fn> kRows[] = {
#define SMAX_UKERNEL SMAX_BENCH_UKERNEL_ROW
#include "f32-f16-vmulc/gen/f32-f16-vmulc.inc"
#undef SMAX_UKERNEL
};

void Register() {
  smax_bench::RegisterNarrowing("f32-f16-vmulc", kRows, /*bf16=*/false,
                                [](smax_f32_f16_vmulc_ukernel_fn* fn, size_t batch, const float* x, uint16_t* y) {
                                  const float scale = 1.0f / 2048.0f;  // 1/sum of a softmax row
                                  fn(batch, x, &scale, y, nullptr);
                                });
}

}  // namespace

SMAX_BENCH_MAIN(Register)
