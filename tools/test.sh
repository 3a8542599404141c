#!/usr/bin/env bash
# Builds attnforge every way CI checks it and runs every test tier that CI
# runs. Exits non-zero on the first failure. ATTNFORGE_TEST_TIER=long runs the
# long tier (minutes to hours; never in CI).
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/deps.sh

step() { printf '\n==== %s\n' "$*"; }

step "generated/ is exactly what the generator makes from the default manifest"
if [ -x gen/check-generated.sh ]; then bash gen/check-generated.sh; else echo "(no generator yet)"; fi

step "gcc Release, -Wall -Wextra -Werror, all tests"
cmake --preset release >/dev/null
cmake --build --preset release
ctest --preset release

step "clang Release, -Wall -Wextra -Werror (build only)"
cmake --preset clang >/dev/null
cmake --build --preset clang

step "clang AddressSanitizer + UndefinedBehaviorSanitizer, all tests"
cmake --preset asan >/dev/null
cmake --build --preset asan
ctest --preset asan

# ThreadSanitizer: Criterion cannot start under TSan, so extra-checks.sh runs
# the threading tests under TSan through fuzz/criterion-shim.
step "extra checks (install, amalgamation, examples, TSan threading tests, fuzzing)"
bash tools/extra-checks.sh
step "all test stages passed"
