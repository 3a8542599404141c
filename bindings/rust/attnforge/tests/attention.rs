//! Every feature of the call through the safe API, against the float64
//! reference of tests/common (SPEC.md's accuracy bound, every element of O
//! and LSE checked, O poisoned before the call, storage outside O's view
//! checked untouched).
mod common;

use attnforge::*;
use common::*;

#[test]
fn f32_dense_generated_and_generic_head_dims() {
    // 64 and 128 have generated kernels; 40 runs the generic one.
    for (n, &d) in [64usize, 40, 128].iter().enumerate() {
        let p = prepare(&Case::new(2, 7, 23, 4, 4, d), 100 + n as u64);
        p.run_and_check(None, &format!("f32 D={}", d));
    }
}

#[test]
fn decode_and_prefill_gqa_causal_bottom_right() {
    for (n, &(sq, skv)) in [(1usize, 37usize), (5, 19), (33, 33), (48, 70)].iter().enumerate() {
        let mut c = Case::new(2, sq, skv, 8, 2, 64);
        c.causal = true;
        prepare(&c, 200 + n as u64).run_and_check(None, &format!("GQA causal Sq={} Skv={}", sq, skv));
    }
    // MQA
    let mut c = Case::new(1, 9, 30, 6, 1, 64);
    c.causal = true;
    prepare(&c, 210).run_and_check(None, "MQA causal");
}

#[test]
fn bhsd_padded_and_explicit_strides() {
    for (n, &(l, ol)) in [
        (Layout::Bhsd, Layout::Bhsd),
        (Layout::Bshd, Layout::Padded),
        (Layout::Padded, Layout::Bhsd),
        (Layout::Bhsd, Layout::Padded),
    ]
    .iter()
    .enumerate()
    {
        let mut c = Case::new(3, 6, 21, 4, 2, 64);
        c.layout = l;
        c.o_layout = ol;
        c.causal = n % 2 == 0;
        prepare(&c, 300 + n as u64).run_and_check(None, &format!("layout {:?} / O {:?}", l, ol));
    }
}

#[test]
fn every_feature_at_once() {
    for (n, &d) in [64usize, 48].iter().enumerate() {
        let mut c = Case::new(3, 6, 29, 8, 2, d);
        c.causal = true;
        c.window = Some((Some(11), Some(2)));
        c.kv_len = true;
        c.q_offset = true;
        c.sinks = true;
        c.alibi = true;
        c.softcap = 4.0;
        c.scale = 0.3;
        c.mask = Some((Format::F32, false));
        c.lse = true;
        c.layout = Layout::Bhsd;
        prepare(&c, 400 + n as u64).run_and_check(None, &format!("all features D={}", d));
    }
}

#[test]
fn each_feature_alone() {
    let base = || {
        let mut c = Case::new(2, 5, 26, 4, 2, 64);
        c.lse = true;
        c
    };
    let mut cases: Vec<(&str, Case)> = Vec::new();
    let mut c = base();
    c.window = Some((Some(4), None));
    cases.push(("window left", c));
    let mut c = base();
    c.window = Some((None, Some(1)));
    c.q_offset = true;
    cases.push(("window right + q_offset", c));
    let mut c = base();
    c.kv_len = true;
    cases.push(("kv_len", c));
    let mut c = base();
    c.sinks = true;
    c.kv_len = true;
    cases.push(("sinks (rows with only the sink)", c));
    let mut c = base();
    c.alibi = true;
    c.causal = true;
    cases.push(("alibi", c));
    let mut c = base();
    c.softcap = 1.5;
    c.scale = 2.0;
    cases.push(("softcap", c));
    let mut c = base();
    c.mask = Some((Format::F32, true));
    cases.push(("mask f32 shared", c));
    let mut c = base();
    c.mask = Some((Format::F16, false));
    cases.push(("mask f16 [B,1,Sq,Skv]", c));
    let mut c = base();
    c.mask = Some((Format::F16, true));
    c.causal = true;
    cases.push(("mask f16 shared + causal", c));
    let mut c = base();
    c.mask = Some((Format::F16, true));
    c.mask_scales = true;
    cases.push(("mask f16 shared x per-head factors (ggml's ALiBi)", c));
    let mut c = base();
    c.mask = Some((Format::F32, false));
    c.mask_scales = true;
    c.causal = true;
    cases.push(("mask f32 [B,1,Sq,Skv] x per-head factors + causal", c));
    for (n, (what, c)) in cases.iter().enumerate() {
        prepare(c, 500 + n as u64).run_and_check(None, what);
    }
}

#[test]
fn rows_without_keys_give_zero_and_minus_inf() {
    let mut c = Case::new(2, 3, 8, 2, 2, 64);
    c.kv_len = true;
    c.lse = true;
    let mut p = prepare(&c, 600);
    p.kv_len = vec![8, 0];
    p.reference.kv_len = Some(vec![8, 0]);
    p.run_and_check(None, "kv_len 0");
}

#[test]
fn f16_bf16_and_mixed_storage() {
    use Format::*;
    let combos = [
        (F16, F16, F16, F16),
        (Bf16, Bf16, Bf16, Bf16),
        (F32, F16, F16, F32),
        (F32, F16, Bf16, Bf16),
        (Bf16, F32, F16, F16),
    ];
    for (n, &(q, k, v, o)) in combos.iter().enumerate() {
        for &d in &[64usize, 128] {
            let mut c = Case::new(2, 4, 33, 8, 4, d).formats(q, k, v, o);
            c.causal = true;
            c.lse = true;
            prepare(&c, 700 + n as u64 * 10 + d as u64)
                .run_and_check(None, &format!("Q {:?} K {:?} V {:?} O {:?} D={}", q, k, v, o, d));
        }
    }
}

#[test]
fn quantized_caches_q8_0_q4_0() {
    use Format::*;
    // 64 / 128: generated kernels; 96: the generic one; K q8_0 with V f16 mixed.
    let combos =
        [(Q8_0, Q8_0, 64usize), (Q4_0, Q4_0, 128), (Q8_0, Q8_0, 96), (Q8_0, F16, 64), (Q4_0, Q8_0, 64)];
    for (n, &(k, v, d)) in combos.iter().enumerate() {
        for (m, &layout) in [Layout::Default, Layout::Padded].iter().enumerate() {
            let mut c = Case::new(2, 3, 40, 8, 2, d).formats(F32, k, v, F32);
            c.causal = true;
            c.layout = layout;
            c.mask = Some((F16, true));
            c.lse = true;
            prepare(&c, 800 + n as u64 * 10 + m as u64)
                .run_and_check(None, &format!("K {:?} V {:?} D={} {:?}", k, v, d, layout));
        }
    }
}

#[test]
fn fp8_caches_with_scales() {
    use Format::*;
    for (n, &(k, v, per_head, d)) in [
        (Fp8E4m3, Fp8E4m3, false, 64usize),
        (Fp8E5m2, Fp8E5m2, true, 128),
        (Fp8E4m3, Fp8E5m2, true, 64),
        (Fp8E4m3, Fp8E4m3, true, 40),
    ]
    .iter()
    .enumerate()
    {
        let mut c = Case::new(2, 4, 31, 4, 2, d).formats(F32, k, v, F32);
        c.per_head_scales = per_head;
        c.causal = true;
        c.lse = true;
        prepare(&c, 900 + n as u64)
            .run_and_check(None, &format!("K {:?} V {:?} per-head {} D={}", k, v, per_head, d));
    }
}

#[test]
fn paged_matches_contiguous_bitwise() {
    use Format::*;
    for (n, &(f, page, d)) in
        [(F32, 16usize, 64usize), (F16, 5, 64), (Q8_0, 8, 128), (F32, 7, 40)].iter().enumerate()
    {
        let mut c = Case::new(3, 4, 45, 8, 2, d).formats(F32, f, f, F32);
        c.causal = true;
        c.kv_len = true;
        c.lse = true;
        let contiguous = prepare(&c, 1000 + n as u64);
        let mut pc = c.clone();
        pc.paged = Some(page);
        let paged = prepare(&pc, 1000 + n as u64);
        // same seed, same logical values (the RNG draws in the same order)
        assert!(contiguous.reference.k == paged.reference.k && contiguous.reference.v == paged.reference.v);
        let a = contiguous.run_and_check(None, &format!("contiguous {:?}", f));
        let b = paged.run_and_check(None, &format!("paged {:?} P={}", f, page));
        assert!(a == b, "paged and contiguous O differ ({:?}, P={})", f, page);
    }
}

#[test]
fn mla_head_dims_dk_ne_dv() {
    let mut c = Case::new(1, 3, 17, 4, 1, 192);
    c.dv = 128;
    c.causal = true;
    c.lse = true;
    prepare(&c, 1100).run_and_check(None, "Dk 192 Dv 128");
    let mut c = Case::new(1, 2, 9, 2, 2, 72);
    c.dv = 24;
    prepare(&c, 1101).run_and_check(None, "Dk 72 Dv 24 (generic)");
}

#[test]
fn every_isa_this_cpu_has() {
    let mut ran = Vec::new();
    for isa in Isa::all().iter().cloned() {
        let ctx = match Context::with_options(2, isa) {
            Ok(c) => c,
            Err(e) => {
                assert_eq!(e.status(), Status::Isa, "{:?}: {}", isa, e);
                assert!(!e.message().is_empty());
                continue;
            }
        };
        use Format::*;
        for (n, &(q, kv, o, d)) in
            [(F32, F32, F32, 64usize), (F16, F16, F16, 128), (Bf16, Bf16, F32, 64), (F32, Q8_0, F32, 64)]
                .iter()
                .enumerate()
        {
            let mut c = Case::new(2, 5, 40, 8, 2, d).formats(q, kv, kv, o);
            c.causal = true;
            c.lse = true;
            let p = prepare(&c, 1200 + n as u64);
            // named before the call (nothing written), then run
            let mut o = p.poisoned_out();
            let planned = p.call(&mut o, None).kernel(Some(&ctx)).unwrap();
            assert!((0..o.len()).all(|i| o.is_poison(i)), "kernel() wrote O");
            p.run_and_check(Some(&ctx), &format!("{:?} {:?}/{:?} D={}", isa, q, kv, d));
            let k = last_kernel();
            assert!(!k.is_empty(), "{:?}: no kernel name", isa);
            assert_eq!(planned, k, "{:?}: kernel() named another kernel than the call ran", isa);
            if isa == Isa::Generic {
                assert_eq!(k, "generic");
            }
            ran.push(format!("{:?}: {}", isa, k));
        }
    }
    println!("{}", ran.join("\n"));
    assert!(ran.len() >= 8, "fewer than two ISAs ran: {:?}", ran);
}

#[test]
fn caller_workspace() {
    let mut c = Case::new(2, 9, 50, 4, 2, 64);
    c.causal = true;
    let p = prepare(&c, 1300);
    let ctx = Context::with_options(2, Isa::Auto).unwrap();
    let mut o = p.poisoned_out();
    let need = p.call(&mut o, None).workspace_size(Some(&ctx)).unwrap();
    assert!(need > 0);
    let mut ws = vec![0u8; need];
    {
        let mut call = p.call(&mut o, None).workspace(&mut ws);
        ctx.attention(&mut call).unwrap();
    }
    p.check(&o, None, "caller workspace");
    // one byte short: an error, O untouched
    let mut o = p.poisoned_out();
    let mut ws = vec![0u8; need - 1];
    let e = ctx.attention(&mut p.call(&mut o, None).workspace(&mut ws)).unwrap_err();
    assert_eq!(e.status(), Status::Workspace, "{}", e);
    assert!(e.message().contains("workspace"), "{}", e);
    assert!((0..o.len()).all(|i| o.is_poison(i)), "O written by a failed call");
}

#[test]
fn contexts_threads_and_determinism() {
    let mut c = Case::new(2, 40, 90, 8, 2, 64);
    c.causal = true;
    c.lse = true;
    let p = prepare(&c, 1400);
    let one = Context::with_options(1, Isa::Auto).unwrap();
    assert_eq!(one.num_threads(), 1);
    let two = Context::with_options(2, Isa::Auto).unwrap();
    assert_eq!(two.num_threads(), 2);
    let a = p.run_and_check(Some(&one), "1 thread");
    let b = p.run_and_check(Some(&two), "2 threads");
    let d = p.run_and_check(None, "default context");
    assert!(a == b && b == d, "results differ between thread counts");
}
