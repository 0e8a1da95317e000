# CMake toolchain file: cross-build smax for 64-bit ARM Linux (Debian's gcc-aarch64-linux-gnu) and
# run its tests under qemu-user. scripts/setup-cross installs the compilers and qemu and builds the
# sysroot (Debian's arm64 cpuinfo and pthreadpool, unpacked, not installed); scripts/test-arm uses
# this file. Usage:
#   cmake -S . -B build/aarch64 -G Ninja -DCMAKE_TOOLCHAIN_FILE=scripts/toolchains/aarch64-linux-gnu.cmake
# The sysroot defaults to build/sysroot-arm64 in the source tree; override it with
# -DSMAX_CROSS_SYSROOT=DIR or the environment variable of the same name.
# The emulated CPU is qemu's default ("max": NEON with FMA, as every ARMv8-A CPU has); set QEMU_CPU
# in the environment (e.g. QEMU_CPU=cortex-a53) to pick another one when running the tests.
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR aarch64)
set(CMAKE_C_COMPILER aarch64-linux-gnu-gcc)
set(CMAKE_CXX_COMPILER aarch64-linux-gnu-g++)
set(CMAKE_LIBRARY_ARCHITECTURE aarch64-linux-gnu)

if(NOT SMAX_CROSS_SYSROOT)
  if(DEFINED ENV{SMAX_CROSS_SYSROOT})
    set(SMAX_CROSS_SYSROOT "$ENV{SMAX_CROSS_SYSROOT}")
  else()
    get_filename_component(SMAX_CROSS_SYSROOT "${CMAKE_CURRENT_LIST_DIR}/../../build/sysroot-arm64" ABSOLUTE)
  endif()
endif()
set(SMAX_CROSS_SYSROOT "${SMAX_CROSS_SYSROOT}" CACHE PATH "Unpacked arm64 cpuinfo/pthreadpool packages (scripts/setup-cross)")
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES SMAX_CROSS_SYSROOT)

# Libraries and headers come from the extracted packages and the cross compiler's own tree only;
# programs (python3, qemu) from the host.
set(CMAKE_FIND_ROOT_PATH "${SMAX_CROSS_SYSROOT}" /usr/aarch64-linux-gnu)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# binfmt_misc is not available on the project's machines: run target programs through qemu
# explicitly. -L: the cross libc's loader; LD_LIBRARY_PATH: the sysroot's cpuinfo and pthreadpool.
set(CMAKE_CROSSCOMPILING_EMULATOR qemu-aarch64 -L /usr/aarch64-linux-gnu
    -E LD_LIBRARY_PATH=${SMAX_CROSS_SYSROOT}/usr/lib/aarch64-linux-gnu)
# smax's tests run through SMAX_TEST_EMULATOR (test/CMakeLists.txt): default it to the same command.
string(REPLACE ";" " " _smax_emulator "${CMAKE_CROSSCOMPILING_EMULATOR}")
set(SMAX_TEST_EMULATOR "${_smax_emulator}" CACHE STRING "Command prefix that runs the test binaries")
