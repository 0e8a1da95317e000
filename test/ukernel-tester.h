// Micro-kernel testers: one builder-style tester class per kernel family, each with a Test(kernel)
// method that runs the kernel on generated inputs and compares it with a double-precision reference
// computed here, plus the gtest fixture and helpers that every test/<family>.cc shares.
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
#include <cstring>
#include <iomanip>
#include <iostream>
#include <limits>
#include <map>
#include <random>
#include <sstream>
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

// Sizes every kernel is tested with: every n in 1..3*tile (each remainder, one to three main-loop
// iterations), 8*tile and 8*tile+1, and a few odd sizes up to about 5000 (long chains of partial
// sums). Compact on purpose: SIMD tables multiply the kernel count and CI also runs under sanitizers
// and emulators. Quick mode (SMAX_TEST_QUICK: emulators and sanitizers) keeps every remainder with one
// and two main-loop iterations, 8*tile+1 and one long odd size.
inline std::vector<size_t> KernelSizes(size_t tile) {
  const char* quick_env = std::getenv("SMAX_TEST_QUICK");
  const bool quick = quick_env != nullptr && quick_env[0] != '\0' && quick_env[0] != '0';
  std::vector<size_t> sizes;
  for (size_t n = 1; n <= (quick ? 2 : 3) * tile; n++) {
    sizes.push_back(n);
  }
  const std::vector<size_t> longer = quick ? std::vector<size_t>{8 * tile + 1, 1021}
                                           : std::vector<size_t>{8 * tile, 8 * tile + 1, 97, 1021, 4999};
  for (size_t n : longer) {
    sizes.push_back(n);
  }
  std::sort(sizes.begin(), sizes.end());
  sizes.erase(std::unique(sizes.begin(), sizes.end()), sizes.end());
  return sizes;
}

// ---- Bits, formatting, error log ------------------------------------------------------------------

inline uint32_t Bits(float value) {
  uint32_t bits;
  std::memcpy(&bits, &value, sizeof(bits));
  return bits;
}

inline float FromBits(uint32_t bits) {
  float value;
  std::memcpy(&value, &bits, sizeof(value));
  return value;
}

// Output guards and not-yet-written outputs: a quiet NaN with a payload no arithmetic produces.
constexpr uint32_t kSentinelBits = UINT32_C(0x7FC5A5A5);
constexpr const char* kNotWritten =
    "still holds the sentinel it started with (never written, or computed from its old value)";

// "1.23456791 (0x1.3c0ca4p+0)": decimal for reading, hexadecimal for the exact bits.
inline std::string Str(double value) {
  std::ostringstream out;
  out << std::setprecision(9) << value;
  if (std::isfinite(value) && value != 0.0) {
    out << " (" << std::hexfloat << value << ")";
  }
  return out.str();
}

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

// ---- Buffers --------------------------------------------------------------------------------------

enum class Layout {
  kGuarded,  // extra elements before and after, checked after the call
  kExact,    // exactly the elements asked for, in their own heap block (AddressSanitizer's redzones)
};

// Odd: the data starts 68 bytes into a (16-byte or more aligned) allocation, so it is misaligned
// for every vector width.
constexpr size_t kGuardBefore = 17;
constexpr size_t kGuardAfter = 32;

// A float buffer, or (BasicBuffer<uint16_t>, HalfBuffer) one of binary16 bit patterns.
template <typename T>
class BasicBuffer {
 public:
  // `shift` more elements before the data in the guarded layout: other alignments of data().
  BasicBuffer(size_t size, Layout layout, size_t shift = 0)
      : size_(size),
        before_(layout == Layout::kGuarded ? kGuardBefore + shift : 0),
        storage_(before_ + size + (layout == Layout::kGuarded ? kGuardAfter : 0)) {}

  T* data() {
    return storage_.data() + before_;
  }
  const T* data() const {
    return storage_.data() + before_;
  }
  size_t size() const {
    return size_;
  }
  T& operator[](size_t i) {
    return data()[i];
  }
  T operator[](size_t i) const {
    return data()[i];
  }

  // Fills the data and the guards.
  void Fill(T value) {
    std::fill(storage_.begin(), storage_.end(), value);
  }
  // Fills the guards (and the rest of the data) with `value` and data()[0..values.size()) with values.
  void Fill(T value, const std::vector<T>& values) {
    Fill(value);
    std::copy(values.begin(), values.begin() + static_cast<ptrdiff_t>(std::min(values.size(), size_)), data());
  }

  const std::vector<T>& storage() const {
    return storage_;
  }

  // Position, in storage(), of the first element whose bits differ from `before` (a copy of
  // storage()); false if there is none.
  bool FirstDifference(const std::vector<T>& before, size_t* position) const {
    for (size_t i = 0; i < storage_.size(); i++) {
      if (ElementBits(storage_[i]) != ElementBits(before[i])) {
        *position = i;
        return true;
      }
    }
    return false;
  }

  // Position, in storage(), of the first guard element whose bits are not `bits`; false if none.
  bool FirstChangedGuard(uint32_t bits, size_t* position) const {
    for (size_t i = 0; i < storage_.size(); i++) {
      if (!InData(i) && ElementBits(storage_[i]) != bits) {
        *position = i;
        return true;
      }
    }
    return false;
  }

  bool InData(size_t position) const {
    return position >= before_ && position < before_ + size_;
  }

  // Index relative to data() of a position in storage(): negative in the leading guard.
  ptrdiff_t Index(size_t position) const {
    return static_cast<ptrdiff_t>(position) - static_cast<ptrdiff_t>(before_);
  }

 private:
  static uint32_t ElementBits(float value) {
    return Bits(value);
  }
  static uint32_t ElementBits(uint16_t value) {
    return value;
  }

  size_t size_;
  size_t before_;
  std::vector<T> storage_;
};

using Buffer = BasicBuffer<float>;
using HalfBuffer = BasicBuffer<uint16_t>;

// An element of a buffer, for failure messages.
inline std::string Describe(float value) {
  return Str(value);
}
inline std::string Describe(uint16_t half_bits) {
  std::ostringstream out;
  out << "binary16 0x" << std::hex << std::setw(4) << std::setfill('0') << half_bits;
  return out.str();
}

// ---- Inputs and the shared tester state -----------------------------------------------------------

// A small, fast, seedable generator (SplitMix64, Steele, Lea & Flood 2014). Each size gets its own
// generator, seeded from (seed, n); std::mt19937 refreshes a 624-word state on every seeding, which
// dominated the run time over the many small sizes.
class Rng {
 public:
  using result_type = uint32_t;

  explicit Rng(uint64_t seed) : state_(seed) {}

  static constexpr result_type min() {
    return 0;
  }
  static constexpr result_type max() {
    return UINT32_MAX;
  }

  result_type operator()() {
    uint64_t z = (state_ += UINT64_C(0x9E3779B97F4A7C15));
    z = (z ^ (z >> 30)) * UINT64_C(0xBF58476D1CE4E5B9);
    z = (z ^ (z >> 27)) * UINT64_C(0x94D049BB133111EB);
    return static_cast<result_type>((z ^ (z >> 31)) >> 32);
  }

 private:
  uint64_t state_;
};

enum class Order { kRandom, kAscending, kDescending };

// Largest input, NaN ignored (it is what rmax gives); `start` for an empty or all-NaN row.
inline float MaxIgnoringNaN(const std::vector<float>& x, float start) {
  float max = start;
  for (float v : x) {
    if (v > max) max = v;
  }
  return max;
}

inline bool HasNaN(const std::vector<float>& x) {
  return std::any_of(x.begin(), x.end(), [](float v) { return std::isnan(v); });
}

inline float ClampExtExp(float x) {
  const float limit = SMAX_EXTEXP_INPUT_LIMIT;
  return x < -limit ? -limit : (x > limit ? limit : x);
}

// Builder state shared by every tester: the kernel's name and accumulators, the size, the inputs.
// Setters return the derived tester, so calls chain: Tester().elements(n).input_range(a, b).Test(fn).
template <class Derived>
class TesterBase {
 public:
  template <typename Fn>
  Derived& kernel(const UKernel<Fn>& kernel) {
    kernel_name_ = kernel.name;
    accumulators_ = kernel.accumulators;
    exp_error_ = kernel.bound * kRoundoff;
    return self();
  }
  Derived& kernel_name(const std::string& name) {
    kernel_name_ = name;
    return self();
  }
  const std::string& kernel_name() const {
    return kernel_name_;
  }

  // The relative error allowed for the kernel's exp (see "Error bounds" above); kernel() sets it
  // from the table row's bound.
  Derived& exp_error(double relative_error) {
    exp_error_ = relative_error;
    return self();
  }
  double exp_error() const {
    return exp_error_;
  }

  Derived& elements(size_t elements) {
    elements_ = elements;
    return self();
  }
  size_t elements() const {
    return elements_;
  }

  Derived& accumulators(size_t accumulators) {
    accumulators_ = accumulators;
    return self();
  }
  size_t accumulators() const {
    return accumulators_;
  }

  Derived& iterations(size_t iterations) {
    iterations_ = iterations;
    return self();
  }
  size_t iterations() const {
    return iterations_;
  }

  Derived& seed(uint32_t seed) {
    seed_ = seed;
    return self();
  }
  uint32_t seed() const {
    return seed_;
  }

  // Finite inputs are uniform in [min, max].
  Derived& input_range(float min, float max) {
    input_min_ = min;
    input_max_ = max;
    return self();
  }
  float input_min() const {
    return input_min_;
  }
  float input_max() const {
    return input_max_;
  }

  // Fraction of entries replaced by -inf. Below 1, at least one entry stays finite; 1 makes every
  // entry -inf.
  Derived& neg_inf_fraction(double fraction) {
    neg_inf_fraction_ = fraction;
    return self();
  }
  double neg_inf_fraction() const {
    return neg_inf_fraction_;
  }

  // Fraction of entries replaced by (max of the in-range entries) - U[80, 150]: exp(x - max) then
  // straddles the exp core's cutoff (-87.34), below which it must be exactly 0.
  Derived& underflow_fraction(double fraction) {
    underflow_fraction_ = fraction;
    return self();
  }
  double underflow_fraction() const {
    return underflow_fraction_;
  }

  // Fraction of entries replaced by huge magnitudes: +-10^U[3, 38.5] (up to FLT_MAX), 1 in 8 of
  // them +-inf.
  Derived& huge_fraction(double fraction) {
    huge_fraction_ = fraction;
    return self();
  }
  double huge_fraction() const {
    return huge_fraction_;
  }

  // Order of the entries, before any NaN / +inf is placed.
  Derived& order(Order order) {
    order_ = order;
    return self();
  }
  Order order() const {
    return order_;
  }

  // One entry, at a random position, replaced by NaN / by +inf.
  Derived& nan_input(bool nan_input) {
    nan_input_ = nan_input;
    return self();
  }
  bool nan_input() const {
    return nan_input_;
  }
  Derived& plus_inf_input(bool plus_inf_input) {
    plus_inf_input_ = plus_inf_input;
    return self();
  }
  bool plus_inf_input() const {
    return plus_inf_input_;
  }

  // Elementwise families: output == input.
  Derived& in_place(bool in_place) {
    in_place_ = in_place;
    return self();
  }
  bool in_place() const {
    return in_place_;
  }

 protected:
  Derived& self() {
    return static_cast<Derived&>(*this);
  }

  // batch as the kernel takes it: elements() times the input element's size.
  size_t batch_bytes() const {
    return elements() * element_bytes_;
  }
  // The input element's size: sizeof(float), or 2 for the testers of 16-bit inputs (input16-tester.h).
  void element_bytes(size_t bytes) {
    element_bytes_ = bytes;
  }

  Rng MakeRng() const {
    return Rng((static_cast<uint64_t>(seed_) << 32) ^ static_cast<uint64_t>(elements_));
  }

  // elements() inputs, or `count` if it is not 0 (a second array drawn the same way).
  std::vector<float> GenerateInputs(Rng& rng, size_t count = 0) const {
    enum Kind { kInRange, kNegInf, kUnderflow, kHuge };
    const size_t n = count != 0 ? count : elements();
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::vector<Kind> kinds(n, kInRange);
    const bool mixed = neg_inf_fraction_ + underflow_fraction_ + huge_fraction_ > 0.0;
    for (Kind& kind : kinds) {
      if (!mixed) break;
      const double u = unit(rng);
      if (u < neg_inf_fraction_) {
        kind = kNegInf;
      } else if (u < neg_inf_fraction_ + underflow_fraction_) {
        kind = kUnderflow;
      } else if (u < neg_inf_fraction_ + underflow_fraction_ + huge_fraction_) {
        kind = kHuge;
      }
    }
    if (neg_inf_fraction_ < 1.0 && std::find(kinds.begin(), kinds.end(), kInRange) == kinds.end()) {
      kinds[std::uniform_int_distribution<size_t>(0, n - 1)(rng)] = kInRange;
    }
    std::uniform_real_distribution<float> in_range(input_min_, input_max_);
    std::vector<float> x(n);
    float range_max = -std::numeric_limits<float>::infinity();
    for (size_t i = 0; i < n; i++) {
      if (kinds[i] == kInRange) {
        x[i] = in_range(rng);
        range_max = std::max(range_max, x[i]);
      }
    }
    std::uniform_real_distribution<float> below(80.0f, 150.0f);
    std::uniform_real_distribution<double> exponent(3.0, 38.6);
    for (size_t i = 0; i < n; i++) {
      switch (kinds[i]) {
        case kInRange:
          break;
        case kNegInf:
          x[i] = -std::numeric_limits<float>::infinity();
          break;
        case kUnderflow:
          x[i] = range_max - below(rng);
          break;
        case kHuge: {
          const float sign = unit(rng) < 0.5 ? -1.0f : 1.0f;
          float magnitude = std::numeric_limits<float>::infinity();
          if (unit(rng) >= 0.125) {
            magnitude = static_cast<float>(std::min(std::pow(10.0, exponent(rng)), static_cast<double>(FLT_MAX)));
          }
          x[i] = sign * magnitude;
          break;
        }
      }
    }
    if (order_ == Order::kAscending) {
      std::sort(x.begin(), x.end());
    } else if (order_ == Order::kDescending) {
      std::sort(x.begin(), x.end(), [](float a, float b) { return a > b; });
    }
    std::uniform_int_distribution<size_t> position(0, n - 1);
    if (plus_inf_input_) {
      x[position(rng)] = std::numeric_limits<float>::infinity();
    }
    if (nan_input_) {
      x[position(rng)] = std::numeric_limits<float>::quiet_NaN();
    }
    return x;
  }

  std::string InputsDescription() const {
    std::ostringstream out;
    out << "inputs in [" << input_min_ << ", " << input_max_ << "]";
    if (neg_inf_fraction_ > 0) out << ", " << 100 * neg_inf_fraction_ << "% -inf";
    if (underflow_fraction_ > 0) out << ", " << 100 * underflow_fraction_ << "% underflowing";
    if (huge_fraction_ > 0) out << ", " << 100 * huge_fraction_ << "% huge";
    if (order_ == Order::kAscending) out << ", ascending";
    if (order_ == Order::kDescending) out << ", descending";
    if (plus_inf_input_) out << ", one +inf";
    if (nan_input_) out << ", one NaN";
    return out.str();
  }

  // Where a check runs: streamed into a failure message only when a check fails, so that passing
  // checks cost nothing. Up to two labelled scalars (the max, the scale...) complete the context.
  struct Where {
    const TesterBase* tester;
    Layout layout;
    size_t iteration;
    const char* label1 = nullptr;
    float value1 = 0.0f;
    const char* label2 = nullptr;
    float value2 = 0.0f;

    std::string str() const {
      std::string context = tester->Context(layout, iteration);
      if (label1 != nullptr) context += std::string(", ") + label1 + " " + Str(value1);
      if (label2 != nullptr) context += std::string(", ") + label2 + " " + Str(value2);
      return context;
    }

    friend std::ostream& operator<<(std::ostream& out, const Where& where) {
      return out << where.str();
    }
  };

  // Names everything needed to reproduce a failure.
  std::string Context(Layout layout, size_t iteration) const {
    std::ostringstream out;
    out << kernel_name_ << " with n=" << elements_ << " (batch=" << batch_bytes() << " bytes), " << InputsDescription()
        << ", " << (layout == Layout::kGuarded ? "guarded" : "exact-size") << " buffers"
        << (in_place_ ? ", in place" : "") << ", seed " << seed_ << ", iteration " << iteration;
    return out.str();
  }

  // Checks that a buffer the kernel only reads is bit-for-bit unchanged (guards included).
  template <typename T>
  static bool CheckUnchanged(const BasicBuffer<T>& buffer, const std::vector<T>& before, const char* what,
                             const Where& context) {
    size_t position;
    if (buffer.FirstDifference(before, &position)) {
      ADD_FAILURE() << context << ": the kernel modified its input " << what << ": element " << buffer.Index(position)
                    << (buffer.InData(position) ? "" : " (a guard)") << " was " << Describe(before[position])
                    << ", is now " << Describe(buffer.storage()[position]);
      return false;
    }
    return true;
  }

  // Checks that the guards of an output buffer still hold kSentinelBits.
  static bool CheckGuards(const Buffer& buffer, const char* what, const Where& context) {
    size_t position;
    if (buffer.FirstChangedGuard(kSentinelBits, &position)) {
      ADD_FAILURE() << context << ": the kernel wrote outside " << what << ": element " << buffer.Index(position)
                    << " (outside [0, " << buffer.size() << ")) is now " << Str(buffer.storage()[position]);
      return false;
    }
    return true;
  }

  // Checks one output element against its reference value.
  //  expect_nan:   the output must be NaN;
  //  must_be_zero: the output must be exactly 0 (-inf inputs, arguments below the exp core's cutoff,
  //                vscaleextexp's flushed terms);
  //  otherwise:    |actual - expected| <= relative_tolerance * expected + absolute_tolerance.
  bool CheckOutput(const Where& context, size_t i, float input, float actual, double expected, bool expect_nan,
                   bool must_be_zero, double relative_tolerance, double absolute_tolerance) const {
    const bool written = Bits(actual) != kSentinelBits;
    const double error = std::abs(static_cast<double>(actual) - expected);
    const double allowed = relative_tolerance * std::abs(expected) + absolute_tolerance;
    if (written) {
      if (expect_nan) {
        if (std::isnan(actual)) return true;
      } else if (must_be_zero) {
        if (actual == 0.0f) return true;
      } else if (std::isfinite(actual) && error <= allowed) {
        // Logged only for normal results within the relative bound alone: subnormal results, and
        // outputs in the flush region (exactly 0 for a reference just above FLT_MIN), pass thanks to
        // the absolute allowance.
        if (std::abs(expected) >= FLT_MIN && error <= relative_tolerance * std::abs(expected)) {
          worst_output_error_ = std::max(worst_output_error_, error / std::abs(expected));
        }
        return true;
      }
    }
    std::ostringstream failure;
    failure << "output[" << i << "] = " << Str(actual) << " for input " << Str(input) << ", expected ";
    if (!written) {
      failure << Str(expected) << ", but output[" << i << "] " << kNotWritten;
    } else if (expect_nan) {
      failure << "NaN";
    } else if (must_be_zero) {
      failure << "exactly 0 (reference " << Str(expected) << ")";
    } else {
      failure << Str(expected) << ": error " << Str(error) << " (relative " << Str(error / std::abs(expected))
              << "), allowed " << Str(allowed);
    }
    ADD_FAILURE() << context << ": " << failure.str();
    return false;
  }

  // Hands the largest output error seen by CheckOutput since the last call to the ErrorLog (once
  // per kernel call, not per element: the log is a map).
  void RecordOutputErrors() const {
    ErrorLog::Record(kernel_name_, "output", worst_output_error_);
    worst_output_error_ = 0.0;
  }

  // Checks a sum against its reference value.
  bool CheckSum(const Where& context, const char* what, float actual, double expected, bool expect_nan,
                double absolute_tolerance) const {
    const bool written = Bits(actual) != kSentinelBits;
    const double error = std::abs(static_cast<double>(actual) - expected);
    if (written) {
      if (expect_nan) {
        if (std::isnan(actual)) return true;
      } else if (std::isfinite(actual) && error <= absolute_tolerance) {
        if (expected > 0) {
          ErrorLog::Record(kernel_name_, what, error / expected);
        }
        return true;
      }
    }
    std::ostringstream failure;
    failure << what;
    if (!written) {
      failure << " " << kNotWritten;
    } else if (expect_nan) {
      failure << " = " << Str(actual) << ", expected NaN (an input is NaN)";
    } else {
      failure << " = " << Str(actual) << ", expected " << Str(expected) << ": error " << Str(error) << " (relative "
              << Str(error / expected) << "), allowed " << Str(absolute_tolerance);
    }
    ADD_FAILURE() << context << ": " << failure.str();
    return false;
  }

 private:
  std::string kernel_name_ = "kernel";
  size_t elements_ = 1;
  size_t accumulators_ = 1;
  double exp_error_ = 0.0;
  size_t iterations_ = 1;
  uint32_t seed_ = UINT32_C(0x5EED5EED);
  // The exp families' default, as in XNNPACK: see the test files.
  float input_min_ = 90.0f;
  float input_max_ = 100.0f;
  double neg_inf_fraction_ = 0.0;
  double underflow_fraction_ = 0.0;
  double huge_fraction_ = 0.0;
  Order order_ = Order::kRandom;
  bool nan_input_ = false;
  bool plus_inf_input_ = false;
  bool in_place_ = false;
  mutable double worst_output_error_ = 0.0;
  size_t element_bytes_ = sizeof(float);
};

// ---- Shared reference for exp(x - max) --------------------------------------------------------------

// Reference for exp(x[i] - max), in double.
//
// The kernels compute exp of the float difference x[i] - *max (src/smax/microfnptr.h): that rounding
// is part of the function, not an error of the kernel, so the reference is exp of the same float
// argument, in double. (For inputs in [90, 100] the difference is exact anyway: Sterbenz.)
struct ExpMinusMaxReference {
  std::vector<double> value;       // exp(fl(x - max)); 0 for -inf; NaN for NaN
  std::vector<bool> must_be_zero;  // -inf, or fl(x - max) below the exp core's cutoff
  double sum = 0.0;                // over the non-NaN entries
  double sum_error = 0.0;          // absolute allowance for the kernel's float sum of its terms
  bool has_nan = false;
};

// term_error: the relative error allowed on each term (the kernel's exp_error() for a sum).
inline ExpMinusMaxReference ReferenceExpMinusMax(const std::vector<float>& x, float max, double term_error,
                                                 size_t accumulators) {
  ExpMinusMaxReference reference;
  const size_t n = x.size();
  reference.value.resize(n);
  reference.must_be_zero.resize(n);
  for (size_t i = 0; i < n; i++) {
    if (std::isnan(x[i])) {
      reference.has_nan = true;
      reference.value[i] = std::numeric_limits<double>::quiet_NaN();
      continue;
    }
    const float argument = x[i] - max;  // what the kernel computes, in float
    reference.value[i] = std::isinf(x[i]) ? 0.0 : std::exp(static_cast<double>(argument));
    reference.must_be_zero[i] = std::isinf(x[i]) || argument < kExpCutoff;
    reference.sum += reference.value[i];
  }
  // The terms' own error, the roundings of the additions, and terms flushed to 0 near the cutoff
  // (each below FLT_MIN).
  reference.sum_error = (term_error + SumRoundings(n, accumulators) * kRoundoff) * reference.sum +
                        static_cast<double>(n) * static_cast<double>(FLT_MIN);
  return reference;
}

// ---- f32-rmax ---------------------------------------------------------------------------------------

// *max = max(*max, input[0..n)), exact. NaN inputs are not generated: the kernels may or may not
// propagate them (src/smax/microfnptr.h).
class RMaxTester : public TesterBase<RMaxTester> {
 public:
  // The value *max is seeded with (-inf for a fresh row).
  RMaxTester& initial_max(float initial_max) {
    initial_max_ = initial_max;
    return *this;
  }
  float initial_max() const {
    return initial_max_;
  }

  void Test(smax_f32_rmax_ukernel_fn* rmax) const {
    Rng rng = MakeRng();
    for (size_t iteration = 0; iteration < iterations(); iteration++) {
      const std::vector<float> x = GenerateInputs(rng);
      const float expected = MaxIgnoringNaN(x, initial_max_);
      for (Layout layout : {Layout::kGuarded, Layout::kExact}) {
        const Where context{this, layout, iteration, "*max seeded with", initial_max_};
        // +inf input guards: a read beyond the input would become the max.
        Buffer input(elements(), layout);
        input.Fill(std::numeric_limits<float>::infinity(), x);
        const std::vector<float> input_before = input.storage();
        Buffer max(1, layout);
        max.Fill(FromBits(kSentinelBits));
        max[0] = initial_max_;

        rmax(batch_bytes(), input.data(), max.data(), nullptr);

        if (!CheckUnchanged(input, input_before, "array", context)) return;
        if (!CheckGuards(max, "*max", context)) return;
        if (!(max[0] == expected)) {
          const auto where = std::find(x.begin(), x.end(), expected);
          ADD_FAILURE() << context << ": *max = " << Str(max[0]) << ", expected " << Str(expected)
                        << (where == x.end() ? std::string(" (the seed)")
                                             : " (input[" + std::to_string(where - x.begin()) + "])");
          return;
        }
      }
    }
  }

 private:
  float initial_max_ = -std::numeric_limits<float>::infinity();
};

// ---- f32-raddexpminusmax ----------------------------------------------------------------------------

// *sum = sum_i exp(input[i] - *max), with *max the inputs' max (NaN ignored).
class RAddExpMinusMaxTester : public TesterBase<RAddExpMinusMaxTester> {
 public:
  void Test(smax_f32_raddexpminusmax_ukernel_fn* raddexpminusmax) const {
    Rng rng = MakeRng();
    for (size_t iteration = 0; iteration < iterations(); iteration++) {
      const std::vector<float> x = GenerateInputs(rng);
      const float max_value = MaxIgnoringNaN(x, -std::numeric_limits<float>::infinity());
      const ExpMinusMaxReference reference = ReferenceExpMinusMax(x, max_value, exp_error(), accumulators());
      for (Layout layout : {Layout::kGuarded, Layout::kExact}) {
        const Where context{this, layout, iteration, "max", max_value};
        // NaN input guards: a read beyond the input makes the sum NaN.
        Buffer input(elements(), layout);
        input.Fill(std::numeric_limits<float>::quiet_NaN(), x);
        const std::vector<float> input_before = input.storage();
        Buffer max(1, layout);
        max.Fill(FromBits(kSentinelBits));
        max[0] = max_value;
        const std::vector<float> max_before = max.storage();
        Buffer sum(1, layout);
        sum.Fill(FromBits(kSentinelBits));

        raddexpminusmax(batch_bytes(), input.data(), max.data(), sum.data(), nullptr);

        if (!CheckUnchanged(input, input_before, "array", context)) return;
        if (!CheckUnchanged(max, max_before, "*max", context)) return;
        if (!CheckGuards(sum, "*sum", context)) return;
        if (!CheckSum(context, "sum", sum[0], reference.sum, reference.has_nan, reference.sum_error)) return;
      }
    }
  }
};

// ---- f32-vscaleexpminusmax --------------------------------------------------------------------------

// output[i] = exp(input[i] - *max) * *scale, with *max the inputs' max (NaN ignored).
class VScaleExpMinusMaxTester : public TesterBase<VScaleExpMinusMaxTester> {
 public:
  // The scale; 0 (the default) means 1 / sum_i exp(x[i] - max), as the softmax operator passes.
  VScaleExpMinusMaxTester& scale(float scale) {
    scale_ = scale;
    return *this;
  }
  float scale() const {
    return scale_;
  }

  void Test(smax_f32_vscaleexpminusmax_ukernel_fn* vscaleexpminusmax) const {
    Rng rng = MakeRng();
    const size_t n = elements();
    for (size_t iteration = 0; iteration < iterations(); iteration++) {
      const std::vector<float> x = GenerateInputs(rng);
      const float max_value = MaxIgnoringNaN(x, -std::numeric_limits<float>::infinity());
      const ExpMinusMaxReference reference = ReferenceExpMinusMax(x, max_value, exp_error(), accumulators());
      const float scale_value = scale_ != 0.0f ? scale_ : static_cast<float>(1.0 / reference.sum);
      const double absolute_tolerance = kFlushAllowance * std::max(1.0, static_cast<double>(scale_value));
      for (Layout layout : {Layout::kGuarded, Layout::kExact}) {
        const Where context{this, layout, iteration, "max", max_value, "scale", scale_value};
        // In place, the output buffer holds the inputs and its guards are the output's.
        Buffer input(in_place() ? 0 : n, layout);
        input.Fill(std::numeric_limits<float>::quiet_NaN(), in_place() ? std::vector<float>() : x);
        const std::vector<float> input_before = input.storage();
        Buffer output(n, layout);
        output.Fill(FromBits(kSentinelBits), in_place() ? x : std::vector<float>());
        Buffer max(1, layout);
        max.Fill(FromBits(kSentinelBits));
        max[0] = max_value;
        const std::vector<float> max_before = max.storage();
        Buffer scale(1, layout);
        scale.Fill(FromBits(kSentinelBits));
        scale[0] = scale_value;
        const std::vector<float> scale_before = scale.storage();

        vscaleexpminusmax(batch_bytes(), in_place() ? output.data() : input.data(), output.data(), max.data(),
                          scale.data(), nullptr);

        if (!in_place() && !CheckUnchanged(input, input_before, "array", context)) return;
        if (!CheckUnchanged(max, max_before, "*max", context)) return;
        if (!CheckUnchanged(scale, scale_before, "*scale", context)) return;
        if (!CheckGuards(output, "the output", context)) return;
        for (size_t i = 0; i < n; i++) {
          if (!CheckOutput(context, i, x[i], output[i], reference.value[i] * scale_value, std::isnan(x[i]),
                           reference.must_be_zero[i], exp_error() + kRoundoff, absolute_tolerance)) {
            return;
          }
        }
        RecordOutputErrors();
      }
    }
  }

 private:
  float scale_ = 0.0f;
};

// ---- f32-raddstoreexpminusmax -----------------------------------------------------------------------

// output[i] = exp(input[i] - *max); *sum = sum_i output[i]; *max the inputs' max (NaN ignored).
// With next_elements(k), k != 0, the kernel also gets a next block of k inputs (drawn like the
// inputs, and separate from them) and must leave *next_max = max(seed, next block), exact, as the
// f32-rmax kernels do: NaN in the next block may be skipped or propagated. With own_block_max(true) the
// "next block" is the block itself (next_input == input), as the reload pipeline's running max uses it.
class RAddStoreExpMinusMaxTester : public TesterBase<RAddStoreExpMinusMaxTester> {
 public:
  RAddStoreExpMinusMaxTester& next_elements(size_t next_elements) {
    next_elements_ = next_elements;
    return *this;
  }
  size_t next_elements() const {
    return next_elements_;
  }
  // The value *next_max is seeded with.
  RAddStoreExpMinusMaxTester& next_max_seed(float seed) {
    next_max_seed_ = seed;
    return *this;
  }
  RAddStoreExpMinusMaxTester& own_block_max(bool own_block_max) {
    own_block_max_ = own_block_max;
    return *this;
  }
  // *max is the inputs' max minus this (at most SMAX_EXP_ABOVE_MAX_LIMIT): inputs above *max.
  RAddStoreExpMinusMaxTester& max_below_top(float max_below_top) {
    max_below_top_ = max_below_top;
    return *this;
  }

  void Test(smax_f32_raddstoreexpminusmax_ukernel_fn* raddstoreexpminusmax) const {
    Rng rng = MakeRng();
    const size_t n = elements();
    for (size_t iteration = 0; iteration < iterations(); iteration++) {
      const std::vector<float> x = GenerateInputs(rng);
      const std::vector<float> next_x =
          own_block_max_ ? x : next_elements_ != 0 ? GenerateInputs(rng, next_elements_) : std::vector<float>();
      const size_t next_elements = own_block_max_ ? n : next_elements_;
      const float next_expected = MaxIgnoringNaN(next_x, next_max_seed_);
      const float max_value = MaxIgnoringNaN(x, -std::numeric_limits<float>::infinity()) - max_below_top_;
      const ExpMinusMaxReference reference = ReferenceExpMinusMax(x, max_value, exp_error(), accumulators());
      for (Layout layout : {Layout::kGuarded, Layout::kExact}) {
        const Where context{this, layout, iteration, "max", max_value};
        // In place, the output buffer holds the inputs and its guards are the output's.
        Buffer input(in_place() ? 0 : n, layout);
        input.Fill(std::numeric_limits<float>::quiet_NaN(), in_place() ? std::vector<float>() : x);
        const std::vector<float> input_before = input.storage();
        Buffer output(n, layout);
        output.Fill(FromBits(kSentinelBits), in_place() ? x : std::vector<float>());
        Buffer max(1, layout);
        max.Fill(FromBits(kSentinelBits));
        max[0] = max_value;
        const std::vector<float> max_before = max.storage();
        Buffer sum(1, layout);
        sum.Fill(FromBits(kSentinelBits));
        // +inf guards: a read beyond the next block would become its max.
        Buffer next_input(own_block_max_ ? 0 : next_elements, layout);
        next_input.Fill(std::numeric_limits<float>::infinity(), own_block_max_ ? std::vector<float>() : next_x);
        const std::vector<float> next_input_before = next_input.storage();
        const float* next_data = own_block_max_ ? input.data() : next_elements != 0 ? next_input.data() : nullptr;
        Buffer next_max(1, layout);
        next_max.Fill(FromBits(kSentinelBits));
        next_max[0] = next_max_seed_;
        const std::vector<float> next_max_before = next_max.storage();

        raddstoreexpminusmax(batch_bytes(), in_place() ? output.data() : input.data(), max.data(), output.data(),
                             sum.data(), next_elements * sizeof(float), next_data, next_max.data(), nullptr);

        if (!in_place() && !CheckUnchanged(input, input_before, "array", context)) return;
        if (!CheckUnchanged(max, max_before, "*max", context)) return;
        if (!CheckUnchanged(next_input, next_input_before, "next block", context)) return;
        if (next_elements == 0) {
          if (!CheckUnchanged(next_max, next_max_before, "*next_max (no next block)", context)) return;
        } else {
          if (!CheckGuards(next_max, "*next_max", context)) return;
          const bool has_nan = std::any_of(next_x.begin(), next_x.end(), [](float v) { return std::isnan(v); });
          if (!(next_max[0] == next_expected || (has_nan && std::isnan(next_max[0])))) {
            ADD_FAILURE() << context << ": *next_max = " << Str(next_max[0]) << ", expected " << Str(next_expected)
                          << " (next block of " << next_elements << (own_block_max_ ? ", the block itself)" : ")");
            return;
          }
        }
        if (!CheckGuards(output, "the output", context)) return;
        if (!CheckGuards(sum, "*sum", context)) return;
        for (size_t i = 0; i < n; i++) {
          if (!CheckOutput(context, i, x[i], output[i], reference.value[i], std::isnan(x[i]), reference.must_be_zero[i],
                           exp_error(), kFlushAllowance)) {
            return;
          }
        }
        RecordOutputErrors();
        if (!CheckSum(context, "sum", sum[0], reference.sum, reference.has_nan, reference.sum_error)) return;
        // *sum must also be the sum of the values stored, up to the additions' roundings.
        double stored_sum = 0.0;
        for (size_t i = 0; i < n; i++) {
          stored_sum += output[i];
        }
        if (!CheckSum(context, "sum of the stored outputs", sum[0], stored_sum, reference.has_nan,
                      SumRoundings(n, accumulators()) * kRoundoff * stored_sum)) {
          return;
        }
      }
    }
  }

 private:
  size_t next_elements_ = 0;
  float next_max_seed_ = -std::numeric_limits<float>::infinity();
  bool own_block_max_ = false;
  float max_below_top_ = 0.0f;
};

// ---- f32-vmulc --------------------------------------------------------------------------------------

// output[i] = input[i] * *scale, one IEEE multiplication: bit-exact (the double product of two floats
// is exact, so rounding it to float is the correctly rounded float product).
class VMulCTester : public TesterBase<VMulCTester> {
 public:
  // The scale; 0 (the default) means a random scale in [0.25, 4) per iteration.
  VMulCTester& scale(float scale) {
    scale_ = scale;
    return *this;
  }
  float scale() const {
    return scale_;
  }

  void Test(smax_f32_vmulc_ukernel_fn* vmulc) const {
    Rng rng = MakeRng();
    const size_t n = elements();
    for (size_t iteration = 0; iteration < iterations(); iteration++) {
      const std::vector<float> x = GenerateInputs(rng);
      const float scale_value = scale_ != 0.0f ? scale_ : std::uniform_real_distribution<float>(0.25f, 4.0f)(rng);
      for (Layout layout : {Layout::kGuarded, Layout::kExact}) {
        const Where context{this, layout, iteration, "scale", scale_value};
        // In place, the output buffer holds the inputs and its guards are the output's.
        Buffer input(in_place() ? 0 : n, layout);
        input.Fill(std::numeric_limits<float>::quiet_NaN(), in_place() ? std::vector<float>() : x);
        const std::vector<float> input_before = input.storage();
        Buffer output(n, layout);
        output.Fill(FromBits(kSentinelBits), in_place() ? x : std::vector<float>());
        Buffer scale(1, layout);
        scale.Fill(FromBits(kSentinelBits));
        scale[0] = scale_value;
        const std::vector<float> scale_before = scale.storage();

        vmulc(batch_bytes(), in_place() ? output.data() : input.data(), scale.data(), output.data(), nullptr);

        if (!in_place() && !CheckUnchanged(input, input_before, "array", context)) return;
        if (!CheckUnchanged(scale, scale_before, "*scale", context)) return;
        if (!CheckGuards(output, "the output", context)) return;
        for (size_t i = 0; i < n; i++) {
          const float expected = static_cast<float>(static_cast<double>(x[i]) * static_cast<double>(scale_value));
          const float actual = output[i];
          const bool ok = Bits(actual) != kSentinelBits &&
                          (std::isnan(expected) ? std::isnan(actual) : Bits(actual) == Bits(expected));
          if (!ok) {
            ADD_FAILURE() << context << ": output[" << i << "] = " << Str(actual) << " for input " << Str(x[i])
                          << ", expected exactly " << Str(expected)
                          << (Bits(actual) == kSentinelBits ? std::string(": it ") + kNotWritten : std::string());
            return;
          }
        }
      }
    }
  }

 private:
  float scale_ = 0.0f;
};

// ---- f32-raddexpminusrunmax -------------------------------------------------------------------------

// state[0] = m = max(-FLT_MAX, max_i input[i]); state[1] = d = sum_i exp(input[i] - m).
// A NaN input makes d NaN; a +inf input makes m +inf (d is then unspecified).
class RAddExpMinusRunMaxTester : public TesterBase<RAddExpMinusRunMaxTester> {
 public:
  void Test(smax_f32_raddexpminusrunmax_ukernel_fn* raddexpminusrunmax) const {
    Rng rng = MakeRng();
    const size_t n = elements();
    for (size_t iteration = 0; iteration < iterations(); iteration++) {
      const std::vector<float> x = GenerateInputs(rng);
      const bool has_nan = HasNaN(x);
      const float expected_max = MaxIgnoringNaN(x, -FLT_MAX);
      // d in double. The kernel's error: the chain of per-element updates (RunMaxStepError each), the
      // final exp, and the roundings of the exp arguments: each term's arguments x - m_running,
      // m_old - m_new, ... add up to x - m, so an argument rounding of at most 2^-24 * |x - m| in all
      // perturbs the term exp(x - m) by a relative 2^-24 * |x - m|.
      double expected_d = 0.0;
      double arguments_error = 0.0;
      for (float v : x) {
        if (std::isnan(v) || std::isinf(v)) continue;
        const double y = static_cast<double>(v) - static_cast<double>(expected_max);
        const double term = std::exp(y);
        expected_d += term;
        arguments_error += term * std::abs(y) * kRoundoff;
      }
      const double d_error =
          expected_d * (SumRoundings(n, accumulators()) * RunMaxStepError(exp_error()) + exp_error()) +
          arguments_error + static_cast<double>(n) * static_cast<double>(FLT_MIN);
      for (Layout layout : {Layout::kGuarded, Layout::kExact}) {
        const Where context{this, layout, iteration};
        Buffer input(n, layout);
        input.Fill(std::numeric_limits<float>::quiet_NaN(), x);
        const std::vector<float> input_before = input.storage();
        Buffer state(2, layout);
        state.Fill(FromBits(kSentinelBits));

        raddexpminusrunmax(batch_bytes(), input.data(), state.data(), nullptr);

        if (!CheckUnchanged(input, input_before, "array", context)) return;
        if (!CheckGuards(state, "state[0..2)", context)) return;
        if (Bits(state[0]) == kSentinelBits) {
          ADD_FAILURE() << context << ": state[0] (the max) " << kNotWritten;
          return;
        }
        if (has_nan) {
          if (!CheckSum(context, "state[1] (d)", state[1], 0.0, true, 0.0)) return;
          continue;
        }
        if (!(state[0] == expected_max)) {
          ADD_FAILURE() << context << ": state[0] (the max) = " << Str(state[0]) << ", expected " << Str(expected_max)
                        << (expected_max == -FLT_MAX ? " (-FLT_MAX: every input is -inf)" : "");
          return;
        }
        if (plus_inf_input()) {
          continue;  // d is unspecified once m is +inf
        }
        if (expected_max == -FLT_MAX && !(state[1] == 0.0f)) {
          ADD_FAILURE() << context << ": state[1] (d) = " << Str(state[1])
                        << ", expected exactly 0 (every input is -inf)";
          return;
        }
        if (!CheckSum(context, "state[1] (d)", state[1], expected_d, false, d_error)) return;
      }
    }
  }
};

// ---- f32-raddextexp ---------------------------------------------------------------------------------

// Reference for sum_i exp(clamp(x[i])) (NaN ignored): sum = scaled_sum * e^top, with top the largest
// clamped input, since e^1024 overflows even a double.
struct ExtExpSumReference {
  double top = 0.0;
  double scaled_sum = 0.0;  // >= 1
  bool has_nan = false;
};

inline ExtExpSumReference ReferenceExtExpSum(const std::vector<float>& x) {
  ExtExpSumReference reference;
  reference.top = -std::numeric_limits<double>::infinity();
  for (float v : x) {
    if (std::isnan(v)) {
      reference.has_nan = true;
    } else {
      reference.top = std::max(reference.top, static_cast<double>(ClampExtExp(v)));
    }
  }
  for (float v : x) {
    if (!std::isnan(v)) {
      reference.scaled_sum += std::exp(static_cast<double>(ClampExtExp(v)) - reference.top);
    }
  }
  return reference;
}

// sum[0] * 2^sum[1] = sum_i exp(clamp(input[i], -1024, 1024)), sum[1] an integer.
class RAddExtExpTester : public TesterBase<RAddExtExpTester> {
 public:
  void Test(smax_f32_raddextexp_ukernel_fn* raddextexp) const {
    Rng rng = MakeRng();
    const size_t n = elements();
    for (size_t iteration = 0; iteration < iterations(); iteration++) {
      const std::vector<float> x = GenerateInputs(rng);
      const ExtExpSumReference reference = ReferenceExtExpSum(x);
      // Relative: the chain of additions and the terms' exp error; the kernels also drop terms below
      // 2^-126 times the running total (each at most 2 * 2^-126 of it).
      const double tolerance = SumRoundings(n, accumulators()) * kRoundoff + exp_error() +
                               static_cast<double>(n) * 2.0 * static_cast<double>(FLT_MIN);
      for (Layout layout : {Layout::kGuarded, Layout::kExact}) {
        const Where context{this, layout, iteration};
        Buffer input(n, layout);
        input.Fill(std::numeric_limits<float>::quiet_NaN(), x);
        const std::vector<float> input_before = input.storage();
        Buffer sum(2, layout);
        sum.Fill(FromBits(kSentinelBits));

        raddextexp(batch_bytes(), input.data(), sum.data(), nullptr);

        if (!CheckUnchanged(input, input_before, "array", context)) return;
        if (!CheckGuards(sum, "sum[0..2)", context)) return;
        const float mantissa = sum[0];
        const float exponent = sum[1];
        if (Bits(mantissa) == kSentinelBits || Bits(exponent) == kSentinelBits) {
          ADD_FAILURE() << context << ": sum[0] or sum[1] " << kNotWritten;
          return;
        }
        if (reference.has_nan) {
          if (!(std::isnan(mantissa) || std::isnan(exponent))) {
            ADD_FAILURE() << context << ": sum = " << Str(mantissa) << " * 2^" << Str(exponent)
                          << ", expected NaN (an input is NaN)";
            return;
          }
          continue;
        }
        if (!std::isfinite(mantissa) || !(mantissa > 0.0f) || !std::isfinite(exponent) ||
            std::floor(exponent) != exponent) {
          ADD_FAILURE() << context << ": sum = " << Str(mantissa) << " * 2^" << Str(exponent)
                        << ": expected a finite positive mantissa and an integer exponent";
          return;
        }
        // ratio - 1 between sum[0] * 2^sum[1] and scaled_sum * e^top, in the log domain.
        const double log_ratio = std::log(static_cast<double>(mantissa) / reference.scaled_sum) +
                                 (static_cast<double>(exponent) * std::log(2.0) - reference.top);
        const double error = std::abs(std::expm1(log_ratio));
        if (!(error <= tolerance)) {
          ADD_FAILURE() << context << ": sum = " << Str(mantissa) << " * 2^" << Str(exponent) << ", expected "
                        << Str(reference.scaled_sum) << " * e^" << Str(reference.top) << ": relative error "
                        << Str(error) << ", allowed " << Str(tolerance);
          return;
        }
        ErrorLog::Record(kernel_name(), "sum", error);
      }
    }
  }
};

// ---- f32-vscaleextexp -------------------------------------------------------------------------------

// output[i] = exp(clamp(input[i])) * scale[0] * 2^scale[1], with 2^e terms below 2^-126 flushed to 0.
// As XNNPACK's test, the scale is the reciprocal of the reference sum of the row: the reference sum
// is m * 2^e (frexp), scale = (1/m, -e), so the outputs are the row's softmax.
// With streaming(true) the kernel gets params with streaming set (non-temporal stores where it has
// them), and the output is tried at every alignment modulo 64 bytes.
class VScaleExtExpTester : public TesterBase<VScaleExtExpTester> {
 public:
  VScaleExtExpTester& streaming(bool streaming) {
    streaming_ = streaming;
    return *this;
  }

  void Test(smax_f32_vscaleextexp_ukernel_fn* vscaleextexp) const {
    Rng rng = MakeRng();
    const size_t n = elements();
    const double log2e = 1.0 / std::log(2.0);
    for (size_t iteration = 0; iteration < iterations(); iteration++) {
      const std::vector<float> x = GenerateInputs(rng);
      const ExtExpSumReference reference = ReferenceExtExpSum(x);
      // log2(sum) = log2(scaled_sum) + top * log2(e) = e + log2(m), m in [0.5, 1).
      const double log2_sum = std::log2(reference.scaled_sum) + reference.top * log2e;
      const double e = std::floor(log2_sum) + 1.0;
      const float scale_mantissa = static_cast<float>(1.0 / std::exp2(log2_sum - e));
      const float scale_exponent = static_cast<float>(-e);
      const double absolute_tolerance = kFlushAllowance * std::max(1.0, static_cast<double>(scale_mantissa));
      std::vector<double> expected(n);
      std::vector<bool> must_be_zero(n);
      for (size_t i = 0; i < n; i++) {
        const double clamped = static_cast<double>(ClampExtExp(x[i]));
        // exp(clamped) * 2^scale[1] = exp(clamped + scale[1] * ln2): both terms reach +-1024, the
        // double sum loses at most 2^-42 absolute.
        expected[i] =
            static_cast<double>(scale_mantissa) * std::exp(clamped + static_cast<double>(scale_exponent) / log2e);
        // round(clamped * log2e) + scale[1] <= -127 for sure: the kernel's 2^k term is flushed to 0.
        must_be_zero[i] = clamped * log2e + static_cast<double>(scale_exponent) < -129.0;
      }
      const struct smax_store_params store = {streaming_ ? 1 : 0};
      for (size_t shift = 0; shift < (streaming_ ? 16 : 1); shift++)
      for (Layout layout : {Layout::kGuarded, Layout::kExact}) {
        const Where context{this, layout, iteration, "scale[0]", scale_mantissa, "scale[1]", scale_exponent};
        // In place, the output buffer holds the inputs and its guards are the output's.
        Buffer input(in_place() ? 0 : n, layout);
        input.Fill(std::numeric_limits<float>::quiet_NaN(), in_place() ? std::vector<float>() : x);
        const std::vector<float> input_before = input.storage();
        Buffer output(n, layout, shift);
        output.Fill(FromBits(kSentinelBits), in_place() ? x : std::vector<float>());
        Buffer scale(2, layout);
        scale.Fill(FromBits(kSentinelBits));
        scale[0] = scale_mantissa;
        scale[1] = scale_exponent;
        const std::vector<float> scale_before = scale.storage();

        vscaleextexp(batch_bytes(), in_place() ? output.data() : input.data(), output.data(), scale.data(), &store);

        if (!in_place() && !CheckUnchanged(input, input_before, "array", context)) return;
        if (!CheckUnchanged(scale, scale_before, "scale[0..2)", context)) return;
        if (!CheckGuards(output, "the output", context)) return;
        for (size_t i = 0; i < n; i++) {
          if (!CheckOutput(context, i, x[i], output[i], expected[i], std::isnan(x[i]), must_be_zero[i],
                           exp_error() + 2 * kRoundoff, absolute_tolerance)) {
            return;
          }
        }
        RecordOutputErrors();
      }
    }
  }

 private:
  bool streaming_ = false;
};

// ---- Exact elementwise families: f32-vscaleaddmask, f32-vscaleaddmaskf16, f32-vsubc2 ----------------

// True where an output of an exact family is right: the reference's bits, or any NaN where the
// reference is NaN (NaN payloads are not part of the contract), and never the unwritten sentinel.
inline bool SameResult(float actual, float expected) {
  return Bits(actual) != kSentinelBits && (std::isnan(expected) ? std::isnan(actual) : Bits(actual) == Bits(expected));
}

// The reference roundings are done in double and then rounded to float: a product of two floats is
// exact in double, so rounding it to float is the correctly rounded float product; a sum or
// difference of two floats rounded to double and then to float is the correctly rounded float one
// (double has more than 2 * 24 + 2 bits: double rounding is innocuous for +, -, * (Figueroa 1995)),
// overflow included. The volatile floats force the roundings where they are written, so no FMA
// contraction (the tests are compiled with -ffp-contract=off as well) and no excess precision can
// change the reference.

// fl(fl(a * x) + fl(b * m)).
inline float ScaleAddMaskReference(float a, float x, float b, float m) {
  const volatile float product = static_cast<float>(static_cast<double>(a) * static_cast<double>(x));
  const volatile float mask_product = static_cast<float>(static_cast<double>(b) * static_cast<double>(m));
  return static_cast<float>(static_cast<double>(product) + static_cast<double>(mask_product));
}

// fl(fl(x - c0) - c1).
inline float SubC2Reference(float x, float c0, float c1) {
  const volatile float difference = static_cast<float>(static_cast<double>(x) - static_cast<double>(c0));
  return static_cast<float>(static_cast<double>(difference) - static_cast<double>(c1));
}

// A binary16 bit pattern's value, from its fields (independent of the kernels' conversion in
// src/f32-vscaleaddmaskf16/f16-to-f32.h): exact, as every binary16 value is a float.
inline float HalfToFloat(uint16_t h) {
  const int exponent = (h >> 10) & 0x1F;
  const int mantissa = h & 0x3FF;
  float magnitude;
  if (exponent == 0) {
    magnitude = std::ldexp(static_cast<float>(mantissa), -24);  // +-0 and subnormals: m * 2^-24
  } else if (exponent == 31) {
    magnitude = mantissa == 0 ? std::numeric_limits<float>::infinity() : std::numeric_limits<float>::quiet_NaN();
  } else {
    magnitude = std::ldexp(static_cast<float>(mantissa + 1024), exponent - 25);  // (1 + m / 1024) * 2^(e - 15)
  }
  return (h & 0x8000) != 0 ? -magnitude : magnitude;
}

// The binary16 value nearest to v toward zero, for finite |v| <= 65504 (the largest half).
inline uint16_t FloatToHalfTowardZero(float v) {
  const uint16_t sign = std::signbit(v) ? 0x8000 : 0;
  const double a = std::abs(static_cast<double>(v));
  if (a < std::ldexp(1.0, -14)) {
    return static_cast<uint16_t>(sign | static_cast<uint16_t>(a * std::ldexp(1.0, 24)));  // subnormal or 0
  }
  int e;
  const double f = std::frexp(a, &e);  // a = f * 2^e, f in [0.5, 1)
  const int field = std::min(e - 1 + 15, 30);
  const int mantissa = field == e - 1 + 15 ? static_cast<int>((2.0 * f - 1.0) * 1024.0) : 0x3FF;
  return static_cast<uint16_t>(sign | (field << 10) | mantissa);
}

// Which entries of a mask (or input) are special.
struct SpecialMix {
  double neg_inf = 0.0;  // -inf (a masked-out position)
  double huge = 0.0;     // +-10^U[3, 38.5] (+-U in [2^10, 65504] for binary16), 1 in 8 of them +-inf
  double zero = 0.0;     // +0 or -0
  bool nan = false;      // one NaN at a random position

  bool any() const {
    return neg_inf > 0.0 || huge > 0.0 || zero > 0.0 || nan;
  }
};

// Replaces entries of v (drawn in range) by the special values of `mix`. For a binary16 mask
// (half = true) huge values stay within its range.
inline void ApplySpecialMix(const SpecialMix& mix, bool half, Rng& rng, std::vector<float>& v) {
  if (v.empty()) return;
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  std::uniform_real_distribution<double> exponent(3.0, 38.6);
  std::uniform_real_distribution<double> half_magnitude(1024.0, 65504.0);
  for (float& value : v) {
    const double u = unit(rng);
    if (u < mix.neg_inf) {
      value = -std::numeric_limits<float>::infinity();
    } else if (u < mix.neg_inf + mix.huge) {
      const float sign = unit(rng) < 0.5 ? -1.0f : 1.0f;
      float magnitude = std::numeric_limits<float>::infinity();
      if (unit(rng) >= 0.125) {
        magnitude = half ? static_cast<float>(half_magnitude(rng))
                         : static_cast<float>(std::min(std::pow(10.0, exponent(rng)), static_cast<double>(FLT_MAX)));
      }
      value = sign * magnitude;
    } else if (u < mix.neg_inf + mix.huge + mix.zero) {
      value = unit(rng) < 0.5 ? -0.0f : 0.0f;
    }
  }
  if (mix.nan) {
    v[std::uniform_int_distribution<size_t>(0, v.size() - 1)(rng)] = std::numeric_limits<float>::quiet_NaN();
  }
}

inline std::string SpecialMixDescription(const SpecialMix& mix) {
  std::ostringstream out;
  if (mix.neg_inf > 0) out << ", " << 100 * mix.neg_inf << "% -inf";
  if (mix.huge > 0) out << ", " << 100 * mix.huge << "% huge";
  if (mix.zero > 0) out << ", " << 100 * mix.zero << "% +-0";
  if (mix.nan) out << ", one NaN";
  return out.str();
}

// output[i] = fl(fl(coefficients[0] * input[i]) + fl(coefficients[1] * mask[i])), bit-exact against
// ScaleAddMaskReference; Test() is overloaded for a float mask (f32-vscaleaddmask) and a binary16
// mask (f32-vscaleaddmaskf16). The inputs come from TesterBase's settings, plus zeros(); the mask is
// uniform in mask_range() with mask_special() entries, or, with all_half_patterns(), every binary16
// pattern in turn from a random start (mask[i] = start + i mod 2^16).
class VScaleAddMaskTester : public TesterBase<VScaleAddMaskTester> {
 public:
  // Fixed coefficients; without this call each iteration draws a and b in +-[0.25, 4).
  VScaleAddMaskTester& coefficients(float a, float b) {
    fixed_coefficients_ = true;
    a_ = a;
    b_ = b;
    return *this;
  }
  VScaleAddMaskTester& mask_range(float min, float max) {
    mask_min_ = min;
    mask_max_ = max;
    return *this;
  }
  VScaleAddMaskTester& mask_special(const SpecialMix& mix) {
    mask_mix_ = mix;
    return *this;
  }
  // Fraction of inputs replaced by +0 or -0.
  VScaleAddMaskTester& zeros(double fraction) {
    input_zeros_ = fraction;
    return *this;
  }
  VScaleAddMaskTester& all_half_patterns(bool all) {
    all_half_patterns_ = all;
    return *this;
  }

  void Test(smax_f32_vscaleaddmask_ukernel_fn* vscaleaddmask) const {
    Run(false, [&](const float* input, const std::vector<float>& mask_values, const std::vector<uint16_t>&,
                   float* output, const float* coefficients, Layout layout, const Where& context) {
      Buffer mask(elements(), layout);
      mask.Fill(std::numeric_limits<float>::quiet_NaN(), mask_values);
      const std::vector<float> mask_before = mask.storage();
      vscaleaddmask(batch_bytes(), input, mask.data(), output, coefficients, nullptr);
      return CheckUnchanged(mask, mask_before, "mask", context);
    });
  }

  void Test(smax_f32_vscaleaddmaskf16_ukernel_fn* vscaleaddmaskf16) const {
    Run(true, [&](const float* input, const std::vector<float>&, const std::vector<uint16_t>& mask_bits, float* output,
                  const float* coefficients, Layout layout, const Where& context) {
      HalfBuffer mask(elements(), layout);
      mask.Fill(kHalfGuard, mask_bits);
      const std::vector<uint16_t> mask_before = mask.storage();
      vscaleaddmaskf16(batch_bytes(), input, mask.data(), output, coefficients, nullptr);
      return CheckUnchanged(mask, mask_before, "mask", context);
    });
  }

 private:
  // A binary16 NaN with a payload: a kernel that reads it into a result gives NaN.
  static constexpr uint16_t kHalfGuard = 0x7E5A;

  // Runs the kernel through `call(input, mask values, mask bits, output, coefficients, layout,
  // context)`, which also checks that the kernel left the mask unchanged, and checks the rest.
  // half: the kernel takes the binary16 bits (its mask values are theirs), else the floats as drawn.
  template <typename Call>
  void Run(bool half, Call call) const {
    Rng rng = MakeRng();
    const size_t n = elements();
    std::uniform_real_distribution<float> magnitude(0.25f, 4.0f);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    for (size_t iteration = 0; iteration < iterations(); iteration++) {
      std::vector<float> x = GenerateInputs(rng);
      if (input_zeros_ > 0.0) {
        for (float& v : x) {
          if (unit(rng) < input_zeros_) v = unit(rng) < 0.5 ? -0.0f : 0.0f;
        }
      }
      // The mask as binary16 bits (used by the f16 family) and as the floats they stand for. The
      // float family is handed the floats as drawn, not rounded to binary16.
      std::vector<float> m(n);
      std::vector<uint16_t> m_bits(n);
      if (all_half_patterns_) {
        const uint32_t start = rng() & 0xFFFF;
        for (size_t i = 0; i < n; i++) {
          m_bits[i] = static_cast<uint16_t>((start + i) & 0xFFFF);
          m[i] = HalfToFloat(m_bits[i]);
        }
      } else {
        std::uniform_real_distribution<float> in_range(mask_min_, mask_max_);
        for (float& v : m) v = in_range(rng);
        ApplySpecialMix(mask_mix_, half, rng, m);
        for (size_t i = 0; i < n; i++) {
          // Rounded toward zero to binary16 (huge floats are clamped, NaN and +-inf map to themselves).
          const float v = m[i];
          if (std::isnan(v)) {
            m_bits[i] = 0x7E00;
          } else if (std::isinf(v) || std::abs(v) > 65504.0f) {
            m_bits[i] = std::isinf(v) ? (v < 0 ? 0xFC00 : 0x7C00) : (v < 0 ? 0xFBFF : 0x7BFF);
          } else {
            m_bits[i] = FloatToHalfTowardZero(v);
          }
        }
      }
      const float a = fixed_coefficients_ ? a_ : (unit(rng) < 0.5 ? -1.0f : 1.0f) * magnitude(rng);
      const float b = fixed_coefficients_ ? b_ : (unit(rng) < 0.5 ? -1.0f : 1.0f) * magnitude(rng);
      for (Layout layout : {Layout::kGuarded, Layout::kExact}) {
        const Where context{this, layout, iteration, "coefficients[0]", a, "coefficients[1]", b};
        // In place, the output buffer holds the inputs and its guards are the output's.
        Buffer input(in_place() ? 0 : n, layout);
        input.Fill(std::numeric_limits<float>::quiet_NaN(), in_place() ? std::vector<float>() : x);
        const std::vector<float> input_before = input.storage();
        Buffer output(n, layout);
        output.Fill(FromBits(kSentinelBits), in_place() ? x : std::vector<float>());
        Buffer coefficients(2, layout);
        coefficients.Fill(FromBits(kSentinelBits));
        coefficients[0] = a;
        coefficients[1] = b;
        const std::vector<float> coefficients_before = coefficients.storage();

        if (!call(in_place() ? output.data() : input.data(), m, m_bits, output.data(), coefficients.data(), layout,
                  context)) {
          return;
        }

        if (!in_place() && !CheckUnchanged(input, input_before, "array", context)) return;
        if (!CheckUnchanged(coefficients, coefficients_before, "coefficients[0..2)", context)) return;
        if (!CheckGuards(output, "the output", context)) return;
        for (size_t i = 0; i < n; i++) {
          const float mask_value = half ? HalfToFloat(m_bits[i]) : m[i];
          const float expected = ScaleAddMaskReference(a, x[i], b, mask_value);
          if (!SameResult(output[i], expected)) {
            ADD_FAILURE() << context << MaskDescription() << ": output[" << i << "] = " << Str(output[i])
                          << " for input " << Str(x[i]) << " and mask "
                          << (half ? Describe(m_bits[i]) + " = " : std::string()) << Str(mask_value)
                          << ", expected exactly " << Str(expected)
                          << (Bits(output[i]) == kSentinelBits ? std::string(": it ") + kNotWritten : std::string());
            return;
          }
        }
      }
    }
  }

  bool fixed_coefficients_ = false;
  float a_ = 1.0f;
  float b_ = 1.0f;
  float mask_min_ = -10.0f;
  float mask_max_ = 0.0f;
  SpecialMix mask_mix_;
  double input_zeros_ = 0.0;
  bool all_half_patterns_ = false;

  std::string MaskDescription() const {
    std::ostringstream out;
    if (input_zeros_ > 0) out << ", " << 100 * input_zeros_ << "% of the inputs +-0";
    if (all_half_patterns_) {
      out << ", mask: every binary16 pattern in turn";
    } else {
      out << ", mask in [" << mask_min_ << ", " << mask_max_ << "]" << SpecialMixDescription(mask_mix_);
    }
    return out.str();
  }
};

// output[i] = fl(fl(input[i] - c[0]) - c[1]), bit-exact against SubC2Reference. By default c is what
// log-softmax passes for the row's finite inputs: c[0] = their max (0 if there is none) and c[1] =
// log(sum exp(x - c[0])) over them, rounded to float; random_constants() draws c[0] in the input
// range and c[1] in [0, 20) instead, constants() fixes both.
class VSubC2Tester : public TesterBase<VSubC2Tester> {
 public:
  VSubC2Tester& constants(float c0, float c1) {
    mode_ = kFixed;
    c0_ = c0;
    c1_ = c1;
    return *this;
  }
  VSubC2Tester& random_constants() {
    mode_ = kRandom;
    return *this;
  }

  void Test(smax_f32_vsubc2_ukernel_fn* vsubc2) const {
    Rng rng = MakeRng();
    const size_t n = elements();
    for (size_t iteration = 0; iteration < iterations(); iteration++) {
      const std::vector<float> x = GenerateInputs(rng);
      float c0 = c0_;
      float c1 = c1_;
      if (mode_ == kRandom) {
        c0 = std::uniform_real_distribution<float>(input_min(), input_max())(rng);
        c1 = std::uniform_real_distribution<float>(0.0f, 20.0f)(rng);
      } else if (mode_ == kLogSoftmax) {
        double hi = -std::numeric_limits<double>::infinity();
        for (float v : x) {
          if (std::isfinite(v)) hi = std::max(hi, static_cast<double>(v));
        }
        if (std::isinf(hi)) hi = 0.0;
        double sum = 0.0;
        for (float v : x) {
          if (std::isfinite(v)) sum += std::exp(static_cast<double>(v) - hi);
        }
        c0 = static_cast<float>(hi);
        c1 = static_cast<float>(sum > 0.0 ? std::log(sum) : 0.0);
      }
      for (Layout layout : {Layout::kGuarded, Layout::kExact}) {
        const Where context{this, layout, iteration, "c[0]", c0, "c[1]", c1};
        // In place, the output buffer holds the inputs and its guards are the output's.
        Buffer input(in_place() ? 0 : n, layout);
        input.Fill(std::numeric_limits<float>::quiet_NaN(), in_place() ? std::vector<float>() : x);
        const std::vector<float> input_before = input.storage();
        Buffer output(n, layout);
        output.Fill(FromBits(kSentinelBits), in_place() ? x : std::vector<float>());
        Buffer c(2, layout);
        c.Fill(FromBits(kSentinelBits));
        c[0] = c0;
        c[1] = c1;
        const std::vector<float> c_before = c.storage();

        vsubc2(batch_bytes(), in_place() ? output.data() : input.data(), output.data(), c.data(), nullptr);

        if (!in_place() && !CheckUnchanged(input, input_before, "array", context)) return;
        if (!CheckUnchanged(c, c_before, "c[0..2)", context)) return;
        if (!CheckGuards(output, "the output", context)) return;
        for (size_t i = 0; i < n; i++) {
          const float expected = SubC2Reference(x[i], c0, c1);
          if (!SameResult(output[i], expected)) {
            ADD_FAILURE() << context << ": output[" << i << "] = " << Str(output[i]) << " for input " << Str(x[i])
                          << ", expected exactly " << Str(expected)
                          << (Bits(output[i]) == kSentinelBits ? std::string(": it ") + kNotWritten : std::string());
            return;
          }
        }
      }
    }
  }

 private:
  enum Mode { kLogSoftmax, kRandom, kFixed };
  Mode mode_ = kLogSoftmax;
  float c0_ = 0.0f;
  float c1_ = 0.0f;
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
