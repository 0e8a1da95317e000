// The sampler operator (include/smax.h, "Sampling"): a top-k operator with k = top_k and scale
// 1/temperature does the one read of each row (long rows split across threads as top-k splits them);
// then each row's draw is made from its sorted top-k and logsumexp by the row sampler (sample-row.c),
// rows in parallel, into the workspace; last, the tokens and probabilities are copied to the caller's
// outputs. Drawing reads the input again in rare cases (sample-row.c), so nothing is written to the
// outputs, which may overlap the input, until every row has drawn. The workspace is allocated at reshape.
#include <float.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <pthreadpool.h>

#include "sampler/philox.h"
#include "sampler/sample-row.h"
#include "smax.h"
#include "smax/config.h"
#include "smax/operator-kind.h"
#include "smax/tsan.h"

enum sampler_state {
  sampler_state_created,   // no shape yet
  sampler_state_reshaped,  // shape and workspace set, tensors not (or no longer)
  sampler_state_ready,     // can run
};

// The top-k outputs of one run (batch_size * k indices, values and probabilities, batch_size logsumexps)
// and the draws (token and probability per row), in one block.
struct sampler_workspace {
  int64_t* indices;
  int64_t* tokens;
  float* values;
  float* topk_probabilities;
  float* logsumexp;
  float* probabilities;
};

struct sampler {
  struct smax_sampler_params params;
  struct smax_sampling_rule rule;
  size_t k;             // the top-k operator's k: top_k, or 1 at temperature 0
  float scale;          // the top-k operator's scale: 1/temperature, or 1 at temperature 0
  smax_operator_t topk;
  enum sampler_state state;
  size_t channels;
  size_t input_stride;
  size_t batch_size;
  const float* input;
  struct sampler_workspace workspace;
  const float* uniforms;
  uint64_t counter;
  int64_t* tokens;
  float* probabilities;
};

static enum smax_status sampler_run(void* impl, pthreadpool_t threadpool);
static void sampler_destroy(void* impl);

static const struct smax_operator_kind sampler_kind = {"sampler", sampler_run, sampler_destroy};

// The scale 1/T for a positive temperature, or 0 when 1/T is not a normal float (T above ~8.5e37,
// +inf, or below ~2.9e-39), which the top-k operator would reject too.
static float inverse_temperature(float temperature) {
  const float scale = 1.0f / temperature;
  return scale >= FLT_MIN && scale <= FLT_MAX ? scale : 0.0f;
}

static bool params_valid(const struct smax_sampler_params* params) {
  // Each comparison is written so that NaN fails it.
  const bool temperature_valid =
      params->temperature >= 0.0f &&
      (params->temperature == 0.0f || inverse_temperature(params->temperature) != 0.0f);
  return temperature_valid && params->top_k >= 1 && params->top_p > 0.0f && params->top_p <= 1.0f &&
         params->min_p >= 0.0f && params->min_p < 1.0f;
}

enum smax_status smax_create_sampler_nc_f32(const struct smax_sampler_params* params, uint32_t flags,
                                            smax_operator_t* op_out) {
  if (smax_get_config() == NULL) {
    return smax_status_uninitialized;
  }
  if (params == NULL || op_out == NULL || flags != 0 || !params_valid(params)) {
    return smax_status_invalid_parameter;
  }
  struct sampler* sampler = calloc(1, sizeof(struct sampler));
  if (sampler == NULL) {
    return smax_status_out_of_memory;
  }
  sampler->params = *params;
  sampler->params.temperature = params->temperature == 0.0f ? 0.0f : params->temperature;  // -0 is 0
  sampler->rule.top_p = params->top_p;
  sampler->rule.log_min_p = params->min_p > 0.0f ? log((double) params->min_p) : -INFINITY;
  // Temperature 0 is the argmax: top-1 of x itself, with no division by 0.
  const bool greedy = sampler->params.temperature == 0.0f;
  sampler->k = greedy ? 1 : params->top_k;
  sampler->scale = greedy ? 1.0f : inverse_temperature(params->temperature);
  enum smax_status status =
      smax_create_topk_nc_f32(sampler->k, sampler->scale, SMAX_TOPK_PROBABILITIES, &sampler->topk);
  if (status == smax_status_success) {
    status = smax_create_operator_of_kind(&sampler_kind, sampler, op_out);
  }
  if (status != smax_status_success) {
    sampler_destroy(sampler);
  }
  return status;
}

// The workspace for batch_size rows of k pairs, or false if its size overflows size_t or malloc fails
// (*overflow tells which).
static bool allocate_workspace(size_t batch_size, size_t k, struct sampler_workspace* workspace, bool* overflow) {
  const size_t pair_bytes = sizeof(int64_t) + 2 * sizeof(float);  // index, value, probability
  const size_t draw_bytes = sizeof(int64_t) + 2 * sizeof(float);  // token, logsumexp, probability
  *overflow = k > (SIZE_MAX - draw_bytes) / pair_bytes;
  const size_t row_bytes = *overflow ? 0 : k * pair_bytes + draw_bytes;
  *overflow = *overflow || batch_size > SIZE_MAX / row_bytes;
  if (*overflow) {
    return false;
  }
  const size_t pairs = batch_size * k;
  // The int64 arrays first, so that every array is aligned for its type; one byte at least for batch 0.
  char* block = malloc(batch_size != 0 ? batch_size * row_bytes : 1);
  if (block == NULL) {
    return false;
  }
  workspace->indices = (int64_t*) block;
  workspace->tokens = workspace->indices + pairs;
  workspace->values = (float*) (workspace->tokens + batch_size);
  workspace->topk_probabilities = workspace->values + pairs;
  workspace->logsumexp = workspace->topk_probabilities + pairs;
  workspace->probabilities = workspace->logsumexp + batch_size;
  return true;
}

enum smax_status smax_reshape_sampler_nc_f32(smax_operator_t op, size_t channels, size_t input_stride,
                                             size_t batch_size, pthreadpool_t threadpool) {
  if (smax_get_config() == NULL) {
    return smax_status_uninitialized;
  }
  struct sampler* sampler = smax_operator_impl(op, &sampler_kind);
  // top_k is checked against channels at every temperature, so that a parameter set is valid or not
  // independently of the temperature.
  if (sampler == NULL || channels == 0 || sampler->params.top_k > channels) {
    return smax_status_invalid_parameter;
  }
  struct sampler_workspace workspace;
  bool overflow;
  if (!allocate_workspace(batch_size, sampler->k, &workspace, &overflow)) {
    return overflow ? smax_status_invalid_parameter : smax_status_out_of_memory;
  }
  const enum smax_status status = smax_reshape_topk_nc_f32(sampler->topk, channels, input_stride, batch_size,
                                                           threadpool);
  if (status != smax_status_success) {
    free(workspace.indices);
    return status;  // top-k is unchanged on failure, and so is the sampler
  }
  free(sampler->workspace.indices);
  sampler->workspace = workspace;
  sampler->channels = channels;
  sampler->input_stride = input_stride;
  sampler->batch_size = batch_size;
  sampler->state = sampler_state_reshaped;
  return smax_status_success;
}

// True if [a, a + a_bytes) and [b, b + b_bytes) share a byte.
static bool overlap(const void* a, size_t a_bytes, const void* b, size_t b_bytes) {
  const uintptr_t a_begin = (uintptr_t) a;
  const uintptr_t b_begin = (uintptr_t) b;
  return a != NULL && b != NULL && a_bytes != 0 && b_bytes != 0 && a_begin < b_begin + b_bytes &&
         b_begin < a_begin + a_bytes;
}

enum smax_status smax_setup_sampler_nc_f32(smax_operator_t op, const float* input, const float* uniforms,
                                           uint64_t counter, int64_t* tokens, float* probabilities) {
  if (smax_get_config() == NULL) {
    return smax_status_uninitialized;
  }
  struct sampler* sampler = smax_operator_impl(op, &sampler_kind);
  if (sampler == NULL || tokens == NULL) {
    return smax_status_invalid_parameter;
  }
  if (sampler->state == sampler_state_created) {
    return smax_status_invalid_state;
  }
  const size_t rows = sampler->batch_size;
  // The outputs may overlap the input (every row is read before anything is written), not each other or
  // the uniforms (read while the outputs are written).
  if (overlap(tokens, rows * sizeof(int64_t), probabilities, rows * sizeof(float)) ||
      overlap(uniforms, rows * sizeof(float), tokens, rows * sizeof(int64_t)) ||
      overlap(uniforms, rows * sizeof(float), probabilities, rows * sizeof(float))) {
    return smax_status_invalid_parameter;
  }
  const struct smax_topk_outputs outputs = {sampler->workspace.indices,
                                            sampler->workspace.values,
                                            sampler->workspace.topk_probabilities,
                                            NULL,
                                            NULL,
                                            sampler->workspace.logsumexp};
  const enum smax_status status = smax_setup_topk_nc_f32(sampler->topk, input, &outputs);
  if (status != smax_status_success) {
    return status;
  }
  sampler->input = input;
  sampler->uniforms = uniforms;
  sampler->counter = counter;
  sampler->tokens = tokens;
  sampler->probabilities = probabilities;
  sampler->state = sampler_state_ready;
  return smax_status_success;
}

// Draws row r's token from its top-k into the workspace (a pthreadpool task).
static void sample_one_row(void* context, size_t r) {
  SMAX_TSAN_ACQUIRE(context);
  const struct sampler* sampler = context;
  const size_t k = sampler->k;
  const struct sampler_workspace* workspace = &sampler->workspace;
  const float u = sampler->uniforms != NULL ? sampler->uniforms[r]
                                            : smax_sampler_uniform(sampler->params.seed, sampler->counter, r);
  const struct smax_sampling_row row = {workspace->indices + r * k,
                                        workspace->values + r * k,
                                        workspace->topk_probabilities + r * k,
                                        k,
                                        workspace->logsumexp[r],
                                        sampler->input + r * sampler->input_stride,
                                        sampler->channels,
                                        sampler->scale};
  const struct smax_sampled_token sampled = smax_sample_row(&row, &sampler->rule, u);
  workspace->tokens[r] = sampled.token;
  workspace->probabilities[r] = sampled.probability;
  SMAX_TSAN_RELEASE(context);
}

static enum smax_status sampler_run(void* impl, pthreadpool_t threadpool) {
  struct sampler* sampler = impl;
  if (sampler->state != sampler_state_ready) {
    return smax_status_invalid_state;
  }
  // The caller's uniforms are checked before anything is written.
  for (size_t r = 0; sampler->uniforms != NULL && r < sampler->batch_size; r++) {
    if (!(sampler->uniforms[r] >= 0.0f && sampler->uniforms[r] < 1.0f)) {
      return smax_status_invalid_parameter;
    }
  }
  const enum smax_status status = smax_run_operator(sampler->topk, threadpool);
  if (status != smax_status_success || sampler->batch_size == 0) {
    return status;
  }
  // Denormals disabled on every thread, the caller's included, as top-k runs: a weight exp(z_j - z_0)
  // below 2^-1022 then reads as 0 whichever thread draws the row.
  SMAX_TSAN_RELEASE(sampler);  // the hand-off to the pool's threads, which TSan cannot see (smax/tsan.h)
  pthreadpool_parallelize_1d(threadpool, sample_one_row, sampler, sampler->batch_size,
                             PTHREADPOOL_FLAG_DISABLE_DENORMALS);
  SMAX_TSAN_ACQUIRE(sampler);
  memcpy(sampler->tokens, sampler->workspace.tokens, sampler->batch_size * sizeof(int64_t));
  if (sampler->probabilities != NULL) {
    memcpy(sampler->probabilities, sampler->workspace.probabilities, sampler->batch_size * sizeof(float));
  }
  return smax_status_success;
}

static void sampler_destroy(void* impl) {
  struct sampler* sampler = impl;
  if (sampler != NULL) {
    smax_delete_operator(sampler->topk);
    free(sampler->workspace.indices);
  }
  free(sampler);
}
