/*
 * Edges: degenerate sizes, empty rows, huge scores, NaN containment, layouts
 * and paging that must not change a single bit, determinism, and the storage
 * conversion helpers.
 */
#include <criterion/criterion.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "testutil.h"

static const attnforge_dtype dtypes[] = {ATTNFORGE_F32, ATTNFORGE_F16, ATTNFORGE_BF16};
#define N_DTYPES 3

static tu_spec base_spec(attnforge_dtype dt)
{
    tu_spec s = tu_spec_default(dt, 32, 0);
    s.B = 2;
    s.Sq = 5;
    s.Skv = 23;
    s.Hq = 4;
    s.Hkv = 2;
    s.lse = 1;
    return s;
}

static void check_spec(const tu_spec *s, uint64_t seed)
{
    tu_case c;
    tu_case_build(&c, s, tu_seed(seed));
    cr_assert(tu_case_run_check(&c, NULL), "%s", c.msg);
    tu_case_free(&c);
}

/* O of row (b, i, h) is exactly 0 and its LSE is lse_want (-inf, or the sink). */
static void assert_empty_row(tu_case *c, int b, int i, int h, double lse_want)
{
    for (int d = 0; d < c->Dv; d++) {
        double x = tu_tensor_get(&c->o, b, i, h, d);
        cr_assert(x == 0.0, "%s: empty row b=%d i=%d h=%d: O[%d] = %g, want 0",
                  tu_dtype_name(c->s.dtype), b, i, h, d, x);
    }
    if (c->p.lse) {
        double l = c->p.lse[((int64_t)b * c->s.Hq + h) * c->s.Sq + i];
        cr_assert(l == lse_want || tu_lse_close(l, lse_want),
                  "%s: empty row b=%d i=%d h=%d: LSE %g, want %g",
                  tu_dtype_name(c->s.dtype), b, i, h, l, lse_want);
    }
}

static void assert_no_nan(tu_case *c)
{
    for (int64_t b = 0; b < c->o.n[0]; b++)
        for (int64_t i = 0; i < c->o.n[1]; i++)
            for (int64_t h = 0; h < c->o.n[2]; h++) {
                for (int64_t d = 0; d < c->o.n[3]; d++)
                    cr_assert(!isnan(tu_tensor_get(&c->o, b, i, h, d)),
                              "NaN at O[%lld, %lld, %lld, %lld]", (long long)b,
                              (long long)i, (long long)h, (long long)d);
                if (c->p.lse)
                    cr_assert(!isnan(c->p.lse[(b * c->s.Hq + h) * c->s.Sq + i]),
                              "NaN LSE at b=%lld h=%lld i=%lld", (long long)b,
                              (long long)h, (long long)i);
            }
}

/* ---- small and degenerate shapes ----------------------------------------------------- */

Test(edges, skv_one)
{
    for (int d = 0; d < N_DTYPES; d++)
        for (int k = 0; k < 8; k++) {
            tu_spec s = base_spec(dtypes[d]);
            s.Skv = 1;
            s.Sq = (k & 1) ? 3 : 1;
            s.causal = (k >> 1) & 1;
            s.sinks = (k >> 2) & 1;
            check_spec(&s, 10 + k);
        }
}

Test(edges, all_sizes_one)
{
    for (int d = 0; d < N_DTYPES; d++) {
        tu_spec s = tu_spec_default(dtypes[d], 1, 0);
        s.lse = 1;
        s.v_lo = 0.5;
        s.v_hi = 1.5;
        check_spec(&s, 20);
    }
}

Test(edges, sq_greater_than_skv)
{
    /* Default q_offset = Skv - Sq < 0: under causal the first Sq - Skv queries
     * see no key at all. */
    for (int d = 0; d < N_DTYPES; d++) {
        tu_spec s = base_spec(dtypes[d]);
        s.Sq = 9;
        s.Skv = 4;
        s.causal = 1;
        tu_case c;
        tu_case_build(&c, &s, tu_seed(30));
        cr_assert(tu_case_run_check(&c, NULL), "%s", c.msg);
        for (int b = 0; b < s.B; b++)
            for (int i = 0; i < s.Sq - s.Skv; i++)
                for (int h = 0; h < s.Hq; h++) assert_empty_row(&c, b, i, h, -INFINITY);
        assert_no_nan(&c);
        tu_case_free(&c);
    }
}

Test(edges, kv_len_zero_for_one_batch)
{
    for (int d = 0; d < N_DTYPES; d++)
        for (int sinks = 0; sinks < 2; sinks++) {
            tu_spec s = base_spec(dtypes[d]);
            s.B = 3;
            s.kv_len = 1;
            s.sinks = sinks;
            s.causal = 1;
            tu_case c;
            tu_case_build(&c, &s, tu_seed(40 + sinks));
            c.kv_len[0] = 5;
            c.kv_len[1] = 0;
            c.kv_len[2] = 3;
            cr_assert(tu_case_run_check(&c, NULL), "%s", c.msg);
            for (int i = 0; i < s.Sq; i++)
                for (int h = 0; h < s.Hq; h++)
                    assert_empty_row(&c, 1, i, h, sinks ? (double)c.sinks[h] : -INFINITY);
            assert_no_nan(&c);
            tu_case_free(&c);
        }
}

Test(edges, fully_masked_rows)
{
    for (int d = 0; d < N_DTYPES; d++) {
        /* Every mask entry -inf: every row empty. */
        tu_spec s = base_spec(dtypes[d]);
        s.mask = TU_MASK_B_HQ_SQ_SKV;
        s.mask_ninf = 1.0;
        tu_case c;
        tu_case_build(&c, &s, tu_seed(50));
        cr_assert(tu_case_run_check(&c, NULL), "%s", c.msg);
        for (int b = 0; b < s.B; b++)
            for (int i = 0; i < s.Sq; i++)
                for (int h = 0; h < s.Hq; h++) assert_empty_row(&c, b, i, h, -INFINITY);
        tu_case_free(&c);

        /* One query row masked out entirely, the others not. */
        s.mask = TU_MASK_SQ_SKV;
        s.mask_ninf = 0.0;
        tu_case_build(&c, &s, tu_seed(51));
        for (int j = 0; j < s.Skv; j++) tu_tensor_set(&c.mask, 0, 0, 2, j, -INFINITY);
        cr_assert(tu_case_run_check(&c, NULL), "%s", c.msg);
        for (int b = 0; b < s.B; b++)
            for (int h = 0; h < s.Hq; h++) assert_empty_row(&c, b, 2, h, -INFINITY);
        assert_no_nan(&c);
        tu_case_free(&c);
    }
}

Test(edges, window_zero)
{
    for (int d = 0; d < N_DTYPES; d++)
        for (int causal = 0; causal < 2; causal++) {
            tu_spec s = base_spec(dtypes[d]);
            s.window = 1;
            s.window_left = 0;
            s.window_right = 0;
            s.causal = causal;
            check_spec(&s, 60 + causal);
        }
}

/* ---- huge scores ---------------------------------------------------------------------- */

/* Q entries +-50, K entries integers in [-50, 50], scale 1: every score is an
 * integer of magnitude up to 1e4, exact in f32 whatever the summation order,
 * so the reference is exact and any overflow in exp() would show. */
static void set_integer_qk(tu_case *c, tu_rng *r, int all_equal_keys)
{
    for (int64_t b = 0; b < c->q.n[0]; b++)
        for (int64_t i = 0; i < c->q.n[1]; i++)
            for (int64_t h = 0; h < c->q.n[2]; h++)
                for (int64_t d = 0; d < c->q.n[3]; d++)
                    tu_tensor_set(&c->q, b, i, h, d, tu_rng_chance(r, 0.5) ? 50.0 : -50.0);
    for (int64_t b = 0; b < c->k.n[0]; b++)
        for (int64_t j = 0; j < c->k.n[1]; j++)
            for (int64_t h = 0; h < c->k.n[2]; h++)
                for (int64_t d = 0; d < c->k.n[3]; d++) {
                    double x = all_equal_keys ? tu_tensor_get(&c->q, 0, 0, 0, d)
                                              : (double)tu_rng_int(r, -50, 50);
                    tu_tensor_set(&c->k, b, j, h, d, x);
                }
}

Test(edges, huge_scores)
{
    for (int d = 0; d < N_DTYPES; d++)
        for (int k = 0; k < 4; k++) {
            tu_spec s = base_spec(dtypes[d]);
            s.Dk = 4;
            s.Dv = 16;
            s.scale = 1.0f;
            s.Hq = 2;
            s.Hkv = 1;
            s.causal = k == 1;
            s.sinks = k == 2;
            s.softcap = k == 3 ? 50.0f : 0.0f;
            tu_case c;
            tu_case_build(&c, &s, tu_seed(70 + k));
            tu_rng r;
            tu_rng_seed(&r, tu_seed(170 + k));
            set_integer_qk(&c, &r, 0);
            cr_assert(tu_case_run_check(&c, NULL), "%s", c.msg);
            assert_no_nan(&c);
            tu_case_free(&c);
        }
}

Test(edges, huge_equal_scores)
{
    /* Every key equal to query (b 0, i 0, h 0): that row's scores are all
     * +1e4 (O = mean of V, LSE = 1e4 + log n), rows with other queries see
     * equal scores of some magnitude as well; scale -1 gives -1e4. */
    static const float scales[] = {1.0f, -1.0f};
    for (int d = 0; d < N_DTYPES; d++)
        for (int k = 0; k < 2; k++) {
            tu_spec s = base_spec(dtypes[d]);
            s.Dk = 4;
            s.scale = scales[k];
            s.Hq = 2;
            s.Hkv = 1;
            s.B = 1;
            tu_case c;
            tu_case_build(&c, &s, tu_seed(80 + k));
            tu_rng r;
            tu_rng_seed(&r, tu_seed(180 + k));
            set_integer_qk(&c, &r, 1);
            cr_assert(tu_case_run_check(&c, NULL), "%s", c.msg);
            assert_no_nan(&c);
            double want = 1e4 * scales[k] + log((double)s.Skv);
            cr_assert(tu_lse_close(c.p.lse[0], want), "LSE %g, want %g",
                      (double)c.p.lse[0], want);
            tu_case_free(&c);
        }
}

/* ---- NaN containment -------------------------------------------------------------------- */

Test(edges, nan_in_one_q_row)
{
    for (int d = 0; d < N_DTYPES; d++) {
        tu_spec s = base_spec(dtypes[d]);
        s.causal = 1;
        tu_case c;
        tu_case_build(&c, &s, tu_seed(90));
        tu_tensor_set(&c.q, 1, 2, 1, 3, NAN);
        cr_assert(tu_case_run_check(&c, NULL), "%s", c.msg);
        /* The reference comparison already demands NaN exactly in that row;
         * say it outright as well. */
        for (int64_t b = 0; b < s.B; b++)
            for (int64_t i = 0; i < s.Sq; i++)
                for (int64_t h = 0; h < s.Hq; h++) {
                    int poisoned = b == 1 && i == 2 && h == 1;
                    for (int64_t e = 0; e < c.Dv; e++) {
                        int is_nan = isnan(tu_tensor_get(&c.o, b, i, h, e)) != 0;
                        cr_assert(is_nan == poisoned, "%s: O[%lld, %lld, %lld, %lld]",
                                  tu_dtype_name(s.dtype), (long long)b, (long long)i,
                                  (long long)h, (long long)e);
                    }
                }
        tu_case_free(&c);
    }
}

Test(edges, nan_in_invisible_keys)
{
    /* NaN in K and V at positions no query may see (past kv_len, in the
     * causal future of every query, outside every window) must not appear
     * anywhere. */
    for (int d = 0; d < N_DTYPES; d++) {
        tu_spec s = base_spec(dtypes[d]);
        s.B = 2;
        s.kv_len = 1;
        s.q_offset = 1;
        s.causal = 1;
        s.window = 1;
        s.window_left = 6;
        s.window_right = 0;
        tu_case c;
        tu_case_build(&c, &s, tu_seed(95));
        c.kv_len[0] = 15;
        c.kv_len[1] = s.Skv;
        c.q_offset[0] = 12; /* queries at 12..16: see keys 6..14 */
        c.q_offset[1] = 10; /* queries at 10..14: see keys 4..14 */
        for (int64_t h = 0; h < c.Hkv; h++)
            for (int64_t e = 0; e < s.Dk; e++)
                for (int64_t j = 0; j < s.Skv; j++)
                    if (j < 4 || j > 14) {
                        tu_tensor_set(&c.k, 0, j, h, e, NAN);
                        tu_tensor_set(&c.k, 1, j, h, e, NAN);
                        tu_tensor_set(&c.v, 0, j, h, e, NAN);
                        tu_tensor_set(&c.v, 1, j, h, e, NAN);
                    }
        cr_assert(tu_case_run_check(&c, NULL), "%s", c.msg);
        assert_no_nan(&c);
        tu_case_free(&c);
    }
}

Test(edges, decode_full_blocks_with_excluded_and_nan_rows)
{
    /* A GQA decode over whole key blocks, where the generated kernels run
     * the block softmax of a KV head's rows together (templates/decode.c.in,
     * afk_dec_sm*). In keys 0..63 (the first block, so the rows have no max
     * yet) every score of KV head 0's four rows is -inf (K's first element
     * -inf, their Q's first element > 0), which sends those rows of that
     * block back to the one-row softmax; query head 5 has a NaN in Q (its
     * row NaN, the others of KV head 1 not). */
    for (int d = 0; d < N_DTYPES; d++) {
        tu_spec s = tu_spec_default(dtypes[d], 64, 0);
        s.Sq = 1;
        s.Skv = 300;
        s.Hq = 8;
        s.Hkv = 2;
        s.causal = 1;
        s.lse = 1;
        tu_case c;
        tu_case_build(&c, &s, tu_seed(97));
        for (int h = 0; h < 4; h++) tu_tensor_set(&c.q, 0, 0, h, 0, 0.5);
        for (int j = 0; j < 64; j++) tu_tensor_set(&c.k, 0, j, 0, 0, -INFINITY);
        tu_tensor_set(&c.q, 0, 0, 5, 7, NAN);
        cr_assert(tu_case_run_check(&c, NULL), "%s", c.msg);
        for (int h = 0; h < s.Hq; h++)
            for (int e = 0; e < c.Dv; e++) {
                const int is_nan = isnan(tu_tensor_get(&c.o, 0, 0, h, e)) != 0;
                cr_assert(is_nan == (h == 5), "%s: O[0, 0, %d, %d] %s NaN", tu_dtype_name(s.dtype), h, e,
                          is_nan ? "is" : "is not");
            }
        tu_case_free(&c);
    }
}

/* ---- bitwise invariances ------------------------------------------------------------------ */

static tu_spec rich_spec(attnforge_dtype dt, tu_rng *r)
{
    tu_spec s = base_spec(dt);
    s.B = 3;
    s.Sq = tu_rng_int(r, 1, 12);
    s.Skv = tu_rng_int(r, 1, 70);
    s.Dv = 24;
    s.causal = tu_rng_chance(r, 0.5);
    s.kv_len = 1;
    s.sinks = tu_rng_chance(r, 0.5);
    s.alibi = tu_rng_chance(r, 0.5) ? TU_ALIBI_RANDOM : TU_ALIBI_NONE;
    s.mask = tu_rng_chance(r, 0.5) ? TU_MASK_B1_SQ_SKV : TU_MASK_NONE;
    s.mask_ninf = 0.1;
    return s;
}

Test(edges, layouts_bitwise_equal)
{
    tu_rng r;
    tu_rng_seed(&r, tu_seed(100));
    for (int d = 0; d < N_DTYPES; d++) {
        tu_spec s = rich_spec(dtypes[d], &r);
        uint64_t seed = tu_rng_u64(&r);
        tu_case a;
        tu_case_build(&a, &s, seed);
        cr_assert(tu_case_run_check(&a, NULL), "%s", a.msg);
        for (int l = 1; l < TU_LAYOUT_COUNT; l++) {
            tu_spec t = s;
            t.layout = (tu_layout)l;
            tu_case b;
            tu_case_build(&b, &t, seed);
            cr_assert(tu_case_run_check(&b, NULL), "%s", b.msg);
            cr_assert(tu_case_same_output(&b, &a), "layout %d vs default: %s", l, b.msg);
            tu_case_free(&b);
        }
        tu_case_free(&a);
    }
}

Test(edges, broadcast_strides)
{
    /* K/V with batch stride 0 and Q with head stride 0 vs the same logical
     * data spelled out densely: bitwise equal, and right. */
    for (int d = 0; d < N_DTYPES; d++)
        for (unsigned bc = 1; bc <= 3; bc++) {
            tu_spec s = base_spec(dtypes[d]);
            s.B = 3;
            s.causal = 1;
            s.bcast = bc;
            s.layout = bc == 2 ? TU_LAYOUT_BHSD : TU_LAYOUT_BSHD;
            tu_case a, b;
            tu_case_build(&a, &s, tu_seed(110 + bc));
            cr_assert(tu_case_run_check(&a, NULL), "%s", a.msg);
            s.bcast = 0;
            tu_case_build(&b, &s, tu_seed(110 + bc));
            tu_tensor_copy(&b.q, &a.q);
            tu_tensor_copy(&b.k, &a.k);
            tu_tensor_copy(&b.v, &a.v);
            cr_assert(tu_case_run_check(&b, NULL), "%s", b.msg);
            cr_assert(tu_case_same_output(&a, &b), "bcast %u: %s", bc, a.msg);
            tu_case_free(&a);
            tu_case_free(&b);
        }
}

Test(edges, paged_bitwise_equal_contiguous)
{
    static const int32_t pages[] = {1, 3, 16};
    tu_rng r;
    tu_rng_seed(&r, tu_seed(120));
    int reps = tu_pick(2, 10);
    for (int d = 0; d < N_DTYPES; d++)
        for (size_t k = 0; k < sizeof pages / sizeof pages[0]; k++)
            for (int rep = 0; rep < reps; rep++) {
                tu_spec s = rich_spec(dtypes[d], &r);
                uint64_t seed = tu_rng_u64(&r);
                tu_case a, b;
                tu_case_build(&a, &s, seed);
                cr_assert(tu_case_run_check(&a, NULL), "%s", a.msg);
                s.page_size = pages[k];
                s.paged_strides = rep % 2;
                tu_case_build(&b, &s, seed);
                cr_assert(tu_case_run_check(&b, NULL), "%s", b.msg);
                cr_assert(tu_case_same_output(&b, &a), "page size %d: %s", pages[k], b.msg);
                tu_case_free(&a);
                tu_case_free(&b);
            }
}

Test(edges, paged_entries_past_kv_len_ignored)
{
    /* Only block ids for positions < kv_len[b] are read (and validated):
     * a table whose later entries are garbage gives the same O. */
    for (int d = 0; d < N_DTYPES; d++) {
        tu_spec s = base_spec(dtypes[d]);
        s.B = 2;
        s.Skv = 40;
        s.kv_len = 1;
        s.page_size = 4;
        tu_case a, b;
        tu_case_build(&a, &s, tu_seed(130));
        a.kv_len[0] = 9;
        a.kv_len[1] = 21;
        cr_assert(tu_case_run_check(&a, NULL), "%s", a.msg);
        tu_case_build(&b, &s, tu_seed(130));
        b.kv_len[0] = 9;
        b.kv_len[1] = 21;
        int32_t per_seq = (s.Skv + s.page_size - 1) / s.page_size;
        for (int bb = 0; bb < s.B; bb++)
            for (int32_t k = 0; k < per_seq; k++)
                if ((int64_t)k * s.page_size >= b.kv_len[bb])
                    b.block_table[bb * per_seq + k] = k % 2 ? -1 : 1 << 30;
        cr_assert(tu_case_run_check(&b, NULL), "%s", b.msg);
        cr_assert(tu_case_same_output(&b, &a), "%s", b.msg);
        tu_case_free(&a);
        tu_case_free(&b);
    }
}

Test(edges, same_call_twice_bitwise_equal)
{
    tu_rng r;
    tu_rng_seed(&r, tu_seed(140));
    for (int d = 0; d < N_DTYPES; d++) {
        tu_spec s;
        tu_spec_random(&s, &r, dtypes[d], 0, -1, 48);
        s.lse = 1;
        tu_case a, b;
        uint64_t seed = tu_rng_u64(&r);
        tu_case_build(&a, &s, seed);
        cr_assert(tu_case_run_check(&a, NULL), "%s", a.msg);
        tu_case_build(&b, &s, seed);
        cr_assert(tu_case_run_check(&b, NULL), "%s", b.msg);
        cr_assert(tu_case_same_output(&a, &b), "%s", a.msg);
        /* and the very same buffers once more */
        cr_assert(tu_case_run_check(&b, NULL), "%s", b.msg);
        cr_assert(tu_case_same_output(&a, &b), "%s", a.msg);
        tu_case_free(&a);
        tu_case_free(&b);
    }
}

/* ---- conversions --------------------------------------------------------------------------- */

static float f32_of_bits(uint32_t u)
{
    float f;
    memcpy(&f, &u, sizeof f);
    return f;
}

static uint32_t bits_of_f32(float f)
{
    uint32_t u;
    memcpy(&u, &f, sizeof u);
    return u;
}

static int is_nan16(uint16_t h, int bf16)
{
    return bf16 ? (h & 0x7f80) == 0x7f80 && (h & 0x7f) : (h & 0x7c00) == 0x7c00 && (h & 0x3ff);
}

/* The library's rounding of x against the tests' own search-based rounding. */
static void check_round(float x, int bf16)
{
    uint16_t got = bf16 ? attnforge_f32_to_bf16(x) : attnforge_f32_to_f16(x);
    if (isnan(x)) {
        cr_assert(is_nan16(got, bf16), "%s(NaN 0x%08x) = 0x%04x, not a NaN",
                  bf16 ? "bf16" : "f16", bits_of_f32(x), got);
        cr_assert((got & 0x8000) == ((bits_of_f32(x) >> 16) & 0x8000),
                  "NaN sign lost: 0x%08x -> 0x%04x", bits_of_f32(x), got);
        return;
    }
    uint16_t want = bf16 ? tu_f64_to_bf16(x) : tu_f64_to_f16(x);
    cr_assert(got == want, "%s(%a = 0x%08x) = 0x%04x, want 0x%04x", bf16 ? "bf16" : "f16",
              (double)x, bits_of_f32(x), got, want);
}

static void check_round_all_midpoints(int bf16)
{
    uint16_t top = bf16 ? 0x7f7f : 0x7bff; /* largest finite */
    double (*val)(uint16_t) = bf16 ? ref_bf16_to_f64 : ref_f16_to_f64;
    for (uint32_t p = 0; p <= top; p++) {
        double lo = val((uint16_t)p);
        double hi = p == top ? (bf16 ? ldexp(1.0, 128) : 65536.0) : val((uint16_t)(p + 1));
        float mid = (float)((lo + hi) / 2); /* exact: one bit more than the format */
        if (isinf(mid)) continue;           /* bf16's last midpoint is past FLT_MAX */
        float xs[] = {(float)lo, mid, nextafterf(mid, 0.0f), nextafterf(mid, INFINITY)};
        for (size_t k = 0; k < 4; k++) {
            check_round(xs[k], bf16);
            check_round(-xs[k], bf16);
        }
    }
}

Test(conversions, f16_round_to_nearest_even)
{
    check_round_all_midpoints(0);
    /* specials */
    static const float xs[] = {0.0f, -0.0f, 65504.0f, 65519.99f, 65520.0f, 65536.0f, 1e10f,
                               INFINITY, -INFINITY, 0x1p-24f, 0x1p-25f, 0x1.000002p-25f,
                               0x1p-26f, 0x1.8p-24f, 0x1p-14f, 0x1.ffcp-15f, 1e-30f,
                               0x1p-149f, 3.0f, 2049.0f, 2051.0f, 1.0f / 3.0f};
    for (size_t k = 0; k < sizeof xs / sizeof xs[0]; k++) {
        check_round(xs[k], 0);
        check_round(-xs[k], 0);
    }
    cr_assert_eq(attnforge_f32_to_f16(65520.0f), 0x7c00, "65520 must overflow to inf");
    cr_assert_eq(attnforge_f32_to_f16(0x1p-25f), 0x0000, "2^-25 ties to even (0)");
    cr_assert_eq(attnforge_f32_to_f16(0x1.8p-24f), 0x0002, "1.5 * 2^-24 ties to 2");
    cr_assert_eq(attnforge_f32_to_f16(-0.0f), 0x8000, "-0 keeps its sign");
    static const uint32_t nans[] = {0x7fc00000u, 0x7f800001u, 0xffc00000u, 0x7fa5a5a5u,
                                    0x7f802000u, 0xff800001u};
    for (size_t k = 0; k < sizeof nans / sizeof nans[0]; k++) check_round(f32_of_bits(nans[k]), 0);
    /* random bit patterns */
    tu_rng r;
    tu_rng_seed(&r, tu_seed(150));
    int n = tu_pick(200000, 5000000);
    for (int k = 0; k < n; k++) check_round(f32_of_bits((uint32_t)tu_rng_u64(&r)), 0);
    /* and random values in f16's range */
    for (int k = 0; k < n / 4; k++) check_round((float)tu_rng_range(&r, -70000.0, 70000.0), 0);
}

Test(conversions, bf16_round_to_nearest_even)
{
    check_round_all_midpoints(1);
    static const float xs[] = {0.0f, -0.0f, 3.3895314e38f, FLT_MAX, INFINITY, -INFINITY,
                               0x1p-133f, 0x1p-134f, 0x1.8p-133f, 0x1p-149f, 1e-40f,
                               0x1.01p0f, 0x1.03p0f, 0x1.008p0f, 0x1.018p0f, 1.0f / 3.0f};
    for (size_t k = 0; k < sizeof xs / sizeof xs[0]; k++) {
        check_round(xs[k], 1);
        check_round(-xs[k], 1);
    }
    cr_assert_eq(attnforge_f32_to_bf16(0x1.01p0f), 0x3f80, "tie to even (down)");
    cr_assert_eq(attnforge_f32_to_bf16(0x1.03p0f), 0x3f82, "tie to even (up)");
    cr_assert_eq(attnforge_f32_to_bf16(FLT_MAX), 0x7f80, "FLT_MAX rounds to inf");
    static const uint32_t nans[] = {0x7fc00000u, 0x7f800001u, 0xffc00000u, 0x7fa5a5a5u,
                                    0x7f808000u, 0xff800001u, 0x7fffffffu};
    for (size_t k = 0; k < sizeof nans / sizeof nans[0]; k++) check_round(f32_of_bits(nans[k]), 1);
    tu_rng r;
    tu_rng_seed(&r, tu_seed(160));
    int n = tu_pick(200000, 5000000);
    for (int k = 0; k < n; k++) check_round(f32_of_bits((uint32_t)tu_rng_u64(&r)), 1);
}

Test(conversions, widening_is_exact)
{
    for (uint32_t h = 0; h < 0x10000; h++) {
        double want16 = ref_f16_to_f64((uint16_t)h), wantb = ref_bf16_to_f64((uint16_t)h);
        float g16 = attnforge_f16_to_f32((uint16_t)h), gb = attnforge_bf16_to_f32((uint16_t)h);
        if (isnan(want16))
            cr_assert(isnan(g16), "f16 0x%04x: %g, want NaN", h, (double)g16);
        else
            cr_assert((double)g16 == want16 && !!signbit(g16) == !!signbit(want16),
                      "f16 0x%04x: %a, want %a", h, (double)g16, want16);
        if (isnan(wantb))
            cr_assert(isnan(gb), "bf16 0x%04x: %g, want NaN", h, (double)gb);
        else
            cr_assert((double)gb == wantb && !!signbit(gb) == !!signbit(wantb),
                      "bf16 0x%04x: %a, want %a", h, (double)gb, wantb);
        /* and back: every non-NaN pattern survives the round trip */
        if (!isnan(want16))
            cr_assert_eq(attnforge_f32_to_f16(g16), h, "f16 round trip of 0x%04x", h);
        if (!isnan(wantb))
            cr_assert_eq(attnforge_f32_to_bf16(gb), h, "bf16 round trip of 0x%04x", h);
    }
}
