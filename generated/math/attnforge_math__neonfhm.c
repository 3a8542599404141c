/* Auto-generated file. Do not edit!
 *   Template:   templates/math.c.in (+ prelude.c.in, epilogue.c.in, vmath.lua)
 *   ISA module: templates/isa/neonfhm.lua
 *   Generator:  gen/attnforge-gen.lua
 *   Parameters: isa=neonfhm
 *
 * Test entries for the ISA's vectorized exp and tanh, the very code the
 * kernels of this ISA inline (tests/test_exp.c sweeps them against libm).
 * Documented bounds (templates/vmath.lua): exp <= 2 ulp, tanh <= 4 ulp.
 */
#if defined(__aarch64__) && !defined(__clang__)

#include <math.h>
#include <stdint.h>
#include <string.h>

#include "kernel.h"

#include <arm_neon.h>
/* The target is carried by the code: this file needs no -m flags. */
#define AF_TARGET __attribute__((target("arch=armv8.2-a+fp16fml")))

#if defined(__GNUC__) || defined(__clang__)
#define AF_UNUSED __attribute__((unused)) /* not every variant uses every word */
#else
#define AF_UNUSED
#endif

/* ---- ISA vocabulary: templates/isa/neonfhm.lua (4 f32 lanes) ---- */

typedef float32x4_t afv;

static inline AF_UNUSED afv afv_zero(void) { return vdupq_n_f32(0.0f); }
static inline AF_UNUSED afv afv_set1(float x) { return vdupq_n_f32(x); }
static inline AF_UNUSED afv afv_load(const float *p) { return vld1q_f32(p); }
static inline AF_UNUSED void afv_store(float *p, afv v) { vst1q_f32(p, v); }
static inline AF_UNUSED afv afv_load_f16(const uint16_t *p)
{
    return vcvt_f32_f16(vreinterpret_f16_u16(vld1_u16(p)));
}
static inline AF_UNUSED afv afv_load_bf16(const uint16_t *p)
{
    return vreinterpretq_f32_u32(vshll_n_u16(vld1_u16(p), 16));
}
static inline AF_UNUSED afv afv_add(afv a, afv b) { return vaddq_f32(a, b); }
static inline AF_UNUSED afv afv_sub(afv a, afv b) { return vsubq_f32(a, b); }
static inline AF_UNUSED afv afv_mul(afv a, afv b) { return vmulq_f32(a, b); }
static inline AF_UNUSED afv afv_div(afv a, afv b) { return vdivq_f32(a, b); }
/* NaN-propagating (FMAX); the block softmax detects NaN by its sum anyway */
static inline AF_UNUSED afv afv_max(afv a, afv b) { return vmaxq_f32(a, b); }
/* a * b + c, one rounding */
static inline AF_UNUSED afv afv_fma(afv a, afv b, afv c) { return vfmaq_f32(c, a, b); }
static inline AF_UNUSED afv afv_abs(afv a) { return vabsq_f32(a); }
static inline AF_UNUSED afv afv_iota(void)
{
    static const float i[4] = {0.0f, 1.0f, 2.0f, 3.0f};
    return vld1q_f32(i);
}
static inline AF_UNUSED float afv_first(afv v) { return vgetq_lane_f32(v, 0); }
/* m == -inf ? -inf : s + m, so a masked key stays excluded even if s is NaN */
static inline AF_UNUSED afv afv_mask_add(afv s, afv m)
{
    const afv ninf = vdupq_n_f32(-INFINITY);
    return vbslq_f32(vceqq_f32(m, ninf), ninf, vaddq_f32(s, m));
}
/* x == -inf ? -0.0 : p (marks the weight of an excluded key) */
static inline AF_UNUSED afv afv_excl(afv p, afv x)
{
    return vbslq_f32(vceqq_f32(x, vdupq_n_f32(-INFINITY)), vdupq_n_f32(-0.0f), p);
}
static inline AF_UNUSED float afv_hsum(afv v) { return vaddvq_f32(v); }
static inline AF_UNUSED float afv_hmax(afv v) { return vmaxvq_f32(v); }

/* Lane i = sum of the lanes of a_i: two levels of pairwise adds. */
static inline AF_UNUSED afv afv_reduce4(afv a0, afv a1, afv a2, afv a3)
{
    return vpaddq_f32(vpaddq_f32(a0, a1), vpaddq_f32(a2, a3));
}

/* Primitives of templates/vmath.lua (exp, tanh). */
typedef uint32x4_t afm;
static inline AF_UNUSED afm afv_lt(afv a, afv b) { return vcltq_f32(a, b); }
static inline AF_UNUSED afm afv_gt(afv a, afv b) { return vcgtq_f32(a, b); }
static inline AF_UNUSED afv afv_select(afm m, afv t, afv f) { return vbslq_f32(m, t, f); }
static inline AF_UNUSED afv afv_round(afv x) { return vrndnq_f32(x); }
static inline AF_UNUSED afv afv_fnma(afv a, afv b, afv c) { return vfmsq_f32(c, a, b); }
static inline AF_UNUSED afv afv_pow2i(afv t) /* t + 127 into the exponent field */
{
    return vreinterpretq_f32_s32(vshlq_n_s32(vaddq_s32(vcvtnq_s32_f32(t), vdupq_n_s32(127)), 23));
}
static inline AF_UNUSED afv afv_copysign(afv y, afv x) { return vbslq_f32(vdupq_n_u32(0x80000000u), x, y); }

/* acc[i] += a[i] b[i] + a[4 + i] b[4 + i], 8 f16 values, f32 accumulation */
static inline AF_UNUSED AF_TARGET afv afv_dot_f16(afv acc, const uint16_t *a, const uint16_t *b)
{
    const float16x8_t x = vreinterpretq_f16_u16(vld1q_u16(a)), y = vreinterpretq_f16_u16(vld1q_u16(b));
    return vfmlalq_high_f16(vfmlalq_low_f16(acc, x, y), x, y);
}
/* the same over 4 values */
static inline AF_UNUSED AF_TARGET afv afv_dot_f16_4(afv acc, const uint16_t *a, const uint16_t *b)
{
    const float16x8_t x = vreinterpretq_f16_u16(vcombine_u16(vld1_u16(a), vdup_n_u16(0)));
    const float16x8_t y = vreinterpretq_f16_u16(vcombine_u16(vld1_u16(b), vdup_n_u16(0)));
    return vfmlalq_low_f16(acc, x, y);
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

void attnforge_exp_f32__neonfhm(const float *x, float *y, int n);
void attnforge_tanh_f32__neonfhm(const float *x, float *y, int n);

AF_TARGET void attnforge_exp_f32__neonfhm(const float *x, float *y, int n)
{
    int i = 0;
    for (; i + 4 <= n; i += 4) afv_store(y + i, afv_exp(afv_load(x + i)));
    if (i < n) {
        float tx[4] = { 0 }, ty[4];
        memcpy(tx, x + i, (size_t)(n - i) * sizeof(float));
        afv_store(ty, afv_exp(afv_load(tx)));
        memcpy(y + i, ty, (size_t)(n - i) * sizeof(float));
    }
}

AF_TARGET void attnforge_tanh_f32__neonfhm(const float *x, float *y, int n)
{
    int i = 0;
    for (; i + 4 <= n; i += 4) afv_store(y + i, afv_tanh(afv_load(x + i)));
    if (i < n) {
        float tx[4] = { 0 }, ty[4];
        memcpy(tx, x + i, (size_t)(n - i) * sizeof(float));
        afv_store(ty, afv_tanh(afv_load(tx)));
        memcpy(y + i, ty, (size_t)(n - i) * sizeof(float));
    }
}

#else  /* not defined(__aarch64__) && !defined(__clang__): this file compiles to nothing */
typedef int afk_empty_translation_unit;
#endif
