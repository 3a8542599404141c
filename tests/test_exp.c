/*
 * The vectorized exp (and tanh) of every compiled ISA, through the test
 * entries the generator emits (generated/math/attnforge_math__<isa>.c, listed
 * in generated/registry.inc as ATTNFORGE_EXP_VARIANT / ATTNFORGE_TANH_VARIANT
 * with their documented bounds in ATTNFORGE_MATH_ULP).
 *
 * A dense sweep of the whole f32 range (every 97th bit pattern, both signs,
 * ~44 M inputs; every 7th with ATTNFORGE_TEST_LONG=1, every Nth with
 * ATTNFORGE_TEST_EXP_STEP=N) against libm expf/tanhf:
 *   - the error in ulps of the libm result stays within the documented bound
 *     wherever the result is a normal float;
 *   - exp: results below FLT_MIN are +0 or that small (no garbage), -inf and
 *     every x < -87.34 give exactly +0, overflow and +inf give +inf, NaN gives
 *     NaN, and no finite input gives NaN;
 *   - tanh: odd, |tanh| <= 1, +-inf -> +-1, NaN -> NaN;
 *   - expn (exp for x <= 0, the softmax's): exp's rules and bound on every
 *     non-positive input and NaN of the sweep; positive inputs are skipped.
 * ISAs the CPU lacks are skipped with the reason.
 *
 * The same sweep through each ISA's output-row store (ATTNFORGE_STORE_O, the
 * merge's: x times inv in O's format): bitwise equal to the portable
 * conversions (attnforge_f32_to_f16 / _bf16, a plain f32 product) for f32,
 * f16 and bf16, NaN, Inf, subnormal and overflowing inputs included, with
 * row lengths that leave a tail shorter than a vector (the same step); an
 * f32 NaN need only stay a NaN (its quiet bit is the hardware's).
 */
#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "attnforge.h"
#include "testutil.h"

typedef void (*tx_fn)(const float *x, float *y, int n);

#define ATTNFORGE_EXP_VARIANT(ISA, FN) void FN(const float *x, float *y, int n);
#define ATTNFORGE_TANH_VARIANT(ISA, FN) void FN(const float *x, float *y, int n);
#define ATTNFORGE_EXPN_VARIANT(ISA, FN) void FN(const float *x, float *y, int n);
#include "registry.inc"
#undef ATTNFORGE_EXP_VARIANT
#undef ATTNFORGE_TANH_VARIANT
#undef ATTNFORGE_EXPN_VARIANT

typedef struct tx_entry {
    const char *isa, *name;
    tx_fn fn;
    int is_tanh, is_expn; /* expn: exp for x <= 0 (or NaN) only, exp's bound */
} tx_entry;

static const tx_entry tx_list[] = {
#define ATTNFORGE_EXP_VARIANT(ISA, FN) { #ISA, #FN, FN, 0, 0 },
#define ATTNFORGE_TANH_VARIANT(ISA, FN) { #ISA, #FN, FN, 1, 0 },
#define ATTNFORGE_EXPN_VARIANT(ISA, FN) { #ISA, #FN, FN, 0, 1 },
#include "registry.inc"
#undef ATTNFORGE_EXP_VARIANT
#undef ATTNFORGE_TANH_VARIANT
#undef ATTNFORGE_EXPN_VARIANT
};
#define TX_COUNT (sizeof tx_list / sizeof tx_list[0])

typedef struct tx_bound { const char *isa; int exp_ulp, tanh_ulp; } tx_bound;
static const tx_bound tx_bounds[] = {
#define ATTNFORGE_MATH_ULP(ISA, E, T) { #ISA, E, T },
#include "registry.inc"
#undef ATTNFORGE_MATH_ULP
};

static int tx_bound_for(const char *isa, int is_tanh)
{
    for (size_t i = 0; i < sizeof tx_bounds / sizeof tx_bounds[0]; i++)
        if (!strcmp(tx_bounds[i].isa, isa)) return is_tanh ? tx_bounds[i].tanh_ulp : tx_bounds[i].exp_ulp;
    return 0;
}

static float tx_from_bits(uint32_t u)
{
    float f;
    memcpy(&f, &u, sizeof f);
    return f;
}

/* One ulp of the float nearest to r (r a normal-range value). */
static double tx_ulp(double r)
{
    int e;
    frexp(r, &e);
    return ldexp(1.0, e - 24);
}

/* The sweep's step between bit patterns: 97, 7 with ATTNFORGE_TEST_LONG=1,
 * or ATTNFORGE_TEST_EXP_STEP=N, a sparser sweep where every input costs
 * more, as under an emulator (tools/test.sh's AArch64 stages under qemu:
 * 1009, ~8.5 M inputs). */
static uint32_t tx_step(void)
{
    const char *lt = getenv("ATTNFORGE_TEST_LONG");
    uint32_t step = lt && *lt && strcmp(lt, "0") ? 7u : 97u;
    const char *st = getenv("ATTNFORGE_TEST_EXP_STEP");
    if (st && *st) {
        const long v = strtol(st, NULL, 10);
        cr_assert(v >= 1 && v <= 65537, "ATTNFORGE_TEST_EXP_STEP=%s: want 1 .. 65537", st);
        step = (uint32_t)v;
    }
    return step;
}

static int *tx_indices(void)
{
    static int idx[TX_COUNT];
    for (size_t i = 0; i < TX_COUNT; i++) idx[i] = (int)i;
    return idx;
}

ParameterizedTestParameters(math, sweep)
{
    return cr_make_param_array(int, tx_indices(), TX_COUNT);
}

ParameterizedTest(int *index, math, sweep, .timeout = 600)
{
    const tx_entry *e = &tx_list[*index];
    const char *why = tu_isa_unsupported(e->isa);
    if (why) cr_skip_test("%s: skipped, this CPU cannot run %s (%s)", e->name, e->isa, why);
    const int bound = tx_bound_for(e->isa, e->is_tanh);
    cr_assert(bound > 0, "%s: no documented bound in registry.inc", e->name);

    const uint32_t step = tx_step();
    enum { N = 4096 };
    float x[N], y[N];
    double worst = 0.0;
    float worst_x = 0.0f;
    long bad = 0, checked = 0;

    uint64_t u = 0;
    while (u <= 0xffffffffu) {
        int n = 0;
        for (; n < N && u <= 0xffffffffu; n++, u += step) x[n] = tx_from_bits((uint32_t)u);
        e->fn(x, y, n);
        for (int i = 0; i < n; i++) {
            const float xi = x[i], yi = y[i];
            if (e->is_expn && xi > 0.0f) continue; /* outside expn's domain */
            if (isnan(xi)) {
                if (!isnan(yi) && bad++ < 5) cr_log_error("%s(NaN) = %g, want NaN", e->name, yi);
                continue;
            }
            if (isnan(yi)) {
                if (bad++ < 5) cr_log_error("%s(%a) = NaN for a non-NaN input", e->name, xi);
                continue;
            }
            const double ref = e->is_tanh ? (double)tanhf(xi) : (double)expf(xi);
            if (!e->is_tanh) {
                if (xi < -87.3365448f) { /* below FLT_MIN: flushed to +0 */
                    if (yi != 0.0f || signbit(yi)) {
                        if (bad++ < 5) cr_log_error("%s(%a) = %a, want +0", e->name, xi, yi);
                    }
                    continue;
                }
                if (isinf(ref)) {
                    if (!(isinf(yi) && yi > 0) && bad++ < 5)
                        cr_log_error("%s(%a) = %a, want +inf", e->name, xi, yi);
                    continue;
                }
                if (ref < FLT_MIN) { /* subnormal result range: absolute error only */
                    if (!(fabs(yi - ref) <= FLT_MIN) && bad++ < 5)
                        cr_log_error("%s(%a) = %a, want about %a", e->name, xi, yi, ref);
                    continue;
                }
            } else {
                if (fabsf(yi) > 1.0f || (xi != 0.0f && signbit(xi) != signbit(yi))) {
                    if (bad++ < 5) cr_log_error("%s(%a) = %a: not in [-1, 1] or wrong sign", e->name, xi, yi);
                    continue;
                }
                if (fabs(ref) < FLT_MIN) { /* tiny inputs: tanh(x) = x */
                    if (!(fabs(yi - ref) <= FLT_MIN) && bad++ < 5)
                        cr_log_error("%s(%a) = %a, want about %a", e->name, xi, yi, ref);
                    continue;
                }
            }
            checked++;
            const double ulps = fabs((double)yi - ref) / tx_ulp(ref);
            if (ulps > worst) { worst = ulps; worst_x = xi; }
            if (ulps > bound && bad++ < 5)
                cr_log_error("%s(%a) = %a, libm %a: %.2f ulp > %d", e->name, xi, yi, ref, ulps, bound);
        }
    }
    /* the named special values */
    const float sx[] = { -INFINITY, INFINITY, -1000.0f, -100.0f, 100.0f, 1000.0f, 0.0f, -0.0f };
    float sy[8];
    e->fn(sx, sy, 8);
    if (!e->is_tanh) {
        cr_expect(sy[0] == 0.0f && !signbit(sy[0]), "%s(-inf) = %g", e->name, sy[0]);
        cr_expect(e->is_expn || (isinf(sy[1]) && sy[1] > 0), "%s(+inf) = %g", e->name, sy[1]);
        cr_expect(sy[2] == 0.0f && sy[3] == 0.0f, "%s(-1000), (-100) = %g, %g", e->name, sy[2], sy[3]);
        cr_expect(e->is_expn || (isinf(sy[4]) && isinf(sy[5])), "%s(100), (1000) = %g, %g", e->name, sy[4], sy[5]);
        cr_expect(sy[6] == 1.0f && sy[7] == 1.0f, "%s(+-0) = %g, %g", e->name, sy[6], sy[7]);
    } else {
        cr_expect(sy[0] == -1.0f && sy[1] == 1.0f, "%s(-+inf) = %g, %g", e->name, sy[0], sy[1]);
        cr_expect(sy[2] == -1.0f && sy[5] == 1.0f, "%s(-+1000) = %g, %g", e->name, sy[2], sy[5]);
        cr_expect(sy[6] == 0.0f && sy[7] == 0.0f, "%s(+-0) = %g, %g", e->name, sy[6], sy[7]);
    }
    cr_log_info("%s: %ld inputs checked, max error %.3f ulp (at %a) vs libm, documented bound %d ulp",
                e->name, checked, worst, worst_x, bound);
    cr_assert(bad == 0, "%s: %ld inputs outside the documented behaviour", e->name, bad);
}

/* ---- the output-row store ------------------------------------------------- */

typedef void (*ts_fn)(void *dst, attnforge_format of, const float *x, float inv, int32_t n);
#define ATTNFORGE_STORE_O(ISA, FN) void FN(void *dst, attnforge_format of, const float *x, float inv, int32_t n);
#include "registry.inc"
#undef ATTNFORGE_STORE_O

typedef struct ts_entry {
    const char *isa, *name;
    ts_fn fn;
} ts_entry;

static const ts_entry ts_list[] = {
#define ATTNFORGE_STORE_O(ISA, FN) { #ISA, #FN, FN },
#include "registry.inc"
#undef ATTNFORGE_STORE_O
};
#define TS_COUNT (sizeof ts_list / sizeof ts_list[0])

static int *ts_indices(void)
{
    static int idx[TS_COUNT];
    for (size_t i = 0; i < TS_COUNT; i++) idx[i] = (int)i;
    return idx;
}

ParameterizedTestParameters(math, store_o)
{
    return cr_make_param_array(int, ts_indices(), TS_COUNT);
}

ParameterizedTest(int *index, math, store_o, .timeout = 600)
{
    const ts_entry *e = &ts_list[*index];
    const char *why = tu_isa_unsupported(e->isa);
    if (why) cr_skip_test("%s: skipped, this CPU cannot run %s (%s)", e->name, e->isa, why);
    enum { N = 4093 }; /* not a multiple of any vector width: every call has a tail */
    static const attnforge_format fmts[3] = {ATTNFORGE_FORMAT_F32, ATTNFORGE_FORMAT_F16, ATTNFORGE_FORMAT_BF16};
    static const float invs[2] = {1.0f, 0.3f};
    float x[N], got32[N];
    uint16_t got16[N];
    long bad = 0, checked = 0;
    const uint32_t step = tx_step();
    for (uint64_t u = 0; u <= 0xffffffffu;) {
        int n = 0;
        for (; n < N && u <= 0xffffffffu; n++, u += step) x[n] = tx_from_bits((uint32_t)u);
        for (int f = 0; f < 3; f++)
            for (int k = 0; k < 2; k++) {
                void *dst = fmts[f] == ATTNFORGE_FORMAT_F32 ? (void *)got32 : (void *)got16;
                memset(got32, 0xa5, sizeof got32); /* poison */
                memset(got16, 0xa5, sizeof got16);
                e->fn(dst, fmts[f], x, invs[k], n);
                for (int i = 0; i < n; i++) {
                    const float v = x[i] * invs[k];
                    uint32_t want, have;
                    if (fmts[f] == ATTNFORGE_FORMAT_F32) {
                        memcpy(&want, &v, 4);
                        memcpy(&have, &got32[i], 4);
                    } else {
                        want = fmts[f] == ATTNFORGE_FORMAT_F16 ? attnforge_f32_to_f16(v) : attnforge_f32_to_bf16(v);
                        have = got16[i];
                    }
                    checked++;
                    /* f32: a NaN's bits are the hardware's (a signaling NaN
                     * times 1 comes out quiet, unless the compiler folded this
                     * file's product away): any NaN will do */
                    if (fmts[f] == ATTNFORGE_FORMAT_F32 && isnan(v) && isnan(got32[i])) continue;
                    if (want != have && bad++ < 5)
                        cr_log_error("%s(%s, x = %a, inv = %g) wrote 0x%x, want 0x%x", e->name,
                                     attnforge_format_name(fmts[f]), x[i], invs[k], have, want);
                }
                /* nothing past the row */
                if (fmts[f] != ATTNFORGE_FORMAT_F32 && n < N && got16[n] != 0xa5a5 && bad++ < 5)
                    cr_log_error("%s wrote past the row's end", e->name);
            }
    }
    cr_log_info("%s: %ld stores checked bitwise against the portable conversions", e->name, checked);
    cr_assert(bad == 0, "%s: %ld stores differ from the portable conversion", e->name, bad);
}
