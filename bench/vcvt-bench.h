// Benchmarks of the 16-bit conversion families (f16-f32-vcvt, bf16-f32-vcvt, f32-f16-vcvt,
// f32-bf16-vcvt, f32-f16-vmulc / f32-bf16-vmulc, and the vsubc2 families of 16-bit inputs), registered per row and size by
// bench/ukernel-bench.h (hot:N in L1 for N = 2048: 4 KiB of 16-bit and 8 KiB of float data; cold:N
// streaming). Each call converts N elements: reads
// N * sizeof(In) and writes N * sizeof(Out) bytes, 6 per element (the bytes column of
// src/families.table). Floats are uniform in [-20, 0] as in the other benchmarks; the 16-bit inputs
// are those floats converted (normal values of the type, as in a logits row).
#ifndef SMAX_BENCH_VCVT_BENCH_H_
#define SMAX_BENCH_VCVT_BENCH_H_

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <utility>

#include "ukernel-bench.h"

namespace smax_bench {

// Buffers of 16-bit patterns used in turn, as RotatingBuffers (out of cache for a cold size).
class Rotating16 {
 public:
  Rotating16(size_t elements, bool out_of_cache, bool bf16) {
    stride_ = (elements + 31) / 32 * 32;  // every buffer 64-byte aligned
    count_ = out_of_cache ? 2 * LastLevelCacheBytes() / (stride_ * sizeof(uint16_t)) + 2 : 1;
    void* pointer = nullptr;
    if (posix_memalign(&pointer, 64, stride_ * count_ * sizeof(uint16_t)) != 0) {
      std::fprintf(stderr, "smax bench: cannot allocate %zu 16-bit elements\n", stride_ * count_);
      std::abort();
    }
    data_.reset(static_cast<uint16_t*>(pointer));
    RotatingBuffers source(stride_, false, kInputLow, kInputHigh, 0x16161616u);
    const float* x = source.Next();
    for (size_t i = 0; i < stride_ * count_; i++) {
      uint32_t bits;
      std::memcpy(&bits, &x[i % stride_], sizeof(bits));
      // bf16: the top half; f16: 1 + the top 10 mantissa bits times 2^(0..4), a normal half in
      // [-32, -1) or [1, 32) (any normal pattern converts at the same speed).
      data_.get()[i] = bf16 ? static_cast<uint16_t>(bits >> 16)
                            : static_cast<uint16_t>((bits & 0x80000000u) >> 16 | (15u + i % 5) << 10 |
                                                    ((bits >> 13) & 0x3FF));
    }
  }
  uint16_t* Next() {
    uint16_t* buffer = data_.get() + next_ * stride_;
    next_ = next_ + 1 == count_ ? 0 : next_ + 1;
    return buffer;
  }
  size_t count() const { return count_; }

 private:
  struct Free {
    void operator()(uint16_t* pointer) const { std::free(pointer); }
  };
  size_t stride_;
  size_t count_;
  size_t next_ = 0;
  std::unique_ptr<uint16_t, Free> data_;
};

// `output`: a set of its own, for the 16-bit outputs of a family that also reads 16-bit inputs.
inline Rotating16& Buffers16(size_t elements, bool cold, bool bf16, bool output = false) {
  static std::map<std::pair<size_t, int>, std::unique_ptr<Rotating16>> sets;
  auto& set = sets[std::make_pair(elements, int(output) * 4 + int(cold) * 2 + int(bf16))];
  if (!set) {
    set.reset(new Rotating16(elements, cold, bf16));
  }
  return *set;
}

// Widening: fn(batch = 2 * N bytes, uint16_t input, float output, NULL).
template <typename Fn, size_t N>
int RegisterWidening(const char* family, const KernelRow<Fn> (&rows)[N], bool bf16) {
  RegisterRows(family, rows, [=](benchmark::State& state, Fn* function, size_t elements, size_t, bool cold) {
    Rotating16& inputs = Buffers16(elements, cold, bf16);
    RotatingBuffers& outputs = Buffers(elements, cold, true);
    for (auto _ : state) {
      function(elements * sizeof(uint16_t), inputs.Next(), outputs.Next(), nullptr);
      benchmark::ClobberMemory();
    }
    state.counters["buffers"] = double(inputs.count());
  });
  return 0;
}

// Narrowing: `call(function, batch = 4 * N bytes, float input, uint16_t output)` runs one call (the
// vcvt families: fn(batch, input, output, NULL); the vmulc families pass their scale too).
template <typename Fn, size_t N, typename Call>
int RegisterNarrowing(const char* family, const KernelRow<Fn> (&rows)[N], bool bf16, Call call) {
  RegisterRows(family, rows, [=](benchmark::State& state, Fn* function, size_t elements, size_t, bool cold) {
    RotatingBuffers& inputs = Buffers(elements, cold, false);
    Rotating16& outputs = Buffers16(elements, cold, bf16);
    for (auto _ : state) {
      call(function, elements * sizeof(float), inputs.Next(), outputs.Next());
      benchmark::ClobberMemory();
    }
    state.counters["buffers"] = double(inputs.count());
  });
  return 0;
}

template <typename Fn, size_t N>
int RegisterNarrowing(const char* family, const KernelRow<Fn> (&rows)[N], bool bf16) {
  return RegisterNarrowing(family, rows, bf16, [](Fn* fn, size_t batch, const float* x, uint16_t* y) {
    fn(batch, x, y, nullptr);
  });
}

// The next output buffer of a family that reads 16-bit inputs: 16-bit (a set apart from the inputs) or
// float; the first argument only selects the type.
inline uint16_t* NextOutput(uint16_t*, size_t elements, bool cold, bool bf16) {
  return Buffers16(elements, cold, bf16, true).Next();
}

inline float* NextOutput(float*, size_t elements, bool cold, bool) {
  return Buffers(elements, cold, true).Next();
}

// The kernels that read 16-bit inputs with two constants, fn(batch = 2 * N bytes, uint16_t input, Out
// output, c, NULL), Out uint16_t (the input's type) or float: log-softmax's output pass (f16-vsubc2,
// bf16-f32-vsubc2, ...) with its constants (a row's max and the log of its sum), and softmax's
// (f16-vscaleexpminusmax, bf16-vscaleexpminusmax) with the inputs' top as the max and a row's scale.
template <typename Out, typename Fn, size_t N>
int RegisterC2From16Bit(const char* family, const KernelRow<Fn> (&rows)[N], bool bf16, float c0, float c1) {
  RegisterRows(family, rows, [=](benchmark::State& state, Fn* function, size_t elements, size_t, bool cold) {
    Rotating16& inputs = Buffers16(elements, cold, bf16);
    const float c[2] = {c0, c1};
    for (auto _ : state) {
      function(elements * sizeof(uint16_t), inputs.Next(), NextOutput(static_cast<Out*>(nullptr), elements, cold, bf16), c,
               nullptr);
      benchmark::ClobberMemory();
    }
    state.counters["buffers"] = double(inputs.count());
  });
  return 0;
}

template <typename Out, typename Fn, size_t N>
int RegisterVSubC2From16Bit(const char* family, const KernelRow<Fn> (&rows)[N], bool bf16) {
  return RegisterC2From16Bit<Out>(family, rows, bf16, -0.5f, 7.6f);
}

template <typename Out, typename Fn, size_t N>
int RegisterVScaleExpMinusMax16(const char* family, const KernelRow<Fn> (&rows)[N], bool bf16) {
  return RegisterC2From16Bit<Out>(family, rows, bf16, kInputHigh, 1.0f / 4096.0f);
}

}  // namespace smax_bench

#endif  // SMAX_BENCH_VCVT_BENCH_H_
