// Philox4x32-10 (Salmon, Moraes, Dror & Shaw, "Parallel random numbers: as easy as 1, 2, 3", SC 2011):
// a counter-based generator. Its output is a pure function of (key, counter): no state, so any row of
// any call can draw its number independently, on any thread, in any order, with the same result.
// test/sampler-test.cc checks it against Random123's published known-answer vectors (tests/kat_vectors).
#ifndef SMAX_SAMPLER_PHILOX_H_
#define SMAX_SAMPLER_PHILOX_H_

#include <stdint.h>

#include "smax/common.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Four 32-bit words: a counter or a block of output. */
struct smax_philox4x32_block {
  uint32_t word[4];
};

/** The two 32-bit words of a Philox4x32 key. */
struct smax_philox4x32_key {
  uint32_t word[2];
};

/** The 10-round Philox4x32 bijection of counter under key (Random123's philox4x32_R(10, ctr, key)). */
SMAX_INTERNAL struct smax_philox4x32_block smax_philox4x32_10(struct smax_philox4x32_block counter,
                                                              struct smax_philox4x32_key key);

/**
 * The sampler's uniform for row `row` of the call numbered `counter` under `seed`: u = (w >> 8) * 2^-24,
 * with w the first output word of Philox4x32-10 keyed by seed (word 0: its low half, word 1: its high
 * half) on the counter (counter low, counter high, row low, row high). 24 random bits, so u is one of
 * the 2^24 multiples of 2^-24 in [0, 1), each exactly representable as a float.
 */
SMAX_INTERNAL float smax_sampler_uniform(uint64_t seed, uint64_t counter, uint64_t row);

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // SMAX_SAMPLER_PHILOX_H_
