// Generated from src/isa.table and src/*/*.table by scripts/generate-all: do not edit.
// Every avx512f kernel in one translation unit (scripts/generate-all, generate_amalgam).

#include "f32-rmax/gen/f32-rmax-avx512f-x16.c"

#include "f32-rmax/gen/f32-rmax-avx512f-x32.c"

#include "f32-rmax/gen/f32-rmax-avx512f-x32-acc2.c"

#include "f32-rmax/gen/f32-rmax-avx512f-x64.c"

#include "f32-rmax/gen/f32-rmax-avx512f-x64-acc2.c"

#include "f32-rmax/gen/f32-rmax-avx512f-x64-acc4.c"

#include "f32-rmax/gen/f32-rmax-avx512f-x128.c"

#include "f32-rmax/gen/f32-rmax-avx512f-x128-acc2.c"

#include "f32-rmax/gen/f32-rmax-avx512f-x128-acc4.c"

#include "f32-rmax/gen/f32-rmax-avx512f-x144-acc3.c"

#include "f32-rmax/gen/f32-rmax-avx512f-x192-acc2.c"

#include "f32-rmax/gen/f32-rmax-avx512f-x192-acc3.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-avx512f-rr2-p5-x16.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-avx512f-rr2-p5-x32.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-avx512f-rr2-p5-x32-acc2.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-avx512f-rr2-p5-x64.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-avx512f-rr2-p5-x64-acc2.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-avx512f-rr2-p5-x64-acc4.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-avx512f-rr2-p5-x128.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-avx512f-rr2-p5-x128-acc2.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-avx512f-rr2-p5-x128-acc4.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-avx512f-rr2-p5-x144-acc3.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-avx512f-rr2-p5-x192-acc2.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-avx512f-rr2-p5-x192-acc3.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-avx512f-rr2-lut16-p3-x64-acc2.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-avx512f-rr2-lut16-p3-x128-acc4.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-avx512f-rr2-lut16-p3-x128-acc8.c"

#include "f32-raddexpminusmax/gen/f32-raddexpminusmax-avx512f-rr2-lut16-p3-x192-acc3.c"

#include "f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax-avx512f-rr2-p5-x16.c"

#include "f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax-avx512f-rr2-p5-x32.c"

#include "f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax-avx512f-rr2-p5-x48.c"

#include "f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax-avx512f-rr2-p5-x64.c"

#include "f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax-avx512f-rr2-p5-x80.c"

#include "f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax-avx512f-rr2-p5-x96.c"

#include "f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax-avx512f-rr2-p5-x128.c"

#include "f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax-avx512f-rr2-p5-x192.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-avx512f-rr2-p5-x16.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-avx512f-rr2-p5-x32.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-avx512f-rr2-p5-x32-acc2.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-avx512f-rr2-p5-x64.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-avx512f-rr2-p5-x64-acc2.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-avx512f-rr2-p5-x64-acc4.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-avx512f-rr2-p5-x128.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-avx512f-rr2-p5-x128-acc2.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-avx512f-rr2-p5-x128-acc4.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-avx512f-rr2-p5-x144-acc3.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-avx512f-rr2-p5-x192-acc2.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-avx512f-rr2-p5-x192-acc3.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-avx512f-rr2-lut16-p3-x32.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-avx512f-rr2-lut16-p3-x64.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-avx512f-rr2-lut16-p3-x64-acc2.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-avx512f-rr2-lut16-p3-x128.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-avx512f-rr2-lut16-p3-x128-acc2.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-avx512f-rr2-lut16-p3-x128-acc4.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-avx512f-rr2-lut16-p3-x128-acc8.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-avx512f-rr2-lut16-p3-x256-acc8.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-avx512f-rr2-lut16-p3-x192.c"

#include "f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-avx512f-rr2-lut16-p3-x192-acc3.c"

#include "f32-vmulc/gen/f32-vmulc-avx512f-x16.c"

#include "f32-vmulc/gen/f32-vmulc-avx512f-x32.c"

#include "f32-vmulc/gen/f32-vmulc-avx512f-x48.c"

#include "f32-vmulc/gen/f32-vmulc-avx512f-x64.c"

#include "f32-vmulc/gen/f32-vmulc-avx512f-x80.c"

#include "f32-vmulc/gen/f32-vmulc-avx512f-x96.c"

#include "f32-vmulc/gen/f32-vmulc-avx512f-x128.c"

#include "f32-vmulc/gen/f32-vmulc-avx512f-x192.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-avx512f-rr2-p5-x16.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-avx512f-rr2-p5-x32.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-avx512f-rr2-p5-x32-acc2.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-avx512f-rr2-p5-x64.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-avx512f-rr2-p5-x64-acc2.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-avx512f-rr2-p5-x64-acc4.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-avx512f-rr2-p5-x128.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-avx512f-rr2-p5-x128-acc2.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-avx512f-rr2-p5-x128-acc4.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-avx512f-rr2-p5-x144-acc3.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-avx512f-rr2-p5-x192-acc2.c"

#include "f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-avx512f-rr2-p5-x192-acc3.c"

#include "f32-raddextexp/gen/f32-raddextexp-avx512f-rr2-p5-x16.c"

#include "f32-raddextexp/gen/f32-raddextexp-avx512f-rr2-p5-x32.c"

#include "f32-raddextexp/gen/f32-raddextexp-avx512f-rr2-p5-x32-acc2.c"

#include "f32-raddextexp/gen/f32-raddextexp-avx512f-rr2-p5-x64.c"

#include "f32-raddextexp/gen/f32-raddextexp-avx512f-rr2-p5-x64-acc2.c"

#include "f32-raddextexp/gen/f32-raddextexp-avx512f-rr2-p5-x64-acc4.c"

#include "f32-raddextexp/gen/f32-raddextexp-avx512f-rr2-p5-x128.c"

#include "f32-raddextexp/gen/f32-raddextexp-avx512f-rr2-p5-x128-acc2.c"

#include "f32-raddextexp/gen/f32-raddextexp-avx512f-rr2-p5-x128-acc4.c"

#include "f32-raddextexp/gen/f32-raddextexp-avx512f-rr2-p5-x144-acc3.c"

#include "f32-raddextexp/gen/f32-raddextexp-avx512f-rr2-p5-x192-acc2.c"

#include "f32-raddextexp/gen/f32-raddextexp-avx512f-rr2-p5-x192-acc3.c"

#include "f32-vscaleextexp/gen/f32-vscaleextexp-avx512f-rr2-p5-x16.c"

#include "f32-vscaleextexp/gen/f32-vscaleextexp-avx512f-rr2-p5-x32.c"

#include "f32-vscaleextexp/gen/f32-vscaleextexp-avx512f-rr2-p5-x48.c"

#include "f32-vscaleextexp/gen/f32-vscaleextexp-avx512f-rr2-p5-x64.c"

#include "f32-vscaleextexp/gen/f32-vscaleextexp-avx512f-rr2-p5-x80.c"

#include "f32-vscaleextexp/gen/f32-vscaleextexp-avx512f-rr2-p5-x96.c"

#include "f32-vscaleextexp/gen/f32-vscaleextexp-avx512f-rr2-p5-x128.c"

#include "f32-vscaleextexp/gen/f32-vscaleextexp-avx512f-rr2-p5-x192.c"

#include "f32-vscaleextexp/gen/f32-vscaleextexp-avx512f-rr2-lut16-p3-x16.c"

#include "f32-vscaleextexp/gen/f32-vscaleextexp-avx512f-rr2-lut16-p3-x32.c"

#include "f32-vscaleextexp/gen/f32-vscaleextexp-avx512f-rr2-lut16-p3-x48.c"

#include "f32-vscaleextexp/gen/f32-vscaleextexp-avx512f-rr2-lut16-p3-x64.c"

#include "f32-vscaleextexp/gen/f32-vscaleextexp-avx512f-rr2-lut16-p3-x96.c"

#include "f32-vscaleextexp/gen/f32-vscaleextexp-avx512f-rr2-lut16-p3-x128.c"

#include "f32-vsubc2/gen/f32-vsubc2-avx512f-x16.c"

#include "f32-vsubc2/gen/f32-vsubc2-avx512f-x32.c"

#include "f32-vsubc2/gen/f32-vsubc2-avx512f-x64.c"

#include "f32-vscaleaddmask/gen/f32-vscaleaddmask-avx512f-x16.c"

#include "f32-vscaleaddmask/gen/f32-vscaleaddmask-avx512f-x32.c"

#include "f32-vscaleaddmask/gen/f32-vscaleaddmask-avx512f-x64.c"

#include "f32-vscaleaddmaskf16/gen/f32-vscaleaddmaskf16-avx512f-x16.c"

#include "f32-vscaleaddmaskf16/gen/f32-vscaleaddmaskf16-avx512f-x32.c"

#include "f32-vscaleaddmaskf16/gen/f32-vscaleaddmaskf16-avx512f-x64.c"

#include "f16-f32-vcvt/gen/f16-f32-vcvt-avx512f-x16.c"
#undef CONVERT

#include "f16-f32-vcvt/gen/f16-f32-vcvt-avx512f-x32.c"
#undef CONVERT

#include "f16-f32-vcvt/gen/f16-f32-vcvt-avx512f-x64.c"
#undef CONVERT

#include "bf16-f32-vcvt/gen/bf16-f32-vcvt-avx512f-x16.c"
#undef CONVERT

#include "bf16-f32-vcvt/gen/bf16-f32-vcvt-avx512f-x32.c"
#undef CONVERT

#include "bf16-f32-vcvt/gen/bf16-f32-vcvt-avx512f-x64.c"
#undef CONVERT

#include "f32-f16-vcvt/gen/f32-f16-vcvt-avx512f-x16.c"
#undef CONVERT
#undef LOAD
#undef LOAD_MASKED
#undef STORE

#include "f32-f16-vcvt/gen/f32-f16-vcvt-avx512f-x32.c"
#undef CONVERT
#undef LOAD
#undef LOAD_MASKED
#undef STORE

#include "f32-f16-vcvt/gen/f32-f16-vcvt-avx512f-x64.c"
#undef CONVERT
#undef LOAD
#undef LOAD_MASKED
#undef STORE

#include "f32-bf16-vcvt/gen/f32-bf16-vcvt-avx512f-x16.c"
#undef CONVERT
#undef LOAD
#undef LOAD_MASKED
#undef STORE

#include "f32-bf16-vcvt/gen/f32-bf16-vcvt-avx512f-x32.c"
#undef CONVERT
#undef LOAD
#undef LOAD_MASKED
#undef STORE

#include "f32-bf16-vcvt/gen/f32-bf16-vcvt-avx512f-x64.c"
#undef CONVERT
#undef LOAD
#undef LOAD_MASKED
#undef STORE

#include "f32-f16-vmulc/gen/f32-f16-vmulc-avx512f-x32.c"
#undef CONVERT
#undef LOAD
#undef LOAD_MASKED
#undef STORE

#include "f32-f16-vmulc/gen/f32-f16-vmulc-avx512f-x64.c"
#undef CONVERT
#undef LOAD
#undef LOAD_MASKED
#undef STORE

#include "f32-bf16-vmulc/gen/f32-bf16-vmulc-avx512f-x32.c"
#undef CONVERT
#undef LOAD
#undef LOAD_MASKED
#undef STORE

#include "f32-bf16-vmulc/gen/f32-bf16-vmulc-avx512f-x64.c"
#undef CONVERT
#undef LOAD
#undef LOAD_MASKED
#undef STORE

#include "bf16-rsumexpmax/gen/bf16-rsumexpmax-avx512f-rr2-lut16-p3-x64-acc2.c"

#include "bf16-rsumexpmax/gen/bf16-rsumexpmax-avx512f-rr2-lut16-p3-x128-acc8.c"

#include "f16-rsumexpmax/gen/f16-rsumexpmax-avx512f-rr2-lut16-p3-x64-acc2.c"

#include "f16-rsumexpmax/gen/f16-rsumexpmax-avx512f-rr2-lut16-p3-x128-acc8.c"

#include "f32-rmaxselect/gen/f32-rmaxselect-avx512f-x32.c"

#include "f32-rmaxselect/gen/f32-rmaxselect-avx512f-x64-acc2.c"

#include "f16-rmax/gen/f16-rmax-avx512f-x64-acc4.c"

#include "f16-rmax/gen/f16-rmax-avx512f-x144-acc3.c"

#include "bf16-rmax/gen/bf16-rmax-avx512f-x64-acc4.c"

#include "bf16-rmax/gen/bf16-rmax-avx512f-x144-acc3.c"

#include "f16-f32-raddstoreexpminusmax/gen/f16-f32-raddstoreexpminusmax-avx512f-rr2-lut16-p3-x64-acc2.c"

#include "f16-f32-raddstoreexpminusmax/gen/f16-f32-raddstoreexpminusmax-avx512f-rr2-lut16-p3-x128-acc8.c"

#include "bf16-f32-raddstoreexpminusmax/gen/bf16-f32-raddstoreexpminusmax-avx512f-rr2-lut16-p3-x64-acc2.c"

#include "bf16-f32-raddstoreexpminusmax/gen/bf16-f32-raddstoreexpminusmax-avx512f-rr2-lut16-p3-x128-acc8.c"

#include "f16-vsubc2/gen/f16-vsubc2-avx512f-x32.c"
#undef CONVERT
#undef LOAD
#undef LOAD_MASKED
#undef STORE

#include "f16-vsubc2/gen/f16-vsubc2-avx512f-x64.c"
#undef CONVERT
#undef LOAD
#undef LOAD_MASKED
#undef STORE

#include "bf16-vsubc2/gen/bf16-vsubc2-avx512f-x32.c"
#undef CONVERT
#undef LOAD
#undef LOAD_MASKED
#undef STORE

#include "bf16-vsubc2/gen/bf16-vsubc2-avx512f-x64.c"
#undef CONVERT
#undef LOAD
#undef LOAD_MASKED
#undef STORE

#include "f16-f32-vsubc2/gen/f16-f32-vsubc2-avx512f-x32.c"

#include "f16-f32-vsubc2/gen/f16-f32-vsubc2-avx512f-x64.c"

#include "bf16-f32-vsubc2/gen/bf16-f32-vsubc2-avx512f-x32.c"

#include "bf16-f32-vsubc2/gen/bf16-f32-vsubc2-avx512f-x64.c"

#include "f16-vscaleexpminusmax/gen/f16-vscaleexpminusmax-avx512f-x64.c"
#undef CONVERT
#undef LOAD
#undef LOAD_MASKED
#undef STORE

#include "f16-vscaleexpminusmax/gen/f16-vscaleexpminusmax-avx512f-x128.c"
#undef CONVERT
#undef LOAD
#undef LOAD_MASKED
#undef STORE

#include "bf16-vscaleexpminusmax/gen/bf16-vscaleexpminusmax-avx512f-x64.c"
#undef CONVERT
#undef LOAD
#undef LOAD_MASKED
#undef STORE

#include "bf16-vscaleexpminusmax/gen/bf16-vscaleexpminusmax-avx512f-x128.c"
#undef CONVERT
#undef LOAD
#undef LOAD_MASKED
#undef STORE

#include "bf16-f32-vscaleexpminusmax/gen/bf16-f32-vscaleexpminusmax-avx512f-x64.c"

#include "bf16-f32-vscaleexpminusmax/gen/bf16-f32-vscaleexpminusmax-avx512f-x128.c"
