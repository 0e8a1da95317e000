// Generated from src/isa.table and src/*/*.table by scripts/generate-all: do not edit.
// Every avx2 kernel in one translation unit (scripts/generate-all, generate_amalgam).

#include "f32-rmax/gen/f32-rmax-avx2-x8.c"

#include "f32-rmax/gen/f32-rmax-avx2-x16.c"

#include "f32-rmax/gen/f32-rmax-avx2-x16-acc2.c"

#include "f32-rmax/gen/f32-rmax-avx2-x32.c"

#include "f32-rmax/gen/f32-rmax-avx2-x32-acc2.c"

#include "f32-rmax/gen/f32-rmax-avx2-x32-acc4.c"

#include "f32-rmax/gen/f32-rmax-avx2-x64.c"

#include "f32-rmax/gen/f32-rmax-avx2-x64-acc2.c"

#include "f32-rmax/gen/f32-rmax-avx2-x64-acc4.c"

#include "f32-rmax/gen/f32-rmax-avx2-x72-acc3.c"

#include "f32-rmax/gen/f32-rmax-avx2-x96-acc2.c"

#include "f32-rmax/gen/f32-rmax-avx2-x96-acc3.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-avx2-rr2-p5-x8.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-avx2-rr2-p5-x16.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-avx2-rr2-p5-x16-acc2.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-avx2-rr2-p5-x32.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-avx2-rr2-p5-x32-acc2.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-avx2-rr2-p5-x32-acc4.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-avx2-rr2-p5-x64.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-avx2-rr2-p5-x64-acc2.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-avx2-rr2-p5-x64-acc4.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-avx2-rr2-p5-x72-acc3.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-avx2-rr2-p5-x96-acc2.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-avx2-rr2-p5-x96-acc3.c"

#include "f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax-avx2-rr2-p5-x8.c"

#include "f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax-avx2-rr2-p5-x16.c"

#include "f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax-avx2-rr2-p5-x24.c"

#include "f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax-avx2-rr2-p5-x32.c"

#include "f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax-avx2-rr2-p5-x40.c"

#include "f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax-avx2-rr2-p5-x48.c"

#include "f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax-avx2-rr2-p5-x64.c"

#include "f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax-avx2-rr2-p5-x96.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-avx2-rr2-p5-x8.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-avx2-rr2-p5-x16.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-avx2-rr2-p5-x16-acc2.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-avx2-rr2-p5-x32.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-avx2-rr2-p5-x32-acc2.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-avx2-rr2-p5-x32-acc4.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-avx2-rr2-p5-x64.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-avx2-rr2-p5-x64-acc2.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-avx2-rr2-p5-x64-acc4.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-avx2-rr2-p5-x72-acc3.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-avx2-rr2-p5-x96-acc2.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-avx2-rr2-p5-x96-acc3.c"

#include "f32-vmulc/gen/f32-vmulc-avx2-x8.c"

#include "f32-vmulc/gen/f32-vmulc-avx2-x16.c"

#include "f32-vmulc/gen/f32-vmulc-avx2-x24.c"

#include "f32-vmulc/gen/f32-vmulc-avx2-x32.c"

#include "f32-vmulc/gen/f32-vmulc-avx2-x40.c"

#include "f32-vmulc/gen/f32-vmulc-avx2-x48.c"

#include "f32-vmulc/gen/f32-vmulc-avx2-x64.c"

#include "f32-vmulc/gen/f32-vmulc-avx2-x96.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-avx2-rr2-p5-x8.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-avx2-rr2-p5-x16.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-avx2-rr2-p5-x16-acc2.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-avx2-rr2-p5-x32.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-avx2-rr2-p5-x32-acc2.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-avx2-rr2-p5-x32-acc4.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-avx2-rr2-p5-x64.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-avx2-rr2-p5-x64-acc2.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-avx2-rr2-p5-x64-acc4.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-avx2-rr2-p5-x72-acc3.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-avx2-rr2-p5-x96-acc2.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-avx2-rr2-p5-x96-acc3.c"

#include "f32-raddextexp/gen/f32-raddextexp-avx2-rr2-p5-x8.c"

#include "f32-raddextexp/gen/f32-raddextexp-avx2-rr2-p5-x16.c"

#include "f32-raddextexp/gen/f32-raddextexp-avx2-rr2-p5-x16-acc2.c"

#include "f32-raddextexp/gen/f32-raddextexp-avx2-rr2-p5-x32.c"

#include "f32-raddextexp/gen/f32-raddextexp-avx2-rr2-p5-x32-acc2.c"

#include "f32-raddextexp/gen/f32-raddextexp-avx2-rr2-p5-x32-acc4.c"

#include "f32-raddextexp/gen/f32-raddextexp-avx2-rr2-p5-x64.c"

#include "f32-raddextexp/gen/f32-raddextexp-avx2-rr2-p5-x64-acc2.c"

#include "f32-raddextexp/gen/f32-raddextexp-avx2-rr2-p5-x64-acc4.c"

#include "f32-raddextexp/gen/f32-raddextexp-avx2-rr2-p5-x72-acc3.c"

#include "f32-raddextexp/gen/f32-raddextexp-avx2-rr2-p5-x96-acc2.c"

#include "f32-raddextexp/gen/f32-raddextexp-avx2-rr2-p5-x96-acc3.c"

#include "f32-vscaleextexp/gen/f32-vscaleextexp-avx2-rr2-p5-x8.c"

#include "f32-vscaleextexp/gen/f32-vscaleextexp-avx2-rr2-p5-x16.c"

#include "f32-vscaleextexp/gen/f32-vscaleextexp-avx2-rr2-p5-x24.c"

#include "f32-vscaleextexp/gen/f32-vscaleextexp-avx2-rr2-p5-x32.c"

#include "f32-vscaleextexp/gen/f32-vscaleextexp-avx2-rr2-p5-x40.c"

#include "f32-vscaleextexp/gen/f32-vscaleextexp-avx2-rr2-p5-x48.c"

#include "f32-vscaleextexp/gen/f32-vscaleextexp-avx2-rr2-p5-x64.c"

#include "f32-vscaleextexp/gen/f32-vscaleextexp-avx2-rr2-p5-x96.c"

#include "f32-vsubc2/gen/f32-vsubc2-avx2-x8.c"

#include "f32-vsubc2/gen/f32-vsubc2-avx2-x16.c"

#include "f32-vsubc2/gen/f32-vsubc2-avx2-x32.c"

#include "f32-vscaleaddmask/gen/f32-vscaleaddmask-avx2-x8.c"

#include "f32-vscaleaddmask/gen/f32-vscaleaddmask-avx2-x16.c"

#include "f32-vscaleaddmask/gen/f32-vscaleaddmask-avx2-x32.c"

#include "f32-vscaleaddmaskf16/gen/f32-vscaleaddmaskf16-avx2-f16c-x8.c"

#include "f32-vscaleaddmaskf16/gen/f32-vscaleaddmaskf16-avx2-f16c-x16.c"

#include "f32-vscaleaddmaskf16/gen/f32-vscaleaddmaskf16-avx2-f16c-x32.c"

#include "f16-f32-vcvt/gen/f16-f32-vcvt-avx2-x8.c"
#undef CONVERT

#include "f16-f32-vcvt/gen/f16-f32-vcvt-avx2-x16.c"
#undef CONVERT

#include "f16-f32-vcvt/gen/f16-f32-vcvt-avx2-x32.c"
#undef CONVERT

#include "bf16-f32-vcvt/gen/bf16-f32-vcvt-avx2-x8.c"
#undef CONVERT

#include "bf16-f32-vcvt/gen/bf16-f32-vcvt-avx2-x16.c"
#undef CONVERT

#include "bf16-f32-vcvt/gen/bf16-f32-vcvt-avx2-x32.c"
#undef CONVERT

#include "f32-f16-vcvt/gen/f32-f16-vcvt-avx2-x8.c"
#undef CONVERT
#undef LOAD

#include "f32-f16-vcvt/gen/f32-f16-vcvt-avx2-x16.c"
#undef CONVERT
#undef LOAD

#include "f32-f16-vcvt/gen/f32-f16-vcvt-avx2-x32.c"
#undef CONVERT
#undef LOAD

#include "f32-bf16-vcvt/gen/f32-bf16-vcvt-avx2-x8.c"
#undef CONVERT
#undef LOAD

#include "f32-bf16-vcvt/gen/f32-bf16-vcvt-avx2-x16.c"
#undef CONVERT
#undef LOAD

#include "f32-bf16-vcvt/gen/f32-bf16-vcvt-avx2-x32.c"
#undef CONVERT
#undef LOAD

#include "f32-f16-vmulc/gen/f32-f16-vmulc-avx2-x16.c"
#undef CONVERT
#undef LOAD

#include "f32-f16-vmulc/gen/f32-f16-vmulc-avx2-x32.c"
#undef CONVERT
#undef LOAD

#include "f32-bf16-vmulc/gen/f32-bf16-vmulc-avx2-x16.c"
#undef CONVERT
#undef LOAD

#include "f32-bf16-vmulc/gen/f32-bf16-vmulc-avx2-x32.c"
#undef CONVERT
#undef LOAD

#include "f32-rmaxselect/gen/f32-rmaxselect-avx2-x16.c"

#include "f32-rmaxselect/gen/f32-rmaxselect-avx2-x32-acc2.c"

#include "f16-rmax/gen/f16-rmax-avx2-x32-acc4.c"

#include "bf16-rmax/gen/bf16-rmax-avx2-x32-acc4.c"

#include "f16-f32-raddstoreexpminusmax/gen/f16-f32-raddstoreexpminusmax-avx2-rr2-p5-x16.c"

#include "bf16-f32-raddstoreexpminusmax/gen/bf16-f32-raddstoreexpminusmax-avx2-rr2-p5-x16.c"

#include "f16-vsubc2/gen/f16-vsubc2-avx2-x16.c"
#undef CONVERT
#undef LOAD

#include "f16-vsubc2/gen/f16-vsubc2-avx2-x32.c"
#undef CONVERT
#undef LOAD

#include "bf16-vsubc2/gen/bf16-vsubc2-avx2-x16.c"
#undef CONVERT
#undef LOAD

#include "bf16-vsubc2/gen/bf16-vsubc2-avx2-x32.c"
#undef CONVERT
#undef LOAD

#include "f16-f32-vsubc2/gen/f16-f32-vsubc2-avx2-x32.c"

#include "bf16-f32-vsubc2/gen/bf16-f32-vsubc2-avx2-x32.c"
