/* Auto-generated file. Do not edit!
 *   Template:   templates/math.c.in (+ prelude.c.in, epilogue.c.in, vmath.lua)
 *   ISA module: templates/isa/avx2.lua
 *   Generator:  gen/attnforge-gen.lua
 *   Parameters: isa=avx2
 *
 * Test entries for the ISA's vectorized exp and tanh, the very code the
 * kernels of this ISA inline (tests/test_exp.c sweeps them against libm).
 * Documented bounds (templates/vmath.lua): exp <= 2 ulp, tanh <= 4 ulp.
 */
#if defined(__x86_64__) || defined(_M_X64)

#include <math.h>
#include <stdint.h>
#include <string.h>

#include "kernel.h"

#include <immintrin.h>
/* The target is carried by the code: this file needs no -m flags. */
#define AF_TARGET __attribute__((target("avx2,fma,f16c")))

#if defined(__GNUC__) || defined(__clang__)
#define AF_UNUSED __attribute__((unused)) /* not every variant uses every word */
#else
#define AF_UNUSED
#endif

/* ---- ISA vocabulary: templates/isa/avx2.lua (8 f32 lanes) ---- */

typedef __m256 afv;

static inline AF_UNUSED AF_TARGET afv afv_zero(void) { return _mm256_setzero_ps(); }
static inline AF_UNUSED AF_TARGET afv afv_set1(float x) { return _mm256_set1_ps(x); }
static inline AF_UNUSED AF_TARGET afv afv_load(const float *p) { return _mm256_loadu_ps(p); }
static inline AF_UNUSED AF_TARGET void afv_store(float *p, afv v) { _mm256_storeu_ps(p, v); }
static inline AF_UNUSED AF_TARGET afv afv_load_f16(const uint16_t *p)
{
    return _mm256_cvtph_ps(_mm_loadu_si128((const __m128i *)(const void *)p));
}
static inline AF_UNUSED AF_TARGET afv afv_load_bf16(const uint16_t *p)
{
    __m256i w = _mm256_cvtepu16_epi32(_mm_loadu_si128((const __m128i *)(const void *)p));
    return _mm256_castsi256_ps(_mm256_slli_epi32(w, 16));
}
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

/* ---- exp and tanh over that vocabulary: templates/vmath.lua ---- */
static inline AF_UNUSED AF_TARGET afv afv_exp(afv x)
{
    const afv t = afv_round(afv_mul(x, afv_set1(1.44269504088896341f)));
    afv r = afv_fnma(t, afv_set1(0.693145751953125f), x);     /* x - t ln2hi */
    r = afv_fnma(t, afv_set1(1.42860682030941723e-6f), r);    /* - t ln2lo */
    afv p = afv_set1(1.98412698e-4f);                         /* 1/5040 */
    p = afv_fma(p, r, afv_set1(1.38888889e-3f));              /* 1/720 */
    p = afv_fma(p, r, afv_set1(8.33333333e-3f));              /* 1/120 */
    p = afv_fma(p, r, afv_set1(4.16666667e-2f));              /* 1/24 */
    p = afv_fma(p, r, afv_set1(1.66666667e-1f));              /* 1/6 */
    p = afv_fma(p, r, afv_set1(0.5f));
    p = afv_fma(p, r, afv_set1(1.0f));
    p = afv_fma(p, r, afv_set1(1.0f));
    const afv t1 = afv_round(afv_mul(t, afv_set1(0.5f))), t2 = afv_sub(t, t1);
    afv y = afv_mul(afv_mul(p, afv_pow2i(t1)), afv_pow2i(t2));
    y = afv_select(afv_lt(x, afv_set1(-87.3365448f)), afv_zero(), y);
    return afv_select(afv_gt(x, afv_set1(88.7228394f)), afv_set1(INFINITY), y);
}

static inline AF_UNUSED AF_TARGET afv afv_tanh(afv x)
{
    const afv one = afv_set1(1.0f);
    const afv ax = afv_abs(x), x2 = afv_mul(ax, ax);
    afv q = afv_set1(3.59212804e-3f);                         /* 21844/6081075 */
    q = afv_fma(q, x2, afv_set1(-8.86323553e-3f));            /* -1382/155925 */
    q = afv_fma(q, x2, afv_set1(2.18694885e-2f));             /* 62/2835 */
    q = afv_fma(q, x2, afv_set1(-5.39682540e-2f));            /* -17/315 */
    q = afv_fma(q, x2, afv_set1(1.33333333e-1f));             /* 2/15 */
    q = afv_fma(q, x2, afv_set1(-3.33333333e-1f));            /* -1/3 */
    const afv small = afv_fma(afv_mul(ax, x2), q, ax);
    const afv e = afv_exp(afv_add(ax, ax));
    const afv big = afv_sub(one, afv_div(afv_set1(2.0f), afv_add(e, one)));
    return afv_copysign(afv_select(afv_lt(ax, afv_set1(0.4f)), small, big), x);
}

void attnforge_exp_f32__avx2(const float *x, float *y, int n);
void attnforge_tanh_f32__avx2(const float *x, float *y, int n);

AF_TARGET void attnforge_exp_f32__avx2(const float *x, float *y, int n)
{
    int i = 0;
    for (; i + 8 <= n; i += 8) afv_store(y + i, afv_exp(afv_load(x + i)));
    if (i < n) {
        float tx[8] = { 0 }, ty[8];
        memcpy(tx, x + i, (size_t)(n - i) * sizeof(float));
        afv_store(ty, afv_exp(afv_load(tx)));
        memcpy(y + i, ty, (size_t)(n - i) * sizeof(float));
    }
}

AF_TARGET void attnforge_tanh_f32__avx2(const float *x, float *y, int n)
{
    int i = 0;
    for (; i + 8 <= n; i += 8) afv_store(y + i, afv_tanh(afv_load(x + i)));
    if (i < n) {
        float tx[8] = { 0 }, ty[8];
        memcpy(tx, x + i, (size_t)(n - i) * sizeof(float));
        afv_store(ty, afv_tanh(afv_load(tx)));
        memcpy(y + i, ty, (size_t)(n - i) * sizeof(float));
    }
}

#else  /* not defined(__x86_64__) || defined(_M_X64): this file compiles to nothing */
typedef int afk_empty_translation_unit;
#endif
