/* Auto-generated file. Do not edit!
 *   Template:   templates/isa.h.in (+ vmath.lua)
 *   ISA module: templates/isa/avx512amx.lua
 *   Generator:  gen/attnforge-gen.lua
 *
 * The avx512amx vocabulary (16 f32 lanes) the kernels of this ISA are written in.
 */
#ifndef ATTNFORGE_GEN_ISA_AVX512AMX_H
#define ATTNFORGE_GEN_ISA_AVX512AMX_H
#if defined(__x86_64__) || defined(_M_X64)

#include <math.h>
#include <stdint.h>
#include <string.h>

#include "kernel.h"

#include <immintrin.h>
/* The target is carried by the code: no -m flags needed. */
#define AF_TARGET_AVX512AMX __attribute__((target("avx512f,avx512bw,avx512vl,avx2,fma,f16c,avx512bf16,amx-tile,amx-bf16")))

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

typedef __m512 afv_avx512amx;

static inline AF_UNUSED AF_TARGET_AVX512AMX afv_avx512amx afv_avx512amx_zero(void) { return _mm512_setzero_ps(); }
static inline AF_UNUSED AF_TARGET_AVX512AMX afv_avx512amx afv_avx512amx_set1(float x) { return _mm512_set1_ps(x); }
static inline AF_UNUSED AF_TARGET_AVX512AMX afv_avx512amx afv_avx512amx_load(const float *p) { return _mm512_loadu_ps(p); }
static inline AF_UNUSED AF_TARGET_AVX512AMX void afv_avx512amx_store(float *p, afv_avx512amx v) { _mm512_storeu_ps(p, v); }
static inline AF_UNUSED AF_TARGET_AVX512AMX afv_avx512amx afv_avx512amx_add(afv_avx512amx a, afv_avx512amx b) { return _mm512_add_ps(a, b); }
static inline AF_UNUSED AF_TARGET_AVX512AMX afv_avx512amx afv_avx512amx_sub(afv_avx512amx a, afv_avx512amx b) { return _mm512_sub_ps(a, b); }
static inline AF_UNUSED AF_TARGET_AVX512AMX afv_avx512amx afv_avx512amx_mul(afv_avx512amx a, afv_avx512amx b) { return _mm512_mul_ps(a, b); }
static inline AF_UNUSED AF_TARGET_AVX512AMX afv_avx512amx afv_avx512amx_div(afv_avx512amx a, afv_avx512amx b) { return _mm512_div_ps(a, b); }
static inline AF_UNUSED AF_TARGET_AVX512AMX afv_avx512amx afv_avx512amx_max(afv_avx512amx a, afv_avx512amx b) { return _mm512_max_ps(a, b); }
static inline AF_UNUSED AF_TARGET_AVX512AMX afv_avx512amx afv_avx512amx_fma(afv_avx512amx a, afv_avx512amx b, afv_avx512amx c) { return _mm512_fmadd_ps(a, b, c); }
static inline AF_UNUSED AF_TARGET_AVX512AMX afv_avx512amx afv_avx512amx_abs(afv_avx512amx a)
{
    return _mm512_castsi512_ps(_mm512_and_si512(_mm512_castps_si512(a), _mm512_set1_epi32(0x7fffffff)));
}
static inline AF_UNUSED AF_TARGET_AVX512AMX afv_avx512amx afv_avx512amx_iota(void)
{
    return _mm512_setr_ps(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
}
static inline AF_UNUSED AF_TARGET_AVX512AMX float afv_avx512amx_first(afv_avx512amx v) { return _mm512_cvtss_f32(v); }
static inline AF_UNUSED AF_TARGET_AVX512AMX afv_avx512amx afv_avx512amx_mask_add(afv_avx512amx s, afv_avx512amx m)
{
    const afv_avx512amx ninf = _mm512_set1_ps(-INFINITY);
    return _mm512_mask_blend_ps(_mm512_cmp_ps_mask(m, ninf, _CMP_EQ_OQ), _mm512_add_ps(s, m), ninf);
}
/* x == -inf ? -0.0 : p (marks the weight of an excluded key) */
static inline AF_UNUSED AF_TARGET_AVX512AMX afv_avx512amx afv_avx512amx_excl(afv_avx512amx p, afv_avx512amx x)
{
    return _mm512_mask_blend_ps(_mm512_cmp_ps_mask(x, _mm512_set1_ps(-INFINITY), _CMP_EQ_OQ), p,
                                _mm512_set1_ps(-0.0f));
}
static inline AF_UNUSED AF_TARGET_AVX512AMX float afv_avx512amx_hsum(afv_avx512amx v)
{
    __m256 h = _mm256_add_ps(_mm512_castps512_ps256(v),
                             _mm256_castpd_ps(_mm512_extractf64x4_pd(_mm512_castps_pd(v), 1)));
    __m128 x = _mm_add_ps(_mm256_castps256_ps128(h), _mm256_extractf128_ps(h, 1));
    x = _mm_add_ps(x, _mm_movehl_ps(x, x));
    x = _mm_add_ss(x, _mm_movehdup_ps(x));
    return _mm_cvtss_f32(x);
}
static inline AF_UNUSED AF_TARGET_AVX512AMX float afv_avx512amx_hmax(afv_avx512amx v)
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
static inline AF_UNUSED AF_TARGET_AVX512AMX afv_avx512amx afv_avx512amx_fold256(afv_avx512amx a, afv_avx512amx b)
{
    return _mm512_add_ps(_mm512_shuffle_f32x4(a, b, 0x44), _mm512_shuffle_f32x4(a, b, 0xEE));
}
static inline AF_UNUSED AF_TARGET_AVX512AMX afv_avx512amx afv_avx512amx_fold128(afv_avx512amx a, afv_avx512amx b)
{
    return _mm512_add_ps(_mm512_shuffle_f32x4(a, b, 0x88), _mm512_shuffle_f32x4(a, b, 0xDD));
}
static inline AF_UNUSED AF_TARGET_AVX512AMX afv_avx512amx afv_avx512amx_fold64(afv_avx512amx a, afv_avx512amx b)
{
    return _mm512_add_ps(_mm512_shuffle_ps(a, b, 0x44), _mm512_shuffle_ps(a, b, 0xEE));
}
static inline AF_UNUSED AF_TARGET_AVX512AMX afv_avx512amx afv_avx512amx_fold32(afv_avx512amx a, afv_avx512amx b)
{
    return _mm512_add_ps(_mm512_shuffle_ps(a, b, 0x88), _mm512_shuffle_ps(a, b, 0xDD));
}
static inline AF_UNUSED AF_TARGET_AVX512AMX afv_avx512amx afv_avx512amx_reduce16(afv_avx512amx a0, afv_avx512amx a1, afv_avx512amx a2, afv_avx512amx a3, afv_avx512amx a4, afv_avx512amx a5,
                                         afv_avx512amx a6, afv_avx512amx a7, afv_avx512amx a8, afv_avx512amx a9, afv_avx512amx a10, afv_avx512amx a11,
                                         afv_avx512amx a12, afv_avx512amx a13, afv_avx512amx a14, afv_avx512amx a15)
{
    const afv_avx512amx e0 = afv_avx512amx_fold256(a0, a4), e1 = afv_avx512amx_fold256(a8, a12);
    const afv_avx512amx e2 = afv_avx512amx_fold256(a1, a5), e3 = afv_avx512amx_fold256(a9, a13);
    const afv_avx512amx e4 = afv_avx512amx_fold256(a2, a6), e5 = afv_avx512amx_fold256(a10, a14);
    const afv_avx512amx e6 = afv_avx512amx_fold256(a3, a7), e7 = afv_avx512amx_fold256(a11, a15);
    const afv_avx512amx f0 = afv_avx512amx_fold128(e0, e1), f1 = afv_avx512amx_fold128(e2, e3);
    const afv_avx512amx f2 = afv_avx512amx_fold128(e4, e5), f3 = afv_avx512amx_fold128(e6, e7);
    return afv_avx512amx_fold32(afv_avx512amx_fold64(f0, f1), afv_avx512amx_fold64(f2, f3));
}

/* Primitives of templates/vmath.lua (exp, tanh). */
typedef __mmask16 afm_avx512amx;
static inline AF_UNUSED AF_TARGET_AVX512AMX afm_avx512amx afv_avx512amx_lt(afv_avx512amx a, afv_avx512amx b) { return _mm512_cmp_ps_mask(a, b, _CMP_LT_OQ); }
static inline AF_UNUSED AF_TARGET_AVX512AMX afm_avx512amx afv_avx512amx_gt(afv_avx512amx a, afv_avx512amx b) { return _mm512_cmp_ps_mask(a, b, _CMP_GT_OQ); }
static inline AF_UNUSED AF_TARGET_AVX512AMX afv_avx512amx afv_avx512amx_select(afm_avx512amx m, afv_avx512amx t, afv_avx512amx f) { return _mm512_mask_blend_ps(m, f, t); }
static inline AF_UNUSED AF_TARGET_AVX512AMX int afm_avx512amx_all(afm_avx512amx m) { return m == 0xffff; }
static inline AF_UNUSED AF_TARGET_AVX512AMX afv_avx512amx afv_avx512amx_round(afv_avx512amx x)
{
    return _mm512_roundscale_ps(x, _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
}
static inline AF_UNUSED AF_TARGET_AVX512AMX afv_avx512amx afv_avx512amx_fnma(afv_avx512amx a, afv_avx512amx b, afv_avx512amx c) { return _mm512_fnmadd_ps(a, b, c); }
static inline AF_UNUSED AF_TARGET_AVX512AMX afv_avx512amx afv_avx512amx_pow2i(afv_avx512amx t) /* t + 127 into the exponent field */
{
    const __m512i e = _mm512_add_epi32(_mm512_cvtps_epi32(t), _mm512_set1_epi32(127));
    return _mm512_castsi512_ps(_mm512_slli_epi32(e, 23));
}
static inline AF_UNUSED AF_TARGET_AVX512AMX afv_avx512amx afv_avx512amx_copysign(afv_avx512amx y, afv_avx512amx x) /* integer domain: no DQ */
{
    const __m512i sign = _mm512_and_si512(_mm512_castps_si512(x), _mm512_set1_epi32((int)0x80000000u));
    return _mm512_castsi512_ps(_mm512_or_si512(_mm512_castps_si512(y), sign));
}

/* acc += sum over pairs of a[2i] * b[2i] + a[2i+1] * b[2i+1], 32 bf16 values */
static inline AF_UNUSED AF_TARGET_AVX512AMX afv_avx512amx afv_avx512amx_dot_bf16(afv_avx512amx acc, const uint16_t *a, const uint16_t *b)
{
    return _mm512_dpbf16_ps(acc, (__m512bh)_mm512_loadu_si512(a), (__m512bh)_mm512_loadu_si512(b));
}
/* the same over 16 values (the upper half of both operands is zero) */
static inline AF_UNUSED AF_TARGET_AVX512AMX afv_avx512amx afv_avx512amx_dot_bf16_16(afv_avx512amx acc, const uint16_t *a, const uint16_t *b)
{
    return _mm512_dpbf16_ps(acc, (__m512bh)_mm512_maskz_loadu_epi16(0xffff, a),
                            (__m512bh)_mm512_maskz_loadu_epi16(0xffff, b));
}
/* the outer-product form: 16 pairs (one per lane), and
 * acc[i] += a[2i] * b[0] + a[2i+1] * b[1] with the pair b broadcast */
typedef __m512bh afh_avx512amx;
static inline AF_UNUSED AF_TARGET_AVX512AMX afh_avx512amx afh_avx512amx_load(const uint16_t *p) { return (__m512bh)_mm512_loadu_si512(p); }
static inline AF_UNUSED AF_TARGET_AVX512AMX afv_avx512amx afh_avx512amx_dot_bcast(afv_avx512amx acc, afh_avx512amx a, const uint16_t *b)
{
    uint32_t w;
    memcpy(&w, b, sizeof w);
    return _mm512_dpbf16_ps(acc, a, (__m512bh)_mm512_set1_epi32((int)w));
}
/* ---- load words of the vocabulary formats (templates/fmt/, `vocabulary`) ---- */
static inline AF_UNUSED AF_TARGET_AVX512AMX afv_avx512amx afv_avx512amx_load_f16(const uint16_t *p)
{
    return _mm512_cvtph_ps(_mm256_loadu_si256((const __m256i *)(const void *)p));
}
static inline AF_UNUSED AF_TARGET_AVX512AMX void afv_avx512amx_store_bf16(uint16_t *p, afv_avx512amx v)
{
    const __m512i u = _mm512_castps_si512(v), up = _mm512_srli_epi32(u, 16);
    const __m512i rne = _mm512_srli_epi32(_mm512_add_epi32(_mm512_add_epi32(u, _mm512_set1_epi32(0x7fff)),
                                                           _mm512_and_si512(up, _mm512_set1_epi32(1))), 16);
    const __mmask16 nan = _mm512_cmpgt_epi32_mask(_mm512_and_si512(u, _mm512_set1_epi32(0x7fffffff)),
                                                  _mm512_set1_epi32(0x7f800000));
    const __m512i r = _mm512_mask_mov_epi32(rne, nan, _mm512_or_si512(up, _mm512_set1_epi32(0x40)));
    _mm256_storeu_si256((__m256i *)(void *)p, _mm512_cvtepi32_epi16(r));
}
static inline AF_UNUSED AF_TARGET_AVX512AMX void afv_avx512amx_store_f16(uint16_t *p, afv_avx512amx v)
{
    _mm256_storeu_si256((__m256i *)(void *)p, _mm512_cvtps_ph(v, _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC));
}

/* ---- exp and tanh over that vocabulary: templates/vmath.lua ---- */
/* exp's reduction and polynomial: x = t ln2 + r, returns p ~ exp(r), *tp = t */
static inline AF_UNUSED AF_TARGET_AVX512AMX afv_avx512amx afv_avx512amx_exp_core(afv_avx512amx x, afv_avx512amx *tp)
{
    const afv_avx512amx t = afv_avx512amx_round(afv_avx512amx_mul(x, afv_avx512amx_set1(1.44269504088896341f)));
    afv_avx512amx r = afv_avx512amx_fnma(t, afv_avx512amx_set1(0.693145751953125f), x);     /* x - t ln2hi */
    r = afv_avx512amx_fnma(t, afv_avx512amx_set1(1.42860682030941723e-6f), r);    /* - t ln2lo */
    afv_avx512amx p = afv_avx512amx_set1(1.98412698e-4f);                         /* 1/5040 */
    p = afv_avx512amx_fma(p, r, afv_avx512amx_set1(1.38888889e-3f));              /* 1/720 */
    p = afv_avx512amx_fma(p, r, afv_avx512amx_set1(8.33333333e-3f));              /* 1/120 */
    p = afv_avx512amx_fma(p, r, afv_avx512amx_set1(4.16666667e-2f));              /* 1/24 */
    p = afv_avx512amx_fma(p, r, afv_avx512amx_set1(1.66666667e-1f));              /* 1/6 */
    p = afv_avx512amx_fma(p, r, afv_avx512amx_set1(0.5f));
    p = afv_avx512amx_fma(p, r, afv_avx512amx_set1(1.0f));
    *tp = t;
    return afv_avx512amx_fma(p, r, afv_avx512amx_set1(1.0f));
}

static inline AF_UNUSED AF_TARGET_AVX512AMX afv_avx512amx afv_avx512amx_exp(afv_avx512amx x)
{
    afv_avx512amx t;
    const afv_avx512amx p = afv_avx512amx_exp_core(x, &t);
    const afv_avx512amx t1 = afv_avx512amx_round(afv_avx512amx_mul(t, afv_avx512amx_set1(0.5f))), t2 = afv_avx512amx_sub(t, t1);
    afv_avx512amx y = afv_avx512amx_mul(afv_avx512amx_mul(p, afv_avx512amx_pow2i(t1)), afv_avx512amx_pow2i(t2));
    y = afv_avx512amx_select(afv_avx512amx_lt(x, afv_avx512amx_set1(-87.3365448f)), afv_avx512amx_zero(), y);
    return afv_avx512amx_select(afv_avx512amx_gt(x, afv_avx512amx_set1(88.7228394f)), afv_avx512amx_set1(INFINITY), y);
}

/* x <= 0 or NaN only: 2^t in one exact factor */
static inline AF_UNUSED AF_TARGET_AVX512AMX afv_avx512amx afv_avx512amx_expn(afv_avx512amx x)
{
    afv_avx512amx t;
    const afv_avx512amx p = afv_avx512amx_exp_core(x, &t);
    return afv_avx512amx_select(afv_avx512amx_lt(x, afv_avx512amx_set1(-87.3365448f)), afv_avx512amx_zero(), afv_avx512amx_mul(p, afv_avx512amx_pow2i(t)));
}

static inline AF_UNUSED AF_TARGET_AVX512AMX afv_avx512amx afv_avx512amx_tanh(afv_avx512amx x)
{
    const afv_avx512amx ax = afv_avx512amx_abs(x), x2 = afv_avx512amx_mul(ax, ax);
    afv_avx512amx q = afv_avx512amx_set1(3.59212804e-3f);                         /* 21844/6081075 */
    q = afv_avx512amx_fma(q, x2, afv_avx512amx_set1(-8.86323553e-3f));            /* -1382/155925 */
    q = afv_avx512amx_fma(q, x2, afv_avx512amx_set1(2.18694885e-2f));             /* 62/2835 */
    q = afv_avx512amx_fma(q, x2, afv_avx512amx_set1(-5.39682540e-2f));            /* -17/315 */
    q = afv_avx512amx_fma(q, x2, afv_avx512amx_set1(1.33333333e-1f));             /* 2/15 */
    q = afv_avx512amx_fma(q, x2, afv_avx512amx_set1(-3.33333333e-1f));            /* -1/3 */
    afv_avx512amx y = afv_avx512amx_fma(afv_avx512amx_mul(ax, x2), q, ax);
    const afm_avx512amx small = afv_avx512amx_lt(ax, afv_avx512amx_set1(0.4f)); /* NaN lanes are not small */
    if (!afm_avx512amx_all(small)) {
        const afv_avx512amx one = afv_avx512amx_set1(1.0f), e = afv_avx512amx_expn(afv_avx512amx_mul(ax, afv_avx512amx_set1(-2.0f)));
        y = afv_avx512amx_select(small, y, afv_avx512amx_div(afv_avx512amx_sub(one, e), afv_avx512amx_add(one, e)));
    }
    return afv_avx512amx_copysign(y, x);
}
#endif /* defined(__x86_64__) || defined(_M_X64) */
#endif /* ATTNFORGE_GEN_ISA_AVX512AMX_H */
