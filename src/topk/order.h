// The order of top-k values and the selection heap. Values rank by a 32-bit key, then by index (lower
// first): NaN > +inf > finite values (-0 == +0) > -inf. The key makes the order total, so the k largest
// of a row are one set whatever order its elements are offered in: the chunks of a long row can be
// selected apart and merged in any grouping with the same result.
#ifndef SMAX_TOPK_ORDER_H_
#define SMAX_TOPK_ORDER_H_

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "smax/common.h"

#ifdef __cplusplus
extern "C" {
#endif

// Monotone in the order above: every NaN maps to the top, -0 to +0's key; then the usual flip of a
// float's bits (negative: all bits inverted; positive: sign bit set) orders keys as the values.
static SMAX_INLINE uint32_t smax_topk_key(float value) {
  if (value != value) {
    return UINT32_MAX;
  }
  uint32_t bits;
  memcpy(&bits, &value, sizeof(bits));
  if (bits == UINT32_C(0x80000000)) {
    bits = 0;
  }
  return (bits & UINT32_C(0x80000000)) != 0 ? ~bits : (bits | UINT32_C(0x80000000));
}

// True if (key_a, index_a) ranks above (key_b, index_b).
static SMAX_INLINE bool smax_topk_above(uint32_t key_a, int64_t index_a, uint32_t key_b, int64_t index_b) {
  return key_a > key_b || (key_a == key_b && index_a < index_b);
}

// The k best entries offered so far, as a binary min-heap (the root ranks lowest) over two caller arrays.
struct smax_topk_heap {
  float* values;
  int64_t* indices;
  size_t count;
  size_t capacity;  // k, or fewer where fewer elements exist
};

static SMAX_INLINE bool smax_topk_heap_entry_above(const struct smax_topk_heap* heap, size_t a, size_t b) {
  return smax_topk_above(smax_topk_key(heap->values[a]), heap->indices[a], smax_topk_key(heap->values[b]),
                         heap->indices[b]);
}

// Offers (value, index); kept if the heap has room or it ranks above the root (which it then replaces).
SMAX_INTERNAL void smax_topk_heap_offer(struct smax_topk_heap* heap, float value, int64_t index);

// Sorts the heap's entries in place, best first; the arrays then hold a sorted list, no longer a heap.
SMAX_INTERNAL void smax_topk_heap_sort(struct smax_topk_heap* heap);

// True once the heap holds its k entries: from then on an element enters only if it ranks above the root.
static SMAX_INLINE bool smax_topk_heap_full(const struct smax_topk_heap* heap) {
  return heap->count == heap->capacity;
}

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // SMAX_TOPK_ORDER_H_
