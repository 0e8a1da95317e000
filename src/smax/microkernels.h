// Declarations of every generated micro-kernel, from the families' generated X-macro tables
// (src/gen/ukernels.inc includes each family's .inc, in the order of src/families.table).
// Each prototype is declared through its family's function type (src/<family>/<family>.h).
// For dispatch (src/init.c), tests and benchmarks only: a kernel includes its own family's header,
// so that editing one table does not rebuild every kernel.
#ifndef SMAX_MICROKERNELS_H_
#define SMAX_MICROKERNELS_H_

#include "gen/families.h"
#include "gen/isa-enable.h"

#ifdef __cplusplus
extern "C" {
#endif

#define SMAX_UKERNEL(family, isa, name, elements, accumulators, is_default, bound, side_max) \
  smax_##family##_ukernel_fn name;
#include "gen/ukernels.inc"
#undef SMAX_UKERNEL

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // SMAX_MICROKERNELS_H_
