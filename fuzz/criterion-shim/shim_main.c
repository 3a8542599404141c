/*
 * Runner for tests built against fuzz/criterion-shim/criterion/criterion.h (see
 * there). Usage: <test> [--filter SUBSTRING] [--exclude SUBSTRING]... [--shard I/N]
 * (other Criterion options, such as --jobs, are accepted and ignored).
 * --exclude leaves out every test whose name contains it (listed as [EXCL],
 * not counted); it may be given up to 8 times. --shard runs only the
 * tests (each element of a parameterized test counts as one) whose position
 * in registration order is I modulo N, so N processes with I = 0 .. N-1 run
 * every test once (what CI does with the slowest suite under qemu).
 * Exit status: 0 if no test failed, 1 otherwise.
 */
#define _POSIX_C_SOURCE 200809L /* clock_gettime */
#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "criterion/criterion.h"

#define MAX_TESTS 4096

static struct {
    const char *suite, *name;
    af_shim_fn fn;             /* a plain test, or */
    void (*pfn)(void *);       /* a parameterized one, with its element */
    void *param;
    size_t index;
} tests[MAX_TESTS];
static int n_tests;
static jmp_buf leave;
static int failed_now;
static int jump_kind; /* why the last longjmp left a test */

void af_shim_register(const char *suite, const char *name, af_shim_fn fn)
{
    if (n_tests == MAX_TESTS) {
        fprintf(stderr, "criterion shim: more than %d tests\n", MAX_TESTS);
        abort();
    }
    tests[n_tests].suite = suite;
    tests[n_tests].name = name;
    tests[n_tests].fn = fn;
    tests[n_tests].pfn = NULL;
    n_tests++;
}

void af_shim_register_param(const char *suite, const char *name, void (*fn)(void *), void *data,
                            size_t size, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        af_shim_register(suite, name, NULL);
        tests[n_tests - 1].pfn = fn;
        tests[n_tests - 1].param = (char *)data + i * size;
        tests[n_tests - 1].index = i;
    }
}

void af_shim_fail(int fatal, const char *expr, const char *file, int line, const char *fmt, ...)
{
    fprintf(stderr, "[----] %s:%d: %s failed: %s\n", file, line, fatal ? "assertion" : "expectation",
            expr);
    if (fmt && *fmt) {
        va_list ap;
        va_start(ap, fmt);
        fprintf(stderr, "[----]   ");
        vfprintf(stderr, fmt, ap);
        fprintf(stderr, "\n");
        va_end(ap);
    }
    failed_now = 1;
    if (fatal) {
        jump_kind = 1;
        longjmp(leave, 1);
    }
}

void af_shim_skip(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "[SKIP] ");
    vfprintf(stderr, fmt, ap);
    fprintf(stderr, "\n");
    va_end(ap);
    jump_kind = 2;
    longjmp(leave, 2);
}

/* 0: ran to the end, 1: a failed assertion left it, 2: skipped */
static int run_one(int t)
{
    if (setjmp(leave) == 0) {
        if (tests[t].pfn)
            tests[t].pfn(tests[t].param);
        else
            tests[t].fn();
        return 0;
    }
    return jump_kind;
}

int main(int argc, char **argv)
{
    const char *filter = NULL, *exclude[8];
    int shard = 0, n_shards = 1, n_exclude = 0;
    for (int a = 1; a < argc; a++) {
        if (strcmp(argv[a], "--filter") == 0 && a + 1 < argc) filter = argv[++a];
        else if (strcmp(argv[a], "--exclude") == 0 && a + 1 < argc) {
            if (n_exclude == 8) {
                fprintf(stderr, "criterion shim: at most 8 --exclude\n");
                return 2;
            }
            exclude[n_exclude++] = argv[++a];
        }
        else if (strcmp(argv[a], "--shard") == 0 && a + 1 < argc) {
            if (sscanf(argv[++a], "%d/%d", &shard, &n_shards) != 2 || n_shards < 1 || shard < 0 ||
                shard >= n_shards) {
                fprintf(stderr, "criterion shim: --shard wants I/N with 0 <= I < N, not %s\n", argv[a]);
                return 2;
            }
        }
    }
    int run = 0, failed = 0;
    for (int t = 0; t < n_tests; t++) {
        if (t % n_shards != shard) continue;
        char full[256];
        if (tests[t].pfn)
            snprintf(full, sizeof full, "%s::%s/%zu", tests[t].suite, tests[t].name, tests[t].index);
        else
            snprintf(full, sizeof full, "%s::%s", tests[t].suite, tests[t].name);
        if (filter && !strstr(full, filter)) continue;
        int excluded = 0;
        for (int e = 0; e < n_exclude; e++) excluded |= strstr(full, exclude[e]) != NULL;
        if (excluded) {
            fprintf(stderr, "[EXCL] %s\n", full);
            continue;
        }
        fprintf(stderr, "[RUN ] %s\n", full);
        failed_now = 0;
        struct timespec t0, t1;
        clock_gettime(CLOCK_MONOTONIC, &t0);
        const int how = run_one(t);
        clock_gettime(CLOCK_MONOTONIC, &t1);
        run++;
        if (failed_now) failed++;
        fprintf(stderr, "[%s] %s (%.2f s)\n", how == 2 ? "SKIP" : failed_now ? "FAIL" : "PASS", full,
                (double)(t1.tv_sec - t0.tv_sec) + 1e-9 * (double)(t1.tv_nsec - t0.tv_nsec));
    }
    fprintf(stderr, "[====] Synthesis: Tested: %d | Passing: %d | Failing: %d\n", run, run - failed,
            failed);
    return failed ? 1 : 0; /* not the count: 256 failures would read as success */
}
