// Generated from src/f32-vscaleaddmaskf16/sse2.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_vscaleaddmaskf16_ukernel__sse2_x4: output[i] = fl(fl(coefficients[0] * input[i]) + fl(coefficients[1] * float(mask[i]))),
// mask[i] an IEEE binary16 bit pattern; SSE2, 4 elements (1 vectors of 4 lanes) per
// iteration.
//
// The halves are converted exactly in software (f16-to-f32.h, integer SSE2 plus two exact float
// operations), then mulps, mulps, addps: the scalar kernel's three roundings, so its bits.
// Remainders: whole vectors one at a time (8-byte loads of 4 halves), then the last 1 to 3 elements
// one at a time with single-lane loads and stores, so it reads exactly [input, input + batch) and
// [mask, mask + batch / 2) and writes exactly [output, output + batch); output may equal input.
#include <assert.h>
#include <stddef.h>
#include <stdint.h>

#include <emmintrin.h>

#include "smax/f16-to-f32.h"
#include "f32-vscaleaddmaskf16/f32-vscaleaddmaskf16.h"

smax_f32_vscaleaddmaskf16_ukernel_fn smax_f32_vscaleaddmaskf16_ukernel__sse2_x4;

void smax_f32_vscaleaddmaskf16_ukernel__sse2_x4(size_t batch, const float* input, const uint16_t* mask, float* output,
                                                const float* coefficients, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(mask != NULL);
  assert(output != NULL);
  assert(coefficients != NULL);
  (void) params;

  const __m128 va = _mm_load1_ps(&coefficients[0]);
  const __m128 vb = _mm_load1_ps(&coefficients[1]);
  const __m128i vzero = _mm_setzero_si128();
  for (; batch >= 4 * sizeof(float); batch -= 4 * sizeof(float)) {
    const __m128 vx0 = _mm_loadu_ps(input + 0);
    input += 4;
    // 8 halves per 16-byte load; unpacking them above 16 zero bits gives h << 16 per 32-bit lane.
    const __m128i vh0 = _mm_loadl_epi64((const __m128i*) (mask + 0));
    mask += 4;
    const __m128 vm0 = smax_sse2_f16_to_f32(_mm_unpacklo_epi16(vzero, vh0));
    _mm_storeu_ps(output + 0, _mm_add_ps(_mm_mul_ps(va, vx0), _mm_mul_ps(vb, vm0)));
    output += 4;
  }
  for (; batch != 0; batch -= sizeof(float)) {
    const __m128 vm = smax_sse2_f16_to_f32(_mm_unpacklo_epi16(vzero, _mm_cvtsi32_si128((int) *mask)));
    _mm_store_ss(output, _mm_add_ss(_mm_mul_ss(va, _mm_load_ss(input)), _mm_mul_ss(vb, vm)));
    input += 1;
    mask += 1;
    output += 1;
  }
}
