/* Auto-generated file. Do not edit!
 *   Template:   templates/math.c.in (+ epilogue.c.in)
 *   ISA module: templates/isa/avx2.lua
 *   Generator:  gen/attnforge-gen.lua
 *   Parameters: isa=avx2
 *
 * Test entries for the ISA's vectorized exp, tanh and expn (exp for x <= 0), the very code the
 * kernels of this ISA inline (tests/test_exp.c sweeps them against libm).
 * Documented bounds (templates/vmath.lua): exp <= 2 ulp, tanh <= 4 ulp.
 */
#if defined(__x86_64__) || defined(_M_X64)

#include "../isa/avx2.h"

void attnforge_exp_f32__avx2(const float *x, float *y, int n);
void attnforge_tanh_f32__avx2(const float *x, float *y, int n);
void attnforge_expn_f32__avx2(const float *x, float *y, int n);

AF_TARGET_AVX2 void attnforge_exp_f32__avx2(const float *x, float *y, int n)
{
    int i = 0;
    for (; i + 8 <= n; i += 8) afv_avx2_store(y + i, afv_avx2_exp(afv_avx2_load(x + i)));
    if (i < n) {
        float tx[8] = { 0 }, ty[8];
        memcpy(tx, x + i, (size_t)(n - i) * sizeof(float));
        afv_avx2_store(ty, afv_avx2_exp(afv_avx2_load(tx)));
        memcpy(y + i, ty, (size_t)(n - i) * sizeof(float));
    }
}

AF_TARGET_AVX2 void attnforge_tanh_f32__avx2(const float *x, float *y, int n)
{
    int i = 0;
    for (; i + 8 <= n; i += 8) afv_avx2_store(y + i, afv_avx2_tanh(afv_avx2_load(x + i)));
    if (i < n) {
        float tx[8] = { 0 }, ty[8];
        memcpy(tx, x + i, (size_t)(n - i) * sizeof(float));
        afv_avx2_store(ty, afv_avx2_tanh(afv_avx2_load(tx)));
        memcpy(y + i, ty, (size_t)(n - i) * sizeof(float));
    }
}

AF_TARGET_AVX2 void attnforge_expn_f32__avx2(const float *x, float *y, int n)
{
    int i = 0;
    for (; i + 8 <= n; i += 8) afv_avx2_store(y + i, afv_avx2_expn(afv_avx2_load(x + i)));
    if (i < n) {
        float tx[8] = { 0 }, ty[8];
        memcpy(tx, x + i, (size_t)(n - i) * sizeof(float));
        afv_avx2_store(ty, afv_avx2_expn(afv_avx2_load(tx)));
        memcpy(y + i, ty, (size_t)(n - i) * sizeof(float));
    }
}

#else  /* not defined(__x86_64__) || defined(_M_X64): this file compiles to nothing */
typedef int afk_math_avx2_empty_translation_unit;
#endif
