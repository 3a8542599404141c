/*
 * Decodes the fixed-layout record (fz.h) into one valid attnforge call and
 * every buffer it reads. The record's seed drives a splitmix64 stream; the
 * functions below draw from it in the record's field order, and the
 * committed corpus replays only as long as that order stays as it is.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "convert.h"
#include "fz.h"

static const int32_t dim_table[] = {16, 32, 64, 128, 80, 96, 8, 4, 1, 2, 3, 256, 24, 48, 128, 64};

static int32_t decode_dim(unsigned x)
{
    return x < 160 ? 1 + (int32_t)(x % 64) : dim_table[x % 16];
}

/* Kept small: every case runs the f64 reference and the library twice. */
static void fit_budget(fz_case *c)
{
    for (;;) {
        double cost = (double)c->B * c->Hkv * (c->Hq / c->Hkv) * c->Sq * c->Skv * (c->Dk + c->Dv);
        if (cost <= FZ_COST_BUDGET) return;
        if (c->Sq > 1) c->Sq = (c->Sq + 1) / 2;
        else if (c->Skv > 1) c->Skv = (c->Skv + 1) / 2;
        else if (c->Hq > c->Hkv) c->Hq = c->Hkv;
        else if (c->Hkv > 1) c->Hq = c->Hkv = 1;
        else if (c->B > 1) c->B = 1;
        else { c->Dk = (c->Dk + 1) / 2; c->Dv = (c->Dv + 1) / 2; }
    }
}

static void decode_sizes(fz_case *c, const uint8_t *d, size_t n)
{
    c->dt = (attnforge_dtype)(fz_byte(d, n, F_DTYPE) % 3);
    c->B = 1 + (int32_t)(fz_byte(d, n, F_B) % 3);
    unsigned x = fz_byte(d, n, F_SQ);
    c->Sq = x < 128 ? 1 + (int32_t)(x % 8) : 1 + (int32_t)(x % 64);
    x = fz_byte(d, n, F_SKV);
    c->Skv = x < 128 ? 1 + (int32_t)(x % 16) : x < 224 ? 1 + (int32_t)(x % 64)
                                                       : 64 + (int32_t)(x - 224) * 34;
    c->Hkv = 1 + (int32_t)(fz_byte(d, n, F_HKV) % 4);
    unsigned g = fz_byte(d, n, F_GROUP);
    c->Hq = c->Hkv * (1 + (int32_t)(g % 4));
    c->Dk = decode_dim(fz_byte(d, n, F_DK));
    x = fz_byte(d, n, F_DV);
    c->Dv = x == 0 ? c->Dk : decode_dim(x);
    fit_budget(c);

    attnforge_params *p = &c->p;
    p->dtype = c->dt;
    p->batch = c->B;
    p->seq_q = c->Sq;
    p->seq_kv = c->Skv;
    p->heads_q = c->Hq;
    p->heads_kv = (c->Hq == c->Hkv && (g & 0x80)) ? 0 : c->Hkv;
    p->head_dim_k = c->Dk;
    p->head_dim_v = fz_byte(d, n, F_DV) == 0 ? 0 : c->Dv;
}

/* Per-batch lengths and positions. */
static void decode_lengths(fz_case *c, const uint8_t *d, size_t n, unsigned fl, tu_sm64 *r)
{
    attnforge_params *p = &c->p;
    if (fl & FL_KVLEN) {
        c->kv_len = tu_xmalloc((size_t)c->B * sizeof(int32_t));
        unsigned k = fz_byte(d, n, F_KVLEN);
        for (int32_t b = 0; b < c->B; b++) {
            static const int edge_pick[4] = {0, 1, -1, -2};
            int32_t v;
            switch (k % 6) {
            case 0: v = c->Skv; break;
            case 1: v = 0; break;
            case 2: v = 1; break;
            case 3: v = (int32_t)tu_sm64_int(r, 0, c->Skv); break;
            case 4: {
                int e = edge_pick[(k / 6 + (unsigned)b) % 4];
                v = e >= 0 ? e : c->Skv + 1 + e; /* 0, 1, Skv, Skv - 1 */
                break;
            }
            default: v = c->Skv - b > 0 ? c->Skv - b : 0; break;
            }
            c->kv_len[b] = v < 0 ? 0 : v > c->Skv ? c->Skv : v;
        }
        p->kv_len = c->kv_len;
        fz_add_region(c, c->kv_len, (size_t)c->B * 4);
    }
    if (fl & FL_QOFF) {
        c->q_offset = tu_xmalloc((size_t)c->B * sizeof(int32_t));
        unsigned k = fz_byte(d, n, F_QOFF);
        for (int32_t b = 0; b < c->B; b++) {
            int32_t kvl = c->kv_len ? c->kv_len[b] : c->Skv, v;
            switch (k % 7) {
            case 0: v = kvl - c->Sq; break;
            case 1: v = (int32_t)tu_sm64_int(r, -c->Sq - 2, c->Skv + 2); break;
            case 2: v = INT32_MIN; break;
            case 3: v = INT32_MAX - c->Sq; break;
            case 4: v = 0; break;
            case 5: v = -c->Sq; break;
            default: v = c->Skv; break;
            }
            c->q_offset[b] = v;
        }
        p->q_offset = c->q_offset;
        fz_add_region(c, c->q_offset, (size_t)c->B * 4);
    }
}

/* Strides of an [n0, n1, n2, D] view by layout code; bcast allows the
 * input-only layouts (a zero stride, rows that overlap). Returns 1 for the
 * dense default that the params leave to the library (all-zero strides). */
static int pick_layout(const int64_t n[4], int64_t st[4], unsigned code, int bcast, tu_sm64 *r)
{
    const int64_t n0 = n[0], n1 = n[1], n2 = n[2], D = n[3];
    unsigned kind = code % 8;
    if (!bcast && (kind == 5 || kind == 6)) kind -= 4;
    int dflt = 0;
    st[3] = 1;
    switch (kind) {
    case 0: /* the dense default, left to the library */
        dflt = 1;
        /* fallthrough */
    case 1: st[2] = D; st[1] = n2 * D; st[0] = n1 * n2 * D; break;          /* BSHD */
    case 2: st[1] = D; st[2] = n1 * D; st[0] = n2 * n1 * D; break;          /* BHSD */
    case 3: st[2] = D; st[0] = n2 * D; st[1] = n0 * n2 * D; break;          /* SBHD */
    case 4: /* BSHD with gaps after D, H and S */
        st[2] = D + tu_sm64_int(r, 1, 3);
        st[1] = n2 * st[2] + tu_sm64_int(r, 0, 5);
        st[0] = n1 * st[1] + tu_sm64_int(r, 0, 9);
        break;
    case 5: /* one broadcast dimension */
        st[2] = D; st[1] = n2 * D; st[0] = n1 * n2 * D;
        st[(code >> 3) % 3] = 0;
        break;
    case 6: /* rows that overlap each other (legal for inputs) */
        st[2] = 1 + (int64_t)((code >> 3) % (unsigned)D);
        st[1] = n2 * st[2] + (code >> 6);
        st[0] = n1 * st[1] + 1;
        break;
    default: /* HSBD: batch innermost */
        st[0] = D; st[1] = n0 * D; st[2] = n1 * n0 * D;
        break;
    }
    return dflt;
}

static attnforge_strides param_strides(const tu_tensor *t, int dflt)
{
    attnforge_strides s = {0, 0, 0};
    if (!dflt) {
        s.b = t->st[0];
        s.s = t->st[1];
        s.h = t->st[2];
    }
    return s;
}

/* An input view in its own exactly sized block, gaps NaN, elements uniform
 * in [lo, hi) rounded to dt (Q's format, or the call's dtype for K and V);
 * *dflt as pick_layout. */
static void make_input(fz_case *c, tu_tensor *t, attnforge_dtype dt, int *dflt, const int64_t n[4],
                       unsigned code, double lo, double hi, tu_sm64 *r)
{
    int64_t st[4];
    *dflt = pick_layout(n, st, code, 1, r);
    tu_tensor_alloc_guarded(t, dt, n, st, 0);
    for (int64_t a = 0; a < n[0]; a++)
        for (int64_t b = 0; b < n[1]; b++)
            for (int64_t h = 0; h < n[2]; h++)
                for (int64_t e = 0; e < n[3]; e++)
                    tu_store_f32(dt, t->data, tu_tensor_off(t, a, b, h, e),
                                 (float)tu_sm64_range(r, lo, hi));
    fz_add_region(c, t->data, (size_t)t->extent * t->esize);
}

/* The paged block table: a permutation of the pool's blocks (or shared
 * blocks), junk in the entries no visible key reaches. */
static void decode_block_table(fz_case *c, unsigned pg, tu_sm64 *r)
{
    attnforge_params *p = &c->p;
    static const int32_t pages[8] = {1, 2, 3, 4, 5, 8, 16, 0};
    c->P = pages[pg % 8] ? pages[pg % 8] : c->Skv;
    int32_t per_seq = (c->Skv + c->P - 1) / c->P;
    int32_t bt_stride = per_seq + ((pg & 8) ? (int32_t)((pg >> 6) & 1) + 1 : 0);
    c->nb = c->B * per_seq + (int32_t)((pg >> 6) & 1) * 2 + 1;
    c->bt_len = (int64_t)c->B * bt_stride;
    c->block_table = tu_xmalloc((size_t)c->bt_len * sizeof(int32_t));
    int32_t *perm = tu_xmalloc((size_t)c->nb * sizeof(int32_t));
    for (int32_t k = 0; k < c->nb; k++) perm[k] = k;
    for (int32_t k = c->nb - 1; k > 0; k--) {
        int32_t o = (int32_t)tu_sm64_int(r, 0, k), t = perm[k];
        perm[k] = perm[o];
        perm[o] = t;
    }
    static const int32_t junk[4] = {-1, INT32_MIN, INT32_MAX, 0};
    for (int32_t b = 0; b < c->B; b++) {
        int32_t len = c->kv_len ? c->kv_len[b] : c->Skv;
        int32_t used = (len + c->P - 1) / c->P;
        for (int32_t e = 0; e < bt_stride; e++) {
            int32_t id = (pg & 32) ? (int32_t)tu_sm64_int(r, 0, c->nb - 1) /* shared blocks */
                                   : perm[(b * per_seq + e) % c->nb];
            /* entries no visible key reaches may hold anything */
            if ((pg & 16) && e >= used) id = junk[(e + b) % 4];
            if (e >= per_seq) id = junk[(e + b + 1) % 4];
            if (id == 0 && e >= used && (pg & 16)) id = c->nb; /* out of range too */
            c->block_table[(int64_t)b * bt_stride + e] = id;
        }
    }
    free(perm);
    p->block_table = c->block_table;
    p->block_table_stride = (pg & 8) ? bt_stride : 0;
    p->page_size = c->P;
    p->num_blocks = c->nb;
    fz_add_region(c, c->block_table, (size_t)c->bt_len * 4);
}

/* Q, K and V: K and V contiguous, paged, or read straight out of Q's block. */
static void decode_qkv(fz_case *c, const uint8_t *d, size_t n, unsigned fl, tu_sm64 *r)
{
    attnforge_params *p = &c->p;
    /* amplitudes (f16 keeps its products finite in f32) */
    static const double amps[8] = {1.0, 0.125, 4.0, 1e-3, 30.0, 1e-20, 1e3, 1e10};
    static const double vrng[8][2] = {{-1, 2}, {0, 1}, {-100, 100}, {1e-30, 2e-30},
                                      {-1e15, 1e15}, {-1, 1}, {5, 6}, {-3e-5, 1e-5}};
    unsigned pg = fz_byte(d, n, F_PAGED);
    c->paged = pg >= 128;
    int share = (fl & FL_SHARE_Q) && !c->paged && c->Skv <= c->Sq && c->Hkv <= c->Hq;
    /* Q's format (F_FMTS bits 4-5): the dtype's, or f32 / f16 / bf16 named
     * in q_format; K or V read out of Q's block keep the dtype */
    const unsigned qf = (fz_byte(d, n, F_FMTS) >> 4) & 3;
    const attnforge_dtype qdt = qf && !share ? (attnforge_dtype)(qf - 1) : c->dt;
    if (qdt != c->dt) p->q_format = (attnforge_format)(qdt + ATTNFORGE_FORMAT_F32);

    unsigned a = fz_byte(d, n, F_AMP);
    double amp = amps[a % 8], vlo = vrng[(a >> 3) % 8][0], vhi = vrng[(a >> 3) % 8][1];
    if ((c->dt == ATTNFORGE_F16 || qdt == ATTNFORGE_F16) && amp > 200) amp = 200;
    if (c->dt == ATTNFORGE_F16 && vhi > 6e4) { vlo = -6e4; vhi = 6e4; }

    const int64_t nq[4] = {c->B, c->Sq, c->Hq, c->Dk};
    make_input(c, &c->q, qdt, &c->dflt[0], nq, fz_byte(d, n, F_LQ), -amp, amp, r);
    p->q = c->q.data;
    p->q_stride = param_strides(&c->q, c->dflt[0]);
    int64_t n0 = c->B, n1 = c->Skv;
    if (c->paged) {
        decode_block_table(c, pg, r);
        n0 = c->nb;
        n1 = c->P;
    }
    if (share) {
        /* self-attention on one buffer: K = Q's first Skv positions and
         * Hkv heads, V too when it fits */
        c->k = c->q;
        c->k.n[1] = c->Skv; c->k.n[2] = c->Hkv;
        c->dflt[1] = 0;
        p->k = c->q.data;
        p->k_stride = (attnforge_strides){c->q.st[0], c->q.st[1], c->q.st[2]};
    } else {
        const int64_t nk[4] = {n0, n1, c->Hkv, c->Dk};
        make_input(c, &c->k, c->dt, &c->dflt[1], nk, fz_byte(d, n, F_LK), -amp, amp, r);
        p->k = c->k.data;
        p->k_stride = param_strides(&c->k, c->dflt[1]);
    }
    if (share && c->Dv <= c->Dk) {
        c->v = c->k;
        c->v.n[3] = c->Dv;
        c->dflt[2] = c->dflt[1];
        c->share_v = 1;
        p->v = c->q.data;
        p->v_stride = p->k_stride;
    } else {
        const int64_t nv[4] = {n0, n1, c->Hkv, c->Dv};
        make_input(c, &c->v, c->dt, &c->dflt[2], nv, fz_byte(d, n, F_LV), vlo, vhi, r);
        p->v = c->v.data;
        p->v_stride = param_strides(&c->v, c->dflt[2]);
    }
}

/* O and LSE, poisoned, with guards; LSE's block exists even when not asked
 * for, to see that it stays untouched. */
static void decode_outputs(fz_case *c, const uint8_t *d, size_t n, unsigned fl, tu_sm64 *r)
{
    attnforge_params *p = &c->p;
    const int64_t no[4] = {c->B, c->Sq, c->Hq, c->Dv};
    int64_t st[4];
    c->dflt[3] = pick_layout(no, st, fz_byte(d, n, F_LO), 0, r);
    /* O's format (F_FMTS bits 6-7): the dtype's, or f32 / f16 / bf16 named
     * in o_format */
    const unsigned of = fz_byte(d, n, F_FMTS) >> 6;
    const attnforge_dtype odt = of ? (attnforge_dtype)(of - 1) : c->dt;
    if (odt != c->dt) p->o_format = (attnforge_format)(odt + ATTNFORGE_FORMAT_F32);
    fz_alloc_out(&c->o, odt, no, st);
    p->o = c->o.data;
    p->o_stride = param_strides(&c->o, c->dflt[3]);
    const int64_t nl[4] = {1, 1, 1, (int64_t)c->B * c->Hq * c->Sq}, sl[4] = {0, 0, 0, 1};
    fz_alloc_out(&c->lse, ATTNFORGE_F32, nl, sl);
    if (fl & FL_LSE) p->lse = c->lse.data;
}

static void decode_scores(fz_case *c, const uint8_t *d, size_t n, tu_sm64 *r)
{
    attnforge_params *p = &c->p;
    static const float scales[16] = {0, 0.125f, 1, 0.5f, -0.25f, 1e-3f, 2, 4,
                                     1e-20f, 3.0517578125e-05f, -1, 0.01f, 0, 0, 1e-40f, 0.3f};
    unsigned x = fz_byte(d, n, F_SCALE);
    p->scale = x < 128 ? scales[x % 16] : (float)tu_sm64_range(r, -4.0, 4.0);
    static const float caps[8] = {0.01f, 0.5f, 1, 5, 20, 50, 1e4f, 1e30f};
    x = fz_byte(d, n, F_SOFTCAP);
    p->softcap = x < 160 ? 0.0f : caps[x % 8];

    x = fz_byte(d, n, F_ALIBI);
    if (x % 4) {
        c->slopes = tu_xmalloc((size_t)c->Hq * sizeof(float));
        if (x % 4 == 1)
            attnforge_alibi_slopes(c->Hq, c->slopes);
        else if (x % 4 == 2)
            attnforge_alibi_slopes_max_bias(c->Hq, (float)((x >> 2) % 17), c->slopes);
        else
            for (int32_t h = 0; h < c->Hq; h++) c->slopes[h] = (float)tu_sm64_range(r, -0.5, 2.0);
        p->alibi_slopes = c->slopes;
        fz_add_region(c, c->slopes, (size_t)c->Hq * 4);
    }
}

/* The additive mask: broadcast, transposed and padded layouts, -inf at a
 * chosen density. */
static void decode_mask(fz_case *c, const uint8_t *d, size_t n, tu_sm64 *r)
{
    attnforge_params *p = &c->p;
    unsigned x = fz_byte(d, n, F_MASK);
    if (!(x % 5)) return;
    unsigned ml = fz_byte(d, n, F_MASKL);
    int64_t pad = (ml >> 5) % 4, *ms = c->ms;
    int64_t Sq = c->Sq, Skv = c->Skv, Hq = c->Hq;
    if (ml & 8) { /* transposed: [.., Skv, Sq] storage */
        ms[2] = 1;
        ms[3] = Sq + pad;
    } else {
        ms[3] = (ml & 16) ? 0 : 1;                                 /* j broadcast */
        ms[2] = (ml & 4) ? 0 : (ms[3] ? Skv + pad : 1 + pad);      /* i broadcast */
    }
    int64_t plane = (Sq - 1) * ms[2] + (Skv - 1) * ms[3] + 1 + pad;
    ms[1] = (ml & 2) ? 0 : plane;
    ms[0] = (ml & 1) ? 0 : plane * ((ml & 2) ? 1 : Hq);
    if (!ms[0] && !ms[1] && !ms[2] && !ms[3]) ms[3] = 1;
    const int64_t nm[4] = {c->B, Hq, Sq, Skv};
    tu_tensor_alloc_guarded(&c->mask, ATTNFORGE_F32, nm, ms, 0); /* gaps NaN */
    float *m = c->mask.data;
    static const double ninf[4] = {0.0, 0.25, 0.75, 1.0};
    double frac = ninf[(x >> 3) % 4];
    for (int64_t b = 0; b < c->B; b++)
        for (int64_t h = 0; h < Hq; h++)
            for (int64_t i = 0; i < Sq; i++)
                for (int64_t j = 0; j < Skv; j++)
                    m[tu_tensor_off(&c->mask, b, h, i, j)] =
                        tu_sm64_unit(r) < frac ? -INFINITY : (float)tu_sm64_range(r, -2.0, 2.0);
    p->mask = m;
    p->mask_stride = (attnforge_mask_strides){ms[0], ms[1], ms[2], ms[3]};
    fz_add_region(c, m, (size_t)c->mask.extent * 4);
    /* per-head factors of the mask (ggml's ALiBi): bits 5-6 of the mask byte,
     * 1 ggml's slopes for max_bias 8, 2 random in [0.01, 4] */
    const unsigned sk = (x >> 5) % 4;
    if (sk == 1 || sk == 2) {
        c->mscales = tu_xmalloc((size_t)Hq * sizeof(float));
        if (sk == 1)
            attnforge_alibi_slopes_max_bias(c->Hq, 8.0f, c->mscales);
        else
            for (int64_t h = 0; h < Hq; h++) c->mscales[h] = (float)tu_sm64_range(r, 0.01, 4.0);
        p->mask_scales = c->mscales;
        fz_add_region(c, c->mscales, (size_t)Hq * 4);
    }
}

static int32_t window_value(unsigned x, int32_t Skv, tu_sm64 *r)
{
    switch (x % 8) {
    case 0: return -1;
    case 1: return 0;
    case 2: return 1;
    case 3: return 2;
    case 4: return Skv;
    case 5: return Skv - 1;
    case 6: return (int32_t)tu_sm64_int(r, 0, Skv + 2);
    default: return INT32_MAX;
    }
}

/* Causal, window and sinks. */
static void decode_visibility(fz_case *c, const uint8_t *d, size_t n, unsigned fl, tu_sm64 *r)
{
    attnforge_params *p = &c->p;
    p->causal = (fl & FL_CAUSAL) != 0;
    if (fl & FL_WINDOW) {
        p->sliding_window = 1;
        p->window_left = window_value(fz_byte(d, n, F_WL), c->Skv, r);
        p->window_right = window_value(fz_byte(d, n, F_WR), c->Skv, r);
    }
    if (fl & FL_SINKS) {
        c->sinks = tu_xmalloc((size_t)c->Hq * sizeof(float));
        for (int32_t h = 0; h < c->Hq; h++) c->sinks[h] = (float)tu_sm64_range(r, -3.0, 3.0);
        p->sinks = c->sinks;
        fz_add_region(c, c->sinks, (size_t)c->Hq * 4);
    }
}

void fz_decode(fz_case *c, const uint8_t *d, size_t n, tu_sm64 *r)
{
    memset(c, 0, sizeof *c);
    c->corruption = -1;
    decode_sizes(c, d, n);
    const unsigned fl = fz_byte(d, n, F_FLAGS);
    decode_lengths(c, d, n, fl, r);
    decode_qkv(c, d, n, fl, r);
    decode_outputs(c, d, n, fl, r);
    decode_scores(c, d, n, r);
    decode_mask(c, d, n, r);
    decode_visibility(c, d, n, fl, r);
}
