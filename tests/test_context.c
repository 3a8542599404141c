/*
 * The context API: thread counts (against ctx NULL), a caller's parallel-for
 * that runs tasks backwards, forced ISAs and a misaligned caller workspace
 * must never change a bit of O or LSE (for one variant), and every path must
 * agree with the reference. test_threads.c covers concurrent callers and
 * more thread counts.
 */
#define _POSIX_C_SOURCE 200809L /* setenv */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

static const attnforge_dtype dtypes[] = {ATTNFORGE_F32, ATTNFORGE_F16, ATTNFORGE_BF16};
#define N_DTYPES 3

/* Shapes big enough that a call is cut into many tasks and run on several
 * threads: a decode (many keys, split along the KV axis) and a prefill. */
static tu_spec big_spec(attnforge_dtype dt, int which)
{
    tu_spec s = tu_spec_default(dt, 64, 0);
    s.lse = 1;
    if (which == 0) { /* decode */
        s.B = 2;
        s.Hq = 4;
        s.Hkv = 1;
        s.Sq = 1;
        s.Skv = 1100;
        s.kv_len = 1;
        s.sinks = 1;
    } else { /* prefill */
        s.B = 1;
        s.Hq = 2;
        s.Hkv = 1;
        s.Sq = 70;
        s.Skv = 100;
        s.causal = 1;
        s.mask = TU_MASK_SQ_SKV;
        s.mask_ninf = 0.05;
    }
    return s;
}

static attnforge_context *make_ctx(int threads, attnforge_isa isa)
{
    attnforge_context *ctx = NULL;
    attnforge_context_options o;
    memset(&o, 0, sizeof o);
    o.num_threads = threads;
    o.isa = isa;
    attnforge_status st = attnforge_context_create(&ctx, &o);
    cr_assert_eq(st, ATTNFORGE_OK, "context_create(threads %d, isa %d): %s", threads, (int)isa,
                 attnforge_last_error());
    cr_assert(ctx != NULL);
    return ctx;
}

Test(context, thread_counts_bitwise_identical)
{
    for (int d = 0; d < N_DTYPES; d++)
        for (int which = 0; which < 2; which++) {
            tu_spec s = big_spec(dtypes[d], which);
            tu_case ref, c;
            tu_case_build(&ref, &s, tu_seed(10 + which));
            cr_assert(tu_case_run_check(&ref, NULL), "%s", ref.msg);
            tu_case_build(&c, &s, tu_seed(10 + which));
            static const int threads[] = {1, 2, 3, 0};
            for (int k = 0; k < 4; k++) {
                attnforge_context *ctx = make_ctx(threads[k], ATTNFORGE_ISA_AUTO);
                if (threads[k] > 0)
                    cr_assert_eq(attnforge_context_num_threads(ctx), threads[k]);
                else
                    cr_assert(attnforge_context_num_threads(ctx) >= 1);
                cr_assert_eq(tu_case_run(&c, ctx), ATTNFORGE_OK, "%s", attnforge_last_error());
                cr_assert(tu_case_same_output(&c, &ref), "%d threads vs ctx NULL: %s",
                          threads[k], c.msg);
                attnforge_context_destroy(ctx);
            }
            tu_case_free(&c);
            tu_case_free(&ref);
        }
}

Test(context, destroy_null_is_harmless)
{
    attnforge_context_destroy(NULL);
}

Test(context, forced_generic)
{
    attnforge_context *ctx = make_ctx(2, ATTNFORGE_ISA_GENERIC);
    tu_rng r;
    tu_rng_seed(&r, tu_seed(20));
    for (int d = 0; d < N_DTYPES; d++)
        for (int k = 0; k < 4; k++) {
            tu_spec s;
            if (k < 2)
                s = big_spec(dtypes[d], k);
            else
                tu_spec_random(&s, &r, dtypes[d], 0, -1, 40);
            tu_case c;
            tu_case_build(&c, &s, tu_rng_u64(&r));
            cr_assert(tu_case_run_check(&c, ctx), "%s", c.msg);
            const char *kn = attnforge_last_kernel();
            cr_assert(kn && strcmp(kn, "generic") == 0, "forced generic ran \"%s\"",
                      kn ? kn : "(null)");
            tu_case_free(&c);
        }
    attnforge_context_destroy(ctx);
}

Test(context, every_supported_isa_matches_reference)
{
    static const attnforge_isa isas[] = {ATTNFORGE_ISA_AUTO, ATTNFORGE_ISA_GENERIC,
                                         ATTNFORGE_ISA_SCALAR, ATTNFORGE_ISA_AVX2,
                                         ATTNFORGE_ISA_AVX512, ATTNFORGE_ISA_NEON};
    tu_rng r;
    tu_rng_seed(&r, tu_seed(30));
    int n = tu_pick(6, 40);
    for (size_t k = 0; k < sizeof isas / sizeof isas[0]; k++) {
        attnforge_context *ctx = NULL;
        attnforge_context_options o;
        memset(&o, 0, sizeof o);
        o.num_threads = 2;
        o.isa = isas[k];
        attnforge_status st = attnforge_context_create(&ctx, &o);
        if (st == ATTNFORGE_ERR_ISA) continue; /* not on this machine */
        cr_assert_eq(st, ATTNFORGE_OK, "isa %d: %s", (int)isas[k], attnforge_last_error());
        for (int t = 0; t < n; t++) {
            tu_spec s;
            /* head dims a generated variant is likely to exist for */
            static const int32_t dims[] = {64, 128, 80, 96};
            tu_spec_random(&s, &r, dtypes[t % N_DTYPES], dims[t % 4], 0, 48);
            tu_case c;
            tu_case_build(&c, &s, tu_rng_u64(&r));
            cr_assert(tu_case_run_check(&c, ctx), "isa %d: %s", (int)isas[k], c.msg);
            const char *kn = attnforge_last_kernel();
            cr_assert(kn && kn[0], "isa %d: no kernel name", (int)isas[k]);
            tu_case_free(&c);
        }
        attnforge_context_destroy(ctx);
    }
}

/* ---- a caller's parallel-for ------------------------------------------------------ */

typedef struct pf_state {
    int num_threads;
    int64_t calls, tasks, bad_worker;
    unsigned char *seen;
    int64_t seen_len;
    int64_t duplicates;
} pf_state;

/* Runs the tasks serially in reverse order, naming a different worker for
 * each (never two at once), and records that each task ran exactly once. */
static void reverse_parallel_for(void *user, attnforge_task_fn fn, void *arg, int64_t n)
{
    pf_state *st = user;
    st->calls++;
    st->tasks += n;
    unsigned char *seen = calloc((size_t)(n > 0 ? n : 1), 1);
    for (int64_t t = n - 1; t >= 0; t--) {
        int w = (int)((t * 7) % st->num_threads);
        if (w < 0 || w >= st->num_threads) st->bad_worker++;
        fn(arg, t, w);
        if (seen[t]++) st->duplicates++;
    }
    free(seen);
}

Test(context, caller_parallel_for_reverse_order)
{
    for (int d = 0; d < N_DTYPES; d += 2)
        for (int which = 0; which < 2; which++) {
            tu_spec s = big_spec(dtypes[d], which);
            tu_case ref, c;
            tu_case_build(&ref, &s, tu_seed(40 + which));
            cr_assert(tu_case_run_check(&ref, NULL), "%s", ref.msg);
            tu_case_build(&c, &s, tu_seed(40 + which));

            pf_state st;
            memset(&st, 0, sizeof st);
            st.num_threads = 3;
            attnforge_context_options o;
            memset(&o, 0, sizeof o);
            o.num_threads = 3;
            o.parallel_for = reverse_parallel_for;
            o.parallel_for_user = &st;
            attnforge_context *ctx = NULL;
            cr_assert_eq(attnforge_context_create(&ctx, &o), ATTNFORGE_OK, "%s",
                         attnforge_last_error());
            cr_assert_eq(tu_case_run(&c, ctx), ATTNFORGE_OK, "%s", attnforge_last_error());
            cr_assert(tu_case_same_output(&c, &ref), "caller parallel_for: %s", c.msg);
            cr_assert_eq(st.bad_worker, 0);
            cr_assert_eq(st.duplicates, 0);
            attnforge_context_destroy(ctx);
            tu_case_free(&c);
            tu_case_free(&ref);
        }
}

/* ---- workspace ---------------------------------------------------------------------- */

Test(context, caller_workspace_misaligned)
{
    for (int d = 1; d < 2; d++)
        for (int which = 0; which < 2; which++) {
            tu_spec s = big_spec(dtypes[d], which);
            tu_case ref, c;
            attnforge_context *ctx = make_ctx(2, ATTNFORGE_ISA_AUTO);
            tu_case_build(&ref, &s, tu_seed(50 + which));
            cr_assert(tu_case_run_check(&ref, ctx), "%s", ref.msg);
            tu_case_build(&c, &s, tu_seed(50 + which));
            size_t need = 0;
            cr_assert_eq(attnforge_workspace_size(ctx, &c.p, &need), ATTNFORGE_OK);
            /* an odd offset: the library must align it itself */
            unsigned char *ws = malloc(need + 1);
            memset(ws, 0xa5, need + 1);
            c.p.workspace = ws + 1;
            c.p.workspace_bytes = need;
            cr_assert(tu_case_run_check(&c, ctx), "%s", c.msg);
            cr_assert(tu_case_same_output(&c, &ref), "caller workspace: %s", c.msg);
            free(ws);
            tu_case_free(&c);
            tu_case_free(&ref);
            attnforge_context_destroy(ctx);
        }
}

/* ---- environment overrides ----------------------------------------------------------
 * Criterion runs every test in its own process, so setenv() here cannot leak
 * into other tests. ATTNFORGE_ISA and ATTNFORGE_NUM_THREADS are read when a
 * context is created with isa = AUTO / num_threads = 0. */

static const char *run_one_case(attnforge_context *ctx, int32_t dk)
{
    tu_spec s = tu_spec_default(ATTNFORGE_F32, dk, 0);
    tu_case c;
    tu_case_build(&c, &s, tu_seed(41));
    cr_assert(tu_case_run_check(&c, ctx), "%s", c.msg);
    tu_case_free(&c);
    const char *kn = attnforge_last_kernel();
    cr_assert(kn && kn[0], "no kernel name");
    return kn;
}

Test(context, env_isa_generic_forces_the_fallback)
{
    cr_assert_eq(setenv("ATTNFORGE_ISA", "generic", 1), 0);
    attnforge_context *ctx = make_ctx(1, ATTNFORGE_ISA_AUTO);
    const char *kn = run_one_case(ctx, 64);
    cr_assert(strcmp(kn, "generic") == 0, "ATTNFORGE_ISA=generic ran \"%s\"", kn);
    attnforge_context_destroy(ctx);
    unsetenv("ATTNFORGE_ISA"); /* the criterion shim runs every test in one process */
}

Test(context, env_isa_scalar_runs_a_scalar_variant)
{
    cr_assert_eq(setenv("ATTNFORGE_ISA", "scalar", 1), 0);
    attnforge_context *ctx = make_ctx(1, ATTNFORGE_ISA_AUTO);
    const char *kn = run_one_case(ctx, 64);
    cr_assert(strstr(kn, "__scalar") != NULL, "ATTNFORGE_ISA=scalar ran \"%s\"", kn);
    attnforge_context_destroy(ctx);
    unsetenv("ATTNFORGE_ISA");
}

Test(context, env_isa_unknown_is_rejected)
{
    cr_assert_eq(setenv("ATTNFORGE_ISA", "sse9", 1), 0);
    attnforge_context *ctx = NULL;
    attnforge_context_options o;
    memset(&o, 0, sizeof o);
    o.num_threads = 1;
    cr_assert_eq(attnforge_context_create(&ctx, &o), ATTNFORGE_ERR_ISA, "%s",
                 attnforge_last_error());
    cr_assert(ctx == NULL, "a failed create must not return a context");
    cr_assert(strstr(attnforge_last_error(), "sse9") != NULL, "message \"%s\" does not name the value",
              attnforge_last_error());
    unsetenv("ATTNFORGE_ISA");
}

Test(context, env_num_threads_sets_the_default)
{
    cr_assert_eq(setenv("ATTNFORGE_NUM_THREADS", "3", 1), 0);
    attnforge_context *ctx = make_ctx(0, ATTNFORGE_ISA_AUTO);
    const int n = attnforge_context_num_threads(ctx);
    cr_assert_eq(n, 3, "ATTNFORGE_NUM_THREADS=3 gave %d threads", n);
    attnforge_context_destroy(ctx);
    unsetenv("ATTNFORGE_NUM_THREADS");
}
