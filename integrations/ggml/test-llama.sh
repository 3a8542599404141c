#!/usr/bin/env bash
# attnforge inside llama.cpp, end to end (CI runs this; any failure, including
# a failed download or build, fails it):
#   1. build the pinned llama.cpp and the attnforge ggml backend (build-llama.sh)
#   2. llama.cpp's own suite: test-backend-ops test -o FLASH_ATTN_EXT with the
#      backend loaded (GGML_BACKEND_PATH), compared with the CPU backend:
#      0 failures, and the cases it ran on ATTNFORGE are counted (0 = fail)
#   3. our stricter check (attnforge-ggml-check): every element against an f64
#      reference of ggml's definition, SPEC.md's bound
#   4. tiny random-weight Llama GGUFs (hd 64 and 128) and an MPT one (ALiBi,
#      hd 64), greedy generation of 64
#      tokens after a 1000-token prompt, stock vs attnforge (f16 and q8_0
#      caches, and hd 128 with a q8_0 K and an f16 V): identical tokens,
#      logits within 2e-3 of the largest |logit|,
#      and the attnforge backend must have computed the attention nodes
#
#   bash integrations/ggml/test-llama.sh [WORK_DIR]   (default build/llama)
# LLAMA_TEST_FULL=1 runs all of test-backend-ops's FLASH_ATTN_EXT cases
# (5308; some minutes) instead of those with head dims up to 128. The backend
# runs as users get it: nodes attnforge has no generated kernel for are left
# to the CPU backend (attnforge-ggml-check covers them with
# ATTNFORGE_GGML_GENERIC=1). Nodes below the backend's minimum work (short
# decodes, which it leaves to the CPU backend by default) are taken here
# (ATTNFORGE_GGML_MIN_MACS=0), so that test-backend-ops's small cases and
# every step of the generation run on attnforge; attnforge-ggml-check tests
# the default routing itself.
set -euo pipefail
export ATTNFORGE_GGML_MIN_MACS=0
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mkdir -p "${1:-$root/build/llama}" && cd "${1:-$root/build/llama}" && pwd)
here=$root/integrations/ggml
t0=$SECONDS

# the model writer runs llama.cpp's own gguf-py (vendored in the sdist),
# which needs numpy and yaml; pip fetches the sdist (tools/deps.sh installs
# them; a missing one fails this stage)
python3 -m pip --version >/dev/null || { echo "test-llama.sh: python3 has no pip" >&2; exit 1; }
python3 -c 'import numpy, yaml' || { echo "test-llama.sh: python3 lacks numpy or yaml (pip install numpy pyyaml)" >&2; exit 1; }

bash "$here/build-llama.sh" "$work"
bin=$work/llama-build/bin
afb=$work/af-ggml
module=$afb/libggml-attnforge.so
llama=$work/llama_cpp_python-0.3.36/vendor/llama.cpp
t1=$SECONDS

echo "== test-backend-ops test -o FLASH_ATTN_EXT, attnforge backend vs CPU"
filter=()
[ "${LLAMA_TEST_FULL:-0}" = 1 ] || filter=(-p 'hsk=(40|64|72|80|96|128),')
log=$work/test-backend-ops.log
rc=0
# run from bin/: ggml_backend_load_all() finds the CPU backend module
# (libggml-cpu.so) beside the executable or in the current directory
(cd "$bin" && GGML_BACKEND_PATH=$module "$afb/test-backend-ops" test -o FLASH_ATTN_EXT -b ATTNFORGE "${filter[@]}") \
  >"$log.raw" 2>&1 || rc=$?
sed 's/\x1b\[[0-9;]*m//g' "$log.raw" >"$log"
ran=$(grep '^  FLASH_ATTN_EXT(' "$log" | grep -c ': OK$' || true)
refused=$(grep '^  FLASH_ATTN_EXT(' "$log" | grep -c 'not supported' || true)
# a failing case's line starts with its error ("[FLASH_ATTN_EXT] ERR = ... FLASH_ATTN_EXT(...): FAIL")
failed=$(grep -c 'FLASH_ATTN_EXT(.*: FAIL *$' "$log" || true)
tail -n 3 "$log"
echo "test-backend-ops: $ran case(s) ran on ATTNFORGE and passed, $failed failed, $refused not supported (left to the CPU backend)"
if [ "$rc" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$ran" -eq 0 ] || ! grep -q 'Backend ATTNFORGE: OK' "$log"; then
  echo "test-backend-ops failed (exit $rc; see $log)" >&2
  exit 1
fi
t2=$SECONDS

echo "== attnforge-ggml-check (f64 reference, SPEC.md's bound)"
"$afb/attnforge-ggml-check" "$bin" "$module" >"$work/ggml-check.log" 2>&1 || { cat "$work/ggml-check.log"; exit 1; }
grep -v '^ok ' "$work/ggml-check.log" | grep -v '^load_backend' || true
t3=$SECONDS

echo "== greedy generation, stock vs attnforge"
mkdir -p "$work/models"
for model in "llama 64" "llama 128" "mpt 64"; do
  set -- $model
  m=$work/models/tiny-$1-hd$2.gguf
  if [ ! -f "$m" ] || [ "$m" -ot "$here/make-tiny-llama.py" ]; then
    PYTHONPATH=$llama/gguf-py python3 "$here/make-tiny-llama.py" "$llama/models/ggml-vocab-llama-spm.gguf" "$m.tmp" \
      --head-dim "$2" --arch "$1"
    mv "$m.tmp" "$m"
  fi
done
gen=$afb/attnforge-llama-gen
# MPT: ALiBi (max_bias 8; the mask holds -|pos_i - pos_j|, times each head's
# slope), f16 cache only: with q8_0 stock's own kernel (Q rounded to q8_0)
# drifts from the f64 truth by more than the logit bound on this model
# (README, "Use it in llama.cpp"); attnforge-ggml-check covers q8_0 ALiBi
# K:V gives the two caches different types (llama.cpp's -ctk q8_0 -ctv f16):
# the backend takes the prompt's two ubatches (K and V widened to f32 per
# call) and the decodes (widened per task, since the nineteenth session;
# before, they stayed on the CPU backend and a run with
# ATTNFORGE_GGML_GENERIC=1 after the loop took them).
for cfg in "64 f16" "64 q8_0" "128 f16" "128 q8_0" "128 q8_0:f16" "64 f16 mpt"; do
  set -- $cfg
  arch=${3:-llama}
  ctk=${2%%:*} ctv=${2##*:}
  m=$work/models/tiny-$arch-hd$1.gguf
  out=$work/gen-hd$1-${2/:/-}
  [ "$arch" = llama ] || out=$work/gen-$arch-hd$1-$2
  echo "-- ${3:+$3 (ALiBi), }head dim $1, K cache $ctk, V cache $ctv"
  env -u GGML_BACKEND_PATH "$gen" run "$bin" "$m" "$out-stock.bin" --ctk "$ctk" --ctv "$ctv" --expect-stock
  GGML_BACKEND_PATH=$module "$gen" run "$bin" "$m" "$out-attnforge.bin" --ctk "$ctk" --ctv "$ctv" --expect-attnforge \
    --follow "$out-stock.bin"
  "$gen" compare "$out-stock.bin" "$out-attnforge.bin" 2e-3 --relative
done
# the default routing: hd64's decode steps (about 1 M multiply-adds each)
# stay on the CPU backend and its prompt runs on attnforge, in one generation
echo "-- head dim 64, K/V cache f16, default minimum work (prompt on attnforge, decodes on the CPU backend)"
env -u ATTNFORGE_GGML_MIN_MACS GGML_BACKEND_PATH=$module "$gen" run "$bin" "$work/models/tiny-llama-hd64.gguf" \
  "$work/gen-hd64-f16-default.bin" --ctk f16 --ctv f16 --follow "$work/gen-hd64-f16-stock.bin"
"$gen" compare "$work/gen-hd64-f16-stock.bin" "$work/gen-hd64-f16-default.bin" 2e-3 --relative
t4=$SECONDS
echo "test-llama.sh: passed; build $((t1 - t0)) s, test-backend-ops $((t2 - t1)) s, check $((t3 - t2)) s, generation $((t4 - t3)) s"
