// Generated from src/isa.table and src/*/*.table by scripts/generate-all: do not edit.
// Every neonfma kernel in one translation unit (scripts/generate-all, generate_amalgam).

#include "f32-rmax/gen/f32-rmax-neonfma-x4.c"
#undef SMAX_NEON_FMA

#include "f32-rmax/gen/f32-rmax-neonfma-x8.c"
#undef SMAX_NEON_FMA

#include "f32-rmax/gen/f32-rmax-neonfma-x8-acc2.c"
#undef SMAX_NEON_FMA

#include "f32-rmax/gen/f32-rmax-neonfma-x12.c"
#undef SMAX_NEON_FMA

#include "f32-rmax/gen/f32-rmax-neonfma-x12-acc3.c"
#undef SMAX_NEON_FMA

#include "f32-rmax/gen/f32-rmax-neonfma-x16.c"
#undef SMAX_NEON_FMA

#include "f32-rmax/gen/f32-rmax-neonfma-x16-acc2.c"
#undef SMAX_NEON_FMA

#include "f32-rmax/gen/f32-rmax-neonfma-x16-acc4.c"
#undef SMAX_NEON_FMA

#include "f32-rmax/gen/f32-rmax-neonfma-x24-acc3.c"
#undef SMAX_NEON_FMA

#include "f32-rmax/gen/f32-rmax-neonfma-x32-acc2.c"
#undef SMAX_NEON_FMA

#include "f32-rmax/gen/f32-rmax-neonfma-x32-acc4.c"
#undef SMAX_NEON_FMA

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-neonfma-rr2-p5-x4.c"
#undef SMAX_NEON_FMA

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-neonfma-rr2-p5-x8.c"
#undef SMAX_NEON_FMA

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-neonfma-rr2-p5-x8-acc2.c"
#undef SMAX_NEON_FMA

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-neonfma-rr2-p5-x12.c"
#undef SMAX_NEON_FMA

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-neonfma-rr2-p5-x12-acc3.c"
#undef SMAX_NEON_FMA

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-neonfma-rr2-p5-x16.c"
#undef SMAX_NEON_FMA

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-neonfma-rr2-p5-x16-acc2.c"
#undef SMAX_NEON_FMA

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-neonfma-rr2-p5-x16-acc4.c"
#undef SMAX_NEON_FMA

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-neonfma-rr2-p5-x24-acc3.c"
#undef SMAX_NEON_FMA

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-neonfma-rr2-p5-x32-acc2.c"
#undef SMAX_NEON_FMA

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-neonfma-rr2-p5-x32-acc4.c"
#undef SMAX_NEON_FMA

#include "f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax-neonfma-rr2-p5-x4.c"
#undef SMAX_NEON_FMA

#include "f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax-neonfma-rr2-p5-x8.c"
#undef SMAX_NEON_FMA

#include "f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax-neonfma-rr2-p5-x12.c"
#undef SMAX_NEON_FMA

#include "f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax-neonfma-rr2-p5-x16.c"
#undef SMAX_NEON_FMA

#include "f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax-neonfma-rr2-p5-x20.c"
#undef SMAX_NEON_FMA

#include "f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax-neonfma-rr2-p5-x24.c"
#undef SMAX_NEON_FMA

#include "f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax-neonfma-rr2-p5-x28.c"
#undef SMAX_NEON_FMA

#include "f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax-neonfma-rr2-p5-x32.c"
#undef SMAX_NEON_FMA

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-neonfma-rr2-p5-x4.c"
#undef SMAX_NEON_FMA

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-neonfma-rr2-p5-x8.c"
#undef SMAX_NEON_FMA

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-neonfma-rr2-p5-x8-acc2.c"
#undef SMAX_NEON_FMA

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-neonfma-rr2-p5-x12.c"
#undef SMAX_NEON_FMA

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-neonfma-rr2-p5-x12-acc3.c"
#undef SMAX_NEON_FMA

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-neonfma-rr2-p5-x16.c"
#undef SMAX_NEON_FMA

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-neonfma-rr2-p5-x16-acc2.c"
#undef SMAX_NEON_FMA

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-neonfma-rr2-p5-x16-acc4.c"
#undef SMAX_NEON_FMA

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-neonfma-rr2-p5-x24-acc3.c"
#undef SMAX_NEON_FMA

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-neonfma-rr2-p5-x32-acc2.c"
#undef SMAX_NEON_FMA

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-neonfma-rr2-p5-x32-acc4.c"
#undef SMAX_NEON_FMA

#include "f32-vmulc/gen/f32-vmulc-neonfma-x4.c"
#undef SMAX_NEON_FMA

#include "f32-vmulc/gen/f32-vmulc-neonfma-x8.c"
#undef SMAX_NEON_FMA

#include "f32-vmulc/gen/f32-vmulc-neonfma-x12.c"
#undef SMAX_NEON_FMA

#include "f32-vmulc/gen/f32-vmulc-neonfma-x16.c"
#undef SMAX_NEON_FMA

#include "f32-vmulc/gen/f32-vmulc-neonfma-x20.c"
#undef SMAX_NEON_FMA

#include "f32-vmulc/gen/f32-vmulc-neonfma-x24.c"
#undef SMAX_NEON_FMA

#include "f32-vmulc/gen/f32-vmulc-neonfma-x28.c"
#undef SMAX_NEON_FMA

#include "f32-vmulc/gen/f32-vmulc-neonfma-x32.c"
#undef SMAX_NEON_FMA

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-neonfma-rr2-p5-x4.c"
#undef SMAX_NEON_FMA

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-neonfma-rr2-p5-x8.c"
#undef SMAX_NEON_FMA

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-neonfma-rr2-p5-x8-acc2.c"
#undef SMAX_NEON_FMA

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-neonfma-rr2-p5-x12.c"
#undef SMAX_NEON_FMA

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-neonfma-rr2-p5-x12-acc3.c"
#undef SMAX_NEON_FMA

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-neonfma-rr2-p5-x16.c"
#undef SMAX_NEON_FMA

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-neonfma-rr2-p5-x16-acc2.c"
#undef SMAX_NEON_FMA

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-neonfma-rr2-p5-x16-acc4.c"
#undef SMAX_NEON_FMA

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-neonfma-rr2-p5-x24-acc3.c"
#undef SMAX_NEON_FMA

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-neonfma-rr2-p5-x32-acc2.c"
#undef SMAX_NEON_FMA

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-neonfma-rr2-p5-x32-acc4.c"
#undef SMAX_NEON_FMA

#include "f32-raddextexp/gen/f32-raddextexp-neonfma-rr2-p5-x4.c"
#undef SMAX_NEON_FMA

#include "f32-raddextexp/gen/f32-raddextexp-neonfma-rr2-p5-x8.c"
#undef SMAX_NEON_FMA

#include "f32-raddextexp/gen/f32-raddextexp-neonfma-rr2-p5-x8-acc2.c"
#undef SMAX_NEON_FMA

#include "f32-raddextexp/gen/f32-raddextexp-neonfma-rr2-p5-x12.c"
#undef SMAX_NEON_FMA

#include "f32-raddextexp/gen/f32-raddextexp-neonfma-rr2-p5-x12-acc3.c"
#undef SMAX_NEON_FMA

#include "f32-raddextexp/gen/f32-raddextexp-neonfma-rr2-p5-x16.c"
#undef SMAX_NEON_FMA

#include "f32-raddextexp/gen/f32-raddextexp-neonfma-rr2-p5-x16-acc2.c"
#undef SMAX_NEON_FMA

#include "f32-raddextexp/gen/f32-raddextexp-neonfma-rr2-p5-x16-acc4.c"
#undef SMAX_NEON_FMA

#include "f32-raddextexp/gen/f32-raddextexp-neonfma-rr2-p5-x24-acc3.c"
#undef SMAX_NEON_FMA

#include "f32-raddextexp/gen/f32-raddextexp-neonfma-rr2-p5-x32-acc2.c"
#undef SMAX_NEON_FMA

#include "f32-raddextexp/gen/f32-raddextexp-neonfma-rr2-p5-x32-acc4.c"
#undef SMAX_NEON_FMA

#include "f32-vscaleextexp/gen/f32-vscaleextexp-neonfma-rr2-p5-x4.c"
#undef SMAX_NEON_FMA

#include "f32-vscaleextexp/gen/f32-vscaleextexp-neonfma-rr2-p5-x8.c"
#undef SMAX_NEON_FMA

#include "f32-vscaleextexp/gen/f32-vscaleextexp-neonfma-rr2-p5-x12.c"
#undef SMAX_NEON_FMA

#include "f32-vscaleextexp/gen/f32-vscaleextexp-neonfma-rr2-p5-x16.c"
#undef SMAX_NEON_FMA

#include "f32-vscaleextexp/gen/f32-vscaleextexp-neonfma-rr2-p5-x20.c"
#undef SMAX_NEON_FMA

#include "f32-vscaleextexp/gen/f32-vscaleextexp-neonfma-rr2-p5-x24.c"
#undef SMAX_NEON_FMA

#include "f32-vscaleextexp/gen/f32-vscaleextexp-neonfma-rr2-p5-x28.c"
#undef SMAX_NEON_FMA

#include "f32-vscaleextexp/gen/f32-vscaleextexp-neonfma-rr2-p5-x32.c"
#undef SMAX_NEON_FMA

#include "f32-rmaxselect/gen/f32-rmaxselect-neonfma-x8.c"

#include "f32-rmaxselect/gen/f32-rmaxselect-neonfma-x16-acc2.c"

#include "f16-f32-raddstoreexpminusmax/gen/f16-f32-raddstoreexpminusmax-neonfma-rr2-p5-x16-acc2.c"
#undef SMAX_NEON_FMA

#include "bf16-f32-raddstoreexpminusmax/gen/bf16-f32-raddstoreexpminusmax-neonfma-rr2-p5-x16-acc2.c"
#undef SMAX_NEON_FMA
