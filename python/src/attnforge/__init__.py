"""attnforge: fused (flash-style) attention kernels for CPUs.

``attention(q, k, v, ...)`` computes ``softmax(scale * q k^T + bias) v`` in one
call without materializing the score matrix, over NumPy arrays or DLPack
tensors (torch) in flash-attn's layout, without copying them. See
``help(attnforge.attention)`` and the README's "Python" section.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional, Tuple

import numpy as _np

from . import _native
from ._native import (
    Context as Context,
    Error as Error,
    MAX_HEAD_DIM as MAX_HEAD_DIM,
    alibi_slopes as alibi_slopes,
    attention as attention,
    c_version as c_version,
    dequantize_fp8_e4m3 as dequantize_fp8_e4m3,
    dequantize_fp8_e5m2 as dequantize_fp8_e5m2,
    dequantize_q4_0 as dequantize_q4_0,
    dequantize_q8_0 as dequantize_q8_0,
    format_bytes as format_bytes,
    last_error as last_error,
    last_kernel as last_kernel,
    quantize_fp8_e4m3 as quantize_fp8_e4m3,
    quantize_fp8_e5m2 as quantize_fp8_e5m2,
    quantize_q4_0 as quantize_q4_0,
    quantize_q8_0 as quantize_q8_0,
)

if TYPE_CHECKING:
    from ._native import _KVFormat as KVFormat

__version__ = "0.1.0"
__all__ = [
    "Context", "Error", "MAX_HEAD_DIM", "alibi_slopes", "attention", "c_version",
    "dequantize_fp8_e4m3", "dequantize_fp8_e5m2", "dequantize_q4_0", "dequantize_q8_0",
    "format_bytes", "kernel_for", "last_error", "last_kernel", "quantize_fp8_e4m3",
    "quantize_fp8_e5m2", "quantize_q4_0", "quantize_q8_0",
]

if __version__ != c_version:  # pragma: no cover - a packaging mistake
    raise ImportError(f"attnforge: package {__version__} but C library {c_version}")

_BLOCK_BYTES = {"q8_0": 34, "q4_0": 18}


def _alloc(like: Any, shape: Tuple[int, ...], what: str) -> Any:
    """Outputs for DLPack inputs other than NumPy arrays and torch tensors (the
    C module allocates those itself): NumPy arrays."""
    make = _np.zeros if what.endswith("0") else _np.empty  # "...0": packed, zeroed
    if what.startswith("lse"):
        return make(shape, _np.float32)
    return make(shape, _np.from_dlpack(like).dtype)


_native._set_allocator(_alloc)


def _zeros(like: Any, shape: Tuple[int, ...], dtype: Any) -> Any:
    """Zeros shaped `shape` with like's dtype (dtype None) or `dtype`, as a torch
    tensor for torch inputs, else a NumPy array."""
    new_zeros = getattr(like, "new_zeros", None)
    if new_zeros is not None and dtype is None:
        return new_zeros(shape)
    if dtype is None:
        dtype = like.dtype if isinstance(like, _np.ndarray) else _np.from_dlpack(like).dtype
    return _np.zeros(shape, dtype)


def _small_kv(x: Any, head_dim: int, hkv: int, fmt: Optional[KVFormat]) -> Any:
    if fmt in _BLOCK_BYTES:
        return _np.zeros((1, 32, hkv, head_dim // 32 * _BLOCK_BYTES[fmt]), _np.uint8)
    if fmt in ("fp8_e4m3", "fp8_e5m2"):
        return _np.zeros((1, 32, hkv, head_dim), _np.uint8)
    return _zeros(x, (1, 32, hkv, head_dim), None)


def kernel_for(q: Any, k: Any, v: Any, *, k_format: Optional[KVFormat] = None, v_format: Optional[KVFormat] = None,
               out: Any = None, context: Optional[Context] = None) -> str:
    """Name of the kernel attention(q, k, v, ...) would run with these arrays.

    Runs a one-batch, 32-key call with q's seqlen and heads, k's KV heads, the
    same formats and head dims (zeros: the data of q, k and v is not read;
    NumPy arrays or torch tensors) and
    returns last_kernel(): a generated kernel such as
    'attnforge_f32_d32_avx512_decode', or 'generic'. Which kernel runs depends on
    the formats, the head dims, the CPU (or the context's isa) and, through the
    decode/prefill choice, on seqlen_q * nheads / nheads_kv; not on the data,
    the strides or the options.
    """
    _, sq, hq, dk = q.shape
    hkv = k.shape[2]
    dk_k = k.shape[3] // _BLOCK_BYTES[k_format] * 32 if k_format in _BLOCK_BYTES else k.shape[3]
    dv = v.shape[3] // _BLOCK_BYTES[v_format] * 32 if v_format in _BLOCK_BYTES else v.shape[3]
    if dk_k != dk:
        raise ValueError(f"q has head dim {dk} but k has {dk_k}")
    qz = _zeros(q, (1, sq, hq, dk), None)
    kz = _small_kv(k, dk, hkv, k_format)
    vz = _small_kv(v, dv, hkv, v_format)
    oz = _zeros(q if out is None else out, (1, sq, hq, dv), None)
    attention(qz, kz, vz, k_format=k_format, v_format=v_format, out=oz, context=context)
    return last_kernel()
