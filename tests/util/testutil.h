/*
 * The tests' case builder: tiers and seeds, random case specs, and a case
 * that owns every buffer of one attnforge_attention call and checks it
 * against the f64 reference. It stands on the test-support core (af_testcore:
 * rng.h, convert.h, tensor.h, reference.h, which the fuzzer and the bench
 * link too); including this header includes those. Defined in spec.c
 * (tiers, seeds, specs), case.c (building and running a case), check.c (its
 * checks) and env.c (CPU support, the generic context).
 *
 * Nothing here depends on Criterion either: checks return 1 (pass) or 0
 * (fail) and leave a readable message (with everything needed to rebuild the
 * case) in tu_case.msg, so a test writes
 *     cr_assert(tu_case_check(&c), "%s", c.msg);
 *
 * Typical use, also by the generated-variant tester:
 *     tu_spec s = tu_spec_default(ATTNFORGE_F16, 128, 128);
 *     s.Sq = 7; s.Skv = 33; s.causal = 1;
 *     tu_case c;
 *     tu_case_build(&c, &s, seed);
 *     cr_assert_eq(tu_case_run(&c, ctx), ATTNFORGE_OK, "%s", attnforge_last_error());
 *     cr_assert(tu_case_check(&c), "%s", c.msg);
 *     tu_case_free(&c);
 */
#ifndef AF_TESTUTIL_H
#define AF_TESTUTIL_H

#include <stddef.h>
#include <stdint.h>

#include "attnforge.h"
#include "convert.h"
#include "reference.h"
#include "rng.h"
#include "tensor.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- tiers and seeds -------------------------------------------------------- */

/* 1 when ATTNFORGE_TEST_TIER=long is set in the environment. */
int tu_long_tier(void);
/* quick or long, by tier. */
int tu_pick(int quick, int long_tier);
/* A test's seed: base, mixed with ATTNFORGE_TEST_SEED when that is set (to run
 * other random cases without editing the test). */
uint64_t tu_seed(uint64_t base);

/* NULL when this CPU runs the generated ISA named by its registry token
 * ("SCALAR", "AVX2", "NEONBF16", ...), else why not (tests skip and say so). */
const char *tu_isa_unsupported(const char *isa);

/* ---- the case builder ------------------------------------------------------------ */

typedef enum tu_layout {
    TU_LAYOUT_DEFAULT = 0, /* all strides 0 in the params: the dense BSHD default */
    TU_LAYOUT_BSHD,        /* the same, spelled out */
    TU_LAYOUT_BHSD,
    TU_LAYOUT_SBHD,
    TU_LAYOUT_PADDED,      /* BSHD with random gaps after D, H and S */
    TU_LAYOUT_COUNT
} tu_layout;

typedef enum tu_mask_kind {
    TU_MASK_NONE = 0,
    TU_MASK_SQ_SKV,      /* [Sq, Skv]: b and h strides 0 */
    TU_MASK_B1_SQ_SKV,   /* [B, 1, Sq, Skv] */
    TU_MASK_B_HQ_SQ_SKV, /* [B, Hq, Sq, Skv] */
    TU_MASK_B11_SKV,     /* [B, 1, 1, Skv]: a key padding mask */
    TU_MASK_TRANSPOSED,  /* [Skv, Sq] storage: j stride Sq, i stride 1 */
    TU_MASK_COUNT
} tu_mask_kind;

enum {
    TU_ALIBI_NONE = 0,
    TU_ALIBI_STANDARD = 1, /* the tests' own standard slopes for Hq */
    TU_ALIBI_RANDOM = 2    /* random slopes in [0.01, 1] */
};

enum {
    TU_BCAST_KV_B = 1, /* K and V: batch stride 0 (one KV shared by every batch) */
    TU_BCAST_Q_H = 2   /* Q: head stride 0 (every query head reads one vector) */
};

/* Everything that describes one random case. Zero means off / default. */
typedef struct tu_spec {
    attnforge_dtype dtype;
    int32_t B, Sq, Skv, Hq;
    int32_t Hkv;          /* passed as is: 0 = default (Hq) */
    int32_t Dk;
    int32_t Dv;           /* passed as is: 0 = default (Dk) */
    tu_layout layout;     /* of Q, K, V and O */
    unsigned bcast;       /* TU_BCAST_* */
    float scale, softcap; /* passed as is */
    int alibi;            /* TU_ALIBI_* */
    tu_mask_kind mask;
    double mask_ninf;     /* fraction of -inf mask entries */
    int mask_scales;      /* with a mask: 1 random factors per head in [0.05, 4], 2 ggml's ALiBi slopes (max_bias 8) */
    int causal;
    int window;
    int32_t window_left, window_right;
    int kv_len;           /* 1: explicit kv_len array, random in [0, Skv] */
    int q_offset;         /* 1: explicit q_offset array, random in [-Sq, Skv] */
    int sinks;            /* 1: random sink logits in [-2, 2] */
    int lse;              /* 1: ask for LSE */
    int32_t page_size;    /* > 0: paged K and V with this page size */
    int paged_strides;    /* 1: explicit padded pool strides and block table stride */
    double qk_amp;        /* |Q|, |K| in [amp/128, amp]; 0 = 1 */
    double v_lo, v_hi;    /* V range; both 0 = [-1, 2] */
} tu_spec;

/* A spec with dtype, head dims and small defaults (B 1, Sq 1, Skv 1, Hq 1). */
tu_spec tu_spec_default(attnforge_dtype dt, int32_t Dk, int32_t Dv);
/* Random shape and random features on top of dt and head dims. Dk <= 0 picks
 * a random Dk, Dv < 0 a random Dv (Dv == 0 keeps the default). Sequence
 * lengths stay <= max_seq. */
void tu_spec_random(tu_spec *s, tu_rng *r, attnforge_dtype dt, int32_t Dk,
                    int32_t Dv, int32_t max_seq);
/* One line with every field, for failure messages. */
void tu_spec_describe(const tu_spec *s, char *buf, size_t n);

typedef struct tu_case {
    tu_spec s;
    uint64_t seed;
    int32_t Hkv, Dv; /* effective values */
    attnforge_params p;
    tu_tensor q, k, v, o; /* k, v: the logical [B, Skv, Hkv, D] data */
    tu_tensor kpool, vpool; /* paged: the pools p.k and p.v point into */
    tu_tensor lse;          /* dense [1, B, Hq, Sq] f32 */
    tu_tensor mask;         /* logical [B, Hq, Sq, Skv] f32 */
    float *slopes, *sinks, *mscales; /* [Hq] */
    int32_t *kv_len, *q_offset; /* [B] */
    int32_t *block_table;
    int64_t block_table_len;
    uint64_t in_hash;    /* of every input, taken by tu_case_run */
    int inputs_modified; /* set by tu_case_run if a call wrote an input */
    char msg[4096];
} tu_case;

/* Allocates and fills every buffer; the params point at them. Aborts the
 * process on allocation failure. The logical data depend only on the spec's
 * shape/feature fields and the seed, never on layout, broadcast flags, paging
 * or padding, so two cases that differ only there must give bitwise equal
 * outputs. Tests may edit the data (tu_tensor_set on q, k, v, mask; the
 * kv_len, q_offset, slopes, sinks arrays) and params after building; call
 * tu_case_repage after editing k or v of a paged case. */
void tu_case_build(tu_case *c, const tu_spec *s, uint64_t seed);
void tu_case_free(tu_case *c);
/* Scatters the logical K and V into the pools again (paged cases). */
void tu_case_repage(tu_case *c);

/* Poisons O and LSE, runs attnforge_attention(ctx, &c->p), notes whether any
 * input changed. Returns the status. */
attnforge_status tu_case_run(tu_case *c, attnforge_context *ctx);

/* tu_case_run, then tu_case_check; a status other than ATTNFORGE_OK fails
 * with the library's message in c->msg. */
int tu_case_run_check(tu_case *c, attnforge_context *ctx);

/* After a successful run: no input changed; every element of O's view (and of
 * LSE when requested) was written and nothing outside them; O and LSE agree
 * with the f64 reference by SPEC's accuracy rule. 1 = pass, else 0 and
 * c->msg says why. */
int tu_case_check(tu_case *c);
/* After a failed run: O and LSE bitwise untouched (all poison), no input
 * changed. 1 = pass, else 0 with c->msg. */
int tu_case_check_untouched(tu_case *c);
/* Logical O and LSE of a and b bitwise equal (same shape). 1 = equal, else 0
 * with a->msg. */
int tu_case_same_output(tu_case *a, const tu_case *b);
/* O as doubles, dense [B, Sq, Hq, Dv]. */
void tu_case_read_o(const tu_case *c, double *o);

/* A process-wide context that forces the generic fallback (2 threads),
 * created on first use and kept for the life of the process. Aborts if it
 * cannot be created. */
attnforge_context *tu_generic_ctx(void);

/* The SPEC accuracy rule for one row: got/ref have n values. Returns the index
 * of the first element out of tolerance, or -1. */
int64_t tu_row_mismatch(attnforge_dtype dt, const double *got, const double *ref,
                        int64_t n, double *tol_out);
/* LSE rule: -inf and NaN exactly, else a small relative tolerance. */
int tu_lse_close(double got, double ref);

/* The standard ALiBi slopes (Press et al.), computed the textbook way. */
void tu_alibi_slopes_ref(int32_t n_heads, double *slopes);
/* ggml's max_bias form. */
void tu_alibi_slopes_max_bias_ref(int32_t n_heads, double max_bias, double *slopes);

#ifdef __cplusplus
}
#endif

#endif /* AF_TESTUTIL_H */
