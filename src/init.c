// smax_initialize(): detects the CPU once and fills the one table of chosen kernels.
//
// Dispatch is data: every family's generated table (src/<family>/gen/<family>.inc) lists its kernels
// with their ISA and whether they are that ISA's default; for each family the default kernel of the
// best ISA that is allowed (CPU, build, SMAX_ISA) is chosen. No if/else ladders.
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cpuinfo.h>

#include "smax.h"
#include "smax/config.h"
#include "smax/isa.h"
#include "smax/reload.h"
#include "smax/microkernels.h"

// One row of a family table, with the kernel as a generic function pointer.
struct ukernel_row {
  enum smax_ukernel_family family;
  enum smax_isa isa;
  void (*function)(void);
  const char* name;
  size_t elements;
  size_t accumulators;
  bool is_default;
  enum smax_side_max side_max;
};

// Every kernel of every family (src/gen/ukernels.inc: the families' generated tables, in order).
#define SMAX_UKERNEL(family, isa, name, elements, accumulators, is_default, bound, side_max)                  \
  {smax_ukernel_family_##family, smax_isa_##isa, (void (*)(void)) name, #name, elements, accumulators, is_default, \
   smax_side_max_##side_max},
static const struct ukernel_row rows[] = {
#include "gen/ukernels.inc"
};
#undef SMAX_UKERNEL

// Build-time tuning (CMake option SMAX_TUNING_TABLE, written by scripts/bench-suite): for some
// (family, ISA) pairs, the kernel measured fastest on the target CPU replaces the table's default.
struct tuned_ukernel {
  int family;  // enum smax_ukernel_family, or -1
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
  bool reduces;  // adds up partial sums, so the operator calls it in blocks
};

// Indexed by enum smax_ukernel_family (src/families.table).
static const struct family_table families[smax_ukernel_family_count] = {
#define SMAX_FAMILY(id, field, name, reduces, bytes_per_element, call) {name, reduces},
#include "gen/families.inc"
#undef SMAX_FAMILY
};

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
  for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
    const struct ukernel_row* row = &rows[i];
    if ((int) row->family == family_index && is_preferred(family_index, row) && row->isa <= cap &&
        smax_isa_available(row->isa) && (best == NULL || row->isa > best->isa)) {
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
  info->side_max = best->side_max;
  info->block_elements = 0;
  if (family->reduces) {
    const size_t partial_sums = isa_lanes[best->isa] * best->accumulators;
    const size_t block = SMAX_TERMS_PER_PARTIAL_SUM * partial_sums;
    info->block_elements = block - block % best->elements;
  }
  return true;
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
  void (*functions[smax_ukernel_family_count])(void);
  for (int family = 0; family < smax_ukernel_family_count; family++) {
    if (!choose_kernel(family, cap, &functions[family], &config.info[family])) {
      fprintf(stderr, "smax: no %s kernel for ISA %s or below\n", families[family].name, smax_isa_name(cap));
      return smax_status_unsupported_hardware;
    }
    if (config.info[family].isa > config.isa) {
      config.isa = config.info[family].isa;
    }
  }
  config.last_level_cache_bytes = last_level_cache_bytes();
  config.reload_pipeline_elements =
      smax_reload_pipeline_elements(&config.info[smax_ukernel_family_f32_raddstoreexpminusmax]);
  // From the chosen kernel's table row (side_max): whether it takes the side max inside its exp loop.
  config.side_max_interleaved =
      config.info[smax_ukernel_family_f32_raddstoreexpminusmax].side_max == smax_side_max_interleaved;
  // config.rmax = (smax_f32_rmax_ukernel_fn*) functions[smax_ukernel_family_f32_rmax]; and so on.
#define SMAX_FAMILY(id, field, name, reduces, bytes_per_element, call) \
  config.field = (smax_##id##_ukernel_fn*) functions[smax_ukernel_family_##id];
#include "gen/families.inc"
#undef SMAX_FAMILY
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

size_t smax_get_ukernel_family_count(void) {
  return smax_ukernel_family_count;
}

const char* smax_get_ukernel_family_name(size_t index) {
  return index < smax_ukernel_family_count ? families[index].name : NULL;
}

const char* smax_get_ukernel_name(const char* family) {
  const struct smax_config* chosen = smax_get_config();
  if (chosen == NULL || family == NULL) {
    return NULL;
  }
  for (size_t index = 0; index < smax_ukernel_family_count; index++) {
    if (strcmp(families[index].name, family) == 0) {
      return chosen->info[index].name;
    }
  }
  return NULL;
}
