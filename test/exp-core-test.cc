// Accuracy and special-value tests of every exp core: src/smax/scalar-exp.h, sse2-exp.h, avx-exp.h,
// avx2-exp.h, avx512f-exp.h (the rr2-p5 core and the rr2-lut16-p3 core) and neon-exp.h (neon and
// neonfma), in the style of ARM optimized-routines' TEST_ULP: each core states its bound once, as
// data next to its code (SMAX_<CORE>_EXPMINUS_MAX_ULP and _MAX_REL with their witnesses _X, likewise
// _EXTEXP_), and this file checks it.
//
// Self-contained: needs only the headers, no library code. Must be compiled with -ffp-contract=off
// like the kernels, e.g.
//   g++ -std=gnu++14 -O2 -ffp-contract=off -I src -I include test/exp-core-test.cc -lgtest -lgtest_main -lpthread
// (gnu++14 -- CMake's default for CXX_STANDARD 14 -- or c++17, not g++ -std=c++14: the headers
// spell their constants as hex-float literals, which ISO C++ only has from C++17 and strict g++
// C++14 rejects; clang++ accepts them as an extension. This file itself uses none.)
// The SIMD cores are compiled here for their ISA with `#pragma GCC target` (clang: `#pragma clang
// attribute`), so the build needs no per-ISA flags; they run only where the CPU has the ISA and are
// skipped (GTEST_SKIP, with the reason) elsewhere.
//
// expminus, exp(x) for x <= 0, the core of every exp-minus-max kernel, is checked EXHAUSTIVELY:
// every float x in [SMAX_EXP_CUTOFF, 0] (1.12e9 of them), against std::exp((double)x). One sweep
// feeds all the cores that this CPU runs, so the double reference is computed once per x; the cores
// run on blocks of 4096 floats and the error evaluation is branch-free per float. Checked per core:
//  - the max error in ULPs is at most SMAX_<CORE>_EXPMINUS_MAX_ULP, and the max relative error at most
//    _MAX_REL: the measured maxima rounded up (4 decimals of an ULP, 5 significant digits), so any
//    regression fails;
//  - the stated witnesses _MAX_ULP_X / _MAX_REL_X are where the maxima are (the first x in the scan,
//    from 0 down, on ties) and their errors round up to the stated bounds, so a stale (too loose)
//    bound fails too;
//  - every result is in [0, 1] (no NaN), none is below FLT_MIN; cores documented as bit-identical
//    to the scalar core (sse2, avx, neon on aarch64) give the scalar core's bits for every x.
// Under emulation (SMAX_TEST_QUICK=1, set by scripts/test-arm: qemu runs this code ~50x slower) the
// sweep covers a reduced domain instead, see ExpMinusDomain().
//
// extexp, exp(x) = m * 2^n for x in [-SMAX_EXTEXP_INPUT_LIMIT, SMAX_EXTEXP_INPUT_LIMIT], is checked
// on ~17 million x spread over that range plus the stated witnesses (an offline exhaustive scan
// found them), against the same kind of stated bounds; the witnesses' errors must reach the bounds.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cfloat>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <string>
#include <thread>
#include <vector>

#include "smax/common.h"
#include "smax/microfnptr.h"  // SMAX_EXTEXP_INPUT_LIMIT
#include "smax/scalar-exp.h"

#if SMAX_ARCH_X86_64
#if defined(__GNUC__) && !defined(__clang__)
// GCC 12 warns about the _mm512_undefined_*() operands inside avx512fintrin.h's own inline functions
// when they are compiled through `#pragma GCC target` (a false positive of the intrinsics header).
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
#include <immintrin.h>

#include "smax/sse2-exp.h"
#if defined(__clang__)
#pragma clang attribute push(__attribute__((target("avx"))), apply_to = function)
#else
#pragma GCC push_options
#pragma GCC target("avx")
#endif
#include "smax/avx-exp.h"
#if defined(__clang__)
#pragma clang attribute pop
#pragma clang attribute push(__attribute__((target("avx2,fma"))), apply_to = function)
#else
#pragma GCC pop_options
#pragma GCC push_options
#pragma GCC target("avx2,fma")
#endif
#include "smax/avx2-exp.h"
#if defined(__clang__)
#pragma clang attribute pop
#pragma clang attribute push(__attribute__((target("avx512f,avx2,fma"))), apply_to = function)
#else
#pragma GCC pop_options
#pragma GCC push_options
#pragma GCC target("avx512f,avx2,fma")
#endif
#include "smax/avx512f-exp.h"
#if defined(__clang__)
#pragma clang attribute pop
#else
#pragma GCC pop_options
#endif
#endif  // SMAX_ARCH_X86_64

#if SMAX_ARCH_ARM64
// neon-exp.h is compiled twice, for neon (SMAX_NEON_FMA 0) and neonfma (1), in two namespaces; every
// header it includes is included here first, so only its own code lands in the namespaces.
#include <arm_neon.h>
#include <stddef.h>
#include <stdint.h>
namespace neon_core {
#define SMAX_NEON_FMA 0
#include "smax/neon-exp.h"
}  // namespace neon_core
#undef SMAX_NEON_EXP_H_
#undef SMAX_NEON_FMA
namespace neonfma_core {
#define SMAX_NEON_FMA 1
#include "smax/neon-exp.h"
}  // namespace neonfma_core
#undef SMAX_NEON_FMA
#endif  // SMAX_ARCH_ARM64

namespace {

uint32_t FloatBits(float f) {
  uint32_t bits;
  std::memcpy(&bits, &f, sizeof(bits));
  return bits;
}

float BitsFloat(uint32_t bits) {
  float f;
  std::memcpy(&f, &bits, sizeof(f));
  return f;
}

// 1 / ulp of a float result whose exact value is ref > 0: the ulp is 2^(floor(log2(ref)) - 23),
// and 2^-149 (the subnormal spacing) for ref < FLT_MIN. Built from the bits of ref: this runs
// 1.1e9 times.
double InverseFloatUlp(double ref) {
  uint64_t bits;
  std::memcpy(&bits, &ref, sizeof(bits));
  int64_t biased = static_cast<int64_t>((bits >> 52) & 0x7FF);  // floor(log2(ref)) + 1023
  biased = std::max<int64_t>(biased, 1023 - 126);
  const uint64_t inverse_bits = static_cast<uint64_t>(1023 + 23 - (biased - 1023)) << 52;
  double inverse;
  std::memcpy(&inverse, &inverse_bits, sizeof(inverse));
  return inverse;
}

// A measured maximum rounded up as the headers state bounds: ULPs to 4 decimals, relative errors to
// 5 significant digits.
double RoundUpUlp(double ulp) { return std::ceil(ulp * 1e4) / 1e4; }
double RoundUpRel(double rel) {
  const double scale = std::pow(10.0, 4 - std::floor(std::log10(rel)));
  return std::ceil(rel * scale) / scale;
}

bool Emulated() {
  const char* quick = std::getenv("SMAX_TEST_QUICK");
  return quick != nullptr && std::strcmp(quick, "1") == 0;
}

// ------------------------------------------------------------------------------------------------
// The cores, as functions on arrays of n floats (n a multiple of 16).

using ExpMinusFn = void (*)(const float* x, float* y, size_t n);
// extexp: m[i] * 2^e[i] = exp(x[i]).
using ExtExpFn = void (*)(const float* x, float* m, float* e, size_t n);

void ScalarExpMinus(const float* x, float* y, size_t n) {
  for (size_t i = 0; i < n; i++) y[i] = smax_scalar_expminus(x[i]);
}
void ScalarExtExp(const float* x, float* m, float* e, size_t n) {
  for (size_t i = 0; i < n; i++) m[i] = smax_scalar_extexp(x[i], &e[i]);
}

#if SMAX_ARCH_X86_64
void Sse2ExpMinus(const float* x, float* y, size_t n) {
  for (size_t i = 0; i < n; i += 4) _mm_storeu_ps(y + i, smax_sse2_expminus(_mm_loadu_ps(x + i)));
}
void Sse2ExtExp(const float* x, float* m, float* e, size_t n) {
  for (size_t i = 0; i < n; i += 4) {
    __m128 vn;
    _mm_storeu_ps(m + i, smax_sse2_extexp(_mm_loadu_ps(x + i), &vn));
    _mm_storeu_ps(e + i, vn);
  }
}

__attribute__((target("avx"))) void AvxExpMinus(const float* x, float* y, size_t n) {
  for (size_t i = 0; i < n; i += 8) _mm256_storeu_ps(y + i, smax_avx_expminus(_mm256_loadu_ps(x + i)));
}
__attribute__((target("avx"))) void AvxExtExp(const float* x, float* m, float* e, size_t n) {
  for (size_t i = 0; i < n; i += 8) {
    __m256 vn;
    _mm256_storeu_ps(m + i, smax_avx_extexp(_mm256_loadu_ps(x + i), &vn));
    _mm256_storeu_ps(e + i, vn);
  }
}

__attribute__((target("avx2,fma"))) void Avx2ExpMinus(const float* x, float* y, size_t n) {
  for (size_t i = 0; i < n; i += 8) _mm256_storeu_ps(y + i, smax_avx2_expminus(_mm256_loadu_ps(x + i)));
}
__attribute__((target("avx2,fma"))) void Avx2ExtExp(const float* x, float* m, float* e, size_t n) {
  for (size_t i = 0; i < n; i += 8) {
    __m256 vn;
    _mm256_storeu_ps(m + i, smax_avx2_extexp(_mm256_loadu_ps(x + i), &vn));
    _mm256_storeu_ps(e + i, vn);
  }
}

__attribute__((target("avx512f,avx2,fma"))) void Avx512fExpMinus(const float* x, float* y, size_t n) {
  for (size_t i = 0; i < n; i += 16) _mm512_storeu_ps(y + i, smax_avx512f_expminus(_mm512_loadu_ps(x + i)));
}
__attribute__((target("avx512f,avx2,fma"))) void Avx512fExtExp(const float* x, float* m, float* e, size_t n) {
  for (size_t i = 0; i < n; i += 16) {
    __m512 vn;
    _mm512_storeu_ps(m + i, smax_avx512f_extexp(_mm512_loadu_ps(x + i), &vn));
    _mm512_storeu_ps(e + i, vn);
  }
}
// The single-vector core, checked against smax_avx512f_lut16_expminus_pair (the same operations two
// vectors at a time, which some kernels use) on the whole sweep: a lane where the two differ in any bit
// becomes NaN, which the sweep reports.
__attribute__((target("avx512f,avx2,fma"))) __m512 Lut16SameAsPair(__m512 vf, __m512 vpair) {
  const __mmask16 vdiffer = _mm512_cmpneq_epi32_mask(_mm512_castps_si512(vf), _mm512_castps_si512(vpair));
  return _mm512_mask_mov_ps(vf, vdiffer, _mm512_set1_ps(NAN));
}
__attribute__((target("avx512f,avx2,fma"))) void Lut16ExpMinus(const float* x, float* y, size_t n) {
  const __m512i vtable = smax_lut16_table();
  size_t i = 0;
  for (; i + 32 <= n; i += 32) {
    const __m512 vx0 = _mm512_loadu_ps(x + i);
    const __m512 vx1 = _mm512_loadu_ps(x + i + 16);
    __m512 vpair0;
    __m512 vpair1;
    smax_avx512f_lut16_expminus_pair(vx0, vx1, vtable, &vpair0, &vpair1);
    _mm512_storeu_ps(y + i, Lut16SameAsPair(smax_avx512f_lut16_expminus(vx0, vtable), vpair0));
    _mm512_storeu_ps(y + i + 16, Lut16SameAsPair(smax_avx512f_lut16_expminus(vx1, vtable), vpair1));
  }
  for (; i < n; i += 16) {
    _mm512_storeu_ps(y + i, smax_avx512f_lut16_expminus(_mm512_loadu_ps(x + i), vtable));
  }
}
#endif  // SMAX_ARCH_X86_64

#if SMAX_ARCH_ARM64
void NeonExpMinus(const float* x, float* y, size_t n) {
  const neon_core::smax_neon_exp_constants k = neon_core::smax_neon_exp_constants_init();
  for (size_t i = 0; i < n; i += 4) vst1q_f32(y + i, neon_core::smax_neon_expminus(vld1q_f32(x + i), &k));
}
void NeonExtExp(const float* x, float* m, float* e, size_t n) {
  const neon_core::smax_neon_exp_constants k = neon_core::smax_neon_exp_constants_init();
  for (size_t i = 0; i < n; i += 4) {
    float32x4_t vn;
    vst1q_f32(m + i, neon_core::smax_neon_extexp(vld1q_f32(x + i), &k, &vn));
    vst1q_f32(e + i, vn);
  }
}
void NeonfmaExpMinus(const float* x, float* y, size_t n) {
  const neonfma_core::smax_neon_exp_constants k = neonfma_core::smax_neon_exp_constants_init();
  for (size_t i = 0; i < n; i += 4) vst1q_f32(y + i, neonfma_core::smax_neon_expminus(vld1q_f32(x + i), &k));
}
void NeonfmaExtExp(const float* x, float* m, float* e, size_t n) {
  const neonfma_core::smax_neon_exp_constants k = neonfma_core::smax_neon_exp_constants_init();
  for (size_t i = 0; i < n; i += 4) {
    float32x4_t vn;
    vst1q_f32(m + i, neonfma_core::smax_neon_extexp(vld1q_f32(x + i), &k, &vn));
    vst1q_f32(e + i, vn);
  }
}
#endif  // SMAX_ARCH_ARM64

// A stated bound: max error in ULPs and max relative error, each with the x where it is reached.
struct Bound {
  double max_ulp;
  float max_ulp_x;
  double max_rel;
  float max_rel_x;
};
#define SMAX_EXPMINUS_BOUND(CORE)                                                                   \
  Bound { CORE##_EXPMINUS_MAX_ULP, CORE##_EXPMINUS_MAX_ULP_X, CORE##_EXPMINUS_MAX_REL, CORE##_EXPMINUS_MAX_REL_X }
#define SMAX_EXTEXP_BOUND(CORE)                                                                     \
  Bound { CORE##_EXTEXP_MAX_ULP, CORE##_EXTEXP_MAX_ULP_X, CORE##_EXTEXP_MAX_REL, CORE##_EXTEXP_MAX_REL_X }

struct Core {
  const char* name;
  ExpMinusFn expminus;
  Bound expminus_bound;
  ExtExpFn extexp;  // nullptr: the core has no extexp form (lut16)
  Bound extexp_bound;
  bool same_bits_as_scalar;  // documented to give the scalar core's bits
  const char* unavailable;   // why it does not run here; nullptr where it does
};

#if SMAX_ARCH_X86_64
const char* X86Unavailable(bool has_isa, const char* isa) {
  return has_isa ? nullptr : isa;
}
#endif

// Every core of this build's architecture, the scalar one first.
const std::vector<Core>& Cores() {
  static const std::vector<Core> cores = [] {
    std::vector<Core> c;
    c.push_back(Core{"scalar", ScalarExpMinus, SMAX_EXPMINUS_BOUND(SMAX_SCALAR), ScalarExtExp,
                     SMAX_EXTEXP_BOUND(SMAX_SCALAR), true, nullptr});
#if SMAX_ARCH_X86_64
    __builtin_cpu_init();
    const bool avx = __builtin_cpu_supports("avx");
    const bool avx2 = avx && __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    const bool avx512f = avx2 && __builtin_cpu_supports("avx512f");
    c.push_back(Core{"sse2", Sse2ExpMinus, SMAX_EXPMINUS_BOUND(SMAX_SSE2), Sse2ExtExp, SMAX_EXTEXP_BOUND(SMAX_SSE2),
                     true, nullptr});
    c.push_back(Core{"avx", AvxExpMinus, SMAX_EXPMINUS_BOUND(SMAX_AVX), AvxExtExp, SMAX_EXTEXP_BOUND(SMAX_AVX), true,
                     X86Unavailable(avx, "this CPU has no AVX")});
    c.push_back(Core{"avx2", Avx2ExpMinus, SMAX_EXPMINUS_BOUND(SMAX_AVX2), Avx2ExtExp, SMAX_EXTEXP_BOUND(SMAX_AVX2),
                     false, X86Unavailable(avx2, "this CPU has no AVX2 + FMA3")});
    c.push_back(Core{"avx512f", Avx512fExpMinus, SMAX_EXPMINUS_BOUND(SMAX_AVX512F), Avx512fExtExp,
                     SMAX_EXTEXP_BOUND(SMAX_AVX512F), false, X86Unavailable(avx512f, "this CPU has no AVX-512F")});
    c.push_back(Core{"avx512f-lut16", Lut16ExpMinus, SMAX_EXPMINUS_BOUND(SMAX_LUT16), nullptr, Bound{}, false,
                     X86Unavailable(avx512f, "this CPU has no AVX-512F")});
#endif
#if SMAX_ARCH_ARM64
    c.push_back(Core{"neon", NeonExpMinus, SMAX_EXPMINUS_BOUND(SMAX_NEON), NeonExtExp, SMAX_EXTEXP_BOUND(SMAX_NEON),
                     true, nullptr});
    c.push_back(Core{"neonfma", NeonfmaExpMinus, SMAX_EXPMINUS_BOUND(SMAX_NEONFMA), NeonfmaExtExp,
                     SMAX_EXTEXP_BOUND(SMAX_NEONFMA), false, nullptr});
#endif
    return c;
  }();
  return cores;
}

const Core* FindCore(const char* name) {
  for (const Core& core : Cores()) {
    if (std::strcmp(core.name, name) == 0) return &core;
  }
  return nullptr;
}

// Cores of other architectures are not compiled here: the tests that name them skip.
#define SMAX_REQUIRE_CORE(name, core)                                                 \
  const Core* core = FindCore(name);                                                  \
  if (core == nullptr) GTEST_SKIP() << name << " core: not compiled for this architecture"; \
  if (core->unavailable != nullptr) GTEST_SKIP() << name << " core: " << core->unavailable

// ------------------------------------------------------------------------------------------------
// expminus: one sweep over the domain for every available core.

// The floats checked: bit patterns [first, last] (negative floats, |x| growing with the bits),
// every `stride`-th one below |x| = 2^split_exponent and every one above.
struct ExpMinusDomain {
  uint32_t first;
  uint32_t last;
  uint32_t split;  // bits of -2^split_exponent; below it (smaller |x|) every stride-th float,
  uint32_t stride;
  uint32_t large_stride;  // from it on every large_stride-th float
  bool full;
};

// Natively: every float in [SMAX_EXP_CUTOFF, -0.0] (+0.0 gives the same result: special values).
// Under emulation (qemu: only the neon and neonfma cores are new there; the scalar core is the one the
// native sweep checks exhaustively): every 7th float with |x| >= 2^-16 (every binade where n != 0 plus
// [-ln2/2, -2^-16]: 2.7e7 of the 1.9e8 floats; 7 is odd, so the sample steps through every value of
// the low mantissa bits and hits every n and every part of every reduction interval), and every 256th
// float of the 9.2e8 in (-2^-16, 0]: there n = 0, t = x exactly and exp(x) = 1 + x * P(x) lies within
// 1.5e-5 of 1, so every core computes the same few roundings of a nearly constant polynomial; the
// native sweep covers them all. The stated witnesses (where the exhaustive scans found each core's
// maxima) are checked exactly whatever the sample, so the bounds stay tight; the sample checks that
// nothing elsewhere exceeds them, that results stay in [FLT_MIN, 1], and (neon on aarch64) the scalar
// core's bits. This was every float with |x| >= 2^-16 and every 64th below: 2.0e8 floats, 77 s of a
// CI run under qemu-aarch64; now 3.1e7.
ExpMinusDomain ExpMinusSweepDomain() {
  ExpMinusDomain d;
  d.first = 0x80000000u;
  d.last = FloatBits(SMAX_EXP_CUTOFF);
  d.full = !Emulated();
  d.split = d.full ? d.first : FloatBits(-0x1.0p-16f);
  d.stride = d.full ? 1 : 256;
  d.large_stride = d.full ? 1 : 7;
  return d;
}

struct ExpMinusStats {
  double max_ulp = 0.0;
  float max_ulp_x = 0.0f;
  double max_rel = 0.0;
  float max_rel_x = 0.0f;
  uint64_t count = 0;
  uint64_t below_flt_min = 0;  // results < FLT_MIN
  uint64_t bad = 0;            // results that are NaN, negative or > 1
  float first_bad_x = 0.0f;
  uint64_t differs_from_scalar = 0;
  float first_differs_x = 0.0f;
};

constexpr size_t kBlock = 4096;

#if SMAX_ARCH_X86_64
bool HasAvx512f() {
  static const bool has = __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx2") &&
                          __builtin_cpu_supports("fma");
  return has;
}

// The loop of Evaluate below on 16 floats at a time (the sweep's hot loop: the compiler does not
// vectorize floating-point max reductions); returns how many floats it did (n rounded down to 16).
// The largest lane. Not _mm512_reduce_max_pd: GCC 12 warns at -O2 that its _mm512_extractf64x4_pd reads an
// uninitialized vector (a false positive in the intrinsics header).
__attribute__((target("avx512f"))) double MaxLane(__m512d v) {
  alignas(64) double lanes[8];
  _mm512_store_pd(lanes, v);
  return *std::max_element(lanes, lanes + 8);
}

__attribute__((target("avx512f,avx2,fma"))) size_t EvaluateAvx512f(const float* y, const float* y_scalar,
                                                                   const double* ref, const double* inv_ulp,
                                                                   const double* inv_ref, size_t n, double* max_ulp,
                                                                   double* max_rel, uint64_t* bad, uint64_t* below,
                                                                   uint64_t* differs) {
  __m512d vmax_ulp = _mm512_setzero_pd(), vmax_rel = _mm512_setzero_pd();
  uint64_t nbad = 0, nbelow = 0, ndiffers = 0;
  size_t i = 0;
  for (; i + 16 <= n; i += 16) {
    const __m512 vy = _mm512_loadu_ps(y + i);
    const __mmask16 vok = _mm512_cmp_ps_mask(vy, _mm512_setzero_ps(), _CMP_GE_OQ) &
                          _mm512_cmp_ps_mask(vy, _mm512_set1_ps(1.0f), _CMP_LE_OQ);
    nbad += 16 - __builtin_popcount(vok);
    nbelow += __builtin_popcount(_mm512_cmp_ps_mask(vy, _mm512_set1_ps(FLT_MIN), _CMP_LT_OQ));
    ndiffers += __builtin_popcount(
        _mm512_cmpneq_epi32_mask(_mm512_castps_si512(vy), _mm512_loadu_si512(y_scalar + i)));
    for (size_t j = i; j < i + 16; j += 8) {
      const __m512d vabs_error =
          _mm512_abs_pd(_mm512_sub_pd(_mm512_cvtps_pd(_mm256_loadu_ps(y + j)), _mm512_loadu_pd(ref + j)));
      vmax_ulp = _mm512_max_pd(vmax_ulp, _mm512_mul_pd(vabs_error, _mm512_loadu_pd(inv_ulp + j)));
      vmax_rel = _mm512_max_pd(vmax_rel, _mm512_mul_pd(vabs_error, _mm512_loadu_pd(inv_ref + j)));
    }
  }
  *max_ulp = MaxLane(vmax_ulp);
  *max_rel = MaxLane(vmax_rel);
  *bad = nbad;
  *below = nbelow;
  *differs = ndiffers;
  return i;
}
#endif  // SMAX_ARCH_X86_64

#if SMAX_ARCH_X86_64
// InverseFloatUlp(ref[i]) and 1 / ref[i] for i < n rounded down to 8; returns that count.
__attribute__((target("avx512f,avx2,fma"))) size_t InverseUlpAndRefAvx512f(const double* ref, size_t n,
                                                                           double* inv_ulp, double* inv_ref) {
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    const __m512d vref = _mm512_loadu_pd(ref + i);
    // floor(log2(ref)), at least -126: the ulp is 2^(that - 23).
    const __m512d vexponent = _mm512_max_pd(_mm512_getexp_pd(vref), _mm512_set1_pd(-126.0));
    _mm512_storeu_pd(inv_ulp + i, _mm512_scalef_pd(_mm512_set1_pd(1.0), _mm512_sub_pd(_mm512_set1_pd(23.0), vexponent)));
    _mm512_storeu_pd(inv_ref + i, _mm512_div_pd(_mm512_set1_pd(1.0), vref));
  }
  return i;
}
#endif  // SMAX_ARCH_X86_64

// Errors of one core's results y[0..n) against the block's reference; branch-free per float, the
// witnesses are searched only in a block that raises a maximum (the first x wins on ties).
void Evaluate(const float* x, const float* y, const float* y_scalar, const double* ref, const double* inv_ulp,
              const double* inv_ref, size_t n, ExpMinusStats* s) {
  double block_ulp = 0.0, block_rel = 0.0;
  uint64_t bad = 0, below = 0, differs = 0;
  size_t i = 0;
#if SMAX_ARCH_X86_64
  if (HasAvx512f()) {
    i = EvaluateAvx512f(y, y_scalar, ref, inv_ulp, inv_ref, n, &block_ulp, &block_rel, &bad, &below, &differs);
  }
#endif
  for (; i < n; i++) {
    const double abs_error = std::fabs(static_cast<double>(y[i]) - ref[i]);
    block_ulp = std::max(block_ulp, abs_error * inv_ulp[i]);
    block_rel = std::max(block_rel, abs_error * inv_ref[i]);
    bad += !(y[i] >= 0.0f && y[i] <= 1.0f);
    below += y[i] < FLT_MIN;
    differs += FloatBits(y[i]) != FloatBits(y_scalar[i]);
  }
  if (block_ulp > s->max_ulp) {
    for (size_t i = 0; i < n; i++) {
      if (std::fabs(static_cast<double>(y[i]) - ref[i]) * inv_ulp[i] == block_ulp) {
        s->max_ulp = block_ulp;
        s->max_ulp_x = x[i];
        break;
      }
    }
  }
  if (block_rel > s->max_rel) {
    for (size_t i = 0; i < n; i++) {
      if (std::fabs(static_cast<double>(y[i]) - ref[i]) * inv_ref[i] == block_rel) {
        s->max_rel = block_rel;
        s->max_rel_x = x[i];
        break;
      }
    }
  }
  if (bad != 0 && s->bad == 0) {
    for (size_t i = 0; i < n; i++) {
      if (!(y[i] >= 0.0f && y[i] <= 1.0f)) {
        s->first_bad_x = x[i];
        break;
      }
    }
  }
  if (differs != 0 && s->differs_from_scalar == 0) {
    for (size_t i = 0; i < n; i++) {
      if (FloatBits(y[i]) != FloatBits(y_scalar[i])) {
        s->first_differs_x = x[i];
        break;
      }
    }
  }
  s->bad += bad;
  s->below_flt_min += below;
  s->differs_from_scalar += differs;
  s->count += n;
}

// Runs the cores over the domain's floats with bits in [begin, end]; stats[c] for cores[c].
void SweepRange(const ExpMinusDomain& d, uint32_t begin, uint32_t end, const std::vector<const Core*>& cores,
                std::vector<ExpMinusStats>* stats) {
  std::vector<float> x(kBlock), y(kBlock), y_scalar(kBlock);
  std::vector<double> ref(kBlock), inv_ulp(kBlock), inv_ref(kBlock);
  uint64_t bits = begin;
  while (bits <= end) {
    size_t n = 0;
    if (bits >= d.split && d.large_stride == 1 && end - bits >= kBlock - 1) {
      for (; n < kBlock; n++) x[n] = BitsFloat(static_cast<uint32_t>(bits + n));
      bits += kBlock;
    } else {
      for (; n < kBlock && bits <= end; n++) {
        x[n] = BitsFloat(static_cast<uint32_t>(bits));
        bits += bits < d.split ? d.stride : d.large_stride;
      }
    }
    const size_t padded = (n + 15) & ~static_cast<size_t>(15);
    std::fill(x.begin() + n, x.begin() + padded, 0.0f);
    for (size_t i = 0; i < n; i++) ref[i] = std::exp(static_cast<double>(x[i]));
    size_t i = 0;
#if SMAX_ARCH_X86_64
    if (HasAvx512f()) i = InverseUlpAndRefAvx512f(ref.data(), n, inv_ulp.data(), inv_ref.data());
#endif
    for (; i < n; i++) {
      inv_ulp[i] = InverseFloatUlp(ref[i]);
      inv_ref[i] = 1.0 / ref[i];
    }
    ScalarExpMinus(x.data(), y_scalar.data(), padded);
    for (size_t c = 0; c < cores.size(); c++) {
      // The scalar core's results are y_scalar (cores[0] is the scalar core).
      const float* yc = y_scalar.data();
      if (cores[c]->expminus != ScalarExpMinus) {
        cores[c]->expminus(x.data(), y.data(), padded);
        yc = y.data();
      }
      Evaluate(x.data(), yc, y_scalar.data(), ref.data(), inv_ulp.data(), inv_ref.data(), n, &(*stats)[c]);
    }
  }
}

void Merge(const ExpMinusStats& part, ExpMinusStats* total) {
  // Parts are merged in order of increasing |x|, so ">" keeps the smallest |x| witness on ties.
  if (part.max_ulp > total->max_ulp) {
    total->max_ulp = part.max_ulp;
    total->max_ulp_x = part.max_ulp_x;
  }
  if (part.max_rel > total->max_rel) {
    total->max_rel = part.max_rel;
    total->max_rel_x = part.max_rel_x;
  }
  if (part.bad != 0 && total->bad == 0) total->first_bad_x = part.first_bad_x;
  if (part.differs_from_scalar != 0 && total->differs_from_scalar == 0) total->first_differs_x = part.first_differs_x;
  total->count += part.count;
  total->below_flt_min += part.below_flt_min;
  total->bad += part.bad;
  total->differs_from_scalar += part.differs_from_scalar;
}

struct ExpMinusSweep {
  ExpMinusDomain domain;
  std::vector<const Core*> cores;
  std::vector<ExpMinusStats> stats;
  double seconds = 0.0;
  unsigned threads = 0;
};

// The sweep, run once (on first use) for every core this CPU runs.
const ExpMinusSweep& Sweep() {
  static const ExpMinusSweep sweep = [] {
    ExpMinusSweep s;
    s.domain = ExpMinusSweepDomain();
    for (const Core& core : Cores()) {
      if (core.unavailable == nullptr) s.cores.push_back(&core);
    }
    s.threads = std::max(1u, std::min(std::thread::hardware_concurrency(), 16u));
    // Chunks of 2^22 bit patterns handed out in order, merged in order: deterministic results.
    constexpr uint64_t chunk = uint64_t{1} << 22;
    const uint64_t chunks = (static_cast<uint64_t>(s.domain.last) - s.domain.first) / chunk + 1;
    std::vector<std::vector<ExpMinusStats>> parts(chunks, std::vector<ExpMinusStats>(s.cores.size()));
    std::vector<std::thread> workers;
    const auto start = std::chrono::steady_clock::now();
    for (unsigned t = 0; t < s.threads; t++) {
      workers.emplace_back([&s, &parts, chunks, t] {
        for (uint64_t k = t; k < chunks; k += s.threads) {
          const uint64_t begin = s.domain.first + k * chunk;
          const uint64_t end = std::min<uint64_t>(begin + chunk - 1, s.domain.last);
          SweepRange(s.domain, static_cast<uint32_t>(begin), static_cast<uint32_t>(end), s.cores, &parts[k]);
        }
      });
    }
    for (std::thread& worker : workers) worker.join();
    s.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    s.stats.resize(s.cores.size());
    for (const std::vector<ExpMinusStats>& part : parts) {
      for (size_t c = 0; c < s.cores.size(); c++) Merge(part[c], &s.stats[c]);
    }
    std::printf("expminus sweep: %llu floats in [%a, 0]%s, %zu cores, %u threads, %.1f s\n",
                static_cast<unsigned long long>(s.stats.empty() ? 0 : s.stats[0].count), SMAX_EXP_CUTOFF,
                s.domain.full ? "" : " (reduced domain: SMAX_TEST_QUICK=1)", s.cores.size(), s.threads, s.seconds);
    return s;
  }();
  return sweep;
}

// Error of one core at one x, as the sweep computes it.
void ExpMinusErrorAt(const Core& core, float x, double* ulp, double* rel) {
  float xs[16], ys[16];
  std::fill(xs, xs + 16, x);
  core.expminus(xs, ys, 16);
  const double ref = std::exp(static_cast<double>(x));
  const double abs_error = std::fabs(static_cast<double>(ys[0]) - ref);
  *ulp = abs_error * InverseFloatUlp(ref);
  *rel = abs_error * (1.0 / ref);
}

void CheckExpMinusSweep(const char* name) {
  const Core* core = FindCore(name);
  const ExpMinusSweep& sweep = Sweep();
  const size_t c = std::find(sweep.cores.begin(), sweep.cores.end(), core) - sweep.cores.begin();
  ASSERT_LT(c, sweep.cores.size());
  const ExpMinusStats& s = sweep.stats[c];
  const Bound& b = core->expminus_bound;
  std::printf("%s expminus: max %.6f ULP at x = %a (%.9g), max relative error %.6e (2^%.3f) at x = %a (%.9g)\n",
              name, s.max_ulp, s.max_ulp_x, s.max_ulp_x, s.max_rel, std::log2(s.max_rel), s.max_rel_x, s.max_rel_x);
  std::printf("  rounded up as stated: %.4f ULP, %.4e; results below FLT_MIN %llu; differ from scalar %llu\n",
              RoundUpUlp(s.max_ulp), RoundUpRel(s.max_rel), static_cast<unsigned long long>(s.below_flt_min),
              static_cast<unsigned long long>(s.differs_from_scalar));
  const ExpMinusDomain& d = sweep.domain;
  if (d.full) {
    EXPECT_EQ(s.count, static_cast<uint64_t>(d.last - d.first) + 1);
  }
  EXPECT_EQ(s.bad, 0u) << "first result out of [0, 1] (or NaN) at x = " << s.first_bad_x;
  EXPECT_EQ(s.below_flt_min, 0u);
  if (core->same_bits_as_scalar) {
    EXPECT_EQ(s.differs_from_scalar, 0u) << "first difference at x = " << s.first_differs_x;
  }
  // The stated bounds hold...
  EXPECT_LE(s.max_ulp, b.max_ulp) << "at x = " << s.max_ulp_x;
  EXPECT_LE(s.max_rel, b.max_rel) << "at x = " << s.max_rel_x;
  // ... and are reached at the stated witnesses, which are where the maxima are.
  double ulp = 0.0, rel = 0.0;
  ExpMinusErrorAt(*core, b.max_ulp_x, &ulp, &rel);
  EXPECT_EQ(RoundUpUlp(ulp), b.max_ulp) << "error at the stated ULP witness " << b.max_ulp_x << ": " << ulp;
  ExpMinusErrorAt(*core, b.max_rel_x, &ulp, &rel);
  EXPECT_EQ(RoundUpRel(rel), b.max_rel) << "error at the stated relative-error witness " << b.max_rel_x << ": " << rel;
  if (d.full) {
    EXPECT_EQ(s.max_ulp_x, b.max_ulp_x);
    EXPECT_EQ(s.max_rel_x, b.max_rel_x);
  }
}

// ExpCore.ExpMinusExhaustive (the scalar core) keeps its name: scripts/test-arm filters it out.
TEST(ExpCore, ExpMinusExhaustive) { CheckExpMinusSweep("scalar"); }

TEST(ExpCoreSweep, Sse2) {
  SMAX_REQUIRE_CORE("sse2", core);
  CheckExpMinusSweep(core->name);
}
TEST(ExpCoreSweep, Avx) {
  SMAX_REQUIRE_CORE("avx", core);
  CheckExpMinusSweep(core->name);
}
TEST(ExpCoreSweep, Avx2) {
  SMAX_REQUIRE_CORE("avx2", core);
  CheckExpMinusSweep(core->name);
}
TEST(ExpCoreSweep, Avx512f) {
  SMAX_REQUIRE_CORE("avx512f", core);
  CheckExpMinusSweep(core->name);
}
TEST(ExpCoreSweep, Avx512fLut16) {
  SMAX_REQUIRE_CORE("avx512f-lut16", core);
  CheckExpMinusSweep(core->name);
}
TEST(ExpCoreSweep, Neon) {
  SMAX_REQUIRE_CORE("neon", core);
  CheckExpMinusSweep(core->name);
}
TEST(ExpCoreSweep, Neonfma) {
  SMAX_REQUIRE_CORE("neonfma", core);
  CheckExpMinusSweep(core->name);
}

// Special values, for every core: exactly 1 at +-0, exactly +0 below the cutoff and at -inf, NaN for NaN.
TEST(ExpCore, ExpMinusSpecialValuesEveryCore) {
  std::vector<float> x = {0.0f, -0.0f, SMAX_EXP_CUTOFF};
  const size_t first_zero = x.size();
  const float below_cutoff[] = {
      std::nextafter(SMAX_EXP_CUTOFF, -INFINITY), -87.5f, -88.0f, -88.72f, -89.0f, -100.0f, -103.98f,
      -104.0f, -150.0f, -1000.0f, -4194304.0f, -1073741824.0f, -1.0e30f, -FLT_MAX,
      -std::numeric_limits<float>::infinity()};
  x.insert(x.end(), std::begin(below_cutoff), std::end(below_cutoff));
  const size_t first_nan = x.size();
  const uint32_t nans[] = {0x7FC00000u, 0xFFC00000u, 0x7FC12345u, 0xFFFFFFFFu, 0x7F800001u, 0xFF800001u};
  for (uint32_t bits : nans) x.push_back(BitsFloat(bits));
  x.resize((x.size() + 15) & ~static_cast<size_t>(15), 0.0f);
  std::vector<float> y(x.size());
  for (const Core& core : Cores()) {
    if (core.unavailable != nullptr) continue;
    SCOPED_TRACE(core.name);
    core.expminus(x.data(), y.data(), x.size());
    EXPECT_EQ(FloatBits(y[0]), FloatBits(1.0f));
    EXPECT_EQ(FloatBits(y[1]), FloatBits(1.0f));
    EXPECT_GE(y[2], FLT_MIN);
    for (size_t i = first_zero; i < first_nan; i++) EXPECT_EQ(FloatBits(y[i]), 0u) << "x = " << x[i];
    for (size_t i = first_nan; i < first_nan + 6; i++) EXPECT_TRUE(std::isnan(y[i])) << "bits " << FloatBits(x[i]);
  }
}

TEST(ExpCore, ExpMinusSpecialValues) {
  // exp(0) is exactly 1, for both zeros.
  EXPECT_EQ(FloatBits(smax_scalar_expminus(0.0f)), FloatBits(1.0f));
  EXPECT_EQ(FloatBits(smax_scalar_expminus(-0.0f)), FloatBits(1.0f));
  // Below the cutoff: exactly +0.0f.
  const float below_cutoff[] = {
      std::nextafter(SMAX_EXP_CUTOFF, -INFINITY), -87.5f, -88.0f, -88.72f, -89.0f, -100.0f, -103.98f,
      -104.0f, -150.0f, -1000.0f, -4194304.0f, -1073741824.0f, -1.0e30f, -FLT_MAX,
      -std::numeric_limits<float>::infinity()};
  for (float x : below_cutoff) {
    EXPECT_EQ(FloatBits(smax_scalar_expminus(x)), 0u) << "x = " << x;
  }
  // The cutoff itself is the smallest float whose exp is >= 2^-126: not flushed.
  EXPECT_LT(std::exp(static_cast<double>(std::nextafter(SMAX_EXP_CUTOFF, -INFINITY))), static_cast<double>(FLT_MIN));
  EXPECT_GE(std::exp(static_cast<double>(SMAX_EXP_CUTOFF)), static_cast<double>(FLT_MIN));
  EXPECT_GE(smax_scalar_expminus(SMAX_EXP_CUTOFF), FLT_MIN);
  // NaN in, NaN out (quiet NaNs of both signs, a payload, a signalling-NaN bit pattern).
  const uint32_t nans[] = {0x7FC00000u, 0xFFC00000u, 0x7FC12345u, 0xFFFFFFFFu, 0x7F800001u, 0xFF800001u};
  for (uint32_t bits : nans) {
    EXPECT_TRUE(std::isnan(smax_scalar_expminus(BitsFloat(bits)))) << std::hex << "bits 0x" << bits;
  }
}

// m * 2^n against exp(x): relative error and error in ULPs of m.
struct ExtExpError {
  double rel;
  double ulp;
};

ExtExpError ExtExpErrorOf(float x, float m, float n) {
  // The exact mantissa exp(x - n*ln2), with n*ln2 split in two (fdlibm's ln2_hi has 32 significant
  // bits, so n*ln2_hi is exact): accurate to ~1e-16, and no overflow for |x| up to 1024.
  const double ln2_hi = 6.93147180369123816490e-01;
  const double ln2_lo = 1.90821492927058770002e-10;
  const double exact_m = std::exp((static_cast<double>(x) - n * ln2_hi) - n * ln2_lo);
  ExtExpError e;
  e.ulp = std::fabs(static_cast<double>(m) - exact_m) * InverseFloatUlp(exact_m);
  if (std::fabs(x) <= 708.0f) {
    // Directly as m * 2^n (ldexp is exact) against exp((double)x), a normal double here.
    e.rel = std::fabs(std::ldexp(static_cast<double>(m), static_cast<int>(n)) / std::exp(static_cast<double>(x)) - 1.0);
  } else {
    // exp(x) over- or underflows double beyond +-709.
    e.rel = std::fabs(static_cast<double>(m) / exact_m - 1.0);
  }
  return e;
}

struct ExtExpStats {
  double max_rel = 0.0;
  float max_rel_x = 0.0f;
  double max_ulp = 0.0;
  float max_ulp_x = 0.0f;
  uint64_t count = 0;
  uint64_t bad = 0;
  float first_bad_x = 0.0f;
};

void CheckExtExp(float x, float m, float n, ExtExpStats* s) {
  s->count++;
  const bool shape_ok = m >= 0.7f && m <= 1.42f && n == std::nearbyint(n) && std::fabs(n) < 2048.0f;
  if (!shape_ok) {
    if (s->bad++ == 0) s->first_bad_x = x;
    return;
  }
  const ExtExpError e = ExtExpErrorOf(x, m, n);
  if (e.rel > s->max_rel) {
    s->max_rel = e.rel;
    s->max_rel_x = x;
  }
  if (e.ulp > s->max_ulp) {
    s->max_ulp = e.ulp;
    s->max_ulp_x = x;
  }
}

// Runs the core on xs (any length) and adds its results to s.
void CheckExtExpCore(const Core& core, const std::vector<float>& xs, ExtExpStats* s) {
  std::vector<float> x(kBlock), m(kBlock), e(kBlock);
  for (size_t begin = 0; begin < xs.size(); begin += kBlock) {
    const size_t n = std::min(kBlock, xs.size() - begin);
    std::copy(xs.begin() + begin, xs.begin() + begin + n, x.begin());
    const size_t padded = (n + 15) & ~static_cast<size_t>(15);
    std::fill(x.begin() + n, x.begin() + padded, 0.0f);
    core.extexp(x.data(), m.data(), e.data(), padded);
    for (size_t i = 0; i < n; i++) CheckExtExp(x[i], m[i], e[i], s);
  }
}

// The extexp sample: (1) every multiple of 2^-12 in [-1024, 1024] (all exact floats); (2) every 257th
// float bit pattern in [0, 1024] and [-1024, -0] (dense near 0, every binade); (3) the ends and their
// neighbours.
const std::vector<float>& ExtExpSample() {
  static const std::vector<float> sample = [] {
    std::vector<float> xs;
    const float limit = SMAX_EXTEXP_INPUT_LIMIT;
    // Under emulation (SMAX_TEST_QUICK=1) a 2^-8 grid and every 16448th bit pattern: ~800,000 x.
    const int grid_exponent = Emulated() ? 8 : 12;
    const uint32_t bits_stride = Emulated() ? 257 * 64 : 257;
    for (int32_t k = -(1024 << grid_exponent); k <= (1024 << grid_exponent); k++) {
      xs.push_back(std::ldexp(static_cast<float>(k), -grid_exponent));
    }
    const uint32_t limit_bits = FloatBits(limit);
    for (uint32_t bits = 0; bits <= limit_bits; bits += bits_stride) {
      xs.push_back(BitsFloat(bits));
      xs.push_back(BitsFloat(bits | 0x80000000u));
    }
    const float ends[] = {limit, -limit, std::nextafter(limit, 0.0f), std::nextafter(-limit, 0.0f), 0.0f, -0.0f};
    xs.insert(xs.end(), std::begin(ends), std::end(ends));
    return xs;
  }();
  return sample;
}

void CheckExtExpAccuracy(const Core& core) {
  ASSERT_EQ(SMAX_EXTEXP_INPUT_LIMIT, 1024.0f);
  const Bound& b = core.extexp_bound;
  std::vector<float> xs = ExtExpSample();
  xs.push_back(b.max_ulp_x);
  xs.push_back(b.max_rel_x);
  ExtExpStats s;
  CheckExtExpCore(core, xs, &s);
  std::printf("%s extexp over %llu x in [-%g, %g]:\n", core.name, static_cast<unsigned long long>(s.count),
              SMAX_EXTEXP_INPUT_LIMIT, SMAX_EXTEXP_INPUT_LIMIT);
  std::printf("  max error of m %.6f ULP at x = %a (%.9g)\n", s.max_ulp, s.max_ulp_x, s.max_ulp_x);
  std::printf("  max relative error of m*2^n %.6e (2^%.3f) at x = %a (%.9g)\n", s.max_rel, std::log2(s.max_rel),
              s.max_rel_x, s.max_rel_x);
  EXPECT_EQ(s.bad, 0u) << "m out of [0.7, 1.42] or n not an integer with |n| < 2048 at x = " << s.first_bad_x;
  EXPECT_LE(s.max_ulp, b.max_ulp) << "at x = " << s.max_ulp_x;
  EXPECT_LE(s.max_rel, b.max_rel) << "at x = " << s.max_rel_x;
  // The witnesses reach the stated bounds.
  ExtExpStats w;
  CheckExtExpCore(core, {b.max_ulp_x}, &w);
  EXPECT_EQ(RoundUpUlp(w.max_ulp), b.max_ulp) << "error at the stated ULP witness " << b.max_ulp_x;
  w = ExtExpStats();
  CheckExtExpCore(core, {b.max_rel_x}, &w);
  EXPECT_EQ(RoundUpRel(w.max_rel), b.max_rel) << "error at the stated relative-error witness " << b.max_rel_x;
}

// ExpCore.ExtExpAccuracy (the scalar core) keeps its name: scripts/test-arm filters it out.
TEST(ExpCore, ExtExpAccuracy) { CheckExtExpAccuracy(*FindCore("scalar")); }

TEST(ExtExpCore, Sse2) {
  SMAX_REQUIRE_CORE("sse2", core);
  CheckExtExpAccuracy(*core);
}
TEST(ExtExpCore, Avx) {
  SMAX_REQUIRE_CORE("avx", core);
  CheckExtExpAccuracy(*core);
}
TEST(ExtExpCore, Avx2) {
  SMAX_REQUIRE_CORE("avx2", core);
  CheckExtExpAccuracy(*core);
}
TEST(ExtExpCore, Avx512f) {
  SMAX_REQUIRE_CORE("avx512f", core);
  CheckExtExpAccuracy(*core);
}
TEST(ExtExpCore, Neon) {
  SMAX_REQUIRE_CORE("neon", core);
  CheckExtExpAccuracy(*core);
}
TEST(ExtExpCore, Neonfma) {
  SMAX_REQUIRE_CORE("neonfma", core);
  CheckExtExpAccuracy(*core);
}

TEST(ExpCore, ExtExpSpecialValues) {
  float n = 1.0f;
  EXPECT_EQ(smax_scalar_extexp(0.0f, &n), 1.0f);
  EXPECT_EQ(n, 0.0f);
  n = 0.0f;
  EXPECT_TRUE(std::isnan(smax_scalar_extexp(std::numeric_limits<float>::quiet_NaN(), &n)));
}

TEST(ExpCore, Exp2Integer) {
  for (int e = -126; e <= 127; e++) {
    const float expected = std::ldexp(1.0f, e);
    EXPECT_EQ(FloatBits(smax_scalar_exp2_integer(static_cast<float>(e))), FloatBits(expected)) << "e = " << e;
  }
  const float low[] = {-127.0f, -128.0f, -149.0f, -150.0f, -1000.0f, -4194304.0f, -8388608.0f, -1.0e30f, -FLT_MAX,
                       -std::numeric_limits<float>::infinity()};
  for (float e : low) {
    EXPECT_EQ(FloatBits(smax_scalar_exp2_integer(e)), 0u) << "e = " << e;
  }
  const float high[] = {127.0f, 128.0f, 1000.0f, 4194304.0f, 8388608.0f, 1.0e30f, FLT_MAX,
                        std::numeric_limits<float>::infinity()};
  for (float e : high) {
    EXPECT_EQ(FloatBits(smax_scalar_exp2_integer(e)), FloatBits(std::ldexp(1.0f, 127))) << "e = " << e;
  }
}

TEST(ExpCore, Clamp) {
  EXPECT_TRUE(std::isnan(smax_scalar_clamp(std::numeric_limits<float>::quiet_NaN(), SMAX_EXTEXP_INPUT_LIMIT)));
  EXPECT_TRUE(std::isnan(smax_scalar_clamp(-std::numeric_limits<float>::quiet_NaN(), SMAX_EXTEXP_INPUT_LIMIT)));
  EXPECT_EQ(smax_scalar_clamp(5000.0f, 1024.0f), 1024.0f);
  EXPECT_EQ(smax_scalar_clamp(-5000.0f, 1024.0f), -1024.0f);
  EXPECT_EQ(smax_scalar_clamp(std::numeric_limits<float>::infinity(), 1024.0f), 1024.0f);
  EXPECT_EQ(smax_scalar_clamp(-std::numeric_limits<float>::infinity(), 1024.0f), -1024.0f);
  EXPECT_EQ(smax_scalar_clamp(-3.5f, 1024.0f), -3.5f);
  EXPECT_EQ(FloatBits(smax_scalar_clamp(-0.0f, 1024.0f)), FloatBits(-0.0f));
}

}  // namespace
