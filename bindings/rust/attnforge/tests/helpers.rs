//! The conversion and quantization helpers against decoders written in
//! tests/common, and the small API surface (version, formats, slopes).
mod common;

use attnforge::*;
use common::*;

#[test]
fn f16_and_bf16_conversions() {
    let mut r = Rng::new(7);
    for _ in 0..20000 {
        let x = r.uniform(-70000.0, 70000.0) * if r.below(2) == 0 { 1.0 } else { 1e-6 };
        let h = f32_to_f16(x);
        let back = f16_to_f32(h);
        assert_eq!(back as f64, f16_value(h), "f16 {:#06x}", h);
        // round to nearest: no f16 value is closer (within range)
        if x.abs() < 65504.0 {
            let e = (back - x).abs() as f64;
            assert!(e <= ulp(back as f64, Format::F16) / 2.0 + 1e-30, "f16({}) = {}", x, back);
        }
        let b = f32_to_bf16(x);
        assert_eq!(bf16_to_f32(b) as f64, bf16_value(b));
        let e = (bf16_to_f32(b) - x).abs() as f64;
        assert!(
            e <= ulp(bf16_to_f32(b) as f64, Format::Bf16) / 2.0 * 1.0000001,
            "bf16({}) = {}",
            x,
            bf16_to_f32(b)
        );
    }
    for h in 0..=u16::MAX {
        let (a, b) = (f16_to_f32(h) as f64, f16_value(h));
        assert!(a == b || (a.is_nan() && b.is_nan()), "f16 bits {:#06x}", h);
    }
}

#[test]
fn fp8_codes() {
    for c in 0..=255u8 {
        let (a, b) = (fp8_e4m3_to_f32(c) as f64, e4m3_value(c));
        assert!(a == b || (a.is_nan() && b.is_nan()), "e4m3 {:#04x}: {} vs {}", c, a, b);
        let (a, b) = (fp8_e5m2_to_f32(c) as f64, e5m2_value(c));
        assert!(a == b || (a.is_nan() && b.is_nan()), "e5m2 {:#04x}: {} vs {}", c, a, b);
        // every finite code round-trips
        if !e4m3_value(c).is_nan() {
            assert_eq!(f32_to_fp8_e4m3(fp8_e4m3_to_f32(c)) & 0x7f, c & 0x7f);
        }
        if e5m2_value(c).is_finite() {
            assert_eq!(f32_to_fp8_e5m2(fp8_e5m2_to_f32(c)) & 0x7f, c & 0x7f);
        }
    }
}

#[test]
fn q8_0_and_q4_0_blocks() {
    let mut r = Rng::new(8);
    let x = r.vec(32 * 40, -3.0, 3.0);
    let q8 = quantize_q8_0(&x);
    assert_eq!(q8.len(), 40 * 34);
    let d8 = dequantize_q8_0(&q8);
    let q4 = quantize_q4_0(&x);
    assert_eq!(q4.len(), 40 * 18);
    let d4 = dequantize_q4_0(&q4);
    for blk in 0..40 {
        let b8 = &q8[blk * 34..(blk + 1) * 34];
        let d = f16_value(u16::from_le_bytes([b8[0], b8[1]])) as f32;
        let amax = x[blk * 32..(blk + 1) * 32].iter().fold(0.0f32, |m, v| m.max(v.abs()));
        for e in 0..32 {
            let want = d * (b8[2 + e] as i8 as f32);
            assert_eq!(d8[blk * 32 + e], want);
            // the quantized value is within half a step of the input
            assert!((want - x[blk * 32 + e]).abs() <= d.abs() * 0.5 + amax * 1e-3);
        }
        let b4 = &q4[blk * 18..(blk + 1) * 18];
        let d = f16_value(u16::from_le_bytes([b4[0], b4[1]])) as f32;
        for e in 0..32 {
            let byte = b4[2 + e % 16];
            let nib = if e < 16 { byte & 15 } else { byte >> 4 };
            assert_eq!(d4[blk * 32 + e], d * (nib as f32 - 8.0));
        }
    }
}

#[test]
fn small_api() {
    let (ma, mi, pa) = version();
    assert_eq!(
        (ma, mi, pa),
        (
            attnforge_sys::ATTNFORGE_VERSION_MAJOR,
            attnforge_sys::ATTNFORGE_VERSION_MINOR,
            attnforge_sys::ATTNFORGE_VERSION_PATCH
        )
    );
    assert_eq!(MAX_HEAD_DIM, 1024);
    for (f, n) in [
        (Format::F32, "f32"),
        (Format::F16, "f16"),
        (Format::Bf16, "bf16"),
        (Format::Q8_0, "q8_0"),
        (Format::Q4_0, "q4_0"),
        (Format::Fp8E4m3, "fp8_e4m3"),
        (Format::Fp8E5m2, "fp8_e5m2"),
    ] {
        assert_eq!(f.name(), n);
        // the crate's byte counts agree with the library's
        for &k in &[32usize, 64, 4096] {
            let c = unsafe { attnforge_sys::attnforge_format_bytes(f_c(f), k as i64) };
            assert_eq!(f.bytes(k), c, "{:?} x {}", f, k);
        }
    }
    // ALiBi: Press et al.'s slopes for a power of two: 2^(-8 i / n), i = 1..n
    let s = alibi_slopes(8);
    for (i, &v) in s.iter().enumerate() {
        assert!((v as f64 - 2f64.powf(-8.0 * (i + 1) as f64 / 8.0)).abs() < 1e-7);
    }
    assert_eq!(alibi_slopes_max_bias(4, 0.0), vec![0.0; 4]);
    assert!(alibi_slopes_max_bias(4, 8.0).iter().all(|&v| v > 0.0 && v < 1.0));
    assert_eq!(last_kernel(), "", "no call ran on this thread yet");
}

fn f_c(f: Format) -> u32 {
    use attnforge_sys::*;
    match f {
        Format::F32 => ATTNFORGE_FORMAT_F32,
        Format::F16 => ATTNFORGE_FORMAT_F16,
        Format::Bf16 => ATTNFORGE_FORMAT_BF16,
        Format::Q8_0 => ATTNFORGE_FORMAT_Q8_0,
        Format::Q4_0 => ATTNFORGE_FORMAT_Q4_0,
        Format::Fp8E4m3 => ATTNFORGE_FORMAT_FP8_E4M3,
        Format::Fp8E5m2 => ATTNFORGE_FORMAT_FP8_E5M2,
    }
}
