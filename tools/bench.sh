#!/usr/bin/env bash
# The main job: builds attnforge (Release) and runs the benchmark that compares
# the unrolled (generated) kernels with the generic fallback and with
# materialized attention (BLAS), on a real model's shapes. Extra arguments go
# to attnforge-bench (default: --preset llama3.2-3b).
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target attnforge-bench
[ $# -gt 0 ] || set -- --preset llama3.2-3b
exec build/release/bench/attnforge-bench "$@"
