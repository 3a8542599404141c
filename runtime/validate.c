/*
 * Argument validation: every rule of SPEC.md "Validation", checked before a
 * single byte of O or LSE is written. Also applies the defaults, producing the
 * normalized af_call that planner and kernels use.
 */
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "internal.h"

static int is_block(attnforge_format f)
{
    return f == ATTNFORGE_FORMAT_Q8_0 || f == ATTNFORGE_FORMAT_Q4_0;
}
static int is_fp8(attnforge_format f)
{
    return f == ATTNFORGE_FORMAT_FP8_E4M3 || f == ATTNFORGE_FORMAT_FP8_E5M2;
}

/* The per-tensor formats: each DEFAULT becomes the call's dtype (f32 for the
 * mask); then each must be one its tensor may have. */
static attnforge_status resolve_formats(const attnforge_params *p, attnforge_format f[5])
{
    static const char *const names[5] = {"q_format", "k_format", "v_format", "o_format",
                                         "mask_format"};
    const attnforge_format given[5] = {p->q_format, p->k_format, p->v_format, p->o_format,
                                       p->mask_format};
    /* largest format each tensor may have: Q, O f32/f16/bf16; K, V any; mask f32/f16 */
    const attnforge_format top[5] = {ATTNFORGE_FORMAT_BF16, ATTNFORGE_FORMAT_FP8_E5M2,
                                     ATTNFORGE_FORMAT_FP8_E5M2, ATTNFORGE_FORMAT_BF16,
                                     ATTNFORGE_FORMAT_F16};
    for (int t = 0; t < 5; t++) {
        f[t] = given[t] != ATTNFORGE_FORMAT_DEFAULT ? given[t]
               : t == 4 ? ATTNFORGE_FORMAT_F32
                        : (attnforge_format)((int)p->dtype + 1);
        if ((int)f[t] < ATTNFORGE_FORMAT_F32 || (int)f[t] > (int)top[t])
            return attnforge_fail(ATTNFORGE_ERR_FORMAT,
                                  "%s %d is not supported: %s", names[t], (int)given[t],
                                  t == 4   ? "the mask is f32 (1) or f16 (2)"
                                  : t == 1 || t == 2
                                      ? "K and V are f32 (1), f16 (2), bf16 (3), q8_0 (4), q4_0 (5), "
                                        "fp8_e4m3 (6) or fp8_e5m2 (7)"
                                      : "Q and O are f32 (1), f16 (2) or bf16 (3)");
    }
    return ATTNFORGE_OK;
}

/* fp8 factors of K (is_v = 0) or V: either one per tensor (0 = 1) or one per
 * KV head, each finite and > 0; none for other formats. */
static attnforge_status check_scales(const char *t, attnforge_format f, float scale,
                                     const float *scales, int32_t hkv)
{
    if (!is_fp8(f)) {
        if (scale != 0.0f || scales)
            return attnforge_fail(ATTNFORGE_ERR_FORMAT,
                                  "%s_scale / %s_scales apply to fp8 %s only (%s is %s)", t, t, t,
                                  t, attnforge_format_name(f));
        return ATTNFORGE_OK;
    }
    if (scales && scale != 0.0f)
        return attnforge_fail(ATTNFORGE_ERR_FORMAT,
                              "give either %s_scale or %s_scales (one per KV head), not both", t, t);
    if (!scales && scale != 0.0f && !(scale > 0.0f && isfinite(scale)))
        return attnforge_fail(ATTNFORGE_ERR_FORMAT, "%s_scale must be finite and > 0 (0 = 1), got %g",
                              t, (double)scale);
    for (int32_t h = 0; scales && h < hkv; h++)
        if (!(scales[h] > 0.0f && isfinite(scales[h])))
            return attnforge_fail(ATTNFORGE_ERR_FORMAT,
                                  "%s_scales[%d] = %g: fp8 scales must be finite and > 0", t, h,
                                  (double)scales[h]);
    return ATTNFORGE_OK;
}

/* Largest element offset + 1 of a view, or -1 on int64 overflow. Extents are
 * (count, stride) pairs; the innermost dim (inner elements) is contiguous. */
static int64_t extent(const int64_t *count, const int64_t *stride, int n, int64_t inner)
{
    int64_t off = inner - 1, t;
    for (int d = 0; d < n; d++) {
        if (__builtin_mul_overflow(count[d] - 1, stride[d], &t)) return -1;
        if (__builtin_add_overflow(off, t, &off)) return -1;
    }
    if (__builtin_add_overflow(off, 1, &off)) return -1;
    return off;
}

/* Checks a strided tensor (3 outer dims) of format f and returns its byte
 * extent in *bytes. A block format's strides must be multiples of its block. */
static attnforge_status check_view(const char *name, const int64_t s[3], const int64_t cnt[3],
                                   int64_t inner, attnforge_format f, int64_t *bytes)
{
    for (int d = 0; d < 3; d++)
        if (s[d] < 0)
            return attnforge_fail(ATTNFORGE_ERR_STRIDE, "%s: stride %d is negative (%lld)", name, d,
                                  (long long)s[d]);
    if (is_block(f))
        for (int d = 0; d < 3; d++)
            if (s[d] % AF_QBLOCK)
                return attnforge_fail(ATTNFORGE_ERR_STRIDE,
                                      "%s: stride %d (%lld) is not a multiple of %d, the %s block",
                                      name, d, (long long)s[d], AF_QBLOCK, attnforge_format_name(f));
    int64_t e = extent(cnt, s, 3, inner);
    if (e < 0 || e > INT64_MAX / 4)
        return attnforge_fail(ATTNFORGE_ERR_STRIDE,
                              "%s: strides make element offsets overflow int64", name);
    *bytes = (int64_t)attnforge_format_bytes(f, e);
    return ATTNFORGE_OK;
}

/* Dense strides of an [outer, n1, n2, inner] tensor into s: s = {n1 n2 inner,
 * n2 inner, inner}. Returns 0 on int64 overflow. */
static int dense(int64_t s[3], int64_t n1, int64_t n2, int64_t inner)
{
    s[2] = inner;
    return !__builtin_mul_overflow(n2, inner, &s[1]) && !__builtin_mul_overflow(s[1], n1, &s[0]);
}

/* 1 when no two (b, i, h) rows of a view (inner contiguous elements each)
 * share an element. Sufficient test: with the dims of more than one index
 * sorted by stride, each stride must be at least the extent of everything
 * inside it. It rejects a few exotic interleavings that would not overlap;
 * no dense or sliced layout is among them. */
static int rows_disjoint(const int64_t stride[3], const int64_t count[3], int64_t inner)
{
    int64_t st[3], cn[3];
    int n = 0;
    for (int d = 0; d < 3; d++)
        if (count[d] > 1) {
            int k = n++;
            while (k > 0 && st[k - 1] > stride[d]) { st[k] = st[k - 1]; cn[k] = cn[k - 1]; k--; }
            st[k] = stride[d];
            cn[k] = count[d];
        }
    int64_t ext = inner; /* elements spanned by one index of the current dim */
    for (int d = 0; d < n; d++) {
        if (st[d] < ext) return 0;
        ext = st[d] * (cn[d] - 1) + ext; /* no overflow: check_view bounded it */
    }
    return 1;
}

/* Sequence b's query rows and valid keys, defaults applied (read from p: the
 * call's kv_len and q_offset arrays are not filled yet). */
static int32_t seq_rows(const attnforge_params *p, int32_t b)
{
    return p->cu_seqlens_q ? p->cu_seqlens_q[b + 1] - p->cu_seqlens_q[b] : p->seq_q;
}
static int32_t seq_keys(const attnforge_params *p, int32_t b)
{
    return p->cu_seqlens_k ? p->cu_seqlens_k[b + 1] - p->cu_seqlens_k[b] : p->seq_kv;
}

/* [key_lo, key_hi): the union over batches of the keys visible to their
 * queries (c->kv_len and c->q_offset are not filled yet: read p). */
static void key_range(const attnforge_params *p, af_call *c)
{
    int64_t lo = INT64_MAX, hi = 0;
    for (int32_t b = 0; b < c->B; b++) {
        const int64_t kvl = p->kv_len ? p->kv_len[b] : seq_keys(p, b), sq = seq_rows(p, b);
        if (sq == 0) continue;
        const int64_t first = p->q_offset ? p->q_offset[b] : kvl - sq;
        int64_t l, h;
        af_pos_range(c, kvl, first, first + sq - 1, &l, &h);
        if (l >= h) continue;
        if (l < lo) lo = l;
        if (h > hi) hi = h;
    }
    c->key_lo = lo < hi ? lo : 0;
    c->key_hi = lo < hi ? hi : 0;
}

/* cu (n + 1 entries) starts at >= 0, never decreases and ends at <= total. */
static attnforge_status check_cu(const char *name, const int32_t *cu, int32_t n, int32_t total,
                                 const char *total_name)
{
    if (cu[0] < 0)
        return attnforge_fail(ATTNFORGE_ERR_VARLEN, "%s[0] = %d is negative", name, cu[0]);
    for (int32_t b = 0; b < n; b++)
        if (cu[b + 1] < cu[b])
            return attnforge_fail(ATTNFORGE_ERR_VARLEN,
                                  "%s is not non-decreasing: %s[%d] = %d < %s[%d] = %d", name,
                                  name, b + 1, cu[b + 1], name, b, cu[b]);
    if (cu[n] > total)
        return attnforge_fail(ATTNFORGE_ERR_VARLEN, "%s[batch = %d] = %d is past %s = %d", name, n,
                              cu[n], total_name, total);
    return ATTNFORGE_OK;
}

typedef struct range { const char *name; uintptr_t lo, hi; } range;

static int overlaps(range a, range b) { return a.lo < b.hi && b.lo < a.hi; }

attnforge_status attnforge_validate(const attnforge_params *p, af_call *c)
{
    if (!p) return attnforge_fail(ATTNFORGE_ERR_NULL_POINTER, "params is NULL");
    memset(c, 0, sizeof *c);

    if (p->dtype != ATTNFORGE_F32 && p->dtype != ATTNFORGE_F16 && p->dtype != ATTNFORGE_BF16)
        return attnforge_fail(ATTNFORGE_ERR_DTYPE, "dtype %d is not f32 (0), f16 (1) or bf16 (2)",
                              (int)p->dtype);
    attnforge_format fmt[5]; /* q, k, v, o, mask */
    attnforge_status st = resolve_formats(p, fmt);
    if (st) return st;
    if (!p->q || !p->k || !p->v || !p->o)
        return attnforge_fail(ATTNFORGE_ERR_NULL_POINTER, "%s is NULL",
                              !p->q ? "q" : !p->k ? "k" : !p->v ? "v" : "o");

    struct { const char *n; int32_t v; } sizes[] = {
        {"batch", p->batch}, {"seq_q", p->seq_q}, {"seq_kv", p->seq_kv}, {"heads_q", p->heads_q}};
    for (size_t s = 0; s < sizeof sizes / sizeof sizes[0]; s++)
        if (sizes[s].v < 1)
            return attnforge_fail(ATTNFORGE_ERR_BAD_SIZE, "%s must be >= 1 (got %d)", sizes[s].n,
                                  sizes[s].v);
    int32_t hkv = p->heads_kv ? p->heads_kv : p->heads_q;
    if (hkv < 1) return attnforge_fail(ATTNFORGE_ERR_BAD_SIZE, "heads_kv must be >= 0 (got %d)", hkv);
    if (p->heads_q % hkv)
        return attnforge_fail(ATTNFORGE_ERR_HEAD_RATIO,
                              "heads_q (%d) is not a multiple of heads_kv (%d)", p->heads_q, hkv);
    int32_t dk = p->head_dim_k, dv = p->head_dim_v ? p->head_dim_v : p->head_dim_k;
    if (dk < 1 || dv < 1)
        return attnforge_fail(ATTNFORGE_ERR_BAD_SIZE, "head dims must be >= 1 (got Dk=%d Dv=%d)",
                              dk, dv);
    if (dk > ATTNFORGE_MAX_HEAD_DIM || dv > ATTNFORGE_MAX_HEAD_DIM)
        return attnforge_fail(ATTNFORGE_ERR_HEAD_DIM, "head dims Dk=%d Dv=%d: each must be <= %d",
                              dk, dv, ATTNFORGE_MAX_HEAD_DIM);
    if ((is_block(fmt[1]) && dk % AF_QBLOCK) || (is_block(fmt[2]) && dv % AF_QBLOCK))
        return attnforge_fail(ATTNFORGE_ERR_FORMAT,
                              "%s is a block format (%d elements per block): its head dim (%d) "
                              "must be a multiple of %d",
                              is_block(fmt[1]) && dk % AF_QBLOCK ? "k_format" : "v_format",
                              AF_QBLOCK, is_block(fmt[1]) && dk % AF_QBLOCK ? dk : dv, AF_QBLOCK);
    if ((st = check_scales("k", fmt[1], p->k_scale, p->k_scales, hkv)) ||
        (st = check_scales("v", fmt[2], p->v_scale, p->v_scales, hkv)))
        return st;

    if (isnan(p->scale) || isinf(p->scale))
        return attnforge_fail(ATTNFORGE_ERR_VALUE, "scale must be finite");
    if (!(p->softcap >= 0.0f) || isinf(p->softcap))
        return attnforge_fail(ATTNFORGE_ERR_VALUE, "softcap must be 0 (off) or finite and > 0");
    if (p->sliding_window && (p->window_left < -1 || p->window_right < -1))
        return attnforge_fail(ATTNFORGE_ERR_WINDOW,
                              "window bounds must be >= -1 (-1 = unbounded), got left %d right %d",
                              p->window_left, p->window_right);

    const int32_t B = p->batch, Sq = p->seq_q, Skv = p->seq_kv, Hq = p->heads_q;

    /* packed batch */
    const int varlen = p->cu_seqlens_q != NULL, packed_kv = p->cu_seqlens_k != NULL;
    if (packed_kv && !varlen)
        return attnforge_fail(ATTNFORGE_ERR_VARLEN,
                              "cu_seqlens_k (packed K/V) needs cu_seqlens_q (packed queries)");
    if (packed_kv && p->block_table)
        return attnforge_fail(ATTNFORGE_ERR_VARLEN,
                              "cu_seqlens_k (packed K/V) and block_table (paged K/V) exclude each other");
    if (varlen && (st = check_cu("cu_seqlens_q", p->cu_seqlens_q, B, Sq, "seq_q")))
        return st;
    if (packed_kv && (st = check_cu("cu_seqlens_k", p->cu_seqlens_k, B, Skv, "seq_kv")))
        return st;

    /* kv_len */
    if (p->kv_len)
        for (int32_t b = 0; b < B; b++)
            if (p->kv_len[b] < 0 || p->kv_len[b] > seq_keys(p, b))
                return attnforge_fail(ATTNFORGE_ERR_KV_LEN, "kv_len[%d] = %d is outside [0, %s=%d]",
                                      b, p->kv_len[b],
                                      packed_kv ? "its cu_seqlens_k length" : "seq_kv",
                                      seq_keys(p, b));
    /* A packed sequence with more queries than keys under causal and the
     * default alignment would put its first queries before position 0: in a
     * serving batch that is a caller's off-by-one, not a request. */
    if (varlen && p->causal && !p->q_offset)
        for (int32_t b = 0; b < B; b++) {
            const int32_t kvl = p->kv_len ? p->kv_len[b] : seq_keys(p, b);
            if (seq_rows(p, b) > kvl)
                return attnforge_fail(ATTNFORGE_ERR_VARLEN,
                                      "sequence %d has %d queries but %d keys: with causal and the "
                                      "default q_offset (kv_len - Sq_b) its first queries would sit "
                                      "before position 0 (give q_offset, or check the lengths)",
                                      b, seq_rows(p, b), kvl);
        }

    /* strides, defaults and extents */
    const int paged = p->block_table != NULL;
    int64_t qs[3] = {p->q_stride.b, p->q_stride.s, p->q_stride.h};
    int64_t ks[3] = {p->k_stride.b, p->k_stride.s, p->k_stride.h};
    int64_t vs[3] = {p->v_stride.b, p->v_stride.s, p->v_stride.h};
    int64_t os[3] = {p->o_stride.b, p->o_stride.s, p->o_stride.h};
    int64_t P = paged ? p->page_size : Skv;
    if (paged) {
        if (p->page_size < 1) return attnforge_fail(ATTNFORGE_ERR_PAGED, "page_size must be >= 1 when paged");
        if (p->num_blocks < 1) return attnforge_fail(ATTNFORGE_ERR_PAGED, "num_blocks must be >= 1 when paged");
    }
    if ((!qs[0] && !qs[1] && !qs[2] && !dense(qs, Sq, Hq, dk)) ||
        (!ks[0] && !ks[1] && !ks[2] && !dense(ks, P, hkv, dk)) ||
        (!vs[0] && !vs[1] && !vs[2] && !dense(vs, P, hkv, dv)) ||
        (!os[0] && !os[1] && !os[2] && !dense(os, Sq, Hq, dv)))
        return attnforge_fail(ATTNFORGE_ERR_STRIDE, "default (dense) strides overflow int64");
    /* packed tensors have no batch axis: their b stride is not used */
    if (varlen) qs[0] = os[0] = 0;
    if (packed_kv) ks[0] = vs[0] = 0;
    int64_t outer = paged ? p->num_blocks : packed_kv ? 1 : B, qouter = varlen ? 1 : B;
    int64_t qn[3] = {qouter, Sq, Hq}, kn[3] = {outer, P, hkv}, on[3] = {qouter, Sq, Hq};
    int64_t qb, kb, vb, ob;
    if ((st = check_view("q", qs, qn, dk, fmt[0], &qb)) ||
        (st = check_view("k", ks, kn, dk, fmt[1], &kb)) ||
        (st = check_view("v", vs, kn, dv, fmt[2], &vb)) ||
        (st = check_view("o", os, on, dv, fmt[3], &ob)))
        return st;
    if (!rows_disjoint(os, on, dv))
        return attnforge_fail(ATTNFORGE_ERR_STRIDE,
                              "o: strides (b %lld, s %lld, h %lld) make rows of O overlap, so one "
                              "element would be written twice",
                              (long long)os[0], (long long)os[1], (long long)os[2]);

    /* mask */
    int64_t mb = 0;
    if (p->mask) {
        const attnforge_mask_strides *m = &p->mask_stride;
        if (!m->b && !m->h && !m->i && !m->j)
            return attnforge_fail(ATTNFORGE_ERR_MASK, "mask given without strides (all four are 0)");
        if (m->b < 0 || m->h < 0 || m->i < 0 || m->j < 0)
            return attnforge_fail(ATTNFORGE_ERR_STRIDE, "mask: negative stride");
        int64_t mn[4] = {B, Hq, Sq, Skv}, mst[4] = {m->b, m->h, m->i, m->j};
        int64_t e = extent(mn, mst, 4, 1);
        if (e < 0 || __builtin_mul_overflow(e, (int64_t)attnforge_format_bytes(fmt[4], 1), &mb))
            return attnforge_fail(ATTNFORGE_ERR_STRIDE, "mask: strides make offsets overflow int64");
    }
    if (p->mask_scales) {
        if (!p->mask)
            return attnforge_fail(ATTNFORGE_ERR_MASK, "mask_scales given without a mask");
        for (int32_t h = 0; h < Hq; h++)
            if (!(p->mask_scales[h] > 0.0f) || isinf(p->mask_scales[h]))
                return attnforge_fail(ATTNFORGE_ERR_VALUE,
                                      "mask_scales[%d] = %g: each must be finite and > 0", h,
                                      (double)p->mask_scales[h]);
    }

    /* paged block table: every entry a visible position can reach must be valid */
    int64_t bt_stride = 0, bt_read = 0; /* entries spanned by what is read */
    if (paged) {
        int64_t need = ((int64_t)Skv + P - 1) / P;
        bt_stride = p->block_table_stride ? p->block_table_stride : need;
        if (bt_stride < need)
            return attnforge_fail(ATTNFORGE_ERR_PAGED,
                                  "block_table_stride %lld < ceil(seq_kv / page_size) = %lld",
                                  (long long)bt_stride, (long long)need);
        if (__builtin_mul_overflow((int64_t)B - 1, bt_stride, &bt_read) ||
            __builtin_add_overflow(bt_read, need, &bt_read) || bt_read > (INT64_MAX >> 3))
            return attnforge_fail(ATTNFORGE_ERR_PAGED, "block table extent overflows");
        for (int32_t b = 0; b < B; b++) {
            int64_t len = p->kv_len ? p->kv_len[b] : Skv;
            for (int64_t e = 0; e < (len + P - 1) / P; e++) {
                int32_t blk = p->block_table[b * bt_stride + e];
                if (blk < 0 || blk >= p->num_blocks)
                    return attnforge_fail(ATTNFORGE_ERR_PAGED,
                                          "block_table[%d][%lld] = %d is outside [0, num_blocks=%d)",
                                          b, (long long)e, blk, p->num_blocks);
            }
        }
    }

    /* outputs must not overlap inputs */
    range ro = {"o", (uintptr_t)p->o, (uintptr_t)p->o + (uintptr_t)ob};
    range in[] = {
        {"q", (uintptr_t)p->q, (uintptr_t)p->q + (uintptr_t)qb},
        {"k", (uintptr_t)p->k, (uintptr_t)p->k + (uintptr_t)kb},
        {"v", (uintptr_t)p->v, (uintptr_t)p->v + (uintptr_t)vb},
        {"mask", (uintptr_t)p->mask, (uintptr_t)p->mask + (uintptr_t)mb},
        {"alibi_slopes", (uintptr_t)p->alibi_slopes, (uintptr_t)p->alibi_slopes + (p->alibi_slopes ? 4u * (uintptr_t)Hq : 0)},
        {"sinks", (uintptr_t)p->sinks, (uintptr_t)p->sinks + (p->sinks ? 4u * (uintptr_t)Hq : 0)},
        {"mask_scales", (uintptr_t)p->mask_scales,
         (uintptr_t)p->mask_scales + (p->mask_scales ? 4u * (uintptr_t)Hq : 0)},
        {"k_scales", (uintptr_t)p->k_scales, (uintptr_t)p->k_scales + (p->k_scales ? 4u * (uintptr_t)hkv : 0)},
        {"v_scales", (uintptr_t)p->v_scales, (uintptr_t)p->v_scales + (p->v_scales ? 4u * (uintptr_t)hkv : 0)},
        {"kv_len", (uintptr_t)p->kv_len, (uintptr_t)p->kv_len + (p->kv_len ? 4u * (uintptr_t)B : 0)},
        {"q_offset", (uintptr_t)p->q_offset, (uintptr_t)p->q_offset + (p->q_offset ? 4u * (uintptr_t)B : 0)},
        {"cu_seqlens_q", (uintptr_t)p->cu_seqlens_q,
         (uintptr_t)p->cu_seqlens_q + (varlen ? 4u * ((uintptr_t)B + 1) : 0)},
        {"cu_seqlens_k", (uintptr_t)p->cu_seqlens_k,
         (uintptr_t)p->cu_seqlens_k + (packed_kv ? 4u * ((uintptr_t)B + 1) : 0)},
        {"block_table", (uintptr_t)p->block_table,
         (uintptr_t)p->block_table + (paged ? 4u * (uintptr_t)bt_read : 0)},
    };
    int64_t lse_elems = (int64_t)qouter * Hq * Sq;
    range rl = {"lse", (uintptr_t)p->lse, (uintptr_t)p->lse + (p->lse ? 4u * (uintptr_t)lse_elems : 0)};
    for (size_t r = 0; r < sizeof in / sizeof in[0]; r++) {
        if (in[r].lo == in[r].hi) continue;
        if (overlaps(ro, in[r]))
            return attnforge_fail(ATTNFORGE_ERR_ALIASING, "o overlaps %s (in-place is not supported)", in[r].name);
        if (rl.lo != rl.hi && overlaps(rl, in[r]))
            return attnforge_fail(ATTNFORGE_ERR_ALIASING, "lse overlaps %s", in[r].name);
    }
    if (rl.lo != rl.hi && overlaps(rl, ro))
        return attnforge_fail(ATTNFORGE_ERR_ALIASING, "lse overlaps o");

    /* all good: fill the normalized call */
    c->qf = fmt[0]; c->kf = fmt[1]; c->vf = fmt[2]; c->of = fmt[3]; c->mf = fmt[4];
    c->k_scale = is_fp8(fmt[1]) && p->k_scale != 0.0f ? p->k_scale : 1.0f;
    c->v_scale = is_fp8(fmt[2]) && p->v_scale != 0.0f ? p->v_scale : 1.0f;
    c->k_scales = p->k_scales;
    c->v_scales = p->v_scales;
    c->B = B; c->Sq = Sq; c->Skv = Skv; c->Hq = Hq; c->Hkv = hkv; c->Dk = dk; c->Dv = dv;
    c->group = Hq / hkv;
    c->q = p->q; c->k = p->k; c->v = p->v; c->o = p->o; c->lse = p->lse;
    /* LSE: [B, Hq, Sq], or [total_q, Hq] for a packed batch */
    c->lse_sb = varlen ? 0 : (int64_t)Hq * Sq;
    c->lse_sh = varlen ? 1 : Sq;
    c->lse_si = varlen ? Hq : 1;
    c->cu_q = p->cu_seqlens_q;
    c->cu_k = p->cu_seqlens_k;
    c->q_sb = qs[0]; c->q_ss = qs[1]; c->q_sh = qs[2];
    c->k_sb = ks[0]; c->k_ss = ks[1]; c->k_sh = ks[2];
    c->v_sb = vs[0]; c->v_ss = vs[1]; c->v_sh = vs[2];
    c->o_sb = os[0]; c->o_ss = os[1]; c->o_sh = os[2];
    c->scale = p->scale != 0.0f ? p->scale : 1.0f / sqrtf((float)dk);
    c->softcap = p->softcap;
    c->slopes = p->alibi_slopes;
    c->sinks = p->sinks;
    c->mask = p->mask;
    c->mscales = p->mask_scales;
    c->m_sb = p->mask_stride.b; c->m_sh = p->mask_stride.h;
    c->m_si = p->mask_stride.i; c->m_sj = p->mask_stride.j;
    c->causal = p->causal != 0;
    c->win_left = p->sliding_window ? p->window_left : -1;
    c->win_right = p->sliding_window ? p->window_right : -1;
    c->block_table = p->block_table;
    c->bt_stride = bt_stride;
    c->page_size = paged ? p->page_size : 0;
    key_range(p, c);
    return ATTNFORGE_OK;
}

void attnforge_positions(const attnforge_params *p, int32_t b, int32_t *kv_len, int32_t *q_offset)
{
    *kv_len = p->kv_len ? p->kv_len[b] : seq_keys(p, b);
    *q_offset = p->q_offset ? p->q_offset[b] : *kv_len - seq_rows(p, b);
}

void attnforge_fill_positions(const attnforge_params *p, af_call *c, int32_t *kv_buf, int32_t *qo_buf)
{
    for (int32_t b = 0; b < c->B; b++) attnforge_positions(p, b, &kv_buf[b], &qo_buf[b]);
    c->kv_len = kv_buf;
    c->q_offset = qo_buf;
}
