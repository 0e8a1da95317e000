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
#include <functional>
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

// The masks of the families that take one (call shapes x_m_y_c2 and x_m16_y_c2): n elements each.
struct Masks {
  const float* f32;
  const uint16_t* f16;
};

struct Kernel {
  std::string name;
  enum smax_isa isa;
  size_t elements;
  // Runs the kernel on n elements: input x, output y (y unused by pure reductions), mask m (used by
  // the masked families only).
  std::function<void(size_t n, const float* x, float* y, const Masks& m)> run;
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

// SMAX_CALL(family, name): the adapter of the family's shape (SMAX_FAMILY_CALL_<family>, from
// src/families.table via gen/families.h). Two levels, so that the shape's macro is expanded first.
#define SMAX_CALL(family, name) SMAX_CALL_SHAPE(SMAX_FAMILY_CALL_##family, name)
#define SMAX_CALL_SHAPE(shape, name) SMAX_CALL_SHAPE_(shape, name)
#define SMAX_CALL_SHAPE_(shape, name) SMAX_CALL_##shape(name)

// Every kernel of every family (src/gen/ukernels.inc).
std::vector<Kernel> AllKernels() {
  std::vector<Kernel> kernels;
#define SMAX_UKERNEL(family, isa, name, elements, accumulators, is_default, bound, side_max)                   \
  kernels.push_back({#name, smax_isa_##isa, elements, [](size_t n, const float* x, float* y, const Masks& m) { \
                       (void) m;                                                                               \
                       SMAX_CALL(family, name);                                                                \
                     }});
#include "gen/ukernels.inc"
#undef SMAX_UKERNEL
  return kernels;
}

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
  std::mt19937 rng(7);
  std::uniform_real_distribution<float> values(90.0f, 100.0f);
  for (size_t n = 1; n <= max_n; n++) {
    for (bool at_end : {true, false}) {
      float* x = at_end ? input_region.AtEnd(n) : input_region.AtStart();
      float* y = at_end ? output_region.AtEnd(n) : output_region.AtStart();
      float* m = at_end ? mask_region.AtEnd(n) : mask_region.AtStart();
      uint16_t* h = at_end ? half_mask_region.AtEnd<uint16_t>(n) : half_mask_region.AtStart<uint16_t>();
      for (size_t i = 0; i < n; i++) {
        x[i] = values(rng);
        m[i] = i % 3 == 0 ? -INFINITY : 0.0f;
        h[i] = i % 3 == 0 ? 0xFC00 : 0x0000;  // binary16 -inf and +0
      }
      const Masks masks = {m, h};
      kernel.run(n, x, y, masks);  // a fault here is an out-of-bounds access
      kernel.run(n, x, x, masks);  // in place (pure reductions ignore the output)
    }
  }
}

INSTANTIATE_TEST_SUITE_P(AllKernels, GuardPageTest, testing::ValuesIn(AllKernels()),
                         [](const testing::TestParamInfo<Kernel>& info) { return info.param.name; });

}  // namespace
