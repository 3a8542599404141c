#!/usr/bin/env python3
"""Smoke test of attnforge-bench's K/V storage format axis (--kv-format) and
its K/V layouts (--kv-layout).

    test_bench_kv_format.py PATH/TO/attnforge-bench

Runs the bench on tiny shapes (llama3.2-3b decode at Skv 256 and causal
prefill at 64, Q/O in f32 and bf16, K/V in every format and K and V in two
different formats (q8_0:f16, --kv-format K:V), 3 timed calls, a
16 MiB roofline), with the K/V cache in both layouts (--kv-layout
bshd,bhsd), and checks its JSON Lines and CSV:
- one row per (path, dtype, kv_format, kv_layout, impl);
- every call succeeded and passed the accuracy check against the f64
  reference on the dequantized K/V (max_rel_err <= err_bound);
- decode "bytes" counts K and V at their format's size (q8_0 34 and q4_0 18
  bytes per 32 elements, fp8 1 per element) plus Q and O at the dtype's;
- the CSV header has the kv_format and kv_layout columns.
Timings are not checked. Needs only the standard library; a few seconds.
"""

import csv
import os
import sys
import tempfile

from bench_smoke import check_call, json_lines, report, run_bench

FORMATS = ["f32", "f16", "bf16", "q8_0", "q4_0", "fp8_e4m3", "fp8_e5m2", "q8_0:f16"]
DTYPES = ["f32", "bf16"]
IMPLS = ["unrolled", "generic", "materialized"]
LAYOUTS = ["bshd", "bhsd"]
DTYPE_BYTES = {"f32": 4, "f16": 2, "bf16": 2}
# llama3.2-3b: Hq 24, Hkv 8, Dk = Dv = 128
HQ, HKV, D = 24, 8, 128
SKV = 256


def format_bytes(fmt, n):
    """Bytes of n elements of a K/V format (SPEC.md "Storage formats")."""
    if fmt == "q8_0":
        return n // 32 * 34
    if fmt == "q4_0":
        return n // 32 * 18
    if fmt.startswith("fp8"):
        return n
    return n * DTYPE_BYTES[fmt]


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    bench = sys.argv[1]
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        jpath, cpath = os.path.join(tmp, "out.jsonl"), os.path.join(tmp, "out.csv")
        cmd = [bench, "--quick", "--preset", "llama3.2-3b", "--path", "decode,prefill",
               "--decode-skv", str(SKV), "--prefill-len", "64", "--dtype", ",".join(DTYPES),
               "--kv-format", "all,q8_0:f16", "--kv-layout", ",".join(LAYOUTS), "--reps", "3",
               "--bw-mib", "16", "--threads", "1", "--json", jpath, "--csv", cpath]
        if not run_bench(cmd):
            return 1
        lines = json_lines(jpath)
        with open(cpath, newline="") as f:
            header = next(csv.reader(f))

    if "roofline" not in lines[0]:
        failures.append("the first JSON line is not the roofline object")
    rows = lines[1:]
    seen = {}
    for r in rows:
        key = (r["path"], r["dtype"], r.get("kv_format"), r.get("kv_layout"), r["impl"])
        seen[key] = seen.get(key, 0) + 1
        where = "/".join(str(k) for k in key)
        if r.get("kv_format") not in FORMATS:
            failures.append(f"{where}: kv_format {r.get('kv_format')!r}")
            continue
        if not check_call(r, where, failures):
            continue
        if r["path"] == "decode":
            kf, _, vf = r["kv_format"].partition(":")
            want = (SKV * HKV * (format_bytes(kf, D) + format_bytes(vf or kf, D))
                    + HQ * 2 * D * DTYPE_BYTES[r["dtype"]])
            if abs(r["bytes"] - want) > 1e-5 * want:  # JSON numbers have 6 digits
                failures.append(f"{where}: bytes {r['bytes']}, expected {want}")
    for path in ("decode", "prefill"):
        for dt in DTYPES:
            for fmt in FORMATS:
                for layout in LAYOUTS:
                    for impl in IMPLS:
                        n = seen.get((path, dt, fmt, layout, impl), 0)
                        if n != 1:
                            failures.append(f"{path}/{dt}/{fmt}/{layout}/{impl}: {n} rows, expected 1")
    for col in ("kv_format", "kv_layout"):
        if col not in header:
            failures.append(f"the CSV header has no {col} column")

    return report(failures, f"{len(rows)} rows, {len(failures)} failures")


if __name__ == "__main__":
    sys.exit(main())
