// What the reload algorithm (src/softmax/reload.c) shares with the plan and with auto's
// running-max two-pass algorithm.
#ifndef SMAX_RELOAD_H_
#define SMAX_RELOAD_H_

#include <math.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "smax/common.h"
#include "smax/config.h"

#ifdef __cplusplus
extern "C" {
#endif

// Reload's pipeline blocks hold at least this many elements, so that the per-block work (a double exp,
// a rescale call) stays small against the block's exps; the benchmark of raddstoreexpminusmax calls
// the kernel in blocks of this size, as reload does.
#define SMAX_RELOAD_MIN_PIPELINE_ELEMENTS 2048

// How far a block's max may top the running max for the block to keep it as its reference (at most
// SMAX_EXP_ABOVE_MAX_LIMIT). The float x - r rounds by up to |x - r| * 2^-25, and for outputs >= 1e-6
// |x - M| <= 13.8 already: with the block's max at most 8 above r, |x - r| stays below 13.8 for them, so
// the worst case does not grow. With 64, rows with steps of tens broke the contract (the ramps and
// steps case of test/operator-accuracy-test.cc fails with 64).
#define SMAX_RUNNING_MAX_KEEP_LIMIT 8.0f

// The reference a block is exponentiated against, from the running max of the blocks before it and the
// block's own max: the running max, unless the block tops it by more than SMAX_RUNNING_MAX_KEEP_LIMIT (or
// it is -inf): then the block's max.
static SMAX_INLINE float smax_reference_for_block(float running_max, float block_max) {
  return block_max > running_max && !(block_max - running_max <= SMAX_RUNNING_MAX_KEEP_LIMIT) ? block_max
                                                                                              : running_max;
}

// The largest block of running-max two-pass's statistics pass (f32 and 16-bit inputs), whose exps go to a
// scratch block on the stack and are thrown away (8 KiB, in L1). Shorter calls than a kernel's block
// keep its bound on partial sums.
#define SMAX_DISCARDED_EXP_ELEMENTS 2048

// An all -inf block (reference -inf) is exponentiated against 0: its outputs are exactly 0, not NaN.
static SMAX_INLINE float smax_exp_reference(float reference) {
  return reference == -INFINITY ? 0.0f : reference;
}

// y = exp(x - r) over [x, x + length) (at most one raddstoreexpminusmax kernel block), against the
// running max of what came before: r is *running_max unless the block tops it by more than 8 (then the
// block's own max); *running_max is raised to the block's max and r written to *reference. Returns the
// sum of y.
SMAX_INTERNAL double smax_reload_exp_against_running_max(const struct smax_config* config, size_t length,
                                                         const float* x, float* y, float* running_max,
                                                         float* reference);

// Elements per pipeline block for the chosen raddstoreexpminusmax kernel: whole kernel blocks, at least
// SMAX_RELOAD_MIN_PIPELINE_ELEMENTS.
SMAX_INTERNAL size_t smax_reload_pipeline_elements(const struct smax_ukernel_info* raddstoreexpminusmax);

// The longest chunk of a long row (smax/plan.h): whole pipeline blocks, so that reload's blocks never
// straddle two chunks.
SMAX_INTERNAL size_t smax_reload_max_chunk_elements(const struct smax_config* config);

// Log-softmax of rows of up to smax_reload_log_softmax_rows_max_elements (at most one pipeline block),
// with reload's fused loop across rows: the exps go to a scratch block, and the last pass writes
// y = (x - max) - log(sum). The same error terms as the running-max two-pass statistics pass with
// log-softmax's output pass (src/softmax/running-max-two-pass.c and row-options.c), which rows with a
// sink or the logsumexp output take (the same bits where a pipeline block is one kernel call). Rows whose statistics are not finite give NaN.
SMAX_INTERNAL void smax_reload_log_softmax_rows(const struct smax_config* config, size_t n, size_t rows,
                                                const float* x, size_t x_stride, float* y, size_t y_stride);
SMAX_INTERNAL size_t smax_reload_log_softmax_rows_max_elements(const struct smax_config* config);

// Softmax of rows of one chunk (reload's fused path) with a 16-bit output: the exps stay in the f32
// rows y (a scratch tile, may equal x), and the last pass writes y16 = RNE(fl(exp * scale)) directly
// with `vmulc16` (f32-f16-vmulc or f32-bf16-vmulc; both have this function type): the bits of the f32
// path followed by f32-f16-vcvt / f32-bf16-vcvt, one pass fewer. Rows whose statistics are not finite
// are NaN in y, narrowed by `vcvt16`. Strides in elements. With exps_ring, y holds two rows, which the rows'
// exps take in turn (row r's in row r mod 2), so that a scratch of two rows serves any number of rows;
// only where y is not the input.
struct smax_reload_narrow_output {
  uint16_t* y16;
  size_t y16_stride;
  smax_f32_f16_vmulc_ukernel_fn* vmulc16;
  smax_f32_f16_vcvt_ukernel_fn* vcvt16;
  bool exps_ring;
};
SMAX_INTERNAL void smax_reload_rows_narrowed(const struct smax_config* config, size_t n, size_t rows, const float* x,
                                             size_t x_stride, float* y, size_t y_stride,
                                             const struct smax_reload_narrow_output* output);

// Softmax of 16-bit input rows of one chunk through reload's fused path, read by the reader's kernels
// (smax/read-16bit.h), which widen each element as they load it: no pass widens the rows first. The exps
// go to the f32 rows y (a scratch tile, or an f32 output); output NULL: y is then scaled in place (the
// f32 output); otherwise the last pass writes the 16-bit output as smax_reload_rows_narrowed's does.
// Strides in elements; x may be the 16-bit output itself (in place: each row is read before it is
// written).
struct smax_reader16;
SMAX_INTERNAL void smax_reload_rows_16bit(const struct smax_config* config, const struct smax_reader16* reader16,
                                          size_t n, size_t rows, const uint16_t* x, size_t x_stride, float* y,
                                          size_t y_stride, const struct smax_reload_narrow_output* output);

// smax_reload_log_softmax_rows on 16-bit input rows, read by the reader's kernels, the last pass included
// (its vsubc2 from the 16-bit x): into the f32 rows y (output NULL), or into output->y16 (y unused; only
// output's y16, y16_stride and vcvt16, for the NaN rows, are read). x may be the 16-bit output itself.
SMAX_INTERNAL void smax_reload_log_softmax_rows_16bit(const struct smax_config* config,
                                                      const struct smax_reader16* reader16, size_t n, size_t rows,
                                                      const uint16_t* x, size_t x_stride, float* y, size_t y_stride,
                                                      const struct smax_reload_narrow_output* output);

// Rows whose z (the input transform, smax/plan.h) is computed inside reload's fused loop rather than for
// a tile of rows before it: write_z(context, r, z) writes row r's z (r counted from the call's first
// row) into z, the row's f32 output, just before the loop first reads the row, so that the three passes
// over it run from L1 and the loop's lookahead across rows is kept.
struct smax_reload_z_rows {
  void (*write_z)(const void* context, size_t row, float* z);
  const void* context;
};

// Softmax (smax_reload_rows_from_z) and log-softmax (smax_reload_log_softmax_rows_from_z, as
// smax_reload_log_softmax_rows) of rows of one pipeline block (at most config->reload_pipeline_elements;
// log-softmax: at most smax_reload_log_softmax_rows_max_elements) from their z, in place in the f32 rows y.
SMAX_INTERNAL void smax_reload_rows_from_z(const struct smax_config* config, size_t n, size_t rows,
                                           const struct smax_reload_z_rows* z_rows, float* y, size_t y_stride);
SMAX_INTERNAL void smax_reload_log_softmax_rows_from_z(const struct smax_config* config, size_t n, size_t rows,
                                                       const struct smax_reload_z_rows* z_rows, float* y,
                                                       size_t y_stride);

// The longest row reload's fused path takes whole.
SMAX_INTERNAL size_t smax_reload_max_row_elements(const struct smax_config* config);

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // SMAX_RELOAD_H_
