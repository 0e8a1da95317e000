// One read of a part of a row: its (max, sum) with the online statistics kernel (f32-raddexpminusrunmax,
// in blocks whose float partial sums add at most 16 terms, merged in double) and its top-k candidates,
// tile by tile while the tile is in L1.
#include <math.h>

#include "smax/softmax-stages.h"
#include "topk/topk.h"

// Offers the tile's elements z[0, n) (row indices base, base + 1, ...) to the heap. Once the heap is full
// only elements that rank above its root can enter: with the root's value t, those are z > t, or a NaN
// (which ranks above every number); an equal value never does (its index is larger). Float compares
// on z are that key test: -0 == +0, and a NaN root (a heap of NaNs) admits nothing.
static void filter_tile(const float* z, size_t n, size_t base, struct smax_topk_heap* heap) {
  size_t i = 0;
  for (; i < n && !smax_topk_heap_full(heap); i++) {
    smax_topk_heap_offer(heap, z[i], (int64_t) (base + i));
  }
  if (heap->capacity == 0) {
    return;
  }
  float threshold = heap->values[0];
  for (; i < n; i++) {
    const float value = z[i];
    if (value > threshold || value != value) {
      smax_topk_heap_offer(heap, value, (int64_t) (base + i));
      threshold = heap->values[0];
    }
  }
}

struct smax_max_sum smax_topk_scan(const struct smax_config* config, const float* x, size_t n, size_t base,
                                   float scale, struct smax_topk_heap* heap) {
  const size_t block_elements = config->info[smax_ukernel_family_f32_raddexpminusrunmax].block_elements;
  struct smax_max_sum stats = smax_max_sum_empty;
  float tile[SMAX_TOPK_TILE_ELEMENTS];
  for (size_t t = 0; t < n; t += SMAX_TOPK_TILE_ELEMENTS) {
    const size_t tile_length = smax_block_length(n - t, SMAX_TOPK_TILE_ELEMENTS);
    const float* z = x + t;
    if (scale != 1.0f) {
      config->vmulc(tile_length * sizeof(float), x + t, &scale, tile, NULL);
      z = tile;
    }
    for (size_t i = 0; i < tile_length; i += block_elements) {
      // m = -FLT_MAX for a block of only -inf entries (d = 0 then); m = +inf for a +inf, d NaN for a NaN.
      float state[2];
      config->raddexpminusrunmax(smax_block_length(tile_length - i, block_elements) * sizeof(float), z + i, state,
                                 NULL);
      const struct smax_max_sum block = {state[0], state[1]};
      smax_max_sum_merge(&stats, block);
    }
    filter_tile(z, tile_length, base + t, heap);
  }
  return stats;
}
