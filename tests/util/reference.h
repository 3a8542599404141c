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

/* All rows: o is dense [B, Sq, Hq, Dv], lse dense [B, Hq, Sq] (may be NULL).
 * Returns 0 (-1 only if a scratch allocation failed). */
int ref_attention(const attnforge_params *p, double *o, double *lse);

/* The reference's own decoders of the storage dtypes (exact). */
double ref_f16_to_f64(uint16_t h);
double ref_bf16_to_f64(uint16_t h);

#ifdef __cplusplus
}
#endif

#endif /* AF_REFERENCE_H */
