// What the libFuzzer targets share (test/fuzz/softmax-fuzzer.cc, test/fuzz/topk-fuzzer.cc): the reader of
// the fuzz input, which draws row values with the special ones (NaN, +-inf, +-FLT_MAX, denormals, huge and
// tiny magnitudes) and binary16 mask entries from it, and the check that traps on a violated rule.
#ifndef SMAX_TEST_FUZZ_FUZZ_INPUT_H_
#define SMAX_TEST_FUZZ_FUZZ_INPUT_H_

#include <cfloat>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "smax.h"
#include "options-reference.h"

namespace smax_fuzz {

// Reads the fuzz input front to back; past its end every read gives zeros.
class Input {
 public:
  Input(const uint8_t* data, size_t size) : data_(data), size_(size) {}
  uint8_t Byte() { return position_ < size_ ? data_[position_++] : 0; }
  uint32_t Word() {
    uint32_t word = 0;
    for (int i = 0; i < 4; i++) word = word << 8 | Byte();
    return word;
  }
  float Value() {
    static const float kSpecial[] = {NAN, INFINITY, -INFINITY, FLT_MAX, -FLT_MAX, FLT_MIN, -FLT_MIN,
                                     1.0e-40f, -1.0e-40f, 0.0f, -0.0f, 1.0e30f, -1.0e30f, 1.0e-30f,
                                     88.0f, -88.0f, 1024.0f, -1024.0f, 1500.0f, -1e9f};
    const uint8_t kind = Byte();
    if (kind < 24) return kSpecial[kind % (sizeof(kSpecial) / sizeof(kSpecial[0]))];
    if (kind < 64) {  // any bit pattern
      const uint32_t bits = Word();
      float value;
      std::memcpy(&value, &bits, sizeof(value));
      return value;
    }
    // Ordinary logits: a spread around a per-row offset.
    return static_cast<float>(static_cast<int8_t>(Byte())) * 0.25f + (kind - 160) * 4.0f;
  }
  // A binary16 mask entry: special patterns, any pattern, or small values (mostly 0 and -inf).
  uint16_t Half() {
    static const uint16_t kSpecial[] = {0xFC00, 0x7C00, 0x7E00, 0xFE00, 0x7D00, 0xFBFF, 0x7BFF, 0x0001,
                                        0x8001, 0x03FF, 0x0000, 0x8000, 0x3C00, 0xBC00, 0xFC00, 0x0000};
    const uint8_t kind = Byte();
    if (kind < 32) return kSpecial[kind % 16];
    if (kind < 64) return static_cast<uint16_t>(Byte() << 8 | Byte());
    if (kind < 160) return kind & 1 ? 0xFC00 : 0x0000;
    return smax_test::FloatToHalf(static_cast<float>(static_cast<int8_t>(Byte())) * 0.125f);
  }
  // An f32 mask entry: mostly 0 and -inf, else any Value().
  float MaskValue() {
    const uint8_t kind = Byte();
    if (kind < 96) return kind & 1 ? -INFINITY : 0.0f;
    return Value();
  }

 private:
  const uint8_t* data_;
  size_t size_;
  size_t position_ = 0;
};

inline void Check(bool condition, const char* what) {
  if (!condition) {
    std::fprintf(stderr, "fuzzer: %s\n", what);
    std::abort();
  }
}

// The status that a call must return: `expected`, or any of `also` (when more than one documented
// cause applies, the header does not say which one wins).
inline bool StatusIs(smax_status status, smax_status expected, smax_status also = smax_status_success) {
  return status == expected || (also != smax_status_success && status == also);
}

}  // namespace smax_fuzz

#endif  // SMAX_TEST_FUZZ_FUZZ_INPUT_H_
