# Generated from src/families.table by scripts/generate-all: do not edit.
# The kernel families, in table order: one test and one benchmark binary each.
set(SMAX_FAMILIES
  f32-rmax
  f32-raddexpminusmax
  f32-vscaleexpminusmax
  f32-raddstoreexpminusmax
  f32-vmulc
  f32-raddexpminusrunmax
  f32-raddextexp
  f32-vscaleextexp
  f32-vsubc2
  f32-vscaleaddmask
  f32-vscaleaddmaskf16
  f16-f32-vcvt
  bf16-f32-vcvt
  f32-f16-vcvt
  f32-bf16-vcvt
  f32-f16-vmulc
  f32-bf16-vmulc
  f32-rmaxselect
  f16-rmax
  bf16-rmax
  f16-f32-raddstoreexpminusmax
  bf16-f32-raddstoreexpminusmax
)
