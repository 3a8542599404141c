//! Packed variable-length batches (cu_seqlens_q, cu_seqlens_k): decode and
//! prefill rows and an empty sequence in one call, against the float64
//! reference per sequence and bitwise against calling each sequence alone;
//! rows outside the sequences stay untouched.
mod common;

use attnforge::*;
use common::*;

const HQ: usize = 8;
const HKV: usize = 2;
const D: usize = 64;

struct Packed {
    sq: Vec<usize>,
    kvl: Vec<usize>,
    cu_q: Vec<i32>,
    cu_k: Vec<i32>,
    seq_q: usize,
    q: Vec<f32>,
    /// K / V rows of sequence b start at row kv_start[b] of a [rows, Hkv, D] tensor
    k: Vec<f32>,
    v: Vec<f32>,
    kv_start: Vec<usize>,
    kv_rows: usize,
}

fn make(seed: u64, packed_kv: bool) -> Packed {
    let mut r = Rng::new(seed);
    let sq = vec![1usize, 7, 0, 12, 3];
    let kvl = vec![20usize, 7, 5, 30, 3];
    let mut cu_q = vec![0i32];
    for &s in &sq {
        cu_q.push(cu_q.last().unwrap() + s as i32);
    }
    let seq_q = *cu_q.last().unwrap() as usize + 2; // two spare rows, never written
    let skv_pad = 32;
    let (mut cu_k, mut kv_start) = (vec![0i32], Vec::new());
    for (b, &l) in kvl.iter().enumerate() {
        kv_start.push(if packed_kv { *cu_k.last().unwrap() as usize } else { b * skv_pad });
        cu_k.push(cu_k.last().unwrap() + l as i32);
    }
    let kv_rows = if packed_kv { *cu_k.last().unwrap() as usize } else { sq.len() * skv_pad };
    Packed {
        q: r.vec(seq_q * HQ * D, -1.0, 1.0),
        k: r.vec(kv_rows * HKV * D, -1.0, 1.0),
        v: r.vec(kv_rows * HKV * D, -1.0, 1.0),
        sq,
        kvl,
        cu_q,
        cu_k,
        seq_q,
        kv_start,
        kv_rows,
    }
}

fn check_varlen(packed_kv: bool, seed: u64) {
    let p = make(seed, packed_kv);
    let nb = p.sq.len();
    let kv_len: Vec<i32> = p.kvl.iter().map(|&x| x as i32).collect();
    let skv = if packed_kv { p.kv_rows } else { 32 };
    let mut o = vec![f32::from_bits(POISON_F32); p.seq_q * HQ * D];
    let mut lse = vec![f32::from_bits(POISON_F32); p.seq_q * HQ];
    {
        let mut call = Attention::new(
            Shape::new(nb, p.seq_q, skv, HQ, HKV, D),
            &p.q[..],
            &p.k[..],
            &p.v[..],
            &mut o[..],
        )
        .cu_seqlens_q(&p.cu_q)
        .causal(true)
        .lse(&mut lse);
        call = if packed_kv { call.cu_seqlens_k(&p.cu_k) } else { call.kv_len(&kv_len) };
        attention(&mut call).unwrap_or_else(|e| panic!("packed call: {:?}: {}", e.status(), e));
    }
    let ctx1 = Context::with_options(1, Isa::Auto).unwrap();
    for b in 0..nb {
        let (r0, n) = (p.cu_q[b] as usize, p.sq[b]);
        if n == 0 {
            continue;
        }
        let (k0, l) = (p.kv_start[b], p.kvl[b]);
        let qs = &p.q[r0 * HQ * D..(r0 + n) * HQ * D];
        let ks = &p.k[k0 * HKV * D..(k0 + l) * HKV * D];
        let vs = &p.v[k0 * HKV * D..(k0 + l) * HKV * D];
        // the f64 reference of this sequence alone
        let rc = RefCall {
            b: 1,
            sq: n,
            skv: l,
            hq: HQ,
            hkv: HKV,
            dk: D,
            dv: D,
            q: qs.iter().map(|&x| x as f64).collect(),
            k: ks.iter().map(|&x| x as f64).collect(),
            v: vs.iter().map(|&x| x as f64).collect(),
            scale: (1.0 / (D as f32).sqrt()) as f64,
            causal: true,
            ..Default::default()
        };
        let rf = reference(&rc);
        for i in 0..n {
            for h in 0..HQ {
                let row = i * HQ + h;
                for d in 0..D {
                    let got = o[(r0 + i) * HQ * D + h * D + d] as f64;
                    let want = rf.o[row * D + d];
                    let tol = ulp(want, Format::F32) + rf.r_abs[row] * (1e-5 + 2f64.powi(-22) * rf.a[row]);
                    assert!(
                        (got - want).abs() <= tol,
                        "seq {} O[{},{},{}] = {} want {}",
                        b,
                        i,
                        h,
                        d,
                        got,
                        want
                    );
                }
                let got = lse[(r0 + i) * HQ + h] as f64;
                let want = rf.lse[h * n + i];
                assert!(
                    (got - want).abs() <= 1e-5 * want.abs().max(1.0) + 2f64.powi(-22) * rf.a[row],
                    "seq {} LSE",
                    b
                );
            }
        }
        // bitwise the call of this sequence alone
        let mut o1 = vec![0.0f32; n * HQ * D];
        let mut lse1 = vec![0.0f32; n * HQ];
        ctx1.attention(
            &mut Attention::new(Shape::new(1, n, l, HQ, HKV, D), qs, ks, vs, &mut o1[..])
                .causal(true)
                .lse(&mut lse1),
        )
        .unwrap();
        let packed_rows = &o[r0 * HQ * D..(r0 + n) * HQ * D];
        assert!(
            o1.iter().zip(packed_rows).all(|(a, b)| a.to_bits() == b.to_bits()),
            "sequence {}: packed O differs from the call of the sequence alone",
            b
        );
        for i in 0..n {
            for h in 0..HQ {
                // LSE of the packed call is [rows, Hq]; of the single call [1, Hq, Sq]
                assert_eq!(lse[(r0 + i) * HQ + h].to_bits(), lse1[h * n + i].to_bits(), "sequence {} LSE", b);
            }
        }
    }
    let used = *p.cu_q.last().unwrap() as usize;
    assert!(
        o[used * HQ * D..].iter().all(|x| x.to_bits() == POISON_F32),
        "rows past the sequences were written"
    );
    assert!(
        lse[used * HQ..].iter().all(|x| x.to_bits() == POISON_F32),
        "LSE rows past the sequences were written"
    );
}

#[test]
fn packed_queries_padded_cache() {
    check_varlen(false, 4000);
}

#[test]
fn packed_queries_and_packed_cache() {
    check_varlen(true, 4100);
}

#[test]
fn varlen_errors_and_bounds() {
    let p = make(4200, true);
    let nb = p.sq.len();
    let sh = Shape::new(nb, p.seq_q, p.kv_rows, HQ, HKV, D);
    let mut o = vec![f32::from_bits(POISON_F32); p.seq_q * HQ * D];
    let untouched = |o: &[f32]| o.iter().all(|x| x.to_bits() == POISON_F32);
    // decreasing offsets: the library's VARLEN status and message
    let mut bad = p.cu_q.clone();
    bad.swap(1, 2);
    let e = attention(
        &mut Attention::new(sh, &p.q[..], &p.k[..], &p.v[..], &mut o[..])
            .cu_seqlens_q(&bad)
            .cu_seqlens_k(&p.cu_k),
    )
    .unwrap_err();
    assert_eq!(e.status(), Status::Varlen, "{}", e);
    assert!(e.message().contains("non-decreasing"), "{}", e);
    assert!(untouched(&o));
    // cu_seqlens_k without cu_seqlens_q; with a paged cache
    let e =
        attention(&mut Attention::new(sh, &p.q[..], &p.k[..], &p.v[..], &mut o[..]).cu_seqlens_k(&p.cu_k))
            .unwrap_err();
    assert_eq!(e.status(), Status::Varlen, "{}", e);
    assert!(e.message().contains("needs cu_seqlens_q"), "{}", e);
    assert!(untouched(&o));
    let bt = vec![0i32; nb * 16];
    let e = attention(
        &mut Attention::new(sh, &p.q[..], &p.k[..], &p.v[..], &mut o[..])
            .cu_seqlens_q(&p.cu_q)
            .cu_seqlens_k(&p.cu_k)
            .paged(Paged { block_table: &bt, block_table_stride: 0, page_size: 16, num_blocks: 1 }),
    )
    .unwrap_err();
    assert_eq!(e.status(), Status::Varlen, "{}", e);
    assert!(untouched(&o));
    // offsets array shorter than batch + 1: caught before the library
    let e = attention(
        &mut Attention::new(sh, &p.q[..], &p.k[..], &p.v[..], &mut o[..]).cu_seqlens_q(&p.cu_q[..nb]),
    )
    .unwrap_err();
    assert_eq!(e.status(), Status::OutOfBounds, "{}", e);
    assert!(e.message().contains("cu_seqlens_q"), "{}", e);
    // a packed Q needs seq_q rows, not batch * seq_q; one row short fails
    let e = attention(
        &mut Attention::new(sh, &p.q[..p.q.len() - D], &p.k[..], &p.v[..], &mut o[..])
            .cu_seqlens_q(&p.cu_q)
            .cu_seqlens_k(&p.cu_k),
    )
    .unwrap_err();
    assert_eq!(e.status(), Status::OutOfBounds, "{}", e);
    assert!(untouched(&o));
    // LSE of a packed call: [seq_q, Hq]
    let mut lse = vec![0.0f32; p.seq_q * HQ - 1];
    let e = attention(
        &mut Attention::new(sh, &p.q[..], &p.k[..], &p.v[..], &mut o[..])
            .cu_seqlens_q(&p.cu_q)
            .cu_seqlens_k(&p.cu_k)
            .lse(&mut lse),
    )
    .unwrap_err();
    assert_eq!(e.status(), Status::OutOfBounds, "{}", e);
    assert!(untouched(&o));
}
