// Generated from src/f32-vscaleaddmask/sse2.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_vscaleaddmask_ukernel__sse2_x8: output[i] = fl(fl(coefficients[0] * input[i]) + fl(coefficients[1] * mask[i])); SSE2,
// 8 elements (2 vectors of 4 lanes) per iteration.
//
// mulps, mulps, addps: the scalar kernel's three roundings, so its bits. Remainders: whole vectors
// one at a time, then the last 1 to 3 elements one at a time with single-lane loads and stores, so
// it reads exactly [input, input + batch) and [mask, mask + batch) and writes exactly
// [output, output + batch); output may equal input.
#include <assert.h>
#include <stddef.h>

#include <emmintrin.h>

#include "f32-vscaleaddmask/f32-vscaleaddmask.h"

smax_f32_vscaleaddmask_ukernel_fn smax_f32_vscaleaddmask_ukernel__sse2_x8;

void smax_f32_vscaleaddmask_ukernel__sse2_x8(size_t batch, const float* input, const float* mask, float* output, const float* coefficients,
                                             const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(mask != NULL);
  assert(output != NULL);
  assert(coefficients != NULL);
  (void) params;

  const __m128 va = _mm_load1_ps(&coefficients[0]);
  const __m128 vb = _mm_load1_ps(&coefficients[1]);
  for (; batch >= 8 * sizeof(float); batch -= 8 * sizeof(float)) {
    const __m128 vx0 = _mm_loadu_ps(input + 0);
    const __m128 vx1 = _mm_loadu_ps(input + 4);
    input += 8;
    const __m128 vm0 = _mm_loadu_ps(mask + 0);
    const __m128 vm1 = _mm_loadu_ps(mask + 4);
    mask += 8;

    _mm_storeu_ps(output + 0, _mm_add_ps(_mm_mul_ps(va, vx0), _mm_mul_ps(vb, vm0)));
    _mm_storeu_ps(output + 4, _mm_add_ps(_mm_mul_ps(va, vx1), _mm_mul_ps(vb, vm1)));
    output += 8;
  }
  for (; batch >= 4 * sizeof(float); batch -= 4 * sizeof(float)) {
    const __m128 vx = _mm_loadu_ps(input);
    input += 4;
    const __m128 vm = _mm_loadu_ps(mask);
    mask += 4;
    _mm_storeu_ps(output, _mm_add_ps(_mm_mul_ps(va, vx), _mm_mul_ps(vb, vm)));
    output += 4;
  }
  for (; batch != 0; batch -= sizeof(float)) {
    _mm_store_ss(output, _mm_add_ss(_mm_mul_ss(va, _mm_load_ss(input)), _mm_mul_ss(vb, _mm_load_ss(mask))));
    input += 1;
    mask += 1;
    output += 1;
  }
}
