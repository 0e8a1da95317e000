// Invalid arguments and states: every invalid call returns the documented status and changes nothing
// (a set-up operator still runs with its previous valid shape and pointers; *op_out is unchanged on a
// failed create; no output is written). Also the string and name getters. The options of
// smax_create_softmax_nc_f32_ex and smax_setup_softmax_nc_f32_ex: every invalid case of their status
// lists, each leaving the operator, its output and logsumexp as they were.
#include <cfloat>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include <gtest/gtest.h>

#include "operator-tester.h"
#include "options-reference.h"
#include "reference.h"
#include "smax.h"

namespace smax_test {
namespace {

::testing::Environment* const initialize_environment =
    ::testing::AddGlobalTestEnvironment(new InitializeEnvironment);

// A value no create call may write into *op_out on failure.
smax_operator_t SentinelOperator() {
  static int dummy;
  return reinterpret_cast<smax_operator_t>(&dummy);
}

// Unknown enum values are kept as ints and cast only at the call: loading an out-of-range value from an
// enum-typed object is what -fsanitize=enum (part of -fsanitize=undefined) reports.
const int kUnknownAlgorithms[] = {SMAX_ALGORITHM_COUNT, 99, -1, 0x7FFFFFFF};

const uint32_t kUnknownFlags[] = {UINT32_C(0x2), UINT32_C(0x4), UINT32_C(0x80000000), UINT32_C(0xFFFFFFFF),
                                  SMAX_FLAG_YIELD_WORKERS | UINT32_C(0x100)};

// An operator created, reshaped and set up with a valid strided shape on guarded buffers. Valid()
// runs it on fresh input and checks rows, guards and gaps: after any rejected call it must still
// succeed with exactly this shape and these pointers.
class ValidOperator {
 public:
  static constexpr size_t kChannels = 37;
  static constexpr size_t kInputStride = 40;
  static constexpr size_t kOutputStride = 41;
  static constexpr size_t kBatch = 5;
  static constexpr size_t kGuard = 16;

  explicit ValidOperator(smax_algorithm algorithm = smax_algorithm_auto)
      : input_(2 * kGuard + (kBatch - 1) * kInputStride + kChannels),
        output_(2 * kGuard + (kBatch - 1) * kOutputStride + kChannels),
        rng_(42) {
    FillPad(input_, InputPadBits);
    FillPad(output_, OutputPadBits);
    pristine_output_ = output_;
    EXPECT_EQ(smax_status_success, smax_create_softmax_nc_f32(algorithm, 0, op_.out()));
    EXPECT_EQ(smax_status_success,
              smax_reshape_softmax_nc_f32(op_.get(), kChannels, kInputStride, kOutputStride, kBatch, nullptr));
    EXPECT_EQ(smax_status_success, smax_setup_softmax_nc_f32(op_.get(), x(), y()));
    Valid("after the first setup");
  }

  smax_operator_t op() const { return op_.get(); }
  float* x() { return input_.data() + kGuard; }
  float* y() { return output_.data() + kGuard; }
  std::vector<float>& input() { return input_; }
  std::vector<float>& output() { return output_; }

  // Runs on fresh random input; expects success, rows within the contract, untouched guards and gaps.
  void Valid(const std::string& when) {
    SCOPED_TRACE("operator still valid " + when);
    std::uniform_real_distribution<float> distribution(-10.0f, 10.0f);
    for (size_t r = 0; r < kBatch; r++) {
      for (size_t c = 0; c < kChannels; c++) {
        x()[r * kInputStride + c] = distribution(rng_);
      }
    }
    output_ = pristine_output_;
    const std::vector<float> input_before = input_;
    ASSERT_EQ(smax_status_success, smax_run_operator(op_.get(), nullptr));
    ASSERT_TRUE(ExpectBitIdentical(input_before, input_, kGuard, kInputStride, "input"));
    ASSERT_TRUE(ExpectPaddingUnchanged(pristine_output_, output_, kGuard, kOutputStride, kBatch, kChannels,
                                       "output guard or gap"));
    ASSERT_EQ(0u, ExpectRowsWithinContract(x(), kInputStride, y(), kOutputStride, kBatch, kChannels, "rows"));
  }

 private:
  OperatorHandle op_;
  std::vector<float> input_;
  std::vector<float> output_;
  std::vector<float> pristine_output_;
  std::mt19937 rng_;
};

// ---- create -----------------------------------------------------------------------------------

TEST(InvalidCreate, null_op_out) {
  for (smax_algorithm algorithm : kAllAlgorithms) {
    EXPECT_EQ(smax_status_invalid_parameter, smax_create_softmax_nc_f32(algorithm, 0, nullptr))
        << AlgorithmName(algorithm);
    EXPECT_EQ(smax_status_invalid_parameter, smax_create_softmax_nc_f32(algorithm, SMAX_FLAG_YIELD_WORKERS, nullptr))
        << AlgorithmName(algorithm);
  }
}

TEST(InvalidCreate, unknown_algorithm) {
  for (int algorithm : kUnknownAlgorithms) {
    smax_operator_t op = SentinelOperator();
    EXPECT_EQ(smax_status_invalid_parameter,
              smax_create_softmax_nc_f32(static_cast<smax_algorithm>(algorithm), 0, &op))
        << "algorithm " << algorithm;
    EXPECT_EQ(SentinelOperator(), op) << "*op_out changed on failure, algorithm " << algorithm;
  }
}

TEST(InvalidCreate, unknown_flags) {
  for (smax_algorithm algorithm : kAllAlgorithms) {
    for (uint32_t flags : kUnknownFlags) {
      smax_operator_t op = SentinelOperator();
      EXPECT_EQ(smax_status_invalid_parameter, smax_create_softmax_nc_f32(algorithm, flags, &op))
          << AlgorithmName(algorithm) << " flags 0x" << std::hex << flags;
      EXPECT_EQ(SentinelOperator(), op) << "*op_out changed on failure";
    }
  }
}

TEST(ValidCreate, every_algorithm_and_flag) {
  for (smax_algorithm algorithm : kAllAlgorithms) {
    for (uint32_t flags : {UINT32_C(0), SMAX_FLAG_YIELD_WORKERS}) {
      smax_operator_t op = nullptr;
      ASSERT_EQ(smax_status_success, smax_create_softmax_nc_f32(algorithm, flags, &op)) << AlgorithmName(algorithm);
      ASSERT_NE(nullptr, op);
      EXPECT_EQ(smax_status_success, smax_delete_operator(op));
    }
  }
}

TEST(ValidDelete, null_is_success) { EXPECT_EQ(smax_status_success, smax_delete_operator(nullptr)); }

// ---- NULL operator ------------------------------------------------------------------------------

TEST(InvalidOperator, null_op) {
  float x[4] = {0.0f, 1.0f, 2.0f, 3.0f};
  float y[4] = {0.0f, 0.0f, 0.0f, 0.0f};
  EXPECT_EQ(smax_status_invalid_parameter, smax_reshape_softmax_nc_f32(nullptr, 4, 4, 4, 1, nullptr));
  EXPECT_EQ(smax_status_invalid_parameter, smax_reshape_softmax_nc_f32(nullptr, 4, 4, 4, 1, SharedThreadPool(2)));
  EXPECT_EQ(smax_status_invalid_parameter, smax_setup_softmax_nc_f32(nullptr, x, y));
  EXPECT_EQ(smax_status_invalid_parameter, smax_run_operator(nullptr, nullptr));
  EXPECT_EQ(smax_status_invalid_parameter, smax_run_operator(nullptr, SharedThreadPool(2)));
  for (float v : y) EXPECT_EQ(0.0f, v);
}

// ---- reshape ------------------------------------------------------------------------------------

struct BadShape {
  const char* what;
  size_t channels, input_stride, output_stride, batch;
};

const BadShape kBadShapes[] = {
    {"zero channels", 0, 4, 4, 1},
    {"zero channels, zero strides", 0, 0, 0, 1},
    {"zero channels, zero batch", 0, 0, 0, 0},
    {"input_stride < channels", 8, 7, 8, 2},
    {"input_stride < channels, batch 1", 8, 7, 8, 1},
    {"input_stride < channels, batch 0", 8, 7, 8, 0},
    {"output_stride < channels", 8, 8, 7, 2},
    {"output_stride < channels, batch 1", 8, 8, 7, 1},
    {"output_stride < channels, batch 0", 8, 8, 7, 0},
    {"both strides < channels", 8, 1, 1, 3},
    {"input_stride 0", 8, 0, 8, 3},
    {"channels SIZE_MAX/2 (bytes overflow)", SIZE_MAX / 2, SIZE_MAX / 2, SIZE_MAX / 2, 1},
    {"channels SIZE_MAX/4 + 1 (bytes overflow)", SIZE_MAX / 4 + 1, SIZE_MAX / 4 + 1, SIZE_MAX / 4 + 1, 1},
    {"channels SIZE_MAX", SIZE_MAX, SIZE_MAX, SIZE_MAX, 1},
    {"batch SIZE_MAX", 1, 1, 1, SIZE_MAX},
    {"batch SIZE_MAX, channels 4", 4, 4, 4, SIZE_MAX},
    {"batch SIZE_MAX/4 + 2 (bytes overflow)", 1, 1, 1, SIZE_MAX / 4 + 2},
    {"batch * input_stride overflows", 16, SIZE_MAX / 8, 16, 16},
    {"batch * output_stride overflows", 16, 16, SIZE_MAX / 8, 16},
    {"input_stride SIZE_MAX/2, batch 2", 1, SIZE_MAX / 2, 1, 2},
    {"output_stride SIZE_MAX/2, batch 2", 1, 1, SIZE_MAX / 2, 2},
    {"input_stride SIZE_MAX, batch 2", 1, SIZE_MAX, 1, 2},
    {"(batch-1)*input_stride + channels wraps to exactly 0", 1, SIZE_MAX / 3, 1, 4},
    {"(batch-1)*output_stride + channels wraps to exactly 0", 1, 1, SIZE_MAX / 3, 4},
};

TEST(InvalidReshape, bad_shapes_change_nothing) {
  for (smax_algorithm algorithm : kAllAlgorithms) {
    SCOPED_TRACE(AlgorithmName(algorithm));
    ValidOperator valid(algorithm);
    for (const BadShape& shape : kBadShapes) {
      SCOPED_TRACE(shape.what);
      EXPECT_EQ(smax_status_invalid_parameter,
                smax_reshape_softmax_nc_f32(valid.op(), shape.channels, shape.input_stride, shape.output_stride,
                                            shape.batch, nullptr));
      // The rejected reshape changed nothing: not the shape, and it did not invalidate the setup.
      valid.Valid(std::string("after reshape with ") + shape.what);
      if (::testing::Test::HasFailure()) return;
    }
  }
}

// A shape whose workspace (per-chunk statistics of rows longer than 65536) cannot be allocated: about
// 2^50 bytes of rows that are never touched, with a workspace of terabytes.
TEST(InvalidReshape, workspace_out_of_memory_changes_nothing) {
  if (sizeof(size_t) < 8) {
    GTEST_SKIP() << "with 32-bit sizes every valid shape's workspace is a few MiB at most";
  }
  const size_t channels = size_t(1) << 30;
  const size_t batch = size_t(1) << 20;
  for (smax_algorithm algorithm : kAllAlgorithms) {
    SCOPED_TRACE(AlgorithmName(algorithm));
    ValidOperator valid(algorithm);
    for (pthreadpool_t pool : {static_cast<pthreadpool_t>(nullptr), SharedThreadPool(3)}) {
      EXPECT_EQ(smax_status_out_of_memory,
                smax_reshape_softmax_nc_f32(valid.op(), channels, channels, channels, batch, pool));
      valid.Valid("after a reshape out of memory");
      if (::testing::Test::HasFailure()) return;
    }
  }
}

TEST(InvalidReshape, bad_shapes_in_one_shot) {
  std::vector<float> x(64, 1.0f), y(64);
  FillPad(y, OutputPadBits);
  const std::vector<float> pristine = y;
  for (smax_algorithm algorithm : kAllAlgorithms) {
    for (const BadShape& shape : kBadShapes) {
      EXPECT_EQ(smax_status_invalid_parameter,
                smax_run_softmax_nc_f32(shape.channels, shape.input_stride, shape.output_stride, shape.batch,
                                        x.data(), y.data(), algorithm, 0, nullptr))
          << AlgorithmName(algorithm) << ": " << shape.what;
    }
  }
  ASSERT_TRUE(ExpectBitIdentical(pristine, y, 0, 1, "output written by a rejected one-shot call"));
}

// ---- setup --------------------------------------------------------------------------------------

TEST(InvalidSetup, null_pointers_change_nothing) {
  for (smax_algorithm algorithm : kAllAlgorithms) {
    SCOPED_TRACE(AlgorithmName(algorithm));
    ValidOperator valid(algorithm);
    float other_input[64] = {0.0f};
    float other_output[64];
    EXPECT_EQ(smax_status_invalid_parameter, smax_setup_softmax_nc_f32(valid.op(), nullptr, other_output));
    valid.Valid("after setup with a NULL input");
    EXPECT_EQ(smax_status_invalid_parameter, smax_setup_softmax_nc_f32(valid.op(), other_input, nullptr));
    valid.Valid("after setup with a NULL output");
    EXPECT_EQ(smax_status_invalid_parameter, smax_setup_softmax_nc_f32(valid.op(), nullptr, nullptr));
    valid.Valid("after setup with NULL input and output");
  }
}

// Buffers that overlap the valid operator's input, for every layout that must be rejected.
TEST(InvalidSetup, partial_overlap_changes_nothing) {
  for (smax_algorithm algorithm : kAllAlgorithms) {
    SCOPED_TRACE(AlgorithmName(algorithm));
    // Equal strides: reshape to input_stride == output_stride on a fresh operator.
    {
      const size_t channels = 37, stride = 40, batch = 5;
      std::vector<float> buffer(2 * (batch * stride + channels) + 64);
      float* base = buffer.data() + 32;
      OperatorHandle op;
      ASSERT_EQ(smax_status_success, smax_create_softmax_nc_f32(algorithm, 0, op.out()));
      ASSERT_EQ(smax_status_success, smax_reshape_softmax_nc_f32(op.get(), channels, stride, stride, batch, nullptr));
      const struct {
        const char* what;
        const float* x;
        float* y;
      } overlaps[] = {
          {"output = input + 1", base, base + 1},
          {"output = input - 1", base + 1, base},
          {"output = input + channels - 1", base, base + channels - 1},
          {"output = input + stride (row r+1 written over row r+1 read)", base, base + stride},
          {"output = input - stride", base + stride, base},
          {"output = input + (batch-1)*stride (last row read = first row written)", base,
           base + (batch - 1) * stride},
          {"output = input + (batch-1)*stride + channels - 1", base, base + (batch - 1) * stride + channels - 1},
          {"output = input - ((batch-1)*stride + channels - 1)", base + (batch - 1) * stride + channels - 1, base},
      };
      for (const auto& overlap : overlaps) {
        EXPECT_EQ(smax_status_invalid_parameter, smax_setup_softmax_nc_f32(op.get(), overlap.x, overlap.y))
            << overlap.what;
        // Never set up: running must still be refused.
        EXPECT_EQ(smax_status_invalid_state, smax_run_operator(op.get(), nullptr)) << "after " << overlap.what;
        // One-shot with the same arguments.
        std::vector<float> before = buffer;
        EXPECT_EQ(smax_status_invalid_parameter,
                  smax_run_softmax_nc_f32(channels, stride, stride, batch, overlap.x, overlap.y, algorithm, 0, nullptr))
            << "one-shot: " << overlap.what;
        EXPECT_TRUE(ExpectBitIdentical(before, buffer, 0, 1, "buffer written by a rejected one-shot call"));
      }
      // Non-overlapping neighbours are fine: output right after the last input element, and output
      // ending right before the input starts.
      const size_t extent = (batch - 1) * stride + channels;
      EXPECT_EQ(smax_status_success, smax_setup_softmax_nc_f32(op.get(), base, base + extent))
          << "output starting right after the input";
      EXPECT_EQ(smax_status_success, smax_setup_softmax_nc_f32(op.get(), base + extent, base))
          << "output ending right before the input";
      EXPECT_EQ(smax_status_success, smax_run_operator(op.get(), nullptr));
      EXPECT_EQ(0u, ExpectRowsWithinContract(base + extent, stride, base, stride, batch, channels,
                                             "adjacent buffers"));
      // In place with equal strides is fine.
      EXPECT_EQ(smax_status_success, smax_setup_softmax_nc_f32(op.get(), base, base));
    }
    // Equal pointers with different strides: rejected, on an operator that was valid before.
    {
      ValidOperator valid(algorithm);  // input_stride 40, output_stride 41
      EXPECT_EQ(smax_status_invalid_parameter, smax_setup_softmax_nc_f32(valid.op(), valid.x(), valid.x()))
          << "equal pointers, input_stride 40 != output_stride 41";
      valid.Valid("after in-place setup with different strides");
      EXPECT_EQ(smax_status_invalid_parameter, smax_setup_softmax_nc_f32(valid.op(), valid.y(), valid.y()))
          << "equal pointers (output buffer), different strides";
      valid.Valid("after in-place setup with different strides (output buffer)");
      EXPECT_EQ(smax_status_invalid_parameter, smax_setup_softmax_nc_f32(valid.op(), valid.x(), valid.x() + 1))
          << "output = input + 1, different strides";
      valid.Valid("after setup with output = input + 1");
      // The valid operator's own output overlapping its own input region from behind.
      EXPECT_EQ(smax_status_invalid_parameter, smax_setup_softmax_nc_f32(valid.op(), valid.x() + 2, valid.x()))
          << "output = input - 2, different strides";
      valid.Valid("after setup with output = input - 2");
    }
    {
      // Equal pointers, in one-shot.
      std::vector<float> buffer(256, 0.5f);
      const std::vector<float> before = buffer;
      EXPECT_EQ(smax_status_invalid_parameter,
                smax_run_softmax_nc_f32(8, 16, 12, 4, buffer.data(), buffer.data(), algorithm, 0, nullptr));
      EXPECT_EQ(smax_status_invalid_parameter,
                smax_run_softmax_nc_f32(8, 12, 16, 4, buffer.data(), buffer.data(), algorithm, 0, nullptr));
      EXPECT_TRUE(ExpectBitIdentical(before, buffer, 0, 1, "buffer written by a rejected one-shot call"));
    }
  }
}

// ---- states -------------------------------------------------------------------------------------

TEST(InvalidState, setup_before_reshape) {
  for (smax_algorithm algorithm : kAllAlgorithms) {
    SCOPED_TRACE(AlgorithmName(algorithm));
    std::vector<float> x(32, 1.0f), y(32);
    FillPad(y, OutputPadBits);
    const std::vector<float> pristine = y;
    OperatorHandle op;
    ASSERT_EQ(smax_status_success, smax_create_softmax_nc_f32(algorithm, 0, op.out()));
    EXPECT_EQ(smax_status_invalid_state, smax_setup_softmax_nc_f32(op.get(), x.data(), y.data()));
    EXPECT_EQ(smax_status_invalid_state, smax_run_operator(op.get(), nullptr));
    EXPECT_EQ(smax_status_invalid_state, smax_run_operator(op.get(), SharedThreadPool(2)));
    ASSERT_TRUE(ExpectBitIdentical(pristine, y, 0, 1, "output written"));
    // A failed reshape does not count as a reshape.
    EXPECT_EQ(smax_status_invalid_parameter, smax_reshape_softmax_nc_f32(op.get(), 0, 4, 4, 2, nullptr));
    EXPECT_EQ(smax_status_invalid_state, smax_setup_softmax_nc_f32(op.get(), x.data(), y.data()));
    // The operator still works once used in order.
    ASSERT_EQ(smax_status_success, smax_reshape_softmax_nc_f32(op.get(), 8, 8, 8, 4, nullptr));
    ASSERT_EQ(smax_status_success, smax_setup_softmax_nc_f32(op.get(), x.data(), y.data()));
    ASSERT_EQ(smax_status_success, smax_run_operator(op.get(), nullptr));
    EXPECT_EQ(0u, ExpectRowsWithinContract(x.data(), 8, y.data(), 8, 4, 8, "after the proper sequence"));
  }
}

TEST(InvalidState, run_before_setup) {
  for (smax_algorithm algorithm : kAllAlgorithms) {
    SCOPED_TRACE(AlgorithmName(algorithm));
    std::vector<float> x(32, 1.0f), y(32);
    FillPad(y, OutputPadBits);
    const std::vector<float> pristine = y;
    OperatorHandle op;
    ASSERT_EQ(smax_status_success, smax_create_softmax_nc_f32(algorithm, 0, op.out()));
    EXPECT_EQ(smax_status_invalid_state, smax_run_operator(op.get(), nullptr)) << "fresh operator";
    ASSERT_EQ(smax_status_success, smax_reshape_softmax_nc_f32(op.get(), 8, 8, 8, 4, nullptr));
    EXPECT_EQ(smax_status_invalid_state, smax_run_operator(op.get(), nullptr)) << "reshaped, never set up";
    EXPECT_EQ(smax_status_invalid_parameter, smax_setup_softmax_nc_f32(op.get(), nullptr, y.data()));
    EXPECT_EQ(smax_status_invalid_state, smax_run_operator(op.get(), nullptr)) << "after a failed setup";
    ASSERT_TRUE(ExpectBitIdentical(pristine, y, 0, 1, "output written before setup"));
  }
}

TEST(InvalidState, run_after_reshape_without_setup) {
  for (smax_algorithm algorithm : kAllAlgorithms) {
    SCOPED_TRACE(AlgorithmName(algorithm));
    ValidOperator valid(algorithm);
    const std::vector<float> output_before = valid.output();
    // Same shape again: still invalidates the setup.
    ASSERT_EQ(smax_status_success,
              smax_reshape_softmax_nc_f32(valid.op(), ValidOperator::kChannels, ValidOperator::kInputStride,
                                          ValidOperator::kOutputStride, ValidOperator::kBatch, nullptr));
    EXPECT_EQ(smax_status_invalid_state, smax_run_operator(valid.op(), nullptr)) << "same shape";
    EXPECT_EQ(smax_status_invalid_state, smax_run_operator(valid.op(), SharedThreadPool(2))) << "same shape";
    // A different shape.
    ASSERT_EQ(smax_status_success, smax_reshape_softmax_nc_f32(valid.op(), 5, 5, 5, 2, nullptr));
    EXPECT_EQ(smax_status_invalid_state, smax_run_operator(valid.op(), nullptr)) << "new shape";
    // A failed setup after the reshape leaves it not set up.
    EXPECT_EQ(smax_status_invalid_parameter, smax_setup_softmax_nc_f32(valid.op(), valid.x(), nullptr));
    EXPECT_EQ(smax_status_invalid_state, smax_run_operator(valid.op(), nullptr)) << "after a failed setup";
    ASSERT_TRUE(ExpectBitIdentical(output_before, valid.output(), 0, 1, "output written while not set up"));
    // Back to the original shape and pointers: works.
    ASSERT_EQ(smax_status_success,
              smax_reshape_softmax_nc_f32(valid.op(), ValidOperator::kChannels, ValidOperator::kInputStride,
                                          ValidOperator::kOutputStride, ValidOperator::kBatch, nullptr));
    ASSERT_EQ(smax_status_success, smax_setup_softmax_nc_f32(valid.op(), valid.x(), valid.y()));
    valid.Valid("after reshape and setup again");
  }
}

// ---- batch_size 0 -------------------------------------------------------------------------------

TEST(ValidBatchZero, writes_nothing) {
  for (smax_algorithm algorithm : kAllAlgorithms) {
    SCOPED_TRACE(AlgorithmName(algorithm));
    for (size_t channels : {1, 8, 1000}) {
      std::vector<float> x(channels, 1.0f), y(channels + 8);
      FillPad(y, OutputPadBits);
      const std::vector<float> pristine = y;
      const std::vector<float> x_before = x;
      OperatorHandle op;
      ASSERT_EQ(smax_status_success, smax_create_softmax_nc_f32(algorithm, 0, op.out()));
      ASSERT_EQ(smax_status_success, smax_reshape_softmax_nc_f32(op.get(), channels, channels, channels + 3, 0, nullptr));
      ASSERT_EQ(smax_status_success, smax_setup_softmax_nc_f32(op.get(), x.data(), y.data()));
      ASSERT_EQ(smax_status_success, smax_run_operator(op.get(), nullptr));
      ASSERT_EQ(smax_status_success, smax_run_operator(op.get(), SharedThreadPool(2)));
      // NULL pointers are still rejected with batch 0.
      EXPECT_EQ(smax_status_invalid_parameter, smax_setup_softmax_nc_f32(op.get(), nullptr, y.data()));
      EXPECT_EQ(smax_status_invalid_parameter, smax_setup_softmax_nc_f32(op.get(), x.data(), nullptr));
      // The rejected setups kept the valid one.
      ASSERT_EQ(smax_status_success, smax_run_operator(op.get(), nullptr));
      ASSERT_EQ(smax_status_success,
                smax_run_softmax_nc_f32(channels, channels, channels, 0, x.data(), y.data(), algorithm, 0, nullptr));
      ASSERT_EQ(smax_status_success, smax_run_softmax_nc_f32(channels, channels, channels, 0, x.data(), y.data(),
                                                             algorithm, 0, SharedThreadPool(2)));
      EXPECT_EQ(smax_status_invalid_parameter,
                smax_run_softmax_nc_f32(channels, channels, channels, 0, nullptr, y.data(), algorithm, 0, nullptr));
      EXPECT_EQ(smax_status_invalid_parameter,
                smax_run_softmax_nc_f32(channels, channels, channels, 0, x.data(), nullptr, algorithm, 0, nullptr));
      EXPECT_EQ(smax_status_invalid_parameter,
                smax_run_softmax_nc_f32(0, channels, channels, 0, x.data(), y.data(), algorithm, 0, nullptr))
          << "zero channels with batch 0";
      ASSERT_TRUE(ExpectBitIdentical(pristine, y, 0, 1, "output written with batch_size 0"));
      ASSERT_TRUE(ExpectBitIdentical(x_before, x, 0, 1, "input written with batch_size 0"));
      // Then a real shape on the same operator works.
      ASSERT_EQ(smax_status_success, smax_reshape_softmax_nc_f32(op.get(), channels, channels, channels, 1, nullptr));
      ASSERT_EQ(smax_status_success, smax_setup_softmax_nc_f32(op.get(), x.data(), y.data()));
      ASSERT_EQ(smax_status_success, smax_run_operator(op.get(), nullptr));
      EXPECT_EQ(0u, ExpectRowsWithinContract(x.data(), channels, y.data(), channels, 1, channels, "batch 1 after 0"));
    }
  }
}

// ---- one-shot: the other invalid arguments --------------------------------------------------------

TEST(InvalidOneShot, unknown_algorithm_flags_null_pointers) {
  std::vector<float> x(64, 1.0f), y(64);
  FillPad(y, OutputPadBits);
  const std::vector<float> pristine = y;
  for (int algorithm : kUnknownAlgorithms) {
    EXPECT_EQ(smax_status_invalid_parameter,
              smax_run_softmax_nc_f32(8, 8, 8, 4, x.data(), y.data(), static_cast<smax_algorithm>(algorithm), 0,
                                      nullptr))
        << "algorithm " << algorithm;
  }
  for (smax_algorithm algorithm : kAllAlgorithms) {
    for (uint32_t flags : kUnknownFlags) {
      EXPECT_EQ(smax_status_invalid_parameter,
                smax_run_softmax_nc_f32(8, 8, 8, 4, x.data(), y.data(), algorithm, flags, nullptr))
          << AlgorithmName(algorithm) << " flags 0x" << std::hex << flags;
    }
    EXPECT_EQ(smax_status_invalid_parameter,
              smax_run_softmax_nc_f32(8, 8, 8, 4, nullptr, y.data(), algorithm, 0, nullptr));
    EXPECT_EQ(smax_status_invalid_parameter,
              smax_run_softmax_nc_f32(8, 8, 8, 4, x.data(), nullptr, algorithm, 0, nullptr));
    EXPECT_EQ(smax_status_invalid_parameter, smax_run_softmax_nc_f32(8, 8, 8, 4, nullptr, nullptr, algorithm, 0, nullptr));
  }
  ASSERT_TRUE(ExpectBitIdentical(pristine, y, 0, 1, "output written by a rejected one-shot call"));
}

// ---- options: create ------------------------------------------------------------------------------
// smax_create_softmax_nc_f32_ex: invalid_parameter for a NULL op_out, an unknown algorithm, flag bit,
// option bit or mask type, a scale that is not finite and > 0, SMAX_OPTION_SLOPES without a mask,
// group_rows 0 with SMAX_OPTION_SLOPES or SMAX_OPTION_SINKS; unsupported_parameter for log-softmax with
// three_pass_reload. *op_out is unchanged on failure.

const uint32_t kUnknownOptionBits[] = {UINT32_C(0x20), UINT32_C(0x40), UINT32_C(0x80000000), UINT32_C(0xFFFFFFFF),
                                       SMAX_OPTION_LOGSUMEXP | UINT32_C(0x100)};
const int kUnknownMaskTypes[] = {3, 4, -1, 99, 0x7FFFFFFF};
const float kBadScales[] = {0.0f,
                            -0.0f,
                            0x1p-149f,  // subnormal: the operator runs with denormals off, where it reads as 0
                            0x1p-127f,
                            -1.0f,
                            -FLT_MIN,
                            -FLT_MAX,
                            std::numeric_limits<float>::quiet_NaN(),
                            -std::numeric_limits<float>::quiet_NaN(),
                            std::numeric_limits<float>::infinity(),
                            -std::numeric_limits<float>::infinity()};

smax_softmax_options MakeOptions(uint32_t flags, float scale, int mask_type, size_t group_rows) {
  smax_softmax_options options;
  options.flags = flags;
  options.scale = scale;
  options.mask_type = mask_type;
  options.group_rows = group_rows;
  return options;
}

std::string DescribeOptions(const smax_softmax_options& options) {
  std::ostringstream out;
  out << "flags 0x" << std::hex << options.flags << std::dec << " scale " << DescribeFloat(options.scale)
      << " mask_type " << options.mask_type << " group_rows " << options.group_rows;
  return out.str();
}

// Expects create_ex to return `expected` and to leave *op_out alone. The algorithm is an int, cast only
// at the call (kUnknownAlgorithms).
void ExpectCreateFails(smax_status expected, int algorithm, uint32_t flags, const smax_softmax_options* options) {
  const std::string what = "algorithm " + std::to_string(algorithm) + " flags " + std::to_string(flags) + ", " +
                           (options != nullptr ? DescribeOptions(*options) : "options NULL");
  smax_operator_t op = SentinelOperator();
  EXPECT_EQ(expected, smax_create_softmax_nc_f32_ex(static_cast<smax_algorithm>(algorithm), flags, options, &op))
      << what;
  EXPECT_EQ(SentinelOperator(), op) << "*op_out changed on failure: " << what;
}

TEST(InvalidCreateOptions, null_op_out) {
  const smax_softmax_options options = MakeOptions(SMAX_OPTION_LOGSUMEXP, 0.5f, smax_mask_type_f32, 1);
  for (smax_algorithm algorithm : kAllAlgorithms) {
    EXPECT_EQ(smax_status_invalid_parameter, smax_create_softmax_nc_f32_ex(algorithm, 0, &options, nullptr))
        << AlgorithmName(algorithm);
    EXPECT_EQ(smax_status_invalid_parameter, smax_create_softmax_nc_f32_ex(algorithm, 0, nullptr, nullptr))
        << AlgorithmName(algorithm);
  }
}

TEST(InvalidCreateOptions, unknown_algorithm_and_flags) {
  const smax_softmax_options options = MakeOptions(SMAX_OPTION_SINKS, 2.0f, smax_mask_type_f16, 4);
  for (int algorithm : kUnknownAlgorithms) {
    ExpectCreateFails(smax_status_invalid_parameter, algorithm, 0, &options);
    ExpectCreateFails(smax_status_invalid_parameter, algorithm, 0, nullptr);
  }
  for (smax_algorithm algorithm : kAllAlgorithms) {
    for (uint32_t flags : kUnknownFlags) {
      ExpectCreateFails(smax_status_invalid_parameter, algorithm, flags, &options);
      ExpectCreateFails(smax_status_invalid_parameter, algorithm, flags, nullptr);
    }
  }
}

TEST(InvalidCreateOptions, unknown_option_bits_and_mask_types) {
  for (smax_algorithm algorithm : kAllAlgorithms) {
    for (uint32_t bits : kUnknownOptionBits) {
      const smax_softmax_options options = MakeOptions(bits, 1.0f, smax_mask_type_f32, 1);
      ExpectCreateFails(smax_status_invalid_parameter, algorithm, 0, &options);
    }
    for (int mask_type : kUnknownMaskTypes) {
      for (uint32_t flags : {UINT32_C(0), SMAX_OPTION_SLOPES}) {
        const smax_softmax_options options = MakeOptions(flags, 1.0f, mask_type, 1);
        ExpectCreateFails(smax_status_invalid_parameter, algorithm, 0, &options);
      }
    }
  }
}

TEST(InvalidCreateOptions, scale_not_finite_and_positive) {
  for (smax_algorithm algorithm : kAllAlgorithms) {
    for (float scale : kBadScales) {
      for (int mask_type : {smax_mask_type_none, smax_mask_type_f16}) {
        const smax_softmax_options options = MakeOptions(0, scale, mask_type, 1);
        ExpectCreateFails(smax_status_invalid_parameter, algorithm, 0, &options);
      }
    }
  }
}

TEST(InvalidCreateOptions, slopes_without_mask_and_zero_group_rows) {
  for (smax_algorithm algorithm : kAllAlgorithms) {
    for (size_t group_rows : {size_t(0), size_t(1), size_t(8)}) {
      const smax_softmax_options slopes_without_mask =
          MakeOptions(SMAX_OPTION_SLOPES | SMAX_OPTION_LOGSUMEXP, 1.0f, smax_mask_type_none, group_rows);
      ExpectCreateFails(smax_status_invalid_parameter, algorithm, 0, &slopes_without_mask);
    }
    for (uint32_t flags : {SMAX_OPTION_SLOPES, SMAX_OPTION_SINKS, SMAX_OPTION_SLOPES | SMAX_OPTION_SINKS,
                           SMAX_OPTION_SINKS | SMAX_OPTION_ZERO_MASKED_ROWS}) {
      for (int mask_type : {smax_mask_type_f32, smax_mask_type_f16}) {
        const smax_softmax_options options = MakeOptions(flags, 1.0f, mask_type, 0);
        ExpectCreateFails(smax_status_invalid_parameter, algorithm, 0, &options);
      }
    }
  }
}

TEST(UnsupportedCreateOptions, log_softmax_with_three_pass_reload) {
  for (uint32_t more :
       {UINT32_C(0), SMAX_OPTION_LOGSUMEXP,
        SMAX_OPTION_ZERO_MASKED_ROWS | SMAX_OPTION_SLOPES | SMAX_OPTION_SINKS | SMAX_OPTION_LOGSUMEXP}) {
    for (int mask_type : {smax_mask_type_none, smax_mask_type_f32, smax_mask_type_f16}) {
      if ((more & SMAX_OPTION_SLOPES) && mask_type == smax_mask_type_none) continue;
      const smax_softmax_options options = MakeOptions(SMAX_OPTION_LOG_SOFTMAX | more, 0.25f, mask_type, 2);
      ExpectCreateFails(smax_status_unsupported_parameter, smax_algorithm_three_pass_reload, 0, &options);
      ExpectCreateFails(smax_status_unsupported_parameter, smax_algorithm_three_pass_reload, SMAX_FLAG_YIELD_WORKERS,
                        &options);
      // Every other algorithm computes it.
      for (smax_algorithm algorithm : kAllAlgorithms) {
        if (algorithm == smax_algorithm_three_pass_reload) continue;
        OperatorHandle op;
        EXPECT_EQ(smax_status_success, smax_create_softmax_nc_f32_ex(algorithm, 0, &options, op.out()))
            << AlgorithmName(algorithm) << " " << DescribeOptions(options);
      }
    }
  }
}

TEST(ValidCreateOptions, edges_of_the_domain) {
  const float kGoodScales[] = {1.0f, FLT_MIN, FLT_MAX, 1.0e-30f};
  for (smax_algorithm algorithm : kAllAlgorithms) {
    std::vector<smax_softmax_options> valid;
    for (float scale : kGoodScales) valid.push_back(MakeOptions(0, scale, smax_mask_type_none, 1));
    // group_rows is ignored without slopes and sinks.
    valid.push_back(MakeOptions(SMAX_OPTION_LOGSUMEXP | SMAX_OPTION_ZERO_MASKED_ROWS, 1.0f, smax_mask_type_f32, 0));
    valid.push_back(MakeOptions(0, 1.0f, smax_mask_type_f16, 0));
    valid.push_back(MakeOptions(SMAX_OPTION_SINKS, 1.0f, smax_mask_type_none, SIZE_MAX));
    valid.push_back(
        MakeOptions(SMAX_OPTION_SLOPES | SMAX_OPTION_SINKS | SMAX_OPTION_LOGSUMEXP | SMAX_OPTION_ZERO_MASKED_ROWS, 3.0f,
                    smax_mask_type_f16, 1));
    for (const smax_softmax_options& options : valid) {
      for (uint32_t flags : {UINT32_C(0), SMAX_FLAG_YIELD_WORKERS}) {
        smax_operator_t op = nullptr;
        ASSERT_EQ(smax_status_success, smax_create_softmax_nc_f32_ex(algorithm, flags, &options, &op))
            << AlgorithmName(algorithm) << " " << DescribeOptions(options);
        ASSERT_NE(nullptr, op);
        EXPECT_EQ(smax_status_success, smax_delete_operator(op));
      }
    }
    smax_operator_t op = nullptr;
    ASSERT_EQ(smax_status_success, smax_create_softmax_nc_f32_ex(algorithm, 0, nullptr, &op)) << "options NULL";
    EXPECT_EQ(smax_status_success, smax_delete_operator(op));
  }
}

// ---- options: setup ---------------------------------------------------------------------------------
// smax_setup_softmax_nc_f32_ex: invalid_parameter for NULL input or output, partially overlapping input
// and output, a tensor the options call for that is NULL or one they do not call for that is not, a
// mask_stride that is neither 0 nor >= channels, a size that does not fit in size_t, an output that
// overlaps the mask, slopes, sinks or logsumexp, or a logsumexp that overlaps the input; invalid_state
// before a reshape. On failure nothing is changed.

// An operator with options, created, reshaped and set up on guarded buffers (strided rows, one mask row
// per row at a stride of its own, 3 groups of 2 rows). Valid() runs it on fresh input and checks the
// rows, the logsumexps, the guards and gaps: after any rejected call it must still succeed with exactly
// this setup.
class ValidOptionsOperator {
 public:
  static constexpr size_t kChannels = 37;
  static constexpr size_t kInputStride = 40;
  static constexpr size_t kOutputStride = 41;
  static constexpr size_t kMaskStride = 39;
  static constexpr size_t kBatch = 5;
  static constexpr size_t kGroupRows = 2;
  static constexpr size_t kGroups = 3;
  static constexpr size_t kGuard = 16;
  static constexpr size_t kInputExtent = (kBatch - 1) * kInputStride + kChannels;
  static constexpr size_t kOutputExtent = (kBatch - 1) * kOutputStride + kChannels;
  static constexpr size_t kMaskExtent = (kBatch - 1) * kMaskStride + kChannels;
  static constexpr uint32_t kAllTensors =
      SMAX_OPTION_SLOPES | SMAX_OPTION_SINKS | SMAX_OPTION_LOGSUMEXP | SMAX_OPTION_ZERO_MASKED_ROWS;

  ValidOptionsOperator(smax_algorithm algorithm, int mask_type, uint32_t flags = kAllTensors)
      : options_(MakeOptions(flags, 0.5f, mask_type, kGroupRows)),
        input_(2 * kGuard + kInputExtent),
        output_(2 * kGuard + kOutputExtent),
        mask_f32_(2 * kGuard + kMaskExtent),
        mask_f16_(2 * kGuard + kMaskExtent),
        slopes_(2 * kGuard + kGroups),
        sinks_(2 * kGuard + kGroups),
        lse_(2 * kGuard + kBatch),
        rng_(43) {
    FillPad(input_, InputPadBits);
    FillPad(output_, OutputPadBits);
    FillPad(mask_f32_, InputPadBits);
    FillPad(slopes_, InputPadBits);
    FillPad(sinks_, InputPadBits);
    FillPad(lse_, OutputPadBits);
    pristine_output_ = output_;
    pristine_lse_ = lse_;
    std::uniform_real_distribution<float> mask(-3.0f, 3.0f), slope(0.5f, 2.0f), sink(-2.0f, 2.0f);
    for (size_t i = 0; i < mask_f16_.size(); i++) mask_f16_[i] = 0x7E00;
    for (size_t r = 0; r < kBatch; r++) {
      for (size_t c = 0; c < kChannels; c++) {
        const float m = r == 3 ? -std::numeric_limits<float>::infinity() : mask(rng_);  // row 3: fully masked
        mask_f32_[kGuard + r * kMaskStride + c] = m;
        mask_f16_[kGuard + r * kMaskStride + c] = FloatToHalf(m);
      }
    }
    for (size_t g = 0; g < kGroups; g++) {
      slopes_[kGuard + g] = slope(rng_);
      sinks_[kGuard + g] = g == 1 ? -std::numeric_limits<float>::infinity() : sink(rng_);
    }
    EXPECT_EQ(smax_status_success, smax_create_softmax_nc_f32_ex(algorithm, 0, &options_, op_.out()));
    EXPECT_EQ(smax_status_success,
              smax_reshape_softmax_nc_f32(op_.get(), kChannels, kInputStride, kOutputStride, kBatch, nullptr));
    const smax_softmax_tensors valid = tensors();
    EXPECT_EQ(smax_status_success, smax_setup_softmax_nc_f32_ex(op_.get(), x(), y(), has_tensors() ? &valid : nullptr));
    Valid("after the first setup");
  }

  smax_operator_t op() const {
    return op_.get();
  }
  const smax_softmax_options& options() const {
    return options_;
  }
  float* x() {
    return input_.data() + kGuard;
  }
  float* y() {
    return output_.data() + kGuard;
  }
  const void* mask() const {
    return options_.mask_type == smax_mask_type_f32   ? static_cast<const void*>(mask_f32_.data() + kGuard)
           : options_.mask_type == smax_mask_type_f16 ? static_cast<const void*>(mask_f16_.data() + kGuard)
                                                      : nullptr;
  }
  bool has_tensors() const {
    return options_.mask_type != smax_mask_type_none ||
           (options_.flags & (SMAX_OPTION_SLOPES | SMAX_OPTION_SINKS | SMAX_OPTION_LOGSUMEXP)) != 0;
  }
  // The tensors of the valid setup: exactly those the options call for.
  smax_softmax_tensors tensors() {
    smax_softmax_tensors t = {};
    if (options_.mask_type != smax_mask_type_none) {
      t.mask = mask();
      t.mask_stride = kMaskStride;
    }
    if (options_.flags & SMAX_OPTION_SLOPES) t.slopes = slopes_.data() + kGuard;
    if (options_.flags & SMAX_OPTION_SINKS) t.sinks = sinks_.data() + kGuard;
    if (options_.flags & SMAX_OPTION_LOGSUMEXP) t.logsumexp = lse_.data() + kGuard;
    return t;
  }

  // Runs on fresh random input; expects success, rows and logsumexps within the contract, untouched
  // input, guards and gaps.
  void Valid(const std::string& when) {
    SCOPED_TRACE("operator still valid " + when);
    std::uniform_real_distribution<float> distribution(-10.0f, 10.0f);
    for (size_t r = 0; r < kBatch; r++) {
      for (size_t c = 0; c < kChannels; c++) x()[r * kInputStride + c] = distribution(rng_);
    }
    output_ = pristine_output_;
    lse_ = pristine_lse_;
    const std::vector<float> input_before = input_;
    ASSERT_EQ(smax_status_success, smax_run_operator(op_.get(), nullptr));
    ASSERT_TRUE(ExpectBitIdentical(input_before, input_, kGuard, kInputStride, "input"));
    ASSERT_TRUE(ExpectPaddingUnchanged(pristine_output_, output_, kGuard, kOutputStride, kBatch, kChannels,
                                       "output guard or gap"));
    const bool has_lse = (options_.flags & SMAX_OPTION_LOGSUMEXP) != 0;
    ASSERT_TRUE(ExpectPaddingUnchanged(pristine_lse_, lse_, kGuard, 1, has_lse ? kBatch : 0, 1, "logsumexp"));
    const bool has_mask = options_.mask_type != smax_mask_type_none;
    const bool has_slopes = (options_.flags & SMAX_OPTION_SLOPES) != 0;
    std::vector<float> z(kChannels);
    for (size_t r = 0; r < kBatch; r++) {
      const size_t g = r / kGroupRows;
      for (size_t c = 0; c < kChannels; c++) {
        const size_t m = kGuard + r * kMaskStride + c;
        const float mask_value = options_.mask_type == smax_mask_type_f32 ? mask_f32_[m] : HalfToFloat(mask_f16_[m]);
        z[c] = ZValue(options_.scale, x()[r * kInputStride + c], has_mask, mask_value, has_slopes, slopes_[kGuard + g]);
      }
      const float sink =
          (options_.flags & SMAX_OPTION_SINKS) ? sinks_[kGuard + g] : -std::numeric_limits<float>::infinity();
      const OptionsRowCheck check = CheckOptionsRow(z.data(), kChannels, sink, options_.flags, y() + r * kOutputStride,
                                                    has_lse ? &lse_[kGuard + r] : nullptr);
      ASSERT_TRUE(check.ok) << "row " << r << ": " << check.first_failure;
    }
  }

 private:
  smax_softmax_options options_;
  OperatorHandle op_;
  std::vector<float> input_;
  std::vector<float> output_;
  std::vector<float> pristine_output_;
  std::vector<float> mask_f32_;
  std::vector<uint16_t> mask_f16_;
  std::vector<float> slopes_;
  std::vector<float> sinks_;
  std::vector<float> lse_;
  std::vector<float> pristine_lse_;
  std::mt19937 rng_;
};

// Buffers that a rejected setup points at: they must still hold their pattern afterwards.
struct ForeignBuffers {
  std::vector<float> input = std::vector<float>(512, 1.0f);
  std::vector<float> output = std::vector<float>(512);
  std::vector<float> lse = std::vector<float>(64);
  ForeignBuffers() {
    FillPad(output, OutputPadBits);
    FillPad(lse, OutputPadBits);
  }
  void ExpectUntouched() const {
    std::vector<float> pattern(512);
    FillPad(pattern, OutputPadBits);
    EXPECT_TRUE(ExpectBitIdentical(pattern, output, 0, 1, "output of a rejected setup written"));
    pattern.resize(64);
    EXPECT_TRUE(ExpectBitIdentical(pattern, lse, 0, 1, "logsumexp of a rejected setup written"));
  }
};

class InvalidSetupOptions : public ::testing::TestWithParam<std::tuple<smax_algorithm, int>> {
 protected:
  smax_algorithm algorithm() const {
    return std::get<0>(GetParam());
  }
  int mask_type() const {
    return std::get<1>(GetParam());
  }
};

TEST_P(InvalidSetupOptions, null_and_missing_tensors_change_nothing) {
  ValidOptionsOperator valid(algorithm(), mask_type());
  ForeignBuffers foreign;
  const smax_softmax_tensors good = valid.tensors();
  EXPECT_EQ(smax_status_invalid_parameter, smax_setup_softmax_nc_f32_ex(nullptr, valid.x(), valid.y(), &good));
  EXPECT_EQ(smax_status_invalid_parameter,
            smax_setup_softmax_nc_f32_ex(valid.op(), nullptr, foreign.output.data(), &good));
  valid.Valid("after setup with a NULL input");
  EXPECT_EQ(smax_status_invalid_parameter,
            smax_setup_softmax_nc_f32_ex(valid.op(), foreign.input.data(), nullptr, &good));
  valid.Valid("after setup with a NULL output");
  EXPECT_EQ(smax_status_invalid_parameter,
            smax_setup_softmax_nc_f32_ex(valid.op(), foreign.input.data(), foreign.output.data(), nullptr));
  valid.Valid("after setup with NULL tensors");
  // Plain setup: the options call for tensors that it cannot pass.
  EXPECT_EQ(smax_status_invalid_parameter,
            smax_setup_softmax_nc_f32(valid.op(), foreign.input.data(), foreign.output.data()));
  valid.Valid("after plain setup of an operator whose options call for tensors");
  const struct {
    const char* what;
    void (*drop)(smax_softmax_tensors& t);
  } missing[] = {
      {"mask NULL", [](smax_softmax_tensors& t) { t.mask = nullptr; }},
      {"slopes NULL", [](smax_softmax_tensors& t) { t.slopes = nullptr; }},
      {"sinks NULL", [](smax_softmax_tensors& t) { t.sinks = nullptr; }},
      {"logsumexp NULL", [](smax_softmax_tensors& t) { t.logsumexp = nullptr; }},
  };
  for (const auto& m : missing) {
    smax_softmax_tensors t = good;
    t.logsumexp = foreign.lse.data();
    m.drop(t);
    EXPECT_EQ(smax_status_invalid_parameter,
              smax_setup_softmax_nc_f32_ex(valid.op(), foreign.input.data(), foreign.output.data(), &t))
        << m.what;
    valid.Valid(std::string("after setup with ") + m.what);
    if (::testing::Test::HasFailure()) return;
  }
  foreign.ExpectUntouched();
}

TEST_P(InvalidSetupOptions, tensors_the_options_do_not_call_for) {
  ForeignBuffers foreign;
  std::vector<float> mask(512, 0.0f), slopes(8, 1.0f), sinks(8, 0.0f);
  // Options without any tensor (zero masked rows, a scale), then with the mask only.
  for (uint32_t flags : {SMAX_OPTION_ZERO_MASKED_ROWS, SMAX_OPTION_ZERO_MASKED_ROWS | SMAX_OPTION_LOGSUMEXP}) {
    const bool with_mask = (flags & SMAX_OPTION_LOGSUMEXP) != 0;
    ValidOptionsOperator valid(algorithm(), with_mask ? mask_type() : smax_mask_type_none, flags);
    const smax_softmax_tensors good = valid.tensors();
    const struct {
      const char* what;
      bool only_without_mask;
      void (*add)(smax_softmax_tensors& t, std::vector<float>& mask, std::vector<float>& slopes,
                  std::vector<float>& sinks, std::vector<float>& lse);
    } extra[] = {
        {"a mask", true,
         [](smax_softmax_tensors& t, std::vector<float>& mask, std::vector<float>&, std::vector<float>&,
            std::vector<float>&) {
           t.mask = mask.data();
           t.mask_stride = ValidOptionsOperator::kChannels;
         }},
        {"slopes", false,
         [](smax_softmax_tensors& t, std::vector<float>&, std::vector<float>& slopes, std::vector<float>&,
            std::vector<float>&) { t.slopes = slopes.data(); }},
        {"sinks", false,
         [](smax_softmax_tensors& t, std::vector<float>&, std::vector<float>&, std::vector<float>& sinks,
            std::vector<float>&) { t.sinks = sinks.data(); }},
        {"a logsumexp", true,
         [](smax_softmax_tensors& t, std::vector<float>&, std::vector<float>&, std::vector<float>&,
            std::vector<float>& lse) { t.logsumexp = lse.data(); }},
    };
    for (const auto& e : extra) {
      if (e.only_without_mask && with_mask) continue;
      smax_softmax_tensors t = good;
      e.add(t, mask, slopes, sinks, foreign.lse);
      EXPECT_EQ(smax_status_invalid_parameter,
                smax_setup_softmax_nc_f32_ex(valid.op(), foreign.input.data(), foreign.output.data(), &t))
          << "options flags 0x" << std::hex << flags << " and " << e.what;
      valid.Valid(std::string("after setup with ") + e.what);
      if (::testing::Test::HasFailure()) return;
    }
  }
  // A plain operator takes no tensor either.
  OperatorHandle plain;
  ASSERT_EQ(smax_status_success, smax_create_softmax_nc_f32(algorithm(), 0, plain.out()));
  ASSERT_EQ(smax_status_success, smax_reshape_softmax_nc_f32(plain.get(), 8, 8, 8, 4, nullptr));
  smax_softmax_tensors t = {};
  t.logsumexp = foreign.lse.data();
  EXPECT_EQ(smax_status_invalid_parameter,
            smax_setup_softmax_nc_f32_ex(plain.get(), foreign.input.data(), foreign.output.data(), &t));
  EXPECT_EQ(smax_status_invalid_state, smax_run_operator(plain.get(), nullptr)) << "never set up";
  EXPECT_EQ(smax_status_success,
            smax_setup_softmax_nc_f32_ex(plain.get(), foreign.input.data(), foreign.output.data(), nullptr));
  foreign.ExpectUntouched();
}

TEST_P(InvalidSetupOptions, bad_mask_strides_and_sizes_change_nothing) {
  ValidOptionsOperator valid(algorithm(), mask_type());
  ForeignBuffers foreign;
  const size_t channels = ValidOptionsOperator::kChannels;
  const struct {
    const char* what;
    size_t mask_stride;
    size_t mask_rows;
  } bad[] = {
      {"mask_stride 1", 1, 0},
      {"mask_stride channels - 1", channels - 1, 0},
      {"mask_stride channels - 1, mask_rows 1", channels - 1, 1},
      {"mask_stride SIZE_MAX / 2 (size overflows)", SIZE_MAX / 2, 0},
      {"mask_stride SIZE_MAX / 4 + 1 (bytes overflow)", SIZE_MAX / 4 + 1, 0},
      {"mask_stride SIZE_MAX / 2, mask_rows 2 (bytes overflow)", SIZE_MAX / 2, 2},
      {"mask_stride SIZE_MAX", SIZE_MAX, 0},
  };
  for (const auto& b : bad) {
    smax_softmax_tensors t = valid.tensors();
    t.logsumexp = foreign.lse.data();
    t.mask_stride = b.mask_stride;
    t.mask_rows = b.mask_rows;
    EXPECT_EQ(smax_status_invalid_parameter,
              smax_setup_softmax_nc_f32_ex(valid.op(), foreign.input.data(), foreign.output.data(), &t))
        << b.what;
    valid.Valid(std::string("after setup with ") + b.what);
    if (::testing::Test::HasFailure()) return;
  }
  foreign.ExpectUntouched();
}

TEST_P(InvalidSetupOptions, overlaps_change_nothing) {
  ValidOptionsOperator valid(algorithm(), mask_type());
  const size_t in_extent = ValidOptionsOperator::kInputExtent;
  const size_t out_extent = ValidOptionsOperator::kOutputExtent;
  const size_t mask_extent = ValidOptionsOperator::kMaskExtent;
  const size_t element = mask_type() == smax_mask_type_f32 ? 4 : 2;
  // One arena holds input, output and every tensor: pointers into it overlap as each case asks.
  std::vector<float> arena(8192);
  FillPad(arena, OutputPadBits);
  float* x = arena.data() + 1024;
  float* y = x + in_extent + 64;  // out of place, apart from the input
  float* elsewhere = y + out_extent + 1024;
  // mask_bytes: the mask's extent in bytes; a mask that ends at `end` starts mask_bytes before.
  const size_t mask_bytes = mask_extent * element;
  auto mask_ending_at = [&](const float* end) {
    return static_cast<const void*>(reinterpret_cast<const char*>(end) - mask_bytes);
  };
  smax_softmax_tensors base = {};
  base.mask = elsewhere;
  base.mask_stride = ValidOptionsOperator::kMaskStride;
  base.slopes = elsewhere + 2048;
  base.sinks = elsewhere + 2048 + 8;
  base.logsumexp = elsewhere + 2048 + 16;
  struct Case {
    std::string what;
    smax_softmax_tensors tensors;
    const float* x;
    float* y;
  };
  std::vector<Case> overlapping = {
      {"mask = output", base, x, y},
      {"mask starting at the output's last element", base, x, y},
      {"mask ending at the output's first element", base, x, y},
      {"mask inside the output", base, x, y},
      {"slopes inside the output", base, x, y},
      {"slopes ending at the output's first element", base, x, y},
      {"sinks at the output's last element", base, x, y},
      {"logsumexp = output", base, x, y},
      {"logsumexp inside the output's last row", base, x, y},
      {"logsumexp = input", base, x, y},
      {"logsumexp ending at the input's first element", base, x, y},
      {"logsumexp at the input's last element", base, x, y},
      {"in place, logsumexp inside the rows", base, x, x},
      {"in place, mask = input = output", base, x, x},
  };
  overlapping[0].tensors.mask = y;
  overlapping[1].tensors.mask = y + out_extent - 1;
  overlapping[2].tensors.mask = static_cast<const char*>(mask_ending_at(y)) + element;
  overlapping[3].tensors.mask = y + ValidOptionsOperator::kOutputStride;
  overlapping[4].tensors.slopes = y + 3;
  overlapping[5].tensors.slopes = y - (ValidOptionsOperator::kGroups - 1);
  overlapping[6].tensors.sinks = y + out_extent - 1;
  overlapping[7].tensors.logsumexp = y;
  overlapping[8].tensors.logsumexp = y + out_extent - ValidOptionsOperator::kBatch;
  overlapping[9].tensors.logsumexp = x;
  overlapping[10].tensors.logsumexp = x - (ValidOptionsOperator::kBatch - 1);
  overlapping[11].tensors.logsumexp = x + in_extent - 1;
  overlapping[12].tensors.logsumexp = x + 2 * ValidOptionsOperator::kInputStride;
  overlapping[13].tensors.mask = x;
  const std::vector<float> arena_before = arena;
  for (const Case& c : overlapping) {
    if (c.x == c.y) {
      // In place needs equal strides: a second operator, reshaped so, on the same options.
      OperatorHandle op;
      ASSERT_EQ(smax_status_success, smax_create_softmax_nc_f32_ex(algorithm(), 0, &valid.options(), op.out()));
      ASSERT_EQ(smax_status_success, smax_reshape_softmax_nc_f32(
                                         op.get(), ValidOptionsOperator::kChannels, ValidOptionsOperator::kInputStride,
                                         ValidOptionsOperator::kInputStride, ValidOptionsOperator::kBatch, nullptr));
      EXPECT_EQ(smax_status_success, smax_setup_softmax_nc_f32_ex(op.get(), c.x, c.y, &base)) << "in place, apart";
      EXPECT_EQ(smax_status_invalid_parameter, smax_setup_softmax_nc_f32_ex(op.get(), c.x, c.y, &c.tensors)) << c.what;
      continue;
    }
    EXPECT_EQ(smax_status_invalid_parameter, smax_setup_softmax_nc_f32_ex(valid.op(), c.x, c.y, &c.tensors)) << c.what;
    valid.Valid("after setup with " + c.what);
    if (::testing::Test::HasFailure()) return;
  }
  EXPECT_TRUE(ExpectBitIdentical(arena_before, arena, 0, 1, "arena written by a rejected setup"));

  // Touching but not overlapping, or overlapping only what is read: accepted.
  std::vector<Case> fine = {
      {"mask right after the output", base, x, y},      {"mask ending right before the output", base, x, y},
      {"logsumexp right after the output", base, x, y}, {"logsumexp ending right before the input", base, x, y},
      {"mask = input (both read)", base, x, y},         {"slopes and sinks inside the input (read)", base, x, y},
      {"slopes = sinks = mask (read)", base, x, y},
  };
  fine[0].tensors.mask = y + out_extent;
  fine[1].tensors.mask = mask_ending_at(y);
  fine[2].tensors.logsumexp = y + out_extent;
  fine[3].tensors.logsumexp = x - ValidOptionsOperator::kBatch;
  fine[4].tensors.mask = x;
  fine[5].tensors.slopes = x + 1;
  fine[5].tensors.sinks = x + 2;
  fine[6].tensors.slopes = elsewhere;
  fine[6].tensors.sinks = elsewhere;
  for (const Case& c : fine) {
    EXPECT_EQ(smax_status_success, smax_setup_softmax_nc_f32_ex(valid.op(), c.x, c.y, &c.tensors)) << c.what;
  }
  // Back to the fixture's own buffers.
  const smax_softmax_tensors own = valid.tensors();
  ASSERT_EQ(smax_status_success, smax_setup_softmax_nc_f32_ex(valid.op(), valid.x(), valid.y(), &own));
  valid.Valid("after setting up the fixture's buffers again");
}

TEST_P(InvalidSetupOptions, states_and_reshape_keep_the_setup) {
  ForeignBuffers foreign;
  {
    // Never reshaped: setup is refused (invalid_state), and so is a run.
    OperatorHandle op;
    const smax_softmax_options options = MakeOptions(SMAX_OPTION_LOGSUMEXP, 1.0f, mask_type(), 1);
    ASSERT_EQ(smax_status_success, smax_create_softmax_nc_f32_ex(algorithm(), 0, &options, op.out()));
    smax_softmax_tensors t = {};
    t.mask = foreign.input.data();
    t.logsumexp = foreign.lse.data();
    EXPECT_EQ(smax_status_invalid_state,
              smax_setup_softmax_nc_f32_ex(op.get(), foreign.input.data(), foreign.output.data(), &t));
    EXPECT_EQ(smax_status_invalid_state, smax_run_operator(op.get(), nullptr));
    EXPECT_EQ(smax_status_invalid_state, smax_run_operator(op.get(), SharedThreadPool(2)));
    // Reshaped, not set up: a run is refused.
    ASSERT_EQ(smax_status_success, smax_reshape_softmax_nc_f32(op.get(), 8, 8, 8, 4, nullptr));
    EXPECT_EQ(smax_status_invalid_state, smax_run_operator(op.get(), nullptr));
    // A rejected setup does not count as one.
    t.mask_stride = 3;
    EXPECT_EQ(smax_status_invalid_parameter,
              smax_setup_softmax_nc_f32_ex(op.get(), foreign.input.data(), foreign.output.data(), &t));
    EXPECT_EQ(smax_status_invalid_state, smax_run_operator(op.get(), nullptr));
  }
  ValidOptionsOperator valid(algorithm(), mask_type());
  // A rejected reshape keeps the shape and the setup.
  EXPECT_EQ(smax_status_invalid_parameter, smax_reshape_softmax_nc_f32(valid.op(), 0, 40, 41, 5, nullptr));
  valid.Valid("after a rejected reshape");
  // A successful reshape invalidates the setup, even to the same shape.
  ASSERT_EQ(smax_status_success,
            smax_reshape_softmax_nc_f32(valid.op(), ValidOptionsOperator::kChannels, ValidOptionsOperator::kInputStride,
                                        ValidOptionsOperator::kOutputStride, ValidOptionsOperator::kBatch, nullptr));
  EXPECT_EQ(smax_status_invalid_state, smax_run_operator(valid.op(), nullptr));
  const smax_softmax_tensors own = valid.tensors();
  ASSERT_EQ(smax_status_success, smax_setup_softmax_nc_f32_ex(valid.op(), valid.x(), valid.y(), &own));
  valid.Valid("after reshape and setup again");
  foreign.ExpectUntouched();
}

// batch_size 0 with options: runs are no-ops; nothing is written, the logsumexp included.
TEST_P(InvalidSetupOptions, batch_zero_writes_nothing) {
  ForeignBuffers foreign;
  std::vector<float> mask(64, 0.0f), slopes(4, 1.0f), sinks(4, 0.0f);
  const smax_softmax_options options = MakeOptions(ValidOptionsOperator::kAllTensors, 0.5f, mask_type(), 2);
  OperatorHandle op;
  ASSERT_EQ(smax_status_success, smax_create_softmax_nc_f32_ex(algorithm(), 0, &options, op.out()));
  ASSERT_EQ(smax_status_success, smax_reshape_softmax_nc_f32(op.get(), 8, 8, 9, 0, SharedThreadPool(2)));
  smax_softmax_tensors t = {};
  t.mask = mask.data();
  t.mask_stride = 8;
  t.slopes = slopes.data();
  t.sinks = sinks.data();
  t.logsumexp = foreign.lse.data();
  // The tensors are still required (and checked), as input and output are.
  t.sinks = nullptr;
  EXPECT_EQ(smax_status_invalid_parameter,
            smax_setup_softmax_nc_f32_ex(op.get(), foreign.input.data(), foreign.output.data(), &t));
  t.sinks = sinks.data();
  ASSERT_EQ(smax_status_success,
            smax_setup_softmax_nc_f32_ex(op.get(), foreign.input.data(), foreign.output.data(), &t));
  ASSERT_EQ(smax_status_success, smax_run_operator(op.get(), nullptr));
  ASSERT_EQ(smax_status_success, smax_run_operator(op.get(), SharedThreadPool(2)));
  foreign.ExpectUntouched();
}

INSTANTIATE_TEST_SUITE_P(All, InvalidSetupOptions,
                         ::testing::Combine(::testing::ValuesIn(kAllAlgorithms),
                                            ::testing::Values(smax_mask_type_f32, smax_mask_type_f16)),
                         [](const ::testing::TestParamInfo<std::tuple<smax_algorithm, int>>& info) {
                           return std::string(AlgorithmName(std::get<0>(info.param))) +
                                  (std::get<1>(info.param) == smax_mask_type_f32 ? "_f32mask" : "_f16mask");
                         });
// ---- strings and names --------------------------------------------------------------------------

TEST(Strings, status_string) {
  const struct {
    smax_status status;
    const char* name;
  } statuses[] = {
      {smax_status_success, "success"},
      {smax_status_uninitialized, "uninitialized"},
      {smax_status_invalid_parameter, "invalid_parameter"},
      {smax_status_invalid_state, "invalid_state"},
      {smax_status_unsupported_parameter, "unsupported_parameter"},
      {smax_status_unsupported_hardware, "unsupported_hardware"},
      {smax_status_out_of_memory, "out_of_memory"},
  };
  for (const auto& entry : statuses) {
    const char* name = smax_status_string(entry.status);
    ASSERT_NE(nullptr, name) << "status " << static_cast<int>(entry.status);
    EXPECT_STREQ(entry.name, name);
  }
  for (int unknown : {7, 99, -1, 0x7FFFFFFF}) {
    const char* name = smax_status_string(static_cast<smax_status>(unknown));
    ASSERT_NE(nullptr, name) << "status " << unknown;
    EXPECT_STREQ("unknown_status", name) << "status " << unknown;
  }
}

TEST(Strings, algorithm_string) {
  std::set<std::string> names;
  for (smax_algorithm algorithm : kAllAlgorithms) {
    const char* name = smax_algorithm_string(algorithm);
    ASSERT_NE(nullptr, name) << static_cast<int>(algorithm);
    EXPECT_STREQ(AlgorithmName(algorithm), name);  // the enumerator's suffix, as "two_pass"
    names.insert(name);
  }
  EXPECT_EQ(static_cast<size_t>(SMAX_ALGORITHM_COUNT), names.size());
  for (int algorithm : kUnknownAlgorithms) {
    const char* name = smax_algorithm_string(static_cast<smax_algorithm>(algorithm));
    ASSERT_NE(nullptr, name) << algorithm;
    EXPECT_STREQ("unknown_algorithm", name) << algorithm;
  }
}

TEST(Strings, ukernel_family_and_kernel_names) {
  // The families of src/families.table, in its order.
  const char* const families[] = {
#define SMAX_FAMILY(id, field, name, reduces, bytes_per_element, call) name,
#include "gen/families.inc"
#undef SMAX_FAMILY
  };
  const size_t count = sizeof(families) / sizeof(families[0]);
  ASSERT_EQ(count, smax_get_ukernel_family_count());
  for (size_t f = 0; f < count; f++) {
    const char* family_name = smax_get_ukernel_family_name(f);
    ASSERT_NE(nullptr, family_name) << "family " << f;
    EXPECT_STREQ(families[f], family_name);
    const char* kernel = smax_get_ukernel_name(families[f]);
    ASSERT_NE(nullptr, kernel) << families[f] << " after smax_initialize()";
    // "smax_f32_rmax_ukernel__scalar_x4_acc4" for "f32-rmax".
    std::string prefix = std::string("smax_") + families[f] + "_ukernel__";
    for (char& c : prefix) {
      if (c == '-') c = '_';
    }
    EXPECT_EQ(0u, std::string(kernel).find(prefix)) << kernel << " should start with " << prefix;
  }
  for (size_t unknown : {count, count + 99, static_cast<size_t>(-1)}) {
    EXPECT_EQ(nullptr, smax_get_ukernel_family_name(unknown)) << unknown;
  }
  // Unknown names, a near miss, the C enumerator's spelling and the kernel's own name are not families.
  for (const char* unknown : {"", "f32-nope", "f32-rmax ", "F32-RMAX", "f32_rmax", "rmax"}) {
    EXPECT_EQ(nullptr, smax_get_ukernel_name(unknown)) << "'" << unknown << "'";
  }
  EXPECT_EQ(nullptr, smax_get_ukernel_name(nullptr));
}

TEST(Strings, isa_name) {
  const char* isa = smax_get_isa_name();
  ASSERT_NE(nullptr, isa);
  const std::set<std::string> known = {"scalar", "sse2", "avx", "avx2", "avx512f", "avx512bf16", "neon", "neonfma"};
  EXPECT_EQ(1u, known.count(isa)) << "unexpected ISA name " << isa;
  // Initializing again returns the first call's status and keeps the ISA.
  EXPECT_EQ(smax_status_success, smax_initialize());
  EXPECT_STREQ(isa, smax_get_isa_name());
}

// ---- 16-bit types (issue 16): smax_create_softmax_nc's types, the typed setups, byte overlaps ---------

const int kUnknownDatatypes[] = {3, 99, -1, 0x7FFFFFFF};

TEST(Invalid16BitCreate, unknown_types_and_null_op_out) {
  for (int unknown : kUnknownDatatypes) {
    for (bool as_input : {true, false}) {
      smax_operator_t op = SentinelOperator();
      // The unknown value stays an int until the call (-fsanitize=enum reports an smax_datatype holding it).
      const int input = as_input ? unknown : smax_datatype_f16;
      const int output = as_input ? smax_datatype_f16 : unknown;
      EXPECT_EQ(smax_status_invalid_parameter,
                smax_create_softmax_nc(static_cast<smax_datatype>(input), static_cast<smax_datatype>(output),
                                       smax_algorithm_auto, 0, nullptr, &op))
          << unknown;
      EXPECT_EQ(SentinelOperator(), op);
    }
  }
  EXPECT_EQ(smax_status_invalid_parameter,
            smax_create_softmax_nc(smax_datatype_f16, smax_datatype_f16, smax_algorithm_auto, 0, nullptr, nullptr));
  EXPECT_EQ(smax_status_invalid_parameter, smax_create_softmax_nc_f16(smax_algorithm_auto, 0, nullptr));
  EXPECT_EQ(smax_status_invalid_parameter, smax_create_softmax_nc_bf16(smax_algorithm_auto, 0, nullptr));
  for (int unknown : kUnknownAlgorithms) {
    smax_operator_t op = SentinelOperator();
    EXPECT_EQ(smax_status_invalid_parameter,
              smax_create_softmax_nc_bf16(static_cast<smax_algorithm>(unknown), 0, &op));
    EXPECT_EQ(SentinelOperator(), op);
  }
}

TEST(Unsupported16BitCreate, pairs_and_reload_with_a_16_bit_output) {
  const smax_datatype narrow_out[][2] = {{smax_datatype_f32, smax_datatype_f16},
                                         {smax_datatype_f32, smax_datatype_bf16},
                                         {smax_datatype_f16, smax_datatype_bf16},
                                         {smax_datatype_bf16, smax_datatype_f16}};
  for (const auto& pair : narrow_out) {
    smax_operator_t op = SentinelOperator();
    EXPECT_EQ(smax_status_unsupported_parameter,
              smax_create_softmax_nc(pair[0], pair[1], smax_algorithm_auto, 0, nullptr, &op));
    EXPECT_EQ(SentinelOperator(), op);
  }
  smax_operator_t op = SentinelOperator();
  EXPECT_EQ(smax_status_unsupported_parameter, smax_create_softmax_nc_f16(smax_algorithm_three_pass_reload, 0, &op));
  EXPECT_EQ(smax_status_unsupported_parameter, smax_create_softmax_nc_bf16(smax_algorithm_three_pass_reload, 0, &op));
  EXPECT_EQ(SentinelOperator(), op);
  // 16-bit in, f32 out keeps its exps in the f32 output: reload runs there.
  ASSERT_EQ(smax_status_success, smax_create_softmax_nc(smax_datatype_bf16, smax_datatype_f32,
                                                        smax_algorithm_three_pass_reload, 0, nullptr, &op));
  smax_delete_operator(op);
}

// An f16 -> `output_type` operator of 3 rows of 8, set up on one buffer of bytes, with its first run's output
// kept: after a refused call it must run again on the same pointers and give the same bytes.
class Set16BitOperator {
 public:
  static constexpr size_t kChannels = 8, kBatch = 3;

  explicit Set16BitOperator(smax_datatype output_type) : buffer_(4096, 0) {
    EXPECT_EQ(smax_status_success, smax_create_softmax_nc(smax_datatype_f16, output_type, smax_algorithm_auto, 0,
                                                          nullptr, &op_));
    EXPECT_EQ(smax_status_success,
              smax_reshape_softmax_nc(op_, kChannels, kChannels, kChannels, kBatch, nullptr));
    for (size_t i = 0; i < kChannels * kBatch; i++) input()[i] = FloatToHalf(0.25f * static_cast<float>(i % 7));
    EXPECT_EQ(smax_status_success, smax_setup_softmax_nc(op_, input(), output(), nullptr));
    EXPECT_EQ(smax_status_success, smax_run_operator(op_, nullptr));
    first_ = buffer_;
  }
  ~Set16BitOperator() { smax_delete_operator(op_); }
  smax_operator_t op() const { return op_; }
  uint16_t* input() { return reinterpret_cast<uint16_t*>(buffer_.data()); }
  uint8_t* output() { return buffer_.data() + 1024; }
  uint8_t* base() { return buffer_.data(); }
  // Runs with the setup of the constructor: the same bytes as its run.
  void ExpectUnchanged() {
    std::fill(buffer_.begin() + 1024, buffer_.end(), 0);
    ASSERT_EQ(smax_status_success, smax_run_operator(op_, nullptr));
    EXPECT_EQ(first_, buffer_);
  }

 private:
  std::vector<uint8_t> buffer_;
  std::vector<uint8_t> first_;
  smax_operator_t op_ = nullptr;
};

TEST(Invalid16BitSetup, typed_setup_or_reshape_of_another_type_changes_nothing) {
  Set16BitOperator f16(smax_datatype_f16);
  uint16_t* x = f16.input();
  uint16_t* y = reinterpret_cast<uint16_t*>(f16.output());
  EXPECT_EQ(smax_status_invalid_parameter, smax_setup_softmax_nc_bf16(f16.op(), x, y));
  EXPECT_EQ(smax_status_invalid_parameter,
            smax_setup_softmax_nc_f32(f16.op(), reinterpret_cast<const float*>(x), reinterpret_cast<float*>(y)));
  EXPECT_EQ(smax_status_invalid_parameter,
            smax_setup_softmax_nc_f32_ex(f16.op(), reinterpret_cast<const float*>(x), reinterpret_cast<float*>(y),
                                         nullptr));
  EXPECT_EQ(smax_status_invalid_parameter, smax_reshape_softmax_nc_f32(f16.op(), 4, 4, 4, 1, nullptr));
  f16.ExpectUnchanged();
  Set16BitOperator widening(smax_datatype_f32);
  EXPECT_EQ(smax_status_invalid_parameter, smax_setup_softmax_nc_f16(widening.op(), x, y));
  widening.ExpectUnchanged();
  // The typed setup of the f32 API on an f32 operator is fine: the check is by type, not by function.
  smax_operator_t op = nullptr;
  ASSERT_EQ(smax_status_success, smax_create_softmax_nc_f32(smax_algorithm_auto, 0, &op));
  EXPECT_EQ(smax_status_invalid_parameter, smax_setup_softmax_nc_f16(op, x, y));
  smax_delete_operator(op);
}

TEST(Invalid16BitSetup, overlaps_are_byte_ranges) {
  const size_t n = Set16BitOperator::kChannels * Set16BitOperator::kBatch;
  {
    Set16BitOperator f16(smax_datatype_f16);
    uint8_t* base = f16.base();
    // Output one element (2 bytes) after the input: partial overlap.
    EXPECT_EQ(smax_status_invalid_parameter, smax_setup_softmax_nc(f16.op(), base, base + 2, nullptr));
    EXPECT_EQ(smax_status_invalid_parameter, smax_setup_softmax_nc(f16.op(), base + 2, base, nullptr));
    // Output starting at the input's last byte pair: still overlapping.
    EXPECT_EQ(smax_status_invalid_parameter, smax_setup_softmax_nc(f16.op(), base, base + 2 * (n - 1), nullptr));
    f16.ExpectUnchanged();
    // Right after the input: no overlap; in place: the same type size.
    EXPECT_EQ(smax_status_success, smax_setup_softmax_nc(f16.op(), base, base + 2 * n, nullptr));
    EXPECT_EQ(smax_status_success, smax_setup_softmax_nc(f16.op(), base, base, nullptr));
  }
  {
    Set16BitOperator widening(smax_datatype_f32);
    uint8_t* base = widening.base();
    // f16 in, f32 out: in place is refused (the output is twice the input's bytes), and so is an output
    // that ends inside the input or starts inside it.
    EXPECT_EQ(smax_status_invalid_parameter, smax_setup_softmax_nc(widening.op(), base, base, nullptr));
    EXPECT_EQ(smax_status_invalid_parameter, smax_setup_softmax_nc(widening.op(), base + 4 * n - 2, base, nullptr));
    EXPECT_EQ(smax_status_invalid_parameter, smax_setup_softmax_nc(widening.op(), base, base + 2 * n - 2, nullptr));
    widening.ExpectUnchanged();
    EXPECT_EQ(smax_status_success, smax_setup_softmax_nc(widening.op(), base + 4 * n, base, nullptr));
    EXPECT_EQ(smax_status_success, smax_setup_softmax_nc(widening.op(), base, base + 2 * n, nullptr));
  }
}

TEST(Invalid16BitReshape, sizes_in_bytes_of_each_type) {
  Set16BitOperator widening(smax_datatype_f32);
  // Channels whose f16 input fits in size_t as bytes but whose f32 output does not.
  const size_t channels = SIZE_MAX / 4 + 1;
  EXPECT_EQ(smax_status_invalid_parameter,
            smax_reshape_softmax_nc(widening.op(), channels, channels, channels, 1, nullptr));
  EXPECT_EQ(smax_status_invalid_parameter, smax_reshape_softmax_nc(widening.op(), 0, 1, 1, 1, nullptr));
  EXPECT_EQ(smax_status_invalid_parameter, smax_reshape_softmax_nc(widening.op(), 8, 7, 8, 1, nullptr));
  widening.ExpectUnchanged();
}

}  // namespace
}  // namespace smax_test
