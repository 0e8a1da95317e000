// The top-k operator before smax_initialize(): every call returns smax_status_uninitialized and changes
// nothing. This binary must never initialize the library before these checks, so it registers no
// global environment (gtest_main provides main) and runs everything in one test, in order.
#include <cstddef>
#include <cstdint>
#include <vector>

#include <gtest/gtest.h>

#include "smax.h"

namespace {

TEST(TopkUninitialized, use_before_and_after_initialize) {
  // ---- before smax_initialize() ----
  static int dummy;
  const smax_operator_t sentinel = reinterpret_cast<smax_operator_t>(&dummy);
  smax_operator_t op = sentinel;
  EXPECT_EQ(smax_status_uninitialized, smax_create_topk_nc_f32(2, 1.0f, SMAX_TOPK_PROBABILITIES, &op));
  EXPECT_EQ(sentinel, op) << "*op_out changed by a failed create";
  EXPECT_EQ(smax_status_uninitialized, smax_reshape_topk_nc_f32(nullptr, 4, 4, 1, nullptr));
  std::vector<float> x = {1.0f, 3.0f, 2.0f, 0.0f};
  std::vector<int64_t> indices(2, -1);
  std::vector<float> values(2, -1.0f), probabilities(2, -1.0f);
  const smax_topk_outputs outputs = {indices.data(), values.data(), probabilities.data(), nullptr, nullptr, nullptr};
  EXPECT_EQ(smax_status_uninitialized, smax_setup_topk_nc_f32(nullptr, x.data(), &outputs));
  EXPECT_EQ(smax_status_uninitialized, smax_run_operator(nullptr, nullptr));
  EXPECT_EQ((std::vector<int64_t>{-1, -1}), indices);

  // ---- after ----
  ASSERT_EQ(smax_status_success, smax_initialize());
  ASSERT_EQ(smax_status_success, smax_create_topk_nc_f32(2, 1.0f, SMAX_TOPK_PROBABILITIES, &op));
  ASSERT_EQ(smax_status_success, smax_reshape_topk_nc_f32(op, 4, 4, 1, nullptr));
  ASSERT_EQ(smax_status_success, smax_setup_topk_nc_f32(op, x.data(), &outputs));
  ASSERT_EQ(smax_status_success, smax_run_operator(op, nullptr));
  EXPECT_EQ((std::vector<int64_t>{1, 2}), indices);
  EXPECT_EQ((std::vector<float>{3.0f, 2.0f}), values);
  EXPECT_EQ(smax_status_success, smax_delete_operator(op));
}

}  // namespace
