// Generated from src/isa.table and src/*/*.table by scripts/generate-all: do not edit.
// Every neon kernel in one translation unit (scripts/generate-all, generate_amalgam).

#include "f32-rmax/gen/f32-rmax-neon-x4.c"
#undef SMAX_NEON_FMA

#include "f32-rmax/gen/f32-rmax-neon-x8.c"
#undef SMAX_NEON_FMA

#include "f32-rmax/gen/f32-rmax-neon-x8-acc2.c"
#undef SMAX_NEON_FMA

#include "f32-rmax/gen/f32-rmax-neon-x12.c"
#undef SMAX_NEON_FMA

#include "f32-rmax/gen/f32-rmax-neon-x12-acc3.c"
#undef SMAX_NEON_FMA

#include "f32-rmax/gen/f32-rmax-neon-x16.c"
#undef SMAX_NEON_FMA

#include "f32-rmax/gen/f32-rmax-neon-x16-acc2.c"
#undef SMAX_NEON_FMA

#include "f32-rmax/gen/f32-rmax-neon-x16-acc4.c"
#undef SMAX_NEON_FMA

#include "f32-rmax/gen/f32-rmax-neon-x24-acc3.c"
#undef SMAX_NEON_FMA

#include "f32-rmax/gen/f32-rmax-neon-x32-acc2.c"
#undef SMAX_NEON_FMA

#include "f32-rmax/gen/f32-rmax-neon-x32-acc4.c"
#undef SMAX_NEON_FMA

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-neon-rr2-p5-x4.c"
#undef SMAX_NEON_FMA

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-neon-rr2-p5-x8.c"
#undef SMAX_NEON_FMA

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-neon-rr2-p5-x8-acc2.c"
#undef SMAX_NEON_FMA

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-neon-rr2-p5-x12.c"
#undef SMAX_NEON_FMA

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-neon-rr2-p5-x12-acc3.c"
#undef SMAX_NEON_FMA

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-neon-rr2-p5-x16.c"
#undef SMAX_NEON_FMA

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-neon-rr2-p5-x16-acc2.c"
#undef SMAX_NEON_FMA

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-neon-rr2-p5-x16-acc4.c"
#undef SMAX_NEON_FMA

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-neon-rr2-p5-x24-acc3.c"
#undef SMAX_NEON_FMA

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-neon-rr2-p5-x32-acc2.c"
#undef SMAX_NEON_FMA

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-neon-rr2-p5-x32-acc4.c"
#undef SMAX_NEON_FMA

#include "f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax-neon-rr2-p5-x4.c"
#undef SMAX_NEON_FMA

#include "f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax-neon-rr2-p5-x8.c"
#undef SMAX_NEON_FMA

#include "f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax-neon-rr2-p5-x12.c"
#undef SMAX_NEON_FMA

#include "f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax-neon-rr2-p5-x16.c"
#undef SMAX_NEON_FMA

#include "f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax-neon-rr2-p5-x20.c"
#undef SMAX_NEON_FMA

#include "f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax-neon-rr2-p5-x24.c"
#undef SMAX_NEON_FMA

#include "f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax-neon-rr2-p5-x28.c"
#undef SMAX_NEON_FMA

#include "f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax-neon-rr2-p5-x32.c"
#undef SMAX_NEON_FMA

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-neon-rr2-p5-x4.c"
#undef SMAX_NEON_FMA

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-neon-rr2-p5-x8.c"
#undef SMAX_NEON_FMA

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-neon-rr2-p5-x8-acc2.c"
#undef SMAX_NEON_FMA

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-neon-rr2-p5-x12.c"
#undef SMAX_NEON_FMA

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-neon-rr2-p5-x12-acc3.c"
#undef SMAX_NEON_FMA

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-neon-rr2-p5-x16.c"
#undef SMAX_NEON_FMA

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-neon-rr2-p5-x16-acc2.c"
#undef SMAX_NEON_FMA

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-neon-rr2-p5-x16-acc4.c"
#undef SMAX_NEON_FMA

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-neon-rr2-p5-x24-acc3.c"
#undef SMAX_NEON_FMA

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-neon-rr2-p5-x32-acc2.c"
#undef SMAX_NEON_FMA

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-neon-rr2-p5-x32-acc4.c"
#undef SMAX_NEON_FMA

#include "f32-vmulc/gen/f32-vmulc-neon-x4.c"
#undef SMAX_NEON_FMA

#include "f32-vmulc/gen/f32-vmulc-neon-x8.c"
#undef SMAX_NEON_FMA

#include "f32-vmulc/gen/f32-vmulc-neon-x12.c"
#undef SMAX_NEON_FMA

#include "f32-vmulc/gen/f32-vmulc-neon-x16.c"
#undef SMAX_NEON_FMA

#include "f32-vmulc/gen/f32-vmulc-neon-x20.c"
#undef SMAX_NEON_FMA

#include "f32-vmulc/gen/f32-vmulc-neon-x24.c"
#undef SMAX_NEON_FMA

#include "f32-vmulc/gen/f32-vmulc-neon-x28.c"
#undef SMAX_NEON_FMA

#include "f32-vmulc/gen/f32-vmulc-neon-x32.c"
#undef SMAX_NEON_FMA

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-neon-rr2-p5-x4.c"
#undef SMAX_NEON_FMA

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-neon-rr2-p5-x8.c"
#undef SMAX_NEON_FMA

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-neon-rr2-p5-x8-acc2.c"
#undef SMAX_NEON_FMA

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-neon-rr2-p5-x12.c"
#undef SMAX_NEON_FMA

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-neon-rr2-p5-x12-acc3.c"
#undef SMAX_NEON_FMA

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-neon-rr2-p5-x16.c"
#undef SMAX_NEON_FMA

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-neon-rr2-p5-x16-acc2.c"
#undef SMAX_NEON_FMA

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-neon-rr2-p5-x16-acc4.c"
#undef SMAX_NEON_FMA

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-neon-rr2-p5-x24-acc3.c"
#undef SMAX_NEON_FMA

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-neon-rr2-p5-x32-acc2.c"
#undef SMAX_NEON_FMA

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-neon-rr2-p5-x32-acc4.c"
#undef SMAX_NEON_FMA

#include "f32-raddextexp/gen/f32-raddextexp-neon-rr2-p5-x4.c"
#undef SMAX_NEON_FMA

#include "f32-raddextexp/gen/f32-raddextexp-neon-rr2-p5-x8.c"
#undef SMAX_NEON_FMA

#include "f32-raddextexp/gen/f32-raddextexp-neon-rr2-p5-x8-acc2.c"
#undef SMAX_NEON_FMA

#include "f32-raddextexp/gen/f32-raddextexp-neon-rr2-p5-x12.c"
#undef SMAX_NEON_FMA

#include "f32-raddextexp/gen/f32-raddextexp-neon-rr2-p5-x12-acc3.c"
#undef SMAX_NEON_FMA

#include "f32-raddextexp/gen/f32-raddextexp-neon-rr2-p5-x16.c"
#undef SMAX_NEON_FMA

#include "f32-raddextexp/gen/f32-raddextexp-neon-rr2-p5-x16-acc2.c"
#undef SMAX_NEON_FMA

#include "f32-raddextexp/gen/f32-raddextexp-neon-rr2-p5-x16-acc4.c"
#undef SMAX_NEON_FMA

#include "f32-raddextexp/gen/f32-raddextexp-neon-rr2-p5-x24-acc3.c"
#undef SMAX_NEON_FMA

#include "f32-raddextexp/gen/f32-raddextexp-neon-rr2-p5-x32-acc2.c"
#undef SMAX_NEON_FMA

#include "f32-raddextexp/gen/f32-raddextexp-neon-rr2-p5-x32-acc4.c"
#undef SMAX_NEON_FMA

#include "f32-vscaleextexp/gen/f32-vscaleextexp-neon-rr2-p5-x4.c"
#undef SMAX_NEON_FMA

#include "f32-vscaleextexp/gen/f32-vscaleextexp-neon-rr2-p5-x8.c"
#undef SMAX_NEON_FMA

#include "f32-vscaleextexp/gen/f32-vscaleextexp-neon-rr2-p5-x12.c"
#undef SMAX_NEON_FMA

#include "f32-vscaleextexp/gen/f32-vscaleextexp-neon-rr2-p5-x16.c"
#undef SMAX_NEON_FMA

#include "f32-vscaleextexp/gen/f32-vscaleextexp-neon-rr2-p5-x20.c"
#undef SMAX_NEON_FMA

#include "f32-vscaleextexp/gen/f32-vscaleextexp-neon-rr2-p5-x24.c"
#undef SMAX_NEON_FMA

#include "f32-vscaleextexp/gen/f32-vscaleextexp-neon-rr2-p5-x28.c"
#undef SMAX_NEON_FMA

#include "f32-vscaleextexp/gen/f32-vscaleextexp-neon-rr2-p5-x32.c"
#undef SMAX_NEON_FMA

#include "f32-vsubc2/gen/f32-vsubc2-neon-x4.c"
#undef SMAX_NEON_FMA

#include "f32-vsubc2/gen/f32-vsubc2-neon-x8.c"
#undef SMAX_NEON_FMA

#include "f32-vsubc2/gen/f32-vsubc2-neon-x16.c"
#undef SMAX_NEON_FMA

#include "f32-vscaleaddmask/gen/f32-vscaleaddmask-neon-x4.c"
#undef SMAX_NEON_FMA

#include "f32-vscaleaddmask/gen/f32-vscaleaddmask-neon-x8.c"
#undef SMAX_NEON_FMA

#include "f32-vscaleaddmask/gen/f32-vscaleaddmask-neon-x16.c"
#undef SMAX_NEON_FMA

#include "f32-vscaleaddmaskf16/gen/f32-vscaleaddmaskf16-neon-x4.c"
#undef SMAX_NEON_FMA

#include "f32-vscaleaddmaskf16/gen/f32-vscaleaddmaskf16-neon-x8.c"
#undef SMAX_NEON_FMA

#include "f32-vscaleaddmaskf16/gen/f32-vscaleaddmaskf16-neon-x16.c"
#undef SMAX_NEON_FMA

#include "f16-f32-vcvt/gen/f16-f32-vcvt-neon-x8.c"
#undef CONVERT

#include "f16-f32-vcvt/gen/f16-f32-vcvt-neon-x16.c"
#undef CONVERT

#include "bf16-f32-vcvt/gen/bf16-f32-vcvt-neon-x8.c"
#undef CONVERT

#include "bf16-f32-vcvt/gen/bf16-f32-vcvt-neon-x16.c"
#undef CONVERT

#include "f32-f16-vcvt/gen/f32-f16-vcvt-neon-x8.c"
#undef CONVERT
#undef LOAD

#include "f32-f16-vcvt/gen/f32-f16-vcvt-neon-x16.c"
#undef CONVERT
#undef LOAD

#include "f32-bf16-vcvt/gen/f32-bf16-vcvt-neon-x8.c"
#undef CONVERT
#undef LOAD

#include "f32-bf16-vcvt/gen/f32-bf16-vcvt-neon-x16.c"
#undef CONVERT
#undef LOAD

#include "f32-f16-vmulc/gen/f32-f16-vmulc-neon-x8.c"
#undef CONVERT
#undef LOAD

#include "f32-bf16-vmulc/gen/f32-bf16-vmulc-neon-x8.c"
#undef CONVERT
#undef LOAD

#include "f32-rmaxselect/gen/f32-rmaxselect-neon-x8.c"

#include "f32-rmaxselect/gen/f32-rmaxselect-neon-x16-acc2.c"

#include "f16-rmax/gen/f16-rmax-neon-x16-acc4.c"
#undef SMAX_NEON_FMA

#include "bf16-rmax/gen/bf16-rmax-neon-x16-acc4.c"
#undef SMAX_NEON_FMA

#include "f16-f32-raddstoreexpminusmax/gen/f16-f32-raddstoreexpminusmax-neon-rr2-p5-x16-acc2.c"
#undef SMAX_NEON_FMA

#include "bf16-f32-raddstoreexpminusmax/gen/bf16-f32-raddstoreexpminusmax-neon-rr2-p5-x16-acc2.c"
#undef SMAX_NEON_FMA

#include "f16-vsubc2/gen/f16-vsubc2-neon-x8.c"
#undef CONVERT
#undef LOAD
#undef SMAX_NEON_FMA

#include "bf16-vsubc2/gen/bf16-vsubc2-neon-x8.c"
#undef CONVERT
#undef LOAD
#undef SMAX_NEON_FMA

#include "f16-f32-vsubc2/gen/f16-f32-vsubc2-neon-x8.c"
#undef SMAX_NEON_FMA

#include "bf16-f32-vsubc2/gen/bf16-f32-vsubc2-neon-x8.c"
#undef SMAX_NEON_FMA
