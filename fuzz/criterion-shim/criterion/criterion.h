/*
 * A stand-in for the few Criterion macros the threading and soak tests use,
 * for two jobs Criterion cannot do here:
 *  - ThreadSanitizer: Criterion's sandbox (BoxFort) cannot map its
 *    inheritable arena inside TSan's address-space layout, so every Criterion
 *    binary built with -fsanitize=thread aborts at start-up ("Could not
 *    initialize inheritable arena: Resource temporarily unavailable").
 *  - the soak (fuzz/soak.sh): one process, no fork, so LeakSanitizer,
 *    valgrind and the VmRSS sampler all see the process doing the work.
 * Compile a test with -I fuzz/criterion-shim ahead of the system headers and
 * link fuzz/criterion-shim/shim_main.c.
 *
 * Semantics kept: Test(suite, name, ...) registers a test (options such as
 * .timeout are ignored); cr_assert* stops the test, cr_expect* records and
 * goes on; cr_skip_test skips. Tests run one after another in one process;
 * assert only on the test's own thread (a failure longjmps out of the test).
 */
#ifndef AF_CRITERION_SHIM_H
#define AF_CRITERION_SHIM_H

#include <stdbool.h>
#include <stddef.h>

typedef void (*af_shim_fn)(void);
void af_shim_register(const char *suite, const char *name, af_shim_fn fn);
/* fatal: 1 = assert (leaves the test), 0 = expect; fmt may be "" */
void af_shim_fail(int fatal, const char *expr, const char *file, int line, const char *fmt, ...);
void af_shim_skip(const char *fmt, ...);

#define Test(suite, name, ...)                                                  \
    static void suite##_##name(void);                                           \
    __attribute__((constructor)) static void af_shim_reg_##suite##_##name(void) \
    {                                                                           \
        af_shim_register(#suite, #name, suite##_##name);                        \
    }                                                                           \
    static void suite##_##name(void)

#define af_shim_check(fatal, cond, expr, ...)                                   \
    do {                                                                        \
        if (!(cond)) af_shim_fail(fatal, expr, __FILE__, __LINE__, "" __VA_ARGS__); \
    } while (0)

#define cr_assert(cond, ...) af_shim_check(1, cond, #cond, __VA_ARGS__)
#define cr_expect(cond, ...) af_shim_check(0, cond, #cond, __VA_ARGS__)
#define cr_assert_eq(a, b, ...) af_shim_check(1, (a) == (b), #a " == " #b, __VA_ARGS__)
#define cr_assert_neq(a, b, ...) af_shim_check(1, (a) != (b), #a " != " #b, __VA_ARGS__)
#define cr_assert_gt(a, b, ...) af_shim_check(1, (a) > (b), #a " > " #b, __VA_ARGS__)
#define cr_assert_geq(a, b, ...) af_shim_check(1, (a) >= (b), #a " >= " #b, __VA_ARGS__)
#define cr_assert_lt(a, b, ...) af_shim_check(1, (a) < (b), #a " < " #b, __VA_ARGS__)
#define cr_assert_leq(a, b, ...) af_shim_check(1, (a) <= (b), #a " <= " #b, __VA_ARGS__)
#define cr_expect_eq(a, b, ...) af_shim_check(0, (a) == (b), #a " == " #b, __VA_ARGS__)
#define cr_expect_neq(a, b, ...) af_shim_check(0, (a) != (b), #a " != " #b, __VA_ARGS__)
#define cr_skip_test(...) af_shim_skip("" __VA_ARGS__)

#endif
