#!/usr/bin/env python3
"""Smoke test of attnforge-bench's --flush-kv (K and V evicted from every
cache level before each timed call, the rest left warm).

    test_bench_flush_kv.py PATH/TO/attnforge-bench

Runs the llamacpp-tiny-64 preset's decode (Skv 512) and causal prefill (64)
with f16 and q8_0 K/V, BSHD and BHSD caches, every impl, --flush-kv, and
checks:
- the timing line names the mode ("K and V flushed from the caches before
  each call"), and a run without it does not;
- one row per (K/V format, layout, path, impl), every call succeeded and
  passed the f64 reference check (the evictions run between the timed calls
  over exactly the K/V bytes each impl reads: a range past a buffer's end
  would fault).
Timings are not checked. Standard library only; seconds.
"""

import os
import sys
import tempfile

from bench_smoke import check_call, json_lines, report, run_bench_output as run

NOTE = "K and V flushed from the caches before each call"
IMPLS = ["unrolled", "generic", "materialized"]


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    bench = sys.argv[1]
    base = [bench, "--quick", "--preset", "llamacpp-tiny-64", "--dtype", "f32", "--reps", "3",
            "--bw-mib", "16", "--threads", "1"]
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        jpath = os.path.join(tmp, "out.jsonl")
        r = run(base + ["--path", "decode,prefill", "--decode-skv", "512", "--prefill-len", "64",
                        "--kv-format", "f16,q8_0", "--kv-layout", "bshd,bhsd", "--flush-kv", "--json", jpath])
        if r.returncode != 0:
            return report([f"--flush-kv: the bench exited with {r.returncode}"], "1 failure")
        if NOTE not in r.stdout:
            failures.append(f"--flush-kv: the timing line does not say {NOTE!r}")
        rows = json_lines(jpath)[1:]
    plain = run(base + ["--path", "decode", "--decode-skv", "64", "--kv-format", "f16"])
    if plain.returncode != 0 or NOTE in plain.stdout:
        failures.append(f"without --flush-kv: exit {plain.returncode}, note present: {NOTE in plain.stdout}")

    seen = {}
    for r in rows:
        key = (r["kv_format"], r["kv_layout"], r["path"], r["impl"])
        seen[key] = seen.get(key, 0) + 1
        check_call(r, "/".join(key), failures)
    for kv in ("f16", "q8_0"):
        for layout in ("bshd", "bhsd"):
            for path in ("decode", "prefill"):
                for impl in IMPLS:
                    n = seen.get((kv, layout, path, impl), 0)
                    if n != 1:
                        failures.append(f"{kv}/{layout}/{path}/{impl}: {n} rows, expected 1")
    return report(failures, f"{len(rows)} rows, {len(failures)} failures")


if __name__ == "__main__":
    sys.exit(main())
