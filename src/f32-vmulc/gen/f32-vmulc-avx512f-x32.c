// Generated from src/f32-vmulc/avx512f.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_vmulc_ukernel__avx512f_x32: output[i] = input[i] * *scale; AVX-512F, 32 elements (2 vectors of 16)
// per iteration.
//
// One rounding per element (correctly rounded, bit-identical to the scalar kernel). The tail is one
// k-masked vector: reads exactly [input, input + batch) and writes exactly [output, output + batch);
// output may equal input.
#include <assert.h>
#include <stddef.h>

#include <immintrin.h>

#include "f32-vmulc/f32-vmulc.h"
#include "smax/avx512f-exp.h"

smax_f32_vmulc_ukernel_fn smax_f32_vmulc_ukernel__avx512f_x32;

void smax_f32_vmulc_ukernel__avx512f_x32(size_t batch, const float* input, const float* scale, float* output, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(scale != NULL);
  assert(output != NULL);
  (void) params;

  const __m512 vscale = _mm512_set1_ps(*scale);
  for (; batch >= 32 * sizeof(float); batch -= 32 * sizeof(float)) {
    const __m512 vx0 = _mm512_loadu_ps(input + 0);
    const __m512 vx1 = _mm512_loadu_ps(input + 16);
    input += 32;

    _mm512_storeu_ps(output + 0, _mm512_mul_ps(vx0, vscale));
    _mm512_storeu_ps(output + 16, _mm512_mul_ps(vx1, vscale));
    output += 32;
  }
  for (; batch >= 16 * sizeof(float); batch -= 16 * sizeof(float)) {
    _mm512_storeu_ps(output, _mm512_mul_ps(_mm512_loadu_ps(input), vscale));
    input += 16;
    output += 16;
  }
  if (batch != 0) {
    const __mmask16 vmask = smax_avx512f_tail_mask(batch / sizeof(float));
    _mm512_mask_storeu_ps(output, vmask, _mm512_mul_ps(_mm512_maskz_loadu_ps(vmask, input), vscale));
  }
}
