/* Auto-generated file. Do not edit!
 *   Template:   templates/math.c.in (+ epilogue.c.in)
 *   ISA module: templates/isa/avx512.lua
 *   Generator:  gen/attnforge-gen.lua
 *   Parameters: isa=avx512
 *
 * Test entries for the ISA's vectorized exp, tanh and expn (exp for x <= 0), the very code the
 * kernels of this ISA inline (tests/test_exp.c sweeps them against libm).
 * Documented bounds (templates/vmath.lua): exp <= 2 ulp, tanh <= 4 ulp.
 *
 * attnforge_store_o__avx512: the merge's output-row store (runtime/merge.c; an
 * af_store_fn of runtime/kernel.h), x times inv in O's format, with the store
 * words of templates/fmt/ (f16, bf16: bitwise the portable conversions of
 * runtime/kernel.h; tests/test_exp.c sweeps them against those).
 */
#if defined(__x86_64__) || defined(_M_X64)

#include "../isa/avx512.h"

void attnforge_exp_f32__avx512(const float *x, float *y, int n);
void attnforge_tanh_f32__avx512(const float *x, float *y, int n);
void attnforge_expn_f32__avx512(const float *x, float *y, int n);
void attnforge_store_o__avx512(void *dst, attnforge_format of, const float *x, float inv, int32_t n);

AF_TARGET_AVX512 void attnforge_exp_f32__avx512(const float *x, float *y, int n)
{
    int i = 0;
    for (; i + 16 <= n; i += 16) afv_avx512_store(y + i, afv_avx512_exp(afv_avx512_load(x + i)));
    if (i < n) {
        float tx[16] = { 0 }, ty[16];
        memcpy(tx, x + i, (size_t)(n - i) * sizeof(float));
        afv_avx512_store(ty, afv_avx512_exp(afv_avx512_load(tx)));
        memcpy(y + i, ty, (size_t)(n - i) * sizeof(float));
    }
}

AF_TARGET_AVX512 void attnforge_tanh_f32__avx512(const float *x, float *y, int n)
{
    int i = 0;
    for (; i + 16 <= n; i += 16) afv_avx512_store(y + i, afv_avx512_tanh(afv_avx512_load(x + i)));
    if (i < n) {
        float tx[16] = { 0 }, ty[16];
        memcpy(tx, x + i, (size_t)(n - i) * sizeof(float));
        afv_avx512_store(ty, afv_avx512_tanh(afv_avx512_load(tx)));
        memcpy(y + i, ty, (size_t)(n - i) * sizeof(float));
    }
}

AF_TARGET_AVX512 void attnforge_expn_f32__avx512(const float *x, float *y, int n)
{
    int i = 0;
    for (; i + 16 <= n; i += 16) afv_avx512_store(y + i, afv_avx512_expn(afv_avx512_load(x + i)));
    if (i < n) {
        float tx[16] = { 0 }, ty[16];
        memcpy(tx, x + i, (size_t)(n - i) * sizeof(float));
        afv_avx512_store(ty, afv_avx512_expn(afv_avx512_load(tx)));
        memcpy(y + i, ty, (size_t)(n - i) * sizeof(float));
    }
}

AF_TARGET_AVX512 void attnforge_store_o__avx512(void *dst, attnforge_format of, const float *x, float inv, int32_t n)
{
    const afv_avx512 vi = afv_avx512_set1(inv);
    int32_t d = 0;
    if (of == ATTNFORGE_FORMAT_F16) {
        uint16_t *o = (uint16_t *)dst;
        for (; d + 16 <= n; d += 16) afv_avx512_store_f16(o + d, afv_avx512_mul(afv_avx512_load(x + d), vi));
        for (; d < n; d++) o[d] = af_f32_to_f16(x[d] * inv);
    } else if (of == ATTNFORGE_FORMAT_BF16) {
        uint16_t *o = (uint16_t *)dst;
        for (; d + 16 <= n; d += 16) afv_avx512_store_bf16(o + d, afv_avx512_mul(afv_avx512_load(x + d), vi));
        for (; d < n; d++) o[d] = af_f32_to_bf16(x[d] * inv);
    } else {
        float *o = (float *)dst;
        for (; d + 16 <= n; d += 16) afv_avx512_store(o + d, afv_avx512_mul(afv_avx512_load(x + d), vi));
        for (; d < n; d++) o[d] = x[d] * inv;
    }
}

#else  /* not defined(__x86_64__) || defined(_M_X64): this file compiles to nothing */
typedef int afk_math_avx512_empty_translation_unit;
#endif
