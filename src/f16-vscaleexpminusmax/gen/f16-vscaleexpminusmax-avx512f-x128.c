// Generated from src/f32-f16-vcvt/avx512f.c.in by scripts/generate-all: do not edit.
// clang-format off
// smax_f16_vscaleexpminusmax_ukernel__avx512f_x128: output[i] = f16(fl(exp(fl(float(input[i]) - c[0])) * c[1])), rounded to nearest even; AVX-512F, 128 elements
// (8 vectors of 16 floats) per iteration. Contract: src/f16-vscaleexpminusmax/f16-vscaleexpminusmax.h.
//
// exp is the rr2-lut16-p3 core of src/smax/avx512f-exp.h (smax_avx512f_lut16_expminus, as in
// bf16-rsumexpmax): a 16-bit output needs no more, and it is the cheapest exact-enough core.
// vcvtps2ph on zmm with round to nearest even. It honours MXCSR.DAZ, which only turns float
// subnormal inputs into +-0: their half is +-0 either way.
// Remainder (1 to 15): a load through a local buffer, and a masked vpmovdw store (AVX-512F has no 16-bit masked
// store of its own), so it reads exactly [input, input + batch) and writes exactly
// [output, output + batch); output may equal input.
#include <assert.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <immintrin.h>

#include "smax/avx512f-exp.h"
#include "smax/avx512f-load.h"
#include "f16-vscaleexpminusmax/f16-vscaleexpminusmax.h"

#define CONVERT(vx) _mm512_cvtps_ph(vx, _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC)
// LOAD(p): the floats of the elements at p, exp(x - c[0]) * c[1].
#define LOAD(p) _mm512_mul_ps(smax_avx512f_lut16_expminus(_mm512_sub_ps(smax_avx512f_load_f16(p), vc0), vtable), vc1)
#define LOAD_MASKED(mask, p) _mm512_mul_ps(smax_avx512f_lut16_expminus(_mm512_sub_ps(smax_avx512f_load_tail_f16(p, batch / sizeof(uint16_t)), vc0), vtable), vc1)

smax_f16_vscaleexpminusmax_ukernel_fn smax_f16_vscaleexpminusmax_ukernel__avx512f_x128;

void smax_f16_vscaleexpminusmax_ukernel__avx512f_x128(size_t batch, const uint16_t* input, uint16_t* output, const float* c, const void* params) {
  assert(batch != 0);
  assert(batch % sizeof(uint16_t) == 0);
  assert(input != NULL);
  assert(output != NULL);
  assert(c != NULL);
  // With params->streaming (struct smax_store_params) and output 32-byte aligned, whole vectors are
  // written with non-temporal stores (same results); every whole vector after an aligned output is.
  const bool stream = params != NULL && ((const struct smax_store_params*) params)->streaming &&
                      ((uintptr_t) output & 31) == 0;
  #define STORE(p, v) (stream ? _mm256_stream_si256((__m256i*) (p), v) : _mm256_storeu_si256((__m256i*) (p), v))
  // c[0]: the max subtracted before the exp; c[1]: the scale. The product is rounded to float first,
  // then to 16 bits.
  const __m512 vc0 = _mm512_set1_ps(c[0]);
  const __m512 vc1 = _mm512_set1_ps(c[1]);
  const __m512i vtable = smax_lut16_table();
  for (; batch >= 128 * sizeof(uint16_t); batch -= 128 * sizeof(uint16_t)) {
    // Every vector of the iteration is loaded and widened before the operation on any: so the loads
    // and vcvtph2ps issue ahead of the long dependent exp chains rather than behind the previous
    // vector's (bench case f16-vscaleexpminusmax/avx512f/<kernel>/hot:2048; the avx512bf16 template
    // loads its pairs first too). The same operations on each vector: the same bits.
    const __m512 vw0 = smax_avx512f_load_f16(input + 0);
    const __m512 vw1 = smax_avx512f_load_f16(input + 16);
    const __m512 vw2 = smax_avx512f_load_f16(input + 32);
    const __m512 vw3 = smax_avx512f_load_f16(input + 48);
    const __m512 vw4 = smax_avx512f_load_f16(input + 64);
    const __m512 vw5 = smax_avx512f_load_f16(input + 80);
    const __m512 vw6 = smax_avx512f_load_f16(input + 96);
    const __m512 vw7 = smax_avx512f_load_f16(input + 112);
    const __m512 vx0 = _mm512_mul_ps(smax_avx512f_lut16_expminus(_mm512_sub_ps(vw0, vc0), vtable), vc1);
    const __m512 vx1 = _mm512_mul_ps(smax_avx512f_lut16_expminus(_mm512_sub_ps(vw1, vc0), vtable), vc1);
    const __m512 vx2 = _mm512_mul_ps(smax_avx512f_lut16_expminus(_mm512_sub_ps(vw2, vc0), vtable), vc1);
    const __m512 vx3 = _mm512_mul_ps(smax_avx512f_lut16_expminus(_mm512_sub_ps(vw3, vc0), vtable), vc1);
    const __m512 vx4 = _mm512_mul_ps(smax_avx512f_lut16_expminus(_mm512_sub_ps(vw4, vc0), vtable), vc1);
    const __m512 vx5 = _mm512_mul_ps(smax_avx512f_lut16_expminus(_mm512_sub_ps(vw5, vc0), vtable), vc1);
    const __m512 vx6 = _mm512_mul_ps(smax_avx512f_lut16_expminus(_mm512_sub_ps(vw6, vc0), vtable), vc1);
    const __m512 vx7 = _mm512_mul_ps(smax_avx512f_lut16_expminus(_mm512_sub_ps(vw7, vc0), vtable), vc1);
    input += 128;

    const __m256i vh0 = CONVERT(vx0);
    const __m256i vh1 = CONVERT(vx1);
    const __m256i vh2 = CONVERT(vx2);
    const __m256i vh3 = CONVERT(vx3);
    const __m256i vh4 = CONVERT(vx4);
    const __m256i vh5 = CONVERT(vx5);
    const __m256i vh6 = CONVERT(vx6);
    const __m256i vh7 = CONVERT(vx7);
    STORE(output + 0, vh0);
    STORE(output + 16, vh1);
    STORE(output + 32, vh2);
    STORE(output + 48, vh3);
    STORE(output + 64, vh4);
    STORE(output + 80, vh5);
    STORE(output + 96, vh6);
    STORE(output + 112, vh7);
    output += 128;
  }
  for (; batch >= 16 * sizeof(uint16_t); batch -= 16 * sizeof(uint16_t)) {
    STORE(output, CONVERT(LOAD(input)));
    input += 16;
    output += 16;
  }
  if (batch != 0) {
    const __mmask16 vmask = _cvtu32_mask16((UINT32_C(1) << (batch / sizeof(uint16_t))) - 1);
    const __m256i vh = CONVERT(LOAD_MASKED(vmask, input));
    _mm512_mask_cvtepi32_storeu_epi16(output, vmask, _mm512_cvtepu16_epi32(vh));
  }
  if (stream) {
    _mm_sfence();  // non-temporal stores are weakly ordered: make them visible before returning
  }
#undef STORE
}
