// Every kernel variant, every length up to a few tiles, with its input and output placed flush against
// PROT_NONE pages (the buffer's last element just before an inaccessible page, and in a second run its
// first element just after one): any read or write outside the caller's buffers faults.
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

  // n floats ending exactly at the upper guard page.
  float* AtEnd(size_t n) const { return reinterpret_cast<float*>(base_ + page_ + usable_) - n; }
  // n floats starting exactly at the lower guard page.
  float* AtStart() const { return reinterpret_cast<float*>(base_ + page_); }

 private:
  size_t page_ = 0;
  size_t usable_ = 0;
  char* base_ = nullptr;
};

struct Kernel {
  std::string name;
  enum smax_isa isa;
  size_t elements;
  // Runs the kernel on n elements: input x, output y (y unused by pure reductions).
  std::function<void(size_t n, const float* x, float* y)> run;
};

std::vector<Kernel> AllKernels() {
  std::vector<Kernel> kernels;
  static const float kMax = 100.0f;
  static const float kScale = 0.5f;
  static const float kExtScale[2] = {0.5f, -140.0f};
#define SMAX_UKERNEL(isa, name, elements, accumulators, is_default) \
  kernels.push_back({#name, smax_isa_##isa, elements, [](size_t n, const float* x, float* y) { CALL(name); }});
#define CALL(name)                    \
  float max = -INFINITY;              \
  name(n * sizeof(float), x, &max, nullptr); \
  (void) y
#include "f32-rmax/gen/f32-rmax.inc"
#undef CALL
#define CALL(name)   \
  float sum;         \
  name(n * sizeof(float), x, &kMax, &sum, nullptr); \
  (void) y
#include "f32-raddexpminusmax/gen/f32-raddexpminusmax.inc"
#undef CALL
#define CALL(name) name(n * sizeof(float), x, y, &kMax, &kScale, nullptr)
#include "f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax.inc"
#undef CALL
// The next block whose max the kernel also takes is the input again: the same n floats flush against
// the guard page, read a second time (it overlaps the output only in the in-place run, where the
// max is meaningless but every access must still stay in bounds).
#define CALL(name)                  \
  float sum;                        \
  float next_max = -INFINITY;       \
  name(n * sizeof(float), x, &kMax, y, &sum, n * sizeof(float), x, &next_max, nullptr)
#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax.inc"
#undef CALL
#define CALL(name) name(n * sizeof(float), x, &kScale, y, nullptr)
#include "f32-vmulc/gen/f32-vmulc.inc"
#undef CALL
#define CALL(name) \
  float state[2];  \
  name(n * sizeof(float), x, state, nullptr); \
  (void) y
#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax.inc"
#undef CALL
#define CALL(name) \
  float sum[2];    \
  name(n * sizeof(float), x, sum, nullptr); \
  (void) y
#include "f32-raddextexp/gen/f32-raddextexp.inc"
#undef CALL
#define CALL(name) name(n * sizeof(float), x, y, kExtScale, nullptr)
#include "f32-vscaleextexp/gen/f32-vscaleextexp.inc"
#undef CALL
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
  std::mt19937 rng(7);
  std::uniform_real_distribution<float> values(90.0f, 100.0f);
  for (size_t n = 1; n <= max_n; n++) {
    for (bool at_end : {true, false}) {
      float* x = at_end ? input_region.AtEnd(n) : input_region.AtStart();
      float* y = at_end ? output_region.AtEnd(n) : output_region.AtStart();
      for (size_t i = 0; i < n; i++) {
        x[i] = values(rng);
      }
      kernel.run(n, x, y);  // a fault here is an out-of-bounds access
      kernel.run(n, x, x);  // in place (pure reductions ignore the output)
    }
  }
}

INSTANTIATE_TEST_SUITE_P(AllKernels, GuardPageTest, testing::ValuesIn(AllKernels()),
                         [](const testing::TestParamInfo<Kernel>& info) { return info.param.name; });

}  // namespace
