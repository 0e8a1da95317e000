// smax_initialize(): detects the CPU once and fills the one table of chosen kernels.
//
// Dispatch is data: every family's generated table (src/<family>/gen/<family>.inc) lists its kernels
// with their ISA and whether they are that ISA's default; for each family the preferred kernel of the
// best ISA that is allowed (CPU, build, SMAX_ISA) is chosen. No if/else ladders.
//
// Preferred, per (family, ISA): the build-time tuning table's kernel (CMake SMAX_TUNING_TABLE) if it
// has a row, else the kernel of the committed tuning table that matches this CPU's identity
// (tuning/<cpu>.table: vendor, CPUID family and model on x86, MIDR implementer and part on ARM), else
// the family table's default. auto's crossover to two passes over memory comes the same way: the
// build-time table's, else the matching table's, else tuning/generic.table's (tuning/README.md).
#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cpuinfo.h>

#include "smax.h"
#include "smax/config.h"
#include "smax/isa.h"
#include "smax/microkernels.h"
#include "smax/reload.h"
#include "smax/tuning.h"

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

// ---- Tuning tables ----------------------------------------------------------------------------------
// The committed tables (tuning/*.table), as X-macro rows generated at build time by
// scripts/tuning_tables.py (CMake: bench/tuning-table.cmake; Bazel: the cpu-tunings genrule).
#ifndef SMAX_CPU_TUNINGS_INC
#error "SMAX_CPU_TUNINGS_INC must name the rows generated from tuning/*.table (see bench/tuning-table.cmake)"
#endif

// Three passes over the rows: the tables, their cpu lines, their kernel rows. Each pass defines the
// macro it wants and leaves the others empty.
#define SMAX_TUNING(id, name, source, auto_two_pass_elements, streaming_store_elements)
#define SMAX_TUNING_CPU(id, arch, vendor, family, first_model, last_model)
#define SMAX_TUNING_UKERNEL(id, family, isa, kernel)

enum tuning_id {
#undef SMAX_TUNING
#define SMAX_TUNING(id, name, source, auto_two_pass_elements, streaming_store_elements) tuning_id_##id,
#include SMAX_CPU_TUNINGS_INC
  TUNING_ID_COUNT,
  TUNING_ID_BUILD,  // the build-time table (below)
};

static const struct smax_tuning tunings[] = {
#undef SMAX_TUNING
#define SMAX_TUNING(id, name, source, auto_two_pass_elements, streaming_store_elements) \
  {name, source, auto_two_pass_elements, streaming_store_elements},
#include SMAX_CPU_TUNINGS_INC
};
#undef SMAX_TUNING
#define SMAX_TUNING(id, name, source, auto_two_pass_elements, streaming_store_elements)

// Each of the arrays below ends with a row of no table, so that none is empty; the counts leave it out.
static const struct smax_tuning_cpu tuning_cpus[] = {
#undef SMAX_TUNING_CPU
#define SMAX_TUNING_CPU(id, arch, vendor, family, first_model, last_model) \
  {tuning_id_##id, smax_cpu_arch_##arch, vendor, family, first_model, last_model},
#include SMAX_CPU_TUNINGS_INC
    {TUNING_ID_COUNT, smax_cpu_arch_other, 0, 0, 1, 0},
};
#undef SMAX_TUNING_CPU
#define SMAX_TUNING_CPU(id, arch, vendor, family, first_model, last_model)

static const struct smax_tuned_ukernel tuned_ukernels[] = {
#undef SMAX_TUNING_UKERNEL
#define SMAX_TUNING_UKERNEL(id, family, isa, kernel) \
  {tuning_id_##id, smax_ukernel_family_##family, smax_isa_##isa, (void (*)(void)) kernel, #kernel},
#include SMAX_CPU_TUNINGS_INC
    {TUNING_ID_COUNT, smax_ukernel_family_count, smax_isa_count, NULL, NULL},
};
#undef SMAX_TUNING_UKERNEL
#define SMAX_TUNING_UKERNEL(id, family, isa, kernel)

static const struct smax_tuning_data tuning_data = {
    tunings,        sizeof(tunings) / sizeof(tunings[0]),
    tuning_cpus,    sizeof(tuning_cpus) / sizeof(tuning_cpus[0]) - 1,
    tuned_ukernels, sizeof(tuned_ukernels) / sizeof(tuned_ukernels[0]) - 1,
};

// The build-time table (CMake option SMAX_TUNING_TABLE, e.g. scripts/bench-suite's tuning-table.txt),
// the same rows for one table (id `build`, no cpu lines): applied on any CPU, over the committed one.
#ifdef SMAX_TUNING_INC
static const struct smax_tuning override_tunings[] = {
#undef SMAX_TUNING
#define SMAX_TUNING(id, name, source, auto_two_pass_elements, streaming_store_elements) \
  {name, source, auto_two_pass_elements, streaming_store_elements},
#include SMAX_TUNING_INC
};
#undef SMAX_TUNING
#define SMAX_TUNING(id, name, source, auto_two_pass_elements, streaming_store_elements)
static const struct smax_tuning* const override_tuning = &override_tunings[0];
#else
static const struct smax_tuning* const override_tuning = NULL;
#endif

static const struct smax_tuned_ukernel override_ukernels[] = {
#ifdef SMAX_TUNING_INC
#undef SMAX_TUNING_UKERNEL
#define SMAX_TUNING_UKERNEL(id, family, isa, kernel) \
  {TUNING_ID_BUILD, smax_ukernel_family_##family, smax_isa_##isa, (void (*)(void)) kernel, #kernel},
#include SMAX_TUNING_INC
#endif
    {TUNING_ID_COUNT, smax_ukernel_family_count, smax_isa_count, NULL, NULL},
};
#undef SMAX_TUNING
#undef SMAX_TUNING_CPU
#undef SMAX_TUNING_UKERNEL

const struct smax_tuning_data* smax_get_tuning_data(void) {
  return &tuning_data;
}

struct smax_cpu_identity smax_cpu_identity_x86(uint32_t vendor, uint32_t signature) {
  const uint32_t base_family = (signature >> 8) & 0xF;
  uint32_t family = base_family;
  uint32_t model = (signature >> 4) & 0xF;
  if (base_family == 0xF) {
    family += (signature >> 20) & 0xFF;
  }
  if (base_family == 0x6 || base_family == 0xF) {
    model |= ((signature >> 16) & 0xF) << 4;
  }
  const struct smax_cpu_identity identity = {smax_cpu_arch_x86, vendor, family, model};
  return identity;
}

struct smax_cpu_identity smax_cpu_identity_arm(uint32_t midr) {
  const struct smax_cpu_identity identity = {smax_cpu_arch_arm, midr >> 24, 0, (midr >> 4) & 0xFFF};
  return identity;
}

bool smax_tuning_cpu_matches(const struct smax_tuning_cpu* cpu, const struct smax_cpu_identity* identity) {
  return cpu->arch == identity->arch && identity->arch != smax_cpu_arch_other && cpu->vendor == identity->vendor &&
         cpu->family == identity->family && cpu->first_model <= identity->model &&
         identity->model <= cpu->last_model;
}

// A crossover of the configuration: the build-time table's, else the matched table's, else the generic
// one (0: the table does not measure it).
static size_t crossover_in_effect(size_t generic, size_t matched, size_t build) {
  if (build != 0) {
    return build;
  }
  return matched != 0 ? matched : generic;
}

const struct smax_tuning* smax_tuning_for_cpu(const struct smax_cpu_identity* identity) {
  for (size_t i = 0; i < tuning_data.cpu_count; i++) {
    if (smax_tuning_cpu_matches(&tuning_cpus[i], identity)) {
      return &tunings[tuning_cpus[i].tuning];
    }
  }
  return &tunings[0];  // generic (scripts/tuning_tables.py writes it first)
}

// The running CPU's identity (core 0), from cpuinfo.
static struct smax_cpu_identity detect_cpu_identity(void) {
  const struct smax_cpu_identity unknown = {smax_cpu_arch_other, 0, 0, 0};
  const struct cpuinfo_core* core = cpuinfo_get_core(0);
  if (core == NULL) {
    return unknown;
  }
#if CPUINFO_ARCH_X86 || CPUINFO_ARCH_X86_64
  return smax_cpu_identity_x86((uint32_t) core->vendor, core->cpuid);
#elif CPUINFO_ARCH_ARM || CPUINFO_ARCH_ARM64
  return smax_cpu_identity_arm(core->midr);
#else
  return unknown;
#endif
}

// The kernel a tuning's rows give for (family, isa), or NULL.
static void (*tuned_function(const struct smax_tuned_ukernel* rows, size_t count, size_t tuning, int family,
                             enum smax_isa isa))(void) {
  for (size_t i = 0; i < count; i++) {
    if (rows[i].tuning == tuning && (int) rows[i].family == family && rows[i].isa == isa) {
      return rows[i].function;
    }
  }
  return NULL;
}

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

// The kernel to use for one (family, ISA): the build-time table's, else the CPU's tuning table's, else
// the family table's default.
static bool is_preferred(const struct smax_tuning* tuning, int family, const struct ukernel_row* row) {
  void (*tuned)(void) = tuned_function(override_ukernels, sizeof(override_ukernels) / sizeof(override_ukernels[0]) - 1,
                                       TUNING_ID_BUILD, family, row->isa);
  if (tuned == NULL) {
    tuned = tuned_function(tuned_ukernels, tuning_data.ukernel_count, (size_t) (tuning - tunings), family, row->isa);
  }
  return tuned != NULL ? tuned == row->function : row->is_default;
}

size_t smax_ukernel_block_elements(enum smax_isa isa, size_t elements, size_t accumulators) {
  const size_t block = SMAX_TERMS_PER_PARTIAL_SUM * isa_lanes[isa] * accumulators;
  return block - block % elements;
}

// Chooses the preferred kernel of the best allowed ISA for one family; false if there is none.
static bool choose_kernel(const struct smax_tuning* tuning, int family_index, enum smax_isa cap,
                          void (**function)(void), struct smax_ukernel_info* info) {
  const struct family_table* family = &families[family_index];
  const struct ukernel_row* best = NULL;
  for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
    const struct ukernel_row* row = &rows[i];
    if ((int) row->family == family_index && is_preferred(tuning, family_index, row) && row->isa <= cap &&
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
    info->block_elements = smax_ukernel_block_elements(best->isa, best->elements, best->accumulators);
  }
  return true;
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
  config.cpu = detect_cpu_identity();
  config.tuning = smax_tuning_for_cpu(&config.cpu);
  config.tuning_override = override_tuning;
  // The ISA reported is the best one among the chosen kernels: what actually runs.
  config.isa = smax_isa_scalar;
  void (*functions[smax_ukernel_family_count])(void);
  for (int family = 0; family < smax_ukernel_family_count; family++) {
    if (!choose_kernel(config.tuning, family, cap, &functions[family], &config.info[family])) {
      fprintf(stderr, "smax: no %s kernel for ISA %s or below\n", families[family].name, smax_isa_name(cap));
      return smax_status_unsupported_hardware;
    }
    if (config.info[family].isa > config.isa) {
      config.isa = config.info[family].isa;
    }
  }
  config.auto_two_pass_elements =
      crossover_in_effect(tunings[0].auto_two_pass_elements, config.tuning->auto_two_pass_elements,
                          override_tuning != NULL ? override_tuning->auto_two_pass_elements : 0);
  config.streaming_store_elements =
      crossover_in_effect(tunings[0].streaming_store_elements, config.tuning->streaming_store_elements,
                          override_tuning != NULL ? override_tuning->streaming_store_elements : 0);
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
