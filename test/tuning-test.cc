// A build-time tuning table (CMake SMAX_TUNING_TABLE, bench/tuning-table.cmake) is honoured, over the
// committed table this CPU matches (tuning/*.table).
//
// This binary links a copy of the library built with a table that names, for every family but
// f32-vmulc, a scalar kernel that is NOT the family table's default, and a crossover of 12345
// elements (test/CMakeLists.txt derives the table and tuning-test-expected.h from the generated .inc
// files). With SMAX_ISA=scalar, dispatch must choose exactly the tuned kernels, keep the default where
// the table has no row, take the table's crossover, and the operator must still compute a softmax.
#include <cmath>
#include <cstdlib>
#include <string>

#include <gtest/gtest.h>

#include "smax.h"
#include "smax/config.h"

namespace {

struct Expected {
  const char* family;
  const char* kernel;
};

const Expected kExpected[] = {
#define SMAX_EXPECT(family, kernel) {family, #kernel},
#include "tuning-test-expected.h"
#undef SMAX_EXPECT
};

class TuningTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    // The tuned rows are scalar ones: cap dispatch at scalar so they are the candidates.
    setenv("SMAX_ISA", "scalar", 1);
    ASSERT_EQ(smax_initialize(), smax_status_success);
  }
};

TEST_F(TuningTest, every_family_is_covered) {
  ASSERT_EQ(sizeof(kExpected) / sizeof(kExpected[0]), smax_get_ukernel_family_count());
  for (size_t f = 0; f < smax_get_ukernel_family_count(); f++) {
    EXPECT_STREQ(kExpected[f].family, smax_get_ukernel_family_name(f));
  }
}

TEST_F(TuningTest, chooses_the_tuned_kernels) {
  for (const Expected& expected : kExpected) {
    const char* chosen = smax_get_ukernel_name(expected.family);
    ASSERT_NE(chosen, nullptr);
    EXPECT_EQ(std::string(chosen), expected.kernel) << expected.family;
  }
}

TEST_F(TuningTest, the_build_time_crossover_wins) {
  const struct smax_config* config = smax_get_config();
  ASSERT_NE(config, nullptr);
  ASSERT_NE(config->tuning_override, nullptr);
  EXPECT_STREQ(config->tuning_override->name, "build");
  EXPECT_EQ(config->auto_two_pass_elements, 12345u);
  EXPECT_EQ(config->streaming_store_elements, 54321u);
  // The committed table matched here is still recorded (its kernels lose to the build-time ones only
  // where the build-time table has a row).
  EXPECT_EQ(config->tuning, smax_tuning_for_cpu(&config->cpu));
}

TEST_F(TuningTest, operator_runs_with_the_tuned_kernels) {
  const size_t channels = 1000;
  float input[channels];
  float output[channels];
  for (size_t i = 0; i < channels; i++) {
    input[i] = float(int(i % 37) - 18) * 0.5f;
  }
  for (int algorithm = 0; algorithm < SMAX_ALGORITHM_COUNT; algorithm++) {
    ASSERT_EQ(smax_run_softmax_nc_f32(channels, channels, channels, 1, input, output,
                                      (enum smax_algorithm) algorithm, 0, nullptr),
              smax_status_success);
    double sum = 0.0;
    for (size_t i = 0; i < channels; i++) sum += output[i];
    EXPECT_NEAR(sum, 1.0, 1e-5) << smax_algorithm_string((enum smax_algorithm) algorithm);
  }
}

}  // namespace
