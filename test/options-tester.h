// OptionsProblem: one run of a softmax operator with options (smax_create_softmax_nc_f32_ex,
// smax_setup_softmax_nc_f32_ex) on guarded buffers, checked against the options' reference
// (test/options-reference.h).
//
// Every buffer is laid out as [guard | rows with stride gaps | guard]. Input, mask, slopes and sinks
// hold NaNs in their guards and gaps (a read past a row or a group poisons the result); the output
// and logsumexp buffers hold position-dependent signalling NaNs there (a stray write is caught bit for
// bit). After a run: the input (out of place), mask, slopes and sinks are unchanged, the output's and
// logsumexp's guards and gaps are unchanged, and every row meets the contract.
#ifndef SMAX_TEST_OPTIONS_TESTER_H_
#define SMAX_TEST_OPTIONS_TESTER_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <pthreadpool.h>

#include "operator-tester.h"
#include "options-reference.h"
#include "smax.h"

namespace smax_test {

// Test-side names of the option bits, for test names and messages.
inline std::string OptionFlagsName(uint32_t flags) {
  std::string name;
  const struct {
    uint32_t bit;
    const char* name;
  } bits[] = {{SMAX_OPTION_LOG_SOFTMAX, "log"},
              {SMAX_OPTION_ZERO_MASKED_ROWS, "zero"},
              {SMAX_OPTION_SLOPES, "slopes"},
              {SMAX_OPTION_SINKS, "sinks"},
              {SMAX_OPTION_LOGSUMEXP, "lse"}};
  for (const auto& bit : bits) {
    if (flags & bit.bit) name += std::string(name.empty() ? "" : "_") + bit.name;
  }
  return name.empty() ? "softmax" : name;
}

inline const char* MaskTypeName(int mask_type) {
  switch (mask_type) {
    case smax_mask_type_none:
      return "nomask";
    case smax_mask_type_f32:
      return "f32mask";
    case smax_mask_type_f16:
      return "f16mask";
  }
  return "badmask";
}

// What the operator is created with.
struct OptionsConfig {
  smax_algorithm algorithm = smax_algorithm_auto;
  uint32_t create_flags = 0;  // SMAX_FLAG_YIELD_WORKERS
  uint32_t flags = 0;         // SMAX_OPTION_*
  float scale = 1.0f;
  int mask_type = smax_mask_type_none;
  size_t group_rows = 1;

  bool has_mask() const {
    return mask_type != smax_mask_type_none;
  }
  bool has_slopes() const {
    return (flags & SMAX_OPTION_SLOPES) != 0;
  }
  bool has_sinks() const {
    return (flags & SMAX_OPTION_SINKS) != 0;
  }
  bool has_logsumexp() const {
    return (flags & SMAX_OPTION_LOGSUMEXP) != 0;
  }
  bool log_softmax() const {
    return (flags & SMAX_OPTION_LOG_SOFTMAX) != 0;
  }
  smax_softmax_options Api() const {
    smax_softmax_options options;
    options.flags = flags;
    options.scale = scale;
    options.mask_type = mask_type;
    options.group_rows = group_rows;
    return options;
  }
  std::string Describe() const {
    std::ostringstream out;
    out.precision(9);
    out << AlgorithmName(algorithm) << " options=" << OptionFlagsName(flags) << " scale=" << scale << " "
        << MaskTypeName(mask_type) << " group_rows=" << group_rows << (create_flags ? " yield" : "");
    return out.str();
  }
};

struct OptionsShape {
  size_t channels = 1;
  size_t batch = 1;
  size_t input_stride = 0;   // 0: channels
  size_t output_stride = 0;  // 0: channels
  size_t mask_stride = 0;    // elements between mask rows: 0 broadcasts one mask row
  size_t mask_rows = 0;      // 0, or the period after which mask rows repeat
  size_t InputStride() const {
    return input_stride == 0 ? channels : input_stride;
  }
  size_t OutputStride() const {
    return output_stride == 0 ? channels : output_stride;
  }
  std::string Describe() const {
    std::ostringstream out;
    out << "channels=" << channels << " batch=" << batch << " input_stride=" << InputStride()
        << " output_stride=" << OutputStride() << " mask_stride=" << mask_stride << " mask_rows=" << mask_rows;
    return out.str();
  }
};

// A NaN with a position-dependent payload: what f16 mask guards and gaps hold.
inline uint16_t HalfPadBits(size_t i) {
  return static_cast<uint16_t>(0x7E00u | (i * 2654435761u >> 7 & 0x1FFu));
}

class OptionsProblem {
 public:
  static constexpr size_t kGuard = 23;

  OptionsProblem(const OptionsConfig& config, const OptionsShape& shape) : config_(config), shape_(shape) {
    input_.resize(2 * kGuard + Extent(shape.batch, shape.InputStride(), shape.channels));
    FillPad(input_, InputPadBits);
    if (config.has_mask()) {
      const size_t mask_elements = 2 * kGuard + Extent(MaskRowCount(), shape.mask_stride, shape.channels);
      if (config.mask_type == smax_mask_type_f32) {
        mask_f32_.resize(mask_elements);
        FillPad(mask_f32_, InputPadBits);
      } else {
        mask_f16_.resize(mask_elements);
        for (size_t i = 0; i < mask_f16_.size(); i++) mask_f16_[i] = HalfPadBits(i);
      }
    }
    if (config.has_slopes()) {
      slopes_.resize(2 * kGuard + Groups());
      FillPad(slopes_, InputPadBits);
      for (size_t g = 0; g < Groups(); g++) slope(g) = 1.0f;
    }
    if (config.has_sinks()) {
      sinks_.resize(2 * kGuard + Groups());
      FillPad(sinks_, InputPadBits);
      for (size_t g = 0; g < Groups(); g++) sink(g) = 0.0f;
    }
  }

  const OptionsConfig& config() const {
    return config_;
  }
  const OptionsShape& shape() const {
    return shape_;
  }
  size_t channels() const {
    return shape_.channels;
  }
  size_t batch() const {
    return shape_.batch;
  }

  // Elements spanned by `rows` rows of `channels` at `stride`.
  static size_t Extent(size_t rows, size_t stride, size_t channels) {
    return rows == 0 ? 0 : (rows - 1) * stride + channels;
  }

  // Mask rows the operator reads: one when broadcast, else one per row up to the repeat period.
  size_t MaskRowCount() const {
    if (shape_.mask_stride == 0) return 1;
    return shape_.mask_rows != 0 ? std::min(shape_.mask_rows, shape_.batch) : shape_.batch;
  }
  size_t MaskRowOf(size_t r) const {
    if (shape_.mask_stride == 0) return 0;
    return shape_.mask_rows != 0 ? r % shape_.mask_rows : r;
  }
  size_t Groups() const {
    return (shape_.batch + config_.group_rows - 1) / config_.group_rows;
  }
  size_t GroupOf(size_t r) const {
    return r / config_.group_rows;
  }

  float& x(size_t r, size_t c) {
    return input_[kGuard + r * shape_.InputStride() + c];
  }
  float x(size_t r, size_t c) const {
    return input_[kGuard + r * shape_.InputStride() + c];
  }
  float* row(size_t r) {
    return &x(r, 0);
  }
  // Stores a mask entry: as is (f32), or rounded to the nearest half (f16).
  void set_mask(size_t mask_row, size_t c, float value) {
    const size_t i = kGuard + mask_row * shape_.mask_stride + c;
    if (config_.mask_type == smax_mask_type_f32) {
      mask_f32_[i] = value;
    } else {
      mask_f16_[i] = FloatToHalf(value);
    }
  }
  void set_mask_half(size_t mask_row, size_t c, uint16_t bits) {
    mask_f16_[kGuard + mask_row * shape_.mask_stride + c] = bits;
  }
  // The mask entry as the contract reads it (a half converted exactly).
  float mask(size_t mask_row, size_t c) const {
    const size_t i = kGuard + mask_row * shape_.mask_stride + c;
    return config_.mask_type == smax_mask_type_f32 ? mask_f32_[i] : HalfToFloat(mask_f16_[i]);
  }
  float& slope(size_t g) {
    return slopes_[kGuard + g];
  }
  float slope(size_t g) const {
    return slopes_[kGuard + g];
  }
  float& sink(size_t g) {
    return sinks_[kGuard + g];
  }
  float sink(size_t g) const {
    return sinks_[kGuard + g];
  }
  // The sink of row r as the reference sees it: -inf (no sink) without SMAX_OPTION_SINKS.
  float SinkOf(size_t r) const {
    return config_.has_sinks() ? sink(GroupOf(r)) : -std::numeric_limits<float>::infinity();
  }

  // z of row r, as the contract defines it.
  void Z(size_t r, std::vector<float>* z) const {
    z->resize(shape_.channels);
    const size_t m = MaskRowOf(r);
    const float row_slope = config_.has_slopes() ? slope(GroupOf(r)) : 1.0f;
    for (size_t c = 0; c < shape_.channels; c++) {
      (*z)[c] = ZValue(config_.scale, x(r, c), config_.has_mask(), config_.has_mask() ? mask(m, c) : 0.0f,
                       config_.has_slopes(), row_slope);
    }
  }

  const std::vector<float>& input() const {
    return input_;
  }
  std::vector<float>& input() {
    return input_;
  }
  const std::vector<float>& mask_f32() const {
    return mask_f32_;
  }
  const std::vector<uint16_t>& mask_f16() const {
    return mask_f16_;
  }
  const std::vector<float>& slopes() const {
    return slopes_;
  }
  const std::vector<float>& sinks() const {
    return sinks_;
  }

  std::string Describe() const {
    return config_.Describe() + " " + shape_.Describe();
  }

 private:
  OptionsConfig config_;
  OptionsShape shape_;
  std::vector<float> input_;
  std::vector<float> mask_f32_;
  std::vector<uint16_t> mask_f16_;
  std::vector<float> slopes_;
  std::vector<float> sinks_;
};

// How one run is made.
struct RunSpec {
  pthreadpool_t plan_pool = nullptr;  // passed to reshape
  pthreadpool_t run_pool = nullptr;   // passed to run
  bool in_place = false;              // output = input, output stride = input stride
  size_t output_offset = 0;           // elements between the output guard and row 0
  uint32_t create_flags = 0;          // added to the config's (SMAX_FLAG_YIELD_WORKERS)
};

// The output of one run: the output and logsumexp buffers with their guards.
struct OptionsRun {
  std::vector<float> output;
  std::vector<float> logsumexp;  // kGuard + batch + kGuard, or empty
  size_t y_first = 0;
  size_t y_stride = 0;
  const float* y(size_t r) const {
    return output.data() + y_first + r * y_stride;
  }
  const float* lse(size_t r) const {
    return logsumexp.empty() ? nullptr : logsumexp.data() + OptionsProblem::kGuard + r;
  }
  // The rows (and logsumexps) only, dense, for bit comparisons between runs of different layouts.
  std::vector<float> Values(size_t batch, size_t channels) const {
    std::vector<float> values;
    for (size_t r = 0; r < batch; r++) values.insert(values.end(), y(r), y(r) + channels);
    for (size_t r = 0; r < batch && !logsumexp.empty(); r++) values.push_back(*lse(r));
    return values;
  }
};

// Creates, reshapes, sets up and runs an operator on a copy of the problem's buffers; expects every
// status to be success, and the read-only buffers and every guard and gap unchanged.
inline void RunOptionsProblem(const OptionsProblem& problem, const RunSpec& spec, OptionsRun* run) {
  const OptionsConfig& config = problem.config();
  const OptionsShape& shape = problem.shape();
  const size_t kGuard = OptionsProblem::kGuard;
  std::vector<float> input = problem.input();
  const std::vector<float> mask_f32 = problem.mask_f32();
  const std::vector<uint16_t> mask_f16 = problem.mask_f16();
  const std::vector<float> slopes = problem.slopes();
  const std::vector<float> sinks = problem.sinks();

  const size_t x_stride = shape.InputStride();
  run->y_stride = spec.in_place ? x_stride : shape.OutputStride();
  run->y_first = spec.in_place ? kGuard : kGuard + spec.output_offset;
  if (!spec.in_place) {
    run->output.assign(run->y_first + OptionsProblem::Extent(shape.batch, run->y_stride, shape.channels) + kGuard,
                       0.0f);
    FillPad(run->output, OutputPadBits);
  }
  run->logsumexp.clear();
  if (config.has_logsumexp()) {
    run->logsumexp.resize(2 * kGuard + shape.batch);
    FillPad(run->logsumexp, OutputPadBits);
  }
  const std::vector<float> pristine_output = run->output;
  const std::vector<float> pristine_lse = run->logsumexp;

  float* x = input.data() + kGuard;
  float* y = spec.in_place ? x : run->output.data() + run->y_first;
  smax_softmax_tensors tensors = {};
  bool any_tensor = false;
  if (config.mask_type == smax_mask_type_f32) tensors.mask = mask_f32.data() + kGuard;
  if (config.mask_type == smax_mask_type_f16) tensors.mask = mask_f16.data() + kGuard;
  if (config.has_mask()) {
    tensors.mask_stride = shape.mask_stride;
    tensors.mask_rows = shape.mask_rows;
    any_tensor = true;
  }
  if (config.has_slopes()) {
    tensors.slopes = slopes.data() + kGuard;
    any_tensor = true;
  }
  if (config.has_sinks()) {
    tensors.sinks = sinks.data() + kGuard;
    any_tensor = true;
  }
  if (config.has_logsumexp()) {
    tensors.logsumexp = run->logsumexp.data() + kGuard;
    any_tensor = true;
  }

  OperatorHandle op;
  const smax_softmax_options options = config.Api();
  ASSERT_EQ(smax_status_success, smax_create_softmax_nc_f32_ex(
                                     config.algorithm, config.create_flags | spec.create_flags, &options, op.out()));
  ASSERT_NE(nullptr, op.get());
  ASSERT_EQ(smax_status_success, smax_reshape_softmax_nc_f32(op.get(), shape.channels, x_stride, run->y_stride,
                                                             shape.batch, spec.plan_pool));
  ASSERT_EQ(smax_status_success, smax_setup_softmax_nc_f32_ex(op.get(), x, y, any_tensor ? &tensors : nullptr));
  ASSERT_EQ(smax_status_success, smax_run_operator(op.get(), spec.run_pool));

  if (spec.in_place) {
    ASSERT_TRUE(ExpectPaddingUnchanged(problem.input(), input, kGuard, x_stride, shape.batch, shape.channels,
                                       "in-place guard or gap"));
    run->output = std::move(input);
  } else {
    ASSERT_TRUE(ExpectBitIdentical(problem.input(), input, kGuard, x_stride, "input changed by the run"));
    ASSERT_TRUE(ExpectPaddingUnchanged(pristine_output, run->output, run->y_first, run->y_stride, shape.batch,
                                       shape.channels, "output guard or gap"));
  }
  ASSERT_TRUE(ExpectPaddingUnchanged(pristine_lse, run->logsumexp, kGuard, 1, shape.batch, 1, "logsumexp guard"));
  ASSERT_TRUE(ExpectBitIdentical(problem.mask_f32(), mask_f32, 0, 1, "f32 mask changed by the run"));
  ASSERT_TRUE(problem.mask_f16() == mask_f16) << "f16 mask changed by the run";
  ASSERT_TRUE(ExpectBitIdentical(problem.slopes(), slopes, 0, 1, "slopes changed by the run"));
  ASSERT_TRUE(ExpectBitIdentical(problem.sinks(), sinks, 0, 1, "sinks changed by the run"));
}

// Checks every row of a run against the reference; reports the first few failing rows. Adds the
// errors seen to *errors. Returns the number of rows that failed.
inline size_t ExpectOptionsRowsWithinContract(const OptionsProblem& problem, const OptionsRun& run,
                                              OptionsErrors* errors, const char* what) {
  size_t failed = 0;
  std::vector<float> z;
  for (size_t r = 0; r < problem.batch(); r++) {
    problem.Z(r, &z);
    const OptionsRowCheck check =
        CheckOptionsRow(z.data(), problem.channels(), problem.SinkOf(r), problem.config().flags, run.y(r), run.lse(r));
    if (!check.ok) {
      if (failed < 3) {
        ADD_FAILURE() << what << ": row " << r << " of " << problem.batch() << " (group " << problem.GroupOf(r)
                      << ", mask row " << problem.MaskRowOf(r) << "): " << check.first_failure;
      }
      failed++;
    }
    if (errors != nullptr) errors->Merge(check.errors);
  }
  if (failed > 3) ADD_FAILURE() << what << ": " << failed << " of " << problem.batch() << " rows failed in all";
  return failed;
}

// Expects two dense value lists (OptionsRun::Values) to be the same bits.
inline bool ExpectSameValues(const std::vector<float>& expected, const std::vector<float>& actual, size_t batch,
                             size_t channels, const char* what) {
  if (expected.size() != actual.size()) {
    ADD_FAILURE() << what << ": " << expected.size() << " values against " << actual.size();
    return false;
  }
  for (size_t i = 0; i < expected.size(); i++) {
    if (FloatBits(expected[i]) != FloatBits(actual[i])) {
      std::ostringstream where;
      if (i < batch * channels) {
        where << "row " << i / channels << ", channel " << i % channels;
      } else {
        where << "logsumexp of row " << i - batch * channels;
      }
      ADD_FAILURE() << what << ": " << where.str() << " differs: expected " << DescribeFloat(expected[i]) << ", got "
                    << DescribeFloat(actual[i]);
      return false;
    }
  }
  return true;
}

}  // namespace smax_test

#endif  // SMAX_TEST_OPTIONS_TESTER_H_
