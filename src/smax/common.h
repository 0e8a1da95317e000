// Internal macros shared by kernels and the operator layer.
#ifndef SMAX_COMMON_H_
#define SMAX_COMMON_H_

#include <stdint.h>
#include <string.h>

// Architecture macros are always defined, as 0 or 1, so that a typo under -Wundef is an error.
#if defined(__x86_64__) || defined(_M_X64)
#define SMAX_ARCH_X86_64 1
#else
#define SMAX_ARCH_X86_64 0
#endif

#if defined(__aarch64__)
#define SMAX_ARCH_ARM64 1
#else
#define SMAX_ARCH_ARM64 0
#endif

#if defined(__arm__)
#define SMAX_ARCH_ARM 1
#else
#define SMAX_ARCH_ARM 0
#endif

#if defined(__GNUC__)
#define SMAX_INLINE inline __attribute__((always_inline))
#define SMAX_LIKELY(condition) __builtin_expect(!!(condition), 1)
#define SMAX_UNLIKELY(condition) __builtin_expect(!!(condition), 0)
#define SMAX_INTERNAL __attribute__((visibility("hidden")))
#else
#define SMAX_INLINE inline
#define SMAX_LIKELY(condition) (condition)
#define SMAX_UNLIKELY(condition) (condition)
#define SMAX_INTERNAL
#endif

// Bit casts through memcpy: the only form that is defined behaviour in C and C++.
static SMAX_INLINE uint32_t smax_float_as_uint32(float value) {
  uint32_t bits;
  memcpy(&bits, &value, sizeof(bits));
  return bits;
}

static SMAX_INLINE float smax_uint32_as_float(uint32_t bits) {
  float value;
  memcpy(&value, &bits, sizeof(value));
  return value;
}

#endif  // SMAX_COMMON_H_
