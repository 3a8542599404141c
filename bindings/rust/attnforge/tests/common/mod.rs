//! Test support: a seeded RNG, storage encoders/decoders written here (not
//! the library's), a float64 reference of SPEC.md's call with its accuracy
//! bound, and a case builder that lays tensors out in memory, poisons the
//! outputs, runs the call and checks every element.
#![allow(dead_code)]

use attnforge::*;

// ---- RNG: splitmix64, seeded --------------------------------------------------------

pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        let extra =
            std::env::var("ATTNFORGE_TEST_SEED").ok().and_then(|s| s.parse::<u64>().ok()).unwrap_or(0);
        Rng(seed ^ extra.wrapping_mul(0x9E37_79B9_7F4A_7C15))
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in [0, n).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
    /// Uniform in [lo, hi), never exactly 0.
    pub fn uniform(&mut self, lo: f32, hi: f32) -> f32 {
        loop {
            let u = (self.next_u64() >> 40) as f32 / (1u64 << 24) as f32;
            let x = lo + (hi - lo) * u;
            if x != 0.0 {
                return x;
            }
        }
    }
    pub fn vec(&mut self, n: usize, lo: f32, hi: f32) -> Vec<f32> {
        (0..n).map(|_| self.uniform(lo, hi)).collect()
    }
    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = self.below(i + 1);
            v.swap(i, j);
        }
    }
}

// ---- storage decoding, independent of the library ---------------------------------------

pub fn f16_value(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = ((h >> 10) & 0x1f) as i32;
    let m = (h & 0x3ff) as f64;
    match e {
        0 => sign * m * 2f64.powi(-24),
        31 if m == 0.0 => sign * f64::INFINITY,
        31 => f64::NAN,
        _ => sign * (1.0 + m / 1024.0) * 2f64.powi(e - 15),
    }
}

pub fn bf16_value(h: u16) -> f64 {
    f32::from_bits((h as u32) << 16) as f64
}

pub fn e4m3_value(x: u8) -> f64 {
    let sign = if x & 0x80 != 0 { -1.0 } else { 1.0 };
    let e = ((x >> 3) & 0xf) as i32;
    let m = (x & 7) as f64;
    if e == 15 && m == 7.0 {
        return f64::NAN;
    }
    if e == 0 {
        sign * m / 8.0 * 2f64.powi(-6)
    } else {
        sign * (1.0 + m / 8.0) * 2f64.powi(e - 7)
    }
}

pub fn e5m2_value(x: u8) -> f64 {
    f16_value((x as u16) << 8)
}

/// ulp of x in a format (f32, f16, bf16), the smallest subnormal at 0.
pub fn ulp(x: f64, f: Format) -> f64 {
    let (mant, emin) = match f {
        Format::F32 => (23, -126),
        Format::F16 => (10, -14),
        Format::Bf16 => (7, -126),
        _ => panic!("ulp of {:?}", f),
    };
    let a = x.abs();
    let e = if a == 0.0 || !a.is_finite() { emin } else { (a.log2().floor() as i32).max(emin) };
    2f64.powi(e - mant)
}

// ---- the f64 reference ------------------------------------------------------------------------

/// One call in logical dense form: Q [B,Sq,Hq,Dk], K [B,Skv,Hkv,Dk], V
/// [B,Skv,Hkv,Dv] (the values as stored, dequantized), mask expanded to
/// [B,Hq,Sq,Skv].
#[derive(Clone, Default)]
pub struct RefCall {
    pub b: usize,
    pub sq: usize,
    pub skv: usize,
    pub hq: usize,
    pub hkv: usize,
    pub dk: usize,
    pub dv: usize,
    pub q: Vec<f64>,
    pub k: Vec<f64>,
    pub v: Vec<f64>,
    pub scale: f64,
    pub softcap: f64,
    pub slopes: Option<Vec<f64>>,
    pub mask: Option<Vec<f64>>,
    pub causal: bool,
    pub window: Option<(i64, i64)>,
    pub kv_len: Option<Vec<i64>>,
    pub q_offset: Option<Vec<i64>>,
    pub sinks: Option<Vec<f64>>,
}

pub struct RefOut {
    /// [B, Sq, Hq, Dv]
    pub o: Vec<f64>,
    /// [B, Hq, Sq]
    pub lse: Vec<f64>,
    /// per row [B, Sq, Hq]: r_abs and A of SPEC's bound
    pub r_abs: Vec<f64>,
    pub a: Vec<f64>,
}

pub fn reference(c: &RefCall) -> RefOut {
    let g = c.hq / c.hkv;
    let rows = c.b * c.sq * c.hq;
    let mut out = RefOut {
        o: vec![0.0; rows * c.dv],
        lse: vec![0.0; rows],
        r_abs: vec![0.0; rows],
        a: vec![0.0; rows],
    };
    for b in 0..c.b {
        let kvl = c.kv_len.as_ref().map_or(c.skv as i64, |v| v[b]);
        let q0 = c.q_offset.as_ref().map_or(kvl - c.sq as i64, |v| v[b]);
        for i in 0..c.sq {
            let pos = q0 + i as i64;
            for h in 0..c.hq {
                let kh = h / g;
                let row = (b * c.sq + i) * c.hq + h;
                let qv = &c.q[row * c.dk..(row + 1) * c.dk];
                let mut s: Vec<(usize, f64)> = Vec::new();
                let mut a_max = 0.0f64;
                for j in 0..c.skv {
                    let jj = j as i64;
                    if jj >= kvl || (c.causal && jj > pos) {
                        continue;
                    }
                    if let Some((wl, wr)) = c.window {
                        if (wl >= 0 && jj < pos - wl) || (wr >= 0 && jj > pos + wr) {
                            continue;
                        }
                    }
                    let kr = ((b * c.skv + j) * c.hkv + kh) * c.dk;
                    let kv = &c.k[kr..kr + c.dk];
                    let (mut dot, mut adot) = (0.0, 0.0);
                    for d in 0..c.dk {
                        dot += qv[d] * kv[d];
                        adot += (qv[d] * kv[d]).abs();
                    }
                    let mut x = c.scale * dot;
                    if c.softcap > 0.0 {
                        x = c.softcap * (x / c.softcap).tanh();
                    }
                    let mut bias = 0.0;
                    if let Some(sl) = &c.slopes {
                        bias += -sl[h] * (pos - jj).abs() as f64;
                    }
                    if let Some(m) = &c.mask {
                        bias += m[((b * c.hq + h) * c.sq + i) * c.skv + j];
                    }
                    x += bias;
                    if x == f64::NEG_INFINITY {
                        continue;
                    }
                    a_max = a_max.max(c.scale.abs() * adot + bias.abs());
                    s.push((j, x));
                }
                let sink = c.sinks.as_ref().map(|t| t[h]);
                let lrow = (b * c.hq + h) * c.sq + i;
                out.a[row] = a_max;
                if s.is_empty() && sink.is_none() {
                    out.lse[lrow] = f64::NEG_INFINITY;
                    continue; // O = 0
                }
                let mut m = sink.unwrap_or(f64::NEG_INFINITY);
                for &(_, x) in &s {
                    m = m.max(x);
                }
                let mut l = sink.map_or(0.0, |t| (t - m).exp());
                for &(_, x) in &s {
                    l += (x - m).exp();
                }
                let o = &mut out.o[row * c.dv..(row + 1) * c.dv];
                let mut mag = vec![0.0f64; c.dv];
                for &(j, x) in &s {
                    let p = (x - m).exp() / l;
                    let vr = ((b * c.skv + j) * c.hkv + kh) * c.dv;
                    for d in 0..c.dv {
                        o[d] += p * c.v[vr + d];
                        mag[d] += p * c.v[vr + d].abs();
                    }
                }
                out.r_abs[row] = mag.iter().cloned().fold(0.0, f64::max);
                out.lse[lrow] = m + l.ln();
            }
        }
    }
    out
}

// ---- a case: layout, formats, features ---------------------------------------------------------

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Layout {
    /// dense BSHD (all strides 0 passed: the library's default)
    Default,
    /// BSHD with explicit strides
    Bshd,
    /// [B, H, S, D]
    Bhsd,
    /// BSHD with 32 unused elements after every row and 64 after every batch
    Padded,
}

#[derive(Clone, Debug)]
pub struct Case {
    pub b: usize,
    pub sq: usize,
    pub skv: usize,
    pub hq: usize,
    pub hkv: usize,
    pub dk: usize,
    pub dv: usize,
    pub qf: Format,
    pub kf: Format,
    pub vf: Format,
    pub of: Format,
    pub layout: Layout,
    pub o_layout: Layout,
    pub causal: bool,
    pub window: Option<(Option<usize>, Option<usize>)>,
    pub kv_len: bool,
    pub q_offset: bool,
    pub sinks: bool,
    pub alibi: bool,
    pub softcap: f32,
    pub scale: f32,
    /// mask format and whether it is shared over batches and heads
    pub mask: Option<(Format, bool)>,
    /// with a mask: ggml's ALiBi slopes (max_bias 8) as per-head mask factors
    pub mask_scales: bool,
    pub lse: bool,
    /// page size of a paged K/V pool
    pub paged: Option<usize>,
    /// fp8: per-head scales instead of one per tensor
    pub per_head_scales: bool,
}

impl Case {
    pub fn new(b: usize, sq: usize, skv: usize, hq: usize, hkv: usize, d: usize) -> Case {
        Case {
            b,
            sq,
            skv,
            hq,
            hkv,
            dk: d,
            dv: d,
            qf: Format::F32,
            kf: Format::F32,
            vf: Format::F32,
            of: Format::F32,
            layout: Layout::Default,
            o_layout: Layout::Default,
            causal: false,
            window: None,
            kv_len: false,
            q_offset: false,
            sinks: false,
            alibi: false,
            softcap: 0.0,
            scale: 0.0,
            mask: None,
            mask_scales: false,
            lse: false,
            paged: None,
            per_head_scales: false,
        }
    }
    pub fn formats(mut self, q: Format, k: Format, v: Format, o: Format) -> Case {
        self.qf = q;
        self.kf = k;
        self.vf = v;
        self.of = o;
        self
    }
}

/// Strides (elements) and total elements of an [n0, n1, n2, d] tensor.
pub fn layout_strides(l: Layout, n: [usize; 3], d: usize) -> (Strides, usize) {
    let s = match l {
        Layout::Default | Layout::Bshd => Strides::bshd(n[1], n[2], d),
        Layout::Bhsd => Strides::bhsd(n[1], n[2], d),
        Layout::Padded => {
            let row = d + 32;
            Strides::new(n[1] * n[2] * row + 64, n[2] * row, row)
        }
    };
    let total = (n[0] - 1) * s.b + (n[1] - 1) * s.s + (n[2] - 1) * s.h + d;
    (s, total)
}

/// Storage of one tensor and the dequantized logical values.
pub enum Store {
    F32(Vec<f32>),
    U16(Vec<u16>, Format),
    U8(Vec<u8>, Format),
}

impl Store {
    pub fn tensor(&self) -> Tensor<'_> {
        match self {
            Store::F32(v) => Tensor::F32(v),
            Store::U16(v, Format::F16) => Tensor::F16(v),
            Store::U16(v, _) => Tensor::Bf16(v),
            Store::U8(v, Format::Q8_0) => Tensor::Q8_0(v),
            Store::U8(v, Format::Q4_0) => Tensor::Q4_0(v),
            Store::U8(v, Format::Fp8E4m3) => Tensor::Fp8E4m3(v),
            Store::U8(v, _) => Tensor::Fp8E5m2(v),
        }
    }
}

/// Offset (elements) of row (i0, i1, i2).
pub fn off(s: &Strides, i: [usize; 3]) -> usize {
    i[0] * s.b + i[1] * s.s + i[2] * s.h
}

/// Encodes random logical rows into a strided store. `place` maps a logical
/// (b, s, h) row to its element offset; `scales` gives the fp8 factor of a
/// head. Returns the store and the dequantized logical tensor, dense.
pub fn encode(
    rng: &mut Rng,
    f: Format,
    n: [usize; 3],
    d: usize,
    total: usize,
    place: &dyn Fn([usize; 3]) -> usize,
    scales: &dyn Fn(usize) -> f32,
) -> (Store, Vec<f64>) {
    let mut logical = vec![0.0f64; n[0] * n[1] * n[2] * d];
    let mut store = match f {
        Format::F32 => Store::F32(vec![f32::from_bits(0x7fc0_dead); total]),
        Format::F16 | Format::Bf16 => Store::U16(vec![0x7e01; total], f),
        Format::Fp8E4m3 | Format::Fp8E5m2 => Store::U8(vec![0x7f; total], f),
        Format::Q8_0 | Format::Q4_0 => Store::U8(vec![0xee; f.bytes((total + 31) / 32 * 32)], f),
    };
    for i0 in 0..n[0] {
        for i1 in 0..n[1] {
            for i2 in 0..n[2] {
                let row = rng.vec(d, -1.0, 1.0);
                let o = place([i0, i1, i2]);
                let lo = ((i0 * n[1] + i1) * n[2] + i2) * d;
                let dst = &mut logical[lo..lo + d];
                match &mut store {
                    Store::F32(v) => {
                        for x in 0..d {
                            v[o + x] = row[x];
                            dst[x] = row[x] as f64;
                        }
                    }
                    Store::U16(v, Format::F16) => {
                        for x in 0..d {
                            v[o + x] = f32_to_f16(row[x]);
                            dst[x] = f16_value(v[o + x]);
                        }
                    }
                    Store::U16(v, _) => {
                        for x in 0..d {
                            v[o + x] = f32_to_bf16(row[x]);
                            dst[x] = bf16_value(v[o + x]);
                        }
                    }
                    Store::U8(v, Format::Fp8E4m3) | Store::U8(v, Format::Fp8E5m2) => {
                        let e4 = f == Format::Fp8E4m3;
                        let sc = scales(i2);
                        for x in 0..d {
                            // values up to a few times the scale, codes of every exponent
                            let val = row[x] * 3.0;
                            v[o + x] = if e4 { f32_to_fp8_e4m3(val) } else { f32_to_fp8_e5m2(val) };
                            let code = if e4 { e4m3_value(v[o + x]) } else { e5m2_value(v[o + x]) };
                            dst[x] = ((code as f32) * sc) as f64;
                        }
                    }
                    Store::U8(v, fq) => {
                        let q8 = *fq == Format::Q8_0;
                        let bytes = if q8 { quantize_q8_0(&row) } else { quantize_q4_0(&row) };
                        let bb = if q8 { 34 } else { 18 };
                        assert_eq!(o % 32, 0);
                        let at = o / 32 * bb;
                        v[at..at + bytes.len()].copy_from_slice(&bytes);
                        for blk in 0..d / 32 {
                            let blkb = &bytes[blk * bb..(blk + 1) * bb];
                            let dd = f16_value(u16::from_le_bytes([blkb[0], blkb[1]])) as f32;
                            for e in 0..32 {
                                let qv = if q8 {
                                    blkb[2 + e] as i8 as f32
                                } else {
                                    let byte = blkb[2 + (e % 16)];
                                    let nib = if e < 16 { byte & 15 } else { byte >> 4 };
                                    nib as f32 - 8.0
                                };
                                dst[blk * 32 + e] = (dd * qv) as f64;
                            }
                        }
                    }
                }
            }
        }
    }
    (store, logical)
}

pub const POISON_F32: u32 = 0x7fc0_beef;
pub const POISON_U16: u16 = 0x7e05;

/// The output buffer: poisoned storage of O.
pub enum OutStore {
    F32(Vec<f32>),
    U16(Vec<u16>, Format),
}

impl OutStore {
    pub fn poisoned(f: Format, n: usize) -> OutStore {
        match f {
            Format::F32 => OutStore::F32(vec![f32::from_bits(POISON_F32); n]),
            Format::F16 | Format::Bf16 => OutStore::U16(vec![POISON_U16; n], f),
            _ => panic!("O format {:?}", f),
        }
    }
    pub fn tensor_mut(&mut self) -> TensorMut<'_> {
        match self {
            OutStore::F32(v) => TensorMut::F32(v),
            OutStore::U16(v, Format::F16) => TensorMut::F16(v),
            OutStore::U16(v, _) => TensorMut::Bf16(v),
        }
    }
    pub fn len(&self) -> usize {
        match self {
            OutStore::F32(v) => v.len(),
            OutStore::U16(v, _) => v.len(),
        }
    }
    pub fn is_poison(&self, i: usize) -> bool {
        match self {
            OutStore::F32(v) => v[i].to_bits() == POISON_F32,
            OutStore::U16(v, _) => v[i] == POISON_U16,
        }
    }
    pub fn value(&self, i: usize) -> f64 {
        match self {
            OutStore::F32(v) => v[i] as f64,
            OutStore::U16(v, Format::F16) => f16_value(v[i]),
            OutStore::U16(v, _) => bf16_value(v[i]),
        }
    }
    pub fn bits(&self) -> Vec<u32> {
        match self {
            OutStore::F32(v) => v.iter().map(|x| x.to_bits()).collect(),
            OutStore::U16(v, _) => v.iter().map(|&x| x as u32).collect(),
        }
    }
}

/// Everything a case needs, laid out in memory.
pub struct Prepared {
    pub case: Case,
    pub q: Store,
    pub k: Store,
    pub v: Store,
    pub qs: Strides,
    pub ks: Strides,
    pub vs: Strides,
    pub os: Strides,
    pub o_total: usize,
    pub mask_f32: Vec<f32>,
    pub mask_f16: Vec<u16>,
    pub mask_strides: MaskStrides,
    pub mask_scales: Vec<f32>,
    pub slopes: Vec<f32>,
    pub sinks: Vec<f32>,
    pub kv_len: Vec<i32>,
    pub q_offset: Vec<i32>,
    pub k_scales: Vec<f32>,
    pub v_scales: Vec<f32>,
    pub k_scale: f32,
    pub v_scale: f32,
    pub block_table: Vec<i32>,
    pub bt_stride: usize,
    pub num_blocks: usize,
    pub reference: RefCall,
}

pub fn prepare(case: &Case, seed: u64) -> Prepared {
    let c = case;
    let mut rng = Rng::new(seed);
    let (qs, q_total) = layout_strides(c.layout, [c.b, c.sq, c.hq], c.dk);
    let (os, o_total) = layout_strides(c.o_layout, [c.b, c.sq, c.hq], c.dv);
    let fp8 = |f: Format| f == Format::Fp8E4m3 || f == Format::Fp8E5m2;
    let head_scales = |rng: &mut Rng| -> Vec<f32> { (0..c.hkv).map(|_| rng.uniform(0.25, 2.0)).collect() };
    let k_scales = if fp8(c.kf) && c.per_head_scales { head_scales(&mut rng) } else { vec![] };
    let v_scales = if fp8(c.vf) && c.per_head_scales { head_scales(&mut rng) } else { vec![] };
    let k_scale = if fp8(c.kf) && !c.per_head_scales { rng.uniform(0.25, 2.0) } else { 0.0 };
    let v_scale = if fp8(c.vf) && !c.per_head_scales { rng.uniform(0.25, 2.0) } else { 0.0 };
    let kscale_of = |h: usize| {
        if !k_scales.is_empty() {
            k_scales[h]
        } else if k_scale != 0.0 {
            k_scale
        } else {
            1.0
        }
    };
    let vscale_of = |h: usize| {
        if !v_scales.is_empty() {
            v_scales[h]
        } else if v_scale != 0.0 {
            v_scale
        } else {
            1.0
        }
    };

    let (q, qd) = encode(&mut rng, c.qf, [c.b, c.sq, c.hq], c.dk, q_total, &|i| off(&qs, i), &|_| 1.0);

    // K/V: contiguous in the case's layout, or a shuffled paged pool.
    let (ks, vs, mut block_table, bt_stride, num_blocks);
    let (k, kd, v, vd);
    if let Some(p) = c.paged {
        let pages = (c.skv + p - 1) / p;
        num_blocks = c.b * pages + 3;
        bt_stride = pages + 1;
        let mut ids: Vec<i32> = (0..num_blocks as i32).collect();
        // its own stream: the tensors' values stay those of the contiguous case
        Rng::new(seed ^ 0x5EED_B10C).shuffle(&mut ids);
        block_table = vec![-1; c.b * bt_stride];
        for b in 0..c.b {
            for e in 0..pages {
                block_table[b * bt_stride + e] = ids[b * pages + e];
            }
        }
        // pool [num_blocks, P, Hkv, D] with each row padded by 32 elements
        let kp = Strides::new(p * c.hkv * (c.dk + 32), c.hkv * (c.dk + 32), c.dk + 32);
        let vp = Strides::new(p * c.hkv * (c.dv + 32), c.hkv * (c.dv + 32), c.dv + 32);
        let bt = block_table.clone();
        let place = |s: Strides| {
            let bt = bt.clone();
            move |i: [usize; 3]| {
                let blk = bt[i[0] * bt_stride + i[1] / p] as usize;
                blk * s.b + (i[1] % p) * s.s + i[2] * s.h
            }
        };
        let kt = (num_blocks - 1) * kp.b + (p - 1) * kp.s + (c.hkv - 1) * kp.h + c.dk;
        let vt = (num_blocks - 1) * vp.b + (p - 1) * vp.s + (c.hkv - 1) * vp.h + c.dv;
        let r = encode(&mut rng, c.kf, [c.b, c.skv, c.hkv], c.dk, kt, &place(kp), &kscale_of);
        k = r.0;
        kd = r.1;
        let r = encode(&mut rng, c.vf, [c.b, c.skv, c.hkv], c.dv, vt, &place(vp), &vscale_of);
        v = r.0;
        vd = r.1;
        ks = kp;
        vs = vp;
    } else {
        block_table = vec![];
        bt_stride = 0;
        num_blocks = 0;
        let (a, kt) = layout_strides(c.layout, [c.b, c.skv, c.hkv], c.dk);
        let (bb, vt) = layout_strides(
            if c.layout == Layout::Padded { Layout::Bhsd } else { c.layout },
            [c.b, c.skv, c.hkv],
            c.dv,
        );
        ks = a;
        vs = bb;
        let r = encode(&mut rng, c.kf, [c.b, c.skv, c.hkv], c.dk, kt, &|i| off(&ks, i), &kscale_of);
        k = r.0;
        kd = r.1;
        let r = encode(&mut rng, c.vf, [c.b, c.skv, c.hkv], c.dv, vt, &|i| off(&vs, i), &vscale_of);
        v = r.0;
        vd = r.1;
    }

    // per-batch lengths and offsets
    let kv_len: Vec<i32> = if c.kv_len {
        (0..c.b).map(|b| if b == 0 { c.skv as i32 } else { rng.below(c.skv + 1) as i32 }).collect()
    } else {
        vec![]
    };
    let q_offset: Vec<i32> =
        if c.q_offset { (0..c.b).map(|_| rng.below(c.skv + 4) as i32 - 2).collect() } else { vec![] };
    let slopes = if c.alibi { alibi_slopes(c.hq) } else { vec![] };
    let sinks = if c.sinks { rng.vec(c.hq, -2.0, 2.0) } else { vec![] };
    let mask_scales = if c.mask_scales && c.mask.is_some() { alibi_slopes_max_bias(c.hq, 8.0) } else { vec![] };

    // mask: random values, some -inf
    let (mut mask_f32, mut mask_f16, mut mask_strides, mut mask_ref) =
        (vec![], vec![], MaskStrides::default(), None);
    if let Some((mf, shared)) = c.mask {
        let ms = if shared {
            MaskStrides::shared(c.skv)
        } else {
            // [B, 1, Sq, Skv] with a padded row
            MaskStrides::new(c.sq * (c.skv + 3), 0, c.skv + 3, 1)
        };
        let n = (c.b - 1) * ms.b + (c.sq - 1) * ms.i + (c.skv - 1) * ms.j + 1;
        let vals: Vec<f32> = (0..n)
            .map(|_| if rng.below(7) == 0 { f32::NEG_INFINITY } else { rng.uniform(-1.5, 1.5) })
            .collect();
        let mut full = vec![0.0f64; c.b * c.hq * c.sq * c.skv];
        if mf == Format::F16 {
            mask_f16 = vals.iter().map(|&x| f32_to_f16(x)).collect();
        } else {
            mask_f32 = vals.clone();
        }
        for b in 0..c.b {
            for h in 0..c.hq {
                for i in 0..c.sq {
                    for j in 0..c.skv {
                        let at = b * ms.b + h * ms.h + i * ms.i + j * ms.j;
                        let m = if mf == Format::F16 { f16_value(mask_f16[at]) } else { mask_f32[at] as f64 };
                        full[((b * c.hq + h) * c.sq + i) * c.skv + j] =
                            if mask_scales.is_empty() { m } else { m * mask_scales[h] as f64 };
                    }
                }
            }
        }
        mask_strides = ms;
        mask_ref = Some(full);
    }

    let scale32 = if c.scale != 0.0 { c.scale } else { 1.0 / (c.dk as f32).sqrt() };
    let reference = RefCall {
        b: c.b,
        sq: c.sq,
        skv: c.skv,
        hq: c.hq,
        hkv: c.hkv,
        dk: c.dk,
        dv: c.dv,
        q: qd,
        k: kd,
        v: vd,
        scale: scale32 as f64,
        softcap: c.softcap as f64,
        slopes: if c.alibi { Some(slopes.iter().map(|&x| x as f64).collect()) } else { None },
        mask: mask_ref,
        causal: c.causal,
        window: c.window.map(|(l, r)| (l.map_or(-1, |x| x as i64), r.map_or(-1, |x| x as i64))),
        kv_len: if c.kv_len { Some(kv_len.iter().map(|&x| x as i64).collect()) } else { None },
        q_offset: if c.q_offset { Some(q_offset.iter().map(|&x| x as i64).collect()) } else { None },
        sinks: if c.sinks { Some(sinks.iter().map(|&x| x as f64).collect()) } else { None },
    };
    let explicit = |l: Layout, s: Strides| if l == Layout::Default { Strides::default() } else { s };
    Prepared {
        case: c.clone(),
        q,
        k,
        v,
        qs: explicit(c.layout, qs),
        ks: if c.paged.is_some() { ks } else { explicit(c.layout, ks) },
        vs: if c.paged.is_some() { vs } else { explicit(c.layout, vs) },
        os: explicit(c.o_layout, os),
        o_total,
        mask_f32,
        mask_f16,
        mask_strides,
        mask_scales,
        slopes,
        sinks,
        kv_len,
        q_offset,
        k_scales,
        v_scales,
        k_scale,
        v_scale,
        block_table,
        bt_stride,
        num_blocks,
        reference,
    }
}

impl Prepared {
    /// The call over these buffers, writing `o` (and `lse`).
    pub fn call<'a>(&'a self, o: &'a mut OutStore, lse: Option<&'a mut [f32]>) -> Attention<'a> {
        let c = &self.case;
        let shape = Shape::new(c.b, c.sq, c.skv, c.hq, c.hkv, c.dk).with_head_dim_v(c.dv);
        let mut a = Attention::new(shape, self.q.tensor(), self.k.tensor(), self.v.tensor(), o.tensor_mut())
            .q_strides(self.qs)
            .k_strides(self.ks)
            .v_strides(self.vs)
            .o_strides(self.os)
            .causal(c.causal)
            .scale(c.scale)
            .softcap(c.softcap)
            .k_scale(self.k_scale)
            .v_scale(self.v_scale);
        if let Some((l, r)) = c.window {
            a = a.window(l, r);
        }
        if c.kv_len {
            a = a.kv_len(&self.kv_len);
        }
        if c.q_offset {
            a = a.q_offset(&self.q_offset);
        }
        if c.sinks {
            a = a.sinks(&self.sinks);
        }
        if c.alibi {
            a = a.alibi_slopes(&self.slopes);
        }
        if !self.k_scales.is_empty() {
            a = a.k_scales(&self.k_scales);
        }
        if !self.v_scales.is_empty() {
            a = a.v_scales(&self.v_scales);
        }
        if let Some((mf, _)) = c.mask {
            a = if mf == Format::F16 {
                a.mask(Mask::F16(&self.mask_f16), self.mask_strides)
            } else {
                a.mask(Mask::F32(&self.mask_f32), self.mask_strides)
            };
        }
        if !self.mask_scales.is_empty() {
            a = a.mask_scales(&self.mask_scales);
        }
        if let Some(p) = c.paged {
            a = a.paged(Paged {
                block_table: &self.block_table,
                block_table_stride: self.bt_stride,
                page_size: p,
                num_blocks: self.num_blocks,
            });
        }
        if let Some(l) = lse {
            a = a.lse(l);
        }
        a
    }

    pub fn poisoned_out(&self) -> OutStore {
        OutStore::poisoned(self.case.of, self.o_total)
    }

    /// Runs the case (on `ctx`, or the default context) and checks every
    /// element of O and LSE against the reference. Returns O's bits.
    pub fn run_and_check(&self, ctx: Option<&Context>, what: &str) -> Vec<u32> {
        let c = &self.case;
        let mut o = self.poisoned_out();
        let mut lse = vec![f32::from_bits(POISON_F32); c.b * c.hq * c.sq];
        {
            let mut call = self.call(&mut o, if c.lse { Some(&mut lse[..]) } else { None });
            let r = match ctx {
                Some(ctx) => ctx.attention(&mut call),
                None => attention(&mut call),
            };
            if let Err(e) = r {
                panic!("{}: call failed: {:?}: {}", what, e.status(), e);
            }
        }
        self.check(&o, if c.lse { Some(&lse) } else { None }, what);
        o.bits()
    }

    pub fn check(&self, o: &OutStore, lse: Option<&[f32]>, what: &str) {
        let c = &self.case;
        let r = reference(&self.reference);
        let os = layout_strides(c.o_layout, [c.b, c.sq, c.hq], c.dv).0;
        let mut inside = vec![false; o.len()];
        let mut worst = 0.0f64;
        let mut fails = Vec::new();
        for b in 0..c.b {
            for i in 0..c.sq {
                for h in 0..c.hq {
                    let row = (b * c.sq + i) * c.hq + h;
                    let at = off(&os, [b, i, h]);
                    for d in 0..c.dv {
                        inside[at + d] = true;
                        let want = r.o[row * c.dv + d];
                        if o.is_poison(at + d) {
                            fails.push(format!("O[{},{},{},{}] not written", b, i, h, d));
                            continue;
                        }
                        let got = o.value(at + d);
                        let tol = ulp(want, c.of) + r.r_abs[row] * (1e-5 + 2f64.powi(-22) * r.a[row]);
                        let err = (got - want).abs();
                        if !(err <= tol) {
                            fails.push(format!(
                                "O[{},{},{},{}] = {} want {} (err {:e} > tol {:e})",
                                b, i, h, d, got, want, err, tol
                            ));
                        }
                        if tol > 0.0 {
                            worst = worst.max(err / tol);
                        }
                    }
                    if let Some(l) = lse {
                        let li = (b * c.hq + h) * c.sq + i;
                        let want = r.lse[li];
                        let got = l[li] as f64;
                        if want == f64::NEG_INFINITY {
                            if got != f64::NEG_INFINITY {
                                fails.push(format!("LSE[{},{},{}] = {} want -inf", b, h, i, got));
                            }
                        } else {
                            let tol = 1e-5 * want.abs().max(1.0) + 2f64.powi(-22) * r.a[row];
                            if !((got - want).abs() <= tol) {
                                fails.push(format!(
                                    "LSE[{},{},{}] = {} want {} (tol {:e})",
                                    b, h, i, got, want, tol
                                ));
                            }
                        }
                    }
                }
            }
        }
        for (x, &ins) in inside.iter().enumerate() {
            if !ins && !o.is_poison(x) {
                fails.push(format!("O storage element {} outside the view was written", x));
            }
        }
        if !fails.is_empty() {
            let n = fails.len();
            fails.truncate(12);
            panic!("{}: {} problem(s) ({:?}):\n{}", what, n, c, fails.join("\n"));
        }
        let _ = worst;
    }
}
