/*
 * One parameterized tester for every generated kernel variant.
 *
 * The variant list is generated/registry.inc itself, so a head dim added to
 * the manifest (or built with -DATTNFORGE_HEAD_DIMS=...) is tested without new
 * test code. Each variant whose ISA this CPU supports runs its decode and its
 * prefill function on the same tiles as the generic fallback kernel
 * (runtime/generic.c, the oracle) and the partial online-softmax states must
 * agree: the same rows empty (m = -inf, l = 0, acc = 0), and for the others
 * acc/l within TV_TOL of the largest |acc/l| of the row and m + log(l)
 * likewise. Variants of an ISA the CPU lacks are skipped with the reason.
 *
 * Tiles are built directly (af_call / af_tile of runtime/kernel.h) on seeded
 * random data: key counts at, below and above every key-block size and
 * register-block width the generator uses, row counts 1 .. 70 (around every
 * row-chunk and register-block size), GQA groups, BSHD / BHSD / padded
 * strides, paged K/V with small pages, and every SPEC feature (softcap,
 * ALiBi, mask with -inf entries and broadcast strides, causal, sliding
 * window, kv_len, q_offset). K and V are in the variant's format (random
 * codes for q8_0 / q4_0 / fp8, with per-tensor or per-head fp8 scales), Q in
 * f32, f16 or bf16 and the mask f32 or f16, as a call may mix them (the
 * generic kernel dequantizes the same way, so the two still agree to within
 * f32 rounding). Set ATTNFORGE_TEST_SEED to vary the data,
 * ATTNFORGE_TEST_LONG=1 for more random cases.
 */
#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h" /* attnforge_generic_kernel */
#include "kernel.h"
#include "testutil.h" /* tu_isa_unsupported */

#define ATTNFORGE_KERNEL_FN(FN) void FN(const af_call *c, const af_tile *t);
#define ATTNFORGE_WIDEN_FN(FN) void FN(float *dst, const void *src, int is_v, float sc);
#include "registry.inc"
#undef ATTNFORGE_KERNEL_FN
#undef ATTNFORGE_WIDEN_FN

/* The registry as a table. Criterion hands parameters to the test process by
 * value and addresses may differ there, so tests get an index into this. */
static const af_variant tv_list[] = {
#define ATTNFORGE_KERNEL(...) {__VA_ARGS__},
#include "registry.inc"
#undef ATTNFORGE_KERNEL
};
#define TV_COUNT (sizeof tv_list / sizeof tv_list[0])

static int *tv_indices(void)
{
    static int idx[TV_COUNT];
    for (size_t i = 0; i < TV_COUNT; i++) idx[i] = (int)i;
    return idx;
}

/* Generated vs generic, both f32 inside (SPEC.md). */
#define TV_TOL 2e-6

/* ---- seeded data ---------------------------------------------------------- */

typedef struct tv_rng { uint64_t s; } tv_rng;

static uint64_t tv_next(tv_rng *r)
{
    r->s ^= r->s << 13;
    r->s ^= r->s >> 7;
    r->s ^= r->s << 17;
    return r->s;
}
static double tv_unit(tv_rng *r) { return (double)(tv_next(r) >> 11) * (1.0 / 9007199254740992.0); }
static int tv_int(tv_rng *r, int lo, int hi) { return lo + (int)(tv_next(r) % (uint64_t)(hi - lo + 1)); }
static float tv_uniform(tv_rng *r, float lo, float hi) { return lo + (hi - lo) * (float)tv_unit(r); }

static uint64_t tv_seed(void)
{
    const char *s = getenv("ATTNFORGE_TEST_SEED");
    return s && *s ? strtoull(s, NULL, 0) : 0x5eed1234abcdULL;
}

/* One element of an f32 / f16 / bf16 tensor. */
static void tv_store(attnforge_format f, void *base, int64_t off, float x)
{
    tu_store_f32((attnforge_dtype)((int)f - 1), base, off, x);
}

/* Element e of a K/V tensor made non-finite: a dense element Inf or NaN (fp8
 * e4m3 has no Inf: its NaN code), a block's f16 scale Inf (the whole block of
 * 32 elements is then Inf or NaN). */
static void tv_store_nonfinite(attnforge_format f, void *base, int64_t e, int nan)
{
    unsigned char *b = base;
    if (tu_format_is_block(f)) {
        const uint16_t inf = 0x7c00u;
        memcpy(b + e / 32 * attnforge_format_bytes(f, 32), &inf, 2);
    } else if (f == ATTNFORGE_FORMAT_FP8_E4M3) {
        b[e] = 0x7f;
    } else if (f == ATTNFORGE_FORMAT_FP8_E5M2) {
        b[e] = nan ? 0x7e : 0x7c;
    } else {
        tv_store(f, base, e, nan ? NAN : INFINITY);
    }
}

/* ---- one case: a call, its buffers, and the tiles to run ------------------ */

typedef struct tv_shape {
    int B, Sq, Skv, Hq, Hkv;
    int layout;      /* 0 BSHD, 1 BHSD, 2 BSHD with padded rows/heads */
    int page;        /* 0 contiguous, else page size */
    float qmag;      /* magnitude of Q entries (score range) */
    float softcap;
    int alibi, mask, mask_bcast, mask_sj2;
    int causal, win_left, win_right;
    int kv_short;    /* kv_len[b] < Skv */
    int qoff_mode;   /* 0 default (kv_len - Sq), 1 explicit random, 2 negative */
    attnforge_format qf; /* Q's format (a q_exact variant: its own) */
    int mask_f16, per_head_scales;
    int mask_tri;    /* mask -inf for keys j > i + Skv - Sq (llama.cpp's causal mask) */
    int mask_scale;  /* a factor of the mask per query head (mask_scales, ggml's ALiBi) */
} tv_shape;

typedef struct tv_case {
    af_call c;
    void *q, *k, *v, *mask;
    float *slopes, *kscales, *vscales, *mscales;
    int32_t *kv_len, *q_offset, *bt;
} tv_case;

static void tv_case_free(tv_case *t)
{
    free(t->q); free(t->k); free(t->v); free(t->mask); free(t->slopes);
    free(t->kscales); free(t->vscales); free(t->mscales);
    free(t->kv_len); free(t->q_offset); free(t->bt);
    memset(t, 0, sizeof(*t));
}

/* n elements of format f: uniform in [-mag, mag] for f32/f16/bf16; random
 * codes of a cache format (every int8 / nibble under random block scales so
 * that elements stay near mag, every finite fp8 code). */
static void tv_fill(tv_rng *r, attnforge_format f, void *buf, int64_t n, float mag)
{
    unsigned char *b = buf;
    if (tu_format_is_block(f)) {
        const int q8 = f == ATTNFORGE_FORMAT_Q8_0;
        const int64_t bytes = (int64_t)attnforge_format_bytes(f, 32);
        for (int64_t k = 0; k < n / 32; k++) {
            float d = tv_uniform(r, 0.3f, 1.0f) * mag / (q8 ? 127.0f : 8.0f);
            if (tv_unit(r) < 0.5) d = -d;
            const uint16_t h = af_f32_to_f16(d);
            memcpy(b + k * bytes, &h, 2);
            for (int64_t u = 2; u < bytes; u++) b[k * bytes + u] = (unsigned char)tv_int(r, 0, 255);
        }
    } else if (tu_format_is_fp8(f)) {
        for (int64_t i = 0; i < n; i++) {
            int code;
            do code = tv_int(r, 0, 255);
            while (f == ATTNFORGE_FORMAT_FP8_E4M3 ? (code & 0x7f) == 0x7f : (code & 0x7c) == 0x7c);
            b[i] = (unsigned char)code;
        }
    } else {
        for (int64_t i = 0; i < n; i++) tv_store(f, buf, i, tv_uniform(r, -mag, mag));
    }
}

static void tv_case_build(tv_case *t, const af_variant *v, const tv_shape *s, tv_rng *r)
{
    memset(t, 0, sizeof(*t));
    af_call *c = &t->c;
    /* K and V in the variant's format; Q in any of f32/f16/bf16 (its own when
     * q_exact), drawn per case; O is the merge's, not the kernels' */
    const attnforge_format kvf = v->format;
    c->kf = c->vf = kvf;
    c->qf = v->q_exact ? kvf : s->qf;
    c->of = c->qf;
    c->mf = s->mask_f16 ? ATTNFORGE_FORMAT_F16 : ATTNFORGE_FORMAT_F32;
    c->k_scale = c->v_scale = 1.0f;
    c->B = s->B; c->Sq = s->Sq; c->Skv = s->Skv; c->Hq = s->Hq; c->Hkv = s->Hkv;
    c->Dk = v->dk; c->Dv = v->dv; c->group = s->Hq / s->Hkv;
    /* padded layouts: a block format's strides stay multiples of 32 */
    const int pad = s->layout == 2 ? 3 : 0, kvpad = s->layout == 2 ? (tu_format_is_block(kvf) ? 32 : 3) : 0;
    if (tu_format_is_fp8(kvf)) {
        /* scales that map the format's largest finite value to about 1, as
         * an engine's calibration does (every code still occurs) */
        const float unit = kvf == ATTNFORGE_FORMAT_FP8_E4M3 ? 1.0f / 448.0f : 1.0f / 57344.0f;
        c->k_scale = unit * tv_uniform(r, 0.5f, 2.0f);
        c->v_scale = unit * tv_uniform(r, 0.5f, 2.0f);
        if (s->per_head_scales) {
            t->kscales = malloc(sizeof(float) * (size_t)s->Hkv);
            t->vscales = malloc(sizeof(float) * (size_t)s->Hkv);
            for (int h = 0; h < s->Hkv; h++) {
                t->kscales[h] = unit * tv_uniform(r, 0.5f, 2.0f);
                t->vscales[h] = unit * tv_uniform(r, 0.5f, 2.0f);
            }
            c->k_scales = t->kscales;
            c->v_scales = t->vscales;
        }
    }

    /* Q [B, Sq, Hq, Dk] (BSHD) or [B, Hq, Sq, Dk] (BHSD), optional padding */
    const int64_t qrow = v->dk + pad;
    if (s->layout == 1) {
        c->q_sh = (int64_t)s->Sq * qrow; c->q_ss = qrow; c->q_sb = c->q_sh * s->Hq;
    } else {
        c->q_sh = qrow; c->q_ss = qrow * s->Hq + pad; c->q_sb = c->q_ss * s->Sq;
    }
    const int64_t nq = c->q_sb * s->B;
    t->q = malloc(attnforge_format_bytes(c->qf, nq));
    tv_fill(r, c->qf, t->q, nq, s->qmag);

    /* K and V, contiguous or paged [blocks, P, Hkv, D] */
    for (int isv = 0; isv < 2; isv++) {
        const int D = isv ? v->dv : v->dk;
        const int64_t row = D + kvpad;
        int64_t sb, ss, sh, n;
        if (s->page) {
            const int nblk_per = (s->Skv + s->page - 1) / s->page;
            const int nblocks = nblk_per * s->B + 2;
            sh = row; ss = row * s->Hkv; sb = ss * s->page;
            n = sb * nblocks;
        } else if (s->layout == 1) {
            ss = row; sh = row * s->Skv; sb = sh * s->Hkv; n = sb * s->B;
        } else {
            sh = row; ss = row * s->Hkv + kvpad; sb = ss * s->Skv; n = sb * s->B;
        }
        void *buf = malloc(attnforge_format_bytes(kvf, n));
        tv_fill(r, kvf, buf, n, 1.0f);
        if (isv) { t->v = buf; c->v = buf; c->v_sb = sb; c->v_ss = ss; c->v_sh = sh; }
        else { t->k = buf; c->k = buf; c->k_sb = sb; c->k_ss = ss; c->k_sh = sh; }
    }
    c->q = t->q;
    if (s->page) {
        const int nblk_per = (s->Skv + s->page - 1) / s->page;
        const int nblocks = nblk_per * s->B + 2;
        c->bt_stride = nblk_per + 1;
        t->bt = malloc(sizeof(int32_t) * (size_t)(c->bt_stride * s->B));
        int32_t *perm = malloc(sizeof(int32_t) * (size_t)nblocks);
        for (int i = 0; i < nblocks; i++) perm[i] = i;
        for (int i = nblocks - 1; i > 0; i--) {
            int j = tv_int(r, 0, i);
            int32_t x = perm[i]; perm[i] = perm[j]; perm[j] = x;
        }
        for (int b = 0; b < s->B; b++) {
            for (int p = 0; p < nblk_per; p++) t->bt[b * c->bt_stride + p] = perm[b * nblk_per + p];
            t->bt[b * c->bt_stride + nblk_per] = -12345; /* never read */
        }
        free(perm);
        c->block_table = t->bt;
        c->page_size = s->page;
    }

    c->scale = (float)(1.0 / sqrt((double)v->dk));
    c->softcap = s->softcap;
    if (s->alibi) {
        t->slopes = malloc(sizeof(float) * (size_t)s->Hq);
        for (int h = 0; h < s->Hq; h++) t->slopes[h] = tv_uniform(r, 0.001f, 0.1f);
        c->slopes = t->slopes;
    }
    if (s->mask) {
        const int64_t sj = s->mask_sj2 ? 2 : 1;
        const int64_t si = (int64_t)s->Skv * sj;
        const int64_t sh = s->mask_bcast ? 0 : si * s->Sq;
        const int64_t sb = s->mask_bcast ? 0 : sh * s->Hq;
        const int64_t n = s->mask_bcast ? si * s->Sq : sb * s->B;
        t->mask = malloc(attnforge_format_bytes(c->mf, n));
        for (int64_t e = 0; e < n; e++) {
            const int64_t qi = (e / si) % s->Sq, kj = (e % si) / sj;
            const int beyond = s->mask_tri && kj > qi + s->Skv - s->Sq;
            tv_store(c->mf, t->mask, e,
                     beyond || tv_unit(r) < 0.15 ? -INFINITY : tv_uniform(r, -2.0f, 2.0f));
        }
        c->mask = t->mask;
        c->m_sb = sb; c->m_sh = sh; c->m_si = si; c->m_sj = sj;
        if (s->mask_scale) {
            t->mscales = malloc(sizeof(float) * (size_t)s->Hq);
            for (int h = 0; h < s->Hq; h++) t->mscales[h] = tv_uniform(r, 0.05f, 4.0f);
            c->mscales = t->mscales;
        }
    }
    c->causal = s->causal;
    c->win_left = s->win_left;
    c->win_right = s->win_right;
    t->kv_len = malloc(sizeof(int32_t) * (size_t)s->B);
    t->q_offset = malloc(sizeof(int32_t) * (size_t)s->B);
    for (int b = 0; b < s->B; b++) {
        t->kv_len[b] = s->kv_short ? tv_int(r, 0, s->Skv) : s->Skv;
        if (s->qoff_mode == 0) t->q_offset[b] = t->kv_len[b] - s->Sq;
        else if (s->qoff_mode == 1) t->q_offset[b] = tv_int(r, 0, s->Skv);
        else t->q_offset[b] = -tv_int(r, 1, s->Sq + 2);
    }
    c->kv_len = t->kv_len;
    c->q_offset = t->q_offset;
}

/* ---- running and comparing ------------------------------------------------ */

typedef struct tv_out {
    float *m, *l, *acc;
    int64_t stride;
} tv_out;

/* The largest af_tile.scratch any variant asks for (af_variant.prefill_scratch). */
static size_t tv_scratch_bytes(void)
{
    size_t n = 64;
    for (size_t i = 0; i < TV_COUNT; i++)
        if ((size_t)tv_list[i].prefill_scratch > n) n = (size_t)tv_list[i].prefill_scratch;
    return (n + 63) & ~(size_t)63;
}

static void tv_run(af_kernel_fn fn, const af_call *c, af_tile t, tv_out *o, int rows)
{
    o->stride = c->Dv + 5; /* acc_stride > Dv on purpose */
    o->m = malloc(sizeof(float) * (size_t)rows);
    o->l = malloc(sizeof(float) * (size_t)rows);
    o->acc = malloc(sizeof(float) * (size_t)(rows * o->stride));
    for (int r = 0; r < rows; r++) { o->m[r] = 12345.0f; o->l[r] = -1.0f; }
    for (int64_t i = 0; i < rows * o->stride; i++) o->acc[i] = NAN;
    t.m = o->m; t.l = o->l; t.acc = o->acc; t.acc_stride = o->stride;
    /* the worker's scratch, as the planner hands it (64-byte aligned),
     * poisoned: a kernel must not read what it did not write there */
    const size_t sb = tv_scratch_bytes();
    t.scratch = aligned_alloc(64, sb);
    cr_assert(t.scratch, "scratch of %zu bytes", sb);
    memset(t.scratch, 0xff, sb);
    fn(c, &t);
    free(t.scratch);
}

static void tv_out_free(tv_out *o) { free(o->m); free(o->l); free(o->acc); }

/* 0 when they agree; else prints the first difference. */
static int tv_compare(const char *what, const af_call *c, const af_tile *t, const tv_out *g,
                      const tv_out *ref, int rows, double tol)
{
    for (int r = 0; r < rows; r++) {
        const float *ag = g->acc + r * g->stride, *ar = ref->acc + r * ref->stride;
        const int empty_ref = ref->m[r] == -INFINITY, empty_g = g->m[r] == -INFINITY;
        if (empty_ref || empty_g) {
            int ok = empty_ref && empty_g && g->l[r] == 0.0f;
            for (int d = 0; ok && d < c->Dv; d++) ok = ag[d] == 0.0f;
            if (!ok) {
                cr_log_error("%s: row %d: empty-row mismatch (m %g vs generic %g, l %g)", what, r,
                             g->m[r], ref->m[r], g->l[r]);
                return 1;
            }
            continue;
        }
        double maxo = 0.0, err = 0.0;
        for (int d = 0; d < c->Dv; d++) {
            const double orf = ar[d] / (double)ref->l[r], og = ag[d] / (double)g->l[r];
            if (fabs(orf) > maxo) maxo = fabs(orf);
            if (!(fabs(og - orf) <= err)) err = fabs(og - orf); /* NaN sticks */
        }
        const double lse_r = ref->m[r] + log((double)ref->l[r]), lse_g = g->m[r] + log((double)g->l[r]);
        const double lse_err = fabs(lse_g - lse_r);
        if (!(err <= tol * maxo + 1e-30) || !(lse_err <= tol * fmax(1.0, fabs(lse_r)))) {
            cr_log_error("%s: row %d of %d (tile b=%d kvh=%d h0=%d nh=%d i0=%d ni=%d j=[%d,%d)): "
                         "max |acc/l| err %.3g (rel %.3g, tol %.1g), lse %g vs %g",
                         what, r, rows, t->b, t->kvh, t->h0, t->nh, t->i0, t->ni, t->j0, t->j1, err,
                         maxo > 0 ? err / maxo : err, tol, lse_g, lse_r);
            return 1;
        }
    }
    return 0;
}

static double tv_worst; /* largest relative acc/l error seen (reported) */

static void tv_track(const af_call *c, const tv_out *g, const tv_out *ref, int rows)
{
    for (int r = 0; r < rows; r++) {
        if (ref->m[r] == -INFINITY || g->m[r] == -INFINITY) continue;
        double maxo = 0.0, err = 0.0;
        for (int d = 0; d < c->Dv; d++) {
            const double orf = ref->acc[r * ref->stride + d] / (double)ref->l[r];
            const double og = g->acc[r * g->stride + d] / (double)g->l[r];
            if (fabs(orf) > maxo) maxo = fabs(orf);
            if (fabs(og - orf) > err) err = fabs(og - orf);
        }
        if (maxo > 0 && err / maxo > tv_worst) tv_worst = err / maxo;
    }
}

/* Runs decode and prefill of v and the generic kernel on one tile. */
static int tv_tile(const af_variant *v, const af_call *c, af_tile t, const char *label)
{
    const int rows = t.nh * t.ni;
    tv_out ref, dec, pre;
    tv_run(attnforge_generic_kernel, c, t, &ref, rows);
    tv_run(v->decode, c, t, &dec, rows);
    tv_run(v->prefill, c, t, &pre, rows);
    char what[256];
    snprintf(what, sizeof what, "%s [%s]", v->decode_name, label);
    int bad = tv_compare(what, c, &t, &dec, &ref, rows, TV_TOL);
    snprintf(what, sizeof what, "%s [%s]", v->prefill_name, label);
    bad |= tv_compare(what, c, &t, &pre, &ref, rows, TV_TOL);
    tv_track(c, &dec, &ref, rows);
    tv_track(c, &pre, &ref, rows);
    tv_out_free(&ref); tv_out_free(&dec); tv_out_free(&pre);
    return bad;
}

/* The decode kernel and the generic one on a tile over several KV heads
 * (prefill tiles always have one). */
static int tv_tile_decode(const af_variant *v, const af_call *c, af_tile t, const char *label)
{
    const int rows = t.nh * t.ni;
    tv_out ref, dec;
    tv_run(attnforge_generic_kernel, c, t, &ref, rows);
    tv_run(v->decode, c, t, &dec, rows);
    char what[256];
    snprintf(what, sizeof what, "%s [%s, KV heads %d..%d in one tile]", v->decode_name, label, t.kvh,
             t.kvh + t.nkv - 1);
    int bad = tv_compare(what, c, &t, &dec, &ref, rows, TV_TOL);
    tv_track(c, &dec, &ref, rows);
    /* With one query per head (decode proper), each row comes out bit for
     * bit as in a one-head tile: every row sees the same first key, so the
     * key blocks start at the same place (runtime/plan.c). With several
     * queries a row chunk's union of key ranges sets the block boundaries,
     * and the last bits may differ: not checked. */
    for (int32_t g = 0; t.ni == 1 && g < t.nkv && !bad; g++) {
        af_tile t1 = t;
        t1.kvh = t.kvh + g; t1.nkv = 1;
        t1.h0 = t1.kvh * c->group; t1.nh = c->group;
        const int rows1 = t1.nh * t1.ni;
        tv_out one;
        tv_run(v->decode, c, t1, &one, rows1);
        for (int r = 0; r < rows1 && !bad; r++) {
            const int rw = g * rows1 + r; /* the same row in the wide tile */
            bad = memcmp(&one.m[r], &dec.m[rw], sizeof(float)) != 0 ||
                  memcmp(&one.l[r], &dec.l[rw], sizeof(float)) != 0 ||
                  memcmp(one.acc + r * one.stride, dec.acc + rw * dec.stride, sizeof(float) * (size_t)c->Dv) != 0;
            if (bad) cr_log_error("%s: row %d of KV head %d differs from a one-head tile's", what, r, t1.kvh);
        }
        tv_out_free(&one);
    }
    tv_out_free(&ref); tv_out_free(&dec);
    return bad;
}

static void tv_describe(const tv_shape *s, char *buf, size_t n)
{
    snprintf(buf, n,
             "B=%d Sq=%d Skv=%d Hq=%d Hkv=%d layout=%d page=%d softcap=%g alibi=%d mask=%d%s%s%s "
             "causal=%d win=(%d,%d) kv_short=%d qoff=%d q=%s mask=%s scales=%s",
             s->B, s->Sq, s->Skv, s->Hq, s->Hkv, s->layout, s->page, s->softcap, s->alibi, s->mask,
             s->mask_bcast ? "(bcast)" : "", s->mask_sj2 ? "(sj=2)" : "",
             s->mask_tri ? (s->mask_scale ? "(tri, scaled)" : "(tri)") : s->mask_scale ? "(scaled)" : "",
             s->causal, s->win_left,
             s->win_right, s->kv_short, s->qoff_mode, attnforge_format_name(s->qf),
             s->mask_f16 ? "f16" : "f32", s->per_head_scales ? "per-head" : "tensor");
}

static tv_shape tv_plain(int Sq, int Skv, int Hq, int Hkv)
{
    tv_shape s;
    memset(&s, 0, sizeof s);
    s.B = 1; s.Sq = Sq; s.Skv = Skv; s.Hq = Hq; s.Hkv = Hkv;
    s.qmag = 2.0f; s.win_left = -1; s.win_right = -1;
    s.qf = ATTNFORGE_FORMAT_F32;
    return s;
}

/* Whole-range tile of (b, kvh) with every head of the group and every query,
 * plus (if split) a tile over a key sub-range with a sub-range of heads/queries. */
static int tv_case_run(const af_variant *v, const tv_shape *s, tv_rng *r, int split)
{
    tv_case tc;
    tv_case_build(&tc, v, s, r);
    char label[256];
    tv_describe(s, label, sizeof label);
    int bad = 0;
    for (int b = 0; b < s->B && !bad; b++) {
        const int kvh = tv_int(r, 0, s->Hkv - 1);
        af_tile t;
        memset(&t, 0, sizeof t);
        t.b = b; t.kvh = kvh;
        t.h0 = kvh * tc.c.group; t.nh = tc.c.group;
        t.i0 = 0; t.ni = s->Sq;
        t.j0 = 0; t.j1 = s->Skv;
        bad |= tv_tile(v, &tc.c, t, label);
        if (split && !bad) {
            const int hoff = tv_int(r, 0, tc.c.group - 1);
            t.h0 = kvh * tc.c.group + hoff;
            t.nh = tv_int(r, 1, tc.c.group - hoff);
            t.i0 = tv_int(r, 0, s->Sq - 1);
            t.ni = tv_int(r, 1, s->Sq - t.i0);
            t.j0 = tv_int(r, 0, s->Skv - 1);
            t.j1 = tv_int(r, t.j0, s->Skv);
            bad |= tv_tile(v, &tc.c, t, label);
        }
    }
    if (!bad && s->Hkv > 1) { /* a decode tile over several KV heads (the planner's long-context tiles) */
        const int nkv = tv_int(r, 2, s->Hkv);
        af_tile t;
        memset(&t, 0, sizeof t);
        t.b = tv_int(r, 0, s->B - 1);
        t.kvh = tv_int(r, 0, s->Hkv - nkv); t.nkv = nkv;
        t.h0 = t.kvh * tc.c.group; t.nh = nkv * tc.c.group;
        t.i0 = 0; t.ni = s->Sq;
        t.j0 = tv_int(r, 0, s->Skv - 1); t.j1 = s->Skv;
        bad |= tv_tile_decode(v, &tc.c, t, label);
    }
    tv_case_free(&tc);
    return bad;
}

static int tv_long(void)
{
    const char *s = getenv("ATTNFORGE_TEST_LONG");
    return s && *s && strcmp(s, "0") != 0;
}

/* ---- the parameterized test ----------------------------------------------- */

ParameterizedTestParameters(variants, agree_with_generic)
{
    return cr_make_param_array(int, tv_indices(), TV_COUNT);
}

ParameterizedTest(int *index, variants, agree_with_generic, .timeout = 600)
{
    const af_variant *v = &tv_list[*index];
    const char *why = tu_isa_unsupported(v->token);
    if (why) cr_skip_test("%s / %s: skipped, this CPU cannot run %s (%s)", v->decode_name,
                          v->prefill_name, v->token, why);
    tv_rng rng = { tv_seed() ^ ((uint64_t)v->dk << 32) ^ ((uint64_t)v->dv << 16) ^ (uint64_t)v->format };
    tv_next(&rng);
    int bad = 0;

    /* 1. key counts at, below and above every block size (8..64 keys, the
     *    register-block widths 2..16) with one and several rows. */
    static const int keys[] = { 1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 32, 33, 39, 40, 41,
                                47, 48, 49, 63, 64, 65, 80, 127, 128, 129, 200 };
    for (size_t i = 0; i < sizeof keys / sizeof keys[0] && !bad; i++) {
        tv_shape s = tv_plain(1, keys[i], 4, 1);
        bad |= tv_case_run(v, &s, &rng, 1);
        s = tv_plain(3, keys[i], 2, 2);
        s.causal = 1;
        bad |= tv_case_run(v, &s, &rng, 1);
    }
    /* 2. row counts around the row-chunk (8..64) and register-block (1..6) sizes,
     *    GQA groups 1..8 (decode blocks a group's rows in pairs and singles) */
    static const int rows[][2] = { { 1, 1 }, { 1, 2 }, { 3, 1 }, { 5, 1 }, { 1, 6 }, { 7, 1 },
                                   { 8, 1 }, { 9, 1 }, { 13, 1 }, { 4, 4 }, { 17, 1 },
                                   { 31, 1 }, { 33, 1 }, { 8, 4 }, { 63, 1 }, { 65, 1 },
                                   { 35, 2 }, { 70, 1 }, { 1, 3 }, { 2, 5 }, { 1, 7 },
                                   { 3, 3 } };
    for (size_t i = 0; i < sizeof rows / sizeof rows[0] && !bad; i++) {
        const int Sq = rows[i][0], group = rows[i][1];
        tv_shape s = tv_plain(Sq, 37 + (int)i * 5, group, 1);
        bad |= tv_case_run(v, &s, &rng, 1);
        s.causal = 1;
        bad |= tv_case_run(v, &s, &rng, 0);
    }
    /* 3. each feature on its own */
    for (int f = 0; f < 21 && !bad; f++) {
        tv_shape s = tv_plain(5, 70, 4, 2);
        s.B = 2;
        switch (f) {
        case 0: s.softcap = 5.0f; break;
        case 1: s.alibi = 1; break;
        case 2: s.mask = 1; break;
        case 3: s.mask = 1; s.mask_bcast = 1; break;
        case 4: s.mask = 1; s.mask_sj2 = 1; break;
        case 5: s.causal = 1; break;
        case 6: s.win_left = 9; s.win_right = 3; break;
        case 7: s.kv_short = 1; break;
        case 8: s.qoff_mode = 1; s.causal = 1; break;
        case 9: s.qoff_mode = 2; s.causal = 1; break;
        case 10: s.page = 5; break;
        case 11: s.layout = 1; break;
        case 12: s.mask = 1; s.mask_f16 = 1; break;
        case 13: s.qf = ATTNFORGE_FORMAT_F16; break;
        case 14: s.qf = ATTNFORGE_FORMAT_BF16; s.causal = 1; break;
        case 15: s.per_head_scales = 1; s.page = 4; break;
        case 16: s.mask = 1; s.mask_tri = 1; s.mask_f16 = 1; break;
        case 17: s.mask = 1; s.mask_tri = 1; s.Skv = 3; break; /* rows 0-1: every key -inf */
        case 18: s.mask = 1; s.mask_scale = 1; break;
        case 19: s.mask = 1; s.mask_tri = 1; s.mask_f16 = 1; s.mask_scale = 1; s.Sq = 70; break;
        case 20: s.Hq = 24; s.Hkv = 12; break; /* f32 rows over 1 KiB apart at every head dim: decode copies them */
        }
        bad |= tv_case_run(v, &s, &rng, 1);
    }
    /* 4. random combinations of everything */
    const int n_random = tv_long() ? 400 : 40;
    for (int it = 0; it < n_random && !bad; it++) {
        tv_shape s;
        memset(&s, 0, sizeof s);
        s.B = tv_int(&rng, 1, 2);
        s.Hkv = tv_int(&rng, 1, 2);
        s.Hq = s.Hkv * (int[]){ 1, 2, 4, 8 }[tv_int(&rng, 0, 3)];
        s.Sq = tv_int(&rng, 1, it % 4 == 0 ? 40 : 6);
        s.Skv = tv_int(&rng, 1, 150);
        s.layout = tv_int(&rng, 0, 2);
        s.page = tv_unit(&rng) < 0.35 ? (int[]){ 1, 3, 4, 7, 16 }[tv_int(&rng, 0, 4)] : 0;
        s.qmag = tv_uniform(&rng, 0.5f, 3.0f);
        s.softcap = tv_unit(&rng) < 0.3 ? tv_uniform(&rng, 1.0f, 10.0f) : 0.0f;
        s.alibi = tv_unit(&rng) < 0.3;
        s.mask = tv_unit(&rng) < 0.35;
        s.mask_bcast = s.mask && tv_unit(&rng) < 0.5;
        s.mask_sj2 = s.mask && tv_unit(&rng) < 0.3;
        s.causal = tv_unit(&rng) < 0.5;
        s.win_left = tv_unit(&rng) < 0.3 ? tv_int(&rng, 0, 40) : -1;
        s.win_right = tv_unit(&rng) < 0.2 ? tv_int(&rng, 0, 40) : -1;
        s.kv_short = tv_unit(&rng) < 0.4;
        s.qoff_mode = tv_unit(&rng) < 0.3 ? tv_int(&rng, 1, 2) : 0;
        s.qf = (attnforge_format)tv_int(&rng, ATTNFORGE_FORMAT_F32, ATTNFORGE_FORMAT_BF16);
        s.mask_f16 = s.mask && tv_unit(&rng) < 0.5;
        s.mask_tri = s.mask && tv_unit(&rng) < 0.4;
        s.per_head_scales = tv_unit(&rng) < 0.5;
        s.mask_scale = s.mask && tv_unit(&rng) < 0.3;
        bad |= tv_case_run(v, &s, &rng, 1);
    }
    cr_log_info("%s / %s: worst acc/l difference vs generic %.3g relative (tolerance %.1g)",
                v->decode_name, v->prefill_name, tv_worst, TV_TOL);
    cr_assert(!bad, "%s: generated kernels disagree with the generic kernel (see log)", v->decode_name);
}

/* A V row that is Inf/NaN at a key one row excludes must not reach that row
 * (SPEC: "they never leak into other rows"), in both kernels. */
ParameterizedTestParameters(variants, excluded_nonfinite_v)
{
    return cr_make_param_array(int, tv_indices(), TV_COUNT);
}

ParameterizedTest(int *index, variants, excluded_nonfinite_v, .timeout = 120)
{
    const af_variant *v = &tv_list[*index];
    const char *why = tu_isa_unsupported(v->token);
    if (why) cr_skip_test("%s: skipped, this CPU cannot run %s (%s)", v->decode_name, v->token, why);
    tv_rng rng = { tv_seed() + 77 };
    tv_next(&rng);
    /* causal prefill-shaped tile: row i sees keys <= i; poison V of the last key */
    tv_shape s = tv_plain(40, 40, 1, 1);
    s.causal = 1;
    tv_case tc;
    tv_case_build(&tc, v, &s, &rng);
    const int64_t off = af_kv_offset(&tc.c, 1, 0, 0, 39);
    tv_store_nonfinite(v->format, tc.v, off + 1, 0);
    tv_store_nonfinite(v->format, tc.v, off + 2, 1);
    af_tile t;
    memset(&t, 0, sizeof t);
    t.nh = 1; t.ni = 40; t.j1 = 40;
    const af_kernel_fn fns[2] = { v->decode, v->prefill };
    for (int f = 0; f < 2; f++) {
        tv_out o;
        tv_run(fns[f], &tc.c, t, &o, 40);
        for (int r = 0; r < 39; r++)
            for (int d = 0; d < v->dv; d++)
                cr_expect(isfinite(o.acc[r * o.stride + d]), "%s: row %d acc[%d] = %g leaked from an excluded key",
                          f ? v->prefill_name : v->decode_name, r, d, o.acc[r * o.stride + d]);
        tv_out_free(&o);
    }
    tv_case_free(&tc);
}

/* Every code of a cache format decodes to exactly SPEC's value in the
 * generated kernels: one visible key has weight p = 1 and l = 1, so the
 * kernel's acc is that key's V row as the kernel dequantized it, which must
 * equal kernel.h's scalar decoding bit for bit (fp8: all 256 codes, NaN and
 * Inf included, times the scale; q8_0: all 256 int8 codes; q4_0: all 16
 * nibbles, under scales of both signs). */
ParameterizedTestParameters(variants, every_code_exact)
{
    return cr_make_param_array(int, tv_indices(), TV_COUNT);
}

ParameterizedTest(int *index, variants, every_code_exact, .timeout = 60)
{
    const af_variant *v = &tv_list[*index];
    const attnforge_format f = v->format;
    if (!tu_format_is_block(f) && !tu_format_is_fp8(f)) cr_skip_test("%s: not a cache format", v->decode_name);
    const char *why = tu_isa_unsupported(v->token);
    if (why) cr_skip_test("%s: skipped, this CPU cannot run %s (%s)", v->decode_name, v->token, why);
    tv_rng rng = { tv_seed() + 99 };
    tv_next(&rng);
    tv_shape s = tv_plain(1, 1, 1, 1);
    s.qf = v->q_exact ? f : ATTNFORGE_FORMAT_F32;
    int checked = 0;
    for (int start = 0; start < 256; start += v->dv) {
        tv_case tc;
        tv_case_build(&tc, v, &s, &rng);
        unsigned char *vb = tc.v;
        float want[ATTNFORGE_MAX_HEAD_DIM];
        const float sc = af_kv_scale(&tc.c, 1, 0);
        if (tu_format_is_fp8(f)) {
            for (int d = 0; d < v->dv; d++) vb[d] = (unsigned char)((start + d) % 256);
        } else {
            const int64_t bytes = (int64_t)attnforge_format_bytes(f, 32);
            for (int b = 0; b < v->dv / 32; b++) {
                const uint16_t dh = af_f32_to_f16((b % 2 ? -1.0f : 1.0f) * tv_uniform(&rng, 0.01f, 2.0f));
                memcpy(vb + b * bytes, &dh, 2);
                for (int u = 2; u < bytes; u++) vb[b * bytes + u] = (unsigned char)((start + b * 32 + u) % 256);
            }
        }
        af_load_row(f, vb, 0, v->dv, sc, want);
        const af_kernel_fn fns[2] = { v->decode, v->prefill };
        for (int k = 0; k < 2; k++) {
            af_tile t;
            memset(&t, 0, sizeof t);
            t.nh = 1; t.ni = 1; t.j1 = 1;
            tv_out o;
            tv_run(fns[k], &tc.c, t, &o, 1);
            cr_assert(o.m[0] != -INFINITY && o.l[0] == 1.0f, "%s: one visible key must give l = 1",
                      k ? v->prefill_name : v->decode_name);
            for (int d = 0; d < v->dv; d++) {
                const float got = o.acc[d];
                cr_assert(isnan(want[d]) ? isnan(got) : got == want[d],
                          "%s: V element %d (code block from %d) is %a, SPEC's value %a",
                          k ? v->prefill_name : v->decode_name, d, start, got, want[d]);
                checked++;
            }
            tv_out_free(&o);
        }
        tv_case_free(&tc);
    }
    cr_assert(checked >= 2 * 256, "%s: only %d values checked", v->decode_name, checked);
}

/* A variant's row widener (runtime/plan.c packs a long prefill's K/V with
 * it, then runs the f32 kernel) gives exactly kernel.h's scalar decoding of
 * a K row (Dk) and a V row (Dv): random bit patterns for 16-bit and fp8
 * formats (NaN and Inf included; fp8 times a scale), random codes under
 * scales of both signs for block formats. f32 and q_exact variants have
 * none. */
ParameterizedTestParameters(variants, widen_rows_exact)
{
    return cr_make_param_array(int, tv_indices(), TV_COUNT);
}

ParameterizedTest(int *index, variants, widen_rows_exact, .timeout = 60)
{
    const af_variant *v = &tv_list[*index];
    const attnforge_format f = v->format;
    if (f == ATTNFORGE_FORMAT_F32 || v->q_exact) {
        cr_assert(v->widen == NULL, "%s: an f32 or q_exact variant has a row widener", v->decode_name);
        cr_skip_test("%s: rows are not widened", v->decode_name);
    }
    cr_assert(v->widen != NULL, "%s: no row widener", v->decode_name);
    const char *why = tu_isa_unsupported(v->token);
    if (why) cr_skip_test("%s: skipped, this CPU cannot run %s (%s)", v->decode_name, v->token, why);
    tv_rng rng = { tv_seed() + 123 };
    const float sc = tu_format_is_fp8(f) ? 1.75f : 1.0f;
    int checked = 0;
    for (int rep = 0; rep < 8; rep++)
        for (int is_v = 0; is_v < 2; is_v++) {
            const int D = is_v ? v->dv : v->dk;
            unsigned char row[4 * ATTNFORGE_MAX_HEAD_DIM];
            const int64_t bytes = (int64_t)attnforge_format_bytes(f, D);
            for (int64_t u = 0; u < bytes; u++) row[u] = (unsigned char)(tv_next(&rng) >> 24);
            if (tu_format_is_block(f)) { /* finite block scales, both signs */
                const int64_t bb = (int64_t)attnforge_format_bytes(f, 32);
                for (int b = 0; b < D / 32; b++) {
                    const uint16_t dh = af_f32_to_f16((b % 2 ? -1.0f : 1.0f) * tv_uniform(&rng, 0.01f, 2.0f));
                    memcpy(row + b * bb, &dh, 2);
                }
            }
            float want[ATTNFORGE_MAX_HEAD_DIM], got[ATTNFORGE_MAX_HEAD_DIM];
            af_load_row(f, row, 0, D, sc, want);
            for (int d = 0; d < D; d++) got[d] = -3.14159e30f; /* poison: no format decodes to it */
            v->widen(got, row, is_v, sc);
            for (int d = 0; d < D; d++) {
                cr_assert(isnan(want[d]) ? isnan(got[d]) : memcmp(&got[d], &want[d], sizeof(float)) == 0,
                          "%s: %s element %d widened to %a, SPEC's value %a", v->decode_name,
                          is_v ? "V" : "K", d, got[d], want[d]);
                checked++;
            }
        }
    cr_assert(checked == 8 * (v->dk + v->dv), "%s: %d values checked", v->decode_name, checked);
}

/* The same K/V bytes in a BSHD cache and in a BHSD one give bit for bit the
 * same partial states, decode and prefill. Where the rows of one KV head
 * follow each other (BHSD), the f32 kernels read them in place instead of
 * copying them into their L1 buffer (templates/prefill.c.in, decode.c.in):
 * the same values in the same order, so the same bits. */
static void tv_bhsd_copy(const af_call *c, int isv, void **out)
{
    const attnforge_format f = isv ? c->vf : c->kf;
    const int D = isv ? c->Dv : c->Dk;
    const int64_t ss = isv ? c->v_ss : c->k_ss, sh = isv ? c->v_sh : c->k_sh, sb = isv ? c->v_sb : c->k_sb;
    const size_t rb = attnforge_format_bytes(f, D);
    const unsigned char *src = isv ? c->v : c->k;
    unsigned char *dst = malloc(rb * (size_t)c->B * c->Hkv * c->Skv);
    for (int b = 0; b < c->B; b++)
        for (int h = 0; h < c->Hkv; h++)
            for (int j = 0; j < c->Skv; j++)
                memcpy(dst + (((size_t)b * c->Hkv + h) * c->Skv + j) * rb,
                       src + attnforge_format_bytes(f, b * sb + j * ss + h * sh), rb);
    *out = dst;
}

static int tv_same_bits(const char *what, const tv_out *a, const tv_out *b, int rows, int dv)
{
    for (int r = 0; r < rows; r++)
        if (memcmp(&a->m[r], &b->m[r], sizeof(float)) != 0 || memcmp(&a->l[r], &b->l[r], sizeof(float)) != 0 ||
            memcmp(a->acc + r * a->stride, b->acc + r * b->stride, sizeof(float) * (size_t)dv) != 0) {
            cr_log_error("%s: row %d differs between the BSHD and the BHSD cache", what, r);
            return 1;
        }
    return 0;
}

ParameterizedTestParameters(variants, bshd_bhsd_bitwise)
{
    return cr_make_param_array(int, tv_indices(), TV_COUNT);
}

ParameterizedTest(int *index, variants, bshd_bhsd_bitwise, .timeout = 120)
{
    const af_variant *v = &tv_list[*index];
    const char *why = tu_isa_unsupported(v->token);
    if (why) cr_skip_test("%s: skipped, this CPU cannot run %s (%s)", v->decode_name, v->token, why);
    tv_rng rng = { tv_seed() + 91 };
    tv_next(&rng);
    /* GQA (group 4), 70 rows (two prefill chunks), keys across several
     * blocks, causal; 2 KV heads (f32 decode reads BSHD rows up to 1 KiB
     * apart in place) and 12 (rows more than 1 KiB apart at every head dim:
     * decode copies them into its L1 buffer) */
    static const int shapes[][4] = { { 1, 150, 4, 2 }, { 70, 150, 4, 2 }, { 17, 61, 1, 2 }, { 1, 150, 4, 12 },
                                     { 3, 70, 2, 12 } }; /* Sq, Skv, group, Hkv */
    int bad = 0;
    for (size_t i = 0; i < sizeof shapes / sizeof shapes[0] && !bad; i++) {
        tv_shape s = tv_plain(shapes[i][0], shapes[i][1], shapes[i][3] * shapes[i][2], shapes[i][3]);
        s.causal = i > 0;
        tv_case tc;
        tv_case_build(&tc, v, &s, &rng);
        af_call c2 = tc.c;
        void *k2, *v2;
        tv_bhsd_copy(&tc.c, 0, &k2);
        tv_bhsd_copy(&tc.c, 1, &v2);
        c2.k = k2; c2.k_ss = c2.Dk; c2.k_sh = (int64_t)c2.Skv * c2.Dk; c2.k_sb = c2.k_sh * c2.Hkv;
        c2.v = v2; c2.v_ss = c2.Dv; c2.v_sh = (int64_t)c2.Skv * c2.Dv; c2.v_sb = c2.v_sh * c2.Hkv;
        char label[300];
        for (int kvh = 0; kvh < s.Hkv && kvh < 2 && !bad; kvh++) { /* 12 KV heads: the first two (same code) */
            af_tile t;
            memset(&t, 0, sizeof t);
            t.kvh = kvh; t.h0 = kvh * tc.c.group; t.nh = tc.c.group;
            t.ni = s.Sq; t.j1 = s.Skv;
            const int rows = t.nh * t.ni;
            for (int pre = 0; pre < 2 && !bad; pre++) {
                const af_kernel_fn fn = pre ? v->prefill : v->decode;
                tv_out a, b;
                tv_run(fn, &tc.c, t, &a, rows);
                tv_run(fn, &c2, t, &b, rows);
                snprintf(label, sizeof label, "%s, Sq %d Skv %d group %d, KV head %d",
                         pre ? v->prefill_name : v->decode_name, s.Sq, s.Skv, tc.c.group, kvh);
                bad |= tv_same_bits(label, &a, &b, rows, tc.c.Dv);
                tv_out_free(&a); tv_out_free(&b);
            }
        }
        if (!bad) { /* a decode tile over both KV heads */
            af_tile t;
            memset(&t, 0, sizeof t);
            t.nkv = 2; t.nh = 2 * tc.c.group; t.ni = s.Sq; t.j1 = s.Skv;
            tv_out a, b;
            tv_run(v->decode, &tc.c, t, &a, t.nh * t.ni);
            tv_run(v->decode, &c2, t, &b, t.nh * t.ni);
            snprintf(label, sizeof label, "%s, Sq %d Skv %d, both KV heads in one tile", v->decode_name, s.Sq, s.Skv);
            bad |= tv_same_bits(label, &a, &b, t.nh * t.ni, tc.c.Dv);
            tv_out_free(&a); tv_out_free(&b);
        }
        free(k2); free(v2);
        tv_case_free(&tc);
    }
    cr_assert(!bad, "%s: BSHD and BHSD caches give different bits (see log)", v->decode_name);
}
