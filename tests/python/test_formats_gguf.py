#!/usr/bin/env python3
"""attnforge's storage formats against implementations nobody here wrote.

    test_formats_gguf.py PATH/TO/af_format_tool [-- EMULATOR ARGS...]

- q8_0 / q4_0: the gguf package (the reference Python reader/writer of
  llama.cpp's format) quantizes seeded data; attnforge's quantizer must write
  the same bytes, and attnforge's dequantizer must give bitwise the f32 that
  gguf's gives, for gguf's blocks and for random block bytes. Attention with
  gguf-quantized K and V (each format on its own, mixed, GQA, causal) is held
  to SPEC.md's accuracy rule against a float64 numpy attention on gguf's
  dequantized values.
- fp8 (OCP E4M3FN, E5M2): all 256 codes of each decode to the value the OCP
  definition gives (computed here from sign, exponent and mantissa) and to
  ml_dtypes' value; attnforge's f32 -> fp8 encoding equals ml_dtypes' astype
  over a sweep of exact values, ties, their neighbours, subnormals, the
  largest finite value, overflow, Inf, NaN and random values; attention with
  fp8 K/V and scales against numpy on ml_dtypes-decoded values.

Exit status: 0 all passed, 1 a check failed, 77 (ctest's skip) a package
was missing (what could run without it still ran). ATTNFORGE_TEST_SEED
changes the seed.
"""

import math
import os
import subprocess
import sys
import tempfile

SKIP = 77
HINT = "python3 -m pip install numpy gguf ml-dtypes (tools/deps.sh does it as root)"

try:
    import numpy as np
except ImportError as e:
    print(f"SKIP: numpy is not importable ({e}); {HINT}")
    sys.exit(SKIP)

missing = []
try:
    from gguf import GGMLQuantizationType
    from gguf import quants as gq
except ImportError as e:
    gq = None
    missing.append(f"gguf ({e})")
try:
    import ml_dtypes
except ImportError as e:
    ml_dtypes = None
    missing.append(f"ml_dtypes ({e})")

SEED = int(os.environ.get("ATTNFORGE_TEST_SEED", "20261201"), 0)
failures = []


def check(ok, what):
    """Records a failed assertion and keeps going, so one run shows them all."""
    if not ok:
        failures.append(what)
        print(f"FAIL: {what}")
    return ok


class Tool:
    def __init__(self, path, prefix):
        self.cmd = list(prefix) + [path]

    def run(self, args, data=b""):
        r = subprocess.run(self.cmd + args, input=data, capture_output=True)
        if r.returncode != 0:
            raise RuntimeError(f"af_format_tool {' '.join(args)} exited {r.returncode}: "
                               f"{r.stderr.decode(errors='replace').strip()}")
        return r.stdout


def bits32(a):
    return np.ascontiguousarray(a, dtype=np.float32).view(np.uint32)


def bitwise_equal_f32(got, want):
    """Same bits everywhere; a NaN matches any NaN (payloads are the CPU's
    business: 0 * Inf from numpy and from C both come from the same hardware
    here, but that is not a property of either implementation)."""
    got = np.asarray(got, dtype=np.float32)
    want = np.asarray(want, dtype=np.float32)
    same = bits32(got) == bits32(want)
    both_nan = np.isnan(got) & np.isnan(want)
    return same | both_nan


# ---- seeded data ----------------------------------------------------------------

def quant_cases(rng):
    """(name, f32 array of whole 32-element blocks) for quantization."""
    cases = []
    # Random blocks at several scales, from f16-subnormal d (1e-7) to d that
    # overflows f16 (1e7 / 127 and past), Gaussian and heavy-tailed.
    for scale in (1e-7, 1e-4, 7e-3, 0.1, 1.0, 37.5, 1e3, 6e4, 1e7, 1e30):
        x = rng.standard_normal((64, 32)) * scale
        cases.append((f"normal*{scale:g}", x))
        t = rng.standard_t(2, size=(64, 32)) * scale
        cases.append((f"t2*{scale:g}", t))
    # Magnitudes spread over many octaves inside one block.
    e = rng.uniform(-20, 20, size=(256, 32))
    cases.append(("log-uniform", np.sign(rng.standard_normal((256, 32))) * 2.0 ** e))
    # Special blocks.
    special = [np.full(32, c) for c in (1.0, -2.5, 0.3, 1e-3, -7.0, 127.0, 65504.0 * 8)]
    special.append(np.zeros(32))                        # a zero block (+0.0)
    one = np.zeros(32); one[17] = -3.25; special.append(one)   # one nonzero, negative
    one = np.zeros(32); one[0] = 1e-30; special.append(one)    # d underflows f16
    # Negative max (q4_0 keeps the sign of the largest magnitude), and ties in
    # magnitude: the first of +a / -a wins.
    for first, second in ((-4.0, 4.0), (4.0, -4.0)):
        b = rng.uniform(-3.9, 3.9, 32); b[5] = first; b[20] = second; special.append(b)
    b = rng.uniform(-1, 1, 32); b[31] = -1.5; special.append(b)
    b = rng.uniform(-1, 1, 32); b[0] = -1.5; special.append(b)
    # Rounding ties of q8_0: amax 127 gives d = 1, so k + 0.5 sits exactly on
    # a tie of round-half-away-from-zero.
    t = np.concatenate(([127.0], np.arange(31) - 15.0 + 0.5)); special.append(t)
    t = np.concatenate(([-127.0], 126.5 - np.arange(31))); special.append(t)
    # ... and of q4_0: max -8 gives d = 1, so x + 8.5 is an integer for x in
    # steps of 0.5 (trunc then decides), and 8 - 0.5 lands on the clamp.
    t = np.concatenate(([-8.0], np.arange(31) * 0.5 - 7.5)); special.append(t)
    t = np.concatenate(([8.0], 7.5 - np.arange(31) * 0.5)); special.append(t)
    # Ties of the f16 rounding of d. For q4_0 d = max / -8 exactly, so these
    # put d halfway between two f16 values (normal, subnormal, overflow).
    for dval in (1 + 2**-11, 1 + 3 * 2**-11, 1.5 * 2**-24, 2.5 * 2**-24, 0.5 * 2**-24,
                 65520.0, 65519.0, 2.0**-14 * (1 - 2**-11)):
        b = rng.uniform(-1, 1, 32) * dval * 8; b[3] = -8 * dval; special.append(b)
    # For q8_0 d = amax / 127 rounded in f32; aim amax at f16 ties as well.
    for dval in (1 + 2**-11, 1 + 3 * 2**-11, 1.5 * 2**-24, 65520.0):
        amax = np.float32(dval * 127)
        b = rng.uniform(-1, 1, 32) * amax; b[9] = amax; special.append(b)
    cases.append(("special", np.array(special)))
    # q4_0 blocks where x * id lands so close to an integer - 8.5 that one
    # fused multiply-add (x * id + 8.5 rounded once) truncates to a nibble
    # one below what ggml's two roundings give (found by a search over random
    # blocks; about 1 element in 2 million). A build of the quantizer that
    # contracts the expression (clang's default -ffp-contract=on on AArch64,
    # or on x86 with -mfma / -march=native) writes different bytes here.
    fma = []
    for mx, xv in ((0x4223f06b, 0xc1b86e77), (0x4235bec5, 0xc1084f11),
                   (0x4235bec5, 0xc1cc769c), (0x4295da71, 0xc22895be)):
        mx, xv = np.array([mx, xv], dtype=np.uint32).view(np.float32)
        for at in (7, 23):                     # low and high nibble
            b = (rng.uniform(-0.9, 0.9, 32) * mx).astype(np.float32); b[0] = mx; b[at] = xv
            fma.append(b)
    cases.append(("fma-sensitive", np.array(fma)))
    return [(n, np.ascontiguousarray(x, dtype=np.float32).reshape(-1, 32)) for n, x in cases]


# ---- q8_0 / q4_0 against gguf ---------------------------------------------------------

QTYPES = {"q8_0": ("Q8_0", 34), "q4_0": ("Q4_0", 18)}


def gguf_type(fmt):
    return getattr(GGMLQuantizationType, QTYPES[fmt][0])


def block_formats(tool, rng):
    stats = {}
    cases = quant_cases(rng)
    for fmt, (_, bsize) in QTYPES.items():
        nblocks = 0
        for name, x in cases:
            want = np.asarray(gq.quantize(x, gguf_type(fmt)), dtype=np.uint8).reshape(-1, bsize)
            got = np.frombuffer(tool.run(["quantize", fmt], x.tobytes()), dtype=np.uint8)
            if not check(got.size == want.size, f"{fmt} quantize {name}: {got.size} bytes, gguf {want.size}"):
                continue
            got = got.reshape(-1, bsize)
            bad = np.nonzero((got != want).any(axis=1))[0]
            nblocks += len(x)
            for i in bad[:3]:
                check(False, f"{fmt} quantize {name} block {i}: input {x[i].tolist()}\n"
                             f"  gguf     {want[i].tobytes().hex()}\n  attnforge {got[i].tobytes().hex()}")
            check(len(bad) == 0, f"{fmt} quantize {name}: {len(bad)} of {len(x)} blocks differ from gguf")
            # attnforge's dequantization of gguf's bytes, against gguf's.
            deq_want = np.asarray(gq.dequantize(want, gguf_type(fmt)), dtype=np.float32).reshape(-1)
            deq_got = np.frombuffer(tool.run(["dequantize", fmt], want.tobytes()), dtype=np.float32)
            ok = bitwise_equal_f32(deq_got, deq_want)
            if not ok.all():
                i = int(np.argmin(ok))
                check(False, f"{fmt} dequantize {name} element {i}: block {want[i // 32].tobytes().hex()}: "
                             f"gguf {deq_want[i]!r}, attnforge {deq_got[i]!r}")
        # Arbitrary block bytes: every d (f16 subnormal, Inf, NaN) and every q.
        raw = rng.integers(0, 256, size=(4096, bsize), dtype=np.uint8)
        deq_want = np.asarray(gq.dequantize(raw, gguf_type(fmt)), dtype=np.float32).reshape(-1)
        deq_got = np.frombuffer(tool.run(["dequantize", fmt], raw.tobytes()), dtype=np.float32)
        ok = bitwise_equal_f32(deq_got, deq_want)
        if not ok.all():
            i = int(np.argmin(ok))
            check(False, f"{fmt} dequantize random block {raw[i // 32].tobytes().hex()} element {i % 32}: "
                         f"gguf {deq_want[i]!r}, attnforge {deq_got[i]!r}")
        stats[fmt] = (nblocks, len(raw))
        print(f"{fmt}: {nblocks} gguf-quantized blocks compared byte for byte (quantize) and bit for bit "
              f"(dequantize); {len(raw)} random blocks dequantized bit for bit")
    return stats


def zero_sign_blocks(tool):
    """A block whose largest magnitude is 0 but whose first element is -0.0:
    ggml's C reference keeps max = +0.0 (it only replaces max on a strictly
    larger magnitude), so q4_0's d = 0 / -8 = -0.0; gguf's numpy argmax picks
    element 0 (-0.0), so its d = +0.0. The bytes differ only in d's sign bit,
    and every element dequantizes to a zero either way. Reported, not failed:
    attnforge follows ggml's C reference, which SPEC.md names."""
    x = np.full((1, 32), -0.0, dtype=np.float32)
    for fmt in QTYPES:
        want = np.asarray(gq.quantize(x, gguf_type(fmt)), dtype=np.uint8).reshape(-1)
        got = np.frombuffer(tool.run(["quantize", fmt], x.tobytes()), dtype=np.uint8)
        if got.tobytes() != want.tobytes():
            print(f"NOTE: {fmt} block of -0.0: gguf writes {want.tobytes().hex()}, attnforge "
                  f"{got.tobytes().hex()} (ggml's C reference gives d = -0.0 for q4_0: 0080...)")
        deq = np.frombuffer(tool.run(["dequantize", fmt], got.tobytes()), dtype=np.float32)
        check((deq == 0).all(), f"{fmt} block of -0.0 dequantizes to zeros")


# ---- fp8 ----------------------------------------------------------------------------

FP8 = {"e4m3": (3, 7), "e5m2": (2, 15)}


def ocp_fp8(code, fmt):
    """The value of an OCP 8-bit float code, from the definition: E4M3FN has
    no infinities and only S.1111.111 as NaN; E5M2 is IEEE-like."""
    mbits, bias = FP8[fmt]
    ebits = 7 - mbits
    sign = -1.0 if code & 0x80 else 1.0
    e = (code >> mbits) & ((1 << ebits) - 1)
    m = code & ((1 << mbits) - 1)
    emax = (1 << ebits) - 1
    if fmt == "e4m3" and e == emax and m == (1 << mbits) - 1:
        return math.nan
    if fmt == "e5m2" and e == emax:
        return sign * math.inf if m == 0 else math.nan
    if e == 0:
        return sign * m * 2.0 ** (1 - bias - mbits)
    return sign * (1 + m / 2**mbits) * 2.0 ** (e - bias)


def ml_type(fmt):
    return ml_dtypes.float8_e4m3fn if fmt == "e4m3" else ml_dtypes.float8_e5m2


def fp8_decode(tool):
    for fmt in FP8:
        got = np.frombuffer(tool.run(["fp8-decode", fmt]), dtype=np.float32)
        check(got.size == 256, f"fp8-decode {fmt}: {got.size} values")
        spec = np.array([ocp_fp8(c, fmt) for c in range(256)], dtype=np.float32)
        ok = bitwise_equal_f32(got, spec) & (np.isnan(got) == np.isnan(spec))
        for c in np.nonzero(~ok)[0][:5]:
            check(False, f"fp8 {fmt} code 0x{c:02x}: OCP value {spec[c]!r}, attnforge {got[c]!r}")
        check(ok.all(), f"fp8 {fmt}: {int((~ok).sum())} of 256 codes differ from the OCP definition")
        nan_codes = [f"0x{c:02x}" for c in range(256) if np.isnan(got[c])]
        if ml_dtypes is not None:
            ml = np.arange(256, dtype=np.uint8).view(ml_type(fmt)).astype(np.float32)
            ok = bitwise_equal_f32(got, ml) & (np.isnan(got) == np.isnan(ml))
            for c in np.nonzero(~ok)[0][:5]:
                check(False, f"fp8 {fmt} code 0x{c:02x}: ml_dtypes {ml[c]!r}, attnforge {got[c]!r}")
            check(ok.all(), f"fp8 {fmt}: {int((~ok).sum())} of 256 codes differ from ml_dtypes")
        print(f"fp8 {fmt}: 256 codes decoded, equal to the OCP definition"
              f"{' and to ml_dtypes' if ml_dtypes is not None else ''} (NaN codes: {', '.join(nan_codes)})")


def fp8_sweep(fmt, rng):
    """f32 inputs for the encoder: every finite fp8 value, every midpoint
    between neighbours (a tie for round-to-nearest-even) and the f32 values
    just either side of each, around the largest finite value and past it,
    zero, subnormals of both formats, Inf, NaN with several payloads, and
    random values (log-uniform magnitudes and random f32 bit patterns)."""
    vals = np.array([ocp_fp8(c, fmt) for c in range(128)], dtype=np.float64)
    finite = np.unique(vals[np.isfinite(vals)])                  # 0 .. max, ascending
    mids = (finite[:-1] + finite[1:]) / 2                        # exact in f32
    top = finite[-1]
    step = finite[-1] - finite[-2]
    over = np.array([top + step / 2, top + step, 2 * top, 1e6, 3.4e38])  # the tie past max, and beyond
    base = np.concatenate([finite, mids, over, [finite[1] / 2, finite[1] / 4, 1e-45, 2.0**-126]])
    f = base.astype(np.float32)
    near = np.concatenate([np.nextafter(f, np.float32(np.inf)), np.nextafter(f, np.float32(0))])
    specials = np.array([np.inf, np.nan], dtype=np.float32)
    payload_nans = np.array([0x7fa00000, 0x7f800001, 0x7fffffff, 0x7fc00001], dtype=np.uint32).view(np.float32)
    pos = np.concatenate([f, near, specials, payload_nans])
    logu = (2.0 ** rng.uniform(-30, 20, 20000)).astype(np.float32)
    rnd_bits = rng.integers(0, 2**32, 20000, dtype=np.uint64).astype(np.uint32).view(np.float32)
    x = np.concatenate([pos, -pos, logu * np.sign(rng.standard_normal(20000)).astype(np.float32), rnd_bits])
    return np.ascontiguousarray(x, dtype=np.float32)


def fp8_encode(tool, rng):
    for fmt in FP8:
        x = fp8_sweep(fmt, rng)
        got = np.frombuffer(tool.run(["fp8-encode", fmt], x.tobytes()), dtype=np.uint8)
        want = x.astype(ml_type(fmt)).view(np.uint8)
        bad = np.nonzero(got != want)[0]
        for i in bad[:8]:
            check(False, f"fp8 {fmt} encode {x[i]!r} (bits 0x{int(bits32(x[i:i+1])[0]):08x}): "
                         f"ml_dtypes 0x{want[i]:02x}, attnforge 0x{got[i]:02x}")
        check(len(bad) == 0, f"fp8 {fmt} encode: {len(bad)} of {len(x)} values differ from ml_dtypes")
        # The library's documented conventions, checked on their own so a
        # change in ml_dtypes would show up as a named difference.
        top = max(ocp_fp8(c, fmt) for c in range(128) if math.isfinite(ocp_fp8(c, fmt)))
        past = np.array([top * 1.1, np.inf, -np.inf, np.nan], dtype=np.float32)
        codes = np.frombuffer(tool.run(["fp8-encode", fmt], past.tobytes()), dtype=np.uint8)
        expect = [0x7f, 0x7f, 0xff, 0x7f] if fmt == "e4m3" else [0x7c, 0x7c, 0xfc, 0x7e]
        check(codes.tolist() == expect,
              f"fp8 {fmt}: past max / +Inf / -Inf / NaN encode to {[hex(c) for c in codes]}, "
              f"documented {[hex(c) for c in expect]}")
        print(f"fp8 {fmt}: {len(x)} f32 values encoded, equal to ml_dtypes' astype")


# ---- attention ------------------------------------------------------------------------

def ref_attention(q, k, v, scale, causal):
    """float64 attention per SPEC, with the accuracy bound of SPEC "Accuracy":
    |O - ref| <= ulp_f32(ref) + r_abs * (1e-5 + 2^-22 * A)."""
    B, Sq, Hq, Dk = q.shape
    _, Skv, Hkv, Dv = v.shape
    group = Hq // Hkv
    out = np.zeros((B, Sq, Hq, Dv))
    tol = np.zeros((B, Sq, Hq, Dv))
    pos = Skv - Sq + np.arange(Sq)                 # bottom-right alignment
    visible = np.arange(Skv)[None, :] <= pos[:, None] if causal else np.ones((Sq, Skv), bool)
    for b in range(B):
        for h in range(Hq):
            kh, vh = k[b, :, h // group, :], v[b, :, h // group, :]
            qh = q[b, :, h, :]
            s = np.where(visible, scale * (qh @ kh.T), -np.inf)
            a = np.where(visible, scale * (np.abs(qh) @ np.abs(kh).T), 0).max(axis=1)
            p = np.exp(s - s.max(axis=1, keepdims=True))
            p /= p.sum(axis=1, keepdims=True)
            o = p @ vh
            r_abs = (p @ np.abs(vh)).max(axis=1)
            ulp = np.spacing(np.abs(o).astype(np.float32)).astype(np.float64)
            out[b, :, h, :] = o
            tol[b, :, h, :] = ulp + (r_abs * (1e-5 + 2.0**-22 * a))[:, None]
    return out, tol


def attention_case(tool, tmp, name, shape, q, kbytes, vbytes, kfmt, vfmt, kref, vref, causal, extra=()):
    B, Sq, Skv, Hq, Hkv, Dk, Dv = shape
    scale = np.float32(1 / math.sqrt(Dk))
    paths = {t: os.path.join(tmp, f"{t}.bin") for t in "qkvo"}
    for t, data in (("q", q.astype(np.float32).tobytes()), ("k", kbytes), ("v", vbytes)):
        with open(paths[t], "wb") as f:
            f.write(data)
    args = ["attention", "--batch", B, "--seq-q", Sq, "--seq-kv", Skv, "--heads-q", Hq, "--heads-kv", Hkv,
            "--head-dim-k", Dk, "--head-dim-v", Dv, "--k-format", kfmt, "--v-format", vfmt,
            "--scale", repr(float(scale)), "--q", paths["q"], "--k", paths["k"], "--v", paths["v"],
            "--o", paths["o"], *extra]
    if causal:
        args.append("--causal")
    tool.run([str(a) for a in args])
    got = np.fromfile(paths["o"], dtype=np.float32).reshape(B, Sq, Hq, Dv).astype(np.float64)
    ref, tol = ref_attention(q.astype(np.float64), kref, vref, float(scale), causal)
    err = np.abs(got - ref)
    ok = err <= tol
    worst = float((err / tol).max())
    if not ok.all():
        i = np.unravel_index(np.argmax(err / tol), err.shape)
        check(False, f"attention {name}: {int((~ok).sum())} of {ok.size} outputs outside SPEC's bound; "
                     f"worst at {tuple(int(j) for j in i)}: got {got[i]!r}, ref {ref[i]!r}, bound {tol[i]:.3g}")
    print(f"attention {name}: {ok.size} outputs within SPEC's bound (worst error / bound {worst:.3f})")


def attention_gguf(tool, rng, tmp):
    configs = [
        # name, (B, Sq, Skv, Hq, Hkv, Dk, Dv), K format, V format, causal
        ("K q8_0 V q8_0 MHA", (1, 3, 70, 2, 2, 64, 64), "q8_0", "q8_0", False),
        ("K q4_0 V q4_0 MHA causal", (1, 4, 45, 2, 2, 64, 64), "q4_0", "q4_0", True),
        ("K q8_0 V q4_0 GQA causal", (2, 5, 100, 8, 2, 128, 128), "q8_0", "q4_0", True),
        ("K q4_0 V q8_0 GQA decode", (2, 1, 129, 6, 3, 64, 64), "q4_0", "q8_0", True),
        ("K q4_0 V q8_0 Dk 192 Dv 128 MQA", (1, 7, 33, 4, 1, 192, 128), "q4_0", "q8_0", True),
        ("K q8_0 V f32 GQA causal", (1, 6, 50, 4, 2, 96, 96), "q8_0", "f32", True),
    ]
    n = 0
    for name, shape, kfmt, vfmt, causal in configs:
        B, Sq, Skv, Hq, Hkv, Dk, Dv = shape
        q = rng.standard_normal((B, Sq, Hq, Dk)).astype(np.float32)
        kx = (rng.standard_normal((B, Skv, Hkv, Dk)) * 1.5).astype(np.float32)
        vx = rng.standard_normal((B, Skv, Hkv, Dv)).astype(np.float32)

        def enc(x, fmt):
            if fmt == "f32":
                return x.tobytes(), x.astype(np.float64)
            blocks = np.asarray(gq.quantize(x.reshape(-1, 32), gguf_type(fmt)), dtype=np.uint8)
            deq = np.asarray(gq.dequantize(blocks, gguf_type(fmt)), dtype=np.float32)
            return blocks.tobytes(), deq.reshape(x.shape).astype(np.float64)

        kb, kref = enc(kx, kfmt)
        vb, vref = enc(vx, vfmt)
        attention_case(tool, tmp, name, shape, q, kb, vb, kfmt, vfmt, kref, vref, causal)
        n += 1
    return n


def attention_fp8(tool, rng, tmp):
    configs = [
        # name, shape, K, V, causal, per-head scales
        ("K e4m3 V e5m2 GQA causal, per-tensor scales", (2, 4, 90, 8, 2, 64, 64), "e4m3", "e5m2", True, False),
        ("K e5m2 V e4m3 GQA, per-head scales", (1, 3, 77, 6, 3, 128, 128), "e5m2", "e4m3", False, True),
        ("K e4m3 V q4_0 (gguf) GQA decode", (1, 1, 200, 4, 2, 64, 64), "e4m3", "q4_0", True, False),
    ]
    for name, shape, kfmt, vfmt, causal, per_head in configs:
        B, Sq, Skv, Hq, Hkv, Dk, Dv = shape
        q = rng.standard_normal((B, Sq, Hq, Dk)).astype(np.float32)
        extra = []

        def enc(x, fmt, which):
            if fmt in QTYPES:
                blocks = np.asarray(gq.quantize(x.reshape(-1, 32), gguf_type(fmt)), dtype=np.uint8)
                deq = np.asarray(gq.dequantize(blocks, gguf_type(fmt)), dtype=np.float32)
                return blocks.tobytes(), deq.reshape(x.shape).astype(np.float64)
            # Codes from ml_dtypes (values a few times the unit, so subnormals
            # and the top of the range both occur), scales that are not powers
            # of two, so the product is a real multiplication.
            codes = (x * np.float32(3.0)).astype(ml_type(fmt))
            value = codes.astype(np.float64)
            if per_head:
                s = rng.uniform(0.05, 4.0, Hkv).astype(np.float32)
                extra.extend([f"--{which}-scales", ",".join(repr(float(c)) for c in s)])
                value = value * s.astype(np.float64)[None, None, :, None]
            else:
                s = np.float32(rng.uniform(0.05, 4.0))
                extra.extend([f"--{which}-scale", repr(float(s))])
                value = value * float(s)
            return codes.view(np.uint8).tobytes(), value

        kx = (rng.standard_normal((B, Skv, Hkv, Dk)) * 1.5).astype(np.float32)
        vx = rng.standard_normal((B, Skv, Hkv, Dv)).astype(np.float32)
        lib_fmt = {"e4m3": "fp8_e4m3", "e5m2": "fp8_e5m2"}
        kb, kref = enc(kx, kfmt, "k")
        vb, vref = enc(vx, vfmt, "v")
        attention_case(tool, tmp, name, shape, q, kb, vb, lib_fmt.get(kfmt, kfmt), lib_fmt.get(vfmt, vfmt),
                       kref, vref, causal, extra)


def bad_input(tool):
    """The tool must refuse what it cannot interpret, with a message."""
    for args, data in ((["quantize", "q8_0"], b"\0" * 12), (["dequantize", "q4_0"], b"\0" * 17),
                       (["quantize", "q5_0"], b""), (["fp8-encode", "e3m4"], b"")):
        r = subprocess.run(tool.cmd + args, input=data, capture_output=True)
        check(r.returncode != 0 and r.stderr, f"af_format_tool {' '.join(args)} on bad input: "
                                              f"exit {r.returncode}, message {r.stderr!r}")


def main():
    argv = sys.argv[1:]
    if not argv:
        print(__doc__)
        return 2
    prefix = []
    if "--" in argv:
        cut = argv.index("--")
        argv, prefix = argv[:cut], argv[cut + 1:]
    tool = Tool(argv[0], prefix)
    rng = np.random.default_rng(SEED)
    # gguf's numpy code overflows (d past f16's range) and makes NaN (0 * Inf)
    # on purpose in some of the cases below; the results are compared, the
    # warnings are noise.
    np.seterr(all="ignore")
    print(f"seed {SEED} (ATTNFORGE_TEST_SEED), numpy {np.__version__}"
          + (f", ml_dtypes {ml_dtypes.__version__}" if ml_dtypes is not None else ""))
    bad_input(tool)
    fp8_decode(tool)
    with tempfile.TemporaryDirectory() as tmp:
        if ml_dtypes is not None:
            fp8_encode(tool, rng)
        if gq is not None:
            block_formats(tool, rng)
            zero_sign_blocks(tool)
            attention_gguf(tool, rng, tmp)
        if gq is not None and ml_dtypes is not None:
            attention_fp8(tool, rng, tmp)
    if failures:
        print(f"{len(failures)} check(s) failed")
        return 1
    if missing:
        print(f"SKIP (partly): not importable: {'; '.join(missing)}; {HINT}")
        return SKIP
    print("all format checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
