/*
 * f64 reference: the literal reading of SPEC.md, one row at a time.
 * Deliberately naive (materializes the row's scores, two passes) and written
 * from the public header only, so that it cannot share a mistake with the
 * library's normalization or kernels.
 */
#include "reference.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* 2^k for -1022 <= k <= 1023, built from its bits: exact, as ldexp(1, k) is,
 * without a libm call per element (ldexp took a third of the reference's
 * time: it decodes every K and V element once per query row). */
static double pow2(int k)
{
    const uint64_t bits = (uint64_t)(k + 1023) << 52;
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}

double ref_f16_to_f64(uint16_t h)
{
    int sign = (h >> 15) & 1;
    int e = (h >> 10) & 0x1f;
    int man = h & 0x3ff;
    double v;
    if (e == 0x1f) {
        v = man ? NAN : INFINITY;
    } else if (e == 0) {
        v = (double)man * pow2(-24); /* subnormal (or zero) */
    } else {
        /* 2^(e - 15) x 1.man, as the f64 with that exponent and those
         * leading mantissa bits (no arithmetic: under qemu each f64
         * operation is a call into its soft-float code) */
        const uint64_t bits = (uint64_t)sign << 63 | (uint64_t)(e - 15 + 1023) << 52 | (uint64_t)man << 42;
        memcpy(&v, &bits, sizeof v);
        return v;
    }
    return sign ? -v : v;
}

double ref_bf16_to_f64(uint16_t h)
{
    uint32_t bits = (uint32_t)h << 16; /* bf16 is the top half of an f32 */
    float f;
    memcpy(&f, &bits, sizeof f);
    return (double)f;
}

/* An OCP fp8 code with `mbits` mantissa bits and exponent bias `bias`, from
 * the spec's definition. E4M3FN (e4m3 = 1): no infinities, S.1111.111 is NaN;
 * E5M2: exponent all ones is Inf (mantissa 0) or NaN. */
static double fp8_to_f64(unsigned x, int e4m3)
{
    const int mbits = e4m3 ? 3 : 2, bias = e4m3 ? 7 : 15, emax = e4m3 ? 15 : 31;
    const int sign = (x >> 7) & 1, e = (int)(x >> mbits) & emax, m = (int)x & ((1 << mbits) - 1);
    double v;
    if (e4m3 && e == emax && m == (1 << mbits) - 1)
        v = NAN;
    else if (!e4m3 && e == emax)
        v = m ? NAN : INFINITY;
    else if (e == 0)
        v = (double)m * pow2(1 - bias - mbits);
    else
        v = (double)(m + (1 << mbits)) * pow2(e - bias - mbits);
    return sign ? -v : v;
}

/* The format a tensor of the call has: its own, else the call's dtype. */
static attnforge_format fmt_of(const attnforge_params *p, attnforge_format f)
{
    return f != ATTNFORGE_FORMAT_DEFAULT ? f : (attnforge_format)((int)p->dtype + 1);
}

/* Elements off .. off + n - 1 (in elements of the logical tensor; one K or
 * V row, or n = 1) of a tensor of format f into out, dequantized per SPEC:
 * ggml blocks of 32 (an f16 d, then 32 int8 or 16 bytes of nibbles: low
 * nibble element k, high nibble element k + 16), fp8 times the scale. The
 * format's switch once per row and a block's d once per block: that
 * per-element work was most of the reference's time, most of all under qemu. */
static void load_row(attnforge_format f, const void *base, int64_t off, int64_t n, double scale, double *out)
{
    const unsigned char *bytes = base;
    int64_t e = 0;
    switch (f) {
    case ATTNFORGE_FORMAT_F16:
        for (; e < n; e++) out[e] = ref_f16_to_f64(((const uint16_t *)base)[off + e]);
        return;
    case ATTNFORGE_FORMAT_BF16:
        for (; e < n; e++) out[e] = ref_bf16_to_f64(((const uint16_t *)base)[off + e]);
        return;
    case ATTNFORGE_FORMAT_Q8_0:
    case ATTNFORGE_FORMAT_Q4_0:
        while (e < n) {
            const int64_t o = off + e;
            const unsigned char *blk = bytes + o / 32 * (f == ATTNFORGE_FORMAT_Q8_0 ? 34 : 18);
            const double d = ref_f16_to_f64((uint16_t)(blk[0] | blk[1] << 8));
            for (int64_t k = o % 32; k < 32 && e < n; k++, e++) {
                const int q = f == ATTNFORGE_FORMAT_Q8_0 ? (signed char)blk[2 + k]
                                                         : (k < 16 ? blk[2 + k] & 15 : blk[2 + k - 16] >> 4) - 8;
                out[e] = d * (double)q;
            }
        }
        return;
    case ATTNFORGE_FORMAT_FP8_E4M3:
    case ATTNFORGE_FORMAT_FP8_E5M2:
        for (; e < n; e++) out[e] = fp8_to_f64(bytes[off + e], f == ATTNFORGE_FORMAT_FP8_E4M3) * scale;
        return;
    default:
        for (; e < n; e++) out[e] = (double)((const float *)base)[off + e];
        return;
    }
}

/* Element off of a tensor of format f (load_row of one element). */
static double load(attnforge_format f, const void *base, int64_t off, double scale)
{
    double v;
    load_row(f, base, off, 1, scale, &v);
    return v;
}

double ref_load(attnforge_format f, const void *base, int64_t off, double scale)
{
    return load(f, base, off, scale);
}

/* The fp8 factor of K (or V) for KV head kvh: per head, per tensor (0 = 1). */
static double kv_scale(float scale, const float *scales, int64_t kvh)
{
    if (scales) return scales[kvh];
    return scale != 0.0f ? (double)scale : 1.0;
}

/* Strides of one tensor, the defaults applied. */
typedef struct ref_strides {
    int64_t b, s, h;
} ref_strides;

static ref_strides strides_or_default(attnforge_strides st, int64_t d_b,
                                      int64_t d_s, int64_t d_h)
{
    ref_strides r;
    if (st.b == 0 && st.s == 0 && st.h == 0) {
        r.b = d_b;
        r.s = d_s;
        r.h = d_h;
    } else {
        r.b = st.b;
        r.s = st.s;
        r.h = st.h;
    }
    return r;
}

/* Everything a row needs, the defaults applied. */
typedef struct ref_shape {
    int64_t B, Sq, Skv, Hq, Hkv, Dk, Dv;
    ref_strides q, k, v;
    int paged;
    int64_t page, bt_stride;
    double scale;
} ref_shape;

static ref_shape shape_of(const attnforge_params *p)
{
    ref_shape s;
    s.B = p->batch;
    s.Sq = p->seq_q;
    s.Skv = p->seq_kv;
    s.Hq = p->heads_q;
    s.Hkv = p->heads_kv ? p->heads_kv : p->heads_q;
    s.Dk = p->head_dim_k;
    s.Dv = p->head_dim_v ? p->head_dim_v : p->head_dim_k;
    s.paged = p->block_table != NULL;
    s.page = s.paged ? p->page_size : 0;
    s.bt_stride = 0;
    s.q = strides_or_default(p->q_stride, s.Sq * s.Hq * s.Dk, s.Hq * s.Dk, s.Dk);
    if (s.paged) {
        s.bt_stride = p->block_table_stride
                          ? p->block_table_stride
                          : (s.Skv + s.page - 1) / s.page;
        s.k = strides_or_default(p->k_stride, s.page * s.Hkv * s.Dk,
                                 s.Hkv * s.Dk, s.Dk);
        s.v = strides_or_default(p->v_stride, s.page * s.Hkv * s.Dv,
                                 s.Hkv * s.Dv, s.Dv);
    } else {
        s.k = strides_or_default(p->k_stride, s.Skv * s.Hkv * s.Dk,
                                 s.Hkv * s.Dk, s.Dk);
        s.v = strides_or_default(p->v_stride, s.Skv * s.Hkv * s.Dv,
                                 s.Hkv * s.Dv, s.Dv);
    }
    s.scale = p->scale != 0.0f ? (double)p->scale : 1.0 / sqrt((double)s.Dk);
    return s;
}

/* Element offset of key/value position j of (b, kvh). */
static int64_t kv_offset(const attnforge_params *p, const ref_shape *s,
                         ref_strides st, int64_t b, int64_t kvh, int64_t j)
{
    if (s->paged) {
        int64_t blk = p->block_table[b * s->bt_stride + j / s->page];
        return blk * st.b + (j % s->page) * st.s + kvh * st.h;
    }
    return b * st.b + j * st.s + kvh * st.h;
}

static int visible(const attnforge_params *p, int64_t kvl, int64_t pos,
                   int64_t j)
{
    if (j >= kvl) return 0;
    if (p->causal && j > pos) return 0;
    if (p->sliding_window) {
        if (p->window_left >= 0 && j < pos - p->window_left) return 0;
        if (p->window_right >= 0 && j > pos + p->window_right) return 0;
    }
    return 1;
}

int ref_row(const attnforge_params *p, int b, int h, int i, double *o_row,
            double *lse)
{
    return ref_row_bound(p, b, h, i, o_row, lse, NULL);
}

int ref_row_bound(const attnforge_params *p, int b, int h, int i, double *o_row,
                  double *lse, ref_bound *bound)
{
    ref_shape s = shape_of(p);
    int64_t kvh = h / (s.Hq / s.Hkv);
    int64_t kvl = p->kv_len ? p->kv_len[b] : s.Skv;
    int64_t pos = (p->q_offset ? (int64_t)p->q_offset[b] : kvl - s.Sq) + i;

    double *q = malloc((size_t)(2 * s.Dk + s.Dv) * sizeof *q), *kr = q + s.Dk, *vr = kr + s.Dk;
    double *sc = malloc((size_t)s.Skv * sizeof *sc);
    unsigned char *use = malloc((size_t)s.Skv);
    if (!q || !sc || !use) {
        free(q);
        free(sc);
        free(use);
        return -1;
    }

    int64_t qoff = b * s.q.b + i * s.q.s + h * s.q.h;
    const attnforge_format qf = fmt_of(p, p->q_format), kf = fmt_of(p, p->k_format),
                           vf = fmt_of(p, p->v_format);
    const double ks = kv_scale(p->k_scale, p->k_scales, kvh), vs = kv_scale(p->v_scale, p->v_scales, kvh);
    for (int64_t d = 0; d < s.Dk; d++) q[d] = load(qf, p->q, qoff + d, 1.0);

    /* Scores: scale, softcap, ALiBi, mask, in SPEC's order. A key that is not
     * visible, masked by -inf, or whose score is -inf, takes no part in the softmax.
     * A: the largest size of a visible score's terms (SPEC "Accuracy"). */
    int any_nan = 0;
    double m = -INFINITY, A = 0.0;
    for (int64_t j = 0; j < s.Skv; j++) {
        use[j] = 0;
        if (!visible(p, kvl, pos, j)) continue;
        load_row(kf, p->k, kv_offset(p, &s, s.k, b, kvh, j), s.Dk, ks, kr);
        double dot = 0.0, size = 0.0;
        for (int64_t d = 0; d < s.Dk; d++) {
            dot += q[d] * kr[d];
            size += fabs(q[d] * kr[d]);
        }
        double x = s.scale * dot, bias = 0.0;
        size *= fabs(s.scale);
        if (p->softcap > 0.0f) {
            double c = p->softcap;
            x = c * tanh(x / c);
        }
        if (p->alibi_slopes) {
            x -= (double)p->alibi_slopes[h] * fabs((double)(pos - j));
            bias -= (double)p->alibi_slopes[h] * fabs((double)(pos - j));
        }
        if (p->mask) {
            const attnforge_mask_strides *ms = &p->mask_stride;
            const int64_t moff = b * ms->b + h * ms->h + i * ms->i + j * ms->j;
            double mv = p->mask_format == ATTNFORGE_FORMAT_F16
                            ? ref_f16_to_f64(((const uint16_t *)p->mask)[moff])
                            : (double)((const float *)p->mask)[moff];
            if (mv == -INFINITY) continue; /* -inf in M excludes the key, whatever s is */
            if (p->mask_scales) mv *= (double)p->mask_scales[h];
            x += mv;
            bias += mv;
        }
        if (x == -INFINITY) continue;
        if (size + fabs(bias) > A) A = size + fabs(bias);
        sc[j] = x;
        use[j] = 1;
        if (isnan(x))
            any_nan = 1;
        else if (x > m)
            m = x;
    }

    int has_sink = p->sinks != NULL;
    double t = has_sink ? (double)p->sinks[h] : 0.0;
    if (has_sink) {
        if (isnan(t))
            any_nan = 1;
        else if (t > m)
            m = t;
    }

    if (!any_nan && m == -INFINITY) {
        /* No visible key (and no usable sink): O = 0, LSE = -inf. */
        for (int64_t d = 0; d < s.Dv; d++) o_row[d] = 0.0;
        if (lse) *lse = -INFINITY;
        if (bound) bound->r_abs = bound->A = 0.0;
        free(q);
        free(sc);
        free(use);
        return 0;
    }

    /* Second pass: weights relative to the max, V accumulation. NaN and +inf
     * scores propagate through exp() like any arithmetic would. */
    double l = has_sink ? exp(t - m) : 0.0;
    double *mag = calloc((size_t)s.Dv, sizeof *mag); /* sum_j w_j |v_j[x]| */
    if (!mag) {
        free(q);
        free(sc);
        free(use);
        return -1;
    }
    for (int64_t d = 0; d < s.Dv; d++) o_row[d] = 0.0;
    for (int64_t j = 0; j < s.Skv; j++) {
        if (!use[j]) continue;
        double w = exp(sc[j] - m);
        l += w;
        load_row(vf, p->v, kv_offset(p, &s, s.v, b, kvh, j), s.Dv, vs, vr);
        for (int64_t d = 0; d < s.Dv; d++) {
            o_row[d] += w * vr[d];
            mag[d] += w * fabs(vr[d]);
        }
    }
    double r_abs = 0.0;
    for (int64_t d = 0; d < s.Dv; d++) {
        o_row[d] /= l;
        if (mag[d] / l > r_abs) r_abs = mag[d] / l;
    }
    if (lse) *lse = m + log(l);
    if (bound) {
        bound->r_abs = r_abs;
        bound->A = A;
    }
    free(mag);

    free(q);
    free(sc);
    free(use);
    return 0;
}

int ref_attention(const attnforge_params *p, double *o, double *lse)
{
    int64_t B = p->batch, Sq = p->seq_q, Hq = p->heads_q;
    int64_t Dv = p->head_dim_v ? p->head_dim_v : p->head_dim_k;
    for (int64_t b = 0; b < B; b++)
        for (int64_t i = 0; i < Sq; i++)
            for (int64_t h = 0; h < Hq; h++) {
                double row_lse;
                double *orow = o + ((b * Sq + i) * Hq + h) * Dv;
                if (ref_row(p, (int)b, (int)h, (int)i, orow, &row_lse) != 0)
                    return -1;
                if (lse) lse[(b * Hq + h) * Sq + i] = row_lse;
            }
    return 0;
}
