/* Auto-generated file. Do not edit!
 *   Template:   templates/math.c.in (+ prelude.c.in, epilogue.c.in)
 *   ISA module: templates/isa/scalar.lua
 *   Generator:  gen/attnforge-gen.lua
 *   Parameters: isa=scalar
 *
 * Test entries for the ISA's vectorized exp and tanh, the very code the
 * kernels of this ISA inline (tests/test_exp.c sweeps them against libm).
 * Documented bounds: exp <= 2 ulp, tanh <= 4 ulp.
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
#define AFV_EXP_MAX_ULP 2
#define AFV_TANH_MAX_ULP 4

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

static inline AF_UNUSED float afv_pow2i(int n) /* 2^n for n in [-126, 127] */
{
    union { uint32_t u; float f; } v = { (uint32_t)(n + 127) << 23 };
    return v.f;
}

static inline AF_UNUSED afv afv_exp(afv x)
{
    if (!(x >= -87.3365448f)) return x != x ? x : 0.0f;
    if (x > 88.7228394f) return INFINITY;
    const float t = x * 1.44269504088896341f;
    const int n = (int)(t + (t >= 0.0f ? 0.5f : -0.5f));
    const float nf = (float)n;
    float r = x - nf * 0.693145751953125f;
    r = r - nf * 1.42860682030941723e-6f;
    float p = 1.98412698e-4f;
    p = p * r + 1.38888889e-3f;
    p = p * r + 8.33333333e-3f;
    p = p * r + 4.16666667e-2f;
    p = p * r + 1.66666667e-1f;
    p = p * r + 0.5f;
    p = p * r + 1.0f;
    p = p * r + 1.0f;
    const int n1 = n / 2, n2 = n - n1;
    return p * afv_pow2i(n1) * afv_pow2i(n2);
}

static inline AF_UNUSED afv afv_tanh(afv x)
{
    const float ax = x < 0.0f ? -x : x;
    float y;
    if (ax < 0.4f) {
        const float x2 = ax * ax;
        float q = 3.59212804e-3f;
        q = q * x2 - 8.86323553e-3f;
        q = q * x2 + 2.18694885e-2f;
        q = q * x2 - 5.39682540e-2f;
        q = q * x2 + 1.33333333e-1f;
        q = q * x2 - 3.33333333e-1f;
        y = ax * x2 * q + ax;
    } else {
        y = 1.0f - 2.0f / (afv_exp(ax + ax) + 1.0f);
    }
    return x < 0.0f ? -y : y;
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

