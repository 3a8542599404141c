/*
 * examples/decoder: token-by-token decoding through one Llama-style attention
 * block with the shapes of Llama 3.2 3B (hidden 3072, 24 query heads, 8 KV
 * heads, head dim 128, RoPE theta 500000 with Llama 3 frequency scaling).
 *
 * Per step: RMSNorm -> Q, K, V projections -> RoPE -> append K, V to the cache
 * -> attention over the cache -> output projection -> residual add. The
 * attention runs twice, once with attnforge (one call, see THE ONE CALL below)
 * and once materialized the textbook way (scores, softmax, PV), and the two
 * results are compared. Weights are seeded random (no checkpoint needed): the
 * cost and the memory traffic are those of the real model's layer.
 *
 * The KV cache is BSHD [1, max_ctx, 8, 128] in the cache dtype; its first ctx
 * positions are prefilled with random K/V (standing in for a prompt), then
 * --steps tokens are decoded. Attention time is measured on its own; the
 * projections are plain C (the same code for both runs), timed separately.
 *
 *   attnforge-decoder [--ctx 512,4096,16384] [--steps 16] [--threads 1]
 *                     [--dtype f32|f16|bf16] [--seed 1]
 * Exit status: 0 when the two attentions agree at every step (max |diff|
 * relative to max |O| within 1e-4, plus the rounding of O to a 16-bit cache
 * dtype), 1 otherwise, 2 on bad arguments.
 */
#define _POSIX_C_SOURCE 199309L /* clock_gettime */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "attnforge.h"

enum { HIDDEN = 3072, N_HEADS = 24, N_KV_HEADS = 8, HEAD_DIM = 128 };
enum { Q_DIM = N_HEADS * HEAD_DIM, KV_DIM = N_KV_HEADS * HEAD_DIM };
#define ROPE_THETA 500000.0
#define MAX_CTX_ARGS 16

/* ---- small utilities ----------------------------------------------------- */

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static void *xmalloc(size_t n)
{
    void *p = malloc(n);
    if (!p) {
        fprintf(stderr, "decoder: out of memory (%zu bytes)\n", n);
        exit(1);
    }
    return p;
}

/* splitmix64: seeded, fast, good enough for test data. */
static uint64_t rng_next(uint64_t *s)
{
    uint64_t z = (*s += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

/* Uniform with mean 0 and standard deviation sd. */
static float rng_uniform(uint64_t *s, float sd)
{
    const float u = (float)(rng_next(s) >> 40) * (1.0f / 16777216.0f); /* [0, 1) */
    return (2.0f * u - 1.0f) * 1.7320508f * sd;
}

/* ---- the cache dtype ------------------------------------------------------ */

static size_t dtype_size(attnforge_dtype dt) { return dt == ATTNFORGE_F32 ? 4 : 2; }

static void store_f32(attnforge_dtype dt, void *dst, const float *src, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (dt == ATTNFORGE_F32) ((float *)dst)[i] = src[i];
        else if (dt == ATTNFORGE_F16) ((uint16_t *)dst)[i] = attnforge_f32_to_f16(src[i]);
        else ((uint16_t *)dst)[i] = attnforge_f32_to_bf16(src[i]);
    }
}

static void load_f32(attnforge_dtype dt, const void *src, float *dst, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (dt == ATTNFORGE_F32) dst[i] = ((const float *)src)[i];
        else if (dt == ATTNFORGE_F16) dst[i] = attnforge_f16_to_f32(((const uint16_t *)src)[i]);
        else dst[i] = attnforge_bf16_to_f32(((const uint16_t *)src)[i]);
    }
}

/* ---- the layer's weights and the plain-C pieces around attention ---------- */

typedef struct layer {
    /* Each matrix is stored [in][out] so y = x W is a sequence of axpys. */
    float *wq, *wk, *wv, *wo;
    double inv_freq[HEAD_DIM / 2];
} layer;

static float *random_matrix(uint64_t *seed, int in, int out)
{
    float *w = xmalloc((size_t)in * out * sizeof *w);
    const float sd = 1.0f / sqrtf((float)in); /* keeps y at unit scale for unit x */
    for (size_t i = 0; i < (size_t)in * out; i++) w[i] = rng_uniform(seed, sd);
    return w;
}

/* Llama 3 RoPE frequencies: theta^(-2i/d), long wavelengths slowed down by
 * rope_scaling (factor 32, low/high frequency factors 1 and 4, 8192 original
 * positions), the configuration Llama 3.2 ships with. */
static void rope_frequencies(double *inv_freq)
{
    const double factor = 32.0, low = 1.0, high = 4.0, original = 8192.0;
    const double pi = 3.14159265358979323846;
    for (int i = 0; i < HEAD_DIM / 2; i++) {
        const double f = pow(ROPE_THETA, -2.0 * i / HEAD_DIM);
        const double wavelen = 2.0 * pi / f;
        if (wavelen < original / high) {
            inv_freq[i] = f;
        } else if (wavelen > original / low) {
            inv_freq[i] = f / factor;
        } else {
            const double smooth = (original / wavelen - low) / (high - low);
            inv_freq[i] = (1.0 - smooth) * f / factor + smooth * f;
        }
    }
}

static void layer_init(layer *L, uint64_t seed)
{
    L->wq = random_matrix(&seed, HIDDEN, Q_DIM);
    L->wk = random_matrix(&seed, HIDDEN, KV_DIM);
    L->wv = random_matrix(&seed, HIDDEN, KV_DIM);
    L->wo = random_matrix(&seed, Q_DIM, HIDDEN);
    rope_frequencies(L->inv_freq);
}

static void layer_free(layer *L)
{
    free(L->wq);
    free(L->wk);
    free(L->wv);
    free(L->wo);
}

/* y[out] = x[in] W with W stored [in][out]. */
static void matvec(const float *x, const float *w, int in, int out, float *y)
{
    memset(y, 0, (size_t)out * sizeof *y);
    for (int i = 0; i < in; i++) {
        const float xi = x[i];
        const float *row = w + (size_t)i * out;
        for (int o = 0; o < out; o++) y[o] += xi * row[o];
    }
}

static void rms_norm(const float *x, float *y, int n)
{
    double ss = 0.0;
    for (int i = 0; i < n; i++) ss += (double)x[i] * x[i];
    const float r = (float)(1.0 / sqrt(ss / n + 1e-5));
    for (int i = 0; i < n; i++) y[i] = x[i] * r;
}

/* Rotates n_heads vectors of HEAD_DIM in place for position pos (the "rotate
 * half" pairing of Hugging Face checkpoints: i with i + HEAD_DIM/2). */
static void rope(const layer *L, float *x, int n_heads, int64_t pos)
{
    float c[HEAD_DIM / 2], s[HEAD_DIM / 2];
    for (int i = 0; i < HEAD_DIM / 2; i++) {
        const double a = (double)pos * L->inv_freq[i];
        c[i] = (float)cos(a);
        s[i] = (float)sin(a);
    }
    for (int h = 0; h < n_heads; h++) {
        float *v = x + h * HEAD_DIM;
        for (int i = 0; i < HEAD_DIM / 2; i++) {
            const float a = v[i], b = v[i + HEAD_DIM / 2];
            v[i] = a * c[i] - b * s[i];
            v[i + HEAD_DIM / 2] = b * c[i] + a * s[i];
        }
    }
}

/* ---- the KV cache: BSHD [1, max_ctx, N_KV_HEADS, HEAD_DIM] --------------- */

typedef struct kv_cache {
    attnforge_dtype dtype;
    int32_t max_ctx;
    void *k, *v;
} kv_cache;

static void cache_store(kv_cache *c, int64_t pos, const float *k, const float *v)
{
    const size_t row = (size_t)KV_DIM * dtype_size(c->dtype);
    store_f32(c->dtype, (char *)c->k + (size_t)pos * row, k, KV_DIM);
    store_f32(c->dtype, (char *)c->v + (size_t)pos * row, v, KV_DIM);
}

/* Positions [0, n) get random K and V (a stand-in for a processed prompt). */
static void cache_prefill(kv_cache *c, int32_t n, uint64_t seed)
{
    float k[KV_DIM], v[KV_DIM];
    for (int32_t pos = 0; pos < n; pos++) {
        for (int i = 0; i < KV_DIM; i++) {
            k[i] = rng_uniform(&seed, 1.0f);
            v[i] = rng_uniform(&seed, 1.0f);
        }
        cache_store(c, pos, k, v);
    }
}

/* ---- attention, the textbook way ------------------------------------------- */

/* softmax(q K^T / sqrt(d)) V for each query head over the first kv_len cache
 * rows, every step written out: a score vector, its softmax, then the weighted
 * sum of V. q and out are [N_HEADS][HEAD_DIM] f32; scores holds kv_len floats.
 * A 16-bit cache is widened to f32 once per KV head into kbuf and vbuf
 * ([kv_len][HEAD_DIM] each), then shared by the heads of its group. */
static void attention_materialized(const kv_cache *c, const float *q, int32_t kv_len, float *out,
                                   float *scores, float *kbuf, float *vbuf)
{
    const size_t es = dtype_size(c->dtype);
    const float scale = 1.0f / sqrtf((float)HEAD_DIM);
    for (int kvh = 0; kvh < N_KV_HEADS; kvh++) {
        const float *kh = (const float *)c->k + kvh * HEAD_DIM; /* f32 cache: rows in place */
        const float *vh = (const float *)c->v + kvh * HEAD_DIM;
        size_t row_stride = KV_DIM;
        if (c->dtype != ATTNFORGE_F32) {
            for (int32_t j = 0; j < kv_len; j++) {
                const size_t off = ((size_t)j * KV_DIM + (size_t)kvh * HEAD_DIM) * es;
                load_f32(c->dtype, (const char *)c->k + off, kbuf + (size_t)j * HEAD_DIM, HEAD_DIM);
                load_f32(c->dtype, (const char *)c->v + off, vbuf + (size_t)j * HEAD_DIM, HEAD_DIM);
            }
            kh = kbuf;
            vh = vbuf;
            row_stride = HEAD_DIM;
        }
        for (int h = kvh * (N_HEADS / N_KV_HEADS); h < (kvh + 1) * (N_HEADS / N_KV_HEADS); h++) {
            const float *qh = q + h * HEAD_DIM;
            float mx = -INFINITY;
            for (int32_t j = 0; j < kv_len; j++) {
                const float *kj = kh + (size_t)j * row_stride;
                float dot = 0.0f;
                for (int d = 0; d < HEAD_DIM; d++) dot += qh[d] * kj[d];
                scores[j] = dot * scale;
                if (scores[j] > mx) mx = scores[j];
            }
            float sum = 0.0f;
            for (int32_t j = 0; j < kv_len; j++) {
                scores[j] = expf(scores[j] - mx);
                sum += scores[j];
            }
            float *oh = out + h * HEAD_DIM;
            memset(oh, 0, HEAD_DIM * sizeof *oh);
            for (int32_t j = 0; j < kv_len; j++) {
                const float *vj = vh + (size_t)j * row_stride;
                const float p = scores[j] / sum;
                for (int d = 0; d < HEAD_DIM; d++) oh[d] += p * vj[d];
            }
        }
    }
}

/* ---- the driver -------------------------------------------------------------- */

typedef struct options {
    int32_t ctx[MAX_CTX_ARGS];
    int n_ctx;
    int steps;
    int threads;
    attnforge_dtype dtype;
    uint64_t seed;
} options;

static const char *dtype_name(attnforge_dtype dt)
{
    return dt == ATTNFORGE_F32 ? "f32" : dt == ATTNFORGE_F16 ? "f16" : "bf16";
}

static void usage(FILE *f)
{
    fprintf(f, "usage: attnforge-decoder [--ctx 512,4096,16384] [--steps 16] [--threads 1]\n"
               "                         [--dtype f32|f16|bf16] [--seed 1]\n"
               "  --ctx      cache lengths to prefill before decoding (comma-separated)\n"
               "  --steps    tokens decoded after each prefill\n"
               "  --threads  attnforge's threads (the materialized attention uses one)\n"
               "  --dtype    KV cache dtype (Q and O use it too: one dtype per call)\n");
}

static int parse_args(int argc, char **argv, options *o)
{
    *o = (options){.ctx = {512, 4096, 16384}, .n_ctx = 3, .steps = 16, .threads = 1,
                   .dtype = ATTNFORGE_F32, .seed = 1};
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            usage(stdout);
            exit(0);
        }
        if (!v) {
            fprintf(stderr, "decoder: %s needs a value\n", a);
            return -1;
        }
        i++;
        char *end;
        if (!strcmp(a, "--ctx")) {
            o->n_ctx = 0;
            for (const char *p = v; *p;) {
                long n = strtol(p, &end, 10);
                if (end == p || n < 0 || n > (1L << 24) || o->n_ctx == MAX_CTX_ARGS) {
                    fprintf(stderr, "decoder: bad --ctx %s\n", v);
                    return -1;
                }
                o->ctx[o->n_ctx++] = (int32_t)n;
                p = *end == ',' ? end + 1 : end;
                if (*end && *end != ',') {
                    fprintf(stderr, "decoder: bad --ctx %s\n", v);
                    return -1;
                }
            }
        } else if (!strcmp(a, "--steps") || !strcmp(a, "--threads")) {
            long n = strtol(v, &end, 10);
            if (*end || n < 1 || n > 100000) {
                fprintf(stderr, "decoder: bad %s %s\n", a, v);
                return -1;
            }
            *(!strcmp(a, "--steps") ? &o->steps : &o->threads) = (int)n;
        } else if (!strcmp(a, "--dtype")) {
            if (!strcmp(v, "f32")) o->dtype = ATTNFORGE_F32;
            else if (!strcmp(v, "f16")) o->dtype = ATTNFORGE_F16;
            else if (!strcmp(v, "bf16")) o->dtype = ATTNFORGE_BF16;
            else {
                fprintf(stderr, "decoder: --dtype is f32, f16 or bf16, not %s\n", v);
                return -1;
            }
        } else if (!strcmp(a, "--seed")) {
            o->seed = strtoull(v, &end, 10);
        } else {
            fprintf(stderr, "decoder: unknown option %s\n", a);
            usage(stderr);
            return -1;
        }
    }
    if (o->n_ctx == 0) {
        fprintf(stderr, "decoder: --ctx is empty\n");
        return -1;
    }
    return 0;
}

/* Per context length: seconds spent in each part over all steps. */
typedef struct timing {
    double shared;     /* norm, projections, RoPE, cache append, output projection */
    double attn_af;    /* attnforge_attention, including the Q/O dtype conversions */
    double attn_mat;   /* the materialized attention */
    double max_err;    /* max over steps of max|O_af - O_mat| / max|O_mat| */
} timing;

int main(int argc, char **argv)
{
    options opt;
    if (parse_args(argc, argv, &opt)) return 2;

    int32_t max_ctx = 0;
    for (int i = 0; i < opt.n_ctx; i++)
        if (opt.ctx[i] > max_ctx) max_ctx = opt.ctx[i];
    max_ctx += opt.steps;

    layer L;
    layer_init(&L, opt.seed);
    const size_t es = dtype_size(opt.dtype);
    kv_cache cache = {opt.dtype, max_ctx, xmalloc((size_t)max_ctx * KV_DIM * es),
                      xmalloc((size_t)max_ctx * KV_DIM * es)};

    attnforge_context *ctx;
    if (attnforge_context_create(&ctx, &(attnforge_context_options){.num_threads = opt.threads})) {
        fprintf(stderr, "decoder: %s\n", attnforge_last_error());
        return 1;
    }

    float *x = xmalloc(HIDDEN * sizeof *x), *xn = xmalloc(HIDDEN * sizeof *xn);
    float *y = xmalloc(HIDDEN * sizeof *y);
    float *q = xmalloc(Q_DIM * sizeof *q), *k = xmalloc(KV_DIM * sizeof *k);
    float *v = xmalloc(KV_DIM * sizeof *v);
    float *o_af = xmalloc(Q_DIM * sizeof *o_af), *o_mat = xmalloc(Q_DIM * sizeof *o_mat);
    void *q_store = xmalloc(Q_DIM * es), *o_store = xmalloc(Q_DIM * es);
    float *scores = xmalloc((size_t)max_ctx * sizeof *scores);
    float *kbuf = xmalloc((size_t)max_ctx * HEAD_DIM * sizeof *kbuf);
    float *vbuf = xmalloc((size_t)max_ctx * HEAD_DIM * sizeof *vbuf);

    /* A 16-bit O is rounded once more than the f32 materialized result. */
    const double tolerance = 1e-4 + (opt.dtype == ATTNFORGE_F16    ? ldexp(1.0, -11)
                                     : opt.dtype == ATTNFORGE_BF16 ? ldexp(1.0, -8)
                                                                   : 0.0);
    printf("attnforge decoder example: one Llama 3.2 3B attention block (hidden %d, %d query heads,\n"
           "%d KV heads, head dim %d, RoPE theta %.0f), KV cache %s [1, %d, %d, %d],\n"
           "%d decode step(s) per context, attnforge on %d thread(s), materialized on 1\n\n",
           HIDDEN, N_HEADS, N_KV_HEADS, HEAD_DIM, ROPE_THETA, dtype_name(opt.dtype), max_ctx,
           N_KV_HEADS, HEAD_DIM, opt.steps, attnforge_context_num_threads(ctx));
    printf("%8s | %26s | %26s | %s\n", "", "attention tokens/s", "whole block tokens/s",
           "max rel err");
    printf("%8s | %12s %13s | %12s %13s | (bound %.1e)\n", "context", "attnforge", "materialized",
           "attnforge", "materialized", tolerance);

    int failed = 0;
    const char *kernel = "";
    for (int c = 0; c < opt.n_ctx; c++) {
        uint64_t seed = opt.seed * 1000003u + (uint64_t)c;
        cache_prefill(&cache, opt.ctx[c], seed);
        for (int i = 0; i < HIDDEN; i++) x[i] = rng_uniform(&seed, 1.0f);

        timing t = {0};
        for (int s = 0; s < opt.steps; s++) {
            const int64_t pos = (int64_t)opt.ctx[c] + s;
            const int32_t kv_len = (int32_t)pos + 1;

            double t0 = now_s();
            rms_norm(x, xn, HIDDEN);
            matvec(xn, L.wq, HIDDEN, Q_DIM, q);
            matvec(xn, L.wk, HIDDEN, KV_DIM, k);
            matvec(xn, L.wv, HIDDEN, KV_DIM, v);
            rope(&L, q, N_HEADS, pos);
            rope(&L, k, N_KV_HEADS, pos);
            cache_store(&cache, pos, k, v);
            double t1 = now_s();
            t.shared += t1 - t0;

            /* ---- THE ONE CALL -------------------------------------------------
             * This replaces the whole materialized attention below (scores,
             * softmax, PV): Q is [1, 1, 24, 128], K and V are the cache
             * [1, max_ctx, 8, 128] of which the first kv_len rows are valid,
             * O is [1, 1, 24, 128]. GQA (24 query heads on 8 KV heads), the
             * default scale 1/sqrt(128) and the query's position (the last
             * token, kv_len - 1) need nothing more. Q, K, V and O share the
             * cache dtype, hence the two conversions around it. */
            store_f32(opt.dtype, q_store, q, Q_DIM);
            const attnforge_params p = {
                .dtype = opt.dtype,
                .batch = 1, .seq_q = 1, .seq_kv = max_ctx,
                .heads_q = N_HEADS, .heads_kv = N_KV_HEADS, .head_dim_k = HEAD_DIM,
                .q = q_store, .k = cache.k, .v = cache.v, .o = o_store,
                .kv_len = &kv_len,
            };
            if (attnforge_attention(ctx, &p) != ATTNFORGE_OK) {
                fprintf(stderr, "decoder: attnforge_attention: %s\n", attnforge_last_error());
                return 1;
            }
            load_f32(opt.dtype, o_store, o_af, Q_DIM);
            double t2 = now_s();
            t.attn_af += t2 - t1;
            kernel = attnforge_last_kernel();

            /* The same attention materialized, on the same (rounded) Q. */
            load_f32(opt.dtype, q_store, q, Q_DIM);
            attention_materialized(&cache, q, kv_len, o_mat, scores, kbuf, vbuf);
            double t3 = now_s();
            t.attn_mat += t3 - t2;

            double max_ref = 0.0, max_diff = 0.0;
            for (int i = 0; i < Q_DIM; i++) {
                max_ref = fmax(max_ref, fabs(o_mat[i]));
                max_diff = fmax(max_diff, fabs((double)o_af[i] - o_mat[i]));
            }
            const double err = max_ref > 0.0 ? max_diff / max_ref : max_diff;
            if (!isnan(t.max_err) && !(err <= t.max_err)) t.max_err = err; /* NaN sticks */

            /* Output projection and residual: the next step's input. */
            matvec(o_af, L.wo, Q_DIM, HIDDEN, y);
            for (int i = 0; i < HIDDEN; i++) x[i] += y[i];
            t.shared += now_s() - t3;
        }
        const int ok = t.max_err <= tolerance;
        failed |= !ok;
        printf("%8d | %12.1f %13.1f | %12.1f %13.1f | %.2e%s\n", opt.ctx[c], opt.steps / t.attn_af,
               opt.steps / t.attn_mat, opt.steps / (t.shared + t.attn_af),
               opt.steps / (t.shared + t.attn_mat), t.max_err, ok ? "" : "  MISMATCH");
    }
    printf("\nattnforge kernel: %s\n"
           "whole block = norm, Q/K/V/O projections (plain C, 1 thread), RoPE and cache\n"
           "append, timed once and shared by both, + that attention\n",
           kernel);

    attnforge_context_destroy(ctx);
    layer_free(&L);
    free(cache.k);
    free(cache.v);
    void *buffers[] = {x, xn, y, q, k, v, o_af, o_mat, q_store, o_store, scores, kbuf, vbuf};
    for (size_t i = 0; i < sizeof buffers / sizeof buffers[0]; i++) free(buffers[i]);
    if (failed) fprintf(stderr, "decoder: attnforge and the materialized attention disagree\n");
    return failed;
}
