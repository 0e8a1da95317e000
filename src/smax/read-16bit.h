// Long 16-bit input rows read directly by the exp kernels (src/softmax/read-16bit.c): the f16-rmax /
// bf16-rmax and f16-f32 / bf16-f32 raddstoreexpminusmax kernels widen each element as they load it,
// exactly (the same bits as the f32 kernels on the widened elements), so that no pass widens the row into
// the float tile first. The plan (plan.c, plan.read_16bit_input) takes this path for softmax rows of
// several chunks under auto's running-max two-pass, whose two passes it runs: the statistics pass
// (smax_reduce_16bit_running_max) and the output pass (reader.vscaleexpminusmax into a 16-bit output,
// reader.vscaleexpminusmax_to_f32 into an f32 one, or smax_exp_16bit then the scale); and for rows of up
// to one tile under reload, whose fused path reads them with the same kernels (smax_reload_rows_16bit,
// smax/reload.h).
#ifndef SMAX_READ_16BIT_H_
#define SMAX_READ_16BIT_H_

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "smax.h"
#include "smax/common.h"
#include "smax/config.h"
#include "smax/row-stats.h"

#ifdef __cplusplus
extern "C" {
#endif

// The chosen kernels that read one 16-bit type (the f16 and bf16 function types are the same).
struct smax_reader16 {
  smax_f16_rmax_ukernel_fn* rmax;
  smax_f16_f32_raddstoreexpminusmax_ukernel_fn* raddstoreexpminusmax;
  size_t block_elements;  // per raddstoreexpminusmax call: a reducing kernel, called in blocks
  // The statistics pass's kernel, which stores no exps (f16-rsumexpmax / bf16-rsumexpmax), where the CPU
  // has one of the ISA of raddstoreexpminusmax's (AVX-512F); else NULL, and the pass calls
  // raddstoreexpminusmax on its own block and drops the exps.
  smax_f16_rsumexpmax_ukernel_fn* rsumexpmax;
  size_t rsumexpmax_block_elements;  // per rsumexpmax call
  // Log-softmax's output pass, y = (x - hi) - lo, from the 16-bit input into a 16-bit output of its type
  // or an f32 output.
  smax_f16_vsubc2_ukernel_fn* vsubc2_to_16bit;
  smax_f16_f32_vsubc2_ukernel_fn* vsubc2_to_f32;
  // Softmax's output pass into a 16-bit output of the input's type, y = exp(x - max) * scale in one read
  // of the input (f16-vscaleexpminusmax / bf16-vscaleexpminusmax), where the CPU has one of an ISA not
  // below raddstoreexpminusmax's (AVX-512); else NULL, and the pass stores the exps into the float tile
  // (smax_exp_16bit) and narrows them with f32-f16-vmulc / f32-bf16-vmulc. An f32 output takes
  // vscaleexpminusmax_to_f32 below, or else raddstoreexpminusmax and f32-vmulc: the exps go into the
  // output, whose lines the scale pass then finds in L1.
  smax_f16_vscaleexpminusmax_ukernel_fn* vscaleexpminusmax;
  // Softmax's output pass into an f32 output in one read of the input, y = exp(x - max) * scale
  // (bf16-f32-vscaleexpminusmax), by the same rule; NULL for f16 (no such family: f16 -> f32 rows stay
  // under reload) and elsewhere.
  smax_bf16_f32_vscaleexpminusmax_ukernel_fn* vscaleexpminusmax_to_f32;
};

// The kernels for input_type (f16 or bf16).
SMAX_INTERNAL struct smax_reader16 smax_reader16_for(const struct smax_config* config, enum smax_datatype input_type);

// Whether the reader of input_type (f16 or bf16) has a statistics kernel that stores no exps
// (reader.rsumexpmax not NULL).
SMAX_INTERNAL bool smax_reader16_sums_without_exps(const struct smax_config* config, enum smax_datatype input_type);

// Whether the reader of input_type has softmax's fused output pass into an f32 output
// (reader.vscaleexpminusmax_to_f32 not NULL).
SMAX_INTERNAL bool smax_reader16_scales_into_f32(const struct smax_config* config, enum smax_datatype input_type);

// The max M of x[0, n) and the sum of exp(x - M), in one read of x from memory: running-max two-pass's
// statistics pass (src/softmax/running-max-two-pass.c) on 16-bit elements. Each block is exponentiated
// against the running max of the blocks before it (the first against its own max), its own max taken on
// the side by the same kernel call (reader->rsumexpmax where there is one), and redone from L1 where that tops the running max by more than
// SMAX_RUNNING_MAX_KEEP_LIMIT. Only -inf entries give {-inf, 0}; a NaN or +inf entry makes the sum NaN.
SMAX_INTERNAL struct smax_max_sum smax_reduce_16bit_running_max(const struct smax_reader16* reader, size_t n,
                                                                const uint16_t* x);

// exps[i] = exp(x[i] - max) for i < n: the output pass, against the row's max.
SMAX_INTERNAL void smax_exp_16bit(const struct smax_reader16* reader, size_t n, const uint16_t* x, float max,
                                  float* exps);

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // SMAX_READ_16BIT_H_
