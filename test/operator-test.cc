// Correctness grid of the softmax operator: every algorithm x batch x channels x layout x threadpool x
// input range, checked row by row against the reference (see operator-tester.h for what each case
// verifies), plus reuse of one operator across shapes and pointers.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <memory>
#include <random>
#include <string>
#include <thread>
#include <tuple>
#include <vector>

#include <gtest/gtest.h>

#include "operator-tester.h"
#include "reference.h"
#include "smax.h"

namespace smax_test {
namespace {

::testing::Environment* const initialize_environment =
    ::testing::AddGlobalTestEnvironment(new InitializeEnvironment);

enum class Layout {
  kContiguous,
  kInputStrided,
  kOutputStrided,
  kBothStrided,
  kInPlace,
  kInPlaceStrided,
};

const Layout kAllLayouts[] = {Layout::kContiguous, Layout::kInputStrided, Layout::kOutputStrided,
                              Layout::kBothStrided, Layout::kInPlace,     Layout::kInPlaceStrided};

const char* LayoutName(Layout layout) {
  switch (layout) {
    case Layout::kContiguous:
      return "contiguous";
    case Layout::kInputStrided:
      return "input_strided";
    case Layout::kOutputStrided:
      return "output_strided";
    case Layout::kBothStrided:
      return "both_strided";
    case Layout::kInPlace:
      return "inplace";
    case Layout::kInPlaceStrided:
      return "inplace_strided";
  }
  return "unknown";
}

void ApplyLayout(Layout layout, size_t channels, OperatorTester& tester) {
  switch (layout) {
    case Layout::kContiguous:
      break;
    case Layout::kInputStrided:
      tester.input_stride(channels + 5);
      break;
    case Layout::kOutputStrided:
      tester.output_stride(channels + 7);
      break;
    case Layout::kBothStrided:
      tester.input_stride(channels + 7).output_stride(channels + 3);
      break;
    case Layout::kInPlace:
      tester.inplace(true);
      break;
    case Layout::kInPlaceStrided:
      tester.inplace(true).input_stride(channels + 3);
      break;
  }
}

const size_t kChannels[] = {1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 100, 1000, 1001, 4097, 21841, 100000};

// Long rows only with small batches, to keep the grid fast (about 280k elements per grid test).
std::vector<size_t> BatchSizes(size_t channels) {
  if (QuickMode()) {
    return channels <= 1001 ? std::vector<size_t>{1, 3} : std::vector<size_t>{1};
  }
  if (channels <= 100) {
    return {1, 2, 3, 7, 16, 100};
  } else if (channels <= 1001) {
    return {1, 2, 3, 7, 16};
  } else if (channels <= 4097) {
    return {1, 2, 3, 7};
  } else if (channels <= 21841) {
    return {1, 2};
  } else {
    return {1};
  }
}

using GridParam = std::tuple<smax_algorithm, Layout, size_t>;  // algorithm, layout, threads

std::string GridParamName(const ::testing::TestParamInfo<GridParam>& info) {
  return std::string(AlgorithmName(std::get<0>(info.param))) + "_" + LayoutName(std::get<1>(info.param)) +
         "_threads" + std::to_string(std::get<2>(info.param));
}

void RunGrid(const GridParam& param, const std::vector<size_t>& channel_list, float min, float max) {
  const smax_algorithm algorithm = std::get<0>(param);
  const Layout layout = std::get<1>(param);
  const size_t threads = std::get<2>(param);
  for (size_t channels : channel_list) {
    for (size_t batch : BatchSizes(channels)) {
      OperatorTester tester;
      // Workers yield between runs: spinning workers compete with the reference on small machines
      // and make threaded runs ~20x slower. Flags 0 with threads: default_flags_with_threads.
      tester.algorithm(algorithm)
          .flags(threads == 0 ? 0 : SMAX_FLAG_YIELD_WORKERS)
          .channels(channels)
          .batch_size(batch)
          .threads(threads)
          .input_range(min, max)
          .input_offset(batch % 4)
          .output_offset((batch + channels) % 4)
          .seed(static_cast<uint32_t>(channels * 131 + batch));
      ApplyLayout(layout, channels, tester);
      tester.Test();
      if (::testing::Test::HasFailure()) {
        return;  // one failing case is enough to report; don't flood
      }
    }
  }
}

// Under emulation (QuickMode) a subset that still covers tiny, odd, tile-sized and long rows.
const std::vector<size_t> kAllChannels =
    QuickMode() ? std::vector<size_t>{1, 3, 8, 17, 100, 1001, 4097}
                : std::vector<size_t>(std::begin(kChannels), std::end(kChannels));

// The full grid with a NULL threadpool and a 1-thread pool, for every input range.
class OperatorGrid : public ::testing::TestWithParam<GridParam> {};

// exp(x) overflows float for x > 88.7: the result is only right if the max is subtracted.
TEST_P(OperatorGrid, uniform_90_100) { RunGrid(GetParam(), kAllChannels, 90.0f, 100.0f); }

TEST_P(OperatorGrid, uniform_minus10_10) { RunGrid(GetParam(), kAllChannels, -10.0f, 10.0f); }

// Outputs spanning ~87 orders of magnitude: exercises the small-output and tiny-output contract.
TEST_P(OperatorGrid, uniform_minus100_100) { RunGrid(GetParam(), kAllChannels, -100.0f, 100.0f); }

INSTANTIATE_TEST_SUITE_P(All, OperatorGrid,
                         ::testing::Combine(::testing::ValuesIn(kAllAlgorithms), ::testing::ValuesIn(kAllLayouts),
                                            ::testing::Values<size_t>(0, 1)),
                         GridParamName);

// 2 and 4 threads: every algorithm and layout, fewer row lengths (each threaded call costs a
// thread wake-up, about 1 ms on a loaded 2-core machine). Results must be bit-identical to a NULL
// threadpool (checked by the tester).
const std::vector<size_t> kThreadedChannels =
    QuickMode() ? std::vector<size_t>{1, 17, 1001} : std::vector<size_t>{1, 3, 8, 17, 100, 1001, 21841};

class OperatorGridThreaded : public ::testing::TestWithParam<GridParam> {};

TEST_P(OperatorGridThreaded, uniform_minus10_10) { RunGrid(GetParam(), kThreadedChannels, -10.0f, 10.0f); }

TEST_P(OperatorGridThreaded, uniform_90_100) { RunGrid(GetParam(), {5, 4097}, 90.0f, 100.0f); }

INSTANTIATE_TEST_SUITE_P(All, OperatorGridThreaded,
                         ::testing::Combine(::testing::ValuesIn(kAllAlgorithms), ::testing::ValuesIn(kAllLayouts),
                                            ::testing::Values<size_t>(2, 4)),
                         GridParamName);

class OperatorPerAlgorithm : public ::testing::TestWithParam<smax_algorithm> {};

// One operator set up once, run several times on fresh data in the same buffers.
TEST_P(OperatorPerAlgorithm, repeated_runs_read_fresh_input) {
  for (size_t threads : {0, 2}) {
    OperatorTester()
        .algorithm(GetParam())
        .flags(SMAX_FLAG_YIELD_WORKERS)
        .channels(37)
        .batch_size(9)
        .input_stride(40)
        .output_stride(41)
        .threads(threads)
        .iterations(4)
        .Test();
    OperatorTester()
        .algorithm(GetParam())
        .flags(SMAX_FLAG_YIELD_WORKERS)
        .channels(1000)
        .batch_size(5)
        .inplace(true)
        .threads(threads)
        .input_range(90.0f, 100.0f)
        .iterations(3)
        .Test();
  }
}

// The grids run threadpools with SMAX_FLAG_YIELD_WORKERS; this covers flags 0 with threads (spinning
// workers: few cases, they are slow on small machines), plus the flag without threads.
TEST_P(OperatorPerAlgorithm, default_flags_with_threads) {
  for (size_t threads : {0, 1, 2, 4}) {
    for (uint32_t flags : {UINT32_C(0), SMAX_FLAG_YIELD_WORKERS}) {
      OperatorTester()
          .algorithm(GetParam())
          .flags(flags)
          .channels(129)
          .batch_size(33)
          .input_stride(131)
          .threads(threads)
          .Test();
      OperatorTester()
          .algorithm(GetParam())
          .flags(flags)
          .channels(4097)
          .batch_size(9)
          .inplace(true)
          .input_range(-100.0f, 100.0f)
          .threads(threads)
          .Test();
    }
  }
}

// Shapes for the reuse test: channels, input stride, output stride, batch, in place.
struct Shape {
  size_t channels;
  size_t input_stride;
  size_t output_stride;
  size_t batch;
  bool inplace;
};

// One operator, reshaped and set up again and again with new shapes and new buffers, must give
// bit-identical results to a fresh one-shot call on the same data, and leave old buffers alone.
TEST_P(OperatorPerAlgorithm, reuse_across_shapes_and_pointers) {
  const smax_algorithm algorithm = GetParam();
  const Shape shapes[] = {
      {17, 17, 17, 3, false},   {1000, 1003, 1001, 2, false}, {1, 1, 1, 100, false}, {4097, 4097, 4097, 1, true},
      {17, 17, 17, 3, false},   {5, 8, 5, 16, false},         {31, 40, 40, 7, true}, {100000, 100000, 100000, 1, false},
      {1, 3, 2, 5, false},      {17, 20, 17, 3, false},
  };
  OperatorHandle op;
  ASSERT_EQ(smax_status_success, smax_create_softmax_nc_f32(algorithm, SMAX_FLAG_YIELD_WORKERS, op.out()));
  std::mt19937 rng(7);
  std::uniform_real_distribution<float> distribution(-20.0f, 20.0f);
  // Buffers of every earlier step stay alive: the operator must never write them again.
  struct Step {
    std::vector<float> input, output, input_snapshot, output_snapshot;
  };
  std::vector<std::unique_ptr<Step>> steps;
  for (const Shape& shape : shapes) {
    SCOPED_TRACE("step " + std::to_string(steps.size()) + ": channels=" + std::to_string(shape.channels) +
                 " input_stride=" + std::to_string(shape.input_stride) +
                 " output_stride=" + std::to_string(shape.output_stride) +
                 " batch=" + std::to_string(shape.batch) + (shape.inplace ? " in place" : ""));
    steps.emplace_back(new Step);
    std::vector<float>& input = steps.back()->input;
    std::vector<float>& output = steps.back()->output;
    const size_t x_extent = (shape.batch - 1) * shape.input_stride + shape.channels;
    const size_t y_extent = (shape.batch - 1) * shape.output_stride + shape.channels;
    input.resize(x_extent);
    output.resize(shape.inplace ? 0 : y_extent);
    FillPad(input, InputPadBits);
    FillPad(output, OutputPadBits);
    for (size_t r = 0; r < shape.batch; r++) {
      for (size_t c = 0; c < shape.channels; c++) {
        input[r * shape.input_stride + c] = distribution(rng);
      }
    }
    const std::vector<float> original_input = input;
    const std::vector<float> original_output = output;
    float* y = shape.inplace ? input.data() : output.data();
    std::vector<float>& y_buffer = shape.inplace ? input : output;

    // Expected: one-shot on copies.
    std::vector<float> expected_input = original_input;
    std::vector<float> expected_output = original_output;
    std::vector<float>& expected_y_buffer = shape.inplace ? expected_input : expected_output;
    ASSERT_EQ(smax_status_success,
              smax_run_softmax_nc_f32(shape.channels, shape.input_stride, shape.output_stride, shape.batch,
                                      expected_input.data(), expected_y_buffer.data(), algorithm, 0, nullptr));
    ASSERT_EQ(0u, ExpectRowsWithinContract(original_input.data(), shape.input_stride, expected_y_buffer.data(),
                                           shape.output_stride, shape.batch, shape.channels, "one-shot"));

    ASSERT_EQ(smax_status_success,
              smax_reshape_softmax_nc_f32(op.get(), shape.channels, shape.input_stride, shape.output_stride,
                                          shape.batch, nullptr));
    ASSERT_EQ(smax_status_success, smax_setup_softmax_nc_f32(op.get(), input.data(), y));
    for (size_t threads : {0, 1, 2, 4}) {
      // Restore in place, so that every run sees the original input (the buffer keeps its address).
      std::copy(original_input.begin(), original_input.end(), input.begin());
      std::copy(original_output.begin(), original_output.end(), output.begin());
      ASSERT_EQ(smax_status_success, smax_run_operator(op.get(), SharedThreadPool(threads)));
      ASSERT_TRUE(ExpectBitIdentical(expected_y_buffer, y_buffer, 0, shape.output_stride,
                                     ("reused operator vs fresh one-shot, threads=" + std::to_string(threads)).c_str()));
      if (!shape.inplace) {
        ASSERT_TRUE(ExpectBitIdentical(original_input, input, 0, shape.input_stride, "input changed"));
      }
    }
    steps.back()->input_snapshot = input;
    steps.back()->output_snapshot = output;
    for (size_t s = 0; s + 1 < steps.size(); s++) {
      SCOPED_TRACE("buffers of step " + std::to_string(s));
      ASSERT_TRUE(ExpectBitIdentical(steps[s]->input_snapshot, steps[s]->input, 0, 1, "earlier input buffer"));
      ASSERT_TRUE(ExpectBitIdentical(steps[s]->output_snapshot, steps[s]->output, 0, 1, "earlier output buffer"));
    }
  }
}

// Same shape, new pointers: setup alone moves the operator to the new buffers.
TEST_P(OperatorPerAlgorithm, setup_with_new_pointers) {
  const smax_algorithm algorithm = GetParam();
  const size_t channels = 100, batch = 4;
  OperatorHandle op;
  ASSERT_EQ(smax_status_success, smax_create_softmax_nc_f32(algorithm, 0, op.out()));
  ASSERT_EQ(smax_status_success, smax_reshape_softmax_nc_f32(op.get(), channels, channels, channels, batch, nullptr));
  std::mt19937 rng(11);
  std::uniform_real_distribution<float> distribution(-10.0f, 10.0f);
  std::vector<float> x1(channels * batch), x2(channels * batch), y1(channels * batch), y2(channels * batch);
  for (float& v : x1) v = distribution(rng);
  for (float& v : x2) v = distribution(rng);
  FillPad(y1, OutputPadBits);
  FillPad(y2, OutputPadBits);
  const std::vector<float> y2_before = y2;

  ASSERT_EQ(smax_status_success, smax_setup_softmax_nc_f32(op.get(), x1.data(), y1.data()));
  ASSERT_EQ(smax_status_success, smax_run_operator(op.get(), nullptr));
  ASSERT_EQ(0u, ExpectRowsWithinContract(x1.data(), channels, y1.data(), channels, batch, channels, "first"));
  ASSERT_TRUE(ExpectBitIdentical(y2_before, y2, 0, channels, "second output written by first setup"));
  const std::vector<float> y1_after_first = y1;

  ASSERT_EQ(smax_status_success, smax_setup_softmax_nc_f32(op.get(), x2.data(), y2.data()));
  ASSERT_EQ(smax_status_success, smax_run_operator(op.get(), SharedThreadPool(2)));
  ASSERT_EQ(0u, ExpectRowsWithinContract(x2.data(), channels, y2.data(), channels, batch, channels, "second"));
  ASSERT_TRUE(ExpectBitIdentical(y1_after_first, y1, 0, channels, "first output written by second setup"));

  // Changing the data behind the pointers changes the result on the next run.
  for (float& v : x2) v = distribution(rng);
  ASSERT_EQ(smax_status_success, smax_run_operator(op.get(), nullptr));
  ASSERT_EQ(0u, ExpectRowsWithinContract(x2.data(), channels, y2.data(), channels, batch, channels, "third"));
}

// The reload algorithm takes each block's max while it exponentiates the block before (and a row's
// first block while it finishes the previous row). A spike of +100 in every row, late in its first
// block or near its end, over a background in [-1, 1]: a block max taken over only part of its block
// would leave exp(100 - max) to overflow. Lengths around the pipeline blocks of every ISA (2048 to
// 2160 elements), with short and long last blocks, in batches where rows follow each other.
TEST(OperatorReloadPipeline, block_max_covers_every_block) {
  std::mt19937 rng(11);
  std::uniform_real_distribution<float> background(-1.0f, 1.0f);
  for (size_t channels : {size_t{100}, size_t{1500}, size_t{2049}, size_t{2161}, size_t{4097}, size_t{4321},
                          size_t{6500}, size_t{10000}}) {
    for (size_t spike_at : {std::min<size_t>(channels - 1, 1999), channels - 1}) {
      SCOPED_TRACE("channels=" + std::to_string(channels) + " spike at " + std::to_string(spike_at));
      const size_t batch = 5;
      std::vector<float> input(channels * batch);
      for (float& v : input) v = background(rng);
      for (size_t r = 1; r < batch; r += 2) {  // every other row: its neighbours have no spike
        input[r * channels + spike_at] = 100.0f;
      }
      std::vector<float> output(channels * batch);
      ASSERT_EQ(smax_status_success,
                smax_run_softmax_nc_f32(channels, channels, channels, batch, input.data(), output.data(),
                                        smax_algorithm_three_pass_reload, 0, nullptr));
      ASSERT_EQ(0u, ExpectRowsWithinContract(input.data(), channels, output.data(), channels, batch, channels,
                                             "reload"));
    }
  }
}

// Different operators may run concurrently on different threads.
TEST(OperatorConcurrency, independent_operators_on_concurrent_threads) {
  const size_t channels = 1001, batch = 16;
  std::mt19937 rng(3);
  std::uniform_real_distribution<float> distribution(-30.0f, 30.0f);
  std::vector<float> input(channels * batch);
  for (float& v : input) v = distribution(rng);
  std::vector<std::vector<float>> expected(SMAX_ALGORITHM_COUNT, std::vector<float>(channels * batch));
  for (size_t a = 0; a < SMAX_ALGORITHM_COUNT; a++) {
    ASSERT_EQ(smax_status_success, smax_run_softmax_nc_f32(channels, channels, channels, batch, input.data(),
                                                           expected[a].data(), kAllAlgorithms[a], 0, nullptr));
  }
  std::vector<std::vector<float>> actual(SMAX_ALGORITHM_COUNT, std::vector<float>(channels * batch));
  std::vector<smax_status> statuses(SMAX_ALGORITHM_COUNT, smax_status_out_of_memory);
  std::vector<std::thread> workers;
  for (size_t a = 0; a < SMAX_ALGORITHM_COUNT; a++) {
    workers.emplace_back([&, a] {
      smax_operator_t op = nullptr;
      smax_status status = smax_create_softmax_nc_f32(kAllAlgorithms[a], 0, &op);
      for (int i = 0; i < 20 && status == smax_status_success; i++) {
        status = smax_reshape_softmax_nc_f32(op, channels, channels, channels, batch, nullptr);
        if (status == smax_status_success) status = smax_setup_softmax_nc_f32(op, input.data(), actual[a].data());
        if (status == smax_status_success) status = smax_run_operator(op, nullptr);
      }
      if (op != nullptr && smax_delete_operator(op) != smax_status_success) status = smax_status_invalid_state;
      statuses[a] = status;
    });
  }
  for (std::thread& worker : workers) worker.join();
  for (size_t a = 0; a < SMAX_ALGORITHM_COUNT; a++) {
    SCOPED_TRACE(AlgorithmName(kAllAlgorithms[a]));
    ASSERT_EQ(smax_status_success, statuses[a]);
    ASSERT_TRUE(ExpectBitIdentical(expected[a], actual[a], 0, channels, "concurrent vs sequential"));
  }
}

INSTANTIATE_TEST_SUITE_P(All, OperatorPerAlgorithm, ::testing::ValuesIn(kAllAlgorithms),
                         [](const ::testing::TestParamInfo<smax_algorithm>& param_info) {
                           return std::string(AlgorithmName(param_info.param));
                         });

}  // namespace
}  // namespace smax_test
