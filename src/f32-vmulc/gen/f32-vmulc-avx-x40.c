// Generated from src/f32-vmulc/avx.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_vmulc_ukernel__avx_x40: output[i] = input[i] * *scale; AVX, 40 elements (5 vectors of 8
// lanes) per iteration.
//
// One rounding per element (correctly rounded, so identical to the scalar kernel). Remainders: whole
// vectors one at a time, then the last 1 to 7 elements with a masked load and a masked store, so it
// reads exactly [input, input + batch) and writes exactly [output, output + batch); output may equal
// input.
#include <assert.h>
#include <stddef.h>

#include <immintrin.h>

#include "f32-vmulc/f32-vmulc.h"
#include "smax/avx-exp.h"

smax_f32_vmulc_ukernel_fn smax_f32_vmulc_ukernel__avx_x40;

void smax_f32_vmulc_ukernel__avx_x40(size_t batch, const float* input, const float* scale, float* output, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(scale != NULL);
  assert(output != NULL);
  (void) params;

  const __m256 vscale = _mm256_broadcast_ss(scale);
  for (; batch >= 40 * sizeof(float); batch -= 40 * sizeof(float)) {
    const __m256 vx0 = _mm256_loadu_ps(input + 0);
    const __m256 vx1 = _mm256_loadu_ps(input + 8);
    const __m256 vx2 = _mm256_loadu_ps(input + 16);
    const __m256 vx3 = _mm256_loadu_ps(input + 24);
    const __m256 vx4 = _mm256_loadu_ps(input + 32);
    input += 40;

    _mm256_storeu_ps(output + 0, _mm256_mul_ps(vx0, vscale));
    _mm256_storeu_ps(output + 8, _mm256_mul_ps(vx1, vscale));
    _mm256_storeu_ps(output + 16, _mm256_mul_ps(vx2, vscale));
    _mm256_storeu_ps(output + 24, _mm256_mul_ps(vx3, vscale));
    _mm256_storeu_ps(output + 32, _mm256_mul_ps(vx4, vscale));
    output += 40;
  }
  for (; batch >= 8 * sizeof(float); batch -= 8 * sizeof(float)) {
    _mm256_storeu_ps(output, _mm256_mul_ps(_mm256_loadu_ps(input), vscale));
    input += 8;
    output += 8;
  }
  if (batch != 0) {
    assert(batch >= 1 * sizeof(float));
    assert(batch <= 7 * sizeof(float));
    // smax/avx-exp.h is included for the tail mask only.
    const __m256i vmask = smax_avx_tail_mask(batch / sizeof(float));
    _mm256_maskstore_ps(output, vmask, _mm256_mul_ps(_mm256_maskload_ps(input, vmask), vscale));
  }
}
