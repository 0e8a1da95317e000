// Instruction sets, generated from src/isa.table.
#ifndef SMAX_ISA_H_
#define SMAX_ISA_H_

#include <stdbool.h>
#include <stddef.h>

#include "gen/isa-enable.h"

#ifdef __cplusplus
extern "C" {
#endif

enum smax_isa {
#define SMAX_ISA(name, lanes, enabled, check) smax_isa_##name,
#include "gen/isa.inc"
#undef SMAX_ISA
  smax_isa_count,
};

// Returns the ISA's name as written in src/isa.table and accepted by SMAX_ISA, or NULL.
SMAX_INTERNAL const char* smax_isa_name(enum smax_isa isa);

// Parses an ISA name; returns smax_isa_count for an unknown name.
SMAX_INTERNAL enum smax_isa smax_isa_from_name(const char* name);

// True if this build has the ISA's kernels and the CPU (per cpuinfo, which must be initialized) runs them.
SMAX_INTERNAL bool smax_isa_available(enum smax_isa isa);

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // SMAX_ISA_H_
