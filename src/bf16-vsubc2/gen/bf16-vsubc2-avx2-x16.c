// Generated from src/f32-f16-vcvt/avx2.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_bf16_vsubc2_ukernel__avx2_x16: output[i] = bf16(fl(fl(float(input[i]) - c[0]) - c[1])), rounded to nearest even; AVX2, 16 elements
// (2 vectors of 8 floats) per iteration. Contract: src/bf16-vsubc2/bf16-vsubc2.h.
//
// The integer rounding of smax/f32-to-16bit.h; the patterns (below 2^16) pack with vpackusdw.
// Remainders: 8 at a time, then the last 1 to 7 through a local buffer, so it reads exactly
// [input, input + batch) and writes exactly [output, output + batch); output may equal input.
#include <assert.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <immintrin.h>

#include "smax/f32-to-16bit.h"
#include "smax/avx2-load.h"
#include "bf16-vsubc2/bf16-vsubc2.h"

#define CONVERT(vx) smax_avx2_f32_to_bf16_packed(vx)

// LOAD(p): the floats of the elements at p minus c[0], then minus c[1].
#define LOAD(p) _mm256_sub_ps(_mm256_sub_ps(smax_avx2_load_bf16(p), vc0), vc1)

smax_bf16_vsubc2_ukernel_fn smax_bf16_vsubc2_ukernel__avx2_x16;

void smax_bf16_vsubc2_ukernel__avx2_x16(size_t batch, const uint16_t* input, uint16_t* output, const float* c, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(uint16_t) == 0);
  assert(input != NULL);
  assert(output != NULL);
  assert(c != NULL);
  (void) params;

  // Two float subtractions, rounded each (f32-vsubc2's bits), then the rounding to 16 bits.
  const __m256 vc0 = _mm256_set1_ps(c[0]);
  const __m256 vc1 = _mm256_set1_ps(c[1]);
  for (; batch >= 16 * sizeof(uint16_t); batch -= 16 * sizeof(uint16_t)) {
    const __m256 vx0 = LOAD(input + 0);
    const __m256 vx1 = LOAD(input + 8);
    input += 16;

    const __m128i vh0 = CONVERT(vx0);
    const __m128i vh1 = CONVERT(vx1);
    _mm_storeu_si128((__m128i*) (output + 0), vh0);
    _mm_storeu_si128((__m128i*) (output + 8), vh1);
    output += 16;
  }
  for (; batch >= 8 * sizeof(uint16_t); batch -= 8 * sizeof(uint16_t)) {
    _mm_storeu_si128((__m128i*) output, CONVERT(LOAD(input)));
    input += 8;
    output += 8;
  }
  if (batch != 0) {
    uint16_t x[8] = {0};
    uint16_t h[8];
    memcpy(x, input, batch);
    _mm_storeu_si128((__m128i*) h, CONVERT(LOAD(x)));
    memcpy(output, h, batch);
  }
}
