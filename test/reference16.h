// 16-bit values for the tests of the f16 and bf16 operators (enum smax_datatype in include/smax.h): the
// exact float value of a pattern, the two patterns around an exact result and its round-to-nearest-even
// pattern (the 1-ULP contract as code), and input makers. The binary16 conversions themselves are
// options-reference.h's (HalfToFloat, FloatToHalf).
#ifndef SMAX_TEST_REFERENCE16_H_
#define SMAX_TEST_REFERENCE16_H_

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <sstream>
#include <string>
#include <vector>

#include "options-reference.h"
#include "reference.h"
#include "smax.h"

namespace smax_test {

// ---- 16-bit values --------------------------------------------------------------------------------

// The float value of a 16-bit pattern, exactly (bf16: the upper half of a float).
inline float Bits16ToFloat(smax_datatype type, uint16_t bits) {
  return type == smax_datatype_f16 ? HalfToFloat(bits) : OptionBitsFloat(static_cast<uint32_t>(bits) << 16);
}

// Largest finite pattern and the value one ULP above it (where RNE turns to infinity from halfway).
inline uint16_t MaxFinite(smax_datatype type) {
  return type == smax_datatype_f16 ? 0x7BFFu : 0x7F7Fu;
}

inline double BeyondMax(smax_datatype type) {
  return type == smax_datatype_f16 ? 65536.0 : std::ldexp(1.0, 128);
}

// The two patterns of a 16-bit type around r (equal where r is representable): down <= r <= up, with
// +-inf beyond the largest finite value; and the pattern that rounding to nearest even gives.
struct Rounded16 {
  uint16_t down;
  uint16_t up;
  uint16_t nearest;
};

inline Rounded16 Round16(smax_datatype type, double r) {
  const uint16_t sign = std::signbit(r) ? 0x8000u : 0u;
  const double magnitude = std::abs(r);
  // Largest positive finite pattern whose value is <= magnitude (positive patterns are ordered as values).
  uint32_t lo = 0, hi = MaxFinite(type);
  while (lo < hi) {
    const uint32_t mid = (lo + hi + 1) / 2;
    if (static_cast<double>(Bits16ToFloat(type, static_cast<uint16_t>(mid))) <= magnitude) {
      lo = mid;
    } else {
      hi = mid - 1;
    }
  }
  const double below = Bits16ToFloat(type, static_cast<uint16_t>(lo));
  const double above = lo == MaxFinite(type) ? BeyondMax(type) : Bits16ToFloat(type, static_cast<uint16_t>(lo + 1));
  const uint16_t next = static_cast<uint16_t>(lo + 1);  // MaxFinite + 1 is infinity's pattern
  Rounded16 result;
  const uint16_t toward_zero = static_cast<uint16_t>(lo);
  const uint16_t away = below == magnitude ? toward_zero : next;
  const double to_below = magnitude - below, to_above = above - magnitude;
  const uint16_t nearest =
      to_below < to_above ? toward_zero : to_above < to_below ? next : ((toward_zero & 1u) == 0 ? toward_zero : next);
  result.down = sign | (sign != 0 ? away : toward_zero);
  result.up = sign | (sign != 0 ? toward_zero : away);
  result.nearest = sign | nearest;
  return result;
}

inline bool IsNaN16(smax_datatype type, uint16_t bits) {
  return std::isnan(Bits16ToFloat(type, bits));
}

inline uint16_t FloatToBF16(float value) {  // only for making inputs: nearest even, NaN kept quiet
  const uint32_t bits = OptionFloatBits(value);
  if (std::isnan(value)) return static_cast<uint16_t>((bits >> 16) | 0x40u);
  return static_cast<uint16_t>((bits + 0x7FFFu + ((bits >> 16) & 1u)) >> 16);
}

inline uint16_t FloatTo16(smax_datatype type, float value) {
  return type == smax_datatype_f16 ? FloatToHalf(value) : FloatToBF16(value);
}

inline const char* TypeName(smax_datatype type) {
  switch (type) {
    case smax_datatype_f32:
      return "f32";
    case smax_datatype_f16:
      return "f16";
    case smax_datatype_bf16:
      return "bf16";
  }
  return "?";
}

// Counts of finite 16-bit outputs checked, and of those that are correctly rounded.
struct Stats16 {
  size_t outputs = 0;
  size_t correctly_rounded = 0;
};

// Checks a 16-bit output row y against the reference of z and the sink (flags: SMAX_OPTION_LOG_SOFTMAX,
// SMAX_OPTION_ZERO_MASKED_ROWS): special values exactly as for f32; every finite output one of the two
// patterns around the exact result, or for log-softmax the rounding of a float within the options' bound
// (LogBound), for softmax within 1e-30 where the exact result is below 1e-30 (the float contract's tiny
// outputs); counts into *stats. Returns the first failure, "" if none.
inline std::string CheckRow16(smax_datatype type, const std::vector<float>& z, float sink, uint32_t flags,
                              const uint16_t* y, Stats16* stats) {
  const float kInf = std::numeric_limits<float>::infinity();
  const float kNaN = std::numeric_limits<float>::quiet_NaN();
  const bool log = (flags & SMAX_OPTION_LOG_SOFTMAX) != 0;
  const ReferenceRow reference = MakeReferenceRow(z.data(), z.size(), sink);
  std::ostringstream failure;
  for (size_t i = 0; i < z.size(); i++) {
    const float value = Bits16ToFloat(type, y[i]);
    auto fail = [&](const char* what, double expected) {
      failure << what << " at index " << i << " (" << RowKindName(reference.kind) << " row of " << z.size()
              << ", z=" << z[i] << "): expected " << expected << " got " << value << " (0x" << std::hex << y[i]
              << ")";
    };
    if (reference.kind == RowKind::kNaN || (reference.kind == RowKind::kFullyMasked &&
                                            (flags & SMAX_OPTION_ZERO_MASKED_ROWS) == 0)) {
      if (!IsNaN16(type, y[i])) fail("expected NaN", kNaN);
    } else if (reference.kind == RowKind::kFullyMasked) {
      if (log ? value != -kInf : y[i] != 0) fail("fully masked row with the flag", log ? -kInf : 0.0);
    } else if (z[i] == -kInf) {
      if (log ? value != -kInf : y[i] != 0) fail("z = -inf must give exactly 0 / -inf", log ? -kInf : 0.0);
    } else {
      const double exact = log ? reference.LogSoftmax(z[i]) : reference.Softmax(z[i]);
      const Rounded16 r = Round16(type, exact);
      bool within = y[i] == r.down || y[i] == r.up;
      if (log) {
        // Or the float result within the options' log-softmax bound, rounded once: near 0, where the
        // 16-bit ULP is below that bound (the float sum of a row whose other entries are tiny is 1).
        const double bound = LogBound(exact);
        const double lowest = Bits16ToFloat(type, Round16(type, exact - bound).down);
        const double highest = Bits16ToFloat(type, Round16(type, exact + bound).up);
        within = within || (value >= lowest && value <= highest);
      } else if (exact < kSmallOutput) {
        // The float contract's tiny outputs, which may flush to 0.
        within = within || std::abs(value - exact) <= kTinyOutputAbsoluteError;
      }
      if (!within) {
        fail(log ? "beyond 1 ULP of the output type and the log-softmax bound" : "beyond 1 ULP of the output type",
             exact);
      } else {
        stats->outputs++;
        stats->correctly_rounded += y[i] == r.nearest;
      }
    }
    if (!failure.str().empty()) return failure.str();
  }
  return "";
}

}  // namespace smax_test

#endif  // SMAX_TEST_REFERENCE16_H_
