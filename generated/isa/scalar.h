/* Auto-generated file. Do not edit!
 *   Template:   templates/isa.h.in (+ vmath.lua)
 *   ISA module: templates/isa/scalar.lua
 *   Generator:  gen/attnforge-gen.lua
 *
 * The scalar vocabulary (1 f32 lane) the kernels of this ISA are written in.
 */
#ifndef ATTNFORGE_GEN_ISA_SCALAR_H
#define ATTNFORGE_GEN_ISA_SCALAR_H

#include <math.h>
#include <stdint.h>
#include <string.h>

#include "kernel.h"

#define AF_TARGET_SCALAR

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

typedef float afv_scalar;

static inline AF_UNUSED afv_scalar afv_scalar_zero(void) { return 0.0f; }
static inline AF_UNUSED afv_scalar afv_scalar_set1(float x) { return x; }
static inline AF_UNUSED afv_scalar afv_scalar_load(const float *p) { return *p; }
static inline AF_UNUSED void afv_scalar_store(float *p, afv_scalar v) { *p = v; }
static inline AF_UNUSED afv_scalar afv_scalar_add(afv_scalar a, afv_scalar b) { return a + b; }
static inline AF_UNUSED afv_scalar afv_scalar_sub(afv_scalar a, afv_scalar b) { return a - b; }
static inline AF_UNUSED afv_scalar afv_scalar_mul(afv_scalar a, afv_scalar b) { return a * b; }
static inline AF_UNUSED afv_scalar afv_scalar_div(afv_scalar a, afv_scalar b) { return a / b; }
static inline AF_UNUSED afv_scalar afv_scalar_max(afv_scalar a, afv_scalar b) { return a > b ? a : b; }
static inline AF_UNUSED afv_scalar afv_scalar_fma(afv_scalar a, afv_scalar b, afv_scalar c) { return a * b + c; }
static inline AF_UNUSED afv_scalar afv_scalar_abs(afv_scalar a) { return a < 0.0f ? -a : a; }
static inline AF_UNUSED afv_scalar afv_scalar_iota(void) { return 0.0f; }
static inline AF_UNUSED float afv_scalar_first(afv_scalar v) { return v; }
static inline AF_UNUSED afv_scalar afv_scalar_mask_add(afv_scalar s, afv_scalar m) { return m == -INFINITY ? -INFINITY : s + m; }
static inline AF_UNUSED afv_scalar afv_scalar_excl(afv_scalar p, afv_scalar x) { return x == -INFINITY ? -0.0f : p; }
static inline AF_UNUSED float afv_scalar_hsum(afv_scalar v) { return v; }
static inline AF_UNUSED float afv_scalar_hmax(afv_scalar v) { return v; }

/* Primitives of templates/vmath.lua (exp, tanh). */
typedef int afm_scalar;
static inline AF_UNUSED afm_scalar afv_scalar_lt(afv_scalar a, afv_scalar b) { return a < b; }
static inline AF_UNUSED afm_scalar afv_scalar_gt(afv_scalar a, afv_scalar b) { return a > b; }
static inline AF_UNUSED afv_scalar afv_scalar_select(afm_scalar m, afv_scalar t, afv_scalar f) { return m ? t : f; }
static inline AF_UNUSED int afm_scalar_all(afm_scalar m) { return m; }
/* Half away from zero. The range check keeps the conversion defined: NaN,
 * +-inf and |x| >= 2^23 (already integral) pass through. */
static inline AF_UNUSED afv_scalar afv_scalar_round(afv_scalar x)
{
    return x > -0x1p23f && x < 0x1p23f ? (float)(int)(x + (x >= 0.0f ? 0.5f : -0.5f)) : x;
}
static inline AF_UNUSED afv_scalar afv_scalar_fnma(afv_scalar a, afv_scalar b, afv_scalar c) { return c - a * b; }
/* Outside [-126, 127] any value will do: exp replaces those lanes. */
static inline AF_UNUSED afv_scalar afv_scalar_pow2i(afv_scalar t)
{
    if (!(t >= -126.0f && t <= 127.0f)) return 1.0f;
    union { uint32_t u; float f; } v = { (uint32_t)((int)t + 127) << 23 };
    return v.f;
}
static inline AF_UNUSED afv_scalar afv_scalar_copysign(afv_scalar y, afv_scalar x) { return x < 0.0f ? -y : y; }
/* ---- load words of the vocabulary formats (templates/fmt/, `vocabulary`) ---- */
static inline AF_UNUSED afv_scalar afv_scalar_load_f16(const uint16_t *p) { return af_f16_to_f32(*p); }
static inline AF_UNUSED void afv_scalar_store_bf16(uint16_t *p, afv_scalar v) { *p = af_f32_to_bf16(v); }
static inline AF_UNUSED void afv_scalar_store_f16(uint16_t *p, afv_scalar v) { *p = af_f32_to_f16(v); }

/* ---- exp and tanh over that vocabulary: templates/vmath.lua ---- */
/* exp's reduction and polynomial: x = t ln2 + r, returns p ~ exp(r), *tp = t */
static inline AF_UNUSED AF_TARGET_SCALAR afv_scalar afv_scalar_exp_core(afv_scalar x, afv_scalar *tp)
{
    const afv_scalar t = afv_scalar_round(afv_scalar_mul(x, afv_scalar_set1(1.44269504088896341f)));
    afv_scalar r = afv_scalar_fnma(t, afv_scalar_set1(0.693145751953125f), x);     /* x - t ln2hi */
    r = afv_scalar_fnma(t, afv_scalar_set1(1.42860682030941723e-6f), r);    /* - t ln2lo */
    afv_scalar p = afv_scalar_set1(1.98412698e-4f);                         /* 1/5040 */
    p = afv_scalar_fma(p, r, afv_scalar_set1(1.38888889e-3f));              /* 1/720 */
    p = afv_scalar_fma(p, r, afv_scalar_set1(8.33333333e-3f));              /* 1/120 */
    p = afv_scalar_fma(p, r, afv_scalar_set1(4.16666667e-2f));              /* 1/24 */
    p = afv_scalar_fma(p, r, afv_scalar_set1(1.66666667e-1f));              /* 1/6 */
    p = afv_scalar_fma(p, r, afv_scalar_set1(0.5f));
    p = afv_scalar_fma(p, r, afv_scalar_set1(1.0f));
    *tp = t;
    return afv_scalar_fma(p, r, afv_scalar_set1(1.0f));
}

static inline AF_UNUSED AF_TARGET_SCALAR afv_scalar afv_scalar_exp(afv_scalar x)
{
    afv_scalar t;
    const afv_scalar p = afv_scalar_exp_core(x, &t);
    const afv_scalar t1 = afv_scalar_round(afv_scalar_mul(t, afv_scalar_set1(0.5f))), t2 = afv_scalar_sub(t, t1);
    afv_scalar y = afv_scalar_mul(afv_scalar_mul(p, afv_scalar_pow2i(t1)), afv_scalar_pow2i(t2));
    y = afv_scalar_select(afv_scalar_lt(x, afv_scalar_set1(-87.3365448f)), afv_scalar_zero(), y);
    return afv_scalar_select(afv_scalar_gt(x, afv_scalar_set1(88.7228394f)), afv_scalar_set1(INFINITY), y);
}

/* x <= 0 or NaN only: 2^t in one exact factor */
static inline AF_UNUSED AF_TARGET_SCALAR afv_scalar afv_scalar_expn(afv_scalar x)
{
    afv_scalar t;
    const afv_scalar p = afv_scalar_exp_core(x, &t);
    return afv_scalar_select(afv_scalar_lt(x, afv_scalar_set1(-87.3365448f)), afv_scalar_zero(), afv_scalar_mul(p, afv_scalar_pow2i(t)));
}

static inline AF_UNUSED AF_TARGET_SCALAR afv_scalar afv_scalar_tanh(afv_scalar x)
{
    const afv_scalar ax = afv_scalar_abs(x), x2 = afv_scalar_mul(ax, ax);
    afv_scalar q = afv_scalar_set1(3.59212804e-3f);                         /* 21844/6081075 */
    q = afv_scalar_fma(q, x2, afv_scalar_set1(-8.86323553e-3f));            /* -1382/155925 */
    q = afv_scalar_fma(q, x2, afv_scalar_set1(2.18694885e-2f));             /* 62/2835 */
    q = afv_scalar_fma(q, x2, afv_scalar_set1(-5.39682540e-2f));            /* -17/315 */
    q = afv_scalar_fma(q, x2, afv_scalar_set1(1.33333333e-1f));             /* 2/15 */
    q = afv_scalar_fma(q, x2, afv_scalar_set1(-3.33333333e-1f));            /* -1/3 */
    afv_scalar y = afv_scalar_fma(afv_scalar_mul(ax, x2), q, ax);
    const afm_scalar small = afv_scalar_lt(ax, afv_scalar_set1(0.4f)); /* NaN lanes are not small */
    if (!afm_scalar_all(small)) {
        const afv_scalar one = afv_scalar_set1(1.0f), e = afv_scalar_expn(afv_scalar_mul(ax, afv_scalar_set1(-2.0f)));
        y = afv_scalar_select(small, y, afv_scalar_div(afv_scalar_sub(one, e), afv_scalar_add(one, e)));
    }
    return afv_scalar_copysign(y, x);
}
#endif /* ATTNFORGE_GEN_ISA_SCALAR_H */
