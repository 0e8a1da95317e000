// The sampler's entry points (include/smax.h, "Top-k and sampling") until the sampler's implementation
// (src/sampler/, its own branch) is merged, which deletes this file: every call returns
// smax_status_unsupported_parameter and changes nothing, so that the library exports exactly the
// functions its header declares (test/exported-symbols-test.sh) on this branch too.
#include "smax.h"

enum smax_status smax_create_sampler_nc_f32(const struct smax_sampler_params* params, uint32_t flags,
                                            smax_operator_t* op_out) {
  (void) params;
  (void) flags;
  (void) op_out;
  return smax_status_unsupported_parameter;
}

enum smax_status smax_reshape_sampler_nc_f32(smax_operator_t op, size_t channels, size_t input_stride,
                                             size_t batch_size, pthreadpool_t threadpool) {
  (void) op;
  (void) channels;
  (void) input_stride;
  (void) batch_size;
  (void) threadpool;
  return smax_status_unsupported_parameter;
}

enum smax_status smax_setup_sampler_nc_f32(smax_operator_t op, const float* input, const float* uniforms,
                                           uint64_t counter, int64_t* tokens, float* probabilities) {
  (void) op;
  (void) input;
  (void) uniforms;
  (void) counter;
  (void) tokens;
  (void) probabilities;
  return smax_status_unsupported_parameter;
}
