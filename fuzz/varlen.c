/*
 * The record's packed-batch byte (F_VARLEN; SPEC.md "Packed variable-length
 * batches"): after a valid call has passed every other check, the same call
 * is made again as a packed batch and held to SPEC's promise, bitwise: each
 * sequence's rows are those of calling that sequence alone.
 *
 *   F_VARLEN  bits 0-1: 0 no packed call; else
 *             bits 2-3: query lengths Sq_b: all Sq, random in [0, Sq],
 *                       Sq >> b, or 1 and Sq alternating (decodes beside a
 *                       prefill); a sequence may have no rows
 *             bit 4:    two spare rows after the last sequence (must stay
 *                       unwritten)
 *             bit 5:    packed Q and O rows padded (strides with gaps)
 *             bit 6:    K and V packed too (cu_seqlens_k; not when paged):
 *                       sequence b's rows followed by spare rows of NaN
 *                       codes when kv_len is given
 *
 * Sequence b's queries are the last Sq_b rows of batch b of the call (its
 * q_offset shifted by Sq - Sq_b when given, so every row keeps its
 * position). Under causal with the default q_offset a sequence takes at
 * most kv_len[b] rows (SPEC: no query before position 0). The mask is kept
 * only when it is the same for every query row (mask_stride.i 0: key
 * padding), whose packed rows address it alike, and not with packed K/V.
 *
 * Checks: the packed call succeeds, leaves its inputs untouched, writes
 * every row of every sequence (O and LSE, [total_q, Hq]) and nothing else,
 * and each sequence's O and LSE equal bit for bit those of a call with that
 * sequence alone (batch 1, its rows, its keys or pages, its kv_len and
 * q_offset), made on the same context.
 */
#include <stdlib.h>
#include <string.h>

#include "convert.h"
#include "fz.h"

/* Byte size of the first n elements of format f (n whole blocks for q8_0 / q4_0). */
static size_t fbytes(attnforge_format f, int64_t n) { return attnforge_format_bytes(f, n); }

static attnforge_format fmt_or(attnforge_format f, attnforge_dtype dt)
{
    return f != ATTNFORGE_FORMAT_DEFAULT ? f : (attnforge_format)(dt + ATTNFORGE_FORMAT_F32);
}

typedef struct packed {
    int32_t *cu_q, *cu_k, *qoff, *kvlen_seg;
    int32_t T, rows, TK;             /* rows of the sequences, rows of Q/O, packed keys */
    tu_tensor q, o, lse;
    unsigned char *k, *v;            /* packed K / V (cu_seqlens_k) */
    int64_t krow, vrow;              /* elements per packed key row: Hkv * D */
} packed;

static void free_packed(packed *pk)
{
    free(pk->cu_q);
    free(pk->cu_k);
    free(pk->qoff);
    free(pk->kvlen_seg);
    tu_tensor_free(&pk->q);
    tu_tensor_free(&pk->o);
    tu_tensor_free(&pk->lse);
    free(pk->k);
    free(pk->v);
}

/* K (is_v 0) or V packed: sequence b's seg[b] rows from row cu[b]; its first
 * kv_len rows copied from batch b, the rest NaN. */
static unsigned char *pack_kv(const fz_case *c, const packed *pk, int is_v, const int32_t *kvl)
{
    const attnforge_params *p = &c->p;
    const attnforge_format f = fmt_or(is_v ? p->v_format : p->k_format, c->dt);
    const tu_tensor *t = is_v ? &c->v : &c->k;
    const unsigned char *src = is_v ? p->v : p->k;
    const int64_t D = is_v ? c->Dv : c->Dk, row = (int64_t)c->Hkv * D;
    const size_t bytes = fbytes(f, (int64_t)pk->TK * row);
    unsigned char *dst = tu_xmalloc(bytes ? bytes : 1);
    fz_fill_nan(f, dst, bytes);
    for (int32_t b = 0; b < c->B; b++)
        for (int32_t j = 0; j < kvl[b]; j++)
            for (int32_t h = 0; h < c->Hkv; h++)
                memcpy(dst + fbytes(f, (pk->cu_k[b] + j) * row + h * D),
                       src + fbytes(f, tu_tensor_off(t, b, j, h, 0)), fbytes(f, D));
    return dst;
}

/* The sequences' query lengths and q_offsets. */
static void plan(const fz_case *c, unsigned x, packed *pk, const int32_t *kvl, tu_sm64 *r)
{
    const attnforge_params *p = &c->p;
    const int32_t B = c->B, Sq = c->Sq;
    pk->cu_q = tu_xmalloc((size_t)(B + 1) * sizeof(int32_t));
    pk->cu_q[0] = 0;
    for (int32_t b = 0; b < B; b++) {
        int32_t n;
        switch ((x >> 2) % 4) {
        case 0: n = Sq; break;
        case 1: n = (int32_t)tu_sm64_int(r, 0, Sq); break;
        case 2: n = Sq >> b; break;
        default: n = b % 2 ? 1 : Sq; break;
        }
        if (p->causal && !p->q_offset && n > kvl[b]) n = kvl[b];
        pk->cu_q[b + 1] = pk->cu_q[b] + n;
    }
    pk->T = pk->cu_q[B];
    pk->rows = pk->T + ((x & 16) ? 2 : 0);
    if (pk->rows == 0) pk->rows = 1; /* seq_q >= 1: one spare row */
    if (p->q_offset) {
        pk->qoff = tu_xmalloc((size_t)B * sizeof(int32_t));
        for (int32_t b = 0; b < B; b++)
            pk->qoff[b] = p->q_offset[b] + (Sq - (pk->cu_q[b + 1] - pk->cu_q[b]));
    }
}

/* Q, O and LSE of the packed call: [rows, Hq, D], padded when asked. */
static void make_rows(fz_case *c, unsigned x, packed *pk, tu_sm64 *r)
{
    const int64_t pad = (x & 32) ? 1 + tu_sm64_int(r, 0, 3) : 0;
    const int64_t nq[4] = {1, pk->rows, c->Hq, c->Dk}, no[4] = {1, pk->rows, c->Hq, c->Dv};
    const int64_t sq[4] = {0, c->Hq * (c->Dk + pad) + pad, c->Dk + pad, 1};
    const int64_t so[4] = {0, c->Hq * (c->Dv + pad) + 2 * pad, c->Dv + pad, 1};
    const attnforge_dtype qdt = c->q.dtype;
    tu_tensor_alloc_guarded(&pk->q, qdt, nq, sq, 0);
    for (int32_t b = 0; b < c->B; b++)
        for (int32_t i = pk->cu_q[b]; i < pk->cu_q[b + 1]; i++) {
            const int32_t src_i = c->Sq - (pk->cu_q[b + 1] - i);
            for (int32_t h = 0; h < c->Hq; h++)
                for (int32_t d = 0; d < c->Dk; d++)
                    tu_put_bits(qdt, pk->q.data, tu_tensor_off(&pk->q, 0, i, h, d),
                                tu_bits(qdt, c->q.data, tu_tensor_off(&c->q, b, src_i, h, d)));
        }
    for (int32_t i = pk->T; i < pk->rows; i++) /* spare rows: finite values */
        for (int32_t h = 0; h < c->Hq; h++)
            for (int32_t d = 0; d < c->Dk; d++)
                tu_store_f32(qdt, pk->q.data, tu_tensor_off(&pk->q, 0, i, h, d),
                             (float)tu_sm64_range(r, -1.0, 1.0));
    fz_alloc_out(&pk->o, c->o.dtype, no, so);
    const int64_t nl[4] = {1, 1, pk->rows, c->Hq}, sl[4] = {0, 0, c->Hq, 1};
    fz_alloc_out(&pk->lse, ATTNFORGE_F32, nl, sl);
}

/* The rows of the sequences written, nothing else (spare rows, gaps, guards). */
static void check_writes(const fz_case *c, const packed *pk)
{
    tu_tensor o = pk->o, l = pk->lse;
    o.n[1] = pk->T; /* a view of the sequences' rows only: the rest must be poison */
    l.n[2] = pk->T;
    int64_t at = 0;
    if (pk->T == 0) {
        if (!tu_tensor_all_bits(&pk->o, tu_poison_bits(c->o.dtype)))
            fz_die(c, "packed call: O written, but no sequence has a row");
    } else if (tu_tensor_check_writes(&o, tu_poison_bits(c->o.dtype), &at) != TU_WRITES_OK) {
        fz_die(c, "packed call: O element at offset %lld of the sequences' rows missed, or "
                  "one outside them written", (long long)at);
    }
    const int asked = c->p.lse != NULL;
    if (!asked || pk->T == 0) {
        if (!tu_tensor_all_bits(&pk->lse, tu_poison_bits(ATTNFORGE_F32)))
            fz_die(c, "packed call: LSE written (asked: %d, rows: %d)", asked, pk->T);
    } else if (tu_tensor_check_writes(&l, tu_poison_bits(ATTNFORGE_F32), &at) != TU_WRITES_OK) {
        fz_die(c, "packed call: LSE element %lld missed or written outside the sequences",
               (long long)at);
    }
}

/* Sequence b alone (batch 1) on ctx, against the packed call's rows, bitwise. */
static void check_sequence(const fz_case *c, const attnforge_params *pp, const packed *pk,
                           int32_t b)
{
    const int32_t n = pk->cu_q[b + 1] - pk->cu_q[b];
    if (n == 0) return;
    attnforge_params s = *pp;
    const attnforge_format kf = fmt_or(pp->k_format, c->dt), vf = fmt_or(pp->v_format, c->dt);
    s.batch = 1;
    s.seq_q = n;
    s.cu_seqlens_q = NULL;
    s.cu_seqlens_k = NULL;
    s.workspace = NULL;
    s.workspace_bytes = 0;
    s.q = (const char *)pk->q.data + (size_t)tu_tensor_off(&pk->q, 0, pk->cu_q[b], 0, 0) * pk->q.esize;
    s.q_stride = (attnforge_strides){0, pk->q.st[1], pk->q.st[2]};
    tu_tensor o1, l1;
    const int64_t no[4] = {1, n, c->Hq, c->Dv}, so[4] = {0, c->Hq * c->Dv, c->Dv, 1};
    const int64_t nl[4] = {1, 1, 1, (int64_t)c->Hq * n}, sl[4] = {0, 0, 0, 1};
    fz_alloc_out(&o1, c->o.dtype, no, so);
    fz_alloc_out(&l1, ATTNFORGE_F32, nl, sl);
    s.o = o1.data;
    s.o_stride = (attnforge_strides){0, 0, 0};
    s.lse = pp->lse ? (float *)l1.data : NULL;
    s.kv_len = pp->kv_len ? pp->kv_len + b : NULL;
    s.q_offset = pp->q_offset ? pp->q_offset + b : NULL;
    if (pp->cu_seqlens_k) {
        const int32_t seg = pk->cu_k[b + 1] - pk->cu_k[b];
        s.seq_kv = seg > 0 ? seg : 1; /* no keys (kv_len 0): the next row, unread */
        s.k = pk->k + fbytes(kf, (int64_t)pk->cu_k[b] * pk->krow);
        s.v = pk->v + fbytes(vf, (int64_t)pk->cu_k[b] * pk->vrow);
        s.k_stride = (attnforge_strides){0, pk->krow, c->Dk};
        s.v_stride = (attnforge_strides){0, pk->vrow, c->Dv};
    } else if (pp->block_table) {
        const int32_t bts = pp->block_table_stride ? pp->block_table_stride
                                                   : (c->Skv + c->P - 1) / c->P;
        s.block_table = pp->block_table + (int64_t)b * bts;
        s.block_table_stride = bts;
    } else {
        s.k = (const char *)pp->k + fbytes(kf, tu_tensor_off(&c->k, b, 0, 0, 0));
        s.v = (const char *)pp->v + fbytes(vf, tu_tensor_off(&c->v, b, 0, 0, 0));
        s.k_stride = (attnforge_strides){0, c->k.st[1], c->k.st[2]};
        s.v_stride = (attnforge_strides){0, c->v.st[1], c->v.st[2]};
    }
    if (pp->mask) {
        const size_t mes = pp->mask_format == ATTNFORGE_FORMAT_F16 ? 2 : 4;
        s.mask = (const char *)pp->mask + (size_t)((int64_t)b * pp->mask_stride.b) * mes;
    }
    const attnforge_status st = attnforge_attention(fz_ctx_auto, &s);
    if (st != ATTNFORGE_OK)
        fz_die(c, "packed call: sequence %d alone failed with status %d", b, (int)st);
    for (int32_t i = 0; i < n; i++)
        for (int32_t h = 0; h < c->Hq; h++) {
            for (int32_t d = 0; d < c->Dv; d++)
                if (tu_bits(c->o.dtype, o1.data, tu_tensor_off(&o1, 0, i, h, d)) !=
                    tu_bits(c->o.dtype, pk->o.data, tu_tensor_off(&pk->o, 0, pk->cu_q[b] + i, h, d)))
                    fz_die(c, "packed call: O[row %d (sequence %d row %d), h %d, d %d] = %.9g, "
                              "sequence alone %.9g (must be bitwise equal)",
                           pk->cu_q[b] + i, b, i, h, d,
                           tu_load(c->o.dtype, pk->o.data, tu_tensor_off(&pk->o, 0, pk->cu_q[b] + i, h, d)),
                           tu_load(c->o.dtype, o1.data, tu_tensor_off(&o1, 0, i, h, d)));
            if (pp->lse) {
                const float a = ((const float *)pk->lse.data)[(int64_t)(pk->cu_q[b] + i) * c->Hq + h];
                const float g = ((const float *)l1.data)[(int64_t)h * n + i];
                if (memcmp(&a, &g, sizeof a) != 0)
                    fz_die(c, "packed call: LSE[row %d, h %d] = %.9g, sequence %d alone %.9g",
                           pk->cu_q[b] + i, h, (double)a, b, (double)g);
            }
        }
    tu_tensor_free(&o1);
    tu_tensor_free(&l1);
}

void fz_check_varlen(fz_case *c, const uint8_t *d, size_t n, tu_sm64 *r)
{
    const unsigned x = fz_byte(d, n, F_VARLEN);
    if (x % 4 == 0) return;
    const attnforge_params *p = &c->p;
    int32_t *kvl = tu_xmalloc((size_t)c->B * sizeof(int32_t));
    for (int32_t b = 0; b < c->B; b++) kvl[b] = p->kv_len ? p->kv_len[b] : c->Skv;
    packed pk;
    memset(&pk, 0, sizeof pk);
    plan(c, x, &pk, kvl, r);
    make_rows(c, x, &pk, r);

    attnforge_params pp = *p;
    pp.seq_q = pk.rows;
    pp.cu_seqlens_q = pk.cu_q;
    pp.q = pk.q.data;
    pp.q_stride = (attnforge_strides){0, pk.q.st[1], pk.q.st[2]};
    pp.o = pk.o.data;
    pp.o_stride = (attnforge_strides){0, pk.o.st[1], pk.o.st[2]};
    pp.lse = p->lse ? (float *)pk.lse.data : NULL;
    pp.q_offset = pk.qoff;
    pp.workspace = NULL;
    pp.workspace_bytes = 0;
    const int kv_packed = (x & 64) && !c->paged;
    if (p->mask && (p->mask_stride.i != 0 || kv_packed)) {
        pp.mask = NULL;
        pp.mask_scales = NULL;
    }
    if (kv_packed) {
        pk.cu_k = tu_xmalloc((size_t)(c->B + 1) * sizeof(int32_t));
        pk.cu_k[0] = 0;
        for (int32_t b = 0; b < c->B; b++)
            pk.cu_k[b + 1] = pk.cu_k[b] + kvl[b] + (p->kv_len ? (int32_t)tu_sm64_int(r, 0, 2) : 0);
        /* one spare row after the last sequence: seq_kv >= 1, and a
         * sequence alone with no keys still points inside the block */
        pk.TK = pk.cu_k[c->B] + 1;
        pk.krow = (int64_t)c->Hkv * c->Dk;
        pk.vrow = (int64_t)c->Hkv * c->Dv;
        pk.k = pack_kv(c, &pk, 0, kvl);
        pk.v = pack_kv(c, &pk, 1, kvl);
        pp.cu_seqlens_k = pk.cu_k;
        pp.seq_kv = pk.TK;
        pp.k = pk.k;
        pp.v = pk.v;
        pp.k_stride = (attnforge_strides){0, pk.krow, c->Dk};
        pp.v_stride = (attnforge_strides){0, pk.vrow, c->Dv};
    }

    const uint64_t hq = tu_fnv1a(TU_FNV_START, pk.q.alloc, (size_t)pk.q.total * pk.q.esize);
    const char *planned = NULL; /* the packed call's kernel, named before it runs */
    if (attnforge_kernel_for(fz_ctx_auto, &pp, &planned) != ATTNFORGE_OK)
        fz_die(c, "packed call: kernel_for failed: %s", attnforge_last_error());
    const attnforge_status st = attnforge_attention(fz_ctx_auto, &pp);
    if (st != ATTNFORGE_OK)
        fz_die(c, "packed call (%d rows in %d sequences%s) failed with status %d: %s", pk.T, c->B,
               kv_packed ? ", packed K/V" : "", (int)st, attnforge_last_error());
    if (strcmp(planned, attnforge_last_kernel()) != 0)
        fz_die(c, "packed call: kernel_for named %s, the call ran %s", planned, attnforge_last_kernel());
    fz_stat.varlen++;
    if (tu_fnv1a(TU_FNV_START, pk.q.alloc, (size_t)pk.q.total * pk.q.esize) != hq)
        fz_die(c, "packed call: Q changed");
    fz_check_inputs(c);
    check_writes(c, &pk);
    for (int32_t b = 0; b < c->B; b++) check_sequence(c, &pp, &pk, b);
    free(kvl);
    free_packed(&pk);
}
