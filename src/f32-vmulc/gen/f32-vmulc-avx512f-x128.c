// Generated from src/f32-vmulc/avx512f.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_vmulc_ukernel__avx512f_x128: output[i] = input[i] * *scale; AVX-512F, 128 elements (8 vectors of 16)
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

smax_f32_vmulc_ukernel_fn smax_f32_vmulc_ukernel__avx512f_x128;

void smax_f32_vmulc_ukernel__avx512f_x128(size_t batch, const float* input, const float* scale, float* output, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(scale != NULL);
  assert(output != NULL);
  (void) params;

  const __m512 vscale = _mm512_set1_ps(*scale);
  for (; batch >= 128 * sizeof(float); batch -= 128 * sizeof(float)) {
    const __m512 vx0 = _mm512_loadu_ps(input + 0);
    const __m512 vx1 = _mm512_loadu_ps(input + 16);
    const __m512 vx2 = _mm512_loadu_ps(input + 32);
    const __m512 vx3 = _mm512_loadu_ps(input + 48);
    const __m512 vx4 = _mm512_loadu_ps(input + 64);
    const __m512 vx5 = _mm512_loadu_ps(input + 80);
    const __m512 vx6 = _mm512_loadu_ps(input + 96);
    const __m512 vx7 = _mm512_loadu_ps(input + 112);
    input += 128;

    _mm512_storeu_ps(output + 0, _mm512_mul_ps(vx0, vscale));
    _mm512_storeu_ps(output + 16, _mm512_mul_ps(vx1, vscale));
    _mm512_storeu_ps(output + 32, _mm512_mul_ps(vx2, vscale));
    _mm512_storeu_ps(output + 48, _mm512_mul_ps(vx3, vscale));
    _mm512_storeu_ps(output + 64, _mm512_mul_ps(vx4, vscale));
    _mm512_storeu_ps(output + 80, _mm512_mul_ps(vx5, vscale));
    _mm512_storeu_ps(output + 96, _mm512_mul_ps(vx6, vscale));
    _mm512_storeu_ps(output + 112, _mm512_mul_ps(vx7, vscale));
    output += 128;
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
