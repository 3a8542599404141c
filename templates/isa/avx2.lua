-- ISA vocabulary: x86-64 AVX2 + FMA + F16C, 8 f32 lanes (__m256).
--
-- The templates speak only through the names defined here: the C prelude
-- below (afv_* static inline helpers, compiled with the file's AF_TARGET
-- attribute) and the few Lua fields the generator needs at generation time.
--
-- exp and tanh: templates/vmath.lua, over the primitives at the end of the
-- prelude.

local M = {}

M.name = "avx2"
M.token = "AVX2"
M.family = "avx2" -- key of the per-ISA words in templates/fmt/<format>.lua
M.W = 8
M.vregs = 16 -- vector registers (ymm0-15)
M.x86 = true
M.guard = "defined(__x86_64__) || defined(_M_X64)" -- the file compiles to nothing elsewhere
M.include = "immintrin.h"
M.target = "avx2,fma,f16c"
-- CPU features (runtime/dispatch.c detects them as AF_ARCH_<NAME> flags; the
-- OS must also save the YMM state, which detection folds into x86_avx2)
M.cpu = { "x86_avx2", "x86_fma", "x86_f16c" }
M.abi = 3  -- ATTNFORGE_ISA_AVX2's value in attnforge.h: public ABI, never changes
M.rank = 2
M.doc = "generated, x86-64 AVX2 + FMA + F16C"

-- Register blocks (rows x keys for QK^T, rows x vectors of Dv for PV).
M.qk_decode = { rows = 1, keys = 8 }
M.qk_prefill = { rows = 2, keys = 4 }
M.pv_decode = { rows = 2, vecs = 4 }
-- Decode QK^T register blocks, largest first (see avx512.lua). GQA groups
-- of 4, ATTNFORGE_ISA=avx2 on the Intel host, one pinned thread, Skv 1024,
-- 7 rounds (min): tiny-64 (D 64) 1.01-1.04x, Llama 3.1 8B (D 128)
-- 0.99-1.01x; groups of 3 unchanged.
M.qk_decode_blocks = { { rows = 4, keys = 2 }, { rows = 2, keys = 4 } }
M.pv_prefill = { rows = 6, vecs = 2 }
-- Prefill QK^T in outer-product form (templates/prefill.c.in): vecs vectors
-- of query rows (one row per lane) x keys keys, one accumulator each, no
-- reduction. Three vectors (12 accumulators: three FMA chains per pipe
-- and 4-cycle latency leave slack; two vectors' 8 chains had none) and a
-- remainder of two: a 64-row tile runs 3 + 3 + 2 vectors. Zen 3 host, 2
-- threads, causal 2048, 8 interleaved rounds, fastest call of each side
-- against vecs = 2: Llama 3.2 3B f32 / f16 / bf16 1.08 / 0.99 / 1.03x,
-- Gemma 2 1.09 / 1.05 / 1.08x, GPT-2 1.04 / 1.04 / 1.08x.
M.qk_outer = { vecs = 3, keys = 4 }

-- A 64-row prefill tile's Q and score tiles in the worker's scratch where
-- its buffers exceed the stack budget (D 192, 256: templates/kernel.c.in,
-- PRE_SCRATCH). Measured by ATTNFORGE_ISA=avx2 on the Intel host (model 207),
-- causal prefill, 2 threads, 4 interleaved rounds: Gemma 2 (D 256) 1.03x at
-- 2048 and 1.03-1.08x at 512; DeepSeek-V2-Lite (Dk 192) 1.00-1.01x at 2048,
-- 1.01-1.05x at 512.
M.prefill_scratch = true
M.reduce_fn = "afv_reduce8"

-- Store lane group `part` (of `nparts` equal groups) of vector v at dst.
function M.store_part(dst, v, part, nparts)
  if nparts == 1 then return string.format("afv_store(%s, %s);", dst, v) end
  if nparts == 4 then -- two lanes: the low or high half of a 128-bit half
    local h = part // 2 == 0 and string.format("_mm256_castps256_ps128(%s)", v)
      or string.format("_mm256_extractf128_ps(%s, 1)", v)
    return string.format("_mm_store%s_pi((__m64 *)(%s), %s);", part % 2 == 0 and "l" or "h", dst, h)
  end
  assert(nparts == 2, "avx2 stores 1, 2 or 4 lane groups")
  if part == 0 then
    return string.format("_mm_storeu_ps(%s, _mm256_castps256_ps128(%s));", dst, v)
  end
  return string.format("_mm_storeu_ps(%s, _mm256_extractf128_ps(%s, 1));", dst, v)
end

M.prelude = [[
typedef __m256 afv;

static inline AF_UNUSED AF_TARGET afv afv_zero(void) { return _mm256_setzero_ps(); }
static inline AF_UNUSED AF_TARGET afv afv_set1(float x) { return _mm256_set1_ps(x); }
static inline AF_UNUSED AF_TARGET afv afv_load(const float *p) { return _mm256_loadu_ps(p); }
static inline AF_UNUSED AF_TARGET void afv_store(float *p, afv v) { _mm256_storeu_ps(p, v); }
static inline AF_UNUSED AF_TARGET afv afv_add(afv a, afv b) { return _mm256_add_ps(a, b); }
static inline AF_UNUSED AF_TARGET afv afv_sub(afv a, afv b) { return _mm256_sub_ps(a, b); }
static inline AF_UNUSED AF_TARGET afv afv_mul(afv a, afv b) { return _mm256_mul_ps(a, b); }
static inline AF_UNUSED AF_TARGET afv afv_div(afv a, afv b) { return _mm256_div_ps(a, b); }
static inline AF_UNUSED AF_TARGET afv afv_max(afv a, afv b) { return _mm256_max_ps(a, b); }
/* a * b + c, one rounding */
static inline AF_UNUSED AF_TARGET afv afv_fma(afv a, afv b, afv c) { return _mm256_fmadd_ps(a, b, c); }
static inline AF_UNUSED AF_TARGET afv afv_abs(afv a) { return _mm256_andnot_ps(_mm256_set1_ps(-0.0f), a); }
static inline AF_UNUSED AF_TARGET afv afv_iota(void) { return _mm256_setr_ps(0, 1, 2, 3, 4, 5, 6, 7); }
static inline AF_UNUSED AF_TARGET float afv_first(afv v) { return _mm256_cvtss_f32(v); }
/* m == -inf ? -inf : s + m, so a masked key stays excluded even if s is NaN */
static inline AF_UNUSED AF_TARGET afv afv_mask_add(afv s, afv m)
{
    const afv ninf = _mm256_set1_ps(-INFINITY);
    return _mm256_blendv_ps(_mm256_add_ps(s, m), ninf, _mm256_cmp_ps(m, ninf, _CMP_EQ_OQ));
}
/* x == -inf ? -0.0 : p (marks the weight of an excluded key) */
static inline AF_UNUSED AF_TARGET afv afv_excl(afv p, afv x)
{
    return _mm256_blendv_ps(p, _mm256_set1_ps(-0.0f), _mm256_cmp_ps(x, _mm256_set1_ps(-INFINITY), _CMP_EQ_OQ));
}
static inline AF_UNUSED AF_TARGET float afv_hsum(afv v)
{
    __m128 x = _mm_add_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
    x = _mm_add_ps(x, _mm_movehl_ps(x, x));
    x = _mm_add_ss(x, _mm_movehdup_ps(x));
    return _mm_cvtss_f32(x);
}
static inline AF_UNUSED AF_TARGET float afv_hmax(afv v)
{
    __m128 x = _mm_max_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
    x = _mm_max_ps(x, _mm_movehl_ps(x, x));
    x = _mm_max_ss(x, _mm_movehdup_ps(x));
    return _mm_cvtss_f32(x);
}

/* Reduction of 8 accumulators to one vector of their 8 sums, lane i = sum of
 * a_i. Three folding levels, each halving the partial sums per accumulator:
 * 128-bit halves, then pairs, then single lanes; the argument order below
 * undoes the lane interleaving the folds produce. */
static inline AF_UNUSED AF_TARGET afv afv_fold128(afv a, afv b)
{
    return _mm256_add_ps(_mm256_permute2f128_ps(a, b, 0x20), _mm256_permute2f128_ps(a, b, 0x31));
}
static inline AF_UNUSED AF_TARGET afv afv_fold64(afv a, afv b)
{
    return _mm256_add_ps(_mm256_shuffle_ps(a, b, 0x44), _mm256_shuffle_ps(a, b, 0xEE));
}
static inline AF_UNUSED AF_TARGET afv afv_fold32(afv a, afv b)
{
    return _mm256_add_ps(_mm256_shuffle_ps(a, b, 0x88), _mm256_shuffle_ps(a, b, 0xDD));
}
static inline AF_UNUSED AF_TARGET afv afv_reduce8(afv a0, afv a1, afv a2, afv a3,
                                        afv a4, afv a5, afv a6, afv a7)
{
    const afv f0 = afv_fold128(a0, a4), f1 = afv_fold128(a1, a5);
    const afv f2 = afv_fold128(a2, a6), f3 = afv_fold128(a3, a7);
    return afv_fold32(afv_fold64(f0, f1), afv_fold64(f2, f3));
}

/* Primitives of templates/vmath.lua (exp, tanh). */
typedef __m256 afm;
static inline AF_UNUSED AF_TARGET afm afv_lt(afv a, afv b) { return _mm256_cmp_ps(a, b, _CMP_LT_OQ); }
static inline AF_UNUSED AF_TARGET afm afv_gt(afv a, afv b) { return _mm256_cmp_ps(a, b, _CMP_GT_OQ); }
static inline AF_UNUSED AF_TARGET afv afv_select(afm m, afv t, afv f) { return _mm256_blendv_ps(f, t, m); }
static inline AF_UNUSED AF_TARGET int afm_all(afm m) { return _mm256_movemask_ps(m) == 0xff; }
static inline AF_UNUSED AF_TARGET afv afv_round(afv x)
{
    return _mm256_round_ps(x, _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
}
static inline AF_UNUSED AF_TARGET afv afv_fnma(afv a, afv b, afv c) { return _mm256_fnmadd_ps(a, b, c); }
static inline AF_UNUSED AF_TARGET afv afv_pow2i(afv t) /* t + 127 into the exponent field */
{
    const __m256i e = _mm256_add_epi32(_mm256_cvtps_epi32(t), _mm256_set1_epi32(127));
    return _mm256_castsi256_ps(_mm256_slli_epi32(e, 23));
}
static inline AF_UNUSED AF_TARGET afv afv_copysign(afv y, afv x)
{
    return _mm256_or_ps(y, _mm256_and_ps(_mm256_set1_ps(-0.0f), x));
}
]]

return M
