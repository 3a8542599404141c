/*
 * attnforge-bench: measuring one shape (see run.h). For each dtype (of Q and
 * O) and K/V format: the inputs in those formats, a warm-up and accuracy
 * check per impl, the timed calls interleaved over the impls, the
 * statistics, and the output rows.
 */
#define _GNU_SOURCE
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#endif

#include "afb.h"
#include "attnforge.h"
#include "convert.h"
#include "reference.h"
#include "rng.h"
#include "run.h"

/* ---- allocation ---------------------------------------------------------------------- */

/* Tensors of 2 MiB and more are 2 MiB aligned and advised as huge pages
 * (THP), as an engine's KV cache usually is: with 4 KiB pages every K/V row of
 * a BSHD cache sits on its own page and decode pays a TLB miss per row.
 * ATTNFORGE_BENCH_HUGEPAGES=0 turns it off. Applies to all three impls. */
void *afb_xmalloc(size_t n)
{
    static int huge = -1;
    if (huge < 0) {
        const char *e = getenv("ATTNFORGE_BENCH_HUGEPAGES");
        huge = !(e && strcmp(e, "0") == 0);
    }
    const size_t H = (size_t)2 << 20;
    void *p = (huge && n >= H) ? aligned_alloc(H, (n + H - 1) & ~(H - 1))
                               : aligned_alloc(64, (n + 63) & ~(size_t)63);
#ifdef MADV_HUGEPAGE
    if (p && huge && n >= H) (void)madvise(p, (n + H - 1) & ~(H - 1), MADV_HUGEPAGE);
#endif
    if (!p) {
        fprintf(stderr, "attnforge-bench: out of memory (%zu MiB)\n", n >> 20);
        exit(1);
    }
    return p;
}

/* ---- one measured shape -------------------------------------------------------------- */

void afb_shape_init(shape *s, const afb_preset *pr, int decode, int sq, int skv)
{
    s->pr = pr;
    s->decode = decode;
    s->sq = sq;
    s->skv = skv;
    s->win_left = pr->window > 0 ? pr->window - 1 : -1;
    s->pairs = 0;
    long lo_min = skv, hi_max = 0;
    for (int i = 0; i < sq; i++) {
        long pos = (long)(skv - sq) + i;
        long hi = pos + 1 < skv ? pos + 1 : skv; /* causal */
        long lo = s->win_left >= 0 && pos - s->win_left > 0 ? pos - s->win_left : 0;
        if (hi > lo) {
            s->pairs += (double)(hi - lo);
            if (lo < lo_min)
                lo_min = lo;
            if (hi > hi_max)
                hi_max = hi;
        }
    }
    s->kv_visible = hi_max > lo_min ? (double)(hi_max - lo_min) : 0;
}

static void flush_caches(bench *B)
{
    if (!B->flushbuf)
        return;
    memset(B->flushbuf, ++B->flush_val & 0xff, B->flush_bytes);
}

/* Writes back and evicts every cache line of [p, p + n) from every level. */
static void evict_lines(const void *p, size_t n)
{
    const char *a = (const char *)((uintptr_t)p & ~(uintptr_t)63), *end = (const char *)p + n;
#if defined(__x86_64__) || defined(__i386__)
    for (; a < end; a += 64)
        _mm_clflush(a);
    _mm_mfence();
#elif defined(__aarch64__)
    for (; a < end; a += 64)
        __asm__ volatile("dc civac, %0" ::"r"(a) : "memory");
    __asm__ volatile("dsb ish" ::: "memory");
#else
    (void)a;
    (void)end;
#endif
}

/* Room for n more results. Pointers into B->res stay valid until the next
 * reserve, so a case reserves all its rows before taking any pointer. */
static void reserve_results(bench *B, size_t n)
{
    if (B->nres + n <= B->capres)
        return;
    size_t c = B->capres ? 2 * B->capres : 64;
    while (c < B->nres + n)
        c *= 2;
    afb_result *r = realloc(B->res, c * sizeof *r);
    if (!r) {
        fprintf(stderr, "attnforge-bench: out of memory\n");
        exit(1);
    }
    B->res = r;
    B->capres = c;
}

static afb_result *new_result(bench *B)
{
    if (B->nres == B->capres) {
        fprintf(stderr, "attnforge-bench: internal error: results not reserved\n");
        abort();
    }
    afb_result *r = &B->res[B->nres++];
    memset(r, 0, sizeof *r);
    return r;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

double afb_median(double *times, int n)
{
    qsort(times, (size_t)n, sizeof(double), cmp_double);
    return n % 2 ? times[n / 2] : 0.5 * (times[n / 2 - 1] + times[n / 2]);
}

/* The rows checked against the reference: all when few, else evenly spread
 * over (b, h, i) plus the first and last, within a work budget. */
static int pick_rows(const shape *s, int want, int *rows_out)
{
    const afb_preset *pr = s->pr;
    int total = pr->hq * s->sq;
    if (want <= 0)
        return 0;
    double per_row = (s->pairs / s->sq + 1) * (pr->dk + pr->dv);
    int budget = (int)fmin(1e6, fmax(4.0, 3e8 / per_row));
    if (want > budget)
        want = budget;
    if (total <= want) {
        for (int r = 0; r < total; r++)
            rows_out[r] = r;
        return total;
    }
    int n = 0;
    rows_out[n++] = 0;
    rows_out[n++] = total - 1;
    for (int k = 0; n < want; k++) {
        int r = (int)(((double)k + 0.5) * total / (want - 2));
        if (r >= total)
            break;
        rows_out[n++] = r;
    }
    return n;
}

typedef struct dcase {
    attnforge_params p;   /* unrolled/generic call (o set per impl) */
    afb_mat_problem mp;   /* the materialized call */
    void *o[2];           /* storage-dtype outputs of unrolled and generic */
    float *om;            /* f32 output of materialized */
    int dtype;            /* of Q and O */
    attnforge_format kvf; /* of K */
    attnforge_format vf;  /* of V (kvf unless --kv-format K:V) */
    int bhsd;             /* K/V cache as [B, Hkv, Skv, D] (--kv-layout bhsd) */
    char label[40];       /* "f16", or "f32/q8_0" when K/V differ ("f32/q8_0:f16"); " bhsd" appended */
} dcase;

/* --flush-kv: the K and V the impl is about to read, out of every cache.
 * (x86-64 and AArch64; elsewhere nothing is evicted.) */
static void flush_kv(const dcase *c, int impl)
{
    const attnforge_params *p = &c->p;
    if (impl == AFB_MATERIALIZED) {
        const afb_mat_problem *m = &c->mp;
        evict_lines(m->k, (size_t)m->B * m->Skv * m->Hkv * m->Dk * sizeof(float));
        evict_lines(m->v, (size_t)m->B * m->Skv * m->Hkv * m->Dv * sizeof(float));
        return;
    }
    const int64_t nk = (int64_t)p->batch * p->seq_kv * p->heads_kv * p->head_dim_k;
    const int64_t nv = (int64_t)p->batch * p->seq_kv * p->heads_kv * p->head_dim_v;
    evict_lines(p->k, attnforge_format_bytes(c->kvf, nk));
    evict_lines(p->v, attnforge_format_bytes(c->vf, nv));
}

attnforge_format afb_dtype_format(int dtype)
{
    switch (dtype) {
    case ATTNFORGE_F16: return ATTNFORGE_FORMAT_F16;
    case ATTNFORGE_BF16: return ATTNFORGE_FORMAT_BF16;
    default: return ATTNFORGE_FORMAT_F32;
    }
}

static int call_impl(bench *B, dcase *c, int impl)
{
    if (impl == AFB_MATERIALIZED)
        return afb_mat_run(B->mat, &c->mp) == 0 ? 0 : -1;
    c->p.o = c->o[impl];
    return attnforge_attention(B->ctx[impl], &c->p) == ATTNFORGE_OK ? 0 : -1;
}

static double spec_bound(int out_dtype)
{
    if (out_dtype == ATTNFORGE_F16)
        return ldexp(1.0, -10) + 1e-5;
    if (out_dtype == ATTNFORGE_BF16)
        return ldexp(1.0, -7) + 1e-5;
    return 1e-5;
}

/* What the status line calls a (dtype, K/V format): "f16", or "f32/q8_0". */
static void case_label(char *buf, size_t n, int dtype, attnforge_format kvf, attnforge_format vf,
                       int bhsd)
{
    if (kvf == afb_dtype_format(dtype) && vf == kvf)
        snprintf(buf, n, "%s%s", tu_dtype_name((attnforge_dtype)dtype), bhsd ? " bhsd" : "");
    else
        snprintf(buf, n, "%s/%s%s%s%s", tu_dtype_name((attnforge_dtype)dtype),
                 attnforge_format_name(kvf), vf != kvf ? ":" : "", vf != kvf ? attnforge_format_name(vf) : "",
                 bhsd ? " bhsd" : "");
}

/* The kv_format column: "q8_0", or "q8_0:f16" when K and V differ (kept for the run). */
static const char *kv_format_name(attnforge_format kvf, attnforge_format vf)
{
    if (vf == kvf)
        return attnforge_format_name(kvf);
    static char names[16][24];
    static int n;
    char *s = names[n++ % 16];
    snprintf(s, sizeof names[0], "%s:%s", attnforge_format_name(kvf), attnforge_format_name(vf));
    return s;
}

/* The inputs of one (dtype, K/V format): what attnforge reads (Q in dtype,
 * K and V in the K/V format) and what the materialized path reads (f32 copies
 * of the values those hold, made here, untimed). f32 tensors are the caller's
 * arrays themselves. */
typedef struct inputs {
    const void *q, *k, *v;
    const float *qm, *km, *vm;
    float k_scale, v_scale; /* fp8 K / V: the per-tensor scale; else 0 */
    void *own[6];
} inputs;

/* The per-tensor fp8 scale that maps the largest |x| to the format's largest
 * finite value (448 for e4m3, 57344 for e5m2), as vLLM's scaled caches do, so
 * the values use the whole range. 1 for an all-zero tensor. */
static float fp8_scale(const float *x, size_t n, float fmax)
{
    float amax = 0.0f;
    for (size_t i = 0; i < n; i++)
        amax = fmaxf(amax, fabsf(x[i]));
    return amax > 0.0f && isfinite(amax) ? amax / fmax : 1.0f;
}

/* x (n f32 values) stored in format f through the library's public
 * converters: *stored gets the storage copy (x itself for f32) and, when back
 * is non-NULL, *back the f32 values the copy holds (fp8: code times scale).
 * New buffers go to own[0] and own[1]. Returns the fp8 scale, else 0. */
static float store(attnforge_format f, const float *x, size_t n, const void **stored,
                   const float **back, void *own[2])
{
    *stored = x;
    if (back)
        *back = x;
    if (f == ATTNFORGE_FORMAT_F32)
        return 0.0f;
    unsigned char *st = afb_xmalloc(attnforge_format_bytes(f, (int64_t)n));
    float *bk = back ? afb_xmalloc(n * 4) : NULL;
    float scale = 0.0f;
    switch (f) {
    case ATTNFORGE_FORMAT_F16:
    case ATTNFORGE_FORMAT_BF16: {
        const attnforge_dtype dt = f == ATTNFORGE_FORMAT_F16 ? ATTNFORGE_F16 : ATTNFORGE_BF16;
        tu_f32_to_storage(dt, x, n, st);
        if (bk)
            tu_storage_to_f32(dt, st, n, bk);
        break;
    }
    case ATTNFORGE_FORMAT_Q8_0:
        attnforge_quantize_q8_0(x, st, (int64_t)n);
        if (bk)
            attnforge_dequantize_q8_0(st, bk, (int64_t)n);
        break;
    case ATTNFORGE_FORMAT_Q4_0:
        attnforge_quantize_q4_0(x, st, (int64_t)n);
        if (bk)
            attnforge_dequantize_q4_0(st, bk, (int64_t)n);
        break;
    default: { /* fp8 */
        const int e4m3 = f == ATTNFORGE_FORMAT_FP8_E4M3;
        const float fmax = e4m3 ? 448.0f : 57344.0f;
        scale = fp8_scale(x, n, fmax);
        for (size_t i = 0; i < n; i++) {
            /* clamped: a value that rounds past fmax would be NaN (e4m3) or Inf */
            const float y = fminf(fmaxf(x[i] / scale, -fmax), fmax);
            st[i] = e4m3 ? attnforge_f32_to_fp8_e4m3(y) : attnforge_f32_to_fp8_e5m2(y);
            if (bk)
                bk[i] = scale * (e4m3 ? attnforge_fp8_e4m3_to_f32(st[i])
                                      : attnforge_fp8_e5m2_to_f32(st[i]));
        }
        break;
    }
    }
    *stored = st;
    if (back)
        *back = bk;
    own[0] = st;
    own[1] = bk;
    return scale;
}

/* A [Skv, Hkv] grid of rows of D elements in format f, stored row after row,
 * rewritten in [Hkv, Skv] order (a row of a block format is whole blocks).
 * *x becomes the new copy, which *own (freed first) then owns. */
static void to_bhsd(attnforge_format f, int skv, int hkv, int d, const void **x, void **own)
{
    const size_t rb = attnforge_format_bytes(f, d);
    unsigned char *t = afb_xmalloc(rb * (size_t)skv * (size_t)hkv);
    const unsigned char *src = *x;
    for (int j = 0; j < skv; j++)
        for (int h = 0; h < hkv; h++)
            memcpy(t + ((size_t)h * skv + j) * rb, src + ((size_t)j * hkv + h) * rb, rb);
    free(*own);
    *own = t;
    *x = t;
}

static void prepare_inputs(bench *B, const shape *s, int dtype, attnforge_format kvf,
                           attnforge_format vf, int bhsd,
                           const float *q32, const float *k32, const float *v32, inputs *in)
{
    const afb_preset *pr = s->pr;
    const size_t nq = (size_t)s->sq * pr->hq * pr->dk, nk = (size_t)s->skv * pr->hkv * pr->dk;
    const size_t nv = (size_t)s->skv * pr->hkv * pr->dv;
    const int want_mat = (B->o->impls >> AFB_MATERIALIZED) & 1;
    memset(in, 0, sizeof *in);
    store(afb_dtype_format(dtype), q32, nq, &in->q, want_mat ? &in->qm : NULL, &in->own[0]);
    in->k_scale = store(kvf, k32, nk, &in->k, want_mat ? &in->km : NULL, &in->own[2]);
    in->v_scale = store(vf, v32, nv, &in->v, want_mat ? &in->vm : NULL, &in->own[4]);
    if (bhsd) { /* --kv-layout bhsd: rows moved from [Skv, Hkv] to [Hkv, Skv] order */
        to_bhsd(kvf, s->skv, pr->hkv, pr->dk, &in->k, &in->own[2]);
        to_bhsd(vf, s->skv, pr->hkv, pr->dv, &in->v, &in->own[4]);
    }
}

static void free_inputs(inputs *in)
{
    for (int i = 0; i < 6; i++)
        free(in->own[i]);
}

/* The attnforge call and the materialized problem on the same inputs, with an
 * output per impl (storage dtype for attnforge, f32 for materialized). */
static void setup_case(bench *B, const shape *s, int dtype, attnforge_format kvf,
                       attnforge_format vf, int bhsd, const inputs *in, const float *sinks,
                       const float *slopes, dcase *c)
{
    const opts *o = B->o;
    const afb_preset *pr = s->pr;
    const size_t no = (size_t)s->sq * pr->hq * pr->dv;
    memset(c, 0, sizeof *c);
    c->dtype = dtype;
    c->kvf = kvf;
    c->vf = vf;
    c->bhsd = bhsd;
    case_label(c->label, sizeof c->label, dtype, kvf, vf, bhsd);
    c->p = (attnforge_params){
        .dtype = (attnforge_dtype)dtype,
        .batch = 1,
        .seq_q = s->sq,
        .seq_kv = s->skv,
        .heads_q = pr->hq,
        .heads_kv = pr->hkv,
        .head_dim_k = pr->dk,
        .head_dim_v = pr->dv,
        .q = in->q,
        .k = in->k,
        .v = in->v,
        .scale = pr->scale_mult / sqrtf((float)pr->dk),
        .softcap = pr->softcap,
        .alibi_slopes = slopes,
        .causal = 1,
        .sliding_window = s->win_left >= 0,
        .window_left = s->win_left >= 0 ? s->win_left : -1,
        .window_right = s->win_left >= 0 ? 0 : -1,
        .sinks = sinks,
        .k_format = kvf,
        .v_format = vf,
        .k_scale = in->k_scale,
        .v_scale = in->v_scale,
    };
    if (bhsd) {
        const int64_t hk = (int64_t)s->skv * pr->dk, hv = (int64_t)s->skv * pr->dv; /* a head */
        c->p.k_stride = (attnforge_strides){hk * pr->hkv, pr->dk, hk};
        c->p.v_stride = (attnforge_strides){hv * pr->hkv, pr->dv, hv};
    }
    for (int i = 0; i < 2; i++)
        c->o[i] = ((o->impls >> i) & 1) ? afb_xmalloc(no * tu_dtype_size((attnforge_dtype)dtype)) : NULL;
    if ((o->impls >> AFB_MATERIALIZED) & 1) {
        c->om = afb_xmalloc(no * 4);
        c->mp = (afb_mat_problem){1, s->sq, s->skv, pr->hq, pr->hkv, pr->dk, pr->dv, in->qm,
                                  in->km, in->vm, c->om, c->p.scale, pr->softcap, slopes, sinks, 1,
                                  s->win_left, s->win_left >= 0 ? 0 : -1};
    }
}

static void free_case(dcase *c)
{
    free(c->om);
    free(c->o[0]);
    free(c->o[1]);
}

/* A result row with the shape, the work it counts and its ceiling; the
 * measured fields NaN until measured. */
static afb_result *new_row(bench *B, const shape *s, const dcase *c, int impl)
{
    const afb_preset *pr = s->pr;
    const int dtype = c->dtype;
    afb_result *r = new_result(B);
    r->preset = pr->name;
    r->path = s->decode ? "decode" : "prefill";
    r->dtype = tu_dtype_name((attnforge_dtype)dtype);
    r->kv_format = kv_format_name(c->kvf, c->vf);
    r->kv_layout = c->bhsd ? "bhsd" : "bshd";
    r->batch = 1;
    r->hq = pr->hq;
    r->hkv = pr->hkv;
    r->dk = pr->dk;
    r->dv = pr->dv;
    r->sq = s->sq;
    r->skv = s->skv;
    r->window = pr->window;
    r->sinks = pr->sinks;
    r->alibi = pr->alibi;
    r->causal = 1;
    r->softcap = pr->softcap;
    r->threads = B->o->threads;
    r->impl = impl;
    r->median_us = r->min_us = r->gbps = r->gflops = r->pct_of_ceiling = NAN;
    r->speedup_vs_generic = r->speedup_vs_materialized = r->max_rel_err = NAN;
    r->err_bound = spec_bound(impl == AFB_MATERIALIZED ? ATTNFORGE_F32 : dtype);
    /* each visible K and V row read once at its format's size (34 / 18 bytes
     * per 32 elements for q8_0 / q4_0), Q read and O written once */
    const double kv_row_bytes = (double)(attnforge_format_bytes(c->kvf, pr->dk) +
                                         attnforge_format_bytes(c->vf, pr->dv));
    const double qo_row_bytes =
        (double)(pr->dk + pr->dv) * (double)tu_dtype_size((attnforge_dtype)dtype);
    r->bytes = s->kv_visible * pr->hkv * kv_row_bytes + (double)s->sq * pr->hq * qo_row_bytes;
    r->flops = 2.0 * s->pairs * pr->hq * (pr->dk + pr->dv);
    const int bf16_dot = dtype == ATTNFORGE_BF16 && c->kvf == ATTNFORGE_FORMAT_BF16 &&
                         c->vf == ATTNFORGE_FORMAT_BF16 &&
                         !isnan(B->roof.bf16_gflops);
    r->ceiling = s->decode ? "dram_read" : bf16_dot ? "bf16_dot" : "f32_fma";
    if (impl == AFB_MATERIALIZED &&
        (dtype != ATTNFORGE_F32 || c->kvf != ATTNFORGE_FORMAT_F32 || c->vf != ATTNFORGE_FORMAT_F32))
        r->note = "inputs converted (K/V dequantized) to f32 once, outside the timed region";
    return r;
}

/* The untimed warm-up call of one impl (also the call that is checked): r
 * gets the kernel (or the error) and ok; *est the duration of one call.
 * Returns 0, or -1 when the call failed. */
static int warm_up(bench *B, const shape *s, dcase *c, int impl, afb_result *r, double *est)
{
    afb_progress(B, 1, "%s %s %dx%d %s: warm-up %s", s->pr->name, r->path, s->sq, s->skv, c->label,
             afb_impl_names[impl]);
    double t0 = afb_now_s();
    int rc = call_impl(B, c, impl);
    *est = afb_now_s() - t0;
    if (rc != 0) {
        if (impl == AFB_MATERIALIZED)
            snprintf(r->kernel, sizeof r->kernel, "error: out of memory");
        else
            snprintf(r->kernel, sizeof r->kernel, "error: %s", attnforge_last_error());
        return -1;
    }
    if (impl == AFB_MATERIALIZED)
        snprintf(r->kernel, sizeof r->kernel, "%s%s", afb_mat_describe(B->mat),
                 c->dtype != ATTNFORGE_F32 || c->kvf != ATTNFORGE_FORMAT_F32 ||
                         c->vf != ATTNFORGE_FORMAT_F32
                     ? " [f32 copy of inputs]"
                     : "");
    else
        snprintf(r->kernel, sizeof r->kernel, "%s", attnforge_last_kernel());
    if (*est < 0.05) { /* a second warm-up gives a steadier estimate */
        t0 = afb_now_s();
        call_impl(B, c, impl);
        *est = afb_now_s() - t0;
    }
    r->ok = 1;
    return 0;
}

/* Largest relative error of one impl's output row against ref (NaN sticks). */
static double row_rel_err(const dcase *c, int impl, size_t off, const double *ref, int dv)
{
    double rmax = 0, e = 0;
    for (int d = 0; d < dv; d++)
        if (fabs(ref[d]) > rmax)
            rmax = fabs(ref[d]);
    for (int d = 0; d < dv; d++) {
        double x = impl == AFB_MATERIALIZED
                       ? (double)c->om[off + d]
                       : tu_load((attnforge_dtype)c->dtype, c->o[impl], (int64_t)(off + d));
        double diff = fabs(x - ref[d]);
        if (!(diff <= e))
            e = diff;
    }
    return rmax > 0 ? e / rmax : e;
}

/* Accuracy of every active impl against the f64 reference, on sampled rows:
 * max_rel_err and rows_checked of their results. The reference reads the
 * call's own tensors (K/V through their format and scale, exactly), so every
 * impl is checked against the values it was given: the cache format's
 * rounding of K/V is part of the input, not of the error. */
static void check_accuracy(bench *B, const shape *s, const dcase *c, int active,
                           afb_result *const res[AFB_NIMPL])
{
    const opts *o = B->o;
    const afb_preset *pr = s->pr;
    if (o->check_rows <= 0 || !active)
        return;
    afb_progress(B, 1, "%s %s %dx%d %s: checking against the f64 reference", pr->name,
             s->decode ? "decode" : "prefill", s->sq, s->skv, c->label);
    int *rows = afb_xmalloc(sizeof(int) * (size_t)(o->check_rows + 2));
    int nr = pick_rows(s, o->check_rows, rows);
    double *ref = afb_xmalloc(sizeof(double) * (size_t)pr->dv);
    double worst[AFB_NIMPL] = {0, 0, 0};
    int checked = 0;
    for (int k = 0; k < nr; k++) {
        int h = rows[k] / s->sq, i = rows[k] % s->sq;
        double lse;
        if (ref_row(&c->p, 0, h, i, ref, &lse) != 0)
            continue;
        size_t off = ((size_t)i * pr->hq + (size_t)h) * pr->dv;
        for (int impl = 0; impl < AFB_NIMPL; impl++) {
            if (!((active >> impl) & 1))
                continue;
            double e = row_rel_err(c, impl, off, ref, pr->dv);
            if (!(e <= worst[impl]))
                worst[impl] = e;
        }
        checked++;
    }
    for (int impl = 0; impl < AFB_NIMPL; impl++)
        if ((active >> impl) & 1 && checked > 0) {
            res[impl]->max_rel_err = worst[impl];
            res[impl]->rows_checked = checked;
        }
    free(ref);
    free(rows);
}

/* Timed calls per active impl: --reps, or enough for --min-time from the
 * warm-up estimate (at least 5, at most --max-reps, 100 with --flush).
 * Returns the largest count. */
static int plan_reps(const opts *o, int active, const double est[AFB_NIMPL], int reps[AFB_NIMPL])
{
    int maxr = 0;
    for (int impl = 0; impl < AFB_NIMPL; impl++) {
        reps[impl] = 0;
        if (!((active >> impl) & 1))
            continue;
        if (o->reps > 0) {
            reps[impl] = o->reps;
        } else {
            double want = ceil(o->min_time / fmax(est[impl], 1e-7));
            int cap = o->flush == AFB_FLUSH_ALL && o->max_reps > 100 ? 100 : o->max_reps;
            reps[impl] = (int)fmin(fmax(want, 5), cap);
        }
        if (reps[impl] > maxr)
            maxr = reps[impl];
    }
    return maxr;
}

/* Interleaved timing: in round r, impl i runs when its own count steps, so
 * every impl's calls are spread evenly over the same wall-clock span.
 * times[impl] gets cnt[impl] durations (seconds). */
static void time_interleaved(bench *B, const shape *s, dcase *c, const int reps[AFB_NIMPL],
                             int maxr, double *times[AFB_NIMPL], int cnt[AFB_NIMPL])
{
    const opts *o = B->o;
    for (int r = 0; r < maxr; r++) {
        for (int impl = 0; impl < AFB_NIMPL; impl++) {
            if (!reps[impl])
                continue;
            long long a = (long long)r * reps[impl] / maxr;
            long long b = (long long)(r + 1) * reps[impl] / maxr;
            if (b == a || cnt[impl] >= reps[impl])
                continue;
            if (o->flush == AFB_FLUSH_ALL)
                flush_caches(B);
            else if (o->flush == AFB_FLUSH_KV)
                flush_kv(c, impl);
            double t0 = afb_now_s();
            call_impl(B, c, impl);
            times[impl][cnt[impl]++] = afb_now_s() - t0;
        }
        if (afb_now_s() - B->last_progress > 0.25)
            afb_progress(B, 1, "%s %s %dx%d %s: round %d/%d", s->pr->name,
                     s->decode ? "decode" : "prefill", s->sq, s->skv, c->label, r + 1, maxr);
    }
}

/* Median and minimum of n durations (sorts them), throughput and the share
 * of the ceiling into r. */
static void summarize(const bench *B, const shape *s, double *times, int n, afb_result *r)
{
    double med = afb_median(times, n);
    r->reps = n;
    r->median_us = med * 1e6;
    r->min_us = times[0] * 1e6;
    r->gbps = r->bytes / med / 1e9;
    r->gflops = r->flops / med / 1e9;
    double ceil_v = s->decode ? B->roof.dram_read_gbps
                    : strcmp(r->ceiling, "bf16_dot") == 0 ? B->roof.bf16_gflops
                                                          : B->roof.f32_gflops;
    r->pct_of_ceiling = 100.0 * (s->decode ? r->gbps : r->gflops) / ceil_v;
}

static void speedups(afb_result *const res[AFB_NIMPL])
{
    for (int impl = 0; impl < AFB_NIMPL; impl++) {
        if (!res[impl] || !res[impl]->ok)
            continue;
        if (res[AFB_GENERIC] && res[AFB_GENERIC]->ok)
            res[impl]->speedup_vs_generic = res[AFB_GENERIC]->median_us / res[impl]->median_us;
        if (res[AFB_MATERIALIZED] && res[AFB_MATERIALIZED]->ok)
            res[impl]->speedup_vs_materialized =
                res[AFB_MATERIALIZED]->median_us / res[impl]->median_us;
    }
}

/* The table row, and the CSV and JSON rows when asked for. */
static void emit_rows(bench *B, afb_result *const res[AFB_NIMPL])
{
    afb_progress_clear(B);
    for (int impl = 0; impl < AFB_NIMPL; impl++) {
        if (!res[impl])
            continue;
        afb_print_row(stdout, res[impl]);
        if (B->csv && afb_csv_row(B->csv, res[impl]) != 0)
            B->write_failed = 1;
        if (B->json && afb_json_row(B->json, res[impl]) != 0)
            B->write_failed = 1;
    }
    fflush(stdout);
}

/* One shape in one (dtype, K/V format): every selected impl warmed up,
 * checked, timed interleaved, and reported. */
static void measure_case(bench *B, const shape *s, int dtype, attnforge_format kvf,
                         attnforge_format vf, int bhsd, const float *q32, const float *k32,
                         const float *v32, const float *sinks, const float *slopes)
{
    const opts *o = B->o;
    char label[40];
    case_label(label, sizeof label, dtype, kvf, vf, bhsd);
    afb_progress(B, 0, "%s %s %dx%d %s: preparing inputs", s->pr->name,
             s->decode ? "decode" : "prefill", s->sq, s->skv, label);
    inputs in;
    prepare_inputs(B, s, dtype, kvf, vf, bhsd, q32, k32, v32, &in);
    dcase c;
    setup_case(B, s, dtype, kvf, vf, bhsd, &in, sinks, slopes, &c);

    reserve_results(B, AFB_NIMPL);
    afb_result *res[AFB_NIMPL] = {0};
    double est[AFB_NIMPL];
    int active = 0;
    for (int impl = 0; impl < AFB_NIMPL; impl++) {
        if (!((o->impls >> impl) & 1))
            continue;
        res[impl] = new_row(B, s, &c, impl);
        if (warm_up(B, s, &c, impl, res[impl], &est[impl]) == 0)
            active |= 1 << impl;
    }
    check_accuracy(B, s, &c, active, res);

    int reps[AFB_NIMPL];
    int maxr = plan_reps(o, active, est, reps);
    double *times[AFB_NIMPL] = {0};
    int cnt[AFB_NIMPL] = {0, 0, 0};
    for (int impl = 0; impl < AFB_NIMPL; impl++)
        if (reps[impl])
            times[impl] = afb_xmalloc(sizeof(double) * (size_t)reps[impl]);
    time_interleaved(B, s, &c, reps, maxr, times, cnt);
    for (int impl = 0; impl < AFB_NIMPL; impl++) {
        if (!reps[impl])
            continue;
        summarize(B, s, times[impl], cnt[impl], res[impl]);
        free(times[impl]);
    }
    speedups(res);
    emit_rows(B, res);

    free_case(&c);
    free_inputs(&in);
}

void afb_measure_shape(bench *B, const shape *s)
{
    const afb_preset *pr = s->pr;
    const size_t nq = (size_t)s->sq * pr->hq * pr->dk, nk = (size_t)s->skv * pr->hkv * pr->dk;
    const size_t nv = (size_t)s->skv * pr->hkv * pr->dv;
    uint64_t seed = B->o->seed * 0x100000001b3ull ^ ((uint64_t)s->skv << 20) ^ (uint64_t)s->sq;
    float *q = afb_xmalloc(nq * 4), *k = afb_xmalloc(nk * 4), *v = afb_xmalloc(nv * 4);
    afb_progress(B, 1, "%s %s %dx%d: generating inputs", pr->name, s->decode ? "decode" : "prefill",
             s->sq, s->skv);
    tu_fill_f32(q, nq, seed ^ 1, -1.0f, 1.0f);
    tu_fill_f32(k, nk, seed ^ 2, -1.0f, 1.0f);
    tu_fill_f32(v, nv, seed ^ 3, -1.0f, 1.0f);
    float *sinks = NULL, *slopes = NULL;
    if (pr->sinks) {
        sinks = afb_xmalloc(sizeof(float) * (size_t)pr->hq);
        tu_fill_f32(sinks, (size_t)pr->hq, seed ^ 4, 0.0f, 2.0f);
    }
    if (pr->alibi) {
        slopes = afb_xmalloc(sizeof(float) * (size_t)pr->hq);
        attnforge_alibi_slopes(pr->hq, slopes);
    }
    const opts *o = B->o;
    for (int d = 0; d < o->ndtypes; d++) {
        const int dtype = o->dtypes[d];
        /* without --kv-format, K/V are in the dtype: the one-dtype call */
        for (int f = 0; f < (o->nkv_formats ? o->nkv_formats : 1); f++) {
            const int code = o->nkv_formats ? o->kv_formats[f] : (int)afb_dtype_format(dtype);
            const attnforge_format kvf = (attnforge_format)(code & 0xff);
            const attnforge_format vf = code >> 8 ? (attnforge_format)(code >> 8) : kvf;
            for (int bhsd = 0; bhsd < 2; bhsd++) { /* --kv-layout: bshd, then bhsd */
                if (!((o->kv_layouts >> bhsd) & 1))
                    continue;
                B->case_no++;
                measure_case(B, s, dtype, kvf, vf, bhsd, q, k, v, sinks, slopes);
            }
        }
    }
    free(q);
    free(k);
    free(v);
    free(sinks);
    free(slopes);
}
