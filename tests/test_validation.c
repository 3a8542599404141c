/*
 * Validation: every invalid argument gives its status, a readable message,
 * and leaves O and LSE bitwise untouched (and the inputs too). Valid corner
 * values are accepted.
 */
#include <criterion/criterion.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "testutil.h"

static const attnforge_dtype dtypes[] = {ATTNFORGE_F32, ATTNFORGE_F16, ATTNFORGE_BF16};
#define N_DTYPES 3

/* A small valid case with every optional buffer present, so a mutation of one
 * field is the only thing wrong with the call. */
static tu_spec valid_spec(attnforge_dtype dt, int paged)
{
    tu_spec s = tu_spec_default(dt, 8, 0);
    s.B = 2;
    s.Sq = 3;
    s.Skv = 9;
    s.Hq = 4;
    s.Hkv = 2;
    s.lse = 1;
    s.kv_len = 1;
    s.q_offset = 1;
    s.sinks = 1;
    s.alibi = TU_ALIBI_RANDOM;
    s.mask = TU_MASK_B1_SQ_SKV;
    s.mask_scales = 1;
    s.causal = 1;
    s.window = 1;
    s.window_left = 4;
    s.window_right = -1;
    s.page_size = paged ? 4 : 0;
    return s;
}

static void build_valid(tu_case *c, attnforge_dtype dt, int paged)
{
    tu_spec s = valid_spec(dt, paged);
    tu_case_build(c, &s, tu_seed(7));
    /* every batch entry reaches its last block */
    for (int b = 0; b < s.B; b++) c->kv_len[b] = s.Skv - b;
}

static int readable(const char *m)
{
    if (!m || !m[0]) return 0;
    size_t n = strlen(m);
    if (n > 2000) return 0;
    for (size_t k = 0; k < n; k++)
        if ((unsigned char)m[k] < 0x20 || (unsigned char)m[k] > 0x7e) return 0;
    return 1;
}

/* Runs c, expects one of want[0..n) and nothing written. */
static void expect_reject_any(tu_case *c, const attnforge_status *want, int n, const char *what)
{
    attnforge_status st = tu_case_run(c, NULL);
    int hit = 0;
    for (int k = 0; k < n; k++) hit |= st == want[k];
    cr_assert(hit, "%s (%s): status %d (%s), want %d (%s)", what, tu_dtype_name(c->s.dtype),
              (int)st, attnforge_status_string(st), (int)want[0],
              attnforge_status_string(want[0]));
    cr_assert(tu_case_check_untouched(c), "%s: %s", what, c->msg);
    const char *m = attnforge_last_error();
    cr_assert(readable(m), "%s: last_error not a readable message: \"%s\"", what, m ? m : "(null)");
}

static void expect_reject(tu_case *c, attnforge_status want, const char *what)
{
    expect_reject_any(c, &want, 1, what);
}

/* Builds a fresh valid case for each dtype (and paged or not), applies the
 * mutation statement with the case in scope as `c`, expects the status. */
#define REJECT(paged, want, mutation)                                   \
    do {                                                                \
        for (int d_ = 0; d_ < N_DTYPES; d_++) {                         \
            tu_case c;                                                  \
            build_valid(&c, dtypes[d_], (paged));                       \
            mutation;                                                   \
            expect_reject(&c, (want), #mutation);                       \
            tu_case_free(&c);                                           \
        }                                                               \
    } while (0)

Test(validation, baseline_is_valid)
{
    for (int d = 0; d < N_DTYPES; d++)
        for (int paged = 0; paged < 2; paged++) {
            tu_case c;
            build_valid(&c, dtypes[d], paged);
            cr_assert(tu_case_run_check(&c, NULL), "%s", c.msg);
            tu_case_free(&c);
        }
}

Test(validation, last_error_starts_empty)
{
    const char *m = attnforge_last_error();
    cr_assert(m != NULL && m[0] == '\0', "before any call last_error is \"%s\"", m ? m : "(null)");
}

Test(validation, null_pointers)
{
    REJECT(0, ATTNFORGE_ERR_NULL_POINTER, c.p.q = NULL);
    REJECT(0, ATTNFORGE_ERR_NULL_POINTER, c.p.k = NULL);
    REJECT(0, ATTNFORGE_ERR_NULL_POINTER, c.p.v = NULL);
    REJECT(0, ATTNFORGE_ERR_NULL_POINTER, c.p.o = NULL);
    REJECT(1, ATTNFORGE_ERR_NULL_POINTER, c.p.k = NULL);

    cr_assert_eq(attnforge_attention(NULL, NULL), ATTNFORGE_ERR_NULL_POINTER);
    cr_assert(readable(attnforge_last_error()));

    tu_case c;
    build_valid(&c, ATTNFORGE_F32, 0);
    size_t bytes = 12345;
    cr_assert_eq(attnforge_workspace_size(NULL, NULL, &bytes), ATTNFORGE_ERR_NULL_POINTER);
    cr_assert_eq(attnforge_workspace_size(NULL, &c.p, NULL), ATTNFORGE_ERR_NULL_POINTER);
    cr_assert_eq(attnforge_context_create(NULL, NULL), ATTNFORGE_ERR_NULL_POINTER);
    tu_case_free(&c);
}

Test(validation, non_positive_sizes)
{
    REJECT(0, ATTNFORGE_ERR_BAD_SIZE, c.p.batch = 0);
    REJECT(0, ATTNFORGE_ERR_BAD_SIZE, c.p.batch = -3);
    REJECT(0, ATTNFORGE_ERR_BAD_SIZE, c.p.seq_q = 0);
    REJECT(0, ATTNFORGE_ERR_BAD_SIZE, c.p.seq_q = -1);
    REJECT(0, ATTNFORGE_ERR_BAD_SIZE, c.p.seq_kv = 0);
    REJECT(0, ATTNFORGE_ERR_BAD_SIZE, c.p.seq_kv = INT32_MIN);
    REJECT(0, ATTNFORGE_ERR_BAD_SIZE, c.p.heads_q = 0);
    REJECT(0, ATTNFORGE_ERR_BAD_SIZE, c.p.heads_q = -4);
    REJECT(0, ATTNFORGE_ERR_BAD_SIZE, c.p.heads_kv = -1);
}

Test(validation, non_positive_head_dims)
{
    /* attnforge.h: BAD_SIZE is "a size is non-positive", HEAD_DIM is "head
     * dim beyond ATTNFORGE_MAX_HEAD_DIM"; a zero or negative head dim is a
     * non-positive size. */
    REJECT(0, ATTNFORGE_ERR_BAD_SIZE, c.p.head_dim_k = 0);
    REJECT(0, ATTNFORGE_ERR_BAD_SIZE, c.p.head_dim_k = -8);
    REJECT(0, ATTNFORGE_ERR_BAD_SIZE, c.p.head_dim_v = -1);
}

Test(validation, head_ratio)
{
    REJECT(0, ATTNFORGE_ERR_HEAD_RATIO, c.p.heads_kv = 3);  /* 4 % 3 */
    REJECT(0, ATTNFORGE_ERR_HEAD_RATIO, c.p.heads_kv = 8);  /* more KV heads than Q heads */
    REJECT(0, ATTNFORGE_ERR_HEAD_RATIO, (c.p.heads_q = 3, c.p.heads_kv = 2));
}

Test(validation, bad_dtype)
{
    REJECT(0, ATTNFORGE_ERR_DTYPE, c.p.dtype = (attnforge_dtype)3);
    REJECT(0, ATTNFORGE_ERR_DTYPE, c.p.dtype = (attnforge_dtype)-1);
    REJECT(0, ATTNFORGE_ERR_DTYPE, c.p.dtype = (attnforge_dtype)77);
}

Test(validation, head_dim_too_large)
{
    REJECT(0, ATTNFORGE_ERR_HEAD_DIM, c.p.head_dim_k = ATTNFORGE_MAX_HEAD_DIM + 1);
    REJECT(0, ATTNFORGE_ERR_HEAD_DIM, c.p.head_dim_v = ATTNFORGE_MAX_HEAD_DIM + 1);
    REJECT(0, ATTNFORGE_ERR_HEAD_DIM, c.p.head_dim_k = INT32_MAX);
    /* Dv defaults to Dk: a too large Dk with Dv 0 is rejected once */
    REJECT(0, ATTNFORGE_ERR_HEAD_DIM, (c.p.head_dim_k = 4096, c.p.head_dim_v = 0));
}

Test(validation, kv_len_out_of_range)
{
    REJECT(0, ATTNFORGE_ERR_KV_LEN, c.kv_len[1] = -1);
    REJECT(0, ATTNFORGE_ERR_KV_LEN, c.kv_len[0] = 10); /* Skv + 1 */
    REJECT(0, ATTNFORGE_ERR_KV_LEN, c.kv_len[1] = INT32_MAX);
    REJECT(1, ATTNFORGE_ERR_KV_LEN, c.kv_len[1] = 10);
}

Test(validation, negative_strides)
{
    REJECT(0, ATTNFORGE_ERR_STRIDE, c.p.q_stride.b = -1);
    REJECT(0, ATTNFORGE_ERR_STRIDE, c.p.q_stride.s = -1);
    REJECT(0, ATTNFORGE_ERR_STRIDE, c.p.q_stride.h = -8);
    REJECT(0, ATTNFORGE_ERR_STRIDE, c.p.k_stride.b = -1);
    REJECT(0, ATTNFORGE_ERR_STRIDE, c.p.k_stride.s = -1);
    REJECT(0, ATTNFORGE_ERR_STRIDE, c.p.k_stride.h = -1);
    REJECT(0, ATTNFORGE_ERR_STRIDE, c.p.v_stride.b = -1);
    REJECT(0, ATTNFORGE_ERR_STRIDE, c.p.v_stride.s = -1);
    REJECT(0, ATTNFORGE_ERR_STRIDE, c.p.v_stride.h = -1);
    REJECT(0, ATTNFORGE_ERR_STRIDE, c.p.o_stride.b = -1);
    REJECT(0, ATTNFORGE_ERR_STRIDE, c.p.o_stride.s = -1);
    REJECT(0, ATTNFORGE_ERR_STRIDE, c.p.o_stride.h = INT64_MIN);
    REJECT(1, ATTNFORGE_ERR_STRIDE, c.p.k_stride.b = -1);
    REJECT(1, ATTNFORGE_ERR_STRIDE, c.p.v_stride.s = -1);
}

Test(validation, stride_overflow)
{
    /* One product that overflows. */
    REJECT(0, ATTNFORGE_ERR_STRIDE, c.p.q_stride.b = INT64_MAX / 2 + 1);
    REJECT(0, ATTNFORGE_ERR_STRIDE, c.p.k_stride.s = INT64_MAX / 4);
    REJECT(0, ATTNFORGE_ERR_STRIDE, c.p.v_stride.s = INT64_MAX / 4);
    REJECT(0, ATTNFORGE_ERR_STRIDE, c.p.o_stride.h = INT64_MAX / 2);
    /* Products that fit but whose sum does not (B = 2: one step of each). */
    REJECT(0, ATTNFORGE_ERR_STRIDE,
           (c.p.q_stride.b = INT64_MAX / 3 + 1, c.p.q_stride.s = (INT64_MAX / 3 + 1) / 2,
            c.p.q_stride.h = (INT64_MAX / 3 + 1) / 3));
    REJECT(0, ATTNFORGE_ERR_STRIDE, (c.p.o_stride.b = INT64_MAX / 2, c.p.o_stride.s = INT64_MAX / 4,
                                     c.p.o_stride.h = INT64_MAX / 8));
    /* Paged pools span num_blocks blocks. */
    REJECT(1, ATTNFORGE_ERR_STRIDE, c.p.k_stride.b = INT64_MAX / 3);
}

Test(validation, output_broadcast_stride)
{
    /* A zero stride makes sense for inputs only: O would be written twice. */
    REJECT(0, ATTNFORGE_ERR_STRIDE, (c.p.o_stride.b = 0, c.p.o_stride.s = 32, c.p.o_stride.h = 8));
    REJECT(0, ATTNFORGE_ERR_STRIDE, (c.p.o_stride.b = 96, c.p.o_stride.s = 32, c.p.o_stride.h = 0));
}

Test(validation, mask_strides)
{
    REJECT(0, ATTNFORGE_ERR_MASK,
           (c.p.mask_stride.b = 0, c.p.mask_stride.h = 0, c.p.mask_stride.i = 0,
            c.p.mask_stride.j = 0));
    /* Negative or overflowing mask strides: a stride error (the mask status
     * is documented for "without strides" only), either is accepted. */
    static const attnforge_status st[] = {ATTNFORGE_ERR_STRIDE, ATTNFORGE_ERR_MASK};
    for (int d = 0; d < N_DTYPES; d++) {
        tu_case c;
        build_valid(&c, dtypes[d], 0);
        c.p.mask_stride.j = -1;
        expect_reject_any(&c, st, 2, "mask_stride.j = -1");
        tu_case_free(&c);
        build_valid(&c, dtypes[d], 0);
        c.p.mask_stride.i = INT64_MAX / 2;
        expect_reject_any(&c, st, 2, "mask_stride.i = INT64_MAX / 2");
        tu_case_free(&c);
    }
}

Test(validation, paged_arguments)
{
    REJECT(1, ATTNFORGE_ERR_PAGED, c.p.page_size = 0);
    REJECT(1, ATTNFORGE_ERR_PAGED, c.p.page_size = -4);
    REJECT(1, ATTNFORGE_ERR_PAGED, c.p.num_blocks = 0);
    REJECT(1, ATTNFORGE_ERR_PAGED, c.p.num_blocks = -1);
    /* a block id outside [0, num_blocks) for a position < kv_len */
    REJECT(1, ATTNFORGE_ERR_PAGED, c.block_table[0] = c.p.num_blocks);
    REJECT(1, ATTNFORGE_ERR_PAGED, c.block_table[0] = -1);
    /* the last position of batch 1 (kv_len 8: block 1 holds 4..7) */
    REJECT(1, ATTNFORGE_ERR_PAGED, c.block_table[3 + 1] = c.p.num_blocks + 5);
    REJECT(1, ATTNFORGE_ERR_PAGED, c.block_table[2] = INT32_MIN);
    REJECT(1, ATTNFORGE_ERR_PAGED, c.p.block_table_stride = -1);
}

Test(validation, window_bounds)
{
    REJECT(0, ATTNFORGE_ERR_WINDOW, c.p.window_left = -2);
    REJECT(0, ATTNFORGE_ERR_WINDOW, c.p.window_right = -5);
    REJECT(0, ATTNFORGE_ERR_WINDOW, c.p.window_left = INT32_MIN);
}

Test(validation, bad_values)
{
    REJECT(0, ATTNFORGE_ERR_VALUE, c.p.scale = NAN);
    REJECT(0, ATTNFORGE_ERR_VALUE, c.p.scale = INFINITY);
    REJECT(0, ATTNFORGE_ERR_VALUE, c.p.scale = -INFINITY);
    REJECT(0, ATTNFORGE_ERR_VALUE, c.p.softcap = -1.0f);
    REJECT(0, ATTNFORGE_ERR_VALUE, c.p.softcap = NAN);
    REJECT(0, ATTNFORGE_ERR_VALUE, c.p.softcap = INFINITY);
    REJECT(0, ATTNFORGE_ERR_VALUE, c.p.softcap = -0x1p-140f);
}

Test(validation, mask_scales)
{
    /* a factor of a mask that is not there */
    REJECT(0, ATTNFORGE_ERR_MASK, c.p.mask = NULL);
    /* each factor finite and > 0 (0 would turn -inf into NaN, a negative
     * one -inf into +inf) */
    REJECT(0, ATTNFORGE_ERR_VALUE, c.mscales[0] = 0.0f);
    REJECT(0, ATTNFORGE_ERR_VALUE, c.mscales[3] = -0.0f);
    REJECT(0, ATTNFORGE_ERR_VALUE, c.mscales[1] = -0.5f);
    REJECT(0, ATTNFORGE_ERR_VALUE, c.mscales[3] = NAN);
    REJECT(0, ATTNFORGE_ERR_VALUE, c.mscales[2] = INFINITY);
    REJECT(0, ATTNFORGE_ERR_ALIASING, c.p.o = c.mscales);
    REJECT(0, ATTNFORGE_ERR_ALIASING, c.p.lse = c.mscales + 1);
}

Test(validation, aliasing)
{
    /* O on top of an input, whole or partial */
    REJECT(0, ATTNFORGE_ERR_ALIASING, c.p.o = (void *)c.p.q);
    REJECT(0, ATTNFORGE_ERR_ALIASING, c.p.o = (void *)c.p.k);
    REJECT(0, ATTNFORGE_ERR_ALIASING, c.p.o = (void *)c.p.v);
    REJECT(0, ATTNFORGE_ERR_ALIASING,
           c.p.o = (unsigned char *)c.k.data + c.k.esize * (size_t)(c.k.extent - 3));
    /* O starting in V's front guard, ending inside V */
    REJECT(0, ATTNFORGE_ERR_ALIASING, c.p.o = c.v.alloc);
    REJECT(1, ATTNFORGE_ERR_ALIASING, c.p.o = (void *)c.p.k);
    REJECT(1, ATTNFORGE_ERR_ALIASING, c.p.o = (unsigned char *)c.vpool.data + 2);
    /* LSE on top of an input */
    REJECT(0, ATTNFORGE_ERR_ALIASING, c.p.lse = (float *)c.q.data);
    REJECT(0, ATTNFORGE_ERR_ALIASING, c.p.lse = (float *)c.k.data + 1);
    REJECT(0, ATTNFORGE_ERR_ALIASING, c.p.lse = (float *)c.v.data);
}

Test(validation, workspace_too_small)
{
    for (int d = 0; d < N_DTYPES; d++) {
        tu_spec s = valid_spec(dtypes[d], 0);
        s.Sq = 40; /* enough rows that a call needs scratch space */
        s.Skv = 300;
        tu_case c;
        tu_case_build(&c, &s, tu_seed(8));
        size_t need = 0;
        cr_assert_eq(attnforge_workspace_size(NULL, &c.p, &need), ATTNFORGE_OK, "%s",
                     attnforge_last_error());
        cr_assert(need > 0, "a call with a workspace needs > 0 bytes");
        unsigned char *ws = malloc(need);
        c.p.workspace = ws;
        c.p.workspace_bytes = need - 1;
        expect_reject(&c, ATTNFORGE_ERR_WORKSPACE, "workspace_bytes = need - 1");
        c.p.workspace_bytes = 1;
        expect_reject(&c, ATTNFORGE_ERR_WORKSPACE, "workspace_bytes = 1");
        /* exactly enough: accepted, and right */
        c.p.workspace_bytes = need;
        cr_assert(tu_case_run_check(&c, NULL), "%s", c.msg);
        free(ws);
        tu_case_free(&c);
    }
}

Test(validation, workspace_size_rejects_like_attention)
{
    tu_case c;
    build_valid(&c, ATTNFORGE_F16, 0);
    c.p.heads_kv = 3;
    size_t bytes = 777;
    cr_assert_eq(attnforge_workspace_size(NULL, &c.p, &bytes), ATTNFORGE_ERR_HEAD_RATIO);
    cr_assert_eq(bytes, 777, "bytes written on error");
    tu_case_free(&c);
}

Test(validation, accepted_corner_values)
{
    /* Valid although unusual: each must run and be right. */
    for (int d = 0; d < N_DTYPES; d++)
        for (int k = 0; k < 9; k++) {
            tu_case c;
            if (k == 0) { /* heads_kv 0 = Hq */
                tu_spec s = valid_spec(dtypes[d], 0);
                s.Hq = 3;
                s.Hkv = 0;
                tu_case_build(&c, &s, tu_seed(9));
            } else {
                build_valid(&c, dtypes[d], k % 2);
            }
            switch (k) {
            case 0: break;
            case 1: for (int b = 0; b < 2; b++) c.kv_len[b] = 0; break;
            case 2: c.p.window_left = -1; c.p.window_right = -1; break;
            case 3: c.p.window_left = 0; c.p.window_right = 0; break;
            case 4: c.p.scale = -0.25f; break; /* negative scale is a number */
            case 5: c.p.softcap = 0.0f; break;
            case 6: c.q_offset[0] = -1000; c.q_offset[1] = 1000000; break;
            case 7: c.p.sliding_window = 0; c.p.window_left = -7; break; /* ignored */
            default: c.p.mask = NULL; c.p.mask_scales = NULL; break; /* strides of an absent mask unread */
            }
            cr_assert(tu_case_run_check(&c, NULL), "corner %d: %s", k, c.msg);
            tu_case_free(&c);
        }
}

Test(validation, status_strings)
{
    const char *seen[ATTNFORGE_ERR_VARLEN + 1];
    for (int s = 0; s <= ATTNFORGE_ERR_VARLEN; s++) {
        seen[s] = attnforge_status_string((attnforge_status)s);
        cr_assert(readable(seen[s]), "status %d: \"%s\"", s, seen[s] ? seen[s] : "(null)");
        for (int t = 0; t < s; t++)
            cr_assert(strcmp(seen[s], seen[t]) != 0, "status %d and %d share \"%s\"", s, t,
                      seen[s]);
    }
    cr_assert(attnforge_status_string((attnforge_status)99) != NULL);
    cr_assert(attnforge_status_string((attnforge_status)-1) != NULL);
}

Test(validation, bad_isa)
{
    attnforge_context *ctx = NULL;
    attnforge_context_options o = {0};
    o.isa = (attnforge_isa)99;
    cr_assert_eq(attnforge_context_create(&ctx, &o), ATTNFORGE_ERR_ISA);
    cr_assert(ctx == NULL);
    cr_assert(readable(attnforge_last_error()));
#if defined(__x86_64__) || defined(__i386__)
    o.isa = ATTNFORGE_ISA_NEON;
#else
    o.isa = ATTNFORGE_ISA_AVX2;
#endif
    cr_assert_eq(attnforge_context_create(&ctx, &o), ATTNFORGE_ERR_ISA,
                 "a foreign ISA must be refused");
    cr_assert(ctx == NULL);
}
