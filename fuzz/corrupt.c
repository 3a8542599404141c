/*
 * The corruption table: a nonzero corruption byte of the record picks one
 * row, whose mutation breaks exactly one rule of SPEC.md's "Validation" in
 * the decoded (valid) call, and the call must then fail with the row's
 * status. A mutation returns ATTNFORGE_OK when the row's status applies; the
 * two rows whose parameters also reach a neighbouring rule (a head dim <= 0
 * is a bad size; a negative or overflowing mask stride is a stride error)
 * return that rule's status instead.
 *
 * The row numbers are part of the record format (fuzz/make_corpus.py writes
 * them): rows are only ever added at the end.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "convert.h"
#include "fz.h"

enum {
    C_DTYPE, C_NULL, C_SIZE, C_RATIO, C_HEADDIM, C_SCALE, C_SOFTCAP, C_WINDOW,
    C_KVLEN, C_PAGE, C_NEGSTRIDE, C_OVERFLOW, C_OZERO, C_MASK, C_ALIAS_O,
    C_ALIAS_LSE, C_WORKSPACE,
    /* the ones below hit bugs found (and fixed) earlier; AF_FUZZ_SKIP_KNOWN skips them */
    C_OOVERLAP, C_ALIAS_BT, C_HUGE,
    /* storage formats (the call first gets them: formats.c) */
    C_FORMAT,
    C_COUNT
};
#define C_FIRST_KNOWN C_OOVERLAP
#define C_LAST_KNOWN C_HUGE

/* ---- the tensors' strides as the validator sees them ----------------------------- */

/* Counts of the three outer dimensions of tensor t (0 Q, 1 K, 2 V, 3 O). */
static void counts_of(const fz_case *c, int t, int64_t cnt[3])
{
    if (t == 0 || t == 3) {
        cnt[0] = c->B; cnt[1] = c->Sq; cnt[2] = c->Hq;
    } else if (c->paged) {
        cnt[0] = c->nb; cnt[1] = c->P; cnt[2] = c->Hkv;
    } else {
        cnt[0] = c->B; cnt[1] = c->Skv; cnt[2] = c->Hkv;
    }
}

static attnforge_strides *strides_of(fz_case *c, int t)
{
    attnforge_params *p = &c->p;
    return t == 0 ? &p->q_stride : t == 1 ? &p->k_stride : t == 2 ? &p->v_stride : &p->o_stride;
}

/* Tensor t's view as the harness made it. */
static const tu_tensor *tensor_of(const fz_case *c, int t)
{
    return t == 0 ? &c->q : t == 1 ? &c->k : t == 2 ? &c->v : &c->o;
}

static void set_stride(attnforge_strides *s, int dim, int64_t v)
{
    if (dim == 0) s->b = v; else if (dim == 1) s->s = v; else s->h = v;
}

/* Makes a tensor's strides explicit (they may be the all-zero default). */
static void explicit_strides(fz_case *c, int t)
{
    const tu_tensor *v = tensor_of(c, t);
    *strides_of(c, t) = (attnforge_strides){v->st[0], v->st[1], v->st[2]};
}

/* ---- the mutations, one per row ------------------------------------------------------ */

static attnforge_status bad_dtype(fz_case *c, unsigned a, unsigned b2)
{
    (void)b2;
    static const int bad[4] = {3, -1, 7, 1000};
    c->p.dtype = (attnforge_dtype)bad[a % 4];
    return ATTNFORGE_OK;
}

static attnforge_status null_tensor(fz_case *c, unsigned a, unsigned b2)
{
    (void)b2;
    attnforge_params *p = &c->p;
    switch (a % 4) {
    case 0: p->q = NULL; break;
    case 1: p->k = NULL; break;
    case 2: p->v = NULL; break;
    default: p->o = NULL; break;
    }
    return ATTNFORGE_OK;
}

static attnforge_status bad_size(fz_case *c, unsigned a, unsigned b2)
{
    attnforge_params *p = &c->p;
    static const int32_t bad[3] = {0, -1, INT32_MIN};
    int32_t v = bad[b2 % 3];
    switch (a % 5) {
    case 0: p->batch = v; break;
    case 1: p->seq_q = v; break;
    case 2: p->seq_kv = v; break;
    case 3: p->heads_q = v; break;
    default: p->heads_kv = v ? v : -7; break;
    }
    return ATTNFORGE_OK;
}

static attnforge_status bad_ratio(fz_case *c, unsigned a, unsigned b2)
{
    (void)b2;
    c->p.heads_kv = (a & 1) ? c->Hq + 1 : 2 * c->Hq;
    return ATTNFORGE_OK;
}

static attnforge_status bad_head_dim(fz_case *c, unsigned a, unsigned b2)
{
    static const int32_t bad[4] = {0, -1, ATTNFORGE_MAX_HEAD_DIM + 1, INT32_MAX};
    const int32_t d = (a & 1) ? bad[1 + b2 % 3] : bad[b2 % 4];
    if (a & 1) c->p.head_dim_v = d;
    else c->p.head_dim_k = d;
    return d < 1 ? ATTNFORGE_ERR_BAD_SIZE : ATTNFORGE_OK;
}

static attnforge_status bad_scale(fz_case *c, unsigned a, unsigned b2)
{
    (void)b2;
    static const float bad[3] = {NAN, INFINITY, -INFINITY};
    c->p.scale = bad[a % 3];
    return ATTNFORGE_OK;
}

static attnforge_status bad_softcap(fz_case *c, unsigned a, unsigned b2)
{
    (void)b2;
    static const float bad[4] = {NAN, -1.0f, INFINITY, -1e-30f};
    c->p.softcap = bad[a % 4];
    return ATTNFORGE_OK;
}

static attnforge_status bad_window(fz_case *c, unsigned a, unsigned b2)
{
    attnforge_params *p = &c->p;
    p->sliding_window = 1 + (int)(b2 % 3);
    if (a & 1) { p->window_left = (a & 2) ? -2 : INT32_MIN; if (p->window_right < -1) p->window_right = 0; }
    else { p->window_right = (a & 2) ? -2 : INT32_MIN; if (p->window_left < -1) p->window_left = 0; }
    return ATTNFORGE_OK;
}

static attnforge_status bad_kv_len(fz_case *c, unsigned a, unsigned b2)
{
    if (!c->kv_len) {
        c->kv_len = tu_xmalloc((size_t)c->B * sizeof(int32_t));
        for (int32_t b = 0; b < c->B; b++) c->kv_len[b] = c->Skv;
        c->p.kv_len = c->kv_len;
        fz_add_region(c, c->kv_len, (size_t)c->B * 4);
    }
    static const int32_t bad[4] = {-1, 0, INT32_MAX, INT32_MIN};
    int32_t v = bad[b2 % 4];
    if (v == 0) v = c->Skv + 1;
    c->kv_len[a % (unsigned)c->B] = v;
    return ATTNFORGE_OK;
}

/* A table entry that a visible key reaches, set out of range. */
static void bad_block_id(fz_case *c, unsigned a, unsigned b2, int32_t per_seq)
{
    attnforge_params *p = &c->p;
    int32_t bt_stride = p->block_table_stride ? p->block_table_stride : per_seq;
    int32_t pick = -1;
    for (int32_t k = 0; k < c->B; k++) {
        int32_t b = (int32_t)((a / 5 + (unsigned)k) % (unsigned)c->B);
        int32_t len = c->kv_len ? c->kv_len[b] : c->Skv;
        if (len > 0) {
            pick = b;
            break;
        }
    }
    if (pick < 0) { p->num_blocks = 0; return; }
    int32_t len = c->kv_len ? c->kv_len[pick] : c->Skv;
    int32_t e = (int32_t)(b2 % (unsigned)((len + c->P - 1) / c->P));
    static const int32_t bad[3] = {-1, INT32_MIN, INT32_MAX};
    int32_t v = (a & 64) ? c->nb : bad[(a >> 3) % 3];
    c->block_table[(int64_t)pick * bt_stride + e] = v;
}

static attnforge_status bad_paging(fz_case *c, unsigned a, unsigned b2)
{
    attnforge_params *p = &c->p;
    if (!c->paged) {
        /* any non-NULL table makes the call paged */
        if (!c->block_table) {
            c->block_table = tu_xmalloc(4);
            c->block_table[0] = 0;
            fz_add_region(c, c->block_table, 4);
        }
        p->block_table = c->block_table;
        if (a & 1) { p->page_size = 0 - (int32_t)(b2 % 2); p->num_blocks = 1; }
        else { p->page_size = 1; p->num_blocks = 0 - (int32_t)(b2 % 2); }
        return ATTNFORGE_OK;
    }
    int32_t per_seq = (c->Skv + c->P - 1) / c->P;
    switch (a % 5) {
    case 0: p->page_size = 0 - (int32_t)(b2 % 3); break;
    case 1: p->num_blocks = 0 - (int32_t)(b2 % 3); break;
    case 2: p->block_table_stride = per_seq >= 2 ? per_seq - 1 : -1; break;
    default: bad_block_id(c, a, b2, per_seq); break;
    }
    return ATTNFORGE_OK;
}

static attnforge_status negative_stride(fz_case *c, unsigned a, unsigned b2)
{
    int t = (int)(a % 4);
    explicit_strides(c, t);
    set_stride(strides_of(c, t), (int)(b2 % 3), (b2 & 4) ? INT64_MIN : -1 - (int64_t)(b2 >> 3));
    return ATTNFORGE_OK;
}

static attnforge_status overflowing_stride(fz_case *c, unsigned a, unsigned b2)
{
    int t = (int)(a % 4);
    int64_t cnt[3];
    counts_of(c, t, cnt);
    int dim = -1;
    for (int k = 0; k < 3; k++)
        if (cnt[(b2 + (unsigned)k) % 3] >= 2) { dim = (int)((b2 + (unsigned)k) % 3); break; }
    explicit_strides(c, t);
    if (dim < 0) { /* every count is 1: nothing can overflow, use a negative one */
        set_stride(strides_of(c, t), 0, -5);
        return ATTNFORGE_OK;
    }
    /* INT64_MAX / 2 + 1 (and / 3 for f32): the offsets may fit, their
     * byte size does not; INT64_MAX: the offsets overflow */
    static const int64_t huge[3] = {INT64_MAX, INT64_MAX / 2 + 1, INT64_MAX / 3};
    int pick = (int)((b2 >> 2) % 3);
    if (pick == 2 && tensor_of(c, t)->dtype != ATTNFORGE_F32) pick = 1;
    set_stride(strides_of(c, t), dim, huge[pick]);
    return ATTNFORGE_OK;
}

static attnforge_status zero_o_stride(fz_case *c, unsigned a, unsigned b2)
{
    (void)b2;
    int64_t cnt[3];
    counts_of(c, 3, cnt);
    explicit_strides(c, 3);
    for (int k = 0; k < 3; k++) {
        int dim = (int)((a + (unsigned)k) % 3);
        if (cnt[dim] >= 2) {
            set_stride(&c->p.o_stride, dim, 0);
            return ATTNFORGE_OK;
        }
    }
    set_stride(&c->p.o_stride, (int)(a % 3), -1);
    return ATTNFORGE_OK;
}

static attnforge_status bad_mask_strides(fz_case *c, unsigned a, unsigned b2)
{
    attnforge_params *p = &c->p;
    if (!c->mask.data) {
        const int64_t n[4] = {1, 1, 1, (int64_t)c->B * c->Hq * c->Sq * c->Skv};
        const int64_t st[4] = {0, 0, 0, 1};
        tu_tensor_alloc_guarded(&c->mask, ATTNFORGE_F32, n, st, 0);
        tu_tensor_fill_bits(&c->mask, 0); /* +0.0f */
        p->mask = c->mask.data;
        fz_add_region(c, c->mask.data, (size_t)c->mask.extent * 4);
    }
    if (a % 3 == 0) {
        p->mask_stride = (attnforge_mask_strides){0, 0, 0, 0};
        return ATTNFORGE_OK;
    }
    int64_t *f[4] = {&p->mask_stride.b, &p->mask_stride.h, &p->mask_stride.i,
                     &p->mask_stride.j};
    if (a % 3 == 1) {
        *f[b2 % 4] = -1 - (int64_t)(b2 >> 2);
        return ATTNFORGE_ERR_STRIDE;
    }
    int64_t cnt[4] = {c->B, c->Hq, c->Sq, c->Skv};
    for (int k = 0; k < 4; k++) {
        int dim = (int)((b2 + (unsigned)k) % 4);
        if (cnt[dim] >= 2) {
            *f[dim] = (b2 & 8) ? INT64_MAX : INT64_MAX / 4; /* offsets, or bytes */
            return ATTNFORGE_ERR_STRIDE;
        }
    }
    *f[0] = -3;
    return ATTNFORGE_ERR_STRIDE;
}

/* Points O (or LSE, for alias_lse) inside an input, element aligned; the
 * block table only when known bugs are not skipped. */
static void alias_output(fz_case *c, unsigned a, unsigned b2, int lse)
{
    attnforge_params *p = &c->p;
    int r = (int)(a % (unsigned)c->n_in);
    if (c->in[r].p == c->block_table && fz_skip_known) r = 0;
    fz_region reg = c->in[r], *in = &reg;
    if (in->p == c->block_table && c->paged) {
        /* the entries the call reads: the last sequence's row stops at
         * ceil(Skv / P); its stride padding is never read, so an output
         * there overlaps nothing the call reads and is no aliasing error */
        const int64_t need = ((int64_t)c->Skv + c->P - 1) / c->P;
        const int64_t stride = c->p.block_table_stride ? c->p.block_table_stride : need;
        const size_t read = (size_t)(((int64_t)c->B - 1) * stride + need) * 4;
        if (read < in->bytes) in->bytes = read;
    }
    if (!lse) {
        size_t es = c->o.esize;
        size_t off = in->bytes >= es ? ((size_t)b2 * 13 % (in->bytes / es)) * es : 0;
        p->o = (char *)in->p + off;
    } else if ((b2 & 1) || in->bytes < 4) {
        /* LSE starting inside O's view (O itself stays put) */
        size_t o_bytes = (size_t)c->o.extent * c->o.esize;
        size_t nf = o_bytes / 4 ? o_bytes / 4 : 1;
        p->lse = (float *)c->o.data + (b2 >> 1) % nf;
    } else {
        size_t off = ((size_t)b2 * 7 % (in->bytes / 4)) * 4;
        p->lse = (float *)((char *)in->p + off);
    }
}

static attnforge_status alias_o(fz_case *c, unsigned a, unsigned b2)
{
    alias_output(c, a, b2, 0);
    return ATTNFORGE_OK;
}

static attnforge_status alias_lse(fz_case *c, unsigned a, unsigned b2)
{
    alias_output(c, a, b2, 1);
    return ATTNFORGE_OK;
}

static attnforge_status small_workspace(fz_case *c, unsigned a, unsigned b2)
{
    attnforge_params *p = &c->p;
    size_t need = 0;
    if (attnforge_workspace_size(fz_ctx_auto, p, &need) != ATTNFORGE_OK)
        fz_die(c, "workspace_size failed on a valid call");
    size_t cut = 1 + b2 % 8;
    size_t have = (a & 1) || cut >= need ? 0 : need - cut;
    free(c->ws);
    c->ws = tu_xmalloc(have ? have : 1);
    memset(c->ws, 0x5a, have ? have : 1);
    fz_add_region(c, c->ws, have ? have : 1); /* a rejected call must not touch it */
    p->workspace = c->ws;
    p->workspace_bytes = have;
    return ATTNFORGE_OK;
}

/* O rows that share elements (once accepted; now rejected). */
static attnforge_status overlapping_o_rows(fz_case *c, unsigned a, unsigned b2)
{
    (void)b2;
    attnforge_params *p = &c->p;
    if (c->Dv < 2 || (c->Hq < 2 && c->Sq < 2 && c->B < 2)) {
        p->o_stride = (attnforge_strides){-1, 0, 0};
        return ATTNFORGE_OK;
    }
    explicit_strides(c, 3);
    if (c->Hq >= 2) p->o_stride.h = 1 + (int64_t)(a % (unsigned)(c->Dv - 1));
    else if (c->Sq >= 2) p->o_stride.s = 1 + (int64_t)(a % (unsigned)(c->Dv - 1));
    else p->o_stride.b = 1;
    return ATTNFORGE_OK;
}

/* O or LSE over the block table (once unchecked; now rejected). The view is
 * placed inside the table's block, so an accepted call shows up as an ASan
 * report or a changed input. */
static attnforge_status alias_block_table(fz_case *c, unsigned a, unsigned b2)
{
    (void)b2;
    attnforge_params *p = &c->p;
    if (!c->paged) {
        p->o = c->q.data;
        return ATTNFORGE_OK;
    }
    if (a & 1) p->lse = (float *)c->block_table;
    else p->o = c->block_table;
    return ATTNFORGE_OK;
}

/* Sizes whose default strides overflow int64 (once UB; now rejected). */
static attnforge_status huge_default_strides(fz_case *c, unsigned a, unsigned b2)
{
    (void)b2;
    attnforge_params *p = &c->p;
    p->kv_len = NULL;
    p->q_offset = NULL;
    p->block_table = NULL;
    p->mask = NULL;
    p->q_stride = p->k_stride = p->v_stride = p->o_stride = (attnforge_strides){0, 0, 0};
    p->head_dim_k = ATTNFORGE_MAX_HEAD_DIM;
    p->head_dim_v = 0;
    p->heads_kv = 0;
    if (a & 1) { p->heads_q = 1 << 30; p->seq_q = 1 << 30; }
    else { p->heads_q = 1 << 30; p->seq_kv = INT32_MAX; p->seq_q = 1; }
    return ATTNFORGE_OK;
}

/* A broken storage-format rule; K has a cache format (formats.c was forced)
 * unless it is read out of Q's block. */
static attnforge_status bad_format(fz_case *c, unsigned a, unsigned b2)
{
    attnforge_params *p = &c->p;
    const attnforge_format kf = c->kf;
    switch (a % 6) {
    case 0: p->q_format = ATTNFORGE_FORMAT_Q8_0; break; /* Q is f32, f16 or bf16 */
    case 1: p->mask_format = ATTNFORGE_FORMAT_BF16; break;
    case 2: p->k_format = (attnforge_format)(8 + b2 % 4); break;
    case 3: /* an fp8 scale that is not finite and > 0, or a scale for a format without one */
        if (tu_format_is_fp8(kf)) {
            static const float bad[3] = {NAN, -1.0f, INFINITY};
            p->k_scale = bad[b2 % 3];
            p->k_scales = NULL;
        } else {
            p->k_scale = 2.0f;
        }
        break;
    case 4: /* a block format's head dim or stride not a multiple of 32 */
        if (!tu_format_is_block(kf)) {
            p->k_format = ATTNFORGE_FORMAT_Q8_0;
            p->k_scale = 0.0f; /* q8_0 takes none */
            p->k_scales = NULL;
        }
        if (c->Dk % 32) return ATTNFORGE_ERR_FORMAT;
        explicit_strides(c, 1);
        p->k_stride.h = p->k_stride.h * 32 + 1;
        return ATTNFORGE_ERR_STRIDE;
    default: p->v_format = (attnforge_format)(8 + b2 % 4); break;
    }
    return ATTNFORGE_OK;
}

int fz_corruption_wants_formats(unsigned kind)
{
    return kind % C_COUNT == C_FORMAT;
}

/* ---- the table ------------------------------------------------------------------------- */

typedef struct corruption {
    attnforge_status (*mutate)(fz_case *c, unsigned a, unsigned b);
    attnforge_status expect;
} corruption;

static const corruption table[C_COUNT] = {
    [C_DTYPE] = {bad_dtype, ATTNFORGE_ERR_DTYPE},
    [C_NULL] = {null_tensor, ATTNFORGE_ERR_NULL_POINTER},
    [C_SIZE] = {bad_size, ATTNFORGE_ERR_BAD_SIZE},
    [C_RATIO] = {bad_ratio, ATTNFORGE_ERR_HEAD_RATIO},
    [C_HEADDIM] = {bad_head_dim, ATTNFORGE_ERR_HEAD_DIM}, /* or BAD_SIZE for <= 0 */
    [C_SCALE] = {bad_scale, ATTNFORGE_ERR_VALUE},
    [C_SOFTCAP] = {bad_softcap, ATTNFORGE_ERR_VALUE},
    [C_WINDOW] = {bad_window, ATTNFORGE_ERR_WINDOW},
    [C_KVLEN] = {bad_kv_len, ATTNFORGE_ERR_KV_LEN},
    [C_PAGE] = {bad_paging, ATTNFORGE_ERR_PAGED},
    [C_NEGSTRIDE] = {negative_stride, ATTNFORGE_ERR_STRIDE},
    [C_OVERFLOW] = {overflowing_stride, ATTNFORGE_ERR_STRIDE},
    [C_OZERO] = {zero_o_stride, ATTNFORGE_ERR_STRIDE},
    [C_MASK] = {bad_mask_strides, ATTNFORGE_ERR_MASK}, /* or STRIDE */
    [C_ALIAS_O] = {alias_o, ATTNFORGE_ERR_ALIASING},
    [C_ALIAS_LSE] = {alias_lse, ATTNFORGE_ERR_ALIASING},
    [C_WORKSPACE] = {small_workspace, ATTNFORGE_ERR_WORKSPACE},
    [C_OOVERLAP] = {overlapping_o_rows, ATTNFORGE_ERR_STRIDE},
    [C_ALIAS_BT] = {alias_block_table, ATTNFORGE_ERR_ALIASING},
    [C_HUGE] = {huge_default_strides, ATTNFORGE_ERR_STRIDE},
    [C_FORMAT] = {bad_format, ATTNFORGE_ERR_FORMAT}, /* or STRIDE: a misaligned block stride */
};

int fz_corrupt(fz_case *c, unsigned kind, unsigned a, unsigned b)
{
    kind %= C_COUNT;
    if (fz_skip_known && kind >= C_FIRST_KNOWN && kind <= C_LAST_KNOWN) kind = a % C_FIRST_KNOWN;
    c->corruption = (int)kind;
    attnforge_status other = table[kind].mutate(c, a, b);
    return (int)(other != ATTNFORGE_OK ? other : table[kind].expect);
}
