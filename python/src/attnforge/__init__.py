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


def kernel_for(q: Any, k: Any, v: Any, **options: Any) -> str:
    """Name of the kernel attention(q, k, v, **options) would run.

    Takes exactly attention()'s arguments and validates them the same way
    (the same errors), then plans the call without running it (the C
    library's attnforge_kernel_for): the data of q, k, v, the mask and out is
    not read, out is not written (when out is not given, one is allocated as
    attention() would, and dropped). Returns what last_kernel() would say
    after the call: a generated kernel such as
    'attnforge_f16_dk128_dv128_decode__avx512', the f32 kernel of the same
    ISA where K/V are widened to f32 for the call (long prefills; K and V in
    different formats), or 'generic'. The answer depends on the formats, head
    dims, shapes, kv_len / q_offset / cu_seqlens, the CPU (or the context's
    isa) and ATTNFORGE_KV_PACK, not on the data or the thread count.
    (Before the seventeenth session this ran a 32-key call, which could not
    see the widening of long prefills.)
    """
    return _native.kernel_for(q, k, v, **options)
