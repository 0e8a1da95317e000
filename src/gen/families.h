// Generated from src/families.table by scripts/generate-all: do not edit.
// The kernel families: their function types (src/<family>/<family>.h) and the internal enum
// that indexes smax_config.info. Not part of the public API: smax.h names families by string.
#ifndef SMAX_GEN_FAMILIES_H_
#define SMAX_GEN_FAMILIES_H_

#include "f32-rmax/f32-rmax.h"
#include "f32-raddexpminusmax/f32-raddexpminusmax.h"
#include "f32-vscaleexpminusmax/f32-vscaleexpminusmax.h"
#include "f32-raddstoreexpminusmax/f32-raddstoreexpminusmax.h"
#include "f32-vmulc/f32-vmulc.h"
#include "f32-raddexpminusrunmax/f32-raddexpminusrunmax.h"
#include "f32-raddextexp/f32-raddextexp.h"
#include "f32-vscaleextexp/f32-vscaleextexp.h"
#include "f32-vsubc2/f32-vsubc2.h"
#include "f32-vscaleaddmask/f32-vscaleaddmask.h"
#include "f32-vscaleaddmaskf16/f32-vscaleaddmaskf16.h"
#include "f16-f32-vcvt/f16-f32-vcvt.h"
#include "bf16-f32-vcvt/bf16-f32-vcvt.h"
#include "f32-f16-vcvt/f32-f16-vcvt.h"
#include "f32-bf16-vcvt/f32-bf16-vcvt.h"
#include "f32-f16-vmulc/f32-f16-vmulc.h"
#include "f32-bf16-vmulc/f32-bf16-vmulc.h"
#include "bf16-rsumexpmax/bf16-rsumexpmax.h"
#include "f16-rsumexpmax/f16-rsumexpmax.h"
#include "f32-rmaxselect/f32-rmaxselect.h"
#include "f16-rmax/f16-rmax.h"
#include "bf16-rmax/bf16-rmax.h"
#include "f16-f32-raddstoreexpminusmax/f16-f32-raddstoreexpminusmax.h"
#include "bf16-f32-raddstoreexpminusmax/bf16-f32-raddstoreexpminusmax.h"
#include "f16-vsubc2/f16-vsubc2.h"
#include "bf16-vsubc2/bf16-vsubc2.h"
#include "f16-f32-vsubc2/f16-f32-vsubc2.h"
#include "bf16-f32-vsubc2/bf16-f32-vsubc2.h"
#include "f16-vscaleexpminusmax/f16-vscaleexpminusmax.h"
#include "bf16-vscaleexpminusmax/bf16-vscaleexpminusmax.h"
#include "bf16-f32-vscaleexpminusmax/bf16-f32-vscaleexpminusmax.h"

enum smax_ukernel_family {
  smax_ukernel_family_f32_rmax = 0,
  smax_ukernel_family_f32_raddexpminusmax = 1,
  smax_ukernel_family_f32_vscaleexpminusmax = 2,
  smax_ukernel_family_f32_raddstoreexpminusmax = 3,
  smax_ukernel_family_f32_vmulc = 4,
  smax_ukernel_family_f32_raddexpminusrunmax = 5,
  smax_ukernel_family_f32_raddextexp = 6,
  smax_ukernel_family_f32_vscaleextexp = 7,
  smax_ukernel_family_f32_vsubc2 = 8,
  smax_ukernel_family_f32_vscaleaddmask = 9,
  smax_ukernel_family_f32_vscaleaddmaskf16 = 10,
  smax_ukernel_family_f16_f32_vcvt = 11,
  smax_ukernel_family_bf16_f32_vcvt = 12,
  smax_ukernel_family_f32_f16_vcvt = 13,
  smax_ukernel_family_f32_bf16_vcvt = 14,
  smax_ukernel_family_f32_f16_vmulc = 15,
  smax_ukernel_family_f32_bf16_vmulc = 16,
  smax_ukernel_family_bf16_rsumexpmax = 17,
  smax_ukernel_family_f16_rsumexpmax = 18,
  smax_ukernel_family_f32_rmaxselect = 19,
  smax_ukernel_family_f16_rmax = 20,
  smax_ukernel_family_bf16_rmax = 21,
  smax_ukernel_family_f16_f32_raddstoreexpminusmax = 22,
  smax_ukernel_family_bf16_f32_raddstoreexpminusmax = 23,
  smax_ukernel_family_f16_vsubc2 = 24,
  smax_ukernel_family_bf16_vsubc2 = 25,
  smax_ukernel_family_f16_f32_vsubc2 = 26,
  smax_ukernel_family_bf16_f32_vsubc2 = 27,
  smax_ukernel_family_f16_vscaleexpminusmax = 28,
  smax_ukernel_family_bf16_vscaleexpminusmax = 29,
  smax_ukernel_family_bf16_f32_vscaleexpminusmax = 30,
  smax_ukernel_family_count = 31
};

// The shape of each family's function type (the call column of src/families.table), for tests
// that call any kernel by its family: SMAX_FAMILY_CALL_<id>.
#define SMAX_FAMILY_CALL_f32_rmax x_acc
#define SMAX_FAMILY_CALL_f32_raddexpminusmax x_max_sum
#define SMAX_FAMILY_CALL_f32_vscaleexpminusmax x_y_max_scale
#define SMAX_FAMILY_CALL_f32_raddstoreexpminusmax x_max_y_sum_next
#define SMAX_FAMILY_CALL_f32_vmulc x_c_y
#define SMAX_FAMILY_CALL_f32_raddexpminusrunmax x_acc
#define SMAX_FAMILY_CALL_f32_raddextexp x_acc
#define SMAX_FAMILY_CALL_f32_vscaleextexp x_y_c2
#define SMAX_FAMILY_CALL_f32_vsubc2 x_y_c2
#define SMAX_FAMILY_CALL_f32_vscaleaddmask x_m_y_c2
#define SMAX_FAMILY_CALL_f32_vscaleaddmaskf16 x_m16_y_c2
#define SMAX_FAMILY_CALL_f16_f32_vcvt x16_y32
#define SMAX_FAMILY_CALL_bf16_f32_vcvt x16_y32
#define SMAX_FAMILY_CALL_f32_f16_vcvt x32_y16
#define SMAX_FAMILY_CALL_f32_bf16_vcvt x32_y16
#define SMAX_FAMILY_CALL_f32_f16_vmulc x_c_y16
#define SMAX_FAMILY_CALL_f32_bf16_vmulc x_c_y16
#define SMAX_FAMILY_CALL_bf16_rsumexpmax x16_ref_sum_max
#define SMAX_FAMILY_CALL_f16_rsumexpmax x16_ref_sum_max
#define SMAX_FAMILY_CALL_f32_rmaxselect x_max_t_idx
#define SMAX_FAMILY_CALL_f16_rmax x16_acc
#define SMAX_FAMILY_CALL_bf16_rmax x16_acc
#define SMAX_FAMILY_CALL_f16_f32_raddstoreexpminusmax x16_max_y_sum_next
#define SMAX_FAMILY_CALL_bf16_f32_raddstoreexpminusmax x16_max_y_sum_next
#define SMAX_FAMILY_CALL_f16_vsubc2 x16_y16_c2
#define SMAX_FAMILY_CALL_bf16_vsubc2 x16_y16_c2
#define SMAX_FAMILY_CALL_f16_f32_vsubc2 x16_y32_c2
#define SMAX_FAMILY_CALL_bf16_f32_vsubc2 x16_y32_c2
#define SMAX_FAMILY_CALL_f16_vscaleexpminusmax x16_y16_c2
#define SMAX_FAMILY_CALL_bf16_vscaleexpminusmax x16_y16_c2
#define SMAX_FAMILY_CALL_bf16_f32_vscaleexpminusmax x16_y32_c2

#endif  // SMAX_GEN_FAMILIES_H_
