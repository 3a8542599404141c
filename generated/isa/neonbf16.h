/* Auto-generated file. Do not edit!
 *   Template:   templates/isa.h.in (+ vmath.lua)
 *   ISA module: templates/isa/neonbf16.lua
 *   Generator:  gen/attnforge-gen.lua
 *
 * The neonbf16 vocabulary (4 f32 lanes) the kernels of this ISA are written in.
 */
#ifndef ATTNFORGE_GEN_ISA_NEONBF16_H
#define ATTNFORGE_GEN_ISA_NEONBF16_H
#if defined(__aarch64__) && !defined(__clang__)

#include <math.h>
#include <stdint.h>
#include <string.h>

#include "kernel.h"

#include <arm_neon.h>
/* The target is carried by the code: no -m flags needed. */
#define AF_TARGET_NEONBF16 __attribute__((target("arch=armv8.2-a+bf16")))

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

typedef float32x4_t afv_neonbf16;

static inline AF_UNUSED afv_neonbf16 afv_neonbf16_zero(void) { return vdupq_n_f32(0.0f); }
static inline AF_UNUSED afv_neonbf16 afv_neonbf16_set1(float x) { return vdupq_n_f32(x); }
static inline AF_UNUSED afv_neonbf16 afv_neonbf16_load(const float *p) { return vld1q_f32(p); }
static inline AF_UNUSED void afv_neonbf16_store(float *p, afv_neonbf16 v) { vst1q_f32(p, v); }
static inline AF_UNUSED afv_neonbf16 afv_neonbf16_add(afv_neonbf16 a, afv_neonbf16 b) { return vaddq_f32(a, b); }
static inline AF_UNUSED afv_neonbf16 afv_neonbf16_sub(afv_neonbf16 a, afv_neonbf16 b) { return vsubq_f32(a, b); }
static inline AF_UNUSED afv_neonbf16 afv_neonbf16_mul(afv_neonbf16 a, afv_neonbf16 b) { return vmulq_f32(a, b); }
static inline AF_UNUSED afv_neonbf16 afv_neonbf16_div(afv_neonbf16 a, afv_neonbf16 b) { return vdivq_f32(a, b); }
/* NaN-propagating (FMAX); the block softmax detects NaN by its sum anyway */
static inline AF_UNUSED afv_neonbf16 afv_neonbf16_max(afv_neonbf16 a, afv_neonbf16 b) { return vmaxq_f32(a, b); }
/* a * b + c, one rounding */
static inline AF_UNUSED afv_neonbf16 afv_neonbf16_fma(afv_neonbf16 a, afv_neonbf16 b, afv_neonbf16 c) { return vfmaq_f32(c, a, b); }
static inline AF_UNUSED afv_neonbf16 afv_neonbf16_abs(afv_neonbf16 a) { return vabsq_f32(a); }
static inline AF_UNUSED afv_neonbf16 afv_neonbf16_iota(void)
{
    static const float i[4] = {0.0f, 1.0f, 2.0f, 3.0f};
    return vld1q_f32(i);
}
static inline AF_UNUSED float afv_neonbf16_first(afv_neonbf16 v) { return vgetq_lane_f32(v, 0); }
/* m == -inf ? -inf : s + m, so a masked key stays excluded even if s is NaN */
static inline AF_UNUSED afv_neonbf16 afv_neonbf16_mask_add(afv_neonbf16 s, afv_neonbf16 m)
{
    const afv_neonbf16 ninf = vdupq_n_f32(-INFINITY);
    return vbslq_f32(vceqq_f32(m, ninf), ninf, vaddq_f32(s, m));
}
/* x == -inf ? -0.0 : p (marks the weight of an excluded key) */
static inline AF_UNUSED afv_neonbf16 afv_neonbf16_excl(afv_neonbf16 p, afv_neonbf16 x)
{
    return vbslq_f32(vceqq_f32(x, vdupq_n_f32(-INFINITY)), vdupq_n_f32(-0.0f), p);
}
static inline AF_UNUSED float afv_neonbf16_hsum(afv_neonbf16 v) { return vaddvq_f32(v); }
static inline AF_UNUSED float afv_neonbf16_hmax(afv_neonbf16 v) { return vmaxvq_f32(v); }

/* Lane i = sum of the lanes of a_i: two levels of pairwise adds. */
static inline AF_UNUSED afv_neonbf16 afv_neonbf16_reduce4(afv_neonbf16 a0, afv_neonbf16 a1, afv_neonbf16 a2, afv_neonbf16 a3)
{
    return vpaddq_f32(vpaddq_f32(a0, a1), vpaddq_f32(a2, a3));
}

/* Primitives of templates/vmath.lua (exp, tanh). */
typedef uint32x4_t afm_neonbf16;
static inline AF_UNUSED afm_neonbf16 afv_neonbf16_lt(afv_neonbf16 a, afv_neonbf16 b) { return vcltq_f32(a, b); }
static inline AF_UNUSED afm_neonbf16 afv_neonbf16_gt(afv_neonbf16 a, afv_neonbf16 b) { return vcgtq_f32(a, b); }
static inline AF_UNUSED afv_neonbf16 afv_neonbf16_select(afm_neonbf16 m, afv_neonbf16 t, afv_neonbf16 f) { return vbslq_f32(m, t, f); }
static inline AF_UNUSED int afm_neonbf16_all(afm_neonbf16 m) { return vminvq_u32(m) != 0; }
static inline AF_UNUSED afv_neonbf16 afv_neonbf16_round(afv_neonbf16 x) { return vrndnq_f32(x); }
static inline AF_UNUSED afv_neonbf16 afv_neonbf16_fnma(afv_neonbf16 a, afv_neonbf16 b, afv_neonbf16 c) { return vfmsq_f32(c, a, b); }
static inline AF_UNUSED afv_neonbf16 afv_neonbf16_pow2i(afv_neonbf16 t) /* t + 127 into the exponent field */
{
    return vreinterpretq_f32_s32(vshlq_n_s32(vaddq_s32(vcvtnq_s32_f32(t), vdupq_n_s32(127)), 23));
}
static inline AF_UNUSED afv_neonbf16 afv_neonbf16_copysign(afv_neonbf16 y, afv_neonbf16 x) { return vbslq_f32(vdupq_n_u32(0x80000000u), x, y); }

/* acc[i] += a[2i] b[2i] + a[2i + 1] b[2i + 1], 8 bf16 values */
static inline AF_UNUSED AF_TARGET_NEONBF16 afv_neonbf16 afv_neonbf16_dot_bf16(afv_neonbf16 acc, const uint16_t *a, const uint16_t *b)
{
    return vbfdotq_f32(acc, vreinterpretq_bf16_u16(vld1q_u16(a)), vreinterpretq_bf16_u16(vld1q_u16(b)));
}
/* the same over 4 values (the upper half of both operands is zero) */
static inline AF_UNUSED AF_TARGET_NEONBF16 afv_neonbf16 afv_neonbf16_dot_bf16_4(afv_neonbf16 acc, const uint16_t *a, const uint16_t *b)
{
    return vbfdotq_f32(acc, vreinterpretq_bf16_u16(vcombine_u16(vld1_u16(a), vdup_n_u16(0))),
                       vreinterpretq_bf16_u16(vcombine_u16(vld1_u16(b), vdup_n_u16(0))));
}
/* ---- load words of the vocabulary formats (templates/fmt/, `vocabulary`) ---- */
static inline AF_UNUSED afv_neonbf16 afv_neonbf16_load_f16(const uint16_t *p)
{
    return vcvt_f32_f16(vreinterpret_f16_u16(vld1_u16(p)));
}
static inline AF_UNUSED void afv_neonbf16_store_bf16(uint16_t *p, afv_neonbf16 v)
{
    const uint32x4_t u = vreinterpretq_u32_f32(v), up = vshrq_n_u32(u, 16);
    const uint32x4_t rne = vshrq_n_u32(vaddq_u32(vaddq_u32(u, vdupq_n_u32(0x7fff)), vandq_u32(up, vdupq_n_u32(1))), 16);
    const uint32x4_t nan = vcgtq_u32(vandq_u32(u, vdupq_n_u32(0x7fffffff)), vdupq_n_u32(0x7f800000));
    vst1_u16(p, vmovn_u32(vbslq_u32(nan, vorrq_u32(up, vdupq_n_u32(0x40)), rne)));
}
static inline AF_UNUSED void afv_neonbf16_store_f16(uint16_t *p, afv_neonbf16 v)
{
    vst1_u16(p, vreinterpret_u16_f16(vcvt_f16_f32(v)));
}

/* ---- exp and tanh over that vocabulary: templates/vmath.lua ---- */
/* exp's reduction and polynomial: x = t ln2 + r, returns p ~ exp(r), *tp = t */
static inline AF_UNUSED AF_TARGET_NEONBF16 afv_neonbf16 afv_neonbf16_exp_core(afv_neonbf16 x, afv_neonbf16 *tp)
{
    const afv_neonbf16 t = afv_neonbf16_round(afv_neonbf16_mul(x, afv_neonbf16_set1(1.44269504088896341f)));
    afv_neonbf16 r = afv_neonbf16_fnma(t, afv_neonbf16_set1(0.693145751953125f), x);     /* x - t ln2hi */
    r = afv_neonbf16_fnma(t, afv_neonbf16_set1(1.42860682030941723e-6f), r);    /* - t ln2lo */
    afv_neonbf16 p = afv_neonbf16_set1(1.98412698e-4f);                         /* 1/5040 */
    p = afv_neonbf16_fma(p, r, afv_neonbf16_set1(1.38888889e-3f));              /* 1/720 */
    p = afv_neonbf16_fma(p, r, afv_neonbf16_set1(8.33333333e-3f));              /* 1/120 */
    p = afv_neonbf16_fma(p, r, afv_neonbf16_set1(4.16666667e-2f));              /* 1/24 */
    p = afv_neonbf16_fma(p, r, afv_neonbf16_set1(1.66666667e-1f));              /* 1/6 */
    p = afv_neonbf16_fma(p, r, afv_neonbf16_set1(0.5f));
    p = afv_neonbf16_fma(p, r, afv_neonbf16_set1(1.0f));
    *tp = t;
    return afv_neonbf16_fma(p, r, afv_neonbf16_set1(1.0f));
}

static inline AF_UNUSED AF_TARGET_NEONBF16 afv_neonbf16 afv_neonbf16_exp(afv_neonbf16 x)
{
    afv_neonbf16 t;
    const afv_neonbf16 p = afv_neonbf16_exp_core(x, &t);
    const afv_neonbf16 t1 = afv_neonbf16_round(afv_neonbf16_mul(t, afv_neonbf16_set1(0.5f))), t2 = afv_neonbf16_sub(t, t1);
    afv_neonbf16 y = afv_neonbf16_mul(afv_neonbf16_mul(p, afv_neonbf16_pow2i(t1)), afv_neonbf16_pow2i(t2));
    y = afv_neonbf16_select(afv_neonbf16_lt(x, afv_neonbf16_set1(-87.3365448f)), afv_neonbf16_zero(), y);
    return afv_neonbf16_select(afv_neonbf16_gt(x, afv_neonbf16_set1(88.7228394f)), afv_neonbf16_set1(INFINITY), y);
}

/* x <= 0 or NaN only: 2^t in one exact factor */
static inline AF_UNUSED AF_TARGET_NEONBF16 afv_neonbf16 afv_neonbf16_expn(afv_neonbf16 x)
{
    afv_neonbf16 t;
    const afv_neonbf16 p = afv_neonbf16_exp_core(x, &t);
    return afv_neonbf16_select(afv_neonbf16_lt(x, afv_neonbf16_set1(-87.3365448f)), afv_neonbf16_zero(), afv_neonbf16_mul(p, afv_neonbf16_pow2i(t)));
}

static inline AF_UNUSED AF_TARGET_NEONBF16 afv_neonbf16 afv_neonbf16_tanh(afv_neonbf16 x)
{
    const afv_neonbf16 ax = afv_neonbf16_abs(x), x2 = afv_neonbf16_mul(ax, ax);
    afv_neonbf16 q = afv_neonbf16_set1(3.59212804e-3f);                         /* 21844/6081075 */
    q = afv_neonbf16_fma(q, x2, afv_neonbf16_set1(-8.86323553e-3f));            /* -1382/155925 */
    q = afv_neonbf16_fma(q, x2, afv_neonbf16_set1(2.18694885e-2f));             /* 62/2835 */
    q = afv_neonbf16_fma(q, x2, afv_neonbf16_set1(-5.39682540e-2f));            /* -17/315 */
    q = afv_neonbf16_fma(q, x2, afv_neonbf16_set1(1.33333333e-1f));             /* 2/15 */
    q = afv_neonbf16_fma(q, x2, afv_neonbf16_set1(-3.33333333e-1f));            /* -1/3 */
    afv_neonbf16 y = afv_neonbf16_fma(afv_neonbf16_mul(ax, x2), q, ax);
    const afm_neonbf16 small = afv_neonbf16_lt(ax, afv_neonbf16_set1(0.4f)); /* NaN lanes are not small */
    if (!afm_neonbf16_all(small)) {
        const afv_neonbf16 one = afv_neonbf16_set1(1.0f), e = afv_neonbf16_expn(afv_neonbf16_mul(ax, afv_neonbf16_set1(-2.0f)));
        y = afv_neonbf16_select(small, y, afv_neonbf16_div(afv_neonbf16_sub(one, e), afv_neonbf16_add(one, e)));
    }
    return afv_neonbf16_copysign(y, x);
}
#endif /* defined(__aarch64__) && !defined(__clang__) */
#endif /* ATTNFORGE_GEN_ISA_NEONBF16_H */
