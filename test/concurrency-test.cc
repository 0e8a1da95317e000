// Concurrency: initialization from many threads at once, operators running concurrently from
// different threads and threadpools, and one operator reshaped / set up / run repeatedly. Results
// must be bit-identical to single-threaded runs. Built and run under ThreadSanitizer in CI.
#include <pthreadpool.h>

#include <atomic>
#include <cstring>
#include <random>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "smax.h"

namespace {

std::vector<float> RandomRows(size_t count, uint32_t seed) {
  std::mt19937 rng(seed);
  std::uniform_real_distribution<float> values(-20.0f, 20.0f);
  std::vector<float> x(count);
  for (float& value : x) value = values(rng);
  return x;
}

std::vector<float> SerialSoftmax(const std::vector<float>& x, size_t channels, smax_algorithm algorithm) {
  std::vector<float> y(x.size());
  EXPECT_EQ(smax_run_softmax_nc_f32(channels, channels, channels, x.size() / channels, x.data(), y.data(), algorithm,
                                    0, nullptr),
            smax_status_success);
  return y;
}

bool BitIdentical(const std::vector<float>& a, const std::vector<float>& b) {
  return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(float)) == 0;
}

// Must run first in this process: nothing has initialized the library yet.
TEST(Concurrency, InitializeFromManyThreadsAtOnce) {
  ASSERT_EQ(smax_get_isa_name(), nullptr) << "the library was initialized before this test";
  constexpr int kThreads = 16;
  std::atomic<int> ready{0};
  std::vector<smax_status> statuses(kThreads, smax_status_uninitialized);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; t++) {
    threads.emplace_back([&, t] {
      ready++;
      while (ready.load() < kThreads) {
      }
      statuses[t] = smax_initialize();
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (smax_status status : statuses) {
    EXPECT_EQ(status, smax_status_success);
  }
  ASSERT_NE(smax_get_isa_name(), nullptr);
}

TEST(Concurrency, OperatorsOnDifferentThreadsAndPools) {
  ASSERT_EQ(smax_initialize(), smax_status_success);
  const smax_algorithm algorithms[] = {smax_algorithm_auto, smax_algorithm_three_pass_recompute,
                                       smax_algorithm_three_pass_reload, smax_algorithm_online,
                                       smax_algorithm_two_pass};
  const size_t channels = 1003;
  const size_t batch = 37;
  std::vector<std::thread> threads;
  std::atomic<int> mismatches{0};
  for (int t = 0; t < 5; t++) {
    threads.emplace_back([&, t] {
      const smax_algorithm algorithm = algorithms[t];
      const std::vector<float> x = RandomRows(channels * batch, 100 + t);
      const std::vector<float> expected = SerialSoftmax(x, channels, algorithm);
      pthreadpool_t pool = pthreadpool_create(2);
      smax_operator_t op = nullptr;
      if (smax_create_softmax_nc_f32(algorithm, 0, &op) != smax_status_success) {
        mismatches++;
        return;
      }
      std::vector<float> y(x.size());
      for (int iteration = 0; iteration < 20; iteration++) {
        std::fill(y.begin(), y.end(), 0.0f);
        if (smax_reshape_softmax_nc_f32(op, channels, channels, channels, batch, pool) != smax_status_success ||
            smax_setup_softmax_nc_f32(op, x.data(), y.data()) != smax_status_success ||
            smax_run_operator(op, iteration % 2 == 0 ? pool : nullptr) != smax_status_success ||
            !BitIdentical(y, expected)) {
          mismatches++;
        }
      }
      smax_delete_operator(op);
      pthreadpool_destroy(pool);
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(mismatches.load(), 0);
}

TEST(Concurrency, OneOperatorReshapedAndRunRepeatedlyOnAPool) {
  ASSERT_EQ(smax_initialize(), smax_status_success);
  pthreadpool_t pool = pthreadpool_create(4);
  smax_operator_t op = nullptr;
  ASSERT_EQ(smax_create_softmax_nc_f32(smax_algorithm_two_pass, 0, &op), smax_status_success);
  for (size_t channels : {1, 7, 64, 1000, 5000}) {
    for (size_t batch : {1, 3, 64}) {
      const std::vector<float> x = RandomRows(channels * batch, static_cast<uint32_t>(channels * 31 + batch));
      const std::vector<float> expected = SerialSoftmax(x, channels, smax_algorithm_two_pass);
      std::vector<float> y(x.size());
      ASSERT_EQ(smax_reshape_softmax_nc_f32(op, channels, channels, channels, batch, pool), smax_status_success);
      ASSERT_EQ(smax_setup_softmax_nc_f32(op, x.data(), y.data()), smax_status_success);
      for (int run = 0; run < 3; run++) {
        ASSERT_EQ(smax_run_operator(op, pool), smax_status_success);
        ASSERT_TRUE(BitIdentical(y, expected)) << "channels " << channels << " batch " << batch;
      }
    }
  }
  smax_delete_operator(op);
  pthreadpool_destroy(pool);
}

}  // namespace
