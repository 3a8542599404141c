/* Auto-generated file. Do not edit!
 *   Template:   templates/math.c.in (+ epilogue.c.in)
 *   ISA module: templates/isa/neonbf16.lua
 *   Generator:  gen/attnforge-gen.lua
 *   Parameters: isa=neonbf16
 *
 * Test entries for the ISA's vectorized exp, tanh and expn (exp for x <= 0), the very code the
 * kernels of this ISA inline (tests/test_exp.c sweeps them against libm).
 * Documented bounds (templates/vmath.lua): exp <= 2 ulp, tanh <= 4 ulp.
 */
#if defined(__aarch64__) && !defined(__clang__)

#include "../isa/neonbf16.h"

void attnforge_exp_f32__neonbf16(const float *x, float *y, int n);
void attnforge_tanh_f32__neonbf16(const float *x, float *y, int n);
void attnforge_expn_f32__neonbf16(const float *x, float *y, int n);

AF_TARGET_NEONBF16 void attnforge_exp_f32__neonbf16(const float *x, float *y, int n)
{
    int i = 0;
    for (; i + 4 <= n; i += 4) afv_neonbf16_store(y + i, afv_neonbf16_exp(afv_neonbf16_load(x + i)));
    if (i < n) {
        float tx[4] = { 0 }, ty[4];
        memcpy(tx, x + i, (size_t)(n - i) * sizeof(float));
        afv_neonbf16_store(ty, afv_neonbf16_exp(afv_neonbf16_load(tx)));
        memcpy(y + i, ty, (size_t)(n - i) * sizeof(float));
    }
}

AF_TARGET_NEONBF16 void attnforge_tanh_f32__neonbf16(const float *x, float *y, int n)
{
    int i = 0;
    for (; i + 4 <= n; i += 4) afv_neonbf16_store(y + i, afv_neonbf16_tanh(afv_neonbf16_load(x + i)));
    if (i < n) {
        float tx[4] = { 0 }, ty[4];
        memcpy(tx, x + i, (size_t)(n - i) * sizeof(float));
        afv_neonbf16_store(ty, afv_neonbf16_tanh(afv_neonbf16_load(tx)));
        memcpy(y + i, ty, (size_t)(n - i) * sizeof(float));
    }
}

AF_TARGET_NEONBF16 void attnforge_expn_f32__neonbf16(const float *x, float *y, int n)
{
    int i = 0;
    for (; i + 4 <= n; i += 4) afv_neonbf16_store(y + i, afv_neonbf16_expn(afv_neonbf16_load(x + i)));
    if (i < n) {
        float tx[4] = { 0 }, ty[4];
        memcpy(tx, x + i, (size_t)(n - i) * sizeof(float));
        afv_neonbf16_store(ty, afv_neonbf16_expn(afv_neonbf16_load(tx)));
        memcpy(y + i, ty, (size_t)(n - i) * sizeof(float));
    }
}

#else  /* not defined(__aarch64__) && !defined(__clang__): this file compiles to nothing */
typedef int afk_math_neonbf16_empty_translation_unit;
#endif
