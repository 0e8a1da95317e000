// The selection heap of topk/order.h: a binary min-heap, root = the entry that ranks lowest.
#include "topk/order.h"

static void swap_entries(struct smax_topk_heap* heap, size_t a, size_t b) {
  const float value = heap->values[a];
  const int64_t index = heap->indices[a];
  heap->values[a] = heap->values[b];
  heap->indices[a] = heap->indices[b];
  heap->values[b] = value;
  heap->indices[b] = index;
}

// Moves entry i down until both children rank above it, within the first `count` entries.
static void sift_down(struct smax_topk_heap* heap, size_t i, size_t count) {
  for (;;) {
    const size_t left = 2 * i + 1;
    if (left >= count) {
      return;
    }
    size_t lowest = left;
    if (left + 1 < count && smax_topk_heap_entry_above(heap, left, left + 1)) {
      lowest = left + 1;
    }
    if (!smax_topk_heap_entry_above(heap, i, lowest)) {
      return;
    }
    swap_entries(heap, i, lowest);
    i = lowest;
  }
}

void smax_topk_heap_offer(struct smax_topk_heap* heap, float value, int64_t index) {
  if (heap->count < heap->capacity) {
    size_t i = heap->count++;
    heap->values[i] = value;
    heap->indices[i] = index;
    // Up while the parent ranks above the new entry.
    while (i > 0) {
      const size_t parent = (i - 1) / 2;
      if (!smax_topk_heap_entry_above(heap, parent, i)) {
        break;
      }
      swap_entries(heap, i, parent);
      i = parent;
    }
    return;
  }
  if (heap->capacity == 0 ||
      !smax_topk_above(smax_topk_key(value), index, smax_topk_key(heap->values[0]), heap->indices[0])) {
    return;
  }
  heap->values[0] = value;
  heap->indices[0] = index;
  sift_down(heap, 0, heap->count);
}

void smax_topk_heap_sort(struct smax_topk_heap* heap) {
  // Heapsort: the root (lowest) goes to the end each time, so the array ends best first.
  for (size_t n = heap->count; n > 1; n--) {
    swap_entries(heap, 0, n - 1);
    sift_down(heap, 0, n - 1);
  }
}
