/* Auto-generated file. Do not edit!
 *   Template:   templates/isa.h.in (+ vmath.lua)
 *   ISA module: templates/isa/neon.lua
 *   Generator:  gen/attnforge-gen.lua
 *
 * The neon vocabulary (4 f32 lanes) the kernels of this ISA are written in.
 */
#ifndef ATTNFORGE_GEN_ISA_NEON_H
#define ATTNFORGE_GEN_ISA_NEON_H
#if defined(__aarch64__)

#include <math.h>
#include <stdint.h>
#include <string.h>

#include "kernel.h"

#include <arm_neon.h>
#define AF_TARGET_NEON

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

typedef float32x4_t afv_neon;

static inline AF_UNUSED afv_neon afv_neon_zero(void) { return vdupq_n_f32(0.0f); }
static inline AF_UNUSED afv_neon afv_neon_set1(float x) { return vdupq_n_f32(x); }
static inline AF_UNUSED afv_neon afv_neon_load(const float *p) { return vld1q_f32(p); }
static inline AF_UNUSED void afv_neon_store(float *p, afv_neon v) { vst1q_f32(p, v); }
static inline AF_UNUSED afv_neon afv_neon_add(afv_neon a, afv_neon b) { return vaddq_f32(a, b); }
static inline AF_UNUSED afv_neon afv_neon_sub(afv_neon a, afv_neon b) { return vsubq_f32(a, b); }
static inline AF_UNUSED afv_neon afv_neon_mul(afv_neon a, afv_neon b) { return vmulq_f32(a, b); }
static inline AF_UNUSED afv_neon afv_neon_div(afv_neon a, afv_neon b) { return vdivq_f32(a, b); }
/* NaN-propagating (FMAX); the block softmax detects NaN by its sum anyway */
static inline AF_UNUSED afv_neon afv_neon_max(afv_neon a, afv_neon b) { return vmaxq_f32(a, b); }
/* a * b + c, one rounding */
static inline AF_UNUSED afv_neon afv_neon_fma(afv_neon a, afv_neon b, afv_neon c) { return vfmaq_f32(c, a, b); }
static inline AF_UNUSED afv_neon afv_neon_abs(afv_neon a) { return vabsq_f32(a); }
static inline AF_UNUSED afv_neon afv_neon_iota(void)
{
    static const float i[4] = {0.0f, 1.0f, 2.0f, 3.0f};
    return vld1q_f32(i);
}
static inline AF_UNUSED float afv_neon_first(afv_neon v) { return vgetq_lane_f32(v, 0); }
/* m == -inf ? -inf : s + m, so a masked key stays excluded even if s is NaN */
static inline AF_UNUSED afv_neon afv_neon_mask_add(afv_neon s, afv_neon m)
{
    const afv_neon ninf = vdupq_n_f32(-INFINITY);
    return vbslq_f32(vceqq_f32(m, ninf), ninf, vaddq_f32(s, m));
}
/* x == -inf ? -0.0 : p (marks the weight of an excluded key) */
static inline AF_UNUSED afv_neon afv_neon_excl(afv_neon p, afv_neon x)
{
    return vbslq_f32(vceqq_f32(x, vdupq_n_f32(-INFINITY)), vdupq_n_f32(-0.0f), p);
}
static inline AF_UNUSED float afv_neon_hsum(afv_neon v) { return vaddvq_f32(v); }
static inline AF_UNUSED float afv_neon_hmax(afv_neon v) { return vmaxvq_f32(v); }

/* Lane i = sum of the lanes of a_i: two levels of pairwise adds. */
static inline AF_UNUSED afv_neon afv_neon_reduce4(afv_neon a0, afv_neon a1, afv_neon a2, afv_neon a3)
{
    return vpaddq_f32(vpaddq_f32(a0, a1), vpaddq_f32(a2, a3));
}

/* Primitives of templates/vmath.lua (exp, tanh). */
typedef uint32x4_t afm_neon;
static inline AF_UNUSED afm_neon afv_neon_lt(afv_neon a, afv_neon b) { return vcltq_f32(a, b); }
static inline AF_UNUSED afm_neon afv_neon_gt(afv_neon a, afv_neon b) { return vcgtq_f32(a, b); }
static inline AF_UNUSED afv_neon afv_neon_select(afm_neon m, afv_neon t, afv_neon f) { return vbslq_f32(m, t, f); }
static inline AF_UNUSED int afm_neon_all(afm_neon m) { return vminvq_u32(m) != 0; }
static inline AF_UNUSED afv_neon afv_neon_round(afv_neon x) { return vrndnq_f32(x); }
static inline AF_UNUSED afv_neon afv_neon_fnma(afv_neon a, afv_neon b, afv_neon c) { return vfmsq_f32(c, a, b); }
static inline AF_UNUSED afv_neon afv_neon_pow2i(afv_neon t) /* t + 127 into the exponent field */
{
    return vreinterpretq_f32_s32(vshlq_n_s32(vaddq_s32(vcvtnq_s32_f32(t), vdupq_n_s32(127)), 23));
}
static inline AF_UNUSED afv_neon afv_neon_copysign(afv_neon y, afv_neon x) { return vbslq_f32(vdupq_n_u32(0x80000000u), x, y); }
/* ---- load words of the vocabulary formats (templates/fmt/, `vocabulary`) ---- */
static inline AF_UNUSED afv_neon afv_neon_load_f16(const uint16_t *p)
{
    return vcvt_f32_f16(vreinterpret_f16_u16(vld1_u16(p)));
}
static inline AF_UNUSED void afv_neon_store_bf16(uint16_t *p, afv_neon v)
{
    const uint32x4_t u = vreinterpretq_u32_f32(v), up = vshrq_n_u32(u, 16);
    const uint32x4_t rne = vshrq_n_u32(vaddq_u32(vaddq_u32(u, vdupq_n_u32(0x7fff)), vandq_u32(up, vdupq_n_u32(1))), 16);
    const uint32x4_t nan = vcgtq_u32(vandq_u32(u, vdupq_n_u32(0x7fffffff)), vdupq_n_u32(0x7f800000));
    vst1_u16(p, vmovn_u32(vbslq_u32(nan, vorrq_u32(up, vdupq_n_u32(0x40)), rne)));
}
static inline AF_UNUSED void afv_neon_store_f16(uint16_t *p, afv_neon v)
{
    vst1_u16(p, vreinterpret_u16_f16(vcvt_f16_f32(v)));
}

/* ---- exp and tanh over that vocabulary: templates/vmath.lua ---- */
/* exp's reduction and polynomial: x = t ln2 + r, returns p ~ exp(r), *tp = t */
static inline AF_UNUSED AF_TARGET_NEON afv_neon afv_neon_exp_core(afv_neon x, afv_neon *tp)
{
    const afv_neon t = afv_neon_round(afv_neon_mul(x, afv_neon_set1(1.44269504088896341f)));
    afv_neon r = afv_neon_fnma(t, afv_neon_set1(0.693145751953125f), x);     /* x - t ln2hi */
    r = afv_neon_fnma(t, afv_neon_set1(1.42860682030941723e-6f), r);    /* - t ln2lo */
    afv_neon p = afv_neon_set1(1.98412698e-4f);                         /* 1/5040 */
    p = afv_neon_fma(p, r, afv_neon_set1(1.38888889e-3f));              /* 1/720 */
    p = afv_neon_fma(p, r, afv_neon_set1(8.33333333e-3f));              /* 1/120 */
    p = afv_neon_fma(p, r, afv_neon_set1(4.16666667e-2f));              /* 1/24 */
    p = afv_neon_fma(p, r, afv_neon_set1(1.66666667e-1f));              /* 1/6 */
    p = afv_neon_fma(p, r, afv_neon_set1(0.5f));
    p = afv_neon_fma(p, r, afv_neon_set1(1.0f));
    *tp = t;
    return afv_neon_fma(p, r, afv_neon_set1(1.0f));
}

static inline AF_UNUSED AF_TARGET_NEON afv_neon afv_neon_exp(afv_neon x)
{
    afv_neon t;
    const afv_neon p = afv_neon_exp_core(x, &t);
    const afv_neon t1 = afv_neon_round(afv_neon_mul(t, afv_neon_set1(0.5f))), t2 = afv_neon_sub(t, t1);
    afv_neon y = afv_neon_mul(afv_neon_mul(p, afv_neon_pow2i(t1)), afv_neon_pow2i(t2));
    y = afv_neon_select(afv_neon_lt(x, afv_neon_set1(-87.3365448f)), afv_neon_zero(), y);
    return afv_neon_select(afv_neon_gt(x, afv_neon_set1(88.7228394f)), afv_neon_set1(INFINITY), y);
}

/* x <= 0 or NaN only: 2^t in one exact factor */
static inline AF_UNUSED AF_TARGET_NEON afv_neon afv_neon_expn(afv_neon x)
{
    afv_neon t;
    const afv_neon p = afv_neon_exp_core(x, &t);
    return afv_neon_select(afv_neon_lt(x, afv_neon_set1(-87.3365448f)), afv_neon_zero(), afv_neon_mul(p, afv_neon_pow2i(t)));
}

static inline AF_UNUSED AF_TARGET_NEON afv_neon afv_neon_tanh(afv_neon x)
{
    const afv_neon ax = afv_neon_abs(x), x2 = afv_neon_mul(ax, ax);
    afv_neon q = afv_neon_set1(3.59212804e-3f);                         /* 21844/6081075 */
    q = afv_neon_fma(q, x2, afv_neon_set1(-8.86323553e-3f));            /* -1382/155925 */
    q = afv_neon_fma(q, x2, afv_neon_set1(2.18694885e-2f));             /* 62/2835 */
    q = afv_neon_fma(q, x2, afv_neon_set1(-5.39682540e-2f));            /* -17/315 */
    q = afv_neon_fma(q, x2, afv_neon_set1(1.33333333e-1f));             /* 2/15 */
    q = afv_neon_fma(q, x2, afv_neon_set1(-3.33333333e-1f));            /* -1/3 */
    afv_neon y = afv_neon_fma(afv_neon_mul(ax, x2), q, ax);
    const afm_neon small = afv_neon_lt(ax, afv_neon_set1(0.4f)); /* NaN lanes are not small */
    if (!afm_neon_all(small)) {
        const afv_neon one = afv_neon_set1(1.0f), e = afv_neon_expn(afv_neon_mul(ax, afv_neon_set1(-2.0f)));
        y = afv_neon_select(small, y, afv_neon_div(afv_neon_sub(one, e), afv_neon_add(one, e)));
    }
    return afv_neon_copysign(y, x);
}
#endif /* defined(__aarch64__) */
#endif /* ATTNFORGE_GEN_ISA_NEON_H */
