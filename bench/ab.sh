#!/usr/bin/env bash
# Before/after comparison of two attnforge-bench binaries on a noisy machine:
# runs them alternately (A B A B ...), ROUNDS times each, with the same bench
# arguments, and prints per row (preset, path, dtype, K/V format and layout,
# shape, threads, impl) the median of each binary's per-run medians and B/A's
# speed ratio (> 1: B is faster). Shared machines drift by tens of percent within
# minutes; interleaving puts the drift on both sides.
#
#   bench/ab.sh OLD/attnforge-bench NEW/attnforge-bench 5 --path decode \
#       --decode-skv 32768 --impl unrolled --threads 2 --dtype f16 --check-rows 0
#
# Pin single-thread runs yourself (taskset -c 1 bench/ab.sh ...).
# AB_STAT=min compares each run's fastest call instead of its median: for a
# compute-bound row resident in the cache, interference only adds time, so the
# minimum is the steadier estimate of a small difference.
# AB_KEEP=DIR keeps every run's CSV there (a.1.csv, b.1.csv, ...: the probes'
# ceilings and each row's share of them).
set -euo pipefail
if [ $# -lt 3 ]; then
  awk 'NR > 1 && !/^#/ { exit } NR > 1' "$0" >&2 # the header comment above
  exit 2
fi
a=$1 b=$2 rounds=$3
shift 3
for x in "$a" "$b"; do [ -x "$x" ] || { echo "ab.sh: $x is not an executable" >&2; exit 2; }; done
case ${AB_STAT:-median} in median | min) ;; *) echo "ab.sh: AB_STAT must be median or min" >&2; exit 2 ;; esac
case $rounds in '' | *[!0-9]*) echo "ab.sh: ROUNDS must be a number" >&2; exit 2 ;; esac
work=$(mktemp -d /tmp/attnforge-ab.XXXXXX)
trap 'rm -rf "$work"' EXIT
if [ -n "${AB_KEEP:-}" ]; then mkdir -p "$AB_KEEP"; fi
for ((r = 1; r <= rounds; r++)); do
  for side in a b; do
    bin=$a
    [ "$side" = a ] || bin=$b
    "$bin" "$@" --csv "$work/$side.$r.csv" >/dev/null 2>"$work/$side.$r.err" ||
      { cat "$work/$side.$r.err" >&2; echo "ab.sh: $bin failed" >&2; exit 1; }
  done
  if [ -n "${AB_KEEP:-}" ]; then cp "$work/a.$r.csv" "$work/b.$r.csv" "$AB_KEEP/"; fi
  printf 'round %d of %d done\n' "$r" "$rounds" >&2
done
python3 - "$work" "$rounds" "${AB_STAT:-median}" <<'EOF'
import csv, statistics, sys
work, rounds, stat = sys.argv[1], int(sys.argv[2]), sys.argv[3]
col = {"median": "median_us", "min": "min_us"}[stat]  # (checked above)
key_cols = ("preset", "path", "dtype", "kv_format", "kv_layout", "batch", "sq", "skv", "threads", "impl")
rows, order = {}, []
for side in ("a", "b"):
    for r in range(1, rounds + 1):
        with open(f"{work}/{side}.{r}.csv") as f:
            for row in csv.DictReader(f):
                if row.get("ok") != "1":
                    continue
                # a bench from before --kv-layout has no kv_layout column: its
                # caches were BSHD
                k = tuple(row.get(c) or ("bshd" if c == "kv_layout" else "") for c in key_cols)
                if k not in rows:
                    rows[k] = {"a": [], "b": []}
                    order.append(k)
                rows[k][side].append(float(row[col]))
print(f"{'preset':14} {'path':7} {'dtype':5} {'kv':9} {'shape':>12} {'thr':>3} {'impl':12} "
      f"{'A us':>10} {'B us':>10} {'A/B':>6}  per-round A/B ({stat} of each run)")
for k in order:
    a, b = rows[k]["a"], rows[k]["b"]
    if not a or not b:
        continue
    ma, mb = statistics.median(a), statistics.median(b)
    per = " ".join(f"{x / y:.2f}" for x, y in zip(a, b))
    shape = f"{k[6]}x{k[7]}" + (f" b{k[5]}" if k[5] != "1" else "")
    kv = k[3] + (" bhsd" if k[4] == "bhsd" else "")
    print(f"{k[0]:14} {k[1]:7} {k[2]:5} {kv:9} {shape:>12} {k[8]:>3} {k[9]:12} "
          f"{ma:10.1f} {mb:10.1f} {ma / mb:6.3f}  {per}")
EOF
