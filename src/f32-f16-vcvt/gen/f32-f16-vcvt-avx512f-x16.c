// Generated from src/f32-f16-vcvt/avx512f.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_f16_vcvt_ukernel__avx512f_x16: output[i] = f16(input[i]), rounded to nearest even; AVX-512F, 16 elements
// (1 vectors of 16 floats) per iteration. Contract: src/f32-f16-vcvt/f32-f16-vcvt.h.
//
// vcvtps2ph on zmm with round to nearest even. It honours MXCSR.DAZ, which only turns float
// subnormal inputs into +-0: their half is +-0 either way.
// Remainder (1 to 15): a masked load, and a masked vpmovdw store (AVX-512F has no 16-bit masked
// store of its own), so it reads exactly [input, input + batch) and writes exactly
// [output, output + batch / 2).
#include <assert.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <immintrin.h>

#include "f32-f16-vcvt/f32-f16-vcvt.h"

#define CONVERT(vx) _mm512_cvtps_ph(vx, _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC)
// LOAD(p): the floats at p.
#define LOAD(p) _mm512_loadu_ps(p)
#define LOAD_MASKED(mask, p) _mm512_maskz_loadu_ps(mask, p)

smax_f32_f16_vcvt_ukernel_fn smax_f32_f16_vcvt_ukernel__avx512f_x16;

void smax_f32_f16_vcvt_ukernel__avx512f_x16(size_t batch, const float* input, uint16_t* output, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(output != NULL);
  (void) params;
  #define STORE(p, v) _mm256_storeu_si256((__m256i*) (p), v)

  for (; batch >= 16 * sizeof(float); batch -= 16 * sizeof(float)) {
    const __m512 vx0 = LOAD(input + 0);
    input += 16;

    const __m256i vh0 = CONVERT(vx0);
    STORE(output + 0, vh0);
    output += 16;
  }
  if (batch != 0) {
    const __mmask16 vmask = _cvtu32_mask16((UINT32_C(1) << (batch / sizeof(float))) - 1);
    const __m256i vh = CONVERT(LOAD_MASKED(vmask, input));
    _mm512_mask_cvtepi32_storeu_epi16(output, vmask, _mm512_cvtepu16_epi32(vh));
  }
#undef STORE
}
