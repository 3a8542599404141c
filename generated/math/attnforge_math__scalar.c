/* Auto-generated file. Do not edit!
 *   Template:   templates/math.c.in (+ epilogue.c.in)
 *   ISA module: templates/isa/scalar.lua
 *   Generator:  gen/attnforge-gen.lua
 *   Parameters: isa=scalar
 *
 * Test entries for the ISA's vectorized exp, tanh and expn (exp for x <= 0), the very code the
 * kernels of this ISA inline (tests/test_exp.c sweeps them against libm).
 * Documented bounds (templates/vmath.lua): exp <= 2 ulp, tanh <= 4 ulp.
 */
#include "../isa/scalar.h"

void attnforge_exp_f32__scalar(const float *x, float *y, int n);
void attnforge_tanh_f32__scalar(const float *x, float *y, int n);
void attnforge_expn_f32__scalar(const float *x, float *y, int n);

AF_TARGET_SCALAR void attnforge_exp_f32__scalar(const float *x, float *y, int n)
{
    int i = 0;
    for (; i + 1 <= n; i += 1) afv_scalar_store(y + i, afv_scalar_exp(afv_scalar_load(x + i)));
    if (i < n) {
        float tx[1] = { 0 }, ty[1];
        memcpy(tx, x + i, (size_t)(n - i) * sizeof(float));
        afv_scalar_store(ty, afv_scalar_exp(afv_scalar_load(tx)));
        memcpy(y + i, ty, (size_t)(n - i) * sizeof(float));
    }
}

AF_TARGET_SCALAR void attnforge_tanh_f32__scalar(const float *x, float *y, int n)
{
    int i = 0;
    for (; i + 1 <= n; i += 1) afv_scalar_store(y + i, afv_scalar_tanh(afv_scalar_load(x + i)));
    if (i < n) {
        float tx[1] = { 0 }, ty[1];
        memcpy(tx, x + i, (size_t)(n - i) * sizeof(float));
        afv_scalar_store(ty, afv_scalar_tanh(afv_scalar_load(tx)));
        memcpy(y + i, ty, (size_t)(n - i) * sizeof(float));
    }
}

AF_TARGET_SCALAR void attnforge_expn_f32__scalar(const float *x, float *y, int n)
{
    int i = 0;
    for (; i + 1 <= n; i += 1) afv_scalar_store(y + i, afv_scalar_expn(afv_scalar_load(x + i)));
    if (i < n) {
        float tx[1] = { 0 }, ty[1];
        memcpy(tx, x + i, (size_t)(n - i) * sizeof(float));
        afv_scalar_store(ty, afv_scalar_expn(afv_scalar_load(tx)));
        memcpy(y + i, ty, (size_t)(n - i) * sizeof(float));
    }
}

