// Regression tests for rows the fuzzer (test/fuzz/softmax-fuzzer.cc) found outside the numerics
// contract. Each input is also in test/fuzz/corpus, so every fuzz run replays it on every ISA.
//
// Finding 1 (2026-11-24, scalar two_pass): a 208-element row made mostly of repeated values
// (379.75, 353.0, -193.75, ...) gave a relative error of 2.04e-6 (> 2e-6) on every output. Cause: the
// reducing kernels were called in blocks of 64 terms per float partial sum, whose rounding can reach
// 63 * 2^-24 = 3.8e-6 when every addition rounds the same way, as it does for equal terms. Fix: blocks
// of at most 16 terms per partial sum (SMAX_TERMS_PER_PARTIAL_SUM in src/smax/config.h), which bounds
// the sum's error by about 15 * 2^-24 = 0.9e-6 whatever the data.
#include <cmath>
#include <vector>

#include <gtest/gtest.h>

#include "reference.h"
#include "smax.h"

namespace {

const float kRepeatedValuesRow[] = {
    -0x1.46p+8f, -0x1.41cp+8f, -0x1.3d8p+8f, -0x1.394p+8f, -0x1.35p+8f, -0x1.30cp+8f, -0x1.2c8p+8f, -0x1.284p+8f,
    -0x1.24p+8f, -0x1.1fcp+8f, -0x1.1b8p+8f, -0x1.174p+8f, -0x1.13p+8f, -0x1.0ecp+8f, -0x1.0a8p+8f, -0x1.fcp+7f,
    0x1.1ap+8f, 0x1.1ap+8f, 0x1.1ap+8f, 0x1.1ap+8f, 0x1.1ap+8f, -0x1.838p+7f, -0x1.838p+7f, -0x1.838p+7f,
    -0x1.838p+7f, -0x1.838p+7f, -0x1.838p+7f, -0x1.838p+7f, -0x1.838p+7f, -0x1.838p+7f, 0x1.7bcp+8f, 0x1.7bcp+8f,
    0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f,
    0x1.7bcp+8f, 0x1.85p+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f,
    0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f,
    0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, -0x1.55fffep+127f, 0x1.7bcp+8f,
    0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f,
    0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f,
    0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f,
    0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f,
    0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f,
    0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f,
    0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f,
    0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f,
    0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f,
    0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f,
    0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f,
    0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.624p+8f, 0x0p+0f, 0x1.0c0d2p-130f, -0x1.838p+7f, -0x1.838p+7f, -0x1.838p+7f,
    -0x1.838p+7f, -0x1.838p+7f, -0x1.838p+7f, -0x1.838p+7f, -0x1.838p+7f, -0x1.838p+7f, -0x1.838p+7f, -0x1.838p+7f,
    -0x1.838p+7f, -0x1.838p+7f, -0x1.838p+7f, -0x1.838p+7f, -0x1.838p+7f, -0x1.838p+7f, -0x1.838p+7f, -0x1.838p+7f,
    -0x1.838p+7f, -0x1.838p+7f, -0x1.838p+7f, -0x1.838p+7f, -0x1.838p+7f, -0x1.838p+7f, 0x1.7bcp+8f, 0x1.7bcp+8f,
    0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f,
    0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f,
    0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f, 0x1.7bcp+8f,
};

class FuzzRegression : public testing::TestWithParam<smax_algorithm> {};

TEST_P(FuzzRegression, RepeatedValuesRow) {
  ASSERT_EQ(smax_initialize(), smax_status_success);
  const size_t n = sizeof(kRepeatedValuesRow) / sizeof(kRepeatedValuesRow[0]);
  std::vector<float> y(n);
  ASSERT_EQ(smax_run_softmax_nc_f32(n, n, n, 1, kRepeatedValuesRow, y.data(), GetParam(), 0, nullptr),
            smax_status_success);
  const smax_test::RowCheck check = smax_test::CheckRow(kRepeatedValuesRow, y.data(), n);
  EXPECT_TRUE(check.ok) << check.first_failure;
}

// The same values repeated into a long row: every block of every partial sum sees equal terms.
TEST_P(FuzzRegression, RepeatedValuesLongRow) {
  ASSERT_EQ(smax_initialize(), smax_status_success);
  const size_t period = sizeof(kRepeatedValuesRow) / sizeof(kRepeatedValuesRow[0]);
  std::vector<float> x(period * 97);
  for (size_t i = 0; i < x.size(); i++) x[i] = kRepeatedValuesRow[i % period];
  std::vector<float> y(x.size());
  ASSERT_EQ(smax_run_softmax_nc_f32(x.size(), x.size(), x.size(), 1, x.data(), y.data(), GetParam(), 0, nullptr),
            smax_status_success);
  const smax_test::RowCheck check = smax_test::CheckRow(x.data(), y.data(), x.size());
  EXPECT_TRUE(check.ok) << check.first_failure;
}

INSTANTIATE_TEST_SUITE_P(AllAlgorithms, FuzzRegression,
                         testing::Values(smax_algorithm_auto, smax_algorithm_three_pass_recompute,
                                         smax_algorithm_three_pass_reload, smax_algorithm_online,
                                         smax_algorithm_two_pass),
                         [](const testing::TestParamInfo<smax_algorithm>& info) {
                           return std::string(smax_algorithm_string(info.param));
                         });

}  // namespace
