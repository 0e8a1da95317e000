// Invalid arguments and states: every invalid call returns the documented status and changes nothing
// (a set-up operator still runs with its previous valid shape and pointers; *op_out is unchanged on a
// failed create; no output is written). Also the string and name getters.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <random>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "operator-tester.h"
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
  const std::set<std::string> known = {"scalar", "sse2", "avx", "avx2", "avx512f", "neon", "neonfma"};
  EXPECT_EQ(1u, known.count(isa)) << "unexpected ISA name " << isa;
  // Initializing again returns the first call's status and keeps the ISA.
  EXPECT_EQ(smax_status_success, smax_initialize());
  EXPECT_STREQ(isa, smax_get_isa_name());
}

}  // namespace
}  // namespace smax_test
