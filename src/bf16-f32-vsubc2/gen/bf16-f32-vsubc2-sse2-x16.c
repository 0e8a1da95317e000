// Generated from src/f32-vsubc2/sse2.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_bf16_f32_vsubc2_ukernel__sse2_x16: output[i] = fl(fl(float(input[i]) - c[0]) - c[1]); SSE2, 16 elements (4 vectors of 4
// lanes) per iteration.
//
// The log-softmax output pass, y = (z - hi) - lo: subps, subps, the scalar kernel's two roundings,
// so its bits. Remainders: whole vectors one at a time, then the last 1 to 3 elements one at a time
// with single-lane loads and stores, so it reads exactly [input, input + batch) and writes exactly
// [output, output + 2 * batch); input never overlaps output.
#include <assert.h>
#include <stddef.h>

#include <emmintrin.h>

#include "smax/sse2-load.h"
#include "bf16-f32-vsubc2/bf16-f32-vsubc2.h"

smax_bf16_f32_vsubc2_ukernel_fn smax_bf16_f32_vsubc2_ukernel__sse2_x16;

void smax_bf16_f32_vsubc2_ukernel__sse2_x16(size_t batch, const uint16_t* input, float* output, const float* c, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(uint16_t) == 0);
  assert(input != NULL);
  assert(output != NULL);
  assert(c != NULL);
  (void) params;

  const __m128 vc0 = _mm_load1_ps(&c[0]);
  const __m128 vc1 = _mm_load1_ps(&c[1]);
  for (; batch >= 16 * sizeof(uint16_t); batch -= 16 * sizeof(uint16_t)) {
    const __m128 vx0 = smax_sse2_load_bf16(input + 0);
    const __m128 vx1 = smax_sse2_load_bf16(input + 4);
    const __m128 vx2 = smax_sse2_load_bf16(input + 8);
    const __m128 vx3 = smax_sse2_load_bf16(input + 12);
    input += 16;

    _mm_storeu_ps(output + 0, _mm_sub_ps(_mm_sub_ps(vx0, vc0), vc1));
    _mm_storeu_ps(output + 4, _mm_sub_ps(_mm_sub_ps(vx1, vc0), vc1));
    _mm_storeu_ps(output + 8, _mm_sub_ps(_mm_sub_ps(vx2, vc0), vc1));
    _mm_storeu_ps(output + 12, _mm_sub_ps(_mm_sub_ps(vx3, vc0), vc1));
    output += 16;
  }
  for (; batch >= 4 * sizeof(uint16_t); batch -= 4 * sizeof(uint16_t)) {
    _mm_storeu_ps(output, _mm_sub_ps(_mm_sub_ps(smax_sse2_load_bf16(input), vc0), vc1));
    input += 4;
    output += 4;
  }
  for (; batch != 0; batch -= sizeof(uint16_t)) {
    _mm_store_ss(output, _mm_sub_ss(_mm_sub_ss(smax_sse2_load1_bf16(input), vc0), vc1));
    input += 1;
    output += 1;
  }
}
