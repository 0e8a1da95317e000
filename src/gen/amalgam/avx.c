// Generated from src/isa.table and src/*/*.table by scripts/generate-all: do not edit.
// Every avx kernel in one translation unit (scripts/generate-all, generate_amalgam).

#include "f32-rmax/gen/f32-rmax-avx-x8.c"

#include "f32-rmax/gen/f32-rmax-avx-x16.c"

#include "f32-rmax/gen/f32-rmax-avx-x16-acc2.c"

#include "f32-rmax/gen/f32-rmax-avx-x24.c"

#include "f32-rmax/gen/f32-rmax-avx-x24-acc3.c"

#include "f32-rmax/gen/f32-rmax-avx-x32.c"

#include "f32-rmax/gen/f32-rmax-avx-x32-acc2.c"

#include "f32-rmax/gen/f32-rmax-avx-x32-acc4.c"

#include "f32-rmax/gen/f32-rmax-avx-x40.c"

#include "f32-rmax/gen/f32-rmax-avx-x48.c"

#include "f32-rmax/gen/f32-rmax-avx-x48-acc2.c"

#include "f32-rmax/gen/f32-rmax-avx-x48-acc3.c"

#include "f32-rmax/gen/f32-rmax-avx-x64.c"

#include "f32-rmax/gen/f32-rmax-avx-x64-acc2.c"

#include "f32-rmax/gen/f32-rmax-avx-x64-acc4.c"

#include "f32-rmax/gen/f32-rmax-avx-x72.c"

#include "f32-rmax/gen/f32-rmax-avx-x72-acc3.c"

#include "f32-rmax/gen/f32-rmax-avx-x96.c"

#include "f32-rmax/gen/f32-rmax-avx-x96-acc3.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-avx-rr2-p5-x8.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-avx-rr2-p5-x16.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-avx-rr2-p5-x16-acc2.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-avx-rr2-p5-x24.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-avx-rr2-p5-x24-acc3.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-avx-rr2-p5-x32.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-avx-rr2-p5-x32-acc2.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-avx-rr2-p5-x32-acc4.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-avx-rr2-p5-x40.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-avx-rr2-p5-x48.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-avx-rr2-p5-x48-acc2.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-avx-rr2-p5-x48-acc3.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-avx-rr2-p5-x64.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-avx-rr2-p5-x64-acc2.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-avx-rr2-p5-x64-acc4.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-avx-rr2-p5-x72.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-avx-rr2-p5-x72-acc3.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-avx-rr2-p5-x96.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-avx-rr2-p5-x96-acc3.c"

#include "f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax-avx-rr2-p5-x8.c"

#include "f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax-avx-rr2-p5-x16.c"

#include "f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax-avx-rr2-p5-x24.c"

#include "f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax-avx-rr2-p5-x32.c"

#include "f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax-avx-rr2-p5-x40.c"

#include "f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax-avx-rr2-p5-x48.c"

#include "f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax-avx-rr2-p5-x64.c"

#include "f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax-avx-rr2-p5-x72.c"

#include "f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax-avx-rr2-p5-x96.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-avx-rr2-p5-x8.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-avx-rr2-p5-x16.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-avx-rr2-p5-x16-acc2.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-avx-rr2-p5-x24.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-avx-rr2-p5-x24-acc3.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-avx-rr2-p5-x32.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-avx-rr2-p5-x32-acc2.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-avx-rr2-p5-x32-acc4.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-avx-rr2-p5-x40.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-avx-rr2-p5-x48.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-avx-rr2-p5-x48-acc2.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-avx-rr2-p5-x48-acc3.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-avx-rr2-p5-x64.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-avx-rr2-p5-x64-acc2.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-avx-rr2-p5-x64-acc4.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-avx-rr2-p5-x72.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-avx-rr2-p5-x72-acc3.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-avx-rr2-p5-x96.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-avx-rr2-p5-x96-acc3.c"

#include "f32-vmulc/gen/f32-vmulc-avx-x8.c"

#include "f32-vmulc/gen/f32-vmulc-avx-x16.c"

#include "f32-vmulc/gen/f32-vmulc-avx-x24.c"

#include "f32-vmulc/gen/f32-vmulc-avx-x32.c"

#include "f32-vmulc/gen/f32-vmulc-avx-x40.c"

#include "f32-vmulc/gen/f32-vmulc-avx-x48.c"

#include "f32-vmulc/gen/f32-vmulc-avx-x64.c"

#include "f32-vmulc/gen/f32-vmulc-avx-x72.c"

#include "f32-vmulc/gen/f32-vmulc-avx-x96.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-avx-rr2-p5-x8.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-avx-rr2-p5-x16.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-avx-rr2-p5-x16-acc2.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-avx-rr2-p5-x24.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-avx-rr2-p5-x24-acc3.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-avx-rr2-p5-x32.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-avx-rr2-p5-x32-acc2.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-avx-rr2-p5-x32-acc4.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-avx-rr2-p5-x40.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-avx-rr2-p5-x48.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-avx-rr2-p5-x48-acc2.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-avx-rr2-p5-x48-acc3.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-avx-rr2-p5-x64.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-avx-rr2-p5-x64-acc2.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-avx-rr2-p5-x64-acc4.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-avx-rr2-p5-x72.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-avx-rr2-p5-x72-acc3.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-avx-rr2-p5-x96.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-avx-rr2-p5-x96-acc3.c"

#include "f32-raddextexp/gen/f32-raddextexp-avx-rr2-p5-x8.c"

#include "f32-raddextexp/gen/f32-raddextexp-avx-rr2-p5-x16.c"

#include "f32-raddextexp/gen/f32-raddextexp-avx-rr2-p5-x16-acc2.c"

#include "f32-raddextexp/gen/f32-raddextexp-avx-rr2-p5-x24.c"

#include "f32-raddextexp/gen/f32-raddextexp-avx-rr2-p5-x24-acc3.c"

#include "f32-raddextexp/gen/f32-raddextexp-avx-rr2-p5-x32.c"

#include "f32-raddextexp/gen/f32-raddextexp-avx-rr2-p5-x32-acc2.c"

#include "f32-raddextexp/gen/f32-raddextexp-avx-rr2-p5-x32-acc4.c"

#include "f32-raddextexp/gen/f32-raddextexp-avx-rr2-p5-x40.c"

#include "f32-raddextexp/gen/f32-raddextexp-avx-rr2-p5-x48.c"

#include "f32-raddextexp/gen/f32-raddextexp-avx-rr2-p5-x48-acc2.c"

#include "f32-raddextexp/gen/f32-raddextexp-avx-rr2-p5-x48-acc3.c"

#include "f32-raddextexp/gen/f32-raddextexp-avx-rr2-p5-x64.c"

#include "f32-raddextexp/gen/f32-raddextexp-avx-rr2-p5-x64-acc2.c"

#include "f32-raddextexp/gen/f32-raddextexp-avx-rr2-p5-x64-acc4.c"

#include "f32-raddextexp/gen/f32-raddextexp-avx-rr2-p5-x72.c"

#include "f32-raddextexp/gen/f32-raddextexp-avx-rr2-p5-x72-acc3.c"

#include "f32-raddextexp/gen/f32-raddextexp-avx-rr2-p5-x96.c"

#include "f32-raddextexp/gen/f32-raddextexp-avx-rr2-p5-x96-acc3.c"

#include "f32-vscaleextexp/gen/f32-vscaleextexp-avx-rr2-p5-x8.c"

#include "f32-vscaleextexp/gen/f32-vscaleextexp-avx-rr2-p5-x16.c"

#include "f32-vscaleextexp/gen/f32-vscaleextexp-avx-rr2-p5-x24.c"

#include "f32-vscaleextexp/gen/f32-vscaleextexp-avx-rr2-p5-x32.c"

#include "f32-vscaleextexp/gen/f32-vscaleextexp-avx-rr2-p5-x40.c"

#include "f32-vscaleextexp/gen/f32-vscaleextexp-avx-rr2-p5-x48.c"

#include "f32-vscaleextexp/gen/f32-vscaleextexp-avx-rr2-p5-x64.c"

#include "f32-vscaleextexp/gen/f32-vscaleextexp-avx-rr2-p5-x72.c"

#include "f32-vscaleextexp/gen/f32-vscaleextexp-avx-rr2-p5-x96.c"

#include "f32-vsubc2/gen/f32-vsubc2-avx-x8.c"

#include "f32-vsubc2/gen/f32-vsubc2-avx-x16.c"

#include "f32-vsubc2/gen/f32-vsubc2-avx-x32.c"

#include "f32-vscaleaddmask/gen/f32-vscaleaddmask-avx-x8.c"

#include "f32-vscaleaddmask/gen/f32-vscaleaddmask-avx-x16.c"

#include "f32-vscaleaddmask/gen/f32-vscaleaddmask-avx-x32.c"

#include "f32-vscaleaddmaskf16/gen/f32-vscaleaddmaskf16-avx-x8.c"

#include "f32-vscaleaddmaskf16/gen/f32-vscaleaddmaskf16-avx-x16.c"

#include "f32-vscaleaddmaskf16/gen/f32-vscaleaddmaskf16-avx-x32.c"

#include "f32-rmaxselect/gen/f32-rmaxselect-avx-x16.c"

#include "f32-rmaxselect/gen/f32-rmaxselect-avx-x32-acc2.c"
