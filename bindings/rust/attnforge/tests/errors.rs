//! Bad calls return Err with the library's status and a readable message
//! (or, for a view that does not fit its slice, the crate's OutOfBounds),
//! and write nothing: O and LSE are poisoned before and checked bit for bit
//! after.
mod common;

use attnforge::*;
use common::*;

/// Runs a call built by `f` over poisoned O / LSE, expects an error with
/// `status` whose message contains `needle`, and checks nothing was written.
fn expect_err<F>(what: &str, status: Status, needle: &str, f: F)
where
    F: for<'a> FnOnce(&'a mut [f32], &'a mut [f32]) -> Result<()>,
{
    let mut o = vec![f32::from_bits(POISON_F32); 4096];
    let mut lse = vec![f32::from_bits(POISON_F32); 256];
    let r = f(&mut o, &mut lse);
    let e = match r {
        Ok(()) => panic!("{}: the call succeeded", what),
        Err(e) => e,
    };
    assert_eq!(e.status(), status, "{}: {}", what, e);
    assert!(e.message().contains(needle), "{}: message {:?} lacks {:?}", what, e.message(), needle);
    assert_eq!(e.to_string(), e.message());
    assert!(o.iter().all(|x| x.to_bits() == POISON_F32), "{}: O written by a failed call", what);
    assert!(lse.iter().all(|x| x.to_bits() == POISON_F32), "{}: LSE written by a failed call", what);
}

struct Inputs {
    q: Vec<f32>,
    k: Vec<f32>,
    v: Vec<f32>,
}

fn inputs(seed: u64) -> Inputs {
    let mut r = Rng::new(seed);
    Inputs { q: r.vec(2048, -1.0, 1.0), k: r.vec(8192, -1.0, 1.0), v: r.vec(8192, -1.0, 1.0) }
}

#[test]
fn library_rejections_carry_status_and_message() {
    let x = inputs(1);
    // Hq 6 over Hkv 4
    expect_err("head ratio", Status::HeadRatio, "heads_q (6)", |o, _| {
        attention(&mut Attention::new(Shape::new(1, 2, 8, 6, 4, 64), &x.q[..], &x.k[..], &x.v[..], o))
    });
    // kv_len beyond seq_kv
    let kv = [9i32];
    expect_err("kv_len", Status::KvLen, "kv_len[0] = 9", |o, _| {
        attention(
            &mut Attention::new(Shape::new(1, 2, 8, 4, 4, 64), &x.q[..], &x.k[..], &x.v[..], o).kv_len(&kv),
        )
    });
    // a quantized Q
    let qq = quantize_q8_0(&x.q[..512]);
    expect_err("q8_0 Q", Status::Format, "q_format", |o, _| {
        attention(&mut Attention::new(
            Shape::new(1, 2, 8, 4, 4, 64),
            Tensor::Q8_0(&qq),
            &x.k[..],
            &x.v[..],
            o,
        ))
    });
    // a block format whose head dim is not a multiple of 32
    let kq = quantize_q8_0(&x.k[..2048]);
    expect_err("q8_0 D=40", Status::Format, "multiple of 32", |o, _| {
        attention(&mut Attention::new(
            Shape::new(1, 2, 8, 4, 4, 40),
            &x.q[..],
            Tensor::Q8_0(&kq),
            &x.v[..],
            o,
        ))
    });
    // a block format stride that is not a multiple of 32
    expect_err("q8_0 stride", Status::Stride, "not a multiple of 32", |o, _| {
        attention(
            &mut Attention::new(Shape::new(1, 2, 8, 1, 1, 32), &x.q[..], Tensor::Q8_0(&kq), &x.v[..], o)
                .k_strides(Strides::new(0, 48, 0)),
        )
    });
    // fp8 scale that is not finite and > 0; a scale for a non-fp8 K
    let k8: Vec<u8> = x.k[..2048].iter().map(|&v| f32_to_fp8_e4m3(v)).collect();
    expect_err("fp8 scale", Status::Format, "k_scale", |o, _| {
        attention(
            &mut Attention::new(Shape::new(1, 2, 8, 4, 4, 64), &x.q[..], Tensor::Fp8E4m3(&k8), &x.v[..], o)
                .k_scale(-1.0),
        )
    });
    expect_err("scale for f32", Status::Format, "fp8", |o, _| {
        attention(
            &mut Attention::new(Shape::new(1, 2, 8, 4, 4, 64), &x.q[..], &x.k[..], &x.v[..], o).v_scale(2.0),
        )
    });
    // mask with all four strides 0
    let m = vec![0.5f32; 64];
    expect_err("mask strides", Status::Mask, "without strides", |o, _| {
        attention(
            &mut Attention::new(Shape::new(1, 2, 8, 4, 4, 64), &x.q[..], &x.k[..], &x.v[..], o)
                .mask(&m[..], MaskStrides::default()),
        )
    });
    // per-head mask factors without a mask, or one of them 0
    let four = [0.5f32, 0.25, 0.125, 0.0625];
    expect_err("mask_scales without mask", Status::Mask, "without a mask", |o, _| {
        attention(
            &mut Attention::new(Shape::new(1, 2, 8, 4, 4, 64), &x.q[..], &x.k[..], &x.v[..], o)
                .mask_scales(&four),
        )
    });
    let m8 = vec![-0.5f32; 16];
    let zero = [0.5f32, 0.0, 0.125, 0.0625];
    expect_err("mask_scales 0", Status::Value, "mask_scales[1]", |o, _| {
        attention(
            &mut Attention::new(Shape::new(1, 2, 8, 4, 4, 64), &x.q[..], &x.k[..], &x.v[..], o)
                .mask(&m8[..], MaskStrides::new(0, 0, 8, 1))
                .mask_scales(&zero),
        )
    });
    // block id outside the pool
    let bt = [0i32, 7];
    expect_err("block id", Status::Paged, "outside [0, num_blocks=2)", |o, _| {
        attention(
            &mut Attention::new(Shape::new(1, 2, 8, 4, 4, 64), &x.q[..], &x.k[..], &x.v[..], o)
                .paged(Paged { block_table: &bt, block_table_stride: 0, page_size: 4, num_blocks: 2 }),
        )
    });
    // softcap < 0, scale NaN
    expect_err("softcap", Status::Value, "softcap", |o, _| {
        attention(
            &mut Attention::new(Shape::new(1, 2, 8, 4, 4, 64), &x.q[..], &x.k[..], &x.v[..], o).softcap(-1.0),
        )
    });
    expect_err("scale", Status::Value, "scale", |o, _| {
        attention(
            &mut Attention::new(Shape::new(1, 2, 8, 4, 4, 64), &x.q[..], &x.k[..], &x.v[..], o)
                .scale(f32::NAN),
        )
    });
    // zero sizes and head dims past the maximum
    expect_err("batch 0", Status::BadSize, "batch", |o, _| {
        attention(&mut Attention::new(Shape::new(0, 2, 8, 4, 4, 64), &x.q[..], &x.k[..], &x.v[..], o))
    });
    expect_err("head dim", Status::HeadDim, "1024", |o, _| {
        attention(&mut Attention::new(Shape::new(1, 1, 1, 1, 1, 1025), &x.q[..], &x.k[..], &x.v[..], o))
    });
    // O strides that make rows overlap
    expect_err("O overlap", Status::Stride, "overlap", |o, _| {
        attention(
            &mut Attention::new(Shape::new(1, 2, 8, 4, 4, 64), &x.q[..], &x.k[..], &x.v[..], o)
                .o_strides(Strides::new(0, 64, 32)),
        )
    });
    // a caller workspace that is too small
    let mut ws = vec![0u8; 16];
    expect_err("workspace", Status::Workspace, "too small", |o, _| {
        attention(
            &mut Attention::new(Shape::new(1, 2, 8, 4, 4, 64), &x.q[..], &x.k[..], &x.v[..], o)
                .workspace(&mut ws),
        )
    });
}

#[test]
fn views_that_do_not_fit_their_slices_never_reach_the_library() {
    let x = inputs(2);
    let sh = Shape::new(1, 2, 8, 4, 4, 64); // Q/O 512 elements, K/V 2048
    expect_err("short Q", Status::OutOfBounds, "q is too short", |o, _| {
        attention(&mut Attention::new(sh, &x.q[..511], &x.k[..], &x.v[..], o))
    });
    expect_err("short K", Status::OutOfBounds, "k is too short", |o, _| {
        attention(&mut Attention::new(sh, &x.q[..], &x.k[..2047], &x.v[..], o))
    });
    expect_err("short V", Status::OutOfBounds, "v is too short", |o, _| {
        attention(&mut Attention::new(sh, &x.q[..], &x.k[..], &x.v[..100], o))
    });
    expect_err("short O", Status::OutOfBounds, "o is too short", |o, _| {
        attention(&mut Attention::new(sh, &x.q[..], &x.k[..], &x.v[..], &mut o[..511]))
    });
    // strides that reach past the end (BHSD strides of a bigger tensor)
    expect_err("strided K", Status::OutOfBounds, "k is too short", |o, _| {
        attention(
            &mut Attention::new(sh, &x.q[..], &x.k[..2048], &x.v[..], o).k_strides(Strides::bhsd(16, 4, 64)),
        )
    });
    expect_err("strided O", Status::OutOfBounds, "o is too short", |o, _| {
        attention(
            &mut Attention::new(sh, &x.q[..], &x.k[..], &x.v[..], &mut o[..600])
                .o_strides(Strides::new(0, 400, 64)),
        )
    });
    // a quantized K one byte short
    let kq = quantize_q8_0(&x.k[..2048]);
    expect_err("short q8_0 K", Status::OutOfBounds, "k is too short", |o, _| {
        attention(&mut Attention::new(sh, &x.q[..], Tensor::Q8_0(&kq[..kq.len() - 1]), &x.v[..], o))
    });
    // per-batch and per-head arrays, LSE, mask, block table
    let short_i32 = [3i32; 1];
    let sh2 = Shape::new(2, 1, 8, 4, 4, 64);
    expect_err("kv_len", Status::OutOfBounds, "kv_len is too short", |o, _| {
        attention(&mut Attention::new(sh2, &x.q[..], &x.k[..], &x.v[..], o).kv_len(&short_i32))
    });
    expect_err("q_offset", Status::OutOfBounds, "q_offset is too short", |o, _| {
        attention(&mut Attention::new(sh2, &x.q[..], &x.k[..], &x.v[..], o).q_offset(&short_i32))
    });
    let three = [0.5f32; 3];
    expect_err("sinks", Status::OutOfBounds, "sinks is too short", |o, _| {
        attention(&mut Attention::new(sh, &x.q[..], &x.k[..], &x.v[..], o).sinks(&three))
    });
    expect_err("alibi", Status::OutOfBounds, "alibi_slopes is too short", |o, _| {
        attention(&mut Attention::new(sh, &x.q[..], &x.k[..], &x.v[..], o).alibi_slopes(&three))
    });
    expect_err("mask_scales", Status::OutOfBounds, "mask_scales is too short", |o, _| {
        attention(&mut Attention::new(sh, &x.q[..], &x.k[..], &x.v[..], o).mask_scales(&three))
    });
    let k8: Vec<u8> = vec![0x38; 2048];
    expect_err("k_scales", Status::OutOfBounds, "k_scales is too short", |o, _| {
        attention(&mut Attention::new(sh, &x.q[..], Tensor::Fp8E4m3(&k8), &x.v[..], o).k_scales(&three))
    });
    expect_err("lse", Status::OutOfBounds, "lse is too short", |o, lse| {
        attention(&mut Attention::new(sh, &x.q[..], &x.k[..], &x.v[..], o).lse(&mut lse[..7]))
    });
    let m = [0.25f32; 15];
    expect_err("mask", Status::OutOfBounds, "mask is too short", |o, _| {
        attention(
            &mut Attention::new(sh, &x.q[..], &x.k[..], &x.v[..], o).mask(&m[..], MaskStrides::shared(8)),
        )
    });
    let mh = vec![0x3800u16; 16];
    expect_err("mask per head", Status::OutOfBounds, "mask is too short", |o, _| {
        attention(
            &mut Attention::new(sh, &x.q[..], &x.k[..], &x.v[..], o)
                .mask(Mask::F16(&mh), MaskStrides::new(0, 16, 8, 1)),
        )
    });
    let bt = [0i32, 1, 2];
    expect_err("block table", Status::OutOfBounds, "block_table is too short", |o, _| {
        attention(&mut Attention::new(sh2, &x.q[..], &x.k[..], &x.v[..], o).paged(Paged {
            block_table: &bt,
            block_table_stride: 0,
            page_size: 4,
            num_blocks: 4,
        }))
    });
    // the pool must hold num_blocks blocks
    let bt4 = [0i32, 1, 2, 3];
    expect_err("pool", Status::OutOfBounds, "k is too short", |o, _| {
        attention(&mut Attention::new(sh2, &x.q[..], &x.k[..], &x.v[..], o).paged(Paged {
            block_table: &bt4,
            block_table_stride: 0,
            page_size: 4,
            num_blocks: 9,
        }))
    });
    // sizes the C API cannot take; strides whose offsets overflow
    expect_err("huge batch", Status::BadSize, "batch", |o, _| {
        attention(&mut Attention::new(Shape::new(1 << 31, 1, 1, 1, 1, 64), &x.q[..], &x.k[..], &x.v[..], o))
    });
    expect_err("overflowing stride", Status::Stride, "overflow", |o, _| {
        attention(&mut Attention::new(sh2, &x.q[..], &x.k[..], &x.v[..], o).q_strides(Strides::new(
            usize::MAX / 2,
            256,
            64,
        )))
    });
    // the same views, long enough, succeed
    let mut o = vec![0.0f32; 512];
    attention(&mut Attention::new(sh, &x.q[..512], &x.k[..2048], &x.v[..2048], &mut o[..])).unwrap();
}

#[test]
fn bad_contexts_and_status_codes() {
    // An ISA this CPU lacks: NEON on x86-64, AVX2 on AArch64.
    let foreign = if cfg!(target_arch = "x86_64") { Isa::Neon } else { Isa::Avx2 };
    let e = Context::with_options(1, foreign).unwrap_err();
    assert_eq!(e.status(), Status::Isa);
    assert!(e.message().contains("forced"), "{}", e);
    assert_eq!(Status::Isa.code(), Some(attnforge_sys::ATTNFORGE_ERR_ISA));
    assert_eq!(Status::OutOfBounds.code(), None);
    // std::error::Error, usable with ?
    fn boxed() -> std::result::Result<(), Box<dyn std::error::Error>> {
        Context::with_options(1, if cfg!(target_arch = "x86_64") { Isa::Neon } else { Isa::Avx2 })?;
        Ok(())
    }
    assert!(boxed().unwrap_err().to_string().contains("ISA"));
}

#[test]
fn an_error_does_not_stick_to_later_calls() {
    let x = inputs(3);
    let sh = Shape::new(1, 2, 8, 4, 4, 64);
    let mut o = vec![0.0f32; 512];
    assert!(attention(&mut Attention::new(
        Shape::new(1, 2, 8, 6, 4, 64),
        &x.q[..],
        &x.k[..],
        &x.v[..],
        &mut o[..]
    ))
    .is_err());
    attention(&mut Attention::new(sh, &x.q[..512], &x.k[..2048], &x.v[..2048], &mut o[..])).unwrap();
    assert!(!last_kernel().is_empty());
}
