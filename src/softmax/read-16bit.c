// Long 16-bit input rows read directly by the exp kernels (smax/read-16bit.h).
#include "smax/read-16bit.h"

#include <math.h>

#include "smax/reload.h"
#include "smax/softmax-stages.h"

// The families whose kernels read input_type (f16 or bf16): the exp kernel's and the statistics kernel's.
struct reader16_families {
  enum smax_ukernel_family exp;
  enum smax_ukernel_family rsumexpmax;
  enum smax_ukernel_family vscaleexpminusmax;
};

static struct reader16_families reader16_families_for(enum smax_datatype input_type) {
  if (input_type == smax_datatype_f16) {
    return (struct reader16_families){smax_ukernel_family_f16_f32_raddstoreexpminusmax,
                                      smax_ukernel_family_f16_rsumexpmax,
                                      smax_ukernel_family_f16_vscaleexpminusmax};
  }
  return (struct reader16_families){smax_ukernel_family_bf16_f32_raddstoreexpminusmax,
                                    smax_ukernel_family_bf16_rsumexpmax,
                                    smax_ukernel_family_bf16_vscaleexpminusmax};
}

// Whether the reader takes its optional kernel of `family` (rsumexpmax, vscaleexpminusmax,
// bf16-f32-vscaleexpminusmax): where the chosen kernel's ISA is not below the exp kernel's
// (src/isa.table lists them lowest preference first).
// Those families have rows for scalar and AVX-512 only (src/bf16-rsumexpmax/bf16-rsumexpmax.table,
// src/bf16-vscaleexpminusmax/bf16-vscaleexpminusmax.table say why), and their scalar kernels are slower
// than the vector kernels they stand in for.
static bool takes_optional_kernel(const struct smax_config* config, enum smax_ukernel_family family,
                                  const struct reader16_families* families) {
  return config->info[family].isa >= config->info[families->exp].isa;
}

struct smax_reader16 smax_reader16_for(const struct smax_config* config, enum smax_datatype input_type) {
  struct smax_reader16 reader;
  if (input_type == smax_datatype_f16) {
    reader.rmax = config->f16_rmax;
    reader.raddstoreexpminusmax = config->f16_f32_raddstoreexpminusmax;
    reader.rsumexpmax = config->f16_rsumexpmax;
    reader.vsubc2_to_16bit = config->f16_vsubc2;
    reader.vsubc2_to_f32 = config->f16_f32_vsubc2;
    reader.vscaleexpminusmax = config->f16_vscaleexpminusmax;
  } else {
    reader.rmax = config->bf16_rmax;
    reader.raddstoreexpminusmax = config->bf16_f32_raddstoreexpminusmax;
    reader.rsumexpmax = config->bf16_rsumexpmax;
    reader.vsubc2_to_16bit = config->bf16_vsubc2;
    reader.vsubc2_to_f32 = config->bf16_f32_vsubc2;
    reader.vscaleexpminusmax = config->bf16_vscaleexpminusmax;
  }
  const struct reader16_families families = reader16_families_for(input_type);
  reader.block_elements = config->info[families.exp].block_elements;
  if (!smax_reader16_sums_without_exps(config, input_type)) {
    reader.rsumexpmax = NULL;
  }
  if (!takes_optional_kernel(config, families.vscaleexpminusmax, &families)) {
    reader.vscaleexpminusmax = NULL;
  }
  reader.rsumexpmax_block_elements = reader.rsumexpmax != NULL ? config->info[families.rsumexpmax].block_elements : 0;
  reader.vscaleexpminusmax_to_f32 =
      smax_reader16_scales_into_f32(config, input_type) ? config->bf16_f32_vscaleexpminusmax : NULL;
  return reader;
}

bool smax_reader16_scales_into_f32(const struct smax_config* config, enum smax_datatype input_type) {
  const struct reader16_families families = reader16_families_for(input_type);
  return input_type == smax_datatype_bf16 &&
         takes_optional_kernel(config, smax_ukernel_family_bf16_f32_vscaleexpminusmax, &families);
}

bool smax_reader16_sums_without_exps(const struct smax_config* config, enum smax_datatype input_type) {
  const struct reader16_families families = reader16_families_for(input_type);
  return takes_optional_kernel(config, families.rsumexpmax, &families);
}

// exp(x - reference) of one block into exps, its own max into *block_max (NULL: not taken); returns the
// sum.
static double exp_block(const struct smax_reader16* reader, size_t n, const uint16_t* x, float reference, float* exps,
                        float* block_max) {
  float sum = 0.0f;
  reader->raddstoreexpminusmax(n * sizeof(uint16_t), x, &reference, exps, &sum,
                               block_max != NULL ? n * sizeof(uint16_t) : 0, block_max != NULL ? x : NULL, block_max,
                               NULL);
  return (double) sum;
}

// The sum of exp(x - reference) over one block, its own max into *block_max (NULL: not taken): with
// rsumexpmax, or with raddstoreexpminusmax into `discarded`.
static double block_sum(const struct smax_reader16* reader, size_t n, const uint16_t* x, float reference,
                        float* discarded, float* block_max) {
  if (reader->rsumexpmax == NULL) {
    return exp_block(reader, n, x, reference, discarded, block_max);
  }
  float sum = 0.0f;
  float unused_max = -INFINITY;
  reader->rsumexpmax(n * sizeof(uint16_t), x, &reference, &sum, block_max != NULL ? block_max : &unused_max, NULL);
  return (double) sum;
}

// One block against the running max (smax/reload.h's rule), which it raises to the block's own max.
static struct smax_max_sum reduce_block(const struct smax_reader16* reader, size_t n, const uint16_t* x,
                                        float* running_max, float* discarded) {
  float block_max = -INFINITY;  // the kernels' max skips NaN; +inf raises the reference (a redo)
  struct smax_max_sum block = {*running_max, 0.0};
  block.sum = block_sum(reader, n, x, smax_exp_reference(block.max), discarded, &block_max);
  const float reference = smax_reference_for_block(*running_max, block_max);
  if (reference != block.max) {
    block.max = reference;
    block.sum = block_sum(reader, n, x, smax_exp_reference(reference), discarded, NULL);
  }
  if (block_max > *running_max) {
    *running_max = block_max;
  }
  return block;
}

struct smax_max_sum smax_reduce_16bit_running_max(const struct smax_reader16* reader, size_t n, const uint16_t* x) {
  float discarded[SMAX_DISCARDED_EXP_ELEMENTS] __attribute__((aligned(64)));
  const size_t kernel_block = reader->rsumexpmax != NULL ? reader->rsumexpmax_block_elements : reader->block_elements;
  const size_t block_elements = kernel_block < SMAX_DISCARDED_EXP_ELEMENTS ? kernel_block : SMAX_DISCARDED_EXP_ELEMENTS;
  // The first block's max first, so that it is not exponentiated twice.
  float running_max = -INFINITY;
  reader->rmax(smax_block_length(n, block_elements) * sizeof(uint16_t), x, &running_max, NULL);
  struct smax_max_sum stats = smax_max_sum_empty;
  for (size_t i = 0; i < n; i += block_elements) {
    smax_max_sum_merge(&stats, reduce_block(reader, smax_block_length(n - i, block_elements), x + i, &running_max,
                                            discarded));
  }
  // Against the chunk's max, as the f32 statistics pass leaves them (the blocks' references may lie up to
  // SMAX_RUNNING_MAX_KEEP_LIMIT below it).
  if (stats.max != running_max && isfinite(running_max) && isfinite(stats.max)) {
    stats.sum *= exp((double) stats.max - (double) running_max);
    stats.max = running_max;
  }
  return stats;
}

void smax_exp_16bit(const struct smax_reader16* reader, size_t n, const uint16_t* x, float max, float* exps) {
  for (size_t i = 0; i < n; i += reader->block_elements) {
    (void) exp_block(reader, smax_block_length(n - i, reader->block_elements), x + i, max, exps + i, NULL);
  }
}
