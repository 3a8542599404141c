/*
 * Every SPEC feature alone, then in random combinations, in all three dtypes,
 * against the f64 reference (tests/util/reference.c).
 */
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>

#include "testutil.h"

static const attnforge_dtype dtypes[] = {ATTNFORGE_F32, ATTNFORGE_F16, ATTNFORGE_BF16};
#define N_DTYPES 3

/* The common small shape every single-feature test starts from. */
static tu_spec base_spec(attnforge_dtype dt)
{
    tu_spec s = tu_spec_default(dt, 64, 0);
    s.B = 2;
    s.Sq = 7;
    s.Skv = 29;
    s.Hq = 4;
    s.Hkv = 2;
    s.lse = 1;
    return s;
}

/* Each case runs twice: as a caller would (ctx NULL: whatever kernel the
 * dispatch picks) and on the generic fallback, the oracle of every variant. */
static void check_case(tu_case *c)
{
    cr_assert(tu_case_run_check(c, NULL), "default dispatch (%s): %s",
              attnforge_last_kernel(), c->msg);
    cr_assert(tu_case_run_check(c, tu_generic_ctx()), "generic: %s", c->msg);
}

static void check_spec(const tu_spec *s, uint64_t seed)
{
    tu_case c;
    tu_case_build(&c, s, tu_seed(seed));
    check_case(&c);
    tu_case_free(&c);
}

/* ---- heads and head dims ------------------------------------------------------ */

Test(features, mha_gqa_mqa)
{
    static const int32_t heads[][2] = {{4, 4}, {4, 0}, {8, 2}, {6, 3}, {6, 1}, {5, 1}};
    for (int d = 0; d < N_DTYPES; d++)
        for (size_t k = 0; k < sizeof heads / sizeof heads[0]; k++) {
            tu_spec s = base_spec(dtypes[d]);
            s.Hq = heads[k][0];
            s.Hkv = heads[k][1];
            check_spec(&s, 100 + k);
        }
}

Test(features, head_dims)
{
    /* Dk != Dv in both directions, MLA's 192/128 and 576/512, odd sizes and
     * the documented maximum. V kept away from 0 so a row's scale r is never
     * tiny for the small Dv. */
    static const int32_t dims[][2] = {{64, 32}, {32, 64}, {192, 128}, {576, 512},
                                      {1, 1},   {3, 5},   {17, 0},    {80, 80},
                                      {256, 0}, {1024, 1024}};
    for (int d = 0; d < N_DTYPES; d++)
        for (size_t k = 0; k < sizeof dims / sizeof dims[0]; k++) {
            tu_spec s = base_spec(dtypes[d]);
            s.Dk = dims[k][0];
            s.Dv = dims[k][1];
            s.v_lo = 0.25;
            s.v_hi = 2.0;
            if (s.Dk >= 192) { /* keep the big ones cheap */
                s.Sq = 3;
                s.Skv = 9;
                s.Hq = 2;
                s.Hkv = 1;
            }
            check_spec(&s, 200 + k);
        }
}

/* ---- scores ------------------------------------------------------------------------ */

Test(features, scale)
{
    static const float scales[] = {0.0f, 0.3f, 1.0f, 0.0625f, 0.017f};
    for (int d = 0; d < N_DTYPES; d++)
        for (size_t k = 0; k < sizeof scales / sizeof scales[0]; k++) {
            tu_spec s = base_spec(dtypes[d]);
            s.scale = scales[k];
            check_spec(&s, 300 + k);
        }
}

Test(features, default_scale_is_inv_sqrt_dk)
{
    /* scale 0 and scale 1/sqrt(Dk) give the same result (up to the rounding
     * of the f32 scale, well inside tolerance of each other). */
    for (int d = 0; d < N_DTYPES; d++) {
        tu_spec s = base_spec(dtypes[d]);
        s.Dk = 48;
        tu_case a, b;
        tu_case_build(&a, &s, tu_seed(310));
        s.scale = (float)(1.0 / sqrt(48.0));
        tu_case_build(&b, &s, tu_seed(310));
        cr_assert(tu_case_run_check(&a, NULL), "%s", a.msg);
        cr_assert(tu_case_run_check(&b, NULL), "%s", b.msg);
        int64_t n = (int64_t)s.B * s.Sq * s.Hq * s.Dk;
        double *x = malloc((size_t)n * 2 * sizeof *x);
        tu_case_read_o(&a, x);
        tu_case_read_o(&b, x + n);
        for (int64_t e = 0; e < n; e++)
            cr_assert(fabs(x[e] - x[n + e]) <= 2 * tu_ulp(s.dtype, x[e]) + 1e-6,
                      "%s element %lld: %g vs %g", tu_dtype_name(s.dtype), (long long)e,
                      x[e], x[n + e]);
        free(x);
        tu_case_free(&a);
        tu_case_free(&b);
    }
}

Test(features, softcap)
{
    static const float caps[] = {5.0f, 30.0f, 0.5f};
    for (int d = 0; d < N_DTYPES; d++)
        for (size_t k = 0; k < sizeof caps / sizeof caps[0]; k++) {
            tu_spec s = base_spec(dtypes[d]);
            s.Dk = 32;
            s.scale = 1.0f; /* scores of several units, so the cap bites */
            s.qk_amp = 2.0;
            s.softcap = caps[k];
            check_spec(&s, 400 + k);
        }
}

Test(features, alibi)
{
    for (int d = 0; d < N_DTYPES; d++)
        for (int k = 0; k < 6; k++) {
            tu_spec s = base_spec(dtypes[d]);
            s.Hq = (k % 2) ? 6 : 8; /* a power of two and not */
            s.Hkv = 2;
            s.alibi = (k / 2) % 2 ? TU_ALIBI_RANDOM : TU_ALIBI_STANDARD;
            s.causal = k >= 4;
            s.Skv = 45;
            check_spec(&s, 500 + k);
        }
}

Test(features, alibi_slopes_standard)
{
    float got[80];
    double want[80];
    for (int32_t n = 1; n <= 80; n++) {
        for (int32_t h = 0; h < 80; h++) got[h] = NAN;
        attnforge_alibi_slopes(n, got);
        tu_alibi_slopes_ref(n, want);
        for (int32_t h = 0; h < n; h++)
            cr_assert(fabs(got[h] - want[h]) <= 4e-7 * want[h],
                      "n_heads %d head %d: %.9g, want %.9g", n, h, (double)got[h],
                      want[h]);
        for (int32_t h = n; h < 80; h++)
            cr_assert(isnan(got[h]), "n_heads %d wrote slope %d past the end", n, h);
    }
    /* Spot values from the paper: 8 heads give 1/2, 1/4, ..., 1/256. */
    attnforge_alibi_slopes(8, got);
    for (int h = 0; h < 8; h++)
        cr_assert_float_eq(got[h], ldexp(1.0, -(h + 1)), 1e-9, "head %d", h);
}

Test(features, alibi_slopes_max_bias)
{
    static const float biases[] = {8.0f, 2.5f, 16.0f, 0.0f, -1.0f};
    float got[80];
    double want[80];
    for (size_t k = 0; k < sizeof biases / sizeof biases[0]; k++)
        for (int32_t n = 1; n <= 80; n++) {
            attnforge_alibi_slopes_max_bias(n, biases[k], got);
            tu_alibi_slopes_max_bias_ref(n, biases[k], want);
            for (int32_t h = 0; h < n; h++)
                cr_assert(fabs(got[h] - want[h]) <= 4e-7 * want[h] + 1e-30,
                          "max_bias %g n_heads %d head %d: %.9g, want %.9g",
                          (double)biases[k], n, h, (double)got[h], want[h]);
        }
    /* max_bias 8 is the standard form. */
    double std_[24];
    tu_alibi_slopes_ref(24, std_);
    attnforge_alibi_slopes_max_bias(24, 8.0f, got);
    for (int h = 0; h < 24; h++)
        cr_assert(fabs(got[h] - std_[h]) <= 4e-7 * std_[h], "head %d", h);
}

Test(features, mask_layouts)
{
    for (int d = 0; d < N_DTYPES; d++)
        for (int kind = 1; kind < TU_MASK_COUNT; kind++)
            for (int ninf = 0; ninf < 2; ninf++) {
                tu_spec s = base_spec(dtypes[d]);
                s.mask = (tu_mask_kind)kind;
                s.mask_ninf = ninf ? 0.3 : 0.0;
                s.layout = ninf ? TU_LAYOUT_PADDED : TU_LAYOUT_DEFAULT;
                check_spec(&s, 600 + 10 * kind + ninf);
            }
}

/* ---- visibility ------------------------------------------------------------------- */

Test(features, causal)
{
    static const int32_t shapes[][2] = {{7, 29}, {16, 16}, {1, 40}, {12, 5}, {33, 64}};
    for (int d = 0; d < N_DTYPES; d++)
        for (size_t k = 0; k < sizeof shapes / sizeof shapes[0]; k++) {
            tu_spec s = base_spec(dtypes[d]);
            s.Sq = shapes[k][0];
            s.Skv = shapes[k][1];
            s.causal = 1;
            check_spec(&s, 700 + k);
        }
}

Test(features, sliding_window)
{
    static const int32_t win[][2] = {{0, 0}, {3, -1}, {-1, 2}, {4, 4},
                                     {-1, -1}, {10, 0}, {0, 7}, {100, 100}};
    for (int d = 0; d < N_DTYPES; d++)
        for (size_t k = 0; k < sizeof win / sizeof win[0]; k++)
            for (int causal = 0; causal < 2; causal++) {
                tu_spec s = base_spec(dtypes[d]);
                s.Sq = 9;
                s.Skv = 31;
                s.window = 1;
                s.window_left = win[k][0];
                s.window_right = win[k][1];
                s.causal = causal;
                check_spec(&s, 800 + 2 * k + causal);
            }
}

Test(features, window_fields_ignored_when_off)
{
    /* sliding_window == 0: window_left/right are not read. */
    for (int d = 0; d < N_DTYPES; d++) {
        tu_spec s = base_spec(dtypes[d]);
        tu_case c;
        tu_case_build(&c, &s, tu_seed(850));
        c.p.window_left = 1;
        c.p.window_right = 0;
        check_case(&c);
        tu_case_free(&c);
    }
}

Test(features, kv_len)
{
    for (int d = 0; d < N_DTYPES; d++)
        for (int k = 0; k < 4; k++) {
            tu_spec s = base_spec(dtypes[d]);
            s.B = 3;
            s.kv_len = 1;
            s.causal = k % 2;
            s.Sq = k < 2 ? 1 : 6;
            check_spec(&s, 900 + k);
        }
}

Test(features, explicit_kv_len_values)
{
    static const int32_t lens[3] = {29, 1, 17};
    for (int d = 0; d < N_DTYPES; d++) {
        tu_spec s = base_spec(dtypes[d]);
        s.B = 3;
        s.kv_len = 1;
        s.causal = 1;
        tu_case c;
        tu_case_build(&c, &s, tu_seed(950));
        for (int b = 0; b < 3; b++) c.kv_len[b] = lens[b];
        check_case(&c);
        tu_case_free(&c);
    }
}

Test(features, q_offset)
{
    for (int d = 0; d < N_DTYPES; d++)
        for (int k = 0; k < 4; k++) {
            tu_spec s = base_spec(dtypes[d]);
            s.B = 3;
            s.q_offset = 1;
            s.causal = k % 2;
            s.kv_len = k >= 2;
            check_spec(&s, 1000 + k);
        }
}

Test(features, q_offset_zero_is_top_left)
{
    /* q_offset 0 with causal = the top-left aligned mask of a training step. */
    for (int d = 0; d < N_DTYPES; d++) {
        tu_spec s = base_spec(dtypes[d]);
        s.q_offset = 1;
        s.causal = 1;
        s.Sq = 6;
        s.Skv = 20;
        tu_case c;
        tu_case_build(&c, &s, tu_seed(1050));
        for (int b = 0; b < s.B; b++) c.q_offset[b] = 0;
        check_case(&c);
        tu_case_free(&c);
    }
}

Test(features, sinks)
{
    for (int d = 0; d < N_DTYPES; d++)
        for (int k = 0; k < 3; k++) {
            tu_spec s = base_spec(dtypes[d]);
            s.sinks = 1;
            s.causal = k >= 1;
            s.Sq = k == 2 ? 12 : 7; /* k == 2: Sq > Skv, rows with only the sink */
            s.Skv = k == 2 ? 5 : 29;
            check_spec(&s, 1100 + k);
        }
}

Test(features, sink_value_matters)
{
    /* A large sink takes nearly all the weight: O shrinks towards 0. */
    for (int d = 0; d < N_DTYPES; d++) {
        tu_spec s = base_spec(dtypes[d]);
        s.sinks = 1;
        tu_case c;
        tu_case_build(&c, &s, tu_seed(1150));
        for (int h = 0; h < s.Hq; h++) c.sinks[h] = 3.0f + (float)h;
        check_case(&c);
        tu_case_free(&c);
    }
}

Test(features, lse_output)
{
    for (int d = 0; d < N_DTYPES; d++)
        for (int k = 0; k < 3; k++) {
            tu_spec s = base_spec(dtypes[d]);
            s.lse = 1;
            s.causal = k == 1;
            s.sinks = k == 2;
            s.Sq = 3 + k;
            check_spec(&s, 1200 + k);
        }
}

Test(features, layouts)
{
    for (int d = 0; d < N_DTYPES; d++)
        for (int l = 0; l < TU_LAYOUT_COUNT; l++) {
            tu_spec s = base_spec(dtypes[d]);
            s.layout = (tu_layout)l;
            check_spec(&s, 1300 + l);
        }
}

Test(features, paged)
{
    static const int32_t pages[] = {1, 3, 16, 29, 64};
    for (int d = 0; d < N_DTYPES; d++)
        for (size_t k = 0; k < sizeof pages / sizeof pages[0]; k++) {
            tu_spec s = base_spec(dtypes[d]);
            s.page_size = pages[k];
            s.paged_strides = (int)(k % 2);
            s.kv_len = 1;
            check_spec(&s, 1400 + k);
        }
}

/* ---- lengths around tile sizes ------------------------------------------------------------ */

Test(features, lengths_around_tile_sizes)
{
    /* Sequence lengths at and around the powers of two a planner or kernel
     * would cut at, so partial tiles, several KV chunks (decode) and several
     * query blocks (prefill) are all merged, with features that clip ranges. */
    static const int32_t skv[] = {63, 64, 65, 511, 512, 513, 1025, 1500};
    static const int32_t sq[] = {1, 2, 31, 33, 64, 65, 129};
    tu_rng r;
    tu_rng_seed(&r, tu_seed(1600));
    int n = tu_pick(12, 80);
    for (int k = 0; k < n; k++) {
        tu_spec s = tu_spec_default(dtypes[k % N_DTYPES], k % 2 ? 64 : 40, 0);
        s.lse = 1;
        s.Skv = skv[tu_rng_int(&r, 0, 7)];
        s.Sq = sq[tu_rng_int(&r, 0, 6)];
        s.Hq = 4;
        s.Hkv = s.Sq > 1 ? 4 : 1; /* decode: one group of 4 rows */
        if (s.Sq * (int64_t)s.Skv > 12000) s.Skv = 12000 / s.Sq; /* keep it quick */
        s.causal = tu_rng_chance(&r, 0.5);
        s.kv_len = tu_rng_chance(&r, 0.4);
        s.sinks = tu_rng_chance(&r, 0.3);
        if (tu_rng_chance(&r, 0.3)) {
            s.window = 1;
            s.window_left = tu_rng_int(&r, 0, 700);
            s.window_right = tu_rng_chance(&r, 0.5) ? -1 : tu_rng_int(&r, 0, 40);
        }
        if (tu_rng_chance(&r, 0.25)) s.page_size = 16;
        if (tu_rng_chance(&r, 0.25)) {
            s.mask = TU_MASK_B11_SKV;
            s.mask_ninf = 0.1;
        }
        check_spec(&s, tu_rng_u64(&r));
    }
}

/* ---- everything together ------------------------------------------------------------- */

Test(features, all_features_together)
{
    for (int d = 0; d < N_DTYPES; d++) {
        tu_spec s = base_spec(dtypes[d]);
        s.Hq = 8;
        s.Hkv = 2;
        s.Dv = 48;
        s.scale = 0.2f;
        s.softcap = 8.0f;
        s.alibi = TU_ALIBI_STANDARD;
        s.mask = TU_MASK_B_HQ_SQ_SKV;
        s.mask_ninf = 0.1;
        s.causal = 1;
        s.window = 1;
        s.window_left = 9;
        s.window_right = 2;
        s.kv_len = 1;
        s.sinks = 1;
        s.page_size = 4;
        s.layout = TU_LAYOUT_PADDED;
        check_spec(&s, 1500);
    }
}

Test(features, random_combinations)
{
    int n = tu_pick(50, 500);
    int max_seq = tu_pick(40, 160);
    tu_rng r;
    tu_rng_seed(&r, tu_seed(0xc0ffee));
    for (int k = 0; k < n; k++) {
        tu_spec s;
        tu_spec_random(&s, &r, dtypes[k % N_DTYPES], 0, -1, max_seq);
        check_spec(&s, tu_rng_u64(&r));
    }
}
