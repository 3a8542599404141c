#!/usr/bin/env bash
# Fetches the pinned llama.cpp (vendored by PyPI's llama-cpp-python 0.3.36
# source distribution, llama.cpp commit 0c1e5709), builds the targets the
# attnforge integration needs, and the attnforge ggml backend against it.
#
#   bash integrations/ggml/build-llama.sh [--with-bench] [WORK_DIR]   (default build/llama)
#
# WORK_DIR/dl/             the sdist (pip download; kept, so reruns skip it)
# WORK_DIR/llama_cpp_python-0.3.36/  the unpacked sdist (llama.cpp is its
#                          vendor/llama.cpp)
# WORK_DIR/llama-build/    llama.cpp: bin/ holds libggml-base.so, libggml.so,
#                          libggml-cpu.so (the CPU backend module), libllama.so,
#                          and llama-bench with --with-bench
# WORK_DIR/af-ggml/        libggml-attnforge.so, test-backend-ops (compiled
#                          here from llama.cpp's tests/test-backend-ops.cpp,
#                          which needs only ggml: llama.cpp's own target also
#                          links its large common library), attnforge-ggml-check,
#                          attnforge-llama-gen
#
# llama.cpp configuration: Release, shared libraries, GGML_BACKEND_DL=ON (the
# CPU backend is itself a module, libggml-cpu.so, and the attnforge backend
# loads the same way), no curl/openssl, no server. GGML_NATIVE cannot be
# combined with GGML_BACKEND_DL at this llama.cpp version (its CMake stops:
# "GGML_NATIVE is not compatible with GGML_BACKEND_DL"), so the one CPU
# variant built is given this machine's x86 features explicitly, read from
# /proc/cpuinfo: the same code -march=native would enable in ggml's kernels.
# ATTNFORGE_LIBRARY=<a PIC libattnforge.a> reuses an attnforge build (CI
# passes build/release's); otherwise attnforge is built here.
# JOBS (default 2) parallel compile jobs.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
targets=(ggml-cpu llama)
if [ "${1:-}" = --with-bench ]; then targets+=(llama-bench); shift; fi
work=$(mkdir -p "${1:-$root/build/llama}" && cd "${1:-$root/build/llama}" && pwd)
jobs=${JOBS:-2}
version=0.3.36
sdist_sha256=832db0699007f1be95a7e41ef12e88926b02ba836461e36a36372db2760c1a2e
sdist=$work/dl/llama_cpp_python-$version.tar.gz
t0=$SECONDS

if [ ! -f "$sdist" ] || ! echo "$sdist_sha256  $sdist" | sha256sum -c --quiet - 2>/dev/null; then
  rm -rf "$work/dl"
  mkdir -p "$work/dl"
  python3 -m pip download --quiet --no-deps --no-binary :all: "llama-cpp-python==$version" -d "$work/dl"
fi
echo "$sdist_sha256  $sdist" | sha256sum -c --quiet - || { echo "sdist checksum mismatch" >&2; exit 1; }

src=$work/llama_cpp_python-$version
if [ ! -f "$src/vendor/llama.cpp/CMakeLists.txt" ]; then
  rm -rf "$src"
  tar -xzf "$sdist" -C "$work"
fi
llama=$src/vendor/llama.cpp

# x86 features of this CPU, as ggml's CMake options
isa=()
if [ "$(uname -m)" = x86_64 ]; then
  flags=" $(grep -m1 '^flags' /proc/cpuinfo | cut -d: -f2) "
  has() { case "$flags" in *" $1 "*) return 0 ;; *) return 1 ;; esac; }
  for pair in sse4_2:SSE42 avx:AVX f16c:F16C fma:FMA avx2:AVX2 bmi2:BMI2 avx_vnni:AVX_VNNI \
              avx512f:AVX512 avx512vbmi:AVX512_VBMI avx512_vnni:AVX512_VNNI avx512_bf16:AVX512_BF16; do
    if has "${pair%%:*}"; then isa+=("-DGGML_${pair#*:}=ON"); else isa+=("-DGGML_${pair#*:}=OFF"); fi
  done
fi

cmake -S "$llama" -B "$work/llama-build" -DCMAKE_BUILD_TYPE=Release -DBUILD_SHARED_LIBS=ON \
  -DGGML_BACKEND_DL=ON -DGGML_NATIVE=OFF -DGGML_CPU_ALL_VARIANTS=OFF "${isa[@]}" -DGGML_CCACHE=OFF \
  -DLLAMA_OPENSSL=OFF -DLLAMA_BUILD_TESTS=ON -DLLAMA_BUILD_TOOLS=ON -DLLAMA_BUILD_EXAMPLES=OFF \
  -DLLAMA_BUILD_SERVER=OFF -DLLAMA_BUILD_APP=OFF -DLLAMA_SUBPROCESS=OFF >"$work/llama-configure.log"
cmake --build "$work/llama-build" -j"$jobs" --target "${targets[@]}"
t1=$SECONDS

bin=$work/llama-build/bin
af_args=()
if [ -n "${ATTNFORGE_LIBRARY:-}" ]; then af_args+=("-DATTNFORGE_LIBRARY=$ATTNFORGE_LIBRARY"); fi
cmake -S "$root/integrations/ggml" -B "$work/af-ggml" -DCMAKE_BUILD_TYPE=Release \
  -DGGML_SOURCE_DIR="$llama/ggml" -DGGML_BASE_LIBRARY="$bin/libggml-base.so" \
  -DGGML_LIBRARY="$bin/libggml.so" -DLLAMA_LIBRARY="$bin/libllama.so" -DLLAMA_INCLUDE_DIR="$llama/include" \
  -DTEST_BACKEND_OPS_SOURCE="$llama/tests/test-backend-ops.cpp" \
  "${af_args[@]}" >"$work/af-ggml-configure.log"
cmake --build "$work/af-ggml" -j"$jobs"
echo "build-llama.sh: llama.cpp $((t1 - t0)) s, attnforge backend $((SECONDS - t1)) s ($jobs jobs)"
