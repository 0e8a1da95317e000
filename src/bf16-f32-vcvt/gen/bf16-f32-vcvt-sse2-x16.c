// Generated from src/f16-f32-vcvt/sse2.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_bf16_f32_vcvt_ukernel__sse2_x16: output[i] = float(input[i]), input[i] a bf16 bit pattern; SSE2, 16 elements
// (4 vectors of 4 floats) per iteration. Exact (contract: src/bf16-f32-vcvt/bf16-f32-vcvt.h).
//
// 8 patterns per 16-byte load; unpacking them above 16 zero bits gives h << 16 per 32-bit lane, which
// is the float for bfloat16 (smax/bf16-to-f32.h quiets NaNs) and the input of the software binary16
// conversion (smax/f16-to-f32.h; SSE2 has no conversion instruction). Remainders: 8
// at a time, then the last 1 to 7 through a local buffer, so it reads exactly [input, input + batch)
// and writes exactly [output, output + 2 * batch).
#include <assert.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <emmintrin.h>

#include "smax/bf16-to-f32.h"
#include "bf16-f32-vcvt/bf16-f32-vcvt.h"

smax_bf16_f32_vcvt_ukernel_fn smax_bf16_f32_vcvt_ukernel__sse2_x16;

void smax_bf16_f32_vcvt_ukernel__sse2_x16(size_t batch, const uint16_t* input, float* output, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(uint16_t) == 0);
  assert(input != NULL);
  assert(output != NULL);
  (void) params;

  const __m128i vzero = _mm_setzero_si128();
  for (; batch >= 16 * sizeof(uint16_t); batch -= 16 * sizeof(uint16_t)) {
    const __m128i vh0 = _mm_loadu_si128((const __m128i*) (input + 0));
    const __m128i vh1 = _mm_loadu_si128((const __m128i*) (input + 8));
    input += 16;

    const __m128 vy0 = smax_sse2_bf16_to_f32(_mm_unpacklo_epi16(vzero, vh0));
    const __m128 vy1 = smax_sse2_bf16_to_f32(_mm_unpackhi_epi16(vzero, vh0));
    const __m128 vy2 = smax_sse2_bf16_to_f32(_mm_unpacklo_epi16(vzero, vh1));
    const __m128 vy3 = smax_sse2_bf16_to_f32(_mm_unpackhi_epi16(vzero, vh1));
    _mm_storeu_ps(output + 0, vy0);
    _mm_storeu_ps(output + 4, vy1);
    _mm_storeu_ps(output + 8, vy2);
    _mm_storeu_ps(output + 12, vy3);
    output += 16;
  }
  for (; batch >= 8 * sizeof(uint16_t); batch -= 8 * sizeof(uint16_t)) {
    const __m128i vh = _mm_loadu_si128((const __m128i*) input);
    input += 8;
    _mm_storeu_ps(output, smax_sse2_bf16_to_f32(_mm_unpacklo_epi16(vzero, vh)));
    _mm_storeu_ps(output + 4, smax_sse2_bf16_to_f32(_mm_unpackhi_epi16(vzero, vh)));
    output += 8;
  }
  if (batch != 0) {
    uint16_t h[8] = {0};
    float y[8];
    memcpy(h, input, batch);
    const __m128i vh = _mm_loadu_si128((const __m128i*) h);
    _mm_storeu_ps(y, smax_sse2_bf16_to_f32(_mm_unpacklo_epi16(vzero, vh)));
    _mm_storeu_ps(y + 4, smax_sse2_bf16_to_f32(_mm_unpackhi_epi16(vzero, vh)));
    memcpy(output, y, batch * 2);
  }
}
