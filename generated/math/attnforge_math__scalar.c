/* Auto-generated file. Do not edit!
 *   Template:   templates/math.c.in (+ prelude.c.in, epilogue.c.in, vmath.lua)
 *   ISA module: templates/isa/scalar.lua
 *   Generator:  gen/attnforge-gen.lua
 *   Parameters: isa=scalar
 *
 * Test entries for the ISA's vectorized exp and tanh, the very code the
 * kernels of this ISA inline (tests/test_exp.c sweeps them against libm).
 * Documented bounds (templates/vmath.lua): exp <= 2 ulp, tanh <= 4 ulp.
 */
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "kernel.h"

#define AF_TARGET

#if defined(__GNUC__) || defined(__clang__)
#define AF_UNUSED __attribute__((unused)) /* not every variant uses every word */
#else
#define AF_UNUSED
#endif

/* ---- ISA vocabulary: templates/isa/scalar.lua (1 f32 lane) ---- */

typedef float afv;

static inline AF_UNUSED afv afv_zero(void) { return 0.0f; }
static inline AF_UNUSED afv afv_set1(float x) { return x; }
static inline AF_UNUSED afv afv_load(const float *p) { return *p; }
static inline AF_UNUSED void afv_store(float *p, afv v) { *p = v; }
static inline AF_UNUSED afv afv_load_f16(const uint16_t *p) { return af_f16_to_f32(*p); }
static inline AF_UNUSED afv afv_load_bf16(const uint16_t *p) { return af_bf16_to_f32(*p); }
static inline AF_UNUSED afv afv_add(afv a, afv b) { return a + b; }
static inline AF_UNUSED afv afv_sub(afv a, afv b) { return a - b; }
static inline AF_UNUSED afv afv_mul(afv a, afv b) { return a * b; }
static inline AF_UNUSED afv afv_div(afv a, afv b) { return a / b; }
static inline AF_UNUSED afv afv_max(afv a, afv b) { return a > b ? a : b; }
static inline AF_UNUSED afv afv_fma(afv a, afv b, afv c) { return a * b + c; }
static inline AF_UNUSED afv afv_abs(afv a) { return a < 0.0f ? -a : a; }
static inline AF_UNUSED afv afv_iota(void) { return 0.0f; }
static inline AF_UNUSED float afv_first(afv v) { return v; }
static inline AF_UNUSED afv afv_mask_add(afv s, afv m) { return m == -INFINITY ? -INFINITY : s + m; }
static inline AF_UNUSED afv afv_excl(afv p, afv x) { return x == -INFINITY ? -0.0f : p; }
static inline AF_UNUSED float afv_hsum(afv v) { return v; }
static inline AF_UNUSED float afv_hmax(afv v) { return v; }

/* Primitives of templates/vmath.lua (exp, tanh). */
typedef int afm;
static inline AF_UNUSED afm afv_lt(afv a, afv b) { return a < b; }
static inline AF_UNUSED afm afv_gt(afv a, afv b) { return a > b; }
static inline AF_UNUSED afv afv_select(afm m, afv t, afv f) { return m ? t : f; }
/* Half away from zero. The range check keeps the conversion defined: NaN,
 * +-inf and |x| >= 2^23 (already integral) pass through. */
static inline AF_UNUSED afv afv_round(afv x)
{
    return x > -0x1p23f && x < 0x1p23f ? (float)(int)(x + (x >= 0.0f ? 0.5f : -0.5f)) : x;
}
static inline AF_UNUSED afv afv_fnma(afv a, afv b, afv c) { return c - a * b; }
/* Outside [-126, 127] any value will do: exp replaces those lanes. */
static inline AF_UNUSED afv afv_pow2i(afv t)
{
    if (!(t >= -126.0f && t <= 127.0f)) return 1.0f;
    union { uint32_t u; float f; } v = { (uint32_t)((int)t + 127) << 23 };
    return v.f;
}
static inline AF_UNUSED afv afv_copysign(afv y, afv x) { return x < 0.0f ? -y : y; }

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

void attnforge_exp_f32__scalar(const float *x, float *y, int n);
void attnforge_tanh_f32__scalar(const float *x, float *y, int n);

AF_TARGET void attnforge_exp_f32__scalar(const float *x, float *y, int n)
{
    int i = 0;
    for (; i + 1 <= n; i += 1) afv_store(y + i, afv_exp(afv_load(x + i)));
    if (i < n) {
        float tx[1] = { 0 }, ty[1];
        memcpy(tx, x + i, (size_t)(n - i) * sizeof(float));
        afv_store(ty, afv_exp(afv_load(tx)));
        memcpy(y + i, ty, (size_t)(n - i) * sizeof(float));
    }
}

AF_TARGET void attnforge_tanh_f32__scalar(const float *x, float *y, int n)
{
    int i = 0;
    for (; i + 1 <= n; i += 1) afv_store(y + i, afv_tanh(afv_load(x + i)));
    if (i < n) {
        float tx[1] = { 0 }, ty[1];
        memcpy(tx, x + i, (size_t)(n - i) * sizeof(float));
        afv_store(ty, afv_tanh(afv_load(tx)));
        memcpy(y + i, ty, (size_t)(n - i) * sizeof(float));
    }
}

