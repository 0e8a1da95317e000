// Very long rows: 2^29 + 3 elements (2 GiB + 12 bytes, past every 32-bit byte count), in place, for
// every algorithm. The row repeats a short pattern, so the exact answer is known in closed form and no
// 2^29-element double reference is needed: y[i] = exp(p[i % P]) / ((n / P) * sum_j exp(p[j]) + tail).
// Under emulation (SMAX_TEST_QUICK) the row is 2^22 + 3 elements: the same code, less time and memory;
// 32-bit targets use 2^26 + 3.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <vector>

#include <gtest/gtest.h>

#include "reference.h"
#include "smax.h"

namespace {

const float kPattern[] = {-3.5f, 0.0f, 2.25f, -80.0f, 1.0f, -INFINITY, 0.5f};
constexpr size_t kPeriod = sizeof(kPattern) / sizeof(kPattern[0]);

class LongRow : public testing::TestWithParam<smax_algorithm> {};

TEST_P(LongRow, InPlaceRowPast2GiB) {
  ASSERT_EQ(smax_initialize(), smax_status_success);
  // 32-bit targets cannot hold a 2 GiB row: 2^26 + 3 there.
  const int log2_length = smax_test::QuickMode() ? 22 : (sizeof(void*) >= 8 ? 29 : 26);
  const size_t n = (size_t(1) << log2_length) + 3;
  std::vector<float> row(n);
  for (size_t i = 0; i < n; i++) {
    row[i] = kPattern[i % kPeriod];
  }
  ASSERT_EQ(smax_run_softmax_nc_f32(n, n, n, 1, row.data(), row.data(), GetParam(), 0, nullptr), smax_status_success);

  double exps[kPeriod];
  double sum = 0.0;
  for (size_t j = 0; j < kPeriod; j++) {
    exps[j] = std::exp(static_cast<double>(kPattern[j]));
    sum += exps[j] * static_cast<double>(n / kPeriod + (j < n % kPeriod ? 1 : 0));
  }
  double max_relative_error = 0.0;
  double output_sum = 0.0;
  for (size_t i = 0; i < n; i++) {
    const double expected = exps[i % kPeriod] / sum;
    const double actual = row[i];
    output_sum += actual;
    if (expected == 0.0) {
      ASSERT_EQ(actual, 0.0) << "index " << i;  // the -inf entries
    } else if (expected >= smax_test::kSmallOutput) {
      const double relative = std::abs(actual - expected) / expected;
      max_relative_error = std::max(max_relative_error, relative);
      ASSERT_LE(relative, expected >= smax_test::kLargeOutput ? smax_test::kLargeOutputRelativeError
                                                              : smax_test::kSmallOutputRelativeError)
          << "index " << i << " of " << n;
    } else {
      ASSERT_LE(std::abs(actual - expected), smax_test::kTinyOutputAbsoluteError) << "index " << i;
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
