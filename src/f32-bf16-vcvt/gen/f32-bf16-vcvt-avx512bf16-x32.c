// Generated from src/f32-bf16-vcvt/avx512bf16.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_bf16_vcvt_ukernel__avx512bf16_x32: output[i] = bf16(input[i]), rounded to nearest even; AVX512-BF16's vcvtne2ps2bf16,
// 32 elements (2 vectors of 16 floats) per iteration. Contract:
// src/f32-bf16-vcvt/f32-bf16-vcvt.h, whose subnormal rule is this instruction's: it ignores MXCSR,
// reads float subnormal inputs as zero and sets a NaN's quiet bit (checked against the software
// rounding on all 2^32 floats on an AMD Zen 4).
// The main loop rounds two vectors with one vcvtne2ps2bf16 (the same rounding as vcvtneps2bf16's, on
// half the instructions) and stores 32 results at once.
// Remainder (1 to 15): a masked load, and a masked vpmovdw store (AVX-512F's),
// so it reads exactly [input, input + batch) and writes exactly [output, output + batch / 2).
#include <assert.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <immintrin.h>

#include "f32-bf16-vcvt/f32-bf16-vcvt.h"

// __m256bh is a vector of 16 shorts, __m512bh of 32: bit casts to __m256i and __m512i.
#define CONVERT(vx) ((__m256i) _mm512_cvtneps_pbh(vx))
// CONVERT_PAIR(vlo, vhi): the 32 rounded results of vlo then vhi.
#define CONVERT_PAIR(vlo, vhi) ((__m512i) _mm512_cvtne2ps_pbh(vhi, vlo))

// LOAD(p): the floats at p.
#define LOAD(p) _mm512_loadu_ps(p)
#define LOAD_MASKED(mask, p) _mm512_maskz_loadu_ps(mask, p)

smax_f32_bf16_vcvt_ukernel_fn smax_f32_bf16_vcvt_ukernel__avx512bf16_x32;

void smax_f32_bf16_vcvt_ukernel__avx512bf16_x32(size_t batch, const float* input, uint16_t* output, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(output != NULL);
  (void) params;
  #define STORE(p, v) _mm256_storeu_si256((__m256i*) (p), v)
  #define STORE_PAIR(p, v) _mm512_storeu_si512(p, v)

  for (; batch >= 32 * sizeof(float); batch -= 32 * sizeof(float)) {
    const __m512 vx0 = LOAD(input + 0);
    const __m512 vx1 = LOAD(input + 16);
    input += 32;

    const __m512i vh0 = CONVERT_PAIR(vx0, vx1);
    STORE_PAIR(output + 0, vh0);
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
#undef STORE
#undef STORE_PAIR
}
