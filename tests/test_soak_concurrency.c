/*
 * Soak and concurrency (issue 7): four user threads call attnforge_attention
 * on a mix of shapes through every kind of context at once: one shared
 * pooled context, private contexts that are created and destroyed as they
 * go, single-thread contexts, the process-wide default, caller-owned
 * workspace and an engine parallel-for hook. Every result must be bitwise
 * equal to the one precomputed on one thread (SPEC's determinism), every
 * rejected call must leave its own message on its own thread, and resident
 * memory must stay flat.
 *
 * Quick tier: 300 calls (the name holds "concurr", so CI also runs it under
 * ThreadSanitizer). ATTNFORGE_TEST_TIER=long: 100,000 calls, and VmRSS is
 * sampled as it runs and must not grow. ATTNFORGE_SOAK_CALLS=n overrides the
 * count; ATTNFORGE_SOAK_VERBOSE=1 prints the samples (fuzz/soak.sh runs the
 * long tier under LeakSanitizer or valgrind and reports them).
 */
#define _POSIX_C_SOURCE 200809L /* nanosleep */
#include <criterion/criterion.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "testutil.h"

/* Under ASan freed blocks wait in a quarantine (256 MiB by default) and under
 * TSan shadow memory grows with every new address, so VmRSS only means
 * something there with a small quarantine (fuzz/soak.sh sets one). */
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define AF_SANITIZED_HEAP 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define AF_SANITIZED_HEAP 1
#endif
#endif
#ifndef AF_SANITIZED_HEAP
#define AF_SANITIZED_HEAP 0
#endif

#define N_WORKERS 4
#define N_SHAPES 10
#define MAX_SAMPLES 4096

static tu_spec shape_spec(int k)
{
    tu_spec s;
    switch (k) {
    case 0: /* GQA decode over two KV chunks, pooled (above the inline threshold) */
        s = tu_spec_default(ATTNFORGE_F16, 64, 64);
        s.B = 2; s.Sq = 1; s.Skv = 700; s.Hq = 8; s.Hkv = 2;
        s.kv_len = 1; s.sinks = 1; s.lse = 1;
        break;
    case 1: /* causal prefill, pooled */
        s = tu_spec_default(ATTNFORGE_F32, 64, 64);
        s.Sq = 80; s.Skv = 80; s.Hq = 2; s.Hkv = 1; s.causal = 1; s.lse = 1;
        break;
    case 2: /* paged bf16, D = 128 */
        s = tu_spec_default(ATTNFORGE_BF16, 128, 128);
        s.B = 3; s.Sq = 2; s.Skv = 100; s.Hq = 4; s.page_size = 16; s.kv_len = 1;
        break;
    case 3: /* odd head dim, mask, ALiBi */
        s = tu_spec_default(ATTNFORGE_F32, 17, 17);
        s.B = 2; s.Sq = 5; s.Skv = 33; s.Hq = 3;
        s.mask = TU_MASK_B1_SQ_SKV; s.mask_ninf = 0.2; s.alibi = TU_ALIBI_STANDARD;
        break;
    case 4: /* window and explicit positions */
        s = tu_spec_default(ATTNFORGE_F16, 32, 32);
        s.Sq = 9; s.Skv = 50; s.Hq = 2; s.q_offset = 1;
        s.window = 1; s.window_left = 7; s.window_right = 2; s.lse = 1;
        break;
    case 5: /* D = 256 decode, MQA */
        s = tu_spec_default(ATTNFORGE_F32, 256, 256);
        s.Sq = 1; s.Skv = 300; s.Hq = 4; s.Hkv = 1;
        break;
    case 6: /* MLA-like head dims */
        s = tu_spec_default(ATTNFORGE_BF16, 96, 64);
        s.Sq = 3; s.Skv = 40; s.Hq = 2; s.softcap = 30.0f; s.lse = 1;
        break;
    case 7: /* BHSD layout, softcap */
        s = tu_spec_default(ATTNFORGE_F16, 64, 64);
        s.B = 2; s.Sq = 4; s.Skv = 64; s.Hq = 4; s.Hkv = 2;
        s.layout = TU_LAYOUT_BHSD; s.softcap = 20.0f;
        break;
    case 8: /* one key */
        s = tu_spec_default(ATTNFORGE_F32, 64, 64);
        s.Sq = 3; s.Skv = 1; s.Hq = 2; s.lse = 1;
        break;
    default: /* empty rows and sinks */
        s = tu_spec_default(ATTNFORGE_F32, 8, 8);
        s.B = 3; s.Sq = 2; s.Skv = 20; s.kv_len = 1; s.sinks = 1; s.lse = 1; s.causal = 1;
        break;
    }
    return s;
}

static uint64_t shape_seed(int k) { return tu_seed(0x50a4 + (uint64_t)k); }

/* Hash of the whole O and LSE blocks (guards, gaps and all) after a run. */
static uint64_t out_hash(const tu_case *c)
{
    return tu_tensor_hash(&c->o) * 31u + tu_tensor_hash(&c->lse);
}

/* ---- the engine parallel-for hook: tasks run in order on the caller ---------- */

static void serial_for(void *user, attnforge_task_fn fn, void *arg, int64_t n)
{
    atomic_long *calls = user;
    atomic_fetch_add(calls, 1);
    for (int64_t t = 0; t < n; t++) fn(arg, t, 0);
}

/* ---- shared state ---------------------------------------------------------------- */

typedef struct soak {
    uint64_t expect[N_SHAPES];
    attnforge_context *shared, *hooked;
    atomic_long hook_calls;
    long calls_per_worker;
    atomic_long done;
    atomic_int failures;
    pthread_mutex_t msg_lock;
    char msg[2048];
} soak;

typedef struct worker {
    soak *s;
    int id;
    long by_mode[6];
} worker;

static void record_failure(soak *s, const char *fmt, const char *detail, int shape, int mode)
{
    if (atomic_fetch_add(&s->failures, 1) == 0) {
        pthread_mutex_lock(&s->msg_lock);
        snprintf(s->msg, sizeof s->msg, fmt, shape, mode, detail);
        pthread_mutex_unlock(&s->msg_lock);
    }
}

static attnforge_context *new_ctx(int threads)
{
    attnforge_context *ctx = NULL;
    attnforge_context_options o = {.num_threads = threads};
    if (attnforge_context_create(&ctx, &o) != ATTNFORGE_OK) return NULL;
    return ctx;
}

static void *worker_main(void *arg)
{
    worker *w = arg;
    soak *s = w->s;
    tu_case cases[N_SHAPES];
    for (int k = 0; k < N_SHAPES; k++) {
        tu_spec sp = shape_spec(k);
        tu_case_build(&cases[k], &sp, shape_seed(k));
    }
    tu_rng r;
    tu_rng_seed(&r, tu_seed(0xc0ffee + (uint64_t)w->id));
    attnforge_context *priv = NULL, *single = new_ctx(1);
    if (!single) record_failure(s, "shape %d mode %d: %s", "single-thread context_create failed", -1, -1);

    for (long n = 0; n < s->calls_per_worker && single; n++) {
        const int k = tu_rng_int(&r, 0, N_SHAPES - 1);
        const int mode = tu_rng_int(&r, 0, 5);
        tu_case *c = &cases[k];
        attnforge_context *ctx = NULL;
        void *ws = NULL;
        w->by_mode[mode]++;
        switch (mode) {
        case 0: ctx = s->shared; break;
        case 1: /* a private pooled context, replaced every 37 uses */
            if (!priv || n % 37 == 0) {
                attnforge_context_destroy(priv);
                priv = new_ctx(2);
                if (!priv) {
                    record_failure(s, "shape %d mode %d: %s", "context_create failed", k, mode);
                    goto out;
                }
            }
            ctx = priv;
            break;
        case 2: ctx = single; break;
        case 3: ctx = NULL; break; /* the process-wide default */
        case 4: { /* caller-owned workspace on the shared context */
            size_t bytes = 0;
            if (attnforge_workspace_size(s->shared, &c->p, &bytes) != ATTNFORGE_OK) {
                record_failure(s, "shape %d mode %d: workspace_size: %s", attnforge_last_error(), k,
                               mode);
                goto out;
            }
            ws = malloc(bytes);
            c->p.workspace = ws;
            c->p.workspace_bytes = bytes;
            ctx = s->shared;
            break;
        }
        default: ctx = s->hooked; break;
        }
        attnforge_status st = tu_case_run(c, ctx);
        c->p.workspace = NULL;
        c->p.workspace_bytes = 0;
        free(ws);
        if (st != ATTNFORGE_OK) {
            record_failure(s, "shape %d mode %d: call failed: %s", attnforge_last_error(), k, mode);
            goto out;
        }
        if (!attnforge_last_kernel()[0])
            record_failure(s, "shape %d mode %d: %s", "no kernel name after a call", k, mode);
        if (c->inputs_modified)
            record_failure(s, "shape %d mode %d: %s", "the call modified an input", k, mode);
        if (out_hash(c) != s->expect[k])
            record_failure(s, "shape %d mode %d: %s", "output differs from the one-thread result",
                           k, mode);

        /* now and then a rejected call: its message must be this thread's own */
        if (n % 11 == 5) {
            attnforge_params bad = c->p;
            bad.head_dim_k = ATTNFORGE_MAX_HEAD_DIM + 1 + w->id;
            char want[32];
            snprintf(want, sizeof want, "Dk=%d", bad.head_dim_k);
            if (attnforge_attention(ctx, &bad) != ATTNFORGE_ERR_HEAD_DIM ||
                !strstr(attnforge_last_error(), want))
                record_failure(s, "shape %d mode %d: rejected call: %s", attnforge_last_error(), k,
                               mode);
        }
        atomic_fetch_add_explicit(&s->done, 1, memory_order_relaxed);
    }
out:
    attnforge_context_destroy(priv);
    attnforge_context_destroy(single);
    for (int k = 0; k < N_SHAPES; k++) tu_case_free(&cases[k]);
    return NULL;
}

/* ---- resident memory -------------------------------------------------------------- */

static long rss_kb(void)
{
    FILE *f = fopen("/proc/self/status", "r");
    if (!f) return -1;
    char line[256];
    long kb = -1;
    while (fgets(line, sizeof line, f))
        if (strncmp(line, "VmRSS:", 6) == 0) {
            kb = strtol(line + 6, NULL, 10);
            break;
        }
    fclose(f);
    return kb;
}

static void sleep_ms(long ms)
{
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
    nanosleep(&ts, NULL);
}

static long env_long(const char *name, long fallback)
{
    const char *e = getenv(name);
    if (!e || !*e) return fallback;
    long v = strtol(e, NULL, 10);
    return v > 0 ? v : fallback;
}

Test(soak_concurrency, mixed_shapes_contexts_threads, .timeout = 7200)
{
    static soak s; /* static: the workers' view of it outlives nothing */
    memset(&s, 0, sizeof s);
    pthread_mutex_init(&s.msg_lock, NULL);
    const long total = env_long("ATTNFORGE_SOAK_CALLS", tu_pick(300, 100000));
    const int verbose = env_long("ATTNFORGE_SOAK_VERBOSE", 0) > 0;
    s.calls_per_worker = (total + N_WORKERS - 1) / N_WORKERS;

    /* the expected outputs, on one thread, checked against the reference */
    attnforge_context *one = NULL;
    attnforge_context_options o1 = {.num_threads = 1};
    cr_assert_eq(attnforge_context_create(&one, &o1), ATTNFORGE_OK, "%s", attnforge_last_error());
    for (int k = 0; k < N_SHAPES; k++) {
        tu_spec sp = shape_spec(k);
        tu_case c;
        tu_case_build(&c, &sp, shape_seed(k));
        cr_assert(tu_case_run_check(&c, one), "shape %d: %s", k, c.msg);
        s.expect[k] = out_hash(&c);
        tu_case_free(&c);
    }
    attnforge_context_destroy(one);

    s.shared = new_ctx(2);
    attnforge_context_options oh = {.num_threads = 2, .parallel_for = serial_for,
                                    .parallel_for_user = &s.hook_calls};
    cr_assert_eq(attnforge_context_create(&s.hooked, &oh), ATTNFORGE_OK, "%s",
                 attnforge_last_error());
    cr_assert(s.shared, "%s", attnforge_last_error());

    pthread_t th[N_WORKERS];
    worker w[N_WORKERS];
    for (int t = 0; t < N_WORKERS; t++) {
        w[t] = (worker){.s = &s, .id = t};
        cr_assert_eq(pthread_create(&th[t], NULL, worker_main, &w[t]), 0);
    }

    /* sample resident memory while the workers run */
    static long samples[MAX_SAMPLES][2]; /* calls done, VmRSS kB */
    int ns = 0;
    const long expected = s.calls_per_worker * N_WORKERS;
    long next_at = 0;
    const long step = expected / 50 > 0 ? expected / 50 : 1;
    for (;;) {
        long done = atomic_load(&s.done);
        if (done >= next_at && ns < MAX_SAMPLES - 1) {
            samples[ns][0] = done;
            samples[ns][1] = rss_kb();
            if (verbose)
                fprintf(stderr, "soak: calls=%ld rss_kb=%ld\n", samples[ns][0], samples[ns][1]);
            ns++;
            next_at = done + step;
        }
        if (done >= expected || atomic_load(&s.failures)) break;
        sleep_ms(20);
    }
    for (int t = 0; t < N_WORKERS; t++) pthread_join(th[t], NULL);
    samples[ns][0] = atomic_load(&s.done);
    samples[ns][1] = rss_kb();
    if (verbose) fprintf(stderr, "soak: calls=%ld rss_kb=%ld (end)\n", samples[ns][0], samples[ns][1]);
    ns++;
    attnforge_context_destroy(s.shared);
    attnforge_context_destroy(s.hooked);

    cr_assert_eq(atomic_load(&s.failures), 0, "%d failure(s); first: %s", atomic_load(&s.failures),
                 s.msg);
    cr_assert_eq(atomic_load(&s.done), expected, "only %ld of %ld calls done",
                 atomic_load(&s.done), expected);
    long modes[6] = {0};
    for (int t = 0; t < N_WORKERS; t++)
        for (int m = 0; m < 6; m++) modes[m] += w[t].by_mode[m];
    for (int m = 0; m < 6; m++) cr_assert_gt(modes[m], 0, "context kind %d never used", m);
    if (verbose)
        fprintf(stderr, "soak: %ld calls; by context kind (shared, private, single, default, "
                        "workspace, hook): %ld %ld %ld %ld %ld %ld; hook runs %ld\n",
                expected, modes[0], modes[1], modes[2], modes[3], modes[4], modes[5],
                atomic_load(&s.hook_calls));

    /* flat memory: after the first quarter (pools, workspaces and allocator
     * arenas warmed up), no sample may exceed the warm level by 16 MiB */
    const char *asan = getenv("ASAN_OPTIONS");
    const int rss_meaningful = !AF_SANITIZED_HEAP || (asan && strstr(asan, "quarantine_size_mb"));
    if (!rss_meaningful && verbose)
        fprintf(stderr, "soak: VmRSS not judged (sanitizer heap; see fuzz/soak.sh)\n");
    if (rss_meaningful && expected >= 20000 && ns >= 8) {
        long warm = 0, peak = 0;
        for (int k = ns / 4; k < ns / 2; k++)
            if (samples[k][1] > warm) warm = samples[k][1];
        for (int k = ns / 2; k < ns; k++)
            if (samples[k][1] > peak) peak = samples[k][1];
        if (verbose)
            fprintf(stderr, "soak: VmRSS warm (25-50%%) max %ld kB, late (50-100%%) max %ld kB\n",
                    warm, peak);
        cr_assert_leq(peak, warm + 16 * 1024, "resident memory grew from %ld kB to %ld kB", warm,
                      peak);
    }
    pthread_mutex_destroy(&s.msg_lock);
}
