// Use before smax_initialize(): this binary must never initialize the library before the checks
// below, so it registers no global environment (gtest_main provides main). Everything runs in one
// test, in order: first the uninitialized checks, then a concurrent first initialization, then the
// same calls succeeding.
#include <cstddef>
#include <cstdint>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "operator-tester.h"
#include "reference.h"
#include "smax.h"

namespace smax_test {
namespace {

TEST(OperatorUninitialized, use_before_and_after_initialize) {
  // ---- before smax_initialize() ----
  EXPECT_EQ(nullptr, smax_get_isa_name());
  ASSERT_NE(0u, smax_get_ukernel_family_count());
  for (size_t f = 0; f < smax_get_ukernel_family_count(); f++) {
    const char* family = smax_get_ukernel_family_name(f);
    ASSERT_NE(nullptr, family) << "family names are static: " << f;
    EXPECT_EQ(nullptr, smax_get_ukernel_name(family)) << family << " before initialization";
  }
  EXPECT_STREQ("uninitialized", smax_status_string(smax_status_uninitialized));
  EXPECT_STREQ("two_pass", smax_algorithm_string(smax_algorithm_two_pass));
  EXPECT_EQ(smax_status_success, smax_delete_operator(nullptr));

  std::vector<float> x(4 * 16), y(4 * 16);
  for (size_t i = 0; i < x.size(); i++) x[i] = static_cast<float>(i % 16) * 0.25f;
  FillPad(y, OutputPadBits);
  const std::vector<float> pristine = y;
  static int dummy;
  const smax_operator_t sentinel = reinterpret_cast<smax_operator_t>(&dummy);
  for (smax_algorithm algorithm : kAllAlgorithms) {
    for (uint32_t flags : {UINT32_C(0), SMAX_FLAG_YIELD_WORKERS}) {
      smax_operator_t op = sentinel;
      EXPECT_EQ(smax_status_uninitialized, smax_create_softmax_nc_f32(algorithm, flags, &op))
          << AlgorithmName(algorithm);
      EXPECT_EQ(sentinel, op) << "*op_out changed by a failed create";
      EXPECT_EQ(smax_status_uninitialized,
                smax_run_softmax_nc_f32(16, 16, 16, 4, x.data(), y.data(), algorithm, flags, nullptr))
          << AlgorithmName(algorithm);
      EXPECT_EQ(smax_status_uninitialized,
                smax_run_softmax_nc_f32(16, 16, 16, 4, x.data(), y.data(), algorithm, flags, SharedThreadPool(2)))
          << AlgorithmName(algorithm);
    }
  }
  ASSERT_TRUE(ExpectBitIdentical(pristine, y, 0, 16, "output written before initialization"));

  // ---- the first initialization, from 8 threads at once ----
  std::vector<smax_status> statuses(8, smax_status_out_of_memory);
  std::vector<std::thread> threads;
  for (size_t t = 0; t < statuses.size(); t++) {
    threads.emplace_back([&statuses, t] { statuses[t] = smax_initialize(); });
  }
  for (std::thread& thread : threads) thread.join();
  for (size_t t = 0; t < statuses.size(); t++) {
    ASSERT_EQ(smax_status_success, statuses[t]) << "thread " << t << ": " << smax_status_string(statuses[t]);
  }
  EXPECT_EQ(smax_status_success, smax_initialize());

  // ---- after ----
  ASSERT_NE(nullptr, smax_get_isa_name());
  for (size_t f = 0; f < smax_get_ukernel_family_count(); f++) {
    EXPECT_NE(nullptr, smax_get_ukernel_name(smax_get_ukernel_family_name(f))) << "family " << f;
  }
  for (smax_algorithm algorithm : kAllAlgorithms) {
    SCOPED_TRACE(AlgorithmName(algorithm));
    smax_operator_t op = nullptr;
    ASSERT_EQ(smax_status_success, smax_create_softmax_nc_f32(algorithm, 0, &op));
    ASSERT_NE(nullptr, op);
    EXPECT_EQ(smax_status_success, smax_delete_operator(op));
    y = pristine;
    ASSERT_EQ(smax_status_success,
              smax_run_softmax_nc_f32(16, 16, 16, 4, x.data(), y.data(), algorithm, 0, nullptr));
    EXPECT_EQ(0u, ExpectRowsWithinContract(x.data(), 16, y.data(), 16, 4, 16, "after initialization"));
  }
}

}  // namespace
}  // namespace smax_test
