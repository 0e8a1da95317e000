// The four softmax algorithms on one row, composed from the chosen micro-kernels.
//
// Two rules every algorithm follows, so that results agree across algorithms and ISAs:
//  - Sums are accumulated in blocks (config->info[f].block_elements): inside a block the kernel adds
//    in float with at most SMAX_TERMS_PER_PARTIAL_SUM terms per partial sum; blocks are added in
//    double here. So the sum's error does not grow with the row length (rows of 2^24 and beyond).
//  - Rows with a NaN, a +inf, or only -inf entries give all-NaN outputs (what the IEEE double
//    reference gives); this is decided once per row from the reduction's result.
#include "smax/softmax-rows.h"

#include <float.h>
#include <math.h>
#include <stdbool.h>

// Rows beyond what the two-pass pair format represents exactly are recomputed (see two_pass below):
// clamped inputs have exponent round(+-1024 * log2(e)) = +-1477.
#define EXTEXP_TOP_CLAMPED_EXPONENT 1477.0
// With the row's top exponent E >= this, a clamped-low element's 2^(n - E) <= 2^-127 is flushed to 0
// by vscaleextexp and adds less than 2^-127 of the sum: clamping changes nothing.
#define EXTEXP_LOWEST_SAFE_EXPONENT (-1477.0 + 127.0)

static void fill_nan(size_t n, float* y) {
  for (size_t i = 0; i < n; i++) {
    y[i] = NAN;
  }
}

static size_t block_length(size_t remaining, size_t block_elements) {
  return remaining < block_elements ? remaining : block_elements;
}

// Max of the row, or NaN if the row cannot give finite outputs (+inf, or only -inf: max not finite).
static float row_max(const struct smax_config* config, size_t n, const float* x) {
  float max = -INFINITY;
  config->rmax(n * sizeof(float), x, &max, NULL);
  return isfinite(max) ? max : NAN;
}

void smax_softmax_row_three_pass_recompute(const struct smax_config* config, size_t n, const float* x, float* y) {
  const float max = row_max(config, n, x);
  if (isnan(max)) {
    fill_nan(n, y);
    return;
  }
  const size_t block_elements = config->info[smax_ukernel_family_f32_raddexpminusmax].block_elements;
  double sum = 0.0;
  for (size_t i = 0; i < n; i += block_elements) {
    float block_sum;
    config->raddexpminusmax(block_length(n - i, block_elements) * sizeof(float), x + i, &max, &block_sum, NULL);
    sum += block_sum;
  }
  if (!isfinite(sum)) {  // a NaN input
    fill_nan(n, y);
    return;
  }
  const float scale = (float) (1.0 / sum);
  config->vscaleexpminusmax(n * sizeof(float), x, y, &max, &scale, NULL);
}

void smax_softmax_row_three_pass_reload(const struct smax_config* config, size_t n, const float* x, float* y) {
  const float max = row_max(config, n, x);
  if (isnan(max)) {
    fill_nan(n, y);
    return;
  }
  const size_t block_elements = config->info[smax_ukernel_family_f32_raddstoreexpminusmax].block_elements;
  double sum = 0.0;
  for (size_t i = 0; i < n; i += block_elements) {
    float block_sum;
    config->raddstoreexpminusmax(block_length(n - i, block_elements) * sizeof(float), x + i, &max, y + i,
                                 &block_sum, NULL);
    sum += block_sum;
  }
  if (!isfinite(sum)) {
    fill_nan(n, y);
    return;
  }
  const float scale = (float) (1.0 / sum);
  config->vmulc(n * sizeof(float), y, &scale, y, NULL);
}

void smax_softmax_row_online(const struct smax_config* config, size_t n, const float* x, float* y) {
  const size_t block_elements = config->info[smax_ukernel_family_f32_raddexpminusrunmax].block_elements;
  // Blocks' (m, d) pairs merge with the same rule as elements: d = d * exp(m - m') + d_block * exp(m_block - m').
  double max = -FLT_MAX;
  double sum = 0.0;
  for (size_t i = 0; i < n; i += block_elements) {
    float state[2];
    config->raddexpminusrunmax(block_length(n - i, block_elements) * sizeof(float), x + i, state, NULL);
    const double block_max = state[0];
    const double block_sum = state[1];
    if (block_max > max) {
      sum = sum * exp(max - block_max) + block_sum;
      max = block_max;
    } else {
      sum += block_sum * exp(block_max - max);
    }
  }
  // max == +inf: a +inf entry; sum == 0: only -inf entries; sum NaN: a NaN entry.
  if (!isfinite(max) || !(sum > 0.0) || !isfinite(sum)) {
    fill_nan(n, y);
    return;
  }
  const float max_float = (float) max;
  const float scale = (float) (1.0 / sum);
  config->vscaleexpminusmax(n * sizeof(float), x, y, &max_float, &scale, NULL);
}

void smax_softmax_row_two_pass(const struct smax_config* config, size_t n, const float* x, float* y) {
  const size_t block_elements = config->info[smax_ukernel_family_f32_raddextexp].block_elements;
  // Blocks' (v, e) pairs merge exactly as elements do: scaled by powers of two, in double.
  double exponent = -INFINITY;
  double mantissa = 0.0;
  for (size_t i = 0; i < n; i += block_elements) {
    float block[2];
    config->raddextexp(block_length(n - i, block_elements) * sizeof(float), x + i, block, NULL);
    const double block_mantissa = block[0];
    const double block_exponent = block[1];
    if (block_exponent > exponent) {
      mantissa = ldexp(mantissa, (int) fmax(exponent - block_exponent, -2000.0)) + block_mantissa;
      exponent = block_exponent;
    } else {
      mantissa += ldexp(block_mantissa, (int) (block_exponent - exponent));
    }
  }
  if (!isfinite(mantissa)) {  // a NaN entry
    fill_nan(n, y);
    return;
  }
  if (exponent >= EXTEXP_TOP_CLAMPED_EXPONENT || exponent < EXTEXP_LOWEST_SAFE_EXPONENT) {
    // Entries beyond +-1024 near the top of the row (huge logits, +inf, or a row whose top is
    // below about -935): the pair format's clamp could matter, so use the max-subtracting algorithm,
    // which handles any finite magnitude. Nothing has been written yet, so in place is still fine.
    smax_softmax_row_three_pass_reload(config, n, x, y);
    return;
  }
  // mantissa * 2^exponent is the sum; the scale is 1/mantissa and 2^-exponent.
  const float scale[2] = {(float) (1.0 / mantissa), (float) -exponent};
  config->vscaleextexp(n * sizeof(float), x, y, scale, NULL);
}

smax_softmax_row_fn* smax_softmax_row_function(const struct smax_config* config, enum smax_algorithm algorithm,
                                               size_t n) {
  switch (algorithm) {
    case smax_algorithm_three_pass_recompute:
      return smax_softmax_row_three_pass_recompute;
    case smax_algorithm_three_pass_reload:
      return smax_softmax_row_three_pass_reload;
    case smax_algorithm_online:
      return smax_softmax_row_online;
    case smax_algorithm_two_pass:
      return smax_softmax_row_two_pass;
    case smax_algorithm_auto:
    default:
      // Measured on this project's machine (AMD Zen 4, 32 MiB L3; numbers in README.md): while a row's
      // input and output fit in the last-level cache the passes are compute-bound, and reload, with
      // one exp per element where the others need two, is fastest at every length. Beyond it the
      // passes are bound by memory traffic, and two-pass moves 12 bytes per element against reload's 20.
      if (n > config->last_level_cache_bytes / (2 * sizeof(float))) {
        return smax_softmax_row_two_pass;
      }
      return smax_softmax_row_three_pass_reload;
  }
}
