// Micro-kernel function types, one per family.
//
// Each family has ONE function type; the prototypes of its kernels are declared from that type
// (src/smax/microkernels.h), so a kernel and its callers cannot disagree on the argument order.
//
// Conventions shared by every family:
//  - `batch` is a size in BYTES, a non-zero multiple of sizeof(float).
//  - Kernels read exactly [input, input + batch) and write exactly [output, output + batch) (or the
//    scalar outputs named below); they never touch a byte outside the caller's buffers.
//  - Scalars are passed by pointer; `params` comes last and is reserved for per-call parameters:
//    today every kernel holds its constants inline and callers pass NULL.
//  - output may equal input (in place) in the elementwise families.
#ifndef SMAX_MICROFNPTR_H_
#define SMAX_MICROFNPTR_H_

#include <stddef.h>

// RMAX: Reduce-MAX.
// *max = max(*max, input[0], ..., input[n-1]). The caller seeds *max (with -inf for a fresh row).
// NaN inputs may or may not be propagated; the exp passes see them and the operator makes the row NaN.
typedef void smax_f32_rmax_ukernel_fn(size_t batch, const float* input, float* max, const void* params);

// RADDEXPMINUSMAX: Reduce-ADD EXPonentials of the input MINUS its MAX.
// *sum = sum_i exp(input[i] - *max), computed with the exp core (exactly 0 below the cutoff).
typedef void smax_f32_raddexpminusmax_ukernel_fn(size_t batch, const float* input, const float* max,
                                                 float* sum, const void* params);

// VSCALEEXPMINUSMAX: Vector SCALE of EXPonentials of the input MINUS its MAX.
// output[i] = exp(input[i] - *max) * *scale.
typedef void smax_f32_vscaleexpminusmax_ukernel_fn(size_t batch, const float* input, float* output,
                                                   const float* max, const float* scale, const void* params);

// RADDSTOREEXPMINUSMAX: Reduce-ADD and STORE EXPonentials of the input MINUS its MAX.
// output[i] = exp(input[i] - *max); *sum = sum_i output[i]. *max is normally the inputs' max, but inputs
// may exceed it by up to SMAX_EXP_ABOVE_MAX_LIMIT, with the same relative accuracy: outputs stay below
// e^64 = 6.2e27 and a block's sum finite (the reload pipeline's running max keeps a block exponentiated
// against the max of the blocks before it when the block tops that max by little).
// If next_batch != 0, also *next_max = max(*next_max, next_input[0], ..., next_input[k-1]) with k =
// next_batch / sizeof(float), as the f32-rmax kernels do (NaN may be skipped): the reduction of the
// block the caller processes next, or of this block (next_input == input). The exp loop is bound by the
// FMA pipes and the max by loads, so a kernel can interleave the two and the max pass costs almost
// nothing (the reload algorithm in src/softmax-rows.c uses that). [next_input, next_input + k) must
// not overlap [output, output + batch / sizeof(float)).
typedef void smax_f32_raddstoreexpminusmax_ukernel_fn(size_t batch, const float* input, const float* max,
                                                      float* output, float* sum, size_t next_batch,
                                                      const float* next_input, float* next_max,
                                                      const void* params);

// VMULC: Vector MULtiply by a Constant.
// output[i] = input[i] * *scale.
typedef void smax_f32_vmulc_ukernel_fn(size_t batch, const float* input, const float* scale, float* output,
                                       const void* params);

// RADDEXPMINUSRUNMAX: Reduce-ADD EXPonentials MINUS the RUNning MAX (online normalizer,
// Milakov & Gimelshein 2018).
// Writes state[0] = m = max_i input[i] (or -FLT_MAX if every input is below it) and
// state[1] = d = sum_i exp(input[i] - m), computed in one pass: every lane keeps (m, d) and
// updates d = d * exp(m_old - m_new) + exp(x - m_new) with ONE exp per element, exp(-|x - m|).
// A NaN input makes d NaN; a +inf input makes m +inf.
typedef void smax_f32_raddexpminusrunmax_ukernel_fn(size_t batch, const float* input, float* state,
                                                    const void* params);

// RADDEXTEXP: Reduce-ADD EXTended-range EXPonentials (two-pass, Dukhan & Ablavatski 2020).
// Writes sum[0] = mantissa and sum[1] = exponent (an integer held in a float) such that
// sum[0] * 2^sum[1] = sum_i exp(clamp(input[i], -SMAX_EXTEXP_INPUT_LIMIT, SMAX_EXTEXP_INPUT_LIMIT)),
// with no max pass and no overflow. The clamp keeps the range reduction exact; the operator
// detects rows where it matters (sum[1] near the clamped exponents) and recomputes them.
typedef void smax_f32_raddextexp_ukernel_fn(size_t batch, const float* input, float* sum, const void* params);

// VSCALEEXTEXP: Vector SCALE of EXTended-range EXPonentials.
// output[i] = exp(clamp(input[i])) * scale[0] * 2^scale[1], where 2^e terms below 2^-126 are
// flushed to 0 (so entries far below the row's top, -inf included, give exactly 0). scale[1] is an
// integer with scale[1] <= -round(clamp(input[i]) * log2(e)) for every i, as pass 1's exponent gives:
// 2^scale[1] * exp(clamp(input[i])) is then below 2^1, which lets kernels add scale[1] to the exponent
// bits without an overflow check.
// params is NULL or a struct smax_store_params.
typedef void smax_f32_vscaleextexp_ukernel_fn(size_t batch, const float* input, float* output,
                                              const float* scale, const void* params);

// Params of the kernels that write a row's final output (f32-vscaleextexp). With streaming != 0 the
// caller will not read the output soon and it does not fit in the cache: a kernel may then write it
// with non-temporal stores (the AVX-512F ones do), which skip reading each line before writing it.
// The results are the same either way.
struct smax_store_params {
  int streaming;
};

// How far raddstoreexpminusmax's inputs may lie above *max (see there).
#define SMAX_EXP_ABOVE_MAX_LIMIT 64.0f

// Inputs of the extended-exponent kernels are clamped to [-LIMIT, LIMIT]: there
// round(x * log2(e)) stays below 2^11, where the two-constant Cody-Waite reduction is exact.
#define SMAX_EXTEXP_INPUT_LIMIT 1024.0f

#endif  // SMAX_MICROFNPTR_H_
