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

#include "convert.h" /* tu_load */

double ref_f16_to_f64(uint16_t h)
{
    int sign = (h >> 15) & 1;
    int e = (h >> 10) & 0x1f;
    int man = h & 0x3ff;
    double v;
    if (e == 0x1f)
        v = man ? NAN : INFINITY;
    else if (e == 0)
        v = ldexp((double)man, -24); /* subnormal (or zero) */
    else
        v = ldexp((double)(man | 0x400), e - 25);
    return sign ? -v : v;
}

double ref_bf16_to_f64(uint16_t h)
{
    uint32_t bits = (uint32_t)h << 16; /* bf16 is the top half of an f32 */
    float f;
    memcpy(&f, &bits, sizeof f);
    return (double)f;
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
    ref_shape s = shape_of(p);
    int64_t kvh = h / (s.Hq / s.Hkv);
    int64_t kvl = p->kv_len ? p->kv_len[b] : s.Skv;
    int64_t pos = (p->q_offset ? (int64_t)p->q_offset[b] : kvl - s.Sq) + i;

    double *q = malloc((size_t)s.Dk * sizeof *q);
    double *sc = malloc((size_t)s.Skv * sizeof *sc);
    unsigned char *use = malloc((size_t)s.Skv);
    if (!q || !sc || !use) {
        free(q);
        free(sc);
        free(use);
        return -1;
    }

    int64_t qoff = b * s.q.b + i * s.q.s + h * s.q.h;
    for (int64_t d = 0; d < s.Dk; d++) q[d] = tu_load(p->dtype, p->q, qoff + d);

    /* Scores: scale, softcap, ALiBi, mask, in SPEC's order. A key that is not
     * visible, masked by -inf, or whose score is -inf, takes no part in the softmax. */
    int any_nan = 0;
    double m = -INFINITY;
    for (int64_t j = 0; j < s.Skv; j++) {
        use[j] = 0;
        if (!visible(p, kvl, pos, j)) continue;
        int64_t koff = kv_offset(p, &s, s.k, b, kvh, j);
        double dot = 0.0;
        for (int64_t d = 0; d < s.Dk; d++)
            dot += q[d] * tu_load(p->dtype, p->k, koff + d);
        double x = s.scale * dot;
        if (p->softcap > 0.0f) {
            double c = p->softcap;
            x = c * tanh(x / c);
        }
        if (p->alibi_slopes)
            x -= (double)p->alibi_slopes[h] * fabs((double)(pos - j));
        if (p->mask) {
            const attnforge_mask_strides *ms = &p->mask_stride;
            double mv = p->mask[b * ms->b + h * ms->h + i * ms->i + j * ms->j];
            if (mv == -INFINITY) continue; /* -inf in M excludes the key, whatever s is */
            x += mv;
        }
        if (x == -INFINITY) continue;
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
        free(q);
        free(sc);
        free(use);
        return 0;
    }

    /* Second pass: weights relative to the max, V accumulation. NaN and +inf
     * scores propagate through exp() like any arithmetic would. */
    double l = has_sink ? exp(t - m) : 0.0;
    for (int64_t d = 0; d < s.Dv; d++) o_row[d] = 0.0;
    for (int64_t j = 0; j < s.Skv; j++) {
        if (!use[j]) continue;
        double w = exp(sc[j] - m);
        l += w;
        int64_t voff = kv_offset(p, &s, s.v, b, kvh, j);
        for (int64_t d = 0; d < s.Dv; d++)
            o_row[d] += w * tu_load(p->dtype, p->v, voff + d);
    }
    for (int64_t d = 0; d < s.Dv; d++) o_row[d] /= l;
    if (lse) *lse = m + log(l);

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
