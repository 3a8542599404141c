/*
 * A stand-in for the few Criterion macros the threading and soak tests use,
 * for two jobs Criterion cannot do here:
 *  - ThreadSanitizer: Criterion's sandbox (BoxFort) cannot map its
 *    inheritable arena inside TSan's address-space layout, so every Criterion
 *    binary built with -fsanitize=thread aborts at start-up ("Could not
 *    initialize inheritable arena: Resource temporarily unavailable").
 *  - the soak (fuzz/soak.sh): one process, no fork, so LeakSanitizer,
 *    valgrind and the VmRSS sampler all see the process doing the work.
 *  - cross builds run under qemu-user (aarch64): Debian has no Criterion for
 *    the target, and one process without fork is also kinder to emulation.
 * Compile a test with -I fuzz/criterion-shim ahead of the system headers and
 * link fuzz/criterion-shim/shim_main.c. CMake: -DATTNFORGE_CRITERION_SHIM=ON
 * builds the whole test suite this way (automatic when cross compiling).
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
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h> /* Criterion's header brings these in too */
#include <string.h>

typedef void (*af_shim_fn)(void);
void af_shim_register(const char *suite, const char *name, af_shim_fn fn);
/* fatal: 1 = assert (leaves the test), 0 = expect; fmt may be "" */
void af_shim_fail(int fatal, const char *expr, const char *file, int line, const char *fmt, ...);
void af_shim_skip(const char *fmt, ...);
/* one registered test per element of a parameter array */
void af_shim_register_param(const char *suite, const char *name, void (*fn)(void *), void *data,
                            size_t size, size_t n);
struct af_shim_params { void *data; size_t size, n; };

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
#define cr_assert_float_eq(a, b, eps, ...)                                       \
    af_shim_check(1, ((a) - (b) <= (eps)) && ((b) - (a) <= (eps)), #a " == " #b " +- " #eps, __VA_ARGS__)
#define cr_skip_test(...) af_shim_skip("" __VA_ARGS__)
#define cr_log_error(...) (fprintf(stderr, "[ERR ] " __VA_ARGS__), fputc('\n', stderr))
#define cr_log_info(...) (fprintf(stderr, "[----] " __VA_ARGS__), fputc('\n', stderr))

/* Parameterized tests: Param is "Type *name"; each element of the array that
 * the ParameterizedTestParameters function returns becomes its own test. */
#define cr_make_param_array(Type, Arr, Len) \
    ((struct af_shim_params){(void *)(Arr), sizeof(Type), (size_t)(Len)})
#define ParameterizedTestParameters(suite, name) \
    static struct af_shim_params suite##_##name##_params(void)
#define ParameterizedTest(Param, suite, name, ...)                                   \
    static void suite##_##name(Param);                                               \
    static void suite##_##name##_case(void *p) { suite##_##name(p); }                \
    __attribute__((constructor)) static void af_shim_preg_##suite##_##name(void)     \
    {                                                                                \
        struct af_shim_params pp = suite##_##name##_params();                        \
        af_shim_register_param(#suite, #name, suite##_##name##_case, pp.data, pp.size, pp.n); \
    }                                                                                \
    static void suite##_##name(Param)

#endif
