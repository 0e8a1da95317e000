// Generated from src/f32-vsubc2/avx.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_bf16_f32_vsubc2_ukernel__avx2_x32: output[i] = fl(fl(float(input[i]) - c[0]) - c[1]);
// AVX2 + FMA3 rows (the AVX code: the operation needs nothing newer), 32 elements (4
// vectors of 8 lanes) per iteration.
//
// The log-softmax output pass, y = (z - hi) - lo: vsubps, vsubps, the scalar kernel's two roundings,
// so its bits. Remainders: whole vectors one at a time, then the last 1 to 7 elements with a masked
// load and a masked store, so it reads exactly [input, input + batch) and writes exactly
// [output, output + 2 * batch); input never overlaps output.
#include <assert.h>
#include <stddef.h>

#include <immintrin.h>

#include "smax/avx2-load.h"
#include "bf16-f32-vsubc2/bf16-f32-vsubc2.h"
#include "smax/avx-exp.h"

smax_bf16_f32_vsubc2_ukernel_fn smax_bf16_f32_vsubc2_ukernel__avx2_x32;

void smax_bf16_f32_vsubc2_ukernel__avx2_x32(size_t batch, const uint16_t* input, float* output, const float* c, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(uint16_t) == 0);
  assert(input != NULL);
  assert(output != NULL);
  assert(c != NULL);
  (void) params;

  const __m256 vc0 = _mm256_broadcast_ss(&c[0]);
  const __m256 vc1 = _mm256_broadcast_ss(&c[1]);
  for (; batch >= 32 * sizeof(uint16_t); batch -= 32 * sizeof(uint16_t)) {
    const __m256 vx0 = smax_avx2_load_bf16(input + 0);
    const __m256 vx1 = smax_avx2_load_bf16(input + 8);
    const __m256 vx2 = smax_avx2_load_bf16(input + 16);
    const __m256 vx3 = smax_avx2_load_bf16(input + 24);
    input += 32;

    _mm256_storeu_ps(output + 0, _mm256_sub_ps(_mm256_sub_ps(vx0, vc0), vc1));
    _mm256_storeu_ps(output + 8, _mm256_sub_ps(_mm256_sub_ps(vx1, vc0), vc1));
    _mm256_storeu_ps(output + 16, _mm256_sub_ps(_mm256_sub_ps(vx2, vc0), vc1));
    _mm256_storeu_ps(output + 24, _mm256_sub_ps(_mm256_sub_ps(vx3, vc0), vc1));
    output += 32;
  }
  for (; batch >= 8 * sizeof(uint16_t); batch -= 8 * sizeof(uint16_t)) {
    _mm256_storeu_ps(output, _mm256_sub_ps(_mm256_sub_ps(smax_avx2_load_bf16(input), vc0), vc1));
    input += 8;
    output += 8;
  }
  if (batch != 0) {
    assert(batch >= 1 * sizeof(uint16_t));
    assert(batch <= 7 * sizeof(uint16_t));
    // smax/avx-exp.h is included for the tail mask only.
    const __m256i vtail = smax_avx_tail_mask(batch / sizeof(uint16_t));
    _mm256_maskstore_ps(output, vtail, _mm256_sub_ps(_mm256_sub_ps(smax_avx2_load_tail_bf16(input, batch / sizeof(uint16_t)), vc0), vc1));
  }
}
