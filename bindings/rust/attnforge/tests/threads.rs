//! One Context shared by several threads at once (the C contract allows
//! concurrent calls on a context): every thread's results must be bitwise
//! those of the same calls run one after another, and each thread sees its
//! own last_kernel().
mod common;

use attnforge::*;
use common::*;
use std::sync::Arc;

fn assert_send_sync<T: Send + Sync>() {}

#[test]
fn context_is_send_and_sync() {
    assert_send_sync::<Context>();
    assert_send_sync::<Error>();
}

fn cases() -> Vec<Prepared> {
    use Format::*;
    let mut v = Vec::new();
    for (n, &(f, d, sq)) in
        [(F32, 64usize, 1usize), (F16, 128, 24), (Q8_0, 64, 5), (Bf16, 40, 17)].iter().enumerate()
    {
        let mut c = Case::new(2, sq, 70, 8, 2, d).formats(F32, f, f, F32);
        c.causal = true;
        c.lse = true;
        v.push(prepare(&c, 3000 + n as u64));
    }
    v
}

/// O and LSE bits and the kernel name; `check` also holds them against the
/// reference (done once per case, on the serial run).
fn run(p: &Prepared, ctx: &Context, check: bool) -> (Vec<u32>, String) {
    let mut o = p.poisoned_out();
    let mut lse = vec![0.0f32; p.case.b * p.case.hq * p.case.sq];
    ctx.attention(&mut p.call(&mut o, Some(&mut lse))).unwrap();
    if check {
        p.check(&o, Some(&lse), "serial");
    }
    let mut bits = o.bits();
    bits.extend(lse.iter().map(|x| x.to_bits()));
    (bits, last_kernel())
}

#[test]
fn concurrent_calls_on_one_context_match_serial_ones() {
    let cases = cases();
    let ctx = Context::with_options(2, Isa::Auto).unwrap();
    let serial: Vec<(Vec<u32>, String)> = cases.iter().map(|p| run(p, &ctx, true)).collect();
    // scoped threads borrowing the context
    std::thread::scope(|s| {
        let mut handles = Vec::new();
        for t in 0..4 {
            let (ctx, cases, serial) = (&ctx, &cases, &serial);
            handles.push(s.spawn(move || {
                for i in 0..12 {
                    let n = (t + i) % cases.len();
                    let got = run(&cases[n], ctx, false);
                    assert!(
                        got == serial[n],
                        "thread {} call {} (case {}) differs from the serial run",
                        t,
                        i,
                        n
                    );
                }
            }));
        }
        for h in handles {
            h.join().unwrap();
        }
    });
    // an Arc moved into 'static threads
    let ctx = Arc::new(ctx);
    let cases = Arc::new(cases);
    let serial = Arc::new(serial);
    let handles: Vec<_> = (0..3)
        .map(|t| {
            let (ctx, cases, serial) = (ctx.clone(), cases.clone(), serial.clone());
            std::thread::spawn(move || {
                for i in 0..8 {
                    let n = (t * 3 + i) % cases.len();
                    assert!(run(&cases[n], &ctx, false) == serial[n], "Arc thread {} call {} differs", t, i);
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
}
