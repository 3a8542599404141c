/* Auto-generated file. Do not edit!
 *   Template:   templates/math.c.in (+ prelude.c.in, epilogue.c.in)
 *   ISA module: templates/isa/neonbf16.lua
 *   Generator:  gen/attnforge-gen.lua
 *   Parameters: isa=neonbf16
 *
 * Test entries for the ISA's vectorized exp and tanh, the very code the
 * kernels of this ISA inline (tests/test_exp.c sweeps them against libm).
 * Documented bounds: exp <= 2 ulp, tanh <= 4 ulp.
 */
#if defined(__aarch64__) && !defined(__clang__)

#include <math.h>
#include <stdint.h>
#include <string.h>

#include "kernel.h"

#include <arm_neon.h>
/* The target is carried by the code: this file needs no -m flags. */
#define AF_TARGET __attribute__((target("arch=armv8.2-a+bf16")))

#if defined(__GNUC__) || defined(__clang__)
#define AF_UNUSED __attribute__((unused)) /* not every variant uses every word */
#else
#define AF_UNUSED
#endif

/* ---- ISA vocabulary: templates/isa/neonbf16.lua (4 f32 lanes) ---- */

typedef float32x4_t afv;
#define AFV_EXP_MAX_ULP 2
#define AFV_TANH_MAX_ULP 4

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

static inline AF_UNUSED afv afv_exp(afv x)
{
    const afv t = vrndnq_f32(vmulq_f32(x, vdupq_n_f32(1.44269504088896341f)));
    afv r = vfmsq_f32(x, t, vdupq_n_f32(0.693145751953125f));   /* x - t ln2hi */
    r = vfmsq_f32(r, t, vdupq_n_f32(1.42860682030941723e-6f));   /* - t ln2lo */
    afv p = vdupq_n_f32(1.98412698e-4f);                        /* 1/5040 */
    p = vfmaq_f32(vdupq_n_f32(1.38888889e-3f), p, r);           /* 1/720 */
    p = vfmaq_f32(vdupq_n_f32(8.33333333e-3f), p, r);           /* 1/120 */
    p = vfmaq_f32(vdupq_n_f32(4.16666667e-2f), p, r);           /* 1/24 */
    p = vfmaq_f32(vdupq_n_f32(1.66666667e-1f), p, r);           /* 1/6 */
    p = vfmaq_f32(vdupq_n_f32(0.5f), p, r);
    p = vfmaq_f32(vdupq_n_f32(1.0f), p, r);
    p = vfmaq_f32(vdupq_n_f32(1.0f), p, r);
    const int32x4_t n = vcvtnq_s32_f32(t);
    const int32x4_t n1 = vshrq_n_s32(n, 1), n2 = vsubq_s32(n, n1);
    const int32x4_t bias = vdupq_n_s32(127);
    const afv s1 = vreinterpretq_f32_s32(vshlq_n_s32(vaddq_s32(n1, bias), 23));
    const afv s2 = vreinterpretq_f32_s32(vshlq_n_s32(vaddq_s32(n2, bias), 23));
    afv y = vmulq_f32(vmulq_f32(p, s1), s2);
    y = vbslq_f32(vcltq_f32(x, vdupq_n_f32(-87.3365448f)), vdupq_n_f32(0.0f), y);
    y = vbslq_f32(vcgtq_f32(x, vdupq_n_f32(88.7228394f)), vdupq_n_f32(INFINITY), y);
    return y;
}

static inline AF_UNUSED afv afv_tanh(afv x)
{
    const afv one = vdupq_n_f32(1.0f);
    const afv ax = vabsq_f32(x), x2 = vmulq_f32(ax, ax);
    afv q = vdupq_n_f32(3.59212804e-3f);                     /* 21844/6081075 */
    q = vfmaq_f32(vdupq_n_f32(-8.86323553e-3f), q, x2);     /* -1382/155925 */
    q = vfmaq_f32(vdupq_n_f32(2.18694885e-2f), q, x2);      /* 62/2835 */
    q = vfmaq_f32(vdupq_n_f32(-5.39682540e-2f), q, x2);     /* -17/315 */
    q = vfmaq_f32(vdupq_n_f32(1.33333333e-1f), q, x2);      /* 2/15 */
    q = vfmaq_f32(vdupq_n_f32(-3.33333333e-1f), q, x2);     /* -1/3 */
    const afv small = vfmaq_f32(ax, vmulq_f32(ax, x2), q);
    const afv e = afv_exp(vaddq_f32(ax, ax));
    const afv big = vsubq_f32(one, vdivq_f32(vdupq_n_f32(2.0f), vaddq_f32(e, one)));
    const afv y = vbslq_f32(vcltq_f32(ax, vdupq_n_f32(0.4f)), small, big);
    return vbslq_f32(vdupq_n_u32(0x80000000u), x, y); /* the sign of x */
}

/* acc[i] += a[2i] b[2i] + a[2i + 1] b[2i + 1], 8 bf16 values */
static inline AF_UNUSED AF_TARGET afv afv_dot_bf16(afv acc, const uint16_t *a, const uint16_t *b)
{
    return vbfdotq_f32(acc, vreinterpretq_bf16_u16(vld1q_u16(a)), vreinterpretq_bf16_u16(vld1q_u16(b)));
}
/* the same over 4 values (the upper half of both operands is zero) */
static inline AF_UNUSED AF_TARGET afv afv_dot_bf16_4(afv acc, const uint16_t *a, const uint16_t *b)
{
    return vbfdotq_f32(acc, vreinterpretq_bf16_u16(vcombine_u16(vld1_u16(a), vdup_n_u16(0))),
                       vreinterpretq_bf16_u16(vcombine_u16(vld1_u16(b), vdup_n_u16(0))));
}

void attnforge_exp_f32__neonbf16(const float *x, float *y, int n);
void attnforge_tanh_f32__neonbf16(const float *x, float *y, int n);

AF_TARGET void attnforge_exp_f32__neonbf16(const float *x, float *y, int n)
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

AF_TARGET void attnforge_tanh_f32__neonbf16(const float *x, float *y, int n)
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
