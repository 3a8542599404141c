"""Python call overhead of attnforge.attention on a tiny decode (Hq 8, Hkv 8,
D 64, Skv 16, f32, one thread): the same call timed from C (a loop inside the
extension, attnforge._native._c_call_seconds) and from Python with NumPy
arrays (output allocated, or out= given) and, when torch imports, torch
tensors (DLPack). Prints medians of interleaved batches, per call.

    python3 python/tools/overhead.py [--rounds 15] [--iters 2000]
    python3 python/tools/overhead.py --large     # Llama 3.2 3B shapes, f32, threads as set

--large times big calls the same way (decode Skv 4096 and prefill 512 x 512,
24 query heads over 8 KV heads, head dim 128) to show the Python call costs
nothing measurable there.
"""
from __future__ import annotations

import argparse
import os
import statistics
import time

import sys  # noqa: E402

if "--large" not in sys.argv:
    os.environ.setdefault("ATTNFORGE_NUM_THREADS", "1")

import numpy as np  # noqa: E402

import attnforge as af  # noqa: E402


def per_call(fn, iters):
    t0 = time.perf_counter()
    for _ in range(iters):
        fn()
    return (time.perf_counter() - t0) / iters


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=15)
    ap.add_argument("--iters", type=int, default=2000)
    ap.add_argument("--large", action="store_true")
    a = ap.parse_args()
    if a.large:
        return large(a)
    rng = np.random.default_rng(1)
    q = rng.standard_normal((1, 1, 8, 64), dtype=np.float32)
    k = rng.standard_normal((1, 16, 8, 64), dtype=np.float32)
    v = rng.standard_normal((1, 16, 8, 64), dtype=np.float32)
    o = np.empty_like(q)
    att = af.attention
    cases = {
        "C (loop inside the extension)": lambda: af._native._c_call_seconds(q, k, v, o, a.iters, 1),
        "numpy, output allocated": lambda: per_call(lambda: att(q, k, v), a.iters),
        "numpy, out= given": lambda: per_call(lambda: att(q, k, v, out=o), a.iters),
        "numpy, causal + kv_len + out=": lambda: per_call(lambda: att(q, k, v, out=o, causal=True, kv_len=kl), a.iters),
    }
    kl = np.array([16], np.int32)
    try:
        import torch

        tq, tk, tv, to = (torch.from_numpy(x) for x in (q, k, v, o))
        cases["torch tensors, output allocated"] = lambda: per_call(lambda: att(tq, tk, tv), a.iters)
        cases["torch tensors, out= given"] = lambda: per_call(lambda: att(tq, tk, tv, out=to), a.iters)
    except ImportError:
        pass
    times = {n: [] for n in cases}
    for _ in range(a.rounds):  # interleaved, so load changes hit every case alike
        for n, f in cases.items():
            times[n].append(f())
    att(q, k, v)
    print(f"tiny decode (Hq 8, D 64, Skv 16, f32), kernel {af.last_kernel()}, median of {a.rounds} x {a.iters} calls")
    c = statistics.median(times["C (loop inside the extension)"])
    for n, ts in times.items():
        m = statistics.median(ts)
        extra = "" if n.startswith("C ") else f"  (+{(m - c) * 1e6:.2f} us over C)"
        print(f"  {n:36s} {m * 1e6:7.2f} us{extra}")


def large(a):
    rng = np.random.default_rng(1)
    for name, sq, skv, iters in (("decode 1 x 4096", 1, 4096, 50), ("prefill 512 x 512", 512, 512, 5)):
        q = rng.standard_normal((1, sq, 24, 128), dtype=np.float32)
        k = rng.standard_normal((1, skv, 8, 128), dtype=np.float32)
        v = rng.standard_normal((1, skv, 8, 128), dtype=np.float32)
        o = np.empty_like(q)
        c, p = [], []
        for _ in range(a.rounds):
            c.append(af._native._c_call_seconds(q, k, v, o, iters, 1))
            p.append(per_call(lambda: af.attention(q, k, v, out=o), iters))
        cm, pm = statistics.median(c), statistics.median(p)
        print(f"  {name:18s} C {cm * 1e6:9.1f} us   Python {pm * 1e6:9.1f} us   ratio {pm / cm:.4f}  ({af.last_kernel()})")


if __name__ == "__main__":
    main()
