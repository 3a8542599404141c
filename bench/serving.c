/*
 * The serving scenario (--serving, issue 16): one step of a continuous batch
 * as a serving engine runs it -- one chunk of a prompt in prefill plus many
 * sequences in decode, each with its own length, all in one paged K/V cache
 * -- timed three ways on the same inputs, interleaved:
 *   varlen        one attnforge call over the packed batch (cu_seqlens_q)
 *   per_sequence  one attnforge call per sequence
 *   padded        one attnforge call with every sequence padded to the
 *                 longest query count (the decode sequences' extra rows are
 *                 computed and thrown away), kv_len per sequence
 * and reported as tokens/s (query rows / step time) and as a share of the
 * step's roofline: the decode sequences' K/V bytes at the DRAM probe's rate
 * plus the prefill chunk's FLOP at the FMA probe's rate.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "afb.h"
#include "attnforge.h"
#include "run.h"
#include "testutil.h"

enum { SV_VARLEN, SV_PER_SEQUENCE, SV_PADDED, SV_NIMPL };
static const char *const sv_names[SV_NIMPL] = {"varlen", "per_sequence", "padded"};

typedef struct step {
    const afb_preset *pr;
    int dtype;                /* Q and O */
    attnforge_format kvf;     /* K and V */
    int32_t n_seq, total_q, max_q, max_kv, page, pages_per_seq, n_blocks;
    int32_t *cu_q, *kv_len, *block_table;
    void *k, *v, *q, *qpad;   /* pool, packed Q, padded Q */
    void *o[SV_NIMPL];        /* packed O (varlen, per_sequence), padded O */
    float *sinks, *slopes;
    size_t qrow, orow;        /* bytes of one query row (all heads) of Q / O */
    attnforge_params base;    /* what every call shares */
    double decode_bytes, prefill_flop;
} step;

static size_t fbytes(attnforge_format f, int64_t n) { return attnforge_format_bytes(f, n); }

/* n values of x stored in format f at dst (fp8 unscaled: values are in [-1, 1]). */
static void store_row(attnforge_format f, const float *x, int64_t n, void *dst)
{
    unsigned char *d = dst;
    switch (f) {
    case ATTNFORGE_FORMAT_F32: memcpy(d, x, (size_t)n * 4); break;
    case ATTNFORGE_FORMAT_F16: tu_f32_to_storage(ATTNFORGE_F16, x, (size_t)n, d); break;
    case ATTNFORGE_FORMAT_BF16: tu_f32_to_storage(ATTNFORGE_BF16, x, (size_t)n, d); break;
    case ATTNFORGE_FORMAT_Q8_0: attnforge_quantize_q8_0(x, d, n); break;
    case ATTNFORGE_FORMAT_Q4_0: attnforge_quantize_q4_0(x, d, n); break;
    case ATTNFORGE_FORMAT_FP8_E4M3:
        for (int64_t i = 0; i < n; i++) d[i] = attnforge_f32_to_fp8_e4m3(x[i]);
        break;
    default:
        for (int64_t i = 0; i < n; i++) d[i] = attnforge_f32_to_fp8_e5m2(x[i]);
        break;
    }
}

/* rows x width random values in [-1, 1) stored in format f. */
static void *random_tensor(attnforge_format f, int64_t rows, int64_t width, uint64_t seed)
{
    unsigned char *t = afb_xmalloc(fbytes(f, rows * width));
    float *x = afb_xmalloc((size_t)width * 4);
    for (int64_t r = 0; r < rows; r++) {
        tu_fill_f32(x, (size_t)width, seed + (uint64_t)r, -1.0f, 1.0f);
        store_row(f, x, width, t + fbytes(f, r * width));
    }
    free(x);
    return t;
}

/* Visible keys of the query at position pos (causal, the preset's window). */
static int64_t visible(const afb_preset *pr, int64_t pos, int64_t kv)
{
    int64_t hi = pos + 1 < kv ? pos + 1 : kv;
    int64_t lo = pr->window > 0 && pos - (pr->window - 1) > 0 ? pos - (pr->window - 1) : 0;
    return hi > lo ? hi - lo : 0;
}

static void step_build(step *s, const opts *o, const afb_preset *pr, int dtype, attnforge_format kvf)
{
    memset(s, 0, sizeof *s);
    s->pr = pr;
    s->dtype = dtype;
    s->kvf = kvf;
    s->n_seq = 1 + o->serving_decodes;
    s->page = o->serving_page;
    s->cu_q = calloc((size_t)s->n_seq + 1, sizeof(int32_t));
    s->kv_len = calloc((size_t)s->n_seq, sizeof(int32_t));
    /* sequence 0: the prefill chunk (its last serving_prefill tokens of
     * serving_prefill_ctx); then the decodes, lengths spread geometrically
     * over [serving_kv_lo, serving_kv_hi] */
    s->cu_q[1] = o->serving_prefill;
    s->kv_len[0] = o->serving_prefill_ctx;
    for (int32_t b = 1; b < s->n_seq; b++) {
        const double f = s->n_seq > 2 ? (double)(b - 1) / (s->n_seq - 2) : 1.0;
        s->kv_len[b] = (int32_t)lround(o->serving_kv_lo * pow((double)o->serving_kv_hi / o->serving_kv_lo, f));
        s->cu_q[b + 1] = s->cu_q[b] + 1;
    }
    s->total_q = s->cu_q[s->n_seq];
    s->max_q = o->serving_prefill;
    for (int32_t b = 0; b < s->n_seq; b++)
        if (s->kv_len[b] > s->max_kv) s->max_kv = s->kv_len[b];

    /* the paged pool: every sequence's pages, shuffled over the pool */
    s->pages_per_seq = (s->max_kv + s->page - 1) / s->page;
    for (int32_t b = 0; b < s->n_seq; b++) s->n_blocks += (s->kv_len[b] + s->page - 1) / s->page;
    int32_t *perm = malloc(sizeof(int32_t) * (size_t)s->n_blocks);
    for (int32_t i = 0; i < s->n_blocks; i++) perm[i] = i;
    uint64_t st = o->seed * 7919u + 11u;
    for (int32_t i = s->n_blocks - 1; i > 0; i--) {
        const int32_t j = (int32_t)(tu_splitmix64(&st) % (uint64_t)(i + 1)), t = perm[i];
        perm[i] = perm[j];
        perm[j] = t;
    }
    s->block_table = calloc((size_t)s->n_seq * (size_t)s->pages_per_seq, sizeof(int32_t));
    for (int32_t b = 0, next = 0; b < s->n_seq; b++)
        for (int32_t e = 0; e < (s->kv_len[b] + s->page - 1) / s->page; e++)
            s->block_table[(int64_t)b * s->pages_per_seq + e] = perm[next++];
    free(perm);
    const int64_t pool_rows = (int64_t)s->n_blocks * s->page;
    s->k = random_tensor(kvf, pool_rows, (int64_t)pr->hkv * pr->dk, o->seed * 1000003u + 1);
    s->v = random_tensor(kvf, pool_rows, (int64_t)pr->hkv * pr->dv, o->seed * 1000003u + 2);

    /* Q packed and padded (the padded rows of a decode sequence repeat its
     * real row, which is its last: bottom-right alignment), O per impl */
    const attnforge_format qf = afb_dtype_format(dtype);
    s->qrow = fbytes(qf, (int64_t)pr->hq * pr->dk);
    s->orow = fbytes(qf, (int64_t)pr->hq * pr->dv);
    s->q = random_tensor(qf, s->total_q, (int64_t)pr->hq * pr->dk, o->seed * 1000003u + 3);
    s->qpad = afb_xmalloc((size_t)s->n_seq * (size_t)s->max_q * s->qrow);
    for (int32_t b = 0; b < s->n_seq; b++) {
        const int32_t sq = s->cu_q[b + 1] - s->cu_q[b];
        for (int32_t i = 0; i < s->max_q; i++) {
            const int32_t src = s->cu_q[b] + (i - (s->max_q - sq) >= 0 ? i - (s->max_q - sq) : 0);
            memcpy((char *)s->qpad + ((size_t)b * s->max_q + i) * s->qrow, (char *)s->q + (size_t)src * s->qrow,
                   s->qrow);
        }
    }
    s->o[SV_VARLEN] = afb_xmalloc((size_t)s->total_q * s->orow);
    s->o[SV_PER_SEQUENCE] = afb_xmalloc((size_t)s->total_q * s->orow);
    s->o[SV_PADDED] = afb_xmalloc((size_t)s->n_seq * s->max_q * s->orow);
    if (pr->sinks) {
        s->sinks = afb_xmalloc(sizeof(float) * (size_t)pr->hq);
        tu_fill_f32(s->sinks, (size_t)pr->hq, o->seed + 5, -1.0f, 1.0f);
    }
    if (pr->alibi) {
        s->slopes = afb_xmalloc(sizeof(float) * (size_t)pr->hq);
        attnforge_alibi_slopes(pr->hq, s->slopes);
    }

    const int win = pr->window > 0;
    s->base = (attnforge_params){
        .heads_q = pr->hq, .heads_kv = pr->hkv, .head_dim_k = pr->dk, .head_dim_v = pr->dv,
        .k = s->k, .v = s->v,
        .scale = pr->scale_mult / sqrtf((float)pr->dk), .softcap = pr->softcap,
        .alibi_slopes = s->slopes, .sinks = s->sinks,
        .causal = 1, .sliding_window = win, .window_left = win ? pr->window - 1 : -1,
        .window_right = win ? 0 : -1,
        .block_table = s->block_table, .block_table_stride = s->pages_per_seq,
        .page_size = s->page, .num_blocks = s->n_blocks,
        .q_format = qf, .o_format = qf, .k_format = kvf, .v_format = kvf,
    };

    /* the step's work: the decodes' K/V bytes (and their Q/O), the prefill's FLOP */
    const double kv_row = (double)fbytes(kvf, (int64_t)pr->hkv * pr->dk) + (double)fbytes(kvf, (int64_t)pr->hkv * pr->dv);
    for (int32_t b = 0; b < s->n_seq; b++) {
        const int32_t sq = s->cu_q[b + 1] - s->cu_q[b];
        double pairs = 0, keys = 0;
        for (int32_t i = 0; i < sq; i++) {
            const int64_t n = visible(pr, (int64_t)s->kv_len[b] - sq + i, s->kv_len[b]);
            pairs += (double)n;
            if ((double)n > keys) keys = (double)n;
        }
        if (b == 0)
            s->prefill_flop += 2.0 * pr->hq * (pr->dk + pr->dv) * pairs;
        else
            s->decode_bytes += keys * kv_row + (double)(s->qrow + s->orow);
    }
}

static void step_free(step *s)
{
    void *p[] = {s->cu_q, s->kv_len, s->block_table, s->k, s->v, s->q, s->qpad, s->o[0], s->o[1],
                 s->o[2], s->sinks, s->slopes};
    for (size_t i = 0; i < sizeof p / sizeof p[0]; i++) free(p[i]);
}

/* One timed run of impl; 0 or -1 (the message is in attnforge_last_error). */
static int run_impl(attnforge_context *ctx, step *s, int impl)
{
    attnforge_params p = s->base;
    if (impl == SV_VARLEN) {
        p.batch = s->n_seq;
        p.seq_q = s->total_q;
        p.seq_kv = s->max_kv;
        p.q = s->q;
        p.o = s->o[SV_VARLEN];
        p.cu_seqlens_q = s->cu_q;
        p.kv_len = s->kv_len;
        return attnforge_attention(ctx, &p) == ATTNFORGE_OK ? 0 : -1;
    }
    if (impl == SV_PADDED) {
        p.batch = s->n_seq;
        p.seq_q = s->max_q;
        p.seq_kv = s->max_kv;
        p.q = s->qpad;
        p.o = s->o[SV_PADDED];
        p.kv_len = s->kv_len;
        return attnforge_attention(ctx, &p) == ATTNFORGE_OK ? 0 : -1;
    }
    for (int32_t b = 0; b < s->n_seq; b++) {
        p.batch = 1;
        p.seq_q = s->cu_q[b + 1] - s->cu_q[b];
        p.seq_kv = s->kv_len[b];
        p.q = (const char *)s->q + (size_t)s->cu_q[b] * s->qrow;
        p.o = (char *)s->o[SV_PER_SEQUENCE] + (size_t)s->cu_q[b] * s->orow;
        p.block_table = s->block_table + (int64_t)b * s->pages_per_seq;
        if (attnforge_attention(ctx, &p) != ATTNFORGE_OK) return -1;
    }
    return 0;
}

/* Largest |a - b| between the packed O and the padded O's real rows. */
static double padded_diff(const step *s)
{
    const int64_t n = (int64_t)s->pr->hq * s->pr->dv;
    const attnforge_dtype dt = (attnforge_dtype)s->dtype;
    double worst = 0;
    for (int32_t b = 0; b < s->n_seq; b++) {
        const int32_t sq = s->cu_q[b + 1] - s->cu_q[b];
        for (int32_t i = 0; i < sq; i++) {
            const void *a = (const char *)s->o[SV_VARLEN] + (size_t)(s->cu_q[b] + i) * s->orow;
            const void *p = (const char *)s->o[SV_PADDED] + ((size_t)b * s->max_q + (s->max_q - sq + i)) * s->orow;
            for (int64_t e = 0; e < n; e++) {
                const double d = fabs(tu_load(dt, a, e) - tu_load(dt, p, e));
                if (!(d <= worst)) worst = d;
            }
        }
    }
    return worst;
}

void afb_serving_header(void)
{
    printf("%-14s %-6s %-8s %-13s %5s %10s %9s %7s %8s %8s  %s\n", "preset", "dtype", "kv", "impl",
           "reps", "median_ms", "tok/s", "%roof", "x_perseq", "x_padded", "kernel / check");
}

void afb_serving(bench *B, const afb_preset *pr, int dtype, attnforge_format kvf)
{
    const opts *o = B->o;
    step s;
    afb_progress(B, 0, "serving %s %s/%s: building the batch", pr->name,
                 tu_dtype_name((attnforge_dtype)dtype), attnforge_format_name(kvf));
    step_build(&s, o, pr, dtype, kvf);
    attnforge_context *ctx = B->ctx[AFB_UNROLLED];

    /* warm up (and estimate) each impl once; a failure skips the step */
    double est[SV_NIMPL];
    char kernel[SV_NIMPL][112];
    for (int i = 0; i < SV_NIMPL; i++) {
        afb_progress(B, 0, "serving %s: warming up %s", pr->name, sv_names[i]);
        const double t0 = afb_now_s();
        if (run_impl(ctx, &s, i) != 0) {
            printf("%-14s serving step failed (%s): %s\n", pr->name, sv_names[i], attnforge_last_error());
            step_free(&s);
            return;
        }
        est[i] = afb_now_s() - t0;
        snprintf(kernel[i], sizeof kernel[i], "%s", attnforge_last_kernel());
    }
    const int same = memcmp(s.o[SV_VARLEN], s.o[SV_PER_SEQUENCE], (size_t)s.total_q * s.orow) == 0;
    const double pad_err = padded_diff(&s);

    /* repetitions: the run's --reps, else ~min_time per impl, at least 5
     * (3 for padded, whose calls can take seconds), interleaved in rounds */
    int reps[SV_NIMPL], most = 0;
    for (int i = 0; i < SV_NIMPL; i++) {
        const int floor = i == SV_PADDED ? 3 : 5;
        reps[i] = o->reps > 0 ? o->reps : (int)ceil(o->min_time / (est[i] > 1e-6 ? est[i] : 1e-6));
        if (reps[i] < floor) reps[i] = floor;
        if (reps[i] > o->max_reps) reps[i] = o->max_reps;
        if (reps[i] > most) most = reps[i];
    }
    double *times[SV_NIMPL];
    int got[SV_NIMPL] = {0};
    for (int i = 0; i < SV_NIMPL; i++) times[i] = afb_xmalloc(sizeof(double) * (size_t)reps[i]);
    for (int r = 0; r < most; r++) {
        afb_progress(B, 1, "serving %s: round %d of %d", pr->name, r + 1, most);
        for (int k = 0; k < SV_NIMPL; k++) {
            const int i = (r + k) % SV_NIMPL; /* rotate who goes first */
            if (got[i] >= reps[i]) continue;
            const double t0 = afb_now_s();
            if (run_impl(ctx, &s, i) != 0) {
                fprintf(stderr, "attnforge-bench: serving %s failed: %s\n", sv_names[i], attnforge_last_error());
                exit(1);
            }
            times[i][got[i]++] = afb_now_s() - t0;
        }
    }
    afb_progress_clear(B);

    double med[SV_NIMPL], mn[SV_NIMPL];
    for (int i = 0; i < SV_NIMPL; i++) {
        med[i] = afb_median(times[i], got[i]);
        mn[i] = times[i][0];
        free(times[i]);
    }
    const double roof_s = s.decode_bytes / (B->roof.dram_read_gbps * 1e9) + s.prefill_flop / (B->roof.f32_gflops * 1e9);
    for (int i = 0; i < SV_NIMPL; i++) {
        const double tps = s.total_q / med[i], pct = 100.0 * roof_s / med[i];
        const double x_ps = med[SV_PER_SEQUENCE] / med[i], x_pad = med[SV_PADDED] / med[i];
        char check[64] = "";
        if (i == SV_PER_SEQUENCE) snprintf(check, sizeof check, "; O bitwise %s varlen's", same ? "equal to" : "DIFFERENT from");
        if (i == SV_PADDED) snprintf(check, sizeof check, "; max |O - varlen's| %.2g", pad_err);
        printf("%-14s %-6s %-8s %-13s %5d %10.3f %9.0f %7.1f %8.2f %8.2f  %s%s\n", pr->name,
               tu_dtype_name((attnforge_dtype)dtype), attnforge_format_name(kvf), sv_names[i], got[i],
               med[i] * 1e3, tps, pct, x_ps, x_pad, kernel[i], check);
        if (B->json) {
            int w = fprintf(B->json,
                "{\"scenario\":\"serving\",\"preset\":\"%s\",\"dtype\":\"%s\",\"kv_format\":\"%s\","
                "\"impl\":\"%s\",\"threads\":%d,\"sequences\":%d,\"prefill_rows\":%d,\"prefill_ctx\":%d,"
                "\"decodes\":%d,\"decode_kv_min\":%d,\"decode_kv_max\":%d,\"page_size\":%d,\"query_rows\":%d,"
                "\"reps\":%d,\"median_us\":%.3f,\"min_us\":%.3f,\"tokens_per_s\":%.1f,"
                "\"decode_bytes\":%.0f,\"prefill_flop\":%.0f,\"roofline_us\":%.3f,\"pct_of_roofline\":%.2f,"
                "\"speedup_vs_per_sequence\":%.4f,\"speedup_vs_padded\":%.4f,\"kernel\":\"%s\","
                "\"bitwise_equal_per_sequence\":%s,\"max_abs_diff_padded\":%.3g}\n",
                pr->name, tu_dtype_name((attnforge_dtype)dtype), attnforge_format_name(kvf), sv_names[i],
                o->threads, s.n_seq, o->serving_prefill, o->serving_prefill_ctx, s.n_seq - 1,
                o->serving_kv_lo, o->serving_kv_hi, s.page, s.total_q, got[i], med[i] * 1e6, mn[i] * 1e6,
                tps, s.decode_bytes, s.prefill_flop, roof_s * 1e6, pct, x_ps, x_pad, kernel[i],
                same ? "true" : "false", pad_err);
            if (w < 0) B->write_failed = 1;
        }
    }
    if (!same) B->serving_mismatch = 1;
    fflush(stdout);
    step_free(&s);
}
