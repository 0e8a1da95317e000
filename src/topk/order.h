// The order of top-k values and the selection heap. Values rank by a 32-bit key, then by index (lower
// first): NaN > +inf > finite values (-0 == +0) > -inf. The order is total, so the k largest of a row
// are one set whatever order its elements are offered in: the chunks of a long row can be selected
// apart and merged in any grouping with the same result.
//
// An entry is one 64-bit rank, key << 32 | (2^32 - 1 - index), so that one unsigned compare is the whole
// order (the operator takes rows of fewer than 2^32 elements): a larger rank ranks above.
#ifndef SMAX_TOPK_ORDER_H_
#define SMAX_TOPK_ORDER_H_

#include <float.h>
#include <math.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "smax/common.h"

#ifdef __cplusplus
extern "C" {
#endif

// Monotone in the order above: every NaN maps to the top; -0 and the subnormals to +0's key (the
// operator runs with denormals disabled, where the filter kernels' compares read subnormals as 0: the
// order must agree with them on every ISA); then the usual flip of a float's bits (negative: all bits
// inverted; positive: sign bit set) orders keys as the values. The lowest key, -inf's, is 0x007FFFFF: no
// key, and so no rank, is 0.
static SMAX_INLINE uint32_t smax_topk_key(float value) {
  if (value != value) {
    return UINT32_MAX;
  }
  uint32_t bits;
  memcpy(&bits, &value, sizeof(bits));
  if ((bits & UINT32_C(0x7F800000)) == 0) {
    bits = 0;
  }
  return (bits & UINT32_C(0x80000000)) != 0 ? ~bits : (bits | UINT32_C(0x80000000));
}

// The float whose key is `key`: +0 for +-0's key, NaN for the NaN key. A value z has a larger key than
// a number t exactly where !(z <= t), the filter kernel's test.
static SMAX_INLINE float smax_topk_key_value(uint32_t key) {
  const uint32_t bits = (key & UINT32_C(0x80000000)) != 0 ? (key & UINT32_C(0x7FFFFFFF)) : ~key;
  float value;
  memcpy(&value, &bits, sizeof(value));
  return key == UINT32_MAX ? (float) NAN : value;
}

// A number t below which the filter's test !(z <= t) drops only values with a key below `key`: every z
// whose key is `key` or above passes, with denormals flushed or not (some below may pass too). For the
// values' own threshold, where equal values must not pass, see smax_topk_key_value.
static SMAX_INLINE float smax_topk_threshold_below(uint32_t key) {
  if (key == UINT32_MAX) {
    return INFINITY;  // NaN passes, +inf does not
  }
  const float value = smax_topk_key_value(key);
  if (value == -INFINITY) {
    return NAN;  // every z passes, -inf included
  }
  if (value > 0.0f) {
    // Just below value, a normal number (or 0), read the same with denormals flushed.
    return value >= 2.0f * FLT_MIN ? nextafterf(value, 0.0f) : 0.0f;
  }
  // Every zero and subnormal (the zeros' key) is above -FLT_MIN; a negative value is above its next float.
  return value == 0.0f ? -FLT_MIN : nextafterf(value, -INFINITY);
}

static SMAX_INLINE uint64_t smax_topk_rank(uint32_t key, size_t index) {
  return (uint64_t) key << 32 | (uint64_t) (UINT32_MAX - (uint32_t) index);
}

static SMAX_INLINE uint32_t smax_topk_rank_key(uint64_t rank) {
  return (uint32_t) (rank >> 32);
}

static SMAX_INLINE size_t smax_topk_rank_index(uint64_t rank) {
  return (size_t) (UINT32_MAX - (uint32_t) rank);
}

// The k best entries offered so far, as a min-heap of ranks (the root ranks lowest; topk/heap.c).
struct smax_topk_heap {
  uint64_t* ranks;
  size_t count;
  size_t capacity;  // k, or fewer where fewer elements exist
};

// True once the heap holds its k entries: from then on an entry enters only if it ranks above the root.
static SMAX_INLINE bool smax_topk_heap_full(const struct smax_topk_heap* heap) {
  return heap->count == heap->capacity;
}

// Adds a rank to a heap that is not full.
SMAX_INTERNAL void smax_topk_heap_push(struct smax_topk_heap* heap, uint64_t rank);

// Replaces the root of a full heap by a rank above it, and restores the heap.
SMAX_INTERNAL void smax_topk_heap_replace_root(struct smax_topk_heap* heap, uint64_t rank);

// Offers a rank: kept if the heap has room or it ranks above the root (which it then replaces).
static SMAX_INLINE void smax_topk_heap_offer(struct smax_topk_heap* heap, uint64_t rank) {
  if (!smax_topk_heap_full(heap)) {
    smax_topk_heap_push(heap, rank);
  } else if (rank > heap->ranks[0]) {
    smax_topk_heap_replace_root(heap, rank);
  }
}

// Sorts the heap's ranks in place, best first; the array then holds a sorted list, no longer a heap.
SMAX_INTERNAL void smax_topk_heap_sort(struct smax_topk_heap* heap);

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // SMAX_TOPK_ORDER_H_
