// The selection heap of topk/order.h: a binary min-heap of 64-bit ranks, root = the lowest. Entries move
// by "hole" (the rank being placed stays in a register while the others shift), and the lower child is
// chosen with a select rather than a branch: random logits make that choice unpredictable.
#include "topk/order.h"

// Places `rank` at hole i, moving lower children up while they rank below it, within the first n.
static void sift_down(uint64_t* ranks, size_t i, size_t n, uint64_t rank) {
  for (;;) {
    const size_t left = 2 * i + 1;
    if (left >= n) {
      break;
    }
    size_t child = left;
    uint64_t child_rank = ranks[left];
    if (left + 1 < n) {
      const uint64_t right_rank = ranks[left + 1];
      const bool right_lower = right_rank < child_rank;
      child = right_lower ? left + 1 : left;
      child_rank = right_lower ? right_rank : child_rank;
    }
    if (rank <= child_rank) {
      break;  // ranks are distinct (their indices are): the rank is below both children, its place
    }
    ranks[i] = child_rank;
    i = child;
  }
  ranks[i] = rank;
}

void smax_topk_heap_push(struct smax_topk_heap* heap, uint64_t rank) {
  uint64_t* ranks = heap->ranks;
  size_t i = heap->count++;
  // Up while the parent ranks above the new entry.
  while (i > 0) {
    const size_t parent = (i - 1) / 2;
    if (ranks[parent] <= rank) {
      break;
    }
    ranks[i] = ranks[parent];
    i = parent;
  }
  ranks[i] = rank;
}

void smax_topk_heap_replace_root(struct smax_topk_heap* heap, uint64_t rank) {
  sift_down(heap->ranks, 0, heap->count, rank);
}

void smax_topk_heap_sort(struct smax_topk_heap* heap) {
  // Heapsort: the root (lowest) goes to the end each time, so the array ends best first.
  uint64_t* ranks = heap->ranks;
  for (size_t n = heap->count; n > 1; n--) {
    const uint64_t last = ranks[n - 1];
    ranks[n - 1] = ranks[0];
    sift_down(ranks, 0, n - 1, last);
  }
}
