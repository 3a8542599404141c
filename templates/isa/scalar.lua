-- ISA vocabulary: portable C11, one f32 lane ("vector" = float). Compiles on
-- any target; the compiler may auto-vectorize but nothing here depends on it.
--
-- exp and tanh: templates/vmath.lua over the primitives at the end of the
-- prelude (without FMA each Horner step rounds twice).

local M = {}

M.name = "scalar"
M.token = "SCALAR"
M.family = "scalar" -- key of the per-ISA words in templates/fmt/<format>.lua
M.W = 1
M.x86 = false
M.target = nil
M.cpu = {}
M.abi = 2  -- ATTNFORGE_ISA_SCALAR's value in attnforge.h: public ABI, never changes
M.rank = 1 -- dispatch prefers higher ranks
M.doc = "generated, portable C"

-- With one lane an accumulator is a score: no reduction, more independent
-- chains instead.
M.qk_decode = { rows = 1, keys = 4 }
M.qk_prefill = { rows = 2, keys = 2 }
M.pv_decode = { rows = 2, vecs = 4 }
M.pv_prefill = { rows = 4, vecs = 2 }
-- Prefill QK^T in outer-product form (templates/prefill.c.in): vecs vectors
-- of query rows (one row per lane) x keys keys, one accumulator each, no
-- reduction.
M.qk_outer = { vecs = 4, keys = 2 }

-- Passes over the head dims as C loops (templates/common.c.in: emit_pv's
-- column passes, emit_qk's steps over Dk) instead of unrolled: with one lane
-- a D = 256 kernel unrolled is ~1 MB of C (the scalar variants were 42 % of
-- generated/ and of every build's compile time) for no measured gain; the
-- arithmetic and its order are the same either way.
M.roll = true

M.reduce_fn = nil

function M.store_part(dst, v, part, nparts)
  assert(nparts == 1)
  return string.format("*(%s) = %s;", dst, v)
end

M.prelude = [[
typedef float afv;

static inline AF_UNUSED afv afv_zero(void) { return 0.0f; }
static inline AF_UNUSED afv afv_set1(float x) { return x; }
static inline AF_UNUSED afv afv_load(const float *p) { return *p; }
static inline AF_UNUSED void afv_store(float *p, afv v) { *p = v; }
static inline AF_UNUSED afv afv_add(afv a, afv b) { return a + b; }
static inline AF_UNUSED afv afv_sub(afv a, afv b) { return a - b; }
static inline AF_UNUSED afv afv_mul(afv a, afv b) { return a * b; }
static inline AF_UNUSED afv afv_div(afv a, afv b) { return a / b; }
static inline AF_UNUSED afv afv_max(afv a, afv b) { return a > b ? a : b; }
static inline AF_UNUSED afv afv_fma(afv a, afv b, afv c) { return a * b + c; }
static inline AF_UNUSED afv afv_abs(afv a) { return a < 0.0f ? -a : a; }
static inline AF_UNUSED afv afv_iota(void) { return 0.0f; }
static inline AF_UNUSED float afv_first(afv v) { return v; }
static inline AF_UNUSED afv afv_mask_add(afv s, afv m) { return m == -INFINITY ? -INFINITY : s + m; }
static inline AF_UNUSED afv afv_excl(afv p, afv x) { return x == -INFINITY ? -0.0f : p; }
static inline AF_UNUSED float afv_hsum(afv v) { return v; }
static inline AF_UNUSED float afv_hmax(afv v) { return v; }

/* Primitives of templates/vmath.lua (exp, tanh). */
typedef int afm;
static inline AF_UNUSED afm afv_lt(afv a, afv b) { return a < b; }
static inline AF_UNUSED afm afv_gt(afv a, afv b) { return a > b; }
static inline AF_UNUSED afv afv_select(afm m, afv t, afv f) { return m ? t : f; }
static inline AF_UNUSED int afm_all(afm m) { return m; }
/* Half away from zero. The range check keeps the conversion defined: NaN,
 * +-inf and |x| >= 2^23 (already integral) pass through. */
static inline AF_UNUSED afv afv_round(afv x)
{
    return x > -0x1p23f && x < 0x1p23f ? (float)(int)(x + (x >= 0.0f ? 0.5f : -0.5f)) : x;
}
static inline AF_UNUSED afv afv_fnma(afv a, afv b, afv c) { return c - a * b; }
/* Outside [-126, 127] any value will do: exp replaces those lanes. */
static inline AF_UNUSED afv afv_pow2i(afv t)
{
    if (!(t >= -126.0f && t <= 127.0f)) return 1.0f;
    union { uint32_t u; float f; } v = { (uint32_t)((int)t + 127) << 23 };
    return v.f;
}
static inline AF_UNUSED afv afv_copysign(afv y, afv x) { return x < 0.0f ? -y : y; }
]]

return M
