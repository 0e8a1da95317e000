// Generated from src/f32-vmulc/sse2.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_vmulc_ukernel__sse2_x20: output[i] = input[i] * *scale; SSE2, 20 elements (5 vectors of 4
// lanes) per iteration.
//
// One rounding per element (correctly rounded, so identical to the scalar kernel). Remainders: whole
// vectors one at a time, then the last 1 to 3 elements one at a time with single-lane loads and stores,
// so it reads exactly [input, input + batch) and writes exactly [output, output + batch); output may
// equal input.
#include <assert.h>
#include <stddef.h>

#include <emmintrin.h>

#include "f32-vmulc/f32-vmulc.h"

smax_f32_vmulc_ukernel_fn smax_f32_vmulc_ukernel__sse2_x20;

void smax_f32_vmulc_ukernel__sse2_x20(size_t batch, const float* input, const float* scale, float* output, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(scale != NULL);
  assert(output != NULL);
  (void) params;

  const __m128 vscale = _mm_load1_ps(scale);
  for (; batch >= 20 * sizeof(float); batch -= 20 * sizeof(float)) {
    const __m128 vx0 = _mm_loadu_ps(input + 0);
    const __m128 vx1 = _mm_loadu_ps(input + 4);
    const __m128 vx2 = _mm_loadu_ps(input + 8);
    const __m128 vx3 = _mm_loadu_ps(input + 12);
    const __m128 vx4 = _mm_loadu_ps(input + 16);
    input += 20;

    _mm_storeu_ps(output + 0, _mm_mul_ps(vx0, vscale));
    _mm_storeu_ps(output + 4, _mm_mul_ps(vx1, vscale));
    _mm_storeu_ps(output + 8, _mm_mul_ps(vx2, vscale));
    _mm_storeu_ps(output + 12, _mm_mul_ps(vx3, vscale));
    _mm_storeu_ps(output + 16, _mm_mul_ps(vx4, vscale));
    output += 20;
  }
  for (; batch >= 4 * sizeof(float); batch -= 4 * sizeof(float)) {
    _mm_storeu_ps(output, _mm_mul_ps(_mm_loadu_ps(input), vscale));
    input += 4;
    output += 4;
  }
  for (; batch != 0; batch -= sizeof(float)) {
    _mm_store_ss(output, _mm_mul_ss(_mm_load_ss(input), vscale));
    input += 1;
    output += 1;
  }
}
