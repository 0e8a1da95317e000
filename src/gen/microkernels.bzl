# Generated from src/isa.table and src/*/*.table by scripts/generate-all: do not edit.
"""Per-ISA kernel sources and compiler flags, for BUILD.bazel."""

SMAX_ISAS = ["scalar", "sse2", "avx", "avx2", "avx512f", "neon", "neonfma"]

SMAX_ISA_ARCHES = {
    "scalar": ["x86_64", "aarch64", "armv7"],
    "sse2": ["x86_64"],
    "avx": ["x86_64"],
    "avx2": ["x86_64"],
    "avx512f": ["x86_64"],
    "neon": ["aarch64", "armv7"],
    "neonfma": ["aarch64", "armv7"],
}

SMAX_ISA_FLAGS = {
    "scalar": {"x86_64": [], "aarch64": [], "armv7": []},
    "sse2": {"x86_64": ["-msse2"], "aarch64": [], "armv7": []},
    "avx": {"x86_64": ["-mavx"], "aarch64": [], "armv7": []},
    "avx2": {"x86_64": ["-mavx2", "-mfma"], "aarch64": [], "armv7": []},
    "avx512f": {"x86_64": ["-mavx512f"], "aarch64": [], "armv7": []},
    "neon": {"x86_64": [], "aarch64": [], "armv7": ["-mfpu=neon"]},
    "neonfma": {"x86_64": [], "aarch64": [], "armv7": ["-mfpu=neon-vfpv4"]},
}

SMAX_MICROKERNEL_SRCS = {
    "scalar": [
        "src/f32-raddexpminusmax/gen/f32-raddexpminusmax-scalar-rr2-p5-x1.c",
        "src/f32-raddexpminusmax/gen/f32-raddexpminusmax-scalar-rr2-p5-x2.c",
        "src/f32-raddexpminusmax/gen/f32-raddexpminusmax-scalar-rr2-p5-x2-acc2.c",
        "src/f32-raddexpminusmax/gen/f32-raddexpminusmax-scalar-rr2-p5-x4.c",
        "src/f32-raddexpminusmax/gen/f32-raddexpminusmax-scalar-rr2-p5-x4-acc2.c",
        "src/f32-raddexpminusmax/gen/f32-raddexpminusmax-scalar-rr2-p5-x4-acc4.c",
        "src/f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-scalar-rr2-p5-x1.c",
        "src/f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-scalar-rr2-p5-x2.c",
        "src/f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-scalar-rr2-p5-x2-acc2.c",
        "src/f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-scalar-rr2-p5-x4.c",
        "src/f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-scalar-rr2-p5-x4-acc2.c",
        "src/f32-raddexpminusrunmax/gen/f32-raddexpminusrunmax-scalar-rr2-p5-x4-acc4.c",
        "src/f32-raddextexp/gen/f32-raddextexp-scalar-rr2-p5-x1.c",
        "src/f32-raddextexp/gen/f32-raddextexp-scalar-rr2-p5-x2.c",
        "src/f32-raddextexp/gen/f32-raddextexp-scalar-rr2-p5-x2-acc2.c",
        "src/f32-raddextexp/gen/f32-raddextexp-scalar-rr2-p5-x4.c",
        "src/f32-raddextexp/gen/f32-raddextexp-scalar-rr2-p5-x4-acc2.c",
        "src/f32-raddextexp/gen/f32-raddextexp-scalar-rr2-p5-x4-acc4.c",
        "src/f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-scalar-rr2-p5-x1.c",
        "src/f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-scalar-rr2-p5-x2.c",
        "src/f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-scalar-rr2-p5-x2-acc2.c",
        "src/f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-scalar-rr2-p5-x4.c",
        "src/f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-scalar-rr2-p5-x4-acc2.c",
        "src/f32-raddstoreexpminusmax/gen/f32-raddstoreexpminusmax-scalar-rr2-p5-x4-acc4.c",
        "src/f32-rmax/gen/f32-rmax-scalar-x1.c",
        "src/f32-rmax/gen/f32-rmax-scalar-x2.c",
        "src/f32-rmax/gen/f32-rmax-scalar-x2-acc2.c",
        "src/f32-rmax/gen/f32-rmax-scalar-x4.c",
        "src/f32-rmax/gen/f32-rmax-scalar-x4-acc2.c",
        "src/f32-rmax/gen/f32-rmax-scalar-x4-acc4.c",
        "src/f32-vmulc/gen/f32-vmulc-scalar-x1.c",
        "src/f32-vmulc/gen/f32-vmulc-scalar-x2.c",
        "src/f32-vmulc/gen/f32-vmulc-scalar-x4.c",
        "src/f32-vmulc/gen/f32-vmulc-scalar-x8.c",
        "src/f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax-scalar-rr2-p5-x1.c",
        "src/f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax-scalar-rr2-p5-x2.c",
        "src/f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax-scalar-rr2-p5-x4.c",
        "src/f32-vscaleexpminusmax/gen/f32-vscaleexpminusmax-scalar-rr2-p5-x8.c",
        "src/f32-vscaleextexp/gen/f32-vscaleextexp-scalar-rr2-p5-x1.c",
        "src/f32-vscaleextexp/gen/f32-vscaleextexp-scalar-rr2-p5-x2.c",
        "src/f32-vscaleextexp/gen/f32-vscaleextexp-scalar-rr2-p5-x4.c",
        "src/f32-vscaleextexp/gen/f32-vscaleextexp-scalar-rr2-p5-x8.c",
    ],
    "sse2": [
    ],
    "avx": [
    ],
    "avx2": [
    ],
    "avx512f": [
    ],
    "neon": [
    ],
    "neonfma": [
    ],
}
