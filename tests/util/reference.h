/*
 * The f64 reference for one attnforge call: test code, never part of the
 * library. It reads an attnforge_params the way a caller fills it, applies
 * every default itself, materializes the scores of one row in double and does
 * a plain two-pass softmax, so it shares no code and no shortcut with the
 * library (SPEC.md is its only source).
 *
 * Part of the test-support core (target af_testcore, no Criterion): the
 * tests, the fuzzer and the bench link it.
 */
#ifndef AF_REFERENCE_H
#define AF_REFERENCE_H

#include <stdint.h>

#include "attnforge.h"

#ifdef __cplusplus
extern "C" {
#endif

/* One row (batch b, query head h, query i): o_row has Dv doubles, *lse gets
 * the natural-log LSE (-inf for a row with no visible key and no sink; lse may
 * be NULL). Returns 0 (-1 only if a scratch allocation failed). */
int ref_row(const attnforge_params *p, int b, int h, int i, double *o_row,
            double *lse);

/* What SPEC's accuracy rule scales with, for one row: r_abs = max over x of
 * sum_j p_j |v_j[x]|, A = max over visible j of scale * sum_d |q_d k_jd| +
 * |bias_j| (bias: ALiBi plus mask). Both 0 for a row with no visible key. */
typedef struct ref_bound {
    double r_abs, A;
} ref_bound;

/* ref_row, also filling *bound (may be NULL). */
int ref_row_bound(const attnforge_params *p, int b, int h, int i, double *o_row,
                  double *lse, ref_bound *bound);

/* All rows: o is dense [B, Sq, Hq, Dv], lse dense [B, Hq, Sq] (may be NULL).
 * Returns 0 (-1 only if a scratch allocation failed). */
int ref_attention(const attnforge_params *p, double *o, double *lse);

/* The reference's own decoders of the storage dtypes (exact). */
double ref_f16_to_f64(uint16_t h);
double ref_bf16_to_f64(uint16_t h);
/* Element off (in elements of the logical tensor) of a tensor of format f as
 * SPEC defines it (ggml blocks dequantized, fp8 times scale), exactly. */
double ref_load(attnforge_format f, const void *base, int64_t off, double scale);

#ifdef __cplusplus
}
#endif

#endif /* AF_REFERENCE_H */
