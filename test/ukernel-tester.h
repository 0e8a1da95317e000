// What the micro-kernel testers share: the error bounds, the row of a family's table, the sizes
// every kernel is tested with, the error log, and the gtest fixture every test/<family>.cc uses.
// Each family's tester is in test/testers/<family>-tester.h (one builder-style class with a
// Test(kernel) method: its call and its reference); their common state, input generation and checks
// are TesterBase's (test/testers/tester-base.h), their buffers test/testers/buffer.h's.
//
// A family's test file registers every row of its generated table (src/<family>/gen/<family>.inc)
// through SMAX_TEST_UKERNEL_ROW, so a new table row gets tests with no hand-kept list, and kernels
// whose ISA this CPU (or build) lacks are skipped with a reason.
//
// What every Test() checks, for each size and iteration, twice: once with guarded buffers and once
// with exact-size heap buffers (where AddressSanitizer sees any access outside the caller's buffers):
//  - guarded buffers have kGuardBefore / kGuardAfter extra elements on each side. Input guards hold
//    a value that would corrupt the result if read (NaN for the exp families, +inf for rmax); output
//    guards hold the kSentinelBits bit pattern and must be left untouched. kGuardBefore is odd, so
//    the data is misaligned for every vector width (rows of a strided tensor can start anywhere);
//  - the kernel leaves its inputs (the array and the scalars it is passed) bit-for-bit unchanged;
//  - every output element is written (outputs start as kSentinelBits);
//  - results match the reference within the error bounds below.
#ifndef SMAX_TEST_UKERNEL_TESTER_H_
#define SMAX_TEST_UKERNEL_TESTER_H_

#include <cpuinfo.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <iomanip>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "smax/isa.h"
#include "smax/microfnptr.h"
#include "smax/microkernels.h"

namespace smax_test {

// ---- Error bounds ---------------------------------------------------------------------------------

// Unit roundoff of float: a correctly rounded operation has relative error at most 2^-24.
constexpr double kRoundoff = 1.0 / 16777216.0;

// The relative error allowed for a kernel's exp is data: the `bound` column of its family table
// (src/<family>/<family>.table, in units of 2^-24), one value per row, emitted into the .inc row and
// handed to the tester by TesterBase::kernel() as exp_error() = bound * 2^-24. The bounds sit a little
// above the worst errors measured over every float of the exp core's domain (src/smax/*-exp.h), so a
// core that gets worse fails here. The other tolerances derive from it:
//  - raddstoreexpminusmax stores the exp core's result as is: exp_error();
//  - vscaleexpminusmax multiplies it by the scale: one more rounding, exp_error() + 2^-24;
//  - the extended-range families (raddextexp, vscaleextexp) reduce over [-1024, 1024], where |n|
//    reaches 1477 instead of 126 (rounding n * LN2_LO adds |n * LN2_LO| * 2^-24 = 0.03 * 2^-24 to t):
//    their tables' bounds cover that; vscaleextexp computes (p * scale[0]) * 2^k: one rounding for
//    the product, and one more in case a kernel applies 2^k first (exact while the result is normal)
//    and the scale second: exp_error() + 2 * 2^-24;
//  - vmulc is a single IEEE multiplication and rmax involves no rounding: exact (bound 0);
//  - vscaleaddmask(f16) and vsubc2 are fixed sequences of IEEE operations (three and two roundings):
//    bit-exact against a reference that rounds the same way (no bound column either).
// The online normalizer (raddexpminusrunmax): each element updates its running pair (m, d) with one
// exp, at most one multiplication and one addition, d' = d * exp(m - x) + 1 or d' = d + exp(x - m)
// (and so does each merge of two pairs), so every step along a chain can add exp_error() + 2 * 2^-24
// to the relative error of d.
inline double RunMaxStepError(double exp_error) {
  return exp_error + 2 * kRoundoff;
}

// Outputs around FLT_MIN and below are compared in absolute terms, with this allowance times
// max(1, scale): near the exp core's cutoff and in vscaleextexp's flush region the kernels give
// exactly 0 for results below 2^-126 times the scale (times up to 1.42 in vscaleextexp), and results
// below FLT_MIN are subnormal, or flushed to 0 on ARMv7 NEON (which has no subnormals).
constexpr double kFlushAllowance = 2 * static_cast<double>(FLT_MIN);

// The exp core's cutoff, SMAX_EXP_CUTOFF = -0x1.5D589Ep6f (src/smax/scalar-exp.h; written in decimal
// here because hexadecimal float literals are C++17): exp(x) of a float x below it is exactly 0.
constexpr float kExpCutoff = static_cast<float>(-87.336540222167969);

// Upper bound on the number of roundings along the longest chain of additions when a kernel with
// `accumulators` partial sums adds n terms: at most ceil(n / accumulators) additions within one
// partial sum (conservative: SIMD kernels spread the terms over accumulators * lanes partial sums,
// and the lanes are not counted here), plus ceil(log2(n)) levels of the final tree that adds the
// partial sums together (only a level whose two sides are both non-zero rounds), plus 2 to absorb the
// second-order terms. A sum of non-negative terms then has relative error at most
// SumRoundings(n, accumulators) * 2^-24 + (the terms' own relative error).
inline double SumRoundings(size_t n, size_t accumulators) {
  const double chain = std::ceil(static_cast<double>(n) / static_cast<double>(accumulators));
  const double tree = n > 1 ? std::ceil(std::log2(static_cast<double>(n))) : 0.0;
  return 2.0 + chain + tree;
}

// ---- Kernel registration --------------------------------------------------------------------------

// One row of a family's generated table.
template <typename Fn>
struct UKernel {
  const char* name;  // the C function name, also the gtest name suffix
  enum smax_isa isa;
  const char* isa_name;
  size_t elements;      // per main-loop iteration (the tile)
  size_t accumulators;  // independent partial results
  bool is_default;
  Fn* fn;
  double bound;  // relative error of the kernel's exp in units of 2^-24 (the table's bound; 0: exact)
};

template <typename Fn>
void PrintTo(const UKernel<Fn>& kernel, std::ostream* os) {
  *os << kernel.name;
}

// Expands one SMAX_UKERNEL(family, isa, name, elements, accumulators, is_default, bound, side_max) row
// of a family's .inc into an initializer of UKernel<the family's function type>. A test file defines
// SMAX_UKERNEL as SMAX_TEST_UKERNEL_ROW and includes the .inc inside the braces of a
// std::vector<UKernel<smax_f32_<family>_ukernel_fn>>.
#define SMAX_TEST_UKERNEL_ROW(family, isa, name, elements, accumulators, is_default, bound, side_max) \
  {#name, smax_isa_##isa, #isa, elements, accumulators, (is_default) != 0, name, bound},

// gtest name generator: the kernel's C name.
struct KernelTestName {
  template <typename Param>
  std::string operator()(const ::testing::TestParamInfo<Param>& info) const {
    return info.param.name;
  }
};

// Instantiates the value-parameterized suite `fixture` on `kernels`, the rows of a family's table,
// named after each kernel; a build without any row for this architecture is not an error.
#define SMAX_TEST_INSTANTIATE_KERNELS(fixture, kernels)                                                  \
  INSTANTIATE_TEST_SUITE_P(Kernels, fixture, ::testing::ValuesIn(kernels), smax_test::KernelTestName()); \
  GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(fixture)

// Sizes every kernel is tested with: every n in 1..3*tile (each remainder, one to three main-loop
// iterations), 8*tile and 8*tile+1, and a few odd sizes up to about 5000 (long chains of partial
// sums). Compact on purpose: SIMD tables multiply the kernel count and CI also runs under sanitizers
// and emulators. Quick mode (SMAX_TEST_QUICK: emulators and sanitizers) keeps every remainder with one
// and two main-loop iterations, 8*tile+1 and one long odd size.
inline bool QuickKernelTests() {
  const char* quick_env = std::getenv("SMAX_TEST_QUICK");
  return quick_env != nullptr && quick_env[0] != '\0' && quick_env[0] != '0';
}

inline std::vector<size_t> KernelSizes(size_t tile) {
  const bool quick = QuickKernelTests();
  std::vector<size_t> sizes;
  for (size_t n = 1; n <= (quick ? 2 : 3) * tile; n++) {
    sizes.push_back(n);
  }
  const std::vector<size_t> longer =
      quick ? std::vector<size_t>{8 * tile + 1, 1021} : std::vector<size_t>{8 * tile, 8 * tile + 1, 97, 1021, 4999};
  for (size_t n : longer) {
    sizes.push_back(n);
  }
  std::sort(sizes.begin(), sizes.end());
  sizes.erase(std::unique(sizes.begin(), sizes.end()), sizes.end());
  return sizes;
}

// Evenly spaced values from `low` to `high`, both included: `steps` + 1 of them, 2^9 + 1 in quick mode
// (the per-term sweeps of the exp kernels' testers).
inline std::vector<float> DenseValues(float low, float high, int steps) {
  if (QuickKernelTests() && steps > (1 << 9)) {
    steps = 1 << 9;
  }
  std::vector<float> values;
  for (int i = 0; i <= steps; i++) {
    values.push_back(low + (high - low) * static_cast<float>(i) / static_cast<float>(steps));
  }
  return values;
}

// ---- Error log ---------------------------------------------------------------------------------------

// Largest errors observed per kernel, in units of 2^-24 relative, printed once per test suite.
class ErrorLog {
 public:
  static void Record(const std::string& kernel, const std::string& what, double relative_error) {
    double& worst = Table()[kernel][what];
    worst = std::max(worst, relative_error / kRoundoff);
  }

  static void Print() {
    if (Table().empty()) {
      return;
    }
    std::cout << "Largest relative errors observed, in units of 2^-24:\n";
    for (const auto& kernel : Table()) {
      std::cout << "  " << kernel.first << ":";
      for (const auto& entry : kernel.second) {
        std::cout << " " << entry.first << " " << std::fixed << std::setprecision(2) << entry.second;
      }
      std::cout << std::defaultfloat << "\n";
    }
    Table().clear();
  }

 private:
  static std::map<std::string, std::map<std::string, double>>& Table() {
    static std::map<std::string, std::map<std::string, double>> table;
    return table;
  }
};

// ---- The fixture every family's test suite uses -----------------------------------------------------

template <typename Fn>
class UKernelTest : public ::testing::TestWithParam<UKernel<Fn>> {
 protected:
  void SetUp() override {
    const UKernel<Fn>& kernel = this->GetParam();
    ASSERT_TRUE(cpuinfo_initialize()) << "cpuinfo_initialize() failed";
    if (!smax_isa_available(kernel.isa)) {
      GTEST_SKIP() << kernel.name << ": this CPU (or this build) lacks " << kernel.isa_name;
    }
  }

  static void TearDownTestSuite() {
    ErrorLog::Print();
  }

  // Runs a configured tester on the kernel under test for every size of KernelSizes(tile).
  template <class Tester>
  void TestSizes(Tester tester) const {
    const UKernel<Fn>& kernel = this->GetParam();
    tester.kernel(kernel);
    for (size_t n : KernelSizes(kernel.elements)) {
      tester.elements(n).Test(kernel.fn);
      if (::testing::Test::HasFailure()) {
        return;
      }
    }
  }
};

}  // namespace smax_test

#endif  // SMAX_TEST_UKERNEL_TESTER_H_
