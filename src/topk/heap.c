// The selection heap of topk/order.h: a 4-ary min-heap of 64-bit ranks, root = the lowest. Four
// children per node halve the depth of a binary heap (3 levels for k = 40 instead of 6): each level is
// a dependent load, and the level at which a sift stops is a mispredicted branch, while the lowest of
// four children is found with selects. Entries move by "hole" (the rank being placed stays in a
// register while the others shift).
#include "topk/order.h"

#define ARITY 4

// Places `rank` at hole i, moving lower children up while they rank below it, within the first n.
static void sift_down(uint64_t* ranks, size_t i, size_t n, uint64_t rank) {
  for (;;) {
    const size_t first = ARITY * i + 1;
    if (first >= n) {
      break;
    }
    size_t child = first;
    uint64_t child_rank = ranks[first];
    const size_t end = first + ARITY < n ? first + ARITY : n;
    for (size_t c = first + 1; c < end; c++) {
      const bool lower = ranks[c] < child_rank;
      child = lower ? c : child;
      child_rank = lower ? ranks[c] : child_rank;
    }
    if (rank <= child_rank) {
      break;  // ranks are distinct (their indices are): the rank is below every child, its place
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
    const size_t parent = (i - 1) / ARITY;
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
