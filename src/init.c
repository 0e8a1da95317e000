// smax_initialize(): detects the CPU once and fills the one table of chosen kernels.
//
// Dispatch is data: every family's generated table (src/<family>/gen/<family>.inc) lists its kernels
// with their ISA and whether they are that ISA's default; for each family the default kernel of the
// best ISA that is allowed (CPU, build, SMAX_ISA) is chosen. No if/else ladders.
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

#include <cpuinfo.h>

#include "smax.h"
#include "smax/config.h"
#include "smax/isa.h"
#include "smax/microkernels.h"

// One row of a family table, with the kernel as a generic function pointer.
struct ukernel_row {
  enum smax_isa isa;
  void (*function)(void);
  const char* name;
  size_t elements;
  size_t accumulators;
  bool is_default;
};

#define SMAX_UKERNEL(isa, name, elements, accumulators, is_default) \
  {smax_isa_##isa, (void (*)(void)) name, #name, elements, accumulators, is_default},
static const struct ukernel_row rmax_rows[] = {
#include "f32-rmax/gen/f32-rmax.inc"
};
static const struct ukernel_row raddexpminusmax_rows[] = {
#include "f32-raddexpminusmax/gen/f32-raddexpminusmax.inc"
};
static const struct ukernel_row vscaleexpminusmax_rows[] = {
#include "f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax.inc"
};
static const struct ukernel_row raddstoreexpminusmax_rows[] = {
#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax.inc"
};
static const struct ukernel_row vmulc_rows[] = {
#include "f32-vmulc/gen/f32-vmulc.inc"
};
static const struct ukernel_row raddexpminusrunmax_rows[] = {
#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax.inc"
};
static const struct ukernel_row raddextexp_rows[] = {
#include "f32-raddextexp/gen/f32-raddextexp.inc"
};
static const struct ukernel_row vscaleextexp_rows[] = {
#include "f32-vscaleextexp/gen/f32-vscaleextexp.inc"
};
#undef SMAX_UKERNEL

// Build-time tuning (CMake option SMAX_TUNING_TABLE, written by scripts/bench-suite): for some
// (family, ISA) pairs, the kernel measured fastest on the target CPU replaces the table's default.
struct tuned_ukernel {
  int family;  // enum smax_ukernel_family
  enum smax_isa isa;
  void (*function)(void);
};

static const struct tuned_ukernel tuned_ukernels[] = {
#ifdef SMAX_TUNING_INC
#define SMAX_TUNED_UKERNEL(family, isa, name) {smax_ukernel_family_##family, smax_isa_##isa, (void (*)(void)) name},
#include SMAX_TUNING_INC
#undef SMAX_TUNED_UKERNEL
#endif
    {-1, smax_isa_count, NULL},  // keeps the array non-empty
};

struct family_table {
  const char* name;
  const struct ukernel_row* rows;
  size_t count;
  bool reduces;  // adds up partial sums, so the operator calls it in blocks
};

#define FAMILY(name, rows, reduces) {name, rows, sizeof(rows) / sizeof(rows[0]), reduces}
// Indexed by enum smax_ukernel_family.
static const struct family_table families[SMAX_UKERNEL_FAMILY_COUNT] = {
    FAMILY("f32-rmax", rmax_rows, false),
    FAMILY("f32-raddexpminusmax", raddexpminusmax_rows, true),
    FAMILY("f32-vscaleexpminusmax", vscaleexpminusmax_rows, false),
    FAMILY("f32-raddstoreexpminusmax", raddstoreexpminusmax_rows, true),
    FAMILY("f32-vmulc", vmulc_rows, false),
    FAMILY("f32-raddexpminusrunmax", raddexpminusrunmax_rows, true),
    FAMILY("f32-raddextexp", raddextexp_rows, true),
    FAMILY("f32-vscaleextexp", vscaleextexp_rows, false),
};
#undef FAMILY

static const size_t isa_lanes[smax_isa_count] = {
#define SMAX_ISA(name, lanes, enabled, check) lanes,
#include "gen/isa.inc"
#undef SMAX_ISA
};

static struct smax_config config;
static enum smax_status init_status = smax_status_uninitialized;
static pthread_once_t init_once = PTHREAD_ONCE_INIT;
// Written once inside init_once, read by smax_get_config() without the once: an atomic flag with
// release/acquire ordering makes the config's contents visible to readers on other threads.
static int init_succeeded;

static void list_known_isas(FILE* stream) {
  for (int isa = 0; isa < smax_isa_count; isa++) {
    fprintf(stream, " %s", smax_isa_name((enum smax_isa) isa));
  }
}

// Reads SMAX_ISA into *cap. Unset or empty means no cap.
static enum smax_status read_isa_cap(enum smax_isa* cap) {
  const char* requested = getenv("SMAX_ISA");
  *cap = (enum smax_isa) (smax_isa_count - 1);
  if (requested == NULL || requested[0] == '\0') {
    return smax_status_success;
  }
  const enum smax_isa isa = smax_isa_from_name(requested);
  if (isa == smax_isa_count) {
    fprintf(stderr, "smax: SMAX_ISA=%s is not a known ISA; known:", requested);
    list_known_isas(stderr);
    fprintf(stderr, "\n");
    return smax_status_invalid_parameter;
  }
  if (!smax_isa_available(isa)) {
    fprintf(stderr, "smax: SMAX_ISA=%s: this CPU or this build lacks the %s instruction set\n", requested,
            requested);
    return smax_status_unsupported_hardware;
  }
  *cap = isa;
  return smax_status_success;
}

// The kernel to use for one (family, ISA): the tuned one if the build has a tuning table entry for
// it, else the family table's default.
static bool is_preferred(int family, const struct ukernel_row* row) {
  for (size_t i = 0; i < sizeof(tuned_ukernels) / sizeof(tuned_ukernels[0]); i++) {
    if (tuned_ukernels[i].family == family && tuned_ukernels[i].isa == row->isa) {
      return tuned_ukernels[i].function == row->function;
    }
  }
  return row->is_default;
}

// Chooses the preferred kernel of the best allowed ISA for one family; false if there is none.
static bool choose_kernel(int family_index, enum smax_isa cap, void (**function)(void),
                          struct smax_ukernel_info* info) {
  const struct family_table* family = &families[family_index];
  const struct ukernel_row* best = NULL;
  for (size_t i = 0; i < family->count; i++) {
    const struct ukernel_row* row = &family->rows[i];
    if (is_preferred(family_index, row) && row->isa <= cap && smax_isa_available(row->isa) &&
        (best == NULL || row->isa > best->isa)) {
      best = row;
    }
  }
  if (best == NULL) {
    return false;
  }
  *function = best->function;
  info->name = best->name;
  info->isa = best->isa;
  info->elements = best->elements;
  info->accumulators = best->accumulators;
  info->block_elements = 0;
  if (family->reduces) {
    const size_t partial_sums = isa_lanes[best->isa] * best->accumulators;
    const size_t block = SMAX_TERMS_PER_PARTIAL_SUM * partial_sums;
    info->block_elements = block - block % best->elements;
  }
  return true;
}

// See smax_config.reload_pipeline_elements.
static size_t reload_pipeline_elements(const struct smax_ukernel_info* raddstoreexpminusmax) {
  const size_t kernel_block = raddstoreexpminusmax->block_elements;
  const size_t minimum = 2048;
  return kernel_block * ((minimum + kernel_block - 1) / kernel_block);
}

// The last-level cache seen by core 0: L3 if there is one, else L2.
static size_t last_level_cache_bytes(void) {
  const struct cpuinfo_processor* processor = cpuinfo_get_processor(0);
  if (processor != NULL && processor->cache.l3 != NULL && processor->cache.l3->size != 0) {
    return processor->cache.l3->size;
  }
  if (processor != NULL && processor->cache.l2 != NULL && processor->cache.l2->size != 0) {
    return processor->cache.l2->size;
  }
  return 8 << 20;  // unknown: a typical size
}

static enum smax_status initialize(void) {
  if (!cpuinfo_initialize()) {
    fprintf(stderr, "smax: cpuinfo_initialize() failed: cannot detect the CPU\n");
    return smax_status_unsupported_hardware;
  }
  enum smax_isa cap;
  const enum smax_status status = read_isa_cap(&cap);
  if (status != smax_status_success) {
    return status;
  }
  // The ISA reported is the best one among the chosen kernels: what actually runs.
  config.isa = smax_isa_scalar;
  void (*functions[SMAX_UKERNEL_FAMILY_COUNT])(void);
  for (int family = 0; family < SMAX_UKERNEL_FAMILY_COUNT; family++) {
    if (!choose_kernel(family, cap, &functions[family], &config.info[family])) {
      fprintf(stderr, "smax: no %s kernel for ISA %s or below\n", families[family].name, smax_isa_name(cap));
      return smax_status_unsupported_hardware;
    }
    if (config.info[family].isa > config.isa) {
      config.isa = config.info[family].isa;
    }
  }
  config.last_level_cache_bytes = last_level_cache_bytes();
  config.reload_pipeline_elements = reload_pipeline_elements(&config.info[smax_ukernel_family_f32_raddstoreexpminusmax]);
  // The AVX-512F raddstoreexpminusmax templates interleave the side max with the exp (their headers
  // say so); every other ISA's calls its f32-rmax kernel after the exp loop.
  config.side_max_interleaved = config.info[smax_ukernel_family_f32_raddstoreexpminusmax].isa == smax_isa_avx512f;
  config.rmax = (smax_f32_rmax_ukernel_fn*) functions[smax_ukernel_family_f32_rmax];
  config.raddexpminusmax = (smax_f32_raddexpminusmax_ukernel_fn*) functions[smax_ukernel_family_f32_raddexpminusmax];
  config.vscaleexpminusmax =
      (smax_f32_vscaleexpminusmax_ukernel_fn*) functions[smax_ukernel_family_f32_vscaleexpminusmax];
  config.raddstoreexpminusmax =
      (smax_f32_raddstoreexpminusmax_ukernel_fn*) functions[smax_ukernel_family_f32_raddstoreexpminusmax];
  config.vmulc = (smax_f32_vmulc_ukernel_fn*) functions[smax_ukernel_family_f32_vmulc];
  config.raddexpminusrunmax =
      (smax_f32_raddexpminusrunmax_ukernel_fn*) functions[smax_ukernel_family_f32_raddexpminusrunmax];
  config.raddextexp = (smax_f32_raddextexp_ukernel_fn*) functions[smax_ukernel_family_f32_raddextexp];
  config.vscaleextexp = (smax_f32_vscaleextexp_ukernel_fn*) functions[smax_ukernel_family_f32_vscaleextexp];
  return smax_status_success;
}

static void initialize_once(void) {
  init_status = initialize();
  __atomic_store_n(&init_succeeded, init_status == smax_status_success, __ATOMIC_RELEASE);
}

enum smax_status smax_initialize(void) {
  pthread_once(&init_once, initialize_once);
  return init_status;
}

const struct smax_config* smax_get_config(void) {
  return __atomic_load_n(&init_succeeded, __ATOMIC_ACQUIRE) ? &config : NULL;
}

const char* smax_get_isa_name(void) {
  const struct smax_config* chosen = smax_get_config();
  return chosen != NULL ? smax_isa_name(chosen->isa) : NULL;
}

const char* smax_get_ukernel_family_name(enum smax_ukernel_family family) {
  return (unsigned) family < SMAX_UKERNEL_FAMILY_COUNT ? families[family].name : NULL;
}

const char* smax_get_ukernel_name(enum smax_ukernel_family family) {
  const struct smax_config* chosen = smax_get_config();
  if (chosen == NULL || (unsigned) family >= SMAX_UKERNEL_FAMILY_COUNT) {
    return NULL;
  }
  return chosen->info[family].name;
}
