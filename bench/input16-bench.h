// Benchmarks of the families that read 16-bit inputs directly (f16-rmax, bf16-rmax,
// f16-f32-raddstoreexpminusmax, bf16-f32-raddstoreexpminusmax), registered per row and size by
// bench/ukernel-bench.h. The inputs are bench/vcvt-bench.h's 16-bit patterns (normal values of the
// type, as in a logits row); bytes per element are the families' (src/families.table): 2 for a max
// pass, 6 for an exp pass (16-bit in, float out).
#ifndef SMAX_BENCH_INPUT16_BENCH_H_
#define SMAX_BENCH_INPUT16_BENCH_H_

#include <algorithm>
#include <cstdint>

#include "ukernel-bench.h"
#include "vcvt-bench.h"

namespace smax_bench {

// `call(function, batch_bytes, input, output)` runs one kernel call on batch_bytes / 2 elements;
// output is NULL for a family that writes nothing (2 bytes per element). Reducing families are
// called in blocks of their block_elements, as RegisterFamily does.
template <typename Fn, size_t N, typename Call>
int RegisterFamily16(const char* family, const KernelRow<Fn> (&rows)[N], bool bf16, Call call) {
  const bool writes = BytesPerElement(family) > 2.0;
  RegisterRows(family, rows,
               [=](benchmark::State& state, Fn* function, size_t elements, size_t call_elements, bool cold) {
                 Rotating16& inputs = Buffers16(elements, cold, bf16);
                 RotatingBuffers* outputs = writes ? &Buffers(elements, cold, true) : nullptr;
                 for (auto _ : state) {
                   float* output = outputs != nullptr ? outputs->Next() : nullptr;
                   const uint16_t* input = inputs.Next();
                   for (size_t i = 0; i < elements; i += call_elements) {
                     const size_t length = std::min(call_elements, elements - i);
                     call(function, length * sizeof(uint16_t), input + i, output != nullptr ? output + i : nullptr);
                   }
                 }
                 state.counters["buffers"] = double(inputs.count());
               });
  return 0;
}

}  // namespace smax_bench

#endif  // SMAX_BENCH_INPUT16_BENCH_H_
