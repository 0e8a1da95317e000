// Generated from src/f32-bf16-vcvt/avx512bf16.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_bf16_vsubc2_ukernel__avx512bf16_x32: output[i] = bf16(fl(fl(float(input[i]) - c[0]) - c[1])), rounded to nearest even; AVX512-BF16's vcvtne2ps2bf16,
// 32 elements (2 vectors of 16 floats) per iteration. Contract:
// src/bf16-vsubc2/bf16-vsubc2.h, whose subnormal rule is this instruction's: it ignores MXCSR,
// reads float subnormal inputs as zero and sets a NaN's quiet bit (checked against the software
// rounding on all 2^32 floats on an AMD Zen 4).
// The main loop rounds two vectors with one vcvtne2ps2bf16 (the same rounding as vcvtneps2bf16's, on
// half the instructions) and stores 32 results at once.
// It loads 32 bf16 elements as one vector of 16 pairs and widens them without a shuffle
// (smax_avx512f_load_bf16_pairs: the even elements, then the odd ones); one vpermw
// (AVX512-BW, which every CPU with AVX512-BF16 has; the ISA row requires it) puts the rounded
// results back in order. Against vpmovzxwd widening and two vcvtneps2bf16 per 32 elements: bench case
// bf16-vsubc2/avx512bf16/<kernel>/hot:2048.
// Remainder (1 to 15): a load through a local buffer, and a masked vpmovdw store (AVX-512F's),
// so it reads exactly [input, input + batch) and writes exactly [output, output + batch); output may equal input.
#include <assert.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <immintrin.h>

#include "smax/avx512f-load.h"
#include "bf16-vsubc2/bf16-vsubc2.h"

// __m256bh is a vector of 16 shorts, __m512bh of 32: bit casts to __m256i and __m512i.
#define CONVERT(vx) ((__m256i) _mm512_cvtneps_pbh(vx))
// CONVERT_PAIR(vlo, vhi): the 32 rounded results of vlo then vhi.
#define CONVERT_PAIR(vlo, vhi) ((__m512i) _mm512_cvtne2ps_pbh(vhi, vlo))

// LOAD(p): the floats of the elements at p minus c[0], then minus c[1].
#define LOAD(p) smax_avx512f_sub2(smax_avx512f_load_bf16(p), vminus_c0, vminus_c1)
#define LOAD_MASKED(mask, p) smax_avx512f_sub2(smax_avx512f_load_tail_bf16(p, batch / sizeof(uint16_t)), vminus_c0, vminus_c1)

smax_bf16_vsubc2_ukernel_fn smax_bf16_vsubc2_ukernel__avx512bf16_x32;

void smax_bf16_vsubc2_ukernel__avx512bf16_x32(size_t batch, const uint16_t* input, uint16_t* output, const float* c, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(uint16_t) == 0);
  assert(input != NULL);
  assert(output != NULL);
  assert(c != NULL);
  // With params->streaming (struct smax_store_params) and output 32-byte aligned, whole vectors are
  // written with non-temporal stores (same results); every whole vector after an aligned output is.
  // The main loop's 64-byte stores stream where output is 64-byte aligned.
  const bool stream = params != NULL && ((const struct smax_store_params*) params)->streaming &&
                      ((uintptr_t) output & 31) == 0;
  const bool stream_pairs = stream && ((uintptr_t) output & 63) == 0;
  #define STORE(p, v) (stream ? _mm256_stream_si256((__m256i*) (p), v) : _mm256_storeu_si256((__m256i*) (p), v))
  #define STORE_PAIR(p, v) (stream_pairs ? _mm512_stream_si512((__m512i*) (p), v) : _mm512_storeu_si512(p, v))
  // Two float subtractions, rounded each (f32-vsubc2's bits), as FMAs (smax_avx512f_sub2: off the
  // FP-add pipes that the conversions take), then the rounding to 16 bits.
  const __m512 vminus_c0 = _mm512_set1_ps(-c[0]);
  const __m512 vminus_c1 = _mm512_set1_ps(-c[1]);
  // Word k of the output takes the even results' k / 2 for even k (words 0-15 of the converted pair)
  // and the odd results' k / 2 for odd k (words 16-31).
  const __m512i vinterleave = _mm512_set_epi16(31, 15, 30, 14, 29, 13, 28, 12, 27, 11, 26, 10, 25, 9, 24, 8,
                                               23, 7, 22, 6, 21, 5, 20, 4, 19, 3, 18, 2, 17, 1, 16, 0);
  for (; batch >= 32 * sizeof(uint16_t); batch -= 32 * sizeof(uint16_t)) {
    __m512 veven0;
    __m512 vodd0;
    smax_avx512f_load_bf16_pairs(input + 0, &veven0, &vodd0);
    input += 32;

    veven0 = smax_avx512f_sub2(veven0, vminus_c0, vminus_c1);
    vodd0 = smax_avx512f_sub2(vodd0, vminus_c0, vminus_c1);
    const __m512i vh0 = _mm512_permutexvar_epi16(vinterleave, CONVERT_PAIR(veven0, vodd0));
    STORE_PAIR(output + 0, vh0);
    output += 32;
  }
  for (; batch >= 16 * sizeof(uint16_t); batch -= 16 * sizeof(uint16_t)) {
    STORE(output, CONVERT(LOAD(input)));
    input += 16;
    output += 16;
  }
  if (batch != 0) {
    const __mmask16 vmask = _cvtu32_mask16((UINT32_C(1) << (batch / sizeof(uint16_t))) - 1);
    const __m256i vh = CONVERT(LOAD_MASKED(vmask, input));
    _mm512_mask_cvtepi32_storeu_epi16(output, vmask, _mm512_cvtepu16_epi32(vh));
  }
  if (stream) {
    _mm_sfence();  // non-temporal stores are weakly ordered: make them visible before returning
  }
#undef STORE
#undef STORE_PAIR
}
