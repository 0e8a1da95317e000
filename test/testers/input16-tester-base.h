// What the testers of the families that read 16-bit inputs directly share (f16-rmax, bf16-rmax:
// test/testers/rmax16-tester.h; f16-f32- and bf16-f32-raddstoreexpminusmax:
// test/testers/raddstoreexpminusmax16-tester.h). Their kernels are the f32 templates
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
#ifndef SMAX_TEST_TESTERS_INPUT16_TESTER_BASE_H_
#define SMAX_TEST_TESTERS_INPUT16_TESTER_BASE_H_

#include <cmath>
#include <cstdint>
#include <random>
#include <sstream>
#include <string>
#include <vector>

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

// Checks a result of the 16-bit kernel against its f32 twin's: the same bits, or both NaN.
// `context` (TesterBase's Where) and `what_for`, which streams what the result is ("*sum", "output[3] for input ..."),
// go into the failure message only.
template <class Context, class What>
bool CheckTwin(const Context& context, float actual, float twin, What what_for) {
  if (SameBitsOrBothNaN(actual, twin)) return true;
  std::ostringstream failure;
  what_for(failure);
  ADD_FAILURE() << context << ": " << failure.str() << " = " << Str(actual) << ", the f32 twin gives " << Str(twin);
  return false;
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
    if (twin_name.size() >= suffix.size() &&
        twin_name.compare(twin_name.size() - suffix.size(), suffix.size(), suffix) == 0 &&
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

}  // namespace smax_test

#endif  // SMAX_TEST_TESTERS_INPUT16_TESTER_BASE_H_
