// Generated from src/isa.table and src/*/*.table by scripts/generate-all: do not edit.
// Every avx512bf16 kernel in one translation unit (scripts/generate-all, generate_amalgam).

#include "f32-bf16-vcvt/gen/f32-bf16-vcvt-avx512bf16-x32.c"
#undef CONVERT
#undef CONVERT_PAIR
#undef LOAD
#undef LOAD_MASKED
#undef STORE
#undef STORE_PAIR

#include "f32-bf16-vcvt/gen/f32-bf16-vcvt-avx512bf16-x64.c"
#undef CONVERT
#undef CONVERT_PAIR
#undef LOAD
#undef LOAD_MASKED
#undef STORE
#undef STORE_PAIR

#include "f32-bf16-vmulc/gen/f32-bf16-vmulc-avx512bf16-x32.c"
#undef CONVERT
#undef CONVERT_PAIR
#undef LOAD
#undef LOAD_MASKED
#undef STORE
#undef STORE_PAIR

#include "f32-bf16-vmulc/gen/f32-bf16-vmulc-avx512bf16-x64.c"
#undef CONVERT
#undef CONVERT_PAIR
#undef LOAD
#undef LOAD_MASKED
#undef STORE
#undef STORE_PAIR

#include "bf16-vsubc2/gen/bf16-vsubc2-avx512bf16-x32.c"
#undef CONVERT
#undef CONVERT_PAIR
#undef LOAD
#undef LOAD_MASKED
#undef STORE
#undef STORE_PAIR

#include "bf16-vsubc2/gen/bf16-vsubc2-avx512bf16-x64.c"
#undef CONVERT
#undef CONVERT_PAIR
#undef LOAD
#undef LOAD_MASKED
#undef STORE
#undef STORE_PAIR

#include "bf16-vscaleexpminusmax/gen/bf16-vscaleexpminusmax-avx512bf16-x64.c"
#undef CONVERT
#undef CONVERT_PAIR
#undef LOAD
#undef LOAD_MASKED
#undef STORE
#undef STORE_PAIR

#include "bf16-vscaleexpminusmax/gen/bf16-vscaleexpminusmax-avx512bf16-x128.c"
#undef CONVERT
#undef CONVERT_PAIR
#undef LOAD
#undef LOAD_MASKED
#undef STORE
#undef STORE_PAIR
