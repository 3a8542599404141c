//! Safe Rust API over attnforge: fused (flash-style, online-softmax)
//! attention kernels for CPUs.
//!
//! One call computes `softmax(scale * Q K^T + bias) V` for tensors given as
//! slices plus a [`Shape`] and element strides; the C library (built from
//! this source tree by `attnforge-sys`) picks a generated kernel for the CPU.
//! Every feature of the C call is here: GQA/MQA, BSHD or BHSD (any strides),
//! causal and sliding-window masking, an additive f32/f16 mask, ALiBi,
//! softcap, attention sinks, per-batch KV lengths and query offsets, a paged
//! KV cache, packed variable-length batches (`cu_seqlens_q` / `cu_seqlens_k`),
//! the row log-sum-exp, and per-tensor storage formats (f32, f16, bf16; K/V
//! also q8_0, q4_0, fp8 e4m3/e5m2).
//!
//! Safety: before calling C, the crate checks that every view (shape and
//! strides) lies inside its slice, so safe code cannot make the library read
//! or write out of bounds; the library then validates the arguments
//! (see SPEC.md) and, on any error, writes nothing. Errors carry the
//! library's status and message.
//!
//! f16 and bf16 are `u16` bit patterns; [`f32_to_f16`], [`f16_to_f32`],
//! [`f32_to_bf16`] and [`bf16_to_f32`] convert (round to nearest even).
//!
//! ```
//! use attnforge::{Attention, Context, Shape};
//!
//! // GQA decode step: 8 query heads over 2 KV heads, head dim 64, 16 cached
//! // positions, BSHD layout, f32 everywhere.
//! let shape = Shape::new(1, 1, 16, 8, 2, 64);
//! let q = vec![0.1f32; 8 * 64];
//! let k = vec![0.2f32; 16 * 2 * 64];
//! let v = vec![0.3f32; 16 * 2 * 64];
//! let mut o = vec![0.0f32; 8 * 64];
//! let ctx = Context::new()?;
//! ctx.attention(&mut Attention::new(shape, &q, &k, &v, &mut o).causal(true))?;
//! assert!((o[0] - 0.3).abs() < 1e-6);
//! println!("ran {}", attnforge::last_kernel());
//! # Ok::<(), attnforge::Error>(())
//! ```
//!
//! Minimum supported Rust version: 1.63.

use attnforge_sys as sys;
use std::ffi::CStr;
use std::fmt;
use std::os::raw::{c_char, c_int, c_void};
use std::ptr;

pub use attnforge_sys;

// ---- errors ------------------------------------------------------------------------

/// What went wrong: the library's status codes, plus [`Status::OutOfBounds`]
/// for a view that this crate found does not fit its slice (checked in Rust
/// before the library is called).
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Status {
    NullPointer,
    BadSize,
    HeadRatio,
    Dtype,
    HeadDim,
    KvLen,
    Stride,
    Mask,
    Paged,
    Window,
    Aliasing,
    Value,
    OutOfMemory,
    Workspace,
    Threads,
    Isa,
    Format,
    /// Bad cu_seqlens, or a packed batch with what it cannot take.
    Varlen,
    /// A status code this crate does not know (a newer library).
    Unknown(u32),
    /// Rust side: a slice is shorter than its shape and strides reach.
    OutOfBounds,
}

impl Status {
    fn from_c(s: sys::attnforge_status) -> Status {
        match s {
            sys::ATTNFORGE_ERR_NULL_POINTER => Status::NullPointer,
            sys::ATTNFORGE_ERR_BAD_SIZE => Status::BadSize,
            sys::ATTNFORGE_ERR_HEAD_RATIO => Status::HeadRatio,
            sys::ATTNFORGE_ERR_DTYPE => Status::Dtype,
            sys::ATTNFORGE_ERR_HEAD_DIM => Status::HeadDim,
            sys::ATTNFORGE_ERR_KV_LEN => Status::KvLen,
            sys::ATTNFORGE_ERR_STRIDE => Status::Stride,
            sys::ATTNFORGE_ERR_MASK => Status::Mask,
            sys::ATTNFORGE_ERR_PAGED => Status::Paged,
            sys::ATTNFORGE_ERR_WINDOW => Status::Window,
            sys::ATTNFORGE_ERR_ALIASING => Status::Aliasing,
            sys::ATTNFORGE_ERR_VALUE => Status::Value,
            sys::ATTNFORGE_ERR_OUT_OF_MEMORY => Status::OutOfMemory,
            sys::ATTNFORGE_ERR_WORKSPACE => Status::Workspace,
            sys::ATTNFORGE_ERR_THREADS => Status::Threads,
            sys::ATTNFORGE_ERR_ISA => Status::Isa,
            sys::ATTNFORGE_ERR_FORMAT => Status::Format,
            sys::ATTNFORGE_ERR_VARLEN => Status::Varlen,
            other => Status::Unknown(other),
        }
    }

    /// The library's status code (`attnforge_status`); `None` for
    /// [`Status::OutOfBounds`], which only this crate reports.
    pub fn code(self) -> Option<u32> {
        Some(match self {
            Status::NullPointer => sys::ATTNFORGE_ERR_NULL_POINTER,
            Status::BadSize => sys::ATTNFORGE_ERR_BAD_SIZE,
            Status::HeadRatio => sys::ATTNFORGE_ERR_HEAD_RATIO,
            Status::Dtype => sys::ATTNFORGE_ERR_DTYPE,
            Status::HeadDim => sys::ATTNFORGE_ERR_HEAD_DIM,
            Status::KvLen => sys::ATTNFORGE_ERR_KV_LEN,
            Status::Stride => sys::ATTNFORGE_ERR_STRIDE,
            Status::Mask => sys::ATTNFORGE_ERR_MASK,
            Status::Paged => sys::ATTNFORGE_ERR_PAGED,
            Status::Window => sys::ATTNFORGE_ERR_WINDOW,
            Status::Aliasing => sys::ATTNFORGE_ERR_ALIASING,
            Status::Value => sys::ATTNFORGE_ERR_VALUE,
            Status::OutOfMemory => sys::ATTNFORGE_ERR_OUT_OF_MEMORY,
            Status::Workspace => sys::ATTNFORGE_ERR_WORKSPACE,
            Status::Threads => sys::ATTNFORGE_ERR_THREADS,
            Status::Isa => sys::ATTNFORGE_ERR_ISA,
            Status::Format => sys::ATTNFORGE_ERR_FORMAT,
            Status::Varlen => sys::ATTNFORGE_ERR_VARLEN,
            Status::Unknown(c) => c,
            Status::OutOfBounds => return None,
        })
    }
}

/// A failed call: its status and the detailed message (the library's
/// `attnforge_last_error()`, e.g. "heads_q is not a multiple of heads_kv:
/// heads_q (24) is not a multiple of heads_kv (7)").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    status: Status,
    message: String,
}

impl Error {
    pub fn status(&self) -> Status {
        self.status
    }
    pub fn message(&self) -> &str {
        &self.message
    }
    fn rust(status: Status, message: String) -> Error {
        Error { status, message }
    }
    /// The error of a failed C call, read on the calling thread right after it.
    fn from_c(s: sys::attnforge_status) -> Error {
        // SAFETY: attnforge_last_error returns this thread's NUL-terminated
        // buffer, never NULL.
        let mut message = unsafe { cstr(sys::attnforge_last_error()) };
        if message.is_empty() {
            // SAFETY: never NULL, a static string.
            message = unsafe { cstr(sys::attnforge_status_string(s)) };
        }
        Error { status: Status::from_c(s), message }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

pub type Result<T> = std::result::Result<T, Error>;

unsafe fn cstr(p: *const c_char) -> String {
    if p.is_null() {
        String::new()
    } else {
        CStr::from_ptr(p).to_string_lossy().into_owned()
    }
}

fn check(s: sys::attnforge_status) -> Result<()> {
    if s == sys::ATTNFORGE_OK {
        Ok(())
    } else {
        Err(Error::from_c(s))
    }
}

// ---- formats and tensors ---------------------------------------------------------------

/// Storage format of one tensor.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    F32,
    /// IEEE binary16, as `u16` bits.
    F16,
    /// bfloat16, as `u16` bits.
    Bf16,
    /// ggml's block_q8_0 (34 bytes per 32 elements); K and V only.
    Q8_0,
    /// ggml's block_q4_0 (18 bytes per 32 elements); K and V only.
    Q4_0,
    /// OCP E4M3FN, one byte per element, times an f32 scale; K and V only.
    Fp8E4m3,
    /// OCP E5M2, one byte per element, times an f32 scale; K and V only.
    Fp8E5m2,
}

impl Format {
    fn to_c(self) -> sys::attnforge_format {
        match self {
            Format::F32 => sys::ATTNFORGE_FORMAT_F32,
            Format::F16 => sys::ATTNFORGE_FORMAT_F16,
            Format::Bf16 => sys::ATTNFORGE_FORMAT_BF16,
            Format::Q8_0 => sys::ATTNFORGE_FORMAT_Q8_0,
            Format::Q4_0 => sys::ATTNFORGE_FORMAT_Q4_0,
            Format::Fp8E4m3 => sys::ATTNFORGE_FORMAT_FP8_E4M3,
            Format::Fp8E5m2 => sys::ATTNFORGE_FORMAT_FP8_E5M2,
        }
    }

    /// "f32", "f16", "bf16", "q8_0", "q4_0", "fp8_e4m3", "fp8_e5m2".
    pub fn name(self) -> String {
        // SAFETY: returns a static string for every format.
        unsafe { cstr(sys::attnforge_format_name(self.to_c())) }
    }

    /// Bytes that `n` elements take (`n` a multiple of 32 for q8_0 / q4_0:
    /// whole blocks; otherwise rounded up to whole blocks). Saturates at
    /// `usize::MAX`.
    pub fn bytes(self, n: usize) -> usize {
        self.checked_bytes(n).unwrap_or(usize::MAX)
    }

    fn checked_bytes(self, n: usize) -> Option<usize> {
        match self {
            Format::F32 => n.checked_mul(4),
            Format::F16 | Format::Bf16 => n.checked_mul(2),
            Format::Fp8E4m3 | Format::Fp8E5m2 => Some(n),
            Format::Q8_0 => (n / 32 + (n % 32 != 0) as usize).checked_mul(34),
            Format::Q4_0 => (n / 32 + (n % 32 != 0) as usize).checked_mul(18),
        }
    }

    /// Bytes of one storage unit of this format's slice type (`f32`: 4,
    /// `u16`: 2, `u8`: 1).
    fn unit(self) -> usize {
        match self {
            Format::F32 => 4,
            Format::F16 | Format::Bf16 => 2,
            _ => 1,
        }
    }
}

/// An input tensor's storage: the slice and, by its variant, its format.
/// Q may be F32, F16 or Bf16; K and V any format.
#[derive(Copy, Clone, Debug)]
pub enum Tensor<'a> {
    F32(&'a [f32]),
    F16(&'a [u16]),
    Bf16(&'a [u16]),
    Q8_0(&'a [u8]),
    Q4_0(&'a [u8]),
    Fp8E4m3(&'a [u8]),
    Fp8E5m2(&'a [u8]),
}

impl<'a> Tensor<'a> {
    pub fn format(&self) -> Format {
        match self {
            Tensor::F32(_) => Format::F32,
            Tensor::F16(_) => Format::F16,
            Tensor::Bf16(_) => Format::Bf16,
            Tensor::Q8_0(_) => Format::Q8_0,
            Tensor::Q4_0(_) => Format::Q4_0,
            Tensor::Fp8E4m3(_) => Format::Fp8E4m3,
            Tensor::Fp8E5m2(_) => Format::Fp8E5m2,
        }
    }
    fn ptr_bytes(&self) -> (*const c_void, usize) {
        match *self {
            Tensor::F32(s) => (s.as_ptr() as *const c_void, s.len() * 4),
            Tensor::F16(s) | Tensor::Bf16(s) => (s.as_ptr() as *const c_void, s.len() * 2),
            Tensor::Q8_0(s) | Tensor::Q4_0(s) | Tensor::Fp8E4m3(s) | Tensor::Fp8E5m2(s) => {
                (s.as_ptr() as *const c_void, s.len())
            }
        }
    }
}

impl<'a> From<&'a [f32]> for Tensor<'a> {
    fn from(s: &'a [f32]) -> Self {
        Tensor::F32(s)
    }
}

impl<'a> From<&'a Vec<f32>> for Tensor<'a> {
    fn from(s: &'a Vec<f32>) -> Self {
        Tensor::F32(s)
    }
}

/// The output tensor O: f32, f16 or bf16 (`u16` bits).
#[derive(Debug)]
pub enum TensorMut<'a> {
    F32(&'a mut [f32]),
    F16(&'a mut [u16]),
    Bf16(&'a mut [u16]),
}

impl<'a> TensorMut<'a> {
    pub fn format(&self) -> Format {
        match self {
            TensorMut::F32(_) => Format::F32,
            TensorMut::F16(_) => Format::F16,
            TensorMut::Bf16(_) => Format::Bf16,
        }
    }
    fn as_mut_ptr(&mut self) -> *mut c_void {
        match self {
            TensorMut::F32(s) => s.as_mut_ptr() as *mut c_void,
            TensorMut::F16(s) | TensorMut::Bf16(s) => s.as_mut_ptr() as *mut c_void,
        }
    }
    fn byte_len(&self) -> usize {
        match self {
            TensorMut::F32(s) => s.len() * 4,
            TensorMut::F16(s) | TensorMut::Bf16(s) => s.len() * 2,
        }
    }
}

impl<'a> From<&'a mut [f32]> for TensorMut<'a> {
    fn from(s: &'a mut [f32]) -> Self {
        TensorMut::F32(s)
    }
}

impl<'a> From<&'a mut Vec<f32>> for TensorMut<'a> {
    fn from(s: &'a mut Vec<f32>) -> Self {
        TensorMut::F32(s)
    }
}

/// The additive mask's storage: f32 or f16 (`u16` bits).
#[derive(Copy, Clone, Debug)]
pub enum Mask<'a> {
    F32(&'a [f32]),
    F16(&'a [u16]),
}

impl<'a> From<&'a [f32]> for Mask<'a> {
    fn from(s: &'a [f32]) -> Self {
        Mask::F32(s)
    }
}

impl<'a> From<&'a Vec<f32>> for Mask<'a> {
    fn from(s: &'a Vec<f32>) -> Self {
        Mask::F32(s)
    }
}

// ---- shapes and strides ----------------------------------------------------------------

/// Logical sizes of a call: Q [batch, seq_q, heads_q, head_dim_k], K
/// [batch, seq_kv, heads_kv, head_dim_k], V [batch, seq_kv, heads_kv,
/// head_dim_v], O [batch, seq_q, heads_q, head_dim_v].
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Shape {
    pub batch: usize,
    pub seq_q: usize,
    pub seq_kv: usize,
    pub heads_q: usize,
    /// 0 = heads_q; heads_q must be a multiple of it.
    pub heads_kv: usize,
    pub head_dim_k: usize,
    /// 0 = head_dim_k.
    pub head_dim_v: usize,
}

impl Shape {
    /// Dk = Dv = `head_dim`.
    pub fn new(
        batch: usize,
        seq_q: usize,
        seq_kv: usize,
        heads_q: usize,
        heads_kv: usize,
        head_dim: usize,
    ) -> Shape {
        Shape { batch, seq_q, seq_kv, heads_q, heads_kv, head_dim_k: head_dim, head_dim_v: head_dim }
    }
    /// Another V head dim (MLA: 192 / 128).
    pub fn with_head_dim_v(mut self, head_dim_v: usize) -> Shape {
        self.head_dim_v = head_dim_v;
        self
    }
    fn hkv(&self) -> usize {
        if self.heads_kv == 0 {
            self.heads_q
        } else {
            self.heads_kv
        }
    }
    fn dv(&self) -> usize {
        if self.head_dim_v == 0 {
            self.head_dim_k
        } else {
            self.head_dim_v
        }
    }
}

/// Element strides (of the logical tensor, whatever its format) of the
/// batch, sequence and head dimensions; the head dim is contiguous. All
/// three 0 (the `Default`) = dense BSHD; a single 0 among nonzero strides
/// broadcasts that dimension. For a paged K or V: (block, position in block,
/// head).
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq)]
pub struct Strides {
    pub b: usize,
    pub s: usize,
    pub h: usize,
}

impl Strides {
    pub fn new(b: usize, s: usize, h: usize) -> Strides {
        Strides { b, s, h }
    }
    /// Dense [B, S, H, D].
    pub fn bshd(seq: usize, heads: usize, head_dim: usize) -> Strides {
        Strides { b: seq * heads * head_dim, s: heads * head_dim, h: head_dim }
    }
    /// Dense [B, H, S, D].
    pub fn bhsd(seq: usize, heads: usize, head_dim: usize) -> Strides {
        Strides { b: heads * seq * head_dim, s: head_dim, h: seq * head_dim }
    }
}

/// Element strides of the additive mask M[b, h, i, j]; 0 broadcasts (all
/// four 0 is rejected).
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq)]
pub struct MaskStrides {
    pub b: usize,
    pub h: usize,
    pub i: usize,
    pub j: usize,
}

impl MaskStrides {
    pub fn new(b: usize, h: usize, i: usize, j: usize) -> MaskStrides {
        MaskStrides { b, h, i, j }
    }
    /// One [Sq, Skv] mask for every batch and head.
    pub fn shared(seq_kv: usize) -> MaskStrides {
        MaskStrides { b: 0, h: 0, i: seq_kv, j: 1 }
    }
}

/// A paged KV cache (vLLM layout): position j of sequence b lives in block
/// `block_table[b * block_table_stride + j / page_size]` of a pool of
/// `num_blocks` blocks (K and V strides then mean block, position, head).
#[derive(Copy, Clone, Debug)]
pub struct Paged<'a> {
    pub block_table: &'a [i32],
    /// 0 = ceil(seq_kv / page_size).
    pub block_table_stride: usize,
    pub page_size: usize,
    pub num_blocks: usize,
}

// ---- the call ----------------------------------------------------------------------------

/// One attention call: the tensors, their strides and every optional
/// feature, built with chained methods, then run with
/// [`Context::attention`] or [`attention`]. O (and LSE, if given) are
/// written only by a successful run.
#[derive(Debug)]
pub struct Attention<'a> {
    shape: Shape,
    q: Tensor<'a>,
    k: Tensor<'a>,
    v: Tensor<'a>,
    o: TensorMut<'a>,
    q_strides: Strides,
    k_strides: Strides,
    v_strides: Strides,
    o_strides: Strides,
    lse: Option<&'a mut [f32]>,
    scale: f32,
    softcap: f32,
    alibi_slopes: Option<&'a [f32]>,
    mask: Option<(Mask<'a>, MaskStrides)>,
    mask_scales: Option<&'a [f32]>,
    causal: bool,
    window: Option<(Option<usize>, Option<usize>)>,
    kv_len: Option<&'a [i32]>,
    q_offset: Option<&'a [i32]>,
    sinks: Option<&'a [f32]>,
    paged: Option<Paged<'a>>,
    workspace: Option<&'a mut [u8]>,
    k_scale: f32,
    v_scale: f32,
    k_scales: Option<&'a [f32]>,
    v_scales: Option<&'a [f32]>,
    cu_seqlens_q: Option<&'a [i32]>,
    cu_seqlens_k: Option<&'a [i32]>,
}

impl<'a> Attention<'a> {
    /// Q, K, V and O with dense BSHD strides and every feature off.
    pub fn new<Q, K, V, O>(shape: Shape, q: Q, k: K, v: V, o: O) -> Attention<'a>
    where
        Q: Into<Tensor<'a>>,
        K: Into<Tensor<'a>>,
        V: Into<Tensor<'a>>,
        O: Into<TensorMut<'a>>,
    {
        Attention {
            shape,
            q: q.into(),
            k: k.into(),
            v: v.into(),
            o: o.into(),
            q_strides: Strides::default(),
            k_strides: Strides::default(),
            v_strides: Strides::default(),
            o_strides: Strides::default(),
            lse: None,
            scale: 0.0,
            softcap: 0.0,
            alibi_slopes: None,
            mask: None,
            mask_scales: None,
            causal: false,
            window: None,
            kv_len: None,
            q_offset: None,
            sinks: None,
            paged: None,
            workspace: None,
            k_scale: 0.0,
            v_scale: 0.0,
            k_scales: None,
            v_scales: None,
            cu_seqlens_q: None,
            cu_seqlens_k: None,
        }
    }

    pub fn shape(&self) -> Shape {
        self.shape
    }
    pub fn q_strides(mut self, s: Strides) -> Self {
        self.q_strides = s;
        self
    }
    pub fn k_strides(mut self, s: Strides) -> Self {
        self.k_strides = s;
        self
    }
    pub fn v_strides(mut self, s: Strides) -> Self {
        self.v_strides = s;
        self
    }
    pub fn o_strides(mut self, s: Strides) -> Self {
        self.o_strides = s;
        self
    }
    /// Row log-sum-exp (natural log), dense f32 [batch, heads_q, seq_q].
    pub fn lse(mut self, lse: &'a mut [f32]) -> Self {
        self.lse = Some(lse);
        self
    }
    /// Score scale; 0 (the default) = 1 / sqrt(head_dim_k).
    pub fn scale(mut self, scale: f32) -> Self {
        self.scale = scale;
        self
    }
    /// c > 0: s = c * tanh(s / c); 0 = off.
    pub fn softcap(mut self, c: f32) -> Self {
        self.softcap = c;
        self
    }
    /// ALiBi: one slope per query head (see [`alibi_slopes`]).
    pub fn alibi_slopes(mut self, slopes: &'a [f32]) -> Self {
        self.alibi_slopes = Some(slopes);
        self
    }
    /// Additive mask (`-inf` excludes a key) through four element strides.
    pub fn mask<M: Into<Mask<'a>>>(mut self, mask: M, strides: MaskStrides) -> Self {
        self.mask = Some((mask.into(), strides));
        self
    }
    /// A factor of the mask per query head, each finite and > 0 (ggml's
    /// ALiBi: the mask holds -|pos_i - pos_j| and the slopes of
    /// [`alibi_slopes`] with a `max_bias` multiply it). Needs a mask.
    pub fn mask_scales(mut self, scales: &'a [f32]) -> Self {
        self.mask_scales = Some(scales);
        self
    }
    /// Key j visible to query i only if j <= pos_i.
    pub fn causal(mut self, causal: bool) -> Self {
        self.causal = causal;
        self
    }
    /// Sliding window: pos_i - left <= j <= pos_i + right; `None` = unbounded side.
    pub fn window(mut self, left: Option<usize>, right: Option<usize>) -> Self {
        self.window = Some((left, right));
        self
    }
    /// Valid KV length per batch, each in [0, seq_kv].
    pub fn kv_len(mut self, kv_len: &'a [i32]) -> Self {
        self.kv_len = Some(kv_len);
        self
    }
    /// Absolute position of query 0 per batch (default: kv_len[b] - seq_q).
    pub fn q_offset(mut self, q_offset: &'a [i32]) -> Self {
        self.q_offset = Some(q_offset);
        self
    }
    /// Attention sinks: one logit per query head.
    pub fn sinks(mut self, sinks: &'a [f32]) -> Self {
        self.sinks = Some(sinks);
        self
    }
    /// K and V live in a paged pool.
    pub fn paged(mut self, paged: Paged<'a>) -> Self {
        self.paged = Some(paged);
        self
    }
    /// Caller-owned workspace (see [`Attention::workspace_size`]); without
    /// one the context's own is used.
    pub fn workspace(mut self, ws: &'a mut [u8]) -> Self {
        self.workspace = Some(ws);
        self
    }
    /// fp8 K: the factor every element is multiplied by (0 = 1).
    pub fn k_scale(mut self, s: f32) -> Self {
        self.k_scale = s;
        self
    }
    /// fp8 V: the factor every element is multiplied by (0 = 1).
    pub fn v_scale(mut self, s: f32) -> Self {
        self.v_scale = s;
        self
    }
    /// fp8 K: one factor per KV head.
    pub fn k_scales(mut self, s: &'a [f32]) -> Self {
        self.k_scales = Some(s);
        self
    }
    /// fp8 V: one factor per KV head.
    pub fn v_scales(mut self, s: &'a [f32]) -> Self {
        self.v_scales = Some(s);
        self
    }

    /// Packed variable-length batch: `batch + 1` non-decreasing row offsets;
    /// sequence b owns query rows `[cu[b], cu[b + 1])` of Q and O, which are
    /// then `[seq_q, heads_q, D]` (their batch stride is not used; rows
    /// outside the sequences are not written), LSE is `[seq_q, heads_q]`, and
    /// q_offset defaults to kv_len[b] - Sq_b per sequence.
    pub fn cu_seqlens_q(mut self, cu: &'a [i32]) -> Self {
        self.cu_seqlens_q = Some(cu);
        self
    }
    /// Packed K and V too (needs [`Attention::cu_seqlens_q`], not with
    /// [`Attention::paged`]): `batch + 1` row offsets into K / V, which are
    /// then `[seq_kv, heads_kv, D]`; kv_len[b] defaults to (and may not
    /// exceed) `cu[b + 1] - cu[b]`.
    pub fn cu_seqlens_k(mut self, cu: &'a [i32]) -> Self {
        self.cu_seqlens_k = Some(cu);
        self
    }

    /// Bytes of workspace this call needs (the library validates it first).
    pub fn workspace_size(&mut self, ctx: Option<&Context>) -> Result<usize> {
        let p = self.params()?;
        let mut bytes = 0usize;
        // SAFETY: params() checked that every view lies inside its slice;
        // the context pointer is a live context or NULL (the default one).
        check(unsafe { sys::attnforge_workspace_size(ctx_ptr(ctx), &p, &mut bytes) })?;
        Ok(bytes)
    }

    /// The kernel this call would run, as [`last_kernel`] would name it after
    /// the call (e.g. `attnforge_f16_dk128_dv128_decode__avx512`, or `generic`),
    /// found without running it: validated and planned, no tensor read, O and
    /// LSE not written.
    pub fn kernel(&mut self, ctx: Option<&Context>) -> Result<String> {
        let p = self.params()?;
        let mut name: *const c_char = std::ptr::null();
        // SAFETY: as for workspace_size; the name the library sets is a
        // static string.
        check(unsafe { sys::attnforge_kernel_for(ctx_ptr(ctx), &p, &mut name) })?;
        // SAFETY: on success the library set a NUL-terminated static string.
        Ok(unsafe { cstr(name) })
    }

    fn run(&mut self, ctx: Option<&Context>) -> Result<()> {
        let p = self.params()?;
        // SAFETY: params() checked that every view (shape and strides)
        // reaches only inside its slice and every per-batch / per-head array
        // is long enough, so the library reads and writes only memory these
        // borrows own (O, LSE and the workspace mutably, and exclusively).
        // The context is live for the call (borrowed) and may be shared
        // between threads (the C contract: concurrent calls are safe).
        check(unsafe { sys::attnforge_attention(ctx_ptr(ctx), &p) })
    }

    /// The C parameters, after checking that every view fits its slice.
    fn params(&mut self) -> Result<sys::attnforge_params> {
        let sh = self.shape;
        let mut p = sys::attnforge_params::default();
        let size = |name: &str, v: usize| -> Result<i32> {
            if v > i32::MAX as usize {
                Err(Error::rust(
                    Status::BadSize,
                    format!("a size is out of range: {} ({}) exceeds {}", name, v, i32::MAX),
                ))
            } else {
                Ok(v as i32)
            }
        };
        p.batch = size("batch", sh.batch)?;
        p.seq_q = size("seq_q", sh.seq_q)?;
        p.seq_kv = size("seq_kv", sh.seq_kv)?;
        p.heads_q = size("heads_q", sh.heads_q)?;
        p.heads_kv = size("heads_kv", sh.heads_kv)?;
        p.head_dim_k = size("head_dim_k", sh.head_dim_k)?;
        p.head_dim_v = size("head_dim_v", sh.head_dim_v)?;
        // Before any pointer is taken: the raw pointers below are the last
        // use of the borrows until the library returns.
        self.check_bounds()?;

        p.dtype = sys::ATTNFORGE_F32;
        p.q_format = self.q.format().to_c();
        p.k_format = self.k.format().to_c();
        p.v_format = self.v.format().to_c();
        p.o_format = self.o.format().to_c();
        p.q = self.q.ptr_bytes().0;
        p.k = self.k.ptr_bytes().0;
        p.v = self.v.ptr_bytes().0;
        p.o = self.o.as_mut_ptr();
        p.q_stride = strides_c("q", self.q_strides)?;
        p.k_stride = strides_c("k", self.k_strides)?;
        p.v_stride = strides_c("v", self.v_strides)?;
        p.o_stride = strides_c("o", self.o_strides)?;

        p.scale = self.scale;
        p.softcap = self.softcap;
        p.causal = self.causal as c_int;
        if let Some((l, r)) = self.window {
            p.sliding_window = 1;
            p.window_left = window_c("left", l)?;
            p.window_right = window_c("right", r)?;
        }
        p.alibi_slopes = opt_ptr(self.alibi_slopes);
        p.sinks = opt_ptr(self.sinks);
        p.mask_scales = opt_ptr(self.mask_scales);
        p.kv_len = opt_ptr(self.kv_len);
        p.q_offset = opt_ptr(self.q_offset);
        p.k_scale = self.k_scale;
        p.v_scale = self.v_scale;
        p.k_scales = opt_ptr(self.k_scales);
        p.v_scales = opt_ptr(self.v_scales);
        p.cu_seqlens_q = opt_ptr(self.cu_seqlens_q);
        p.cu_seqlens_k = opt_ptr(self.cu_seqlens_k);
        if let Some((m, ms)) = self.mask {
            let (ptr, f) = match m {
                Mask::F32(s) => (s.as_ptr() as *const c_void, sys::ATTNFORGE_FORMAT_F32),
                Mask::F16(s) => (s.as_ptr() as *const c_void, sys::ATTNFORGE_FORMAT_F16),
            };
            p.mask = ptr;
            p.mask_format = f;
            p.mask_stride = sys::attnforge_mask_strides {
                b: stride_c("mask", ms.b)?,
                h: stride_c("mask", ms.h)?,
                i: stride_c("mask", ms.i)?,
                j: stride_c("mask", ms.j)?,
            };
        }
        if let Some(pg) = self.paged {
            p.block_table = pg.block_table.as_ptr();
            p.block_table_stride = size("block_table_stride", pg.block_table_stride)?;
            p.page_size = size("page_size", pg.page_size)?;
            p.num_blocks = size("num_blocks", pg.num_blocks)?;
        }
        if let Some(lse) = self.lse.as_mut() {
            p.lse = lse.as_mut_ptr();
        }
        if let Some(ws) = self.workspace.as_mut() {
            p.workspace = ws.as_mut_ptr() as *mut c_void;
            p.workspace_bytes = ws.len();
        }
        Ok(p)
    }

    /// Every view inside its slice. Sizes of zero are left to the library,
    /// which rejects them before reading anything.
    fn check_bounds(&self) -> Result<()> {
        let sh = self.shape;
        let (b, sq, skv, hq) = (sh.batch, sh.seq_q, sh.seq_kv, sh.heads_q);
        let (hkv, dk, dv) = (sh.hkv(), sh.head_dim_k, sh.dv());
        if b == 0 || sq == 0 || skv == 0 || hq == 0 || hkv == 0 || dk == 0 || dv == 0 {
            return Ok(());
        }
        // Packed K/V without packed queries, or with a paged cache: rejected
        // (ERR_VARLEN) before anything but the sizes is read.
        if self.cu_seqlens_k.is_some() && (self.cu_seqlens_q.is_none() || self.paged.is_some()) {
            return Ok(());
        }
        // Per-batch and per-head arrays the library reads.
        need("kv_len", self.kv_len.map(|s| s.len()), b)?;
        need("q_offset", self.q_offset.map(|s| s.len()), b)?;
        need("alibi_slopes", self.alibi_slopes.map(|s| s.len()), hq)?;
        need("sinks", self.sinks.map(|s| s.len()), hq)?;
        need("mask_scales", self.mask_scales.map(|s| s.len()), hq)?;
        need("k_scales", self.k_scales.map(|s| s.len()), hkv)?;
        need("v_scales", self.v_scales.map(|s| s.len()), hkv)?;
        need("cu_seqlens_q", self.cu_seqlens_q.map(|s| s.len()), b + 1)?;
        need("cu_seqlens_k", self.cu_seqlens_k.map(|s| s.len()), b + 1)?;
        // A packed Q / O (and LSE) has no batch axis, a packed K / V neither:
        // the library ignores their batch stride.
        let q_outer = if self.cu_seqlens_q.is_some() { 1 } else { b };
        if let Some(lse) = self.lse.as_ref() {
            need("lse", Some(lse.len()), mul(&[q_outer, hq, sq], "lse")?)?;
        }

        let (kv_outer, kv_seq) = match self.paged {
            Some(pg) => {
                if pg.page_size == 0 || pg.num_blocks == 0 {
                    return Ok(()); // rejected by the library (ERR_PAGED)
                }
                let per_row = (skv + pg.page_size - 1) / pg.page_size;
                let stride = pg.block_table_stride.max(per_row);
                let entries = add(mul(&[b - 1, stride], "block_table")?, per_row, "block_table")?;
                need("block_table", Some(pg.block_table.len()), entries)?;
                (pg.num_blocks, pg.page_size)
            }
            None if self.cu_seqlens_k.is_some() => (1, skv),
            None => (b, skv),
        };
        view("q", &self.q_strides, [q_outer, sq, hq], dk, self.q.format(), self.q.ptr_bytes().1)?;
        view("k", &self.k_strides, [kv_outer, kv_seq, hkv], dk, self.k.format(), self.k.ptr_bytes().1)?;
        view("v", &self.v_strides, [kv_outer, kv_seq, hkv], dv, self.v.format(), self.v.ptr_bytes().1)?;
        let o_bytes = self.o.byte_len();
        view("o", &self.o_strides, [q_outer, sq, hq], dv, self.o.format(), o_bytes)?;
        if let Some((m, ms)) = self.mask {
            let (len, unit) = match m {
                Mask::F32(s) => (s.len(), 4),
                Mask::F16(s) => (s.len(), 2),
            };
            if ms.b != 0 || ms.h != 0 || ms.i != 0 || ms.j != 0 {
                let counts = [b, hq, sq, skv];
                let st = [ms.b, ms.h, ms.i, ms.j];
                let mut end = 1usize;
                for d in 0..4 {
                    end = add(end, mul(&[counts[d] - 1, st[d]], "mask")?, "mask")?;
                }
                if end > len {
                    return Err(out_of_bounds("mask", end.saturating_mul(unit), len * unit));
                }
            }
        }
        Ok(())
    }
}

fn ctx_ptr(ctx: Option<&Context>) -> *mut sys::attnforge_context {
    ctx.map_or(ptr::null_mut(), |c| c.ptr)
}

fn opt_ptr<T>(s: Option<&[T]>) -> *const T {
    s.map_or(ptr::null(), |s| s.as_ptr())
}

fn stride_c(name: &str, s: usize) -> Result<i64> {
    if s > i64::MAX as usize {
        Err(Error::rust(Status::Stride, format!("invalid stride: {}: {} exceeds int64", name, s)))
    } else {
        Ok(s as i64)
    }
}

fn strides_c(name: &str, s: Strides) -> Result<sys::attnforge_strides> {
    Ok(sys::attnforge_strides { b: stride_c(name, s.b)?, s: stride_c(name, s.s)?, h: stride_c(name, s.h)? })
}

fn window_c(side: &str, w: Option<usize>) -> Result<i32> {
    match w {
        None => Ok(-1),
        Some(w) if w <= i32::MAX as usize => Ok(w as i32),
        Some(w) => {
            Err(Error::rust(Status::Window, format!("window {} bound {} exceeds {}", side, w, i32::MAX)))
        }
    }
}

fn overflow(what: &str) -> Error {
    Error::rust(Status::Stride, format!("invalid stride: {}: offsets overflow", what))
}

fn mul(xs: &[usize], what: &str) -> Result<usize> {
    let mut r = 1usize;
    for &x in xs {
        r = r.checked_mul(x).ok_or_else(|| overflow(what))?;
    }
    Ok(r)
}

fn add(a: usize, b: usize, what: &str) -> Result<usize> {
    a.checked_add(b).ok_or_else(|| overflow(what))
}

fn out_of_bounds(what: &str, need_bytes: usize, have_bytes: usize) -> Error {
    Error::rust(
        Status::OutOfBounds,
        format!(
            "{} is too short: its shape and strides reach {} bytes, the slice holds {}",
            what, need_bytes, have_bytes
        ),
    )
}

fn need(what: &str, have: Option<usize>, n: usize) -> Result<()> {
    match have {
        Some(h) if h < n => Err(Error::rust(
            Status::OutOfBounds,
            format!("{} is too short: {} elements needed, the slice holds {}", what, n, h),
        )),
        _ => Ok(()),
    }
}

/// A strided [n0, n1, n2, inner] view of format f inside `have` bytes.
/// All-zero strides are the dense default the library applies.
fn view(what: &str, s: &Strides, n: [usize; 3], inner: usize, f: Format, have: usize) -> Result<()> {
    let st = if s.b == 0 && s.s == 0 && s.h == 0 {
        let sh = mul(&[n[2], inner], what)?;
        [mul(&[n[1], sh], what)?, sh, inner]
    } else {
        [s.b, s.s, s.h]
    };
    let mut end = inner;
    for d in 0..3 {
        end = add(end, mul(&[n[d] - 1, st[d]], what)?, what)?;
    }
    // (every format's byte count is a whole number of the slice's units,
    // but round up anyway)
    let bytes = f.checked_bytes(end).ok_or_else(|| overflow(what))?;
    let bytes = (bytes / f.unit() + (bytes % f.unit() != 0) as usize) * f.unit();
    if bytes > have {
        return Err(out_of_bounds(what, bytes, have));
    }
    Ok(())
}

// ---- contexts --------------------------------------------------------------------------------

/// Kernel family a context may use.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Isa {
    /// The best the CPU supports (or the `ATTNFORGE_ISA` environment variable).
    Auto,
    /// The generic fallback kernel only.
    Generic,
    Scalar,
    Avx2,
    Avx512,
    Neon,
    Avx512Bf16,
    NeonFhm,
    NeonBf16,
    /// AVX-512 and AVX512-BF16 plus AMX-BF16 tiles (bf16 prefill).
    Avx512Amx,
}

impl Isa {
    fn to_c(self) -> sys::attnforge_isa {
        match self {
            Isa::Auto => sys::ATTNFORGE_ISA_AUTO,
            Isa::Generic => sys::ATTNFORGE_ISA_GENERIC,
            Isa::Scalar => sys::ATTNFORGE_ISA_SCALAR,
            Isa::Avx2 => sys::ATTNFORGE_ISA_AVX2,
            Isa::Avx512 => sys::ATTNFORGE_ISA_AVX512,
            Isa::Neon => sys::ATTNFORGE_ISA_NEON,
            Isa::Avx512Bf16 => sys::ATTNFORGE_ISA_AVX512BF16,
            Isa::NeonFhm => sys::ATTNFORGE_ISA_NEONFHM,
            Isa::NeonBf16 => sys::ATTNFORGE_ISA_NEONBF16,
            Isa::Avx512Amx => sys::ATTNFORGE_ISA_AVX512AMX,
        }
    }
    /// Every value, Auto first.
    pub fn all() -> [Isa; 10] {
        [
            Isa::Auto,
            Isa::Generic,
            Isa::Scalar,
            Isa::Avx2,
            Isa::Avx512,
            Isa::Neon,
            Isa::Avx512Bf16,
            Isa::NeonFhm,
            Isa::NeonBf16,
            Isa::Avx512Amx,
        ]
    }
}

/// A context: the library's thread pool, workspace and kernel choice.
///
/// `Send + Sync`: the C contract allows concurrent calls on one context
/// (one of them runs on the context's pool with its workspace, the others
/// on their own thread with their own memory; the results are bitwise the
/// same), so a context can be shared, e.g. in an `Arc`.
#[derive(Debug)]
pub struct Context {
    ptr: *mut sys::attnforge_context,
}

// SAFETY: attnforge contexts are safe to use from several threads at once
// (runtime/api.c: a mutex guards the pool and workspace; a call that does not
// get it runs single-threaded with its own memory); destruction needs the
// context by value, so no call can be in flight.
unsafe impl Send for Context {}
unsafe impl Sync for Context {}

impl Context {
    /// Default options: threads from `ATTNFORGE_NUM_THREADS` or the CPUs this
    /// process may use; ISA the best the CPU supports.
    pub fn new() -> Result<Context> {
        Context::with_options(0, Isa::Auto)
    }

    /// `num_threads` 0 = the default; 1 = no pool. `isa` forces a kernel
    /// family (an error if the CPU lacks it).
    pub fn with_options(num_threads: usize, isa: Isa) -> Result<Context> {
        if num_threads > c_int::MAX as usize {
            return Err(Error::rust(Status::BadSize, format!("num_threads {} is out of range", num_threads)));
        }
        let opts = sys::attnforge_context_options {
            num_threads: num_threads as c_int,
            isa: isa.to_c(),
            ..Default::default()
        };
        let mut ptr = ptr::null_mut();
        // SAFETY: valid out pointer and options; no parallel_for hook.
        check(unsafe { sys::attnforge_context_create(&mut ptr, &opts) })?;
        Ok(Context { ptr })
    }

    pub fn num_threads(&self) -> usize {
        // SAFETY: a live context.
        unsafe { sys::attnforge_context_num_threads(self.ptr) as usize }
    }

    /// Runs the call on this context. On error nothing is written.
    pub fn attention(&self, call: &mut Attention<'_>) -> Result<()> {
        call.run(Some(self))
    }

    /// The raw context, for calls through `attnforge_sys`; valid while self lives.
    pub fn as_ptr(&self) -> *mut sys::attnforge_context {
        self.ptr
    }
}

impl Drop for Context {
    fn drop(&mut self) {
        // SAFETY: created by attnforge_context_create, destroyed once.
        unsafe { sys::attnforge_context_destroy(self.ptr) }
    }
}

/// Runs the call on the process-wide default context.
pub fn attention(call: &mut Attention<'_>) -> Result<()> {
    call.run(None)
}

/// Name of the kernel the last successful call on this thread ran, e.g.
/// "attnforge_f16_dk128_dv128_decode__avx2" or "generic" ("" before any).
pub fn last_kernel() -> String {
    // SAFETY: never NULL; a static string.
    unsafe { cstr(sys::attnforge_last_kernel()) }
}

/// The library's version (attnforge.h's ATTNFORGE_VERSION_*).
pub fn version() -> (u32, u32, u32) {
    (sys::ATTNFORGE_VERSION_MAJOR, sys::ATTNFORGE_VERSION_MINOR, sys::ATTNFORGE_VERSION_PATCH)
}

/// Largest head dim (Dk or Dv) the library accepts.
pub const MAX_HEAD_DIM: usize = sys::ATTNFORGE_MAX_HEAD_DIM as usize;

// ---- helpers ------------------------------------------------------------------------------------

/// Standard ALiBi slopes (Press et al.) for `n_heads` heads.
pub fn alibi_slopes(n_heads: usize) -> Vec<f32> {
    let n = n_heads.min(i32::MAX as usize);
    let mut v = vec![0.0f32; n];
    // SAFETY: writes n floats into v.
    unsafe { sys::attnforge_alibi_slopes(n as i32, v.as_mut_ptr()) };
    v
}

/// ggml's ALiBi slopes from max_bias (max_bias <= 0 gives zeros).
pub fn alibi_slopes_max_bias(n_heads: usize, max_bias: f32) -> Vec<f32> {
    let n = n_heads.min(i32::MAX as usize);
    let mut v = vec![0.0f32; n];
    // SAFETY: writes n floats into v.
    unsafe { sys::attnforge_alibi_slopes_max_bias(n as i32, max_bias, v.as_mut_ptr()) };
    v
}

pub fn f32_to_f16(x: f32) -> u16 {
    // SAFETY: pure function.
    unsafe { sys::attnforge_f32_to_f16(x) }
}
pub fn f16_to_f32(h: u16) -> f32 {
    // SAFETY: pure function.
    unsafe { sys::attnforge_f16_to_f32(h) }
}
pub fn f32_to_bf16(x: f32) -> u16 {
    // SAFETY: pure function.
    unsafe { sys::attnforge_f32_to_bf16(x) }
}
pub fn bf16_to_f32(h: u16) -> f32 {
    // SAFETY: pure function.
    unsafe { sys::attnforge_bf16_to_f32(h) }
}
/// f32 to OCP E4M3FN, round to nearest even (NaN past the largest finite value).
pub fn f32_to_fp8_e4m3(x: f32) -> u8 {
    // SAFETY: pure function.
    unsafe { sys::attnforge_f32_to_fp8_e4m3(x) }
}
/// f32 to OCP E5M2, round to nearest even (Inf past the largest finite value).
pub fn f32_to_fp8_e5m2(x: f32) -> u8 {
    // SAFETY: pure function.
    unsafe { sys::attnforge_f32_to_fp8_e5m2(x) }
}
pub fn fp8_e4m3_to_f32(x: u8) -> f32 {
    // SAFETY: pure function.
    unsafe { sys::attnforge_fp8_e4m3_to_f32(x) }
}
pub fn fp8_e5m2_to_f32(x: u8) -> f32 {
    // SAFETY: pure function.
    unsafe { sys::attnforge_fp8_e5m2_to_f32(x) }
}

fn blocks_of(n: usize) -> usize {
    assert!(n % 32 == 0, "q8_0 / q4_0 need a multiple of 32 elements, got {}", n);
    n / 32
}

/// ggml's reference q8_0 quantizer: 34 bytes per 32 values (`x.len()` a
/// multiple of 32; panics otherwise).
pub fn quantize_q8_0(x: &[f32]) -> Vec<u8> {
    let mut out = vec![0u8; blocks_of(x.len()) * 34];
    // SAFETY: reads x.len() floats, writes x.len() / 32 blocks of 34 bytes.
    unsafe { sys::attnforge_quantize_q8_0(x.as_ptr(), out.as_mut_ptr() as *mut c_void, x.len() as i64) };
    out
}

/// ggml's reference q4_0 quantizer: 18 bytes per 32 values.
pub fn quantize_q4_0(x: &[f32]) -> Vec<u8> {
    let mut out = vec![0u8; blocks_of(x.len()) * 18];
    // SAFETY: reads x.len() floats, writes x.len() / 32 blocks of 18 bytes.
    unsafe { sys::attnforge_quantize_q4_0(x.as_ptr(), out.as_mut_ptr() as *mut c_void, x.len() as i64) };
    out
}

/// Dequantizes whole q8_0 blocks (34 bytes each; panics on a partial block).
pub fn dequantize_q8_0(blocks: &[u8]) -> Vec<f32> {
    assert!(blocks.len() % 34 == 0, "q8_0 data is whole 34-byte blocks");
    let n = blocks.len() / 34 * 32;
    let mut out = vec![0.0f32; n];
    // SAFETY: reads n / 32 blocks, writes n floats.
    unsafe { sys::attnforge_dequantize_q8_0(blocks.as_ptr() as *const c_void, out.as_mut_ptr(), n as i64) };
    out
}

/// Dequantizes whole q4_0 blocks (18 bytes each; panics on a partial block).
pub fn dequantize_q4_0(blocks: &[u8]) -> Vec<f32> {
    assert!(blocks.len() % 18 == 0, "q4_0 data is whole 18-byte blocks");
    let n = blocks.len() / 18 * 32;
    let mut out = vec![0.0f32; n];
    // SAFETY: reads n / 32 blocks, writes n floats.
    unsafe { sys::attnforge_dequantize_q4_0(blocks.as_ptr() as *const c_void, out.as_mut_ptr(), n as i64) };
    out
}
