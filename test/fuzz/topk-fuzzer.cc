// libFuzzer target for the top-k operator and the sampler built on it: drives their public API from the
// fuzz input (k and top_k from 0 past the row's length, scales and temperatures including invalid ones,
// flags with unknown bits, top-p and min-p in and out of range, caller uniforms or the seeded generator,
// strides, batch sizes, rows of up to a few thousand elements or long ones that split across threads) and
// traps on any broken rule:
//  - every status is the documented one, and a rejected call writes nothing;
//  - top-k: indices, values and the max equal the reference (test/topk-reference.h: std::partial_sort
//    over z = fl(scale * x) with the documented order), probabilities, log-probabilities and the
//    logsumexp are within the contract, and nothing outside the outputs' rows is written;
//  - sampler: the token is in [0, channels) and among the row's top_k (its first one at temperature 0
//    and in rows whose logsumexp is not finite, with a NaN probability), it passes min-p, its
//    probability is its full-row softmax probability within the contract;
//  - both: the same bits on a pool of another thread count, and the input is never modified.
//
// Row values: the first ones from the input (Input::Value: special values, any bit pattern, logits),
// the rest from a generator the input seeds (logits, a few values with many ties, ascending or
// descending runs), so that long rows stay varied where the input ends.
//
// Build: CMake with CC=clang CXX=clang++ -DSMAX_BUILD_FUZZERS=ON; run: topk-fuzzer test/fuzz/topk-corpus.
#include <pthreadpool.h>

#include <cfloat>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <vector>

#include "fuzz/fuzz-input.h"
#include "reference.h"
#include "smax.h"
#include "topk-reference.h"

namespace {

using smax_fuzz::Check;
using smax_fuzz::Input;

constexpr float kSentinel = 12345.0f;
constexpr int64_t kSentinelIndex = -7;

// The pools runs use: none, or 1 to 3 threads (created once; a pool's plan is made at reshape).
pthreadpool_t Pool(uint8_t choice) {
  static const pthreadpool_t pools[3] = {pthreadpool_create(1), pthreadpool_create(2), pthreadpool_create(3)};
  return choice % 4 == 0 ? nullptr : pools[choice % 4 - 1];
}

// A row's shape and values as the input draws them.
struct Rows {
  size_t channels = 0;  // 0: invalid
  size_t stride = 0;    // may be invalid (below channels)
  size_t batch = 0;
  std::vector<float> x;  // batch rows at the stride (at least one element)
};

// Values past the input's end: a generator seeded by the input, in one of four patterns.
float Generated(uint32_t* state, uint32_t pattern, size_t i) {
  *state = *state * 1664525u + 1013904223u;
  const float uniform = static_cast<float>(*state >> 8) * 0x1p-24f;
  switch (pattern % 4) {
    case 0:
      return uniform * 16.0f - 8.0f;  // logits
    case 1:
      return static_cast<float>(*state >> 30);  // four values: many ties at the k-th
    case 2:
      return static_cast<float>(i) * 1.0e-3f;  // ascending: every element raises the threshold
    default:
      return -static_cast<float>(i) * 1.0e-3f;  // descending
  }
}

Rows DrawRows(Input& input) {
  Rows rows;
  const uint8_t length = input.Byte();
  if (length < 200) {
    rows.channels = 1 + (static_cast<size_t>(length) << 8 | input.Byte()) % 3000;
  } else if (length < 248) {
    rows.channels = 65537 + input.Word() % 70000;  // split across threads (src/topk/plan.c)
  }
  const uint8_t layout = input.Byte();
  rows.batch = layout % 4;
  rows.stride = rows.channels + (layout >> 2) % 3;
  if (layout >= 0xF0 && rows.channels > 1) {
    rows.stride = rows.channels - 1;  // invalid
  }
  const uint32_t seed = input.Word();
  uint32_t state = seed;
  const size_t rows_to_fill = rows.batch != 0 ? rows.batch : 1;
  rows.x.assign(rows_to_fill * (rows.stride > rows.channels ? rows.stride : rows.channels) + 1, -1.0f);
  const size_t from_input = 64;  // each row's first elements come from the input, the rest are generated
  for (size_t r = 0; r < rows_to_fill; r++) {
    for (size_t c = 0; c < rows.channels; c++) {
      rows.x[r * rows.stride + c] = c < from_input ? input.Value() : Generated(&state, seed, c);
    }
  }
  return rows;
}

// k or top_k: 0 (invalid), small, the whole row, one past it (invalid), or up to 64.
size_t DrawK(Input& input, size_t channels) {
  const uint8_t choice = input.Byte();
  if (choice == 0) return 0;
  if (choice < 5) return choice;
  if (choice < 10) return channels;
  if (choice == 10) return channels + 1;
  if (choice == 11) return 1000;
  const size_t limit = channels != 0 && channels < 64 ? channels : 64;
  return 1 + choice % limit;
}

bool SameBits(float a, float b) {
  return std::memcmp(&a, &b, sizeof(a)) == 0;
}

// Checks an output against its reference, and describes the row where it fails.
void CheckOutput(bool ok, const char* what, double got, double want, size_t row, size_t rank,
                 const smax_test::TopkRowReference& ref) {
  if (!ok) {
    std::fprintf(stderr, "row %zu rank %zu: got %a, want %a; row of %zu, max %a, logsumexp %a, z of rank 0: %a\n", row,
                 rank, got, want, ref.z.size(), ref.max, ref.logsumexp, ref.z[ref.order[0]]);
  }
  Check(ok, what);
}

// ---- Top-k --------------------------------------------------------------------------------------------

struct TopkOutputs {
  std::vector<int64_t> indices;
  std::vector<float> values, probabilities, log_probabilities, max, logsumexp;

  // Each output with one sentinel entry past its rows, which must stay.
  TopkOutputs(size_t batch, size_t k, uint32_t flags)
      : indices(batch * k + 1, kSentinelIndex),
        values(batch * k + 1, kSentinel),
        probabilities(flags & SMAX_TOPK_PROBABILITIES ? batch * k + 1 : 0, kSentinel),
        log_probabilities(flags & SMAX_TOPK_LOG_PROBABILITIES ? batch * k + 1 : 0, kSentinel),
        max(batch + 1, kSentinel),
        logsumexp(batch + 1, kSentinel) {}

  smax_topk_outputs Pointers(bool statistics) {
    return {indices.data(),
            values.data(),
            probabilities.empty() ? nullptr : probabilities.data(),
            log_probabilities.empty() ? nullptr : log_probabilities.data(),
            statistics ? max.data() : nullptr,
            statistics ? logsumexp.data() : nullptr};
  }

  bool SameBitsAs(const TopkOutputs& other) const {
    auto same = [](const std::vector<float>& a, const std::vector<float>& b) {
      return a.size() == b.size() && (a.empty() || std::memcmp(a.data(), b.data(), a.size() * sizeof(float)) == 0);
    };
    return indices == other.indices && same(values, other.values) && same(probabilities, other.probabilities) &&
           same(log_probabilities, other.log_probabilities) && same(max, other.max) && same(logsumexp, other.logsumexp);
  }
};

void CheckTopkRow(const TopkOutputs& out, const float* x, size_t channels, size_t k, float scale, size_t row,
                  bool statistics) {
  const smax_test::TopkRowReference ref = smax_test::MakeTopkRowReference(x, channels, k, scale);
  for (size_t j = 0; j < k; j++) {
    Check(out.indices[row * k + j] == static_cast<int64_t>(ref.order[j]), "top-k index");
    Check(SameBits(out.values[row * k + j], ref.z[ref.order[j]]), "top-k value");
    if (!out.probabilities.empty()) {
      const float got = out.probabilities[row * k + j];
      const double want = ref.finite ? ref.Probability(j) : NAN;
      CheckOutput(ref.finite ? std::fabs(got - want) <= smax_test::OutputBound(want) : std::isnan(got),
                  "top-k probability", got, want, row, j, ref);
    }
    if (!out.log_probabilities.empty()) {
      const float got = out.log_probabilities[row * k + j];
      const double want = ref.finite ? ref.LogProbability(j) : NAN;
      CheckOutput(ref.finite ? smax_test::TopkLogWithin(got, want) : std::isnan(got), "top-k log-probability", got, want, row, j, ref);
    }
  }
  if (statistics) {
    Check(SameBits(out.max[row], ref.z[ref.order[0]]), "top-k max");
    CheckOutput(std::isnan(ref.logsumexp) ? std::isnan(out.logsumexp[row]) : smax_test::TopkLogWithin(out.logsumexp[row], ref.logsumexp),
                "top-k logsumexp", out.logsumexp[row], ref.logsumexp, row, 0, ref);
  }
}

// Creates and reshapes a top-k operator for runs on `pool`; returns it, or NULL where a call was rejected
// (its status checked).
smax_operator_t CreateTopk(const Rows& rows, size_t k, float scale, uint32_t flags, pthreadpool_t pool) {
  const bool flags_ok = (flags & ~uint32_t{SMAX_TOPK_PROBABILITIES | SMAX_TOPK_LOG_PROBABILITIES}) == 0;
  const bool scale_ok = scale >= FLT_MIN && scale <= FLT_MAX;
  smax_operator_t op = nullptr;
  const smax_status created = smax_create_topk_nc_f32(k, scale, flags, &op);
  if (k == 0 || !flags_ok || !scale_ok) {
    Check(created == smax_status_invalid_parameter && op == nullptr, "top-k create status (expected a failure)");
    return nullptr;
  }
  Check(created == smax_status_success, "top-k create status");
  Check(smax_run_operator(op, nullptr) == smax_status_invalid_state, "top-k run before setup");
  const bool shape_ok = rows.channels != 0 && k <= rows.channels && rows.stride >= rows.channels;
  const smax_status reshaped = smax_reshape_topk_nc_f32(op, rows.channels, rows.stride, rows.batch, pool);
  Check(reshaped == (shape_ok ? smax_status_success : smax_status_invalid_parameter), "top-k reshape status");
  if (!shape_ok) {
    Check(smax_run_operator(op, nullptr) == smax_status_invalid_state, "top-k run after a rejected reshape");
    Check(smax_delete_operator(op) == smax_status_success, "delete status");
    return nullptr;
  }
  return op;
}

void FuzzTopk(Input& input) {
  static const float kScales[8] = {1.0f, 0.5f, 1.0f / 0.7f, 1.0e30f, 1.0e-3f, 0.0f, -1.0f, NAN};
  const float scale = kScales[input.Byte() % 8];
  const uint8_t flag_byte = input.Byte();
  const uint32_t flags = (flag_byte & 3) | (flag_byte >= 0xF8 ? 4u : 0u);
  const bool statistics = (flag_byte & 4) != 0;
  const bool mismatched_output = flag_byte >= 0xF0 && flag_byte < 0xF8;  // a probabilities pointer without its flag
  const Rows rows = DrawRows(input);
  const size_t k = DrawK(input, rows.channels);
  const uint8_t run_pool = input.Byte();
  smax_operator_t op = CreateTopk(rows, k, scale, flags, Pool(run_pool));
  if (op == nullptr) {
    return;
  }
  const std::vector<float> original = rows.x;
  TopkOutputs out(rows.batch, k, flags);
  smax_topk_outputs pointers = out.Pointers(statistics);
  std::vector<float> stray(rows.batch * k + 1);
  if (mismatched_output && pointers.probabilities == nullptr) {
    pointers.probabilities = stray.data();
    Check(smax_setup_topk_nc_f32(op, rows.x.data(), &pointers) == smax_status_invalid_parameter,
          "top-k setup status with a probabilities output but no flag");
    Check(smax_run_operator(op, nullptr) == smax_status_invalid_state, "top-k run after a rejected setup");
    Check(smax_delete_operator(op) == smax_status_success, "delete status");
    return;
  }
  Check(smax_setup_topk_nc_f32(op, rows.x.data(), &pointers) == smax_status_success, "top-k setup status");
  Check(smax_run_operator(op, Pool(run_pool)) == smax_status_success, "top-k run status");
  Check(std::memcmp(rows.x.data(), original.data(), original.size() * sizeof(float)) == 0, "top-k input modified");
  for (size_t r = 0; r < rows.batch; r++) {
    CheckTopkRow(out, original.data() + r * rows.stride, rows.channels, k, scale, r, statistics);
  }
  Check(out.indices.back() == kSentinelIndex && out.values.back() == kSentinel && out.max.back() == kSentinel &&
            out.logsumexp.back() == kSentinel && (out.probabilities.empty() || out.probabilities.back() == kSentinel) &&
            (out.log_probabilities.empty() || out.log_probabilities.back() == kSentinel),
        "top-k wrote past its outputs");
  if (!statistics) {
    Check(out.max[0] == kSentinel && out.logsumexp[0] == kSentinel, "top-k wrote an output it was not given");
  }
  // The same bits on another thread count (the plan, made at reshape, splits long rows by it).
  TopkOutputs again(rows.batch, k, flags);
  const smax_topk_outputs again_pointers = again.Pointers(statistics);
  const uint8_t other_pool = static_cast<uint8_t>(run_pool + 1 + input.Byte() % 3);
  Check(smax_reshape_topk_nc_f32(op, rows.channels, rows.stride, rows.batch, Pool(other_pool)) == smax_status_success,
        "top-k reshape status (again)");
  Check(smax_setup_topk_nc_f32(op, rows.x.data(), &again_pointers) == smax_status_success, "top-k setup (again)");
  Check(smax_run_operator(op, Pool(other_pool)) == smax_status_success, "top-k run status (again)");
  Check(again.SameBitsAs(out), "top-k bits differ between thread counts");
  Check(smax_delete_operator(op) == smax_status_success, "delete status");
}

// ---- Sampler ------------------------------------------------------------------------------------------

bool SamplerParamsValid(const smax_sampler_params& p) {
  const bool temperature_ok = p.temperature == 0.0f || (p.temperature > 0.0f && std::isnormal(1.0f / p.temperature));
  return temperature_ok && p.top_k != 0 && p.top_p > 0.0f && p.top_p <= 1.0f && p.min_p >= 0.0f && p.min_p < 1.0f;
}

struct Draws {
  std::vector<int64_t> tokens;
  std::vector<float> probabilities;
  explicit Draws(size_t batch) : tokens(batch + 1, kSentinelIndex), probabilities(batch + 1, kSentinel) {}
};

void CheckDraw(const Draws& draws, const float* x, size_t channels, const smax_sampler_params& p, size_t row) {
  const int64_t token = draws.tokens[row];
  Check(token >= 0 && static_cast<size_t>(token) < channels, "sampler token out of range");
  const bool greedy = p.temperature == 0.0f;
  const float scale = greedy ? 1.0f : 1.0f / p.temperature;
  const size_t k = greedy ? 1 : p.top_k;
  const smax_test::TopkRowReference ref = smax_test::MakeTopkRowReference(x, channels, k, scale);
  const float probability = draws.probabilities[row];
  if (!ref.finite) {
    Check(static_cast<size_t>(token) == ref.order[0] && std::isnan(probability), "sampler special row");
    return;
  }
  size_t j = 0;
  while (j < k && ref.order[j] != static_cast<size_t>(token)) j++;
  Check(j < k, "sampler token outside the top_k");
  const double z_token = ref.z[ref.order[j]], z_top = ref.z[ref.order[0]];
  Check(p.min_p == 0.0f || z_token - z_top >= std::log(static_cast<double>(p.min_p)) - 1e-12, "sampler min-p");
  const double want = ref.Probability(j);  // exp(z - M) / S: exp(z - L) loses log(S) where |M| is huge
  CheckOutput(std::fabs(probability - want) <= smax_test::OutputBound(want), "sampler probability", probability, want,
              row, j, ref);
}

void FuzzSampler(Input& input) {
  static const float kTemperatures[8] = {0.0f, 1.0f, 0.7f, 1.5f, 1.0e-3f, -1.0f, NAN, INFINITY};
  static const float kTopP[8] = {1.0f, 0.95f, 0.5f, 1.0e-6f, 0.9999999f, 0.0f, 1.5f, NAN};
  static const float kMinP[8] = {0.0f, 0.05f, 0.5f, 0.999f, 1.0e-30f, 1.0f, -0.1f, NAN};
  static const float kUniforms[8] = {0.0f, 0.5f, 0.25f, 0.99999994f, 0.123456f, 1.0f, -0.1f, NAN};
  const Rows rows = DrawRows(input);
  smax_sampler_params params;
  params.temperature = kTemperatures[input.Byte() % 8];
  params.top_k = DrawK(input, rows.channels);
  params.top_p = kTopP[input.Byte() % 8];
  params.min_p = kMinP[input.Byte() % 8];
  params.seed = static_cast<uint64_t>(input.Word()) << 32 | input.Word();
  const uint32_t flags = input.Byte() == 0xFF ? 1u : 0u;
  smax_operator_t op = nullptr;
  const smax_status created = smax_create_sampler_nc_f32(&params, flags, &op);
  if (flags != 0 || !SamplerParamsValid(params)) {
    Check(created == smax_status_invalid_parameter && op == nullptr, "sampler create status (expected a failure)");
    return;
  }
  Check(created == smax_status_success, "sampler create status");
  const bool shape_ok = rows.channels != 0 && params.top_k <= rows.channels && rows.stride >= rows.channels;
  const uint8_t run_pool = input.Byte();
  Check(smax_reshape_sampler_nc_f32(op, rows.channels, rows.stride, rows.batch, Pool(run_pool)) ==
            (shape_ok ? smax_status_success : smax_status_invalid_parameter),
        "sampler reshape status");
  if (!shape_ok) {
    Check(smax_delete_operator(op) == smax_status_success, "delete status");
    return;
  }
  // Caller uniforms (one per row, possibly out of range) or the generator's.
  const uint8_t uniform_choice = input.Byte();
  std::vector<float> uniforms(rows.batch + 1);
  bool uniforms_ok = true;
  for (size_t r = 0; r < rows.batch; r++) {
    uniforms[r] = kUniforms[input.Byte() % (uniform_choice >= 0xF0 ? 8 : 5)];
    uniforms_ok = uniforms_ok && uniforms[r] >= 0.0f && uniforms[r] < 1.0f;
  }
  const float* given = uniform_choice & 1 ? uniforms.data() : nullptr;
  const uint64_t counter = input.Word();
  const std::vector<float> original = rows.x;
  Draws draws(rows.batch);
  Check(smax_setup_sampler_nc_f32(op, rows.x.data(), given, counter, draws.tokens.data(), draws.probabilities.data()) ==
            smax_status_success,
        "sampler setup status");
  const smax_status ran = smax_run_operator(op, Pool(run_pool));
  Check(std::memcmp(rows.x.data(), original.data(), original.size() * sizeof(float)) == 0, "sampler input modified");
  if (given != nullptr && !uniforms_ok) {
    Check(ran == smax_status_invalid_parameter, "sampler run status with a uniform outside [0, 1)");
    for (size_t r = 0; r <= rows.batch; r++) {
      Check(draws.tokens[r] == kSentinelIndex && draws.probabilities[r] == kSentinel,
            "sampler wrote with a rejected uniform");
    }
    Check(smax_delete_operator(op) == smax_status_success, "delete status");
    return;
  }
  Check(ran == smax_status_success, "sampler run status");
  for (size_t r = 0; r < rows.batch; r++) {
    CheckDraw(draws, original.data() + r * rows.stride, rows.channels, params, r);
  }
  Check(draws.tokens.back() == kSentinelIndex && draws.probabilities.back() == kSentinel,
        "sampler wrote past its outputs");
  // The same tokens and probabilities on another thread count.
  Draws again(rows.batch);
  const uint8_t other_pool = static_cast<uint8_t>(run_pool + 1 + input.Byte() % 3);
  Check(
      smax_reshape_sampler_nc_f32(op, rows.channels, rows.stride, rows.batch, Pool(other_pool)) == smax_status_success,
      "sampler reshape status (again)");
  Check(smax_setup_sampler_nc_f32(op, rows.x.data(), given, counter, again.tokens.data(), again.probabilities.data()) ==
            smax_status_success,
        "sampler setup status (again)");
  Check(smax_run_operator(op, Pool(other_pool)) == smax_status_success, "sampler run status (again)");
  Check(again.tokens == draws.tokens && std::memcmp(again.probabilities.data(), draws.probabilities.data(),
                                                    draws.probabilities.size() * sizeof(float)) == 0,
        "sampler draws differ between thread counts");
  Check(smax_delete_operator(op) == smax_status_success, "delete status");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const bool initialized = smax_initialize() == smax_status_success;
  Check(initialized, "smax_initialize");
  Input input(data, size);
  if (input.Byte() & 1) {
    FuzzSampler(input);
  } else {
    FuzzTopk(input);
  }
  return 0;
}
