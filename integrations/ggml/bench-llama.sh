#!/usr/bin/env bash
# llama-bench A/B: stock llama.cpp flash attention vs the attnforge backend
# (GGML_BACKEND_PATH), on the tiny Llama models of test-llama.sh, interleaved
# (each repetition runs every configuration once, stock and attnforge in
# alternating order), medians of the repetitions. Not part of CI.
#
#   bash integrations/ggml/bench-llama.sh [WORK_DIR]        (default build/llama)
# Environment (defaults are the README's table):
#   REPS=5  THREADS=2  DEPTHS="0 4096 16384"  CACHES="f16 q8_0"  HEADS="64 128"
#   TESTS="pp512 tg128"
# A CACHES entry K:V gives K and V different types (q8_0:f16 is -ctk q8_0
# -ctv f16).
# HEADS names the models: 64 and 128 are the tiny Llamas of those head dims,
# mpt64 the tiny MPT (ALiBi: nodes with max_bias and a mask of -|pos_i - pos_j|).
# OMP_WAIT_POLICY=passive is set (unless the caller sets another) so that
# idle OpenMP threads of ggml's CPU backend sleep instead of spinning while
# attnforge's threads run (and the same for stock). With the OpenMP build of
# the backend attnforge runs on that same team, so OMP_WAIT_POLICY=active
# is fair too, and on a VM where waking threads is slow it is the faster
# setting for both. Prints a markdown table: tokens/s medians and the ratio.
# For tg tests measured at depth 0 too, a last column gives the ratio's
# ceiling at each depth D: stock's rate at depth 0 over its rate at depth D,
# what attnforge would reach if attention took no time at all and the backend
# route cost nothing (a decode over at most 128 cached tokens is a negligible
# share of stock's token; the rest of the token, the same on both sides, is
# what bounds the ratio). Not given for pp: a 512-token prompt's own attention
# is not negligible at depth 0.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mkdir -p "${1:-$root/build/llama}" && cd "${1:-$root/build/llama}" && pwd)
here=$root/integrations/ggml
reps=${REPS:-5}
threads=${THREADS:-2}
depths=${DEPTHS:-"0 4096 16384"}
caches=${CACHES:-"f16 q8_0"}
heads=${HEADS:-"64 128"}
tests=${TESTS:-"pp512 tg128"}
export OMP_WAIT_POLICY=${OMP_WAIT_POLICY:-passive}

bash "$here/build-llama.sh" --with-bench "$work" >"$work/bench-build.log"
bin=$work/llama-build/bin
module=$work/af-ggml/libggml-attnforge.so
llama=$work/llama_cpp_python-0.3.36/vendor/llama.cpp
model_of() { # a HEADS entry -> its GGUF: 64 -> tiny-llama-hd64, mpt64 -> tiny-mpt-hd64
  case $1 in mpt*) echo "$work/models/tiny-mpt-hd${1#mpt}.gguf" ;; *) echo "$work/models/tiny-llama-hd$1.gguf" ;; esac
}
for hd in $heads; do
  m=$(model_of "$hd")
  if [ ! -f "$m" ]; then
    mkdir -p "$work/models"
    arch=llama
    case $hd in mpt*) arch=mpt ;; esac
    PYTHONPATH=$llama/gguf-py python3 "$here/make-tiny-llama.py" "$llama/models/ggml-vocab-llama-spm.gguf" "$m" \
      --head-dim "${hd#mpt}" --arch "$arch"
  fi
done

raw=$work/bench-raw.csv
echo "rep,side,hd,cache,depth,test,tps" >"$raw"
one() { # side hd cache depth test -> tokens/s
  local side=$1 hd=$2 cache=$3 depth=$4 test=$5 n args
  n=${test#??}
  case $test in pp*) args=(-p "$n" -n 0) ;; tg*) args=(-p 0 -n "$n") ;; esac
  local envs=(env -u GGML_BACKEND_PATH)
  [ "$side" = attnforge ] && envs=(env GGML_BACKEND_PATH="$module")
  # avg_ts is the last CSV field (avg_ts, stddev_ts come last: take the
  # column by name)
  "${envs[@]}" "$bin/llama-bench" -m "$(model_of "$hd")" "${args[@]}" -d "$depth" \
    -ctk "${cache%%:*}" -ctv "${cache##*:}" -fa on -t "$threads" -r 1 -o csv 2>/dev/null |
    python3 -c 'import csv,sys; r=list(csv.DictReader(sys.stdin)); print(r[-1]["avg_ts"])'
}
for rep in $(seq 1 "$reps"); do
  order="stock attnforge"
  [ $((rep % 2)) -eq 0 ] && order="attnforge stock"
  for hd in $heads; do for cache in $caches; do for depth in $depths; do for test in $tests; do
    for side in $order; do
      tps=$(one "$side" "$hd" "$cache" "$depth" "$test")
      echo "$rep,$side,$hd,$cache,$depth,$test,$tps" >>"$raw"
    done
  done; done; done; done
  echo "repetition $rep of $reps done" >&2
done

python3 - "$raw" "$threads" "$reps" <<'EOF'
import csv, statistics, sys
from collections import defaultdict
rows = list(csv.DictReader(open(sys.argv[1])))
v = defaultdict(list)
for r in rows:
    v[(r["hd"], r["cache"], int(r["depth"]), r["test"], r["side"])].append(float(r["tps"]))
def model_key(m):  # "64" < "128" < "mpt64"
    return (m.startswith("mpt"), int(m.lstrip("mpt")))
keys = sorted({k[:4] for k in v}, key=lambda k: (model_key(k[0]), k[1], k[3][:2] != "pp", k[2]))
print(f"{sys.argv[2]} threads, medians of {sys.argv[3]} interleaved runs, tokens/s\n")
med = {k: statistics.median(x) for k, x in v.items()}
print("| model | K/V cache | test | depth | stock FA | attnforge | ratio | ceiling |")
print("|---|---|---|---|---|---|---|---|")
for k in keys:
    s = med[k + ("stock",)]; a = med[k + ("attnforge",)]
    s0 = med.get((k[0], k[1], 0, k[3], "stock"))
    ceil = f"{s0 / s:.2f}x" if k[3].startswith("tg") and k[2] > 0 and s0 else ""
    name = f"MPT hd{k[0][3:]} (ALiBi)" if k[0].startswith("mpt") else f"hd{k[0]}"
    print(f"| {name} | {k[1]} | {k[3]} | {k[2]} | {s:.1f} | {a:.1f} | {a / s:.2f}x | {ceil} |")
EOF
