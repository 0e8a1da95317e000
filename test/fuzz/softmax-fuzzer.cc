// libFuzzer target: drives the public API from the fuzz input (algorithm, flags, batch, channels,
// strides including invalid ones, in place, and row values drawn to include NaN, +-inf, +-FLT_MAX,
// denormals, huge and tiny magnitudes), checks every status against the documented rules and every
// output row against the double reference under the numerics contract. Any violation traps.
//
// Build: CMake with CC=clang CXX=clang++ -DSMAX_BUILD_FUZZERS=ON; run: softmax-fuzzer test/fuzz/corpus.
#include <cfloat>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "reference.h"
#include "smax.h"

namespace {

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

 private:
  const uint8_t* data_;
  size_t size_;
  size_t position_ = 0;
};

void Check(bool condition, const char* what) {
  if (!condition) {
    std::fprintf(stderr, "softmax-fuzzer: %s\n", what);
    std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const bool initialized = smax_initialize() == smax_status_success;
  Check(initialized, "smax_initialize failed");
  Input input(data, size);

  const uint32_t algorithm = input.Byte() % (SMAX_ALGORITHM_COUNT + 1);  // one past the last is invalid
  const uint8_t flag_byte = input.Byte();
  const uint32_t flags = flag_byte & 0x80 ? 0x100u : (flag_byte & SMAX_FLAG_YIELD_WORKERS);
  const size_t batch = input.Byte() % 5;
  const size_t channels = (input.Byte() << 8 | input.Byte()) % 600;
  const uint8_t layout = input.Byte();
  const bool in_place = layout & 1;
  size_t input_stride = channels + (layout >> 1 & 3);
  size_t output_stride = in_place ? input_stride : channels + (layout >> 3 & 3);
  const bool bad_stride = (layout & 0x60) == 0x60 && channels > 0;
  if (bad_stride) input_stride = channels - 1;

  const size_t input_span = batch == 0 ? 0 : (batch - 1) * input_stride + channels;
  const size_t output_span = batch == 0 ? 0 : (batch - 1) * output_stride + channels;
  std::vector<float> x(input_span + 1);
  for (float& value : x) value = input.Value();
  std::vector<float> original = x;
  std::vector<float> y(in_place ? 1 : output_span + 1, 0.0f);
  float* output = in_place ? x.data() : y.data();

  smax_operator_t op = nullptr;
  const smax_status created = smax_create_softmax_nc_f32(static_cast<smax_algorithm>(algorithm), flags, &op);
  const bool create_ok = algorithm < SMAX_ALGORITHM_COUNT && (flags & ~SMAX_FLAG_YIELD_WORKERS) == 0;
  Check(created == (create_ok ? smax_status_success : smax_status_invalid_parameter), "create status");
  if (!create_ok) {
    Check(op == nullptr, "failed create wrote the operator");
    return 0;
  }
  Check(smax_run_operator(op, nullptr) == smax_status_invalid_state, "run before setup");
  const smax_status reshaped = smax_reshape_softmax_nc_f32(op, channels, input_stride, output_stride, batch, nullptr);
  const bool reshape_ok = channels != 0 && !bad_stride;
  Check(reshaped == (reshape_ok ? smax_status_success : smax_status_invalid_parameter), "reshape status");
  if (reshape_ok) {
    Check(smax_setup_softmax_nc_f32(op, x.data(), output) == smax_status_success, "setup status");
    Check(smax_run_operator(op, nullptr) == smax_status_success, "run status");
    for (size_t row = 0; row < batch; row++) {
      const smax_test::RowCheck check =
          smax_test::CheckRow(original.data() + row * input_stride, output + row * output_stride, channels);
      if (!check.ok) {
        std::fprintf(stderr, "algorithm %s row %zu: %s\n", smax_algorithm_string(static_cast<smax_algorithm>(algorithm)),
                     row, check.first_failure.c_str());
      }
      Check(check.ok, "numerics contract");
    }
    if (!in_place) {
      Check(std::memcmp(x.data(), original.data(), x.size() * sizeof(float)) == 0, "input modified");
      // Stride gaps and the element after the last row stay untouched.
      for (size_t i = 0; i <= output_span; i++) {
        const bool in_a_row = i < output_span && i % output_stride < channels;
        Check(in_a_row || y[i] == 0.0f, "write outside the output rows");
      }
    }
  }
  Check(smax_delete_operator(op) == smax_status_success, "delete status");
  return 0;
}
