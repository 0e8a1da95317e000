// Declarations of every generated micro-kernel, from the families' generated X-macro tables.
// Each prototype is declared through its family's function type (src/smax/microfnptr.h).
#ifndef SMAX_MICROKERNELS_H_
#define SMAX_MICROKERNELS_H_

#include "gen/isa-enable.h"
#include "smax/microfnptr.h"

#ifdef __cplusplus
extern "C" {
#endif

#define SMAX_UKERNEL(isa, name, elements, accumulators, is_default) smax_f32_rmax_ukernel_fn name;
#include "f32-rmax/gen/f32-rmax.inc"
#undef SMAX_UKERNEL

#define SMAX_UKERNEL(isa, name, elements, accumulators, is_default) smax_f32_raddexpminusmax_ukernel_fn name;
#include "f32-raddexpminusmax/gen/f32-raddexpminusmax.inc"
#undef SMAX_UKERNEL

#define SMAX_UKERNEL(isa, name, elements, accumulators, is_default) smax_f32_vscaleexpminusmax_ukernel_fn name;
#include "f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax.inc"
#undef SMAX_UKERNEL

#define SMAX_UKERNEL(isa, name, elements, accumulators, is_default) smax_f32_raddstoreexpminusmax_ukernel_fn name;
#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax.inc"
#undef SMAX_UKERNEL

#define SMAX_UKERNEL(isa, name, elements, accumulators, is_default) smax_f32_vmulc_ukernel_fn name;
#include "f32-vmulc/gen/f32-vmulc.inc"
#undef SMAX_UKERNEL

#define SMAX_UKERNEL(isa, name, elements, accumulators, is_default) smax_f32_raddexpminusrunmax_ukernel_fn name;
#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax.inc"
#undef SMAX_UKERNEL

#define SMAX_UKERNEL(isa, name, elements, accumulators, is_default) smax_f32_raddextexp_ukernel_fn name;
#include "f32-raddextexp/gen/f32-raddextexp.inc"
#undef SMAX_UKERNEL

#define SMAX_UKERNEL(isa, name, elements, accumulators, is_default) smax_f32_vscaleextexp_ukernel_fn name;
#include "f32-vscaleextexp/gen/f32-vscaleextexp.inc"
#undef SMAX_UKERNEL

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // SMAX_MICROKERNELS_H_
