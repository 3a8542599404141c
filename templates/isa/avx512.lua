-- ISA vocabulary: x86-64 AVX-512 F/BW/VL, 16 f32 lanes (__m512).
--
-- Same contract as avx2.lua; exp and tanh: templates/vmath.lua.
-- Only AVX512F/BW/VL instructions are used (no DQ): bit operations on floats
-- go through the integer domain.

local M = {}

M.name = "avx512"
M.token = "AVX512"
M.family = "avx512" -- key of the per-ISA words in templates/fmt/<format>.lua (avx512bf16 too)
M.W = 16
M.vregs = 32 -- vector registers (zmm0-31)
M.x86 = true
M.guard = "defined(__x86_64__) || defined(_M_X64)" -- the file compiles to nothing elsewhere
M.include = "immintrin.h"
M.target = "avx512f,avx512bw,avx512vl,avx2,fma,f16c"
-- everything M.target names: no DQ (see above)
M.cpu = { "x86_avx2", "x86_fma", "x86_f16c", "x86_avx512f", "x86_avx512bw", "x86_avx512vl" }
M.abi = 4
M.rank = 3
M.doc = "generated, x86-64 AVX-512 F/BW/VL"

M.qk_decode = { rows = 1, keys = 16 }
M.qk_prefill = { rows = 2, keys = 8 }
-- P*V in decode: rows x vecs vectors of Dv per pass; the rest of a KV
-- head's rows in blocks of tail's row counts (largest first), then singly.
-- A 3-row block for GQA groups of 3 (each V vector loaded once, not twice
-- as by a pair and a single row): one pinned thread, Skv 4096, 7 rounds
-- (min), Intel model 207 (twenty-seventh session): Llama 3.2 3B f16 /
-- q8_0 1.02x / 1.04x (f32 within noise), GQA 12/4 at D 64 1.04x / 1.04x,
-- a group of 7 (28/4, D 128: 4 + 3 rows) 1.00x / 1.02x.
M.pv_decode = { rows = 4, vecs = 4, tail = { 3, 2 } }
-- Decode QK^T register blocks (templates/decode.c.in), largest first: a
-- KV head's rows go 4 at a time (each K vector loaded once for 4 rows), then
-- in pairs, then singly (qk_decode). Without this the pairs of qk_prefill.
-- GQA groups of 4, one pinned thread, Skv 4096, 9 rounds (min), Intel model
-- 207 (twenty-seventh session): tiny-64 (D 64) f16 / q8_0 / q4_0 1.08x /
-- 1.04x / 1.08x, tiny-128 1.03-1.04x, Llama 3.1 8B 1.06x / 1.02x / 1.04x;
-- groups of 3 (Llama 3.2 3B, no 4-row block) 1.00x. A 3 x 4 block for
-- groups of 3 (lanes of a fourth row zero) measured 0.99-1.01x: not kept.
M.qk_decode_blocks = { { rows = 4, keys = 4 }, { rows = 2, keys = 8 } }
M.pv_prefill = { rows = 6, vecs = 4 }
-- Prefill QK^T in outer-product form (templates/prefill.c.in): vecs vectors
-- of query rows (one row per lane) x keys keys, one accumulator each, no
-- reduction.
M.qk_outer = { vecs = 2, keys = 8 }
-- The outer-product prefill's key block: at least 32 keys (templates/
-- kernel.c.in: PRE_KB; decode keeps KB). Only D 192 and 256 change (32
-- keys, not 16). Causal prefill, f32 and f16, 2 threads, Intel model 207, 5
-- interleaved rounds: Gemma 2 (D 256) 1.04x at 2048, 1.02x at 512;
-- DeepSeek-V2-Lite (Dk 192) 1.04-1.05x at 2048, 0.98-0.99x at 512. 64 keys
-- at D 128 measured 1.03x at 2048 but 0.91x at 512: not taken.
M.pre_kb_keys = 32
-- Where a whole 64-row prefill tile's buffers do not fit in the kernels'
-- 112 KiB stack budget (D 192 and 256), its Q and score tiles go to the
-- worker's scratch (af_tile.scratch) and the chunk is the whole tile
-- (templates/kernel.c.in: PRE_SCRATCH), instead of 32-row chunks. Causal
-- prefill, 2 threads, Intel model 207, 5 interleaved rounds: Gemma 2 1.05x
-- at 2048 and 1.07-1.15x at 512 (f32, f16); DeepSeek-V2-Lite 1.00-1.01x at
-- 2048, 1.06-1.13x at 512.
M.prefill_scratch = true

M.reduce_fn = "afv_reduce16"

function M.store_part(dst, v, part, nparts)
  if nparts == 1 then return string.format("afv_store(%s, %s);", dst, v) end
  if nparts == 2 then
    if part == 0 then
      return string.format("_mm256_storeu_ps(%s, _mm512_castps512_ps256(%s));", dst, v)
    end
    return string.format(
      "_mm256_storeu_ps(%s, _mm256_castpd_ps(_mm512_extractf64x4_pd(_mm512_castps_pd(%s), 1)));", dst, v)
  end
  assert(nparts == 4, "avx512 stores 1, 2 or 4 lane groups")
  return string.format("_mm_storeu_ps(%s, _mm512_extractf32x4_ps(%s, %d));", dst, v, part)
end

M.prelude = [[
typedef __m512 afv;

static inline AF_UNUSED AF_TARGET afv afv_zero(void) { return _mm512_setzero_ps(); }
static inline AF_UNUSED AF_TARGET afv afv_set1(float x) { return _mm512_set1_ps(x); }
static inline AF_UNUSED AF_TARGET afv afv_load(const float *p) { return _mm512_loadu_ps(p); }
static inline AF_UNUSED AF_TARGET void afv_store(float *p, afv v) { _mm512_storeu_ps(p, v); }
static inline AF_UNUSED AF_TARGET afv afv_add(afv a, afv b) { return _mm512_add_ps(a, b); }
static inline AF_UNUSED AF_TARGET afv afv_sub(afv a, afv b) { return _mm512_sub_ps(a, b); }
static inline AF_UNUSED AF_TARGET afv afv_mul(afv a, afv b) { return _mm512_mul_ps(a, b); }
static inline AF_UNUSED AF_TARGET afv afv_div(afv a, afv b) { return _mm512_div_ps(a, b); }
static inline AF_UNUSED AF_TARGET afv afv_max(afv a, afv b) { return _mm512_max_ps(a, b); }
static inline AF_UNUSED AF_TARGET afv afv_fma(afv a, afv b, afv c) { return _mm512_fmadd_ps(a, b, c); }
static inline AF_UNUSED AF_TARGET afv afv_abs(afv a)
{
    return _mm512_castsi512_ps(_mm512_and_si512(_mm512_castps_si512(a), _mm512_set1_epi32(0x7fffffff)));
}
static inline AF_UNUSED AF_TARGET afv afv_iota(void)
{
    return _mm512_setr_ps(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
}
static inline AF_UNUSED AF_TARGET float afv_first(afv v) { return _mm512_cvtss_f32(v); }
static inline AF_UNUSED AF_TARGET afv afv_mask_add(afv s, afv m)
{
    const afv ninf = _mm512_set1_ps(-INFINITY);
    return _mm512_mask_blend_ps(_mm512_cmp_ps_mask(m, ninf, _CMP_EQ_OQ), _mm512_add_ps(s, m), ninf);
}
/* x == -inf ? -0.0 : p (marks the weight of an excluded key) */
static inline AF_UNUSED AF_TARGET afv afv_excl(afv p, afv x)
{
    return _mm512_mask_blend_ps(_mm512_cmp_ps_mask(x, _mm512_set1_ps(-INFINITY), _CMP_EQ_OQ), p,
                                _mm512_set1_ps(-0.0f));
}
static inline AF_UNUSED AF_TARGET float afv_hsum(afv v)
{
    __m256 h = _mm256_add_ps(_mm512_castps512_ps256(v),
                             _mm256_castpd_ps(_mm512_extractf64x4_pd(_mm512_castps_pd(v), 1)));
    __m128 x = _mm_add_ps(_mm256_castps256_ps128(h), _mm256_extractf128_ps(h, 1));
    x = _mm_add_ps(x, _mm_movehl_ps(x, x));
    x = _mm_add_ss(x, _mm_movehdup_ps(x));
    return _mm_cvtss_f32(x);
}
static inline AF_UNUSED AF_TARGET float afv_hmax(afv v)
{
    __m256 h = _mm256_max_ps(_mm512_castps512_ps256(v),
                             _mm256_castpd_ps(_mm512_extractf64x4_pd(_mm512_castps_pd(v), 1)));
    __m128 x = _mm_max_ps(_mm256_castps256_ps128(h), _mm256_extractf128_ps(h, 1));
    x = _mm_max_ps(x, _mm_movehl_ps(x, x));
    x = _mm_max_ss(x, _mm_movehdup_ps(x));
    return _mm_cvtss_f32(x);
}

/* Reduction of 16 accumulators to one vector of their sums (lane i = sum of
 * a_i): four folds (256-bit halves, 128-bit quarters, pairs, lanes); the
 * argument order undoes the 4x4 lane transpose the folds produce. */
static inline AF_UNUSED AF_TARGET afv afv_fold256(afv a, afv b)
{
    return _mm512_add_ps(_mm512_shuffle_f32x4(a, b, 0x44), _mm512_shuffle_f32x4(a, b, 0xEE));
}
static inline AF_UNUSED AF_TARGET afv afv_fold128(afv a, afv b)
{
    return _mm512_add_ps(_mm512_shuffle_f32x4(a, b, 0x88), _mm512_shuffle_f32x4(a, b, 0xDD));
}
static inline AF_UNUSED AF_TARGET afv afv_fold64(afv a, afv b)
{
    return _mm512_add_ps(_mm512_shuffle_ps(a, b, 0x44), _mm512_shuffle_ps(a, b, 0xEE));
}
static inline AF_UNUSED AF_TARGET afv afv_fold32(afv a, afv b)
{
    return _mm512_add_ps(_mm512_shuffle_ps(a, b, 0x88), _mm512_shuffle_ps(a, b, 0xDD));
}
static inline AF_UNUSED AF_TARGET afv afv_reduce16(afv a0, afv a1, afv a2, afv a3, afv a4, afv a5,
                                         afv a6, afv a7, afv a8, afv a9, afv a10, afv a11,
                                         afv a12, afv a13, afv a14, afv a15)
{
    const afv e0 = afv_fold256(a0, a4), e1 = afv_fold256(a8, a12);
    const afv e2 = afv_fold256(a1, a5), e3 = afv_fold256(a9, a13);
    const afv e4 = afv_fold256(a2, a6), e5 = afv_fold256(a10, a14);
    const afv e6 = afv_fold256(a3, a7), e7 = afv_fold256(a11, a15);
    const afv f0 = afv_fold128(e0, e1), f1 = afv_fold128(e2, e3);
    const afv f2 = afv_fold128(e4, e5), f3 = afv_fold128(e6, e7);
    return afv_fold32(afv_fold64(f0, f1), afv_fold64(f2, f3));
}

/* Primitives of templates/vmath.lua (exp, tanh). */
typedef __mmask16 afm;
static inline AF_UNUSED AF_TARGET afm afv_lt(afv a, afv b) { return _mm512_cmp_ps_mask(a, b, _CMP_LT_OQ); }
static inline AF_UNUSED AF_TARGET afm afv_gt(afv a, afv b) { return _mm512_cmp_ps_mask(a, b, _CMP_GT_OQ); }
static inline AF_UNUSED AF_TARGET afv afv_select(afm m, afv t, afv f) { return _mm512_mask_blend_ps(m, f, t); }
static inline AF_UNUSED AF_TARGET int afm_all(afm m) { return m == 0xffff; }
static inline AF_UNUSED AF_TARGET afv afv_round(afv x)
{
    return _mm512_roundscale_ps(x, _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
}
static inline AF_UNUSED AF_TARGET afv afv_fnma(afv a, afv b, afv c) { return _mm512_fnmadd_ps(a, b, c); }
static inline AF_UNUSED AF_TARGET afv afv_pow2i(afv t) /* t + 127 into the exponent field */
{
    const __m512i e = _mm512_add_epi32(_mm512_cvtps_epi32(t), _mm512_set1_epi32(127));
    return _mm512_castsi512_ps(_mm512_slli_epi32(e, 23));
}
static inline AF_UNUSED AF_TARGET afv afv_copysign(afv y, afv x) /* integer domain: no DQ */
{
    const __m512i sign = _mm512_and_si512(_mm512_castps_si512(x), _mm512_set1_epi32((int)0x80000000u));
    return _mm512_castsi512_ps(_mm512_or_si512(_mm512_castps_si512(y), sign));
}
]]

return M
