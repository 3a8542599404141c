"""A float64 NumPy reference of one attention call (SPEC.md, "The score of
query i against key j" and "Softmax and output"), written from the spec, one
(batch, head) at a time, and SPEC's accuracy bound.

Inputs are the values as stored (f16/bf16 widened, caches dequantized by the
decoders below, which share no code with the library)."""
from __future__ import annotations

import numpy as np

# ---- independent decoders of the storage formats ----------------------------


def dequant_q8_0(raw: np.ndarray) -> np.ndarray:
    """ggml block_q8_0 bytes [..., nb*34] -> float64 [..., nb*32]: d (f16) then 32 int8."""
    raw = np.ascontiguousarray(raw, np.uint8)
    blocks = raw.reshape(raw.shape[:-1] + (raw.shape[-1] // 34, 34))
    d = blocks[..., :2].copy().view(np.float16)[..., 0].astype(np.float64)
    qv = blocks[..., 2:].view(np.int8).astype(np.float64)
    # the library multiplies in f32: d * q is exact in f32 (11 x 8 bits)
    return (d[..., None] * qv).reshape(raw.shape[:-1] + (-1,))


def dequant_q4_0(raw: np.ndarray) -> np.ndarray:
    """ggml block_q4_0 bytes [..., nb*18] -> float64: byte i holds element i
    (low nibble) and i + 16 (high), element = d * (nibble - 8)."""
    raw = np.ascontiguousarray(raw, np.uint8)
    blocks = raw.reshape(raw.shape[:-1] + (raw.shape[-1] // 18, 18))
    d = blocks[..., :2].copy().view(np.float16)[..., 0].astype(np.float64)
    nib = blocks[..., 2:]
    lo = (nib & 0x0F).astype(np.float64) - 8
    hi = (nib >> 4).astype(np.float64) - 8
    vals = np.concatenate([lo, hi], axis=-1)
    return (d[..., None] * vals).reshape(raw.shape[:-1] + (-1,))


def dequant_fp8(raw: np.ndarray, fmt: str, scale) -> np.ndarray:
    """fp8 codes -> float64 via ml_dtypes (OCP E4M3FN / E5M2), times the scale
    (a number, or one per KV head: raw is [..., Hkv, D]). The library multiplies
    in f32, so the product is rounded to f32 here too."""
    import ml_dtypes

    t = ml_dtypes.float8_e4m3fn if fmt == "fp8_e4m3" else ml_dtypes.float8_e5m2
    vals = np.ascontiguousarray(raw, np.uint8).view(t).astype(np.float32)
    s = np.asarray(scale, np.float32)
    if s.ndim == 1:
        s = s[:, None]
    return (vals * s).astype(np.float32).astype(np.float64)


def widen(a) -> np.ndarray:
    """Any float array as stored (f32, f16, ml_dtypes bf16) -> float64."""
    return np.asarray(a).astype(np.float64)


# ---- the reference ------------------------------------------------------------


def attention_ref(q, k, v, *, causal=False, scale=None, softcap=0.0, alibi_slopes=None,
                  mask=None, window=None, kv_len=None, q_offset=None, sinks=None):
    """q [B, Sq, Hq, Dk], k [B, Skv, Hkv, Dk], v [B, Skv, Hkv, Dv] as float64 values.
    mask broadcastable to [B, Hq, Sq, Skv]. Returns (o, lse, r_abs, A): o [B, Sq, Hq, Dv],
    lse [B, Hq, Sq], and per row (indexed [B, Sq, Hq]) the magnitudes of SPEC's bound."""
    q, k, v = (np.asarray(x, np.float64) for x in (q, k, v))
    B, Sq, Hq, Dk = q.shape
    Skv, Hkv, Dv = k.shape[1], k.shape[2], v.shape[3]
    g = Hq // Hkv
    scale = 1.0 / np.sqrt(Dk) if scale is None else float(np.float32(scale))
    if mask is not None:
        mask = np.broadcast_to(np.asarray(mask).astype(np.float64), (B, Hq, Sq, Skv))
    o = np.zeros((B, Sq, Hq, Dv))
    lse = np.full((B, Hq, Sq), -np.inf)
    r_abs = np.zeros((B, Sq, Hq))
    A = np.zeros((B, Sq, Hq))
    j = np.arange(Skv)
    for b in range(B):
        n = Skv if kv_len is None else int(kv_len[b])
        off = (n - Sq) if q_offset is None else int(q_offset[b])
        pos = off + np.arange(Sq)
        vis = np.broadcast_to(j[None, :] < n, (Sq, Skv)).copy()
        if causal:
            vis &= j[None, :] <= pos[:, None]
        if window is not None:
            wl, wr = window
            if wl >= 0:
                vis &= j[None, :] >= pos[:, None] - wl
            if wr >= 0:
                vis &= j[None, :] <= pos[:, None] + wr
        for h in range(Hq):
            kh, vh = k[b, :, h // g], v[b, :, h // g]
            qh = q[b, :, h]
            s = scale * (qh @ kh.T)
            size = scale * (np.abs(qh) @ np.abs(kh).T)
            if softcap:
                c = float(np.float32(softcap))
                s = c * np.tanh(s / c)
            bias = np.zeros((Sq, Skv))
            if alibi_slopes is not None:
                bias += -float(np.float32(alibi_slopes[h])) * np.abs(pos[:, None] - j[None, :])
            if mask is not None:
                bias = bias + mask[b, h]
            with np.errstate(invalid="ignore"):
                s = s + bias
            ok = vis & (s != -np.inf)
            t = -np.inf if sinks is None else float(np.float32(sinks[h]))
            with np.errstate(invalid="ignore"):
                sm = np.where(ok, s, -np.inf)
                m = np.maximum(sm.max(axis=1), t)
                finite_m = np.where(np.isfinite(m), m, 0.0)
                p = np.where(ok, np.exp(sm - finite_m[:, None]), 0.0)
                l = p.sum(axis=1) + (np.exp(t - finite_m) if sinks is not None else 0.0)
            has = l > 0
            w = np.where(has[:, None], p / np.where(has, l, 1.0)[:, None], 0.0)
            o[b, :, h] = w @ vh
            lse[b, h] = np.where(has, finite_m + np.log(np.where(has, l, 1.0)), -np.inf)
            r_abs[b, :, h] = (w @ np.abs(vh)).max(axis=1)
            absbias = np.abs(np.where(np.isfinite(bias), bias, 0.0))
            a = np.where(ok, size + absbias, 0.0)
            A[b, :, h] = a.max(axis=1) if Skv else 0.0
    return o, lse, r_abs, A


# ---- SPEC's accuracy bound ------------------------------------------------------

_FMT = {"f32": (23, -126), "f16": (10, -14), "bf16": (7, -126)}


def ulp(x: np.ndarray, fmt: str) -> np.ndarray:
    """One unit in the last place of x in an f32/f16/bf16 format."""
    mant, emin = _FMT[fmt]
    ax = np.abs(x)
    e = np.floor(np.log2(np.where(ax > 0, ax, 1.0)))
    e = np.where(ax > 0, np.maximum(e, emin), emin)
    return np.exp2(e - mant)


def format_of(arr) -> str:
    name = np.asarray(arr).dtype.name
    return {"float32": "f32", "float16": "f16", "bfloat16": "bf16"}[name]


def check_bound(out, ref, r_abs, A, fmt: str, lse=None, lse_ref=None):
    """Asserts SPEC's bound per element of O (and of LSE when given); returns
    the largest ratio |err| / bound seen, for reporting."""
    got = widen(out)
    assert np.all(np.isfinite(got)), "O has non-finite elements (not every element written?)"
    bound = ulp(ref, fmt) + (r_abs * (1e-5 + 2.0**-22 * A))[..., None]
    err = np.abs(got - ref)
    worst = float((err / bound).max()) if err.size else 0.0
    if not np.all(err <= bound):
        idx = np.unravel_index(np.argmax(err / bound), err.shape)
        raise AssertionError(f"O outside SPEC's bound at {idx}: got {got[idx]!r}, ref {ref[idx]!r}, "
                             f"bound {bound[idx]!r} (worst ratio {worst:.3g})")
    if lse is not None:
        lse = np.asarray(lse, np.float64)
        both_inf = np.isneginf(lse) & np.isneginf(lse_ref)
        a_rows = np.transpose(A, (0, 2, 1))  # [B, Hq, Sq]
        lb = 1e-5 * np.maximum(1.0, np.abs(np.where(np.isfinite(lse_ref), lse_ref, 0.0))) + 2.0**-22 * a_rows
        with np.errstate(invalid="ignore"):
            le = np.where(both_inf, 0.0, np.abs(lse - lse_ref))
        assert np.all(le <= lb), f"LSE outside SPEC's bound: worst {float((le / lb).max()):.3g}"
    return worst
