// Tester of f16-rsumexpmax and bf16-rsumexpmax: *sum = sum_i exp(widen(input[i]) - *reference) and
// *max = max(*max, widen(input[i])), against the double reference on the widened inputs: the sum within
// the family table's bound per term plus the additions of the kernel's partial sums (the bound
// test/testers/exp-reference.h gives raddstoreexpminusmax's sums), the max exact (NaN skipped, as the
// rmax kernels do; a NaN result is allowed where an input is NaN). Guarded and exact-size buffers, input
// and reference unchanged (test/testers/input16-tester-base.h). There is no f32 twin to match bit for
// bit: the kernels add the terms in their own order.
#ifndef SMAX_TEST_TESTERS_RSUMEXPMAX16_TESTER_H_
#define SMAX_TEST_TESTERS_RSUMEXPMAX16_TESTER_H_

#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

#include "testers/exp-reference.h"
#include "testers/input16-tester-base.h"
#include "testers/raddstoreexpminusmax-tester.h"

namespace smax_test {

class RSumExpMax16Tester
    : public RAddStoreExpMinusMaxSettings<RSumExpMax16Tester, Input16TesterBase<RSumExpMax16Tester>> {
 public:
  // The value *max is seeded with (RAddStoreExpMinusMaxSettings' next_max_seed: the same role).
  void Test(smax_f16_rsumexpmax_ukernel_fn* rsumexpmax) const {
    ForEachIteration([&](Rng& rng, size_t iteration) {
      const std::vector<uint16_t> h = GenerateInputs16(rng);
      const std::vector<float> x = Widened(h);
      const float expected_max = MaxIgnoringNaN(x, next_max_seed());
      const float reference_value = MaxArgument(x);
      const ExpMinusMaxReference reference = ReferenceExpMinusMax(x, reference_value, exp_error(), accumulators());
      return InBothLayouts([&](Layout layout) {
        const Where context{this, layout, iteration, "reference", reference_value};
        // NaN guards: a read beyond the input would make the sum NaN.
        ReadOnlyBuffer<uint16_t> input(h, QuietNaN16(type()), layout);
        ReadOnlyBuffer<float> reference_buffer = Scalars({reference_value}, layout);
        Buffer sum = OutputBuffer(1, layout);
        Buffer max = OutputBuffer(1, layout, {next_max_seed()});

        rsumexpmax(batch_bytes(), input.data(), reference_buffer.data(), sum.data(), max.data(), nullptr);

        return CheckUnchanged(input, "array", context) && CheckUnchanged(reference_buffer, "*reference", context) &&
               CheckGuards(sum, "*sum", context) && CheckGuards(max, "*max", context) &&
               CheckMax(context, max[0], expected_max, HasNaN(x)) &&
               CheckSum(context, "sum", sum[0], reference.sum, reference.has_nan, reference.sum_error);
      });
    });
  }

 private:
  bool CheckMax(const Where& context, float actual, float expected, bool has_nan) const {
    if (MaxMatches(actual, expected) || (has_nan && std::isnan(actual))) return true;
    ADD_FAILURE() << context << ": *max = " << Str(actual) << ", expected " << Str(expected);
    return false;
  }
};

}  // namespace smax_test

#endif  // SMAX_TEST_TESTERS_RSUMEXPMAX16_TESTER_H_
