// Generated from src/f32-f16-vcvt/sse2.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_bf16_vsubc2_ukernel__sse2_x16: output[i] = bf16(fl(fl(float(input[i]) - c[0]) - c[1])), rounded to nearest even; SSE2, 16 elements
// (4 vectors of 4 floats) per iteration. Contract: src/bf16-vsubc2/bf16-vsubc2.h.
//
// The software rounding of smax/f32-to-16bit.h (SSE2 has no conversion instruction), one pattern per
// 32-bit lane; two vectors pack into one 16-byte store. Remainders: 8 at a time, then the last 1 to 7
// through a local buffer, so it reads exactly [input, input + batch) and writes exactly
// [output, output + batch); output may equal input.
#include <assert.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <emmintrin.h>

#include "smax/f32-to-16bit.h"
#include "smax/sse2-load.h"
#include "bf16-vsubc2/bf16-vsubc2.h"

// LOAD(p): the floats of the elements at p minus c[0], then minus c[1].
#define LOAD(p) _mm_sub_ps(_mm_sub_ps(smax_sse2_load_bf16(p), vc0), vc1)

smax_bf16_vsubc2_ukernel_fn smax_bf16_vsubc2_ukernel__sse2_x16;

void smax_bf16_vsubc2_ukernel__sse2_x16(size_t batch, const uint16_t* input, uint16_t* output, const float* c, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(uint16_t) == 0);
  assert(input != NULL);
  assert(output != NULL);
  assert(c != NULL);
  (void) params;

  // Two float subtractions, rounded each (f32-vsubc2's bits), then the rounding to 16 bits.
  const __m128 vc0 = _mm_set1_ps(c[0]);
  const __m128 vc1 = _mm_set1_ps(c[1]);
  for (; batch >= 16 * sizeof(uint16_t); batch -= 16 * sizeof(uint16_t)) {
    const __m128 vx0 = LOAD(input + 0);
    const __m128 vx1 = LOAD(input + 4);
    const __m128 vx2 = LOAD(input + 8);
    const __m128 vx3 = LOAD(input + 12);
    input += 16;

    const __m128i vh0 = smax_sse2_f32_to_bf16(vx0);
    const __m128i vh1 = smax_sse2_f32_to_bf16(vx1);
    const __m128i vh2 = smax_sse2_f32_to_bf16(vx2);
    const __m128i vh3 = smax_sse2_f32_to_bf16(vx3);
    _mm_storeu_si128((__m128i*) (output + 0), smax_sse2_pack_low16(vh0, vh1));
    _mm_storeu_si128((__m128i*) (output + 8), smax_sse2_pack_low16(vh2, vh3));
    output += 16;
  }
  for (; batch >= 8 * sizeof(uint16_t); batch -= 8 * sizeof(uint16_t)) {
    const __m128i vh0 = smax_sse2_f32_to_bf16(LOAD(input));
    const __m128i vh1 = smax_sse2_f32_to_bf16(LOAD(input + 4));
    input += 8;
    _mm_storeu_si128((__m128i*) output, smax_sse2_pack_low16(vh0, vh1));
    output += 8;
  }
  if (batch != 0) {
    uint16_t x[8] = {0};
    uint16_t h[8];
    memcpy(x, input, batch);
    _mm_storeu_si128((__m128i*) h, smax_sse2_pack_low16(smax_sse2_f32_to_bf16(LOAD(x)), smax_sse2_f32_to_bf16(LOAD(x + 4))));
    memcpy(output, h, batch);
  }
}
