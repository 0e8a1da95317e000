#include <stdio.h>
#include <smax.h>
int main(void) {
  if (smax_initialize() != smax_status_success) return 1;
  const float x[4] = {1, 2, 3, 4}; float y[4];
  if (smax_run_softmax_nc_f32(4, 4, 4, 1, x, y, smax_algorithm_auto, 0, NULL) != smax_status_success) return 1;
  printf("%s %.6f %.6f %.6f %.6f\n", smax_get_isa_name(), y[0], y[1], y[2], y[3]);
  return 0;
}
