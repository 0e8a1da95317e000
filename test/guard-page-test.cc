// Every kernel variant, every length up to a few tiles, with its input, output and mask (the families
// that take one) placed flush against PROT_NONE pages (the buffer's last element just before an
// inaccessible page, and in a second run its first element just after one): any read or write outside
// the caller's buffers faults.
#include <sys/mman.h>
#include <unistd.h>

#include <cfloat>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include <cpuinfo.h>
#include <gtest/gtest.h>

#include "smax/isa.h"
#include "smax/microkernels.h"

namespace {

// A span of pages with an inaccessible page on each side.
class GuardedRegion {
 public:
  explicit GuardedRegion(size_t bytes) {
    page_ = static_cast<size_t>(sysconf(_SC_PAGESIZE));
    usable_ = (bytes + page_ - 1) / page_ * page_;
    base_ = static_cast<char*>(mmap(nullptr, usable_ + 2 * page_, PROT_READ | PROT_WRITE,
                                    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
    EXPECT_NE(base_, MAP_FAILED);
    EXPECT_EQ(mprotect(base_, page_, PROT_NONE), 0);
    EXPECT_EQ(mprotect(base_ + page_ + usable_, page_, PROT_NONE), 0);
  }
  ~GuardedRegion() { munmap(base_, usable_ + 2 * page_); }
  GuardedRegion(const GuardedRegion&) = delete;
  GuardedRegion& operator=(const GuardedRegion&) = delete;

  // n elements (floats, or binary16 patterns) ending exactly at the upper guard page.
  template <typename T = float>
  T* AtEnd(size_t n) const { return reinterpret_cast<T*>(base_ + page_ + usable_) - n; }
  // n elements starting exactly at the lower guard page.
  template <typename T = float>
  T* AtStart() const { return reinterpret_cast<T*>(base_ + page_); }

 private:
  size_t page_ = 0;
  size_t usable_ = 0;
  char* base_ = nullptr;
};

// The masks of the families that take one (call shapes x_m_y_c2 and x_m16_y_c2), and the 16-bit
// input and output of the conversion families (x16_y32, x32_y16, x_c_y16) and of the families reading
// 16-bit inputs (x16_acc, x16_max_y_sum_next, x16_ref_sum_max): n elements each, flush against a guard page like the
// float buffers.
struct Masks {
  const float* f32;
  const uint16_t* f16;
  const uint16_t* x16;
  uint16_t* y16;
};

// One kernel: a plain row (name, ISA, tile, a function pointer), so that the table below is data and
// not one function of several hundred std::function and std::string temporaries (which took the
// sanitizer build a minute to compile).
struct Kernel {
  const char* name;
  enum smax_isa isa;
  size_t elements;
  // Runs the kernel on n elements: input x, output y (y unused by pure reductions), mask m (used by
  // the masked families only).
  void (*run)(size_t n, const float* x, float* y, const Masks& m);
};

// How to call a kernel of each shape of function type (the call column of src/families.table), on
// n elements: input x, output y (y unused by pure reductions). For the shape x_max_y_sum_next, the
// next block whose max the kernel also takes is the input again: the same n floats flush against the
// guard page, read a second time (it overlaps the output only in the in-place run, where the max is
// meaningless but every access must still stay in bounds).
constexpr float kMax = 100.0f;
constexpr float kScale = 0.5f;
constexpr float kExtScale[2] = {0.5f, -140.0f};
constexpr float kCoefficients[2] = {0.125f, 1.0f};
#define SMAX_CALL_x_acc(name)               \
  float state[2] = {-INFINITY, -INFINITY}; \
  name(n * sizeof(float), x, state, nullptr); \
  (void) y
#define SMAX_CALL_x_max_sum(name)                   \
  float sum;                                        \
  name(n * sizeof(float), x, &kMax, &sum, nullptr); \
  (void) y
#define SMAX_CALL_x_y_max_scale(name) name(n * sizeof(float), x, y, &kMax, &kScale, nullptr)
#define SMAX_CALL_x_max_y_sum_next(name) \
  float sum;                             \
  float next_max = -INFINITY;            \
  name(n * sizeof(float), x, &kMax, y, &sum, n * sizeof(float), x, &next_max, nullptr)
#define SMAX_CALL_x_c_y(name) name(n * sizeof(float), x, &kScale, y, nullptr)
#define SMAX_CALL_x_y_c2(name) name(n * sizeof(float), x, y, kExtScale, nullptr)
#define SMAX_CALL_x_m_y_c2(name) name(n * sizeof(float), x, m.f32, y, kCoefficients, nullptr)
#define SMAX_CALL_x_m16_y_c2(name) name(n * sizeof(float), x, m.f16, y, kCoefficients, nullptr)
#define SMAX_CALL_x16_y32(name) \
  name(n * sizeof(uint16_t), m.x16, y, nullptr); \
  (void) x
#define SMAX_CALL_x32_y16(name) \
  name(n * sizeof(float), x, m.y16, nullptr); \
  (void) y
#define SMAX_CALL_x_c_y16(name) \
  name(n * sizeof(float), x, &kScale, m.y16, nullptr); \
  (void) y
// The 16-bit inputs of rmax and raddstoreexpminusmax (f16-rmax, f16-f32-raddstoreexpminusmax, ...):
// the input, and the next block after it, are the n patterns of m.x16.
#define SMAX_CALL_x16_acc(name)                          \
  float state = -INFINITY;                               \
  name(n * sizeof(uint16_t), m.x16, &state, nullptr);    \
  (void) x;                                              \
  (void) y
#define SMAX_CALL_x16_max_y_sum_next(name)                                                        \
  float sum;                                                                                      \
  float next_max = -INFINITY;                                                                     \
  name(n * sizeof(uint16_t), m.x16, &kMax, y, &sum, n * sizeof(uint16_t), m.x16, &next_max, nullptr); \
  (void) x
// bf16-rsumexpmax: the input is m.x16.
#define SMAX_CALL_x16_ref_sum_max(name)                                  \
  float sum;                                                             \
  float max = -INFINITY;                                                 \
  name(n * sizeof(uint16_t), m.x16, &kMax, &sum, &max, nullptr);         \
  (void) x;                                                              \
  (void) y
// The 16-bit inputs of vsubc2 (f16-vsubc2, bf16-f32-vsubc2, ...): the input is m.x16, the output m.y16
// or y.
#define SMAX_CALL_x16_y16_c2(name)                                   \
  name(n * sizeof(uint16_t), m.x16, m.y16, kExtScale, nullptr); \
  (void) x;                                                          \
  (void) y
#define SMAX_CALL_x16_y32_c2(name)                         \
  name(n * sizeof(uint16_t), m.x16, y, kExtScale, nullptr); \
  (void) x
// f32-rmaxselect (top-k's filter): the indices go to y, which has room for n floats, as many as the
// n entries the kernel may write. Threshold 95 selects about half of the inputs in [90, 100].
constexpr float kThreshold = 95.0f;
#define SMAX_CALL_x_max_t_idx(name)                                                    \
  float max = -INFINITY;                                                              \
  name(n * sizeof(float), x, &max, &kThreshold, reinterpret_cast<uint32_t*>(y), nullptr)

// SMAX_CALL(family, name): the adapter of the family's shape (SMAX_FAMILY_CALL_<family>, from
// src/families.table via gen/families.h). Two levels, so that the shape's macro is expanded first.
#define SMAX_CALL(family, name) SMAX_CALL_SHAPE(SMAX_FAMILY_CALL_##family, name)
#define SMAX_CALL_SHAPE(shape, name) SMAX_CALL_SHAPE_(shape, name)
#define SMAX_CALL_SHAPE_(shape, name) SMAX_CALL_##shape(name)

// Every kernel of every family (src/gen/ukernels.inc).
const Kernel kKernels[] = {
#define SMAX_UKERNEL(family, isa, name, elements, accumulators, is_default, bound, side_max)   \
  {#name, smax_isa_##isa, elements, [](size_t n, const float* x, float* y, const Masks& m) { \
     (void) m;                                                                               \
     SMAX_CALL(family, name);                                                                \
   }},
#include "gen/ukernels.inc"
#undef SMAX_UKERNEL
};

class GuardPageTest : public testing::TestWithParam<Kernel> {};

TEST_P(GuardPageTest, InputAndOutputFlushAgainstInaccessiblePages) {
  const Kernel& kernel = GetParam();
  ASSERT_TRUE(cpuinfo_initialize());
  if (!smax_isa_available(kernel.isa)) {
    GTEST_SKIP() << kernel.name << ": this CPU lacks " << smax_isa_name(kernel.isa);
  }
  const size_t max_n = 4 * kernel.elements + 17;
  GuardedRegion input_region(max_n * sizeof(float));
  GuardedRegion output_region(max_n * sizeof(float));
  GuardedRegion mask_region(max_n * sizeof(float));
  GuardedRegion half_mask_region(max_n * sizeof(uint16_t));
  GuardedRegion half_input_region(max_n * sizeof(uint16_t));
  GuardedRegion half_output_region(max_n * sizeof(uint16_t));
  std::mt19937 rng(7);
  std::uniform_real_distribution<float> values(90.0f, 100.0f);
  for (size_t n = 1; n <= max_n; n++) {
    for (bool at_end : {true, false}) {
      float* x = at_end ? input_region.AtEnd(n) : input_region.AtStart();
      float* y = at_end ? output_region.AtEnd(n) : output_region.AtStart();
      float* m = at_end ? mask_region.AtEnd(n) : mask_region.AtStart();
      uint16_t* h = at_end ? half_mask_region.AtEnd<uint16_t>(n) : half_mask_region.AtStart<uint16_t>();
      uint16_t* x16 = at_end ? half_input_region.AtEnd<uint16_t>(n) : half_input_region.AtStart<uint16_t>();
      uint16_t* y16 = at_end ? half_output_region.AtEnd<uint16_t>(n) : half_output_region.AtStart<uint16_t>();
      for (size_t i = 0; i < n; i++) {
        x[i] = values(rng);
        m[i] = i % 3 == 0 ? -INFINITY : 0.0f;
        h[i] = i % 3 == 0 ? 0xFC00 : 0x0000;  // binary16 -inf and +0
        x16[i] = static_cast<uint16_t>(0x3C00 + i);  // 1.0 and up, as binary16 (as bfloat16: 2^-7 and up)
      }
      const Masks masks = {m, h, x16, y16};
      kernel.run(n, x, y, masks);  // a fault here is an out-of-bounds access
      kernel.run(n, x, x, masks);  // in place (pure reductions ignore the output)
    }
  }
}

INSTANTIATE_TEST_SUITE_P(AllKernels, GuardPageTest, testing::ValuesIn(kKernels),
                         [](const testing::TestParamInfo<Kernel>& info) { return info.param.name; });

}  // namespace

// ==== Operator with options: every buffer flush against an inaccessible page =========================
// (operator-level cases; the kernel cases above are kept apart from this block.) For every algorithm
// and a few option sets, the input, output, mask (f32 and f16, per row, broadcast and repeating),
// slopes, sinks and logsumexp each end exactly at an inaccessible page (and, in a second run, start
// right after one): any read or write past a tensor faults. Out of place and in place, on rows of 1 to
// 100003 elements (chunked; 65537 with SMAX_TEST_QUICK), with and without a thread pool; the results
// are checked too.
// Its includes are here, not at the top, so that the two blocks merge apart.
#include <algorithm>
#include <tuple>

#include <pthreadpool.h>

#include "options-reference.h"
#include "smax.h"

namespace {

// n elements of T ending exactly at the upper guard page, or starting right after the lower one.
template <typename T>
T* FlushEnd(const GuardedRegion& region, size_t n) {
  return reinterpret_cast<T*>(reinterpret_cast<char*>(region.AtEnd(0))) - n;
}

template <typename T>
T* FlushStart(const GuardedRegion& region) {
  return reinterpret_cast<T*>(region.AtStart());
}

struct OperatorOptionSet {
  const char* name;
  uint32_t flags;
  int mask_type;
  float scale;
};

const OperatorOptionSet kOperatorOptionSets[] = {
    {"log_f32mask_all",
     SMAX_OPTION_LOG_SOFTMAX | SMAX_OPTION_SLOPES | SMAX_OPTION_SINKS | SMAX_OPTION_LOGSUMEXP |
         SMAX_OPTION_ZERO_MASKED_ROWS,
     smax_mask_type_f32, 0.5f},
    {"softmax_f16mask_all", SMAX_OPTION_SLOPES | SMAX_OPTION_SINKS | SMAX_OPTION_LOGSUMEXP, smax_mask_type_f16, 1.0f},
    {"log_f16mask_lse", SMAX_OPTION_LOG_SOFTMAX | SMAX_OPTION_LOGSUMEXP, smax_mask_type_f16, 0.125f},
    {"softmax_sinks_lse_nomask", SMAX_OPTION_SINKS | SMAX_OPTION_LOGSUMEXP, smax_mask_type_none, 2.0f},
};

class OperatorGuardPageTest : public testing::TestWithParam<std::tuple<smax_algorithm, size_t>> {};

TEST_P(OperatorGuardPageTest, TensorsFlushAgainstInaccessiblePages) {
  ASSERT_EQ(smax_status_success, smax_initialize());
  const smax_algorithm algorithm = std::get<0>(GetParam());
  const OperatorOptionSet& set = kOperatorOptionSets[std::get<1>(GetParam())];
  if (algorithm == smax_algorithm_three_pass_reload && (set.flags & SMAX_OPTION_LOG_SOFTMAX)) {
    GTEST_SKIP() << "three_pass_reload computes no log-softmax";
  }
  const bool has_mask = set.mask_type != smax_mask_type_none;
  const bool has_slopes = (set.flags & SMAX_OPTION_SLOPES) != 0;
  const bool has_sinks = (set.flags & SMAX_OPTION_SINKS) != 0;
  const bool has_lse = (set.flags & SMAX_OPTION_LOGSUMEXP) != 0;
  const size_t kGroupRows = 2;
  const size_t kMaxBatch = 3;
  const size_t kMaxN = 100003;
  const size_t kMaxMaskStride = kMaxN + 3;
  GuardedRegion input_region(kMaxBatch * kMaxN * sizeof(float));
  GuardedRegion output_region(kMaxBatch * kMaxN * sizeof(float));
  GuardedRegion mask_region(kMaxBatch * kMaxMaskStride * sizeof(float));
  GuardedRegion slopes_region(kMaxBatch * sizeof(float));
  GuardedRegion sinks_region(kMaxBatch * sizeof(float));
  GuardedRegion lse_region(kMaxBatch * sizeof(float));
  pthreadpool_t pool = pthreadpool_create(2);
  ASSERT_NE(nullptr, pool);
  std::mt19937 rng(11);
  std::uniform_real_distribution<float> values(-10.0f, 10.0f), masks(-4.0f, 4.0f), slopes(0.25f, 2.0f);

  smax_operator_t op = nullptr;
  smax_softmax_options options;
  options.flags = set.flags;
  options.scale = set.scale;
  options.mask_type = set.mask_type;
  options.group_rows = kGroupRows;
  // Waiting workers yield: CI's 2 cores are shared with another suite.
  ASSERT_EQ(smax_status_success, smax_create_softmax_nc_f32_ex(algorithm, SMAX_FLAG_YIELD_WORKERS, &options, &op));
  // Under emulation (SMAX_TEST_QUICK: ARM's kernels run here under qemu) fewer lengths, one long row.
  const std::vector<size_t> lengths =
      smax_test::QuickMode() ? std::vector<size_t>{1, 2, 3, 4, 5, 7, 8, 9, 17, 33, 65, 129, 1001, 65537}
                             : std::vector<size_t>{1,  2,  3,  4,  5,   7,   8,   9,   15,   16,   17,    31,    32,
                                                   33, 63, 64, 65, 127, 129, 255, 257, 1001, 4099, 65537, 100003};
  for (size_t n : lengths) {
    // Long rows (chunked, split across the pool's threads): fewer layouts, to keep the suite short.
    const bool long_row = n > 4099;
    for (size_t batch : {size_t(1), kMaxBatch}) {
      if (long_row && batch != (n == 65537 && !smax_test::QuickMode() ? kMaxBatch : 1)) continue;
      const size_t groups = (batch + kGroupRows - 1) / kGroupRows;
      // Mask layouts: one row per row, one row for all, a longer stride repeating after 2 rows.
      for (int layout = 0; layout < (has_mask ? 3 : 1); layout++) {
        const size_t mask_stride = layout == 0 ? n : layout == 1 ? 0 : n + 3;
        const size_t mask_rows = layout == 2 ? 2 : 0;
        const size_t mask_row_count = mask_stride == 0 ? 1 : mask_rows != 0 ? std::min(mask_rows, batch) : batch;
        const size_t mask_extent = (mask_row_count - 1) * mask_stride + n;
        for (bool at_end : {true, false}) {
          for (bool in_place : {false, true}) {
            if (long_row && in_place) continue;
            SCOPED_TRACE(std::string(set.name) + " n=" + std::to_string(n) + " batch=" + std::to_string(batch) +
                         " mask_stride=" + std::to_string(mask_stride) + " mask_rows=" + std::to_string(mask_rows) +
                         (at_end ? " at the end" : " at the start") + (in_place ? " in place" : ""));
            float* x = at_end ? FlushEnd<float>(input_region, batch * n) : FlushStart<float>(input_region);
            float* y = in_place ? x
                       : at_end ? FlushEnd<float>(output_region, batch * n)
                                : FlushStart<float>(output_region);
            float* mask_f32 = at_end ? FlushEnd<float>(mask_region, mask_extent) : FlushStart<float>(mask_region);
            uint16_t* mask_f16 =
                at_end ? FlushEnd<uint16_t>(mask_region, mask_extent) : FlushStart<uint16_t>(mask_region);
            float* slope = at_end ? FlushEnd<float>(slopes_region, groups) : FlushStart<float>(slopes_region);
            float* sink = at_end ? FlushEnd<float>(sinks_region, groups) : FlushStart<float>(sinks_region);
            float* lse = at_end ? FlushEnd<float>(lse_region, batch) : FlushStart<float>(lse_region);
            for (size_t i = 0; i < batch * n; i++) x[i] = values(rng);
            const std::vector<float> original(x, x + batch * n);
            for (size_t i = 0; i < mask_extent; i++) {
              const float m = (i % 7 == 3) ? -INFINITY : masks(rng);
              if (set.mask_type == smax_mask_type_f32) mask_f32[i] = m;  // the two share the region
              if (set.mask_type == smax_mask_type_f16) mask_f16[i] = smax_test::FloatToHalf(m);
            }
            for (size_t g = 0; g < groups; g++) {
              slope[g] = slopes(rng);
              sink[g] = values(rng);
            }
            smax_softmax_tensors tensors = {};
            if (has_mask) {
              tensors.mask = set.mask_type == smax_mask_type_f32 ? static_cast<const void*>(mask_f32) : mask_f16;
              tensors.mask_stride = mask_stride;
              tensors.mask_rows = mask_rows;
            }
            if (has_slopes) tensors.slopes = slope;
            if (has_sinks) tensors.sinks = sink;
            if (has_lse) tensors.logsumexp = lse;
            for (pthreadpool_t run_pool : {static_cast<pthreadpool_t>(nullptr), pool}) {
              if (run_pool != nullptr ? n < 1000 : long_row) continue;  // threads where rows are long enough to split
              if (in_place) std::copy(original.begin(), original.end(), x);
              ASSERT_EQ(smax_status_success, smax_reshape_softmax_nc_f32(op, n, n, n, batch, run_pool));
              ASSERT_EQ(smax_status_success, smax_setup_softmax_nc_f32_ex(op, x, y, &tensors));
              ASSERT_EQ(smax_status_success, smax_run_operator(op, run_pool));  // a fault here: out of bounds
              // The results too, against the reference.
              std::vector<float> z(n);
              for (size_t r = 0; r < batch; r++) {
                const size_t m = mask_stride == 0 ? 0 : (mask_rows != 0 ? r % mask_rows : r) * mask_stride;
                for (size_t c = 0; c < n; c++) {
                  const float mask_value = !has_mask ? 0.0f
                                           : set.mask_type == smax_mask_type_f32
                                               ? mask_f32[m + c]
                                               : smax_test::HalfToFloat(mask_f16[m + c]);
                  z[c] = smax_test::ZValue(set.scale, original[r * n + c], has_mask, mask_value, has_slopes,
                                           slope[r / kGroupRows]);
                }
                const smax_test::OptionsRowCheck check =
                    smax_test::CheckOptionsRow(z.data(), n, has_sinks ? sink[r / kGroupRows] : -INFINITY, set.flags,
                                               y + r * n, has_lse ? lse + r : nullptr);
                ASSERT_TRUE(check.ok) << "row " << r << ": " << check.first_failure;
              }
            }
          }
        }
      }
    }
  }
  EXPECT_EQ(smax_status_success, smax_delete_operator(op));
  pthreadpool_destroy(pool);
}

INSTANTIATE_TEST_SUITE_P(
    Options, OperatorGuardPageTest,
    testing::Combine(testing::Values(smax_algorithm_auto, smax_algorithm_three_pass_recompute,
                                     smax_algorithm_three_pass_reload, smax_algorithm_online, smax_algorithm_two_pass),
                     testing::Range<size_t>(0, sizeof(kOperatorOptionSets) / sizeof(kOperatorOptionSets[0]))),
    [](const testing::TestParamInfo<std::tuple<smax_algorithm, size_t>>& info) {
      return std::string(smax_algorithm_string(std::get<0>(info.param))) + "_" +
             kOperatorOptionSets[std::get<1>(info.param)].name;
    });

}  // namespace

// ==== 16-bit operators (issue 16): input, output and tensors flush against inaccessible pages ==========
// (a block of its own, after the options block, so that the two merge apart.) f16 and bf16 in, 16-bit or
// f32 out, every algorithm that runs the pair, plain softmax, log-softmax with an f16 mask, sinks and
// logsumexp, and log-softmax alone (whose kernels read the 16-bit rows directly): the 16-bit input and output end exactly at an inaccessible page (and start right after one),
// out of place and in place, on rows of 1 to 65537 elements (one float tile, chunks of one tile, chunks
// split across threads). The outputs are checked loosely here (within 2^-7 relative, bf16's ULP, plus
// 1e-7 or the log-softmax bound absolute, of the double reference); operator-16bit-test checks the
// contract.
#include "reference16.h"

namespace {

struct Guard16Case {
  const char* name;
  smax_datatype input;
  smax_datatype output;
};

const Guard16Case kGuard16Cases[] = {
    {"f16_f16", smax_datatype_f16, smax_datatype_f16},
    {"bf16_bf16", smax_datatype_bf16, smax_datatype_bf16},
    {"f16_f32", smax_datatype_f16, smax_datatype_f32},
    {"bf16_f32", smax_datatype_bf16, smax_datatype_f32},
};

// What the operator computes: plain softmax, log-softmax with options, log-softmax alone.
enum class Guard16Variant { kPlain, kOptions, kLog };
const char* const kGuard16VariantNames[] = {"plain", "options", "log"};

class Operator16GuardPageTest : public testing::TestWithParam<std::tuple<smax_algorithm, size_t, Guard16Variant>> {};

TEST_P(Operator16GuardPageTest, TensorsFlushAgainstInaccessiblePages) {
  ASSERT_EQ(smax_status_success, smax_initialize());
  const smax_algorithm algorithm = std::get<0>(GetParam());
  const Guard16Case& types = kGuard16Cases[std::get<1>(GetParam())];
  const bool with_options = std::get<2>(GetParam()) == Guard16Variant::kOptions;
  const bool log = std::get<2>(GetParam()) != Guard16Variant::kPlain;
  const uint32_t flags =
      with_options ? SMAX_OPTION_LOG_SOFTMAX | SMAX_OPTION_SINKS | SMAX_OPTION_LOGSUMEXP : log ? SMAX_OPTION_LOG_SOFTMAX : 0;
  smax_softmax_options options = {flags, with_options ? 0.5f : 1.0f,
                                  with_options ? smax_mask_type_f16 : smax_mask_type_none, 1};
  smax_operator_t op = nullptr;
  const smax_status created =
      smax_create_softmax_nc(types.input, types.output, algorithm, SMAX_FLAG_YIELD_WORKERS, &options, &op);
  if (algorithm == smax_algorithm_three_pass_reload && (log || types.output != smax_datatype_f32)) {
    ASSERT_EQ(smax_status_unsupported_parameter, created);
    return;
  }
  ASSERT_EQ(smax_status_success, created);
  const size_t kMaxBatch = 3, kMaxN = 65537;
  const size_t out_bytes = types.output == smax_datatype_f32 ? 4 : 2;
  GuardedRegion input_region(kMaxBatch * kMaxN * 2);
  GuardedRegion output_region(kMaxBatch * kMaxN * out_bytes);
  GuardedRegion mask_region(kMaxBatch * kMaxN * 2);
  GuardedRegion sinks_region(kMaxBatch * sizeof(float));
  GuardedRegion lse_region(kMaxBatch * sizeof(float));
  pthreadpool_t pool = pthreadpool_create(2);
  ASSERT_NE(nullptr, pool);
  std::mt19937 rng(16);
  std::uniform_real_distribution<float> values(-10.0f, 10.0f);
  const std::vector<size_t> lengths = smax_test::QuickMode()
                                          ? std::vector<size_t>{1, 2, 3, 5, 9, 17, 4096, 4097, 65537}
                                          : std::vector<size_t>{1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 33,
                                                                63, 65, 129, 1001, 4095, 4096, 4097, 65537};
  for (size_t n : lengths) {
    const bool long_row = n > 65536;  // chunks split across threads
    for (size_t batch : {size_t(1), kMaxBatch}) {
      if (long_row && batch != 1) continue;
      for (bool at_end : {true, false}) {
        for (bool in_place : {false, true}) {
          if (in_place && (out_bytes != 2 || long_row)) continue;
          SCOPED_TRACE(std::string(types.name) + " n=" + std::to_string(n) + " batch=" + std::to_string(batch) +
                       (at_end ? " at the end" : " at the start") + (in_place ? " in place" : ""));
          uint16_t* x = at_end ? FlushEnd<uint16_t>(input_region, batch * n) : FlushStart<uint16_t>(input_region);
          void* y = in_place ? static_cast<void*>(x)
                    : at_end ? static_cast<void*>(reinterpret_cast<char*>(output_region.AtEnd(0)) - batch * n * out_bytes)
                             : static_cast<void*>(output_region.AtStart());
          uint16_t* mask = at_end ? FlushEnd<uint16_t>(mask_region, batch * n) : FlushStart<uint16_t>(mask_region);
          float* sink = at_end ? FlushEnd<float>(sinks_region, batch) : FlushStart<float>(sinks_region);
          float* lse = at_end ? FlushEnd<float>(lse_region, batch) : FlushStart<float>(lse_region);
          for (size_t i = 0; i < batch * n; i++) {
            x[i] = smax_test::FloatTo16(types.input, values(rng));
            mask[i] = smax_test::FloatToHalf(i % 7 == 3 ? -INFINITY : 0.0f);
          }
          for (size_t r = 0; r < batch; r++) sink[r] = values(rng);
          const std::vector<uint16_t> original(x, x + batch * n);
          smax_softmax_tensors tensors = {};
          if (with_options) {
            tensors.mask = mask;
            tensors.mask_stride = n;
            tensors.sinks = sink;
            tensors.logsumexp = lse;
          }
          for (pthreadpool_t run_pool : {static_cast<pthreadpool_t>(nullptr), pool}) {
            if (run_pool != nullptr && n < 1000) continue;  // threads where rows are long enough to split
            if (in_place) std::copy(original.begin(), original.end(), x);
            ASSERT_EQ(smax_status_success, smax_reshape_softmax_nc(op, n, n, n, batch, run_pool));
            ASSERT_EQ(smax_status_success, smax_setup_softmax_nc(op, x, y, &tensors));
            ASSERT_EQ(smax_status_success, smax_run_operator(op, run_pool));  // a fault here: out of bounds
            std::vector<float> z(n);
            for (size_t r = 0; r < batch; r++) {
              for (size_t c = 0; c < n; c++) {
                const float m = smax_test::HalfToFloat(mask[r * n + c]);
                z[c] = smax_test::ZValue(options.scale, smax_test::Bits16ToFloat(types.input, original[r * n + c]), with_options,
                                         m, false, 1.0f);
              }
              const smax_test::ReferenceRow reference =
                  smax_test::MakeReferenceRow(z.data(), n, with_options ? sink[r] : -INFINITY);
              ASSERT_EQ(smax_test::RowKind::kFinite, reference.kind);
              for (size_t c = 0; c < n; c++) {
                const size_t e = r * n + c;
                const double value = out_bytes == 4 ? static_cast<const float*>(y)[e]
                                                    : smax_test::Bits16ToFloat(types.output, static_cast<const uint16_t*>(y)[e]);
                if (z[c] == -INFINITY) {
                  ASSERT_EQ(log ? -INFINITY : 0.0, value) << "at " << c;
                  continue;
                }
                const double expected = log ? reference.LogSoftmax(z[c]) : reference.Softmax(z[c]);
                const double slack = log ? smax_test::LogBound(expected) : 1.0e-7;  // near 0
                ASSERT_LE(std::abs(value - expected), 0x1p-7 * std::abs(expected) + slack) << "at " << c;
              }
            }
          }
        }
      }
    }
  }
  EXPECT_EQ(smax_status_success, smax_delete_operator(op));
  pthreadpool_destroy(pool);
}

INSTANTIATE_TEST_SUITE_P(
    Types16, Operator16GuardPageTest,
    testing::Combine(testing::Values(smax_algorithm_auto, smax_algorithm_three_pass_recompute,
                                     smax_algorithm_three_pass_reload, smax_algorithm_online, smax_algorithm_two_pass),
                     testing::Range<size_t>(0, sizeof(kGuard16Cases) / sizeof(kGuard16Cases[0])),
                     testing::Values(Guard16Variant::kPlain, Guard16Variant::kOptions, Guard16Variant::kLog)),
    [](const testing::TestParamInfo<std::tuple<smax_algorithm, size_t, Guard16Variant>>& info) {
      return std::string(smax_algorithm_string(std::get<0>(info.param))) + "_" +
             kGuard16Cases[std::get<1>(info.param)].name + "_" +
             kGuard16VariantNames[static_cast<int>(std::get<2>(info.param))];
    });

}  // namespace
