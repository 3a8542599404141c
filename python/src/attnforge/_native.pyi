"""Type stubs of attnforge._native (the C extension); attnforge re-exports them."""
from __future__ import annotations

from types import TracebackType
from typing import Any, Callable, Literal, Optional, Sequence, Tuple, Union, final, overload

import numpy as np
import numpy.typing as npt

# An array: a NumPy array or any object with __dlpack__ (torch.Tensor, ...).
_Array = Any

_KVFormat = Literal["f32", "f16", "bf16", "q8_0", "q4_0", "fp8_e4m3", "fp8_e5m2"]
_ISA = Literal["auto", "generic", "scalar", "avx2", "avx512", "neon", "avx512bf16", "neonfhm", "neonbf16", "avx512amx"]
_IntVector = Union[Sequence[int], npt.NDArray[np.integer[Any]], Any]
_FloatVector = Union[Sequence[float], npt.NDArray[np.floating[Any]], Any]

c_version: str
MAX_HEAD_DIM: int

class Error(ValueError):
    """A call the C library rejected; str(e) is attnforge_last_error()'s message."""

    status: int
    status_string: str

@final
class Context:
    """A thread pool, a reusable workspace and a kernel-family choice; safe to
    share between threads. Pass it as attention(..., context=ctx)."""

    def __new__(cls, num_threads: int = 0, isa: _ISA = "auto") -> Context: ...
    @property
    def num_threads(self) -> int: ...
    @property
    def isa(self) -> str: ...
    @property
    def closed(self) -> bool: ...
    def close(self) -> None: ...
    def __enter__(self) -> Context: ...
    def __exit__(
        self,
        exc_type: Optional[type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> Literal[False]: ...

@overload
def attention(
    q: _Array,
    k: _Array,
    v: _Array,
    /,
    *,
    causal: bool = False,
    scale: Optional[float] = None,
    softcap: float = 0.0,
    alibi_slopes: Optional[_FloatVector] = None,
    mask: Optional[_Array] = None,
    window: Optional[Tuple[int, int]] = None,
    kv_len: Optional[_IntVector] = None,
    q_offset: Optional[_IntVector] = None,
    sinks: Optional[_FloatVector] = None,
    block_table: Optional[_Array] = None,
    return_lse: Literal[False] = False,
    out: Optional[_Array] = None,
    k_format: Optional[_KVFormat] = None,
    v_format: Optional[_KVFormat] = None,
    k_scale: Union[float, _FloatVector, None] = None,
    v_scale: Union[float, _FloatVector, None] = None,
    context: Optional[Context] = None,
    cu_seqlens_q: Optional[_IntVector] = None,
    cu_seqlens_k: Optional[_IntVector] = None,
) -> Any: ...
@overload
def attention(
    q: _Array,
    k: _Array,
    v: _Array,
    /,
    *,
    causal: bool = False,
    scale: Optional[float] = None,
    softcap: float = 0.0,
    alibi_slopes: Optional[_FloatVector] = None,
    mask: Optional[_Array] = None,
    window: Optional[Tuple[int, int]] = None,
    kv_len: Optional[_IntVector] = None,
    q_offset: Optional[_IntVector] = None,
    sinks: Optional[_FloatVector] = None,
    block_table: Optional[_Array] = None,
    return_lse: Literal[True],
    out: Optional[_Array] = None,
    k_format: Optional[_KVFormat] = None,
    v_format: Optional[_KVFormat] = None,
    k_scale: Union[float, _FloatVector, None] = None,
    v_scale: Union[float, _FloatVector, None] = None,
    context: Optional[Context] = None,
    cu_seqlens_q: Optional[_IntVector] = None,
    cu_seqlens_k: Optional[_IntVector] = None,
) -> Tuple[Any, Any]: ...
def kernel_for(q: _Array, k: _Array, v: _Array, /, **options: Any) -> str: ...
def last_kernel() -> str: ...
def last_error() -> str: ...
def alibi_slopes(n_heads: int, max_bias: Optional[float] = None) -> npt.NDArray[np.float32]: ...
def format_bytes(format: _KVFormat, n: int, /) -> int: ...
def quantize_q8_0(x: npt.ArrayLike) -> npt.NDArray[np.uint8]: ...
def quantize_q4_0(x: npt.ArrayLike) -> npt.NDArray[np.uint8]: ...
def quantize_fp8_e4m3(x: npt.ArrayLike, scale: float = 1.0) -> npt.NDArray[np.uint8]: ...
def quantize_fp8_e5m2(x: npt.ArrayLike, scale: float = 1.0) -> npt.NDArray[np.uint8]: ...
def dequantize_q8_0(data: npt.ArrayLike) -> npt.NDArray[np.float32]: ...
def dequantize_q4_0(data: npt.ArrayLike) -> npt.NDArray[np.float32]: ...
def dequantize_fp8_e4m3(data: npt.ArrayLike, scale: float = 1.0) -> npt.NDArray[np.float32]: ...
def dequantize_fp8_e5m2(data: npt.ArrayLike, scale: float = 1.0) -> npt.NDArray[np.float32]: ...
def _set_allocator(fn: Callable[[Any, Tuple[int, ...], str], Any], /) -> None: ...
def _c_call_seconds(q: Any, k: Any, v: Any, out: Any, iters: int, reps: int, /) -> float: ...
