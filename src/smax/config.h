// The kernel configuration chosen by smax_initialize(): one kernel per family, in one table.
#ifndef SMAX_CONFIG_H_
#define SMAX_CONFIG_H_

#include <stdbool.h>
#include <stddef.h>

#include "gen/families.h"
#include "smax/common.h"
#include "smax/isa.h"
#include "smax/tuning.h"

#ifdef __cplusplus
extern "C" {
#endif

// How a raddstoreexpminusmax kernel takes its side max (the side_max column of its family table):
// inside its exp loop (interleaved) or in a loop after it (separate); none for the other families.
enum smax_side_max {
  smax_side_max_none,
  smax_side_max_separate,
  smax_side_max_interleaved,
};

// What dispatch records about the kernel it chose for one family.
struct smax_ukernel_info {
  const char* name;
  enum smax_isa isa;
  size_t elements;      // per main-loop iteration
  size_t accumulators;  // independent partial results per lane
  // Elements per call for the reducing families, so that every float partial sum adds at most
  // SMAX_TERMS_PER_PARTIAL_SUM terms; the operator adds the per-call results in double. That bounds
  // the sum's relative error by about (16 - 1 + log2(partial sums)) * 2^-24 <= 1.3e-6 whatever the row
  // length and the data (64 terms allowed 3.8e-6 on rows of equal values: the fuzzer found it, see
  // test/fuzz-regression-test.cc).
  size_t block_elements;
  enum smax_side_max side_max;
};

#define SMAX_TERMS_PER_PARTIAL_SUM 16

// block_elements of a reducing kernel with these ISA, elements per iteration and accumulators: the
// most elements per call for which every float partial sum adds at most SMAX_TERMS_PER_PARTIAL_SUM
// terms, in whole iterations. (The kernel benchmarks call the reducing kernels in blocks of this size,
// as the operator does.)
SMAX_INTERNAL size_t smax_ukernel_block_elements(enum smax_isa isa, size_t elements, size_t accumulators);

struct smax_config {
  enum smax_isa isa;  // the best ISA among the chosen kernels
  // The chosen kernel of each family (src/families.table): smax_f32_rmax_ukernel_fn* rmax, ...
#define SMAX_FAMILY(id, field, name, reduces, bytes_per_element, call) smax_##id##_ukernel_fn* field;
#include "gen/families.inc"
#undef SMAX_FAMILY
  // Rows of at least this many elements are bound by memory traffic: auto takes two passes over memory
  // for them (smax_row_exceeds_cache). The crossover measured between auto's two paths on this CPU (the
  // chosen tuning's), not the last-level cache cpuinfo reports (in a VM, often the host's).
  size_t auto_two_pass_elements;
  // Rows of at least this many elements store their outputs with streaming stores
  // (smax_row_streams_stores): the chosen tuning's measured crossover, SIZE_MAX where they never won.
  size_t streaming_store_elements;
  // The CPU as tuning tables see it, the committed table chosen for it (tuning/<name>.table, or the
  // generic one), and the build-time table (CMake SMAX_TUNING_TABLE) that overrides it, or NULL.
  struct smax_cpu_identity cpu;
  const struct smax_tuning* tuning;
  const struct smax_tuning* tuning_override;
  // Elements per block of the pipelined reload algorithm: smax_reload_pipeline_elements (src/softmax/reload.c)
  // of the chosen raddstoreexpminusmax kernel.
  size_t reload_pipeline_elements;
  // True if the chosen raddstoreexpminusmax kernel takes its side max (next_input) inside its exp loop
  // (side_max = interleaved in its table row, as the AVX-512F templates); the others take it in a
  // separate loop after the exp. The reload
  // pipeline then takes a block's own max on the side, or, for the others, before the block's exp
  // (src/softmax/reload.c, exp_block_running_max).
  bool side_max_interleaved;
  // Indexed by enum smax_ukernel_family (src/gen/families.h).
  struct smax_ukernel_info info[smax_ukernel_family_count];
};

// Returns the configuration, or NULL unless smax_initialize() has succeeded.
SMAX_INTERNAL const struct smax_config* smax_get_config(void);

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // SMAX_CONFIG_H_
