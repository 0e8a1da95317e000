// binary16 patterns and their values, written from the format's fields (independent of the kernels'
// conversions): the references of the binary16 masks and conversions.
#ifndef SMAX_TEST_TESTERS_HALF_H_
#define SMAX_TEST_TESTERS_HALF_H_

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>

namespace smax_test {

// A binary16 bit pattern's value, from its fields (independent of the kernels' conversion in
// src/smax/f16-to-f32.h): exact, as every binary16 value is a float.
inline float HalfToFloat(uint16_t h) {
  const int exponent = (h >> 10) & 0x1F;
  const int mantissa = h & 0x3FF;
  float magnitude;
  if (exponent == 0) {
    magnitude = std::ldexp(static_cast<float>(mantissa), -24);  // +-0 and subnormals: m * 2^-24
  } else if (exponent == 31) {
    magnitude = mantissa == 0 ? std::numeric_limits<float>::infinity() : std::numeric_limits<float>::quiet_NaN();
  } else {
    magnitude = std::ldexp(static_cast<float>(mantissa + 1024), exponent - 25);  // (1 + m / 1024) * 2^(e - 15)
  }
  return (h & 0x8000) != 0 ? -magnitude : magnitude;
}

// The binary16 value nearest to v toward zero, for finite |v| <= 65504 (the largest half).
inline uint16_t FloatToHalfTowardZero(float v) {
  const uint16_t sign = std::signbit(v) ? 0x8000 : 0;
  const double a = std::abs(static_cast<double>(v));
  if (a < std::ldexp(1.0, -14)) {
    return static_cast<uint16_t>(sign | static_cast<uint16_t>(a * std::ldexp(1.0, 24)));  // subnormal or 0
  }
  int e;
  const double f = std::frexp(a, &e);  // a = f * 2^e, f in [0.5, 1)
  const int field = std::min(e - 1 + 15, 30);
  const int mantissa = field == e - 1 + 15 ? static_cast<int>((2.0 * f - 1.0) * 1024.0) : 0x3FF;
  return static_cast<uint16_t>(sign | (field << 10) | mantissa);
}

}  // namespace smax_test

#endif  // SMAX_TEST_TESTERS_HALF_H_
