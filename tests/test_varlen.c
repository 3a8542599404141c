/*
 * Packed variable-length batches (SPEC.md "Packed variable-length batches",
 * issue 16): one call over sequences of different lengths, decode and prefill
 * rows together, must give bitwise what calling each sequence alone gives,
 * for every storage format, contiguous / paged / packed K and V, every SPEC
 * feature and every thread count; rows outside the sequences stay untouched;
 * malformed lengths are refused with a message, writing nothing.
 *
 * The per-sequence call is built here from the documented layout (packed row
 * r of sequence b is row cu_seqlens_q[b] + i, its mask row likewise, its LSE
 * at [r, h]), independently of the runtime's own splitting.
 */
#define _POSIX_C_SOURCE 200809L /* setenv */
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attnforge.h"
#include "reference.h"
#include "testutil.h"

#define POISON_BYTE 0xA5

typedef enum kv_mode { KV_CONTIGUOUS, KV_BHSD, KV_PAGED, KV_PACKED } kv_mode;

/* One random packed batch, its buffers and its call. */
typedef struct batch {
    attnforge_params p;
    int32_t B, Hq, Hkv, Dk, Dv;
    kv_mode mode;
    int32_t *cu_q, *cu_k, *kv_len, *q_offset, *block_table;
    void *q, *k, *v, *mask;
    float *slopes, *sinks, *k_scales, *v_scales;
    size_t o_bytes, lse_count;
} batch;

static size_t fmt_bytes(attnforge_format f, int64_t n) { return attnforge_format_bytes(f, n); }

/* Writes n values of x as a row of format f at element offset e of base. */
static void put_row(attnforge_format f, void *base, int64_t e, const float *x, int n)
{
    unsigned char *dst = (unsigned char *)base + fmt_bytes(f, e);
    for (int d = 0; d < n; d++) {
        switch (f) {
        case ATTNFORGE_FORMAT_F32: memcpy(dst + 4 * d, &x[d], 4); break;
        case ATTNFORGE_FORMAT_F16: { uint16_t h = attnforge_f32_to_f16(x[d]); memcpy(dst + 2 * d, &h, 2); } break;
        case ATTNFORGE_FORMAT_BF16: { uint16_t h = attnforge_f32_to_bf16(x[d]); memcpy(dst + 2 * d, &h, 2); } break;
        case ATTNFORGE_FORMAT_FP8_E4M3: dst[d] = attnforge_f32_to_fp8_e4m3(x[d]); break;
        case ATTNFORGE_FORMAT_FP8_E5M2: dst[d] = attnforge_f32_to_fp8_e5m2(x[d]); break;
        default: break;
        }
    }
    if (f == ATTNFORGE_FORMAT_Q8_0) attnforge_quantize_q8_0(x, dst, n);
    if (f == ATTNFORGE_FORMAT_Q4_0) attnforge_quantize_q4_0(x, dst, n);
}

/* A buffer of n elements of format f, every row of `row` elements random. */
static void *random_rows(tu_rng *r, attnforge_format f, int64_t rows, int row, float amp)
{
    size_t bytes = fmt_bytes(f, rows * row);
    void *buf = malloc(bytes ? bytes : 1);
    cr_assert(buf);
    float *x = malloc(sizeof(float) * (size_t)row);
    for (int64_t i = 0; i < rows; i++) {
        for (int d = 0; d < row; d++) x[d] = (float)tu_rng_nonzero(r, -amp, amp);
        put_row(f, buf, i * row, x, row);
    }
    free(x);
    return buf;
}

static int32_t pick(tu_rng *r, const int32_t *v, int n) { return v[tu_rng_int(r, 0, n - 1)]; }

/* Draws a batch of n_seq sequences whose rows x keys stay under budget. */
static void batch_build(batch *bt, uint64_t seed, int32_t n_seq, double budget)
{
    memset(bt, 0, sizeof *bt);
    tu_rng r;
    tu_rng_seed(&r, seed);
    static const int32_t sq_choices[] = {1, 1, 1, 2, 7, 64, 300, 0};
    static const int32_t heads[][2] = {{4, 1}, {4, 2}, {8, 2}, {2, 2}, {6, 3}};
    static const int32_t dims[] = {32, 64, 128};
    const int hh = tu_rng_int(&r, 0, 4);
    bt->B = n_seq;
    bt->Hq = heads[hh][0];
    bt->Hkv = heads[hh][1];
    bt->Dk = pick(&r, dims, 3);
    bt->Dv = tu_rng_chance(&r, 0.8) ? bt->Dk : pick(&r, dims, 3);
    bt->mode = (kv_mode)tu_rng_int(&r, 0, 3);

    attnforge_params *p = &bt->p;
    /* formats: K = V most of the time (the generated kernels), any pair else */
    const attnforge_format kv_fmts[] = {ATTNFORGE_FORMAT_F32, ATTNFORGE_FORMAT_F16, ATTNFORGE_FORMAT_BF16,
                                        ATTNFORGE_FORMAT_Q8_0, ATTNFORGE_FORMAT_Q4_0,
                                        ATTNFORGE_FORMAT_FP8_E4M3, ATTNFORGE_FORMAT_FP8_E5M2};
    p->k_format = kv_fmts[tu_rng_int(&r, 0, 6)];
    p->v_format = tu_rng_chance(&r, 0.75) ? p->k_format : kv_fmts[tu_rng_int(&r, 0, 6)];
    p->q_format = (attnforge_format)tu_rng_int(&r, ATTNFORGE_FORMAT_F32, ATTNFORGE_FORMAT_BF16);
    p->o_format = (attnforge_format)tu_rng_int(&r, ATTNFORGE_FORMAT_F32, ATTNFORGE_FORMAT_BF16);

    /* lengths: Sq_b from the set (and empty sequences), kv_len_b in
     * [0, 5000], shrunk to the work budget */
    bt->cu_q = calloc((size_t)n_seq + 1, sizeof(int32_t));
    bt->cu_k = calloc((size_t)n_seq + 1, sizeof(int32_t));
    bt->kv_len = calloc((size_t)n_seq, sizeof(int32_t));
    const int32_t lead = tu_rng_chance(&r, 0.3) ? tu_rng_int(&r, 1, 5) : 0; /* rows before sequence 0 */
    bt->cu_q[0] = lead;
    double work = 0;
    int32_t max_kv = 1;
    for (int32_t b = 0; b < n_seq; b++) {
        int32_t sq = pick(&r, sq_choices, 8);
        int32_t kvl = tu_rng_chance(&r, 0.1) ? 0 : tu_rng_int(&r, 1, 5000);
        if (sq > 1 && tu_rng_chance(&r, 0.5)) kvl = sq + tu_rng_int(&r, 0, 400);
        while ((double)sq * kvl * bt->Hq > budget - work && (sq > 1 || kvl > 16)) {
            if (sq > 1) sq = sq / 2; else kvl /= 2;
        }
        if (kvl < sq) kvl = sq; /* causal with the default offsets needs Sq_b <= kv_len_b */
        work += (double)sq * kvl * bt->Hq;
        bt->cu_q[b + 1] = bt->cu_q[b] + sq;
        bt->kv_len[b] = kvl;
        if (kvl > max_kv) max_kv = kvl;
    }
    const int32_t total_q = bt->cu_q[n_seq] + (tu_rng_chance(&r, 0.3) ? tu_rng_int(&r, 1, 4) : 0);

    p->batch = n_seq;
    p->seq_q = total_q > 0 ? total_q : 1;
    p->heads_q = bt->Hq;
    p->heads_kv = bt->Hkv;
    p->head_dim_k = bt->Dk;
    p->head_dim_v = bt->Dv;
    p->cu_seqlens_q = bt->cu_q;

    /* K and V */
    const int64_t kw = (int64_t)bt->Hkv * bt->Dk, vw = (int64_t)bt->Hkv * bt->Dv;
    if (bt->mode == KV_PACKED) {
        for (int32_t b = 0; b < n_seq; b++) /* some slack after a sequence's keys */
            bt->cu_k[b + 1] = bt->cu_k[b] + bt->kv_len[b] + (tu_rng_chance(&r, 0.3) ? 3 : 0);
        p->seq_kv = bt->cu_k[n_seq] > 0 ? bt->cu_k[n_seq] : 1;
        p->cu_seqlens_k = bt->cu_k;
        /* kv_len given (shorter than the segment) or defaulted (the segment) */
        int given = tu_rng_chance(&r, 0.5);
        for (int32_t b = 0; b < n_seq && !given; b++) bt->kv_len[b] = bt->cu_k[b + 1] - bt->cu_k[b];
        p->kv_len = given ? bt->kv_len : NULL;
        bt->k = random_rows(&r, p->k_format, p->seq_kv, (int)kw, 1.0f);
        bt->v = random_rows(&r, p->v_format, p->seq_kv, (int)vw, 1.0f);
    } else if (bt->mode == KV_PAGED) {
        const int32_t P = tu_rng_chance(&r, 0.5) ? 16 : 64;
        const int32_t per_seq = (max_kv + P - 1) / P;
        const int32_t nblk = n_seq * per_seq;
        bt->block_table = malloc(sizeof(int32_t) * (size_t)nblk);
        for (int32_t i = 0; i < nblk; i++) bt->block_table[i] = i;
        for (int32_t i = nblk - 1; i > 0; i--) { /* shuffle: pages anywhere in the pool */
            int32_t j = tu_rng_int(&r, 0, i), t = bt->block_table[i];
            bt->block_table[i] = bt->block_table[j];
            bt->block_table[j] = t;
        }
        p->seq_kv = max_kv;
        p->block_table = bt->block_table;
        p->block_table_stride = per_seq;
        p->page_size = P;
        p->num_blocks = nblk;
        p->kv_len = bt->kv_len;
        bt->k = random_rows(&r, p->k_format, (int64_t)nblk * P, (int)kw, 1.0f);
        bt->v = random_rows(&r, p->v_format, (int64_t)nblk * P, (int)vw, 1.0f);
    } else {
        p->seq_kv = max_kv;
        p->kv_len = bt->kv_len;
        bt->k = random_rows(&r, p->k_format, (int64_t)n_seq * max_kv, (int)kw, 1.0f);
        bt->v = random_rows(&r, p->v_format, (int64_t)n_seq * max_kv, (int)vw, 1.0f);
        if (bt->mode == KV_BHSD) { /* [B, Hkv, Skv, D] */
            p->k_stride = (attnforge_strides){(int64_t)max_kv * kw, bt->Dk, (int64_t)max_kv * bt->Dk};
            p->v_stride = (attnforge_strides){(int64_t)max_kv * vw, bt->Dv, (int64_t)max_kv * bt->Dv};
        }
    }

    bt->q = random_rows(&r, p->q_format, p->seq_q, bt->Hq * bt->Dk, 1.0f);
    p->q = bt->q;
    p->k = bt->k;
    p->v = bt->v;
    bt->o_bytes = fmt_bytes(p->o_format, (int64_t)p->seq_q * bt->Hq * bt->Dv);
    bt->lse_count = (size_t)p->seq_q * (size_t)bt->Hq;

    /* features */
    p->causal = tu_rng_chance(&r, 0.6);
    if (tu_rng_chance(&r, 0.25)) {
        p->sliding_window = 1;
        p->window_left = tu_rng_chance(&r, 0.8) ? tu_rng_int(&r, 0, 700) : -1;
        p->window_right = p->causal ? -1 : tu_rng_int(&r, -1, 50);
    }
    if (tu_rng_chance(&r, 0.2)) p->softcap = 20.0f;
    if (tu_rng_chance(&r, 0.3)) {
        bt->slopes = malloc(sizeof(float) * (size_t)bt->Hq);
        attnforge_alibi_slopes(bt->Hq, bt->slopes);
        p->alibi_slopes = bt->slopes;
    }
    if (tu_rng_chance(&r, 0.3)) {
        bt->sinks = malloc(sizeof(float) * (size_t)bt->Hq);
        for (int32_t h = 0; h < bt->Hq; h++) bt->sinks[h] = (float)tu_rng_range(&r, -2, 2);
        p->sinks = bt->sinks;
    }
    if (tu_rng_chance(&r, 0.25)) { /* explicit positions: not the last Sq_b tokens */
        bt->q_offset = malloc(sizeof(int32_t) * (size_t)n_seq);
        for (int32_t b = 0; b < n_seq; b++)
            bt->q_offset[b] = tu_rng_int(&r, 0, bt->kv_len[b]) - (bt->cu_q[b + 1] - bt->cu_q[b]) / 2;
        p->q_offset = bt->q_offset;
    }
    if (tu_rng_chance(&r, 0.3)) { /* mask [B or 1, Hq or 1, total_q rows, Skv] */
        p->mask_format = tu_rng_chance(&r, 0.5) ? ATTNFORGE_FORMAT_F16 : ATTNFORGE_FORMAT_F32;
        const int per_b = tu_rng_chance(&r, 0.5), per_h = tu_rng_chance(&r, 0.5);
        const int64_t nb = per_b ? n_seq : 1, nh = per_h ? bt->Hq : 1;
        const int64_t n = nb * nh * p->seq_q * p->seq_kv;
        bt->mask = malloc(fmt_bytes(p->mask_format, n));
        for (int64_t e = 0; e < n; e++) {
            float x = tu_rng_chance(&r, 0.05) ? -INFINITY : (float)tu_rng_range(&r, -1, 1);
            put_row(p->mask_format, bt->mask, e, &x, 1);
        }
        p->mask = bt->mask;
        p->mask_stride = (attnforge_mask_strides){per_b ? nh * p->seq_q * p->seq_kv : 0,
                                                  per_h ? p->seq_q * p->seq_kv : 0, p->seq_kv, 1};
    }
    const int fp8k = p->k_format >= ATTNFORGE_FORMAT_FP8_E4M3, fp8v = p->v_format >= ATTNFORGE_FORMAT_FP8_E4M3;
    if (fp8k || fp8v) {
        if (tu_rng_chance(&r, 0.5)) {
            if (fp8k) p->k_scale = 0.5f;
            if (fp8v) p->v_scale = 2.0f;
        } else {
            bt->k_scales = malloc(sizeof(float) * (size_t)bt->Hkv);
            bt->v_scales = malloc(sizeof(float) * (size_t)bt->Hkv);
            for (int32_t h = 0; h < bt->Hkv; h++) {
                bt->k_scales[h] = 0.25f + 0.125f * (float)h;
                bt->v_scales[h] = 1.5f - 0.25f * (float)h;
            }
            if (fp8k) p->k_scales = bt->k_scales;
            if (fp8v) p->v_scales = bt->v_scales;
        }
    }
}

static void batch_free(batch *bt)
{
    void *ptrs[] = {bt->cu_q, bt->cu_k, bt->kv_len, bt->q_offset, bt->block_table, bt->q, bt->k,
                    bt->v, bt->mask, bt->slopes, bt->sinks, bt->k_scales, bt->v_scales};
    for (size_t i = 0; i < sizeof ptrs / sizeof ptrs[0]; i++) free(ptrs[i]);
}

static attnforge_context *ctx_of(int threads)
{
    attnforge_context *ctx;
    attnforge_context_options o = {.num_threads = threads};
    cr_assert_eq(attnforge_context_create(&ctx, &o), ATTNFORGE_OK, "%s", attnforge_last_error());
    return ctx;
}

/* Sequence b of the batch as a call of its own (layout by the documentation). */
static attnforge_params sequence_alone(const batch *bt, int32_t b, void *o, float *lse)
{
    const attnforge_params *p = &bt->p;
    attnforge_params s = *p;
    const int64_t r0 = bt->cu_q[b];
    const int64_t row_q = (int64_t)bt->Hq * bt->Dk;
    s.batch = 1;
    s.seq_q = bt->cu_q[b + 1] - bt->cu_q[b];
    s.cu_seqlens_q = s.cu_seqlens_k = NULL;
    s.q = (const char *)p->q + fmt_bytes(p->q_format, r0 * row_q);
    s.q_stride = (attnforge_strides){0, 0, 0};
    s.o = o;
    s.o_stride = (attnforge_strides){0, 0, 0};
    s.lse = lse; /* [1, Hq, Sq_b] */
    s.kv_len = &bt->kv_len[b];
    s.q_offset = bt->q_offset ? &bt->q_offset[b] : NULL;
    if (p->mask)
        s.mask = (const char *)p->mask +
                 fmt_bytes(p->mask_format, (int64_t)b * p->mask_stride.b + r0 * p->mask_stride.i);
    if (bt->mode == KV_PACKED) {
        const int64_t len = bt->cu_k[b + 1] - bt->cu_k[b];
        s.seq_kv = len > 0 ? (int32_t)len : 1;
        s.k = (const char *)p->k + fmt_bytes(p->k_format, (int64_t)bt->cu_k[b] * bt->Hkv * bt->Dk);
        s.v = (const char *)p->v + fmt_bytes(p->v_format, (int64_t)bt->cu_k[b] * bt->Hkv * bt->Dv);
        if (!p->kv_len) s.kv_len = NULL; /* its default: the segment's length */
        if (len == 0) { /* a call has >= 1 key: the segment's 0 valid keys as kv_len */
            static const int32_t zero = 0;
            s.kv_len = &zero;
        }
    } else if (bt->mode == KV_PAGED) {
        s.block_table = bt->block_table + (int64_t)b * p->block_table_stride;
    } else {
        s.k = (const char *)p->k + fmt_bytes(p->k_format, (int64_t)b * (p->k_stride.b ? p->k_stride.b : (int64_t)p->seq_kv * bt->Hkv * bt->Dk));
        s.v = (const char *)p->v + fmt_bytes(p->v_format, (int64_t)b * (p->v_stride.b ? p->v_stride.b : (int64_t)p->seq_kv * bt->Hkv * bt->Dv));
    }
    return s;
}

/* Runs the packed call on `threads` threads and every sequence alone, and
 * compares O and LSE bit for bit; rows outside the sequences must keep their
 * poison. */
static void check_batch(const batch *bt, int threads, const char *what)
{
    const attnforge_params *p = &bt->p;
    const int32_t Hq = bt->Hq;
    const size_t row_o = fmt_bytes(p->o_format, (int64_t)Hq * bt->Dv);
    unsigned char *o = malloc(bt->o_bytes);
    float *lse = malloc(sizeof(float) * bt->lse_count);
    memset(o, POISON_BYTE, bt->o_bytes);
    memset(lse, POISON_BYTE, sizeof(float) * bt->lse_count);
    attnforge_params call = *p;
    call.o = o;
    call.lse = lse;
    attnforge_context *ctx = ctx_of(threads);
    attnforge_status st = attnforge_attention(ctx, &call);
    cr_assert_eq(st, ATTNFORGE_OK, "%s: %s", what, attnforge_last_error());

    /* rows before the first and after the last sequence: untouched */
    for (int64_t r = 0; r < p->seq_q; r++) {
        if (r >= bt->cu_q[0] && r < bt->cu_q[bt->B]) continue;
        for (size_t x = 0; x < row_o; x++)
            cr_assert_eq(o[(size_t)r * row_o + x], POISON_BYTE, "%s: row %lld outside the sequences was written",
                         what, (long long)r);
        for (int32_t h = 0; h < Hq; h++) {
            uint32_t bits;
            memcpy(&bits, &lse[r * Hq + h], 4);
            cr_assert_eq(bits, 0xA5A5A5A5u, "%s: LSE of row %lld outside the sequences was written", what,
                         (long long)r);
        }
    }

    attnforge_context *one = ctx_of(1 + threads % 3);
    for (int32_t b = 0; b < bt->B; b++) {
        const int32_t sq = bt->cu_q[b + 1] - bt->cu_q[b];
        if (sq == 0) continue;
        const size_t ob = (size_t)sq * row_o;
        unsigned char *o1 = malloc(ob);
        float *l1 = malloc(sizeof(float) * (size_t)sq * (size_t)Hq);
        /* another poison than the packed call's: equal bytes were written by both */
        memset(o1, 0x5A, ob);
        memset(l1, 0x5A, sizeof(float) * (size_t)sq * (size_t)Hq);
        attnforge_params s = sequence_alone(bt, b, o1, l1);
        st = attnforge_attention(one, &s);
        cr_assert_eq(st, ATTNFORGE_OK, "%s: sequence %d alone: %s", what, b, attnforge_last_error());
        const unsigned char *ov = o + (size_t)bt->cu_q[b] * row_o;
        for (size_t x = 0; x < ob; x++) {
            cr_assert_eq(ov[x], o1[x],
                         "%s: sequence %d (Sq %d, kv_len %d): O differs from the call alone at byte %zu "
                         "(row %zu)", what, b, sq, bt->kv_len[b], x, x / row_o);
        }
        for (int32_t i = 0; i < sq; i++)
            for (int32_t h = 0; h < Hq; h++) {
                const float a = lse[((int64_t)bt->cu_q[b] + i) * Hq + h], e = l1[(int64_t)h * sq + i];
                cr_assert(memcmp(&a, &e, 4) == 0,
                          "%s: sequence %d row %d head %d: LSE %.9g, alone %.9g", what, b, i, h,
                          (double)a, (double)e);
            }
        free(o1);
        free(l1);
    }
    attnforge_context_destroy(one);
    attnforge_context_destroy(ctx);
    free(o);
    free(lse);
}

static const char *mode_name(kv_mode m)
{
    return m == KV_CONTIGUOUS ? "contiguous" : m == KV_BHSD ? "BHSD" : m == KV_PAGED ? "paged" : "packed";
}

Test(varlen, equals_each_sequence_alone)
{
    /* the packing is the same code on every architecture: fewer cases under
     * an emulator (the kernels' own tests cover each ISA) */
    const int cases = getenv("ATTNFORGE_TEST_EMULATED") ? 8 : tu_pick(28, 400);
    const double budget = tu_pick(150000, 3000000);
    for (int n = 0; n < cases; n++) {
        tu_rng r;
        tu_rng_seed(&r, tu_seed(1600 + (uint64_t)n));
        const int32_t n_seq = tu_rng_int(&r, 1, 40);
        batch bt;
        batch_build(&bt, tu_seed(16000 + (uint64_t)n), n_seq, budget);
        char what[160];
        snprintf(what, sizeof what, "case %d (%d seqs, %s K/V %s/%s, Dk %d Dv %d, %d threads)", n, n_seq,
                 mode_name(bt.mode), attnforge_format_name(bt.p.k_format), attnforge_format_name(bt.p.v_format),
                 bt.Dk, bt.Dv, 1 + n % 7);
        check_batch(&bt, 1 + n % 7, what);
        batch_free(&bt);
    }
}

/* A serving step: one prefill chunk and many decodes at assorted lengths,
 * the same bits on every thread count 1..7. */
Test(varlen, serving_step_every_thread_count)
{
    batch bt;
    batch_build(&bt, tu_seed(1616), 24, tu_pick(200000, 4000000));
    /* make it the shape: sequence 0 a prefill chunk, the rest decodes */
    int32_t *cu = bt.cu_q;
    const int32_t lead = cu[0];
    cu[1] = lead + 64;
    if (bt.kv_len[0] < 64) bt.kv_len[0] = 64;
    for (int32_t b = 1; b < bt.B; b++) cu[b + 1] = cu[b] + 1;
    if (bt.mode == KV_PACKED) { /* keep the packed segments consistent */
        for (int32_t b = 0; b < bt.B; b++) bt.cu_k[b + 1] = bt.cu_k[b] + bt.kv_len[b];
        bt.p.kv_len = bt.kv_len;
        free(bt.k); free(bt.v);
        tu_rng r;
        tu_rng_seed(&r, 77);
        bt.p.seq_kv = bt.cu_k[bt.B];
        bt.k = random_rows(&r, bt.p.k_format, bt.p.seq_kv, bt.Hkv * bt.Dk, 1.0f);
        bt.v = random_rows(&r, bt.p.v_format, bt.p.seq_kv, bt.Hkv * bt.Dv, 1.0f);
        bt.p.k = bt.k; bt.p.v = bt.v;
    } else if (bt.p.seq_kv < 64) {
        bt.kv_len[0] = bt.p.seq_kv;
        cu[1] = lead + bt.p.seq_kv;
        for (int32_t b = 1; b < bt.B; b++) cu[b + 1] = cu[b] + 1;
    }
    bt.p.seq_q = cu[bt.B];
    if (bt.p.q_offset) bt.q_offset[0] = bt.kv_len[0] - (cu[1] - cu[0]);
    free(bt.mask);
    bt.mask = NULL;
    bt.p.mask = NULL;
    bt.p.mask_format = ATTNFORGE_FORMAT_DEFAULT;
    bt.o_bytes = fmt_bytes(bt.p.o_format, (int64_t)bt.p.seq_q * bt.Hq * bt.Dv);
    bt.lse_count = (size_t)bt.p.seq_q * (size_t)bt.Hq;
    for (int threads = 1; threads <= 7; threads++) {
        char what[64];
        snprintf(what, sizeof what, "serving step, %d threads", threads);
        check_batch(&bt, threads, what);
    }
    batch_free(&bt);
}

/* A batch whose prefill sequences are long enough for the runtime to pack
 * their K/V first (runtime/plan.c, "Packing": >= 256 query rows per KV head,
 * >= 1024 keys), between decodes that do not: sequences
 * [1 x 700, 260 x 1100, 1 x 1300, 300 x 1500] (Sq x kv_len), Hq 4, Hkv 2,
 * D 64, causal, Q and O f32, K/V in kf / vf, contiguous (BSHD, rows Hkv * D
 * apart) or packed (cu_seqlens_k). */
static void long_batch_build(batch *bt, uint64_t seed, attnforge_format kf, attnforge_format vf, kv_mode mode)
{
    static const int32_t sq[] = {1, 260, 1, 300}, kvl[] = {700, 1100, 1300, 1500};
    enum { NS = 4 };
    memset(bt, 0, sizeof *bt);
    tu_rng r;
    tu_rng_seed(&r, seed);
    bt->B = NS;
    bt->Hq = 4;
    bt->Hkv = 2;
    bt->Dk = bt->Dv = 64;
    bt->mode = mode;
    bt->cu_q = calloc(NS + 1, sizeof(int32_t));
    bt->cu_k = calloc(NS + 1, sizeof(int32_t));
    bt->kv_len = calloc(NS, sizeof(int32_t));
    for (int b = 0; b < NS; b++) {
        bt->cu_q[b + 1] = bt->cu_q[b] + sq[b];
        bt->cu_k[b + 1] = bt->cu_k[b] + kvl[b];
        bt->kv_len[b] = kvl[b];
    }
    attnforge_params *p = &bt->p;
    p->batch = NS;
    p->seq_q = bt->cu_q[NS];
    p->heads_q = bt->Hq;
    p->heads_kv = bt->Hkv;
    p->head_dim_k = bt->Dk;
    p->head_dim_v = bt->Dv;
    p->q_format = p->o_format = ATTNFORGE_FORMAT_F32;
    p->k_format = kf;
    p->v_format = vf;
    p->causal = 1;
    p->cu_seqlens_q = bt->cu_q;
    p->kv_len = bt->kv_len;
    const int64_t rows = mode == KV_PACKED ? bt->cu_k[NS] : (int64_t)NS * kvl[NS - 1];
    if (mode == KV_PACKED) {
        p->seq_kv = bt->cu_k[NS];
        p->cu_seqlens_k = bt->cu_k;
    } else {
        p->seq_kv = kvl[NS - 1];
    }
    bt->q = random_rows(&r, p->q_format, p->seq_q, bt->Hq * bt->Dk, 1.0f);
    bt->k = random_rows(&r, kf, rows, bt->Hkv * bt->Dk, 1.0f);
    bt->v = random_rows(&r, vf, rows, bt->Hkv * bt->Dv, 1.0f);
    p->q = bt->q;
    p->k = bt->k;
    p->v = bt->v;
    bt->o_bytes = fmt_bytes(p->o_format, (int64_t)p->seq_q * bt->Hq * bt->Dv);
    bt->lse_count = (size_t)p->seq_q * (size_t)bt->Hq;
}

/* O (f32) and LSE of two runs of bt's call, a and b, each within SPEC's
 * bound of the f64 reference, row by row (each sequence as a call alone). */
static void batch_within_bound(const batch *bt, const unsigned char *oa, const unsigned char *ob, const float *la,
                               const float *lb, const char *what)
{
    const int32_t Hq = bt->Hq, Dv = bt->Dv;
    double *ref = malloc(sizeof(double) * (size_t)Dv), *got = malloc(sizeof(double) * (size_t)Dv);
    for (int32_t b = 0; b < bt->B; b++) {
        const attnforge_params s = sequence_alone(bt, b, NULL, NULL);
        for (int32_t i = 0; i < s.seq_q; i++)
            for (int32_t h = 0; h < Hq; h++) {
                double lse_ref;
                cr_assert_eq(ref_row(&s, 0, h, i, ref, &lse_ref), 0, "%s: reference", what);
                const int64_t r = (int64_t)bt->cu_q[b] + i;
                for (int run = 0; run < 2; run++) {
                    const float *o = (const float *)(const void *)(run ? ob : oa) + (r * Hq + h) * Dv;
                    for (int32_t d = 0; d < Dv; d++) got[d] = o[d];
                    double tol;
                    const int64_t bad = tu_row_mismatch(ATTNFORGE_F32, got, ref, Dv, &tol);
                    cr_assert_eq(bad, -1, "%s (%s): sequence %d row %d head %d: O[%lld] = %g, reference %g (tol %g)",
                                 what, run ? "packing off" : "packing on", b, i, h, (long long)bad,
                                 bad < 0 ? 0.0 : got[bad], bad < 0 ? 0.0 : ref[bad], tol);
                    const float l = (run ? lb : la)[r * Hq + h];
                    cr_assert(tu_lse_close(l, lse_ref), "%s (%s): sequence %d row %d head %d: LSE %g, reference %g",
                              what, run ? "packing off" : "packing on", b, i, h, (double)l, lse_ref);
                }
            }
    }
    free(ref);
    free(got);
}

/* The long batch at 1 and 2 threads: bitwise each sequence alone (which packs
 * too), and bitwise the batch with packing off (ATTNFORGE_KV_PACK=0); its
 * workspace shows that it packed: f32 BSHD rows are copied, f16 and q8_0 are
 * widened to f32 in either layout, an f32 packed (cu_seqlens_k) cache is
 * contiguous per KV head only within a key row, so it is copied as well.
 * K q8_0 with V f16 (last): the prefills widen per call and the decodes per
 * task, into each worker's scratch, in one schedule; with packing off the
 * generic kernel runs, so that comparison is within SPEC's bound, not
 * bitwise. */
Test(varlen, long_prefills_pack_in_a_batch)
{
    static const attnforge_format fmts[] = {ATTNFORGE_FORMAT_F32, ATTNFORGE_FORMAT_F16, ATTNFORGE_FORMAT_Q8_0,
                                            ATTNFORGE_FORMAT_Q8_0};
    setenv("ATTNFORGE_KV_PACK", "0", 1);
    attnforge_context *off = ctx_of(1);
    unsetenv("ATTNFORGE_KV_PACK");
    attnforge_context *on = ctx_of(2);
    for (size_t f = 0; f < sizeof fmts / sizeof fmts[0]; f++)
        for (int m = 0; m < 2; m++) {
            const kv_mode mode = m ? KV_PACKED : KV_CONTIGUOUS;
            batch bt;
            const int mixed = f == 3; /* V f16 */
            const attnforge_format vf = mixed ? ATTNFORGE_FORMAT_F16 : fmts[f];
            long_batch_build(&bt, tu_seed(1640 + 2 * f + (uint64_t)m), fmts[f], vf, mode);
            char what[128];
            snprintf(what, sizeof what, "long batch, %s K %s, V %s", mode_name(mode), attnforge_format_name(fmts[f]),
                     attnforge_format_name(vf));
            unsigned char *o_off = malloc(bt.o_bytes), *o_on = malloc(bt.o_bytes);
            float *l_off = malloc(sizeof(float) * bt.lse_count), *l_on = malloc(sizeof(float) * bt.lse_count);
            attnforge_params call = bt.p;
            call.o = o_off;
            call.lse = l_off;
            size_t ws_off = 0, ws_on = 0;
            cr_assert_eq(attnforge_workspace_size(off, &call, &ws_off), ATTNFORGE_OK, "%s", attnforge_last_error());
            cr_assert_eq(attnforge_workspace_size(on, &call, &ws_on), ATTNFORGE_OK, "%s", attnforge_last_error());
            /* the two long sequences' K/V rows as f32 (copied or widened) */
            const size_t packed = (size_t)bt.Hkv * (1100 + 1500) * (size_t)(bt.Dk + bt.Dv) * sizeof(float);
            cr_assert_geq(ws_on, ws_off + packed, "%s: did not pack (%zu vs %zu bytes)", what, ws_on, ws_off);
            cr_assert_eq(attnforge_attention(off, &call), ATTNFORGE_OK, "%s: %s", what, attnforge_last_error());
            call.o = o_on;
            call.lse = l_on;
            cr_assert_eq(attnforge_attention(on, &call), ATTNFORGE_OK, "%s: %s", what, attnforge_last_error());
            if (mixed)
                batch_within_bound(&bt, o_on, o_off, l_on, l_off, what);
            else
                cr_assert(memcmp(o_on, o_off, bt.o_bytes) == 0 && memcmp(l_on, l_off, sizeof(float) * bt.lse_count) == 0,
                          "%s: O or LSE packed differs bitwise from unpacked", what);
            free(o_off);
            free(o_on);
            free(l_off);
            free(l_on);
            for (int threads = 1; threads <= 2; threads++) check_batch(&bt, threads, what);
            batch_free(&bt);
        }
    attnforge_context_destroy(off);
    attnforge_context_destroy(on);
}

/* A caller-owned workspace sized by attnforge_workspace_size works for a
 * packed call, and one byte less is refused. */
Test(varlen, caller_workspace)
{
    batch bt;
    batch_build(&bt, tu_seed(1617), 12, 200000);
    attnforge_context *ctx = ctx_of(3);
    void *o = malloc(bt.o_bytes);
    attnforge_params p = bt.p;
    p.o = o;
    size_t need = 0;
    cr_assert_eq(attnforge_workspace_size(ctx, &p, &need), ATTNFORGE_OK, "%s", attnforge_last_error());
    void *ws = malloc(need);
    p.workspace = ws;
    p.workspace_bytes = need - 1;
    cr_assert_eq(attnforge_attention(ctx, &p), ATTNFORGE_ERR_WORKSPACE);
    p.workspace_bytes = need;
    cr_assert_eq(attnforge_attention(ctx, &p), ATTNFORGE_OK, "%s", attnforge_last_error());
    free(ws);
    free(o);
    attnforge_context_destroy(ctx);
    batch_free(&bt);
}

/* ---- validation: one status and a message per malformed batch, O untouched ---- */

typedef struct bad_case {
    const char *name;
    attnforge_status want;
    const char *says; /* a piece of the message */
} bad_case;

Test(varlen, malformed_lengths_are_refused)
{
    enum { B = 3, SQ = 12, SKV = 100, H = 2, D = 32 };
    float *q = calloc(SQ * H * D, sizeof(float)), *k = calloc(SKV * B * H * D, sizeof(float));
    float *v = calloc(SKV * B * H * D, sizeof(float)), *o = malloc(SQ * H * D * sizeof(float));
    for (int i = 0; i < SQ * H * D; i++) q[i] = 0.01f * (float)(i % 97) - 0.3f;
    for (int i = 0; i < SKV * B * H * D; i++) k[i] = v[i] = 0.02f * (float)(i % 89) - 0.7f;

    const bad_case cases[] = {
        {"decreasing cu_seqlens_q", ATTNFORGE_ERR_VARLEN, "not non-decreasing"},
        {"cu_seqlens_q past seq_q", ATTNFORGE_ERR_VARLEN, "past seq_q"},
        {"negative cu_seqlens_q[0]", ATTNFORGE_ERR_VARLEN, "negative"},
        {"cu_seqlens_k without cu_seqlens_q", ATTNFORGE_ERR_VARLEN, "needs cu_seqlens_q"},
        {"cu_seqlens_k with a block table", ATTNFORGE_ERR_VARLEN, "exclude each other"},
        {"cu_seqlens_k past seq_kv", ATTNFORGE_ERR_VARLEN, "past seq_kv"},
        {"kv_len longer than its packed segment", ATTNFORGE_ERR_KV_LEN, "cu_seqlens_k"},
        {"more queries than keys, causal, default offsets", ATTNFORGE_ERR_VARLEN, "before position 0"},
        {"lse over cu_seqlens_q", ATTNFORGE_ERR_ALIASING, "cu_seqlens_q"},
    };
    for (size_t n = 0; n < sizeof cases / sizeof cases[0]; n++) {
        int32_t cu_q[B + 1] = {0, 4, 5, 12}, cu_k[B + 1] = {0, 40, 60, 100};
        int32_t kv_len[B] = {30, 20, 40};
        int32_t bt_table[B * 4] = {0};
        attnforge_params p = {0};
        p.batch = B; p.seq_q = SQ; p.seq_kv = SKV; p.heads_q = H; p.head_dim_k = D;
        p.q = q; p.k = k; p.v = v; p.o = o;
        p.cu_seqlens_q = cu_q;
        switch (n) {
        case 0: cu_q[2] = 3; break;
        case 1: cu_q[3] = 13; break;
        case 2: cu_q[0] = -1; break;
        case 3: p.cu_seqlens_q = NULL; p.cu_seqlens_k = cu_k; break;
        case 4: p.cu_seqlens_k = cu_k; p.block_table = bt_table; p.page_size = 32; p.num_blocks = 1; break;
        case 5: p.cu_seqlens_k = cu_k; cu_k[3] = 101; break;
        case 6: p.cu_seqlens_k = cu_k; p.kv_len = kv_len; kv_len[1] = 21; break;
        case 7: p.causal = 1; p.kv_len = kv_len; kv_len[2] = 6; break;
        case 8: p.lse = (float *)(void *)cu_q; break;
        }
        memset(o, POISON_BYTE, SQ * H * D * sizeof(float));
        attnforge_status st = attnforge_attention(NULL, &p);
        cr_assert_eq(st, cases[n].want, "%s: status %d (%s), want %d", cases[n].name, (int)st,
                     attnforge_last_error(), (int)cases[n].want);
        cr_assert(strstr(attnforge_last_error(), cases[n].says), "%s: message \"%s\" lacks \"%s\"",
                  cases[n].name, attnforge_last_error(), cases[n].says);
        const unsigned char *ob = (const unsigned char *)o;
        for (size_t x = 0; x < SQ * H * D * sizeof(float); x++)
            cr_assert_eq(ob[x], POISON_BYTE, "%s: O written by a refused call", cases[n].name);
    }
    /* and the well-formed call passes, so the refusals above are about what they say */
    int32_t cu_q[B + 1] = {0, 4, 5, 12};
    attnforge_params p = {0};
    p.batch = B; p.seq_q = SQ; p.seq_kv = SKV; p.heads_q = H; p.head_dim_k = D;
    p.q = q; p.k = k; p.v = v; p.o = o; p.cu_seqlens_q = cu_q; p.causal = 1;
    cr_assert_eq(attnforge_attention(NULL, &p), ATTNFORGE_OK, "%s", attnforge_last_error());
    /* a batch of empty sequences is a valid call that writes nothing */
    int32_t empty[B + 1] = {3, 3, 3, 3};
    p.cu_seqlens_q = empty;
    memset(o, POISON_BYTE, SQ * H * D * sizeof(float));
    cr_assert_eq(attnforge_attention(NULL, &p), ATTNFORGE_OK, "%s", attnforge_last_error());
    for (size_t x = 0; x < SQ * H * D * sizeof(float); x++)
        cr_assert_eq(((const unsigned char *)o)[x], POISON_BYTE, "a batch of empty sequences wrote O");
    free(q); free(k); free(v); free(o);
}
