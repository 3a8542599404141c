/*
 * examples/serving: a continuous-batching loop over a paged K/V cache, the
 * way a serving engine drives attention -- one packed variable-length call
 * per step (attnforge_params.cu_seqlens_q), whatever mix of prefill chunks
 * and decodes the step holds.
 *
 * Requests arrive over time, each with a prompt and a number of tokens to
 * generate. A step takes every running sequence: one still in its prompt
 * contributes a chunk of up to --chunk prompt tokens (chunked prefill), one
 * generating contributes one token. The step's new K/V rows are written into
 * the sequences' pages (allocated from a free list as they grow, returned when
 * a sequence finishes), then ONE attention call covers the whole step (see
 * THE ONE CALL below). There is no model: Q, K and V of token t of request r
 * are seeded random vectors, so the example needs no weights.
 *
 * Each step is checked two ways: the packed call must equal, bit for bit,
 * calling each sequence alone (SPEC.md), and one random row per step is
 * recomputed in double from the cache's dequantized values.
 *
 *   attnforge-serving [--requests 12] [--steps 0 (until all finish)]
 *                     [--kv f16|q8_0] [--chunk 64] [--threads 2] [--seed 1]
 * Exit status: 0 when every check passes, 1 otherwise, 2 on bad arguments.
 */
#define _POSIX_C_SOURCE 199309L /* clock_gettime */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "attnforge.h"

enum { HQ = 8, HKV = 2, D = 64, PAGE = 16, MAX_PAGES = 4096 };

typedef struct request {
    int arrive, prompt, generate; /* step it arrives, prompt tokens, tokens to generate */
    int len;                      /* tokens in the cache */
    int pages[256], n_pages;
    int done;
} request;

/* ---- seeded data ----------------------------------------------------------- */

static uint64_t mix(uint64_t x)
{
    x += 0x9e3779b97f4a7c15ull;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

/* n values in [-1, 1) for (what, request, token, head). */
static void vec(float *x, int n, uint64_t seed, int what, int r, int t, int h)
{
    uint64_t s = mix(seed ^ mix(((uint64_t)what << 56) ^ ((uint64_t)r << 40) ^ ((uint64_t)t << 8) ^ (uint64_t)h));
    for (int i = 0; i < n; i++) {
        s = mix(s);
        x[i] = (float)((double)(s >> 40) / (double)(1u << 24)) * 2.0f - 1.0f;
    }
}

/* ---- the paged cache --------------------------------------------------------- */

static attnforge_format kv_fmt = ATTNFORGE_FORMAT_F16;
static unsigned char *kpool, *vpool;
static int free_pages[MAX_PAGES], n_free;

static size_t row_bytes(void) { return attnforge_format_bytes(kv_fmt, (int64_t)HKV * D); }

/* Element offset of (page, slot) in the pool [MAX_PAGES, PAGE, HKV, D]. */
static int64_t pool_elem(int page, int slot) { return ((int64_t)page * PAGE + slot) * HKV * D; }

static void put(unsigned char *pool, int page, int slot, const float *x)
{
    unsigned char *dst = pool + attnforge_format_bytes(kv_fmt, pool_elem(page, slot));
    if (kv_fmt == ATTNFORGE_FORMAT_Q8_0) {
        attnforge_quantize_q8_0(x, dst, HKV * D);
    } else {
        for (int i = 0; i < HKV * D; i++) {
            uint16_t h = attnforge_f32_to_f16(x[i]);
            memcpy(dst + 2 * i, &h, 2);
        }
    }
}

static void get(const unsigned char *pool, int page, int slot, float *x)
{
    const unsigned char *src = pool + attnforge_format_bytes(kv_fmt, pool_elem(page, slot));
    if (kv_fmt == ATTNFORGE_FORMAT_Q8_0) {
        attnforge_dequantize_q8_0(src, x, HKV * D);
    } else {
        for (int i = 0; i < HKV * D; i++) {
            uint16_t h;
            memcpy(&h, src + 2 * i, 2);
            x[i] = attnforge_f16_to_f32(h);
        }
    }
}

/* Appends token t's K and V to request r (a new page when the last is full). */
static int append(request *rq, int r, uint64_t seed)
{
    const int t = rq->len;
    if (t % PAGE == 0) {
        if (n_free == 0 || rq->n_pages == 256) return -1;
        rq->pages[rq->n_pages++] = free_pages[--n_free];
    }
    float k[HKV * D], v[HKV * D];
    for (int h = 0; h < HKV; h++) {
        vec(k + h * D, D, seed, 1, r, t, h);
        vec(v + h * D, D, seed, 2, r, t, h);
    }
    put(kpool, rq->pages[t / PAGE], t % PAGE, k);
    put(vpool, rq->pages[t / PAGE], t % PAGE, v);
    rq->len++;
    return 0;
}

/* ---- the reference for one row ------------------------------------------------ */

static double ref_check(const request *rq, const float *q, int pos, const float *o)
{
    double worst = 0;
    float k[HKV * D], v[HKV * D];
    for (int h = 0; h < HQ; h++) {
        const int kvh = h / (HQ / HKV);
        double m = -INFINITY, l = 0, acc[D] = {0};
        for (int j = 0; j <= pos; j++) { /* causal */
            get(kpool, rq->pages[j / PAGE], j % PAGE, k);
            get(vpool, rq->pages[j / PAGE], j % PAGE, v);
            double s = 0;
            for (int d = 0; d < D; d++) s += (double)q[h * D + d] * k[kvh * D + d];
            s /= sqrt((double)D);
            const double mn = s > m ? s : m, f = exp(m - mn), p = exp(s - mn);
            l = l * f + p;
            for (int d = 0; d < D; d++) acc[d] = acc[d] * f + p * v[kvh * D + d];
            m = mn;
        }
        for (int d = 0; d < D; d++) {
            const double e = fabs(acc[d] / l - o[h * D + d]);
            if (e > worst) worst = e;
        }
    }
    return worst;
}

static double now_s(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

int main(int argc, char **argv)
{
    int n_req = 12, max_steps = 0, chunk = 64, threads = 2;
    uint64_t seed = 1;
    for (int i = 1; i < argc; i += 2) { /* --option value pairs */
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!v) { fprintf(stderr, "%s needs a value\n", a); return 2; }
        if (!strcmp(a, "--requests")) n_req = atoi(v);
        else if (!strcmp(a, "--steps")) max_steps = atoi(v);
        else if (!strcmp(a, "--chunk")) chunk = atoi(v);
        else if (!strcmp(a, "--threads")) threads = atoi(v);
        else if (!strcmp(a, "--seed")) seed = (uint64_t)atoll(v);
        else if (!strcmp(a, "--kv")) {
            if (!strcmp(v, "q8_0")) kv_fmt = ATTNFORGE_FORMAT_Q8_0;
            else if (strcmp(v, "f16")) { fprintf(stderr, "--kv f16 or q8_0\n"); return 2; }
        } else { fprintf(stderr, "unknown option %s\n", a); return 2; }
    }
    if (n_req < 1 || n_req > 1000 || chunk < 1 || threads < 1) { fprintf(stderr, "bad arguments\n"); return 2; }

    kpool = malloc((size_t)MAX_PAGES * PAGE * row_bytes());
    vpool = malloc((size_t)MAX_PAGES * PAGE * row_bytes());
    for (int p = 0; p < MAX_PAGES; p++) free_pages[n_free++] = MAX_PAGES - 1 - p;
    request *rq = calloc((size_t)n_req, sizeof *rq);
    for (int r = 0; r < n_req; r++) { /* staggered arrivals, assorted lengths */
        uint64_t s = mix(seed * 1000 + (uint64_t)r);
        rq[r].arrive = r * 3;
        rq[r].prompt = 1 + (int)(s % 700);
        rq[r].generate = 4 + (int)((s >> 20) % 60);
    }
    attnforge_context *ctx, *one;
    attnforge_context_options co = {.num_threads = threads};
    attnforge_context_options c1 = {.num_threads = 1};
    if (attnforge_context_create(&ctx, &co) || attnforge_context_create(&one, &c1)) {
        fprintf(stderr, "context: %s\n", attnforge_last_error());
        return 1;
    }

    int32_t *cu = malloc(sizeof(int32_t) * ((size_t)n_req + 1)), *kv_len = malloc(sizeof(int32_t) * (size_t)n_req);
    int32_t *table = malloc(sizeof(int32_t) * (size_t)n_req * 256);
    int *who = malloc(sizeof(int) * (size_t)n_req);
    float *q = malloc(sizeof(float) * (size_t)n_req * chunk * HQ * D);
    float *o = malloc(sizeof(float) * (size_t)n_req * chunk * HQ * D);
    float *o1 = malloc(sizeof(float) * (size_t)chunk * HQ * D);
    int failures = 0, finished = 0;
    double attn_s = 0;
    long rows_total = 0;
    uint64_t pick = seed;

    for (int step = 0; finished < n_req && (max_steps == 0 || step < max_steps); step++) {
        /* gather the step: new tokens of every running sequence */
        int B = 0;
        cu[0] = 0;
        for (int r = 0; r < n_req; r++) {
            request *x = &rq[r];
            if (x->done || x->arrive > step) continue;
            const int in_prompt = x->len < x->prompt;
            const int n = in_prompt ? (x->prompt - x->len < chunk ? x->prompt - x->len : chunk) : 1;
            for (int i = 0; i < n; i++) {
                const int t = x->len;
                if (append(x, r, seed)) { fprintf(stderr, "out of pages\n"); return 1; }
                for (int h = 0; h < HQ; h++)
                    vec(q + ((size_t)(cu[B] + i) * HQ + h) * D, D, seed, 0, r, t, h);
            }
            who[B] = r;
            kv_len[B] = x->len;
            for (int e = 0; e < x->n_pages; e++) table[B * 256 + e] = x->pages[e];
            cu[B + 1] = cu[B] + n;
            B++;
        }
        if (B == 0) continue;

        /* THE ONE CALL: the step's B sequences, packed; each sees its own pages */
        attnforge_params p = {
            .batch = B, .seq_q = cu[B], .seq_kv = 256 * PAGE, .heads_q = HQ, .heads_kv = HKV,
            .head_dim_k = D, .q = q, .k = kpool, .v = vpool, .o = o, .causal = 1,
            .cu_seqlens_q = cu, .kv_len = kv_len,
            .block_table = table, .block_table_stride = 256, .page_size = PAGE, .num_blocks = MAX_PAGES,
            .q_format = ATTNFORGE_FORMAT_F32, .o_format = ATTNFORGE_FORMAT_F32,
            .k_format = kv_fmt, .v_format = kv_fmt,
        };
        const double t0 = now_s();
        if (attnforge_attention(ctx, &p) != ATTNFORGE_OK) {
            fprintf(stderr, "step %d: %s\n", step, attnforge_last_error());
            return 1;
        }
        attn_s += now_s() - t0;
        rows_total += cu[B];

        /* check: each sequence alone, bit for bit; one row against double */
        int prefill_rows = 0;
        for (int b = 0; b < B; b++) {
            attnforge_params s = p;
            s.batch = 1;
            s.seq_q = cu[b + 1] - cu[b];
            s.cu_seqlens_q = NULL;
            s.q = q + (size_t)cu[b] * HQ * D;
            s.o = o1;
            s.kv_len = &kv_len[b];
            s.block_table = table + b * 256;
            if (attnforge_attention(one, &s) != ATTNFORGE_OK ||
                memcmp(o1, o + (size_t)cu[b] * HQ * D, sizeof(float) * (size_t)s.seq_q * HQ * D) != 0) {
                fprintf(stderr, "step %d: sequence %d (request %d) differs from its call alone\n", step, b, who[b]);
                failures++;
            }
            if (s.seq_q > 1) prefill_rows += s.seq_q;
        }
        pick = mix(pick);
        const int b = (int)(pick % (uint64_t)B), i = (int)((pick >> 32) % (uint64_t)(cu[b + 1] - cu[b]));
        const int pos = kv_len[b] - (cu[b + 1] - cu[b]) + i;
        const double err = ref_check(&rq[who[b]], q + (size_t)(cu[b] + i) * HQ * D, pos,
                                     o + (size_t)(cu[b] + i) * HQ * D);
        if (!(err <= 1e-4)) {
            fprintf(stderr, "step %d: request %d position %d: |O - ref| = %.3g\n", step, who[b], pos, err);
            failures++;
        }
        if (step % 10 == 0)
            printf("step %3d: %2d sequences, %4d rows (%3d prefill, %2d decode), max |O - ref| of a row %.1e\n",
                   step, B, cu[B], prefill_rows, cu[B] - prefill_rows, err);

        /* retire finished requests, returning their pages */
        for (int bb = 0; bb < B; bb++) {
            request *x = &rq[who[bb]];
            if (x->len >= x->prompt + x->generate) {
                x->done = 1;
                finished++;
                for (int e = 0; e < x->n_pages; e++) free_pages[n_free++] = x->pages[e];
                x->n_pages = 0;
            }
        }
    }
    printf("%d of %d requests finished; %ld query rows in %.1f ms of attention (%s cache, %d threads); %s\n",
           finished, n_req, rows_total, attn_s * 1e3, attnforge_format_name(kv_fmt), threads,
           failures ? "CHECKS FAILED" : "every step equal to its per-sequence calls and the reference");
    attnforge_context_destroy(ctx);
    attnforge_context_destroy(one);
    free(kpool); free(vpool); free(rq); free(cu); free(kv_len); free(table); free(who);
    free(q); free(o); free(o1);
    return failures ? 1 : 0;
}
