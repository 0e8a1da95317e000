// The operators' workspace memory (smax/workspace.h).
// posix_memalign
#define _POSIX_C_SOURCE 200112L

#include "smax/workspace.h"

#include <stdlib.h>

bool smax_workspace_reserve(struct smax_workspace* workspace, size_t bytes) {
  if (bytes <= workspace->capacity) {
    return true;
  }
  const size_t capacity = (bytes + SMAX_WORKSPACE_ALIGNMENT - 1) / SMAX_WORKSPACE_ALIGNMENT * SMAX_WORKSPACE_ALIGNMENT;
  void* memory = NULL;
  if (posix_memalign(&memory, SMAX_WORKSPACE_ALIGNMENT, capacity) != 0) {
    return false;
  }
  free(workspace->memory);
  workspace->memory = memory;
  workspace->capacity = capacity;
  return true;
}

void smax_workspace_release(struct smax_workspace* workspace) {
  free(workspace->memory);
  workspace->memory = NULL;
  workspace->capacity = 0;
}
