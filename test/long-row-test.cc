// Very long rows: 2^29 + 3 elements (2 GiB + 12 bytes, past every 32-bit byte count), in place, for
// every algorithm. The row repeats a short pattern, so the exact answer is known in closed form and no
// 2^29-element double reference is needed: y[i] = exp(p[i % P]) / ((n / P) * sum_j exp(p[j]) + tail).
// Under emulation (SMAX_TEST_QUICK) the row is 2^22 + 3 elements: the same code, less time and memory;
// 32-bit targets use 2^26 + 3.
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>

#include <gtest/gtest.h>

#include "reference.h"
#include "smax.h"

namespace {

const float kPattern[] = {-3.5f, 0.0f, 2.25f, -80.0f, 1.0f, -INFINITY, 0.5f};
constexpr size_t kPeriod = sizeof(kPattern) / sizeof(kPattern[0]);

// The row's length: 32-bit targets cannot hold a 2 GiB row, so 2^26 + 3 there.
size_t RowLength() {
  const int log2_length = smax_test::QuickMode() ? 22 : (sizeof(void*) >= 8 ? 29 : 26);
  return (size_t(1) << log2_length) + 3;
}

// One row for the whole suite, left uninitialized until each test fills it: zeroing and first touching
// 2 GiB for every algorithm took about two thirds of the suite's time (page faults and memset).
class LongRow : public testing::TestWithParam<smax_algorithm> {
 protected:
  static void SetUpTestSuite() { row_ = new float[RowLength()]; }
  static void TearDownTestSuite() {
    delete[] row_;
    row_ = nullptr;
  }
  static float* row_;
};

float* LongRow::row_ = nullptr;

// The largest |actual - expected| allowed where the output is expected: the contract's bound for its size.
double Tolerance(double expected) {
  if (expected == 0.0) {
    return 0.0;  // the -inf entries
  }
  if (expected >= smax_test::kSmallOutput) {
    return expected * (expected >= smax_test::kLargeOutput ? smax_test::kLargeOutputRelativeError
                                                           : smax_test::kSmallOutputRelativeError);
  }
  return smax_test::kTinyOutputAbsoluteError;
}

TEST_P(LongRow, InPlaceRowPast2GiB) {
  ASSERT_EQ(smax_initialize(), smax_status_success);
  const size_t n = RowLength();
  float* row = row_;
  for (size_t i = 0, phase = 0; i < n; i++, phase = phase + 1 == kPeriod ? 0 : phase + 1) {
    row[i] = kPattern[phase];
  }
  ASSERT_EQ(smax_run_softmax_nc_f32(n, n, n, 1, row, row, GetParam(), 0, nullptr), smax_status_success);

  // Every element of one phase of the pattern has the same expected value and tolerance.
  double exps[kPeriod];
  double sum = 0.0;
  for (size_t j = 0; j < kPeriod; j++) {
    exps[j] = std::exp(static_cast<double>(kPattern[j]));
    sum += exps[j] * static_cast<double>(n / kPeriod + (j < n % kPeriod ? 1 : 0));
  }
  double expected[kPeriod];
  double tolerance[kPeriod];
  for (size_t j = 0; j < kPeriod; j++) {
    expected[j] = exps[j] / sum;
    tolerance[j] = Tolerance(expected[j]);
  }
  double max_relative_error = 0.0;
  double output_sum = 0.0;
  for (size_t i = 0, phase = 0; i < n; i++, phase = phase + 1 == kPeriod ? 0 : phase + 1) {
    const double actual = row[i];
    output_sum += actual;
    const double error = std::abs(actual - expected[phase]);
    if (!(error <= tolerance[phase])) {  // NaN fails too
      FAIL() << "index " << i << " of " << n << ": " << actual << ", expected " << expected[phase] << " within "
             << tolerance[phase];
    }
    if (expected[phase] >= smax_test::kSmallOutput) {
      max_relative_error = std::max(max_relative_error, error / expected[phase]);
    }
  }
  EXPECT_NEAR(output_sum, 1.0, smax_test::kSumError);
  std::printf("%s, n = %zu: max relative error %.3g, |sum - 1| = %.3g\n",
              smax_algorithm_string(GetParam()), n, max_relative_error, std::abs(output_sum - 1.0));
}

INSTANTIATE_TEST_SUITE_P(AllAlgorithms, LongRow,
                         testing::Values(smax_algorithm_auto, smax_algorithm_three_pass_recompute,
                                         smax_algorithm_three_pass_reload, smax_algorithm_online,
                                         smax_algorithm_two_pass),
                         [](const testing::TestParamInfo<smax_algorithm>& info) {
                           return std::string(smax_algorithm_string(info.param));
                         });

}  // namespace
