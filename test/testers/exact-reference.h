// References of the exact elementwise families (f32-vscaleaddmask, f32-vscaleaddmaskf16, f32-vsubc2):
// fixed sequences of IEEE operations, which the kernels must match bit for bit.
#ifndef SMAX_TEST_TESTERS_EXACT_REFERENCE_H_
#define SMAX_TEST_TESTERS_EXACT_REFERENCE_H_

namespace smax_test {

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

}  // namespace smax_test

#endif  // SMAX_TEST_TESTERS_EXACT_REFERENCE_H_
