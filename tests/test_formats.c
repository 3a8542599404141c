/*
 * Per-tensor storage formats (SPEC.md "Storage formats"): Q and O in f32, f16
 * or bf16, K and V independently in any of the seven formats (q8_0 and q4_0
 * as ggml blocks, fp8 e4m3 / e5m2 with per-tensor or per-head scales), an f32
 * or f16 mask. Every call is checked against the f64 reference (which
 * dequantizes from SPEC's definitions) with SPEC's accuracy rule; paged and
 * contiguous caches and every thread count must agree bitwise; malformed
 * calls get their own status and leave O untouched.
 *
 * K and V hold random codes (random int8 / nibbles under random block scales,
 * random fp8 codes), not quantized smooth data, so every code path of the
 * dequantization is exercised. gguf / ml_dtypes bit-compatibility is checked
 * separately (tests/python).
 */
#define _POSIX_C_SOURCE 200809L /* setenv */
#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attnforge.h"
#include "internal.h" /* attnforge_cpu_has, attnforge_isa_name */
#include "reference.h"
#include "testutil.h"

enum { GUARD = 64 };

static const attnforge_format KV_FORMATS[] = {
    ATTNFORGE_FORMAT_F32,  ATTNFORGE_FORMAT_F16,      ATTNFORGE_FORMAT_BF16,
    ATTNFORGE_FORMAT_Q8_0, ATTNFORGE_FORMAT_Q4_0,     ATTNFORGE_FORMAT_FP8_E4M3,
    ATTNFORGE_FORMAT_FP8_E5M2};
#define N_KV_FORMATS ((int)(sizeof KV_FORMATS / sizeof KV_FORMATS[0]))

/* ---- one call's buffers ------------------------------------------------------ */

typedef struct fspec {
    int32_t B, Sq, Skv, Hq, Hkv, Dk, Dv;
    attnforge_format qf, kf, vf, of, mf; /* mf: 0 = no mask */
    int causal, window, alibi, softcap, sinks, lse, kv_len;
    int per_head_scales;
    int32_t page; /* > 0: paged K/V */
    int bhsd;     /* K/V in [B, H, S, D] through strides */
} fspec;

typedef struct fcase {
    fspec s;
    attnforge_params p;
    unsigned char *q, *k, *v, *mask, *o_alloc;
    size_t o_bytes;
    float *lse, *slopes, *sinks, *kscales, *vscales;
    int32_t *kv_len, *table;
} fcase;

/* One element of an f32/f16/bf16 tensor (the test core's rounding). */
static void put_float(attnforge_format f, unsigned char *base, int64_t e, float x)
{
    tu_store((attnforge_dtype)((int)f - 1), base, e, x);
}

/* n elements (n a multiple of 32 for blocks) of random codes of format f:
 * the full int8 / nibble range under random block scales, every finite fp8 code. */
static void fill_codes(attnforge_format f, unsigned char *buf, int64_t n, tu_rng *r)
{
    switch (f) {
    case ATTNFORGE_FORMAT_Q8_0:
    case ATTNFORGE_FORMAT_Q4_0: {
        const int q8 = f == ATTNFORGE_FORMAT_Q8_0, bytes = q8 ? 34 : 18;
        for (int64_t b = 0; b < n / 32; b++) {
            unsigned char *blk = buf + b * bytes;
            /* |d| so that |element| stays near 1; q4_0's d is signed in ggml */
            double d = q8 ? tu_rng_range(r, 0.002, 0.012) : tu_rng_range(r, 0.04, 0.2);
            if (!q8 && tu_rng_chance(r, 0.5)) d = -d;
            const uint16_t dh = attnforge_f32_to_f16((float)d);
            memcpy(blk, &dh, 2);
            for (int k = 2; k < bytes; k++) blk[k] = (unsigned char)tu_rng_int(r, 0, 255);
        }
        break;
    }
    case ATTNFORGE_FORMAT_FP8_E4M3:
    case ATTNFORGE_FORMAT_FP8_E5M2:
        for (int64_t e = 0; e < n; e++) {
            int c;
            do c = tu_rng_int(r, 0, 255);
            while (f == ATTNFORGE_FORMAT_FP8_E4M3 ? (c & 0x7f) == 0x7f : (c & 0x7c) == 0x7c);
            buf[e] = (unsigned char)c;
        }
        break;
    default:
        for (int64_t e = 0; e < n; e++) put_float(f, buf, e, (float)tu_rng_nonzero(r, -1.0, 1.0));
    }
}

static unsigned char *xalloc(size_t n)
{
    unsigned char *p = malloc(n ? n : 1);
    cr_assert(p, "out of memory");
    return p;
}

/* O elements are poisoned with the test core's signaling NaN, which no
 * arithmetic produces, so "still poison" means "never written". */
static void poison(attnforge_format f, unsigned char *o, int64_t n)
{
    const attnforge_dtype dt = (attnforge_dtype)((int)f - 1);
    for (int64_t e = 0; e < n; e++) {
        const uint32_t bits = tu_poison_bits(dt);
        if (dt == ATTNFORGE_F32) memcpy(o + 4 * e, &bits, 4);
        else { const uint16_t h = (uint16_t)bits; memcpy(o + 2 * e, &h, 2); }
    }
}

static int is_poison(attnforge_format f, const unsigned char *o, int64_t e)
{
    const attnforge_dtype dt = (attnforge_dtype)((int)f - 1);
    return tu_bits(dt, o, e) == tu_poison_bits(dt);
}

/* Builds every buffer of a case from the spec and a seed. K and V are the
 * same logical data whether paged, BHSD or dense, so such cases must agree
 * bitwise. */
static void fcase_build(fcase *c, const fspec *s, uint64_t seed)
{
    memset(c, 0, sizeof *c);
    c->s = *s;
    tu_rng r;
    tu_rng_seed(&r, seed);
    const int64_t B = s->B, Sq = s->Sq, Skv = s->Skv, Hq = s->Hq, Hkv = s->Hkv;
    attnforge_params *p = &c->p;
    p->batch = s->B; p->seq_q = s->Sq; p->seq_kv = s->Skv; p->heads_q = s->Hq; p->heads_kv = s->Hkv;
    p->head_dim_k = s->Dk; p->head_dim_v = s->Dv;
    p->q_format = s->qf; p->k_format = s->kf; p->v_format = s->vf; p->o_format = s->of;

    const int64_t nq = B * Sq * Hq * s->Dk;
    c->q = xalloc(attnforge_format_bytes(s->qf, nq));
    for (int64_t e = 0; e < nq; e++) put_float(s->qf, c->q, e, (float)tu_rng_nonzero(&r, -1.0, 1.0));
    p->q = c->q;

    /* logical K and V, dense [B, Skv, Hkv, D] */
    const int64_t nk = B * Skv * Hkv * s->Dk, nv = B * Skv * Hkv * s->Dv;
    unsigned char *k = xalloc(attnforge_format_bytes(s->kf, nk));
    unsigned char *v = xalloc(attnforge_format_bytes(s->vf, nv));
    fill_codes(s->kf, k, nk, &r);
    fill_codes(s->vf, v, nv, &r);
    /* the byte offset of a row start (a multiple of 32 elements for blocks) */
#define ROWB(f, e) attnforge_format_bytes((f), (e))
    if (s->page > 0) {
        const int64_t P = s->page, per_seq = (Skv + P - 1) / P, nblk = B * per_seq + 3;
        c->table = malloc((size_t)(B * per_seq) * sizeof *c->table);
        /* a shuffled pool: block ids are a permutation, 3 blocks unused */
        int32_t *perm = malloc((size_t)nblk * sizeof *perm);
        for (int64_t x = 0; x < nblk; x++) perm[x] = (int32_t)x;
        for (int64_t x = nblk - 1; x > 0; x--) {
            const int32_t y = tu_rng_int(&r, 0, (int32_t)x), t = perm[x];
            perm[x] = perm[y];
            perm[y] = t;
        }
        for (int64_t x = 0; x < B * per_seq; x++) c->table[x] = perm[x];
        free(perm);
        c->k = xalloc(ROWB(s->kf, nblk * P * Hkv * s->Dk));
        c->v = xalloc(ROWB(s->vf, nblk * P * Hkv * s->Dv));
        memset(c->k, 0x7f, ROWB(s->kf, nblk * P * Hkv * s->Dk));
        memset(c->v, 0x7f, ROWB(s->vf, nblk * P * Hkv * s->Dv));
        for (int64_t b = 0; b < B; b++)
            for (int64_t j = 0; j < Skv; j++)
                for (int64_t h = 0; h < Hkv; h++) {
                    const int64_t blk = c->table[b * per_seq + j / P];
                    const int64_t dst = (blk * P + j % P) * Hkv + h, src = (b * Skv + j) * Hkv + h;
                    memcpy(c->k + ROWB(s->kf, dst * s->Dk), k + ROWB(s->kf, src * s->Dk), ROWB(s->kf, s->Dk));
                    memcpy(c->v + ROWB(s->vf, dst * s->Dv), v + ROWB(s->vf, src * s->Dv), ROWB(s->vf, s->Dv));
                }
        free(k);
        free(v);
        p->block_table = c->table;
        p->page_size = s->page;
        p->num_blocks = (int32_t)nblk;
    } else if (s->bhsd) {
        c->k = xalloc(ROWB(s->kf, nk));
        c->v = xalloc(ROWB(s->vf, nv));
        for (int64_t b = 0; b < B; b++)
            for (int64_t j = 0; j < Skv; j++)
                for (int64_t h = 0; h < Hkv; h++) {
                    const int64_t src = (b * Skv + j) * Hkv + h, dst = (b * Hkv + h) * Skv + j;
                    memcpy(c->k + ROWB(s->kf, dst * s->Dk), k + ROWB(s->kf, src * s->Dk), ROWB(s->kf, s->Dk));
                    memcpy(c->v + ROWB(s->vf, dst * s->Dv), v + ROWB(s->vf, src * s->Dv), ROWB(s->vf, s->Dv));
                }
        free(k);
        free(v);
        p->k_stride = (attnforge_strides){Hkv * Skv * s->Dk, s->Dk, Skv * s->Dk};
        p->v_stride = (attnforge_strides){Hkv * Skv * s->Dv, s->Dv, Skv * s->Dv};
    } else {
        c->k = k;
        c->v = v;
    }
#undef ROWB
    p->k = c->k;
    p->v = c->v;

    if (tu_format_is_fp8(s->kf) || tu_format_is_fp8(s->vf)) {
        if (s->per_head_scales) {
            c->kscales = malloc((size_t)Hkv * sizeof(float));
            c->vscales = malloc((size_t)Hkv * sizeof(float));
            for (int64_t h = 0; h < Hkv; h++) {
                c->kscales[h] = (float)tu_rng_range(&r, 0.5, 2.0) * (s->kf == ATTNFORGE_FORMAT_FP8_E5M2 ? 1e-4f : 4e-3f);
                c->vscales[h] = (float)tu_rng_range(&r, 0.5, 2.0) * (s->vf == ATTNFORGE_FORMAT_FP8_E5M2 ? 1e-4f : 4e-3f);
            }
            if (tu_format_is_fp8(s->kf)) p->k_scales = c->kscales;
            if (tu_format_is_fp8(s->vf)) p->v_scales = c->vscales;
        } else {
            if (tu_format_is_fp8(s->kf)) p->k_scale = s->kf == ATTNFORGE_FORMAT_FP8_E5M2 ? 1.5e-4f : 3e-3f;
            if (tu_format_is_fp8(s->vf)) p->v_scale = s->vf == ATTNFORGE_FORMAT_FP8_E5M2 ? 1e-4f : 5e-3f;
        }
    }

    if (s->mf) {
        const int64_t nm = Sq * Skv; /* [Sq, Skv], broadcast over b and h */
        c->mask = xalloc(attnforge_format_bytes(s->mf, nm));
        for (int64_t e = 0; e < nm; e++)
            put_float(s->mf, c->mask, e, tu_rng_chance(&r, 0.1) ? -INFINITY : (float)tu_rng_range(&r, -2.0, 0.0));
        p->mask = c->mask;
        p->mask_format = s->mf;
        p->mask_stride = (attnforge_mask_strides){0, 0, Skv, 1};
    }
    if (s->kv_len) {
        c->kv_len = malloc((size_t)B * sizeof(int32_t));
        for (int64_t b = 0; b < B; b++) c->kv_len[b] = tu_rng_int(&r, s->Sq > Skv ? 0 : (int32_t)Sq, (int32_t)Skv);
        p->kv_len = c->kv_len;
    }
    if (s->alibi) {
        c->slopes = malloc((size_t)Hq * sizeof(float));
        attnforge_alibi_slopes((int32_t)Hq, c->slopes);
        p->alibi_slopes = c->slopes;
    }
    if (s->sinks) {
        c->sinks = malloc((size_t)Hq * sizeof(float));
        for (int64_t h = 0; h < Hq; h++) c->sinks[h] = (float)tu_rng_range(&r, -2.0, 2.0);
        p->sinks = c->sinks;
    }
    if (s->lse) {
        c->lse = malloc((size_t)(B * Hq * Sq) * sizeof(float));
        p->lse = c->lse;
    }
    p->causal = s->causal;
    if (s->window) {
        p->sliding_window = 1;
        p->window_left = tu_rng_int(&r, 0, (int32_t)Skv);
        p->window_right = tu_rng_int(&r, -1, 3);
    }
    if (s->softcap) p->softcap = 5.0f;

    c->o_bytes = attnforge_format_bytes(s->of, B * Sq * Hq * s->Dv);
    c->o_alloc = xalloc(c->o_bytes + 2 * GUARD);
    memset(c->o_alloc, 0x5a, c->o_bytes + 2 * GUARD);
    p->o = c->o_alloc + GUARD;
}

static void fcase_free(fcase *c)
{
    free(c->q); free(c->k); free(c->v); free(c->mask); free(c->o_alloc);
    free(c->lse); free(c->slopes); free(c->sinks); free(c->kscales); free(c->vscales);
    free(c->kv_len); free(c->table);
}

static void fcase_describe(const fcase *c, char *buf, size_t n)
{
    const fspec *s = &c->s;
    snprintf(buf, n,
             "B=%d Sq=%d Skv=%d Hq=%d Hkv=%d Dk=%d Dv=%d q=%s k=%s v=%s o=%s mask=%s causal=%d "
             "window=%d alibi=%d softcap=%d sinks=%d kv_len=%d per_head_scales=%d page=%d bhsd=%d",
             s->B, s->Sq, s->Skv, s->Hq, s->Hkv, s->Dk, s->Dv, attnforge_format_name(s->qf),
             attnforge_format_name(s->kf), attnforge_format_name(s->vf), attnforge_format_name(s->of),
             s->mf ? attnforge_format_name(s->mf) : "none", s->causal, s->window, s->alibi, s->softcap,
             s->sinks, s->kv_len, s->per_head_scales, s->page, s->bhsd);
}

/* Poisons O (and LSE), runs the call. */
static attnforge_status fcase_run(fcase *c, attnforge_context *ctx)
{
    poison(c->s.of, (unsigned char *)c->p.o, c->s.B * c->s.Sq * c->s.Hq * c->s.Dv);
    if (c->lse)
        for (int64_t e = 0; e < (int64_t)c->s.B * c->s.Hq * c->s.Sq; e++) c->lse[e] = 12345.0f;
    return attnforge_attention(ctx, &c->p);
}

static double o_at(const fcase *c, int64_t e)
{
    return ref_load(c->s.of, c->p.o, e, 1.0);
}

/* Every O element written, guards untouched, each row within SPEC's bound:
 * |O - ref| <= ulp(ref in O's format) + r_abs (1e-5 + 2^-22 A); LSE within
 * 1e-5 max(1, |ref|) + 2^-22 A. */
static void fcase_check(const fcase *c)
{
    char desc[512];
    fcase_describe(c, desc, sizeof desc);
    for (int g = 0; g < GUARD; g++) {
        cr_assert_eq(c->o_alloc[g], 0x5a, "%s: O's front guard written", desc);
        cr_assert_eq(c->o_alloc[GUARD + c->o_bytes + (size_t)g], 0x5a, "%s: O's back guard written", desc);
    }
    const fspec *s = &c->s;
    const attnforge_dtype odt = (attnforge_dtype)((int)s->of - 1);
    double *ref = malloc((size_t)s->Dv * sizeof *ref);
    for (int32_t b = 0; b < s->B; b++)
        for (int32_t i = 0; i < s->Sq; i++)
            for (int32_t h = 0; h < s->Hq; h++) {
                double lse;
                ref_bound bd;
                cr_assert_eq(ref_row_bound(&c->p, b, h, i, ref, &lse, &bd), 0);
                const int64_t row = (((int64_t)b * s->Sq + i) * s->Hq + h) * s->Dv;
                for (int32_t d = 0; d < s->Dv; d++) {
                    cr_assert(!is_poison(s->of, c->p.o, row + d), "%s: O[%d,%d,%d,%d] never written", desc, b, i,
                              h, d);
                    const double got = o_at(c, row + d);
                    const double tol = tu_ulp(odt, ref[d]) + bd.r_abs * (1e-5 + ldexp(1.0, -22) * bd.A);
                    cr_assert(fabs(got - ref[d]) <= tol,
                              "%s: O[%d,%d,%d,%d] = %.9g, reference %.9g (|err| %.3g > tol %.3g; r_abs %.3g A %.3g)",
                              desc, b, i, h, d, got, ref[d], fabs(got - ref[d]), tol, bd.r_abs, bd.A);
                }
                if (c->lse) {
                    const double gl = c->lse[((int64_t)b * s->Hq + h) * s->Sq + i];
                    if (isinf(lse))
                        cr_assert(gl == lse, "%s: LSE[%d,%d,%d] = %g, reference %g", desc, b, h, i, gl, lse);
                    else
                        cr_assert(fabs(gl - lse) <= 1e-5 * fmax(1.0, fabs(lse)) + ldexp(1.0, -22) * bd.A,
                                  "%s: LSE[%d,%d,%d] = %.9g, reference %.9g", desc, b, h, i, gl, lse);
                }
            }
    free(ref);
}

static fspec random_spec(tu_rng *r, attnforge_format kf, attnforge_format vf)
{
    static const attnforge_format qo[] = {ATTNFORGE_FORMAT_F32, ATTNFORGE_FORMAT_F16, ATTNFORGE_FORMAT_BF16};
    static const int32_t dims[] = {32, 64, 96, 128};
    fspec s = {0};
    s.B = tu_rng_int(r, 1, 2);
    s.Sq = tu_rng_chance(r, 0.5) ? 1 : tu_rng_int(r, 2, 9);
    s.Skv = tu_rng_int(r, 1, 90);
    s.Hkv = tu_rng_int(r, 1, 2);
    s.Hq = s.Hkv * tu_rng_int(r, 1, 3);
    s.Dk = dims[tu_rng_int(r, 0, 3)];
    s.Dv = tu_rng_chance(r, 0.7) ? s.Dk : dims[tu_rng_int(r, 0, 3)];
    s.qf = qo[tu_rng_int(r, 0, 2)];
    s.of = qo[tu_rng_int(r, 0, 2)];
    s.kf = kf;
    s.vf = vf;
    s.mf = tu_rng_chance(r, 0.3) ? (tu_rng_chance(r, 0.5) ? ATTNFORGE_FORMAT_F16 : ATTNFORGE_FORMAT_F32) : 0;
    s.causal = tu_rng_chance(r, 0.5);
    s.window = tu_rng_chance(r, 0.2);
    s.alibi = tu_rng_chance(r, 0.2);
    s.softcap = tu_rng_chance(r, 0.2);
    s.sinks = tu_rng_chance(r, 0.2);
    s.lse = tu_rng_chance(r, 0.5);
    s.kv_len = tu_rng_chance(r, 0.3);
    s.per_head_scales = tu_rng_chance(r, 0.5);
    s.page = tu_rng_chance(r, 0.3) ? tu_rng_int(r, 1, 16) : 0;
    s.bhsd = !s.page && tu_rng_chance(r, 0.3);
    return s;
}

/* Every (K format, V format) pair, with random Q/O formats, shapes and
 * features, against the reference. */
Test(formats, every_kv_pair_against_reference)
{
    tu_rng r;
    tu_rng_seed(&r, tu_seed(1301));
    const int reps = tu_pick(2, 8);
    for (int a = 0; a < N_KV_FORMATS; a++)
        for (int b = 0; b < N_KV_FORMATS; b++)
            for (int rep = 0; rep < reps; rep++) {
                fspec s = random_spec(&r, KV_FORMATS[a], KV_FORMATS[b]);
                fcase c;
                fcase_build(&c, &s, tu_rng_u64(&r));
                const attnforge_status st = fcase_run(&c, NULL);
                char desc[512];
                fcase_describe(&c, desc, sizeof desc);
                cr_assert_eq(st, ATTNFORGE_OK, "%s: %s", desc, attnforge_last_error());
                fcase_check(&c);
                fcase_free(&c);
            }
}

/* The AMX prefill of f32 and f16 (templates/prefill_amx_split.c.in, on CPUs
 * with AMX-BF16) splits each value into three bf16 terms; a Q chunk, K block
 * or V block holding a value the terms cannot carry (here infinities) takes a
 * plain f32 loop instead. Each case makes that value decide the result
 * without making O non-finite, so the f64 reference still checks every
 * element: K[j][d] = -inf against Q[.][d] > 0 excludes key j for every row
 * (its score is -inf); with V[j][x] = +inf too, an excluded weight (-0.0)
 * times that inf must not reach O; Q[r][d] = -inf against K[.][d] > 0
 * leaves row r no key (O 0, LSE -inf). Without the fallbacks the split gives
 * NaN. Short and long prefills (the long one packs K/V per call, f16 widened
 * to f32; at D 256 it runs the narrow kernel). On other CPUs the same calls check the SPEC semantics of the
 * kernels that run (under qemu at D 64 only). */
Test(formats, prefill_values_the_split_cannot_carry, .timeout = 300)
{
    const attnforge_format fmts[] = {ATTNFORGE_FORMAT_F32, ATTNFORGE_FORMAT_F16};
    int amx = 0;
    /* Under an emulator (no AMX there) D 64 only: the D 256 calls' f64
     * reference took 80 % of this test's 440 s under qemu-aarch64, checking
     * the same NEON code paths at a wider D. */
    const int nf = getenv("ATTNFORGE_TEST_EMULATED") ? 2 : 4;
    for (int f = 0; f < nf; f++) /* D 64, then D 256 (whose long f16 call runs the narrow kernel) */
        for (int longer = 0; longer < 2; longer++)
            for (int kase = 0; kase < 3; kase++) {
                const int32_t Sq = longer ? 130 : 96, Skv = longer ? 1100 : 96, Hq = 4, Hkv = 2, D = f < 2 ? 64 : 256;
                fspec s = {.B = 1, .Sq = Sq, .Skv = Skv, .Hq = Hq, .Hkv = Hkv, .Dk = D, .Dv = D,
                           .qf = ATTNFORGE_FORMAT_F32, .kf = fmts[f % 2], .vf = fmts[f % 2], .of = ATTNFORGE_FORMAT_F32,
                           .causal = longer, .lse = 1};
                fcase c;
                fcase_build(&c, &s, tu_seed(1400 + (uint64_t)(f * 6 + longer * 3 + kase)));
                const int32_t j0 = Skv / 3 + 5, d0 = 5, x0 = 11, r0 = Sq - 7, h0 = 1;
                if (kase < 2) {
                    for (int64_t i = 0; i < Sq; i++)
                        for (int64_t h = 0; h < Hq; h++) put_float(s.qf, c.q, (i * Hq + h) * D + d0, 0.5f);
                    for (int64_t h = 0; h < Hkv; h++) {
                        put_float(s.kf, c.k, ((int64_t)j0 * Hkv + h) * D + d0, -INFINITY);
                        if (kase == 1) put_float(s.vf, c.v, ((int64_t)j0 * Hkv + h) * D + x0, INFINITY);
                    }
                } else {
                    for (int64_t j = 0; j < Skv; j++)
                        for (int64_t h = 0; h < Hkv; h++) put_float(s.kf, c.k, (j * Hkv + h) * D + d0, 0.5f);
                    put_float(s.qf, c.q, ((int64_t)r0 * Hq + h0) * D + d0, -INFINITY);
                }
                char desc[512];
                fcase_describe(&c, desc, sizeof desc);
                cr_assert_eq(fcase_run(&c, NULL), ATTNFORGE_OK, "%s: %s", desc, attnforge_last_error());
                amx += strstr(attnforge_last_kernel(), "__avx512amx") != NULL;
                fcase_check(&c);
                if (kase == 2) { /* the row with no key: its LSE is -inf, and fcase_check holds O to 0 */
                    const float l = c.lse[(int64_t)h0 * Sq + r0];
                    cr_assert(isinf(l) && l < 0, "%s: LSE of the row without keys is %g", desc, l);
                }
                fcase_free(&c);
            }
    if (!amx) cr_log_info("no AMX kernel on this CPU: the calls checked the kernels that ran");
}

/* bf16 Q and K: vdpbf16ps, AMX tiles and BFDOT treat a denormal operand as
 * zero, so a denormal Q element against an infinite K element would score
 * NaN (the reference: -inf, an excluded key), and a denormal against a huge
 * value (2^-127 x 2^126 = 0.5) would lose its product. Three calls per
 * case on each ISA this CPU runs a bf16 dot product on (the default, and
 * AVX512-BF16 / BFDOT where present): a decode, a short prefill and a long
 * one (K/V packed per call); each within SPEC's bound of the reference,
 * beside a call with an ordinary Q (case -1). (The kernel's name is the
 * dot-product variant's either way: the handoff is per tile, inside it.)
 * Cases: 0, Q[r0, h0, d0] denormal against -inf in K[j1, d0] (the other
 * rows hold 0.5 there: key j1 is excluded for every row); 1, Q's d1
 * 2^126 in every row against a denormal K[j1, d1] (0 in the other keys);
 * 2, Q[r0, h0, d1] denormal against K[j1, d1] = 2^126 (0 elsewhere in Q's
 * and K's d1). (Found by the fuzzer, thirty-fourth session.) A call an
 * explicit ISA would run on the kernel the default picks (that ISA is the
 * CPU's best: AVX512-BF16 without AMX, BFDOT under qemu) was checked by the
 * default's pass and is not run again. */
Test(formats, bf16_denormal_products, .timeout = 300)
{
    const attnforge_isa isas[] = {ATTNFORGE_ISA_AUTO, ATTNFORGE_ISA_AVX512BF16, ATTNFORGE_ISA_NEONBF16};
    attnforge_context *auto_ctx;
    const attnforge_context_options ao = {.num_threads = 2};
    cr_assert_eq(attnforge_context_create(&auto_ctx, &ao), ATTNFORGE_OK);
    for (size_t a = 0; a < sizeof isas / sizeof isas[0]; a++) {
        if (isas[a] != ATTNFORGE_ISA_AUTO && !attnforge_cpu_has(isas[a])) continue;
        attnforge_context *ctx = auto_ctx;
        attnforge_context_options o = {.num_threads = 2, .isa = isas[a]};
        if (a > 0) cr_assert_eq(attnforge_context_create(&ctx, &o), ATTNFORGE_OK);
        for (int path = 0; path < 3; path++)
            for (int kase = -1; kase < 3; kase++) {
                const int32_t Sq = path == 0 ? 1 : path == 1 ? 40 : 130, Skv = path == 2 ? 1100 : 98;
                const int32_t Hq = 4, Hkv = 2, D = 64, d0 = 3, d1 = 17, j1 = Skv / 2 + 1, r0 = Sq - 1, h0 = 1;
                fspec s = {.B = 1, .Sq = Sq, .Skv = Skv, .Hq = Hq, .Hkv = Hkv, .Dk = D, .Dv = D,
                           .qf = ATTNFORGE_FORMAT_BF16, .kf = ATTNFORGE_FORMAT_BF16, .vf = ATTNFORGE_FORMAT_BF16,
                           .of = ATTNFORGE_FORMAT_F32, .causal = path == 2, .lse = 1};
                fcase c;
                fcase_build(&c, &s, tu_seed(1500 + (uint64_t)(path * 3 + kase)));
                const int64_t qr0 = ((int64_t)r0 * Hq + h0) * D;
                if (kase == -1) {
                    /* a control: Q as built (normal values), no fallback */
                } else if (kase == 0) {
                    for (int64_t e = 0; e < (int64_t)Sq * Hq; e++) put_float(s.qf, c.q, e * D + d0, 0.5f);
                    put_float(s.qf, c.q, qr0 + d0, 0x1p-130f);
                    for (int64_t h = 0; h < Hkv; h++) put_float(s.kf, c.k, ((int64_t)j1 * Hkv + h) * D + d0, -INFINITY);
                } else {
                    for (int64_t e = 0; e < (int64_t)Sq * Hq; e++) put_float(s.qf, c.q, e * D + d1, kase == 1 ? 0x1p126f : 0.0f);
                    for (int64_t e = 0; e < (int64_t)Skv * Hkv; e++) put_float(s.kf, c.k, e * D + d1, 0.0f);
                    for (int64_t h = 0; h < Hkv; h++)
                        put_float(s.kf, c.k, ((int64_t)j1 * Hkv + h) * D + d1, kase == 1 ? 0x1p-127f : 0x1p126f);
                    if (kase == 2) put_float(s.qf, c.q, qr0 + d1, 0x1p-127f);
                }
                char desc[512];
                fcase_describe(&c, desc, sizeof desc);
                if (ctx != auto_ctx) { /* the same kernel as the default's (its best ISA): checked above */
                    const char *ka = NULL, *kb = NULL;
                    cr_assert_eq(attnforge_kernel_for(auto_ctx, &c.p, &ka), ATTNFORGE_OK, "%s", desc);
                    cr_assert_eq(attnforge_kernel_for(ctx, &c.p, &kb), ATTNFORGE_OK, "%s", desc);
                    if (strcmp(ka, kb) == 0) {
                        fcase_free(&c);
                        continue;
                    }
                }
                cr_assert_eq(fcase_run(&c, ctx), ATTNFORGE_OK, "%s: %s", desc, attnforge_last_error());
                cr_log_info("bf16_denormal_products isa %s path %d case %d: %s", attnforge_isa_name(isas[a]), path,
                            kase, attnforge_last_kernel());
                fcase_check(&c);
                fcase_free(&c);
            }
        if (ctx != auto_ctx) attnforge_context_destroy(ctx);
    }
    attnforge_context_destroy(auto_ctx);
}

/* The configurations engines run: llama.cpp (Q f32, K/V q8_0 or q4_0, f16
 * mask, O f32), K q8_0 with V f16, vLLM fp8 with per-head scales, Q f32 with
 * K/V bf16 and O f16; each with every SPEC feature on. */
Test(formats, engine_configurations_every_feature)
{
    const struct { attnforge_format q, k, v, o, m; } cfg[] = {
        {ATTNFORGE_FORMAT_F32, ATTNFORGE_FORMAT_Q8_0, ATTNFORGE_FORMAT_Q8_0, ATTNFORGE_FORMAT_F32, ATTNFORGE_FORMAT_F16},
        {ATTNFORGE_FORMAT_F32, ATTNFORGE_FORMAT_Q4_0, ATTNFORGE_FORMAT_Q4_0, ATTNFORGE_FORMAT_F32, ATTNFORGE_FORMAT_F16},
        {ATTNFORGE_FORMAT_F32, ATTNFORGE_FORMAT_Q8_0, ATTNFORGE_FORMAT_F16, ATTNFORGE_FORMAT_F32, ATTNFORGE_FORMAT_F32},
        {ATTNFORGE_FORMAT_BF16, ATTNFORGE_FORMAT_FP8_E4M3, ATTNFORGE_FORMAT_FP8_E4M3, ATTNFORGE_FORMAT_BF16, ATTNFORGE_FORMAT_F32},
        {ATTNFORGE_FORMAT_F32, ATTNFORGE_FORMAT_BF16, ATTNFORGE_FORMAT_BF16, ATTNFORGE_FORMAT_F16, ATTNFORGE_FORMAT_F16},
        {ATTNFORGE_FORMAT_F16, ATTNFORGE_FORMAT_FP8_E5M2, ATTNFORGE_FORMAT_Q4_0, ATTNFORGE_FORMAT_F32, ATTNFORGE_FORMAT_F16},
    };
    for (size_t x = 0; x < sizeof cfg / sizeof cfg[0]; x++)
        for (int paged = 0; paged < 2; paged++) {
            fspec s = {.B = 2, .Sq = 3, .Skv = 77, .Hq = 8, .Hkv = 2, .Dk = 64, .Dv = 64,
                       .qf = cfg[x].q, .kf = cfg[x].k, .vf = cfg[x].v, .of = cfg[x].o, .mf = cfg[x].m,
                       .causal = 1, .window = 1, .alibi = 1, .softcap = 1, .sinks = 1, .lse = 1,
                       .kv_len = 1, .per_head_scales = 1, .page = paged ? 16 : 0};
            fcase c;
            fcase_build(&c, &s, tu_seed(1310 + x));
            const attnforge_status st = fcase_run(&c, NULL);
            cr_assert_eq(st, ATTNFORGE_OK, "%s", attnforge_last_error());
            fcase_check(&c);
            fcase_free(&c);
        }
}

/* Paged, BHSD and dense caches of the same data give bitwise the same O, and
 * so do 1, 2 and 3 threads. */
Test(formats, layouts_and_thread_counts_bitwise)
{
    attnforge_context *ctx[3];
    for (int t = 0; t < 3; t++) {
        attnforge_context_options o = {.num_threads = t + 1};
        cr_assert_eq(attnforge_context_create(&ctx[t], &o), ATTNFORGE_OK);
    }
    for (int a = 0; a < N_KV_FORMATS; a++) {
        const attnforge_format kf = KV_FORMATS[a], vf = KV_FORMATS[(a + 3) % N_KV_FORMATS];
        fspec s = {.B = 2, .Sq = 1, .Skv = 1500, .Hq = 4, .Hkv = 2, .Dk = 64, .Dv = 32,
                   .qf = ATTNFORGE_FORMAT_F32, .kf = kf, .vf = vf, .of = ATTNFORGE_FORMAT_F32, .causal = 1};
        fcase base;
        fcase_build(&base, &s, tu_seed(1320 + (uint64_t)a));
        cr_assert_eq(fcase_run(&base, ctx[0]), ATTNFORGE_OK, "%s", attnforge_last_error());
        for (int layout = 0; layout < 3; layout++)
            for (int t = 0; t < 3; t++) {
                fspec s2 = s;
                s2.page = layout == 1 ? 16 : 0;
                s2.bhsd = layout == 2;
                fcase c;
                fcase_build(&c, &s2, tu_seed(1320 + (uint64_t)a));
                cr_assert_eq(fcase_run(&c, ctx[t]), ATTNFORGE_OK, "%s", attnforge_last_error());
                cr_assert(memcmp(c.p.o, base.p.o, c.o_bytes) == 0,
                          "k=%s v=%s layout %d, %d thread(s): O differs bitwise from dense, 1 thread",
                          attnforge_format_name(kf), attnforge_format_name(vf), layout, t + 1);
                fcase_free(&c);
            }
        fcase_check(&base);
        fcase_free(&base);
    }
    for (int t = 0; t < 3; t++) attnforge_context_destroy(ctx[t]);
}

/* Decodes over more K/V than caches hold (at least 8 MiB: the f32, f16 and
 * bf16 decode kernels then spread their prefetches over the block's
 * arithmetic, templates/decode.c.in "The prefetch cursor"), GQA groups of
 * 3, every K/V format: against the reference, and bitwise the same in
 * dense, paged and BHSD caches and on 1 and 2 threads. Under emulation
 * (qemu) f16 and q8_0 only, dense and paged. */
Test(formats, long_decode_against_reference, .timeout = 600)
{
    const int emulated = getenv("ATTNFORGE_TEST_EMULATED") != NULL;
    attnforge_context *ctx[2];
    for (int t = 0; t < 2; t++) {
        attnforge_context_options o = {.num_threads = t + 1};
        cr_assert_eq(attnforge_context_create(&ctx[t], &o), ATTNFORGE_OK);
    }
    for (int a = 0; a < N_KV_FORMATS; a++) {
        const attnforge_format f = KV_FORMATS[a];
        if (emulated && f != ATTNFORGE_FORMAT_F16 && f != ATTNFORGE_FORMAT_Q8_0) continue;
        const int64_t row = attnforge_format_bytes(f, 128);
        /* K and V rows of both KV heads: just over 8 MiB, not a block multiple */
        const int32_t skv = (int32_t)((8 << 20) / (2 * 2 * row) + 45);
        fspec s = {.B = 1, .Sq = 1, .Skv = skv, .Hq = 6, .Hkv = 2, .Dk = 128, .Dv = 128,
                   .qf = ATTNFORGE_FORMAT_F32, .kf = f, .vf = f, .of = ATTNFORGE_FORMAT_F32, .causal = 1,
                   .lse = 1};
        fcase base;
        fcase_build(&base, &s, tu_seed(1340 + (uint64_t)a));
        cr_assert_eq(fcase_run(&base, ctx[0]), ATTNFORGE_OK, "%s", attnforge_last_error());
        fcase_check(&base);
        for (int layout = 0; layout < (emulated ? 2 : 3); layout++)
            for (int t = 0; t < 2; t++) {
                if (layout == 0 && t == 0) continue; /* the base */
                fspec s2 = s;
                s2.page = layout == 1 ? 32 : 0;
                s2.bhsd = layout == 2;
                fcase c;
                fcase_build(&c, &s2, tu_seed(1340 + (uint64_t)a));
                cr_assert_eq(fcase_run(&c, ctx[t]), ATTNFORGE_OK, "%s", attnforge_last_error());
                cr_assert(memcmp(c.p.o, base.p.o, c.o_bytes) == 0,
                          "%s, Skv %d, layout %d, %d thread(s): O differs bitwise from dense, 1 thread",
                          attnforge_format_name(f), (int)skv, layout, t + 1);
                fcase_free(&c);
            }
        fcase_free(&base);
    }
    for (int t = 0; t < 2; t++) attnforge_context_destroy(ctx[t]);
}

/* A context of n threads; pack 0 sets ATTNFORGE_KV_PACK=0 while it is
 * created (the context reads it then), pack 2 sets it to "copy" (no
 * widening). */
static attnforge_context *pack_ctx(int n, int pack)
{
    if (pack != 1) setenv("ATTNFORGE_KV_PACK", pack ? "copy" : "0", 1);
    attnforge_context *ctx = NULL;
    attnforge_context_options o = {.num_threads = n};
    cr_assert_eq(attnforge_context_create(&ctx, &o), ATTNFORGE_OK, "%s", attnforge_last_error());
    unsetenv("ATTNFORGE_KV_PACK");
    return ctx;
}

/* A variant that multiplies 16-bit Q and K directly (AVX512-BF16, Arm BFDOT
 * or FMLAL): its prefill keeps K 16-bit, so nothing is widened for it. */
static int hdot_kernel(const char *name)
{
    /* (the AMX ISA's f32 and f16 kernels widen, as avx512's do) */
    return strstr(name, "__avx512bf16") || (strstr(name, "__avx512amx") && strstr(name, "attnforge_bf16_")) ||
           strstr(name, "__neonbf16") || strstr(name, "__neonfhm");
}

/* K (is_v 0) or V of c widened to f32 element by element by the reference's
 * decoder, same layout: exact, fp8 times its tensor's or KV head's scale
 * too (at most 4 + 24 significant bits: exact in double, so rounded once to
 * f32 it is the kernels' f32 product). */
static unsigned char *widen_copy(const fcase *c, int is_v)
{
    const fspec *s = &c->s;
    const attnforge_format f = is_v ? s->vf : s->kf;
    const int64_t D = is_v ? s->Dv : s->Dk;
    const int64_t rows = s->page > 0 ? (int64_t)c->p.num_blocks * s->page : (int64_t)s->B * s->Skv;
    const int64_t n = rows * s->Hkv * D;
    const float *scales = is_v ? c->p.v_scales : c->p.k_scales;
    const float scale = is_v ? c->p.v_scale : c->p.k_scale;
    float *w = (float *)(void *)xalloc((size_t)n * sizeof(float));
    for (int64_t e = 0; e < n; e++) {
        /* the element's KV head: [.., Skv, Hkv, D] (BSHD, pages) or [B, Hkv, Skv, D] */
        const int64_t h = s->bhsd ? e / (s->Skv * D) % s->Hkv : e / D % s->Hkv;
        const double sc = !tu_format_is_fp8(f) ? 1.0 : scales ? scales[h] : scale;
        w[e] = (float)ref_load(f, is_v ? c->v : c->k, e, sc);
    }
    return (unsigned char *)w;
}

/* Long prefill calls pack K and V into the workspace first (runtime/plan.c,
 * "Packing"): an f32 K or V whose rows do not follow each other (dense BSHD,
 * paged) is copied as stored, and O and LSE are bitwise those of the same
 * call reading the caller's rows, at 1 and 2 threads: f32 K/V (the generated
 * kernels, which read the copy in place) plain and with every feature, and
 * f32 beside a block format (the generic kernel; the copy moves q8_0 / q4_0
 * blocks as they are). K and V of one other format, with a generated kernel
 * that widens them (not a 16-bit dot product), are widened to f32 in every
 * layout by that kernel's own row code and the f32 kernel runs (it must be
 * the one reported): bitwise the same again, since the two kernels differ
 * only in how a block's rows become f32. The workspace sizes show whether
 * the packing happened, so no comparison is vacuous (a call packs from 256
 * query rows per KV head and 1024 keys; ATTNFORGE_KV_PACK=copy must copy
 * exactly where the default does and never widen). K and V in different
 * formats (which no variant takes: the generic kernel runs unpacked) are
 * widened too, each by its own format's row code, and the f32 kernel runs:
 * bitwise the f32 call on K/V the caller widened (exactly, with the
 * reference's decoder). One layout of each pair is also checked against the
 * reference; BHSD only for f32 and f16 (the same packing code as BSHD,
 * through strides). Kept small: under qemu-aarch64 every generic run and
 * reference check here costs tens of seconds, so there
 * (ATTNFORGE_TEST_EMULATED) only BSHD runs, without the reference check: the
 * paged and BHSD gathers are portable C, run natively, a variant's row code
 * widens a row the same way whatever the layout, and the unpacked calls the
 * packed ones must equal bit for bit are test_variants's, checked against
 * the reference there (this suite's packing took 220 of the AArch64 stage's
 * emulated CPU seconds, two thirds of them in the reference check). */
static const struct { attnforge_format k, v; int feat; } pk_pairs[] = {
    {ATTNFORGE_FORMAT_F32, ATTNFORGE_FORMAT_F32, 0},  {ATTNFORGE_FORMAT_F32, ATTNFORGE_FORMAT_F32, 1},
    {ATTNFORGE_FORMAT_F32, ATTNFORGE_FORMAT_Q8_0, 1}, {ATTNFORGE_FORMAT_Q4_0, ATTNFORGE_FORMAT_F32, 1},
    {ATTNFORGE_FORMAT_Q8_0, ATTNFORGE_FORMAT_F16, 0},
    {ATTNFORGE_FORMAT_F16, ATTNFORGE_FORMAT_F16, 0},  {ATTNFORGE_FORMAT_BF16, ATTNFORGE_FORMAT_BF16, 1},
    {ATTNFORGE_FORMAT_BF16, ATTNFORGE_FORMAT_BF16, 0}, {ATTNFORGE_FORMAT_Q8_0, ATTNFORGE_FORMAT_Q8_0, 1},
    {ATTNFORGE_FORMAT_FP8_E4M3, ATTNFORGE_FORMAT_FP8_E4M3, 1},
};
#define PK_COUNT (sizeof pk_pairs / sizeof pk_pairs[0])

static int *pk_indices(void)
{
    static int idx[PK_COUNT];
    for (size_t i = 0; i < PK_COUNT; i++) idx[i] = (int)i;
    return idx;
}

/* One test per pair, so that the criterion shim's --shard spreads them
 * (tests/CMakeLists.txt runs this suite in shards under qemu). */
ParameterizedTestParameters(formats, prefill_kv_packing_bitwise)
{
    return cr_make_param_array(int, pk_indices(), PK_COUNT);
}

ParameterizedTest(int *index, formats, prefill_kv_packing_bitwise, .timeout = 600)
{
    const size_t x = (size_t)*index;
    const attnforge_format kf = pk_pairs[x].k, vf = pk_pairs[x].v;
    const int feat = pk_pairs[x].feat;
    attnforge_context *off = pack_ctx(1, 0), *on1 = pack_ctx(1, 1), *on2 = pack_ctx(2, 1);
    attnforge_context *copy_only = pack_ctx(1, 2);
    int widened = 0, mixed_widened = 0;
    const int emulated = getenv("ATTNFORGE_TEST_EMULATED") != NULL;
    for (int layout = 0; layout < (emulated ? 1 : 3); layout++) {
        if (layout == 2 && kf != ATTNFORGE_FORMAT_F32 && vf != ATTNFORGE_FORMAT_F32 &&
            kf != ATTNFORGE_FORMAT_F16)
            continue;
        if (layout > 0 && kf != vf && kf != ATTNFORGE_FORMAT_F32 && vf != ATTNFORGE_FORMAT_F32)
            continue; /* two wideners: BSHD only (the others take the generic kernel's time twice) */
        fspec s = {.B = 2, .Sq = 130, .Skv = 1100, .Hq = 4, .Hkv = 2, .Dk = 64, .Dv = 64,
                   .qf = ATTNFORGE_FORMAT_F32, .kf = kf, .vf = vf, .of = ATTNFORGE_FORMAT_F16,
                   .causal = 1, .lse = 1, .page = layout == 1 ? 16 : 0, .bhsd = layout == 2,
                   .per_head_scales = feat};
        if (feat) {
            s.mf = ATTNFORGE_FORMAT_F16;
            s.window = s.alibi = s.softcap = s.sinks = s.kv_len = 1;
            s.qf = ATTNFORGE_FORMAT_BF16;
        }
        fcase c;
        fcase_build(&c, &s, tu_seed(1330 + (uint64_t)(x * 3 + (size_t)layout)));
        if (feat) { /* long enough to pack: >= 1024 keys, the window wide */
            c.kv_len[0] = 1100;
            c.kv_len[1] = 1050;
            c.p.window_left = 1000;
        }
        char desc[512];
        fcase_describe(&c, desc, sizeof desc);
        size_t ws_off = 0, ws_on = 0, ws_copy = 0;
        cr_assert_eq(attnforge_workspace_size(off, &c.p, &ws_off), ATTNFORGE_OK, "%s", desc);
        cr_assert_eq(attnforge_workspace_size(on1, &c.p, &ws_on), ATTNFORGE_OK, "%s", desc);
        cr_assert_eq(attnforge_workspace_size(copy_only, &c.p, &ws_copy), ATTNFORGE_OK, "%s", desc);

        cr_assert_eq(fcase_run(&c, off), ATTNFORGE_OK, "%s: %s", desc, attnforge_last_error());
        char kernel_off[128];
        snprintf(kernel_off, sizeof kernel_off, "%s", attnforge_last_kernel());
        /* the expected bits: the call unpacked (replaced below for K and V
         * widened from two formats) */
        unsigned char *o_ref = malloc(c.o_bytes);
        float lse_ref[2 * 4 * 130];
        memcpy(o_ref, c.p.o, c.o_bytes);
        memcpy(lse_ref, c.lse, sizeof lse_ref);
        /* K and V in different formats: the generic kernel unpacked (off),
         * and with packing on both widened (generated kernels of both
         * formats and f32) */
        const int mixed = kf != vf;
        cr_assert_eq(fcase_run(&c, on1), ATTNFORGE_OK, "%s: %s", desc, attnforge_last_error());
        const int mixed_widen = mixed && strstr(attnforge_last_kernel(), "attnforge_f32_") != NULL;
        if (mixed)
            cr_assert(strcmp(kernel_off, "generic") == 0, "%s: K and V differ, yet %s ran", desc, kernel_off);
        /* widened: one format, not f32, a generated kernel that widens */
        const int widen = mixed_widen || (kf == vf && kf != ATTNFORGE_FORMAT_F32 &&
                                          strcmp(kernel_off, "generic") != 0 && !hdot_kernel(kernel_off));
        /* what ATTNFORGE_KV_PACK=copy packs: an f32 K or V whose rows do not
         * follow each other, and any such rows for a prefill that reads K rows
         * in place as AMX tile operands (bf16; GQA: this case's 4 query heads
         * on 2; the split AMX prefill of f32 and f16 splits every block it
         * reads instead) */
        const int copy = layout != 2 && (kf == ATTNFORGE_FORMAT_F32 || vf == ATTNFORGE_FORMAT_F32 ||
                                         (kf == ATTNFORGE_FORMAT_BF16 && strstr(kernel_off, "__avx512amx") != NULL));
        if (widen || copy)
            cr_assert_gt(ws_on, ws_off, "%s: K/V not packed (kernel %s)", desc, kernel_off);
        else
            cr_assert_eq(ws_on, ws_off, "%s: packed where nothing needs it (kernel %s)", desc, kernel_off);
        widened += widen;
        mixed_widened += mixed_widen;
        /* ATTNFORGE_KV_PACK=copy: the f32 copy only, never widening */
        if (mixed_widen)
            cr_assert(copy ? ws_copy > ws_off && ws_copy < ws_on : ws_copy == ws_off,
                      "%s: ATTNFORGE_KV_PACK=copy packed %s", desc, copy ? "wrongly" : "where only widening would");
        else
            cr_assert_eq(ws_copy, copy && !widen ? ws_on : ws_off, "%s: ATTNFORGE_KV_PACK=copy packed %s",
                         desc, copy && !widen ? "differently" : "where only widening would");

        /* K and V widened from two formats: the f32 call on the caller's
         * widened copies */
        if (mixed_widen) {
            unsigned char *kw = widen_copy(&c, 0), *vw = widen_copy(&c, 1);
            const attnforge_params saved = c.p;
            c.p.k = kw, c.p.v = vw;
            c.p.k_format = c.p.v_format = ATTNFORGE_FORMAT_F32;
            c.p.k_scale = c.p.v_scale = 0.0f;
            c.p.k_scales = c.p.v_scales = NULL;
            cr_assert_eq(fcase_run(&c, on1), ATTNFORGE_OK, "%s (f32 copies): %s", desc, attnforge_last_error());
            cr_assert(strstr(attnforge_last_kernel(), "attnforge_f32_") != NULL, "%s: %s", desc,
                      attnforge_last_kernel());
            c.p = saved;
            free(kw);
            free(vw);
            memcpy(o_ref, c.p.o, c.o_bytes);
            memcpy(lse_ref, c.lse, sizeof lse_ref);
        }
        attnforge_context *on[2] = {on1, on2};
        for (int t = 0; t < 2; t++) {
            cr_assert_eq(fcase_run(&c, on[t]), ATTNFORGE_OK, "%s: %s", desc, attnforge_last_error());
            if (widen)
                cr_assert(strstr(attnforge_last_kernel(), "attnforge_f32_") != NULL,
                          "%s: widened K/V ran %s, not an f32 kernel", desc, attnforge_last_kernel());
            cr_assert(memcmp(c.p.o, o_ref, c.o_bytes) == 0,
                      "%s, %d thread(s): O packed differs bitwise from O %s", desc, t + 1,
                      mixed_widen ? "of the f32 call on K/V widened by the caller" : "unpacked");
            cr_assert(memcmp(c.lse, lse_ref, sizeof lse_ref) == 0,
                      "%s, %d thread(s): LSE packed differs bitwise from LSE %s", desc, t + 1,
                      mixed_widen ? "of the f32 call on K/V widened by the caller" : "unpacked");
        }
        if (layout == 0 && !emulated) fcase_check(&c);
        free(o_ref);
        fcase_free(&c);
    }
    /* x86-64 and AArch64 builds have generated q8_0, q4_0 and f32 kernels:
     * their q8_0 K/V and every pair of two formats must have been widened */
#if defined(__x86_64__) || defined(__aarch64__)
    if (kf != vf)
        cr_assert_gt(mixed_widened, 0, "%s:%s: no call widened K and V of different formats",
                     attnforge_format_name(kf), attnforge_format_name(vf));
    else if (kf == ATTNFORGE_FORMAT_Q8_0)
        cr_assert_gt(widened, 0, "q8_0: no call widened its K/V");
#endif
    attnforge_context_destroy(off);
    attnforge_context_destroy(on1);
    attnforge_context_destroy(on2);
    attnforge_context_destroy(copy_only);
}

/* The f32 AMX prefill's narrow kernel (templates/prefill_amx_split.c.in:
 * for widened f16/bf16 K and V, without the tile products of their zero
 * third terms) gives bitwise the f32 kernel's result on the same values, and
 * the unpacked call's: per head dims that have one (Dk 256, Dk 192 / Dv 128),
 * K/V f16 with Q f32 and with Q f16, and f16 K with bf16 V (Q bf16), each
 * packed (1 and 2 threads) against the f32 call on K/V widened by the
 * caller and, for one format, the call unpacked; checked against the f64
 * reference too. On a CPU with AMX-BF16 the narrow kernel must have run. */
Test(formats, prefill_narrow_bitwise, .timeout = 600)
{
    if (getenv("ATTNFORGE_TEST_EMULATED")) return; /* no AMX under qemu */
    static const struct { int32_t dk, dv; attnforge_format q, k, v; } cases[] = {
        {256, 256, ATTNFORGE_FORMAT_F32, ATTNFORGE_FORMAT_F16, ATTNFORGE_FORMAT_F16},
        {256, 256, ATTNFORGE_FORMAT_F16, ATTNFORGE_FORMAT_F16, ATTNFORGE_FORMAT_F16},
        {192, 128, ATTNFORGE_FORMAT_F32, ATTNFORGE_FORMAT_F16, ATTNFORGE_FORMAT_F16},
        {192, 128, ATTNFORGE_FORMAT_BF16, ATTNFORGE_FORMAT_F16, ATTNFORGE_FORMAT_BF16},
    };
    attnforge_context *off = pack_ctx(1, 0), *on1 = pack_ctx(1, 1), *on2 = pack_ctx(2, 1);
    int narrow_ran = 0, amx = 0;
    for (size_t x = 0; x < sizeof cases / sizeof cases[0]; x++) {
        fspec s = {.B = 1, .Sq = 130, .Skv = 1100, .Hq = 4, .Hkv = 2, .Dk = cases[x].dk, .Dv = cases[x].dv,
                   .qf = cases[x].q, .kf = cases[x].k, .vf = cases[x].v, .of = ATTNFORGE_FORMAT_F32,
                   .causal = 1, .lse = 1};
        fcase c;
        fcase_build(&c, &s, tu_seed(1900 + (uint64_t)x));
        char desc[512];
        fcase_describe(&c, desc, sizeof desc);
        /* the expected bits: the f32 call (its full kernel) on the caller's widened K/V */
        unsigned char *kw = widen_copy(&c, 0), *vw = widen_copy(&c, 1);
        const attnforge_params saved = c.p;
        c.p.k = kw, c.p.v = vw;
        c.p.k_format = c.p.v_format = ATTNFORGE_FORMAT_F32;
        cr_assert_eq(fcase_run(&c, on1), ATTNFORGE_OK, "%s (f32 copies): %s", desc, attnforge_last_error());
        char full[128];
        snprintf(full, sizeof full, "%s", attnforge_last_kernel());
        amx += strstr(full, "__avx512amx") != NULL;
        c.p = saved;
        unsigned char *o_ref = malloc(c.o_bytes);
        float lse_ref[4 * 130];
        memcpy(o_ref, c.p.o, c.o_bytes);
        memcpy(lse_ref, c.lse, sizeof lse_ref);
        attnforge_context *ctx[3] = {on1, on2, off};
        for (int t = 0; t < (s.kf == s.vf ? 3 : 2); t++) {
            cr_assert_eq(fcase_run(&c, ctx[t]), ATTNFORGE_OK, "%s: %s", desc, attnforge_last_error());
            const char *k = attnforge_last_kernel();
            if (t == 0 && strstr(k, "_prefill_narrow__")) narrow_ran++;
            cr_assert(memcmp(c.p.o, o_ref, c.o_bytes) == 0 && memcmp(c.lse, lse_ref, sizeof lse_ref) == 0,
                      "%s: %s (%s) differs bitwise from %s on the widened K/V", desc, k,
                      t == 2 ? "unpacked" : t ? "packed, 2 threads" : "packed", full);
        }
        fcase_check(&c);
        free(o_ref);
        free(kw);
        free(vw);
        fcase_free(&c);
    }
    if (amx)
        cr_assert_eq(narrow_ran, amx, "the narrow kernel ran in %d of the %d cases whose f32 kernel is an AMX one",
                     narrow_ran, amx);
    else
        cr_log_info("no AMX kernel on this CPU: the calls checked the kernels that ran");
    attnforge_context_destroy(off);
    attnforge_context_destroy(on1);
    attnforge_context_destroy(on2);
}

/* attnforge_kernel_for names, without running it, the kernel the call then
 * runs (attnforge_last_kernel() after it): a one-format decode; K and V in
 * different formats decoded and prefilled (short and long), every time
 * widened to f32 (the f32 kernel); a long q8_0 prefill (widened, f32) and
 * the same call short by kv_len (q8_0's own kernel: only the full plan,
 * which reads kv_len, knows). It writes nothing (O and LSE keep their
 * poison) and fails bad calls as the call does. */
Test(formats, kernel_for_names_the_kernel_the_call_runs)
{
    /* expect: the name's start; "!f32" a generated kernel of K/V's own format */
    static const struct { attnforge_format k, v; int32_t Sq, Skv, kv_len; const char *expect; } cases[] = {
        {ATTNFORGE_FORMAT_F16, ATTNFORGE_FORMAT_F16, 1, 300, 0, "!f32"},
        {ATTNFORGE_FORMAT_Q8_0, ATTNFORGE_FORMAT_F16, 1, 300, 0, "attnforge_f32_"},
        {ATTNFORGE_FORMAT_Q8_0, ATTNFORGE_FORMAT_F16, 40, 64, 0, "attnforge_f32_"},
        {ATTNFORGE_FORMAT_F32, ATTNFORGE_FORMAT_Q8_0, 130, 1100, 0, "attnforge_f32_"},
        {ATTNFORGE_FORMAT_Q8_0, ATTNFORGE_FORMAT_Q8_0, 130, 1100, 0, "attnforge_f32_"},
        {ATTNFORGE_FORMAT_Q8_0, ATTNFORGE_FORMAT_Q8_0, 130, 1100, 600, "!f32"},
    };
    attnforge_context *ctx = pack_ctx(2, 1);
    for (size_t x = 0; x < sizeof cases / sizeof cases[0]; x++) {
        fspec s = {.B = 1, .Sq = cases[x].Sq, .Skv = cases[x].Skv, .Hq = 4, .Hkv = 2, .Dk = 64, .Dv = 64,
                   .qf = ATTNFORGE_FORMAT_F32, .kf = cases[x].k, .vf = cases[x].v, .of = ATTNFORGE_FORMAT_F32,
                   .causal = 1, .lse = 1, .kv_len = cases[x].kv_len > 0};
        fcase c;
        fcase_build(&c, &s, tu_seed(1390 + (uint64_t)x));
        if (cases[x].kv_len) c.kv_len[0] = cases[x].kv_len;
        char desc[512];
        fcase_describe(&c, desc, sizeof desc);
        /* poisoned as a call would find them: kernel_for must leave them so */
        fcase_run(&c, ctx);
        unsigned char *o_before = malloc(c.o_bytes);
        memcpy(o_before, c.p.o, c.o_bytes);
        const float lse0 = c.lse[0];
        const char *name = NULL;
        cr_assert_eq(attnforge_kernel_for(ctx, &c.p, &name), ATTNFORGE_OK, "%s: %s", desc, attnforge_last_error());
        cr_assert(name != NULL, "%s: no name", desc);
        cr_assert(memcmp(o_before, c.p.o, c.o_bytes) == 0 && c.lse[0] == lse0, "%s: kernel_for wrote O or LSE",
                  desc);
        cr_assert_eq(fcase_run(&c, ctx), ATTNFORGE_OK, "%s: %s", desc, attnforge_last_error());
        cr_assert(strcmp(name, attnforge_last_kernel()) == 0, "%s: kernel_for said %s, the call ran %s", desc, name,
                  attnforge_last_kernel());
        /* a generated kernel of K/V's format for the one-format case, else
         * what the case expects (x86-64 and AArch64 builds have f32 and q8_0
         * kernels at head dim 64) */
#if defined(__x86_64__) || defined(__aarch64__)
        if (cases[x].expect[0] != '!')
            cr_assert(strstr(name, cases[x].expect) == name, "%s: %s, expected %s...", desc, name, cases[x].expect);
        else
            cr_assert(strcmp(name, "generic") != 0 && strstr(name, "attnforge_f32_") != name,
                      "%s: %s, expected a kernel of K/V's format", desc, name);
#endif
        free(o_before);
        /* a bad call: the call's status, name untouched */
        attnforge_params bad = c.p;
        bad.head_dim_k = 0;
        const char *bad_name = "untouched";
        const attnforge_status st = attnforge_kernel_for(ctx, &bad, &bad_name);
        cr_assert_neq(st, ATTNFORGE_OK, "%s: head_dim_k 0 accepted", desc);
        cr_assert_eq(st, attnforge_attention(ctx, &bad), "%s: kernel_for and the call disagree on a bad call", desc);
        cr_assert(strcmp(bad_name, "untouched") == 0, "%s: bad call set a name", desc);
        fcase_free(&c);
    }
    const char *name = NULL;
    cr_assert_eq(attnforge_kernel_for(ctx, NULL, &name), ATTNFORGE_ERR_NULL_POINTER);
    attnforge_params none = {0};
    cr_assert_eq(attnforge_kernel_for(ctx, &none, NULL), ATTNFORGE_ERR_NULL_POINTER);
    attnforge_context_destroy(ctx);
}

/* Decode with K and V in different formats: no variant takes them, so each
 * task widens its rows to f32 (each by its own format's row code) into its
 * worker's scratch and the f32 decode kernel runs, where without packing
 * (ATTNFORGE_KV_PACK=0) the generic kernel does. The result must be bitwise
 * that of the f32 call on K/V the test widened itself (the same f32 kernel,
 * which gives the same bits through any strides), on 1 and 2 threads, and
 * within SPEC's bound; one and several query rows, a contiguous and a paged
 * cache, kv_len, per-head fp8 scales, and tiles over several KV heads (4 KV
 * heads, 9 chunks of keys: the planner puts all 4 in one tile, so a task
 * widens every head's rows of its chunk). */
Test(formats, mixed_formats_decode_widened)
{
    static const struct { attnforge_format k, v; } pairs[] = {
        {ATTNFORGE_FORMAT_Q8_0, ATTNFORGE_FORMAT_F16},
        {ATTNFORGE_FORMAT_F32, ATTNFORGE_FORMAT_Q4_0},
        {ATTNFORGE_FORMAT_BF16, ATTNFORGE_FORMAT_Q8_0},
        {ATTNFORGE_FORMAT_F16, ATTNFORGE_FORMAT_FP8_E4M3},
    };
    attnforge_context *off = pack_ctx(1, 0), *on1 = pack_ctx(1, 1), *on2 = pack_ctx(2, 1);
    int widened = 0;
    for (size_t x = 0; x < sizeof pairs / sizeof pairs[0]; x++)
        for (int variant = 0; variant < 6; variant++) {
            const int wide = variant >= 4; /* 4 KV heads, 4100 keys: one tile over all 4 */
            fspec s = {.B = 2, .Sq = variant & 1 ? 3 : 1, .Skv = wide ? 4100 : 700, .Hq = 8,
                       .Hkv = wide ? 4 : 2, .Dk = 64, .Dv = 64, .qf = ATTNFORGE_FORMAT_F32,
                       .kf = pairs[x].k, .vf = pairs[x].v, .of = ATTNFORGE_FORMAT_F32, .causal = 1,
                       .lse = 1, .page = variant == 2 || variant == 3 || variant == 5 ? 16 : 0,
                       .kv_len = variant == 3 || variant == 4, .per_head_scales = variant >= 3};
            fcase c;
            fcase_build(&c, &s, tu_seed(1500 + (uint64_t)(x * 6 + (size_t)variant)));
            char desc[512];
            fcase_describe(&c, desc, sizeof desc);
            size_t ws_off = 0, ws_on = 0;
            cr_assert_eq(attnforge_workspace_size(off, &c.p, &ws_off), ATTNFORGE_OK, "%s", desc);
            cr_assert_eq(attnforge_workspace_size(on1, &c.p, &ws_on), ATTNFORGE_OK, "%s", desc);
            /* unpacked, the generic kernel would run (asked, not run: its O is not this test's) */
            const char *unpacked = NULL;
            cr_assert_eq(attnforge_kernel_for(off, &c.p, &unpacked), ATTNFORGE_OK, "%s: %s", desc,
                         attnforge_last_error());
            cr_assert(strcmp(unpacked, "generic") == 0, "%s: unpacked, %s would run", desc, unpacked);
            cr_assert_eq(fcase_run(&c, on1), ATTNFORGE_OK, "%s: %s", desc, attnforge_last_error());
            if (strcmp(attnforge_last_kernel(), "generic") == 0) { /* no f32 kernel on this CPU */
                cr_assert_eq(ws_on, ws_off, "%s: packed for the generic kernel", desc);
                fcase_free(&c);
                continue;
            }
            cr_assert(strstr(attnforge_last_kernel(), "attnforge_f32_") != NULL &&
                          strstr(attnforge_last_kernel(), "_decode") != NULL,
                      "%s: widened K/V ran %s, not an f32 decode kernel", desc, attnforge_last_kernel());
            cr_assert_gt(ws_on, ws_off, "%s: K/V not packed", desc);
            widened++;
            fcase_check(&c);

            unsigned char *kw = widen_copy(&c, 0), *vw = widen_copy(&c, 1);
            const attnforge_params saved = c.p;
            c.p.k = kw, c.p.v = vw;
            c.p.k_format = c.p.v_format = ATTNFORGE_FORMAT_F32;
            c.p.k_scale = c.p.v_scale = 0.0f; /* the scales are in the widened values */
            c.p.k_scales = c.p.v_scales = NULL;
            cr_assert_eq(fcase_run(&c, on1), ATTNFORGE_OK, "%s (f32 copies): %s", desc, attnforge_last_error());
            c.p = saved;
            free(kw);
            free(vw);
            unsigned char *o_ref = malloc(c.o_bytes);
            float lse_ref[2 * 8 * 3];
            memcpy(o_ref, c.p.o, c.o_bytes);
            memcpy(lse_ref, c.lse, (size_t)(2 * 8 * s.Sq) * sizeof(float));
            attnforge_context *on[2] = {on1, on2};
            for (int t = 0; t < 2; t++) {
                cr_assert_eq(fcase_run(&c, on[t]), ATTNFORGE_OK, "%s: %s", desc, attnforge_last_error());
                cr_assert(memcmp(c.p.o, o_ref, c.o_bytes) == 0,
                          "%s, %d thread(s): O differs bitwise from the f32 call on K/V widened by the caller",
                          desc, t + 1);
                cr_assert(memcmp(c.lse, lse_ref, (size_t)(2 * 8 * s.Sq) * sizeof(float)) == 0,
                          "%s, %d thread(s): LSE differs bitwise from the f32 call's", desc, t + 1);
            }
            free(o_ref);
            fcase_free(&c);
        }
#if defined(__x86_64__) || defined(__aarch64__)
    cr_assert_gt(widened, 0, "no decode widened K and V of different formats");
#endif
    attnforge_context_destroy(off);
    attnforge_context_destroy(on1);
    attnforge_context_destroy(on2);
}

/* ---- validation ---------------------------------------------------------------- */

typedef void (*breaker)(attnforge_params *p, fcase *c);
static void bad_q_fmt(attnforge_params *p, fcase *c) { (void)c; p->q_format = ATTNFORGE_FORMAT_Q8_0; }
static void bad_o_fmt(attnforge_params *p, fcase *c) { (void)c; p->o_format = ATTNFORGE_FORMAT_FP8_E4M3; }
static void bad_k_fmt(attnforge_params *p, fcase *c) { (void)c; p->k_format = (attnforge_format)8; }
static void bad_v_fmt(attnforge_params *p, fcase *c) { (void)c; p->v_format = (attnforge_format)-1; }
static void bad_mask_fmt(attnforge_params *p, fcase *c) { (void)c; p->mask_format = ATTNFORGE_FORMAT_BF16; }
static void bad_block_dk(attnforge_params *p, fcase *c) { (void)c; p->head_dim_k = 48; }
static void bad_block_dv(attnforge_params *p, fcase *c) { (void)c; p->v_format = ATTNFORGE_FORMAT_Q4_0; p->v_scale = 0; p->head_dim_v = 40; }
static void bad_block_stride(attnforge_params *p, fcase *c)
{
    (void)c;
    p->k_stride = (attnforge_strides){0, (int64_t)p->heads_kv * 64 + 16, 64};
}
static void bad_scale_nan(attnforge_params *p, fcase *c) { (void)c; p->v_scale = NAN; }
static void bad_scale_neg(attnforge_params *p, fcase *c) { (void)c; p->v_scale = -1.0f; }
static void bad_scale_inf(attnforge_params *p, fcase *c) { (void)c; p->v_scale = INFINITY; }
static void bad_scale_both(attnforge_params *p, fcase *c) { p->v_scale = 1.0f; p->v_scales = c->vscales; }
static void bad_scales_zero(attnforge_params *p, fcase *c)
{
    c->vscales[1] = 0.0f;
    p->v_scale = 0.0f;
    p->v_scales = c->vscales;
}
static void bad_scale_not_fp8(attnforge_params *p, fcase *c) { (void)c; p->k_scale = 2.0f; }

/* Base call: Q f32, K q8_0, V fp8 e4m3 (per-tensor scale), O f32, f16 mask;
 * each rule breaks one thing and must get its own status with O untouched. */
Test(formats, validation_each_rule_its_status_o_untouched)
{
    const struct { const char *what; breaker fn; attnforge_status want; } rules[] = {
        {"quantized Q", bad_q_fmt, ATTNFORGE_ERR_FORMAT},
        {"fp8 O", bad_o_fmt, ATTNFORGE_ERR_FORMAT},
        {"K format out of range", bad_k_fmt, ATTNFORGE_ERR_FORMAT},
        {"V format negative", bad_v_fmt, ATTNFORGE_ERR_FORMAT},
        {"bf16 mask", bad_mask_fmt, ATTNFORGE_ERR_FORMAT},
        {"q8_0 K with Dk 48", bad_block_dk, ATTNFORGE_ERR_FORMAT},
        {"q4_0 V with Dv 40", bad_block_dv, ATTNFORGE_ERR_FORMAT},
        {"q8_0 K stride not a multiple of 32", bad_block_stride, ATTNFORGE_ERR_STRIDE},
        {"NaN fp8 scale", bad_scale_nan, ATTNFORGE_ERR_FORMAT},
        {"negative fp8 scale", bad_scale_neg, ATTNFORGE_ERR_FORMAT},
        {"infinite fp8 scale", bad_scale_inf, ATTNFORGE_ERR_FORMAT},
        {"both v_scale and v_scales", bad_scale_both, ATTNFORGE_ERR_FORMAT},
        {"a zero per-head scale", bad_scales_zero, ATTNFORGE_ERR_FORMAT},
        {"scale for a q8_0 K", bad_scale_not_fp8, ATTNFORGE_ERR_FORMAT},
    };
    for (size_t x = 0; x < sizeof rules / sizeof rules[0]; x++) {
        fspec s = {.B = 1, .Sq = 2, .Skv = 40, .Hq = 4, .Hkv = 2, .Dk = 64, .Dv = 64,
                   .qf = ATTNFORGE_FORMAT_F32, .kf = ATTNFORGE_FORMAT_Q8_0,
                   .vf = ATTNFORGE_FORMAT_FP8_E4M3, .of = ATTNFORGE_FORMAT_F32,
                   .mf = ATTNFORGE_FORMAT_F16, .lse = 1};
        fcase c;
        fcase_build(&c, &s, tu_seed(1330));
        c.vscales = malloc(2 * sizeof(float));
        c.vscales[0] = c.vscales[1] = 0.01f;
        cr_assert_eq(fcase_run(&c, NULL), ATTNFORGE_OK, "the base call must be valid: %s", attnforge_last_error());
        rules[x].fn(&c.p, &c);
        const attnforge_status st = fcase_run(&c, NULL);
        cr_assert_eq(st, rules[x].want, "%s: status %d (%s), want %d", rules[x].what, (int)st,
                     attnforge_last_error(), (int)rules[x].want);
        cr_assert(strlen(attnforge_last_error()) > 10, "%s: no readable message", rules[x].what);
        const int64_t n = (int64_t)s.B * s.Sq * s.Hq * s.Dv;
        for (int64_t e = 0; e < n; e++)
            cr_assert(is_poison(s.of, c.p.o, e), "%s: O[%lld] written by a rejected call", rules[x].what,
                      (long long)e);
        for (int64_t e = 0; e < (int64_t)s.B * s.Hq * s.Sq; e++)
            cr_assert(c.lse[e] == 12345.0f, "%s: LSE written by a rejected call", rules[x].what);
        fcase_free(&c);
    }
}

/* The byte extent of a block-format view is 34 (q8_0) or 18 (q4_0) bytes per
 * 32 elements: O right after the last K block is fine, O over its last bytes
 * is aliasing; O over a per-head scale array is aliasing too. */
Test(formats, byte_extents_and_aliasing)
{
    const attnforge_format fmts[] = {ATTNFORGE_FORMAT_Q8_0, ATTNFORGE_FORMAT_Q4_0, ATTNFORGE_FORMAT_FP8_E5M2};
    for (size_t x = 0; x < 3; x++) {
        const int32_t Skv = 4, Hkv = 1, D = 64; /* 8 blocks: a multiple of 4 bytes */
        const size_t kb = attnforge_format_bytes(fmts[x], (int64_t)Skv * Hkv * D);
        const size_t ob = (size_t)D * sizeof(float);
        unsigned char *buf = xalloc(kb + ob + 8);
        tu_rng r;
        tu_rng_seed(&r, tu_seed(1340));
        fill_codes(fmts[x], buf, (int64_t)Skv * Hkv * D, &r);
        float q[64];
        for (int d = 0; d < D; d++) q[d] = (float)tu_rng_nonzero(&r, -1.0, 1.0);
        /* V reads the same bytes as K */
        attnforge_params p = {.batch = 1, .seq_q = 1, .seq_kv = Skv, .heads_q = 1, .head_dim_k = D,
                              .q = q, .k = buf, .v = buf, .k_format = fmts[x], .v_format = fmts[x],
                              .o = buf + kb};
        cr_assert_eq(attnforge_attention(NULL, &p), ATTNFORGE_OK, "%s: O right after K: %s",
                     attnforge_format_name(fmts[x]), attnforge_last_error());
        p.o = buf + kb - 4;
        cr_assert_eq(attnforge_attention(NULL, &p), ATTNFORGE_ERR_ALIASING, "%s: O over K's last bytes",
                     attnforge_format_name(fmts[x]));
        free(buf);
    }
    float scales[2] = {0.5f, 0.25f};
    float q[64], o[64]; /* [1, 1, Hq = 2, 32] each */
    unsigned char kv[64];
    memset(kv, 0x30, sizeof kv);
    for (int d = 0; d < 64; d++) q[d] = 0.01f * (float)(d + 1);
    attnforge_params p = {.batch = 1, .seq_q = 1, .seq_kv = 1, .heads_q = 2, .heads_kv = 2, .head_dim_k = 32,
                          .q = q, .k = kv, .v = kv, .o = o, .k_format = ATTNFORGE_FORMAT_FP8_E4M3,
                          .v_format = ATTNFORGE_FORMAT_FP8_E4M3, .k_scales = scales, .v_scales = scales};
    cr_assert_eq(attnforge_attention(NULL, &p), ATTNFORGE_OK, "%s", attnforge_last_error());
    p.o = (float *)(void *)scales;
    cr_assert_eq(attnforge_attention(NULL, &p), ATTNFORGE_ERR_ALIASING);
    cr_assert(scales[0] == 0.5f && scales[1] == 0.25f);
}

/* ---- conversions --------------------------------------------------------------- */

/* Known codes from the OCP definitions, and encode(decode(c)) == c for every
 * code that is not NaN. */
Test(formats, fp8_codes)
{
    cr_assert_eq(attnforge_fp8_e4m3_to_f32(0x7e), 448.0f);
    cr_assert_eq(attnforge_fp8_e4m3_to_f32(0x08), 0x1p-6f);
    cr_assert_eq(attnforge_fp8_e4m3_to_f32(0x01), 0x1p-9f);
    cr_assert_eq(attnforge_fp8_e4m3_to_f32(0xb8), -1.0f);
    cr_assert(isnan(attnforge_fp8_e4m3_to_f32(0x7f)) && isnan(attnforge_fp8_e4m3_to_f32(0xff)));
    cr_assert(signbit(attnforge_fp8_e4m3_to_f32(0x80)) && attnforge_fp8_e4m3_to_f32(0x80) == 0.0f);
    cr_assert_eq(attnforge_fp8_e5m2_to_f32(0x7b), 57344.0f);
    cr_assert_eq(attnforge_fp8_e5m2_to_f32(0x04), 0x1p-14f);
    cr_assert_eq(attnforge_fp8_e5m2_to_f32(0x01), 0x1p-16f);
    cr_assert_eq(attnforge_fp8_e5m2_to_f32(0x3c), 1.0f);
    cr_assert(isinf(attnforge_fp8_e5m2_to_f32(0x7c)) && attnforge_fp8_e5m2_to_f32(0xfc) < 0);
    cr_assert(isnan(attnforge_fp8_e5m2_to_f32(0x7d)));
    for (int c = 0; c < 256; c++) {
        const float a = attnforge_fp8_e4m3_to_f32((uint8_t)c), b = attnforge_fp8_e5m2_to_f32((uint8_t)c);
        const unsigned char code = (unsigned char)c;
        const double ra = ref_load(ATTNFORGE_FORMAT_FP8_E4M3, &code, 0, 1.0);
        const double rb = ref_load(ATTNFORGE_FORMAT_FP8_E5M2, &code, 0, 1.0);
        cr_assert(isnan(ra) ? isnan(a) : (double)a == ra, "e4m3 %#x: %g, reference %g", c, a, ra);
        cr_assert(isnan(rb) ? isnan(b) : (double)b == rb, "e5m2 %#x: %g, reference %g", c, b, rb);
        if (!isnan(a)) cr_assert_eq(attnforge_f32_to_fp8_e4m3(a), c, "e4m3 %#x round trip", c);
        if (!isnan(b)) cr_assert_eq(attnforge_f32_to_fp8_e5m2(b), c, "e5m2 %#x round trip", c);
    }
    /* ties to even, overflow */
    cr_assert_eq(attnforge_f32_to_fp8_e4m3(464.0f), 0x7e, "464 is the 448/480 tie: even is 448");
    cr_assert(isnan(attnforge_fp8_e4m3_to_f32(attnforge_f32_to_fp8_e4m3(465.0f))));
    cr_assert(isnan(attnforge_fp8_e4m3_to_f32(attnforge_f32_to_fp8_e4m3(INFINITY))));
    cr_assert(isinf(attnforge_fp8_e5m2_to_f32(attnforge_f32_to_fp8_e5m2(61440.0f))));
    cr_assert_eq(attnforge_f32_to_fp8_e5m2(61439.0f), 0x7b);
    cr_assert_eq(attnforge_f32_to_fp8_e4m3(1.0625f), 0x38, "1 + 1/16 ties to 1 (even)");
    cr_assert_eq(attnforge_f32_to_fp8_e4m3(1.1875f), 0x3a, "1 + 3/16 ties to 1.25 (even)");
}

/* Round trips through the block quantizers stay within one step d of the
 * input (half a step where q4_0 does not clip), and the dequantizers agree
 * with the reference's reading of the blocks. */
Test(formats, block_round_trip)
{
    tu_rng r;
    tu_rng_seed(&r, tu_seed(1350));
    enum { N = 32 * 64 };
    float *x = malloc(N * sizeof(float)), *y = malloc(N * sizeof(float));
    unsigned char *blk = malloc(N / 32 * 34);
    for (int e = 0; e < N; e++) x[e] = (float)tu_rng_nonzero(&r, -3.0, 3.0) * (float)(1 + e / 256);
    for (int q8 = 0; q8 < 2; q8++) {
        const attnforge_format f = q8 ? ATTNFORGE_FORMAT_Q8_0 : ATTNFORGE_FORMAT_Q4_0;
        const int bytes = q8 ? 34 : 18;
        if (q8) {
            attnforge_quantize_q8_0(x, blk, N);
            attnforge_dequantize_q8_0(blk, y, N);
        } else {
            attnforge_quantize_q4_0(x, blk, N);
            attnforge_dequantize_q4_0(blk, y, N);
        }
        for (int e = 0; e < N; e++) {
            uint16_t dh;
            memcpy(&dh, blk + (e / 32) * bytes, 2);
            const double d = fabs((double)attnforge_f16_to_f32(dh));
            /* q is rounded against the f32 d, stored d is f16: up to 127
             * (q8_0) or 8 (q4_0) times d's rounding error on top */
            cr_assert(fabs((double)y[e] - x[e]) <= d * (q8 ? 0.5 + 127 * 0x1p-11 : 1.0 + 8 * 0x1p-11),
                      "%s element %d: %g -> %g (d %g)", attnforge_format_name(f), e, x[e], y[e], d);
            cr_assert_eq((double)y[e], ref_load(f, blk, e, 1.0), "%s element %d: library and reference disagree",
                         attnforge_format_name(f), e);
        }
    }
    free(x);
    free(y);
    free(blk);
}
