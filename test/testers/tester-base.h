// TesterBase: the builder state every kernel tester shares (the kernel's name, bound and
// accumulators, the size, the input settings), the inputs it draws from them, the loops over
// iterations and buffer layouts, and the checks that test/ukernel-tester.h lists. A family's tester
// (test/testers/<family>-tester.h) adds only its call and its reference.
#ifndef SMAX_TEST_TESTERS_TESTER_BASE_H_
#define SMAX_TEST_TESTERS_TESTER_BASE_H_

#include <gtest/gtest.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "testers/buffer.h"
#include "ukernel-tester.h"

namespace smax_test {

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

// True where an output of an exact family is right: the reference's bits, or any NaN where the
// reference is NaN (NaN payloads are not part of the contract), and never the unwritten sentinel.
inline bool SameResult(float actual, float expected) {
  return Bits(actual) != kSentinelBits && (std::isnan(expected) ? std::isnan(actual) : Bits(actual) == Bits(expected));
}

// True if check(i) holds for every i in [0, n); stops at the first that does not (it has reported).
template <class Check>
bool ForEachElement(size_t n, Check check) {
  for (size_t i = 0; i < n; i++) {
    if (!check(i)) return false;
  }
  return true;
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
  // The input element's size: sizeof(float), or 2 for the testers of 16-bit inputs (input16-tester-base.h).
  void element_bytes(size_t bytes) {
    element_bytes_ = bytes;
  }

  Rng MakeRng() const {
    return Rng((static_cast<uint64_t>(seed_) << 32) ^ static_cast<uint64_t>(elements_));
  }

  // Runs per_iteration(rng, iteration) for every iteration, all drawing from one generator, and stops
  // at the first that returns false: a failed check has reported, and one report per test is enough.
  template <class PerIteration>
  void ForEachIteration(PerIteration per_iteration) const {
    Rng rng = MakeRng();
    for (size_t iteration = 0; iteration < iterations(); iteration++) {
      if (!per_iteration(rng, iteration)) return;
    }
  }

  // Runs run(layout) with guarded buffers, then with exact-size ones; false as soon as one fails.
  template <class Run>
  static bool InBothLayouts(Run run) {
    for (Layout layout : {Layout::kGuarded, Layout::kExact}) {
      if (!run(layout)) return false;
    }
    return true;
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
  // checks cost nothing. Up to two labelled scalars (the max, the scale...) complete the context; a test
  // that builds its inputs itself describes them in `inputs`, in place of the tester's random inputs.
  struct Where {
    const TesterBase* tester;
    Layout layout;
    size_t iteration;
    const char* label1 = nullptr;
    float value1 = 0.0f;
    const char* label2 = nullptr;
    float value2 = 0.0f;
    const char* inputs = nullptr;

    std::string str() const {
      std::string context = tester->Context(layout, iteration, inputs);
      if (label1 != nullptr) context += std::string(", ") + label1 + " " + Str(value1);
      if (label2 != nullptr) context += std::string(", ") + label2 + " " + Str(value2);
      return context;
    }

    friend std::ostream& operator<<(std::ostream& out, const Where& where) {
      return out << where.str();
    }
  };

  // Names everything needed to reproduce a failure; `inputs` (NULL: the tester's random inputs) describes
  // inputs a test built itself, and then the seed and iteration, which only choose random inputs, are left out.
  std::string Context(Layout layout, size_t iteration, const char* inputs = nullptr) const {
    std::ostringstream out;
    out << kernel_name_ << " with n=" << elements_ << " (batch=" << batch_bytes() << " bytes), "
        << (inputs != nullptr ? std::string(inputs) : InputsDescription()) << ", "
        << (layout == Layout::kGuarded ? "guarded" : "exact-size") << " buffers" << (in_place_ ? ", in place" : "");
    if (inputs == nullptr) {
      out << ", seed " << seed_ << ", iteration " << iteration;
    }
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

  template <typename T>
  static bool CheckUnchanged(const ReadOnlyBuffer<T>& buffer, const char* what, const Where& context) {
    return CheckUnchanged(buffer.buffer(), buffer.before(), what, context);
  }

  // The array of an elementwise kernel is unchanged (in place, the output's checks cover it).
  static bool CheckArrayUnchanged(const ArrayAndOutput& buffers, const Where& context) {
    return buffers.in_place() || CheckUnchanged(buffers.array(), "array", context);
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

  static bool CheckGuards(const ArrayAndOutput& buffers, const Where& context) {
    return CheckGuards(buffers.output_buffer(), "the output", context);
  }

  // Checks output[i] of an exact family against its reference's bits (SameResult). `operands`
  // streams the inputs it was computed from into the failure message; it is called only on failure.
  template <class Operands>
  static bool CheckExact(const Where& context, size_t i, float actual, float expected, Operands operands) {
    if (SameResult(actual, expected)) return true;
    std::ostringstream failure;
    failure << ": output[" << i << "] = " << Str(actual) << " for ";
    operands(failure);
    failure << ", expected exactly " << Str(expected)
            << (Bits(actual) == kSentinelBits ? std::string(": it ") + kNotWritten : std::string());
    ADD_FAILURE() << context << failure.str();
    return false;
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

}  // namespace smax_test

#endif  // SMAX_TEST_TESTERS_TESTER_BASE_H_
