/* Storage dtypes for test-support code (see convert.h). */
#include "convert.h"

#include <math.h>
#include <string.h>

#include "reference.h" /* the exact decoders */

size_t tu_dtype_size(attnforge_dtype dt) { return dt == ATTNFORGE_F32 ? 4 : 2; }

const char *tu_dtype_name(attnforge_dtype dt)
{
    switch (dt) {
    case ATTNFORGE_F32: return "f32";
    case ATTNFORGE_F16: return "f16";
    case ATTNFORGE_BF16: return "bf16";
    default: return "?";
    }
}

/* Nearest pattern to ax >= 0 among the ordered non-negative patterns
 * 0 .. inf_pat, where inf_pat stands for the value one step past the largest
 * finite one (so overflow rounds the IEEE way). Ties go to the even pattern. */
static uint16_t round_by_search(double ax, uint16_t inf_pat, double inf_value,
                                double (*val)(uint16_t))
{
    if (ax >= inf_value) return inf_pat;
    uint32_t lo = 0, hi = inf_pat; /* val(lo) <= ax < val(hi) */
    while (hi - lo > 1) {
        uint32_t mid = (lo + hi) / 2;
        if (val((uint16_t)mid) <= ax)
            lo = mid;
        else
            hi = mid;
    }
    double vlo = val((uint16_t)lo);
    double vhi = hi == inf_pat ? inf_value : val((uint16_t)hi);
    double dlo = ax - vlo, dhi = vhi - ax;
    if (dlo < dhi) return (uint16_t)lo;
    if (dhi < dlo) return (uint16_t)hi;
    return (uint16_t)((lo % 2 == 0) ? lo : hi);
}

uint16_t tu_f64_to_f16(double x)
{
    if (isnan(x)) return 0x7e00;
    uint16_t sign = signbit(x) ? 0x8000 : 0;
    return (uint16_t)(sign | round_by_search(fabs(x), 0x7c00, 65536.0, ref_f16_to_f64));
}

uint16_t tu_f64_to_bf16(double x)
{
    if (isnan(x)) return 0x7fc0;
    uint16_t sign = signbit(x) ? 0x8000 : 0;
    return (uint16_t)(sign | round_by_search(fabs(x), 0x7f80, 0x1p128,
                                             ref_bf16_to_f64));
}

void tu_store(attnforge_dtype dt, void *base, int64_t off, double x)
{
    switch (dt) {
    case ATTNFORGE_F16: ((uint16_t *)base)[off] = tu_f64_to_f16(x); break;
    case ATTNFORGE_BF16: ((uint16_t *)base)[off] = tu_f64_to_bf16(x); break;
    default: ((float *)base)[off] = (float)x; break;
    }
}

double tu_load(attnforge_dtype dt, const void *base, int64_t off)
{
    switch (dt) {
    case ATTNFORGE_F16: return ref_f16_to_f64(((const uint16_t *)base)[off]);
    case ATTNFORGE_BF16: return ref_bf16_to_f64(((const uint16_t *)base)[off]);
    default: return (double)((const float *)base)[off];
    }
}

uint32_t tu_bits(attnforge_dtype dt, const void *base, int64_t off)
{
    if (dt == ATTNFORGE_F32) {
        uint32_t u;
        memcpy(&u, (const unsigned char *)base + off * 4, 4);
        return u;
    }
    return ((const uint16_t *)base)[off];
}

void tu_put_bits(attnforge_dtype dt, void *base, int64_t off, uint32_t bits)
{
    if (dt == ATTNFORGE_F32)
        memcpy((unsigned char *)base + off * 4, &bits, 4);
    else
        ((uint16_t *)base)[off] = (uint16_t)bits;
}

void tu_store_f32(attnforge_dtype dt, void *base, int64_t off, float x)
{
    switch (dt) {
    case ATTNFORGE_F16: ((uint16_t *)base)[off] = attnforge_f32_to_f16(x); break;
    case ATTNFORGE_BF16: ((uint16_t *)base)[off] = attnforge_f32_to_bf16(x); break;
    default: ((float *)base)[off] = x; break;
    }
}

void tu_f32_to_storage(attnforge_dtype dt, const float *x, size_t n, void *dst)
{
    for (size_t i = 0; i < n; i++) tu_store_f32(dt, dst, (int64_t)i, x[i]);
}

void tu_storage_to_f32(attnforge_dtype dt, const void *src, size_t n, float *dst)
{
    const uint16_t *h = src;
    for (size_t i = 0; i < n; i++)
        dst[i] = dt == ATTNFORGE_F16    ? attnforge_f16_to_f32(h[i])
                 : dt == ATTNFORGE_BF16 ? attnforge_bf16_to_f32(h[i])
                                        : ((const float *)src)[i];
}

double tu_ulp(attnforge_dtype dt, double x)
{
    int mant_bits, min_exp, e; /* min_exp: exponent of the smallest normal */
    switch (dt) {
    case ATTNFORGE_F16: mant_bits = 10; min_exp = -14; break;
    case ATTNFORGE_BF16: mant_bits = 7; min_exp = -126; break;
    default: mant_bits = 23; min_exp = -126; break;
    }
    double a = fabs(x);
    if (!isfinite(a)) return INFINITY;
    if (a < ldexp(1.0, min_exp)) return ldexp(1.0, min_exp - mant_bits);
    frexp(a, &e); /* a = f * 2^e, f in [0.5, 1) */
    return ldexp(1.0, e - 1 - mant_bits);
}

double tu_overflow(attnforge_dtype dt)
{
    switch (dt) {
    case ATTNFORGE_F16: return ldexp(2.0 - ldexp(1.0, -11), 15);
    case ATTNFORGE_BF16: return ldexp(2.0 - ldexp(1.0, -8), 127);
    default: return ldexp(2.0 - ldexp(1.0, -24), 127);
    }
}

uint32_t tu_poison_bits(attnforge_dtype dt)
{
    switch (dt) {
    case ATTNFORGE_F16: return 0x7d5a;
    case ATTNFORGE_BF16: return 0x7f95;
    default: return 0x7fa5a5a5u;
    }
}

uint32_t tu_pad_bits(attnforge_dtype dt)
{
    switch (dt) {
    case ATTNFORGE_F16: return 0x7e00;
    case ATTNFORGE_BF16: return 0x7fc0;
    default: return 0x7fc00000u;
    }
}

int tu_format_is_block(attnforge_format f)
{
    return f == ATTNFORGE_FORMAT_Q8_0 || f == ATTNFORGE_FORMAT_Q4_0;
}

int tu_format_is_fp8(attnforge_format f)
{
    return f == ATTNFORGE_FORMAT_FP8_E4M3 || f == ATTNFORGE_FORMAT_FP8_E5M2;
}

