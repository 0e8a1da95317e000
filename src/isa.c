// ISA names and run-time availability, from the rows of src/isa.table (src/gen/isa.inc).
#include "smax/isa.h"

#include <stdbool.h>
#include <string.h>

#include <cpuinfo.h>

static const char* const isa_names[smax_isa_count] = {
#define SMAX_ISA(name, lanes, enabled, check) #name,
#include "gen/isa.inc"
#undef SMAX_ISA
};

const char* smax_isa_name(enum smax_isa isa) {
  return (unsigned) isa < (unsigned) smax_isa_count ? isa_names[isa] : NULL;
}

enum smax_isa smax_isa_from_name(const char* name) {
  for (int isa = 0; isa < smax_isa_count; isa++) {
    if (strcmp(name, isa_names[isa]) == 0) {
      return (enum smax_isa) isa;
    }
  }
  return smax_isa_count;
}

bool smax_isa_available(enum smax_isa isa) {
  switch (isa) {
#define SMAX_ISA(name, lanes, enabled, check) \
  case smax_isa_##name:                       \
    return (enabled) && (check);
#include "gen/isa.inc"
#undef SMAX_ISA
    default:
      return false;
  }
}
