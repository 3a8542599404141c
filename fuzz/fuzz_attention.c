/*
 * libFuzzer harness for attnforge_attention().
 *
 * The input is a fixed-layout record (see the F_* field list in fz.h; missing
 * bytes read as 0, which always decodes to a small valid call) followed by
 * 4-byte patches that plant special values (NaN, +-inf, denormals, huge
 * numbers) in the inputs. From it the harness builds one call with every
 * input in its own exactly sized heap block (so AddressSanitizer sees any
 * stray read), NaN in every gap between a view's elements (so a stray read
 * that stays inside a block still shows up in O), and O and LSE surrounded by
 * poisoned guard bytes.
 *
 * A nonzero corruption byte then breaks exactly one rule of SPEC.md's
 * "Validation" (bad sizes, head dims, dtype, strides that overflow, kv_len,
 * page tables, NaN scale, a mask without strides, O or LSE overlapping an
 * input, a workspace too small, ...). The call must then return exactly the
 * status that rule names, with O, LSE (guards included) and every input
 * bitwise untouched.
 *
 * Otherwise the call must succeed and: leave every input and guard untouched,
 * write every element of O's view and nothing in its gaps, write LSE when
 * asked (and only then), match the f64 reference (tests/util/reference.c)
 * row by row, and match a second run on a context forced to
 * ATTNFORGE_ISA_GENERIC (bitwise when both ran the generic kernel, else
 * within 5e-6 relative for f32). Before each call attnforge_kernel_for()
 * is asked about it: the same status (but for a workspace too small), and
 * for a valid call the name of the kernel the call then runs (packed
 * batches too, varlen.c).
 *
 * Accuracy: SPEC's rule (per row, 1e-5 * max|ref|, plus one storage ulp for
 * f16/bf16) is applied as is to well-conditioned rows: every score and every
 * bias bounded by 16 in magnitude, no heavy cancellation in O. Rows outside
 * that (scores near 1e30, masks of -1e10 that swallow the score, ...) cannot
 * be held to 1e-5 by any f32 computation; they get SPEC's bound plus a
 * rigorous bound on what f32 scores can do (score error -> weight error ->
 * O error) and must in any case stay inside the convex hull of the visible V
 * rows. NaN must appear exactly where the reference has NaN, in every row.
 *
 * Set AF_FUZZ_SKIP_KNOWN=1 to steer clear of the library bugs this harness
 * found first (all fixed now; see README.md, "Robustness"), e.g. to bisect:
 * no NaN or infinity in Q, K, V, the mask or the slopes, and none of the
 * corruptions at and after C_FIRST_KNOWN (corrupt.c).
 *
 * This file holds the entry points; fz.h says which file does what. Linked
 * with replay.c instead of libFuzzer, the same harness replays files
 * (valgrind, gcc, or a crash reproducer without libFuzzer).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "convert.h"
#include "fz.h"

void fz_print_stats(void)
{
    fprintf(stderr,
            "fuzz_attention stats: %llu valid calls, %llu rejected calls; rows: %llu "
            "well-conditioned, %llu ill-conditioned, %llu NaN; generic comparisons: %llu "
            "bitwise, %llu within tolerance; storage formats: %llu calls (%llu with a cache "
            "format), %llu f16 masks, %llu with Q or O in another format; packed batches: %llu\n",
            fz_stat.valid, fz_stat.invalid, fz_stat.rows_strict, fz_stat.rows_loose,
            fz_stat.rows_nan, fz_stat.bitwise, fz_stat.close, fz_stat.formats,
            fz_stat.cache_formats, fz_stat.mask_f16, fz_stat.qo_formats, fz_stat.varlen);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    const char *s = getenv("AF_FUZZ_SKIP_KNOWN");
    fz_skip_known = s && *s && *s != '0';
    attnforge_context_options oa = {.num_threads = 2};
    attnforge_context_options og = {.num_threads = 1, .isa = ATTNFORGE_ISA_GENERIC};
    if (attnforge_context_create(&fz_ctx_auto, &oa) != ATTNFORGE_OK ||
        attnforge_context_create(&fz_ctx_generic, &og) != ATTNFORGE_OK) {
        fprintf(stderr, "fuzz_attention: context_create: %s\n", attnforge_last_error());
        abort();
    }
    const char *st = getenv("AF_FUZZ_STATS");
    if (st && *st && *st != '0') atexit(fz_print_stats);
    return 0;
}

/* A rejected call: O, LSE (guards included) untouched, a message left. */
static void check_rejected(fz_case *c)
{
    fz_stat.invalid++;
    if (!tu_tensor_all_bits(&c->o, tu_poison_bits(c->o.dtype))) fz_die(c, "a rejected call wrote O");
    if (!tu_tensor_all_bits(&c->lse, tu_poison_bits(ATTNFORGE_F32)))
        fz_die(c, "a rejected call wrote LSE");
    if (!attnforge_last_error()[0]) fz_die(c, "a rejected call left no message");
}

/* A valid call: every output written as asked, against the reference and
 * against the generic kernel. */
static void check_accepted(fz_case *c, const uint8_t *data, size_t size, tu_sm64 *r)
{
    fz_stat.valid++;
    if (c->q.dtype != c->dt || c->o.dtype != c->dt) fz_stat.qo_formats++;
    const char *kernel = attnforge_last_kernel();
    fz_check_o_written(c, &c->o, "O");
    fz_check_lse_written(c, &c->lse, c->p.lse != NULL);
    fz_check_reference(c);
    fz_check_generic(c, kernel);
    fz_check_varlen(c, data, size, r);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!fz_ctx_auto) LLVMFuzzerInitialize(NULL, NULL);
    fz_case c;
    tu_sm64 r;
    r.s = 0;
    for (int k = 0; k < 8; k++) r.s = r.s << 8 | fz_byte(data, size, F_SEED + (size_t)k);
    fz_decode(&c, data, size, &r);
    fz_apply_patches(&c, data, size, &r);

    const unsigned cb = fz_byte(data, size, F_CORRUPT);
    /* formats on valid calls, and on the corruption that breaks their rules
     * (any other corruption sees the dtype call its rule was written for) */
    if (cb < 128 || fz_corruption_wants_formats(cb - 128))
        fz_apply_formats(&c, data, size, cb >= 128, &r);
    if (cb >= 128)
        c.expect = fz_corrupt(&c, cb - 128, fz_byte(data, size, F_CP1), fz_byte(data, size, F_CP2));
    else
        c.expect = ATTNFORGE_OK;

    const int own_workspace = fz_byte(data, size, F_FLAGS) & FL_WORKSPACE;
    if (own_workspace && !c.p.workspace && c.expect == ATTNFORGE_OK) {
        size_t need = 0;
        if (attnforge_workspace_size(fz_ctx_auto, &c.p, &need) != ATTNFORGE_OK)
            fz_die(&c, "workspace_size failed on a valid call");
        c.ws = tu_xmalloc(need);
        c.p.workspace = c.ws;
        c.p.workspace_bytes = need;
    }
    fz_hash_inputs(&c);

    /* attnforge_kernel_for first: it must fail as the call does (but for
     * the caller's workspace, which it does not look at), name for a valid
     * call the kernel the call then runs, and write nothing (the checks of
     * O, LSE and the inputs below see what it left) */
    const char *planned = NULL;
    const attnforge_status pst = attnforge_kernel_for(fz_ctx_auto, &c.p, &planned);
    attnforge_status st = attnforge_attention(fz_ctx_auto, &c.p);
    if ((int)st != c.expect)
        fz_die(&c, "status %d (%s), expected %d", (int)st, attnforge_status_string(st), c.expect);
    if (pst != st && !(pst == ATTNFORGE_OK && st == ATTNFORGE_ERR_WORKSPACE))
        fz_die(&c, "kernel_for returned %d (%s), the call %d", (int)pst, attnforge_status_string(pst), (int)st);
    if (st == ATTNFORGE_OK && strcmp(planned, attnforge_last_kernel()) != 0)
        fz_die(&c, "kernel_for named %s, the call ran %s", planned, attnforge_last_kernel());
    fz_check_inputs(&c);
    if (st != ATTNFORGE_OK)
        check_rejected(&c);
    else
        check_accepted(&c, data, size, &r);
    fz_free_case(&c);
    return 0;
}
