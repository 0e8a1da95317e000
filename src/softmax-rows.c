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

// True if a row's input and output (8 bytes per element) do not fit in the last-level cache: the
// passes are then bound by memory traffic (auto reads such rows twice and streams the output out).
static bool row_exceeds_cache(const struct smax_config* config, size_t n) {
  return n > config->last_level_cache_bytes / (2 * sizeof(float));
}

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

static void three_pass_recompute_row(const struct smax_config* config, size_t n, const float* x, float* y) {
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

// Blocks of one row the pipelined reload keeps track of (on the stack: 16 bytes each). Longer rows
// take the plain three passes.
#define RELOAD_MAX_BLOCKS 512

// The plain three passes: max over the row, then exp(x - max) stored and summed, then the rescale.
static void three_pass_reload_plain(const struct smax_config* config, size_t n, const float* x, float* y) {
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
                                 &block_sum, 0, NULL, NULL, NULL);
    sum += block_sum;
  }
  if (!isfinite(sum)) {
    fill_nan(n, y);
    return;
  }
  const float scale = (float) (1.0 / sum);
  config->vmulc(n * sizeof(float), y, &scale, y, NULL);
}

// Pass 1 of the pipelined reload on block [x, x + length): y = exp(x - *reference), returns the sum
// (kernel blocks added in double), and takes max(*next_max, [next_x, next_x + next_length)) on the side.
// The two ranges are cut into kernel blocks in step, so each call pairs kernel block j of this block
// with kernel block j of the next. The next block is longer where a row's short last block meets the
// next row's first: the rmax kernel takes the rest.
// Not inlined: inlined, it made the reload function around it heavier for every row, and 4096x128
// (one-call blocks) 11% slower, 0.38 against 0.34 ns/element.
static __attribute__((noinline)) double exp_block_with_next_max(const struct smax_config* config, size_t length,
                                                                const float* x, const float* reference, float* y,
                                                                size_t next_length, const float* next_x,
                                                                float* next_max) {
  const size_t kernel_block = config->info[smax_ukernel_family_f32_raddstoreexpminusmax].block_elements;
  double sum = 0.0;
  size_t i = 0;
  for (; i < length; i += kernel_block) {
    const size_t next_part = i < next_length ? block_length(next_length - i, kernel_block) : 0;
    float part_sum;
    config->raddstoreexpminusmax(block_length(length - i, kernel_block) * sizeof(float), x + i, reference, y + i,
                                 &part_sum, next_part * sizeof(float), next_part != 0 ? next_x + i : NULL,
                                 next_max, NULL);
    sum += part_sum;
  }
  if (next_length > i) {
    config->rmax((next_length - i) * sizeof(float), next_x + i, next_max, NULL);
  }
  return sum;
}

// Below this, a block's scale is applied in two multiplications (rescale_run).
#define SMALLEST_ONE_STEP_SCALE 0x1p-100
#define SPLIT_SCALE_STEP 0x1p-96f

// y *= scale over a run of blocks. A block whose reference lies far below the row's max (and up to
// RUNNING_MAX_KEEP_LIMIT below its own max) holds exps above 1 and gets a scale that may be below the
// float range, though the outputs it makes are not: they are multiplied by 2^-96 first (exact for
// every y >= 2^-30, and those below make outputs under 2^-130 either way), then by scale * 2^96, which
// is a normal float for every output >= 2^-100. Each output still takes one rounded scale and one
// rounded product.
static void rescale_run(const struct smax_config* config, size_t length, float* y, double scale) {
  if (scale < SMALLEST_ONE_STEP_SCALE) {
    const float step = SPLIT_SCALE_STEP;
    config->vmulc(length * sizeof(float), y, &step, y, NULL);
    scale /= (double) SPLIT_SCALE_STEP;
  }
  const float float_scale = (float) scale;
  config->vmulc(length * sizeof(float), y, &float_scale, y, NULL);
}

// The last pass of the pipelined reload over a row of several blocks: block b holds exp(x - m_b) for
// its reference m_b = block_max[b], summing to sum_weight[b] (overwritten with exp(m_b - M)); rescales
// it by exp(m_b - M) / S.
static void rescale_blocks(const struct smax_config* config, size_t n, float* y, size_t block_elements,
                           size_t blocks, const float* block_max, double* sum_weight) {
  float max = -INFINITY;
  for (size_t b = 0; b < blocks; b++) {
    if (isnan(block_max[b]) || block_max[b] == INFINITY) {
      fill_nan(n, y);
      return;
    }
    max = block_max[b] > max ? block_max[b] : max;
  }
  if (max == -INFINITY) {
    fill_nan(n, y);
    return;
  }
  double sum = 0.0;
  for (size_t b = 0; b < blocks; b++) {
    const double weight = block_max[b] == max ? 1.0 : exp((double) block_max[b] - (double) max);
    sum += sum_weight[b] * weight;
    sum_weight[b] = weight;
  }
  if (!isfinite(sum)) {
    fill_nan(n, y);
    return;
  }
  const double inverse_sum = 1.0 / sum;
  const double* weight = sum_weight;
  // Runs of blocks with the same scale (the same max) are rescaled in one call.
  for (size_t b = 0; b < blocks;) {
    size_t end = b + 1;
    while (end < blocks && weight[end] == weight[b]) {
      end++;
    }
    const size_t start = b * block_elements;
    const size_t length = (end == blocks ? n : end * block_elements) - start;
    rescale_run(config, length, y + start, weight[b] * inverse_sum);
    b = end;
  }
}

// exp(x - reference) into y over one pipeline block [x, x + length), taking max(*next_max, next range) on
// the side; returns the block's sum. Where a pipeline block is one kernel call (AVX-512F) the kernel is
// called directly: its float sum needs no double accumulation.
static SMAX_INLINE double exp_block(const struct smax_config* config, bool one_call, size_t length, const float* x,
                                    float reference, float* y, size_t next_length, const float* next_x,
                                    float* next_max) {
  if (one_call) {
    float sum;
    config->raddstoreexpminusmax(length * sizeof(float), x, &reference, y, &sum, next_length * sizeof(float), next_x,
                                 next_max, NULL);
    return sum;
  }
  return exp_block_with_next_max(config, length, x, &reference, y, next_length, next_x, next_max);
}

// An all -inf block (m_b = -inf) is exponentiated against 0: its outputs are exactly 0, not NaN.
static float exp_reference(float block_max) {
  return block_max == -INFINITY ? 0.0f : block_max;
}

// The furthest ahead of its exp loop that reload_one_block_rows reads a later row's max (see there, and
// exp_block_running_max for what loads far ahead cost).
#define ONE_BLOCK_LOOKAHEAD_BYTES 2048

// Rows of one pipeline block: row r's exp pass also takes a later row's max, and row r's rescale runs
// after row r + 1's exp pass, so that its wait for the sum (a reduction, then a division) overlaps
// useful work. All of it in one loop with the state in locals: per-row calls through a function
// pointer and state kept in memory cost 4096x128 0.327 against 0.282 ns/element (throwaway harness).
static void reload_one_block_rows(const struct smax_config* config, bool one_call, size_t n, size_t rows,
                                  const float* x, size_t x_stride, float* y, size_t y_stride) {
  // Row r's call takes the max of row r + ahead: two rows ahead while that stays within
  // ONE_BLOCK_LOOKAHEAD_BYTES, so that a row's exp does not wait for the max reduction at the end of the
  // call just before it (4096x128: 0.279-0.280 against 0.287-0.292 ns/element one row ahead; 1024x1024,
  // 8 KiB ahead, 0.214-0.218 against 0.210-0.212).
  const size_t ahead = 2 * n * sizeof(float) <= ONE_BLOCK_LOOKAHEAD_BYTES ? 2 : 1;
  float max = -INFINITY;
  config->rmax(n * sizeof(float), x, &max, NULL);
  float following_max = -INFINITY;  // row r + 1's, when two rows ahead
  if (ahead == 2 && rows > 1) {
    config->rmax(n * sizeof(float), x + x_stride, &following_max, NULL);
  }
  float* pending_y = NULL;  // the previous row, still to be rescaled by pending_scale
  float pending_scale = 0.0f;
  for (size_t r = 0; r < rows; r++) {
    const float* row_x = x + r * x_stride;
    float* row_y = y + r * y_stride;
    const float* next_x = r + ahead < rows ? row_x + ahead * x_stride : NULL;
    float next_max = -INFINITY;
    const float reference = exp_reference(max);
    // The sum is read only after the previous row's rescale: read at once, as the helper's result, it
    // made the rescale wait, in program order, behind the kernel's final reduction (4096x128: 0.30
    // against 0.28 ns/element, and 0.44 against 0.34 before this loop existed).
    float kernel_sum;
    double helper_sum = 0.0;
    if (one_call) {
      config->raddstoreexpminusmax(n * sizeof(float), row_x, &reference, row_y, &kernel_sum,
                                   next_x != NULL ? n * sizeof(float) : 0, next_x, &next_max, NULL);
    } else {
      helper_sum = exp_block_with_next_max(config, n, row_x, &reference, row_y, next_x != NULL ? n : 0, next_x,
                                           &next_max);
    }
    if (pending_y != NULL) {
      config->vmulc(n * sizeof(float), pending_y, &pending_scale, pending_y, NULL);
      pending_y = NULL;
    }
    const double sum = one_call ? kernel_sum : helper_sum;
    if (!isfinite(max) || !isfinite(sum)) {  // NaN or +inf entries, or only -inf ones
      fill_nan(n, row_y);
    } else {
      pending_y = row_y;
      pending_scale = (float) (1.0 / sum);
    }
    if (ahead == 2) {
      max = following_max;
      following_max = next_max;
    } else {
      max = next_max;
    }
  }
  if (pending_y != NULL) {
    config->vmulc(n * sizeof(float), pending_y, &pending_scale, pending_y, NULL);
  }
}

// How far a block's max may top the running max for the block to keep it as its reference (at most
// SMAX_EXP_ABOVE_MAX_LIMIT). The float x - r rounds by up to |x - r| * 2^-25, and for outputs >= 1e-6
// |x - M| <= 13.8 already: with the block's max at most 8 above r, |x - r| stays below 13.8 for them, so
// the worst case does not grow. With 64, rows with steps of tens broke the contract (2.8e-6 relative
// error, a throwaway stress test of random ramps and steps).
#define RUNNING_MAX_KEEP_LIMIT 8.0f

// The reference a block is exponentiated against, from the running max of the blocks before it and the
// block's own max: the running max, unless the block tops it by more than RUNNING_MAX_KEEP_LIMIT (or it
// is -inf): then the block's max.
static float reference_for_block(float running_max, float block_max) {
  return block_max > running_max && !(block_max - running_max <= RUNNING_MAX_KEEP_LIMIT) ? block_max : running_max;
}

// exp_block against the row's running max: exp(x - r) into y for a reference r = *block_reference,
// where *running_max is the max of the blocks before this one (and is raised to this block's). The
// block's own max is taken on the side from the same lines, or, where the call takes the max of
// [next_x, next_x + next_length) into *next_max instead (a row's last block takes the next row's first),
// from a second look at its lines (from L1). r is reference_for_block: where that is the block's own
// max, the block is redone (from L1). In place, or where the kernel's side max is a separate loop after
// the exp anyway (config->side_max_interleaved), the block's max is taken first instead: the same loop,
// never a redo, and the same r, so in place gives the same bits. Outputs are at most e^8, as accurate
// as below the max (the raddstoreexpminusmax contract); rescale_blocks scales each block by
// exp(r - M) / S.
// Why not the block's own max, taken a block ahead as reload_one_block_rows does: on Zen 4, loads that
// run 8 KiB ahead of the exp in the same loop held it to 0.28 ns/element on data from memory, against
// 0.16 for the max of the lines being exponentiated (a sweep of the lookahead, throwaway harness:
// 0.16 up to 2 KiB, 0.22-0.25 at 4-8 KiB, 0.34 at 16 KiB). Why not redo every block that raises the
// max: in a row of independent values block b does with probability 1/(b + 1), 2.4 blocks in 16, and
// 128x32000 took 0.27-0.30 ns/element that way against 0.24-0.25. A row that climbs by more than 8 per
// block (sorted ascending, say) pays a second exp pass over every block from L1.
static double exp_block_running_max(const struct smax_config* config, bool one_call, size_t length, const float* x,
                                    float* running_max, float* block_reference, float* y, size_t next_length,
                                    const float* next_x, float* next_max) {
  const bool max_first = x == y || !config->side_max_interleaved;
  const bool own_side_max = !max_first && next_x == NULL;
  float block_max = -INFINITY;  // the kernels' max skips NaN; +inf raises the reference (a redo)
  if (max_first) {
    config->rmax(length * sizeof(float), x, &block_max, NULL);
    *block_reference = reference_for_block(*running_max, block_max);
  } else {
    *block_reference = *running_max;
  }
  double sum = exp_block(config, one_call, length, x, exp_reference(*block_reference), y,
                         own_side_max ? length : next_length, own_side_max ? x : next_x,
                         own_side_max ? &block_max : next_max);
  if (!max_first) {
    if (!own_side_max) {
      config->rmax(length * sizeof(float), x, &block_max, NULL);
    }
    *block_reference = reference_for_block(*running_max, block_max);
    if (*block_reference != *running_max) {
      sum = exp_block(config, one_call, length, x, exp_reference(*block_reference), y, 0, NULL, NULL);
    }
  }
  if (block_max > *running_max) {
    *running_max = block_max;
  }
  return sum;
}

// One row of several pipeline blocks (at most RELOAD_MAX_BLOCKS), whose first block's max is
// first_block_max. Block b is exponentiated against a reference r_b from the running max, its own max
// taken:
//  - where the kernel interleaves its side max: by exp_block_running_max (r_b may be up to
//    RUNNING_MAX_KEEP_LIMIT below the block's max), whose call on the last block takes the first block
//    max of next_x;
//  - otherwise by the call on block b - 1, on the side, as the next block's max, and r_b is the running
//    max with it. Where the max is a separate loop this is faster than taking each block's max just
//    before its exp, though the work is the same: AVX2, 1x65536 and 128x32000, 0.324 and 0.375
//    ns/element against 0.344 and 0.403.
// The first block max of next_x (NULL: none) is returned.
static float reload_blocks_row(const struct smax_config* config, bool one_call, size_t n, const float* x, float* y,
                               float first_block_max, const float* next_x) {
  const size_t block_elements = config->reload_pipeline_elements;
  const size_t blocks = (n + block_elements - 1) / block_elements;
  float block_reference[RELOAD_MAX_BLOCKS];
  double block_sum[RELOAD_MAX_BLOCKS];  // then exp(r_b - M)
  float running_max = first_block_max;
  float next_block_max = -INFINITY;  // without an interleaved side max: block b + 1's, from block b's call
  float next_row_max = -INFINITY;
  for (size_t b = 0; b < blocks; b++) {
    const size_t start = b * block_elements;
    const size_t length = block_length(n - start, block_elements);
    const bool last = b + 1 == blocks;
    if (config->side_max_interleaved) {
      const bool next_row = last && next_x != NULL;
      block_sum[b] = exp_block_running_max(config, one_call, length, x + start, &running_max, &block_reference[b],
                                           y + start, next_row ? block_length(n, block_elements) : 0,
                                           next_row ? next_x : NULL, &next_row_max);
    } else {
      if (next_block_max > running_max) {
        running_max = next_block_max;
      }
      next_block_max = -INFINITY;
      block_reference[b] = running_max;
      const float* next_block = last ? next_x : x + start + length;
      const size_t next_length =
          last ? (next_x != NULL ? block_length(n, block_elements) : 0) : block_length(n - start - length, block_elements);
      block_sum[b] = exp_block(config, one_call, length, x + start, exp_reference(running_max), y + start, next_length,
                               next_block, last ? &next_row_max : &next_block_max);
    }
  }
  rescale_blocks(config, n, y, block_elements, blocks, block_reference, block_sum);
  return next_row_max;
}

// Reload with the max pass folded into the exp pass. Rows are cut into pipeline blocks
// (config->reload_pipeline_elements); block b is exponentiated against a reference m_b: rows of one
// block use their own max, taken on the side by the previous row's call (the AVX-512F kernels
// interleave that max with the exp, so the separate max pass over memory disappears); longer rows use
// the running max (reload_blocks_row). The rescale pass multiplies block b by exp(m_b - M) / S,
// S = sum_b s_b * exp(m_b - M) in double, M = max_b m_b. Every output is still exp(x - m_b) rounded
// once, times one float scale: the same error terms as the plain passes, and an output flushed to 0
// (x - m_b below the exp cutoff) has x - M below it too, as m_b <= M. Special values: a NaN makes some
// s_b NaN (the max may skip it, the exp does not); a +inf makes some m_b +inf (a block that tops the
// running max by more than RUNNING_MAX_KEEP_LIMIT is redone against its own max); a row of -inf has
// M = -inf; each gives the all-NaN row, as elsewhere.
static void three_pass_reload_rows(const struct smax_config* config, size_t n, size_t rows, const float* x,
                                   size_t x_stride, float* y, size_t y_stride) {
  const size_t block_elements = config->reload_pipeline_elements;
  if (block_elements == 0 || n > RELOAD_MAX_BLOCKS * block_elements) {
    for (size_t r = 0; r < rows; r++) {
      three_pass_reload_plain(config, n, x + r * x_stride, y + r * y_stride);
    }
    return;
  }
  const bool one_call = block_elements == config->info[smax_ukernel_family_f32_raddstoreexpminusmax].block_elements;
  if (n <= block_elements) {
    reload_one_block_rows(config, one_call, n, rows, x, x_stride, y, y_stride);
    return;
  }
  float first_block_max = -INFINITY;
  config->rmax(block_elements * sizeof(float), x, &first_block_max, NULL);
  for (size_t r = 0; r < rows; r++) {
    const float* row_x = x + r * x_stride;
    const float* next_x = r + 1 < rows ? row_x + x_stride : NULL;
    first_block_max = reload_blocks_row(config, one_call, n, row_x, y + r * y_stride, first_block_max, next_x);
  }
}

static void online_row(const struct smax_config* config, size_t n, const float* x, float* y) {
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

static void two_pass_row(const struct smax_config* config, size_t n, const float* x, float* y) {
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
    three_pass_reload_plain(config, n, x, y);
    return;
  }
  // mantissa * 2^exponent is the sum; the scale is 1/mantissa and 2^-exponent.
  const float scale[2] = {(float) (1.0 / mantissa), (float) -exponent};
  // Output beyond the last-level cache goes out with non-temporal stores where the kernel has them.
  const struct smax_store_params store = {.streaming = row_exceeds_cache(config, n)};
  config->vscaleextexp(n * sizeof(float), x, y, scale, &store);
}

// The algorithms without state across rows take them one at a time.
typedef void row_fn(const struct smax_config* config, size_t n, const float* x, float* y);

static void each_row(row_fn* row, const struct smax_config* config, size_t n, size_t rows, const float* x,
                     size_t x_stride, float* y, size_t y_stride) {
  for (size_t r = 0; r < rows; r++) {
    row(config, n, x + r * x_stride, y + r * y_stride);
  }
}

static void three_pass_recompute_rows(const struct smax_config* config, size_t n, size_t rows, const float* x,
                                      size_t x_stride, float* y, size_t y_stride) {
  each_row(three_pass_recompute_row, config, n, rows, x, x_stride, y, y_stride);
}

static void online_rows(const struct smax_config* config, size_t n, size_t rows, const float* x, size_t x_stride,
                        float* y, size_t y_stride) {
  each_row(online_row, config, n, rows, x, x_stride, y, y_stride);
}

static void two_pass_rows(const struct smax_config* config, size_t n, size_t rows, const float* x, size_t x_stride,
                          float* y, size_t y_stride) {
  each_row(two_pass_row, config, n, rows, x, x_stride, y, y_stride);
}

// The largest kernel call of running_max_two_pass_row's pass 1, whose exps are thrown away (8 KiB of
// stack, in L1). Shorter calls than a kernel's block_elements keep its bound on partial sums.
#define DISCARDED_EXP_ELEMENTS 2048
// Rows whose max M is in [RUNNING_MAX_LOWEST_SAFE, SMAX_EXTEXP_INPUT_LIMIT] give the same outputs whether or
// not vscaleextexp clamps inputs to +-SMAX_EXTEXP_INPUT_LIMIT: none is above it, and an input clamped up
// to -1024 has 2^(round(-1024 * log2(e)) - E) = 2^(-1477 - E) with E > M * log2(e) >= -1298.4: below
// 2^-178, far under the 2^-126 that the kernel flushes to 0, as exp(x - M) itself is.
#define RUNNING_MAX_LOWEST_SAFE (-900.0f)
#define LOG2_E 1.4426950408889634
#define LN_2 0.6931471805599453

// auto's algorithm for rows whose input and output do not fit in the last-level cache: two passes over
// memory, as two-pass, but pass 1 is reload's exp against the running max (exp_block_running_max) into
// a scratch block that is thrown away, which yields M = max(x) and S = sum exp(x - M); pass 2 is the
// two-pass output kernel with streaming stores, y = exp(x) * 2^-E * (2^E * exp(-M) / S) for an integer
// E just above log2(e^M * S). One row of 16M floats (Zen 4, throwaway harness on the kernels the
// operator picks): pass 1 0.17 ns/element, the speed of reading the row, against 0.22 for two-pass's
// raddextexp (in its 256-element calls); the whole row 0.37 against 0.45. Rows whose max is out of
// vscaleextexp's safe range take the recompute kernel for pass 2 (no streaming stores): same results.
// The errors are reload's exp (pass 1, in S only) and two-pass's output kernel: within the contract,
// and the special values behave as in the other algorithms (see three_pass_reload_rows).
static void running_max_two_pass_row(const struct smax_config* config, size_t n, const float* x, float* y) {
  float discarded[DISCARDED_EXP_ELEMENTS] __attribute__((aligned(64)));  // whole lines for 512-bit stores
  size_t block_elements = config->info[smax_ukernel_family_f32_raddstoreexpminusmax].block_elements;
  if (block_elements > DISCARDED_EXP_ELEMENTS) {
    block_elements = DISCARDED_EXP_ELEMENTS;
  }
  float max = -INFINITY;  // of the blocks so far
  config->rmax(block_length(n, block_elements) * sizeof(float), x, &max, NULL);
  double sum = 0.0;  // of exp(x - max) over the blocks so far
  for (size_t i = 0; i < n; i += block_elements) {
    const float previous_max = max;
    float reference;
    const double block_sum = exp_block_running_max(config, true, block_length(n - i, block_elements), x + i, &max,
                                                   &reference, discarded, 0, NULL, NULL);
    if (max != previous_max) {
      sum *= exp((double) previous_max - (double) max);
    }
    sum += reference == max ? block_sum : block_sum * exp((double) reference - (double) max);
  }
  if (!isfinite(max) || !isfinite(sum)) {  // NaN or +inf entries, or only -inf ones
    fill_nan(n, y);
    return;
  }
  if (max >= RUNNING_MAX_LOWEST_SAFE && max <= SMAX_EXTEXP_INPUT_LIMIT) {
    // 2^-E * exp(x) <= 2^(M * log2(e) - E) <= 1/2 meets vscaleextexp's bound on scale[1]; the float
    // scale[0] = 2^(E - log2(e^M * S)) is in [2, 4).
    const double exponent = ceil((double) max * LOG2_E + log2(sum)) + 1.0;
    const float scale[2] = {(float) (exp(exponent * LN_2 - (double) max) / sum), (float) -exponent};
    const struct smax_store_params store = {.streaming = 1};
    config->vscaleextexp(n * sizeof(float), x, y, scale, &store);
  } else {
    const float scale = (float) (1.0 / sum);
    config->vscaleexpminusmax(n * sizeof(float), x, y, &max, &scale, NULL);
  }
}
static void running_max_two_pass_rows(const struct smax_config* config, size_t n, size_t rows, const float* x,
                                      size_t x_stride, float* y, size_t y_stride) {
  each_row(running_max_two_pass_row, config, n, rows, x, x_stride, y, y_stride);
}

smax_softmax_rows_fn* smax_softmax_rows_function(const struct smax_config* config, enum smax_algorithm algorithm,
                                                 size_t n) {
  switch (algorithm) {
    case smax_algorithm_three_pass_recompute:
      return three_pass_recompute_rows;
    case smax_algorithm_three_pass_reload:
      return three_pass_reload_rows;
    case smax_algorithm_online:
      return online_rows;
    case smax_algorithm_two_pass:
      return two_pass_rows;
    case smax_algorithm_auto:
    default:
      // Measured on this project's machine (AMD Zen 4, 32 MiB L3; numbers in README.md): while a row's
      // input and output fit in the last-level cache the passes are compute-bound, and reload, with
      // one exp per element where the others need two, is fastest at every length. Beyond it the
      // passes are bound by memory traffic: two passes over memory (12 bytes per element against
      // reload's 20), with the cheaper of the exp passes for pass 1 (running_max_two_pass_row).
      if (row_exceeds_cache(config, n)) {
        return running_max_two_pass_rows;
      }
      return three_pass_reload_rows;
  }
}
