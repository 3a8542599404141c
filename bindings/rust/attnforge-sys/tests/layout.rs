//! The Rust declarations of attnforge.h against the C compiler's view of it
//! (probe/layout.c): size and alignment of every struct and enum, the offset
//! of every field, the value of every constant. A field added to, removed
//! from or moved in the header without the same change here fails this test.
use attnforge_sys::*;
use std::collections::BTreeMap;
use std::mem::{align_of, size_of, MaybeUninit};

/// offset_of (core::mem::offset_of! is newer than this crate's MSRV, 1.63).
macro_rules! off {
    ($t:ty, $f:ident) => {{
        let u = MaybeUninit::<$t>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes a field address without reading or
        // creating a reference to the uninitialized value.
        let field = unsafe { std::ptr::addr_of!((*base).$f) };
        (field as usize) - (base as usize)
    }};
}

fn rust_view() -> BTreeMap<String, usize> {
    let mut m = BTreeMap::new();
    macro_rules! size {
        ($t:ident) => {
            m.insert(format!("sizeof {}", stringify!($t)), size_of::<$t>());
            m.insert(format!("alignof {}", stringify!($t)), align_of::<$t>());
        };
    }
    macro_rules! fields {
        ($t:ident: $($f:ident),*) => {
            $( m.insert(format!("{}.{}", stringify!($t), stringify!($f)), off!($t, $f)); )*
        };
    }
    macro_rules! vals {
        ($($c:ident),*) => { $( m.insert(stringify!($c).to_string(), $c as usize); )* };
    }
    size!(attnforge_strides);
    fields!(attnforge_strides: b, s, h);
    size!(attnforge_mask_strides);
    fields!(attnforge_mask_strides: b, h, i, j);
    size!(attnforge_params);
    fields!(attnforge_params: dtype, batch, seq_q, seq_kv, heads_q, heads_kv, head_dim_k,
            head_dim_v, q, q_stride, k, k_stride, v, v_stride, o, o_stride, lse, scale, softcap,
            alibi_slopes, mask, mask_stride, causal, sliding_window, window_left, window_right,
            kv_len, q_offset, sinks, block_table, block_table_stride, page_size, num_blocks,
            workspace, workspace_bytes, q_format, k_format, v_format, o_format, mask_format,
            k_scale, v_scale, k_scales, v_scales, cu_seqlens_q, cu_seqlens_k, mask_scales);
    size!(attnforge_context_options);
    fields!(attnforge_context_options: num_threads, parallel_for, parallel_for_user, isa);
    size!(attnforge_dtype);
    size!(attnforge_format);
    size!(attnforge_status);
    size!(attnforge_isa);
    vals!(
        ATTNFORGE_VERSION_MAJOR,
        ATTNFORGE_VERSION_MINOR,
        ATTNFORGE_VERSION_PATCH,
        ATTNFORGE_MAX_HEAD_DIM,
        ATTNFORGE_F32,
        ATTNFORGE_F16,
        ATTNFORGE_BF16,
        ATTNFORGE_FORMAT_DEFAULT,
        ATTNFORGE_FORMAT_F32,
        ATTNFORGE_FORMAT_F16,
        ATTNFORGE_FORMAT_BF16,
        ATTNFORGE_FORMAT_Q8_0,
        ATTNFORGE_FORMAT_Q4_0,
        ATTNFORGE_FORMAT_FP8_E4M3,
        ATTNFORGE_FORMAT_FP8_E5M2,
        ATTNFORGE_OK,
        ATTNFORGE_ERR_NULL_POINTER,
        ATTNFORGE_ERR_BAD_SIZE,
        ATTNFORGE_ERR_HEAD_RATIO,
        ATTNFORGE_ERR_DTYPE,
        ATTNFORGE_ERR_HEAD_DIM,
        ATTNFORGE_ERR_KV_LEN,
        ATTNFORGE_ERR_STRIDE,
        ATTNFORGE_ERR_MASK,
        ATTNFORGE_ERR_PAGED,
        ATTNFORGE_ERR_WINDOW,
        ATTNFORGE_ERR_ALIASING,
        ATTNFORGE_ERR_VALUE,
        ATTNFORGE_ERR_OUT_OF_MEMORY,
        ATTNFORGE_ERR_WORKSPACE,
        ATTNFORGE_ERR_THREADS,
        ATTNFORGE_ERR_ISA,
        ATTNFORGE_ERR_FORMAT,
        ATTNFORGE_ERR_VARLEN,
        ATTNFORGE_ISA_AUTO,
        ATTNFORGE_ISA_GENERIC,
        ATTNFORGE_ISA_SCALAR,
        ATTNFORGE_ISA_AVX2,
        ATTNFORGE_ISA_AVX512,
        ATTNFORGE_ISA_NEON,
        ATTNFORGE_ISA_AVX512BF16,
        ATTNFORGE_ISA_NEONFHM,
        ATTNFORGE_ISA_NEONBF16,
        ATTNFORGE_ISA_AVX512AMX
    );
    m
}

#[test]
fn layout_matches_the_c_compiler() {
    let c: BTreeMap<String, usize> = attnforge_sys::probe::entries().into_iter().collect();
    let r = rust_view();
    assert!(c.len() > 100, "the probe table has only {} entries", c.len());
    let mut problems = Vec::new();
    for (name, cv) in &c {
        match r.get(name) {
            Some(rv) if rv == cv => {}
            Some(rv) => problems.push(format!("{}: C says {}, Rust says {}", name, cv, rv)),
            None => problems.push(format!("{}: in the C probe, not checked on the Rust side", name)),
        }
    }
    for name in r.keys() {
        if !c.contains_key(name) {
            problems.push(format!("{}: on the Rust side, not in the C probe", name));
        }
    }
    assert!(problems.is_empty(), "attnforge-sys disagrees with attnforge.h:\n{}", problems.join("\n"));
}

/// The last field ends where the struct's padding starts: nothing of the C
/// struct lies past the fields the Rust side knows.
#[test]
fn params_has_no_unknown_tail() {
    let end = off!(attnforge_params, mask_scales) + size_of::<*const f32>();
    let c: BTreeMap<String, usize> = attnforge_sys::probe::entries().into_iter().collect();
    let c_size = c["sizeof attnforge_params"];
    let align = c["alignof attnforge_params"];
    assert_eq!((end + align - 1) / align * align, c_size, "attnforge_params has fields past mask_scales");
}

#[test]
fn status_strings_and_helpers_link() {
    // SAFETY: plain calls of the C API with valid arguments.
    unsafe {
        let s = std::ffi::CStr::from_ptr(attnforge_status_string(ATTNFORGE_ERR_HEAD_RATIO));
        assert!(s.to_str().unwrap().contains("heads_kv"));
        assert_eq!(attnforge_format_bytes(ATTNFORGE_FORMAT_Q8_0, 64), 68);
        assert_eq!(attnforge_f16_to_f32(attnforge_f32_to_f16(1.5)), 1.5);
    }
}
