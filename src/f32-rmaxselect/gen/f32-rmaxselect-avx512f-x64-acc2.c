// Generated from src/f32-rmaxselect/avx512f.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_rmaxselect_ukernel__avx512f_x64_acc2: *max = max(*max, input[0..n)) and the indices of the inputs that are not <= *threshold;
// AVX-512F, 64 elements (4 vectors of 16) per iteration, 2 independent running-max
// vectors.
//
// Exact (no rounding). vmaxps(x, m) is `x > m ? x : m`, so a NaN input is skipped by the max;
// _CMP_NLE_UQ (not less-or-equal, unordered) selects it. One k-mask per vector; when any lane of the
// iteration is selected (rare once the operator's threshold has settled), each vector's indices are
// compressed in a register (vpcompressd) and stored with a mask of popcount lanes, which never
// writes past the selected entries (vpcompressd's memory form is microcoded and slow on Zen 4). The
// tail is one k-masked vector whose masked-out lanes neither load, take part in the max nor get
// selected: reads exactly [input, input + batch).
#include <assert.h>
#include <stddef.h>
#include <stdint.h>

#include <immintrin.h>

#include "f32-rmaxselect/f32-rmaxselect.h"
#include "smax/avx512f-exp.h"
#include "smax/common.h"
#include "f32-rmaxselect/avx512f.h"

smax_f32_rmaxselect_ukernel_fn smax_f32_rmaxselect_ukernel__avx512f_x64_acc2;

size_t smax_f32_rmaxselect_ukernel__avx512f_x64_acc2(size_t batch, const float* input, float* max, const float* threshold, uint32_t* indices,
                 const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(max != NULL);
  assert(threshold != NULL);
  assert(indices != NULL);
  (void) params;

  const __m512 vt = _mm512_set1_ps(*threshold);
  // Indices of the lanes of the next vector.
  __m512i vindex = _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
  const __m512i vsixteen = _mm512_set1_epi32(16);
  __m512 vmax0 = _mm512_set1_ps(*max);
  __m512 vmax1 = _mm512_set1_ps(*max);
  size_t count = 0;
  for (; batch >= 64 * sizeof(float); batch -= 64 * sizeof(float)) {
    const __m512 vx0 = _mm512_loadu_ps(input + 0);
    const __m512 vx1 = _mm512_loadu_ps(input + 16);
    const __m512 vx2 = _mm512_loadu_ps(input + 32);
    const __m512 vx3 = _mm512_loadu_ps(input + 48);
    input += 64;

    vmax0 = _mm512_max_ps(vx0, vmax0);
    vmax1 = _mm512_max_ps(vx1, vmax1);
    vmax0 = _mm512_max_ps(vx2, vmax0);
    vmax1 = _mm512_max_ps(vx3, vmax1);
    const __mmask16 vsel0 = _mm512_cmp_ps_mask(vx0, vt, _CMP_NLE_UQ);
    const __mmask16 vsel1 = _mm512_cmp_ps_mask(vx1, vt, _CMP_NLE_UQ);
    const __mmask16 vsel2 = _mm512_cmp_ps_mask(vx2, vt, _CMP_NLE_UQ);
    const __mmask16 vsel3 = _mm512_cmp_ps_mask(vx3, vt, _CMP_NLE_UQ);
    if (SMAX_UNLIKELY((vsel0 | vsel1 | vsel2 | vsel3) != 0)) {
      count = append_lanes(indices, count, vindex, vsel0);
      vindex = _mm512_add_epi32(vindex, vsixteen);
      count = append_lanes(indices, count, vindex, vsel1);
      vindex = _mm512_add_epi32(vindex, vsixteen);
      count = append_lanes(indices, count, vindex, vsel2);
      vindex = _mm512_add_epi32(vindex, vsixteen);
      count = append_lanes(indices, count, vindex, vsel3);
      vindex = _mm512_add_epi32(vindex, vsixteen);
    } else {
      vindex = _mm512_add_epi32(vindex, _mm512_set1_epi32(64));
    }
  }
  vmax0 = _mm512_max_ps(vmax1, vmax0);
  for (; batch >= 16 * sizeof(float); batch -= 16 * sizeof(float)) {
    const __m512 vx = _mm512_loadu_ps(input);
    input += 16;
    vmax0 = _mm512_max_ps(vx, vmax0);
    count = append_lanes(indices, count, vindex, _mm512_cmp_ps_mask(vx, vt, _CMP_NLE_UQ));
    vindex = _mm512_add_epi32(vindex, vsixteen);
  }
  if (batch != 0) {
    const __mmask16 vmask = smax_avx512f_tail_mask(batch / sizeof(float));
    const __m512 vx = _mm512_maskz_loadu_ps(vmask, input);
    vmax0 = _mm512_mask_max_ps(vmax0, vmask, vx, vmax0);
    count = append_lanes(indices, count, vindex, _mm512_mask_cmp_ps_mask(vmask, vx, vt, _CMP_NLE_UQ));
  }
  *max = _mm512_reduce_max_ps(vmax0);
  return count;
}
