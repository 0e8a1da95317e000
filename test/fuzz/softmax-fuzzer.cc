// libFuzzer target: drives the public API from the fuzz input (algorithm, flags, batch, channels,
// strides including invalid ones, in place, and row values drawn to include NaN, +-inf, +-FLT_MAX,
// denormals, huge and tiny magnitudes), checks every status against the documented rules and every
// output row against the double reference under the numerics contract. Any violation traps.
//
// After the row values, one byte chooses the API: 0 (and the end of the input, so every input written
// before the options existed keeps its meaning) the plain smax_create_softmax_nc_f32; anything else
// smax_create_softmax_nc_f32_ex with options drawn from the bytes that follow (option bits, unknown ones
// included; scale, invalid ones included; mask type, f32 or f16, stride and repeat period; group_rows;
// a tensor dropped or added), then the mask, slopes and sinks. The results are checked against the
// options' reference (test/options-reference.h): z in float as the contract defines it, softmax or
// log-softmax of z and the sink in double, logsumexp, fully masked rows.
//
// After a plain run, one more byte (0, or the end of the input: nothing more, so older inputs keep their
// meaning) chooses a pair of element types for smax_create_softmax_nc (f16 and bf16 in, 16-bit or f32 out,
// unsupported pairs and an unknown type too), and the next one the tensor-free options (log-softmax, the
// masked-row flag, logsumexp): the same rows, rounded to the input type, run again and checked against
// the reference of their float values (test/reference16.h: 16-bit outputs within 1 ULP, special values
// as f32), with the statuses of the 16-bit rules (reload with a 16-bit output, in place across sizes).
//
// Build: CMake with CC=clang CXX=clang++ -DSMAX_BUILD_FUZZERS=ON; run: softmax-fuzzer test/fuzz/corpus.
#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <vector>

#include <pthreadpool.h>

#include "fuzz/fuzz-input.h"
#include "options-reference.h"
#include "reference.h"
#include "reference16.h"
#include "smax.h"

namespace {

using smax_fuzz::Check;
using smax_fuzz::Input;
using smax_fuzz::StatusIs;

// Describes the options of a failing input.
void PrintOptions(const smax_softmax_options& options, const smax_softmax_tensors& tensors) {
  std::fprintf(stderr, "options: flags 0x%x scale %a mask_type %d group_rows %zu; mask_stride %zu mask_rows %zu\n",
               options.flags, options.scale, options.mask_type, options.group_rows, tensors.mask_stride,
               tensors.mask_rows);
}

// The operator with options: creates, reshapes, sets up and runs it as the bytes after the row values
// say, and checks every status, every row, every logsumexp and every buffer that must not change.
void FuzzOptions(Input& input, uint32_t algorithm, uint32_t flags, size_t batch, size_t channels, size_t input_stride,
                 size_t output_stride, bool bad_stride, bool in_place, std::vector<float>& x,
                 const std::vector<float>& original, std::vector<float>& y, size_t output_span) {
  static const float kScales[16] = {1.0f, 0.125f, 0.08838835f, 2.5f, 1.0e-3f, 1.0e7f, FLT_MIN, FLT_MAX, 100.0f,
                                    0.5f, 1.0e30f,
                                    // invalid: outside [FLT_MIN, FLT_MAX] (subnormal: 0 with denormals off)
                                    0x1p-149f, 0.0f, -1.0f, NAN, INFINITY};
  const uint8_t option_byte = input.Byte();
  smax_softmax_options options;
  options.flags = option_byte & 0x1F;
  if ((option_byte & 0xE0) == 0xE0) options.flags |= 0x20;  // an unknown option bit
  options.scale = kScales[input.Byte() % 16];
  options.mask_type = input.Byte() % 4;  // 3 is no mask type
  options.group_rows = input.Byte() % 5;
  const uint8_t mask_layout = input.Byte();
  size_t mask_stride = 0;
  switch (mask_layout & 3) {
    case 0:
      mask_stride = 0;  // broadcast
      break;
    case 1:
      mask_stride = channels;
      break;
    case 2:
      mask_stride = channels + 1 + (mask_layout >> 2 & 3);
      break;
    case 3:
      mask_stride = channels > 1 ? channels - 1 : 0;  // invalid for channels > 1
      break;
  }
  const size_t mask_rows = (mask_layout >> 4) % 4;
  const uint8_t tensor_byte = input.Byte();
  const uint8_t perturbation = tensor_byte % 16;  // 1-4: drop a tensor the options call for; 5-8: add one
  const bool threaded = (tensor_byte & 0x10) != 0;

  const bool has_mask = options.mask_type == smax_mask_type_f32 || options.mask_type == smax_mask_type_f16;
  const bool has_slopes = (options.flags & SMAX_OPTION_SLOPES) != 0;
  const bool has_sinks = (options.flags & SMAX_OPTION_SINKS) != 0;
  const bool has_lse = (options.flags & SMAX_OPTION_LOGSUMEXP) != 0;
  const bool create_invalid = algorithm >= SMAX_ALGORITHM_COUNT || (flags & ~SMAX_FLAG_YIELD_WORKERS) != 0 ||
                              (options.flags & ~UINT32_C(0x1F)) != 0 || options.mask_type > smax_mask_type_f16 ||
                              !(std::isfinite(options.scale) && options.scale >= FLT_MIN) || (has_slopes && !has_mask) ||
                              ((has_slopes || has_sinks) && options.group_rows == 0);
  const bool create_unsupported =
      (options.flags & SMAX_OPTION_LOG_SOFTMAX) != 0 && algorithm == smax_algorithm_three_pass_reload;

  smax_operator_t op = nullptr;
  const smax_status created =
      smax_create_softmax_nc_f32_ex(static_cast<smax_algorithm>(algorithm), flags, &options, &op);
  smax_softmax_tensors tensors = {};
  if (create_invalid || create_unsupported) {
    const bool ok = create_invalid
                        ? StatusIs(created, smax_status_invalid_parameter,
                                   create_unsupported ? smax_status_unsupported_parameter : smax_status_success)
                        : created == smax_status_unsupported_parameter;
    if (!ok) PrintOptions(options, tensors);
    Check(ok, "create_ex status (expected a failure)");
    Check(op == nullptr, "failed create_ex wrote the operator");
    return;
  }
  if (created != smax_status_success) PrintOptions(options, tensors);
  Check(created == smax_status_success, "create_ex status");
  Check(smax_run_operator(op, nullptr) == smax_status_invalid_state, "run before setup (options)");
  static const pthreadpool_t pool = pthreadpool_create(2);
  const pthreadpool_t run_pool = threaded ? pool : nullptr;
  const smax_status reshaped = smax_reshape_softmax_nc_f32(op, channels, input_stride, output_stride, batch, run_pool);
  const bool reshape_ok = channels != 0 && !bad_stride;
  Check(reshaped == (reshape_ok ? smax_status_success : smax_status_invalid_parameter), "reshape status (options)");
  if (!reshape_ok) {
    Check(smax_delete_operator(op) == smax_status_success, "delete status");
    return;
  }

  // Tensors of exactly their documented sizes (at least one element, so that no pointer is NULL):
  // AddressSanitizer reports any access past them.
  const size_t groups = has_slopes || has_sinks ? (batch + options.group_rows - 1) / options.group_rows : 0;
  const size_t mask_row_count = batch == 0         ? 0
                                : mask_stride == 0 ? 1
                                : mask_rows != 0   ? std::min(mask_rows, batch)
                                                   : batch;
  const size_t mask_extent = mask_row_count == 0 ? 0 : (mask_row_count - 1) * mask_stride + channels;
  std::vector<float> mask_f32(std::max<size_t>(mask_extent, 1), 0.0f);
  std::vector<uint16_t> mask_f16(std::max<size_t>(mask_extent, 1), 0);
  std::vector<float> slopes(std::max<size_t>(groups, 1), 1.0f);
  std::vector<float> sinks(std::max<size_t>(groups, 1), -INFINITY);
  std::vector<float> lse(std::max<size_t>(batch, 1), 0.0f);
  if (options.mask_type == smax_mask_type_f32) {
    for (float& m : mask_f32) m = input.MaskValue();
  } else if (options.mask_type == smax_mask_type_f16) {
    for (uint16_t& m : mask_f16) m = input.Half();
  }
  if (has_slopes) {
    for (float& slope : slopes) slope = input.Value();
  }
  if (has_sinks) {
    for (float& sink : sinks) sink = input.Value();
  }
  const std::vector<float> mask_f32_before = mask_f32;
  const std::vector<uint16_t> mask_f16_before = mask_f16;
  const std::vector<float> slopes_before = slopes;
  const std::vector<float> sinks_before = sinks;

  if (has_mask) {
    tensors.mask = options.mask_type == smax_mask_type_f32 ? static_cast<const void*>(mask_f32.data())
                                                           : static_cast<const void*>(mask_f16.data());
    tensors.mask_stride = mask_stride;
    tensors.mask_rows = mask_rows;
  }
  if (has_slopes) tensors.slopes = slopes.data();
  if (has_sinks) tensors.sinks = sinks.data();
  if (has_lse) tensors.logsumexp = lse.data();
  // One tensor dropped that the options call for, or one added that they do not: invalid.
  bool mismatch = true;
  switch (perturbation) {
    case 1:
      mismatch = has_mask;
      tensors.mask = nullptr;
      break;
    case 2:
      mismatch = has_slopes;
      tensors.slopes = nullptr;
      break;
    case 3:
      mismatch = has_sinks;
      tensors.sinks = nullptr;
      break;
    case 4:
      mismatch = has_lse;
      tensors.logsumexp = nullptr;
      break;
    case 5:
      mismatch = !has_mask;
      if (mismatch) {
        tensors.mask = mask_f32.data();
        tensors.mask_stride = mask_stride;
      }
      break;
    case 6:
      mismatch = !has_slopes;
      tensors.slopes = slopes.data();
      break;
    case 7:
      mismatch = !has_sinks;
      tensors.sinks = sinks.data();
      break;
    case 8:
      mismatch = !has_lse;
      tensors.logsumexp = lse.data();
      break;
    default:
      mismatch = false;
  }
  const bool any_tensor =
      tensors.mask != nullptr || tensors.slopes != nullptr || tensors.sinks != nullptr || tensors.logsumexp != nullptr;
  const bool bad_mask_stride = has_mask && mask_stride != 0 && mask_stride < channels;
  const bool setup_ok = !mismatch && !bad_mask_stride;
  float* output = in_place ? x.data() : y.data();
  const smax_status set_up = smax_setup_softmax_nc_f32_ex(op, x.data(), output, any_tensor ? &tensors : nullptr);
  if (set_up != (setup_ok ? smax_status_success : smax_status_invalid_parameter)) PrintOptions(options, tensors);
  Check(set_up == (setup_ok ? smax_status_success : smax_status_invalid_parameter), "setup_ex status");
  if (!setup_ok) {
    Check(smax_run_operator(op, nullptr) == smax_status_invalid_state, "run after a rejected setup_ex");
    Check(smax_delete_operator(op) == smax_status_success, "delete status");
    return;
  }
  Check(smax_run_operator(op, run_pool) == smax_status_success, "run status (options)");

  std::vector<float> z(channels);
  for (size_t row = 0; row < batch; row++) {
    const size_t g = has_slopes || has_sinks ? row / options.group_rows : 0;
    const size_t m = (mask_stride == 0 ? 0 : mask_rows != 0 ? row % mask_rows : row) * mask_stride;
    for (size_t c = 0; c < channels; c++) {
      const float mask_value = options.mask_type == smax_mask_type_f32   ? mask_f32[m + c]
                               : options.mask_type == smax_mask_type_f16 ? smax_test::HalfToFloat(mask_f16[m + c])
                                                                         : 0.0f;
      z[c] = smax_test::ZValue(options.scale, original[row * input_stride + c], has_mask, mask_value, has_slopes,
                               slopes[g]);
    }
    const float sink = has_sinks ? sinks[g] : -INFINITY;
    const smax_test::OptionsRowCheck check = smax_test::CheckOptionsRow(
        z.data(), channels, sink, options.flags, output + row * output_stride, has_lse ? &lse[row] : nullptr);
    if (!check.ok) {
      PrintOptions(options, tensors);
      std::fprintf(stderr, "algorithm %s row %zu of %zu (group %zu): %s\n",
                   smax_algorithm_string(static_cast<smax_algorithm>(algorithm)), row, batch, g,
                   check.first_failure.c_str());
    }
    Check(check.ok, "options contract");
  }
  if (!in_place) {
    Check(std::memcmp(x.data(), original.data(), x.size() * sizeof(float)) == 0, "input modified (options)");
    for (size_t i = 0; i <= output_span; i++) {
      const bool in_a_row = i < output_span && i % output_stride < channels;
      Check(in_a_row || y[i] == 0.0f, "write outside the output rows (options)");
    }
  }
  Check(std::memcmp(mask_f32.data(), mask_f32_before.data(), mask_f32.size() * sizeof(float)) == 0 &&
            mask_f16 == mask_f16_before,
        "mask modified");
  Check(std::memcmp(slopes.data(), slopes_before.data(), slopes.size() * sizeof(float)) == 0, "slopes modified");
  Check(std::memcmp(sinks.data(), sinks_before.data(), sinks.size() * sizeof(float)) == 0, "sinks modified");
  Check(batch != 0 || lse[0] == 0.0f, "logsumexp written with batch 0");
  if (threaded && !in_place) {
    // The same bits without the pool.
    const std::vector<float> threaded_output = y;
    const std::vector<float> threaded_lse = lse;
    Check(smax_run_operator(op, nullptr) == smax_status_success, "run status (options, no pool)");
    Check(std::memcmp(threaded_output.data(), y.data(), y.size() * sizeof(float)) == 0 &&
              std::memcmp(threaded_lse.data(), lse.data(), lse.size() * sizeof(float)) == 0,
          "different bits with and without a thread pool (options)");
  }
  Check(smax_delete_operator(op) == smax_status_success, "delete status");
}

// The 16-bit operators on the plain run's rows (see the top of the file).
void Fuzz16(Input& input, uint8_t type_byte, uint32_t algorithm, uint32_t flags, size_t batch, size_t channels,
            size_t input_stride, size_t output_stride, bool bad_stride, bool in_place,
            const std::vector<float>& original) {
  // {input, output}: the four supported 16-bit pairs, two unsupported ones, an unknown type (3).
  static const int kPairs[8][2] = {{1, 1}, {2, 2}, {1, 0}, {2, 0}, {0, 1}, {1, 2}, {3, 1}, {2, 1}};
  const int in = kPairs[type_byte % 8][0], out = kPairs[type_byte % 8][1];
  smax_softmax_options options = {
      input.Byte() & (SMAX_OPTION_LOG_SOFTMAX | SMAX_OPTION_ZERO_MASKED_ROWS | SMAX_OPTION_LOGSUMEXP), 1.0f,
      smax_mask_type_none, 1};
  const bool log = (options.flags & SMAX_OPTION_LOG_SOFTMAX) != 0;
  smax_operator_t op = nullptr;
  const smax_status created = smax_create_softmax_nc(static_cast<smax_datatype>(in), static_cast<smax_datatype>(out),
                                                     static_cast<smax_algorithm>(algorithm), flags, &options, &op);
  const bool reload = algorithm == smax_algorithm_three_pass_reload;
  smax_status expected = smax_status_success;
  if (algorithm >= SMAX_ALGORITHM_COUNT || (flags & ~SMAX_FLAG_YIELD_WORKERS) != 0 || in > 2) {
    expected = smax_status_invalid_parameter;
  } else if ((in != out && out != 0) || (reload && (out != 0 || log))) {
    expected = smax_status_unsupported_parameter;
  }
  Check(created == expected, "create status (16-bit)");
  if (created != smax_status_success) {
    Check(op == nullptr, "failed create wrote the operator (16-bit)");
    return;
  }
  const smax_datatype in_type = static_cast<smax_datatype>(in), out_type = static_cast<smax_datatype>(out);
  const smax_status reshaped = smax_reshape_softmax_nc(op, channels, input_stride, output_stride, batch, nullptr);
  Check(reshaped == (channels != 0 && !bad_stride ? smax_status_success : smax_status_invalid_parameter),
        "reshape status (16-bit)");
  if (reshaped == smax_status_success) {
    std::vector<uint16_t> x(original.size());
    for (size_t i = 0; i < x.size(); i++) x[i] = smax_test::FloatTo16(in_type, original[i]);
    const std::vector<uint16_t> x_before = x;
    const size_t output_span = batch == 0 ? 0 : (batch - 1) * output_stride + channels;
    std::vector<uint16_t> y16(output_span + 1, 0);
    std::vector<float> y32(output_span + 1, 0.0f);
    std::vector<float> lse(batch + 1, 0.0f);
    void* output = out == 0 ? static_cast<void*>(y32.data()) : in_place ? x.data() : y16.data();
    smax_softmax_tensors tensors = {};
    if (options.flags & SMAX_OPTION_LOGSUMEXP) tensors.logsumexp = lse.data();
    if (in_place && out == 0 && batch != 0) {
      // In place across element sizes: refused.
      Check(smax_setup_softmax_nc(op, x.data(), x.data(), &tensors) == smax_status_invalid_parameter,
            "in place from 16 bits to f32 accepted");
    }
    const smax_status set = smax_setup_softmax_nc(op, x.data(), output, &tensors);
    Check(set == smax_status_success, "setup status (16-bit)");
    Check(smax_run_operator(op, nullptr) == smax_status_success, "run status (16-bit)");
    const bool narrow_in_place = in_place && out != 0;
    for (size_t row = 0; row < batch; row++) {
      std::vector<float> z(channels);
      for (size_t c = 0; c < channels; c++) {
        z[c] = smax_test::FlushDenormal(smax_test::Bits16ToFloat(in_type, x_before[row * input_stride + c]));
      }
      const float* row_lse = tensors.logsumexp != nullptr ? &lse[row] : nullptr;
      std::string failure;
      if (out == 0) {
        failure = smax_test::CheckOptionsRow(z.data(), channels, -INFINITY, options.flags,
                                             y32.data() + row * output_stride, row_lse)
                      .first_failure;
      } else {
        smax_test::Stats16 stats;
        const uint16_t* y = (narrow_in_place ? x.data() : y16.data()) + row * output_stride;
        failure = smax_test::CheckRow16(out_type, z, -INFINITY, options.flags, y, &stats);
      }
      if (!failure.empty()) {
        std::fprintf(stderr, "%s -> %s, algorithm %s, options 0x%x, row %zu: %s\n", smax_test::TypeName(in_type),
                     smax_test::TypeName(out_type), smax_algorithm_string(static_cast<smax_algorithm>(algorithm)),
                     options.flags, row, failure.c_str());
      }
      Check(failure.empty(), "numerics contract (16-bit)");
    }
    if (!narrow_in_place) {
      Check(x == x_before, "input modified (16-bit)");
      for (size_t i = 0; i <= output_span; i++) {
        const bool in_a_row = i < output_span && i % output_stride < channels;
        Check(in_a_row || (out == 0 ? y32[i] == 0.0f : y16[i] == 0), "write outside the output rows (16-bit)");
      }
    }
    Check(lse[batch] == 0.0f, "logsumexp written past the rows (16-bit)");
  }
  Check(smax_delete_operator(op) == smax_status_success, "delete status (16-bit)");
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
  if (input.Byte() != 0) {
    FuzzOptions(input, algorithm, flags, batch, channels, input_stride, output_stride, bad_stride, in_place, x,
                original, y, output_span);
    return 0;
  }

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
  const uint8_t type_byte = input.Byte();
  if (type_byte != 0) {
    Fuzz16(input, type_byte, algorithm, flags, batch, channels, input_stride, output_stride, bad_stride, in_place,
           original);
  }
  return 0;
}
