// Tester of f16-f32-raddstoreexpminusmax and bf16-f32-raddstoreexpminusmax: output[i] =
// exp(widen(input[i]) - *max), *sum, and the side max of the next block (or of the block itself): the
// f32 family's checks on the widened inputs (test/testers/raddstoreexpminusmax-tester.h), and the bits
// of the f32 twin for all three (test/testers/input16-tester-base.h). No in-place runs: a 16-bit
// input never overlaps the float output.
#ifndef SMAX_TEST_TESTERS_RADDSTOREEXPMINUSMAX16_TESTER_H_
#define SMAX_TEST_TESTERS_RADDSTOREEXPMINUSMAX16_TESTER_H_

#include <cstdint>
#include <ostream>
#include <vector>

#include "testers/exp-reference.h"
#include "testers/input16-tester-base.h"
#include "testers/raddstoreexpminusmax-tester.h"

namespace smax_test {

class RAddStoreExpMinusMax16Tester
    : public RAddStoreExpMinusMaxSettings<RAddStoreExpMinusMax16Tester,
                                          Input16TesterBase<RAddStoreExpMinusMax16Tester>> {
 public:
  RAddStoreExpMinusMax16Tester& twin(smax_f32_raddstoreexpminusmax_ukernel_fn* twin) {
    twin_ = twin;
    return *this;
  }

  void Test(smax_f16_f32_raddstoreexpminusmax_ukernel_fn* raddstoreexpminusmax) const {
    ASSERT_NE(nullptr, twin_) << kernel_name() << ": no f32-raddstoreexpminusmax kernel of the same shape";
    const size_t n = elements();
    ForEachIteration([&](Rng& rng, size_t iteration) {
      const std::vector<uint16_t> h = GenerateInputs16(rng);
      const std::vector<uint16_t> next_h = own_block_max()        ? h
                                           : next_elements() != 0 ? GenerateInputs16(rng, next_elements())
                                                                  : std::vector<uint16_t>();
      const std::vector<float> x = Widened(h);
      const std::vector<float> next_x = Widened(next_h);
      const size_t next_elements = next_h.size();
      const float next_expected = MaxIgnoringNaN(next_x, next_max_seed());
      const float max_value = MaxArgument(x);
      const ExpMinusMaxReference reference = ReferenceExpMinusMax(x, max_value, exp_error(), accumulators());
      const TwinResults twin = RunTwin(x, max_value, next_x);
      return InBothLayouts([&](Layout layout) {
        const Where context{this, layout, iteration, "max", max_value};
        ReadOnlyBuffer<uint16_t> input(h, QuietNaN16(type()), layout);
        Buffer output = OutputBuffer(n, layout);
        ReadOnlyBuffer<float> max = Scalars({max_value}, layout);
        Buffer sum = OutputBuffer(1, layout);
        // +inf guards: a read beyond the next block would become its max.
        ReadOnlyBuffer<uint16_t> next_input(own_block_max() ? std::vector<uint16_t>() : next_h, PlusInf16(type()),
                                            layout);
        const uint16_t* next_data = own_block_max() ? input.data() : next_elements != 0 ? next_input.data() : nullptr;
        ReadOnlyBuffer<float> next_max = Scalars({next_max_seed()}, layout);

        raddstoreexpminusmax(batch_bytes(), input.data(), max.data(), output.data(), sum.data(),
                             next_elements * sizeof(uint16_t), next_data, next_max.data(), nullptr);

        return CheckUnchanged(input, "array", context) && CheckUnchanged(max, "*max", context) &&
               CheckUnchanged(next_input, "next block", context) &&
               CheckNextMax(context, next_max, next_elements, next_expected, HasNaN(next_x), MaxMatches) &&
               (next_elements == 0 ||
                CheckTwin(context, next_max[0], twin.next_max, [](std::ostream& out) { out << "*next_max"; })) &&
               CheckGuards(output, "the output", context) && CheckGuards(sum, "*sum", context) &&
               CheckOutputs(context, x, output.data(), reference) &&
               ForEachElement(n,
                              [&](size_t i) {
                                return CheckTwin(context, output[i], twin.output[i], [&](std::ostream& out) {
                                  out << "output[" << i << "] for input " << Describe(h[i]);
                                });
                              }) &&
               CheckSum(context, "sum", sum[0], reference.sum, reference.has_nan, reference.sum_error) &&
               CheckTwin(context, sum[0], twin.sum, [](std::ostream& out) { out << "*sum"; });
      });
    });
  }

 private:
  struct TwinResults {
    std::vector<float> output;
    float sum;
    float next_max;
  };

  // The f32 twin on the widened inputs.
  TwinResults RunTwin(const std::vector<float>& x, float max_value, const std::vector<float>& next_x) const {
    TwinResults results{std::vector<float>(x.size()), 0.0f, next_max_seed()};
    twin_(x.size() * sizeof(float), x.data(), &max_value, results.output.data(), &results.sum,
          next_x.size() * sizeof(float), next_x.empty() ? nullptr : next_x.data(), &results.next_max, nullptr);
    return results;
  }

  smax_f32_raddstoreexpminusmax_ukernel_fn* twin_ = nullptr;
};

}  // namespace smax_test

#endif  // SMAX_TEST_TESTERS_RADDSTOREEXPMINUSMAX16_TESTER_H_
