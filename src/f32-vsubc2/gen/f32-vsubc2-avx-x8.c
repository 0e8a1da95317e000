// Generated from src/f32-vsubc2/avx.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_vsubc2_ukernel__avx_x8: output[i] = fl(fl(input[i] - c[0]) - c[1]);
// AVX, 8 elements (1 vectors of 8 lanes) per iteration.
//
// The log-softmax output pass, y = (z - hi) - lo: vsubps, vsubps, the scalar kernel's two roundings,
// so its bits. Remainders: whole vectors one at a time, then the last 1 to 7 elements with a masked
// load and a masked store, so it reads exactly [input, input + batch) and writes exactly
// [output, output + batch); output may equal input.
#include <assert.h>
#include <stddef.h>

#include <immintrin.h>

#include "f32-vsubc2/f32-vsubc2.h"
#include "smax/avx-exp.h"

smax_f32_vsubc2_ukernel_fn smax_f32_vsubc2_ukernel__avx_x8;

void smax_f32_vsubc2_ukernel__avx_x8(size_t batch, const float* input, float* output, const float* c, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(output != NULL);
  assert(c != NULL);
  (void) params;

  const __m256 vc0 = _mm256_broadcast_ss(&c[0]);
  const __m256 vc1 = _mm256_broadcast_ss(&c[1]);
  for (; batch >= 8 * sizeof(float); batch -= 8 * sizeof(float)) {
    const __m256 vx0 = _mm256_loadu_ps(input + 0);
    input += 8;

    _mm256_storeu_ps(output + 0, _mm256_sub_ps(_mm256_sub_ps(vx0, vc0), vc1));
    output += 8;
  }
  if (batch != 0) {
    assert(batch >= 1 * sizeof(float));
    assert(batch <= 7 * sizeof(float));
    // smax/avx-exp.h is included for the tail mask only.
    const __m256i vtail = smax_avx_tail_mask(batch / sizeof(float));
    _mm256_maskstore_ps(output, vtail, _mm256_sub_ps(_mm256_sub_ps(_mm256_maskload_ps(input, vtail), vc0), vc1));
  }
}
