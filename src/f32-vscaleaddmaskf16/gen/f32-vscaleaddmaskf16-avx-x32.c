// Generated from src/f32-vscaleaddmaskf16/avx.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_vscaleaddmaskf16_ukernel__avx_x32: output[i] = fl(fl(coefficients[0] * input[i]) + fl(coefficients[1] * float(mask[i]))),
// mask[i] an IEEE binary16 bit pattern; AVX, 32 elements (4 vectors of 8 lanes) per
// iteration.
//
// AVX has no half-precision conversion (F16C is separate) and no 256-bit integer operations: each
// vector's 8 halves are converted exactly in two 128-bit halves (f16-to-f32.h), then vmulps, vmulps,
// vaddps: the scalar kernel's three roundings, so its bits. Remainders: whole vectors one at a time,
// then the last 1 to 7 elements with masked float loads and store, their halves copied to a zeroed
// local vector first, so it reads exactly [input, input + batch) and [mask, mask + batch / 2) and
// writes exactly [output, output + batch); output may equal input.
#include <assert.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <immintrin.h>

#include "smax/f16-to-f32.h"
#include "f32-vscaleaddmaskf16/f32-vscaleaddmaskf16.h"
#include "smax/avx-exp.h"
#include "f32-vscaleaddmaskf16/avx.h"

smax_f32_vscaleaddmaskf16_ukernel_fn smax_f32_vscaleaddmaskf16_ukernel__avx_x32;

void smax_f32_vscaleaddmaskf16_ukernel__avx_x32(size_t batch, const float* input, const uint16_t* mask, float* output,
                                                const float* coefficients, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(mask != NULL);
  assert(output != NULL);
  assert(coefficients != NULL);
  (void) params;

  const __m256 va = _mm256_broadcast_ss(&coefficients[0]);
  const __m256 vb = _mm256_broadcast_ss(&coefficients[1]);
  for (; batch >= 32 * sizeof(float); batch -= 32 * sizeof(float)) {
    const __m256 vx0 = _mm256_loadu_ps(input + 0);
    const __m256 vx1 = _mm256_loadu_ps(input + 8);
    const __m256 vx2 = _mm256_loadu_ps(input + 16);
    const __m256 vx3 = _mm256_loadu_ps(input + 24);
    input += 32;
    const __m256 vm0 = f16_to_f32(_mm_loadu_si128((const __m128i*) (mask + 0)));
    const __m256 vm1 = f16_to_f32(_mm_loadu_si128((const __m128i*) (mask + 8)));
    const __m256 vm2 = f16_to_f32(_mm_loadu_si128((const __m128i*) (mask + 16)));
    const __m256 vm3 = f16_to_f32(_mm_loadu_si128((const __m128i*) (mask + 24)));
    mask += 32;

    _mm256_storeu_ps(output + 0, _mm256_add_ps(_mm256_mul_ps(va, vx0), _mm256_mul_ps(vb, vm0)));
    _mm256_storeu_ps(output + 8, _mm256_add_ps(_mm256_mul_ps(va, vx1), _mm256_mul_ps(vb, vm1)));
    _mm256_storeu_ps(output + 16, _mm256_add_ps(_mm256_mul_ps(va, vx2), _mm256_mul_ps(vb, vm2)));
    _mm256_storeu_ps(output + 24, _mm256_add_ps(_mm256_mul_ps(va, vx3), _mm256_mul_ps(vb, vm3)));
    output += 32;
  }
  for (; batch >= 8 * sizeof(float); batch -= 8 * sizeof(float)) {
    const __m256 vx = _mm256_loadu_ps(input);
    input += 8;
    const __m256 vm = f16_to_f32(_mm_loadu_si128((const __m128i*) mask));
    mask += 8;
    _mm256_storeu_ps(output, _mm256_add_ps(_mm256_mul_ps(va, vx), _mm256_mul_ps(vb, vm)));
    output += 8;
  }
  if (batch != 0) {
    assert(batch >= 1 * sizeof(float));
    assert(batch <= 7 * sizeof(float));
    const size_t count = batch / sizeof(float);
    // smax/avx-exp.h is included for the tail mask only.
    const __m256i vtail = smax_avx_tail_mask(count);
    const __m256 vx = _mm256_maskload_ps(input, vtail);
    uint16_t vh[8] = {0};
    memcpy(vh, mask, count * sizeof(uint16_t));
    const __m256 vm = f16_to_f32(_mm_loadu_si128((const __m128i*) vh));
    _mm256_maskstore_ps(output, vtail, _mm256_add_ps(_mm256_mul_ps(va, vx), _mm256_mul_ps(vb, vm)));
  }
}
