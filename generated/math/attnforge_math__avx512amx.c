/* Auto-generated file. Do not edit!
 *   Template:   templates/math.c.in (+ epilogue.c.in)
 *   ISA module: templates/isa/avx512amx.lua
 *   Generator:  gen/attnforge-gen.lua
 *   Parameters: isa=avx512amx
 *
 * Test entries for the ISA's vectorized exp, tanh and expn (exp for x <= 0), the very code the
 * kernels of this ISA inline (tests/test_exp.c sweeps them against libm).
 * Documented bounds (templates/vmath.lua): exp <= 2 ulp, tanh <= 4 ulp.
 */
#if defined(__x86_64__) || defined(_M_X64)

#include "../isa/avx512amx.h"

void attnforge_exp_f32__avx512amx(const float *x, float *y, int n);
void attnforge_tanh_f32__avx512amx(const float *x, float *y, int n);
void attnforge_expn_f32__avx512amx(const float *x, float *y, int n);

AF_TARGET_AVX512AMX void attnforge_exp_f32__avx512amx(const float *x, float *y, int n)
{
    int i = 0;
    for (; i + 16 <= n; i += 16) afv_avx512amx_store(y + i, afv_avx512amx_exp(afv_avx512amx_load(x + i)));
    if (i < n) {
        float tx[16] = { 0 }, ty[16];
        memcpy(tx, x + i, (size_t)(n - i) * sizeof(float));
        afv_avx512amx_store(ty, afv_avx512amx_exp(afv_avx512amx_load(tx)));
        memcpy(y + i, ty, (size_t)(n - i) * sizeof(float));
    }
}

AF_TARGET_AVX512AMX void attnforge_tanh_f32__avx512amx(const float *x, float *y, int n)
{
    int i = 0;
    for (; i + 16 <= n; i += 16) afv_avx512amx_store(y + i, afv_avx512amx_tanh(afv_avx512amx_load(x + i)));
    if (i < n) {
        float tx[16] = { 0 }, ty[16];
        memcpy(tx, x + i, (size_t)(n - i) * sizeof(float));
        afv_avx512amx_store(ty, afv_avx512amx_tanh(afv_avx512amx_load(tx)));
        memcpy(y + i, ty, (size_t)(n - i) * sizeof(float));
    }
}

AF_TARGET_AVX512AMX void attnforge_expn_f32__avx512amx(const float *x, float *y, int n)
{
    int i = 0;
    for (; i + 16 <= n; i += 16) afv_avx512amx_store(y + i, afv_avx512amx_expn(afv_avx512amx_load(x + i)));
    if (i < n) {
        float tx[16] = { 0 }, ty[16];
        memcpy(tx, x + i, (size_t)(n - i) * sizeof(float));
        afv_avx512amx_store(ty, afv_avx512amx_expn(afv_avx512amx_load(tx)));
        memcpy(y + i, ty, (size_t)(n - i) * sizeof(float));
    }
}

#else  /* not defined(__x86_64__) || defined(_M_X64): this file compiles to nothing */
typedef int afk_math_avx512amx_empty_translation_unit;
#endif
