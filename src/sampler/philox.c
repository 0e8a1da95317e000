// Philox4x32-10, written from the algorithm's description in Salmon et al. (SC 2011) and Random123's
// documentation: ten rounds of two 32x32->64-bit multiplications with an S-box-free mix, the key bumped
// by Weyl constants between rounds.
#include "sampler/philox.h"

// The round multipliers and the key's Weyl increments (the golden ratio and sqrt(3) - 1, times 2^32).
#define PHILOX_M0 UINT32_C(0xD2511F53)
#define PHILOX_M1 UINT32_C(0xCD9E8D57)
#define PHILOX_W0 UINT32_C(0x9E3779B9)
#define PHILOX_W1 UINT32_C(0xBB67AE85)
#define PHILOX_ROUNDS 10

// One round: the two products' high halves are mixed with the other two words and the key; the low
// halves move to the odd positions.
static struct smax_philox4x32_block philox_round(struct smax_philox4x32_block x, struct smax_philox4x32_key key) {
  const uint64_t product0 = (uint64_t) PHILOX_M0 * x.word[0];
  const uint64_t product1 = (uint64_t) PHILOX_M1 * x.word[2];
  struct smax_philox4x32_block y;
  y.word[0] = (uint32_t) (product1 >> 32) ^ x.word[1] ^ key.word[0];
  y.word[1] = (uint32_t) product1;
  y.word[2] = (uint32_t) (product0 >> 32) ^ x.word[3] ^ key.word[1];
  y.word[3] = (uint32_t) product0;
  return y;
}

struct smax_philox4x32_block smax_philox4x32_10(struct smax_philox4x32_block counter,
                                                struct smax_philox4x32_key key) {
  for (int round = 0; round < PHILOX_ROUNDS; round++) {
    if (round != 0) {
      key.word[0] += PHILOX_W0;
      key.word[1] += PHILOX_W1;
    }
    counter = philox_round(counter, key);
  }
  return counter;
}

float smax_sampler_uniform(uint64_t seed, uint64_t counter, uint64_t row) {
  const struct smax_philox4x32_key key = {{(uint32_t) seed, (uint32_t) (seed >> 32)}};
  const struct smax_philox4x32_block block = {
      {(uint32_t) counter, (uint32_t) (counter >> 32), (uint32_t) row, (uint32_t) (row >> 32)}};
  const uint32_t bits = smax_philox4x32_10(block, key).word[0] >> 8;
  return (float) bits * 0x1.0p-24f;  // exact: bits < 2^24
}
