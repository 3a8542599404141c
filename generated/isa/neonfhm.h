/* Auto-generated file. Do not edit!
 *   Template:   templates/isa.h.in (+ vmath.lua)
 *   ISA module: templates/isa/neonfhm.lua
 *   Generator:  gen/attnforge-gen.lua
 *
 * The neonfhm vocabulary (4 f32 lanes) the kernels of this ISA are written in.
 */
#ifndef ATTNFORGE_GEN_ISA_NEONFHM_H
#define ATTNFORGE_GEN_ISA_NEONFHM_H
#if defined(__aarch64__) && !defined(__clang__)

#include <math.h>
#include <stdint.h>
#include <string.h>

#include "kernel.h"

#include <arm_neon.h>
/* The target is carried by the code: no -m flags needed. */
#define AF_TARGET_NEONFHM __attribute__((target("arch=armv8.2-a+fp16fml")))

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

typedef float32x4_t afv_neonfhm;

static inline AF_UNUSED afv_neonfhm afv_neonfhm_zero(void) { return vdupq_n_f32(0.0f); }
static inline AF_UNUSED afv_neonfhm afv_neonfhm_set1(float x) { return vdupq_n_f32(x); }
static inline AF_UNUSED afv_neonfhm afv_neonfhm_load(const float *p) { return vld1q_f32(p); }
static inline AF_UNUSED void afv_neonfhm_store(float *p, afv_neonfhm v) { vst1q_f32(p, v); }
static inline AF_UNUSED afv_neonfhm afv_neonfhm_add(afv_neonfhm a, afv_neonfhm b) { return vaddq_f32(a, b); }
static inline AF_UNUSED afv_neonfhm afv_neonfhm_sub(afv_neonfhm a, afv_neonfhm b) { return vsubq_f32(a, b); }
static inline AF_UNUSED afv_neonfhm afv_neonfhm_mul(afv_neonfhm a, afv_neonfhm b) { return vmulq_f32(a, b); }
static inline AF_UNUSED afv_neonfhm afv_neonfhm_div(afv_neonfhm a, afv_neonfhm b) { return vdivq_f32(a, b); }
/* NaN-propagating (FMAX); the block softmax detects NaN by its sum anyway */
static inline AF_UNUSED afv_neonfhm afv_neonfhm_max(afv_neonfhm a, afv_neonfhm b) { return vmaxq_f32(a, b); }
/* a * b + c, one rounding */
static inline AF_UNUSED afv_neonfhm afv_neonfhm_fma(afv_neonfhm a, afv_neonfhm b, afv_neonfhm c) { return vfmaq_f32(c, a, b); }
static inline AF_UNUSED afv_neonfhm afv_neonfhm_abs(afv_neonfhm a) { return vabsq_f32(a); }
static inline AF_UNUSED afv_neonfhm afv_neonfhm_iota(void)
{
    static const float i[4] = {0.0f, 1.0f, 2.0f, 3.0f};
    return vld1q_f32(i);
}
static inline AF_UNUSED float afv_neonfhm_first(afv_neonfhm v) { return vgetq_lane_f32(v, 0); }
/* m == -inf ? -inf : s + m, so a masked key stays excluded even if s is NaN */
static inline AF_UNUSED afv_neonfhm afv_neonfhm_mask_add(afv_neonfhm s, afv_neonfhm m)
{
    const afv_neonfhm ninf = vdupq_n_f32(-INFINITY);
    return vbslq_f32(vceqq_f32(m, ninf), ninf, vaddq_f32(s, m));
}
/* x == -inf ? -0.0 : p (marks the weight of an excluded key) */
static inline AF_UNUSED afv_neonfhm afv_neonfhm_excl(afv_neonfhm p, afv_neonfhm x)
{
    return vbslq_f32(vceqq_f32(x, vdupq_n_f32(-INFINITY)), vdupq_n_f32(-0.0f), p);
}
static inline AF_UNUSED float afv_neonfhm_hsum(afv_neonfhm v) { return vaddvq_f32(v); }
static inline AF_UNUSED float afv_neonfhm_hmax(afv_neonfhm v) { return vmaxvq_f32(v); }

/* Lane i = sum of the lanes of a_i: two levels of pairwise adds. */
static inline AF_UNUSED afv_neonfhm afv_neonfhm_reduce4(afv_neonfhm a0, afv_neonfhm a1, afv_neonfhm a2, afv_neonfhm a3)
{
    return vpaddq_f32(vpaddq_f32(a0, a1), vpaddq_f32(a2, a3));
}

/* Primitives of templates/vmath.lua (exp, tanh). */
typedef uint32x4_t afm_neonfhm;
static inline AF_UNUSED afm_neonfhm afv_neonfhm_lt(afv_neonfhm a, afv_neonfhm b) { return vcltq_f32(a, b); }
static inline AF_UNUSED afm_neonfhm afv_neonfhm_gt(afv_neonfhm a, afv_neonfhm b) { return vcgtq_f32(a, b); }
static inline AF_UNUSED afv_neonfhm afv_neonfhm_select(afm_neonfhm m, afv_neonfhm t, afv_neonfhm f) { return vbslq_f32(m, t, f); }
static inline AF_UNUSED int afm_neonfhm_all(afm_neonfhm m) { return vminvq_u32(m) != 0; }
static inline AF_UNUSED afv_neonfhm afv_neonfhm_round(afv_neonfhm x) { return vrndnq_f32(x); }
static inline AF_UNUSED afv_neonfhm afv_neonfhm_fnma(afv_neonfhm a, afv_neonfhm b, afv_neonfhm c) { return vfmsq_f32(c, a, b); }
static inline AF_UNUSED afv_neonfhm afv_neonfhm_pow2i(afv_neonfhm t) /* t + 127 into the exponent field */
{
    return vreinterpretq_f32_s32(vshlq_n_s32(vaddq_s32(vcvtnq_s32_f32(t), vdupq_n_s32(127)), 23));
}
static inline AF_UNUSED afv_neonfhm afv_neonfhm_copysign(afv_neonfhm y, afv_neonfhm x) { return vbslq_f32(vdupq_n_u32(0x80000000u), x, y); }

/* acc[i] += a[i] b[i] + a[4 + i] b[4 + i], 8 f16 values, f32 accumulation */
static inline AF_UNUSED AF_TARGET_NEONFHM afv_neonfhm afv_neonfhm_dot_f16(afv_neonfhm acc, const uint16_t *a, const uint16_t *b)
{
    const float16x8_t x = vreinterpretq_f16_u16(vld1q_u16(a)), y = vreinterpretq_f16_u16(vld1q_u16(b));
    return vfmlalq_high_f16(vfmlalq_low_f16(acc, x, y), x, y);
}
/* the same over 4 values */
static inline AF_UNUSED AF_TARGET_NEONFHM afv_neonfhm afv_neonfhm_dot_f16_4(afv_neonfhm acc, const uint16_t *a, const uint16_t *b)
{
    const float16x8_t x = vreinterpretq_f16_u16(vcombine_u16(vld1_u16(a), vdup_n_u16(0)));
    const float16x8_t y = vreinterpretq_f16_u16(vcombine_u16(vld1_u16(b), vdup_n_u16(0)));
    return vfmlalq_low_f16(acc, x, y);
}
/* ---- load words of the vocabulary formats (templates/fmt/, `vocabulary`) ---- */
static inline AF_UNUSED afv_neonfhm afv_neonfhm_load_f16(const uint16_t *p)
{
    return vcvt_f32_f16(vreinterpret_f16_u16(vld1_u16(p)));
}
static inline AF_UNUSED void afv_neonfhm_store_bf16(uint16_t *p, afv_neonfhm v)
{
    const uint32x4_t u = vreinterpretq_u32_f32(v), up = vshrq_n_u32(u, 16);
    const uint32x4_t rne = vshrq_n_u32(vaddq_u32(vaddq_u32(u, vdupq_n_u32(0x7fff)), vandq_u32(up, vdupq_n_u32(1))), 16);
    const uint32x4_t nan = vcgtq_u32(vandq_u32(u, vdupq_n_u32(0x7fffffff)), vdupq_n_u32(0x7f800000));
    vst1_u16(p, vmovn_u32(vbslq_u32(nan, vorrq_u32(up, vdupq_n_u32(0x40)), rne)));
}
static inline AF_UNUSED void afv_neonfhm_store_f16(uint16_t *p, afv_neonfhm v)
{
    vst1_u16(p, vreinterpret_u16_f16(vcvt_f16_f32(v)));
}

/* ---- exp and tanh over that vocabulary: templates/vmath.lua ---- */
/* exp's reduction and polynomial: x = t ln2 + r, returns p ~ exp(r), *tp = t */
static inline AF_UNUSED AF_TARGET_NEONFHM afv_neonfhm afv_neonfhm_exp_core(afv_neonfhm x, afv_neonfhm *tp)
{
    const afv_neonfhm t = afv_neonfhm_round(afv_neonfhm_mul(x, afv_neonfhm_set1(1.44269504088896341f)));
    afv_neonfhm r = afv_neonfhm_fnma(t, afv_neonfhm_set1(0.693145751953125f), x);     /* x - t ln2hi */
    r = afv_neonfhm_fnma(t, afv_neonfhm_set1(1.42860682030941723e-6f), r);    /* - t ln2lo */
    afv_neonfhm p = afv_neonfhm_set1(1.98412698e-4f);                         /* 1/5040 */
    p = afv_neonfhm_fma(p, r, afv_neonfhm_set1(1.38888889e-3f));              /* 1/720 */
    p = afv_neonfhm_fma(p, r, afv_neonfhm_set1(8.33333333e-3f));              /* 1/120 */
    p = afv_neonfhm_fma(p, r, afv_neonfhm_set1(4.16666667e-2f));              /* 1/24 */
    p = afv_neonfhm_fma(p, r, afv_neonfhm_set1(1.66666667e-1f));              /* 1/6 */
    p = afv_neonfhm_fma(p, r, afv_neonfhm_set1(0.5f));
    p = afv_neonfhm_fma(p, r, afv_neonfhm_set1(1.0f));
    *tp = t;
    return afv_neonfhm_fma(p, r, afv_neonfhm_set1(1.0f));
}

static inline AF_UNUSED AF_TARGET_NEONFHM afv_neonfhm afv_neonfhm_exp(afv_neonfhm x)
{
    afv_neonfhm t;
    const afv_neonfhm p = afv_neonfhm_exp_core(x, &t);
    const afv_neonfhm t1 = afv_neonfhm_round(afv_neonfhm_mul(t, afv_neonfhm_set1(0.5f))), t2 = afv_neonfhm_sub(t, t1);
    afv_neonfhm y = afv_neonfhm_mul(afv_neonfhm_mul(p, afv_neonfhm_pow2i(t1)), afv_neonfhm_pow2i(t2));
    y = afv_neonfhm_select(afv_neonfhm_lt(x, afv_neonfhm_set1(-87.3365448f)), afv_neonfhm_zero(), y);
    return afv_neonfhm_select(afv_neonfhm_gt(x, afv_neonfhm_set1(88.7228394f)), afv_neonfhm_set1(INFINITY), y);
}

/* x <= 0 or NaN only: 2^t in one exact factor */
static inline AF_UNUSED AF_TARGET_NEONFHM afv_neonfhm afv_neonfhm_expn(afv_neonfhm x)
{
    afv_neonfhm t;
    const afv_neonfhm p = afv_neonfhm_exp_core(x, &t);
    return afv_neonfhm_select(afv_neonfhm_lt(x, afv_neonfhm_set1(-87.3365448f)), afv_neonfhm_zero(), afv_neonfhm_mul(p, afv_neonfhm_pow2i(t)));
}

static inline AF_UNUSED AF_TARGET_NEONFHM afv_neonfhm afv_neonfhm_tanh(afv_neonfhm x)
{
    const afv_neonfhm ax = afv_neonfhm_abs(x), x2 = afv_neonfhm_mul(ax, ax);
    afv_neonfhm q = afv_neonfhm_set1(3.59212804e-3f);                         /* 21844/6081075 */
    q = afv_neonfhm_fma(q, x2, afv_neonfhm_set1(-8.86323553e-3f));            /* -1382/155925 */
    q = afv_neonfhm_fma(q, x2, afv_neonfhm_set1(2.18694885e-2f));             /* 62/2835 */
    q = afv_neonfhm_fma(q, x2, afv_neonfhm_set1(-5.39682540e-2f));            /* -17/315 */
    q = afv_neonfhm_fma(q, x2, afv_neonfhm_set1(1.33333333e-1f));             /* 2/15 */
    q = afv_neonfhm_fma(q, x2, afv_neonfhm_set1(-3.33333333e-1f));            /* -1/3 */
    afv_neonfhm y = afv_neonfhm_fma(afv_neonfhm_mul(ax, x2), q, ax);
    const afm_neonfhm small = afv_neonfhm_lt(ax, afv_neonfhm_set1(0.4f)); /* NaN lanes are not small */
    if (!afm_neonfhm_all(small)) {
        const afv_neonfhm one = afv_neonfhm_set1(1.0f), e = afv_neonfhm_expn(afv_neonfhm_mul(ax, afv_neonfhm_set1(-2.0f)));
        y = afv_neonfhm_select(small, y, afv_neonfhm_div(afv_neonfhm_sub(one, e), afv_neonfhm_add(one, e)));
    }
    return afv_neonfhm_copysign(y, x);
}
#endif /* defined(__aarch64__) && !defined(__clang__) */
#endif /* ATTNFORGE_GEN_ISA_NEONFHM_H */
