// OperatorTester: runs the smax softmax operator (include/smax.h) on guarded buffers and checks every
// row against the shared double-precision reference and numerics contract (test/reference.h).
//
// Buffers are laid out as [guard | offset | rows with stride gaps | guard]. The input's guards and
// stride gaps hold NaNs (a kernel that reads past a row end poisons its result), the output's guards
// and gaps hold a signalling-NaN pattern that depends on the position (a stray or shifted write is
// caught bit for bit). Every run is checked for: untouched guards and gaps, an unchanged input (unless
// in place), every row within the contract, and bit-identical results between the operator API, the
// one-shot smax_run_softmax_nc_f32 and a NULL threadpool.
#ifndef SMAX_TEST_OPERATOR_TESTER_H_
#define SMAX_TEST_OPERATOR_TESTER_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <iomanip>
#include <map>
#include <memory>
#include <mutex>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <pthreadpool.h>

#include "reference.h"
#include "smax.h"

namespace smax_test {

constexpr smax_algorithm kAllAlgorithms[SMAX_ALGORITHM_COUNT] = {
    smax_algorithm_auto,   smax_algorithm_three_pass_recompute, smax_algorithm_three_pass_reload,
    smax_algorithm_online, smax_algorithm_two_pass,
};

// Test-side names (used in test names, so they don't depend on the library under test).
inline const char* AlgorithmName(smax_algorithm algorithm) {
  switch (algorithm) {
    case smax_algorithm_auto:
      return "auto";
    case smax_algorithm_three_pass_recompute:
      return "three_pass_recompute";
    case smax_algorithm_three_pass_reload:
      return "three_pass_reload";
    case smax_algorithm_online:
      return "online";
    case smax_algorithm_two_pass:
      return "two_pass";
  }
  return "unknown_algorithm";
}

// Registers with ::testing::AddGlobalTestEnvironment in every test binary that needs an initialized
// library (every one but operator-uninitialized-test).
class InitializeEnvironment : public ::testing::Environment {
 public:
  void SetUp() override {
    const smax_status status = smax_initialize();
    ASSERT_EQ(smax_status_success, status) << "smax_initialize() returned " << smax_status_string(status);
    ASSERT_NE(nullptr, smax_get_isa_name());
  }
};

inline uint32_t FloatBits(float value) {
  uint32_t bits;
  std::memcpy(&bits, &value, sizeof(bits));
  return bits;
}

inline float BitsFloat(uint32_t bits) {
  float value;
  std::memcpy(&value, &bits, sizeof(value));
  return value;
}

inline std::string DescribeFloat(float value) {
  std::ostringstream out;
  out << std::setprecision(9) << value << " (0x" << std::hex << std::setw(8) << std::setfill('0')
      << FloatBits(value) << ")";
  return out.str();
}

// Quiet NaNs with a position-dependent payload: what input guards and input stride gaps hold.
inline uint32_t InputPadBits(size_t i) {
  return UINT32_C(0x7FC00000) | (static_cast<uint32_t>(i * UINT64_C(2654435761)) & UINT32_C(0x003FFFFF));
}

// Signalling NaNs with a position-dependent nonzero payload: what output guards and gaps hold. No
// arithmetic produces them, so any change to these words is a write by the library.
inline uint32_t OutputPadBits(size_t i) {
  return UINT32_C(0x7F800000) | (static_cast<uint32_t>(i * UINT64_C(2246822519)) & UINT32_C(0x003FFFFE)) |
         UINT32_C(1);
}

inline void FillPad(std::vector<float>& buffer, uint32_t (*pattern)(size_t)) {
  for (size_t i = 0; i < buffer.size(); i++) {
    buffer[i] = BitsFloat(pattern(i));
  }
}

// Thread pools shared by every test of a binary, by thread count; 0 gives NULL.
inline pthreadpool_t SharedThreadPool(size_t threads) {
  if (threads == 0) {
    return nullptr;
  }
  struct Deleter {
    void operator()(pthreadpool_t pool) const { pthreadpool_destroy(pool); }
  };
  static std::mutex mutex;
  static std::map<size_t, std::unique_ptr<struct pthreadpool, Deleter>> pools;
  std::lock_guard<std::mutex> lock(mutex);
  std::unique_ptr<struct pthreadpool, Deleter>& pool = pools[threads];
  if (!pool) {
    pool.reset(pthreadpool_create(threads));
  }
  return pool.get();
}

// True if element i of a buffer belongs to one of `batch` rows of `channels` elements starting at
// element `first` with the given stride.
inline bool InRows(size_t i, size_t first, size_t stride, size_t batch, size_t channels) {
  if (batch == 0 || i < first) {
    return false;
  }
  const size_t j = i - first;
  return j / stride < batch && j % stride < channels;
}

// Expects every element of `actual` outside the rows to have the bits of `expected`. Returns false
// (after one failure message) otherwise.
inline bool ExpectPaddingUnchanged(const std::vector<float>& expected, const std::vector<float>& actual,
                                   size_t first, size_t stride, size_t batch, size_t channels,
                                   const char* what) {
  for (size_t i = 0; i < actual.size(); i++) {
    if (InRows(i, first, stride, batch, channels)) {
      continue;
    }
    if (FloatBits(actual[i]) != FloatBits(expected[i])) {
      ADD_FAILURE() << what << ": element " << i << " outside the rows (rows start at " << first
                    << ", stride " << stride << ", batch " << batch << ", channels " << channels
                    << ") was overwritten: expected " << DescribeFloat(expected[i]) << ", got "
                    << DescribeFloat(actual[i]);
      return false;
    }
  }
  return true;
}

// Expects two buffers to be bit-identical. Returns false (after one failure message) otherwise.
inline bool ExpectBitIdentical(const std::vector<float>& expected, const std::vector<float>& actual,
                               size_t first, size_t stride, const char* what) {
  EXPECT_EQ(expected.size(), actual.size());
  for (size_t i = 0; i < expected.size() && i < actual.size(); i++) {
    if (FloatBits(actual[i]) != FloatBits(expected[i])) {
      std::ostringstream where;
      if (i >= first) {
        where << " (row " << (i - first) / stride << ", channel " << (i - first) % stride << ")";
      }
      ADD_FAILURE() << what << ": element " << i << where.str() << " differs: expected "
                    << DescribeFloat(expected[i]) << ", got " << DescribeFloat(actual[i]);
      return false;
    }
  }
  return true;
}

// Checks every row with CheckRow; reports the first few failing rows. Returns the number that failed.
inline size_t ExpectRowsWithinContract(const float* x, size_t x_stride, const float* y, size_t y_stride,
                                       size_t batch, size_t channels, const char* what) {
  size_t failed = 0;
  for (size_t r = 0; r < batch; r++) {
    const RowCheck check = CheckRow(x + r * x_stride, y + r * y_stride, channels);
    if (!check.ok) {
      if (failed < 3) {
        ADD_FAILURE() << what << ": row " << r << " of " << batch << " (" << channels
                      << " channels): " << check.first_failure;
      }
      failed++;
    }
  }
  if (failed > 3) {
    ADD_FAILURE() << what << ": " << failed << " of " << batch << " rows failed in all";
  }
  return failed;
}

// Deletes an operator when it goes out of scope, expecting success.
class OperatorHandle {
 public:
  OperatorHandle() = default;
  OperatorHandle(const OperatorHandle&) = delete;
  OperatorHandle& operator=(const OperatorHandle&) = delete;
  ~OperatorHandle() { Reset(); }
  void Reset() {
    if (op_ != nullptr) {
      EXPECT_EQ(smax_status_success, smax_delete_operator(op_));
      op_ = nullptr;
    }
  }
  smax_operator_t* out() { return &op_; }
  smax_operator_t get() const { return op_; }

 private:
  smax_operator_t op_ = nullptr;
};

class OperatorTester {
 public:
  OperatorTester& algorithm(smax_algorithm algorithm) {
    algorithm_ = algorithm;
    return *this;
  }
  smax_algorithm algorithm() const { return algorithm_; }

  OperatorTester& flags(uint32_t flags) {
    flags_ = flags;
    return *this;
  }
  uint32_t flags() const { return flags_; }

  OperatorTester& batch_size(size_t batch_size) {
    batch_size_ = batch_size;
    return *this;
  }
  size_t batch_size() const { return batch_size_; }

  OperatorTester& channels(size_t channels) {
    channels_ = channels;
    return *this;
  }
  size_t channels() const { return channels_; }

  // 0 (the default) means channels.
  OperatorTester& input_stride(size_t input_stride) {
    input_stride_ = input_stride;
    return *this;
  }
  size_t input_stride() const { return input_stride_ == 0 ? channels_ : input_stride_; }

  // 0 (the default) means channels; in place, the output stride is the input stride.
  OperatorTester& output_stride(size_t output_stride) {
    output_stride_ = output_stride;
    return *this;
  }
  size_t output_stride() const {
    if (inplace_) {
      return input_stride();
    }
    return output_stride_ == 0 ? channels_ : output_stride_;
  }

  OperatorTester& inplace(bool inplace) {
    inplace_ = inplace;
    return *this;
  }
  bool inplace() const { return inplace_; }

  // 0 runs with a NULL threadpool.
  OperatorTester& threads(size_t threads) {
    threads_ = threads;
    return *this;
  }
  size_t threads() const { return threads_; }

  // Inputs are uniform in [min, max].
  OperatorTester& input_range(float min, float max) {
    input_min_ = min;
    input_max_ = max;
    return *this;
  }
  float input_min() const { return input_min_; }
  float input_max() const { return input_max_; }

  // Elements between the guard and the first row, to misalign the row pointers.
  OperatorTester& input_offset(size_t input_offset) {
    input_offset_ = input_offset;
    return *this;
  }
  size_t input_offset() const { return input_offset_; }

  OperatorTester& output_offset(size_t output_offset) {
    output_offset_ = output_offset;
    return *this;
  }
  size_t output_offset() const { return output_offset_; }

  // Runs of one operator (set up once) on fresh inputs written to the same buffers.
  OperatorTester& iterations(size_t iterations) {
    iterations_ = iterations;
    return *this;
  }
  size_t iterations() const { return iterations_; }

  OperatorTester& seed(uint32_t seed) {
    seed_ = seed;
    return *this;
  }
  uint32_t seed() const { return seed_; }

  std::string Describe() const {
    std::ostringstream out;
    out << "algorithm=" << AlgorithmName(algorithm_) << " flags=" << flags_ << " batch=" << batch_size_
        << " channels=" << channels_ << " input_stride=" << input_stride()
        << " output_stride=" << output_stride() << (inplace_ ? " in-place" : "")
        << " threads=" << threads_ << " range=[" << input_min_ << ", " << input_max_ << "]"
        << " input_offset=" << input_offset_ << " output_offset=" << output_offset_
        << " seed=" << seed_;
    return out.str();
  }

  static constexpr size_t kGuard = 19;

  void Test() const {
    SCOPED_TRACE(Describe());
    ASSERT_GE(channels(), 1u);
    ASSERT_GE(input_stride(), channels());
    ASSERT_GE(output_stride(), channels());
    if (inplace()) {
      ASSERT_TRUE(output_stride_ == 0 || output_stride_ == input_stride())
          << "in place needs equal strides";
    }
    const pthreadpool_t pool = SharedThreadPool(threads());
    if (threads() != 0) {
      ASSERT_NE(nullptr, pool);
      ASSERT_EQ(threads(), pthreadpool_get_threads_count(pool));
    }

    const size_t x_stride = input_stride();
    const size_t y_stride = output_stride();
    const size_t batch = batch_size();
    const size_t x_extent = batch == 0 ? 0 : (batch - 1) * x_stride + channels();
    const size_t y_extent = batch == 0 ? 0 : (batch - 1) * y_stride + channels();
    const size_t x_first = kGuard + input_offset();
    const size_t y_first = inplace() ? x_first : kGuard + output_offset();

    std::vector<float> input(x_first + x_extent + kGuard);
    std::vector<float> output(inplace() ? 0 : y_first + y_extent + kGuard);
    std::vector<float> pristine_output;  // the output buffer before any run
    if (!inplace()) {
      FillPad(output, OutputPadBits);
      pristine_output = output;
    }
    std::vector<float>& y_buffer = inplace() ? input : output;
    float* x = input.data() + x_first;
    float* y = y_buffer.data() + y_first;

    OperatorHandle op;
    ASSERT_EQ(smax_status_success, smax_create_softmax_nc_f32(algorithm(), flags(), op.out()));
    ASSERT_NE(nullptr, op.get());
    ASSERT_EQ(smax_status_success,
              smax_reshape_softmax_nc_f32(op.get(), channels(), x_stride, y_stride, batch, pool));
    ASSERT_EQ(smax_status_success, smax_setup_softmax_nc_f32(op.get(), x, y));

    std::mt19937 rng(seed());
    std::uniform_real_distribution<float> distribution(input_min(), input_max());
    for (size_t iteration = 0; iteration < iterations(); iteration++) {
      SCOPED_TRACE("iteration " + std::to_string(iteration));
      // Fresh input in the same buffer: NaN guards and gaps, random rows.
      FillPad(input, InputPadBits);
      for (size_t r = 0; r < batch; r++) {
        for (size_t c = 0; c < channels(); c++) {
          input[x_first + r * x_stride + c] = distribution(rng);
        }
      }
      const std::vector<float> original_input = input;
      const float* x_original = original_input.data() + x_first;
      if (!inplace()) {
        output = pristine_output;
      }

      // 1. The operator API, set up once, with the tester's threadpool.
      ASSERT_EQ(smax_status_success, smax_run_operator(op.get(), pool));
      if (!inplace()) {
        ASSERT_TRUE(ExpectBitIdentical(original_input, input, x_first, x_stride, "input changed by run"));
        ASSERT_TRUE(ExpectPaddingUnchanged(pristine_output, output, y_first, y_stride, batch, channels(),
                                           "output guard or gap"));
      } else {
        ASSERT_TRUE(ExpectPaddingUnchanged(original_input, input, x_first, x_stride, batch, channels(),
                                           "in-place guard or gap"));
      }
      ASSERT_EQ(0u, ExpectRowsWithinContract(x_original, x_stride, y, y_stride, batch, channels(),
                                             "operator run"));
      const std::vector<float> operator_result = y_buffer;

      // 2. The one-shot function: bit-identical. With 2+ threads it runs on a NULL threadpool, which
      // also checks that the thread count does not change the result (and saves a thread wake-up).
      pthreadpool_t one_shot_pool = threads() >= 2 ? nullptr : pool;
      ResetBuffers(input, original_input, output, pristine_output);
      ASSERT_EQ(smax_status_success, smax_run_softmax_nc_f32(channels(), x_stride, y_stride, batch, x, y,
                                                             algorithm(), flags(), one_shot_pool));
      if (!inplace()) {
        ASSERT_TRUE(ExpectBitIdentical(original_input, input, x_first, x_stride,
                                       "input changed by smax_run_softmax_nc_f32"));
      }
      ASSERT_TRUE(ExpectBitIdentical(operator_result, y_buffer, y_first, y_stride,
                                     one_shot_pool == pool ? "smax_run_softmax_nc_f32 vs operator"
                                                           : "smax_run_softmax_nc_f32 (NULL threadpool) vs "
                                                             "operator (threadpool)"));

      // 3. The same operator with a NULL threadpool: bit-identical to the threaded run.
      if (pool != nullptr) {
        ResetBuffers(input, original_input, output, pristine_output);
        ASSERT_EQ(smax_status_success, smax_run_operator(op.get(), nullptr));
        ASSERT_TRUE(ExpectBitIdentical(operator_result, y_buffer, y_first, y_stride,
                                       "operator: NULL threadpool vs threadpool"));
      }
    }
  }

 private:
  void ResetBuffers(std::vector<float>& input, const std::vector<float>& original_input,
                    std::vector<float>& output, const std::vector<float>& pristine_output) const {
    input = original_input;
    if (!inplace()) {
      output = pristine_output;
    }
  }

  smax_algorithm algorithm_ = smax_algorithm_auto;
  uint32_t flags_ = 0;
  size_t batch_size_ = 1;
  size_t channels_ = 1;
  size_t input_stride_ = 0;
  size_t output_stride_ = 0;
  bool inplace_ = false;
  size_t threads_ = 0;
  float input_min_ = -10.0f;
  float input_max_ = 10.0f;
  size_t input_offset_ = 0;
  size_t output_offset_ = 0;
  size_t iterations_ = 1;
  uint32_t seed_ = 12345;
};

}  // namespace smax_test

#endif  // SMAX_TEST_OPERATOR_TESTER_H_
