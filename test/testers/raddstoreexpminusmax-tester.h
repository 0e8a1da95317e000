// Tester of f32-raddstoreexpminusmax: output[i] = exp(input[i] - *max); *sum = sum_i output[i]; *max
// the inputs' max (NaN ignored), against the double reference of test/testers/exp-reference.h.
// With next_elements(k), k != 0, the kernel also gets a next block of k inputs (drawn like the
// inputs, and separate from them) and must leave *next_max = max(seed, next block), exact, as the
// f32-rmax kernels do: NaN in the next block may be skipped or propagated. With own_block_max(true) the
// "next block" is the block itself (next_input == input), as the reload pipeline's running max uses it.
#ifndef SMAX_TEST_TESTERS_RADDSTOREEXPMINUSMAX_TESTER_H_
#define SMAX_TEST_TESTERS_RADDSTOREEXPMINUSMAX_TESTER_H_

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

#include "testers/exp-reference.h"
#include "testers/tester-base.h"

namespace smax_test {

// The settings of the raddstoreexpminusmax testers, f32 and 16-bit (test/testers/raddstoreexpminusmax16-tester.h).
template <class Derived, class Base = TesterBase<Derived>>
class RAddStoreExpMinusMaxSettings : public Base {
 public:
  Derived& next_elements(size_t next_elements) {
    next_elements_ = next_elements;
    return this->self();
  }
  size_t next_elements() const {
    return next_elements_;
  }
  // The value *next_max is seeded with.
  Derived& next_max_seed(float seed) {
    next_max_seed_ = seed;
    return this->self();
  }
  float next_max_seed() const {
    return next_max_seed_;
  }
  Derived& own_block_max(bool own_block_max) {
    own_block_max_ = own_block_max;
    return this->self();
  }
  bool own_block_max() const {
    return own_block_max_;
  }
  // *max is the inputs' max minus this (at most SMAX_EXP_ABOVE_MAX_LIMIT): inputs above *max.
  Derived& max_below_top(float max_below_top) {
    max_below_top_ = max_below_top;
    return this->self();
  }
  float max_below_top() const {
    return max_below_top_;
  }

 protected:
  using Where = typename Base::Where;

  // The *max the kernel is passed for the (widened) inputs x.
  float MaxArgument(const std::vector<float>& x) const {
    return MaxIgnoringNaN(x, -std::numeric_limits<float>::infinity()) - max_below_top_;
  }

  // *next_max: untouched without a next block; else its guards, and matches(*next_max, expected) or
  // NaN where the next block has one.
  template <class Matches>
  bool CheckNextMax(const Where& context, const ReadOnlyBuffer<float>& next_max, size_t next_elements, float expected,
                    bool has_nan, Matches matches) const {
    if (next_elements == 0) return this->CheckUnchanged(next_max, "*next_max (no next block)", context);
    if (!this->CheckGuards(next_max.buffer(), "*next_max", context)) return false;
    if (matches(next_max[0], expected) || (has_nan && std::isnan(next_max[0]))) return true;
    ADD_FAILURE() << context << ": *next_max = " << Str(next_max[0]) << ", expected " << Str(expected)
                  << " (next block of " << next_elements << (own_block_max_ ? ", the block itself)" : ")");
    return false;
  }

  // Every output against exp(x[i] - max) within the table's bound.
  bool CheckOutputs(const Where& context, const std::vector<float>& x, const float* output,
                    const ExpMinusMaxReference& reference) const {
    const bool ok = ForEachElement(x.size(), [&](size_t i) {
      return this->CheckOutput(context, i, x[i], output[i], reference.value[i], std::isnan(x[i]),
                               reference.must_be_zero[i], this->exp_error(), kFlushAllowance);
    });
    if (ok) this->RecordOutputErrors();
    return ok;
  }

 private:
  size_t next_elements_ = 0;
  float next_max_seed_ = -std::numeric_limits<float>::infinity();
  bool own_block_max_ = false;
  float max_below_top_ = 0.0f;
};

class RAddStoreExpMinusMaxTester : public RAddStoreExpMinusMaxSettings<RAddStoreExpMinusMaxTester> {
 public:
  void Test(smax_f32_raddstoreexpminusmax_ukernel_fn* raddstoreexpminusmax) const {
    const size_t n = elements();
    const size_t next_elements = own_block_max() ? n : this->next_elements();
    ForEachIteration([&](Rng& rng, size_t iteration) {
      const std::vector<float> x = GenerateInputs(rng);
      const std::vector<float> next_x = own_block_max()      ? x
                                        : next_elements != 0 ? GenerateInputs(rng, next_elements)
                                                             : std::vector<float>();
      const float next_expected = MaxIgnoringNaN(next_x, next_max_seed());
      const float max_value = MaxArgument(x);
      const ExpMinusMaxReference reference = ReferenceExpMinusMax(x, max_value, exp_error(), accumulators());
      return InBothLayouts([&](Layout layout) {
        const Where context{this, layout, iteration, "max", max_value};
        ArrayAndOutput array(x, in_place(), layout);
        ReadOnlyBuffer<float> max = Scalars({max_value}, layout);
        Buffer sum = OutputBuffer(1, layout);
        // +inf guards: a read beyond the next block would become its max.
        ReadOnlyBuffer<float> next_input(own_block_max() ? std::vector<float>() : next_x,
                                         std::numeric_limits<float>::infinity(), layout);
        const float* next_data = own_block_max() ? array.input() : next_elements != 0 ? next_input.data() : nullptr;
        ReadOnlyBuffer<float> next_max = Scalars({next_max_seed()}, layout);

        raddstoreexpminusmax(batch_bytes(), array.input(), max.data(), array.output(), sum.data(),
                             next_elements * sizeof(float), next_data, next_max.data(), nullptr);

        return CheckArrayUnchanged(array, context) && CheckUnchanged(max, "*max", context) &&
               CheckUnchanged(next_input, "next block", context) &&
               CheckNextMax(context, next_max, next_elements, next_expected, HasNaN(next_x),
                            [](float actual, float expected) { return actual == expected; }) &&
               CheckGuards(array, context) && CheckGuards(sum, "*sum", context) &&
               CheckOutputs(context, x, array.output(), reference) &&
               CheckSum(context, "sum", sum[0], reference.sum, reference.has_nan, reference.sum_error) &&
               CheckStoredSum(context, array.output(), sum[0], reference.has_nan);
      });
    });
  }

 private:
  // *sum must also be the sum of the values stored, up to the additions' roundings.
  bool CheckStoredSum(const Where& context, const float* output, float sum, bool has_nan) const {
    const size_t n = elements();
    double stored_sum = 0.0;
    for (size_t i = 0; i < n; i++) {
      stored_sum += output[i];
    }
    return CheckSum(context, "sum of the stored outputs", sum, stored_sum, has_nan,
                    SumRoundings(n, accumulators()) * kRoundoff * stored_sum);
  }
};

}  // namespace smax_test

#endif  // SMAX_TEST_TESTERS_RADDSTOREEXPMINUSMAX_TESTER_H_
