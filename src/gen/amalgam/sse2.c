// Generated from src/isa.table and src/*/*.table by scripts/generate-all: do not edit.
// Every sse2 kernel in one translation unit (scripts/generate-all, generate_amalgam).

#include "f32-rmax/gen/f32-rmax-sse2-x4.c"

#include "f32-rmax/gen/f32-rmax-sse2-x8.c"

#include "f32-rmax/gen/f32-rmax-sse2-x8-acc2.c"

#include "f32-rmax/gen/f32-rmax-sse2-x12.c"

#include "f32-rmax/gen/f32-rmax-sse2-x12-acc3.c"

#include "f32-rmax/gen/f32-rmax-sse2-x16.c"

#include "f32-rmax/gen/f32-rmax-sse2-x16-acc2.c"

#include "f32-rmax/gen/f32-rmax-sse2-x16-acc4.c"

#include "f32-rmax/gen/f32-rmax-sse2-x20.c"

#include "f32-rmax/gen/f32-rmax-sse2-x24.c"

#include "f32-rmax/gen/f32-rmax-sse2-x24-acc2.c"

#include "f32-rmax/gen/f32-rmax-sse2-x24-acc3.c"

#include "f32-rmax/gen/f32-rmax-sse2-x32.c"

#include "f32-rmax/gen/f32-rmax-sse2-x32-acc2.c"

#include "f32-rmax/gen/f32-rmax-sse2-x32-acc4.c"

#include "f32-rmax/gen/f32-rmax-sse2-x40.c"

#include "f32-rmax/gen/f32-rmax-sse2-x48.c"

#include "f32-rmax/gen/f32-rmax-sse2-x48-acc3.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-sse2-rr2-p5-x4.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-sse2-rr2-p5-x8.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-sse2-rr2-p5-x8-acc2.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-sse2-rr2-p5-x12.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-sse2-rr2-p5-x12-acc3.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-sse2-rr2-p5-x16.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-sse2-rr2-p5-x16-acc2.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-sse2-rr2-p5-x16-acc4.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-sse2-rr2-p5-x20.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-sse2-rr2-p5-x24.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-sse2-rr2-p5-x24-acc2.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-sse2-rr2-p5-x24-acc3.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-sse2-rr2-p5-x32.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-sse2-rr2-p5-x32-acc2.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-sse2-rr2-p5-x32-acc4.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-sse2-rr2-p5-x40.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-sse2-rr2-p5-x48.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-sse2-rr2-p5-x48-acc3.c"

#include "f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax-sse2-rr2-p5-x4.c"

#include "f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax-sse2-rr2-p5-x8.c"

#include "f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax-sse2-rr2-p5-x12.c"

#include "f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax-sse2-rr2-p5-x16.c"

#include "f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax-sse2-rr2-p5-x20.c"

#include "f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax-sse2-rr2-p5-x24.c"

#include "f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax-sse2-rr2-p5-x32.c"

#include "f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax-sse2-rr2-p5-x40.c"

#include "f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax-sse2-rr2-p5-x48.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-sse2-rr2-p5-x4.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-sse2-rr2-p5-x8.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-sse2-rr2-p5-x8-acc2.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-sse2-rr2-p5-x12.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-sse2-rr2-p5-x12-acc3.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-sse2-rr2-p5-x16.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-sse2-rr2-p5-x16-acc2.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-sse2-rr2-p5-x16-acc4.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-sse2-rr2-p5-x20.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-sse2-rr2-p5-x24.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-sse2-rr2-p5-x24-acc2.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-sse2-rr2-p5-x24-acc3.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-sse2-rr2-p5-x32.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-sse2-rr2-p5-x32-acc2.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-sse2-rr2-p5-x32-acc4.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-sse2-rr2-p5-x40.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-sse2-rr2-p5-x48.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-sse2-rr2-p5-x48-acc3.c"

#include "f32-vmulc/gen/f32-vmulc-sse2-x4.c"

#include "f32-vmulc/gen/f32-vmulc-sse2-x8.c"

#include "f32-vmulc/gen/f32-vmulc-sse2-x12.c"

#include "f32-vmulc/gen/f32-vmulc-sse2-x16.c"

#include "f32-vmulc/gen/f32-vmulc-sse2-x20.c"

#include "f32-vmulc/gen/f32-vmulc-sse2-x24.c"

#include "f32-vmulc/gen/f32-vmulc-sse2-x32.c"

#include "f32-vmulc/gen/f32-vmulc-sse2-x40.c"

#include "f32-vmulc/gen/f32-vmulc-sse2-x48.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-sse2-rr2-p5-x4.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-sse2-rr2-p5-x8.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-sse2-rr2-p5-x8-acc2.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-sse2-rr2-p5-x12.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-sse2-rr2-p5-x12-acc3.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-sse2-rr2-p5-x16.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-sse2-rr2-p5-x16-acc2.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-sse2-rr2-p5-x16-acc4.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-sse2-rr2-p5-x20.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-sse2-rr2-p5-x24.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-sse2-rr2-p5-x24-acc2.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-sse2-rr2-p5-x24-acc3.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-sse2-rr2-p5-x32.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-sse2-rr2-p5-x32-acc2.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-sse2-rr2-p5-x32-acc4.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-sse2-rr2-p5-x40.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-sse2-rr2-p5-x48.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-sse2-rr2-p5-x48-acc3.c"

#include "f32-raddextexp/gen/f32-raddextexp-sse2-rr2-p5-x4.c"

#include "f32-raddextexp/gen/f32-raddextexp-sse2-rr2-p5-x8.c"

#include "f32-raddextexp/gen/f32-raddextexp-sse2-rr2-p5-x8-acc2.c"

#include "f32-raddextexp/gen/f32-raddextexp-sse2-rr2-p5-x12.c"

#include "f32-raddextexp/gen/f32-raddextexp-sse2-rr2-p5-x12-acc3.c"

#include "f32-raddextexp/gen/f32-raddextexp-sse2-rr2-p5-x16.c"

#include "f32-raddextexp/gen/f32-raddextexp-sse2-rr2-p5-x16-acc2.c"

#include "f32-raddextexp/gen/f32-raddextexp-sse2-rr2-p5-x16-acc4.c"

#include "f32-raddextexp/gen/f32-raddextexp-sse2-rr2-p5-x20.c"

#include "f32-raddextexp/gen/f32-raddextexp-sse2-rr2-p5-x24.c"

#include "f32-raddextexp/gen/f32-raddextexp-sse2-rr2-p5-x24-acc2.c"

#include "f32-raddextexp/gen/f32-raddextexp-sse2-rr2-p5-x24-acc3.c"

#include "f32-raddextexp/gen/f32-raddextexp-sse2-rr2-p5-x32.c"

#include "f32-raddextexp/gen/f32-raddextexp-sse2-rr2-p5-x32-acc2.c"

#include "f32-raddextexp/gen/f32-raddextexp-sse2-rr2-p5-x32-acc4.c"

#include "f32-raddextexp/gen/f32-raddextexp-sse2-rr2-p5-x40.c"

#include "f32-raddextexp/gen/f32-raddextexp-sse2-rr2-p5-x48.c"

#include "f32-raddextexp/gen/f32-raddextexp-sse2-rr2-p5-x48-acc3.c"

#include "f32-vscaleextexp/gen/f32-vscaleextexp-sse2-rr2-p5-x4.c"

#include "f32-vscaleextexp/gen/f32-vscaleextexp-sse2-rr2-p5-x8.c"

#include "f32-vscaleextexp/gen/f32-vscaleextexp-sse2-rr2-p5-x12.c"

#include "f32-vscaleextexp/gen/f32-vscaleextexp-sse2-rr2-p5-x16.c"

#include "f32-vscaleextexp/gen/f32-vscaleextexp-sse2-rr2-p5-x20.c"

#include "f32-vscaleextexp/gen/f32-vscaleextexp-sse2-rr2-p5-x24.c"

#include "f32-vscaleextexp/gen/f32-vscaleextexp-sse2-rr2-p5-x32.c"

#include "f32-vscaleextexp/gen/f32-vscaleextexp-sse2-rr2-p5-x40.c"

#include "f32-vscaleextexp/gen/f32-vscaleextexp-sse2-rr2-p5-x48.c"

#include "f32-vsubc2/gen/f32-vsubc2-sse2-x4.c"

#include "f32-vsubc2/gen/f32-vsubc2-sse2-x8.c"

#include "f32-vsubc2/gen/f32-vsubc2-sse2-x16.c"

#include "f32-vscaleaddmask/gen/f32-vscaleaddmask-sse2-x4.c"

#include "f32-vscaleaddmask/gen/f32-vscaleaddmask-sse2-x8.c"

#include "f32-vscaleaddmask/gen/f32-vscaleaddmask-sse2-x16.c"

#include "f32-vscaleaddmaskf16/gen/f32-vscaleaddmaskf16-sse2-x4.c"

#include "f32-vscaleaddmaskf16/gen/f32-vscaleaddmaskf16-sse2-x8.c"

#include "f32-vscaleaddmaskf16/gen/f32-vscaleaddmaskf16-sse2-x16.c"

#include "f16-f32-vcvt/gen/f16-f32-vcvt-sse2-x8.c"

#include "f16-f32-vcvt/gen/f16-f32-vcvt-sse2-x16.c"

#include "bf16-f32-vcvt/gen/bf16-f32-vcvt-sse2-x8.c"

#include "bf16-f32-vcvt/gen/bf16-f32-vcvt-sse2-x16.c"

#include "f32-f16-vcvt/gen/f32-f16-vcvt-sse2-x8.c"
#undef LOAD

#include "f32-f16-vcvt/gen/f32-f16-vcvt-sse2-x16.c"
#undef LOAD

#include "f32-bf16-vcvt/gen/f32-bf16-vcvt-sse2-x8.c"
#undef LOAD

#include "f32-bf16-vcvt/gen/f32-bf16-vcvt-sse2-x16.c"
#undef LOAD

#include "f32-f16-vmulc/gen/f32-f16-vmulc-sse2-x16.c"
#undef LOAD

#include "f32-bf16-vmulc/gen/f32-bf16-vmulc-sse2-x16.c"
#undef LOAD

#include "f32-rmaxselect/gen/f32-rmaxselect-sse2-x8.c"

#include "f32-rmaxselect/gen/f32-rmaxselect-sse2-x16-acc2.c"

#include "f16-rmax/gen/f16-rmax-sse2-x32-acc4.c"

#include "bf16-rmax/gen/bf16-rmax-sse2-x32-acc4.c"

#include "f16-f32-raddstoreexpminusmax/gen/f16-f32-raddstoreexpminusmax-sse2-rr2-p5-x32-acc4.c"

#include "bf16-f32-raddstoreexpminusmax/gen/bf16-f32-raddstoreexpminusmax-sse2-rr2-p5-x32-acc4.c"

#include "f16-vsubc2/gen/f16-vsubc2-sse2-x16.c"
#undef LOAD

#include "bf16-vsubc2/gen/bf16-vsubc2-sse2-x16.c"
#undef LOAD

#include "f16-f32-vsubc2/gen/f16-f32-vsubc2-sse2-x16.c"

#include "bf16-f32-vsubc2/gen/bf16-f32-vsubc2-sse2-x16.c"
