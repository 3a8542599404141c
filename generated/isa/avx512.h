/* Auto-generated file. Do not edit!
 *   Template:   templates/isa.h.in (+ vmath.lua)
 *   ISA module: templates/isa/avx512.lua
 *   Generator:  gen/attnforge-gen.lua
 *
 * The avx512 vocabulary (16 f32 lanes) the kernels of this ISA are written in.
 */
#ifndef ATTNFORGE_GEN_ISA_AVX512_H
#define ATTNFORGE_GEN_ISA_AVX512_H
#if defined(__x86_64__) || defined(_M_X64)

#include <math.h>
#include <stdint.h>
#include <string.h>

#include "kernel.h"

#include <immintrin.h>
/* The target is carried by the code: no -m flags needed. */
#define AF_TARGET_AVX512 __attribute__((target("avx512f,avx512bw,avx512vl,avx2,fma,f16c")))

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

typedef __m512 afv_avx512;

static inline AF_UNUSED AF_TARGET_AVX512 afv_avx512 afv_avx512_zero(void) { return _mm512_setzero_ps(); }
static inline AF_UNUSED AF_TARGET_AVX512 afv_avx512 afv_avx512_set1(float x) { return _mm512_set1_ps(x); }
static inline AF_UNUSED AF_TARGET_AVX512 afv_avx512 afv_avx512_load(const float *p) { return _mm512_loadu_ps(p); }
static inline AF_UNUSED AF_TARGET_AVX512 void afv_avx512_store(float *p, afv_avx512 v) { _mm512_storeu_ps(p, v); }
static inline AF_UNUSED AF_TARGET_AVX512 afv_avx512 afv_avx512_add(afv_avx512 a, afv_avx512 b) { return _mm512_add_ps(a, b); }
static inline AF_UNUSED AF_TARGET_AVX512 afv_avx512 afv_avx512_sub(afv_avx512 a, afv_avx512 b) { return _mm512_sub_ps(a, b); }
static inline AF_UNUSED AF_TARGET_AVX512 afv_avx512 afv_avx512_mul(afv_avx512 a, afv_avx512 b) { return _mm512_mul_ps(a, b); }
static inline AF_UNUSED AF_TARGET_AVX512 afv_avx512 afv_avx512_div(afv_avx512 a, afv_avx512 b) { return _mm512_div_ps(a, b); }
static inline AF_UNUSED AF_TARGET_AVX512 afv_avx512 afv_avx512_max(afv_avx512 a, afv_avx512 b) { return _mm512_max_ps(a, b); }
static inline AF_UNUSED AF_TARGET_AVX512 afv_avx512 afv_avx512_fma(afv_avx512 a, afv_avx512 b, afv_avx512 c) { return _mm512_fmadd_ps(a, b, c); }
static inline AF_UNUSED AF_TARGET_AVX512 afv_avx512 afv_avx512_abs(afv_avx512 a)
{
    return _mm512_castsi512_ps(_mm512_and_si512(_mm512_castps_si512(a), _mm512_set1_epi32(0x7fffffff)));
}
static inline AF_UNUSED AF_TARGET_AVX512 afv_avx512 afv_avx512_iota(void)
{
    return _mm512_setr_ps(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
}
static inline AF_UNUSED AF_TARGET_AVX512 float afv_avx512_first(afv_avx512 v) { return _mm512_cvtss_f32(v); }
static inline AF_UNUSED AF_TARGET_AVX512 afv_avx512 afv_avx512_mask_add(afv_avx512 s, afv_avx512 m)
{
    const afv_avx512 ninf = _mm512_set1_ps(-INFINITY);
    return _mm512_mask_blend_ps(_mm512_cmp_ps_mask(m, ninf, _CMP_EQ_OQ), _mm512_add_ps(s, m), ninf);
}
/* x == -inf ? -0.0 : p (marks the weight of an excluded key) */
static inline AF_UNUSED AF_TARGET_AVX512 afv_avx512 afv_avx512_excl(afv_avx512 p, afv_avx512 x)
{
    return _mm512_mask_blend_ps(_mm512_cmp_ps_mask(x, _mm512_set1_ps(-INFINITY), _CMP_EQ_OQ), p,
                                _mm512_set1_ps(-0.0f));
}
static inline AF_UNUSED AF_TARGET_AVX512 float afv_avx512_hsum(afv_avx512 v)
{
    __m256 h = _mm256_add_ps(_mm512_castps512_ps256(v),
                             _mm256_castpd_ps(_mm512_extractf64x4_pd(_mm512_castps_pd(v), 1)));
    __m128 x = _mm_add_ps(_mm256_castps256_ps128(h), _mm256_extractf128_ps(h, 1));
    x = _mm_add_ps(x, _mm_movehl_ps(x, x));
    x = _mm_add_ss(x, _mm_movehdup_ps(x));
    return _mm_cvtss_f32(x);
}
static inline AF_UNUSED AF_TARGET_AVX512 float afv_avx512_hmax(afv_avx512 v)
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
static inline AF_UNUSED AF_TARGET_AVX512 afv_avx512 afv_avx512_fold256(afv_avx512 a, afv_avx512 b)
{
    return _mm512_add_ps(_mm512_shuffle_f32x4(a, b, 0x44), _mm512_shuffle_f32x4(a, b, 0xEE));
}
static inline AF_UNUSED AF_TARGET_AVX512 afv_avx512 afv_avx512_fold128(afv_avx512 a, afv_avx512 b)
{
    return _mm512_add_ps(_mm512_shuffle_f32x4(a, b, 0x88), _mm512_shuffle_f32x4(a, b, 0xDD));
}
static inline AF_UNUSED AF_TARGET_AVX512 afv_avx512 afv_avx512_fold64(afv_avx512 a, afv_avx512 b)
{
    return _mm512_add_ps(_mm512_shuffle_ps(a, b, 0x44), _mm512_shuffle_ps(a, b, 0xEE));
}
static inline AF_UNUSED AF_TARGET_AVX512 afv_avx512 afv_avx512_fold32(afv_avx512 a, afv_avx512 b)
{
    return _mm512_add_ps(_mm512_shuffle_ps(a, b, 0x88), _mm512_shuffle_ps(a, b, 0xDD));
}
static inline AF_UNUSED AF_TARGET_AVX512 afv_avx512 afv_avx512_reduce16(afv_avx512 a0, afv_avx512 a1, afv_avx512 a2, afv_avx512 a3, afv_avx512 a4, afv_avx512 a5,
                                         afv_avx512 a6, afv_avx512 a7, afv_avx512 a8, afv_avx512 a9, afv_avx512 a10, afv_avx512 a11,
                                         afv_avx512 a12, afv_avx512 a13, afv_avx512 a14, afv_avx512 a15)
{
    const afv_avx512 e0 = afv_avx512_fold256(a0, a4), e1 = afv_avx512_fold256(a8, a12);
    const afv_avx512 e2 = afv_avx512_fold256(a1, a5), e3 = afv_avx512_fold256(a9, a13);
    const afv_avx512 e4 = afv_avx512_fold256(a2, a6), e5 = afv_avx512_fold256(a10, a14);
    const afv_avx512 e6 = afv_avx512_fold256(a3, a7), e7 = afv_avx512_fold256(a11, a15);
    const afv_avx512 f0 = afv_avx512_fold128(e0, e1), f1 = afv_avx512_fold128(e2, e3);
    const afv_avx512 f2 = afv_avx512_fold128(e4, e5), f3 = afv_avx512_fold128(e6, e7);
    return afv_avx512_fold32(afv_avx512_fold64(f0, f1), afv_avx512_fold64(f2, f3));
}

/* Primitives of templates/vmath.lua (exp, tanh). */
typedef __mmask16 afm_avx512;
static inline AF_UNUSED AF_TARGET_AVX512 afm_avx512 afv_avx512_lt(afv_avx512 a, afv_avx512 b) { return _mm512_cmp_ps_mask(a, b, _CMP_LT_OQ); }
static inline AF_UNUSED AF_TARGET_AVX512 afm_avx512 afv_avx512_gt(afv_avx512 a, afv_avx512 b) { return _mm512_cmp_ps_mask(a, b, _CMP_GT_OQ); }
static inline AF_UNUSED AF_TARGET_AVX512 afv_avx512 afv_avx512_select(afm_avx512 m, afv_avx512 t, afv_avx512 f) { return _mm512_mask_blend_ps(m, f, t); }
static inline AF_UNUSED AF_TARGET_AVX512 int afm_avx512_all(afm_avx512 m) { return m == 0xffff; }
static inline AF_UNUSED AF_TARGET_AVX512 afv_avx512 afv_avx512_round(afv_avx512 x)
{
    return _mm512_roundscale_ps(x, _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
}
static inline AF_UNUSED AF_TARGET_AVX512 afv_avx512 afv_avx512_fnma(afv_avx512 a, afv_avx512 b, afv_avx512 c) { return _mm512_fnmadd_ps(a, b, c); }
static inline AF_UNUSED AF_TARGET_AVX512 afv_avx512 afv_avx512_pow2i(afv_avx512 t) /* t + 127 into the exponent field */
{
    const __m512i e = _mm512_add_epi32(_mm512_cvtps_epi32(t), _mm512_set1_epi32(127));
    return _mm512_castsi512_ps(_mm512_slli_epi32(e, 23));
}
static inline AF_UNUSED AF_TARGET_AVX512 afv_avx512 afv_avx512_copysign(afv_avx512 y, afv_avx512 x) /* integer domain: no DQ */
{
    const __m512i sign = _mm512_and_si512(_mm512_castps_si512(x), _mm512_set1_epi32((int)0x80000000u));
    return _mm512_castsi512_ps(_mm512_or_si512(_mm512_castps_si512(y), sign));
}
/* ---- load words of the vocabulary formats (templates/fmt/, `vocabulary`) ---- */
static inline AF_UNUSED AF_TARGET_AVX512 afv_avx512 afv_avx512_load_f16(const uint16_t *p)
{
    return _mm512_cvtph_ps(_mm256_loadu_si256((const __m256i *)(const void *)p));
}
static inline AF_UNUSED AF_TARGET_AVX512 void afv_avx512_store_bf16(uint16_t *p, afv_avx512 v)
{
    const __m512i u = _mm512_castps_si512(v), up = _mm512_srli_epi32(u, 16);
    const __m512i rne = _mm512_srli_epi32(_mm512_add_epi32(_mm512_add_epi32(u, _mm512_set1_epi32(0x7fff)),
                                                           _mm512_and_si512(up, _mm512_set1_epi32(1))), 16);
    const __mmask16 nan = _mm512_cmpgt_epi32_mask(_mm512_and_si512(u, _mm512_set1_epi32(0x7fffffff)),
                                                  _mm512_set1_epi32(0x7f800000));
    const __m512i r = _mm512_mask_mov_epi32(rne, nan, _mm512_or_si512(up, _mm512_set1_epi32(0x40)));
    _mm256_storeu_si256((__m256i *)(void *)p, _mm512_cvtepi32_epi16(r));
}
static inline AF_UNUSED AF_TARGET_AVX512 void afv_avx512_store_f16(uint16_t *p, afv_avx512 v)
{
    _mm256_storeu_si256((__m256i *)(void *)p, _mm512_cvtps_ph(v, _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC));
}

/* ---- exp and tanh over that vocabulary: templates/vmath.lua ---- */
/* exp's reduction and polynomial: x = t ln2 + r, returns p ~ exp(r), *tp = t */
static inline AF_UNUSED AF_TARGET_AVX512 afv_avx512 afv_avx512_exp_core(afv_avx512 x, afv_avx512 *tp)
{
    const afv_avx512 t = afv_avx512_round(afv_avx512_mul(x, afv_avx512_set1(1.44269504088896341f)));
    afv_avx512 r = afv_avx512_fnma(t, afv_avx512_set1(0.693145751953125f), x);     /* x - t ln2hi */
    r = afv_avx512_fnma(t, afv_avx512_set1(1.42860682030941723e-6f), r);    /* - t ln2lo */
    afv_avx512 p = afv_avx512_set1(1.98412698e-4f);                         /* 1/5040 */
    p = afv_avx512_fma(p, r, afv_avx512_set1(1.38888889e-3f));              /* 1/720 */
    p = afv_avx512_fma(p, r, afv_avx512_set1(8.33333333e-3f));              /* 1/120 */
    p = afv_avx512_fma(p, r, afv_avx512_set1(4.16666667e-2f));              /* 1/24 */
    p = afv_avx512_fma(p, r, afv_avx512_set1(1.66666667e-1f));              /* 1/6 */
    p = afv_avx512_fma(p, r, afv_avx512_set1(0.5f));
    p = afv_avx512_fma(p, r, afv_avx512_set1(1.0f));
    *tp = t;
    return afv_avx512_fma(p, r, afv_avx512_set1(1.0f));
}

static inline AF_UNUSED AF_TARGET_AVX512 afv_avx512 afv_avx512_exp(afv_avx512 x)
{
    afv_avx512 t;
    const afv_avx512 p = afv_avx512_exp_core(x, &t);
    const afv_avx512 t1 = afv_avx512_round(afv_avx512_mul(t, afv_avx512_set1(0.5f))), t2 = afv_avx512_sub(t, t1);
    afv_avx512 y = afv_avx512_mul(afv_avx512_mul(p, afv_avx512_pow2i(t1)), afv_avx512_pow2i(t2));
    y = afv_avx512_select(afv_avx512_lt(x, afv_avx512_set1(-87.3365448f)), afv_avx512_zero(), y);
    return afv_avx512_select(afv_avx512_gt(x, afv_avx512_set1(88.7228394f)), afv_avx512_set1(INFINITY), y);
}

/* x <= 0 or NaN only: 2^t in one exact factor */
static inline AF_UNUSED AF_TARGET_AVX512 afv_avx512 afv_avx512_expn(afv_avx512 x)
{
    afv_avx512 t;
    const afv_avx512 p = afv_avx512_exp_core(x, &t);
    return afv_avx512_select(afv_avx512_lt(x, afv_avx512_set1(-87.3365448f)), afv_avx512_zero(), afv_avx512_mul(p, afv_avx512_pow2i(t)));
}

static inline AF_UNUSED AF_TARGET_AVX512 afv_avx512 afv_avx512_tanh(afv_avx512 x)
{
    const afv_avx512 ax = afv_avx512_abs(x), x2 = afv_avx512_mul(ax, ax);
    afv_avx512 q = afv_avx512_set1(3.59212804e-3f);                         /* 21844/6081075 */
    q = afv_avx512_fma(q, x2, afv_avx512_set1(-8.86323553e-3f));            /* -1382/155925 */
    q = afv_avx512_fma(q, x2, afv_avx512_set1(2.18694885e-2f));             /* 62/2835 */
    q = afv_avx512_fma(q, x2, afv_avx512_set1(-5.39682540e-2f));            /* -17/315 */
    q = afv_avx512_fma(q, x2, afv_avx512_set1(1.33333333e-1f));             /* 2/15 */
    q = afv_avx512_fma(q, x2, afv_avx512_set1(-3.33333333e-1f));            /* -1/3 */
    afv_avx512 y = afv_avx512_fma(afv_avx512_mul(ax, x2), q, ax);
    const afm_avx512 small = afv_avx512_lt(ax, afv_avx512_set1(0.4f)); /* NaN lanes are not small */
    if (!afm_avx512_all(small)) {
        const afv_avx512 one = afv_avx512_set1(1.0f), e = afv_avx512_expn(afv_avx512_mul(ax, afv_avx512_set1(-2.0f)));
        y = afv_avx512_select(small, y, afv_avx512_div(afv_avx512_sub(one, e), afv_avx512_add(one, e)));
    }
    return afv_avx512_copysign(y, x);
}
#endif /* defined(__x86_64__) || defined(_M_X64) */
#endif /* ATTNFORGE_GEN_ISA_AVX512_H */
