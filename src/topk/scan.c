// One read of a tile of a row (SMAX_TOPK_TILE_ELEMENTS, in L1): the tile's max and its top-k candidates
// in one pass (f32-rmaxselect: one compare per vector against the heap's current k-th value, survivors
// offered to the heap in scalar code), then its sum of exp(z - r) from L1 (f32-raddexpminusmax), r the
// tile's max, in blocks whose float partial sums add at most 16 terms, added in double. As reload's
// pipeline, this takes one exp per element and no rescaling inside the kernel; the row's merge of the
// tiles' (max, sum) rescales each tile once, in double.
#include <math.h>
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

// Offers z[0, n) (row indices base, base + 1, ...; `seen` elements of the part before them) to the heap
// and returns max(max, z[0, n)) (NaN entries may or may not make it NaN, as the kernel's). The first
// entries go in directly until the heap holds k; from then on the kernel selects the entries that could
// enter: those above the root's value t, or NaN (an equal value never enters: its index is larger).
static float select_tile(const struct smax_config* config, const float* z, size_t n, size_t base, size_t seen,
                         float max, struct smax_topk_heap* heap) {
  size_t i = 0;
  for (; i < n && !smax_topk_heap_full(heap); i++) {
    smax_topk_heap_push(heap, smax_topk_rank(smax_topk_key(z[i]), base + i));
    max = z[i] > max ? z[i] : max;
  }
  uint32_t candidates[SMAX_TOPK_TILE_ELEMENTS];
  while (i < n) {
    const size_t piece =
        smax_block_length(n - i, seen + i < SELECT_MIN_PIECE_ELEMENTS ? SELECT_MIN_PIECE_ELEMENTS : seen + i);
    const float threshold = smax_topk_key_value(smax_topk_rank_key(heap->ranks[0]));
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
