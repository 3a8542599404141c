/*
 * Merging partial online-softmax states and writing the results.
 *
 * A tile's kernel leaves, per row and per KV chunk k, (m_k, l_k, acc_k) over
 * that chunk's visible keys. With the sink logit t (if any):
 *     M = max(t, max_k m_k),  L = e^(t - M) + sum_k l_k e^(m_k - M),
 *     O = (sum_k acc_k e^(m_k - M)) / L,  LSE = M + log L.
 * Chunks are combined in increasing k whatever thread produced them, which is
 * what makes O bitwise independent of the thread count.
 */
#include <math.h>

#include "internal.h"

af_slot_layout attnforge_slot_layout(int64_t rows, int32_t dv)
{
    af_slot_layout L;
    L.rows = rows;
    L.acc_stride = ((int64_t)dv + 15) & ~(int64_t)15;  /* 64-byte aligned rows */
    L.floats = (2 * rows + 15) / 16 * 16 + rows * L.acc_stride;
    return L;
}

void attnforge_slot_bind(af_tile *t, const af_slot_layout *L, float *slot)
{
    t->m = slot;
    t->l = slot + L->rows;
    t->acc = slot + (2 * L->rows + 15) / 16 * 16;
    t->acc_stride = L->acc_stride;
}

static void store_row(const af_call *c, af_store_fn store, const float *x, float inv, int64_t off)
{
    const int32_t Dv = c->Dv;
    if (store) { /* the ISA's vectorized form of the loops below */
        store((char *)c->o + off * (c->of == ATTNFORGE_FORMAT_F32 ? 4 : 2), c->of, x, inv, Dv);
        return;
    }
    if (c->of == ATTNFORGE_FORMAT_F32) {
        float *o = (float *)c->o + off;
        for (int32_t d = 0; d < Dv; d++) o[d] = x[d] * inv;
    } else if (c->of == ATTNFORGE_FORMAT_F16) {
        uint16_t *o = (uint16_t *)c->o + off;
        for (int32_t d = 0; d < Dv; d++) o[d] = af_f32_to_f16(x[d] * inv);
    } else {
        uint16_t *o = (uint16_t *)c->o + off;
        for (int32_t d = 0; d < Dv; d++) o[d] = af_f32_to_bf16(x[d] * inv);
    }
}

void attnforge_merge(const af_call *c, const af_tile *t, const af_slot_layout *L,
                     const float *slots, int32_t n_chunks, af_store_fn store)
{
    float acc[ATTNFORGE_MAX_HEAD_DIM];
    const int32_t Dv = c->Dv;
    for (int32_t hh = 0; hh < t->nh; hh++) {
        const int32_t h = t->h0 + hh;
        for (int32_t ii = 0; ii < t->ni; ii++) {
            const int32_t i = t->i0 + ii;
            const int64_t r = (int64_t)hh * t->ni + ii;
            const float sink = c->sinks ? c->sinks[h] : -INFINITY;

            float M = sink;
            for (int32_t k = 0; k < n_chunks; k++) {
                af_tile v;
                attnforge_slot_bind(&v, L, (float *)slots + k * L->floats);
                const float mk = v.m[r];
                if (mk > M || isnan(mk)) M = mk;
            }
            const int64_t o_off = (int64_t)t->b * c->o_sb + (int64_t)i * c->o_ss + (int64_t)h * c->o_sh;
            float *lse = c->lse ? c->lse + (int64_t)t->b * c->lse_sb + (int64_t)h * c->lse_sh +
                                      (int64_t)i * c->lse_si
                                : (float *)0;

            if (n_chunks == 1 && !c->sinks && isfinite(M)) {
                /* One chunk, no sink, a finite max (every prefill tile's row
                 * but the empty and NaN ones): the loops below with M = m,
                 * f = expf(0) = 1 and Lsum = 0 + l = l, without the zeroing,
                 * the loops and the expf call. The result is bitwise theirs:
                 * acc is still 0 + a (a -0.0 becomes +0.0 there too). Causal
                 * 512-1024, one pinned thread: 1.03-1.13x (GPT-2), 1.04-1.08x
                 * (Llama 3.2 3B); docs/performance-log.md, section 32. */
                af_tile v;
                attnforge_slot_bind(&v, L, (float *)slots);
                const float *a = v.acc + r * v.acc_stride;
                for (int32_t d = 0; d < Dv; d++) acc[d] = 0.0f + a[d];
                store_row(c, store, acc, 1.0f / v.l[r], o_off);
                if (lse) *lse = M + logf(v.l[r]);
                continue;
            }

            if (M == -INFINITY) { /* no visible key and no sink */
                for (int32_t d = 0; d < Dv; d++) acc[d] = 0.0f;
                store_row(c, store, acc, 1.0f, o_off);
                if (lse) *lse = -INFINITY;
                continue;
            }
            float Lsum = c->sinks ? expf(sink - M) : 0.0f;
            for (int32_t d = 0; d < Dv; d++) acc[d] = 0.0f;
            for (int32_t k = 0; k < n_chunks; k++) {
                af_tile v;
                attnforge_slot_bind(&v, L, (float *)slots + k * L->floats);
                const float mk = v.m[r];
                if (mk == -INFINITY) continue; /* an empty chunk adds nothing */
                const float f = expf(mk - M);
                Lsum += v.l[r] * f;
                const float *a = v.acc + r * v.acc_stride;
                for (int32_t d = 0; d < Dv; d++) acc[d] += f * a[d];
            }
            store_row(c, store, acc, 1.0f / Lsum, o_off);
            if (lse) *lse = M + logf(Lsum);
        }
    }
}
