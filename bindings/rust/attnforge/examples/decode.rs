//! The README's Rust example as a program: decode steps of one attention
//! layer with Llama 3.2 3B's shapes (24 query heads over 8 KV heads, head dim
//! 128), Q/O f32 and an f16 KV cache [1, max_ctx, 8, 128].
//!   cargo run --release --example decode
use attnforge::{Attention, Context, Shape, Tensor, TensorMut};

fn step(
    ctx: &Context,
    q: &[f32],
    k_cache: &[u16],
    v_cache: &[u16],
    n: i32,
    max_ctx: usize,
    out: &mut [f32],
) -> attnforge::Result<()> {
    let kv_len = [n];
    let mut call = Attention::new(
        Shape::new(1, 1, max_ctx, 24, 8, 128),
        q,
        Tensor::F16(k_cache),
        Tensor::F16(v_cache),
        TensorMut::F32(out),
    )
    .kv_len(&kv_len)
    .causal(true);
    ctx.attention(&mut call)?; // Err(e): e.status(), e.message()
    Ok(())
}

fn main() -> attnforge::Result<()> {
    let max_ctx = 4096;
    let row = 8 * 128;
    // deterministic, non-trivial cache contents
    let val = |i: usize| ((i.wrapping_mul(2654435761) % 2001) as f32 - 1000.0) / 1000.0;
    let k: Vec<u16> = (0..max_ctx * row).map(|i| attnforge::f32_to_f16(val(i))).collect();
    let v: Vec<u16> = (0..max_ctx * row).map(|i| attnforge::f32_to_f16(val(i + 7))).collect();
    let q: Vec<f32> = (0..24 * 128).map(|i| val(i + 3)).collect();
    let mut out = vec![0.0f32; 24 * 128];
    let ctx = Context::new()?;
    let t = std::time::Instant::now();
    let steps = 200;
    for s in 0..steps {
        step(&ctx, &q, &k, &v, 1024 + s, max_ctx, &mut out)?;
    }
    println!(
        "{} decode steps over ~1100 cached positions: {:.1} us/step, kernel {}, {} threads, attnforge {:?}",
        steps,
        t.elapsed().as_secs_f64() * 1e6 / steps as f64,
        attnforge::last_kernel(),
        ctx.num_threads(),
        attnforge::version()
    );
    // Errors carry the library's message; nothing is written on error.
    let bad = Attention::new(
        Shape::new(1, 1, max_ctx, 24, 7, 128),
        &q[..],
        Tensor::F16(&k),
        Tensor::F16(&v),
        &mut out[..],
    );
    let mut bad = bad;
    match ctx.attention(&mut bad) {
        Err(e) => println!("a bad call: {:?}: {}", e.status(), e),
        Ok(()) => unreachable!("Hq 24 over Hkv 7 must fail"),
    }
    Ok(())
}
