// Runs one algorithm's stages (src/smax/softmax-stages.h) through a plan, as the operator does, for
// algorithms without a public value (auto's running-max two-pass) and for plans the operator would
// not make on this machine.
#ifndef SMAX_TEST_STAGES_RUNNER_H_
#define SMAX_TEST_STAGES_RUNNER_H_

#include <cstdlib>
#include <memory>

#include <pthreadpool.h>

#include "smax/config.h"
#include "smax/plan.h"

namespace smax_test {

// y = softmax(x) on `rows` rows of n through `stages`, planned for the pool's thread count.
inline void RunStages(const smax_softmax_stages* stages, size_t n, size_t rows, const float* x, size_t x_stride,
                      float* y, size_t y_stride, pthreadpool_t pool = nullptr, uint32_t extra_pool_flags = 0) {
  const smax_config* config = smax_get_config();
  const smax_plan plan =
      smax_make_plan(config, stages, &smax_plain_row_options, n, rows, pthreadpool_get_threads_count(pool));
  void* workspace = nullptr;
  if (plan.workspace_bytes != 0 && posix_memalign(&workspace, 64, plan.workspace_bytes) != 0) {
    std::abort();
  }
  const smax_run_buffers buffers = {x, x_stride, y, y_stride, workspace, {}};
  smax_run_plan(&plan, &buffers, pool, PTHREADPOOL_FLAG_DISABLE_DENORMALS | extra_pool_flags);
  std::free(workspace);
}

}  // namespace smax_test

#endif  // SMAX_TEST_STAGES_RUNNER_H_
