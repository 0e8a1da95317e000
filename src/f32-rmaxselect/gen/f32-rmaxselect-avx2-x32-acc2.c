// Generated from src/f32-rmaxselect/avx.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f32_rmaxselect_ukernel__avx2_x32_acc2: *max = max(*max, input[0..n)) and the indices of the inputs that are not <= *threshold;
// avx2 (AVX instructions only), 32 elements (4 vectors of 8) per iteration,
// 2 independent running-max vectors.
//
// Exact (no rounding). _mm256_max_ps(x, m) is `x > m ? x : m`, so a NaN input is skipped by the max;
// _CMP_NLE_UQ (not less-or-equal, unordered) selects it. Selected lanes are rare once the operator's
// threshold has settled: one movemask per iteration tests them all, and only then are the lanes'
// indices appended one by one. The last 1 to 7 elements are scalar: reads exactly [input, input + batch).
#include <assert.h>
#include <stddef.h>
#include <stdint.h>

#include <immintrin.h>

#include "f32-rmaxselect/f32-rmaxselect.h"
#include "smax/common.h"
#include "f32-rmaxselect/append-lanes.h"

smax_f32_rmaxselect_ukernel_fn smax_f32_rmaxselect_ukernel__avx2_x32_acc2;

size_t smax_f32_rmaxselect_ukernel__avx2_x32_acc2(size_t batch, const float* input, float* max, const float* threshold, uint32_t* indices,
                 const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(float) == 0);
  assert(input != NULL);
  assert(max != NULL);
  assert(threshold != NULL);
  assert(indices != NULL);
  (void) params;

  const __m256 vt = _mm256_set1_ps(*threshold);
  __m256 vmax0 = _mm256_set1_ps(*max);
  __m256 vmax1 = _mm256_set1_ps(*max);
  size_t count = 0;
  uint32_t i = 0;
  for (; batch >= 32 * sizeof(float); batch -= 32 * sizeof(float)) {
    const __m256 vx0 = _mm256_loadu_ps(input + 0);
    const __m256 vx1 = _mm256_loadu_ps(input + 8);
    const __m256 vx2 = _mm256_loadu_ps(input + 16);
    const __m256 vx3 = _mm256_loadu_ps(input + 24);
    input += 32;

    vmax0 = _mm256_max_ps(vx0, vmax0);
    vmax1 = _mm256_max_ps(vx1, vmax1);
    vmax0 = _mm256_max_ps(vx2, vmax0);
    vmax1 = _mm256_max_ps(vx3, vmax1);
    const __m256 vsel0 = _mm256_cmp_ps(vx0, vt, _CMP_NLE_UQ);
    const __m256 vsel1 = _mm256_cmp_ps(vx1, vt, _CMP_NLE_UQ);
    const __m256 vsel2 = _mm256_cmp_ps(vx2, vt, _CMP_NLE_UQ);
    const __m256 vsel3 = _mm256_cmp_ps(vx3, vt, _CMP_NLE_UQ);
    const __m256 vany = _mm256_or_ps(vsel0, _mm256_or_ps(vsel1, _mm256_or_ps(vsel2, vsel3)));
    if (SMAX_UNLIKELY(_mm256_movemask_ps(vany) != 0)) {
      count = append_lanes(indices, count, i + 0, (unsigned) _mm256_movemask_ps(vsel0));
      count = append_lanes(indices, count, i + 8, (unsigned) _mm256_movemask_ps(vsel1));
      count = append_lanes(indices, count, i + 16, (unsigned) _mm256_movemask_ps(vsel2));
      count = append_lanes(indices, count, i + 24, (unsigned) _mm256_movemask_ps(vsel3));
    }
    i += 32;
  }
  vmax0 = _mm256_max_ps(vmax1, vmax0);
  for (; batch >= 8 * sizeof(float); batch -= 8 * sizeof(float)) {
    const __m256 vx = _mm256_loadu_ps(input);
    input += 8;
    vmax0 = _mm256_max_ps(vx, vmax0);
    count = append_lanes(indices, count, i, (unsigned) _mm256_movemask_ps(_mm256_cmp_ps(vx, vt, _CMP_NLE_UQ)));
    i += 8;
  }
  float lanes[8];
  _mm256_storeu_ps(lanes, vmax0);
  float vmax = lanes[0];
  for (size_t lane = 1; lane < 8; lane++) {
    vmax = lanes[lane] > vmax ? lanes[lane] : vmax;
  }
  const float t = *threshold;
  for (; batch != 0; batch -= sizeof(float)) {
    const float vx = *input++;
    vmax = vx > vmax ? vx : vmax;
    if (!(vx <= t)) {
      indices[count++] = i;
    }
    i++;
  }
  *max = vmax;
  return count;
}
