// Tuning per CPU (tuning/README.md): what smax_initialize() matches the running CPU against, and what
// a tuning holds. The committed tables (tuning/*.table) are compiled into the library as X-macro rows
// (scripts/tuning_tables.py); src/init.c defines the functions below.
#ifndef SMAX_TUNING_H_
#define SMAX_TUNING_H_

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "gen/families.h"
#include "smax/common.h"
#include "smax/isa.h"

#ifdef __cplusplus
extern "C" {
#endif

enum smax_cpu_arch {
  smax_cpu_arch_other,  // matches no tuning table
  smax_cpu_arch_x86,
  smax_cpu_arch_arm,
};

// What a tuning table's cpu lines are matched against.
struct smax_cpu_identity {
  enum smax_cpu_arch arch;
  uint32_t vendor;  // x86: enum cpuinfo_vendor; ARM: MIDR implementer (bits 31:24)
  uint32_t family;  // x86: CPUID family, extended family added (0x19: AMD Zen 3 and Zen 4); ARM: 0
  uint32_t model;   // x86: CPUID model, extended model included (0x11); ARM: MIDR part number (bits 15:4)
};

// One cpu line of a table: the CPUs with this arch, vendor and family whose model lies in [first, last].
struct smax_tuning_cpu {
  size_t tuning;  // index into smax_tuning_data.tunings
  enum smax_cpu_arch arch;
  uint32_t vendor;
  uint32_t family;
  uint32_t first_model;
  uint32_t last_model;
};

// One table.
struct smax_tuning {
  const char* name;    // "amd-zen4"; "generic" for the fallback; "build" for the build-time table
  const char* source;  // "tuning/amd-zen4.table" (the build-time table: its path)
  // Rows of at least this many elements are beyond the crossover measured between auto's two paths:
  // auto takes two passes over memory there (smax_row_exceeds_cache). 0: not measured (the generic
  // table's value applies); SIZE_MAX: two passes never won.
  size_t auto_two_pass_elements;
  // Rows of at least this many elements store their outputs with non-temporal (streaming) stores where a
  // kernel offers them (struct smax_store_params): the crossover measured between the two kinds of
  // store (bench/tuning-bench, cases streaming/<on|off>/1xN). 0: not measured; SIZE_MAX: streaming
  // stores never won.
  size_t streaming_store_elements;
};

// One kernel row of a table: for `tuning`, the kernel of (family, isa).
struct smax_tuned_ukernel {
  size_t tuning;
  enum smax_ukernel_family family;
  enum smax_isa isa;
  void (*function)(void);
  const char* name;
};

// Every committed table; tunings[0] is the generic one.
struct smax_tuning_data {
  const struct smax_tuning* tunings;
  size_t tuning_count;
  const struct smax_tuning_cpu* cpus;
  size_t cpu_count;
  const struct smax_tuned_ukernel* ukernels;
  size_t ukernel_count;
};

SMAX_INTERNAL const struct smax_tuning_data* smax_get_tuning_data(void);

// The identity from an x86 vendor (enum cpuinfo_vendor) and the CPUID leaf 1 EAX signature: family
// 0xF adds the extended family; families 0x6 and 0xF take the extended model as the model's high bits.
SMAX_INTERNAL struct smax_cpu_identity smax_cpu_identity_x86(uint32_t vendor, uint32_t signature);
// The identity from an ARM Main ID Register.
SMAX_INTERNAL struct smax_cpu_identity smax_cpu_identity_arm(uint32_t midr);

SMAX_INTERNAL bool smax_tuning_cpu_matches(const struct smax_tuning_cpu* cpu, const struct smax_cpu_identity* identity);

// The committed table whose cpu lines match `identity`, else the generic one (never NULL; the build
// checks that no two tables claim the same CPU).
SMAX_INTERNAL const struct smax_tuning* smax_tuning_for_cpu(const struct smax_cpu_identity* identity);

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // SMAX_TUNING_H_
