# CMake toolchain file: cross-build smax for 32-bit ARM Linux, ARMv7-A hard-float (Debian's
# gcc-arm-linux-gnueabihf), and run its tests under qemu-user. See aarch64-linux-gnu.cmake for the
# sysroot (here build/sysroot-armhf) and scripts/setup-cross / scripts/test-arm.
#
# The base flags target ARMv7-A with VFPv3-D16 and NO NEON, so that the library's portable code and
# the scalar kernels run on any ARMv7-A hard-float CPU; only the neon and neonfma kernel object
# libraries get -mfpu=neon / -mfpu=neon-vfpv4 (from src/isa.table), and dispatch calls them only
# when cpuinfo reports NEON / NEON+FMA (VFPv4). This is also Debian armhf's baseline.
# The emulated CPU is qemu-arm's default ("max": NEON with FMA); set QEMU_CPU in the environment to
# choose another, e.g. QEMU_CPU=cortex-a8 (NEON without FMA) or cortex-a15 (NEON with FMA).
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR armv7-a)
set(CMAKE_C_COMPILER arm-linux-gnueabihf-gcc)
set(CMAKE_CXX_COMPILER arm-linux-gnueabihf-g++)
set(CMAKE_LIBRARY_ARCHITECTURE arm-linux-gnueabihf)
set(CMAKE_C_FLAGS_INIT "-march=armv7-a -mfloat-abi=hard -mfpu=vfpv3-d16")
set(CMAKE_CXX_FLAGS_INIT "-march=armv7-a -mfloat-abi=hard -mfpu=vfpv3-d16")

if(NOT SMAX_CROSS_SYSROOT)
  if(DEFINED ENV{SMAX_CROSS_SYSROOT})
    set(SMAX_CROSS_SYSROOT "$ENV{SMAX_CROSS_SYSROOT}")
  else()
    get_filename_component(SMAX_CROSS_SYSROOT "${CMAKE_CURRENT_LIST_DIR}/../../build/sysroot-armhf" ABSOLUTE)
  endif()
endif()
set(SMAX_CROSS_SYSROOT "${SMAX_CROSS_SYSROOT}" CACHE PATH "Unpacked armhf cpuinfo/pthreadpool packages (scripts/setup-cross)")
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES SMAX_CROSS_SYSROOT)

set(CMAKE_FIND_ROOT_PATH "${SMAX_CROSS_SYSROOT}" /usr/arm-linux-gnueabihf)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

set(CMAKE_CROSSCOMPILING_EMULATOR qemu-arm -L /usr/arm-linux-gnueabihf
    -E LD_LIBRARY_PATH=${SMAX_CROSS_SYSROOT}/usr/lib/arm-linux-gnueabihf)
string(REPLACE ";" " " _smax_emulator "${CMAKE_CROSSCOMPILING_EMULATOR}")
set(SMAX_TEST_EMULATOR "${_smax_emulator}" CACHE STRING "Command prefix that runs the test binaries")
