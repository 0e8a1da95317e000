// One read of a tile of a row (SMAX_TOPK_TILE_ELEMENTS, in L1): the tile's max and its top-k candidates
// in one pass (f32-rmaxselect: one compare per vector against the heap's current k-th value, survivors
// offered to the heap in scalar code), then its sum of exp(z - r) from L1 (f32-raddexpminusmax), r the
// tile's max, in blocks whose float partial sums add at most 16 terms, added in double. As reload's
// pipeline, this takes one exp per element and no rescaling inside the kernel; the row's merge of the
// tiles' (max, sum) rescales each tile once, in double.
#include <math.h>
#include <stdbool.h>
#include <stdint.h>

#include "smax/softmax-stages.h"
#include "topk/topk.h"

// The filter runs over a tile in pieces as long as the elements of the part seen so far (at least
// SELECT_MIN_PIECE_ELEMENTS, at most the tile): the threshold, fixed within a piece, rises fastest at the
// part's start, where short pieces keep the candidates it lets through to the scalar root compare few
// (pieces of 256 from the start let about 250 through in the first piece of a 1x1000 row with k = 40);
// later a piece as long as what came before lets about k ln 2 through, and whole tiles keep the
// kernel's calls few (pieces of 256 throughout cost 1x128256 rows 500 calls).
#define SELECT_MIN_PIECE_ELEMENTS 32

// A part's first tile starts with an empty heap: unseeded, every element enters until the heap holds k,
// and the threshold then rises from the lowest of them, about k + k ln(n / k) insertions in the tile
// (about 200 of a 2048-element tile for k = 40, more than in the 31 tiles after it in a 64K chunk, and
// paid again by every chunk of a split row). Seeded, only the elements at or above the k-th largest of
// the tile's block maxima T enter: k blocks reach T with k distinct elements, so the tile's k largest are
// all at or above T, and with SEED_BLOCKS_PER_K * k blocks T is not far below them (about 50 insertions
// of normal logits, a Python model of this loop says, against about 200).
// The blocks' maxima cost one f32-rmax call per block: blocks of at least SEED_MIN_BLOCK_ELEMENTS.
#define SEED_BLOCKS_PER_K 2
#define SEED_MIN_BLOCK_ELEMENTS 16
#define SEED_MAX_K (SMAX_TOPK_TILE_ELEMENTS / (SEED_BLOCKS_PER_K * SEED_MIN_BLOCK_ELEMENTS))

static bool can_seed(size_t n, const struct smax_topk_heap* heap) {
  return heap->count == 0 && heap->capacity <= SEED_MAX_K &&
         n >= SEED_BLOCKS_PER_K * SEED_MIN_BLOCK_ELEMENTS * heap->capacity;
}

// The k-th largest key (k = the heap's capacity) of the maxima of z[0, n)'s blocks, through a heap of k
// ranks on the stack (the block number breaks ties). A kernel's max may skip a NaN entry: its block then
// still holds an entry at or above the max it returns, which is all the bound needs.
static uint32_t seed_key(const struct smax_config* config, const float* z, size_t n, size_t k) {
  uint64_t ranks[SEED_MAX_K];
  struct smax_topk_heap maxima = {ranks, 0, k};
  const size_t block = (n + SEED_BLOCKS_PER_K * k - 1) / (SEED_BLOCKS_PER_K * k);
  for (size_t b = 0; b * block < n; b++) {
    float max = -INFINITY;
    config->rmax(smax_block_length(n - b * block, block) * sizeof(float), z + b * block, &max, NULL);
    smax_topk_heap_offer(&maxima, smax_topk_rank(smax_topk_key(max), b));
  }
  return smax_topk_rank_key(ranks[0]);
}

// Offers z[0, n) (row indices base, base + 1, ...; `seen` elements of the part before them) to the heap
// and returns max(max, z[0, n)) (NaN entries may or may not make it NaN, as the kernel's). Unseeded, the
// first entries go in directly until the heap holds k; from then on the kernel selects the entries that
// could enter: those above the root's value t, or NaN (an equal value never enters: its index is
// larger). Seeded (a part's first tile), the kernel selects those at or above the seed until the root
// passes it.
static float select_tile(const struct smax_config* config, const float* z, size_t n, size_t base, size_t seen,
                         float max, struct smax_topk_heap* heap) {
  size_t i = 0;
  const bool seeded = can_seed(n, heap);
  const uint32_t seed = seeded ? seed_key(config, z, n, heap->capacity) : 0;
  for (; !seeded && i < n && !smax_topk_heap_full(heap); i++) {
    smax_topk_heap_push(heap, smax_topk_rank(smax_topk_key(z[i]), base + i));
    max = z[i] > max ? z[i] : max;
  }
  uint32_t candidates[SMAX_TOPK_TILE_ELEMENTS];
  while (i < n) {
    const size_t piece =
        smax_block_length(n - i, seen + i < SELECT_MIN_PIECE_ELEMENTS ? SELECT_MIN_PIECE_ELEMENTS : seen + i);
    const uint32_t root_key = smax_topk_heap_full(heap) ? smax_topk_rank_key(heap->ranks[0]) : 0;
    const float threshold = seeded && root_key < seed ? smax_topk_threshold_below(seed) : smax_topk_key_value(root_key);
    const size_t count = config->rmaxselect(piece * sizeof(float), z + i, &max, &threshold, candidates, NULL);
    for (size_t c = 0; c < count; c++) {
      const size_t j = i + candidates[c];
      smax_topk_heap_offer(heap, smax_topk_rank(smax_topk_key(z[j]), base + j));
    }
    i += piece;
  }
  return max;
}

struct smax_max_sum smax_topk_scan_tile(const struct smax_config* config, const float* x, size_t n, size_t base,
                                        size_t seen, float scale, struct smax_topk_heap* heap) {
  float tile[SMAX_TOPK_TILE_ELEMENTS];
  const float* z = x;
  if (scale != 1.0f) {
    config->vmulc(n * sizeof(float), x, &scale, tile, NULL);
    z = tile;
  }
  const float tile_max = select_tile(config, z, n, base, seen, -INFINITY, heap);
  if (tile_max == -INFINITY) {
    return smax_max_sum_empty;  // only -inf: exp(z - r) would be exp(-inf + inf); they add 0 to the sum
  }
  if (tile_max == INFINITY) {
    // A +inf entry: the row's outputs are NaN (its verdict comes from its top value); keep it visible.
    const struct smax_max_sum infinite = {INFINITY, NAN};
    return infinite;
  }
  // Every block against the tile's own max, so that the tile's statistics do not depend on what was
  // scanned before it (the row's merge rescales them once); a NaN entry makes its block's sum NaN.
  const size_t block_elements = config->info[smax_ukernel_family_f32_raddexpminusmax].block_elements;
  struct smax_max_sum stats = {tile_max, 0.0};
  for (size_t i = 0; i < n; i += block_elements) {
    float sum;
    config->raddexpminusmax(smax_block_length(n - i, block_elements) * sizeof(float), z + i, &tile_max, &sum, NULL);
    stats.sum += sum;
  }
  return stats;
}
