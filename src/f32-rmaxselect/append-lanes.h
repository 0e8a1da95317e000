// The helper of the f32-rmaxselect templates that select lanes through a bit mask (sse2.c.in,
// avx.c.in), which each of their variants includes. The include guard keeps one copy where all the
// ISA's kernels are one translation unit (src/gen/amalgam/).
#ifndef SMAX_F32_RMAXSELECT_APPEND_LANES_H_
#define SMAX_F32_RMAXSELECT_APPEND_LANES_H_

#include <stddef.h>
#include <stdint.h>

#include "smax/common.h"

// Appends base + (the set bits of mask) to indices[count...]; returns the new count.
static SMAX_INLINE size_t append_lanes(uint32_t* indices, size_t count, uint32_t base, unsigned mask) {
  while (mask != 0) {
    indices[count++] = base + (uint32_t) __builtin_ctz(mask);
    mask &= mask - 1;
  }
  return count;
}

#endif  // SMAX_F32_RMAXSELECT_APPEND_LANES_H_
