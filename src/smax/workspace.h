// The memory an operator keeps for its plan's workspace (the softmax and top-k operators): made at
// reshape, kept across reshapes that need no more, freed with the operator.
#ifndef SMAX_WORKSPACE_H_
#define SMAX_WORKSPACE_H_

#include <stdbool.h>
#include <stddef.h>

#include "smax/common.h"

#ifdef __cplusplus
extern "C" {
#endif

// 64-byte aligned, so that the slots the plans lay out in it start on cache lines.
#define SMAX_WORKSPACE_ALIGNMENT 64

struct smax_workspace {
  void* memory;     // NULL until the first reserve that needs memory
  size_t capacity;  // bytes
};

// Makes room for `bytes`; false, with nothing changed, if the allocation fails.
SMAX_INTERNAL bool smax_workspace_reserve(struct smax_workspace* workspace, size_t bytes);

// Frees the memory; the workspace is then empty.
SMAX_INTERNAL void smax_workspace_release(struct smax_workspace* workspace);

// The elements of `element_bytes` bytes that `rows` rows of `channels` at `stride` span, from the first
// row's first to the last row's last, into *span; false if their bytes overflow size_t.
static SMAX_INLINE bool smax_rows_span(size_t rows, size_t channels, size_t stride, size_t element_bytes,
                                       size_t* span) {
  *span = 0;
  if (rows == 0) {
    return true;
  }
  const size_t max_elements = (size_t) -1 / element_bytes;
  if (channels > max_elements || (rows - 1 != 0 && stride > (max_elements - channels) / (rows - 1))) {
    return false;
  }
  *span = (rows - 1) * stride + channels;
  return true;
}

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // SMAX_WORKSPACE_H_
