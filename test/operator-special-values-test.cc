// Special values: one table of rows (name, how the row is filled, expectation), run for every
// algorithm and a grid of row lengths, with the special entry at the start, middle and end of the row.
//
// Each case runs one batch of rows [normal, special@start, special@middle, special@end, normal]: the
// special rows must match the reference (CheckRow, NaN rows included) and the expectation in the table,
// and the normal rows around them must be unaffected. The same batch in place, and (for a few lengths)
// with a 2-thread pool, must give bit-identical results. SpecialValuesAutoPastCache runs the same table
// through auto's algorithm for rows beyond the last-level cache.
#include <cfloat>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <random>
#include <string>
#include <tuple>
#include <vector>

#include <gtest/gtest.h>

#include "operator-tester.h"
#include "reference.h"
#include "smax.h"
#include "smax/config.h"
#include "smax/plan.h"
#include "stages-runner.h"

namespace smax_test {
namespace {

::testing::Environment* const initialize_environment =
    ::testing::AddGlobalTestEnvironment(new InitializeEnvironment);

const float kInf = std::numeric_limits<float>::infinity();
const float kNaN = std::numeric_limits<float>::quiet_NaN();

enum class Expect {
  kFinite,  // every output finite (no inf, no NaN), within the contract; -inf entries give exactly 0
  kAllNaN,  // every output of the row is NaN
};

using Rng = std::mt19937;
// Fills row[0..n) with the case's values; `pos` (< n) is where the special entry goes.
using FillFunction = void (*)(float* row, size_t n, size_t pos, Rng& rng);

struct SpecialCase {
  const char* name;
  size_t min_length;  // shorter rows would not be the case described (e.g. a -inf row of length 1)
  Expect expect;
  FillFunction fill;
};

void Uniform(float* row, size_t n, float min, float max, Rng& rng) {
  std::uniform_real_distribution<float> distribution(min, max);
  for (size_t i = 0; i < n; i++) row[i] = distribution(rng);
}

void Constant(float* row, size_t n, float value) {
  for (size_t i = 0; i < n; i++) row[i] = value;
}

// Random subnormal of either sign.
float Subnormal(Rng& rng) {
  std::uniform_int_distribution<uint32_t> mantissa(1, UINT32_C(0x007FFFFF));
  return BitsFloat(mantissa(rng) | (rng() & 1 ? UINT32_C(0x80000000) : 0));
}

const SpecialCase kCases[] = {
    // -inf entries: exactly 0 when the row has a finite entry.
    {"neg_inf_one", 2, Expect::kFinite,
     [](float* row, size_t n, size_t pos, Rng& rng) { Uniform(row, n, -10.0f, 10.0f, rng); row[pos] = -kInf; }},
    {"neg_inf_all_but_one", 1, Expect::kFinite,
     [](float* row, size_t n, size_t pos, Rng& rng) { Constant(row, n, -kInf); Uniform(row + pos, 1, -10.0f, 10.0f, rng); }},
    {"neg_inf_every_other", 2, Expect::kFinite,
     [](float* row, size_t n, size_t pos, Rng& rng) {
       Uniform(row, n, -10.0f, 10.0f, rng);
       for (size_t i = 0; i < n; i++) if ((i ^ pos) & 1) row[i] = -kInf;
     }},
    {"neg_inf_with_values_90_100", 2, Expect::kFinite,
     [](float* row, size_t n, size_t pos, Rng& rng) { Uniform(row, n, 90.0f, 100.0f, rng); row[pos] = -kInf; }},
    {"neg_inf_with_values_minus2000_minus1900", 2, Expect::kFinite,
     [](float* row, size_t n, size_t pos, Rng& rng) { Uniform(row, n, -2000.0f, -1900.0f, rng); row[pos] = -kInf; }},
    {"neg_inf_with_flt_max", 2, Expect::kFinite,
     [](float* row, size_t n, size_t pos, Rng&) { Constant(row, n, FLT_MAX); row[pos] = -kInf; }},
    {"neg_inf_with_neg_flt_max", 2, Expect::kFinite,
     [](float* row, size_t n, size_t pos, Rng&) { Constant(row, n, -FLT_MAX); row[pos] = -kInf; }},
    {"neg_inf_tail_mask", 1, Expect::kFinite,
     [](float* row, size_t n, size_t pos, Rng& rng) {
       Uniform(row, n, -5.0f, 5.0f, rng);
       for (size_t i = pos + 1; i < n; i++) row[i] = -kInf;
     }},

    // NaN anywhere: all NaN.
    {"nan_one", 1, Expect::kAllNaN,
     [](float* row, size_t n, size_t pos, Rng& rng) { Uniform(row, n, -10.0f, 10.0f, rng); row[pos] = kNaN; }},
    {"negative_nan_one", 1, Expect::kAllNaN,
     [](float* row, size_t n, size_t pos, Rng& rng) { Uniform(row, n, -10.0f, 10.0f, rng); row[pos] = -kNaN; }},
    {"nan_payload_one", 1, Expect::kAllNaN,
     [](float* row, size_t n, size_t pos, Rng& rng) {
       Uniform(row, n, -10.0f, 10.0f, rng);
       row[pos] = BitsFloat(UINT32_C(0x7FC12345));
     }},
    {"nan_with_values_90_100", 1, Expect::kAllNaN,
     [](float* row, size_t n, size_t pos, Rng& rng) { Uniform(row, n, 90.0f, 100.0f, rng); row[pos] = kNaN; }},
    {"nan_with_values_1000_1100", 1, Expect::kAllNaN,
     [](float* row, size_t n, size_t pos, Rng& rng) { Uniform(row, n, 1000.0f, 1100.0f, rng); row[pos] = kNaN; }},
    {"nan_in_neg_inf_row", 1, Expect::kAllNaN,
     [](float* row, size_t n, size_t pos, Rng&) { Constant(row, n, -kInf); row[pos] = kNaN; }},
    {"nan_with_flt_max", 1, Expect::kAllNaN,
     [](float* row, size_t n, size_t pos, Rng&) { Constant(row, n, FLT_MAX); row[pos] = kNaN; }},
    {"nan_next_to_pos_inf", 2, Expect::kAllNaN,
     [](float* row, size_t n, size_t pos, Rng& rng) {
       Uniform(row, n, -10.0f, 10.0f, rng);
       row[pos] = kNaN;
       row[(pos + 1) % n] = kInf;
     }},
    {"all_nan", 1, Expect::kAllNaN, [](float* row, size_t n, size_t, Rng&) { Constant(row, n, kNaN); }},

    // +inf anywhere: all NaN.
    {"pos_inf_one", 1, Expect::kAllNaN,
     [](float* row, size_t n, size_t pos, Rng& rng) { Uniform(row, n, -10.0f, 10.0f, rng); row[pos] = kInf; }},
    {"pos_inf_with_values_90_100", 1, Expect::kAllNaN,
     [](float* row, size_t n, size_t pos, Rng& rng) { Uniform(row, n, 90.0f, 100.0f, rng); row[pos] = kInf; }},
    {"pos_inf_with_values_1000_1100", 1, Expect::kAllNaN,
     [](float* row, size_t n, size_t pos, Rng& rng) { Uniform(row, n, 1000.0f, 1100.0f, rng); row[pos] = kInf; }},
    {"pos_inf_in_neg_inf_row", 1, Expect::kAllNaN,
     [](float* row, size_t n, size_t pos, Rng&) { Constant(row, n, -kInf); row[pos] = kInf; }},
    {"pos_inf_with_flt_max", 1, Expect::kAllNaN,
     [](float* row, size_t n, size_t pos, Rng&) { Constant(row, n, FLT_MAX); row[pos] = kInf; }},
    {"all_pos_inf", 1, Expect::kAllNaN, [](float* row, size_t n, size_t, Rng&) { Constant(row, n, kInf); }},

    // Only -inf: all NaN.
    {"all_neg_inf", 1, Expect::kAllNaN, [](float* row, size_t n, size_t, Rng&) { Constant(row, n, -kInf); }},

    // Constant rows: 1/n everywhere; at length 1 these are the one-element rows (exactly 1 within the
    // contract).
    {"constant_zero", 1, Expect::kFinite, [](float* row, size_t n, size_t, Rng&) { Constant(row, n, 0.0f); }},
    {"constant_neg_zero", 1, Expect::kFinite, [](float* row, size_t n, size_t, Rng&) { Constant(row, n, -0.0f); }},
    {"constant_95", 1, Expect::kFinite, [](float* row, size_t n, size_t, Rng&) { Constant(row, n, 95.0f); }},
    {"constant_minus95", 1, Expect::kFinite, [](float* row, size_t n, size_t, Rng&) { Constant(row, n, -95.0f); }},
    {"constant_1e4", 1, Expect::kFinite, [](float* row, size_t n, size_t, Rng&) { Constant(row, n, 1.0e4f); }},
    {"constant_1e30", 1, Expect::kFinite, [](float* row, size_t n, size_t, Rng&) { Constant(row, n, 1.0e30f); }},
    {"constant_minus1e30", 1, Expect::kFinite, [](float* row, size_t n, size_t, Rng&) { Constant(row, n, -1.0e30f); }},
    {"constant_minus1e9", 1, Expect::kFinite, [](float* row, size_t n, size_t, Rng&) { Constant(row, n, -1.0e9f); }},
    {"constant_flt_max", 1, Expect::kFinite, [](float* row, size_t n, size_t, Rng&) { Constant(row, n, FLT_MAX); }},
    {"constant_neg_flt_max", 1, Expect::kFinite, [](float* row, size_t n, size_t, Rng&) { Constant(row, n, -FLT_MAX); }},
    {"constant_flt_min", 1, Expect::kFinite, [](float* row, size_t n, size_t, Rng&) { Constant(row, n, FLT_MIN); }},
    {"constant_subnormal", 1, Expect::kFinite,
     [](float* row, size_t n, size_t, Rng&) { Constant(row, n, BitsFloat(UINT32_C(0x00012345))); }},
    {"constant_one_slightly_larger", 1, Expect::kFinite,
     [](float* row, size_t n, size_t pos, Rng&) { Constant(row, n, 1.0f); row[pos] = std::nextafter(1.0f, 2.0f); }},

    // Large and wide ranges: finite inputs never overflow.
    {"uniform_90_100", 1, Expect::kFinite,
     [](float* row, size_t n, size_t, Rng& rng) { Uniform(row, n, 90.0f, 100.0f, rng); }},
    {"uniform_1e4_1e4plus80", 1, Expect::kFinite,
     [](float* row, size_t n, size_t, Rng& rng) { Uniform(row, n, 1.0e4f, 1.0e4f + 80.0f, rng); }},
    {"uniform_1000_1050", 1, Expect::kFinite,  // around two_pass's safe range (|x| <= 1024)
     [](float* row, size_t n, size_t, Rng& rng) { Uniform(row, n, 1000.0f, 1050.0f, rng); }},
    {"uniform_minus1050_minus1000", 1, Expect::kFinite,
     [](float* row, size_t n, size_t, Rng& rng) { Uniform(row, n, -1050.0f, -1000.0f, rng); }},
    {"uniform_minus1e30_1e30", 1, Expect::kFinite,
     [](float* row, size_t n, size_t, Rng& rng) { Uniform(row, n, -1.0e30f, 1.0e30f, rng); }},
    {"uniform_minus1e30_minus1e29", 1, Expect::kFinite,
     [](float* row, size_t n, size_t, Rng& rng) { Uniform(row, n, -1.0e30f, -1.0e29f, rng); }},
    {"uniform_minus120_0", 1, Expect::kFinite,  // outputs down to e^-120: small and tiny outputs
     [](float* row, size_t n, size_t, Rng& rng) { Uniform(row, n, -120.0f, 0.0f, rng); }},
    {"mixed_plus_minus_flt_max", 1, Expect::kFinite,
     [](float* row, size_t n, size_t pos, Rng& rng) {
       for (size_t i = 0; i < n; i++) row[i] = (rng() & 1) ? FLT_MAX : -FLT_MAX;
       row[pos] = FLT_MAX;
     }},
    {"alternating_plus_minus_flt_max", 2, Expect::kFinite,
     [](float* row, size_t n, size_t pos, Rng&) {
       for (size_t i = 0; i < n; i++) row[i] = ((i ^ pos) & 1) ? -FLT_MAX : FLT_MAX;
     }},
    {"flt_max_one", 1, Expect::kFinite,
     [](float* row, size_t n, size_t pos, Rng& rng) { Uniform(row, n, -10.0f, 10.0f, rng); row[pos] = FLT_MAX; }},
    {"neg_flt_max_one", 2, Expect::kFinite,
     [](float* row, size_t n, size_t pos, Rng& rng) { Uniform(row, n, -10.0f, 10.0f, rng); row[pos] = -FLT_MAX; }},
    {"outlier_1e30_one", 1, Expect::kFinite,
     [](float* row, size_t n, size_t pos, Rng& rng) { Uniform(row, n, -10.0f, 10.0f, rng); row[pos] = 1.0e30f; }},
    {"outlier_2000_one", 1, Expect::kFinite,  // one entry beyond two_pass's safe range, on top
     [](float* row, size_t n, size_t pos, Rng& rng) { Uniform(row, n, -10.0f, 10.0f, rng); row[pos] = 2000.0f; }},
    {"outlier_minus2000_one", 2, Expect::kFinite,  // one entry beyond two_pass's safe range, far below
     [](float* row, size_t n, size_t pos, Rng& rng) { Uniform(row, n, -10.0f, 10.0f, rng); row[pos] = -2000.0f; }},
    {"minus5000_all_but_one", 1, Expect::kFinite,
     [](float* row, size_t n, size_t pos, Rng&) { Constant(row, n, -5000.0f); row[pos] = 0.0f; }},

    // Huge negative outliers next to normal values (additive attention masks).
    {"outlier_minus1e9_one", 2, Expect::kFinite,
     [](float* row, size_t n, size_t pos, Rng& rng) { Uniform(row, n, -10.0f, 10.0f, rng); row[pos] = -1.0e9f; }},
    {"mask_minus1e9_tail", 1, Expect::kFinite,
     [](float* row, size_t n, size_t pos, Rng& rng) {
       Uniform(row, n, -5.0f, 5.0f, rng);
       for (size_t i = pos + 1; i < n; i++) row[i] += -1.0e9f;
     }},
    {"mask_minus1e9_head", 1, Expect::kFinite,
     [](float* row, size_t n, size_t pos, Rng& rng) {
       Uniform(row, n, -5.0f, 5.0f, rng);
       for (size_t i = 0; i < pos; i++) row[i] += -1.0e9f;
     }},
    {"mask_neg_flt_max_tail", 1, Expect::kFinite,
     [](float* row, size_t n, size_t pos, Rng& rng) {
       Uniform(row, n, -5.0f, 5.0f, rng);
       for (size_t i = pos + 1; i < n; i++) row[i] = -FLT_MAX;
     }},

    // Rows whose max is very negative.
    {"uniform_minus2000_minus1900", 1, Expect::kFinite,
     [](float* row, size_t n, size_t, Rng& rng) { Uniform(row, n, -2000.0f, -1900.0f, rng); }},
    {"uniform_minus2000_minus1900_top_at_pos", 1, Expect::kFinite,
     [](float* row, size_t n, size_t pos, Rng& rng) { Uniform(row, n, -2000.0f, -1990.0f, rng); row[pos] = -1900.0f; }},

    // Ramps: a running max that climbs through the row. Over a 2048-element block the first climbs by
    // about 61 (reload keeps the running max as the block's reference: exps up to e^61 before the
    // rescale), the second by about 205 (the block is redone against its own max).
    {"ramp_up_0_03", 1, Expect::kFinite,
     [](float* row, size_t n, size_t, Rng&) { for (size_t i = 0; i < n; i++) row[i] = -300.0f + 0.03f * float(i); }},
    {"ramp_up_0_1", 1, Expect::kFinite,
     [](float* row, size_t n, size_t, Rng&) { for (size_t i = 0; i < n; i++) row[i] = -1000.0f + 0.1f * float(i); }},
    {"ramp_down_0_03", 1, Expect::kFinite,
     [](float* row, size_t n, size_t, Rng&) { for (size_t i = 0; i < n; i++) row[i] = 300.0f - 0.03f * float(i); }},

    // Subnormal inputs (they behave like 0 whether or not the CPU flushes them).
    {"subnormals", 1, Expect::kFinite,
     [](float* row, size_t n, size_t, Rng& rng) { for (size_t i = 0; i < n; i++) row[i] = Subnormal(rng); }},
    {"subnormal_one", 1, Expect::kFinite,
     [](float* row, size_t n, size_t pos, Rng& rng) { Uniform(row, n, -1.0f, 1.0f, rng); row[pos] = Subnormal(rng); }},
};

const std::vector<size_t> kLengths =
    QuickMode() ? std::vector<size_t>{1, 2, 3, 5, 8, 17, 33, 129, 1001, 4099}
                : std::vector<size_t>{1,  2,  3,  4,   5,   6,   7,   8,   9,   15,  16,   17,   31,   32,   33,
                                      63, 64, 65, 100, 127, 128, 129, 255, 256, 257, 1000, 1001, 4099, 20000};

const size_t kNumCases = sizeof(kCases) / sizeof(kCases[0]);

using Param = std::tuple<smax_algorithm, size_t>;  // algorithm, index into kCases

class SpecialValues : public ::testing::TestWithParam<Param> {};

// Rows of one batch: normal, special at start, middle and end, normal. Stride n + 1: the gaps hold NaN.
constexpr size_t kBatch = 5;

struct SpecialBatch {
  size_t n;
  size_t stride;
  size_t positions[3];
  std::vector<float> input;
  std::vector<float> output;  // padded, not yet written
};

SpecialBatch MakeSpecialBatch(size_t case_index, size_t n) {
  const SpecialCase& special = kCases[case_index];
  SpecialBatch batch = {n, n + 1, {0, n / 2, n - 1}, {}, {}};
  Rng rng(static_cast<uint32_t>(n * 7919 + case_index));
  batch.input.resize(kBatch * batch.stride);
  FillPad(batch.input, InputPadBits);
  Uniform(&batch.input[0], n, -10.0f, 10.0f, rng);
  for (size_t p = 0; p < 3; p++) {
    special.fill(&batch.input[(1 + p) * batch.stride], n, batch.positions[p], rng);
  }
  Uniform(&batch.input[4 * batch.stride], n, -10.0f, 10.0f, rng);
  batch.output.resize(kBatch * batch.stride);
  FillPad(batch.output, OutputPadBits);
  return batch;
}

// Checks `output` (the batch's softmax) against the reference and the table's expectation, and the
// gaps between rows against their padding. Returns the number of rows checked.
size_t ExpectSpecialBatch(const SpecialCase& special, const SpecialBatch& batch, const std::vector<float>& output) {
  const size_t n = batch.n;
  const size_t stride = batch.stride;
  EXPECT_TRUE(ExpectPaddingUnchanged(batch.output, output, 0, stride, kBatch, n, "output gap"));
  size_t checked_rows = 0;
  for (size_t r = 0; r < kBatch; r++) {
    const float* x = &batch.input[r * stride];
    const float* y = &output[r * stride];
    const bool is_special = r >= 1 && r <= 3;
    SCOPED_TRACE(std::string(special.name) + ", n=" + std::to_string(n) +
                 (is_special ? ", special at " + std::to_string(batch.positions[r - 1]) : ", normal row ") +
                 " (row " + std::to_string(r) + " of the batch)");
    const Expect expect = is_special ? special.expect : Expect::kFinite;
    // The table must agree with the reference.
    const std::vector<double> reference = ReferenceSoftmax(x, n);
    for (size_t i = 0; i < n; i++) {
      if ((expect == Expect::kAllNaN) != std::isnan(reference[i])) {
        ADD_FAILURE() << "table entry disagrees with the reference";
        return checked_rows;
      }
    }
    const RowCheck check = CheckRow(x, y, n);
    EXPECT_TRUE(check.ok) << check.first_failure;
    for (size_t i = 0; i < n; i++) {
      if (expect == Expect::kAllNaN) {
        if (!std::isnan(y[i])) {
          ADD_FAILURE() << "output " << i << " is " << DescribeFloat(y[i]) << ", expected NaN; x=" << DescribeFloat(x[i]);
          return checked_rows;
        }
      } else if (!std::isfinite(y[i]) || (std::isinf(x[i]) && y[i] != 0.0f)) {
        ADD_FAILURE() << "output " << i << " is " << DescribeFloat(y[i]) << "; x=" << DescribeFloat(x[i]);
        return checked_rows;
      }
    }
    checked_rows++;
  }
  return checked_rows;
}

void ExpectSameBits(const std::vector<float>& expected, const std::vector<float>& actual, const SpecialBatch& batch,
                    const char* what) {
  for (size_t r = 0; r < kBatch; r++) {
    for (size_t c = 0; c < batch.n; c++) {
      ASSERT_EQ(FloatBits(expected[r * batch.stride + c]), FloatBits(actual[r * batch.stride + c]))
          << what << ", n=" << batch.n << " row " << r << " channel " << c;
    }
  }
}

TEST_P(SpecialValues, all_lengths_and_positions) {
  const smax_algorithm algorithm = std::get<0>(GetParam());
  const size_t case_index = std::get<1>(GetParam());
  const SpecialCase& special = kCases[case_index];
  pthreadpool_t pool = SharedThreadPool(2);
  ASSERT_NE(nullptr, pool);
  size_t checked_rows = 0;
  for (size_t n : kLengths) {
    if (n < special.min_length) {
      continue;
    }
    SpecialBatch batch = MakeSpecialBatch(case_index, n);
    const size_t stride = batch.stride;
    std::vector<float> output = batch.output;
    ASSERT_EQ(smax_status_success, smax_run_softmax_nc_f32(n, stride, stride, kBatch, batch.input.data(),
                                                           output.data(), algorithm, 0, nullptr));
    checked_rows += ExpectSpecialBatch(special, batch, output);
    if (::testing::Test::HasFailure()) {
      return;
    }

    // The same batch on a 2-thread pool: bit-identical (a few lengths only: each threaded call costs a
    // thread wake-up).
    if (n == 1 || n == 33 || n == 4099) {
      std::vector<float> threaded = batch.output;
      ASSERT_EQ(smax_status_success, smax_run_softmax_nc_f32(n, stride, stride, kBatch, batch.input.data(),
                                                             threaded.data(), algorithm, SMAX_FLAG_YIELD_WORKERS,
                                                             pool));
      ASSERT_TRUE(ExpectBitIdentical(output, threaded, 0, stride, "2 threads vs NULL threadpool"));
    }
    // In place.
    std::vector<float> inplace = batch.input;
    ASSERT_EQ(smax_status_success, smax_run_softmax_nc_f32(n, stride, stride, kBatch, inplace.data(), inplace.data(),
                                                           algorithm, 0, nullptr));
    ExpectSameBits(output, inplace, batch, "in place vs out of place");
  }
  EXPECT_GT(checked_rows, 0u);
}

INSTANTIATE_TEST_SUITE_P(All, SpecialValues,
                         ::testing::Combine(::testing::ValuesIn(kAllAlgorithms), ::testing::Range<size_t>(0, kNumCases)),
                         [](const ::testing::TestParamInfo<Param>& param_info) {
                           return std::string(AlgorithmName(std::get<0>(param_info.param))) + "_" +
                                  kCases[std::get<1>(param_info.param)].name;
                         });

// auto's algorithm for rows whose input and output exceed the last-level cache (running-max two-pass,
// src/softmax/running-max-two-pass.c) takes rows of millions of elements through the public API. Here
// its stages run through a plan on the same table and lengths.
class SpecialValuesAutoPastCache : public ::testing::TestWithParam<size_t> {};

TEST_P(SpecialValuesAutoPastCache, all_lengths_and_positions) {
  const size_t case_index = GetParam();
  const SpecialCase& special = kCases[case_index];
  size_t checked_rows = 0;
  for (size_t n : kLengths) {
    if (n < special.min_length) {
      continue;
    }
    SpecialBatch batch = MakeSpecialBatch(case_index, n);
    std::vector<float> output = batch.output;
    RunStages(&smax_running_max_two_pass_stages, n, kBatch, batch.input.data(), batch.stride, output.data(),
              batch.stride);
    checked_rows += ExpectSpecialBatch(special, batch, output);
    if (::testing::Test::HasFailure()) {
      return;
    }
    std::vector<float> inplace = batch.input;
    RunStages(&smax_running_max_two_pass_stages, n, kBatch, inplace.data(), batch.stride, inplace.data(),
              batch.stride);
    ExpectSameBits(output, inplace, batch, "in place vs out of place");
  }
  EXPECT_GT(checked_rows, 0u);
}

INSTANTIATE_TEST_SUITE_P(All, SpecialValuesAutoPastCache, ::testing::Range<size_t>(0, kNumCases),
                         [](const ::testing::TestParamInfo<size_t>& param_info) {
                           return std::string(kCases[param_info.param].name);
                         });

// One-element rows, spelled out: finite -> 1 (within the contract), -inf, NaN, +inf -> NaN.
TEST(SpecialValuesOneElement, every_algorithm) {
  const float finite[] = {0.0f, -0.0f, 1.0f, -1.0f, 88.0f, 89.0f, 100.0f, -100.0f, 1.0e4f, -1.0e9f, 1.0e30f,
                          -1.0e30f, FLT_MAX, -FLT_MAX, FLT_MIN, BitsFloat(1), BitsFloat(UINT32_C(0x80000001))};
  const float non_finite[] = {-kInf, kInf, kNaN, -kNaN};
  for (smax_algorithm algorithm : kAllAlgorithms) {
    SCOPED_TRACE(AlgorithmName(algorithm));
    for (float x : finite) {
      float y = BitsFloat(OutputPadBits(0));
      ASSERT_EQ(smax_status_success, smax_run_softmax_nc_f32(1, 1, 1, 1, &x, &y, algorithm, 0, nullptr));
      EXPECT_NEAR(1.0, y, kLargeOutputRelativeError) << "x=" << DescribeFloat(x) << " y=" << DescribeFloat(y);
      EXPECT_TRUE(CheckRow(&x, &y, 1).ok) << "x=" << DescribeFloat(x) << " y=" << DescribeFloat(y);
    }
    for (float x : non_finite) {
      float y = 0.5f;
      ASSERT_EQ(smax_status_success, smax_run_softmax_nc_f32(1, 1, 1, 1, &x, &y, algorithm, 0, nullptr));
      EXPECT_TRUE(std::isnan(y)) << "x=" << DescribeFloat(x) << " y=" << DescribeFloat(y);
    }
  }
}

}  // namespace
}  // namespace smax_test
