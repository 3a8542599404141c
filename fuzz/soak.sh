#!/usr/bin/env bash
# Soak: the long tier of tests/test_soak_concurrency.c (4 user threads, mixed
# shapes and contexts, every result bitwise checked) under a leak checker,
# with the process's resident memory (VmRSS, /proc) sampled from outside.
#
#   fuzz/soak.sh                        # LeakSanitizer (clang ASan build), 100,000 calls
#   fuzz/soak.sh --calls 20000          # fewer calls
#   fuzz/soak.sh --valgrind             # valgrind --leak-check=full, release build, 2,000 calls
#   fuzz/soak.sh --valgrind --calls 500
#   fuzz/soak.sh --interval 5           # seconds between samples (default 2)
#
# The test is built against fuzz/criterion-shim (no fork, one process), so the
# leak checker and the sampler watch the process that does the work. Builds
# only the library, in build-soak-asan or build-soak-rel. Fails on a test
# failure, a leak, or VmRSS growing by more than 16 MiB after warm-up; prints
# every sample and a summary either way.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=lsan calls="" interval=2
while [ $# -gt 0 ]; do
  case "$1" in
    --valgrind) mode=valgrind ;;
    --calls) calls="$2"; shift ;;
    --interval) interval="$2"; shift ;;
    *) echo "usage: $0 [--valgrind] [--calls N] [--interval S]" >&2; exit 2 ;;
  esac
  shift
done
jobs=${JOBS:-2}
off=(-DATTNFORGE_BUILD_TESTS=OFF -DATTNFORGE_BUILD_BENCH=OFF -DATTNFORGE_BUILD_EXAMPLES=OFF
     -DATTNFORGE_INSTALL=OFF)

if [ "$mode" = lsan ]; then
  calls=${calls:-100000}
  bdir=build-soak-asan cc=clang
  cflags=(-O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  cmake -S . -B "$bdir" -DCMAKE_C_COMPILER=clang -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DATTNFORGE_SANITIZE=address,undefined "${off[@]}" >/dev/null
else
  command -v valgrind >/dev/null || { echo "soak: valgrind not installed" >&2; exit 1; }
  calls=${calls:-2000}
  bdir=build-soak-rel cc=${CC:-cc}
  cflags=(-O2 -g)
  cmake -S . -B "$bdir" -DCMAKE_BUILD_TYPE=RelWithDebInfo "${off[@]}" >/dev/null
fi
cmake --build "$bdir" -j"$jobs" --target attnforge
exe="$bdir/soak_concurrency"
"$cc" -std=c11 -Wall -Wextra "${cflags[@]}" -Ifuzz/criterion-shim -Iruntime -Igenerated -Itests/util \
  tests/test_soak_concurrency.c tests/util/*.c \
  fuzz/criterion-shim/shim_main.c "$bdir/libattnforge.a" -lm -lpthread -o "$exe"

log="$bdir/soak.log"
samples="$bdir/soak-rss.txt"
export ATTNFORGE_TEST_TIER=long ATTNFORGE_SOAK_CALLS="$calls" ATTNFORGE_SOAK_VERBOSE=1
if [ "$mode" = lsan ]; then
  # ASan keeps freed blocks in a quarantine (256 MiB by default) to catch
  # use-after-free; that would read as growth, so keep it small here.
  ASAN_OPTIONS=detect_leaks=1:quarantine_size_mb=8 \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 "$exe" >"$log" 2>&1 &
else
  valgrind --leak-check=full --show-leak-kinds=definite,indirect \
    --errors-for-leak-kinds=definite,indirect --error-exitcode=99 "$exe" >"$log" 2>&1 &
fi
pid=$!
echo "soak: $mode, $calls calls, pid $pid, VmRSS every ${interval}s (log: $log)"
: >"$samples"
start=$(date +%s)
while kill -0 "$pid" 2>/dev/null; do
  rss=$(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
  [ -n "$rss" ] && echo "$(( $(date +%s) - start )) $rss" | tee -a "$samples" | awk '{printf "  t=%5ds  VmRSS %8d kB\n", $1, $2}'
  sleep "$interval"
done
set +e
wait "$pid"
rc=$?
set -e
elapsed=$(( $(date +%s) - start ))

grep -E '^soak:|Synthesis|FAIL|ERROR|LeakSanitizer|definitely lost|indirectly lost|ERROR SUMMARY' "$log" | tail -n 20 || true
# flat memory: max of the last half of the samples vs max of the second quarter
verdict=$(awk '{ t[NR] = $2 } END {
    if (NR < 8) { print "too few samples (" NR ") to judge growth"; exit }
    w = 0; for (i = int(NR / 4) + 1; i <= int(NR / 2); i++) if (t[i] > w) w = t[i];
    p = 0; for (i = int(NR / 2) + 1; i <= NR; i++) if (t[i] > p) p = t[i];
    printf "VmRSS warm max %d kB, late max %d kB, growth %d kB%s\n", w, p, p - w,
           (p - w > 16384) ? " (GROWING)" : "" }' "$samples")
echo "soak: $mode, $calls calls in ${elapsed}s, exit status $rc; $verdict"
if [ "$rc" -ne 0 ]; then echo "soak: FAILED (see $log)" >&2; exit 1; fi
case "$verdict" in *GROWING*) echo "soak: FAILED: resident memory grows" >&2; exit 1 ;; esac
echo "soak: passed"
