/*
 * libFuzzer harness for attnforge_attention().
 *
 * The input is a fixed-layout record (see the F_* field list below; missing
 * bytes read as 0, which always decodes to a small valid call) followed by
 * 4-byte patches that plant special values (NaN, +-inf, denormals, huge
 * numbers) in the inputs. From it the harness builds one call with every
 * input in its own exactly sized heap block (so AddressSanitizer sees any
 * stray read), NaN in every gap between a view's elements (so a stray read
 * that stays inside a block still shows up in O), and O and LSE surrounded by
 * poisoned guard bytes.
 *
 * A nonzero corruption byte then breaks exactly one rule of SPEC.md's
 * "Validation" (bad sizes, head dims, dtype, strides that overflow, kv_len,
 * page tables, NaN scale, a mask without strides, O or LSE overlapping an
 * input, a workspace too small, ...). The call must then return exactly the
 * status that rule names, with O, LSE (guards included) and every input
 * bitwise untouched.
 *
 * Otherwise the call must succeed and: leave every input and guard untouched,
 * write every element of O's view and nothing in its gaps, write LSE when
 * asked (and only then), match the f64 reference (tests/util/reference.c)
 * row by row, and match a second run on a context forced to
 * ATTNFORGE_ISA_GENERIC (bitwise when both ran the generic kernel, else
 * within 2e-6 relative for f32).
 *
 * Accuracy: SPEC's rule (per row, 1e-5 * max|ref|, plus one storage ulp for
 * f16/bf16) is applied as is to well-conditioned rows: every score and every
 * bias bounded by 16 in magnitude, no heavy cancellation in O. Rows outside
 * that (scores near 1e30, masks of -1e10 that swallow the score, ...) cannot
 * be held to 1e-5 by any f32 computation; they get SPEC's bound plus a
 * rigorous bound on what f32 scores can do (score error -> weight error ->
 * O error) and must in any case stay inside the convex hull of the visible V
 * rows. NaN must appear exactly where the reference has NaN, in every row.
 *
 * Set AF_FUZZ_SKIP_KNOWN=1 to steer clear of the library bugs this harness
 * found first (all fixed now; see README.md, "Robustness"), e.g. to bisect:
 * no NaN or infinity in Q, K, V, the mask or the slopes, and none of the
 * corruptions at and after C_FIRST_KNOWN.
 * Build with -DAF_FUZZ_STANDALONE for a plain main() that replays files
 * (valgrind, gcc, or a crash reproducer without libFuzzer).
 */
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attnforge.h"
#include "reference.h"

#define U32 (1.0 / 16777216.0) /* unit roundoff of f32 */
#define GUARD_BYTES 64
#define MAX_D 256
#define COST_BUDGET (1 << 21) /* B*Hq*Sq*Skv*(Dk+Dv) of one case */

/* ---- the record ------------------------------------------------------------ */
/* One byte a field (decoded in build(); fuzz/make_corpus.py writes them):
 * dtype %3; B 1..3; Sq and Skv small mostly, Skv up to 1118 (several decode
 * chunks); Hkv 1..4 and group 1..4 (bit 7: heads_kv passed as 0); Dk, Dv
 * 1..64 or a table up to 256 (Dv 0: the default); a layout code per tensor
 * (dense default, BSHD, BHSD, SBHD, padded, broadcast, overlapping rows,
 * batch-innermost); scale and softcap from tables; ALiBi kind; mask kind,
 * -inf density and layout bits; FL_* flags; window bounds; paging (>= 128:
 * page size, explicit strides, junk in unreached entries, shared blocks,
 * spare blocks); kv_len and q_offset patterns; value ranges; 8 seed bytes;
 * a corruption (>= 128) and two parameters. The whole case is cut down to
 * COST_BUDGET multiply-adds. */

enum {
    F_DTYPE, F_B, F_SQ, F_SKV, F_HKV, F_GROUP, F_DK, F_DV,
    F_LQ, F_LK, F_LV, F_LO,          /* layouts of Q, K, V, O */
    F_SCALE, F_SOFTCAP, F_ALIBI, F_MASK, F_MASKL,
    F_FLAGS,                         /* FL_* bits */
    F_WL, F_WR, F_PAGED, F_KVLEN, F_QOFF, F_AMP,
    F_SEED,                          /* 8 bytes */
    F_CORRUPT = F_SEED + 8, F_CP1, F_CP2,
    F_PATCH                          /* then 4 bytes a patch */
};

enum {
    FL_CAUSAL = 1, FL_WINDOW = 2, FL_LSE = 4, FL_SINKS = 8,
    FL_KVLEN = 16, FL_QOFF = 32, FL_WORKSPACE = 64, FL_SHARE_Q = 128
};

/* Corruptions: each breaks one rule and names the status it must get. */
enum {
    C_DTYPE, C_NULL, C_SIZE, C_RATIO, C_HEADDIM, C_SCALE, C_SOFTCAP, C_WINDOW,
    C_KVLEN, C_PAGE, C_NEGSTRIDE, C_OVERFLOW, C_OZERO, C_MASK, C_ALIAS_O,
    C_ALIAS_LSE, C_WORKSPACE,
    /* the ones below hit bugs found (and fixed) earlier; AF_FUZZ_SKIP_KNOWN skips them */
    C_OOVERLAP, C_ALIAS_BT, C_HUGE,
    C_COUNT
};
#define C_FIRST_KNOWN C_OOVERLAP

static unsigned rb(const uint8_t *d, size_t n, size_t i) { return i < n ? d[i] : 0u; }

/* ---- a small private RNG (splitmix64) --------------------------------------- */

typedef struct frng { uint64_t s; } frng;

static uint64_t fr_u64(frng *r)
{
    uint64_t z = (r->s += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}
static double fr_unit(frng *r) { return (double)(fr_u64(r) >> 11) * 0x1p-53; }
static double fr_range(frng *r, double lo, double hi) { return lo + (hi - lo) * fr_unit(r); }
static int64_t fr_int(frng *r, int64_t lo, int64_t hi) /* inclusive */
{
    return hi <= lo ? lo : lo + (int64_t)(fr_u64(r) % (uint64_t)(hi - lo + 1));
}

/* ---- buffers ------------------------------------------------------------------- */

static void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) {
        fprintf(stderr, "fuzz_attention: out of memory (%zu bytes)\n", n);
        abort();
    }
    return p;
}

static uint64_t fnv(const void *p, size_t n)
{
    const unsigned char *b = p;
    uint64_t h = 0xcbf29ce484222325ull;
    for (size_t k = 0; k < n; k++) h = (h ^ b[k]) * 0x100000001b3ull;
    return h;
}

static size_t esize(attnforge_dtype dt) { return dt == ATTNFORGE_F32 ? 4 : 2; }

static uint32_t poison_bits(attnforge_dtype dt)
{
    return dt == ATTNFORGE_F32 ? 0x7fa5a5a5u : dt == ATTNFORGE_F16 ? 0x7d5au : 0x7f95u;
}

static void put_bits(attnforge_dtype dt, void *base, int64_t off, uint32_t bits)
{
    if (dt == ATTNFORGE_F32)
        memcpy((char *)base + off * 4, &bits, 4);
    else
        ((uint16_t *)base)[off] = (uint16_t)bits;
}

static uint32_t get_bits(attnforge_dtype dt, const void *base, int64_t off)
{
    uint32_t u = 0;
    if (dt == ATTNFORGE_F32)
        memcpy(&u, (const char *)base + off * 4, 4);
    else
        u = ((const uint16_t *)base)[off];
    return u;
}

static void store(attnforge_dtype dt, void *base, int64_t off, double x)
{
    if (dt == ATTNFORGE_F32)
        ((float *)base)[off] = (float)x;
    else if (dt == ATTNFORGE_F16)
        ((uint16_t *)base)[off] = attnforge_f32_to_f16((float)x);
    else
        ((uint16_t *)base)[off] = attnforge_f32_to_bf16((float)x);
}

static double load(attnforge_dtype dt, const void *base, int64_t off)
{
    if (dt == ATTNFORGE_F32) return ((const float *)base)[off];
    if (dt == ATTNFORGE_F16) return ref_f16_to_f64(((const uint16_t *)base)[off]);
    return ref_bf16_to_f64(((const uint16_t *)base)[off]);
}

static double ulp_of(attnforge_dtype dt, double x)
{
    int mant = dt == ATTNFORGE_F16 ? 10 : dt == ATTNFORGE_BF16 ? 7 : 23;
    int emin = dt == ATTNFORGE_F16 ? -14 : -126, e;
    double a = fabs(x);
    if (!isfinite(a)) return INFINITY;
    if (a < ldexp(1.0, emin)) return ldexp(1.0, emin - mant);
    frexp(a, &e);
    return ldexp(1.0, e - 1 - mant);
}

/* A strided [n0, n1, n2, D] view in its own exactly sized block. */
typedef struct view {
    attnforge_dtype dt;
    int64_t n[3], st[3], D;
    int64_t extent; /* elements from element 0 to the last one, + 1 */
    void *data;     /* element 0 (== the block for inputs) */
    int dflt;       /* the params say all-zero strides (dense default) */
} view;

static int64_t view_off(const view *v, int64_t a, int64_t b, int64_t c)
{
    return a * v->st[0] + b * v->st[1] + c * v->st[2];
}

/* Chooses strides for a view by layout code; bcast allows the input-only
 * layouts (a zero stride, rows that overlap). */
static void pick_layout(view *v, unsigned code, int bcast, frng *r)
{
    const int64_t n0 = v->n[0], n1 = v->n[1], n2 = v->n[2], D = v->D;
    unsigned kind = code % 8;
    if (!bcast && (kind == 5 || kind == 6)) kind -= 4;
    int64_t *st = v->st;
    v->dflt = 0;
    switch (kind) {
    case 0: /* the dense default, left to the library */
        v->dflt = 1;
        /* fallthrough */
    case 1: st[2] = D; st[1] = n2 * D; st[0] = n1 * n2 * D; break;          /* BSHD */
    case 2: st[1] = D; st[2] = n1 * D; st[0] = n2 * n1 * D; break;          /* BHSD */
    case 3: st[2] = D; st[0] = n2 * D; st[1] = n0 * n2 * D; break;          /* SBHD */
    case 4: /* BSHD with gaps after D, H and S */
        st[2] = D + fr_int(r, 1, 3);
        st[1] = n2 * st[2] + fr_int(r, 0, 5);
        st[0] = n1 * st[1] + fr_int(r, 0, 9);
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
    v->extent = D;
    for (int k = 0; k < 3; k++) v->extent += (v->n[k] - 1) * st[k];
}

static attnforge_strides param_strides(const view *v)
{
    attnforge_strides s = {0, 0, 0};
    if (!v->dflt) {
        s.b = v->st[0];
        s.s = v->st[1];
        s.h = v->st[2];
    }
    return s;
}

/* ---- one case --------------------------------------------------------------------- */

typedef struct region { const void *p; size_t bytes; uint64_t hash; } region;

typedef struct fcase {
    attnforge_params p;
    attnforge_dtype dt;
    int32_t B, Sq, Skv, Hq, Hkv, Dk, Dv;
    int paged;
    int32_t P, nb;
    view q, k, v, o;
    /* O's block: GUARD_BYTES, extent elements, GUARD_BYTES */
    unsigned char *o_block, *o2_block, *lse_block, *lse2_block;
    size_t o_bytes, lse_bytes;
    float *mask, *slopes, *sinks;
    int64_t mask_elems;
    int64_t ms[4];
    int32_t *kv_len, *q_offset, *block_table;
    int64_t bt_len;
    void *ws, *ws2;
    region in[10];
    int n_in;
    int share_v; /* V is read out of Q's block: Q values obey V's limits */
    int expect; /* expected status */
    int corruption; /* -1: none */
    char why[160];
} fcase;

static int skip_known;
static attnforge_context *ctx_auto, *ctx_generic;

/* statistics (AF_FUZZ_STATS=1 prints them at exit) */
static unsigned long long st_valid, st_invalid, st_rows_strict, st_rows_loose, st_rows_nan,
    st_bitwise, st_close;

static void add_region(fcase *c, const void *p, size_t bytes)
{
    if (!p) return;
    c->in[c->n_in].p = p;
    c->in[c->n_in].bytes = bytes;
    c->n_in++;
}

static void hash_inputs(fcase *c)
{
    for (int r = 0; r < c->n_in; r++) c->in[r].hash = fnv(c->in[r].p, c->in[r].bytes);
}

static void describe(const fcase *c)
{
    const attnforge_params *p = &c->p;
    fprintf(stderr,
            "case: dtype=%d B=%d Sq=%d Skv=%d Hq=%d Hkv=%d(param %d) Dk=%d Dv=%d(param %d)\n"
            "  q_stride={%lld,%lld,%lld} k_stride={%lld,%lld,%lld} v_stride={%lld,%lld,%lld} "
            "o_stride={%lld,%lld,%lld}\n"
            "  scale=%a softcap=%a alibi=%s mask=%s{%lld,%lld,%lld,%lld} causal=%d window=%d(%d,%d)\n"
            "  kv_len=%s q_offset=%s sinks=%s lse=%s paged=%d(P=%d nb=%d bt_stride=%d) "
            "workspace=%s corruption=%d expect=%d\n",
            (int)p->dtype, p->batch, p->seq_q, p->seq_kv, p->heads_q, c->Hkv, p->heads_kv,
            p->head_dim_k, c->Dv, p->head_dim_v, (long long)p->q_stride.b,
            (long long)p->q_stride.s, (long long)p->q_stride.h, (long long)p->k_stride.b,
            (long long)p->k_stride.s, (long long)p->k_stride.h, (long long)p->v_stride.b,
            (long long)p->v_stride.s, (long long)p->v_stride.h, (long long)p->o_stride.b,
            (long long)p->o_stride.s, (long long)p->o_stride.h, (double)p->scale,
            (double)p->softcap, p->alibi_slopes ? "yes" : "no", p->mask ? "yes" : "no",
            (long long)p->mask_stride.b, (long long)p->mask_stride.h, (long long)p->mask_stride.i,
            (long long)p->mask_stride.j, p->causal, p->sliding_window, p->window_left,
            p->window_right, p->kv_len ? "yes" : "no", p->q_offset ? "yes" : "no",
            p->sinks ? "yes" : "no", p->lse ? "yes" : "no", c->paged, p->page_size,
            p->num_blocks, p->block_table_stride, p->workspace ? "caller" : "context",
            c->corruption, c->expect);
    if (p->kv_len || p->q_offset)
        for (int32_t b = 0; b < c->B && b < 3; b++)
            fprintf(stderr, "  b=%d kv_len=%d q_offset=%d\n", b, p->kv_len ? p->kv_len[b] : -1,
                    p->q_offset ? p->q_offset[b] : -1);
}

static void die(const fcase *c, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3), noreturn))
#endif
    ;

static void die(const fcase *c, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "\nfuzz_attention: FAILURE: ");
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\n  last error: \"%s\"\n", attnforge_last_error());
    describe(c);
    abort();
}

static void free_case(fcase *c)
{
    free(c->q.data);
    if (c->k.data != c->q.data) free(c->k.data);
    if (c->v.data != c->q.data) free(c->v.data);
    free(c->o_block);
    free(c->o2_block);
    free(c->lse_block);
    free(c->lse2_block);
    free(c->mask);
    free(c->slopes);
    free(c->sinks);
    free(c->kv_len);
    free(c->q_offset);
    free(c->block_table);
    free(c->ws);
    free(c->ws2);
}

/* Fills a view's block with quiet NaN (gaps) and its elements with values. */
static void fill_view(view *v, frng *r, double lo, double hi)
{
    const uint32_t nan_bits = v->dt == ATTNFORGE_F32 ? 0x7fc00000u
                              : v->dt == ATTNFORGE_F16 ? 0x7e00u : 0x7fc0u;
    for (int64_t e = 0; e < v->extent; e++) put_bits(v->dt, v->data, e, nan_bits);
    for (int64_t a = 0; a < v->n[0]; a++)
        for (int64_t b = 0; b < v->n[1]; b++)
            for (int64_t h = 0; h < v->n[2]; h++)
                for (int64_t d = 0; d < v->D; d++)
                    store(v->dt, v->data, view_off(v, a, b, h) + d, fr_range(r, lo, hi));
}

static void alloc_view(view *v, attnforge_dtype dt)
{
    v->dt = dt;
    v->data = xmalloc((size_t)v->extent * esize(dt));
}

/* O (or its twin for the generic run): poisoned block with guards. */
static unsigned char *alloc_out(size_t bytes, attnforge_dtype dt)
{
    unsigned char *b = xmalloc(bytes + 2 * GUARD_BYTES);
    size_t es = esize(dt);
    for (size_t e = 0; e < (bytes + 2 * GUARD_BYTES) / es; e++)
        put_bits(dt, b, (int64_t)e, poison_bits(dt));
    return b;
}

static int all_poison(const unsigned char *b, size_t bytes, attnforge_dtype dt)
{
    size_t es = esize(dt);
    for (size_t e = 0; e < (bytes + 2 * GUARD_BYTES) / es; e++)
        if (get_bits(dt, b, (int64_t)e) != poison_bits(dt)) return 0;
    return 1;
}

/* ---- decoding --------------------------------------------------------------------- */

static const int32_t dim_table[] = {16, 32, 64, 128, 80, 96, 8, 4, 1, 2, 3, 256, 24, 48, 128, 64};

static int32_t decode_dim(unsigned x)
{
    return x < 160 ? 1 + (int32_t)(x % 64) : dim_table[x % 16];
}

/* Kept small: every case runs the f64 reference and the library twice. */
static void fit_budget(fcase *c)
{
    for (;;) {
        double cost = (double)c->B * c->Hkv * (c->Hq / c->Hkv) * c->Sq * c->Skv * (c->Dk + c->Dv);
        if (cost <= COST_BUDGET) return;
        if (c->Sq > 1) c->Sq = (c->Sq + 1) / 2;
        else if (c->Skv > 1) c->Skv = (c->Skv + 1) / 2;
        else if (c->Hq > c->Hkv) c->Hq = c->Hkv;
        else if (c->Hkv > 1) c->Hq = c->Hkv = 1;
        else if (c->B > 1) c->B = 1;
        else { c->Dk = (c->Dk + 1) / 2; c->Dv = (c->Dv + 1) / 2; }
    }
}

static int32_t window_value(unsigned x, int32_t Skv, frng *r)
{
    switch (x % 8) {
    case 0: return -1;
    case 1: return 0;
    case 2: return 1;
    case 3: return 2;
    case 4: return Skv;
    case 5: return Skv - 1;
    case 6: return (int32_t)fr_int(r, 0, Skv + 2);
    default: return INT32_MAX;
    }
}

/* A special value for a patch of target t (0 Q, 1 K, 2 V, 3 mask, 4 slopes,
 * 5 sinks); in_score: the element also takes part in a score (V read out of
 * Q's block). */
static double special_value(int t, int in_score, unsigned code, attnforge_dtype dt, frng *r)
{
    const double big = dt == ATTNFORGE_F16 ? 65504.0 : 1e15;
    double x;
    switch (code % 16) {
    case 0: x = NAN; break;
    case 1: x = INFINITY; break;
    case 2: x = -INFINITY; break;
    case 3: x = 0.0; break;
    case 4: x = -0.0; break;
    case 5: x = dt == ATTNFORGE_F16 ? 5.9604644775390625e-08 : 1.401298464324817e-45; break;
    case 6: x = dt == ATTNFORGE_F16 ? 3e-5 : 1e-40; break;
    case 7: x = big; break;
    case 8: x = -big; break;
    case 9: x = 1.0; break;
    case 10: x = -1.0; break;
    case 11: x = 1e-7; break;
    case 12: x = t == 3 || t == 5 ? 1e30 : big; break;
    case 13: x = t == 3 || t == 5 ? -1e30 : -big; break;
    case 14: x = t == 3 ? -1e10 : 3.0; break;
    default: x = fr_range(r, -4.0, 4.0); break;
    }
    if (t == 2 && isinf(x)) x = code & 16 ? NAN : big; /* an infinite V is out of scope */
    if (t == 4 && fabs(x) > 1e4 && isfinite(x)) x = x > 0 ? 1e4 : -1e4;
    if (skip_known && (t == 0 || t == 1 || t == 4 || in_score) && !isfinite(x)) x = 1.0;
    if (skip_known && t == 3 && isnan(x)) x = -INFINITY;
    if (skip_known && t == 2 && isnan(x)) x = 1.0; /* NaN V under a zero weight */
    return x;
}

/* Builds the valid base call. */
static void build(fcase *c, const uint8_t *d, size_t n, frng *r)
{
    memset(c, 0, sizeof *c);
    c->corruption = -1;
    c->dt = (attnforge_dtype)(rb(d, n, F_DTYPE) % 3);
    c->B = 1 + (int32_t)(rb(d, n, F_B) % 3);
    unsigned x = rb(d, n, F_SQ);
    c->Sq = x < 128 ? 1 + (int32_t)(x % 8) : 1 + (int32_t)(x % 64);
    x = rb(d, n, F_SKV);
    c->Skv = x < 128 ? 1 + (int32_t)(x % 16) : x < 224 ? 1 + (int32_t)(x % 64)
                                                       : 64 + (int32_t)(x - 224) * 34;
    c->Hkv = 1 + (int32_t)(rb(d, n, F_HKV) % 4);
    unsigned g = rb(d, n, F_GROUP);
    c->Hq = c->Hkv * (1 + (int32_t)(g % 4));
    c->Dk = decode_dim(rb(d, n, F_DK));
    x = rb(d, n, F_DV);
    c->Dv = x == 0 ? c->Dk : decode_dim(x);
    fit_budget(c);
    const unsigned fl = rb(d, n, F_FLAGS);

    attnforge_params *p = &c->p;
    p->dtype = c->dt;
    p->batch = c->B;
    p->seq_q = c->Sq;
    p->seq_kv = c->Skv;
    p->heads_q = c->Hq;
    p->heads_kv = (c->Hq == c->Hkv && (g & 0x80)) ? 0 : c->Hkv;
    p->head_dim_k = c->Dk;
    p->head_dim_v = rb(d, n, F_DV) == 0 ? 0 : c->Dv;

    /* per-batch lengths and positions */
    if (fl & FL_KVLEN) {
        c->kv_len = xmalloc((size_t)c->B * sizeof(int32_t));
        unsigned k = rb(d, n, F_KVLEN);
        for (int32_t b = 0; b < c->B; b++) {
            static const int edge_pick[4] = {0, 1, -1, -2};
            int32_t v;
            switch (k % 6) {
            case 0: v = c->Skv; break;
            case 1: v = 0; break;
            case 2: v = 1; break;
            case 3: v = (int32_t)fr_int(r, 0, c->Skv); break;
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
        add_region(c, c->kv_len, (size_t)c->B * 4);
    }
    if (fl & FL_QOFF) {
        c->q_offset = xmalloc((size_t)c->B * sizeof(int32_t));
        unsigned k = rb(d, n, F_QOFF);
        for (int32_t b = 0; b < c->B; b++) {
            int32_t kvl = c->kv_len ? c->kv_len[b] : c->Skv, v;
            switch (k % 7) {
            case 0: v = kvl - c->Sq; break;
            case 1: v = (int32_t)fr_int(r, -c->Sq - 2, c->Skv + 2); break;
            case 2: v = INT32_MIN; break;
            case 3: v = INT32_MAX - c->Sq; break;
            case 4: v = 0; break;
            case 5: v = -c->Sq; break;
            default: v = c->Skv; break;
            }
            c->q_offset[b] = v;
        }
        p->q_offset = c->q_offset;
        add_region(c, c->q_offset, (size_t)c->B * 4);
    }

    /* amplitudes (f16 keeps its products finite in f32) */
    static const double amps[8] = {1.0, 0.125, 4.0, 1e-3, 30.0, 1e-20, 1e3, 1e10};
    static const double vrng[8][2] = {{-1, 2}, {0, 1}, {-100, 100}, {1e-30, 2e-30},
                                      {-1e15, 1e15}, {-1, 1}, {5, 6}, {-3e-5, 1e-5}};
    unsigned a = rb(d, n, F_AMP);
    double amp = amps[a % 8], vlo = vrng[(a >> 3) % 8][0], vhi = vrng[(a >> 3) % 8][1];
    if (c->dt == ATTNFORGE_F16) {
        if (amp > 200) amp = 200;
        if (vhi > 6e4) { vlo = -6e4; vhi = 6e4; }
    }

    /* Q */
    c->q.n[0] = c->B; c->q.n[1] = c->Sq; c->q.n[2] = c->Hq; c->q.D = c->Dk;
    pick_layout(&c->q, rb(d, n, F_LQ), 1, r);
    alloc_view(&c->q, c->dt);
    fill_view(&c->q, r, -amp, amp);
    p->q = c->q.data;
    p->q_stride = param_strides(&c->q);
    add_region(c, c->q.data, (size_t)c->q.extent * esize(c->dt));

    /* K and V: contiguous, paged, or read straight out of Q's block */
    unsigned pg = rb(d, n, F_PAGED);
    c->paged = pg >= 128;
    int share = (fl & FL_SHARE_Q) && !c->paged && c->Skv <= c->Sq && c->Hkv <= c->Hq;
    if (c->paged) {
        static const int32_t pages[8] = {1, 2, 3, 4, 5, 8, 16, 0};
        c->P = pages[pg % 8] ? pages[pg % 8] : c->Skv;
        int32_t per_seq = (c->Skv + c->P - 1) / c->P;
        int32_t bt_stride = per_seq + ((pg & 8) ? (int32_t)((pg >> 6) & 1) + 1 : 0);
        c->nb = c->B * per_seq + (int32_t)((pg >> 6) & 1) * 2 + 1;
        c->bt_len = (int64_t)c->B * bt_stride;
        c->block_table = xmalloc((size_t)c->bt_len * sizeof(int32_t));
        int32_t *perm = xmalloc((size_t)c->nb * sizeof(int32_t));
        for (int32_t k = 0; k < c->nb; k++) perm[k] = k;
        for (int32_t k = c->nb - 1; k > 0; k--) {
            int32_t o = (int32_t)fr_int(r, 0, k), t = perm[k];
            perm[k] = perm[o];
            perm[o] = t;
        }
        static const int32_t junk[4] = {-1, INT32_MIN, INT32_MAX, 0};
        for (int32_t b = 0; b < c->B; b++) {
            int32_t len = c->kv_len ? c->kv_len[b] : c->Skv;
            int32_t used = (len + c->P - 1) / c->P;
            for (int32_t e = 0; e < bt_stride; e++) {
                int32_t id = (pg & 32) ? (int32_t)fr_int(r, 0, c->nb - 1) /* shared blocks */
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
        add_region(c, c->block_table, (size_t)c->bt_len * 4);
        c->k.n[0] = c->nb; c->k.n[1] = c->P;
        c->v.n[0] = c->nb; c->v.n[1] = c->P;
    } else {
        c->k.n[0] = c->B; c->k.n[1] = c->Skv;
        c->v.n[0] = c->B; c->v.n[1] = c->Skv;
    }
    c->k.n[2] = c->Hkv; c->k.D = c->Dk;
    c->v.n[2] = c->Hkv; c->v.D = c->Dv;
    if (share) {
        /* self-attention on one buffer: K = Q's first Skv positions and
         * Hkv heads, V too when it fits */
        c->k = c->q;
        c->k.n[1] = c->Skv; c->k.n[2] = c->Hkv; c->k.dflt = 0;
        p->k = c->q.data;
        p->k_stride = (attnforge_strides){c->q.st[0], c->q.st[1], c->q.st[2]};
    } else {
        pick_layout(&c->k, rb(d, n, F_LK), 1, r);
        alloc_view(&c->k, c->dt);
        fill_view(&c->k, r, -amp, amp);
        p->k = c->k.data;
        p->k_stride = param_strides(&c->k);
        add_region(c, c->k.data, (size_t)c->k.extent * esize(c->dt));
    }
    if (share && c->Dv <= c->Dk) {
        c->v = c->k;
        c->v.D = c->Dv;
        c->share_v = 1;
        p->v = c->q.data;
        p->v_stride = p->k_stride;
    } else {
        pick_layout(&c->v, rb(d, n, F_LV), 1, r);
        alloc_view(&c->v, c->dt);
        fill_view(&c->v, r, vlo, vhi);
        p->v = c->v.data;
        p->v_stride = param_strides(&c->v);
        add_region(c, c->v.data, (size_t)c->v.extent * esize(c->dt));
    }

    /* O and LSE */
    c->o.n[0] = c->B; c->o.n[1] = c->Sq; c->o.n[2] = c->Hq; c->o.D = c->Dv;
    pick_layout(&c->o, rb(d, n, F_LO), 0, r);
    c->o.dt = c->dt;
    c->o_bytes = (size_t)c->o.extent * esize(c->dt);
    c->o_block = alloc_out(c->o_bytes, c->dt);
    c->o.data = c->o_block + GUARD_BYTES;
    p->o = c->o.data;
    p->o_stride = param_strides(&c->o);
    c->lse_bytes = (size_t)c->B * c->Hq * c->Sq * 4;
    c->lse_block = alloc_out(c->lse_bytes, ATTNFORGE_F32);
    if (fl & FL_LSE) p->lse = (float *)(c->lse_block + GUARD_BYTES);

    /* scale, softcap */
    static const float scales[16] = {0, 0.125f, 1, 0.5f, -0.25f, 1e-3f, 2, 4,
                                     1e-20f, 3.0517578125e-05f, -1, 0.01f, 0, 0, 1e-40f, 0.3f};
    x = rb(d, n, F_SCALE);
    p->scale = x < 128 ? scales[x % 16] : (float)fr_range(r, -4.0, 4.0);
    static const float caps[8] = {0.01f, 0.5f, 1, 5, 20, 50, 1e4f, 1e30f};
    x = rb(d, n, F_SOFTCAP);
    p->softcap = x < 160 ? 0.0f : caps[x % 8];

    /* ALiBi */
    x = rb(d, n, F_ALIBI);
    if (x % 4) {
        c->slopes = xmalloc((size_t)c->Hq * sizeof(float));
        if (x % 4 == 1)
            attnforge_alibi_slopes(c->Hq, c->slopes);
        else if (x % 4 == 2)
            attnforge_alibi_slopes_max_bias(c->Hq, (float)((x >> 2) % 17), c->slopes);
        else
            for (int32_t h = 0; h < c->Hq; h++) c->slopes[h] = (float)fr_range(r, -0.5, 2.0);
        p->alibi_slopes = c->slopes;
        add_region(c, c->slopes, (size_t)c->Hq * 4);
    }

    /* mask */
    x = rb(d, n, F_MASK);
    if (x % 5) {
        unsigned ml = rb(d, n, F_MASKL);
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
        c->mask_elems = 1 + (c->B - 1) * ms[0] + (Hq - 1) * ms[1] + (Sq - 1) * ms[2] +
                        (Skv - 1) * ms[3];
        c->mask = xmalloc((size_t)c->mask_elems * sizeof(float));
        for (int64_t e = 0; e < c->mask_elems; e++) c->mask[e] = NAN; /* gaps */
        static const double ninf[4] = {0.0, 0.25, 0.75, 1.0};
        double frac = ninf[(x >> 3) % 4];
        for (int64_t b = 0; b < c->B; b++)
            for (int64_t h = 0; h < Hq; h++)
                for (int64_t i = 0; i < Sq; i++)
                    for (int64_t j = 0; j < Skv; j++)
                        c->mask[b * ms[0] + h * ms[1] + i * ms[2] + j * ms[3]] =
                            fr_unit(r) < frac ? -INFINITY : (float)fr_range(r, -2.0, 2.0);
        p->mask = c->mask;
        p->mask_stride = (attnforge_mask_strides){ms[0], ms[1], ms[2], ms[3]};
        add_region(c, c->mask, (size_t)c->mask_elems * 4);
    }

    p->causal = (fl & FL_CAUSAL) != 0;
    if (fl & FL_WINDOW) {
        p->sliding_window = 1;
        p->window_left = window_value(rb(d, n, F_WL), c->Skv, r);
        p->window_right = window_value(rb(d, n, F_WR), c->Skv, r);
    }
    if (fl & FL_SINKS) {
        c->sinks = xmalloc((size_t)c->Hq * sizeof(float));
        for (int32_t h = 0; h < c->Hq; h++) c->sinks[h] = (float)fr_range(r, -3.0, 3.0);
        p->sinks = c->sinks;
        add_region(c, c->sinks, (size_t)c->Hq * 4);
    }
}

/* Plants the special values of the trailing patches. */
static void apply_patches(fcase *c, const uint8_t *d, size_t n, frng *r)
{
    for (size_t at = F_PATCH; at + 4 <= n; at += 4) {
        const unsigned t = d[at] % 6, code = d[at + 3];
        const uint64_t idx = (uint64_t)d[at + 1] | (uint64_t)d[at + 2] << 8;
        if (t <= 2) {
            view *v = t == 0 ? &c->q : t == 1 ? &c->k : &c->v;
            if (v->data == c->q.data) v = &c->q; /* K or V read out of Q's block */
            uint64_t tot = (uint64_t)(v->n[0] * v->n[1] * v->n[2] * v->D);
            uint64_t e = idx % tot;
            int64_t dd = (int64_t)(e % (uint64_t)v->D);
            e /= (uint64_t)v->D;
            int64_t hh = (int64_t)(e % (uint64_t)v->n[2]);
            e /= (uint64_t)v->n[2];
            int64_t ss = (int64_t)(e % (uint64_t)v->n[1]);
            int64_t bb = (int64_t)(e / (uint64_t)v->n[1]);
            int vt = v == &c->q ? (c->share_v ? 2 : 0) : (int)t;
            store(c->dt, v->data, view_off(v, bb, ss, hh) + dd,
                  special_value(vt, v == &c->q || t != 2, code, c->dt, r));
        } else if (t == 3 && c->mask) {
            int64_t tot = (int64_t)c->B * c->Hq * c->Sq * c->Skv, e = (int64_t)(idx % (uint64_t)tot);
            int64_t j = e % c->Skv, i = e / c->Skv % c->Sq, h = e / c->Skv / c->Sq % c->Hq,
                    b = e / c->Skv / c->Sq / c->Hq;
            c->mask[b * c->ms[0] + h * c->ms[1] + i * c->ms[2] + j * c->ms[3]] =
                (float)special_value(3, 1, code, c->dt, r);
        } else if (t == 4 && c->slopes) {
            c->slopes[idx % (uint64_t)c->Hq] = (float)special_value(4, 1, code, c->dt, r);
        } else if (t == 5 && c->sinks) {
            c->sinks[idx % (uint64_t)c->Hq] = (float)special_value(5, 0, code, c->dt, r);
        }
    }
}

/* ---- corruptions ------------------------------------------------------------------ */

/* Counts of the three outer dimensions of each tensor as the validator sees them. */
static void counts_of(const fcase *c, int t, int64_t cnt[3])
{
    if (t == 0 || t == 3) {
        cnt[0] = c->B; cnt[1] = c->Sq; cnt[2] = c->Hq;
    } else if (c->paged) {
        cnt[0] = c->nb; cnt[1] = c->P; cnt[2] = c->Hkv;
    } else {
        cnt[0] = c->B; cnt[1] = c->Skv; cnt[2] = c->Hkv;
    }
}

static attnforge_strides *strides_of(fcase *c, int t)
{
    attnforge_params *p = &c->p;
    return t == 0 ? &p->q_stride : t == 1 ? &p->k_stride : t == 2 ? &p->v_stride : &p->o_stride;
}

static const view *view_of(const fcase *c, int t)
{
    return t == 0 ? &c->q : t == 1 ? &c->k : t == 2 ? &c->v : &c->o;
}

static void set_stride(attnforge_strides *s, int dim, int64_t v)
{
    if (dim == 0) s->b = v; else if (dim == 1) s->s = v; else s->h = v;
}

/* Makes a tensor's strides explicit (they may be the all-zero default). */
static void explicit_strides(fcase *c, int t)
{
    const view *v = view_of(c, t);
    *strides_of(c, t) = (attnforge_strides){v->st[0], v->st[1], v->st[2]};
}

static int corrupt(fcase *c, unsigned kind, unsigned a, unsigned b2)
{
    attnforge_params *p = &c->p;
    kind %= C_COUNT;
    if (skip_known && kind >= C_FIRST_KNOWN) kind = a % C_FIRST_KNOWN;
    c->corruption = (int)kind;
    switch (kind) {
    case C_DTYPE: {
        static const int bad[4] = {3, -1, 7, 1000};
        p->dtype = (attnforge_dtype)bad[a % 4];
        return ATTNFORGE_ERR_DTYPE;
    }
    case C_NULL:
        switch (a % 4) {
        case 0: p->q = NULL; break;
        case 1: p->k = NULL; break;
        case 2: p->v = NULL; break;
        default: p->o = NULL; break;
        }
        return ATTNFORGE_ERR_NULL_POINTER;
    case C_SIZE: {
        static const int32_t bad[3] = {0, -1, INT32_MIN};
        int32_t v = bad[b2 % 3];
        switch (a % 5) {
        case 0: p->batch = v; break;
        case 1: p->seq_q = v; break;
        case 2: p->seq_kv = v; break;
        case 3: p->heads_q = v; break;
        default: p->heads_kv = v ? v : -7; break;
        }
        return ATTNFORGE_ERR_BAD_SIZE;
    }
    case C_RATIO:
        p->heads_kv = (a & 1) ? c->Hq + 1 : 2 * c->Hq;
        return ATTNFORGE_ERR_HEAD_RATIO;
    case C_HEADDIM: {
        static const int32_t bad[4] = {0, -1, ATTNFORGE_MAX_HEAD_DIM + 1, INT32_MAX};
        const int32_t d = (a & 1) ? bad[1 + b2 % 3] : bad[b2 % 4];
        if (a & 1) p->head_dim_v = d;
        else p->head_dim_k = d;
        /* non-positive is a bad size; too large is a head dim out of range */
        return d < 1 ? ATTNFORGE_ERR_BAD_SIZE : ATTNFORGE_ERR_HEAD_DIM;
    }
    case C_SCALE: {
        static const float bad[3] = {NAN, INFINITY, -INFINITY};
        p->scale = bad[a % 3];
        return ATTNFORGE_ERR_VALUE;
    }
    case C_SOFTCAP: {
        static const float bad[4] = {NAN, -1.0f, INFINITY, -1e-30f};
        p->softcap = bad[a % 4];
        return ATTNFORGE_ERR_VALUE;
    }
    case C_WINDOW:
        p->sliding_window = 1 + (int)(b2 % 3);
        if (a & 1) { p->window_left = (a & 2) ? -2 : INT32_MIN; if (p->window_right < -1) p->window_right = 0; }
        else { p->window_right = (a & 2) ? -2 : INT32_MIN; if (p->window_left < -1) p->window_left = 0; }
        return ATTNFORGE_ERR_WINDOW;
    case C_KVLEN: {
        if (!c->kv_len) {
            c->kv_len = xmalloc((size_t)c->B * sizeof(int32_t));
            for (int32_t b = 0; b < c->B; b++) c->kv_len[b] = c->Skv;
            p->kv_len = c->kv_len;
            add_region(c, c->kv_len, (size_t)c->B * 4);
        }
        static const int32_t bad[4] = {-1, 0, INT32_MAX, INT32_MIN};
        int32_t v = bad[b2 % 4];
        if (v == 0) v = c->Skv + 1;
        c->kv_len[a % (unsigned)c->B] = v;
        return ATTNFORGE_ERR_KV_LEN;
    }
    case C_PAGE: {
        if (!c->paged) {
            /* any non-NULL table makes the call paged */
            if (!c->block_table) {
                c->block_table = xmalloc(4);
                c->block_table[0] = 0;
                add_region(c, c->block_table, 4);
            }
            p->block_table = c->block_table;
            if (a & 1) { p->page_size = 0 - (int32_t)(b2 % 2); p->num_blocks = 1; }
            else { p->page_size = 1; p->num_blocks = 0 - (int32_t)(b2 % 2); }
            return ATTNFORGE_ERR_PAGED;
        }
        int32_t per_seq = (c->Skv + c->P - 1) / c->P;
        switch (a % 5) {
        case 0: p->page_size = 0 - (int32_t)(b2 % 3); break;
        case 1: p->num_blocks = 0 - (int32_t)(b2 % 3); break;
        case 2:
            p->block_table_stride = per_seq >= 2 ? per_seq - 1 : -1;
            break;
        default: {
            /* an entry a visible key reaches */
            int32_t bt_stride = p->block_table_stride ? p->block_table_stride : per_seq;
            int32_t pick = -1;
            for (int32_t k = 0; k < c->B; k++) {
                int32_t b = (int32_t)((a / 5 + (unsigned)k) % (unsigned)c->B);
                int32_t len = c->kv_len ? c->kv_len[b] : c->Skv;
                if (len > 0) {
                    pick = b;
                    break;
                }
            }
            if (pick < 0) { p->num_blocks = 0; break; }
            int32_t len = c->kv_len ? c->kv_len[pick] : c->Skv;
            int32_t e = (int32_t)(b2 % (unsigned)((len + c->P - 1) / c->P));
            static const int32_t bad[3] = {-1, INT32_MIN, INT32_MAX};
            int32_t v = (a & 64) ? c->nb : bad[(a >> 3) % 3];
            c->block_table[(int64_t)pick * bt_stride + e] = v;
            break;
        }
        }
        return ATTNFORGE_ERR_PAGED;
    }
    case C_NEGSTRIDE: {
        int t = (int)(a % 4);
        explicit_strides(c, t);
        set_stride(strides_of(c, t), (int)(b2 % 3), (b2 & 4) ? INT64_MIN : -1 - (int64_t)(b2 >> 3));
        return ATTNFORGE_ERR_STRIDE;
    }
    case C_OVERFLOW: {
        int t = (int)(a % 4);
        int64_t cnt[3];
        counts_of(c, t, cnt);
        int dim = -1;
        for (int k = 0; k < 3; k++)
            if (cnt[(b2 + (unsigned)k) % 3] >= 2) { dim = (int)((b2 + (unsigned)k) % 3); break; }
        explicit_strides(c, t);
        if (dim < 0) { /* every count is 1: nothing can overflow, use a negative one */
            set_stride(strides_of(c, t), 0, -5);
            return ATTNFORGE_ERR_STRIDE;
        }
        /* INT64_MAX / 2 + 1 (and / 3 for f32): the offsets may fit, their
         * byte size does not; INT64_MAX: the offsets overflow */
        static const int64_t huge[3] = {INT64_MAX, INT64_MAX / 2 + 1, INT64_MAX / 3};
        int pick = (int)((b2 >> 2) % 3);
        if (pick == 2 && c->dt != ATTNFORGE_F32) pick = 1;
        set_stride(strides_of(c, t), dim, huge[pick]);
        return ATTNFORGE_ERR_STRIDE;
    }
    case C_OZERO: {
        int64_t cnt[3];
        counts_of(c, 3, cnt);
        explicit_strides(c, 3);
        for (int k = 0; k < 3; k++) {
            int dim = (int)((a + (unsigned)k) % 3);
            if (cnt[dim] >= 2) {
                set_stride(&p->o_stride, dim, 0);
                return ATTNFORGE_ERR_STRIDE;
            }
        }
        set_stride(&p->o_stride, (int)(a % 3), -1);
        return ATTNFORGE_ERR_STRIDE;
    }
    case C_MASK: {
        if (!c->mask) {
            c->mask_elems = (int64_t)c->B * c->Hq * c->Sq * c->Skv;
            c->mask = xmalloc((size_t)c->mask_elems * sizeof(float));
            for (int64_t e = 0; e < c->mask_elems; e++) c->mask[e] = 0.0f;
            p->mask = c->mask;
            add_region(c, c->mask, (size_t)c->mask_elems * 4);
        }
        if (a % 3 == 0) {
            p->mask_stride = (attnforge_mask_strides){0, 0, 0, 0};
            return ATTNFORGE_ERR_MASK;
        }
        int64_t *f[4] = {&p->mask_stride.b, &p->mask_stride.h, &p->mask_stride.i,
                         &p->mask_stride.j};
        if (a % 3 == 1) {
            *f[b2 % 4] = -1 - (int64_t)(b2 >> 2);
            return ATTNFORGE_ERR_STRIDE;
        }
        int64_t cnt[4] = {c->B, c->Hq, c->Sq, c->Skv};
        for (int k = 0; k < 4; k++) {
            int dim = (int)((b2 + (unsigned)k) % 4);
            if (cnt[dim] >= 2) {
                *f[dim] = (b2 & 8) ? INT64_MAX : INT64_MAX / 4; /* offsets, or bytes */
                return ATTNFORGE_ERR_STRIDE;
            }
        }
        *f[0] = -3;
        return ATTNFORGE_ERR_STRIDE;
    }
    case C_ALIAS_O:
    case C_ALIAS_LSE: {
        /* point O (or LSE) inside an input, element aligned; the block table
         * only when known bugs are not skipped */
        int r = (int)(a % (unsigned)c->n_in);
        if (c->in[r].p == c->block_table && skip_known) r = 0;
        const region *in = &c->in[r];
        if (kind == C_ALIAS_O) {
            size_t es = esize(c->dt);
            size_t off = in->bytes >= es ? ((size_t)b2 * 13 % (in->bytes / es)) * es : 0;
            p->o = (char *)in->p + off;
        } else if ((b2 & 1) || in->bytes < 4) {
            /* LSE starting inside O's view (O itself stays put) */
            size_t nf = c->o_bytes / 4 ? c->o_bytes / 4 : 1;
            p->lse = (float *)c->o.data + (b2 >> 1) % nf;
        } else {
            size_t off = ((size_t)b2 * 7 % (in->bytes / 4)) * 4;
            p->lse = (float *)((char *)in->p + off);
        }
        return ATTNFORGE_ERR_ALIASING;
    }
    case C_WORKSPACE: {
        size_t need = 0;
        if (attnforge_workspace_size(ctx_auto, p, &need) != ATTNFORGE_OK)
            die(c, "workspace_size failed on a valid call");
        size_t cut = 1 + b2 % 8;
        size_t have = (a & 1) || cut >= need ? 0 : need - cut;
        free(c->ws);
        c->ws = xmalloc(have ? have : 1);
        memset(c->ws, 0x5a, have ? have : 1);
        add_region(c, c->ws, have ? have : 1); /* a rejected call must not touch it */
        p->workspace = c->ws;
        p->workspace_bytes = have;
        return ATTNFORGE_ERR_WORKSPACE;
    }
    case C_OOVERLAP: {
        /* O rows that share elements (once accepted; now rejected) */
        if (c->Dv < 2 || (c->Hq < 2 && c->Sq < 2 && c->B < 2)) {
            p->o_stride = (attnforge_strides){-1, 0, 0};
            return ATTNFORGE_ERR_STRIDE;
        }
        explicit_strides(c, 3);
        if (c->Hq >= 2) p->o_stride.h = 1 + (int64_t)(a % (unsigned)(c->Dv - 1));
        else if (c->Sq >= 2) p->o_stride.s = 1 + (int64_t)(a % (unsigned)(c->Dv - 1));
        else p->o_stride.b = 1;
        return ATTNFORGE_ERR_STRIDE;
    }
    case C_ALIAS_BT: {
        /* O or LSE over the block table (once unchecked; now rejected). The
         * view is placed inside the table's block, so an accepted call
         * shows up as an ASan report or a changed input. */
        if (!c->paged) {
            p->o = c->q.data;
            return ATTNFORGE_ERR_ALIASING;
        }
        if (a & 1) p->lse = (float *)c->block_table;
        else p->o = c->block_table;
        return ATTNFORGE_ERR_ALIASING;
    }
    default: { /* C_HUGE: sizes whose default strides overflow int64 (once UB; now rejected) */
        p->kv_len = NULL;
        p->q_offset = NULL;
        p->block_table = NULL;
        p->mask = NULL;
        p->q_stride = p->k_stride = p->v_stride = p->o_stride = (attnforge_strides){0, 0, 0};
        p->head_dim_k = ATTNFORGE_MAX_HEAD_DIM;
        p->head_dim_v = 0;
        p->heads_kv = 0;
        if (a & 1) { p->heads_q = 1 << 30; p->seq_q = 1 << 30; }
        else { p->heads_q = 1 << 30; p->seq_kv = INT32_MAX; p->seq_q = 1; }
        return ATTNFORGE_ERR_STRIDE;
    }
    }
}

/* ---- checks ----------------------------------------------------------------------- */

static void check_inputs(const fcase *c)
{
    for (int r = 0; r < c->n_in; r++)
        if (fnv(c->in[r].p, c->in[r].bytes) != c->in[r].hash)
            die(c, "input block %d (%zu bytes) changed", r, c->in[r].bytes);
}

/* Every element of O's view written, gaps and guards untouched. */
static void check_o_written(const fcase *c, const unsigned char *block, const char *name)
{
    const view *o = &c->o;
    const uint32_t poison = poison_bits(c->dt);
    const size_t es = esize(c->dt);
    unsigned char *mark = calloc((size_t)o->extent, 1);
    if (!mark) abort();
    const void *data = block + GUARD_BYTES;
    for (int64_t b = 0; b < o->n[0]; b++)
        for (int64_t i = 0; i < o->n[1]; i++)
            for (int64_t h = 0; h < o->n[2]; h++)
                for (int64_t d = 0; d < o->D; d++) {
                    int64_t off = view_off(o, b, i, h) + d;
                    mark[off] = 1;
                    if (get_bits(c->dt, data, off) == poison) {
                        free(mark);
                        die(c, "%s[b=%lld i=%lld h=%lld d=%lld] was never written", name,
                            (long long)b, (long long)i, (long long)h, (long long)d);
                    }
                }
    for (int64_t e = 0; e < o->extent; e++)
        if (!mark[e] && get_bits(c->dt, data, e) != poison) {
            free(mark);
            die(c, "%s: element %lld in a gap of the view was written", name, (long long)e);
        }
    free(mark);
    for (size_t e = 0; e < GUARD_BYTES / es; e++)
        if (get_bits(c->dt, block, (int64_t)e) != poison ||
            get_bits(c->dt, block + GUARD_BYTES + c->o_bytes, (int64_t)e) != poison)
            die(c, "%s: a guard element around O was written", name);
}

static void check_lse_written(const fcase *c, const unsigned char *block, int asked)
{
    const int64_t n = (int64_t)c->B * c->Hq * c->Sq;
    for (int64_t e = 0; e < n + 2 * GUARD_BYTES / 4; e++) {
        const int in_view = e >= GUARD_BYTES / 4 && e < GUARD_BYTES / 4 + n;
        const int poison = get_bits(ATTNFORGE_F32, block, e) == poison_bits(ATTNFORGE_F32);
        if (asked && in_view && poison) die(c, "LSE element %lld never written", (long long)(e - GUARD_BYTES / 4));
        if ((!asked || !in_view) && !poison)
            die(c, "LSE block written at %lld (asked: %d)", (long long)(e - GUARD_BYTES / 4), asked);
    }
}

/* What f32 arithmetic can do to one row: see the header comment. */
typedef struct rowinfo {
    int64_t nvis;    /* keys taking part */
    int finite;      /* every such score finite and every V value finite */
    int benign;      /* well-conditioned: SPEC's tolerance applies as is */
    double delta;    /* bound on the f32 error of any score */
    double vmax;     /* max |v| over keys taking part */
    double lo[MAX_D], hi[MAX_D]; /* convex hull of the V rows (and 0 with a sink) */
} rowinfo;

static int key_visible(const attnforge_params *p, int64_t kvl, int64_t pos, int64_t j)
{
    if (j >= kvl) return 0;
    if (p->causal && j > pos) return 0;
    if (p->sliding_window) {
        if (p->window_left >= 0 && j < pos - p->window_left) return 0;
        if (p->window_right >= 0 && j > pos + p->window_right) return 0;
    }
    return 1;
}

static int64_t kv_elem(const fcase *c, const view *v, int32_t b, int32_t kvh, int64_t j)
{
    if (c->paged) {
        int64_t bts = c->p.block_table_stride ? c->p.block_table_stride
                                              : (c->Skv + c->P - 1) / c->P;
        int64_t blk = c->block_table[b * bts + j / c->P];
        return view_off(v, blk, j % c->P, kvh);
    }
    return view_off(v, b, j, kvh);
}

static void row_info(const fcase *c, int32_t b, int32_t h, int32_t i, rowinfo *ri)
{
    const attnforge_params *p = &c->p;
    const int32_t kvh = h / (c->Hq / c->Hkv);
    const int64_t kvl = p->kv_len ? p->kv_len[b] : c->Skv;
    const int64_t pos = (p->q_offset ? (int64_t)p->q_offset[b] : kvl - c->Sq) + i;
    const double scale = p->scale != 0.0f ? (double)p->scale : 1.0 / sqrt((double)c->Dk);
    double q[1024];
    const int64_t qo = view_off(&c->q, b, i, h);
    for (int32_t d = 0; d < c->Dk; d++) q[d] = load(c->dt, c->q.data, qo + d);
    ri->nvis = 0;
    ri->finite = 1;
    ri->benign = 1;
    ri->delta = 0.0;
    ri->vmax = 0.0;
    for (int32_t d = 0; d < c->Dv; d++) {
        ri->lo[d] = p->sinks ? 0.0 : INFINITY;
        ri->hi[d] = p->sinks ? 0.0 : -INFINITY;
    }
    if (p->sinks && !isfinite(p->sinks[h])) ri->finite = 0;
    for (int64_t j = 0; j < c->Skv; j++) {
        if (!key_visible(p, kvl, pos, j)) continue;
        double m = 0.0;
        if (p->mask) {
            m = p->mask[b * c->ms[0] + h * c->ms[1] + i * c->ms[2] + j * c->ms[3]];
            if (m == -INFINITY) continue;
        }
        const int64_t ko = kv_elem(c, &c->k, b, kvh, j);
        double dot = 0.0, mag = 0.0;
        for (int32_t d = 0; d < c->Dk; d++) {
            double kd = load(c->dt, c->k.data, ko + d);
            dot += q[d] * kd;
            mag += fabs(q[d] * kd);
        }
        double s = scale * dot, A = fabs(scale) * mag;
        if (p->softcap > 0.0f) s = p->softcap * tanh(s / p->softcap);
        double al = p->alibi_slopes ? (double)p->alibi_slopes[h] * fabs((double)(pos - j)) : 0.0;
        s = s - al + m;
        if (s == -INFINITY) continue; /* excluded by the reference too */
        ri->nvis++;
        if (!isfinite(s) || !isfinite(A)) ri->finite = 0;
        double dj = U32 * ((c->Dk + 3) * A + 3 * fabs(al) + 2 * fabs(m) + 3 * fabs(s) +
                           (p->softcap > 0.0f ? 4 * (double)p->softcap : 0.0));
        if (!(dj <= ri->delta)) ri->delta = dj; /* NaN sticks */
        if (!(A <= 4.0 && fabs(al) <= 16.0 && fabs(m) <= 16.0 && fabs(s) <= 16.0)) ri->benign = 0;
        const int64_t vo = kv_elem(c, &c->v, b, kvh, j);
        for (int32_t d = 0; d < c->Dv; d++) {
            double vd = load(c->dt, c->v.data, vo + d);
            if (!isfinite(vd)) ri->finite = 0;
            if (fabs(vd) > ri->vmax) ri->vmax = fabs(vd);
            if (vd < ri->lo[d]) ri->lo[d] = vd;
            if (vd > ri->hi[d]) ri->hi[d] = vd;
        }
    }
    if (!ri->finite || ri->nvis > 1200) ri->benign = 0;
}

/* The extra tolerance of an ill-conditioned row: scores off by up to dp move
 * each weight by a factor within e^(+-2 dp), plus the rounding of the sums. */
static double cond_tol(const rowinfo *ri, double dp)
{
    if (ri->benign || ri->vmax == 0.0) return 0.0;
    return expm1(2 * dp) * 2 * ri->vmax + (2.0 * (double)ri->nvis + 16) * U32 * ri->vmax;
}

static void check_reference(const fcase *c)
{
    const attnforge_params *p = &c->p;
    const int64_t rows = (int64_t)c->B * c->Sq * c->Hq, Dv = c->Dv;
    double *ref = xmalloc((size_t)(rows * Dv) * sizeof(double));
    double *ref_lse = xmalloc((size_t)rows * sizeof(double));
    if (ref_attention(p, ref, ref_lse) != 0) die(c, "the reference failed");
    rowinfo ri;
    for (int32_t b = 0; b < c->B; b++)
        for (int32_t i = 0; i < c->Sq; i++)
            for (int32_t h = 0; h < c->Hq; h++) {
                const double *rr = ref + (((int64_t)b * c->Sq + i) * c->Hq + h) * Dv;
                const double rl = ref_lse[((int64_t)b * c->Hq + h) * c->Sq + i];
                row_info(c, b, h, i, &ri);
                double r = 0.0;
                int any_nan = 0;
                for (int64_t d = 0; d < Dv; d++) {
                    if (isnan(rr[d])) any_nan = 1;
                    else if (fabs(rr[d]) > r) r = fabs(rr[d]);
                }
                if (r < ri.vmax / 4) ri.benign = 0; /* cancellation: 1e-5 r is below f32 noise */
                if (any_nan) st_rows_nan++;
                else if (ri.benign) st_rows_strict++;
                else st_rows_loose++;
                const double dp = ri.delta + 4 * U32;
                const double cond = cond_tol(&ri, dp);
                const double slack = (2.0 * (double)ri.nvis + 16) * U32 * ri.vmax;
                const int64_t oo = view_off(&c->o, b, i, h);
                for (int64_t d = 0; d < Dv; d++) {
                    const double got = load(c->dt, c->o.data, oo + d);
                    const double su = c->dt == ATTNFORGE_F32 ? 0.0 : ulp_of(c->dt, rr[d]);
                    if (isnan(rr[d]) != isnan(got))
                        die(c, "O[b=%d i=%d h=%d d=%lld] = %.9g but the reference is %.9g (NaN "
                               "must appear exactly where the reference has it)",
                            b, i, h, (long long)d, got, rr[d]);
                    if (isnan(rr[d])) continue;
                    if (isinf(rr[d]) || isinf(got)) {
                        if (got != rr[d])
                            die(c, "O[b=%d i=%d h=%d d=%lld] = %.9g, reference %.9g", b, i, h,
                                (long long)d, got, rr[d]);
                        continue;
                    }
                    const double tol = 1e-5 * r + su + cond;
                    if (!(fabs(got - rr[d]) <= tol))
                        die(c, "O[b=%d i=%d h=%d d=%lld] = %.9g, reference %.9g, |diff| %.3g > "
                               "tol %.3g (%s row, score error bound %.3g, vmax %.3g, %lld keys)",
                            b, i, h, (long long)d, got, rr[d], fabs(got - rr[d]), tol,
                            ri.benign ? "well-conditioned" : "ill-conditioned", ri.delta,
                            ri.vmax, (long long)ri.nvis);
                    if (ri.finite && ri.nvis > 0 &&
                        !(got >= ri.lo[d] - slack - su && got <= ri.hi[d] + slack + su))
                        die(c, "O[b=%d i=%d h=%d d=%lld] = %.9g lies outside the visible V "
                               "values [%.9g, %.9g]",
                            b, i, h, (long long)d, got, ri.lo[d], ri.hi[d]);
                    if (ri.nvis == 0 && got != 0.0)
                        die(c, "O[b=%d i=%d h=%d d=%lld] = %.9g in a row with no visible key",
                            b, i, h, (long long)d, got);
                }
                if (p->lse) {
                    const double g = p->lse[((int64_t)b * c->Hq + h) * c->Sq + i];
                    int ok;
                    if (isnan(rl) || isnan(g)) ok = isnan(rl) && isnan(g);
                    else if (isinf(rl) || isinf(g)) ok = g == rl;
                    else {
                        double lt = 1e-5 * fmax(1.0, fabs(rl));
                        if (!ri.benign)
                            lt += 3 * dp + ((double)ri.nvis + 8) * U32 * (1 + fabs(rl));
                        ok = fabs(g - rl) <= lt;
                    }
                    if (!ok)
                        die(c, "LSE[b=%d h=%d i=%d] = %.9g, reference %.9g", b, h, i, g, rl);
                }
            }
    free(ref);
    free(ref_lse);
}

/* The same call on the generic fallback: bitwise equal when both ran the
 * generic kernel (determinism across thread counts), else close. */
static void check_generic(fcase *c, const char *kernel_auto)
{
    attnforge_params p2 = c->p;
    c->o2_block = alloc_out(c->o_bytes, c->dt);
    c->lse2_block = alloc_out(c->lse_bytes, ATTNFORGE_F32);
    p2.o = c->o2_block + GUARD_BYTES;
    p2.lse = c->p.lse ? (float *)(c->lse2_block + GUARD_BYTES) : NULL;
    if (c->p.workspace) {
        size_t need = 0;
        if (attnforge_workspace_size(ctx_generic, &p2, &need) != ATTNFORGE_OK)
            die(c, "workspace_size (generic) failed on a valid call");
        c->ws2 = xmalloc(need);
        p2.workspace = c->ws2;
        p2.workspace_bytes = need;
    }
    attnforge_status st = attnforge_attention(ctx_generic, &p2);
    if (st != ATTNFORGE_OK) die(c, "the generic run failed with status %d", (int)st);
    const char *kg = attnforge_last_kernel();
    check_o_written(c, c->o2_block, "O (generic run)");
    check_lse_written(c, c->lse2_block, c->p.lse != NULL);
    check_inputs(c);
    if (strcmp(kernel_auto, "generic") == 0 && strcmp(kg, "generic") == 0) {
        if (memcmp(c->o_block, c->o2_block, c->o_bytes + 2 * GUARD_BYTES) != 0 ||
            memcmp(c->lse_block, c->lse2_block, c->lse_bytes + 2 * GUARD_BYTES) != 0)
            die(c, "two runs of the generic kernel (2 threads, 1 thread) differ bitwise");
        st_bitwise++;
        return;
    }
    st_close++;
    rowinfo ri;
    for (int32_t b = 0; b < c->B; b++)
        for (int32_t i = 0; i < c->Sq; i++)
            for (int32_t h = 0; h < c->Hq; h++) {
                const int64_t oo = view_off(&c->o, b, i, h);
                row_info(c, b, h, i, &ri);
                double r = 0.0;
                for (int32_t d = 0; d < c->Dv; d++) {
                    double gv = load(c->dt, p2.o, oo + d);
                    if (isfinite(gv) && fabs(gv) > r) r = fabs(gv);
                }
                if (r < ri.vmax / 4) ri.benign = 0;
                const double dp = ri.delta + 4 * U32;
                const double cond = 2 * cond_tol(&ri, dp);
                for (int32_t d = 0; d < c->Dv; d++) {
                    const double a = load(c->dt, c->o.data, oo + d), g = load(c->dt, p2.o, oo + d);
                    if (isnan(a) != isnan(g) || (isinf(a) || isinf(g) ? a != g : 0))
                        die(c, "O[b=%d i=%d h=%d d=%d]: %s kernel %.9g, generic %.9g", b, i, h, d,
                            kernel_auto, a, g);
                    if (!isfinite(a)) continue;
                    double tol = 2e-6 * r + cond + (c->dt == ATTNFORGE_F32 ? 0.0 : ulp_of(c->dt, g));
                    if (!(fabs(a - g) <= tol))
                        die(c, "O[b=%d i=%d h=%d d=%d]: %s kernel %.9g, generic %.9g, |diff| %.3g > %.3g",
                            b, i, h, d, kernel_auto, a, g, fabs(a - g), tol);
                }
                if (c->p.lse) {
                    const int64_t li = ((int64_t)b * c->Hq + h) * c->Sq + i;
                    double a = c->p.lse[li], g = p2.lse[li];
                    int ok = isnan(a) || isnan(g) ? isnan(a) && isnan(g)
                             : isinf(a) || isinf(g) ? a == g
                             : fabs(a - g) <= 2e-6 * fmax(1.0, fabs(g)) + (ri.benign ? 0.0 : 6 * dp);
                    if (!ok)
                        die(c, "LSE[b=%d h=%d i=%d]: %s kernel %.9g, generic %.9g", b, h, i,
                            kernel_auto, a, g);
                }
            }
}

/* ---- the entry points ---------------------------------------------------------------- */

static void print_stats(void)
{
    fprintf(stderr,
            "fuzz_attention stats: %llu valid calls, %llu rejected calls; rows: %llu "
            "well-conditioned, %llu ill-conditioned, %llu NaN; generic comparisons: %llu "
            "bitwise, %llu within tolerance\n",
            st_valid, st_invalid, st_rows_strict, st_rows_loose, st_rows_nan, st_bitwise,
            st_close);
}

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    const char *s = getenv("AF_FUZZ_SKIP_KNOWN");
    skip_known = s && *s && *s != '0';
    attnforge_context_options oa = {.num_threads = 2};
    attnforge_context_options og = {.num_threads = 1, .isa = ATTNFORGE_ISA_GENERIC};
    if (attnforge_context_create(&ctx_auto, &oa) != ATTNFORGE_OK ||
        attnforge_context_create(&ctx_generic, &og) != ATTNFORGE_OK) {
        fprintf(stderr, "fuzz_attention: context_create: %s\n", attnforge_last_error());
        abort();
    }
    const char *st = getenv("AF_FUZZ_STATS");
    if (st && *st && *st != '0') atexit(print_stats);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!ctx_auto) LLVMFuzzerInitialize(NULL, NULL);
    fcase c;
    frng r;
    r.s = 0;
    for (int k = 0; k < 8; k++) r.s = r.s << 8 | rb(data, size, F_SEED + (size_t)k);
    build(&c, data, size, &r);
    apply_patches(&c, data, size, &r);

    const unsigned cb = rb(data, size, F_CORRUPT);
    if (cb >= 128) c.expect = corrupt(&c, cb - 128, rb(data, size, F_CP1), rb(data, size, F_CP2));
    else c.expect = ATTNFORGE_OK;

    if ((rb(data, size, F_FLAGS) & FL_WORKSPACE) && !c.p.workspace && c.expect == ATTNFORGE_OK) {
        size_t need = 0;
        if (attnforge_workspace_size(ctx_auto, &c.p, &need) != ATTNFORGE_OK)
            die(&c, "workspace_size failed on a valid call");
        c.ws = xmalloc(need);
        c.p.workspace = c.ws;
        c.p.workspace_bytes = need;
    }
    hash_inputs(&c);

    attnforge_status st = attnforge_attention(ctx_auto, &c.p);
    if ((int)st != c.expect)
        die(&c, "status %d (%s), expected %d", (int)st, attnforge_status_string(st), c.expect);
    check_inputs(&c);
    if (st != ATTNFORGE_OK) {
        st_invalid++;
        if (!all_poison(c.o_block, c.o_bytes, c.dt)) die(&c, "a rejected call wrote O");
        if (!all_poison(c.lse_block, c.lse_bytes, ATTNFORGE_F32)) die(&c, "a rejected call wrote LSE");
        if (!attnforge_last_error()[0]) die(&c, "a rejected call left no message");
        free_case(&c);
        return 0;
    }
    st_valid++;
    const char *kernel = attnforge_last_kernel();
    check_o_written(&c, c.o_block, "O");
    check_lse_written(&c, c.lse_block, c.p.lse != NULL);
    check_reference(&c);
    check_generic(&c, kernel);
    free_case(&c);
    return 0;
}

#ifdef AF_FUZZ_STANDALONE
/* Replays each file named on the command line (no libFuzzer needed). */
int main(int argc, char **argv)
{
    LLVMFuzzerInitialize(&argc, &argv);
    int done = 0;
    for (int a = 1; a < argc; a++) {
        FILE *f = fopen(argv[a], "rb");
        if (!f) {
            fprintf(stderr, "cannot open %s\n", argv[a]);
            return 2;
        }
        uint8_t buf[4096];
        size_t n = fread(buf, 1, sizeof buf, f);
        fclose(f);
        LLVMFuzzerTestOneInput(buf, n);
        done++;
    }
    fprintf(stderr, "replayed %d input(s)\n", done);
    print_stats();
    attnforge_context_destroy(ctx_auto);
    attnforge_context_destroy(ctx_generic);
    return 0;
}
#endif
