// Generated from src/f16-f32-vcvt/avx512f.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_bf16_f32_vcvt_ukernel__avx512f_x64: output[i] = float(input[i]), input[i] a bf16 bit pattern; AVX-512F, 64 elements
// (4 vectors of 16 floats) per iteration. Exact (contract: src/bf16-f32-vcvt/bf16-f32-vcvt.h).
//
// vpmovzxwd then a shift by 16 puts each pattern on top of its float; smax/bf16-to-f32.h quiets NaNs.
// Remainder (1 to 15): AVX-512F has no 16-bit masked load (that is AVX512-BW), so the patterns go
// through a local buffer and the floats out with a masked store: it reads exactly
// [input, input + batch) and writes exactly [output, output + 2 * batch).
#include <assert.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <immintrin.h>

#include "smax/bf16-to-f32.h"
#include "bf16-f32-vcvt/bf16-f32-vcvt.h"

#define CONVERT(vh) smax_avx512f_bf16_to_f32(_mm512_slli_epi32(_mm512_cvtepu16_epi32(vh), 16))

smax_bf16_f32_vcvt_ukernel_fn smax_bf16_f32_vcvt_ukernel__avx512f_x64;

void smax_bf16_f32_vcvt_ukernel__avx512f_x64(size_t batch, const uint16_t* input, float* output, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(uint16_t) == 0);
  assert(input != NULL);
  assert(output != NULL);
  (void) params;

  for (; batch >= 64 * sizeof(uint16_t); batch -= 64 * sizeof(uint16_t)) {
    const __m256i vh0 = _mm256_loadu_si256((const __m256i*) (input + 0));
    const __m256i vh1 = _mm256_loadu_si256((const __m256i*) (input + 16));
    const __m256i vh2 = _mm256_loadu_si256((const __m256i*) (input + 32));
    const __m256i vh3 = _mm256_loadu_si256((const __m256i*) (input + 48));
    input += 64;

    const __m512 vy0 = CONVERT(vh0);
    const __m512 vy1 = CONVERT(vh1);
    const __m512 vy2 = CONVERT(vh2);
    const __m512 vy3 = CONVERT(vh3);
    _mm512_storeu_ps(output + 0, vy0);
    _mm512_storeu_ps(output + 16, vy1);
    _mm512_storeu_ps(output + 32, vy2);
    _mm512_storeu_ps(output + 48, vy3);
    output += 64;
  }
  for (; batch >= 16 * sizeof(uint16_t); batch -= 16 * sizeof(uint16_t)) {
    _mm512_storeu_ps(output, CONVERT(_mm256_loadu_si256((const __m256i*) input)));
    input += 16;
    output += 16;
  }
  if (batch != 0) {
    uint16_t h[16] = {0};
    memcpy(h, input, batch);
    const __mmask16 vmask = _cvtu32_mask16((UINT32_C(1) << (batch / sizeof(uint16_t))) - 1);
    _mm512_mask_storeu_ps(output, vmask, CONVERT(_mm256_loadu_si256((const __m256i*) h)));
  }
}
