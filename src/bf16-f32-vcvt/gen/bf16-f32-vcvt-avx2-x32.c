// Generated from src/f16-f32-vcvt/avx2.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_bf16_f32_vcvt_ukernel__avx2_x32: output[i] = float(input[i]), input[i] a bf16 bit pattern; AVX2, 32 elements
// (4 vectors of 8 floats) per iteration. Exact (contract: src/bf16-f32-vcvt/bf16-f32-vcvt.h).
//
// vpmovzxwd then a shift by 16 puts each pattern on top of its float; smax/bf16-to-f32.h quiets NaNs.
// Remainders: 8 at a time, then the last 1 to 7 through a local buffer, so it reads exactly
// [input, input + batch) and writes exactly [output, output + 2 * batch).
#include <assert.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <immintrin.h>

#include "smax/bf16-to-f32.h"
#include "bf16-f32-vcvt/bf16-f32-vcvt.h"

#define CONVERT(vh) smax_avx2_bf16_to_f32(_mm256_slli_epi32(_mm256_cvtepu16_epi32(vh), 16))

smax_bf16_f32_vcvt_ukernel_fn smax_bf16_f32_vcvt_ukernel__avx2_x32;

void smax_bf16_f32_vcvt_ukernel__avx2_x32(size_t batch, const uint16_t* input, float* output, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(uint16_t) == 0);
  assert(input != NULL);
  assert(output != NULL);
  (void) params;

  for (; batch >= 32 * sizeof(uint16_t); batch -= 32 * sizeof(uint16_t)) {
    const __m128i vh0 = _mm_loadu_si128((const __m128i*) (input + 0));
    const __m128i vh1 = _mm_loadu_si128((const __m128i*) (input + 8));
    const __m128i vh2 = _mm_loadu_si128((const __m128i*) (input + 16));
    const __m128i vh3 = _mm_loadu_si128((const __m128i*) (input + 24));
    input += 32;

    const __m256 vy0 = CONVERT(vh0);
    const __m256 vy1 = CONVERT(vh1);
    const __m256 vy2 = CONVERT(vh2);
    const __m256 vy3 = CONVERT(vh3);
    _mm256_storeu_ps(output + 0, vy0);
    _mm256_storeu_ps(output + 8, vy1);
    _mm256_storeu_ps(output + 16, vy2);
    _mm256_storeu_ps(output + 24, vy3);
    output += 32;
  }
  for (; batch >= 8 * sizeof(uint16_t); batch -= 8 * sizeof(uint16_t)) {
    _mm256_storeu_ps(output, CONVERT(_mm_loadu_si128((const __m128i*) input)));
    input += 8;
    output += 8;
  }
  if (batch != 0) {
    uint16_t h[8] = {0};
    float y[8];
    memcpy(h, input, batch);
    _mm256_storeu_ps(y, CONVERT(_mm_loadu_si128((const __m128i*) h)));
    memcpy(output, y, batch * 2);
  }
}
