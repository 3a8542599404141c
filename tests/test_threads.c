/*
 * Threading model: bitwise determinism across thread counts, the engine's
 * parallel-for hook, several user threads on shared and private contexts,
 * caller-owned workspace, the planner's promise that a GQA decode call
 * reads each K/V row once, and the pool's runs with workers that join late
 * or not at all. Runs under ThreadSanitizer in CI (label "threads").
 */
#define _POSIX_C_SOURCE 200809L /* nanosleep */
#include <criterion/criterion.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <time.h>

#include "internal.h"
#include "testutil.h"

static const int thread_counts[] = {1, 2, 3, 5, 8, 16};
#define N_COUNTS (int)(sizeof thread_counts / sizeof thread_counts[0])

static attnforge_context *make_ctx(int n)
{
    attnforge_context *ctx = NULL;
    attnforge_context_options o = {.num_threads = n};
    cr_assert_eq(attnforge_context_create(&ctx, &o), ATTNFORGE_OK, "%s", attnforge_last_error());
    return ctx;
}

/* Hash of the logical outputs after one run on a context of n threads. */
static uint64_t run_hash(tu_case *c, int n)
{
    attnforge_context *ctx = make_ctx(n);
    cr_assert_eq(tu_case_run(c, ctx), ATTNFORGE_OK, "%s", attnforge_last_error());
    attnforge_context_destroy(ctx);
    return tu_tensor_hash(&c->o) ^ (tu_tensor_hash(&c->lse) * 31u);
}

static void check_all_counts(const tu_spec *s, uint64_t seed)
{
    tu_case c;
    tu_case_build(&c, s, seed);
    const uint64_t h1 = run_hash(&c, 1);
    cr_assert(tu_case_check(&c), "%s", c.msg);
    for (int k = 1; k < N_COUNTS; k++) {
        const uint64_t hn = run_hash(&c, thread_counts[k]);
        char d[512];
        tu_spec_describe(s, d, sizeof d);
        cr_assert_eq(hn, h1, "output with %d threads differs from 1 thread: %s", thread_counts[k], d);
    }
    tu_case_free(&c);
}

Test(threads, decode_bitwise_across_thread_counts)
{
    const attnforge_dtype dts[] = {ATTNFORGE_F32, ATTNFORGE_F16, ATTNFORGE_BF16};
    for (int d = 0; d < 3; d++)
        for (int paged = 0; paged < 2; paged++) {
            tu_spec s = tu_spec_default(dts[d], 64, 64);
            s.B = 2; s.Sq = 1; s.Hq = 8; s.Hkv = 2; s.Skv = 1500; /* 3 KV chunks */
            s.sinks = 1; s.lse = 1; s.kv_len = 1;
            s.page_size = paged ? 16 : 0;
            check_all_counts(&s, tu_seed(100 + d * 2 + paged));
        }
}

Test(threads, prefill_bitwise_across_thread_counts)
{
    const attnforge_dtype dts[] = {ATTNFORGE_F32, ATTNFORGE_F16, ATTNFORGE_BF16};
    for (int d = 0; d < 3; d++)
        for (int paged = 0; paged < 2; paged++) {
            tu_spec s = tu_spec_default(dts[d], 32, 48);
            s.B = 1; s.Sq = 150; s.Skv = 1100; s.Hq = 4; s.Hkv = 2; /* f32: K/V packed */
            s.causal = 1; s.lse = 1; s.alibi = TU_ALIBI_STANDARD;
            s.page_size = paged ? 7 : 0;
            check_all_counts(&s, tu_seed(200 + d * 2 + paged));
        }
}

/* Head dim 256: where an ISA keeps a prefill tile's Q and score tiles in
 * each worker's scratch (af_tile.scratch; AVX2 and AVX-512 at D 192 and 256,
 * AMX's bf16 prefill there too), the workers' parts must not overlap. Every
 * row group is a whole 64-row tile. */
Test(threads, prefill_with_worker_scratch_bitwise_across_thread_counts)
{
    const attnforge_dtype dts[] = {ATTNFORGE_F32, ATTNFORGE_F16, ATTNFORGE_BF16};
    for (int d = 0; d < 3; d++) {
        tu_spec s = tu_spec_default(dts[d], 256, 256);
        s.B = 1; s.Sq = 200; s.Skv = 260; s.Hq = 4; s.Hkv = 2;
        s.causal = 1; s.lse = 1; s.softcap = 30.0f;
        check_all_counts(&s, tu_seed(210 + d));
    }
}

/* ---- the engine's parallel-for hook ------------------------------------------ */

typedef struct hook_state {
    atomic_int calls;
    atomic_llong tasks;
    int n_threads;
} hook_state;

typedef struct hook_job {
    attnforge_task_fn fn;
    void *arg;
    int64_t n;
    atomic_llong next;
} hook_job;

typedef struct hook_thread {
    hook_job *shared;
    int w;
} hook_thread;

static void *hook_thread_main(void *v)
{
    hook_thread *t = v;
    for (;;) {
        int64_t k = atomic_fetch_add(&t->shared->next, 1);
        if (k >= t->shared->n) break;
        t->shared->fn(t->shared->arg, k, t->w);
    }
    return NULL;
}

/* A toy engine parallel-for: n_threads pthreads started per call. */
static void engine_parallel_for(void *user, attnforge_task_fn fn, void *arg, int64_t n)
{
    hook_state *hs = user;
    atomic_fetch_add(&hs->calls, 1);
    atomic_fetch_add(&hs->tasks, n);
    hook_job job = {.fn = fn, .arg = arg, .n = n};
    atomic_init(&job.next, 0);
    pthread_t th[8];
    hook_thread ht[8];
    for (int w = 0; w < hs->n_threads; w++) {
        ht[w] = (hook_thread){&job, w};
        pthread_create(&th[w], NULL, hook_thread_main, &ht[w]);
    }
    for (int w = 0; w < hs->n_threads; w++) pthread_join(th[w], NULL);
}

Test(threads, parallel_for_hook_runs_every_task_and_matches)
{
    tu_spec s = tu_spec_default(ATTNFORGE_F32, 64, 64);
    s.B = 1; s.Sq = 1; s.Hq = 6; s.Hkv = 3; s.Skv = 4000; s.lse = 1;
    tu_case c;
    tu_case_build(&c, &s, tu_seed(300));
    const uint64_t h1 = run_hash(&c, 1);

    hook_state hs = {.n_threads = 3};
    atomic_init(&hs.calls, 0);
    atomic_init(&hs.tasks, 0);
    attnforge_context *ctx = NULL;
    attnforge_context_options o = {.num_threads = 3, .parallel_for = engine_parallel_for,
                                   .parallel_for_user = &hs};
    cr_assert_eq(attnforge_context_create(&ctx, &o), ATTNFORGE_OK);
    cr_assert_eq(tu_case_run(&c, ctx), ATTNFORGE_OK, "%s", attnforge_last_error());
    cr_assert(tu_case_check(&c), "%s", c.msg);
    cr_assert_gt(atomic_load(&hs.calls), 0, "the hook was never called");
    cr_assert_eq(tu_tensor_hash(&c.o) ^ (tu_tensor_hash(&c.lse) * 31u), h1,
                 "hook result differs from the single-threaded one");
    attnforge_context_destroy(ctx);
    tu_case_free(&c);
}

/* ---- the pool itself ------------------------------------------------------------ */

#define POOL_MAX_TASKS 97

typedef struct pool_probe {
    atomic_int ran[POOL_MAX_TASKS]; /* times each task ran in this run */
    atomic_int bad_worker;          /* a worker index outside [0, n) */
    int n_threads;
    int slow;                       /* each task takes ~20 us: workers join */
} pool_probe;

static void pool_task(void *arg, int64_t t, int w)
{
    pool_probe *pp = arg;
    if (w < 0 || w >= pp->n_threads) atomic_store(&pp->bad_worker, 1);
    if (pp->slow) {
        struct timespec d = {0, 20000};
        nanosleep(&d, NULL);
    }
    atomic_fetch_add(&pp->ran[t], 1); /* last: a run returned early leaves a 0 */
}

/* attnforge_pool_run (runtime/pool.c) runs every task exactly once and
 * returns only when all have finished, whether the workers are spinning,
 * polling, asleep (pauses of 0.3-3 ms between runs outlast the spin and,
 * with poll_us 0 or 200, the poll) or wake after the caller has taken every
 * task (then they must not enter the closed run); 0 to 97 tasks, 2 to 5
 * threads, many runs in a row. */
Test(threads, pool_runs_every_task_once_with_late_and_absent_workers)
{
    static const int threads[] = {2, 3, 5};
    static const int polls[] = {0, 200, 1000};
    static const int64_t counts[] = {0, 1, 2, 7, 64, POOL_MAX_TASKS};
    pool_probe *pp = calloc(1, sizeof *pp);
    cr_assert(pp != NULL);
    int slow_runs = 0;
    for (int a = 0; a < 3; a++)
        for (int b = 0; b < 3; b++) {
            af_pool *pool = attnforge_pool_create(threads[a], polls[b]);
            cr_assert(pool != NULL, "pool of %d threads", threads[a]);
            pp->n_threads = threads[a];
            for (int run = 0; run < 60; run++) {
                const int64_t n = counts[run % 6];
                for (int t = 0; t < POOL_MAX_TASKS; t++) atomic_store(&pp->ran[t], 0);
                pp->slow = run % 5 == 4;
                slow_runs += pp->slow;
                if (run % 7 == 3) { /* let the workers fall asleep */
                    struct timespec d = {0, 300000L * (1 + run % 10)};
                    nanosleep(&d, NULL);
                }
                attnforge_pool_run(pool, pool_task, pp, n);
                for (int t = 0; t < POOL_MAX_TASKS; t++)
                    cr_assert_eq(atomic_load(&pp->ran[t]), t < n ? 1 : 0,
                                 "%d threads, poll %d us, run %d of %lld tasks: task %d ran %d times",
                                 threads[a], polls[b], run, (long long)n, t, atomic_load(&pp->ran[t]));
                cr_assert_eq(atomic_load(&pp->bad_worker), 0, "a task ran with a worker index out of range");
            }
            attnforge_pool_destroy(pool);
        }
    cr_assert_gt(slow_runs, 0);
    free(pp);
}

/* ---- several user threads ------------------------------------------------------ */

#define N_USERS 4
#define N_SPECS 3

typedef struct user_arg {
    attnforge_context *shared;
    tu_case *cases; /* this thread's own copies: N_SPECS cases */
    const uint64_t *expected;
    int use_shared;
    int iters;
    int failures;
} user_arg;

static void *user_main(void *v)
{
    user_arg *u = v;
    attnforge_context *own = NULL;
    if (!u->use_shared) {
        attnforge_context_options o = {.num_threads = 2};
        if (attnforge_context_create(&own, &o) != ATTNFORGE_OK) { u->failures++; return NULL; }
    }
    for (int it = 0; it < u->iters; it++) {
        tu_case *c = &u->cases[it % N_SPECS];
        if (tu_case_run(c, u->use_shared ? u->shared : own) != ATTNFORGE_OK) u->failures++;
        uint64_t h = tu_tensor_hash(&c->o) ^ (tu_tensor_hash(&c->lse) * 31u);
        if (h != u->expected[it % N_SPECS]) u->failures++;
    }
    attnforge_context_destroy(own);
    return NULL;
}

static tu_spec user_spec(int k)
{
    tu_spec s = tu_spec_default(k == 1 ? ATTNFORGE_F16 : ATTNFORGE_F32, 32, 32);
    s.lse = 1;
    if (k == 0) { s.Sq = 1; s.Skv = 1200; s.Hq = 4; s.Hkv = 2; }
    if (k == 1) { s.Sq = 70; s.Skv = 90; s.Hq = 2; s.causal = 1; }
    if (k == 2) { s.B = 2; s.Sq = 3; s.Skv = 600; s.Hq = 2; s.page_size = 5; s.sinks = 1; }
    return s;
}

Test(threads, concurrent_callers_shared_and_private_contexts)
{
    attnforge_context *shared = make_ctx(2);
    uint64_t expected[N_SPECS];
    tu_case cases[N_USERS][N_SPECS];
    for (int k = 0; k < N_SPECS; k++) {
        tu_spec s = user_spec(k);
        for (int u = 0; u < N_USERS; u++) tu_case_build(&cases[u][k], &s, tu_seed(400 + k));
        expected[k] = run_hash(&cases[0][k], 1);
    }
    pthread_t th[N_USERS];
    user_arg ua[N_USERS];
    for (int u = 0; u < N_USERS; u++) {
        ua[u] = (user_arg){shared, cases[u], expected, u % 2 == 0, tu_pick(6, 200), 0};
        pthread_create(&th[u], NULL, user_main, &ua[u]);
    }
    for (int u = 0; u < N_USERS; u++) pthread_join(th[u], NULL);
    for (int u = 0; u < N_USERS; u++)
        cr_expect_eq(ua[u].failures, 0, "user thread %d (%s context): %d bad results", u,
                     ua[u].use_shared ? "shared" : "private", ua[u].failures);
    for (int k = 0; k < N_SPECS; k++)
        for (int u = 0; u < N_USERS; u++) tu_case_free(&cases[u][k]);
    attnforge_context_destroy(shared);
}

/* ---- workspace ------------------------------------------------------------------ */

Test(threads, caller_workspace_matches_and_too_small_is_rejected)
{
    tu_spec s = tu_spec_default(ATTNFORGE_BF16, 64, 64);
    s.Sq = 2; s.Skv = 2000; s.Hq = 4; s.Hkv = 1; s.lse = 1;
    tu_case c;
    tu_case_build(&c, &s, tu_seed(500));
    attnforge_context *ctx = make_ctx(2);
    const uint64_t h = run_hash(&c, 2);

    size_t need = 0;
    cr_assert_eq(attnforge_workspace_size(ctx, &c.p, &need), ATTNFORGE_OK);
    cr_assert_gt(need, 0);
    void *ws = malloc(need);
    c.p.workspace = ws;
    c.p.workspace_bytes = need;
    cr_assert_eq(tu_case_run(&c, ctx), ATTNFORGE_OK, "%s", attnforge_last_error());
    cr_assert_eq(tu_tensor_hash(&c.o) ^ (tu_tensor_hash(&c.lse) * 31u), h);

    c.p.workspace_bytes = need - 1;
    cr_assert_eq(tu_case_run(&c, ctx), ATTNFORGE_ERR_WORKSPACE);
    cr_assert(tu_case_check_untouched(&c), "%s", c.msg);
    free(ws);
    attnforge_context_destroy(ctx);
    tu_case_free(&c);
}

/* ---- the planner reads each K/V row once in a GQA decode call ----------------- */

/* Every tile of a decode plan holds whole GQA groups of nkv KV heads, and
 * the tiles together read each (b, KV head, key) row exactly once. */
static void check_decode_tiles(const af_call *c, const af_plan *pl)
{
    const int64_t n = (int64_t)c->B * c->Hkv * c->Skv;
    unsigned char *reads = calloc((size_t)n, 1);
    for (int64_t task = 0; task < pl->n_tasks; task++) {
        af_tile t;
        if (!attnforge_plan_task(c, pl, task, &t)) continue;
        cr_assert(t.nkv == pl->nkv && c->Hkv % t.nkv == 0 && t.kvh % t.nkv == 0);
        cr_assert_eq(t.nh, c->group * t.nkv, "a decode tile must hold every query head of its groups");
        cr_assert_eq(t.h0, t.kvh * c->group);
        for (int32_t g = t.kvh; g < t.kvh + t.nkv; g++)
            for (int32_t j = t.j0; j < t.j1; j++) reads[((int64_t)t.b * c->Hkv + g) * c->Skv + j]++;
    }
    for (int64_t x = 0; x < n; x++)
        cr_assert_eq(reads[x], 1, "K/V row (b %lld, kvh %lld, j %lld) read %d times",
                     (long long)(x / c->Skv / c->Hkv), (long long)(x / c->Skv % c->Hkv),
                     (long long)(x % c->Skv), reads[x]);
    free(reads);
}

Test(threads, gqa_decode_plan_reads_each_kv_row_once)
{
    /* Llama 3.2 3B-like decode: 24 query heads over 8 KV heads. */
    tu_spec s = tu_spec_default(ATTNFORGE_F16, 128, 128);
    s.B = 2; s.Sq = 1; s.Hq = 24; s.Hkv = 8; s.Skv = 3000;
    tu_case cs;
    tu_case_build(&cs, &s, tu_seed(600));
    af_call c;
    cr_assert_eq(attnforge_validate(&cs.p, &c), ATTNFORGE_OK);
    int32_t pos[4];
    attnforge_fill_positions(&cs.p, &c, pos, pos + 2);
    af_plan pl;
    attnforge_plan(&c, &pl, 0);
    cr_assert(pl.decode, "a 1-query GQA call must take the decode path");

    check_decode_tiles(&c, &pl);
    tu_case_free(&cs);
}

/* Prefill tiles: 64 positions of one head by default; for kernels that ask
 * for more rows (the AMX prefills, af_kernels.prefill_rows) a GQA group's
 * heads together, at least 8 positions each, else that many positions of
 * one head, halved while the call would have fewer than 32 tiles. Every
 * (head, position) row lands in exactly one tile either way. */
Test(threads, prefill_plan_rows_per_tile)
{
    static const struct { int32_t Hq, Hkv, Sq, rows, nh, ni; } cases[] = {
        {24, 8, 2048, 0, 1, 64},  {24, 8, 2048, 128, 3, 42}, {32, 8, 2048, 128, 4, 32},
        {12, 12, 2048, 128, 1, 128}, {64, 8, 512, 128, 8, 16}, {32, 1, 512, 128, 1, 128},
        {24, 8, 30, 128, 3, 21} /* 8 tiles of 30 rows: halved to 64 */, {24, 8, 2048, 256, 3, 85}, {12, 12, 2048, 256, 1, 256},
        {12, 12, 512, 256, 1, 128}, /* 2 tiles of 256 per head would leave 24 tiles: halved */
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        tu_spec s = tu_spec_default(ATTNFORGE_F32, 64, 64);
        s.B = 1; s.Sq = cases[k].Sq; s.Skv = cases[k].Sq; s.Hq = cases[k].Hq; s.Hkv = cases[k].Hkv;
        tu_case cs;
        tu_case_build(&cs, &s, tu_seed(640 + k));
        af_call c;
        cr_assert_eq(attnforge_validate(&cs.p, &c), ATTNFORGE_OK);
        int32_t pos[2];
        attnforge_fill_positions(&cs.p, &c, pos, pos + 1);
        af_plan pl;
        attnforge_plan(&c, &pl, cases[k].rows);
        cr_assert(!pl.decode, "case %zu: a prefill", k);
        cr_assert(pl.nh == cases[k].nh && pl.ni == cases[k].ni, "case %zu: tiles of %d heads x %d positions, want %d x %d",
                  k, pl.nh, pl.ni, cases[k].nh, cases[k].ni);
        const int32_t group = c.Hq / c.Hkv;
        cr_assert_eq((int64_t)pl.n_hblk * pl.nh, group, "case %zu: head blocks cover the group", k);
        cr_assert_geq((int64_t)pl.n_iblk * pl.ni, c.Sq, "case %zu: position blocks cover Sq", k);
        cr_assert_lt((int64_t)(pl.n_iblk - 1) * pl.ni, c.Sq, "case %zu: no empty position block", k);
        tu_case_free(&cs);
    }
}

/* A decode over few KV heads of short rows (llama.cpp's tiny test models: 8
 * query heads over 2 KV heads) cut into tiles of one KV head would have two
 * tasks fetch the same cache lines (a q8_0 head row is 68 or 136 bytes) or
 * stream 128-byte pieces of each key row: the planner gives such tiles every
 * KV head while the call keeps half its usual task count. Rows of 256 bytes
 * or more keep one head per tile. Each K/V row is still read once. */
Test(threads, decode_plan_short_rows_take_whole_key_rows)
{
    static const struct {
        int32_t D, Skv;
        attnforge_format kf;
        int32_t want_nkv;
    } cases[] = {
        {64, 4096, ATTNFORGE_FORMAT_F16, 2},   /* 128-byte head rows */
        {64, 4096, ATTNFORGE_FORMAT_Q8_0, 2},  /* 68 */
        {128, 4096, ATTNFORGE_FORMAT_Q8_0, 2}, /* 136 */
        {128, 4096, ATTNFORGE_FORMAT_F16, 1},  /* 256: one head per tile */
        {128, 4096, ATTNFORGE_FORMAT_F32, 1},  /* 512 */
        {64, 2048, ATTNFORGE_FORMAT_Q8_0, 1},  /* 2-head tiles would leave 4 tasks */
        {64, 8192, ATTNFORGE_FORMAT_F32, 2},   /* 16 chunks: 2-head tiles by the 16-task rule */
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        tu_spec s = tu_spec_default(ATTNFORGE_F32, cases[k].D, cases[k].D);
        s.B = 1; s.Sq = 1; s.Hq = 8; s.Hkv = 2; s.Skv = cases[k].Skv; s.causal = 1;
        tu_case cs;
        tu_case_build(&cs, &s, tu_seed(610 + (unsigned)k));
        af_call c;
        cr_assert_eq(attnforge_validate(&cs.p, &c), ATTNFORGE_OK);
        /* the planner's choice depends on the shape and the K format only:
         * the call is planned, not run, so its f32 data may stand in */
        c.kf = cases[k].kf;
        int32_t pos[2];
        attnforge_fill_positions(&cs.p, &c, pos, pos + 1);
        af_plan pl;
        attnforge_plan(&c, &pl, 0);
        cr_assert(pl.decode);
        cr_assert_eq(pl.nkv, cases[k].want_nkv, "D %d, Skv %d, K format %d: tiles of %d KV heads, want %d",
                     cases[k].D, cases[k].Skv, (int)cases[k].kf, pl.nkv, cases[k].want_nkv);
        cr_assert_geq(pl.n_tasks, 8, "the call keeps at least 8 tasks");
        check_decode_tiles(&c, &pl);
        tu_case_free(&cs);
    }
}
