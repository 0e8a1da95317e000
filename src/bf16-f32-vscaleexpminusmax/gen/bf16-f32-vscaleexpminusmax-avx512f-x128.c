// Generated from src/f32-vsubc2/avx512f.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_bf16_f32_vscaleexpminusmax_ukernel__avx512f_x128: output[i] = fl(exp(fl(float(input[i]) - c[0])) * c[1]); AVX-512F, 128 elements (8 vectors of
// 16 lanes) per iteration.
//
// Softmax's output pass from a 16-bit row into an f32 output: the rr2-lut16-p3 exp core of
// src/smax/avx512f-exp.h (smax_avx512f_lut16_expminus), then the product by the scale, rounded once.
// Remainders: whole vectors one at a time, then one k-masked vector (masked-out lanes
// are neither read nor written), so it reads exactly [input, input + batch) and writes exactly
// [output, output + 2 * batch); input never overlaps output.
// With params->streaming (struct smax_store_params), whole vectors are written with non-temporal stores
// once output is 64-byte aligned (a masked vector first gets it there), then an sfence: for the output
// pass of rows beyond the cache, which the output would only evict, this saves reading each output line
// before writing it (bench case op/log_softmax/smax:auto/1x16777216).
#include <assert.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <immintrin.h>

#include "smax/avx512f-load.h"
#include "bf16-f32-vscaleexpminusmax/bf16-f32-vscaleexpminusmax.h"
#include "smax/avx512f-exp.h"

smax_bf16_f32_vscaleexpminusmax_ukernel_fn smax_bf16_f32_vscaleexpminusmax_ukernel__avx512f_x128;

void smax_bf16_f32_vscaleexpminusmax_ukernel__avx512f_x128(size_t batch, const uint16_t* input, float* output, const float* c, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(uint16_t) == 0);
  assert(input != NULL);
  assert(output != NULL);
  assert(c != NULL);

  const __m512 vc0 = _mm512_set1_ps(c[0]);
  const __m512 vc1 = _mm512_set1_ps(c[1]);
  const __m512i vtable = smax_lut16_table();
  const bool streaming = params != NULL && ((const struct smax_store_params*) params)->streaming;
  if (streaming) {
    const size_t head = smax_avx512f_floats_to_alignment(output);
    if (head != 0 && head * sizeof(uint16_t) < batch) {
      const __mmask16 vhead = smax_avx512f_tail_mask(head);
      _mm512_mask_storeu_ps(output, vhead, _mm512_mul_ps(smax_avx512f_lut16_expminus(_mm512_sub_ps(smax_avx512f_load_tail_bf16(input, head), vc0), vtable), vc1));
      input += head;
      output += head;
      batch -= head * sizeof(uint16_t);
    }
  }
  if (streaming && ((uintptr_t) output & 63) == 0) {
  for (; batch >= 128 * sizeof(uint16_t); batch -= 128 * sizeof(uint16_t)) {
    const __m512 vx0 = smax_avx512f_load_bf16(input + 0);
    const __m512 vx1 = smax_avx512f_load_bf16(input + 16);
    const __m512 vx2 = smax_avx512f_load_bf16(input + 32);
    const __m512 vx3 = smax_avx512f_load_bf16(input + 48);
    const __m512 vx4 = smax_avx512f_load_bf16(input + 64);
    const __m512 vx5 = smax_avx512f_load_bf16(input + 80);
    const __m512 vx6 = smax_avx512f_load_bf16(input + 96);
    const __m512 vx7 = smax_avx512f_load_bf16(input + 112);
    input += 128;

    _mm512_stream_ps(output + 0, _mm512_mul_ps(smax_avx512f_lut16_expminus(_mm512_sub_ps(vx0, vc0), vtable), vc1));
    _mm512_stream_ps(output + 16, _mm512_mul_ps(smax_avx512f_lut16_expminus(_mm512_sub_ps(vx1, vc0), vtable), vc1));
    _mm512_stream_ps(output + 32, _mm512_mul_ps(smax_avx512f_lut16_expminus(_mm512_sub_ps(vx2, vc0), vtable), vc1));
    _mm512_stream_ps(output + 48, _mm512_mul_ps(smax_avx512f_lut16_expminus(_mm512_sub_ps(vx3, vc0), vtable), vc1));
    _mm512_stream_ps(output + 64, _mm512_mul_ps(smax_avx512f_lut16_expminus(_mm512_sub_ps(vx4, vc0), vtable), vc1));
    _mm512_stream_ps(output + 80, _mm512_mul_ps(smax_avx512f_lut16_expminus(_mm512_sub_ps(vx5, vc0), vtable), vc1));
    _mm512_stream_ps(output + 96, _mm512_mul_ps(smax_avx512f_lut16_expminus(_mm512_sub_ps(vx6, vc0), vtable), vc1));
    _mm512_stream_ps(output + 112, _mm512_mul_ps(smax_avx512f_lut16_expminus(_mm512_sub_ps(vx7, vc0), vtable), vc1));
    output += 128;
  }
  for (; batch >= 16 * sizeof(uint16_t); batch -= 16 * sizeof(uint16_t)) {
    _mm512_stream_ps(output, _mm512_mul_ps(smax_avx512f_lut16_expminus(_mm512_sub_ps(smax_avx512f_load_bf16(input), vc0), vtable), vc1));
    input += 16;
    output += 16;
  }
  }
  {
  for (; batch >= 128 * sizeof(uint16_t); batch -= 128 * sizeof(uint16_t)) {
    const __m512 vx0 = smax_avx512f_load_bf16(input + 0);
    const __m512 vx1 = smax_avx512f_load_bf16(input + 16);
    const __m512 vx2 = smax_avx512f_load_bf16(input + 32);
    const __m512 vx3 = smax_avx512f_load_bf16(input + 48);
    const __m512 vx4 = smax_avx512f_load_bf16(input + 64);
    const __m512 vx5 = smax_avx512f_load_bf16(input + 80);
    const __m512 vx6 = smax_avx512f_load_bf16(input + 96);
    const __m512 vx7 = smax_avx512f_load_bf16(input + 112);
    input += 128;

    _mm512_storeu_ps(output + 0, _mm512_mul_ps(smax_avx512f_lut16_expminus(_mm512_sub_ps(vx0, vc0), vtable), vc1));
    _mm512_storeu_ps(output + 16, _mm512_mul_ps(smax_avx512f_lut16_expminus(_mm512_sub_ps(vx1, vc0), vtable), vc1));
    _mm512_storeu_ps(output + 32, _mm512_mul_ps(smax_avx512f_lut16_expminus(_mm512_sub_ps(vx2, vc0), vtable), vc1));
    _mm512_storeu_ps(output + 48, _mm512_mul_ps(smax_avx512f_lut16_expminus(_mm512_sub_ps(vx3, vc0), vtable), vc1));
    _mm512_storeu_ps(output + 64, _mm512_mul_ps(smax_avx512f_lut16_expminus(_mm512_sub_ps(vx4, vc0), vtable), vc1));
    _mm512_storeu_ps(output + 80, _mm512_mul_ps(smax_avx512f_lut16_expminus(_mm512_sub_ps(vx5, vc0), vtable), vc1));
    _mm512_storeu_ps(output + 96, _mm512_mul_ps(smax_avx512f_lut16_expminus(_mm512_sub_ps(vx6, vc0), vtable), vc1));
    _mm512_storeu_ps(output + 112, _mm512_mul_ps(smax_avx512f_lut16_expminus(_mm512_sub_ps(vx7, vc0), vtable), vc1));
    output += 128;
  }
  for (; batch >= 16 * sizeof(uint16_t); batch -= 16 * sizeof(uint16_t)) {
    _mm512_storeu_ps(output, _mm512_mul_ps(smax_avx512f_lut16_expminus(_mm512_sub_ps(smax_avx512f_load_bf16(input), vc0), vtable), vc1));
    input += 16;
    output += 16;
  }
  }
  if (batch != 0) {
    // smax/avx512f-exp.h: the tail mask and the exp core.
    const __mmask16 vtail = smax_avx512f_tail_mask(batch / sizeof(uint16_t));
    _mm512_mask_storeu_ps(output, vtail, _mm512_mul_ps(smax_avx512f_lut16_expminus(_mm512_sub_ps(smax_avx512f_load_tail_bf16(input, batch / sizeof(uint16_t)), vc0), vtable), vc1));
  }
  if (streaming) {
    _mm_sfence();  // non-temporal stores are weakly ordered: make them visible before returning
  }
}
