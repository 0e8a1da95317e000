// The all-NaN row, shared by every algorithm's stages.
#include <math.h>

#include "smax/softmax-stages.h"

void smax_fill_nan(size_t n, float* y) {
  for (size_t i = 0; i < n; i++) {
    y[i] = NAN;
  }
}
