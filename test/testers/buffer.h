// The buffers a kernel tester hands to a kernel: guarded or exact-size storage, the sentinel that
// marks what the kernel has not written, and the read-only / output roles every tester gives its
// arguments (test/ukernel-tester.h says what each role checks).
#ifndef SMAX_TEST_TESTERS_BUFFER_H_
#define SMAX_TEST_TESTERS_BUFFER_H_

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <iomanip>
#include <limits>
#include <sstream>
#include <string>
#include <vector>

namespace smax_test {

// ---- Bits and formatting ------------------------------------------------------------------------------

inline uint32_t Bits(float value) {
  uint32_t bits;
  std::memcpy(&bits, &value, sizeof(bits));
  return bits;
}

inline float FromBits(uint32_t bits) {
  float value;
  std::memcpy(&value, &bits, sizeof(value));
  return value;
}

// Output guards and not-yet-written outputs: a quiet NaN with a payload no arithmetic produces.
constexpr uint32_t kSentinelBits = UINT32_C(0x7FC5A5A5);
constexpr const char* kNotWritten =
    "still holds the sentinel it started with (never written, or computed from its old value)";

// "1.23456791 (0x1.3c0ca4p+0)": decimal for reading, hexadecimal for the exact bits.
inline std::string Str(double value) {
  std::ostringstream out;
  out << std::setprecision(9) << value;
  if (std::isfinite(value) && value != 0.0) {
    out << " (" << std::hexfloat << value << ")";
  }
  return out.str();
}

// ---- Buffers --------------------------------------------------------------------------------------

enum class Layout {
  kGuarded,  // extra elements before and after, checked after the call
  kExact,    // exactly the elements asked for, in their own heap block (AddressSanitizer's redzones)
};

// Odd: the data starts 68 bytes into a (16-byte or more aligned) allocation, so it is misaligned
// for every vector width.
constexpr size_t kGuardBefore = 17;
constexpr size_t kGuardAfter = 32;

// A float buffer, or (BasicBuffer<uint16_t>, HalfBuffer) one of binary16 bit patterns.
template <typename T>
class BasicBuffer {
 public:
  // `shift` more elements before the data in the guarded layout: other alignments of data().
  BasicBuffer(size_t size, Layout layout, size_t shift = 0)
      : size_(size),
        before_(layout == Layout::kGuarded ? kGuardBefore + shift : 0),
        storage_(before_ + size + (layout == Layout::kGuarded ? kGuardAfter : 0)) {}

  T* data() {
    return storage_.data() + before_;
  }
  const T* data() const {
    return storage_.data() + before_;
  }
  size_t size() const {
    return size_;
  }
  T& operator[](size_t i) {
    return data()[i];
  }
  T operator[](size_t i) const {
    return data()[i];
  }

  // Fills the data and the guards.
  void Fill(T value) {
    std::fill(storage_.begin(), storage_.end(), value);
  }
  // Fills the guards (and the rest of the data) with `value` and data()[0..values.size()) with values.
  void Fill(T value, const std::vector<T>& values) {
    Fill(value);
    std::copy(values.begin(), values.begin() + static_cast<ptrdiff_t>(std::min(values.size(), size_)), data());
  }

  const std::vector<T>& storage() const {
    return storage_;
  }

  // Position, in storage(), of the first element whose bits differ from `before` (a copy of
  // storage()); false if there is none.
  bool FirstDifference(const std::vector<T>& before, size_t* position) const {
    for (size_t i = 0; i < storage_.size(); i++) {
      if (ElementBits(storage_[i]) != ElementBits(before[i])) {
        *position = i;
        return true;
      }
    }
    return false;
  }

  // Position, in storage(), of the first guard element whose bits are not `bits`; false if none.
  bool FirstChangedGuard(uint32_t bits, size_t* position) const {
    for (size_t i = 0; i < storage_.size(); i++) {
      if (!InData(i) && ElementBits(storage_[i]) != bits) {
        *position = i;
        return true;
      }
    }
    return false;
  }

  bool InData(size_t position) const {
    return position >= before_ && position < before_ + size_;
  }

  // Index relative to data() of a position in storage(): negative in the leading guard.
  ptrdiff_t Index(size_t position) const {
    return static_cast<ptrdiff_t>(position) - static_cast<ptrdiff_t>(before_);
  }

 private:
  static uint32_t ElementBits(float value) {
    return Bits(value);
  }
  static uint32_t ElementBits(uint16_t value) {
    return value;
  }

  size_t size_;
  size_t before_;
  std::vector<T> storage_;
};

using Buffer = BasicBuffer<float>;
using HalfBuffer = BasicBuffer<uint16_t>;

// An element of a buffer, for failure messages.
inline std::string Describe(float value) {
  return Str(value);
}
inline std::string Describe(uint16_t half_bits) {
  std::ostringstream out;
  out << "binary16 0x" << std::hex << std::setw(4) << std::setfill('0') << half_bits;
  return out.str();
}

// ---- Argument roles -----------------------------------------------------------------------------------

// An argument the kernel must only read (an input array, or scalars such as *max): the values with
// `guard` around them, and a copy of the whole storage taken before the call, so that a tester can
// check it bit for bit afterwards (TesterBase::CheckUnchanged).
template <typename T>
class ReadOnlyBuffer {
 public:
  ReadOnlyBuffer(const std::vector<T>& values, T guard, Layout layout) : buffer_(values.size(), layout) {
    buffer_.Fill(guard, values);
    before_ = buffer_.storage();
  }

  T* data() {
    return buffer_.data();
  }
  T operator[](size_t i) const {
    return buffer_[i];
  }
  const BasicBuffer<T>& buffer() const {
    return buffer_;
  }
  const std::vector<T>& before() const {
    return before_;
  }

 private:
  BasicBuffer<T> buffer_;
  std::vector<T> before_;
};

// Scalar arguments (*max, the scale, the constants): the sentinel around them, which no kernel
// writes, so that a read past them shows in the result as a NaN.
inline ReadOnlyBuffer<float> Scalars(const std::vector<float>& values, Layout layout) {
  return ReadOnlyBuffer<float>(values, FromBits(kSentinelBits), layout);
}

// An output of n elements, all of it and its guards kSentinelBits (TesterBase::CheckGuards then tells
// writes outside it, and every element must be overwritten), but for `initial`, the values it holds
// on entry (a seeded *max, an in-place input).
inline Buffer OutputBuffer(size_t n, Layout layout, const std::vector<float>& initial = {}, size_t shift = 0) {
  Buffer output(n, layout, shift);
  output.Fill(FromBits(kSentinelBits), initial);
  return output;
}

// The array and the output of an elementwise float kernel. The array's guards are NaN, so a read past
// it corrupts a result. In place, the output buffer holds the inputs, its guards are the output's,
// and there is no separate array (input() is output()).
class ArrayAndOutput {
 public:
  ArrayAndOutput(const std::vector<float>& x, bool in_place, Layout layout, size_t output_shift = 0)
      : in_place_(in_place),
        array_(in_place ? std::vector<float>() : x, std::numeric_limits<float>::quiet_NaN(), layout),
        output_(OutputBuffer(x.size(), layout, in_place ? x : std::vector<float>(), output_shift)) {}

  const float* input() {
    return in_place_ ? output_.data() : array_.data();
  }
  float* output() {
    return output_.data();
  }
  bool in_place() const {
    return in_place_;
  }
  const ReadOnlyBuffer<float>& array() const {
    return array_;
  }
  const Buffer& output_buffer() const {
    return output_;
  }

 private:
  bool in_place_;
  ReadOnlyBuffer<float> array_;
  Buffer output_;
};

}  // namespace smax_test

#endif  // SMAX_TEST_TESTERS_BUFFER_H_
