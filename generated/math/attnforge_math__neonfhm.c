/* Auto-generated file. Do not edit!
 *   Template:   templates/math.c.in (+ epilogue.c.in)
 *   ISA module: templates/isa/neonfhm.lua
 *   Generator:  gen/attnforge-gen.lua
 *   Parameters: isa=neonfhm
 *
 * Test entries for the ISA's vectorized exp, tanh and expn (exp for x <= 0), the very code the
 * kernels of this ISA inline (tests/test_exp.c sweeps them against libm).
 * Documented bounds (templates/vmath.lua): exp <= 2 ulp, tanh <= 4 ulp.
 *
 * attnforge_store_o__neonfhm: the merge's output-row store (runtime/merge.c; an
 * af_store_fn of runtime/kernel.h), x times inv in O's format, with the store
 * words of templates/fmt/ (f16, bf16: bitwise the portable conversions of
 * runtime/kernel.h; tests/test_exp.c sweeps them against those).
 */
#if defined(__aarch64__) && !defined(__clang__)

#include "../isa/neonfhm.h"

void attnforge_exp_f32__neonfhm(const float *x, float *y, int n);
void attnforge_tanh_f32__neonfhm(const float *x, float *y, int n);
void attnforge_expn_f32__neonfhm(const float *x, float *y, int n);
void attnforge_store_o__neonfhm(void *dst, attnforge_format of, const float *x, float inv, int32_t n);

AF_TARGET_NEONFHM void attnforge_exp_f32__neonfhm(const float *x, float *y, int n)
{
    int i = 0;
    for (; i + 4 <= n; i += 4) afv_neonfhm_store(y + i, afv_neonfhm_exp(afv_neonfhm_load(x + i)));
    if (i < n) {
        float tx[4] = { 0 }, ty[4];
        memcpy(tx, x + i, (size_t)(n - i) * sizeof(float));
        afv_neonfhm_store(ty, afv_neonfhm_exp(afv_neonfhm_load(tx)));
        memcpy(y + i, ty, (size_t)(n - i) * sizeof(float));
    }
}

AF_TARGET_NEONFHM void attnforge_tanh_f32__neonfhm(const float *x, float *y, int n)
{
    int i = 0;
    for (; i + 4 <= n; i += 4) afv_neonfhm_store(y + i, afv_neonfhm_tanh(afv_neonfhm_load(x + i)));
    if (i < n) {
        float tx[4] = { 0 }, ty[4];
        memcpy(tx, x + i, (size_t)(n - i) * sizeof(float));
        afv_neonfhm_store(ty, afv_neonfhm_tanh(afv_neonfhm_load(tx)));
        memcpy(y + i, ty, (size_t)(n - i) * sizeof(float));
    }
}

AF_TARGET_NEONFHM void attnforge_expn_f32__neonfhm(const float *x, float *y, int n)
{
    int i = 0;
    for (; i + 4 <= n; i += 4) afv_neonfhm_store(y + i, afv_neonfhm_expn(afv_neonfhm_load(x + i)));
    if (i < n) {
        float tx[4] = { 0 }, ty[4];
        memcpy(tx, x + i, (size_t)(n - i) * sizeof(float));
        afv_neonfhm_store(ty, afv_neonfhm_expn(afv_neonfhm_load(tx)));
        memcpy(y + i, ty, (size_t)(n - i) * sizeof(float));
    }
}

AF_TARGET_NEONFHM void attnforge_store_o__neonfhm(void *dst, attnforge_format of, const float *x, float inv, int32_t n)
{
    const afv_neonfhm vi = afv_neonfhm_set1(inv);
    int32_t d = 0;
    if (of == ATTNFORGE_FORMAT_F16) {
        uint16_t *o = (uint16_t *)dst;
        for (; d + 4 <= n; d += 4) afv_neonfhm_store_f16(o + d, afv_neonfhm_mul(afv_neonfhm_load(x + d), vi));
        for (; d < n; d++) o[d] = af_f32_to_f16(x[d] * inv);
    } else if (of == ATTNFORGE_FORMAT_BF16) {
        uint16_t *o = (uint16_t *)dst;
        for (; d + 4 <= n; d += 4) afv_neonfhm_store_bf16(o + d, afv_neonfhm_mul(afv_neonfhm_load(x + d), vi));
        for (; d < n; d++) o[d] = af_f32_to_bf16(x[d] * inv);
    } else {
        float *o = (float *)dst;
        for (; d + 4 <= n; d += 4) afv_neonfhm_store(o + d, afv_neonfhm_mul(afv_neonfhm_load(x + d), vi));
        for (; d < n; d++) o[d] = x[d] * inv;
    }
}

#else  /* not defined(__aarch64__) && !defined(__clang__): this file compiles to nothing */
typedef int afk_math_neonfhm_empty_translation_unit;
#endif
