"""Bad calls raise Python exceptions (TypeError for dtypes, ValueError for
shapes and strides, attnforge.Error, a ValueError, with the C library's message
for what it rejects) and leave out untouched."""
from __future__ import annotations

import numpy as np
import pytest

import attnforge as af


@pytest.fixture
def qkv(rng):
    q = rng.standard_normal((2, 3, 8, 64)).astype(np.float32)
    k = rng.standard_normal((2, 20, 2, 64)).astype(np.float32)
    v = rng.standard_normal((2, 20, 2, 64)).astype(np.float32)
    return q, k, v


def poisoned(shape=(2, 3, 8, 64)):
    return np.full(shape, -3.5, np.float32)


def test_c_errors_carry_the_message_and_leave_out_untouched(qkv):
    q, k, v = qkv
    out = poisoned()
    with pytest.raises(af.Error, match=r"kv_len\[1\] = 21 .*outside") as e:
        af.attention(q, k, v, out=out, kv_len=[5, 21])
    assert e.value.status == 6 and "kv_len" in e.value.status_string
    assert isinstance(e.value, ValueError)
    assert str(e.value) == af.last_error()
    assert np.all(out == -3.5)
    with pytest.raises(af.Error, match="heads_q .* multiple of heads_kv"):
        af.attention(q, k[:, :, :1].repeat(3, 2), v[:, :, :1].repeat(3, 2), out=out)
    with pytest.raises(af.Error, match="softcap"):
        af.attention(q, k, v, out=out, softcap=-1.0)
    with pytest.raises(af.Error, match="scale"):
        af.attention(q, k, v, out=out, scale=float("nan"))
    with pytest.raises(af.Error, match="block_table"):
        af.attention(q, k, v, out=out, block_table=np.array([[0, 1], [2, 99]], np.int32))
    with pytest.raises(af.Error, match="fp8|scale"):
        af.attention(q, k, v, out=out, k_scale=2.0)  # a scale for a K that is not fp8
    hq = q.shape[2]
    with pytest.raises(af.Error, match="mask_scales given without a mask"):
        af.attention(q, k, v, out=out, mask_scales=np.full(hq, 0.5, np.float32))
    with pytest.raises(af.Error, match=r"mask_scales\[0\] = -1"):
        af.attention(q, k, v, out=out, mask=np.zeros((q.shape[1], k.shape[1]), np.float32),
                     mask_scales=np.full(hq, -1.0, np.float32))
    assert np.all(out == -3.5)


def test_aliasing_rejected(qkv):
    q, k, v = qkv
    qq = q.copy()
    with pytest.raises(af.Error, match="overlap"):
        af.attention(qq, k, v, out=qq)


def test_dtypes(qkv):
    q, k, v = qkv
    with pytest.raises(TypeError, match="q has dtype float64"):
        af.attention(q.astype(np.float64), k, v)
    with pytest.raises(TypeError, match="k has dtype int32"):
        af.attention(q, k.astype(np.int32), v)
    with pytest.raises(TypeError, match="raw bytes .* k_format"):
        af.attention(q, np.zeros((2, 20, 2, 64), np.uint8), v)
    with pytest.raises(TypeError, match="cannot hold k_format='q8_0'"):
        af.attention(q, k, v, k_format="q8_0")
    with pytest.raises(ValueError, match="unknown format 'q5_1'"):
        af.attention(q, k, v, k_format="q5_1")
    with pytest.raises(TypeError, match="out has dtype float64"):
        af.attention(q, k, v, out=np.zeros((2, 3, 8, 64)))
    with pytest.raises(TypeError, match="mask has dtype"):
        af.attention(q, k, v, mask=np.zeros((3, 20)))
    with pytest.raises(TypeError, match="context must be"):
        af.attention(q, k, v, context=object())


def test_shapes(qkv):
    q, k, v = qkv
    with pytest.raises(ValueError, match="q must be 4-D"):
        af.attention(q[0], k, v)
    with pytest.raises(ValueError, match="head dim 64 but k has 32"):
        af.attention(q, k[..., :32], v)
    with pytest.raises(ValueError, match="batch 2 but k and v have 1"):
        af.attention(q, k[:1], v[:1])
    with pytest.raises(ValueError, match="k and v differ"):
        af.attention(q, k, v[:, :10])
    with pytest.raises(ValueError, match="out must be"):
        af.attention(q, k, v, out=poisoned((2, 3, 8, 32)))
    with pytest.raises(ValueError, match="mask .* cannot broadcast"):
        af.attention(q, k, v, mask=np.zeros((3, 19), np.float32))
    with pytest.raises(ValueError, match="kv_len must have 2 entries"):
        af.attention(q, k, v, kv_len=[1, 2, 3])
    with pytest.raises(ValueError, match="alibi_slopes must have 8"):
        af.attention(q, k, v, alibi_slopes=np.ones(4, np.float32))
    with pytest.raises(ValueError, match="multiple of 34"):
        af.attention(q, np.zeros((2, 20, 2, 60), np.uint8), v, k_format="q8_0")
    with pytest.raises(TypeError, match="3 positional"):
        af.attention(q, k)
    with pytest.raises(TypeError, match="unexpected keyword argument 'causl'"):
        af.attention(q, k, v, causl=True)
    with pytest.raises(ValueError, match="window"):
        af.attention(q, k, v, window=(-2, 0))
    with pytest.raises(TypeError):
        af.attention(q, k, v, window=3)
    with pytest.raises(ValueError, match="scale must be nonzero"):
        af.attention(q, k, v, scale=0.0)
    with pytest.raises(OverflowError, match="int32"):
        af.attention(q, k, v, kv_len=np.array([1, 2**40]))


def test_strides(qkv):
    q, k, v = qkv
    with pytest.raises(ValueError, match="innermost .* contiguous"):
        af.attention(q[..., ::2], k[..., ::2], v[..., ::2])
    with pytest.raises(ValueError, match="negative stride"):
        af.attention(q[:, ::-1], k, v)
    with pytest.raises(ValueError, match="full broadcast"):
        af.attention(q, np.broadcast_to(k[:1, :1, :1], k.shape), v)
    with pytest.raises(ValueError, match="read-only"):
        o = np.zeros((2, 3, 8, 64), np.float32)
        o.flags.writeable = False
        af.attention(q, k, v, out=o)
    with pytest.raises(af.Error, match="overlap"):  # out rows sharing memory
        z = np.zeros((1, 3, 8, 64), np.float32)
        shared = np.lib.stride_tricks.as_strided(z, shape=(2, 3, 8, 64), strides=(0,) + z.strides[1:])
        af.attention(q, k, v, out=shared)
    with pytest.raises(TypeError, match="NumPy array or a DLPack"):
        af.attention(q, k, v, out=[[0.0]])


def test_context_errors():
    import platform

    with pytest.raises(ValueError, match="num_threads"):
        af.Context(num_threads=-1)
    foreign = "neon" if platform.machine() in ("x86_64", "AMD64") else "avx2"
    with pytest.raises(af.Error, match="isa|ISA|support"):
        af.Context(isa=foreign)
    c = af.Context(num_threads=1)
    c.close()
    c.close()  # idempotent
    assert "closed" in repr(c)
