#!/usr/bin/env bash
# A/B of two builds of the attnforge ggml backend by the decode node's time:
# llama-bench tg128 on the tiny Llama models, with ATTNFORGE_GGML_STATS=1,
# module A and module B alternating (A B, then B A, ...). The node's time is
# the attention kernel's own (plus one wake-up of the thread team), without
# the rest of the token, so it resolves smaller changes than tokens/s.
# Not part of CI.
#
#   bash integrations/ggml/ab-nodes.sh WORK_DIR MODULE_A MODULE_B
#
# WORK_DIR is build-llama.sh's (llama-build/bin/llama-bench, and models/
# written by bench-llama.sh or test-llama.sh). Copy a module
# (WORK_DIR/af-ggml/libggml-attnforge.so) aside before rebuilding the other.
# Environment: REPS=4  DEPTH=16384  THREADS=2  CFGS="64:f16 64:q8_0 128:f16
# 128:q8_0" (head dim:cache type), OMP_WAIT_POLICY=passive unless set.
# Prints each run's time (us per decode node), then per configuration the
# medians, minima and B's speedup (A's time over B's): by the medians, by
# the minima, and the median and range of the per-repetition ratios.
set -euo pipefail
[ $# -eq 3 ] || { sed -n 2,19p "$0" >&2; exit 2; }
work=$1 mod_a=$2 mod_b=$3
reps=${REPS:-4} depth=${DEPTH:-16384} threads=${THREADS:-2}
cfgs=${CFGS:-"64:f16 64:q8_0 128:f16 128:q8_0"}
export OMP_WAIT_POLICY=${OMP_WAIT_POLICY:-passive}
raw=$(mktemp)
trap 'rm -f "$raw"' EXIT
for rep in $(seq 1 "$reps"); do
  for cfg in $cfgs; do
    hd=${cfg%%:*} cache=${cfg##*:}
    order="A B"
    [ $((rep % 2)) -eq 0 ] && order="B A"
    for side in $order; do
      mod=$mod_a
      [ "$side" = B ] && mod=$mod_b
      us=$(ATTNFORGE_GGML_STATS=1 GGML_BACKEND_PATH="$mod" "$work/llama-build/bin/llama-bench" \
        -m "$work/models/tiny-llama-hd$hd.gguf" -p 0 -n 128 -d "$depth" -ctk "$cache" -ctv "$cache" \
        -fa on -t "$threads" -r 1 -o csv 2>&1 | sed -n 's/.*decode (1 query token) nodes:.*ms, \([0-9.]*\) us per node/\1/p')
      [ -n "$us" ] || {
        echo "ab-nodes: no decode node ran on $mod (hd$hd $cache, depth $depth; below the backend's" \
          "minimum work, ATTNFORGE_GGML_MIN_MACS, nodes stay on the CPU backend)" >&2
        exit 1
      }
      echo "$rep,$side,$hd,$cache,$depth,$us" | tee -a "$raw"
    done
  done
done
python3 - "$raw" <<'EOF'
import statistics, sys
from collections import defaultdict
v = defaultdict(dict)
for line in open(sys.argv[1]):
    rep, side, hd, cache, depth, us = line.strip().split(",")
    v[(int(hd), cache, depth)].setdefault(int(rep), {})[side] = float(us)
print("| model | cache | depth | A us/node (median, min) | B us/node | B's speedup: medians, minima, per-rep median (range) |")
print("|---|---|---|---|---|---|")
for k in sorted(v):
    reps = [r for r in v[k].values() if "A" in r and "B" in r]
    a = [r["A"] for r in reps]; b = [r["B"] for r in reps]
    q = [x / y for x, y in zip(a, b)]
    print(f"| hd{k[0]} | {k[1]} | {k[2]} | {statistics.median(a):.1f}, {min(a):.1f} | {statistics.median(b):.1f}, {min(b):.1f} | "
          f"{statistics.median(a) / statistics.median(b):.2f}x, {min(a) / min(b):.2f}x, {statistics.median(q):.2f}x ({min(q):.2f}-{max(q):.2f}) |")
EOF
