// The sampler before smax_initialize(): every call returns smax_status_uninitialized and changes nothing.
// This binary must never initialize the library before these checks, so it registers no global
// environment (gtest_main provides main) and runs everything in one test, in order.
#include <cstdint>
#include <vector>

#include <gtest/gtest.h>

#include "smax.h"

namespace {

TEST(SamplerUninitialized, UseBeforeAndAfterInitialize) {
  // ---- before smax_initialize() ----
  static int dummy;
  const smax_operator_t sentinel = reinterpret_cast<smax_operator_t>(&dummy);
  smax_operator_t op = sentinel;
  const smax_sampler_params params = {0.0f, 1, 1.0f, 0.0f, 0};
  EXPECT_EQ(smax_status_uninitialized, smax_create_sampler_nc_f32(&params, 0, &op));
  EXPECT_EQ(sentinel, op) << "*op_out changed by a failed create";
  EXPECT_EQ(smax_status_uninitialized, smax_reshape_sampler_nc_f32(nullptr, 4, 4, 1, nullptr));
  const std::vector<float> x = {1.0f, 3.0f, 2.0f, 0.0f};
  int64_t token = -1;
  float probability = -1.0f;
  EXPECT_EQ(smax_status_uninitialized, smax_setup_sampler_nc_f32(nullptr, x.data(), nullptr, 0, &token, &probability));
  EXPECT_EQ(-1, token);
  EXPECT_EQ(-1.0f, probability);

  // ---- after: the same calls work (temperature 0: the argmax) ----
  ASSERT_EQ(smax_status_success, smax_initialize());
  ASSERT_EQ(smax_status_success, smax_create_sampler_nc_f32(&params, 0, &op));
  ASSERT_EQ(smax_status_success, smax_reshape_sampler_nc_f32(op, 4, 4, 1, nullptr));
  ASSERT_EQ(smax_status_success, smax_setup_sampler_nc_f32(op, x.data(), nullptr, 0, &token, &probability));
  ASSERT_EQ(smax_status_success, smax_run_operator(op, nullptr));
  EXPECT_EQ(1, token);
  EXPECT_GT(probability, 0.5f);
  EXPECT_EQ(smax_status_success, smax_delete_operator(op));
}

}  // namespace
