// Generated from src/f32-vscaleaddmask/avx512f.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_vscaleaddmask_ukernel__avx512f_x16: output[i] = fl(fl(coefficients[0] * input[i]) + fl(coefficients[1] * mask[i]));
// AVX-512F, 16 elements (1 vectors of 16 lanes) per iteration.
//
// vmulps, vmulps, vaddps: the scalar kernel's three roundings, so its bits. Nothing here may become
// a vfmadd: these sources are compiled with -ffp-contract=off (CMakeLists.txt, BUILD.bazel), which
// keeps GCC from fusing the intrinsics' multiply and add. Remainders: whole vectors one at a time,
// then one k-masked vector (masked-out lanes are neither read nor written), so it reads exactly
// [input, input + batch) and [mask, mask + batch) and writes exactly [output, output + batch);
// output may equal input.
#include <assert.h>
#include <stddef.h>

#include <immintrin.h>

#include "f32-vscaleaddmask/f32-vscaleaddmask.h"
#include "smax/avx512f-exp.h"

smax_f32_vscaleaddmask_ukernel_fn smax_f32_vscaleaddmask_ukernel__avx512f_x16;

void smax_f32_vscaleaddmask_ukernel__avx512f_x16(size_t batch, const float* input, const float* mask, float* output, const float* coefficients,
                                                 const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(mask != NULL);
  assert(output != NULL);
  assert(coefficients != NULL);
  (void) params;

  const __m512 va = _mm512_set1_ps(coefficients[0]);
  const __m512 vb = _mm512_set1_ps(coefficients[1]);
  for (; batch >= 16 * sizeof(float); batch -= 16 * sizeof(float)) {
    const __m512 vx0 = _mm512_loadu_ps(input + 0);
    input += 16;
    const __m512 vm0 = _mm512_loadu_ps(mask + 0);
    mask += 16;

    _mm512_storeu_ps(output + 0, _mm512_add_ps(_mm512_mul_ps(va, vx0), _mm512_mul_ps(vb, vm0)));
    output += 16;
  }
  if (batch != 0) {
    // smax/avx512f-exp.h is included for the tail mask only.
    const __mmask16 vtail = smax_avx512f_tail_mask(batch / sizeof(float));
    const __m512 vx = _mm512_maskz_loadu_ps(vtail, input);
    const __m512 vm = _mm512_maskz_loadu_ps(vtail, mask);
    _mm512_mask_storeu_ps(output, vtail, _mm512_add_ps(_mm512_mul_ps(va, vx), _mm512_mul_ps(vb, vm)));
  }
}
