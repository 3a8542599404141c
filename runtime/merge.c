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

/* The O rows' stores. Each row's lines are fetched for ownership before
 * they can be written (a read for ownership, RFO), and a 64-row tile's rows
 * each sit in other lines (a BSHD O row is Hq * Dv elements from the next),
 * so without help a core writes them one miss after another: in a profile of
 * Llama 3.2 3B's f32 prefill (causal 1024, one pinned thread, AVX2 Zen 3)
 * the merge's stores took 7.5 % as many samples as the kernel. The merge
 * therefore asks for the lines of the row MERGE_PF_ROWS ahead with a write
 * prefetch (x86 PREFETCHW where the CPU has it, Arm PRFM PSTL1KEEP): 4.5 %
 * (32 rows ahead 5.6 %, the whole tile first 6.8 %; non-temporal stores,
 * which would leave O out of the cache its consumer reads it from, 2.3 %);
 * docs/performance-log.md, section 32. A hint: O is the same either way. */
#define MERGE_PF_ROWS 16

static void prefetch_o_lines(const char *o, size_t bytes)
{
    /* As instructions, not __builtin_prefetch: GCC emits PREFETCHW for a
     * write prefetch only in code built for it (this file is not), and GCC
     * 12 judged a helper holding only prefetches pure and deleted its calls
     * (seen for AArch64; an asm statement stays). */
    for (size_t x = 0; x < bytes; x += 64) {
#if defined(__x86_64__)
        __asm__ volatile("prefetchw %0" : : "m"(o[x]));
#elif defined(__aarch64__)
        __asm__ volatile("prfm pstl1keep, %0" : : "Q"(o[x]));
#else
        __builtin_prefetch(o + x, 1, 3);
#endif
    }
}

/* The O row of the tile's row q (h-major), when the tile has one */
static void prefetch_o_row(const af_call *c, const af_tile *t, int64_t q)
{
    if (q >= (int64_t)t->nh * t->ni) return;
    const int64_t h = t->h0 + q / t->ni, i = t->i0 + q % t->ni;
    const size_t es = c->of == ATTNFORGE_FORMAT_F32 ? 4 : 2;
    const int64_t off = (int64_t)t->b * c->o_sb + i * c->o_ss + h * c->o_sh;
    prefetch_o_lines((const char *)c->o + off * (int64_t)es, (size_t)c->Dv * es);
}

void attnforge_merge(const af_call *c, const af_tile *t, const af_slot_layout *L,
                     const float *slots, int32_t n_chunks, af_store_fn store)
{
    float acc[ATTNFORGE_MAX_HEAD_DIM];
    const int32_t Dv = c->Dv;
    const int pf = attnforge_cpu_prefetchw();
    af_tile one; /* the slot of a one-chunk tile (the fast path below) */
    attnforge_slot_bind(&one, L, (float *)slots);
    if (pf)
        for (int64_t q = 0; q < MERGE_PF_ROWS; q++) prefetch_o_row(c, t, q);
    for (int32_t hh = 0; hh < t->nh; hh++) {
        const int32_t h = t->h0 + hh;
        for (int32_t ii = 0; ii < t->ni; ii++) {
            const int32_t i = t->i0 + ii;
            const int64_t r = (int64_t)hh * t->ni + ii;
            if (pf) prefetch_o_row(c, t, r + MERGE_PF_ROWS);
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
                 * 512-1024, one pinned thread: 1.03-1.14x (GPT-2), 1.04-1.08x
                 * (Llama 3.2 3B); docs/performance-log.md, section 32. */
                const float *a = one.acc + r * one.acc_stride;
                for (int32_t d = 0; d < Dv; d++) acc[d] = 0.0f + a[d];
                store_row(c, store, acc, 1.0f / one.l[r], o_off);
                if (lse) *lse = M + logf(one.l[r]);
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
