/*
 * Hostile inputs (issue 7): extreme scores, rows with nothing to attend to,
 * NaN in every input that can hold one, denormals, one key and a million keys,
 * sizes whose products pass 2^31 elements and offsets past 2^31, the edges of
 * kv_len and of the sliding window, and outputs that overlap inputs.
 *
 * Everything is held against the f64 reference (tests/util/reference.c)
 * through the testutil case builder where the shapes allow it, and through
 * ref_row()/ref_attention() on hand-built calls where they do not (huge
 * sizes). Tests named *_rejected expect a status and untouched outputs.
 */
#define _DEFAULT_SOURCE /* MAP_ANONYMOUS, MAP_NORESERVE */
#include <criterion/criterion.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "testutil.h"

static const attnforge_dtype dtypes[3] = {ATTNFORGE_F32, ATTNFORGE_F16, ATTNFORGE_BF16};

static void check_case(tu_case *c)
{
    cr_assert(tu_case_run_check(c, NULL), "%s", c->msg);
}

/* O of a case, logical element (b, i, h, d). */
static double o_at(const tu_case *c, int64_t b, int64_t i, int64_t h, int64_t d)
{
    return tu_tensor_get(&c->o, b, i, h, d);
}

/* ---- extreme scores ------------------------------------------------------------ */

/* Makes every score scale * q.k equal to scale * coef(j): q = (1, 0, ...), and
 * key j = (coef(j), 0, ...) in every batch and KV head. */
static void set_scores(tu_case *c, double (*coef)(int64_t j, int64_t skv), double q0,
                       double kmul)
{
    const tu_spec *s = &c->s;
    for (int64_t b = 0; b < s->B; b++)
        for (int64_t i = 0; i < s->Sq; i++)
            for (int64_t h = 0; h < s->Hq; h++)
                for (int64_t d = 0; d < s->Dk; d++) tu_tensor_set(&c->q, b, i, h, d, d ? 0.0 : q0);
    for (int64_t b = 0; b < s->B; b++)
        for (int64_t j = 0; j < s->Skv; j++)
            for (int64_t h = 0; h < c->Hkv; h++)
                for (int64_t d = 0; d < s->Dk; d++)
                    tu_tensor_set(&c->k, b, j, h, d, d ? 0.0 : kmul * coef(j, s->Skv));
    tu_case_repage(c);
}

/* Distinct integers in [-Skv/2, Skv/2): one key clearly above the others. */
static double coef_ramp(int64_t j, int64_t skv) { return (double)(j - skv / 2); }
/* All equal: a uniform softmax. */
static double coef_one(int64_t j, int64_t skv) { (void)j; (void)skv; return 1.0; }
/* Half the keys at +1, half at -1, one at +2. */
static double coef_split(int64_t j, int64_t skv) { return j == skv / 3 ? 2.0 : (j % 2 ? 1.0 : -1.0); }

static void huge_score_cases(attnforge_dtype dt, int32_t skv, int paged)
{
    double (*coefs[3])(int64_t, int64_t) = {coef_ramp, coef_one, coef_split};
    const double top[3] = {skv / 2.0, 1.0, 2.0}; /* max |coef| of each pattern */
    for (int pat = 0; pat < 3; pat++)
        for (int sign = -1; sign <= 1; sign += 2) {
            tu_spec s = tu_spec_default(dt, 4, 8);
            s.B = 2; s.Sq = 3; s.Skv = skv; s.Hq = 2; s.Hkv = 1; s.lse = 1;
            s.page_size = paged ? 16 : 0;
            /* scores reach +-1e30 exactly at the top coefficient */
            s.scale = (float)(sign * 1e30 / top[pat]);
            tu_case c;
            tu_case_build(&c, &s, tu_seed(11 + (uint64_t)pat));
            set_scores(&c, coefs[pat], 1.0, 1.0);
            check_case(&c);
            tu_case_free(&c);

            if (dt == ATTNFORGE_F16 || pat == 0) continue;
            /* the same scores from huge Q and K (1e15 * 1e15), scale 1 */
            s.scale = 1.0f;
            tu_case_build(&c, &s, tu_seed(21 + (uint64_t)pat));
            set_scores(&c, coefs[pat], 1e15, sign * 1e15 / top[pat]);
            check_case(&c);
            tu_case_free(&c);
        }
}

Test(hostile, scores_near_plus_minus_1e30)
{
    for (int d = 0; d < 3; d++) {
        huge_score_cases(dtypes[d], 7, 0);
        huge_score_cases(dtypes[d], 7, 1);
    }
}

/* Decode over several 512-key chunks: the winner sits in a later chunk, so
 * the merge weighs chunks whose maxima differ by ~1e30. */
Test(hostile, scores_near_1e30_across_decode_chunks)
{
    for (int d = 0; d < 3; d++) huge_score_cases(dtypes[d], 1100, d == 1);
}

/* A one-hot row is exact: O is the winning V row bit for bit. */
Test(hostile, one_hot_row_is_exact)
{
    tu_spec s = tu_spec_default(ATTNFORGE_F32, 4, 8);
    s.Sq = 2; s.Skv = 600; s.lse = 1;
    s.scale = 1e30f / 300.0f;
    tu_case c;
    tu_case_build(&c, &s, tu_seed(31));
    set_scores(&c, coef_ramp, 1.0, 1.0);
    check_case(&c);
    for (int64_t i = 0; i < s.Sq; i++)
        for (int64_t d = 0; d < 8; d++)
            cr_assert_eq(o_at(&c, 0, i, 0, d), tu_tensor_get(&c.v, 0, 599, 0, d),
                         "row %lld is not exactly V[599]", (long long)i);
    tu_case_free(&c);
}

/* ---- nothing visible ------------------------------------------------------------ */

static void expect_empty_rows(tu_case *c, int with_sinks)
{
    check_case(c);
    const tu_spec *s = &c->s;
    for (int64_t b = 0; b < s->B; b++)
        for (int64_t i = 0; i < s->Sq; i++)
            for (int64_t h = 0; h < s->Hq; h++) {
                for (int64_t d = 0; d < c->Dv; d++)
                    cr_assert_eq(o_at(c, b, i, h, d), 0.0, "O not 0 in an empty row");
                double lse = c->p.lse[(b * s->Hq + h) * s->Sq + i];
                if (with_sinks)
                    cr_assert_eq(lse, (double)c->sinks[h], "LSE of an empty row is not the sink");
                else
                    cr_assert(isinf(lse) && lse < 0, "LSE of an empty row is %g, not -inf", lse);
            }
}

Test(hostile, minus_inf_mask_on_every_key)
{
    /* decode (1 and 2 chunks), prefill, paged; with and without sinks */
    const int32_t shapes[4][3] = {{1, 9, 4}, {2, 700, 2}, {70, 70, 1}, {3, 40, 2}};
    for (int d = 0; d < 3; d++)
        for (int k = 0; k < 4; k++)
            for (int sinks = 0; sinks < 2; sinks++) {
                tu_spec s = tu_spec_default(dtypes[d], 16, 16);
                s.B = 2; s.Sq = shapes[k][0]; s.Skv = shapes[k][1]; s.Hq = shapes[k][2];
                s.mask = k == 1 ? TU_MASK_B11_SKV : TU_MASK_B_HQ_SQ_SKV;
                s.mask_ninf = 1.0;
                s.lse = 1;
                s.sinks = sinks;
                s.page_size = k == 3 ? 8 : 0;
                tu_case c;
                tu_case_build(&c, &s, tu_seed(40 + (uint64_t)k));
                expect_empty_rows(&c, sinks);
                tu_case_free(&c);
            }
}

Test(hostile, no_visible_key_from_lengths_and_positions)
{
    for (int d = 0; d < 3; d++)
        for (int how = 0; how < 3; how++) {
            tu_spec s = tu_spec_default(dtypes[d], 8, 8);
            s.B = 2; s.Sq = 3; s.Skv = 20; s.Hq = 2; s.lse = 1;
            s.kv_len = how == 0;
            s.q_offset = how >= 1;
            s.causal = how == 1;
            s.window = how == 2;
            s.window_left = 0; s.window_right = 0;
            tu_case c;
            tu_case_build(&c, &s, tu_seed(50));
            for (int32_t b = 0; b < s.B; b++) {
                if (how == 0) c.kv_len[b] = 0;                   /* empty sequence */
                if (how == 1) c.q_offset[b] = -s.Sq - 1 - b;     /* before every key */
                if (how == 2) c.q_offset[b] = s.Skv + 5;         /* window past the end */
            }
            expect_empty_rows(&c, 0);
            tu_case_free(&c);
        }
}

/* ---- NaN ------------------------------------------------------------------------ */
/* SPEC: NaN propagates as in the f64 reference and never leaks into other
 * rows. tu_case_check holds NaN to exactly the reference's positions and
 * every other element to the usual tolerance. */

static tu_spec nan_spec(attnforge_dtype dt)
{
    tu_spec s = tu_spec_default(dt, 16, 16);
    s.B = 2; s.Sq = 3; s.Skv = 10; s.Hq = 4; s.Hkv = 2; s.lse = 1;
    return s;
}

Test(hostile, nan_in_v_stays_in_its_column)
{
    for (int d = 0; d < 3; d++) {
        tu_spec s = nan_spec(dtypes[d]);
        s.causal = 1;
        tu_case c;
        tu_case_build(&c, &s, tu_seed(60));
        tu_tensor_set(&c.v, 1, 4, 1, 5, NAN); /* batch 1, key 4, KV head 1, column 5 */
        check_case(&c);
        /* column 5 of rows that see key 4 is NaN; nothing else is */
        for (int64_t i = 0; i < s.Sq; i++)
            for (int64_t h = 2; h < 4; h++)
                for (int64_t dd = 0; dd < 16; dd++) {
                    double o = o_at(&c, 1, i, h, dd);
                    int sees = 7 + i >= 4; /* pos = Skv - Sq + i */
                    cr_assert(dd == 5 && sees ? isnan(o) : !isnan(o), "NaN in V leaked or vanished");
                }
        tu_case_free(&c);
    }
}

Test(hostile, nan_in_one_key)
{
    for (int d = 0; d < 3; d++)
        for (int key = 0; key < 10; key += 9) { /* the first and the last key */
            tu_spec s = nan_spec(dtypes[d]);
            tu_case c;
            tu_case_build(&c, &s, tu_seed(61));
            tu_tensor_set(&c.k, 0, key, 0, 3, NAN);
            check_case(&c);
            tu_case_free(&c);
        }
}

/* Regression (bug fixed): a row whose every score is NaN comes out as O = 0,
 * LSE = -inf instead of NaN (the kernel's running max never leaves -inf, and
 * the merge drops the chunk as empty). */
Test(hostile, nan_in_q_row)
{
    for (int d = 0; d < 3; d++) {
        tu_spec s = nan_spec(dtypes[d]);
        tu_case c;
        tu_case_build(&c, &s, tu_seed(62));
        tu_tensor_set(&c.q, 0, 1, 2, 0, NAN);
        check_case(&c);
        tu_case_free(&c);
    }
}

Test(hostile, nan_in_mask_entry)
{
    for (int d = 0; d < 3; d++)
        for (int j = 0; j < 10; j += 4) {
            tu_spec s = nan_spec(dtypes[d]);
            s.mask = TU_MASK_B_HQ_SQ_SKV;
            tu_case c;
            tu_case_build(&c, &s, tu_seed(63));
            tu_tensor_set(&c.mask, 1, 3, 2, j, NAN);
            check_case(&c);
            tu_case_free(&c);
        }
}

/* +inf in the mask: exp(inf - inf) is NaN in the reference too. */
Test(hostile, plus_inf_in_mask_entry)
{
    for (int d = 0; d < 3; d++) {
        tu_spec s = nan_spec(dtypes[d]);
        s.mask = TU_MASK_SQ_SKV;
        tu_case c;
        tu_case_build(&c, &s, tu_seed(64));
        tu_tensor_set(&c.mask, 0, 0, 1, 6, INFINITY);
        check_case(&c);
        tu_case_free(&c);
    }
}

/* Regression (bug fixed): same cause as nan_in_q_row. */
Test(hostile, nan_in_alibi_slope)
{
    for (int d = 0; d < 3; d++) {
        tu_spec s = nan_spec(dtypes[d]);
        s.alibi = TU_ALIBI_STANDARD;
        tu_case c;
        tu_case_build(&c, &s, tu_seed(65));
        c.slopes[2] = NAN;
        check_case(&c);
        tu_case_free(&c);
    }
}

Test(hostile, nan_and_inf_sinks)
{
    const float bad[3] = {NAN, INFINITY, -INFINITY};
    for (int d = 0; d < 3; d++)
        for (int k = 0; k < 3; k++) {
            tu_spec s = nan_spec(dtypes[d]);
            s.sinks = 1;
            s.kv_len = 1; /* some rows empty: a NaN sink still makes them NaN */
            tu_case c;
            tu_case_build(&c, &s, tu_seed(66));
            c.sinks[1] = bad[k];
            check_case(&c);
            tu_case_free(&c);
        }
}

/* Regression (bug fixed): the first 512-key decode chunk is all NaN, the
 * second is finite; the NaN chunk is dropped and O comes out finite. */
Test(hostile, nan_over_a_whole_decode_chunk)
{
    tu_spec s = tu_spec_default(ATTNFORGE_F32, 8, 8);
    s.Skv = 600; s.lse = 1;
    tu_case c;
    tu_case_build(&c, &s, tu_seed(67));
    for (int64_t j = 0; j < 512; j++) tu_tensor_set(&c.k, 0, j, 0, 0, NAN);
    check_case(&c);
    tu_case_free(&c);
}

/* Regression (bug fixed in the generated kernels): in a key block where some key is
 * masked out and some V row is not finite, the P*V step skips every key whose
 * weight is 0, including a visible key whose weight merely underflowed; its
 * NaN V then vanishes (reference: 0 * NaN = NaN). Head dim 64 has generated
 * variants; the generic kernel gets this right. */
Test(hostile, nan_in_v_under_an_underflowed_weight)
{
    for (int d = 0; d < 3; d++) {
        tu_spec s = tu_spec_default(dtypes[d], 64, 64);
        s.Skv = 3; s.lse = 1; s.mask = TU_MASK_SQ_SKV;
        tu_case c;
        tu_case_build(&c, &s, tu_seed(68));
        tu_tensor_set(&c.mask, 0, 0, 0, 0, -1e10);     /* visible, weight exp(-1e10) */
        tu_tensor_set(&c.mask, 0, 0, 0, 1, 0.0);
        tu_tensor_set(&c.mask, 0, 0, 0, 2, -INFINITY); /* masked: the block is partial */
        tu_tensor_set(&c.v, 0, 0, 0, 0, NAN);
        check_case(&c);
        tu_case_free(&c);
    }
}

/* Regression (bug fixed in the generated kernels): the other side of the same guard.
 * A key whose score is -inf without a mask (here -inf in its K row) takes no
 * part in the reference or the generic kernel, but the generated kernels
 * only recognise masked or out-of-range keys as excluded, so its NaN V row
 * (0 * NaN) poisons the output column. */
Test(hostile, nan_in_v_of_a_key_whose_score_is_minus_inf)
{
    for (int d = 0; d < 3; d++) {
        tu_spec s = tu_spec_default(dtypes[d], 64, 64);
        s.Skv = 3; s.lse = 1;
        tu_case c;
        tu_case_build(&c, &s, tu_seed(70));
        tu_tensor_set(&c.q, 0, 0, 0, 0, 0.5);
        tu_tensor_set(&c.k, 0, 0, 0, 0, -INFINITY); /* score of key 0: -inf */
        tu_tensor_set(&c.v, 0, 0, 0, 0, NAN);
        check_case(&c);
        tu_case_free(&c);
    }
}

/* Known inconsistency (reported; SPEC is silent): a key whose mask entry is
 * -inf but whose score is NaN (here a NaN in its K row, as garbage in a
 * padded cache slot would be). The generated kernels exclude it (masked wins:
 * afv_mask_add keeps -inf), the generic kernel and the f64 reference compute
 * NaN + -inf = NaN and poison the row. Whichever rule is chosen, every kernel
 * must give the same answer; this compares the default dispatch (a generated
 * variant for D = 64) with the forced generic fallback. */
Test(hostile, masked_key_with_nan_score_same_on_every_kernel)
{
    attnforge_context *gen = NULL;
    attnforge_context_options og = {.num_threads = 1, .isa = ATTNFORGE_ISA_GENERIC};
    cr_assert_eq(attnforge_context_create(&gen, &og), ATTNFORGE_OK, "%s", attnforge_last_error());
    for (int d = 0; d < 3; d++) {
        tu_spec s = tu_spec_default(dtypes[d], 64, 64);
        s.Sq = 2; s.Skv = 10; s.lse = 1; s.mask = TU_MASK_SQ_SKV;
        tu_case a, g;
        tu_case_build(&a, &s, tu_seed(69));
        tu_case_build(&g, &s, tu_seed(69));
        for (int k = 0; k < 2; k++) {
            tu_case *c = k ? &g : &a;
            for (int64_t i = 0; i < s.Sq; i++) tu_tensor_set(&c->mask, 0, 0, i, 3, -INFINITY);
            tu_tensor_set(&c->k, 0, 3, 0, 5, NAN);
        }
        cr_assert_eq(tu_case_run(&a, NULL), ATTNFORGE_OK, "%s", attnforge_last_error());
        const char *ka = attnforge_last_kernel();
        cr_assert_eq(tu_case_run(&g, gen), ATTNFORGE_OK, "%s", attnforge_last_error());
        for (int64_t i = 0; i < s.Sq; i++)
            for (int64_t dd = 0; dd < 64; dd++) {
                const double x = o_at(&a, 0, i, 0, dd), y = o_at(&g, 0, i, 0, dd);
                cr_assert(isnan(x) == isnan(y),
                          "%s: O[i=%lld d=%lld] = %g with %s, %g with the generic kernel",
                          tu_dtype_name(dtypes[d]), (long long)i, (long long)dd, x, ka, y);
            }
        tu_case_free(&a);
        tu_case_free(&g);
    }
    attnforge_context_destroy(gen);
}

/* ---- denormals ------------------------------------------------------------------ */

Test(hostile, denormal_q_and_k)
{
    const double amp[3] = {1e-40, 1e-6, 1e-40}; /* below each dtype's smallest normal */
    for (int d = 0; d < 3; d++)
        for (int paged = 0; paged < 2; paged++) {
            tu_spec s = tu_spec_default(dtypes[d], 64, 64);
            s.B = 2; s.Sq = 3; s.Skv = 40; s.Hq = 2; s.lse = 1; s.causal = 1;
            s.qk_amp = amp[d];
            s.page_size = paged ? 4 : 0;
            tu_case c;
            tu_case_build(&c, &s, tu_seed(70));
            check_case(&c);
            tu_case_free(&c);
        }
}

/* Denormal V: one key (O = V exactly) and four equal scores (O = sum / 4,
 * exact for multiples of four denormal steps). */
Test(hostile, denormal_v)
{
    const double unit[3] = {0x1p-140, 0x1p-22, 0x1p-130}; /* 4 steps of each subnormal */
    for (int d = 0; d < 3; d++)
        for (int32_t skv = 1; skv <= 4; skv += 3) {
            tu_spec s = tu_spec_default(dtypes[d], 8, 8);
            s.Sq = 2; s.Skv = skv; s.lse = 1;
            s.qk_amp = dtypes[d] == ATTNFORGE_F16 ? 1e-7 : 1e-42; /* scores exactly 0 */
            tu_case c;
            tu_case_build(&c, &s, tu_seed(71));
            for (int64_t j = 0; j < skv; j++)
                for (int64_t dd = 0; dd < 8; dd++)
                    tu_tensor_set(&c.v, 0, j, 0, dd, unit[d] * (double)(1 + (j * 8 + dd) % 50));
            check_case(&c);
            tu_case_free(&c);
        }
}

/* V values a bf16 tile product would get wrong, in a prefill the AMX
 * kernels take (bf16, GQA, D 64 and 128, blocks of 32 keys): denormal V rows
 * (TDPBF16PS reads them as zero), and +inf in a V column under visible
 * weights (a weight whose mid and lo terms are zero would make 0 * inf = NaN,
 * the reference says +inf). Such a block takes the exact f32 loop; the other
 * blocks of the same rows stay on the tiles. Every dtype, so the f32 and f16
 * kernels of those shapes see the same inputs. */
Test(hostile, denormal_and_inf_v_in_a_long_prefill)
{
    for (int d = 0; d < 3; d++)
        for (int dh = 64; dh <= 128; dh += 64)
            for (int kind = 0; kind < 2; kind++) {
                tu_spec s = tu_spec_default(dtypes[d], dh, dh);
                s.Sq = 40; s.Skv = 100; s.Hq = 4; s.Hkv = 2; s.lse = 1; s.causal = 1;
                tu_case c;
                tu_case_build(&c, &s, tu_seed(73 + (uint64_t)(kind * 4 + dh / 64)));
                if (kind == 0) { /* keys 40-47 (in the second block of 32) denormal in bf16 and f32 */
                    const double unit = dtypes[d] == ATTNFORGE_F16 ? 0x1p-22 : 0x1p-130;
                    for (int64_t j = 40; j < 48; j++)
                        for (int64_t h = 0; h < 2; h++)
                            for (int64_t dd = 0; dd < dh; dd++)
                                tu_tensor_set(&c.v, 0, j, h, dd, unit * (double)(1 + (j * 7 + dd) % 60));
                } else { /* key 70, column 3 of KV head 1: +inf, seen by the rows at positions >= 70 */
                    tu_tensor_set(&c.v, 0, 70, 1, 3, INFINITY);
                }
                check_case(&c);
                if (kind == 1)
                    for (int64_t i = 0; i < s.Sq; i++)
                        for (int64_t h = 2; h < 4; h++) {
                            const double o = o_at(&c, 0, i, h, 3);
                            cr_assert(60 + i >= 70 ? o == INFINITY : isfinite(o),
                                      "%s D %d: O[i=%lld h=%lld d=3] = %g (%s)", tu_dtype_name(dtypes[d]), dh,
                                      (long long)i, (long long)h, o, attnforge_last_kernel());
                        }
                tu_case_free(&c);
            }
}

Test(hostile, denormal_scale)
{
    for (int d = 0; d < 3; d++) {
        tu_spec s = tu_spec_default(dtypes[d], 16, 16);
        s.Sq = 4; s.Skv = 9; s.lse = 1; s.scale = 1e-40f;
        tu_case c;
        tu_case_build(&c, &s, tu_seed(72));
        check_case(&c);
        tu_case_free(&c);
    }
}

/* A softcap over a scale so small that scale / cap is subnormal (1e-20 /
 * 1e25): the kernels compute s / c as the dot product times scale / c only
 * where that factor is normal, so the scores (of several units: q and k
 * elements of 1e10) keep their digits. f32 and bf16 (f16 cannot hold such
 * q and k); decode and a causal prefill. */
Test(hostile, softcap_over_a_tiny_scale)
{
    for (int d = 0; d < 3; d += 2)
        for (int pre = 0; pre < 2; pre++) {
            tu_spec s = tu_spec_default(dtypes[d], 64, 64);
            s.Sq = pre ? 80 : 1; s.Skv = 80; s.causal = pre; s.lse = 1;
            s.scale = 1e-20f; s.softcap = 1e25f; s.qk_amp = 1e10;
            tu_case c;
            tu_case_build(&c, &s, tu_seed(73));
            check_case(&c);
            tu_case_free(&c);
        }
}

/* ---- one key, a million keys --------------------------------------------------- */

Test(hostile, one_key)
{
    for (int d = 0; d < 3; d++)
        for (int k = 0; k < 6; k++) {
            tu_spec s = tu_spec_default(dtypes[d], 64, 64);
            s.B = 2; s.Sq = k < 3 ? 1 : 5; s.Skv = 1; s.Hq = 4; s.Hkv = 2; s.lse = 1;
            s.causal = k % 3 == 1;
            s.sinks = k % 3 == 2;
            s.alibi = k == 5 ? TU_ALIBI_RANDOM : TU_ALIBI_NONE;
            s.page_size = k == 4 ? 1 : 0;
            s.window = k == 3;
            tu_case c;
            tu_case_build(&c, &s, tu_seed(80 + (uint64_t)k));
            check_case(&c);
            tu_case_free(&c);
        }
}

/* A million keys, small heads: f16, D = 8, a few queries (1954 decode
 * chunks). Built by hand: the case builder's exact rounding search is too
 * slow for 16 million elements under ASan. */
static uint16_t *f16_array(int64_t n, tu_rng *r, double lo, double hi);
static void check_rows(const attnforge_params *p, const uint16_t *o, const int64_t *bs, int nb);

Test(hostile, a_million_keys, .timeout = 120)
{
    const int32_t Skv = 1000000, D = 8;
    tu_rng r;
    tu_rng_seed(&r, tu_seed(90));
    uint16_t *k = f16_array((int64_t)Skv * D, &r, -1, 1);
    uint16_t *v = f16_array((int64_t)Skv * D, &r, -1, 2);
    uint16_t *q = f16_array(2 * 2 * D, &r, -1, 1);
    uint16_t o[2 * 2 * 8];
    float lse[4];
    for (int e = 0; e < 2 * 2 * D; e++) o[e] = tu_poison_bits(ATTNFORGE_F16);
    for (int variant = 0; variant < 2; variant++) {
        const int32_t kv_len = Skv - 3, q_offset = 700000;
        attnforge_params p = {.dtype = ATTNFORGE_F16, .batch = 1, .seq_q = 2, .seq_kv = Skv,
                              .heads_q = 2, .heads_kv = 1, .head_dim_k = D, .q = q, .k = k,
                              .v = v, .o = o, .lse = lse, .causal = 1};
        if (variant) { /* a shorter sequence, queries in the middle, a window */
            p.kv_len = &kv_len;
            p.q_offset = &q_offset;
            p.sliding_window = 1;
            p.window_left = 300000;
            p.window_right = -1;
        }
        cr_assert_eq(attnforge_attention(NULL, &p), ATTNFORGE_OK, "%s", attnforge_last_error());
        const int64_t bs[] = {0};
        check_rows(&p, o, bs, 1);
    }
    free(k);
    free(v);
    free(q);
}

/* ---- past 2^31 ------------------------------------------------------------------ */

static uint16_t *f16_array(int64_t n, tu_rng *r, double lo, double hi)
{
    uint16_t *a = malloc((size_t)n * sizeof *a);
    cr_assert(a, "out of memory");
    for (int64_t e = 0; e < n; e++) a[e] = attnforge_f32_to_f16((float)tu_rng_range(r, lo, hi));
    return a;
}

/* Compares rows of a dense f16 O ([B, Sq, Hq, Dv]) and LSE with ref_row. */
static void check_rows(const attnforge_params *p, const uint16_t *o, const int64_t *bs, int nb)
{
    const int32_t Dv = p->head_dim_v ? p->head_dim_v : p->head_dim_k;
    double ref[ATTNFORGE_MAX_HEAD_DIM], got[ATTNFORGE_MAX_HEAD_DIM], rl, tol;
    for (int k = 0; k < nb; k++)
        for (int32_t i = 0; i < p->seq_q; i++)
            for (int32_t h = 0; h < p->heads_q; h++) {
                const int64_t b = bs[k];
                cr_assert_eq(ref_row(p, (int)b, h, i, ref, &rl), 0, "reference failed");
                const uint16_t *row = o + ((b * p->seq_q + i) * p->heads_q + h) * Dv;
                for (int32_t d = 0; d < Dv; d++) got[d] = attnforge_f16_to_f32(row[d]);
                int64_t bad = tu_row_mismatch(ATTNFORGE_F16, got, ref, Dv, &tol);
                cr_assert(bad < 0, "O[b=%lld i=%d h=%d d=%lld] = %g, reference %g", (long long)b,
                          i, h, (long long)bad, bad < 0 ? 0 : got[bad], bad < 0 ? 0 : ref[bad]);
                if (p->lse) {
                    double g = p->lse[(b * p->heads_q + h) * p->seq_q + i];
                    cr_assert(tu_lse_close(g, rl), "LSE[b=%lld h=%d i=%d] = %g, reference %g",
                              (long long)b, h, i, g, rl);
                }
            }
}

/* B * Skv * Hkv * D = 8193 * 512 * 8 * 64 > 2^31 elements of K (and V), held
 * in 512 * 8 * 64 through a batch stride of 0; each batch sees b % 5 keys. */
Test(hostile, kv_products_past_2_31_by_broadcast, .timeout = 120)
{
    const int32_t B = 8193, Skv = 512, H = 8, D = 64;
    tu_rng r;
    tu_rng_seed(&r, tu_seed(100));
    uint16_t *k = f16_array((int64_t)Skv * H * D, &r, -1, 1);
    uint16_t *v = f16_array((int64_t)Skv * H * D, &r, -1, 2);
    uint16_t *q = f16_array((int64_t)H * D, &r, -1, 1); /* one query row for every batch */
    uint16_t *o = malloc((size_t)B * H * D * sizeof *o);
    float *lse = malloc((size_t)B * H * sizeof *lse);
    int32_t *kv_len = malloc((size_t)B * sizeof *kv_len);
    cr_assert(o && lse && kv_len);
    for (int32_t b = 0; b < B; b++) kv_len[b] = b % 5;
    attnforge_params p = {
        .dtype = ATTNFORGE_F16, .batch = B, .seq_q = 1, .seq_kv = Skv, .heads_q = H,
        .head_dim_k = D, .q = q, .q_stride = {0, (int64_t)H * D, D},
        .k = k, .k_stride = {0, (int64_t)H * D, D}, .v = v, .v_stride = {0, (int64_t)H * D, D},
        .o = o, .lse = lse, .kv_len = kv_len};
    cr_assert_eq(attnforge_attention(NULL, &p), ATTNFORGE_OK, "%s", attnforge_last_error());
    /* equal inputs give equal rows: batch b repeats batch b % 5 bit for bit */
    for (int32_t b = 5; b < B; b++)
        cr_assert(memcmp(o + (int64_t)b * H * D, o + (int64_t)(b % 5) * H * D, (size_t)H * D * 2) == 0,
                  "batch %d differs from batch %d", b, b % 5);
    const int64_t bs[] = {0, 1, 2, 3, 4, B - 1};
    check_rows(&p, o, bs, 6);
    free(k); free(v); free(q); free(o); free(lse); free(kv_len);
}

/* B * Skv * Hkv * D = 5 * 2^21 * 256 > 2^31 through a paged pool of three
 * 4096-position blocks; one sequence crosses a page, unreached table entries
 * hold junk. */
Test(hostile, kv_products_past_2_31_by_paging, .timeout = 120)
{
    const int32_t B = 5, Skv = 1 << 21, P = 4096, D = 256, per_seq = Skv / P;
    tu_rng r;
    tu_rng_seed(&r, tu_seed(101));
    uint16_t *k = f16_array((int64_t)3 * P * D, &r, -1, 1);
    uint16_t *v = f16_array((int64_t)3 * P * D, &r, -1, 2);
    uint16_t *q = f16_array((int64_t)B * 2 * D, &r, -1, 1);
    uint16_t *o = malloc((size_t)B * 2 * D * sizeof *o);
    float *lse = malloc((size_t)B * 2 * sizeof *lse);
    int32_t *bt = malloc((size_t)B * per_seq * sizeof *bt);
    const int32_t kv_len[5] = {0, 1, P + 1, 3, 2};
    cr_assert(o && lse && bt);
    for (int64_t e = 0; e < (int64_t)B * per_seq; e++) bt[e] = -12345; /* never reached */
    for (int32_t b = 0; b < B; b++) bt[(int64_t)b * per_seq] = b % 3;
    bt[2 * per_seq + 1] = 1;
    attnforge_params p = {
        .dtype = ATTNFORGE_F16, .batch = B, .seq_q = 1, .seq_kv = Skv, .heads_q = 2,
        .heads_kv = 1, .head_dim_k = D, .q = q, .k = k, .v = v, .o = o, .lse = lse,
        .kv_len = kv_len, .block_table = bt, .page_size = P, .num_blocks = 3};
    cr_assert_eq(attnforge_attention(NULL, &p), ATTNFORGE_OK, "%s", attnforge_last_error());
    const int64_t bs[] = {0, 1, 2, 3, 4};
    check_rows(&p, o, bs, 5);
    free(k); free(v); free(q); free(o); free(lse); free(bt);
}

/* Element offsets past 2^31: a pool whose block `far` starts 2^31 + 2^12
 * elements in (D = 64: a generated kernel where one exists). The pool is 4 GiB of address space, never touched except at
 * the two blocks used. */
Test(hostile, kv_offsets_past_2_31, .timeout = 60)
{
    const int64_t P = 16, D = 64, block = P * D; /* elements per block (Hkv = 1) */
    const int32_t far = (int32_t)(((int64_t)1 << 31) / block + 4);
    const size_t bytes = (size_t)(far + 1) * (size_t)block * 2;
    void *pool = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
                      -1, 0);
    if (pool == MAP_FAILED) cr_skip_test("cannot reserve %zu bytes of address space", bytes);
    uint16_t *kp = pool;
    tu_rng r;
    tu_rng_seed(&r, tu_seed(102));
    const int32_t blocks[2] = {3, far};
    for (int k = 0; k < 2; k++)
        for (int64_t e = 0; e < block; e++)
            kp[(int64_t)blocks[k] * block + e] = attnforge_f32_to_f16((float)tu_rng_range(&r, -1, 1));
    uint16_t *q = f16_array(2 * D, &r, -1, 1);
    uint16_t o[2 * 64];
    float lse[2];
    const int32_t bt[2] = {far, 3};
    attnforge_params p = {
        .dtype = ATTNFORGE_F16, .batch = 1, .seq_q = 2, .seq_kv = 2 * P, .heads_q = 1,
        .head_dim_k = (int32_t)D, .q = q, .k = kp, .v = kp, .o = o, .lse = lse,
        .block_table = bt, .page_size = (int32_t)P, .num_blocks = far + 1};
    cr_assert_eq(attnforge_attention(NULL, &p), ATTNFORGE_OK, "%s", attnforge_last_error());
    const int64_t bs[] = {0};
    check_rows(&p, o, bs, 1);
    free(q);
    munmap(pool, bytes);
}

/* Regression (bug fixed): the default strides of sizes like these overflow
 * int64 in validate.c before the overflow checks run (UB; UBSan aborts). */
Test(hostile, huge_sizes_rejected)
{
    float q[4] = {0}, k[4] = {0}, v[4] = {0}, o[4] = {7, 7, 7, 7};
    const int32_t cases[3][4] = {/* seq_q, seq_kv, heads_q, batch */
                                 {1 << 30, 1, 1 << 30, 1},
                                 {1, INT32_MAX, 1 << 30, 1},
                                 {INT32_MAX, INT32_MAX, INT32_MAX, INT32_MAX}};
    for (int k2 = 0; k2 < 3; k2++) {
        attnforge_params p = {.dtype = ATTNFORGE_F32, .batch = cases[k2][3], .seq_q = cases[k2][0],
                              .seq_kv = cases[k2][1], .heads_q = cases[k2][2],
                              .head_dim_k = ATTNFORGE_MAX_HEAD_DIM, .q = q, .k = k, .v = v, .o = o};
        cr_assert_eq(attnforge_attention(NULL, &p), ATTNFORGE_ERR_STRIDE, "case %d: %s", k2,
                     attnforge_last_error());
        cr_assert(o[0] == 7 && o[3] == 7, "O written by a rejected call");
    }
}

/* Regression (bug fixed): with seq_kv within 511 of INT32_MAX the decode
 * planner's chunk count overflows int32 (UB); in practice no task runs and
 * O is never written although the call returns OK. */
Test(hostile, seq_kv_near_int32_max, .timeout = 120)
{
    const int32_t P = 1 << 16, D = 8, Skv = INT32_MAX, per_seq = (int32_t)(((int64_t)Skv + P - 1) / P);
    tu_rng r;
    tu_rng_seed(&r, tu_seed(103));
    uint16_t *k = f16_array((int64_t)2 * P * D, &r, -1, 1);
    uint16_t *v = f16_array((int64_t)2 * P * D, &r, -1, 2);
    uint16_t *q = f16_array(D, &r, -1, 1);
    uint16_t o[8];
    for (int d = 0; d < D; d++) o[d] = tu_poison_bits(ATTNFORGE_F16);
    float lse = 0;
    int32_t *bt = malloc((size_t)per_seq * sizeof *bt);
    cr_assert(bt);
    for (int32_t e = 0; e < per_seq; e++) bt[e] = -1;
    bt[0] = 1;
    bt[1] = 0;
    const int32_t kv_len = P + 100;
    attnforge_params p = {
        .dtype = ATTNFORGE_F16, .batch = 1, .seq_q = 1, .seq_kv = Skv, .heads_q = 1,
        .head_dim_k = D, .q = q, .k = k, .v = v, .o = o, .lse = &lse, .kv_len = &kv_len,
        .block_table = bt, .page_size = P, .num_blocks = 2};
    cr_assert_eq(attnforge_attention(NULL, &p), ATTNFORGE_OK, "%s", attnforge_last_error());
    for (int d = 0; d < D; d++)
        cr_assert_neq(o[d], tu_poison_bits(ATTNFORGE_F16), "O[%d] never written", d);
    /* same logical call with seq_kv = kv_len */
    const int64_t bs[] = {0};
    attnforge_params small = p;
    small.seq_kv = kv_len;
    small.block_table_stride = per_seq;
    small.kv_len = NULL;
    check_rows(&small, o, bs, 1);
    free(k); free(v); free(q); free(bt);
}

/* ---- kv_len and window edges ------------------------------------------------------ */

Test(hostile, kv_len_and_window_edges, .timeout = 60)
{
    /* (left, right) pairs: none, 0/0, causal-like, anti-causal, asymmetric, full */
    const int32_t win[8][2] = {{-1, -1}, {0, 0}, {0, -1}, {-1, 0}, {3, 0}, {0, 2}, {1, 4}, {-2, -2}};
    const int32_t shapes[3][4] = {/* Sq, Skv, Hq, Hkv */ {1, 24, 4, 2}, {70, 70, 1, 1}, {2, 600, 2, 1}};
    int n = 0;
    for (int sh = 0; sh < 3; sh++)
        for (int w = 0; w < 8; w++)
            for (int causal = 0; causal < 2; causal++)
                for (int qo = 0; qo < 2; qo++) {
                    attnforge_dtype dt = dtypes[n++ % 3];
                    tu_spec s = tu_spec_default(dt, 16, 16);
                    s.B = 3; s.Sq = shapes[sh][0]; s.Skv = shapes[sh][1];
                    s.Hq = shapes[sh][2]; s.Hkv = shapes[sh][3];
                    s.lse = 1; s.causal = causal;
                    s.kv_len = 1; s.q_offset = qo;
                    if (w != 7) {
                        s.window = 1;
                        s.window_left = win[w][0];
                        s.window_right = win[w][1];
                    } else {
                        s.window = 1; /* both sides = Skv: the whole sequence */
                        s.window_left = s.window_right = s.Skv;
                    }
                    tu_case c;
                    tu_case_build(&c, &s, tu_seed(110 + (uint64_t)n));
                    /* kv_len at its edges: 0, 1, Skv */
                    c.kv_len[0] = 0; c.kv_len[1] = 1; c.kv_len[2] = s.Skv;
                    if (qo) { /* before, inside and after the keys */
                        c.q_offset[0] = -s.Sq - 1; c.q_offset[1] = 0; c.q_offset[2] = s.Skv;
                    }
                    check_case(&c);
                    tu_case_free(&c);
                }
}

/* ---- outputs overlapping inputs -------------------------------------------------- */

static void expect_rejected(tu_case *c, attnforge_status want, const char *what)
{
    attnforge_status st = tu_case_run(c, NULL);
    cr_assert_eq(st, want, "%s: status %d (%s), expected %d", what, (int)st,
                 attnforge_last_error(), (int)want);
    cr_assert(tu_case_check_untouched(c), "%s: %s", what, c->msg);
}

Test(hostile, o_overlapping_an_input_rejected)
{
    for (int d = 0; d < 3; d++)
        for (int which = 0; which < 9; which++) {
            tu_spec s = tu_spec_default(dtypes[d], 16, 16);
            s.B = 2; s.Sq = 3; s.Skv = 5; s.Hq = 2; s.lse = 1;
            s.mask = TU_MASK_B_HQ_SQ_SKV; s.alibi = TU_ALIBI_RANDOM; s.sinks = 1;
            s.kv_len = 1; s.q_offset = 1;
            tu_case c;
            tu_case_build(&c, &s, tu_seed(120));
            const size_t es = tu_dtype_size(dtypes[d]);
            switch (which) {
            case 0: c.p.o = c.q.data; break;                              /* in place */
            case 1: c.p.o = (char *)c.q.data + 7 * es; break;            /* shifted */
            case 2: c.p.o = (char *)c.q.data - 40 * es; break;           /* tail over Q's head */
            case 3: c.p.o = c.k.data; break;
            case 4: c.p.o = (char *)c.v.data + 16 * es; break;
            case 5: c.p.o = c.mask.data; break;
            case 6: c.p.o = c.slopes; break;
            case 7: c.p.o = c.sinks; break;
            default: c.p.o = c.kv_len; break;
            }
            expect_rejected(&c, ATTNFORGE_ERR_ALIASING, "O over an input");
            tu_case_free(&c);
        }
}

Test(hostile, lse_overlapping_rejected)
{
    for (int which = 0; which < 3; which++) {
        tu_spec s = tu_spec_default(ATTNFORGE_F32, 16, 16);
        s.B = 2; s.Sq = 3; s.Skv = 5; s.Hq = 2; s.lse = 1; s.q_offset = 1;
        tu_case c;
        tu_case_build(&c, &s, tu_seed(121));
        c.p.lse = which == 0 ? (float *)c.q.data : which == 1 ? (float *)c.o.data + 5
                                                             : (float *)c.q_offset;
        expect_rejected(&c, ATTNFORGE_ERR_ALIASING, "LSE over Q or O");
        tu_case_free(&c);
    }
}

/* Regression (bug fixed): the block table is not among the inputs O and LSE are
 * checked against, so O can be written over it while later tiles still read
 * it. The table's logical extent is (B - 1) * stride + ceil(Skv / P) entries;
 * the overlap here starts on its last entry, which no key reaches (batch 1
 * has kv_len 4 = one page), so an accepted call does no harm: it just
 * returns OK. */
Test(hostile, o_over_block_table_rejected)
{
    for (int lse = 0; lse < 2; lse++) {
        tu_spec s = tu_spec_default(ATTNFORGE_F32, 16, 16);
        s.B = 2; s.Sq = 1; s.Skv = 8; s.lse = 1; s.page_size = 4; s.kv_len = 1;
        tu_case c;
        tu_case_build(&c, &s, tu_seed(122));
        c.kv_len[0] = 8;
        c.kv_len[1] = 4;
        /* the same table (2 x 2 entries) with room for O after it */
        int32_t *table = malloc((size_t)(4 + 64) * sizeof *table);
        cr_assert(table);
        memcpy(table, c.block_table, 4 * sizeof *table);
        for (int e = 4; e < 4 + 64; e++) table[e] = -1;
        c.p.block_table = table;
        if (lse)
            c.p.lse = (float *)(table + 3);
        else
            c.p.o = table + 3;
        attnforge_status st = attnforge_attention(NULL, &c.p);
        cr_assert_eq(st, ATTNFORGE_ERR_ALIASING, "%s over the block table: status %d",
                     lse ? "LSE" : "O", (int)st);
        free(table);
        tu_case_free(&c);
    }
}

/* Regression (bug fixed): O views whose rows share elements are accepted (only
 * a zero stride is caught); the result then depends on the order of writes. */
Test(hostile, o_rows_overlapping_each_other_rejected)
{
    tu_spec s = tu_spec_default(ATTNFORGE_F32, 16, 16);
    s.Sq = 2; s.Skv = 5; s.Hq = 2;
    tu_case c;
    tu_case_build(&c, &s, tu_seed(123));
    /* head h starts 8 elements after head h - 1: rows of 16 overlap by 8 */
    c.p.o_stride = (attnforge_strides){.b = 64, .s = 32, .h = 8};
    expect_rejected(&c, ATTNFORGE_ERR_STRIDE, "O rows overlapping");
    tu_case_free(&c);
}
