/*
 * The checks of one case after its call (see testutil.h). Written for clarity
 * over speed: every check walks the buffers element by element.
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "testutil.h"

static int fail(tu_case *c, const char *fmt, ...)
{
    char spec[1536];
    tu_spec_describe(&c->s, spec, sizeof spec);
    int n = snprintf(c->msg, sizeof c->msg, "seed 0x%llx spec %s: ",
                     (unsigned long long)c->seed, spec);
    if (n < 0) n = 0;
    if ((size_t)n < sizeof c->msg) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(c->msg + n, sizeof c->msg - (size_t)n, fmt, ap);
        va_end(ap);
    }
    return 0;
}

/* Every element of t's view is written (not poison) and every element outside
 * it (guards, gaps) is still poison. */
static int check_written(tu_case *c, const tu_tensor *t, const char *name)
{
    int64_t at = 0;
    switch (tu_tensor_check_writes(t, tu_poison_bits(t->dtype), &at)) {
    case TU_WRITES_MISSED:
        return fail(c, "%s element at offset %lld of the view was never written", name,
                    (long long)at);
    case TU_WRITES_GAP:
    case TU_WRITES_GUARD:
        return fail(c, "%s: element at offset %lld (outside the view: %s) was written", name,
                    (long long)at,
                    at < 0 || at >= t->extent ? "guard" : "gap");
    default:
        return 1;
    }
}

int64_t tu_row_mismatch(attnforge_dtype dt, const double *got, const double *ref,
                        int64_t n, double *tol_out)
{
    double r = 0.0;
    for (int64_t d = 0; d < n; d++)
        if (isfinite(ref[d]) && fabs(ref[d]) > r) r = fabs(ref[d]);
    for (int64_t d = 0; d < n; d++) {
        double tol = 1e-5 * r + (dt == ATTNFORGE_F32 ? 0.0 : tu_ulp(dt, ref[d]));
        if (tol_out) *tol_out = tol;
        if (isnan(ref[d])) {
            if (!isnan(got[d])) return d;
        } else if (isinf(ref[d])) {
            if (got[d] != ref[d]) return d;
        } else if (!(fabs(got[d] - ref[d]) <= tol)) {
            return d;
        }
    }
    return -1;
}

int tu_lse_close(double got, double ref)
{
    if (isnan(ref)) return isnan(got);
    if (isinf(ref)) return got == ref;
    return fabs(got - ref) <= 1e-5 * fmax(1.0, fabs(ref));
}

void tu_case_read_o(const tu_case *c, double *o)
{
    const tu_tensor *t = &c->o;
    int64_t k = 0;
    for (int64_t b = 0; b < t->n[0]; b++)
        for (int64_t i = 0; i < t->n[1]; i++)
            for (int64_t h = 0; h < t->n[2]; h++)
                for (int64_t d = 0; d < t->n[3]; d++) o[k++] = tu_tensor_get(t, b, i, h, d);
}

int tu_case_check(tu_case *c)
{
    const tu_spec *s = &c->s;
    int64_t B = s->B, Sq = s->Sq, Hq = s->Hq, Dv = c->Dv;
    int64_t rows = B * Sq * Hq;
    if (c->inputs_modified) return fail(c, "the call modified an input buffer");
    if (!check_written(c, &c->o, "O")) return 0;
    if (c->p.lse) {
        if (!check_written(c, &c->lse, "LSE")) return 0;
    } else if (!tu_tensor_all_bits(&c->lse, tu_poison_bits(ATTNFORGE_F32))) {
        return fail(c, "LSE written though not requested");
    }

    double *ref = tu_xmalloc((size_t)(rows * Dv) * sizeof *ref);
    double *got = tu_xmalloc((size_t)(rows * Dv) * sizeof *got);
    double *ref_lse = tu_xmalloc((size_t)rows * sizeof *ref_lse);
    int ok = ref_attention(&c->p, ref, ref_lse) == 0 ? 1 : fail(c, "reference failed");
    if (ok) tu_case_read_o(c, got);
    for (int64_t b = 0; b < B && ok; b++)
        for (int64_t i = 0; i < Sq && ok; i++)
            for (int64_t h = 0; h < Hq && ok; h++) {
                int64_t row = (b * Sq + i) * Hq + h;
                double tol = 0.0;
                int64_t d = tu_row_mismatch(s->dtype, got + row * Dv, ref + row * Dv,
                                            Dv, &tol);
                if (d >= 0)
                    ok = fail(c, "O[b=%lld, i=%lld, h=%lld, d=%lld] = %.9g, reference %.9g "
                                 "(|diff| %.3g > tol %.3g)",
                              (long long)b, (long long)i, (long long)h, (long long)d,
                              got[row * Dv + d], ref[row * Dv + d],
                              fabs(got[row * Dv + d] - ref[row * Dv + d]), tol);
                if (ok && c->p.lse) {
                    double g = c->p.lse[(b * Hq + h) * Sq + i];
                    double rl = ref_lse[(b * Hq + h) * Sq + i];
                    if (!tu_lse_close(g, rl))
                        ok = fail(c, "LSE[b=%lld, h=%lld, i=%lld] = %.9g, reference %.9g",
                                  (long long)b, (long long)h, (long long)i, g, rl);
                }
            }
    free(ref);
    free(got);
    free(ref_lse);
    return ok;
}

int tu_case_run_check(tu_case *c, attnforge_context *ctx)
{
    attnforge_status st = tu_case_run(c, ctx);
    if (st != ATTNFORGE_OK)
        return fail(c, "status %d (%s): %s", (int)st, attnforge_status_string(st),
                    attnforge_last_error());
    return tu_case_check(c);
}

int tu_case_check_untouched(tu_case *c)
{
    if (c->inputs_modified) return fail(c, "a rejected call modified an input buffer");
    if (!tu_tensor_all_bits(&c->o, tu_poison_bits(c->o.dtype)))
        return fail(c, "a rejected call wrote O");
    if (!tu_tensor_all_bits(&c->lse, tu_poison_bits(ATTNFORGE_F32)))
        return fail(c, "a rejected call wrote LSE");
    return 1;
}

int tu_case_same_output(tu_case *a, const tu_case *b)
{
    const tu_tensor *x = &a->o, *y = &b->o;
    for (int k = 0; k < 4; k++)
        if (x->n[k] != y->n[k] || x->dtype != y->dtype)
            return fail(a, "outputs of different shapes compared");
    for (int64_t bb = 0; bb < x->n[0]; bb++)
        for (int64_t i = 0; i < x->n[1]; i++)
            for (int64_t h = 0; h < x->n[2]; h++)
                for (int64_t d = 0; d < x->n[3]; d++) {
                    uint32_t u = tu_bits(x->dtype, x->data, tu_tensor_off(x, bb, i, h, d));
                    uint32_t v = tu_bits(y->dtype, y->data, tu_tensor_off(y, bb, i, h, d));
                    if (u != v)
                        return fail(a, "O[b=%lld, i=%lld, h=%lld, d=%lld] differs: 0x%x "
                                       "(%.9g) vs 0x%x (%.9g)",
                                    (long long)bb, (long long)i, (long long)h, (long long)d,
                                    u, tu_tensor_get(x, bb, i, h, d), v,
                                    tu_tensor_get(y, bb, i, h, d));
                }
    if (a->p.lse && b->p.lse) {
        int64_t n = (int64_t)a->s.B * a->s.Hq * a->s.Sq;
        for (int64_t k = 0; k < n; k++) {
            uint32_t u = tu_bits(ATTNFORGE_F32, a->p.lse, k);
            uint32_t v = tu_bits(ATTNFORGE_F32, b->p.lse, k);
            if (u != v)
                return fail(a, "LSE[%lld] differs: %.9g vs %.9g", (long long)k,
                            (double)a->p.lse[k], (double)b->p.lse[k]);
        }
    }
    return 1;
}
