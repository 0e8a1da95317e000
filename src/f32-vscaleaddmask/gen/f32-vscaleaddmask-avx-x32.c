// Generated from src/f32-vscaleaddmask/avx.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_vscaleaddmask_ukernel__avx_x32: output[i] = fl(fl(coefficients[0] * input[i]) + fl(coefficients[1] * mask[i]));
// AVX, 32 elements (4 vectors of 8 lanes) per iteration.
//
// vmulps, vmulps, vaddps: the scalar kernel's three roundings, so its bits. Nothing here may become
// a vfmadd: these sources are compiled with -ffp-contract=off (CMakeLists.txt, BUILD.bazel), which
// keeps GCC from fusing the intrinsics' multiply and add under -mfma. Remainders: whole vectors one
// at a time, then the last 1 to 7 elements with masked loads and a masked store, so it reads exactly
// [input, input + batch) and [mask, mask + batch) and writes exactly [output, output + batch);
// output may equal input.
#include <assert.h>
#include <stddef.h>

#include <immintrin.h>

#include "f32-vscaleaddmask/f32-vscaleaddmask.h"
#include "smax/avx-exp.h"

smax_f32_vscaleaddmask_ukernel_fn smax_f32_vscaleaddmask_ukernel__avx_x32;

void smax_f32_vscaleaddmask_ukernel__avx_x32(size_t batch, const float* input, const float* mask, float* output, const float* coefficients,
                                             const void* params) {
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
    const __m256 vm0 = _mm256_loadu_ps(mask + 0);
    const __m256 vm1 = _mm256_loadu_ps(mask + 8);
    const __m256 vm2 = _mm256_loadu_ps(mask + 16);
    const __m256 vm3 = _mm256_loadu_ps(mask + 24);
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
    const __m256 vm = _mm256_loadu_ps(mask);
    mask += 8;
    _mm256_storeu_ps(output, _mm256_add_ps(_mm256_mul_ps(va, vx), _mm256_mul_ps(vb, vm)));
    output += 8;
  }
  if (batch != 0) {
    assert(batch >= 1 * sizeof(float));
    assert(batch <= 7 * sizeof(float));
    // smax/avx-exp.h is included for the tail mask only.
    const __m256i vtail = smax_avx_tail_mask(batch / sizeof(float));
    const __m256 vx = _mm256_maskload_ps(input, vtail);
    const __m256 vm = _mm256_maskload_ps(mask, vtail);
    _mm256_maskstore_ps(output, vtail, _mm256_add_ps(_mm256_mul_ps(va, vx), _mm256_mul_ps(vb, vm)));
  }
}
