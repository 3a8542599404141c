"""Strided views go to C as they are: no copy of q, k, v, the mask or out.

How it is checked: NumPy reports every array allocation to tracemalloc, so a
call on large strided inputs whose traced allocations stay far below the size
of one input made no copy; out written in place into a non-contiguous view
must leave the memory around it untouched; and the result must be bitwise the
one of the same data in the dense layout."""
from __future__ import annotations

import sys
import tracemalloc

import numpy as np

import attnforge as af
from reference import attention_ref, check_bound, widen


def rand(rng, shape):
    return rng.standard_normal(shape).astype(np.float32)


def test_bhsd_views_match_dense_bitwise(rng):
    B, H, Hkv, S, Skv, D = 2, 8, 2, 9, 70, 64
    qb = rand(rng, (B, H, S, D))        # BHSD storage
    kb = rand(rng, (B, Hkv, Skv, D))
    vb = rand(rng, (B, Hkv, Skv, D))
    q, k, v = (x.transpose(0, 2, 1, 3) for x in (qb, kb, vb))  # BSHD views
    assert not q.flags.c_contiguous
    ob = np.full((B, H, S, D), np.nan, np.float32)
    o = ob.transpose(0, 2, 1, 3)
    r = af.attention(q, k, v, out=o, causal=True)
    assert r is o and np.all(np.isfinite(ob))
    dense = af.attention(*(np.ascontiguousarray(x) for x in (q, k, v)), causal=True)
    assert np.array_equal(o, dense)
    ref, _, r_abs, A = attention_ref(widen(q), widen(k), widen(v), causal=True)
    check_bound(o, ref, r_abs, A, "f32")


def test_out_written_in_place_into_a_slice(rng):
    B, S, H, D = 2, 5, 4, 64
    q = rand(rng, (B, S, H, D))
    k = rand(rng, (B, 20, H, D))
    v = rand(rng, (B, 20, H, D))
    big = np.full((B, S + 3, H + 2, 2 * D), -7.0, np.float32)  # poison around the view
    out = big[:, 1:S + 1, 2:, D:]  # every stride differs from the dense one
    r = af.attention(q, k, v, out=out)
    assert r is out and np.shares_memory(r, big)
    assert np.all(out != -7.0)
    mask = np.zeros(big.shape, bool)
    mask[:, 1:S + 1, 2:, D:] = True
    assert np.all(big[~mask] == -7.0), "memory outside the out view was written"
    assert np.array_equal(out, af.attention(q, k, v))


def test_no_copy_of_large_strided_inputs(rng):
    """Inputs of 8 MiB each as sliced, transposed views: the call allocates
    only its output (out given: nothing), never a copy."""
    B, Hkv, Skv, D = 1, 4, 4096, 128
    kbig = rand(rng, (B, Hkv, Skv + 64, D))      # BHSD with spare rows
    vbig = rand(rng, (B, Hkv, Skv + 64, D))
    k = kbig[:, :, 32:32 + Skv].transpose(0, 2, 1, 3)
    v = vbig[:, :, 32:32 + Skv].transpose(0, 2, 1, 3)
    q = rand(rng, (B, 16, 8, D))[:, ::2]          # every other query row
    mask = np.zeros((16, Skv + 8), np.float32)[::2, 3:3 + Skv]
    out = np.empty((B, 8, 8, D), np.float32)
    af.attention(q, k, v, out=out, mask=mask)     # warm up (the context's workspace)
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        before = tracemalloc.get_traced_memory()[0]
        af.attention(q, k, v, out=out, mask=mask)
        peak = tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()
    assert peak < 64 * 1024, f"the call allocated {peak} bytes through NumPy (a copy?)"
    ref, _, r_abs, A = attention_ref(widen(q), widen(k), widen(v), mask=mask)
    check_bound(out, ref, r_abs, A, "f32")


def test_broadcast_views(rng):
    """A stride-0 batch dim (np.broadcast_to) is a broadcast the C API takes."""
    B, Skv, H, D = 3, 30, 2, 64
    k1 = rand(rng, (1, Skv, H, D))
    v1 = rand(rng, (1, Skv, H, D))
    k = np.broadcast_to(k1, (B, Skv, H, D))
    v = np.broadcast_to(v1, (B, Skv, H, D))
    q = rand(rng, (B, 4, H, D))
    o = af.attention(q, k, v)
    ref, _, r_abs, A = attention_ref(widen(q), widen(k), widen(v))
    check_bound(o, ref, r_abs, A, "f32")


def test_views_see_mutations_and_hold_no_references(rng):
    q = rand(rng, (1, 2, 4, 64))
    kb = rand(rng, (1, 4, 30, 64))
    k = kb.transpose(0, 2, 1, 3)
    v = rand(rng, (1, 30, 4, 64))
    refs = [sys.getrefcount(x) for x in (q, k, v, kb)]
    o1 = af.attention(q, k, v)
    kb[0, :, 3] += 1.0  # through the base array
    o2 = af.attention(q, k, v)
    assert not np.array_equal(o1, o2)
    assert [sys.getrefcount(x) for x in (q, k, v, kb)] == refs


def test_quantized_cache_view(rng):
    """A q8_0 cache sliced along the sequence and viewed BHSD -> BSHD (byte
    strides that are multiples of the block)."""
    B, Hkv, Skv, D = 1, 2, 64, 64
    x = rand(rng, (B, Hkv, Skv + 10, D))
    raw = af.quantize_q8_0(x)                       # [B, Hkv, Skv+10, 68] bytes
    k = raw[:, :, 5:5 + Skv].transpose(0, 2, 1, 3)
    v = raw[:, :, 2:2 + Skv].transpose(0, 2, 1, 3)
    q = rand(rng, (B, 3, 4, D))
    o = af.attention(q, k, v, k_format="q8_0", v_format="q8_0")
    dense = af.attention(q, np.ascontiguousarray(k), np.ascontiguousarray(v), k_format="q8_0", v_format="q8_0")
    assert np.array_equal(o, dense)


class DLPackOnly:
    """Exposes an array only through the DLPack protocol (no NumPy type, no torch)."""

    def __init__(self, a):
        self.a = a

    def __dlpack__(self, *args, **kw):
        return self.a.__dlpack__(*args, **kw)

    def __dlpack_device__(self):
        return self.a.__dlpack_device__()


def test_dlpack_producer(rng):
    """Any DLPack producer: strided views are read in place, out written in place."""
    qb = rand(rng, (1, 4, 3, 64))
    k = rand(rng, (1, 25, 2, 64))
    v = rand(rng, (1, 25, 2, 64))
    q = qb.transpose(0, 2, 1, 3)
    out = np.full((1, 3, 4, 64), np.nan, np.float32)
    r = af.attention(DLPackOnly(q), DLPackOnly(k), DLPackOnly(v), out=DLPackOnly(out), causal=True)
    assert isinstance(r, DLPackOnly) and np.all(np.isfinite(out))
    assert np.array_equal(out, af.attention(q, k, v, causal=True))
    o2 = af.attention(DLPackOnly(q), DLPackOnly(k), DLPackOnly(v))  # output allocated with NumPy
    assert isinstance(o2, np.ndarray) and np.array_equal(o2, af.attention(q, k, v))
