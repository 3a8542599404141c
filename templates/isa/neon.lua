-- ISA vocabulary: AArch64 Advanced SIMD (NEON), 4 f32 lanes (float32x4_t).
--
-- NEON is part of the AArch64 base ISA, so the code needs no target
-- attribute; the runtime still checks HWCAP_ASIMD (Linux getauxval) or
-- hw.optional.neon (macOS sysctl) before using it. f16 is widened with
-- FCVTL (vcvt_f32_f16, base AArch64), bf16 by a 16-bit left shift; all
-- arithmetic is f32, exactly as on x86-64. Not used (yet): the FP16
-- arithmetic and BF16 dot-product extensions (FEAT_FP16, FEAT_BF16).
--
-- exp and tanh: templates/vmath.lua (FRINTN for the rounding), checked by
-- tests/test_exp.c under qemu-aarch64 in CI.

local M = {}

M.name = "neon"
M.token = "NEON"
M.family = "neon" -- key of the per-ISA words in templates/fmt/<format>.lua (neonfhm, neonbf16 too)
M.W = 4
M.vregs = 32 -- vector registers (v0-v31)
M.x86 = false
M.guard = "defined(__aarch64__)"   -- the file compiles to nothing elsewhere
M.include = "arm_neon.h"
M.target = nil                     -- base AArch64: no target attribute needed
M.cpu = { "arm_asimd" }
M.abi = 5
M.rank = 2 -- x86 and Arm ranks may be equal: they never meet on one CPU
M.doc = "generated, aarch64 NEON"

-- Register blocks (32 vector registers).
M.qk_decode = { rows = 1, keys = 4 }
M.qk_prefill = { rows = 2, keys = 2 }
M.pv_decode = { rows = 2, vecs = 4 }
M.pv_prefill = { rows = 4, vecs = 4 }
-- Prefill QK^T in outer-product form (templates/prefill.c.in): vecs vectors
-- of query rows (one row per lane) x keys keys, one accumulator each, no
-- reduction.
M.qk_outer = { vecs = 4, keys = 4 }

M.reduce_fn = "afv_reduce4"

-- Store lane group `part` (of `nparts` equal groups) of vector v at dst.
function M.store_part(dst, v, part, nparts)
  if nparts == 1 then return string.format("afv_store(%s, %s);", dst, v) end
  assert(nparts == 2, "neon stores 1 or 2 lane groups")
  if part == 0 then return string.format("vst1_f32(%s, vget_low_f32(%s));", dst, v) end
  return string.format("vst1_f32(%s, vget_high_f32(%s));", dst, v)
end

M.prelude = [[
typedef float32x4_t afv;

static inline AF_UNUSED afv afv_zero(void) { return vdupq_n_f32(0.0f); }
static inline AF_UNUSED afv afv_set1(float x) { return vdupq_n_f32(x); }
static inline AF_UNUSED afv afv_load(const float *p) { return vld1q_f32(p); }
static inline AF_UNUSED void afv_store(float *p, afv v) { vst1q_f32(p, v); }
static inline AF_UNUSED afv afv_add(afv a, afv b) { return vaddq_f32(a, b); }
static inline AF_UNUSED afv afv_sub(afv a, afv b) { return vsubq_f32(a, b); }
static inline AF_UNUSED afv afv_mul(afv a, afv b) { return vmulq_f32(a, b); }
static inline AF_UNUSED afv afv_div(afv a, afv b) { return vdivq_f32(a, b); }
/* NaN-propagating (FMAX); the block softmax detects NaN by its sum anyway */
static inline AF_UNUSED afv afv_max(afv a, afv b) { return vmaxq_f32(a, b); }
/* a * b + c, one rounding */
static inline AF_UNUSED afv afv_fma(afv a, afv b, afv c) { return vfmaq_f32(c, a, b); }
static inline AF_UNUSED afv afv_abs(afv a) { return vabsq_f32(a); }
static inline AF_UNUSED afv afv_iota(void)
{
    static const float i[4] = {0.0f, 1.0f, 2.0f, 3.0f};
    return vld1q_f32(i);
}
static inline AF_UNUSED float afv_first(afv v) { return vgetq_lane_f32(v, 0); }
/* m == -inf ? -inf : s + m, so a masked key stays excluded even if s is NaN */
static inline AF_UNUSED afv afv_mask_add(afv s, afv m)
{
    const afv ninf = vdupq_n_f32(-INFINITY);
    return vbslq_f32(vceqq_f32(m, ninf), ninf, vaddq_f32(s, m));
}
/* x == -inf ? -0.0 : p (marks the weight of an excluded key) */
static inline AF_UNUSED afv afv_excl(afv p, afv x)
{
    return vbslq_f32(vceqq_f32(x, vdupq_n_f32(-INFINITY)), vdupq_n_f32(-0.0f), p);
}
static inline AF_UNUSED float afv_hsum(afv v) { return vaddvq_f32(v); }
static inline AF_UNUSED float afv_hmax(afv v) { return vmaxvq_f32(v); }

/* Lane i = sum of the lanes of a_i: two levels of pairwise adds. */
static inline AF_UNUSED afv afv_reduce4(afv a0, afv a1, afv a2, afv a3)
{
    return vpaddq_f32(vpaddq_f32(a0, a1), vpaddq_f32(a2, a3));
}

/* Primitives of templates/vmath.lua (exp, tanh). */
typedef uint32x4_t afm;
static inline AF_UNUSED afm afv_lt(afv a, afv b) { return vcltq_f32(a, b); }
static inline AF_UNUSED afm afv_gt(afv a, afv b) { return vcgtq_f32(a, b); }
static inline AF_UNUSED afv afv_select(afm m, afv t, afv f) { return vbslq_f32(m, t, f); }
static inline AF_UNUSED int afm_all(afm m) { return vminvq_u32(m) != 0; }
static inline AF_UNUSED afv afv_round(afv x) { return vrndnq_f32(x); }
static inline AF_UNUSED afv afv_fnma(afv a, afv b, afv c) { return vfmsq_f32(c, a, b); }
static inline AF_UNUSED afv afv_pow2i(afv t) /* t + 127 into the exponent field */
{
    return vreinterpretq_f32_s32(vshlq_n_s32(vaddq_s32(vcvtnq_s32_f32(t), vdupq_n_s32(127)), 23));
}
static inline AF_UNUSED afv afv_copysign(afv y, afv x) { return vbslq_f32(vdupq_n_u32(0x80000000u), x, y); }
]]

return M
