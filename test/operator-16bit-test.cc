// The operator on 16-bit types (include/smax.h: enum smax_datatype, smax_create_softmax_nc,
// smax_setup_softmax_nc and the typed f16 / bf16 functions) against the double reference of
// test/options-reference.h, computed from the float values of the 16-bit inputs:
//
//  - TypedRows: every supported type pair x algorithm x a subset of the options (none; scale with an
//    f16 mask and slopes; sinks, logsumexp and the masked-row flag; log-softmax with scale, f32 mask
//    and logsumexp; log-softmax with sinks; log-softmax alone) on rows of 1..5 elements, tails, 4095, 4096 (one float
//    tile), 4097 and 10000 (chunks of one tile), with strides. f32 outputs: the options' contract
//    (CheckOptionsRow); 16-bit outputs: every finite output one of the two values of the type around
//    the exact result (within 1 ULP), the fraction that is the correctly rounded one counted and
//    printed, and checked against kCorrectlyRoundedFloor. In place (same-size types) gives the same bits.
//    three_pass_reload with a 16-bit output must be refused (unsupported_parameter).
//  - SpecialValues: NaN, +inf, -inf entries, all -inf rows with and without the masked-row flag, in
//    16-bit inputs, for every pair and algorithm; exactly as in f32.
//  - Subnormals: f16 outputs in the f16 subnormal range are RNE of the exact value (not flushed).
//  - LongRows: rows of more than 65536 elements (chunks split across threads) give the same bits on
//    1, 2, 3 and 4 threads, and meet the bound.
//  - TypedApi: the typed conveniences match the generic calls bit for bit; a typed setup or reshape on an
//    operator of other types is refused and changes nothing.
// SMAX_TEST_QUICK (sanitizers, qemu): rows of a tile and longer for auto only, long rows for one 16-bit and
// one widening pair on auto and two_pass, 1, 2 and 4 threads; every case kind still runs.
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <limits>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <pthreadpool.h>

#include "operator-tester.h"
#include "options-reference.h"
#include "reference.h"
#include "reference16.h"
#include "smax.h"

namespace smax_test {
namespace {

const float kInf = std::numeric_limits<float>::infinity();
const float kNaN = std::numeric_limits<float>::quiet_NaN();

// The fraction of finite 16-bit outputs that must be the correctly rounded value of the exact result.
// The float result's error (at most ~2e-6 relative) moves it across a rounding boundary of the output
// type only where the exact result lies within that error of a boundary: about 2e-6 / 2^-11 = 0.4% of
// f16 outputs and 2e-6 / 2^-8 = 0.05% of bf16 ones at worst, far less with the errors actually seen.
constexpr double kCorrectlyRoundedFloor = 0.99;

struct TypePair {
  smax_datatype input;
  smax_datatype output;
};

const TypePair kPairs[] = {{smax_datatype_f32, smax_datatype_f32},
                           {smax_datatype_f16, smax_datatype_f16},
                           {smax_datatype_bf16, smax_datatype_bf16},
                           {smax_datatype_f16, smax_datatype_f32},
                           {smax_datatype_bf16, smax_datatype_f32}};

size_t TypeBytes(smax_datatype type) {
  return type == smax_datatype_f32 ? 4 : 2;
}

// ---- problems --------------------------------------------------------------------------------------

struct OptionSet {
  const char* name;
  uint32_t flags;
  float scale;
  smax_mask_type mask_type;
};

const OptionSet kOptionSets[] = {
    {"none", 0, 1.0f, smax_mask_type_none},
    {"scale+f16mask+slopes", SMAX_OPTION_SLOPES, 0.125f, smax_mask_type_f16},
    {"sinks+lse+zero_masked", SMAX_OPTION_SINKS | SMAX_OPTION_LOGSUMEXP | SMAX_OPTION_ZERO_MASKED_ROWS, 1.0f,
     smax_mask_type_none},
    {"log+scale+f32mask+lse", SMAX_OPTION_LOG_SOFTMAX | SMAX_OPTION_LOGSUMEXP, 0.5f, smax_mask_type_f32},
    {"log+sinks", SMAX_OPTION_LOG_SOFTMAX | SMAX_OPTION_SINKS, 1.0f, smax_mask_type_none},
    // Log-softmax alone: auto's fused loop over short rows, reading 16-bit rows directly.
    {"log", SMAX_OPTION_LOG_SOFTMAX, 1.0f, smax_mask_type_none},
};

constexpr size_t kGroupRows = 2;

// One problem: `batch` rows of `n` values, stored as the input type with a stride, and its tensors.
struct Problem {
  TypePair types;
  smax_algorithm algorithm = smax_algorithm_auto;
  OptionSet options = kOptionSets[0];
  size_t n = 1, batch = 1, x_stride = 1, y_stride = 1;
  std::vector<uint8_t> x;  // bytes of the input type
  std::vector<float> mask_f32;
  std::vector<uint16_t> mask_f16;
  std::vector<float> slopes, sinks;

  std::string Describe() const {
    std::ostringstream out;
    out << TypeName(types.input) << "->" << TypeName(types.output) << " " << AlgorithmName(algorithm) << " "
        << options.name << " " << batch << "x" << n << " strides " << x_stride << "/" << y_stride;
    return out.str();
  }
  bool has_mask() const { return options.mask_type != smax_mask_type_none; }
  size_t groups() const { return (batch + kGroupRows - 1) / kGroupRows; }

  // Element i of row r of the input, as a float (the value the contract counts from).
  float Input(size_t r, size_t i) const {
    const size_t e = r * x_stride + i;
    if (types.input == smax_datatype_f32) {
      float v;
      std::memcpy(&v, &x[e * 4], 4);
      return v;
    }
    uint16_t bits;
    std::memcpy(&bits, &x[e * 2], 2);
    return FlushDenormal(Bits16ToFloat(types.input, bits));  // bf16 subnormals read as 0, as f32 ones
  }
  void SetInput(size_t r, size_t i, float value) {
    const size_t e = r * x_stride + i;
    if (types.input == smax_datatype_f32) {
      std::memcpy(&x[e * 4], &value, 4);
    } else {
      const uint16_t bits = FloatTo16(types.input, value);
      std::memcpy(&x[e * 2], &bits, 2);
    }
  }
  float MaskValue(size_t r, size_t i) const {
    return options.mask_type == smax_mask_type_f16 ? HalfToFloat(mask_f16[r * n + i]) : mask_f32[r * n + i];
  }
  void SetMask(size_t r, size_t i, float value) {
    if (options.mask_type == smax_mask_type_f16) {
      mask_f16[r * n + i] = FloatToHalf(value);
    } else {
      mask_f32[r * n + i] = value;
    }
  }
  float Sink(size_t r) const {
    return (options.flags & SMAX_OPTION_SINKS) ? sinks[r / kGroupRows] : -kInf;
  }
  // z of row r as the contract defines it.
  std::vector<float> Z(size_t r) const {
    std::vector<float> z(n);
    const bool slopes_on = (options.flags & SMAX_OPTION_SLOPES) != 0;
    for (size_t i = 0; i < n; i++) {
      z[i] = ZValue(options.scale, Input(r, i), has_mask(), has_mask() ? MaskValue(r, i) : 0.0f, slopes_on,
                    slopes_on ? slopes[r / kGroupRows] : 1.0f);
    }
    return z;
  }
};

Problem MakeProblem(TypePair types, smax_algorithm algorithm, const OptionSet& options, size_t batch, size_t n,
                    size_t stride_extra, uint32_t seed) {
  Problem p;
  p.types = types;
  p.algorithm = algorithm;
  p.options = options;
  p.n = n;
  p.batch = batch;
  p.x_stride = n + stride_extra;
  p.y_stride = n + 2 * stride_extra;
  p.x.assign((batch * p.x_stride) * TypeBytes(types.input), 0xFF);  // NaN patterns in the gaps
  std::mt19937 rng(seed);
  // Mostly within 20 of each other, as attention logits and scaled scores are; a few far below.
  std::normal_distribution<float> logits(0.0f, 4.0f);
  std::uniform_real_distribution<float> unit(0.0f, 1.0f);
  for (size_t r = 0; r < batch; r++) {
    for (size_t i = 0; i < n; i++) {
      float value = unit(rng) < 0.02f ? -60.0f + logits(rng) : logits(rng);
      // No f16 subnormal inputs among the random ones: qemu's vcvtph2ps flushes them while denormals are
      // off (real CPUs convert them exactly); the f16 cases of SpecialValues and the kernels' suites
      // cover them natively.
      value = std::abs(value) < 1.0e-3f ? 0.0f : value;
      p.SetInput(r, i, value);
    }
  }
  if (p.has_mask()) {
    p.mask_f32.assign(batch * n, 0.0f);
    p.mask_f16.assign(batch * n, 0);
    for (size_t r = 0; r < batch; r++) {
      for (size_t i = 0; i < n; i++) {
        const float u = unit(rng);
        const float m = u < 0.3f ? -2.0f * unit(rng) : 0.0f;
        p.SetMask(r, i, u < 0.1f ? -kInf : m > -1.0e-3f ? 0.0f : m);  // no f16 subnormals either (above)
      }
    }
  }
  p.slopes.resize(p.groups());
  p.sinks.resize(p.groups());
  for (size_t g = 0; g < p.groups(); g++) {
    p.slopes[g] = 0.25f + unit(rng);
    p.sinks[g] = logits(rng);
  }
  return p;
}

// What a run gives: the output bytes (of the output type, with the stride) and the logsumexps.
struct RunResult {
  smax_status status = smax_status_success;
  std::vector<uint8_t> y;
  std::vector<float> lse;
};

RunResult RunProblem(const Problem& p, pthreadpool_t pool, bool in_place) {
  RunResult result;
  smax_softmax_options options = {p.options.flags, p.options.scale, p.options.mask_type, kGroupRows};
  smax_operator_t op = nullptr;
  // Waiting workers yield: CI's 2 cores are shared with other suites.
  result.status = smax_create_softmax_nc(p.types.input, p.types.output, p.algorithm,
                                         pool != nullptr ? SMAX_FLAG_YIELD_WORKERS : 0, &options, &op);
  if (result.status != smax_status_success) return result;
  const size_t y_stride = in_place ? p.x_stride : p.y_stride;
  EXPECT_EQ(smax_status_success, smax_reshape_softmax_nc(op, p.n, p.x_stride, y_stride, p.batch, pool));
  result.lse.assign(p.batch, kNaN);
  smax_softmax_tensors tensors = {};
  if (p.has_mask()) {
    tensors.mask = p.options.mask_type == smax_mask_type_f16 ? static_cast<const void*>(p.mask_f16.data())
                                                             : static_cast<const void*>(p.mask_f32.data());
    tensors.mask_stride = p.n;
  }
  if (p.options.flags & SMAX_OPTION_SLOPES) tensors.slopes = p.slopes.data();
  if (p.options.flags & SMAX_OPTION_SINKS) tensors.sinks = p.sinks.data();
  if (p.options.flags & SMAX_OPTION_LOGSUMEXP) tensors.logsumexp = result.lse.data();
  std::vector<uint8_t> x = p.x;
  if (in_place) {
    result.y = x;
    EXPECT_EQ(smax_status_success, smax_setup_softmax_nc(op, result.y.data(), result.y.data(), &tensors));
  } else {
    result.y.assign(p.batch * y_stride * TypeBytes(p.types.output), 0xA5);
    EXPECT_EQ(smax_status_success, smax_setup_softmax_nc(op, x.data(), result.y.data(), &tensors));
  }
  EXPECT_EQ(smax_status_success, smax_run_operator(op, pool));
  EXPECT_EQ(x, p.x) << "the input was changed";
  smax_delete_operator(op);
  return result;
}

Stats16 stats16[3];  // by output type
OptionsErrors widened_errors[3];  // f32 outputs, by input type

class Summary : public InitializeEnvironment {
 public:
  void TearDown() override {
    std::printf("\nsmax 16-bit outputs (ISA %s): fraction correctly rounded (RNE of the exact result); every "
                "output within its contract (checked)\n",
                smax_get_isa_name() != nullptr ? smax_get_isa_name() : "?");
    for (smax_datatype type : {smax_datatype_f16, smax_datatype_bf16}) {
      const Stats16& s = stats16[type];
      std::printf("  %-5s %10zu finite outputs, %10zu correctly rounded (%.6f; floor %.2f)\n", TypeName(type),
                  s.outputs, s.correctly_rounded, s.outputs != 0 ? double(s.correctly_rounded) / s.outputs : 1.0,
                  kCorrectlyRoundedFloor);
    }
    std::printf("f32 outputs, worst against the double reference of the widened inputs (bounds: softmax %.0e and "
                "%.0e relative, log-softmax and logsumexp err/bound <= 1):\n",
                kLargeOutputRelativeError, kSmallOutputRelativeError);
    for (smax_datatype type : {smax_datatype_f32, smax_datatype_f16, smax_datatype_bf16}) {
      const OptionsErrors& w = widened_errors[type];
      std::printf("  %-4s -> f32 %8zu rows: softmax y>=1e-6 %.3e, y>=1e-30 %.3e; log err/bound %.3f; lse %.3f\n",
                  TypeName(type), w.rows, w.softmax_relative, w.softmax_small_relative, w.log_ratio, w.lse_ratio);
    }
    std::fflush(stdout);
  }
};

::testing::Environment* const summary = ::testing::AddGlobalTestEnvironment(new Summary);

// Checks every row of a run against the contract of its output type.
void CheckRun(const Problem& p, const RunResult& result, size_t y_stride) {
  const bool lse = (p.options.flags & SMAX_OPTION_LOGSUMEXP) != 0;
  for (size_t r = 0; r < p.batch; r++) {
    const std::vector<float> z = p.Z(r);
    if (p.types.output == smax_datatype_f32) {
      std::vector<float> y(p.n);
      std::memcpy(y.data(), &result.y[r * y_stride * 4], p.n * 4);
      const OptionsRowCheck check = CheckOptionsRow(z.data(), p.n, p.Sink(r), p.options.flags, y.data(),
                                                    lse ? &result.lse[r] : nullptr);
      ASSERT_TRUE(check.ok) << "row " << r << ": " << check.first_failure;
      if (check.kind == RowKind::kFinite) widened_errors[p.types.input].Merge(check.errors);
      continue;
    }
    std::vector<uint16_t> y(p.n);
    std::memcpy(y.data(), &result.y[r * y_stride * 2], p.n * 2);
    Stats16 stats;
    const std::string failure = CheckRow16(p.types.output, z, p.Sink(r), p.options.flags, y.data(), &stats);
    ASSERT_EQ("", failure) << "row " << r;
    stats16[p.types.output].outputs += stats.outputs;
    stats16[p.types.output].correctly_rounded += stats.correctly_rounded;
    if (lse) {
      const double expected = MakeReferenceRow(z.data(), p.n, p.Sink(r)).LogSumExp();
      if (std::isfinite(expected)) {
        ASSERT_LE(std::abs(result.lse[r] - expected), LogBound(expected)) << "logsumexp of row " << r;
      } else {
        ASSERT_TRUE(std::isnan(expected) ? std::isnan(result.lse[r]) : result.lse[r] == expected);
      }
    }
  }
}

bool ReloadWithNarrowOutput(const Problem& p) {
  return p.algorithm == smax_algorithm_three_pass_reload &&
         (p.types.output != smax_datatype_f32 || (p.options.flags & SMAX_OPTION_LOG_SOFTMAX) != 0);
}

// Runs a problem, checks it, and in place where the types have the same size: the same bits.
void RunAndCheck(const Problem& p, pthreadpool_t pool) {
  SCOPED_TRACE(p.Describe());
  const RunResult result = RunProblem(p, pool, false);
  if (ReloadWithNarrowOutput(p)) {
    ASSERT_EQ(smax_status_unsupported_parameter, result.status);
    return;
  }
  ASSERT_EQ(smax_status_success, result.status);
  ASSERT_NO_FATAL_FAILURE(CheckRun(p, result, p.y_stride));
  const size_t out_bytes = TypeBytes(p.types.output);
  for (size_t r = 0; r < p.batch; r++) {
    for (size_t b = p.n * out_bytes; b < p.y_stride * out_bytes; b++) {
      ASSERT_EQ(0xA5, result.y[r * p.y_stride * out_bytes + b]) << "written between rows, after row " << r;
    }
  }
  if (TypeBytes(p.types.input) == TypeBytes(p.types.output)) {
    const RunResult in_place = RunProblem(p, nullptr, true);
    const size_t bytes = TypeBytes(p.types.output);
    for (size_t r = 0; r < p.batch; r++) {
      ASSERT_EQ(0, std::memcmp(&result.y[r * p.y_stride * bytes], &in_place.y[r * p.x_stride * bytes], p.n * bytes))
          << "in place differs from out of place in row " << r;
    }
  }
}

class TypedRows : public ::testing::TestWithParam<TypePair> {};

TEST_P(TypedRows, all_algorithms_options_and_lengths) {
  const std::vector<size_t> lengths = QuickMode() ? std::vector<size_t>{1, 3, 5, 17, 4096, 4097}
                                                  : std::vector<size_t>{1, 2, 3, 4, 5, 17, 100, 1001, 4095, 4096,
                                                                        4097, 10000};
  uint32_t seed = 1;
  for (smax_algorithm algorithm : kAllAlgorithms) {
    for (const OptionSet& options : kOptionSets) {
      for (size_t n : lengths) {
        // Quick mode (sanitizers, qemu): the rows of a whole tile and of two chunks for auto only.
        if (QuickMode() && n >= 4096 && algorithm != smax_algorithm_auto) continue;
        const size_t batch = n > 4096 ? 2 : n > 100 ? 3 : 7;
        const Problem p = MakeProblem(GetParam(), algorithm, options, batch, n, n % 3, seed++);
        ASSERT_NO_FATAL_FAILURE(RunAndCheck(p, n == 4097 ? SharedThreadPool(2) : nullptr));
      }
    }
  }
  if (GetParam().output != smax_datatype_f32) {
    const Stats16& s = stats16[GetParam().output];
    ASSERT_GE(double(s.correctly_rounded), kCorrectlyRoundedFloor * double(s.outputs));
  }
}

std::string PairName(const ::testing::TestParamInfo<TypePair>& info) {
  return std::string(TypeName(info.param.input)) + "_" + TypeName(info.param.output);
}

INSTANTIATE_TEST_SUITE_P(Pairs, TypedRows, ::testing::ValuesIn(kPairs), PairName);

// ---- special values -----------------------------------------------------------------------------------

class SpecialValues : public ::testing::TestWithParam<TypePair> {};

TEST_P(SpecialValues, nan_inf_and_masked_rows) {
  // Row patterns: the special entry at the start, middle and end of rows of several lengths.
  const float specials[] = {kNaN, kInf, -kInf};
  const OptionSet plain = kOptionSets[0];
  const OptionSet zero_masked = {"zero_masked", SMAX_OPTION_ZERO_MASKED_ROWS, 1.0f, smax_mask_type_none};
  const OptionSet log_zero_masked = {"log+zero_masked", SMAX_OPTION_LOG_SOFTMAX | SMAX_OPTION_ZERO_MASKED_ROWS, 1.0f,
                                     smax_mask_type_none};
  const OptionSet log = {"log", SMAX_OPTION_LOG_SOFTMAX, 1.0f, smax_mask_type_none};
  for (smax_algorithm algorithm : kAllAlgorithms) {
    for (const OptionSet& options : {plain, zero_masked, log_zero_masked, log}) {
      // 4096: a tile of two reload pipeline blocks, whose last pass writes the 16-bit output.
      for (size_t n : {1u, 5u, 33u, 4096u, 4097u}) {
        if (QuickMode() && n >= 4096 && algorithm != smax_algorithm_auto) continue;
        for (float special : specials) {
          Problem p = MakeProblem(GetParam(), algorithm, options, 4, n, 0, 7);
          p.SetInput(0, 0, special);
          p.SetInput(1, n / 2, special);
          p.SetInput(2, n - 1, special);
          for (size_t i = 0; i < n; i++) p.SetInput(3, i, -kInf);  // all -inf: masked row
          ASSERT_NO_FATAL_FAILURE(RunAndCheck(p, nullptr));
        }
      }
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Pairs, SpecialValues, ::testing::ValuesIn(kPairs), PairName);

// ---- f16 subnormal outputs -------------------------------------------------------------------------

TEST(Subnormals, f16_outputs_below_2_pow_minus_14_are_rounded_not_flushed) {
  // Row [0, -d, -d, ...]: the small outputs exp(-d) / sum span f16's subnormals (2^-24 .. 2^-14).
  for (smax_algorithm algorithm : kAllAlgorithms) {
    if (algorithm == smax_algorithm_three_pass_reload) continue;
    Problem p = MakeProblem({smax_datatype_f16, smax_datatype_f16}, algorithm, kOptionSets[0], 1, 64, 0, 3);
    for (size_t i = 0; i < p.n; i++) p.SetInput(0, i, i == 0 ? 0.0f : -9.0f - 0.125f * static_cast<float>(i));
    const RunResult result = RunProblem(p, nullptr, false);
    ASSERT_EQ(smax_status_success, result.status);
    ASSERT_NO_FATAL_FAILURE(CheckRun(p, result, p.y_stride));
    size_t subnormal = 0;
    for (size_t i = 1; i < p.n; i++) {
      uint16_t bits;
      std::memcpy(&bits, &result.y[i * 2], 2);
      subnormal += bits != 0 && bits < 0x0400u;
    }
    EXPECT_GE(subnormal, 20u) << AlgorithmName(algorithm) << ": f16 subnormal outputs flushed";
  }
}

TEST(Subnormals, f16_subnormal_inputs_read_exactly) {
  // f16 subnormals are normal floats: widened exactly even with denormals off. Read as 0 instead, the
  // largest (5e-5) would move its output by 5e-5 relative, beyond the f32 bound checked here.
  for (smax_algorithm algorithm : kAllAlgorithms) {
    Problem p = MakeProblem({smax_datatype_f16, smax_datatype_f32}, algorithm, kOptionSets[0], 1, 80, 0, 4);
    for (size_t i = 0; i < p.n; i++) {
      const uint16_t bits = static_cast<uint16_t>(i * 12 + 1);  // 2^-24 .. 0x3B5 * 2^-24, all subnormal
      std::memcpy(&p.x[i * 2], &bits, 2);
    }
    const RunResult result = RunProblem(p, nullptr, false);
    ASSERT_EQ(smax_status_success, result.status);
    ASSERT_NO_FATAL_FAILURE(CheckRun(p, result, p.y_stride)) << AlgorithmName(algorithm);
  }
}

// ---- long rows across threads --------------------------------------------------------------------------

TEST(LongRows, same_bits_on_1_to_4_threads) {
  // One row: on 2, 3 and 4 threads its chunks are split across the threads, on one it runs whole.
  const size_t n = QuickMode() ? 65536 + 4099 : 2 * 65536 + 77;
  const OptionSet sets[] = {kOptionSets[0], kOptionSets[1], kOptionSets[3]};
  for (TypePair types : kPairs) {
    if (types.input == smax_datatype_f32) continue;
    // Quick mode (sanitizers, qemu): one 16-bit and one widening pair, auto and two_pass, no options.
    if (QuickMode() && types.input != types.output && types.input != smax_datatype_f16) continue;
    if (QuickMode() && types.input == types.output && types.input != smax_datatype_bf16) continue;
    for (smax_algorithm algorithm : {smax_algorithm_auto, smax_algorithm_two_pass, smax_algorithm_online,
                                     smax_algorithm_three_pass_recompute, smax_algorithm_three_pass_reload}) {
      if (QuickMode() && algorithm != smax_algorithm_auto && algorithm != smax_algorithm_two_pass) continue;
      for (const OptionSet& options : sets) {
        if (QuickMode() && &options != &sets[0]) continue;
        const Problem p = MakeProblem(types, algorithm, options, 1, n, 0, 11);
        SCOPED_TRACE(p.Describe());
        const RunResult one = RunProblem(p, nullptr, false);
        if (ReloadWithNarrowOutput(p)) {
          ASSERT_EQ(smax_status_unsupported_parameter, one.status);
          continue;
        }
        ASSERT_EQ(smax_status_success, one.status);
        ASSERT_NO_FATAL_FAILURE(CheckRun(p, one, p.y_stride));
        for (size_t threads = 2; threads <= 4; threads += QuickMode() ? 2 : 1) {
          const RunResult many = RunProblem(p, SharedThreadPool(threads), false);
          ASSERT_EQ(one.y, many.y) << threads << " threads differ from 1";
          ASSERT_EQ(0, std::memcmp(one.lse.data(), many.lse.data(), one.lse.size() * sizeof(float)));
        }
      }
    }
  }
}

// ---- the typed API ----------------------------------------------------------------------------------------

TEST(TypedApi, conveniences_match_the_generic_calls) {
  for (smax_datatype type : {smax_datatype_f16, smax_datatype_bf16}) {
    const Problem p = MakeProblem({type, type}, smax_algorithm_auto, kOptionSets[0], 5, 300, 0, 5);
    const RunResult generic = RunProblem(p, nullptr, false);
    ASSERT_EQ(smax_status_success, generic.status);
    smax_operator_t op = nullptr;
    ASSERT_EQ(smax_status_success, type == smax_datatype_f16 ? smax_create_softmax_nc_f16(smax_algorithm_auto, 0, &op)
                                                             : smax_create_softmax_nc_bf16(smax_algorithm_auto, 0, &op));
    ASSERT_EQ(smax_status_success, smax_reshape_softmax_nc(op, p.n, p.x_stride, p.y_stride, p.batch, nullptr));
    std::vector<uint16_t> x(p.x.size() / 2), y(generic.y.size() / 2, 0);
    std::memcpy(x.data(), p.x.data(), p.x.size());
    // The other type's setup, f32's setup and reshape: refused, nothing changed (the run below still works).
    const auto other = type == smax_datatype_f16 ? smax_setup_softmax_nc_bf16 : smax_setup_softmax_nc_f16;
    EXPECT_EQ(smax_status_invalid_parameter, other(op, x.data(), y.data()));
    EXPECT_EQ(smax_status_invalid_state, smax_run_operator(op, nullptr));
    std::vector<float> xf(10), yf(10);
    EXPECT_EQ(smax_status_invalid_parameter, smax_setup_softmax_nc_f32(op, xf.data(), yf.data()));
    EXPECT_EQ(smax_status_invalid_parameter, smax_reshape_softmax_nc_f32(op, 10, 10, 10, 1, nullptr));
    const auto setup = type == smax_datatype_f16 ? smax_setup_softmax_nc_f16 : smax_setup_softmax_nc_bf16;
    ASSERT_EQ(smax_status_success, setup(op, x.data(), y.data()));
    ASSERT_EQ(smax_status_success, smax_run_operator(op, nullptr));
    EXPECT_EQ(0, std::memcmp(y.data(), generic.y.data(), generic.y.size()));
    smax_delete_operator(op);
  }
}

TEST(TypedApi, unsupported_pairs_and_reload) {
  smax_operator_t op = nullptr;
  const smax_datatype types[] = {smax_datatype_f32, smax_datatype_f16, smax_datatype_bf16};
  for (smax_datatype in : types) {
    for (smax_datatype out : types) {
      const bool supported = in == out || out == smax_datatype_f32;
      EXPECT_EQ(supported ? smax_status_success : smax_status_unsupported_parameter,
                smax_create_softmax_nc(in, out, smax_algorithm_auto, 0, nullptr, &op))
          << TypeName(in) << "->" << TypeName(out);
      smax_delete_operator(op);
      op = nullptr;
      const bool reload_ok = supported && out == smax_datatype_f32;
      EXPECT_EQ(reload_ok ? smax_status_success : smax_status_unsupported_parameter,
                smax_create_softmax_nc(in, out, smax_algorithm_three_pass_reload, 0, nullptr, &op));
      smax_delete_operator(op);
      op = nullptr;
    }
  }
  EXPECT_EQ(smax_status_invalid_parameter,
            smax_create_softmax_nc(static_cast<smax_datatype>(3), smax_datatype_f32, smax_algorithm_auto, 0, nullptr, &op));
  EXPECT_EQ(nullptr, op);
}

}  // namespace
}  // namespace smax_test
