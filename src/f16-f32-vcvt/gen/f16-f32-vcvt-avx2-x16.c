// Generated from src/f16-f32-vcvt/avx2.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f16_f32_vcvt_ukernel__avx2_x16: output[i] = float(input[i]), input[i] a f16 bit pattern; AVX2, 16 elements
// (2 vectors of 8 floats) per iteration. Exact (contract: src/f16-f32-vcvt/f16-f32-vcvt.h).
//
// F16C's vcvtph2ps (src/isa.table's avx2 row requires F16C): exact, subnormal halves included
// (MXCSR.DAZ does not apply to them on real CPUs), signaling NaNs quieted.
// Remainders: 8 at a time, then the last 1 to 7 through a local buffer, so it reads exactly
// [input, input + batch) and writes exactly [output, output + 2 * batch).
#include <assert.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <immintrin.h>

#include "f16-f32-vcvt/f16-f32-vcvt.h"

#define CONVERT(vh) _mm256_cvtph_ps(vh)
smax_f16_f32_vcvt_ukernel_fn smax_f16_f32_vcvt_ukernel__avx2_x16;

void smax_f16_f32_vcvt_ukernel__avx2_x16(size_t batch, const uint16_t* input, float* output, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(uint16_t) == 0);
  assert(input != NULL);
  assert(output != NULL);
  (void) params;

  for (; batch >= 16 * sizeof(uint16_t); batch -= 16 * sizeof(uint16_t)) {
    const __m128i vh0 = _mm_loadu_si128((const __m128i*) (input + 0));
    const __m128i vh1 = _mm_loadu_si128((const __m128i*) (input + 8));
    input += 16;

    const __m256 vy0 = CONVERT(vh0);
    const __m256 vy1 = CONVERT(vh1);
    _mm256_storeu_ps(output + 0, vy0);
    _mm256_storeu_ps(output + 8, vy1);
    output += 16;
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
