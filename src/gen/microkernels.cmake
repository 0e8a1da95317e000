# Generated from src/isa.table and src/*/*.table by scripts/generate-all: do not edit.
# Per-ISA kernel sources and the flags each ISA's sources are compiled with.
set(SMAX_ISAS scalar sse2 avx avx2 avx512f neon neonfma)
set(SMAX_SCALAR_ARCHES x86_64 aarch64 armv7)
set(SMAX_SCALAR_FLAGS_X86_64 )
set(SMAX_SCALAR_FLAGS_AARCH64 )
set(SMAX_SCALAR_FLAGS_ARMV7 )
set(SMAX_SCALAR_MICROKERNEL_SRCS
  src/f32-raddexpminusmax/gen/f32-raddexpminusmax-scalar-rr2-p5-x1.c
  src/f32-raddexpminusmax/gen/f32-raddexpminusmax-scalar-rr2-p5-x2.c
  src/f32-raddexpminusmax/gen/f32-raddexpminusmax-scalar-rr2-p5-x2-acc2.c
  src/f32-raddexpminusmax/gen/f32-raddexpminusmax-scalar-rr2-p5-x4.c
  src/f32-raddexpminusmax/gen/f32-raddexpminusmax-scalar-rr2-p5-x4-acc2.c
  src/f32-raddexpminusmax/gen/f32-raddexpminusmax-scalar-rr2-p5-x4-acc4.c
  src/f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-scalar-rr2-p5-x1.c
  src/f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-scalar-rr2-p5-x2.c
  src/f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-scalar-rr2-p5-x2-acc2.c
  src/f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-scalar-rr2-p5-x4.c
  src/f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-scalar-rr2-p5-x4-acc2.c
  src/f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-scalar-rr2-p5-x4-acc4.c
  src/f32-raddextexp/gen/f32-raddextexp-scalar-rr2-p5-x1.c
  src/f32-raddextexp/gen/f32-raddextexp-scalar-rr2-p5-x2.c
  src/f32-raddextexp/gen/f32-raddextexp-scalar-rr2-p5-x2-acc2.c
  src/f32-raddextexp/gen/f32-raddextexp-scalar-rr2-p5-x4.c
  src/f32-raddextexp/gen/f32-raddextexp-scalar-rr2-p5-x4-acc2.c
  src/f32-raddextexp/gen/f32-raddextexp-scalar-rr2-p5-x4-acc4.c
  src/f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-scalar-rr2-p5-x1.c
  src/f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-scalar-rr2-p5-x2.c
  src/f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-scalar-rr2-p5-x2-acc2.c
  src/f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-scalar-rr2-p5-x4.c
  src/f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-scalar-rr2-p5-x4-acc2.c
  src/f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-scalar-rr2-p5-x4-acc4.c
  src/f32-rmax/gen/f32-rmax-scalar-x1.c
  src/f32-rmax/gen/f32-rmax-scalar-x2.c
  src/f32-rmax/gen/f32-rmax-scalar-x2-acc2.c
  src/f32-rmax/gen/f32-rmax-scalar-x4.c
  src/f32-rmax/gen/f32-rmax-scalar-x4-acc2.c
  src/f32-rmax/gen/f32-rmax-scalar-x4-acc4.c
  src/f32-vmulc/gen/f32-vmulc-scalar-x1.c
  src/f32-vmulc/gen/f32-vmulc-scalar-x2.c
  src/f32-vmulc/gen/f32-vmulc-scalar-x4.c
  src/f32-vmulc/gen/f32-vmulc-scalar-x8.c
  src/f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax-scalar-rr2-p5-x1.c
  src/f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax-scalar-rr2-p5-x2.c
  src/f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax-scalar-rr2-p5-x4.c
  src/f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax-scalar-rr2-p5-x8.c
  src/f32-vscaleextexp/gen/f32-vscaleextexp-scalar-rr2-p5-x1.c
  src/f32-vscaleextexp/gen/f32-vscaleextexp-scalar-rr2-p5-x2.c
  src/f32-vscaleextexp/gen/f32-vscaleextexp-scalar-rr2-p5-x4.c
  src/f32-vscaleextexp/gen/f32-vscaleextexp-scalar-rr2-p5-x8.c
)
set(SMAX_SSE2_ARCHES x86_64)
set(SMAX_SSE2_FLAGS_X86_64 -msse2)
set(SMAX_SSE2_FLAGS_AARCH64 )
set(SMAX_SSE2_FLAGS_ARMV7 )
set(SMAX_SSE2_MICROKERNEL_SRCS
)
set(SMAX_AVX_ARCHES x86_64)
set(SMAX_AVX_FLAGS_X86_64 -mavx)
set(SMAX_AVX_FLAGS_AARCH64 )
set(SMAX_AVX_FLAGS_ARMV7 )
set(SMAX_AVX_MICROKERNEL_SRCS
)
set(SMAX_AVX2_ARCHES x86_64)
set(SMAX_AVX2_FLAGS_X86_64 -mavx2 -mfma)
set(SMAX_AVX2_FLAGS_AARCH64 )
set(SMAX_AVX2_FLAGS_ARMV7 )
set(SMAX_AVX2_MICROKERNEL_SRCS
)
set(SMAX_AVX512F_ARCHES x86_64)
set(SMAX_AVX512F_FLAGS_X86_64 -mavx512f)
set(SMAX_AVX512F_FLAGS_AARCH64 )
set(SMAX_AVX512F_FLAGS_ARMV7 )
set(SMAX_AVX512F_MICROKERNEL_SRCS
)
set(SMAX_NEON_ARCHES aarch64 armv7)
set(SMAX_NEON_FLAGS_X86_64 )
set(SMAX_NEON_FLAGS_AARCH64 )
set(SMAX_NEON_FLAGS_ARMV7 -mfpu=neon)
set(SMAX_NEON_MICROKERNEL_SRCS
)
set(SMAX_NEONFMA_ARCHES aarch64 armv7)
set(SMAX_NEONFMA_FLAGS_X86_64 )
set(SMAX_NEONFMA_FLAGS_AARCH64 )
set(SMAX_NEONFMA_FLAGS_ARMV7 -mfpu=neon-vfpv4)
set(SMAX_NEONFMA_MICROKERNEL_SRCS
)
