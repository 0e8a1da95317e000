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
  f32-rmaxselect
)
