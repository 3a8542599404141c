/*
 * Storage formats (SPEC.md "Storage formats"): sizes, names, and the exact
 * conversions of the cache formats, written from their definitions:
 *   q8_0, q4_0: ggml's block_q8_0 / block_q4_0 (32 elements per block, an f16
 *               scale d first); quantization as ggml's reference quantizer
 *               does it (d from the block's largest magnitude, q = round(x/d)
 *               half away from zero for q8_0, trunc(x/d + 8.5) for q4_0), so
 *               the bytes match what llama.cpp and the gguf package write;
 *   fp8:        OCP 8-bit floats E4M3FN (bias 7, no infinities, S.1111.111
 *               NaN) and E5M2 (bias 15, IEEE-style Inf/NaN); encoding rounds
 *               to nearest even, and values past the largest finite one give
 *               NaN (E4M3FN, which has no infinity) or Inf (E5M2), as
 *               ml_dtypes' casts do.
 * The kernels' per-element loads live in kernel.h (af_load_row); these are the
 * public whole-buffer forms.
 */
#include <math.h>
#include <string.h>

#include "internal.h"

size_t attnforge_format_bytes(attnforge_format f, int64_t n)
{
    if (n < 0) return 0;
    switch (f) {
    case ATTNFORGE_FORMAT_F32: return (size_t)n * 4;
    case ATTNFORGE_FORMAT_F16:
    case ATTNFORGE_FORMAT_BF16: return (size_t)n * 2;
    case ATTNFORGE_FORMAT_FP8_E4M3:
    case ATTNFORGE_FORMAT_FP8_E5M2: return (size_t)n;
    case ATTNFORGE_FORMAT_Q8_0: return (size_t)(n / AF_QBLOCK) * AF_Q8_0_BYTES;
    case ATTNFORGE_FORMAT_Q4_0: return (size_t)(n / AF_QBLOCK) * AF_Q4_0_BYTES;
    default: return 0;
    }
}

const char *attnforge_format_name(attnforge_format f)
{
    switch (f) {
    case ATTNFORGE_FORMAT_F32: return "f32";
    case ATTNFORGE_FORMAT_F16: return "f16";
    case ATTNFORGE_FORMAT_BF16: return "bf16";
    case ATTNFORGE_FORMAT_Q8_0: return "q8_0";
    case ATTNFORGE_FORMAT_Q4_0: return "q4_0";
    case ATTNFORGE_FORMAT_FP8_E4M3: return "fp8_e4m3";
    case ATTNFORGE_FORMAT_FP8_E5M2: return "fp8_e5m2";
    default: return "?";
    }
}

float attnforge_fp8_e4m3_to_f32(uint8_t x) { return af_e4m3_to_f32(x); }
float attnforge_fp8_e5m2_to_f32(uint8_t x) { return af_e5m2_to_f32(x); }

void attnforge_dequantize_q8_0(const void *blocks, float *out, int64_t n)
{
    for (int64_t i = 0; i < n; i += AF_QBLOCK) af_load_q8_0(blocks, i, AF_QBLOCK, out + i);
}

void attnforge_dequantize_q4_0(const void *blocks, float *out, int64_t n)
{
    for (int64_t i = 0; i < n; i += AF_QBLOCK) af_load_q4_0(blocks, i, AF_QBLOCK, out + i);
}

/* ---- quantization ------------------------------------------------------------ */

/* Round half away from zero, as C's roundf (and ggml's reference). */
void attnforge_quantize_q8_0(const float *x, void *blocks, int64_t n)
{
    unsigned char *dst = blocks;
    for (int64_t b = 0; b < n / AF_QBLOCK; b++, x += AF_QBLOCK, dst += AF_Q8_0_BYTES) {
        float amax = 0.0f;
        for (int k = 0; k < AF_QBLOCK; k++) amax = fmaxf(amax, fabsf(x[k]));
        const float d = amax / 127.0f, id = d != 0.0f ? 1.0f / d : 0.0f;
        const uint16_t dh = af_f32_to_f16(d);
        memcpy(dst, &dh, 2);
        for (int k = 0; k < AF_QBLOCK; k++) {
            const int8_t q = (int8_t)roundf(x[k] * id);
            memcpy(dst + 2 + k, &q, 1);
        }
    }
}

/* d is the signed value of largest magnitude (the first one on a tie)
 * divided by -8, so that value maps to nibble 0 exactly.
 * ggml rounds x * id to f32 and then adds 8.5 (two roundings). A compiler
 * that contracts `x * id + 8.5f` into one fused multiply-add (clang's default
 * on AArch64 or with -mfma, gcc's in GNU modes) rounds once and truncates to a
 * nibble one lower for about 1 element in 2 million (tests/python/
 * test_formats_gguf.py has such blocks). Neither splitting the statement nor
 * forming the product in double stops gcc (it narrows the double product back
 * to an f32 multiply, then fuses), and its -ffp-contract cannot be set per
 * function portably; a volatile product is rounded wherever this is built,
 * and costs a store and a load per element of a quantizer, not of a kernel. */
static int q4_0_nibble(float x, float id)
{
    volatile float p = x * id;
    const int q = (int)truncf(p + 8.5f);
    return q > 15 ? 15 : q;
}

void attnforge_quantize_q4_0(const float *x, void *blocks, int64_t n)
{
    unsigned char *dst = blocks;
    for (int64_t b = 0; b < n / AF_QBLOCK; b++, x += AF_QBLOCK, dst += AF_Q4_0_BYTES) {
        float amax = 0.0f, max = 0.0f;
        for (int k = 0; k < AF_QBLOCK; k++)
            if (fabsf(x[k]) > amax) { amax = fabsf(x[k]); max = x[k]; }
        const float d = max / -8.0f, id = d != 0.0f ? 1.0f / d : 0.0f;
        const uint16_t dh = af_f32_to_f16(d);
        memcpy(dst, &dh, 2);
        for (int k = 0; k < AF_QBLOCK / 2; k++)
            dst[2 + k] = (unsigned char)(q4_0_nibble(x[k], id) | (q4_0_nibble(x[k + 16], id) << 4));
    }
}

/* An OCP 8-bit float with `mbits` mantissa bits and exponent bias `bias`,
 * rounded to nearest even. `max` is the largest finite magnitude and
 * `overflow` the code (without sign) for magnitudes that round past it. */
static uint8_t encode_fp8(float x, int mbits, int bias, float max, uint8_t overflow, uint8_t nan)
{
    const uint8_t sign = signbit(x) ? 0x80 : 0;
    const float a = fabsf(x);
    if (isnan(a)) return (uint8_t)(sign | nan);
    if (isinf(a)) return (uint8_t)(sign | overflow);
    const int min_exp = 1 - bias; /* of the smallest normal */
    const float sub_unit = ldexpf(1.0f, min_exp - mbits);
    if (a < ldexpf(1.0f, min_exp)) { /* subnormal (or rounds up to the smallest normal) */
        const int q = (int)nearbyintf(a / sub_unit); /* exact scaling: RNE */
        return (uint8_t)(sign | q);
    }
    int e;
    (void)frexpf(a, &e);
    e -= 1; /* a = 1.f * 2^e */
    float m = nearbyintf((ldexpf(a, -e) - 1.0f) * (float)(1 << mbits));
    if (m >= (float)(1 << mbits)) { m = 0.0f; e++; }
    const float r = ldexpf(1.0f + m / (float)(1 << mbits), e);
    if (r > max) return (uint8_t)(sign | overflow);
    return (uint8_t)(sign | ((e + bias) << mbits) | (int)m);
}

uint8_t attnforge_f32_to_fp8_e4m3(float x) { return encode_fp8(x, 3, 7, 448.0f, 0x7f, 0x7f); }
uint8_t attnforge_f32_to_fp8_e5m2(float x) { return encode_fp8(x, 2, 15, 57344.0f, 0x7c, 0x7e); }
