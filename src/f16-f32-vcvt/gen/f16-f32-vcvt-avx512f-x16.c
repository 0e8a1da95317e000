// Generated from src/f16-f32-vcvt/avx512f.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f16_f32_vcvt_ukernel__avx512f_x16: output[i] = float(input[i]), input[i] a f16 bit pattern; AVX-512F, 16 elements
// (1 vectors of 16 floats) per iteration. Exact (contract: src/f16-f32-vcvt/f16-f32-vcvt.h).
//
// vcvtph2ps on zmm: exact, subnormal halves included (MXCSR.DAZ does not apply to them), signaling
// NaNs quieted.
// Remainder (1 to 15): AVX-512F has no 16-bit masked load (that is AVX512-BW), so the patterns go
// through a local buffer and the floats out with a masked store: it reads exactly
// [input, input + batch) and writes exactly [output, output + 2 * batch).
#include <assert.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <immintrin.h>

#include "f16-f32-vcvt/f16-f32-vcvt.h"

#define CONVERT(vh) _mm512_cvtph_ps(vh)
smax_f16_f32_vcvt_ukernel_fn smax_f16_f32_vcvt_ukernel__avx512f_x16;

void smax_f16_f32_vcvt_ukernel__avx512f_x16(size_t batch, const uint16_t* input, float* output, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(uint16_t) == 0);
  assert(input != NULL);
  assert(output != NULL);
  (void) params;

  for (; batch >= 16 * sizeof(uint16_t); batch -= 16 * sizeof(uint16_t)) {
    const __m256i vh0 = _mm256_loadu_si256((const __m256i*) (input + 0));
    input += 16;

    const __m512 vy0 = CONVERT(vh0);
    _mm512_storeu_ps(output + 0, vy0);
    output += 16;
  }
  if (batch != 0) {
    uint16_t h[16] = {0};
    memcpy(h, input, batch);
    const __mmask16 vmask = _cvtu32_mask16((UINT32_C(1) << (batch / sizeof(uint16_t))) - 1);
    _mm512_mask_storeu_ps(output, vmask, CONVERT(_mm256_loadu_si256((const __m256i*) h)));
  }
}
