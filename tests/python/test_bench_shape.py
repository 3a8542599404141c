#!/usr/bin/env python3
"""Smoke test of attnforge-bench's --shape HQ/HKV/DK[:DV] (a causal attention
of any shape, for head dims no preset has).

    test_bench_shape.py PATH/TO/attnforge-bench

Runs decode (Skv 256) and causal prefill (64) for --shape 4/2/80,2/2/64:
- one row per (shape, path, impl), named shape-4/2/80 and shape-2/2/64, with
  the shape's Hq, Hkv, Dk, Dv in the JSON rows;
- every call succeeded and passed the f64 reference check;
- D 64 ran a generated kernel (its name has dk64), D 80 whatever dispatch
  chose for it (the generic kernel unless a build generated D 80);
that the probes measured again after the rows are printed (positive
figures, with the first probes beside them); and that malformed shapes are
refused with exit status 2 and a message naming the shape. Timings are not
checked. Standard library only; seconds.
"""

import os
import re
import subprocess
import sys
import tempfile

from bench_smoke import check_call, json_lines, report, run_bench_output

SHAPES = {"shape-4/2/80": (4, 2, 80, 80), "shape-2/2/64": (2, 2, 64, 64)}
IMPLS = ["unrolled", "generic", "materialized"]
BAD = ["8/3/64", "8/2", "8/2/64:", "8/2/64x", "0/1/64", "8/2/2000"]


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    bench = sys.argv[1]
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        jpath = os.path.join(tmp, "out.jsonl")
        cmd = [bench, "--quick", "--shape", "4/2/80,2/2/64", "--path", "decode,prefill",
               "--decode-skv", "256", "--prefill-len", "64", "--dtype", "f32", "--kv-format", "f16",
               "--reps", "3", "--bw-mib", "16", "--threads", "1", "--json", jpath]
        run = run_bench_output(cmd)
        if run.returncode != 0:
            print(f"FAIL: the bench exited with {run.returncode}")
            return 1
        rows = json_lines(jpath)[1:]

    end = re.search(r"^roofline after the rows: DRAM read ([0-9.]+) GB/s, f32 FMA peak ([0-9.]+) GFLOP/s "
                    r"\(before the rows: ([0-9.]+) GB/s, ([0-9.]+) GFLOP/s\)$", run.stdout, re.M)
    if not end:
        failures.append("no 'roofline after the rows' line in the bench's output")
    elif not all(float(x) > 0 for x in end.groups()):
        failures.append(f"a probe after or before the rows is not positive: {end.group(0)!r}")

    seen = {}
    for r in rows:
        key = (r["preset"], r["path"], r["impl"])
        seen[key] = seen.get(key, 0) + 1
        where = "/".join(key)
        if r["preset"] not in SHAPES:
            failures.append(f"{where}: unexpected preset")
            continue
        got = (r["hq"], r["hkv"], r["dk"], r["dv"])
        if got != SHAPES[r["preset"]]:
            failures.append(f"{where}: Hq/Hkv/Dk/Dv {got}, expected {SHAPES[r['preset']]}")
        if not check_call(r, where, failures):
            continue
        if r["impl"] == "unrolled" and r["preset"] == "shape-2/2/64" and "dk64" not in r["kernel"]:
            failures.append(f"{where}: D 64 ran {r['kernel']!r}, not a generated kernel")
    for name in SHAPES:
        for path in ("decode", "prefill"):
            for impl in IMPLS:
                n = seen.get((name, path, impl), 0)
                if n != 1:
                    failures.append(f"{name}/{path}/{impl}: {n} rows, expected 1")

    for bad in BAD:
        # (if a bad shape were accepted, these options keep its run short)
        run = subprocess.run([bench, "--shape", bad, "--quick", "--path", "decode", "--decode-skv", "256",
                              "--dtype", "f32", "--reps", "3", "--bw-mib", "16", "--threads", "1"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        if run.returncode != 2 or f"'{bad}'" not in run.stderr:
            failures.append(f"--shape {bad}: exit {run.returncode}, stderr {run.stderr.strip()!r}")

    return report(failures, f"{len(rows)} rows, {len(failures)} failures")


if __name__ == "__main__":
    sys.exit(main())
