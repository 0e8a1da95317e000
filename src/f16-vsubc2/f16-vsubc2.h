// f16-vsubc2: the family's function type. Each of its kernels (gen/) declares itself through it, and
// so do the aggregate declarations (src/smax/microkernels.h), so a kernel and its callers cannot
// disagree on the argument order. Conventions shared by every family: src/smax/microfnptr.h.
#ifndef SMAX_F16_VSUBC2_H_
#define SMAX_F16_VSUBC2_H_

#include <stddef.h>
#include <stdint.h>

#include "smax/microfnptr.h"

#ifdef __cplusplus
extern "C" {
#endif

// VSUBC2: Vector SUBtract two Constants from binary16 elements, stored as binary16: log-softmax's output
// pass on a 16-bit row, y = (x - hi) - lo, read and written in 16 bits (no widening of the row into a
// float tile before it, no narrowing pass after it).
// output[i] = f16(fl(fl(float(input[i]) - c[0]) - c[1])): the element widened exactly (f16-f32-vcvt),
// the two float subtractions of f32-vsubc2, and that float narrowed with f32-f16-vcvt's rounding
// (round to nearest even, overflow to +-inf, binary16 subnormals produced), so on each ISA the bits are
// exactly those of f16-f32-vcvt, f32-vsubc2 and f32-f16-vcvt in turn. A NaN input or constant gives a
// quiet NaN; its sign and payload are the subtraction's, which IEEE 754 leaves open. Subnormal floats:
// ARMv7 NEON reads and writes them as zero, and x86 does under MXCSR.DAZ/FTZ (set while the operator
// runs): there a subnormal input counts as +-0, and a subnormal difference gives +-0.
//  batch:  size of input in BYTES, a non-zero multiple of sizeof(uint16_t) (batch / 2 elements);
//  input:  batch / 2 binary16 bit patterns; may be equal to output (in place), never overlaps it
//          otherwise;
//  output: batch / 2 binary16 bit patterns (batch bytes);
//  c:      2 floats, subtracted in this order;
//  params: NULL (reserved).
// Reads exactly [input, input + batch) and writes exactly [output, output + batch).
typedef void smax_f16_vsubc2_ukernel_fn(size_t batch, const uint16_t* input, uint16_t* output, const float* c,
                                        const void* params);

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // SMAX_F16_VSUBC2_H_
