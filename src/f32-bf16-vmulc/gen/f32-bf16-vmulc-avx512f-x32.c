// Generated from src/f32-f16-vcvt/avx512f.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_bf16_vmulc_ukernel__avx512f_x32: output[i] = bf16(fl(input[i] * *scale)), rounded to nearest even; AVX-512F, 32 elements
// (2 vectors of 16 floats) per iteration. Contract: src/f32-bf16-vmulc/f32-bf16-vmulc.h.
//
// The integer rounding of smax/f32-to-16bit.h, narrowed by vpmovdw (the patterns are below 2^16).
// Remainder (1 to 15): a masked load, and a masked vpmovdw store (AVX-512F has no 16-bit masked
// store of its own), so it reads exactly [input, input + batch) and writes exactly
// [output, output + batch / 2).
#include <assert.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <immintrin.h>

#include "smax/f32-to-16bit.h"
#include "f32-bf16-vmulc/f32-bf16-vmulc.h"

#define CONVERT(vx) _mm512_cvtepi32_epi16(smax_avx512f_f32_to_bf16(vx))

// LOAD(p): the floats at p times the scale.
#define LOAD(p) _mm512_mul_ps(_mm512_loadu_ps(p), vscale)
#define LOAD_MASKED(mask, p) _mm512_mul_ps(_mm512_maskz_loadu_ps(mask, p), vscale)

smax_f32_bf16_vmulc_ukernel_fn smax_f32_bf16_vmulc_ukernel__avx512f_x32;

void smax_f32_bf16_vmulc_ukernel__avx512f_x32(size_t batch, const float* input, const float* scale, uint16_t* output, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(output != NULL);
  assert(scale != NULL);
  // With params->streaming (struct smax_store_params) and output 32-byte aligned, whole vectors are
  // written with non-temporal stores (same results); every whole vector after an aligned output is.
  const bool stream = params != NULL && ((const struct smax_store_params*) params)->streaming &&
                      ((uintptr_t) output & 31) == 0;
  #define STORE(p, v) (stream ? _mm256_stream_si256((__m256i*) (p), v) : _mm256_storeu_si256((__m256i*) (p), v))
  // The product is rounded to float first, as f32-vmulc stores it (no fused rounding to 16 bits).
  const __m512 vscale = _mm512_set1_ps(*scale);
  for (; batch >= 32 * sizeof(float); batch -= 32 * sizeof(float)) {
    const __m512 vx0 = LOAD(input + 0);
    const __m512 vx1 = LOAD(input + 16);
    input += 32;

    const __m256i vh0 = CONVERT(vx0);
    const __m256i vh1 = CONVERT(vx1);
    STORE(output + 0, vh0);
    STORE(output + 16, vh1);
    output += 32;
  }
  for (; batch >= 16 * sizeof(float); batch -= 16 * sizeof(float)) {
    STORE(output, CONVERT(LOAD(input)));
    input += 16;
    output += 16;
  }
  if (batch != 0) {
    const __mmask16 vmask = _cvtu32_mask16((UINT32_C(1) << (batch / sizeof(float))) - 1);
    const __m256i vh = CONVERT(LOAD_MASKED(vmask, input));
    _mm512_mask_cvtepi32_storeu_epi16(output, vmask, _mm512_cvtepu16_epi32(vh));
  }
  if (stream) {
    _mm_sfence();  // non-temporal stores are weakly ordered: make them visible before returning
  }
#undef STORE
}
