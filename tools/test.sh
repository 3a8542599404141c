#!/usr/bin/env bash
# Builds attnforge every way CI checks it and runs every test tier that CI
# runs. Exits non-zero on the first failure. ATTNFORGE_TEST_TIER=long runs the
# long tier (minutes to hours; never in CI).
# Each configuration compiles the generated kernels once: gcc Release (whose
# library the packaging check installs as the static one), clang ASan+UBSan
# (whose library the fuzz replayer links and whose kernel objects the
# fuzzer's coverage build links), the shared library, TSan, the amalgamation
# (gcc, clang) and AArch64 (gcc, clang); the other stages build small kernel
# sets or none.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/deps.sh

step() { printf '\n==== %s (at %d s)\n' "$*" "$SECONDS"; }

# The stages that test a binding, not the kernels (Python, Rust, clang's
# amalgamation; the shared library and TSan builds take a smaller set:
# extra-checks.sh's mech_subset), compile this kernel
# subset: the x86-64 ISAs at head dims 32 (all-MiniLM), 64 and 128 for the formats those tests
# call, the committed variants within those lists only (the generator's
# --narrow, CMake's ATTNFORGE_NARROW). Every kernel of generated/ is compiled and tested by the gcc Release
# and AArch64 stages (ASan+UBSan: those this CPU can run); a full compile
# costs 2-4 min on 2 cores. The subset's ISAs are those its tests reach:
# AVX512-BF16 and AMX kernels only change how a bf16 dot product or a
# prefill tile is computed, which the kernel stages test.
export AF_CI_HEAD_DIMS="32;64;128" AF_CI_DTYPES="f32;f16;bf16;q8_0" AF_CI_ISAS="scalar;avx2;avx512"

# The x86-64 ISAs of generated/ this CPU can run (scalar always), from
# /proc/cpuinfo's flags, as runtime/dispatch.c requires them: avx2 (AVX2,
# FMA, F16C), avx512 (F, BW, VL), avx512bf16, avx512amx (AMX-TILE and
# AMX-BF16 too). An ISA this misjudges is at worst compiled and skipped, or
# left to the syntax-only check below: either way nothing fails.
host_isas() {
  local flags
  flags=" $(grep -m1 '^flags' /proc/cpuinfo 2>/dev/null | cut -d: -f2) "
  local has=1 out="scalar"
  for f in avx2 fma f16c; do [[ "$flags" == *" $f "* ]] || has=0; done
  [ "$has" = 1 ] || { echo "$out"; return; }
  out+=";avx2"
  for f in avx512f avx512bw avx512vl; do [[ "$flags" == *" $f "* ]] || has=0; done
  [ "$has" = 1 ] || { echo "$out"; return; }
  out+=";avx512"
  [[ "$flags" == *" avx512_bf16 "* ]] || { echo "$out"; return; }
  out+=";avx512bf16"
  [[ "$flags" == *" amx_tile "* && "$flags" == *" amx_bf16 "* ]] && out+=";avx512amx"
  echo "$out"
}

step "scripts: no pipeline that can fail at random under pipefail"
bash tools/check-pipelines.sh --self-test
bash tools/check-pipelines.sh

step "generated/ is exactly what the generator makes from the default manifest"
bash gen/check-generated.sh

step "gcc Release, -Wall -Wextra -Werror, all tests"
cmake --preset release >/dev/null
cmake --build --preset release
ctest --preset release

step "Python package: pip install ./python (builds the library from this tree), pytest against a float64 reference, views without copies, errors, all-MiniLM-L6-v2 end to end"
bash python/tools/ci.sh

# The Rust crates build the C library themselves (attnforge-sys's build.rs:
# every runtime/ file and the kernels of ATTNFORGE_GENERATED_DIR with cc, two
# at a time), here the CI subset regenerated into build/rust-kernels; the
# target dir is under build/, fresh in a clean clone.
step "Rust bindings: cargo test in bindings/rust (offline; attnforge-sys compiles the C library)"
cargo_bin=$(command -v cargo || true)
if [ -z "$cargo_bin" ] && [ -x "${HOME:-/root}/.cargo/bin/cargo" ]; then cargo_bin=${HOME:-/root}/.cargo/bin/cargo; fi
if [ -z "$cargo_bin" ]; then
  echo "cargo not found on PATH nor in \$HOME/.cargo/bin (tools/deps.sh installs Debian's cargo)" >&2
  exit 1
fi
"$cargo_bin" --version
rm -rf build/rust-kernels
lua5.4 gen/attnforge-gen.lua --quiet --narrow --out build/rust-kernels --head-dims "${AF_CI_HEAD_DIMS//;/,}" \
  --dtypes "${AF_CI_DTYPES//;/,}" --isa "${AF_CI_ISAS//;/,}"
ATTNFORGE_GENERATED_DIR="$PWD/build/rust-kernels" CARGO_NET_OFFLINE=true CARGO_TARGET_DIR="$PWD/build/rust" \
  "$cargo_bin" test --manifest-path bindings/rust/Cargo.toml --offline --locked -j2
# the archive build.rs made keeps every global symbol in the attnforge_ namespace
rust_libs=$(find build/rust/debug/build -path '*attnforge-sys-*/out/libattnforge.a')
[ -n "$rust_libs" ] || { echo "attnforge-sys built no libattnforge.a" >&2; exit 1; }
for rust_lib in $rust_libs; do bash tools/check-exports.sh "$rust_lib"; done

# clang's -Werror build is this one (the runtime, tests, bench and fuzz
# harness, and the kernels of the ISAs this CPU runs; the others get clang's
# -Werror front end with -fsyntax-only: its warnings come from there); the
# amalgamation check in extra-checks.sh compiles the library with clang -O2.
# A kernel the CPU cannot run gains nothing from sanitizers: on an AVX2-only
# host the AVX-512 kernels were half of this stage's 500 s of compiling.
step "clang -Wall -Wextra -Werror, AddressSanitizer + UndefinedBehaviorSanitizer, all tests"
san_isas=$(host_isas)
echo "kernels compiled with the sanitizers: ISAs $san_isas (this CPU's)"
# the fuzzer's copy of the library (built here, run in extra-checks.sh): its
# runtime compiled with coverage counters, its kernels this build's own
# objects (ATTNFORGE_FUZZ_KERNEL_COVERAGE=OFF; no second sanitized compile).
# ATTNFORGE_NARROW: the committed kernels of those ISAs (40 files on an AVX2
# host), not every format at every head dim on each (72).
cmake --preset asan -DATTNFORGE_ISAS="$san_isas" -DATTNFORGE_NARROW=ON \
  -DATTNFORGE_FUZZ_KERNEL_COVERAGE=OFF >/dev/null
syntax_only=()
for f in generated/*/*__*.c; do
  isa=${f##*__}
  isa=${isa%.c}
  [[ ";$san_isas;" == *";$isa;"* || "$isa" == neon* ]] || syntax_only+=("$f")
done
echo "clang -fsyntax-only -Wall -Wextra -Werror: ${#syntax_only[@]} kernel files of the other x86-64 ISAs"
if [ "${#syntax_only[@]}" -gt 0 ]; then
  xargs -0 -n 8 -P 2 clang -std=c11 -fsyntax-only -Wall -Wextra -Werror -Iruntime -Igenerated \
    < <(printf '%s\0' "${syntax_only[@]}")
fi
cmake --build --preset asan
ctest --preset asan

# Emulated suites. CI (the quick tier) leaves out under qemu what is portable
# C checked natively above or what another emulated suite checks in the same
# kernels: test_formats's packing test under gcc (the runtime's K/V packing)
# and test_formats under clang (the storage formats' row code, which
# test_variants checks in every clang-built kernel, and the runtime, which
# formats_gguf checks bit for bit). AF_EMULATED=full, or the long tier
# (ATTNFORGE_TEST_TIER=long), runs them too.
if [ "${AF_EMULATED:-quick}" = full ] || [ "${ATTNFORGE_TEST_TIER:-}" = long ]; then
  emulated=full gcc_exclude=
else
  emulated=quick gcc_exclude=prefill_kv_packing_bitwise
fi
echo "emulated suites: $emulated (AF_EMULATED=full or the long tier runs them all)"

step "AArch64 NEON: cross build (aarch64-linux-gnu-gcc), every kernel-facing test under qemu-aarch64"
cmake -S . -B build/aarch64 --toolchain cmake/aarch64-linux-gnu.cmake -DCMAKE_BUILD_TYPE=Release \
  -DATTNFORGE_WERROR=ON -DATTNFORGE_BUILD_BENCH=OFF -DATTNFORGE_SHIM_EXCLUDE="$gcc_exclude" >/dev/null
cmake --build build/aarch64 -j2
# test_variants (the longest under qemu) runs beside the others, in two
# shards (the shim's --shard: every other test case each, so when the other
# suites finish both cores stay busy), with their logs kept: the NEON variants
# must have run, not been skipped for the CPU (a test that does not apply to a
# variant, e.g. every_code_exact to f32, skips by design)
variants_pids=()
for shard in 0 1; do
  qemu-aarch64 -L /usr/aarch64-linux-gnu build/aarch64/tests/test_variants --shard "$shard/2" \
    > "build/aarch64/variants.$shard.log" 2>&1 &
  variants_pids+=($!)
done
# test_exp sweeps every 1009th f32 bit pattern under qemu (97th natively):
# the same NEON code over every exponent, at a ninth of the emulated time.
# Not under qemu: the suites of the runtime's scheduling (the pool, the
# planner, packed batches, contexts, the serving examples), portable C with
# no per-architecture code that runs natively under gcc, ASan+UBSan and TSan
# (qemu-user runs threads with the host's memory ordering anyway); they were
# half of this stage's emulated time.
ATTNFORGE_TEST_EXP_STEP=1009 ctest --test-dir build/aarch64 -j2 --output-on-failure \
  -E '^(test_variants(\.[0-9]+)?|test_threads|test_varlen|test_soak_concurrency|test_context|example_serving_.*)$'
for shard in 0 1; do
  variants_rc=0
  wait "${variants_pids[$shard]}" || variants_rc=$?
  log=build/aarch64/variants.$shard.log
  tail -n 1 "$log"
  if [ "$variants_rc" -ne 0 ]; then
    grep -m 40 -E "FAIL|Assert|Crash" "$log" >&2 || true
    echo "aarch64: test_variants shard $shard failed (exit $variants_rc)" >&2; exit 1
  fi
  if grep -q "this CPU cannot run" "$log" || ! grep -q "Passing: [1-9]" "$log"; then
    echo "aarch64: NEON variants were skipped (shard $shard)" >&2; exit 1
  fi
done

# clang's build holds the Arm ISAs at head dims 64 and 128, every format (the
# product, so also scalar cache-format variants the default manifest does not
# make); gcc's above compiled and tested every committed kernel. Only the
# tests it runs are built. test_formats runs here only with the emulated
# suites in full (above); even then without its packing test, which checks
# the runtime's packing (portable C, run natively) and took 190 of this
# stage's 300 emulated CPU seconds.
step "AArch64 NEON: clang --target=aarch64-linux-gnu, -Werror; generated-kernel tests and the format cross-check (clang contracts to FMA here) under qemu-aarch64"
cmake -S . -B build/aarch64-clang --toolchain cmake/aarch64-linux-gnu.cmake -DATTNFORGE_AARCH64_CC=clang \
  -DCMAKE_BUILD_TYPE=Release -DATTNFORGE_WERROR=ON -DATTNFORGE_BUILD_BENCH=OFF \
  -DATTNFORGE_HEAD_DIMS="64;128" -DATTNFORGE_ISAS="scalar;neon;neonfhm;neonbf16" \
  -DATTNFORGE_SHIM_EXCLUDE=prefill_kv_packing_bitwise >/dev/null
clang_targets=(attnforge test_variants test_exp test_features af_format_tool)
clang_ctest="variants|exp|features|formats_gguf"
if [ "$emulated" = full ]; then clang_targets+=(test_formats); clang_ctest+="|test_formats"; fi
cmake --build build/aarch64-clang -j2 --target "${clang_targets[@]}"
ATTNFORGE_TEST_EXP_STEP=1009 ctest --test-dir build/aarch64-clang -j2 --output-on-failure -R "$clang_ctest"

# Needs build/release's static libattnforge.a (PIC), linked into the module.
step "llama.cpp: the attnforge ggml backend in the pinned llama.cpp (test-backend-ops FLASH_ATTN_EXT, f64 check, greedy generation stock vs attnforge)"
ATTNFORGE_LIBRARY=$PWD/build/release/libattnforge.a bash integrations/ggml/test-llama.sh build/llama

# ThreadSanitizer: Criterion cannot start under TSan, so extra-checks.sh runs
# the threading tests under TSan through fuzz/criterion-shim.
step "extra checks (install, amalgamation, examples, TSan threading tests, fuzzing)"
bash tools/extra-checks.sh
step "all test stages passed"
