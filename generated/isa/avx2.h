/* Auto-generated file. Do not edit!
 *   Template:   templates/isa.h.in (+ vmath.lua)
 *   ISA module: templates/isa/avx2.lua
 *   Generator:  gen/attnforge-gen.lua
 *
 * The avx2 vocabulary (8 f32 lanes) the kernels of this ISA are written in.
 */
#ifndef ATTNFORGE_GEN_ISA_AVX2_H
#define ATTNFORGE_GEN_ISA_AVX2_H
#if defined(__x86_64__) || defined(_M_X64)

#include <math.h>
#include <stdint.h>
#include <string.h>

#include "kernel.h"

#include <immintrin.h>
/* The target is carried by the code: no -m flags needed. */
#define AF_TARGET_AVX2 __attribute__((target("avx2,fma,f16c")))

#ifndef AF_UNUSED
#if defined(__GNUC__) || defined(__clang__)
#define AF_UNUSED __attribute__((unused)) /* not every kernel uses every word */
#else
#define AF_UNUSED
#endif
#endif
#ifndef AF_NOINLINE
#if defined(__GNUC__) || defined(__clang__)
#define AF_NOINLINE __attribute__((noinline))
#else
#define AF_NOINLINE
#endif
#endif

typedef __m256 afv_avx2;

static inline AF_UNUSED AF_TARGET_AVX2 afv_avx2 afv_avx2_zero(void) { return _mm256_setzero_ps(); }
static inline AF_UNUSED AF_TARGET_AVX2 afv_avx2 afv_avx2_set1(float x) { return _mm256_set1_ps(x); }
static inline AF_UNUSED AF_TARGET_AVX2 afv_avx2 afv_avx2_load(const float *p) { return _mm256_loadu_ps(p); }
static inline AF_UNUSED AF_TARGET_AVX2 void afv_avx2_store(float *p, afv_avx2 v) { _mm256_storeu_ps(p, v); }
static inline AF_UNUSED AF_TARGET_AVX2 afv_avx2 afv_avx2_add(afv_avx2 a, afv_avx2 b) { return _mm256_add_ps(a, b); }
static inline AF_UNUSED AF_TARGET_AVX2 afv_avx2 afv_avx2_sub(afv_avx2 a, afv_avx2 b) { return _mm256_sub_ps(a, b); }
static inline AF_UNUSED AF_TARGET_AVX2 afv_avx2 afv_avx2_mul(afv_avx2 a, afv_avx2 b) { return _mm256_mul_ps(a, b); }
static inline AF_UNUSED AF_TARGET_AVX2 afv_avx2 afv_avx2_div(afv_avx2 a, afv_avx2 b) { return _mm256_div_ps(a, b); }
static inline AF_UNUSED AF_TARGET_AVX2 afv_avx2 afv_avx2_max(afv_avx2 a, afv_avx2 b) { return _mm256_max_ps(a, b); }
/* a * b + c, one rounding */
static inline AF_UNUSED AF_TARGET_AVX2 afv_avx2 afv_avx2_fma(afv_avx2 a, afv_avx2 b, afv_avx2 c) { return _mm256_fmadd_ps(a, b, c); }
static inline AF_UNUSED AF_TARGET_AVX2 afv_avx2 afv_avx2_abs(afv_avx2 a) { return _mm256_andnot_ps(_mm256_set1_ps(-0.0f), a); }
static inline AF_UNUSED AF_TARGET_AVX2 afv_avx2 afv_avx2_iota(void) { return _mm256_setr_ps(0, 1, 2, 3, 4, 5, 6, 7); }
static inline AF_UNUSED AF_TARGET_AVX2 float afv_avx2_first(afv_avx2 v) { return _mm256_cvtss_f32(v); }
/* m == -inf ? -inf : s + m, so a masked key stays excluded even if s is NaN */
static inline AF_UNUSED AF_TARGET_AVX2 afv_avx2 afv_avx2_mask_add(afv_avx2 s, afv_avx2 m)
{
    const afv_avx2 ninf = _mm256_set1_ps(-INFINITY);
    return _mm256_blendv_ps(_mm256_add_ps(s, m), ninf, _mm256_cmp_ps(m, ninf, _CMP_EQ_OQ));
}
/* x == -inf ? -0.0 : p (marks the weight of an excluded key) */
static inline AF_UNUSED AF_TARGET_AVX2 afv_avx2 afv_avx2_excl(afv_avx2 p, afv_avx2 x)
{
    return _mm256_blendv_ps(p, _mm256_set1_ps(-0.0f), _mm256_cmp_ps(x, _mm256_set1_ps(-INFINITY), _CMP_EQ_OQ));
}
static inline AF_UNUSED AF_TARGET_AVX2 float afv_avx2_hsum(afv_avx2 v)
{
    __m128 x = _mm_add_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
    x = _mm_add_ps(x, _mm_movehl_ps(x, x));
    x = _mm_add_ss(x, _mm_movehdup_ps(x));
    return _mm_cvtss_f32(x);
}
static inline AF_UNUSED AF_TARGET_AVX2 float afv_avx2_hmax(afv_avx2 v)
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
static inline AF_UNUSED AF_TARGET_AVX2 afv_avx2 afv_avx2_fold128(afv_avx2 a, afv_avx2 b)
{
    return _mm256_add_ps(_mm256_permute2f128_ps(a, b, 0x20), _mm256_permute2f128_ps(a, b, 0x31));
}
static inline AF_UNUSED AF_TARGET_AVX2 afv_avx2 afv_avx2_fold64(afv_avx2 a, afv_avx2 b)
{
    return _mm256_add_ps(_mm256_shuffle_ps(a, b, 0x44), _mm256_shuffle_ps(a, b, 0xEE));
}
static inline AF_UNUSED AF_TARGET_AVX2 afv_avx2 afv_avx2_fold32(afv_avx2 a, afv_avx2 b)
{
    return _mm256_add_ps(_mm256_shuffle_ps(a, b, 0x88), _mm256_shuffle_ps(a, b, 0xDD));
}
static inline AF_UNUSED AF_TARGET_AVX2 afv_avx2 afv_avx2_reduce8(afv_avx2 a0, afv_avx2 a1, afv_avx2 a2, afv_avx2 a3,
                                        afv_avx2 a4, afv_avx2 a5, afv_avx2 a6, afv_avx2 a7)
{
    const afv_avx2 f0 = afv_avx2_fold128(a0, a4), f1 = afv_avx2_fold128(a1, a5);
    const afv_avx2 f2 = afv_avx2_fold128(a2, a6), f3 = afv_avx2_fold128(a3, a7);
    return afv_avx2_fold32(afv_avx2_fold64(f0, f1), afv_avx2_fold64(f2, f3));
}

/* Primitives of templates/vmath.lua (exp, tanh). */
typedef __m256 afm_avx2;
static inline AF_UNUSED AF_TARGET_AVX2 afm_avx2 afv_avx2_lt(afv_avx2 a, afv_avx2 b) { return _mm256_cmp_ps(a, b, _CMP_LT_OQ); }
static inline AF_UNUSED AF_TARGET_AVX2 afm_avx2 afv_avx2_gt(afv_avx2 a, afv_avx2 b) { return _mm256_cmp_ps(a, b, _CMP_GT_OQ); }
static inline AF_UNUSED AF_TARGET_AVX2 afv_avx2 afv_avx2_select(afm_avx2 m, afv_avx2 t, afv_avx2 f) { return _mm256_blendv_ps(f, t, m); }
static inline AF_UNUSED AF_TARGET_AVX2 int afm_avx2_all(afm_avx2 m) { return _mm256_movemask_ps(m) == 0xff; }
static inline AF_UNUSED AF_TARGET_AVX2 afv_avx2 afv_avx2_round(afv_avx2 x)
{
    return _mm256_round_ps(x, _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
}
static inline AF_UNUSED AF_TARGET_AVX2 afv_avx2 afv_avx2_fnma(afv_avx2 a, afv_avx2 b, afv_avx2 c) { return _mm256_fnmadd_ps(a, b, c); }
static inline AF_UNUSED AF_TARGET_AVX2 afv_avx2 afv_avx2_pow2i(afv_avx2 t) /* t + 127 into the exponent field */
{
    const __m256i e = _mm256_add_epi32(_mm256_cvtps_epi32(t), _mm256_set1_epi32(127));
    return _mm256_castsi256_ps(_mm256_slli_epi32(e, 23));
}
static inline AF_UNUSED AF_TARGET_AVX2 afv_avx2 afv_avx2_copysign(afv_avx2 y, afv_avx2 x)
{
    return _mm256_or_ps(y, _mm256_and_ps(_mm256_set1_ps(-0.0f), x));
}
/* ---- load words of the vocabulary formats (templates/fmt/, `vocabulary`) ---- */
static inline AF_UNUSED AF_TARGET_AVX2 afv_avx2 afv_avx2_load_f16(const uint16_t *p)
{
    return _mm256_cvtph_ps(_mm_loadu_si128((const __m128i *)(const void *)p));
}
static inline AF_UNUSED AF_TARGET_AVX2 void afv_avx2_store_bf16(uint16_t *p, afv_avx2 v)
{
    const __m256i u = _mm256_castps_si256(v), one = _mm256_set1_epi32(1);
    const __m256i up = _mm256_srli_epi32(u, 16);
    const __m256i rne = _mm256_srli_epi32(_mm256_add_epi32(_mm256_add_epi32(u, _mm256_set1_epi32(0x7fff)),
                                                           _mm256_and_si256(up, one)), 16);
    const __m256i nan = _mm256_cmpgt_epi32(_mm256_and_si256(u, _mm256_set1_epi32(0x7fffffff)),
                                           _mm256_set1_epi32(0x7f800000));
    const __m256i r = _mm256_blendv_epi8(rne, _mm256_or_si256(up, _mm256_set1_epi32(0x40)), nan);
    /* 32-bit lanes to 16: packus works within 128-bit halves, then the
     * halves' low quadwords are brought together */
    const __m256i w = _mm256_permute4x64_epi64(_mm256_packus_epi32(r, r), 0xd8);
    _mm_storeu_si128((__m128i *)(void *)p, _mm256_castsi256_si128(w));
}
static inline AF_UNUSED AF_TARGET_AVX2 void afv_avx2_store_f16(uint16_t *p, afv_avx2 v)
{
    _mm_storeu_si128((__m128i *)(void *)p, _mm256_cvtps_ph(v, _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC));
}

/* ---- exp and tanh over that vocabulary: templates/vmath.lua ---- */
/* exp's reduction and polynomial: x = t ln2 + r, returns p ~ exp(r), *tp = t */
static inline AF_UNUSED AF_TARGET_AVX2 afv_avx2 afv_avx2_exp_core(afv_avx2 x, afv_avx2 *tp)
{
    const afv_avx2 t = afv_avx2_round(afv_avx2_mul(x, afv_avx2_set1(1.44269504088896341f)));
    afv_avx2 r = afv_avx2_fnma(t, afv_avx2_set1(0.693145751953125f), x);     /* x - t ln2hi */
    r = afv_avx2_fnma(t, afv_avx2_set1(1.42860682030941723e-6f), r);    /* - t ln2lo */
    afv_avx2 p = afv_avx2_set1(1.98412698e-4f);                         /* 1/5040 */
    p = afv_avx2_fma(p, r, afv_avx2_set1(1.38888889e-3f));              /* 1/720 */
    p = afv_avx2_fma(p, r, afv_avx2_set1(8.33333333e-3f));              /* 1/120 */
    p = afv_avx2_fma(p, r, afv_avx2_set1(4.16666667e-2f));              /* 1/24 */
    p = afv_avx2_fma(p, r, afv_avx2_set1(1.66666667e-1f));              /* 1/6 */
    p = afv_avx2_fma(p, r, afv_avx2_set1(0.5f));
    p = afv_avx2_fma(p, r, afv_avx2_set1(1.0f));
    *tp = t;
    return afv_avx2_fma(p, r, afv_avx2_set1(1.0f));
}

static inline AF_UNUSED AF_TARGET_AVX2 afv_avx2 afv_avx2_exp(afv_avx2 x)
{
    afv_avx2 t;
    const afv_avx2 p = afv_avx2_exp_core(x, &t);
    const afv_avx2 t1 = afv_avx2_round(afv_avx2_mul(t, afv_avx2_set1(0.5f))), t2 = afv_avx2_sub(t, t1);
    afv_avx2 y = afv_avx2_mul(afv_avx2_mul(p, afv_avx2_pow2i(t1)), afv_avx2_pow2i(t2));
    y = afv_avx2_select(afv_avx2_lt(x, afv_avx2_set1(-87.3365448f)), afv_avx2_zero(), y);
    return afv_avx2_select(afv_avx2_gt(x, afv_avx2_set1(88.7228394f)), afv_avx2_set1(INFINITY), y);
}

/* x <= 0 or NaN only: 2^t in one exact factor */
static inline AF_UNUSED AF_TARGET_AVX2 afv_avx2 afv_avx2_expn(afv_avx2 x)
{
    afv_avx2 t;
    const afv_avx2 p = afv_avx2_exp_core(x, &t);
    return afv_avx2_select(afv_avx2_lt(x, afv_avx2_set1(-87.3365448f)), afv_avx2_zero(), afv_avx2_mul(p, afv_avx2_pow2i(t)));
}

static inline AF_UNUSED AF_TARGET_AVX2 afv_avx2 afv_avx2_tanh(afv_avx2 x)
{
    const afv_avx2 ax = afv_avx2_abs(x), x2 = afv_avx2_mul(ax, ax);
    afv_avx2 q = afv_avx2_set1(3.59212804e-3f);                         /* 21844/6081075 */
    q = afv_avx2_fma(q, x2, afv_avx2_set1(-8.86323553e-3f));            /* -1382/155925 */
    q = afv_avx2_fma(q, x2, afv_avx2_set1(2.18694885e-2f));             /* 62/2835 */
    q = afv_avx2_fma(q, x2, afv_avx2_set1(-5.39682540e-2f));            /* -17/315 */
    q = afv_avx2_fma(q, x2, afv_avx2_set1(1.33333333e-1f));             /* 2/15 */
    q = afv_avx2_fma(q, x2, afv_avx2_set1(-3.33333333e-1f));            /* -1/3 */
    afv_avx2 y = afv_avx2_fma(afv_avx2_mul(ax, x2), q, ax);
    const afm_avx2 small = afv_avx2_lt(ax, afv_avx2_set1(0.4f)); /* NaN lanes are not small */
    if (!afm_avx2_all(small)) {
        const afv_avx2 one = afv_avx2_set1(1.0f), e = afv_avx2_expn(afv_avx2_mul(ax, afv_avx2_set1(-2.0f)));
        y = afv_avx2_select(small, y, afv_avx2_div(afv_avx2_sub(one, e), afv_avx2_add(one, e)));
    }
    return afv_avx2_copysign(y, x);
}
#endif /* defined(__x86_64__) || defined(_M_X64) */
#endif /* ATTNFORGE_GEN_ISA_AVX2_H */
