// Generated from src/f32-vscaleaddmaskf16/avx512f.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_vscaleaddmaskf16_ukernel__avx512f_x64: output[i] = fl(fl(coefficients[0] * input[i]) + fl(coefficients[1] * float(mask[i]))),
// mask[i] an IEEE binary16 bit pattern; AVX-512F, 64 elements (4 vectors of 16 lanes) per
// iteration.
//
// The halves are converted by vcvtph2ps (the 512-bit form is AVX-512F; exact, NaN stays NaN). Then
// vmulps, vmulps, vaddps: the scalar kernel's three roundings, so its bits. Nothing here may become
// a vfmadd: these sources are compiled with -ffp-contract=off (CMakeLists.txt, BUILD.bazel).
// Remainders: whole vectors one at a time, then one k-masked vector for the floats; AVX-512F has no
// 16-bit masked load (that is AVX-512BW), so the tail's halves are copied to a zeroed local vector
// first. It reads exactly [input, input + batch) and [mask, mask + batch / 2) and writes exactly
// [output, output + batch); output may equal input.
#include <assert.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <immintrin.h>

#include "f32-vscaleaddmaskf16/f32-vscaleaddmaskf16.h"
#include "smax/avx512f-exp.h"

smax_f32_vscaleaddmaskf16_ukernel_fn smax_f32_vscaleaddmaskf16_ukernel__avx512f_x64;

void smax_f32_vscaleaddmaskf16_ukernel__avx512f_x64(size_t batch, const float* input, const uint16_t* mask, float* output,
                                                    const float* coefficients, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(mask != NULL);
  assert(output != NULL);
  assert(coefficients != NULL);
  (void) params;

  const __m512 va = _mm512_set1_ps(coefficients[0]);
  const __m512 vb = _mm512_set1_ps(coefficients[1]);
  for (; batch >= 64 * sizeof(float); batch -= 64 * sizeof(float)) {
    const __m512 vx0 = _mm512_loadu_ps(input + 0);
    const __m512 vx1 = _mm512_loadu_ps(input + 16);
    const __m512 vx2 = _mm512_loadu_ps(input + 32);
    const __m512 vx3 = _mm512_loadu_ps(input + 48);
    input += 64;
    const __m512 vm0 = _mm512_cvtph_ps(_mm256_loadu_si256((const __m256i*) (mask + 0)));
    const __m512 vm1 = _mm512_cvtph_ps(_mm256_loadu_si256((const __m256i*) (mask + 16)));
    const __m512 vm2 = _mm512_cvtph_ps(_mm256_loadu_si256((const __m256i*) (mask + 32)));
    const __m512 vm3 = _mm512_cvtph_ps(_mm256_loadu_si256((const __m256i*) (mask + 48)));
    mask += 64;

    _mm512_storeu_ps(output + 0, _mm512_add_ps(_mm512_mul_ps(va, vx0), _mm512_mul_ps(vb, vm0)));
    _mm512_storeu_ps(output + 16, _mm512_add_ps(_mm512_mul_ps(va, vx1), _mm512_mul_ps(vb, vm1)));
    _mm512_storeu_ps(output + 32, _mm512_add_ps(_mm512_mul_ps(va, vx2), _mm512_mul_ps(vb, vm2)));
    _mm512_storeu_ps(output + 48, _mm512_add_ps(_mm512_mul_ps(va, vx3), _mm512_mul_ps(vb, vm3)));
    output += 64;
  }
  for (; batch >= 16 * sizeof(float); batch -= 16 * sizeof(float)) {
    const __m512 vx = _mm512_loadu_ps(input);
    input += 16;
    const __m512 vm = _mm512_cvtph_ps(_mm256_loadu_si256((const __m256i*) mask));
    mask += 16;
    _mm512_storeu_ps(output, _mm512_add_ps(_mm512_mul_ps(va, vx), _mm512_mul_ps(vb, vm)));
    output += 16;
  }
  if (batch != 0) {
    const size_t count = batch / sizeof(float);
    // smax/avx512f-exp.h is included for the tail mask only.
    const __mmask16 vtail = smax_avx512f_tail_mask(count);
    const __m512 vx = _mm512_maskz_loadu_ps(vtail, input);
    uint16_t vh[16] = {0};
    memcpy(vh, mask, count * sizeof(uint16_t));
    const __m512 vm = _mm512_cvtph_ps(_mm256_loadu_si256((const __m256i*) vh));
    _mm512_mask_storeu_ps(output, vtail, _mm512_add_ps(_mm512_mul_ps(va, vx), _mm512_mul_ps(vb, vm)));
  }
}
