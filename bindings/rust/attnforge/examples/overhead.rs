//! What the safe API costs per call: a tiny decode (Hq 8, Hkv 8, D 64,
//! Skv 16, f32, one thread) through `Context::attention` (builder, bounds
//! checks, parameter conversion) and through the raw `attnforge_attention`
//! with the same prebuilt parameters. Rounds alternate; the best round of
//! each is reported.
//!   cargo run --release --example overhead
use attnforge::{attnforge_sys as sys, Attention, Context, Isa, Shape};
use std::time::Instant;

fn main() -> attnforge::Result<()> {
    let (hq, d, skv) = (8usize, 64usize, 16usize);
    let fill = |n: usize, s: usize| -> Vec<f32> {
        (0..n).map(|i| (((i + s) * 2654435761usize % 1999) as f32 - 999.0) / 1000.0).collect()
    };
    let q = fill(hq * d, 1);
    let k = fill(skv * hq * d, 2);
    let v = fill(skv * hq * d, 3);
    let mut o = vec![0.0f32; hq * d];
    let ctx = Context::with_options(1, Isa::Auto)?;
    let shape = Shape::new(1, 1, skv, hq, hq, d);

    let mut p = sys::attnforge_params::default();
    p.batch = 1;
    p.seq_q = 1;
    p.seq_kv = skv as i32;
    p.heads_q = hq as i32;
    p.head_dim_k = d as i32;
    p.q = q.as_ptr() as *const _;
    p.k = k.as_ptr() as *const _;
    p.v = v.as_ptr() as *const _;
    p.causal = 1;

    let n = 2000;
    let (mut best_safe, mut best_raw) = (f64::MAX, f64::MAX);
    for _ in 0..60 {
        let t = Instant::now();
        for _ in 0..n {
            ctx.attention(&mut Attention::new(shape, &q[..], &k[..], &v[..], &mut o[..]).causal(true))?;
        }
        best_safe = best_safe.min(t.elapsed().as_secs_f64() / n as f64);
        let mut o2 = vec![0.0f32; hq * d];
        p.o = o2.as_mut_ptr() as *mut _;
        let t = Instant::now();
        for _ in 0..n {
            // SAFETY: every pointer is valid for the shape above.
            let st = unsafe { sys::attnforge_attention(ctx.as_ptr(), &p) };
            assert_eq!(st, sys::ATTNFORGE_OK);
        }
        best_raw = best_raw.min(t.elapsed().as_secs_f64() / n as f64);
        assert!(o.iter().zip(&o2).all(|(a, b)| a.to_bits() == b.to_bits()));
    }
    println!(
        "tiny decode (Hq {}, D {}, Skv {}): safe API {:.0} ns/call, raw C call {:.0} ns/call, overhead {:.0} ns ({})",
        hq,
        d,
        skv,
        best_safe * 1e9,
        best_raw * 1e9,
        (best_safe - best_raw) * 1e9,
        attnforge::last_kernel()
    );
    Ok(())
}
