"""attnforge.attention against the float64 reference (reference.py) for every
feature of the C API, with SPEC's accuracy bound. Outputs are poisoned (NaN)
before each call and must be fully written."""
from __future__ import annotations

import numpy as np
import pytest

import attnforge as af
from conftest import need
from reference import (attention_ref, check_bound, dequant_fp8, dequant_q4_0, dequant_q8_0,
                       widen)


def rand(rng, shape, scale=1.0):
    return (rng.standard_normal(shape) * scale).astype(np.float32)


def stored(x, fmt):
    """x (f32) in storage format fmt: f32, f16 or bf16 (ml_dtypes)."""
    if fmt == "f32":
        return x.astype(np.float32)
    if fmt == "f16":
        return x.astype(np.float16)
    if fmt == "bf16":
        return x.astype(need("ml_dtypes").bfloat16)
    raise ValueError(fmt)


def encode_cache(x, fmt, rng):
    """A K or V cache in fmt from f32 values x [B, S, H, D]: returns (what to
    pass, its float64 values, extra kwargs name->value such as the fp8 scale)."""
    if fmt in ("f32", "f16", "bf16"):
        s = stored(x, fmt)
        return s, widen(s), {}
    if fmt == "q8_0":
        raw = af.quantize_q8_0(x)
        return raw, dequant_q8_0(raw), {}
    if fmt == "q4_0":
        raw = af.quantize_q4_0(x)
        return raw, dequant_q4_0(raw), {}
    # fp8: per-head scales (one per KV head) or one per tensor, drawn at random
    hkv = x.shape[2]
    if rng.random() < 0.5:
        scale = float(np.float32(rng.uniform(0.01, 0.1)))
        raw = (af.quantize_fp8_e4m3 if fmt == "fp8_e4m3" else af.quantize_fp8_e5m2)(x, scale)
    else:
        scale = rng.uniform(0.01, 0.1, hkv).astype(np.float32)
        quant = af.quantize_fp8_e4m3 if fmt == "fp8_e4m3" else af.quantize_fp8_e5m2
        raw = np.stack([quant(x[:, :, h], float(scale[h])) for h in range(hkv)], axis=2)
    return raw, dequant_fp8(raw, fmt, scale), {"scale": scale}


REF_KEYS = ("causal", "scale", "softcap", "alibi_slopes", "mask", "window", "kv_len", "q_offset", "sinks")


def run(q, k, v, *, qv, kv, vv, out_fmt=None, **kw):
    """Calls attention with a poisoned out and LSE, checks both against the
    reference of the float64 values qv, kv, vv; returns (out, lse)."""
    B, Sq, Hq, _ = q.shape
    Dv = vv.shape[-1]
    ofmt = out_fmt or {"float32": "f32", "float16": "f16", "bfloat16": "bf16"}[q.dtype.name]
    out = stored(np.full((B, Sq, Hq, Dv), np.nan, np.float32), ofmt)
    o, lse = af.attention(q, k, v, out=out, return_lse=True, **kw)
    assert o is out
    assert lse.shape == (B, Hq, Sq) and lse.dtype == np.float32
    ref_kw = {n: kw[n] for n in REF_KEYS if n in kw}
    if "mask" in ref_kw:
        ref_kw["mask"] = widen(ref_kw["mask"])
        if kw.get("mask_scales") is not None:  # the mask times a factor per query head
            m = np.broadcast_to(ref_kw["mask"], (B, Hq, Sq, kv.shape[1]))
            ref_kw["mask"] = m * np.asarray(kw["mask_scales"], np.float64)[None, :, None, None]
    ref, lse_ref, r_abs, A = attention_ref(qv, kv, vv, **ref_kw)
    check_bound(o, ref, r_abs, A, ofmt, lse, lse_ref)
    assert af.last_kernel() != ""
    return o, lse


def qkv(rng, B=2, Sq=5, Skv=37, Hq=8, Hkv=2, Dk=64, Dv=None, fmt="f32"):
    Dv = Dv or Dk
    q = stored(rand(rng, (B, Sq, Hq, Dk)), fmt)
    k = stored(rand(rng, (B, Skv, Hkv, Dk)), fmt)
    v = stored(rand(rng, (B, Skv, Hkv, Dv)), fmt)
    return q, k, v


# ---- shapes, heads, head dims, dtypes ---------------------------------------------

@pytest.mark.parametrize("fmt", ["f32", "f16", "bf16"])
@pytest.mark.parametrize("Sq", [1, 3, 70])
@pytest.mark.parametrize("Hq,Hkv", [(8, 8), (8, 2), (4, 1)])
def test_dtypes_heads(rng, fmt, Sq, Hq, Hkv):
    q, k, v = qkv(rng, Sq=Sq, Hq=Hq, Hkv=Hkv, fmt=fmt)
    run(q, k, v, qv=widen(q), kv=widen(k), vv=widen(v))


@pytest.mark.parametrize("Dk,Dv", [(32, 32), (64, 64), (128, 128), (192, 128), (40, 40), (96, 64), (16, 48)])
def test_head_dims(rng, Dk, Dv):
    for Sq in (1, 20, 100):  # decode and prefill paths (rows = Sq * Hq / Hkv > 64)
        q, k, v = qkv(rng, Sq=Sq, Dk=Dk, Dv=Dv)
        run(q, k, v, qv=widen(q), kv=widen(k), vv=widen(v))


def test_q_f32_cache_f16_out_bf16(rng):
    need("ml_dtypes")
    q = rand(rng, (1, 4, 8, 64))
    k = stored(rand(rng, (1, 50, 2, 64)), "f16")
    v = stored(rand(rng, (1, 50, 2, 64)), "f16")
    run(q, k, v, qv=widen(q), kv=widen(k), vv=widen(v), out_fmt="bf16")


# ---- SPEC features ------------------------------------------------------------------

@pytest.mark.parametrize("Sq,Skv", [(1, 40), (9, 40), (40, 40), (64, 20)])
def test_causal(rng, Sq, Skv):
    q, k, v = qkv(rng, Sq=Sq, Skv=Skv)
    run(q, k, v, qv=widen(q), kv=widen(k), vv=widen(v), causal=True)


def test_scale_and_softcap(rng):
    q, k, v = qkv(rng, Sq=6)
    run(q, k, v, qv=widen(q), kv=widen(k), vv=widen(v), scale=0.37)
    q = q * 4  # large scores, so the cap matters
    run(q, k, v, qv=widen(q), kv=widen(k), vv=widen(v), softcap=5.0, causal=True)


@pytest.mark.parametrize("window", [(4, 0), (-1, 3), (2, 2), (0, -1)])
def test_window(rng, window):
    q, k, v = qkv(rng, Sq=10, Skv=30)
    run(q, k, v, qv=widen(q), kv=widen(k), vv=widen(v), window=window, causal=window[1] == 0)


def test_alibi(rng):
    q, k, v = qkv(rng, Sq=7, Hq=8, Hkv=4)
    run(q, k, v, qv=widen(q), kv=widen(k), vv=widen(v), alibi_slopes=af.alibi_slopes(8), causal=True)
    run(q, k, v, qv=widen(q), kv=widen(k), vv=widen(v), alibi_slopes=af.alibi_slopes(8, max_bias=8.0))
    slopes = af.alibi_slopes(8)
    assert slopes.dtype == np.float32 and np.all(slopes > 0) and np.all(np.diff(slopes) < 0)


@pytest.mark.parametrize("mfmt", ["f32", "f16"])
@pytest.mark.parametrize("mshape", ["ij", "b1ij", "bhij", "hij"])
def test_mask(rng, mfmt, mshape):
    B, Sq, Skv, Hq = 2, 6, 33, 8
    q, k, v = qkv(rng, B=B, Sq=Sq, Skv=Skv, Hq=Hq)
    shape = {"ij": (Sq, Skv), "b1ij": (B, 1, Sq, Skv), "bhij": (B, Hq, Sq, Skv), "hij": (Hq, Sq, Skv)}[mshape]
    m = rand(rng, shape)
    m[rng.random(shape) < 0.3] = -np.inf  # excluded keys
    m = stored(m, mfmt)
    run(q, k, v, qv=widen(q), kv=widen(k), vv=widen(v), mask=m)


@pytest.mark.parametrize("mfmt", ["f32", "f16"])
@pytest.mark.parametrize("Sq", [1, 70])
def test_mask_scales_ggml_alibi(rng, mfmt, Sq):
    """ggml's ALiBi: a mask of -|pos_i - pos_j| (and -inf past the diagonal)
    multiplied by each head's slope (mask_scales)."""
    B, Skv, Hq = 2, 90, 8
    q, k, v = qkv(rng, B=B, Sq=Sq, Skv=Skv, Hq=Hq)
    pos_q = np.arange(Skv - Sq, Skv)[:, None]
    pos_k = np.arange(Skv)[None, :]
    m = np.where(pos_k <= pos_q, -np.abs(pos_q - pos_k), -np.inf).astype(np.float32)
    slopes = af.alibi_slopes(Hq, max_bias=8.0)
    run(q, k, v, qv=widen(q), kv=widen(k), vv=widen(v), mask=stored(m, mfmt), mask_scales=slopes)


def test_mask_strided_view(rng):
    """A mask that is a slice of a larger buffer (Skv columns of a wider one)."""
    q, k, v = qkv(rng, B=1, Sq=4, Skv=20)
    big = rand(rng, (4, 64))
    run(q, k, v, qv=widen(q), kv=widen(k), vv=widen(v), mask=big[:, 5:25])


def test_sinks(rng):
    q, k, v = qkv(rng, Sq=5, Hq=8)
    sinks = rand(rng, (8,))
    run(q, k, v, qv=widen(q), kv=widen(k), vv=widen(v), sinks=sinks, causal=True)


def test_kv_len_and_q_offset(rng):
    B, Skv = 3, 40
    q, k, v = qkv(rng, B=B, Sq=4, Skv=Skv)
    kv_len = np.array([40, 17, 0], np.int32)  # the last sequence sees nothing: O = 0, LSE = -inf
    o, lse = run(q, k, v, qv=widen(q), kv=widen(k), vv=widen(v), kv_len=kv_len, causal=True)
    assert np.all(o[2] == 0) and np.all(np.isneginf(lse[2]))
    run(q, k, v, qv=widen(q), kv=widen(k), vv=widen(v), kv_len=[30, 12, 5], q_offset=[0, 20, -2], causal=True)
    # int64 lists and arrays are taken too
    run(q, k, v, qv=widen(q), kv=widen(k), vv=widen(v), kv_len=np.array([3, 4, 5], np.int64))


def test_kv_len_garbage_past_end(rng):
    """Keys past kv_len are never read: NaN there must not reach O."""
    q, k, v = qkv(rng, B=2, Sq=2, Skv=40)
    k[:, 25:] = np.nan
    v[:, 25:] = np.nan
    kv = widen(k).copy()
    vv = widen(v).copy()
    kv[:, 25:] = 0
    vv[:, 25:] = 0
    run(q, k, v, qv=widen(q), kv=kv, vv=vv, kv_len=[25, 10])


@pytest.mark.parametrize("fmt", ["f32", "f16"])
def test_paged(rng, fmt):
    B, Skv, Hkv, D, P = 3, 50, 2, 64, 16
    q, k, v = qkv(rng, B=B, Sq=3, Skv=Skv, Hkv=Hkv, Dk=D, fmt=fmt)
    nblk = -(-Skv // P)
    pool_n = B * nblk + 3
    perm = rng.permutation(pool_n)[: B * nblk].reshape(B, nblk).astype(np.int32)
    kp = stored(rand(rng, (pool_n, P, Hkv, D)), fmt)  # unused blocks hold noise
    vp = stored(rand(rng, (pool_n, P, Hkv, D)), fmt)
    kpad = np.zeros((B, nblk * P, Hkv, D), k.dtype)
    vpad = np.zeros((B, nblk * P, Hkv, D), v.dtype)
    kpad[:, :Skv] = k
    vpad[:, :Skv] = v
    for b in range(B):
        for e in range(nblk):
            kp[perm[b, e]] = kpad[b, e * P:(e + 1) * P]
            vp[perm[b, e]] = vpad[b, e * P:(e + 1) * P]
    kv_len = np.array([50, 33, 7], np.int32)
    o_paged, lse_paged = run(q, kp, vp, qv=widen(q), kv=widen(kpad), vv=widen(vpad),
                             block_table=perm, kv_len=kv_len, causal=True)
    o_dense, lse_dense = af.attention(q, kpad, vpad, kv_len=kv_len, causal=True, return_lse=True)
    # SPEC: a paged call and a contiguous call give bitwise identical O
    assert np.array_equal(widen(o_paged), widen(o_dense))
    assert np.array_equal(lse_paged, lse_dense)


# ---- cache formats ----------------------------------------------------------------

@pytest.mark.parametrize("kfmt,vfmt", [("q8_0", "q8_0"), ("q4_0", "q4_0"), ("fp8_e4m3", "fp8_e4m3"),
                                       ("fp8_e5m2", "fp8_e5m2"), ("q8_0", "f16"), ("fp8_e4m3", "q4_0")])
@pytest.mark.parametrize("D", [64, 128])
def test_cache_formats(rng, kfmt, vfmt, D):
    if "fp8" in kfmt + vfmt:
        need("ml_dtypes")
    B, Sq, Skv, Hq, Hkv = 2, 3, 45, 8, 2
    q = rand(rng, (B, Sq, Hq, D))
    kx, vx = rand(rng, (B, Skv, Hkv, D)), rand(rng, (B, Skv, Hkv, D))
    k, kval, kextra = encode_cache(kx, kfmt, rng)
    v, vval, vextra = encode_cache(vx, vfmt, rng)
    kw = {}
    if kfmt not in ("f32", "f16", "bf16"):
        kw["k_format"] = kfmt
    if vfmt not in ("f32", "f16", "bf16"):
        kw["v_format"] = vfmt
    if "scale" in kextra:
        kw["k_scale"] = kextra["scale"]
    if "scale" in vextra:
        kw["v_scale"] = vextra["scale"]
    run(q, k, v, qv=widen(q), kv=kval, vv=vval, causal=True, **kw)


def test_fp8_ml_dtypes_arrays(rng):
    """ml_dtypes float8 arrays are taken as fp8 caches without naming the format."""
    ml = need("ml_dtypes")
    q = rand(rng, (1, 2, 4, 64))
    k = rand(rng, (1, 30, 4, 64)).astype(ml.float8_e4m3fn)
    v = rand(rng, (1, 30, 4, 64)).astype(ml.float8_e5m2)
    run(q, k, v, qv=widen(q), kv=widen(k), vv=widen(v))


def test_quantize_helpers(rng):
    x = rand(rng, (3, 5, 64), 3.0)
    for quant, deq, bb, ref in ((af.quantize_q8_0, af.dequantize_q8_0, 34, dequant_q8_0),
                                (af.quantize_q4_0, af.dequantize_q4_0, 18, dequant_q4_0)):
        raw = quant(x)
        assert raw.dtype == np.uint8 and raw.shape == (3, 5, 2 * bb)
        back = deq(raw)
        assert back.shape == x.shape and back.dtype == np.float32
        assert np.array_equal(back.astype(np.float64), ref(raw))
        # each element within half a step (q8_0: amax/127, q4_0: amax/8 per block)
        blocks = np.abs(x.reshape(3, 5, 2, 32)).max(-1, keepdims=True)
        step = blocks / (127 if bb == 34 else 8)
        assert np.all(np.abs(back.reshape(3, 5, 2, 32) - x.reshape(3, 5, 2, 32)) <= step * 1.0001)
    ml = need("ml_dtypes")
    for quant, deq, t in ((af.quantize_fp8_e4m3, af.dequantize_fp8_e4m3, ml.float8_e4m3fn),
                          (af.quantize_fp8_e5m2, af.dequantize_fp8_e5m2, ml.float8_e5m2)):
        codes = quant(x, 0.5)
        assert np.array_equal(codes, (x / np.float32(0.5)).astype(t).view(np.uint8))
        assert np.array_equal(deq(codes, 0.5), codes.view(t).astype(np.float32) * np.float32(0.5))
    assert af.format_bytes("q8_0", 64) == 68 and af.format_bytes("fp8_e5m2", 10) == 10
    assert af.format_bytes("bf16", 3) == 6


# ---- contexts, threads, kernels ----------------------------------------------------------

def test_context_threads_bitwise(rng):
    q, k, v = qkv(rng, B=2, Sq=80, Skv=300)
    with af.Context(num_threads=1) as c1, af.Context(num_threads=2) as c2:
        assert c1.num_threads == 1 and c2.num_threads == 2
        o1 = af.attention(q, k, v, causal=True, context=c1)
        o2 = af.attention(q, k, v, causal=True, context=c2)
        assert np.array_equal(o1, o2)
    assert c1.closed
    with pytest.raises(ValueError, match="closed"):
        af.attention(q, k, v, context=c1)


def test_context_generic_isa(rng):
    q, k, v = qkv(rng, Sq=4, Dk=64)
    with af.Context(isa="generic", num_threads=1) as g:
        assert g.isa == "generic"
        o = af.attention(q, k, v, context=g)
        assert af.last_kernel() == "generic"
        assert af.kernel_for(q, k, v, context=g) == "generic"
    auto = af.attention(q, k, v)
    ref, _, r_abs, A = attention_ref(widen(q), widen(k), widen(v))
    check_bound(o, ref, r_abs, A, "f32")
    check_bound(auto, ref, r_abs, A, "f32")
    with pytest.raises(ValueError, match="unknown isa"):
        af.Context(isa="sse9")


def test_kernel_for_matches_last_kernel(rng):
    for fmt, D, Sq in (("f32", 64, 1), ("f16", 128, 100), ("f32", 40, 3), ("f32", 32, 1)):
        q, k, v = qkv(rng, Sq=Sq, Dk=D, fmt=fmt)
        af.attention(q, k, v)
        ran = af.last_kernel()
        assert af.kernel_for(q, k, v) == ran
    raw = af.quantize_q8_0(rand(rng, (1, 40, 2, 64)))
    q = rand(rng, (1, 1, 8, 64))
    af.attention(q, raw, raw, k_format="q8_0", v_format="q8_0")
    assert af.kernel_for(q, raw, raw, k_format="q8_0", v_format="q8_0") == af.last_kernel()
    # what only the call's own plan knows: a long f16 prefill widens K/V to
    # f32 (the f32 kernel runs), the same call short by kv_len does not; K
    # and V in different formats decode widened
    q, k, v = qkv(rng, B=1, Sq=300, Skv=1100, Hq=2, Hkv=2, Dk=64, fmt="f16")
    for opts in ({"causal": True}, {"causal": True, "kv_len": np.array([600], np.int32)}):
        planned = af.kernel_for(q, k, v, **opts)
        af.attention(q, k, v, **opts)
        assert planned == af.last_kernel(), (opts, planned, af.last_kernel())
    assert af.kernel_for(q, k, v, causal=True).startswith("attnforge_f32_")
    assert not af.kernel_for(q, k, v, causal=True, kv_len=np.array([600], np.int32)).startswith("attnforge_f32_")
    kq = af.quantize_q8_0(rand(rng, (1, 50, 2, 64)))
    vf = rand(rng, (1, 50, 2, 64))
    q = rand(rng, (1, 1, 4, 64))
    planned = af.kernel_for(q, kq, vf, k_format="q8_0")
    af.attention(q, kq, vf, k_format="q8_0")
    assert planned == af.last_kernel() and planned.startswith("attnforge_f32_")
    # validated as the call is, and nothing written
    o = np.full((1, 1, 4, 64), 7.0, np.float32)
    assert af.kernel_for(q, kq, vf, k_format="q8_0", out=o) == planned
    assert (o == 7.0).all()
    with pytest.raises(ValueError):
        af.kernel_for(q, kq, vf, k_format="q4_0")


def test_gil_released(rng):
    """Another Python thread runs while a long call is in C."""
    import threading

    q, k, v = qkv(rng, B=1, Sq=512, Skv=2048, Hq=8, Hkv=8, Dk=64)
    started, done = threading.Event(), threading.Event()
    ctx = af.Context(num_threads=1)

    def work():
        started.set()
        for _ in range(3):
            af.attention(q, k, v, context=ctx)
        done.set()

    t = threading.Thread(target=work)
    t.start()
    started.wait()
    spins = 0
    while not done.is_set():
        spins += 1
    t.join()
    # with the GIL held through the calls this thread would be stopped for
    # their whole duration (a handful of iterations between switch intervals)
    assert spins > 10000, spins


def test_concurrent_threads_same_context(rng):
    import threading

    q, k, v = qkv(rng, B=2, Sq=30, Skv=200)
    ref = af.attention(q, k, v, causal=True)
    ctx = af.Context(num_threads=2)
    results, errors = [], []

    def work():
        try:
            for _ in range(5):
                results.append(af.attention(q, k, v, causal=True, context=ctx))
        except Exception as e:  # pragma: no cover - reported below
            errors.append(e)

    ts = [threading.Thread(target=work) for _ in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    assert not errors and len(results) == 20
    for r in results:
        assert np.array_equal(r, ref)


# ---- packed variable-length batches ------------------------------------------------------

@pytest.mark.parametrize("kv_layout", ["batched", "packed", "paged"])
def test_varlen_matches_each_sequence_alone(rng, kv_layout):
    """cu_seqlens_q (and cu_seqlens_k): bitwise what each sequence gives alone,
    and within SPEC's bound of the reference."""
    Hq, Hkv, D = 8, 2, 64
    sq = [5, 1, 0, 70, 1]          # prefill, decode, empty, a long prefill, decode
    skv = [40, 17, 3, 90, 128]
    B = len(sq)
    cu_q = np.concatenate([[0], np.cumsum(sq)]).astype(np.int32)
    q = rand(rng, (cu_q[-1] + 2, Hq, D))  # two spare rows past the last sequence
    ks = [rand(rng, (n, Hkv, D)) for n in skv]
    vs = [rand(rng, (n, Hkv, D)) for n in skv]
    kw = {"causal": True}
    if kv_layout == "packed":
        cu_k = np.concatenate([[0], np.cumsum(skv)]).astype(np.int32)
        k, v = np.concatenate(ks), np.concatenate(vs)
        kw["cu_seqlens_k"] = cu_k
    else:
        S = max(skv)
        k = np.zeros((B, S, Hkv, D), np.float32)
        v = np.zeros((B, S, Hkv, D), np.float32)
        for b in range(B):
            k[b, :skv[b]] = ks[b]
            v[b, :skv[b]] = vs[b]
        kw["kv_len"] = np.array(skv, np.int32)
        if kv_layout == "paged":
            P = 16
            nblk = S // P
            perm = rng.permutation(B * nblk).reshape(B, nblk).astype(np.int32)
            kp = np.empty((B * nblk, P, Hkv, D), np.float32)
            vp = np.empty((B * nblk, P, Hkv, D), np.float32)
            for b in range(B):
                for e in range(nblk):
                    kp[perm[b, e]] = k[b, e * P:(e + 1) * P]
                    vp[perm[b, e]] = v[b, e * P:(e + 1) * P]
            k, v = kp, vp
            kw["block_table"] = perm
    out = np.full((q.shape[0], Hq, D), np.nan, np.float32)
    o, lse = af.attention(q, k, v, cu_seqlens_q=cu_q, out=out, return_lse=True, **kw)
    assert o is out and lse.shape == (q.shape[0], Hq)
    assert np.all(np.isnan(out[cu_q[-1]:])), "rows outside every sequence were written"
    for b in range(B):
        r0, r1 = cu_q[b], cu_q[b + 1]
        if r1 == r0:
            continue
        qb = q[None, r0:r1]
        alone, lse_alone = af.attention(qb, ks[b][None], vs[b][None], causal=True, return_lse=True)
        assert np.array_equal(o[r0:r1], alone[0]), f"sequence {b} differs from its call alone"
        assert np.array_equal(lse[r0:r1], lse_alone[0].T)
        ref, lse_ref, r_abs, A = attention_ref(widen(qb), widen(ks[b][None]), widen(vs[b][None]), causal=True)
        check_bound(o[None, r0:r1], ref, r_abs, A, "f32", lse[r0:r1].T[None], lse_ref)
    # allocated output: zeros outside the sequences
    o2 = af.attention(q, k, v, cu_seqlens_q=cu_q, **kw)
    assert np.array_equal(o2[:cu_q[-1]], o[:cu_q[-1]]) and np.all(o2[cu_q[-1]:] == 0)


def test_varlen_mask_and_errors(rng):
    Hq, D = 4, 32
    cu_q = np.array([0, 3, 7], np.int32)
    q = rand(rng, (7, Hq, D))
    k = rand(rng, (2, 10, Hq, D))
    v = rand(rng, (2, 10, Hq, D))
    mask = rand(rng, (7, 10))  # llama.cpp's [n_tokens, n_kv] mask of the whole batch
    o = af.attention(q, k, v, cu_seqlens_q=cu_q, mask=mask)
    for b in range(2):
        r0, r1 = cu_q[b], cu_q[b + 1]
        assert np.array_equal(o[r0:r1], af.attention(q[None, r0:r1], k[b:b + 1], v[b:b + 1], mask=mask[r0:r1])[0])
    with pytest.raises(ValueError, match="q must be 3-D"):
        af.attention(q[None], k, v, cu_seqlens_q=cu_q)
    with pytest.raises(ValueError, match="needs cu_seqlens_q"):
        af.attention(q[None], k, v, cu_seqlens_k=cu_q)
    with pytest.raises(af.Error, match="cu_seqlens"):
        af.attention(q, k, v, cu_seqlens_q=np.array([0, 5, 3], np.int32))
    with pytest.raises(ValueError, match="batch 2 but k and v have 1"):
        af.attention(q, k[:1], v[:1], cu_seqlens_q=cu_q)
