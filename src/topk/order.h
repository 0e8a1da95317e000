// The order of top-k values and the selection heap. Values rank by a 32-bit key, then by index (lower
// first): NaN > +inf > finite values (-0 == +0) > -inf. The key makes the order total, so the k largest
// of a row are one set whatever order its elements are offered in: the chunks of a long row can be
// selected apart and merged in any grouping with the same result.
#ifndef SMAX_TOPK_ORDER_H_
#define SMAX_TOPK_ORDER_H_

#include <stdbool.h>
#include <stddef.h>
#include <math.h>
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

// The float whose key is `key`, for the keys of numbers: +0 for +-0's key, NaN for the NaN key. A value z
// has a larger key than a number t exactly where !(z <= t), the filter kernel's test.
static SMAX_INLINE float smax_topk_key_value(uint32_t key) {
  const uint32_t bits = (key & UINT32_C(0x80000000)) != 0 ? (key & UINT32_C(0x7FFFFFFF)) : ~key;
  float value;
  memcpy(&value, &bits, sizeof(value));
  return key == UINT32_MAX ? (float) NAN : value;
}

// True if (key_a, index_a) ranks above (key_b, index_b).
static SMAX_INLINE bool smax_topk_above(uint32_t key_a, int64_t index_a, uint32_t key_b, int64_t index_b) {
  return key_a > key_b || (key_a == key_b && index_a < index_b);
}

// The k best entries offered so far, as a binary min-heap (the root ranks lowest) of (key, index) pairs
// over two caller arrays of `capacity` entries: keys, 4 bytes each (the output's float values array
// while a row is selected: accessed with memcpy, so any 4-byte storage will do), and indices.
struct smax_topk_heap {
  void* keys;
  int64_t* indices;
  size_t count;
  size_t capacity;  // k, or fewer where fewer elements exist
};

static SMAX_INLINE uint32_t smax_topk_heap_key(const struct smax_topk_heap* heap, size_t i) {
  uint32_t key;
  memcpy(&key, (const char*) heap->keys + i * sizeof(uint32_t), sizeof(key));
  return key;
}

static SMAX_INLINE void smax_topk_heap_set(struct smax_topk_heap* heap, size_t i, uint32_t key, int64_t index) {
  memcpy((char*) heap->keys + i * sizeof(uint32_t), &key, sizeof(key));
  heap->indices[i] = index;
}

// True once the heap holds its k entries: from then on an entry enters only if it ranks above the root.
static SMAX_INLINE bool smax_topk_heap_full(const struct smax_topk_heap* heap) {
  return heap->count == heap->capacity;
}

// Offers (key, index) to a heap that is not full.
SMAX_INTERNAL void smax_topk_heap_push(struct smax_topk_heap* heap, uint32_t key, int64_t index);

// Replaces the root of a full heap by (key, index), which ranks above it, and restores the heap.
SMAX_INTERNAL void smax_topk_heap_replace_root(struct smax_topk_heap* heap, uint32_t key, int64_t index);

// Offers (key, index): kept if the heap has room or it ranks above the root (which it then replaces).
static SMAX_INLINE void smax_topk_heap_offer(struct smax_topk_heap* heap, uint32_t key, int64_t index) {
  if (!smax_topk_heap_full(heap)) {
    smax_topk_heap_push(heap, key, index);
  } else if (smax_topk_above(key, index, smax_topk_heap_key(heap, 0), heap->indices[0])) {
    smax_topk_heap_replace_root(heap, key, index);
  }
}

// Sorts the heap's entries in place, best first; the arrays then hold a sorted list, no longer a heap.
SMAX_INTERNAL void smax_topk_heap_sort(struct smax_topk_heap* heap);

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // SMAX_TOPK_ORDER_H_
