/*
 * Small public helpers: status strings, per-thread error and kernel reports,
 * ALiBi slopes, storage conversions.
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>

#include "internal.h"

static _Thread_local char last_error[512];
static _Thread_local const char *last_kernel = "";

attnforge_status attnforge_fail(attnforge_status s, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = snprintf(last_error, sizeof last_error, "%s: ", attnforge_status_string(s));
    if (n > 0 && (size_t)n < sizeof last_error)
        vsnprintf(last_error + n, sizeof last_error - (size_t)n, fmt, ap);
    va_end(ap);
    return s;
}

const char *attnforge_last_error(void) { return last_error; }

void attnforge_set_last_kernel(const char *name) { last_kernel = name; }

const char *attnforge_last_kernel(void) { return last_kernel; }

const char *attnforge_status_string(attnforge_status s)
{
    switch (s) {
    case ATTNFORGE_OK: return "ok";
    case ATTNFORGE_ERR_NULL_POINTER: return "a required pointer is NULL";
    case ATTNFORGE_ERR_BAD_SIZE: return "a size is out of range";
    case ATTNFORGE_ERR_HEAD_RATIO: return "heads_q is not a multiple of heads_kv";
    case ATTNFORGE_ERR_DTYPE: return "unsupported dtype";
    case ATTNFORGE_ERR_HEAD_DIM: return "head dim out of range";
    case ATTNFORGE_ERR_KV_LEN: return "kv_len out of range";
    case ATTNFORGE_ERR_STRIDE: return "invalid stride";
    case ATTNFORGE_ERR_MASK: return "mask without strides";
    case ATTNFORGE_ERR_PAGED: return "invalid paged KV description";
    case ATTNFORGE_ERR_WINDOW: return "invalid sliding window";
    case ATTNFORGE_ERR_ALIASING: return "output overlaps an input";
    case ATTNFORGE_ERR_VALUE: return "invalid scale or softcap";
    case ATTNFORGE_ERR_OUT_OF_MEMORY: return "out of memory";
    case ATTNFORGE_ERR_WORKSPACE: return "workspace too small";
    case ATTNFORGE_ERR_THREADS: return "thread pool could not be created";
    case ATTNFORGE_ERR_ISA: return "requested ISA unavailable";
    case ATTNFORGE_ERR_FORMAT: return "unsupported storage format or format parameters";
    case ATTNFORGE_ERR_VARLEN: return "bad packed-batch lengths (cu_seqlens) or combination";
    }
    return "unknown status";
}

/* Press et al.: for n a power of two, slope h = 2^(-8 (h + 1) / n). Otherwise
 * the slopes of the largest power of two below n, then every other slope of
 * twice that power, until n are filled. */
void attnforge_alibi_slopes(int32_t n_heads, float *slopes)
{
    if (n_heads < 1 || !slopes) return;
    int32_t p = 1;
    while (p * 2 <= n_heads) p *= 2;
    for (int32_t h = 0; h < p; h++) slopes[h] = (float)exp2(-8.0 * (h + 1) / p);
    for (int32_t h = p; h < n_heads; h++) slopes[h] = (float)exp2(-8.0 * (2 * (h - p) + 1) / (2 * p));
}

/* ggml_soft_max_ext: m0 = 2^(-max_bias / n_floor), m1 = 2^(-max_bias / 2 / n_floor);
 * head h < n_floor gets m0^(h+1), the others m1^(2 (h - n_floor) + 1). */
void attnforge_alibi_slopes_max_bias(int32_t n_heads, float max_bias, float *slopes)
{
    if (n_heads < 1 || !slopes) return;
    if (!(max_bias > 0.0f)) {
        for (int32_t h = 0; h < n_heads; h++) slopes[h] = 0.0f;
        return;
    }
    int32_t n_floor = 1;
    while (n_floor * 2 <= n_heads) n_floor *= 2;
    const double m0 = exp2(-(double)max_bias / n_floor);
    const double m1 = exp2(-(double)max_bias / 2.0 / n_floor);
    for (int32_t h = 0; h < n_heads; h++)
        slopes[h] = (float)(h < n_floor ? pow(m0, h + 1) : pow(m1, 2 * (h - n_floor) + 1));
}

uint16_t attnforge_f32_to_f16(float x) { return af_f32_to_f16(x); }
float attnforge_f16_to_f32(uint16_t h) { return af_f16_to_f32(h); }
uint16_t attnforge_f32_to_bf16(float x) { return af_f32_to_bf16(x); }
float attnforge_bf16_to_f32(uint16_t h) { return af_bf16_to_f32(h); }
