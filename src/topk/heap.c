// The selection heap of topk/order.h: a binary min-heap, root = the entry that ranks lowest. Entries
// move by "hole" (the entry being placed stays in registers while the others shift), and the lower-ranked
// child is chosen without a branch where the compiler can: random logits make that choice unpredictable.
#include "topk/order.h"

// Places (key, index) at hole i, moving lower-ranked children up while they rank below it, within the
// first n entries.
static void sift_down(struct smax_topk_heap* heap, size_t i, size_t n, uint32_t key, int64_t index) {
  for (;;) {
    const size_t left = 2 * i + 1;
    if (left >= n) {
      break;
    }
    size_t child = left;
    uint32_t child_key = smax_topk_heap_key(heap, left);
    int64_t child_index = heap->indices[left];
    if (left + 1 < n) {
      const uint32_t right_key = smax_topk_heap_key(heap, left + 1);
      const int64_t right_index = heap->indices[left + 1];
      const bool right_lower = smax_topk_above(child_key, child_index, right_key, right_index);
      child = right_lower ? left + 1 : left;
      child_key = right_lower ? right_key : child_key;
      child_index = right_lower ? right_index : child_index;
    }
    if (!smax_topk_above(key, index, child_key, child_index)) {
      break;  // the entry ranks at or below both children: its place
    }
    smax_topk_heap_set(heap, i, child_key, child_index);
    i = child;
  }
  smax_topk_heap_set(heap, i, key, index);
}

void smax_topk_heap_push(struct smax_topk_heap* heap, uint32_t key, int64_t index) {
  size_t i = heap->count++;
  // Up while the parent ranks above the new entry.
  while (i > 0) {
    const size_t parent = (i - 1) / 2;
    const uint32_t parent_key = smax_topk_heap_key(heap, parent);
    const int64_t parent_index = heap->indices[parent];
    if (!smax_topk_above(parent_key, parent_index, key, index)) {
      break;
    }
    smax_topk_heap_set(heap, i, parent_key, parent_index);
    i = parent;
  }
  smax_topk_heap_set(heap, i, key, index);
}

void smax_topk_heap_replace_root(struct smax_topk_heap* heap, uint32_t key, int64_t index) {
  sift_down(heap, 0, heap->count, key, index);
}

void smax_topk_heap_sort(struct smax_topk_heap* heap) {
  // Heapsort: the root (lowest) goes to the end each time, so the arrays end best first.
  for (size_t n = heap->count; n > 1; n--) {
    const uint32_t last_key = smax_topk_heap_key(heap, n - 1);
    const int64_t last_index = heap->indices[n - 1];
    smax_topk_heap_set(heap, n - 1, smax_topk_heap_key(heap, 0), heap->indices[0]);
    sift_down(heap, 0, n - 1, last_key, last_index);
  }
}
