// Generated from src/f32-f16-vcvt/avx2.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_bf16_vcvt_ukernel__avx2_x16: output[i] = bf16(input[i]), rounded to nearest even; AVX2, 16 elements
// (2 vectors of 8 floats) per iteration. Contract: src/f32-bf16-vcvt/f32-bf16-vcvt.h.
//
// The integer rounding of smax/f32-to-16bit.h; the patterns (below 2^16) pack with vpackusdw.
// Remainders: 8 at a time, then the last 1 to 7 through a local buffer, so it reads exactly
// [input, input + batch) and writes exactly [output, output + batch / 2).
#include <assert.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <immintrin.h>

#include "smax/f32-to-16bit.h"
#include "f32-bf16-vcvt/f32-bf16-vcvt.h"

#define CONVERT(vx) smax_avx2_f32_to_bf16_packed(vx)

// LOAD(p): the floats at p.
#define LOAD(p) _mm256_loadu_ps(p)

smax_f32_bf16_vcvt_ukernel_fn smax_f32_bf16_vcvt_ukernel__avx2_x16;

void smax_f32_bf16_vcvt_ukernel__avx2_x16(size_t batch, const float* input, uint16_t* output, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(output != NULL);
  (void) params;

  for (; batch >= 16 * sizeof(float); batch -= 16 * sizeof(float)) {
    const __m256 vx0 = LOAD(input + 0);
    const __m256 vx1 = LOAD(input + 8);
    input += 16;

    const __m128i vh0 = CONVERT(vx0);
    const __m128i vh1 = CONVERT(vx1);
    _mm_storeu_si128((__m128i*) (output + 0), vh0);
    _mm_storeu_si128((__m128i*) (output + 8), vh1);
    output += 16;
  }
  for (; batch >= 8 * sizeof(float); batch -= 8 * sizeof(float)) {
    _mm_storeu_si128((__m128i*) output, CONVERT(LOAD(input)));
    input += 8;
    output += 8;
  }
  if (batch != 0) {
    float x[8] = {0.0f};
    uint16_t h[8];
    memcpy(x, input, batch);
    _mm_storeu_si128((__m128i*) h, CONVERT(LOAD(x)));
    memcpy(output, h, batch / 2);
  }
}
