// Tester of f32-vscaleaddmask and f32-vscaleaddmaskf16: output[i] = fl(fl(coefficients[0] * input[i]) +
// fl(coefficients[1] * mask[i])), bit-exact against ScaleAddMaskReference (test/testers/exact-reference.h);
// Test() is overloaded for a float mask (f32-vscaleaddmask) and a binary16 mask (f32-vscaleaddmaskf16).
// The inputs come from TesterBase's settings, plus zeros(); the mask is uniform in mask_range() with
// mask_special() entries, or, with all_half_patterns(), every binary16 pattern in turn from a random
// start (mask[i] = start + i mod 2^16).
#ifndef SMAX_TEST_TESTERS_VSCALEADDMASK_TESTER_H_
#define SMAX_TEST_TESTERS_VSCALEADDMASK_TESTER_H_

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdint>
#include <limits>
#include <ostream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "testers/exact-reference.h"
#include "testers/half.h"
#include "testers/tester-base.h"

namespace smax_test {

// Which entries of a mask (or input) are special.
struct SpecialMix {
  double neg_inf = 0.0;  // -inf (a masked-out position)
  double huge = 0.0;     // +-10^U[3, 38.5] (+-U in [2^10, 65504] for binary16), 1 in 8 of them +-inf
  double zero = 0.0;     // +0 or -0
  bool nan = false;      // one NaN at a random position

  bool any() const {
    return neg_inf > 0.0 || huge > 0.0 || zero > 0.0 || nan;
  }
};

// Replaces entries of v (drawn in range) by the special values of `mix`. For a binary16 mask
// (half = true) huge values stay within its range.
inline void ApplySpecialMix(const SpecialMix& mix, bool half, Rng& rng, std::vector<float>& v) {
  if (v.empty()) return;
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  std::uniform_real_distribution<double> exponent(3.0, 38.6);
  std::uniform_real_distribution<double> half_magnitude(1024.0, 65504.0);
  for (float& value : v) {
    const double u = unit(rng);
    if (u < mix.neg_inf) {
      value = -std::numeric_limits<float>::infinity();
    } else if (u < mix.neg_inf + mix.huge) {
      const float sign = unit(rng) < 0.5 ? -1.0f : 1.0f;
      float magnitude = std::numeric_limits<float>::infinity();
      if (unit(rng) >= 0.125) {
        magnitude = half ? static_cast<float>(half_magnitude(rng))
                         : static_cast<float>(std::min(std::pow(10.0, exponent(rng)), static_cast<double>(FLT_MAX)));
      }
      value = sign * magnitude;
    } else if (u < mix.neg_inf + mix.huge + mix.zero) {
      value = unit(rng) < 0.5 ? -0.0f : 0.0f;
    }
  }
  if (mix.nan) {
    v[std::uniform_int_distribution<size_t>(0, v.size() - 1)(rng)] = std::numeric_limits<float>::quiet_NaN();
  }
}

inline std::string SpecialMixDescription(const SpecialMix& mix) {
  std::ostringstream out;
  if (mix.neg_inf > 0) out << ", " << 100 * mix.neg_inf << "% -inf";
  if (mix.huge > 0) out << ", " << 100 * mix.huge << "% huge";
  if (mix.zero > 0) out << ", " << 100 * mix.zero << "% +-0";
  if (mix.nan) out << ", one NaN";
  return out.str();
}

class VScaleAddMaskTester : public TesterBase<VScaleAddMaskTester> {
 public:
  // Fixed coefficients; without this call each iteration draws a and b in +-[0.25, 4).
  VScaleAddMaskTester& coefficients(float a, float b) {
    fixed_coefficients_ = true;
    a_ = a;
    b_ = b;
    return *this;
  }
  VScaleAddMaskTester& mask_range(float min, float max) {
    mask_min_ = min;
    mask_max_ = max;
    return *this;
  }
  VScaleAddMaskTester& mask_special(const SpecialMix& mix) {
    mask_mix_ = mix;
    return *this;
  }
  // Fraction of inputs replaced by +0 or -0.
  VScaleAddMaskTester& zeros(double fraction) {
    input_zeros_ = fraction;
    return *this;
  }
  VScaleAddMaskTester& all_half_patterns(bool all) {
    all_half_patterns_ = all;
    return *this;
  }

  void Test(smax_f32_vscaleaddmask_ukernel_fn* vscaleaddmask) const {
    Run(false, [&](const Mask& mask_values, Layout layout, const float* input, float* output, const float* coefficients,
                   const Where& context) {
      ReadOnlyBuffer<float> mask(mask_values.values, std::numeric_limits<float>::quiet_NaN(), layout);
      vscaleaddmask(batch_bytes(), input, mask.data(), output, coefficients, nullptr);
      return CheckUnchanged(mask, "mask", context);
    });
  }

  void Test(smax_f32_vscaleaddmaskf16_ukernel_fn* vscaleaddmaskf16) const {
    Run(true, [&](const Mask& mask_values, Layout layout, const float* input, float* output, const float* coefficients,
                  const Where& context) {
      ReadOnlyBuffer<uint16_t> mask(mask_values.bits, kHalfGuard, layout);
      vscaleaddmaskf16(batch_bytes(), input, mask.data(), output, coefficients, nullptr);
      return CheckUnchanged(mask, "mask", context);
    });
  }

 private:
  // A binary16 NaN with a payload: a kernel that reads it into a result gives NaN.
  static constexpr uint16_t kHalfGuard = 0x7E5A;

  // The mask as binary16 bits (used by the f16 family) and as the floats they stand for. The float
  // family is handed the floats as drawn, not rounded to binary16.
  struct Mask {
    std::vector<float> values;
    std::vector<uint16_t> bits;
  };

  Mask DrawMask(bool half, Rng& rng) const {
    const size_t n = elements();
    Mask mask{std::vector<float>(n), std::vector<uint16_t>(n)};
    if (all_half_patterns_) {
      const uint32_t start = rng() & 0xFFFF;
      for (size_t i = 0; i < n; i++) {
        mask.bits[i] = static_cast<uint16_t>((start + i) & 0xFFFF);
        mask.values[i] = HalfToFloat(mask.bits[i]);
      }
      return mask;
    }
    std::uniform_real_distribution<float> in_range(mask_min_, mask_max_);
    for (float& v : mask.values) v = in_range(rng);
    ApplySpecialMix(mask_mix_, half, rng, mask.values);
    for (size_t i = 0; i < n; i++) {
      // Rounded toward zero to binary16 (huge floats are clamped, NaN and +-inf map to themselves).
      const float v = mask.values[i];
      if (std::isnan(v)) {
        mask.bits[i] = 0x7E00;
      } else if (std::isinf(v) || std::abs(v) > 65504.0f) {
        mask.bits[i] = std::isinf(v) ? (v < 0 ? 0xFC00 : 0x7C00) : (v < 0 ? 0xFBFF : 0x7BFF);
      } else {
        mask.bits[i] = FloatToHalfTowardZero(v);
      }
    }
    return mask;
  }

  // Runs the kernel through `call(mask, layout, input, output, coefficients, context)`, which also
  // checks that the kernel left the mask unchanged, and checks the rest.
  // half: the kernel takes the binary16 bits (its mask values are theirs), else the floats as drawn.
  template <typename Call>
  void Run(bool half, Call call) const {
    const size_t n = elements();
    std::uniform_real_distribution<float> magnitude(0.25f, 4.0f);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    ForEachIteration([&](Rng& rng, size_t iteration) {
      std::vector<float> x = GenerateInputs(rng);
      if (input_zeros_ > 0.0) {
        for (float& v : x) {
          if (unit(rng) < input_zeros_) v = unit(rng) < 0.5 ? -0.0f : 0.0f;
        }
      }
      const Mask mask = DrawMask(half, rng);
      const float a = fixed_coefficients_ ? a_ : (unit(rng) < 0.5 ? -1.0f : 1.0f) * magnitude(rng);
      const float b = fixed_coefficients_ ? b_ : (unit(rng) < 0.5 ? -1.0f : 1.0f) * magnitude(rng);
      return InBothLayouts([&](Layout layout) {
        const Where context{this, layout, iteration, "coefficients[0]", a, "coefficients[1]", b};
        ArrayAndOutput array(x, in_place(), layout);
        ReadOnlyBuffer<float> coefficients = Scalars({a, b}, layout);

        if (!call(mask, layout, array.input(), array.output(), coefficients.data(), context)) return false;

        return CheckArrayUnchanged(array, context) && CheckUnchanged(coefficients, "coefficients[0..2)", context) &&
               CheckGuards(array, context) && ForEachElement(n, [&](size_t i) {
                 const float mask_value = half ? HalfToFloat(mask.bits[i]) : mask.values[i];
                 return CheckExact(context, i, array.output()[i], ScaleAddMaskReference(a, x[i], b, mask_value),
                                   [&](std::ostream& out) {
                                     out << "input " << Str(x[i]) << " and mask "
                                         << (half ? Describe(mask.bits[i]) + " = " : std::string()) << Str(mask_value)
                                         << " (" << MaskDescription() << ")";
                                   });
               });
      });
    });
  }

  bool fixed_coefficients_ = false;
  float a_ = 1.0f;
  float b_ = 1.0f;
  float mask_min_ = -10.0f;
  float mask_max_ = 0.0f;
  SpecialMix mask_mix_;
  double input_zeros_ = 0.0;
  bool all_half_patterns_ = false;

  std::string MaskDescription() const {
    std::ostringstream out;
    if (input_zeros_ > 0) out << 100 * input_zeros_ << "% of the inputs +-0, ";
    if (all_half_patterns_) {
      out << "mask: every binary16 pattern in turn";
    } else {
      out << "mask in [" << mask_min_ << ", " << mask_max_ << "]" << SpecialMixDescription(mask_mix_);
    }
    return out.str();
  }
};

}  // namespace smax_test

#endif  // SMAX_TEST_TESTERS_VSCALEADDMASK_TESTER_H_
