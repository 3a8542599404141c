/*
 * One llama.cpp decode node outside llama.cpp: what the ggml backend
 * (integrations/ggml) hands attnforge for a token of the tiny hd64 test model
 * at depth 4096, timed with the cache in three states. Not part of the
 * library; used in the twenty-eighth session (docs/performance-log.md,
 * section 20) to find why the node takes ~25 us longer inside llama-bench
 * than the same kernel in attnforge-bench.
 *
 * The call is the node's, field by field (the backend's ATTNFORGE_GGML_STATS
 * run printed them): Q f32 [1, 8, 64]; K and V q8_0 (or f16) in a token-major
 * cache of 4352 cells (llama.cpp pads the context to 256), 2 KV heads; an
 * f16 mask row shared by the heads, 0 on the 4097 filled cells and -inf on
 * the rest; scale 1/8; no causal flag (the mask says it). Four layers' caches.
 *
 * States, interleaved call by call:
 *   hot     the same layer again: K/V in L2 (what attnforge-bench times)
 *   layers  the four layers in turn: K/V in L3
 *   cold    the layer's K/V flushed (clflush) first: K/V in DRAM
 *   gap     the same layer again after 300 us of other work on the calling
 *           thread (an engine's matrix products between two attention
 *           calls), long enough for idle threads to stop spinning: what the
 *           pool's wake-up costs (twenty-ninth session)
 *
 * Threads: built with -fopenmp, the call runs on an OpenMP team through
 * attnforge's parallel_for hook, as the ggml backend does (run it with
 * OMP_WAIT_POLICY=active, as llama-bench's faster setting); without, on
 * attnforge's own pool.
 *
 *   cc -O2 -fopenmp -o llama_node bench/drivers/llama_node.c build/release/libattnforge.a -lm -lpthread
 *   OMP_WAIT_POLICY=active ./llama_node [q8_0|f16] [calls per state]
 */
#include "../../runtime/attnforge.h"

#include <immintrin.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#ifdef _OPENMP
#include <omp.h>
#include <stdatomic.h>
#endif

enum { HQ = 8, HKV = 2, D = 64, NCTX = 4352, FILLED = 4097, LAYERS = 4, THREADS = 2 };

static double now_us(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e6 + t.tv_nsec * 1e-3;
}

static uint64_t state = 0x9e3779b97f4a7c15ull;
static uint32_t rnd(void)
{
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return (uint32_t)state;
}

#ifdef _OPENMP
/* the ggml backend's hook: the team's threads take tasks from one counter */
static void omp_parallel_for(void *user, attnforge_task_fn fn, void *arg, int64_t n_tasks)
{
    (void)user;
    atomic_llong next = 0;
#pragma omp parallel num_threads(THREADS)
    {
        const int w = omp_get_thread_num();
        for (int64_t t = atomic_fetch_add(&next, 1); t < n_tasks; t = atomic_fetch_add(&next, 1)) fn(arg, t, w);
    }
}
#endif

static int cmp_double(const void *a, const void *b)
{
    const double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
    const int f16 = argc > 1 && strcmp(argv[1], "f16") == 0;
    const int calls = argc > 2 ? atoi(argv[2]) : 500;
    if (calls < 1) return 2;
    const size_t row_bytes = attnforge_format_bytes(f16 ? ATTNFORGE_FORMAT_F16 : ATTNFORGE_FORMAT_Q8_0, HKV * D);
    const size_t cache_bytes = row_bytes * NCTX;

    uint8_t *k[LAYERS], *v[LAYERS];
    for (int l = 0; l < LAYERS; l++) {
        k[l] = aligned_alloc(64, cache_bytes);
        v[l] = aligned_alloc(64, cache_bytes);
        if (!k[l] || !v[l]) return 1;
        for (int t = 0; t < 2; t++) {
            uint8_t *c = t ? v[l] : k[l];
            if (f16) {
                for (size_t i = 0; i < cache_bytes / 2; i++) /* f16 in [-1, 1) */
                    ((uint16_t *)c)[i] = (uint16_t)(0x3800 + (rnd() & 0x3ff)) | (uint16_t)((rnd() & 1) << 15);
            } else {
                for (size_t b = 0; b < cache_bytes / 34; b++) { /* q8_0: f16 scale ~1/128, 32 codes */
                    const uint16_t d = (uint16_t)(0x2000 + (rnd() & 0xff));
                    memcpy(c + b * 34, &d, 2);
                    for (int i = 0; i < 32; i++) c[b * 34 + 2 + i] = (uint8_t)rnd();
                }
            }
        }
    }
    float *q = malloc(HQ * D * sizeof *q), *o = malloc(HQ * D * sizeof *o);
    uint16_t *mask = malloc(NCTX * sizeof *mask);
    if (!q || !o || !mask) return 1;
    for (int i = 0; i < HQ * D; i++) q[i] = (float)(rnd() % 2000) / 1000.0f - 1.0f;
    for (int j = 0; j < NCTX; j++) mask[j] = j < FILLED ? 0 : 0xfc00; /* 0, -inf */

    attnforge_context_options opt = {.num_threads = THREADS};
#ifdef _OPENMP
    opt.parallel_for = omp_parallel_for;
#endif
    attnforge_context *ctx;
    if (attnforge_context_create(&ctx, &opt) != ATTNFORGE_OK) return 1;

    attnforge_params p;
    memset(&p, 0, sizeof p);
    p.batch = 1;
    p.seq_q = 1;
    p.seq_kv = NCTX;
    p.heads_q = HQ;
    p.heads_kv = HKV;
    p.head_dim_k = p.head_dim_v = D;
    p.q = q;
    p.o = o;
    p.q_stride = p.o_stride = (attnforge_strides){.b = HQ * D, .s = HQ * D, .h = D};
    p.k_stride = p.v_stride = (attnforge_strides){.b = (int64_t)NCTX * HKV * D, .s = HKV * D, .h = D};
    p.q_format = p.o_format = ATTNFORGE_FORMAT_F32;
    p.k_format = p.v_format = f16 ? ATTNFORGE_FORMAT_F16 : ATTNFORGE_FORMAT_Q8_0;
    p.mask = mask;
    p.mask_format = ATTNFORGE_FORMAT_F16;
    p.mask_stride = (attnforge_mask_strides){0, 0, 0, 1};
    p.scale = 0.125f;

    static const char *const names[4] = {"hot (L2)", "layers (L3)", "cold (DRAM)", "gap (L2)"};
    double *t[4];
    for (int s = 0; s < 4; s++)
        if (!(t[s] = malloc((size_t)calls * sizeof *t[s]))) return 1;
    for (int i = 0; i < calls; i++)
        for (int s = 0; s < 4; s++) {
            const int l = s == 0 || s == 3 ? 0 : i % LAYERS;
            if (s == 3) { /* 300 us of work that touches no K/V */
                const double g0 = now_us();
                while (now_us() - g0 < 300) {
                }
            }
            p.k = k[l];
            p.v = v[l];
            if (s == 2) {
                for (size_t x = 0; x < cache_bytes; x += 64) {
                    _mm_clflush(k[l] + x);
                    _mm_clflush(v[l] + x);
                }
                _mm_mfence();
            }
            const double t0 = now_us();
            if (attnforge_attention(ctx, &p) != ATTNFORGE_OK) {
                fprintf(stderr, "llama_node: %s\n", attnforge_last_error());
                return 1;
            }
            t[s][i] = now_us() - t0;
        }
    printf("llama_node: %s K/V, %d cells (%d filled), %d calls per state, %s\n", f16 ? "f16" : "q8_0", NCTX,
           FILLED, calls,
#ifdef _OPENMP
           "OpenMP team (parallel_for)"
#else
           "attnforge's pool"
#endif
    );
    for (int s = 0; s < 4; s++) {
        qsort(t[s], (size_t)calls, sizeof *t[s], cmp_double);
        printf("  %-12s min %7.1f us  median %7.1f us\n", names[s], t[s][0], t[s][calls / 2]);
    }
    attnforge_context_destroy(ctx);
    return 0;
}
