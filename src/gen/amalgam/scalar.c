// Generated from src/isa.table and src/*/*.table by scripts/generate-all: do not edit.
// Every scalar kernel in one translation unit (scripts/generate-all, generate_amalgam).

#include "f32-rmax/gen/f32-rmax-scalar-x1.c"

#include "f32-rmax/gen/f32-rmax-scalar-x2.c"

#include "f32-rmax/gen/f32-rmax-scalar-x2-acc2.c"

#include "f32-rmax/gen/f32-rmax-scalar-x4.c"

#include "f32-rmax/gen/f32-rmax-scalar-x4-acc2.c"

#include "f32-rmax/gen/f32-rmax-scalar-x4-acc4.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-scalar-rr2-p5-x1.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-scalar-rr2-p5-x2.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-scalar-rr2-p5-x2-acc2.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-scalar-rr2-p5-x4.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-scalar-rr2-p5-x4-acc2.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-scalar-rr2-p5-x4-acc4.c"

#include "f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax-scalar-rr2-p5-x1.c"

#include "f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax-scalar-rr2-p5-x2.c"

#include "f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax-scalar-rr2-p5-x4.c"

#include "f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax-scalar-rr2-p5-x8.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-scalar-rr2-p5-x1.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-scalar-rr2-p5-x2.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-scalar-rr2-p5-x2-acc2.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-scalar-rr2-p5-x4.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-scalar-rr2-p5-x4-acc2.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-scalar-rr2-p5-x4-acc4.c"

#include "f32-vmulc/gen/f32-vmulc-scalar-x1.c"

#include "f32-vmulc/gen/f32-vmulc-scalar-x2.c"

#include "f32-vmulc/gen/f32-vmulc-scalar-x4.c"

#include "f32-vmulc/gen/f32-vmulc-scalar-x8.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-scalar-rr2-p5-x1.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-scalar-rr2-p5-x2.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-scalar-rr2-p5-x2-acc2.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-scalar-rr2-p5-x4.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-scalar-rr2-p5-x4-acc2.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-scalar-rr2-p5-x4-acc4.c"

#include "f32-raddextexp/gen/f32-raddextexp-scalar-rr2-p5-x1.c"

#include "f32-raddextexp/gen/f32-raddextexp-scalar-rr2-p5-x2.c"

#include "f32-raddextexp/gen/f32-raddextexp-scalar-rr2-p5-x2-acc2.c"

#include "f32-raddextexp/gen/f32-raddextexp-scalar-rr2-p5-x4.c"

#include "f32-raddextexp/gen/f32-raddextexp-scalar-rr2-p5-x4-acc2.c"

#include "f32-raddextexp/gen/f32-raddextexp-scalar-rr2-p5-x4-acc4.c"

#include "f32-vscaleextexp/gen/f32-vscaleextexp-scalar-rr2-p5-x1.c"

#include "f32-vscaleextexp/gen/f32-vscaleextexp-scalar-rr2-p5-x2.c"

#include "f32-vscaleextexp/gen/f32-vscaleextexp-scalar-rr2-p5-x4.c"

#include "f32-vscaleextexp/gen/f32-vscaleextexp-scalar-rr2-p5-x8.c"

#include "f32-vsubc2/gen/f32-vsubc2-scalar-x1.c"

#include "f32-vsubc2/gen/f32-vsubc2-scalar-x2.c"

#include "f32-vsubc2/gen/f32-vsubc2-scalar-x4.c"

#include "f32-vscaleaddmask/gen/f32-vscaleaddmask-scalar-x1.c"

#include "f32-vscaleaddmask/gen/f32-vscaleaddmask-scalar-x2.c"

#include "f32-vscaleaddmask/gen/f32-vscaleaddmask-scalar-x4.c"

#include "f32-vscaleaddmaskf16/gen/f32-vscaleaddmaskf16-scalar-x1.c"

#include "f32-vscaleaddmaskf16/gen/f32-vscaleaddmaskf16-scalar-x2.c"

#include "f32-vscaleaddmaskf16/gen/f32-vscaleaddmaskf16-scalar-x4.c"

#include "f16-f32-vcvt/gen/f16-f32-vcvt-scalar-x1.c"

#include "f16-f32-vcvt/gen/f16-f32-vcvt-scalar-x2.c"

#include "f16-f32-vcvt/gen/f16-f32-vcvt-scalar-x4.c"

#include "bf16-f32-vcvt/gen/bf16-f32-vcvt-scalar-x1.c"

#include "bf16-f32-vcvt/gen/bf16-f32-vcvt-scalar-x2.c"

#include "bf16-f32-vcvt/gen/bf16-f32-vcvt-scalar-x4.c"

#include "f32-f16-vcvt/gen/f32-f16-vcvt-scalar-x1.c"
#undef LOAD

#include "f32-f16-vcvt/gen/f32-f16-vcvt-scalar-x2.c"
#undef LOAD

#include "f32-f16-vcvt/gen/f32-f16-vcvt-scalar-x4.c"
#undef LOAD

#include "f32-bf16-vcvt/gen/f32-bf16-vcvt-scalar-x1.c"
#undef LOAD

#include "f32-bf16-vcvt/gen/f32-bf16-vcvt-scalar-x2.c"
#undef LOAD

#include "f32-bf16-vcvt/gen/f32-bf16-vcvt-scalar-x4.c"
#undef LOAD

#include "f32-f16-vmulc/gen/f32-f16-vmulc-scalar-x1.c"
#undef LOAD

#include "f32-f16-vmulc/gen/f32-f16-vmulc-scalar-x4.c"
#undef LOAD

#include "f32-bf16-vmulc/gen/f32-bf16-vmulc-scalar-x1.c"
#undef LOAD

#include "f32-bf16-vmulc/gen/f32-bf16-vmulc-scalar-x4.c"
#undef LOAD

#include "bf16-rsumexpmax/gen/bf16-rsumexpmax-scalar-rr2-p5-x4-acc2.c"

#include "f16-rsumexpmax/gen/f16-rsumexpmax-scalar-rr2-p5-x4-acc2.c"

#include "f32-rmaxselect/gen/f32-rmaxselect-scalar-x4.c"

#include "f32-rmaxselect/gen/f32-rmaxselect-scalar-x4-acc2.c"

#include "f16-rmax/gen/f16-rmax-scalar-x4-acc4.c"

#include "bf16-rmax/gen/bf16-rmax-scalar-x4-acc4.c"

#include "f16-f32-raddstoreexpminusmax/gen/f16-f32-raddstoreexpminusmax-scalar-rr2-p5-x4-acc2.c"

#include "bf16-f32-raddstoreexpminusmax/gen/bf16-f32-raddstoreexpminusmax-scalar-rr2-p5-x4-acc2.c"

#include "f16-vsubc2/gen/f16-vsubc2-scalar-x4.c"
#undef LOAD

#include "bf16-vsubc2/gen/bf16-vsubc2-scalar-x4.c"
#undef LOAD

#include "f16-f32-vsubc2/gen/f16-f32-vsubc2-scalar-x1.c"

#include "bf16-f32-vsubc2/gen/bf16-f32-vsubc2-scalar-x1.c"

#include "f16-vscaleexpminusmax/gen/f16-vscaleexpminusmax-scalar-x4.c"
#undef LOAD

#include "bf16-vscaleexpminusmax/gen/bf16-vscaleexpminusmax-scalar-x4.c"
#undef LOAD

#include "bf16-f32-vscaleexpminusmax/gen/bf16-f32-vscaleexpminusmax-scalar-x4.c"
