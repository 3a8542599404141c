# Cross build for AArch64 Linux with Debian's cross toolchain, tests run under
# qemu-user (apt-get install gcc-aarch64-linux-gnu libc6-dev-arm64-cross qemu-user):
#   cmake -S . -B build/aarch64 --toolchain cmake/aarch64-linux-gnu.cmake
#   cmake --build build/aarch64 -j2 && ctest --test-dir build/aarch64
# -DATTNFORGE_AARCH64_CC=clang builds with clang --target=aarch64-linux-gnu instead.
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR aarch64)
set(ATTNFORGE_AARCH64_CC "gcc" CACHE STRING "gcc (aarch64-linux-gnu-gcc) or clang")
if(ATTNFORGE_AARCH64_CC STREQUAL "clang")
  set(CMAKE_C_COMPILER clang)
  set(CMAKE_C_COMPILER_TARGET aarch64-linux-gnu)
else()
  set(CMAKE_C_COMPILER aarch64-linux-gnu-gcc)
endif()
set(CMAKE_FIND_ROOT_PATH /usr/aarch64-linux-gnu)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_CROSSCOMPILING_EMULATOR qemu-aarch64 -L /usr/aarch64-linux-gnu)
