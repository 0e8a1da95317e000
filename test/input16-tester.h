// Testers of the families that read 16-bit inputs directly: f16-rmax, bf16-rmax,
// f16-f32-raddstoreexpminusmax and bf16-f32-raddstoreexpminusmax. Their kernels are the f32 templates
// with a widening load (src/smax/<isa>-load.h), so each kernel is checked twice per size and iteration:
//  - as its f32 family is (test/ukernel-tester.h): against the double reference on the widened inputs,
//    with guarded buffers (16-bit input guards hold a pattern that would corrupt the result if read:
//    +inf for a max, NaN for an exp) and with exact-size heap buffers, inputs and scalars unchanged,
//    every output written, the family table's bound;
//  - bit for bit against its twin, the f32 kernel of the same template, ISA, elements and accumulators,
//    run on the widened inputs (a NaN result only has to be NaN in both: payloads may differ).
// Inputs are drawn as for the f32 families, then rounded to the 16-bit type (test/vcvt-tester.h's
// Narrow: beyond binary16's range they become +-inf), a NaN as a signaling NaN pattern (the kernels
// may skip bf16-to-f32.h's quieting), and with subnormal_fraction() some entries become 16-bit
// subnormals, whose widening the software binary16 conversion does in a path of its own.
#ifndef SMAX_TEST_INPUT16_TESTER_H_
#define SMAX_TEST_INPUT16_TESTER_H_

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "testers/exp-reference.h"
#include "testers/tester-base.h"
#include "vcvt-tester.h"

namespace smax_test {

// Patterns of a 16-bit type: +inf, a quiet NaN, a negative signaling NaN, the largest mantissa.
inline uint16_t PlusInf16(Type16 type) {
  return type == Type16::f16 ? 0x7C00 : 0x7F80;
}
inline uint16_t QuietNaN16(Type16 type) {
  return type == Type16::f16 ? 0x7E00 : 0x7FC0;
}
inline uint16_t SignalingNaN16(Type16 type) {
  return type == Type16::f16 ? 0xFC01 : 0xFF81;
}
inline uint16_t MantissaMask16(Type16 type) {
  return type == Type16::f16 ? 0x03FF : 0x007F;
}

// The same bits, or both NaN.
inline bool SameBitsOrBothNaN(float a, float b) {
  return Bits(a) == Bits(b) || (std::isnan(a) && std::isnan(b));
}

// A max as the kernels may give it: the true max, or, on ARMv7, a zero for a subnormal max. ARMv7 NEON
// flushes subnormal floats to zero (it has none), and a bf16 subnormal widens to a float subnormal
// (binary16 subnormals widen to normal floats).
inline bool MaxMatches(float actual, float expected) {
  if (actual == expected) return true;
#if defined(__arm__)
  if (std::fpclassify(expected) == FP_SUBNORMAL && actual == 0.0f) return true;
#endif
  return false;
}

// The twin of a 16-bit kernel: the f32 kernel whose name is the 16-bit kernel's with the f32
// family's prefix ("smax_f16_f32_raddstoreexpminusmax_ukernel__avx2_rr2_p5_x16" ->
// "smax_f32_raddstoreexpminusmax_ukernel__avx2_rr2_p5_x16"); nullptr if the f32 table lacks it.
template <typename Fn16, typename Fn32>
Fn32* FindTwin(const UKernel<Fn16>& kernel, const std::vector<UKernel<Fn32>>& twins) {
  const std::string name = kernel.name;
  const std::string suffix = name.substr(name.find("_ukernel__"));
  for (const UKernel<Fn32>& twin : twins) {
    const std::string twin_name = twin.name;
    if (twin_name.size() >= suffix.size() && twin_name.compare(twin_name.size() - suffix.size(), suffix.size(), suffix) == 0 &&
        twin_name.rfind("smax_f32_", 0) == 0 && twin.isa == kernel.isa) {
      return twin.fn;
    }
  }
  return nullptr;
}

// The inputs of a 16-bit tester: the type, subnormals, and the float inputs drawn by TesterBase.
template <class Derived>
class Input16TesterBase : public TesterBase<Derived> {
 public:
  Input16TesterBase() {
    this->element_bytes(sizeof(uint16_t));
  }

  Derived& type(Type16 type) {
    type_ = type;
    return this->self();
  }
  Type16 type() const {
    return type_;
  }

  // Fraction of entries replaced by random 16-bit subnormal patterns of either sign.
  Derived& subnormal_fraction(double fraction) {
    subnormal_fraction_ = fraction;
    return this->self();
  }

 protected:
  std::vector<uint16_t> GenerateInputs16(Rng& rng, size_t count = 0) const {
    const std::vector<float> x = this->GenerateInputs(rng, count);
    std::vector<uint16_t> h(x.size());
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::uniform_int_distribution<uint32_t> mantissa(1, MantissaMask16(type_));
    for (size_t i = 0; i < x.size(); i++) {
      h[i] = std::isnan(x[i]) ? SignalingNaN16(type_) : Narrow(type_, x[i]);
      if (subnormal_fraction_ > 0.0 && unit(rng) < subnormal_fraction_) {
        h[i] = static_cast<uint16_t>((unit(rng) < 0.5 ? 0x8000 : 0) | mantissa(rng));
      }
    }
    return h;
  }

  std::vector<float> Widened(const std::vector<uint16_t>& h) const {
    std::vector<float> x(h.size());
    for (size_t i = 0; i < h.size(); i++) {
      x[i] = Widen(type_, h[i]);
    }
    return x;
  }

 private:
  Type16 type_ = Type16::f16;
  double subnormal_fraction_ = 0.0;
};

// ---- f16-rmax, bf16-rmax ------------------------------------------------------------------------------

// *max = max(*max, widen(input[0..n))): the true max of the widened inputs (NaN: skipped, or a NaN
// result where the twin propagates it too), and the twin's bits.
class RMax16Tester : public Input16TesterBase<RMax16Tester> {
 public:
  RMax16Tester& initial_max(float initial_max) {
    initial_max_ = initial_max;
    return *this;
  }
  RMax16Tester& twin(smax_f32_rmax_ukernel_fn* twin) {
    twin_ = twin;
    return *this;
  }

  void Test(smax_f16_rmax_ukernel_fn* rmax) const {
    ASSERT_NE(nullptr, twin_) << kernel_name() << ": no f32-rmax kernel of the same shape";
    Rng rng = MakeRng();
    for (size_t iteration = 0; iteration < iterations(); iteration++) {
      const std::vector<uint16_t> h = GenerateInputs16(rng);
      const std::vector<float> x = Widened(h);
      const float expected = MaxIgnoringNaN(x, initial_max_);
      float twin_max = initial_max_;
      twin_(x.size() * sizeof(float), x.data(), &twin_max, nullptr);
      for (Layout layout : {Layout::kGuarded, Layout::kExact}) {
        const Where context{this, layout, iteration, "*max seeded with", initial_max_};
        HalfBuffer input(elements(), layout);
        input.Fill(PlusInf16(type()), h);
        const std::vector<uint16_t> input_before = input.storage();
        Buffer max(1, layout);
        max.Fill(FromBits(kSentinelBits));
        max[0] = initial_max_;

        rmax(batch_bytes(), input.data(), max.data(), nullptr);

        if (!CheckUnchanged(input, input_before, "array", context)) return;
        if (!CheckGuards(max, "*max", context)) return;
        if (!(MaxMatches(max[0], expected) || (HasNaN(x) && std::isnan(max[0])))) {
          ADD_FAILURE() << context << ": *max = " << Str(max[0]) << ", expected " << Str(expected);
          return;
        }
        if (!SameBitsOrBothNaN(max[0], twin_max)) {
          ADD_FAILURE() << context << ": *max = " << Str(max[0]) << ", the f32 twin gives " << Str(twin_max);
          return;
        }
      }
    }
  }

 private:
  float initial_max_ = -std::numeric_limits<float>::infinity();
  smax_f32_rmax_ukernel_fn* twin_ = nullptr;
};

// ---- f16-f32-raddstoreexpminusmax, bf16-f32-raddstoreexpminusmax ------------------------------------

// output[i] = exp(widen(input[i]) - *max), *sum, and the side max of the next block (or of the block
// itself): the f32 family's checks on the widened inputs, and the twin's bits for all three.
class RAddStoreExpMinusMax16Tester : public Input16TesterBase<RAddStoreExpMinusMax16Tester> {
 public:
  RAddStoreExpMinusMax16Tester& next_elements(size_t next_elements) {
    next_elements_ = next_elements;
    return *this;
  }
  RAddStoreExpMinusMax16Tester& next_max_seed(float seed) {
    next_max_seed_ = seed;
    return *this;
  }
  RAddStoreExpMinusMax16Tester& own_block_max(bool own_block_max) {
    own_block_max_ = own_block_max;
    return *this;
  }
  // *max is the inputs' max minus this (at most SMAX_EXP_ABOVE_MAX_LIMIT): inputs above *max.
  RAddStoreExpMinusMax16Tester& max_below_top(float max_below_top) {
    max_below_top_ = max_below_top;
    return *this;
  }
  RAddStoreExpMinusMax16Tester& twin(smax_f32_raddstoreexpminusmax_ukernel_fn* twin) {
    twin_ = twin;
    return *this;
  }

  void Test(smax_f16_f32_raddstoreexpminusmax_ukernel_fn* raddstoreexpminusmax) const {
    ASSERT_NE(nullptr, twin_) << kernel_name() << ": no f32-raddstoreexpminusmax kernel of the same shape";
    Rng rng = MakeRng();
    const size_t n = elements();
    for (size_t iteration = 0; iteration < iterations(); iteration++) {
      const std::vector<uint16_t> h = GenerateInputs16(rng);
      const std::vector<uint16_t> next_h =
          own_block_max_ ? h : next_elements_ != 0 ? GenerateInputs16(rng, next_elements_) : std::vector<uint16_t>();
      const std::vector<float> x = Widened(h);
      const std::vector<float> next_x = Widened(next_h);
      const size_t next_elements = next_h.size();
      const float next_expected = MaxIgnoringNaN(next_x, next_max_seed_);
      const float max_value = MaxIgnoringNaN(x, -std::numeric_limits<float>::infinity()) - max_below_top_;
      const ExpMinusMaxReference reference = ReferenceExpMinusMax(x, max_value, exp_error(), accumulators());
      // The twin on the widened inputs.
      std::vector<float> twin_output(n);
      float twin_sum = 0.0f;
      float twin_next_max = next_max_seed_;
      twin_(n * sizeof(float), x.data(), &max_value, twin_output.data(), &twin_sum, next_elements * sizeof(float),
            next_elements != 0 ? next_x.data() : nullptr, &twin_next_max, nullptr);
      for (Layout layout : {Layout::kGuarded, Layout::kExact}) {
        const Where context{this, layout, iteration, "max", max_value};
        HalfBuffer input(n, layout);
        input.Fill(QuietNaN16(type()), h);
        const std::vector<uint16_t> input_before = input.storage();
        Buffer output(n, layout);
        output.Fill(FromBits(kSentinelBits));
        Buffer max(1, layout);
        max.Fill(FromBits(kSentinelBits));
        max[0] = max_value;
        const std::vector<float> max_before = max.storage();
        Buffer sum(1, layout);
        sum.Fill(FromBits(kSentinelBits));
        // +inf guards: a read beyond the next block would become its max.
        HalfBuffer next_input(own_block_max_ ? 0 : next_elements, layout);
        next_input.Fill(PlusInf16(type()), own_block_max_ ? std::vector<uint16_t>() : next_h);
        const std::vector<uint16_t> next_input_before = next_input.storage();
        const uint16_t* next_data = own_block_max_ ? input.data() : next_elements != 0 ? next_input.data() : nullptr;
        Buffer next_max(1, layout);
        next_max.Fill(FromBits(kSentinelBits));
        next_max[0] = next_max_seed_;
        const std::vector<float> next_max_before = next_max.storage();

        raddstoreexpminusmax(batch_bytes(), input.data(), max.data(), output.data(), sum.data(),
                             next_elements * sizeof(uint16_t), next_data, next_max.data(), nullptr);

        if (!CheckUnchanged(input, input_before, "array", context)) return;
        if (!CheckUnchanged(max, max_before, "*max", context)) return;
        if (!CheckUnchanged(next_input, next_input_before, "next block", context)) return;
        if (next_elements == 0) {
          if (!CheckUnchanged(next_max, next_max_before, "*next_max (no next block)", context)) return;
        } else {
          if (!CheckGuards(next_max, "*next_max", context)) return;
          if (!(MaxMatches(next_max[0], next_expected) || (HasNaN(next_x) && std::isnan(next_max[0])))) {
            ADD_FAILURE() << context << ": *next_max = " << Str(next_max[0]) << ", expected " << Str(next_expected);
            return;
          }
          if (!SameBitsOrBothNaN(next_max[0], twin_next_max)) {
            ADD_FAILURE() << context << ": *next_max = " << Str(next_max[0]) << ", the f32 twin gives "
                          << Str(twin_next_max);
            return;
          }
        }
        if (!CheckGuards(output, "the output", context)) return;
        if (!CheckGuards(sum, "*sum", context)) return;
        for (size_t i = 0; i < n; i++) {
          if (!CheckOutput(context, i, x[i], output[i], reference.value[i], std::isnan(x[i]), reference.must_be_zero[i],
                           exp_error(), kFlushAllowance)) {
            return;
          }
          if (!SameBitsOrBothNaN(output[i], twin_output[i])) {
            ADD_FAILURE() << context << ": output[" << i << "] = " << Str(output[i]) << " for input "
                          << Describe(h[i]) << ", the f32 twin gives " << Str(twin_output[i]);
            return;
          }
        }
        RecordOutputErrors();
        if (!CheckSum(context, "sum", sum[0], reference.sum, reference.has_nan, reference.sum_error)) return;
        if (!SameBitsOrBothNaN(sum[0], twin_sum)) {
          ADD_FAILURE() << context << ": *sum = " << Str(sum[0]) << ", the f32 twin gives " << Str(twin_sum);
          return;
        }
      }
    }
  }

 private:
  size_t next_elements_ = 0;
  float next_max_seed_ = -std::numeric_limits<float>::infinity();
  bool own_block_max_ = false;
  float max_below_top_ = 0.0f;
  smax_f32_raddstoreexpminusmax_ukernel_fn* twin_ = nullptr;
};

}  // namespace smax_test

#endif  // SMAX_TEST_INPUT16_TESTER_H_
