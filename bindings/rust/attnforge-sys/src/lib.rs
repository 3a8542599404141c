//! Raw FFI declarations of attnforge's public header, `runtime/attnforge.h`,
//! written by hand to match it field for field (`tests/layout.rs` compares
//! every size, alignment, offset and constant with what the C compiler says).
//!
//! The build script compiles the C library from this source tree with the
//! system C compiler and links it statically (plus `pthread` and `m`).
//! Everything here is `unsafe` to call; the `attnforge` crate is the safe
//! API. The contract of a call is the header's comments and SPEC.md.
//!
//! C enums are declared as `u32` type aliases with constants, not Rust enums,
//! so a value this crate does not know (a newer library) is never undefined
//! behaviour.
#![allow(non_camel_case_types)]

use std::os::raw::{c_char, c_int, c_uint, c_void};

pub const ATTNFORGE_VERSION_MAJOR: u32 = 0;
pub const ATTNFORGE_VERSION_MINOR: u32 = 1;
pub const ATTNFORGE_VERSION_PATCH: u32 = 0;

/// Largest Dk or Dv accepted.
pub const ATTNFORGE_MAX_HEAD_DIM: u32 = 1024;

pub type attnforge_dtype = c_uint;
pub const ATTNFORGE_F32: attnforge_dtype = 0;
pub const ATTNFORGE_F16: attnforge_dtype = 1;
pub const ATTNFORGE_BF16: attnforge_dtype = 2;

pub type attnforge_format = c_uint;
pub const ATTNFORGE_FORMAT_DEFAULT: attnforge_format = 0;
pub const ATTNFORGE_FORMAT_F32: attnforge_format = 1;
pub const ATTNFORGE_FORMAT_F16: attnforge_format = 2;
pub const ATTNFORGE_FORMAT_BF16: attnforge_format = 3;
pub const ATTNFORGE_FORMAT_Q8_0: attnforge_format = 4;
pub const ATTNFORGE_FORMAT_Q4_0: attnforge_format = 5;
pub const ATTNFORGE_FORMAT_FP8_E4M3: attnforge_format = 6;
pub const ATTNFORGE_FORMAT_FP8_E5M2: attnforge_format = 7;

pub type attnforge_status = c_uint;
pub const ATTNFORGE_OK: attnforge_status = 0;
pub const ATTNFORGE_ERR_NULL_POINTER: attnforge_status = 1;
pub const ATTNFORGE_ERR_BAD_SIZE: attnforge_status = 2;
pub const ATTNFORGE_ERR_HEAD_RATIO: attnforge_status = 3;
pub const ATTNFORGE_ERR_DTYPE: attnforge_status = 4;
pub const ATTNFORGE_ERR_HEAD_DIM: attnforge_status = 5;
pub const ATTNFORGE_ERR_KV_LEN: attnforge_status = 6;
pub const ATTNFORGE_ERR_STRIDE: attnforge_status = 7;
pub const ATTNFORGE_ERR_MASK: attnforge_status = 8;
pub const ATTNFORGE_ERR_PAGED: attnforge_status = 9;
pub const ATTNFORGE_ERR_WINDOW: attnforge_status = 10;
pub const ATTNFORGE_ERR_ALIASING: attnforge_status = 11;
pub const ATTNFORGE_ERR_VALUE: attnforge_status = 12;
pub const ATTNFORGE_ERR_OUT_OF_MEMORY: attnforge_status = 13;
pub const ATTNFORGE_ERR_WORKSPACE: attnforge_status = 14;
pub const ATTNFORGE_ERR_THREADS: attnforge_status = 15;
pub const ATTNFORGE_ERR_ISA: attnforge_status = 16;
pub const ATTNFORGE_ERR_FORMAT: attnforge_status = 17;
pub const ATTNFORGE_ERR_VARLEN: attnforge_status = 18;

/// Element strides of the batch, sequence and head dims (head dim
/// contiguous); all three 0 = dense BSHD.
#[repr(C)]
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq)]
pub struct attnforge_strides {
    pub b: i64,
    pub s: i64,
    pub h: i64,
}

/// Strides of the additive mask M[b, h, i, j] (0 = broadcast).
#[repr(C)]
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq)]
pub struct attnforge_mask_strides {
    pub b: i64,
    pub h: i64,
    pub i: i64,
    pub j: i64,
}

/// One attention call. Zero means "default" or "off" for every field
/// (`Default` gives the all-zero value).
#[repr(C)]
#[derive(Copy, Clone, Debug)]
pub struct attnforge_params {
    pub dtype: attnforge_dtype,

    pub batch: i32,
    pub seq_q: i32,
    pub seq_kv: i32,
    pub heads_q: i32,
    pub heads_kv: i32,
    pub head_dim_k: i32,
    pub head_dim_v: i32,

    pub q: *const c_void,
    pub q_stride: attnforge_strides,
    pub k: *const c_void,
    pub k_stride: attnforge_strides,
    pub v: *const c_void,
    pub v_stride: attnforge_strides,
    pub o: *mut c_void,
    pub o_stride: attnforge_strides,

    pub lse: *mut f32,

    pub scale: f32,
    pub softcap: f32,

    pub alibi_slopes: *const f32,

    pub mask: *const c_void,
    pub mask_stride: attnforge_mask_strides,

    pub causal: c_int,

    pub sliding_window: c_int,
    pub window_left: i32,
    pub window_right: i32,

    pub kv_len: *const i32,
    pub q_offset: *const i32,

    pub sinks: *const f32,

    pub block_table: *const i32,
    pub block_table_stride: i32,
    pub page_size: i32,
    pub num_blocks: i32,

    pub workspace: *mut c_void,
    pub workspace_bytes: usize,

    pub q_format: attnforge_format,
    pub k_format: attnforge_format,
    pub v_format: attnforge_format,
    pub o_format: attnforge_format,
    pub mask_format: attnforge_format,
    pub k_scale: f32,
    pub v_scale: f32,
    pub k_scales: *const f32,
    pub v_scales: *const f32,

    /// Packed variable-length batch: batch + 1 row offsets into Q / O (then
    /// [seq_q, Hq, D]), and optionally into K / V (then [seq_kv, Hkv, D]).
    pub cu_seqlens_q: *const i32,
    pub cu_seqlens_k: *const i32,

    /// Per-query-head factor of the mask, [Hq] (each finite and > 0): ggml's
    /// ALiBi (slopes from `attnforge_alibi_slopes_max_bias`). Null = 1.
    pub mask_scales: *const f32,
}

impl Default for attnforge_params {
    fn default() -> Self {
        // SAFETY: every field is an integer, a float or a raw pointer, for
        // which all-zero bits are a valid value (0, 0.0, NULL): the C
        // header's "zero means default" value.
        unsafe { std::mem::zeroed() }
    }
}

/// Opaque context: thread pool, workspace, dispatch choice.
#[repr(C)]
pub struct attnforge_context {
    _private: [u8; 0],
}

pub type attnforge_task_fn = Option<unsafe extern "C" fn(arg: *mut c_void, task: i64, worker: c_int)>;
pub type attnforge_parallel_for_fn =
    Option<unsafe extern "C" fn(user: *mut c_void, f: attnforge_task_fn, arg: *mut c_void, n_tasks: i64)>;

pub type attnforge_isa = c_uint;
pub const ATTNFORGE_ISA_AUTO: attnforge_isa = 0;
pub const ATTNFORGE_ISA_GENERIC: attnforge_isa = 1;
pub const ATTNFORGE_ISA_SCALAR: attnforge_isa = 2;
pub const ATTNFORGE_ISA_AVX2: attnforge_isa = 3;
pub const ATTNFORGE_ISA_AVX512: attnforge_isa = 4;
pub const ATTNFORGE_ISA_NEON: attnforge_isa = 5;
pub const ATTNFORGE_ISA_AVX512BF16: attnforge_isa = 6;
pub const ATTNFORGE_ISA_NEONFHM: attnforge_isa = 7;
pub const ATTNFORGE_ISA_NEONBF16: attnforge_isa = 8;
pub const ATTNFORGE_ISA_AVX512AMX: attnforge_isa = 9;

#[repr(C)]
#[derive(Copy, Clone, Debug)]
pub struct attnforge_context_options {
    pub num_threads: c_int,
    pub parallel_for: attnforge_parallel_for_fn,
    pub parallel_for_user: *mut c_void,
    pub isa: attnforge_isa,
}

impl Default for attnforge_context_options {
    fn default() -> Self {
        attnforge_context_options {
            num_threads: 0,
            parallel_for: None,
            parallel_for_user: std::ptr::null_mut(),
            isa: ATTNFORGE_ISA_AUTO,
        }
    }
}

extern "C" {
    pub fn attnforge_context_create(
        out: *mut *mut attnforge_context,
        opts: *const attnforge_context_options,
    ) -> attnforge_status;
    pub fn attnforge_context_destroy(ctx: *mut attnforge_context);
    pub fn attnforge_context_num_threads(ctx: *const attnforge_context) -> c_int;

    pub fn attnforge_attention(ctx: *mut attnforge_context, p: *const attnforge_params) -> attnforge_status;
    pub fn attnforge_workspace_size(
        ctx: *mut attnforge_context,
        p: *const attnforge_params,
        bytes: *mut usize,
    ) -> attnforge_status;

    pub fn attnforge_status_string(s: attnforge_status) -> *const c_char;
    pub fn attnforge_last_error() -> *const c_char;
    pub fn attnforge_last_kernel() -> *const c_char;
    pub fn attnforge_kernel_for(
        ctx: *mut attnforge_context,
        p: *const attnforge_params,
        name: *mut *const c_char,
    ) -> attnforge_status;

    pub fn attnforge_alibi_slopes(n_heads: i32, slopes: *mut f32);
    pub fn attnforge_alibi_slopes_max_bias(n_heads: i32, max_bias: f32, slopes: *mut f32);

    pub fn attnforge_format_bytes(f: attnforge_format, n: i64) -> usize;
    pub fn attnforge_format_name(f: attnforge_format) -> *const c_char;

    pub fn attnforge_f32_to_f16(x: f32) -> u16;
    pub fn attnforge_f16_to_f32(h: u16) -> f32;
    pub fn attnforge_f32_to_bf16(x: f32) -> u16;
    pub fn attnforge_bf16_to_f32(h: u16) -> f32;
    pub fn attnforge_fp8_e4m3_to_f32(x: u8) -> f32;
    pub fn attnforge_fp8_e5m2_to_f32(x: u8) -> f32;
    pub fn attnforge_dequantize_q8_0(blocks: *const c_void, out: *mut f32, n: i64);
    pub fn attnforge_dequantize_q4_0(blocks: *const c_void, out: *mut f32, n: i64);
    pub fn attnforge_quantize_q8_0(x: *const f32, blocks: *mut c_void, n: i64);
    pub fn attnforge_quantize_q4_0(x: *const f32, blocks: *mut c_void, n: i64);
    pub fn attnforge_f32_to_fp8_e4m3(x: f32) -> u8;
    pub fn attnforge_f32_to_fp8_e5m2(x: f32) -> u8;
}

/// The C compiler's view of the header (see probe/layout.c); for
/// tests/layout.rs, not for users.
#[doc(hidden)]
pub mod probe {
    use std::os::raw::c_char;

    #[repr(C)]
    pub struct attnforge_sys_layout_entry {
        pub name: *const c_char,
        pub value: usize,
    }

    extern "C" {
        pub fn attnforge_sys_layout(n: *mut usize) -> *const attnforge_sys_layout_entry;
    }

    /// (name, value) of every entry of the probe's table.
    pub fn entries() -> Vec<(String, usize)> {
        let mut n = 0usize;
        // SAFETY: the probe returns a static array of n entries, each name a
        // NUL-terminated string literal.
        unsafe {
            let p = attnforge_sys_layout(&mut n);
            (0..n)
                .map(|i| {
                    let e = &*p.add(i);
                    (std::ffi::CStr::from_ptr(e.name).to_string_lossy().into_owned(), e.value)
                })
                .collect()
        }
    }
}
