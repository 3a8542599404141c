"""attnforge.attention on torch tensors (through DLPack, no copies) against
torch.nn.functional.scaled_dot_product_attention. Skipped when torch cannot
be imported (CI does not install it)."""
from __future__ import annotations

import numpy as np
import pytest

import attnforge as af
from conftest import need
from reference import attention_ref, check_bound, widen

TOL = {"float32": (2e-5, 2e-5), "float16": (2e-3, 2e-3), "bfloat16": (2e-2, 2e-2)}


@pytest.fixture
def torch(rng):
    t = need("torch")
    t.manual_seed(int(rng.integers(1 << 31)))
    return t


def sdpa(torch, q, k, v, **kw):
    """SDPA on BSHD tensors (it takes BHSD: transposed views both ways)."""
    f = torch.nn.functional.scaled_dot_product_attention
    return f(q.transpose(1, 2), k.transpose(1, 2), v.transpose(1, 2), **kw).transpose(1, 2)


def close(torch, ours, theirs):
    rtol, atol = TOL[str(ours.dtype).split(".")[-1]]
    torch.testing.assert_close(ours.float(), theirs.float(), rtol=rtol, atol=atol)


@pytest.mark.parametrize("dtype", ["float32", "float16", "bfloat16"])
@pytest.mark.parametrize("Sq,Skv", [(1, 50), (33, 33), (70, 70)])
def test_sdpa_causal_gqa(torch, dtype, Sq, Skv):
    dt = getattr(torch, dtype)
    B, Hq, Hkv, D = 2, 8, 2, 64
    # BHSD storage, as torch models keep it; attnforge gets BSHD views
    qb = torch.randn(B, Hq, Sq, D, dtype=dt)
    kb = torch.randn(B, Hkv, Skv, D, dtype=dt)
    vb = torch.randn(B, Hkv, Skv, D, dtype=dt)
    q, k, v = (x.transpose(1, 2) for x in (qb, kb, vb))
    for causal in (False, True):
        ours = af.attention(q, k, v, causal=causal)
        assert isinstance(ours, torch.Tensor) and ours.dtype == dt and ours.shape == (B, Sq, Hq, D)
        if causal and Sq != Skv:  # attnforge's bottom-right diagonal, as a mask for torch
            keep = torch.ones(Sq, Skv, dtype=torch.bool).tril(diagonal=Skv - Sq)
            theirs = sdpa(torch, q, k, v, attn_mask=keep, enable_gqa=True)
        else:
            theirs = sdpa(torch, q, k, v, is_causal=causal, enable_gqa=True)
        close(torch, ours, theirs)


def test_sdpa_top_left_causal_is_q_offset_0(torch):
    """torch's is_causal aligns the diagonal top-left; attnforge's default is
    bottom-right (the KV-cache convention), q_offset=0 gives torch's."""
    q = torch.randn(1, 5, 4, 64)
    k = torch.randn(1, 12, 4, 64)
    v = torch.randn(1, 12, 4, 64)
    theirs = sdpa(torch, q, k, v, is_causal=True)
    close(torch, af.attention(q, k, v, causal=True, q_offset=[0]), theirs)
    assert not torch.allclose(af.attention(q, k, v, causal=True), theirs)


@pytest.mark.parametrize("kind", ["bool", "float_2d", "float_4d", "float16"])
def test_sdpa_masks(torch, kind):
    B, Hq, Hkv, Sq, Skv, D = 2, 4, 4, 7, 29, 32
    q = torch.randn(B, Sq, Hq, D)
    k = torch.randn(B, Skv, Hkv, D)
    v = torch.randn(B, Skv, Hkv, D)
    if kind == "bool":
        keep = torch.rand(B, 1, Sq, Skv) > 0.3
        keep[..., 0] = True
        theirs = sdpa(torch, q, k, v, attn_mask=keep)
        add = torch.zeros(B, 1, Sq, Skv).masked_fill(~keep, float("-inf"))
        ours = af.attention(q, k, v, mask=add)
    else:
        shape = (Sq, Skv) if kind == "float_2d" else (B, Hq, Sq, Skv)
        m = torch.randn(*shape)
        if kind == "float16":
            m = m.half()
        theirs = sdpa(torch, q, k, v, attn_mask=m.float())
        ours = af.attention(q, k, v, mask=m)
    close(torch, ours, theirs)


def test_sdpa_scale_and_dv(torch):
    q = torch.randn(1, 6, 8, 192)
    k = torch.randn(1, 40, 8, 192)
    v = torch.randn(1, 40, 8, 128)
    close(torch, af.attention(q, k, v, scale=0.05), sdpa(torch, q, k, v, scale=0.05))


def test_torch_out_in_place_and_lse(torch):
    q = torch.randn(2, 3, 4, 64)
    k = torch.randn(2, 20, 4, 64)
    v = torch.randn(2, 20, 4, 64)
    big = torch.full((2, 4, 3, 128), -9.0)         # BHSD buffer, wider head dim
    out = big[..., 64:].transpose(1, 2)             # a strided BSHD view of it
    o, lse = af.attention(q, k, v, out=out, return_lse=True)
    assert o is out and isinstance(lse, torch.Tensor) and lse.dtype == torch.float32
    assert torch.all(big[..., :64] == -9.0) and torch.all(big[..., 64:] != -9.0)
    close(torch, out, sdpa(torch, q, k, v))
    s = torch.einsum("bqhd,bkhd->bhqk", q.double(), k.double()) / 8.0
    torch.testing.assert_close(lse.double(), torch.logsumexp(s, -1), rtol=1e-5, atol=1e-5)


def test_torch_fp8_cache(torch, rng):
    need("ml_dtypes")
    q = torch.randn(1, 2, 4, 64)
    k = (torch.randn(1, 30, 2, 64) * 4).to(torch.float8_e4m3fn)
    v = (torch.randn(1, 30, 2, 64) * 4).to(torch.float8_e5m2)
    o = af.attention(q, k, v, k_scale=0.25, v_scale=[0.5, 0.125])
    kv = widen(k.float().numpy()) * 0.25
    vv = widen(v.float().numpy()) * np.array([0.5, 0.125])[:, None]
    ref, _, r_abs, A = attention_ref(widen(q.numpy()), kv, vv)
    check_bound(o.numpy(), ref, r_abs, A, "f32")


def test_torch_requires_grad_tensor_is_refused_cleanly(torch):
    q = torch.randn(1, 1, 4, 64, requires_grad=True)
    k = torch.randn(1, 8, 4, 64)
    with pytest.raises(Exception, match="grad|detach"):
        af.attention(q, k, k)
    af.attention(q.detach(), k, k)


class DLPackOnly:
    def __init__(self, t):
        self.t = t

    def __dlpack__(self, *args, **kw):
        return self.t.__dlpack__(*args, **kw)

    def __dlpack_device__(self):
        return self.t.__dlpack_device__()


def test_torch_through_plain_dlpack(torch):
    """The generic DLPack path (not the torch fast path) with torch's bf16 and
    fp8 dtype codes, strided views included."""
    need("ml_dtypes")
    q = torch.randn(1, 6, 4, 64).to(torch.bfloat16).transpose(1, 2)  # BHSD storage
    k = (torch.randn(1, 30, 3, 64) * 4).to(torch.float8_e4m3fn)
    v = torch.randn(1, 30, 3, 64).to(torch.bfloat16)
    out = torch.full((1, 4, 6, 64), float("nan"), dtype=torch.bfloat16)
    af.attention(DLPackOnly(q), DLPackOnly(k), DLPackOnly(v), out=DLPackOnly(out), k_scale=0.5)
    fast = af.attention(q, k, v, k_scale=0.5)
    assert torch.equal(out, fast)
    ref, _, r_abs, A = attention_ref(widen(q.float().numpy()), widen(k.float().numpy()) * 0.5,
                                     widen(v.float().numpy()))
    check_bound(out.float().numpy(), ref, r_abs, A, "bf16")


def test_torch_kernel_for(torch):
    for dt, D in ((torch.float32, 32), (torch.float16, 64), (torch.bfloat16, 32)):
        q = torch.randn(1, 1, 8, D, dtype=dt)
        k = torch.randn(1, 9, 8, D, dtype=dt)
        af.attention(q, k, k)
        assert af.kernel_for(q, k, k) == af.last_kernel()
