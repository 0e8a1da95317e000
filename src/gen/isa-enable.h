// Generated from src/isa.table by scripts/generate-all: do not edit.
// SMAX_ENABLE_<ISA> is 1 when the ISA's kernels are built for this target; a build may
// predefine it to 0 to leave an ISA out.
#ifndef SMAX_GEN_ISA_ENABLE_H_
#define SMAX_GEN_ISA_ENABLE_H_

#include "smax/common.h"

#ifndef SMAX_ENABLE_SCALAR
#define SMAX_ENABLE_SCALAR (SMAX_ARCH_X86_64 || SMAX_ARCH_ARM64 || SMAX_ARCH_ARM)
#endif
#ifndef SMAX_ENABLE_SSE2
#define SMAX_ENABLE_SSE2 (SMAX_ARCH_X86_64)
#endif
#ifndef SMAX_ENABLE_AVX
#define SMAX_ENABLE_AVX (SMAX_ARCH_X86_64)
#endif
#ifndef SMAX_ENABLE_AVX2
#define SMAX_ENABLE_AVX2 (SMAX_ARCH_X86_64)
#endif
#ifndef SMAX_ENABLE_AVX512F
#define SMAX_ENABLE_AVX512F (SMAX_ARCH_X86_64)
#endif
#ifndef SMAX_ENABLE_AVX512BF16
#define SMAX_ENABLE_AVX512BF16 (SMAX_ARCH_X86_64)
#endif
#ifndef SMAX_ENABLE_NEON
#define SMAX_ENABLE_NEON (SMAX_ARCH_ARM64 || SMAX_ARCH_ARM)
#endif
#ifndef SMAX_ENABLE_NEONFMA
#define SMAX_ENABLE_NEONFMA (SMAX_ARCH_ARM64 || SMAX_ARCH_ARM)
#endif

#endif  // SMAX_GEN_ISA_ENABLE_H_
