#!/usr/bin/env python3
"""Smoke test of attnforge-bench's serving scenario (--serving).

    test_bench_serving.py PATH/TO/attnforge-bench

Runs one tiny continuous-batching step (llama3.2-3b shapes: a prefill chunk
of 16 rows of 64 tokens plus 3 decodes of 64..256 keys, pages of 16, K/V f16
and q4_0, 3 timed calls per impl, a 16 MiB roofline) and checks its JSON
Lines:
- one row per (kv_format, impl) for impl varlen, per_sequence and padded,
  each with "scenario": "serving", a positive median_us and tokens_per_s;
- tokens_per_s is query_rows / median_us (19 rows: 16 + 3 decodes);
- the varlen output was bitwise equal to the per-sequence calls', and the
  padded call's real rows within 1e-5 of it (f32 O);
- decode_bytes counts the decodes' visible K and V rows at the format's size.
Timings are not checked. Standard library only; a few seconds.
"""

import os
import sys
import tempfile

from bench_smoke import json_lines, report, run_bench

HKV, D = 8, 128  # llama3.2-3b


def format_bytes(fmt, n):
    return {"f16": 2 * n, "q4_0": n // 32 * 18}[fmt]


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    bench = sys.argv[1]
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "serving.jsonl")
        cmd = [bench, "--serving", "--preset", "llama3.2-3b", "--kv-format", "f16,q4_0",
               "--serving-decodes", "3", "--serving-prefill", "16:64", "--serving-kv", "64:256",
               "--serving-page", "16", "--reps", "3", "--threads", "2", "--bw-mib", "16",
               "--json", out]
        if not run_bench(cmd):
            return 1
        rows = json_lines(out)
    rows = [r for r in rows if r.get("scenario") == "serving"]
    seen = {(r["kv_format"], r["impl"]) for r in rows}
    want = {(f, i) for f in ("f16", "q4_0") for i in ("varlen", "per_sequence", "padded")}
    if seen != want:
        failures.append(f"rows for {sorted(seen)}, want {sorted(want)}")
    # decodes spread geometrically over [64, 256]: 64, 128, 256 keys
    decode_keys = 64 + 128 + 256
    for r in rows:
        tag = f'{r["kv_format"]}/{r["impl"]}'
        if r["query_rows"] != 16 + 3:
            failures.append(f"{tag}: query_rows {r['query_rows']}, want 19")
        if not (r["median_us"] > 0 and r["tokens_per_s"] > 0):
            failures.append(f"{tag}: non-positive timing")
        elif abs(r["tokens_per_s"] - r["query_rows"] / (r["median_us"] * 1e-6)) > 1e-3 * r["tokens_per_s"]:
            failures.append(f"{tag}: tokens_per_s is not query_rows / median")
        if r["bitwise_equal_per_sequence"] is not True:
            failures.append(f"{tag}: varlen O differs from the per-sequence calls'")
        if not (r["max_abs_diff_padded"] <= 1e-5):
            failures.append(f"{tag}: padded O differs from varlen by {r['max_abs_diff_padded']}")
        row = format_bytes(r["kv_format"], HKV * D) * 2  # K and V
        q_o = 3 * 2 * 24 * D * 4  # each decode's Q and O row, f32
        if r["decode_bytes"] != decode_keys * row + q_o:
            failures.append(f"{tag}: decode_bytes {r['decode_bytes']}, want {decode_keys * row + q_o}")
        if not (0 < r["pct_of_roofline"]):
            failures.append(f"{tag}: pct_of_roofline {r['pct_of_roofline']}")
    return report(failures, f"{len(rows)} serving rows, {len(failures)} failure(s)")


if __name__ == "__main__":
    sys.exit(main())
