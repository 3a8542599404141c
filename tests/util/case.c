/*
 * Builds and runs one case (see testutil.h): every buffer of one
 * attnforge_attention call, its params, and the call itself.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

/* ---- ALiBi slopes, the textbook way --------------------------------------------- */

static int32_t pow2_floor(int32_t n)
{
    int32_t p = 1;
    while (p * 2 <= n) p *= 2;
    return p;
}

void tu_alibi_slopes_ref(int32_t n_heads, double *slopes)
{
    /* Press et al.: for a power of two n, slope_i = (2^(-8/n))^(i+1); else
     * the slopes of the closest smaller power of two c, then every other
     * slope of 2c. */
    int32_t c = pow2_floor(n_heads);
    double start = pow(2.0, -8.0 / c);
    for (int32_t i = 0; i < c; i++) slopes[i] = pow(start, i + 1);
    double start2 = pow(2.0, -8.0 / (2.0 * c));
    for (int32_t i = 0; i < n_heads - c; i++) slopes[c + i] = pow(start2, 2 * i + 1);
}

void tu_alibi_slopes_max_bias_ref(int32_t n_heads, double max_bias, double *slopes)
{
    int32_t nf = pow2_floor(n_heads);
    double m0 = pow(2.0, -max_bias / nf);
    double m1 = pow(2.0, -max_bias / 2.0 / nf);
    for (int32_t h = 0; h < n_heads; h++) {
        if (max_bias <= 0.0)
            slopes[h] = 0.0;
        else
            slopes[h] = h < nf ? pow(m0, h + 1) : pow(m1, 2 * (h - nf) + 1);
    }
}

/* ---- the case builder --------------------------------------------------------------- */

/* Strides of a logical [B, S, H, D] tensor in the given layout. */
static void layout_strides(tu_layout l, int64_t B, int64_t S, int64_t H, int64_t D,
                           tu_rng *lr, int64_t st[4])
{
    (void)B;
    st[3] = 1;
    switch (l) {
    case TU_LAYOUT_BHSD:
        st[2] = S * D;
        st[1] = D;
        st[0] = H * S * D;
        break;
    case TU_LAYOUT_SBHD:
        st[2] = D;
        st[0] = H * D;
        st[1] = B * H * D;
        break;
    case TU_LAYOUT_PADDED:
        st[2] = D + tu_rng_int(lr, 1, 5);
        st[1] = H * st[2] + tu_rng_int(lr, 1, 5);
        st[0] = S * st[1] + tu_rng_int(lr, 1, 5);
        break;
    default:
        st[2] = D;
        st[1] = H * D;
        st[0] = S * H * D;
        break;
    }
}

static attnforge_strides to_param_strides(const tu_tensor *t, int use_default)
{
    attnforge_strides s = {0, 0, 0};
    if (!use_default) {
        s.b = t->st[0];
        s.s = t->st[1];
        s.h = t->st[2];
    }
    return s;
}

static void make_tensor(tu_tensor *t, attnforge_dtype dt, int64_t n0, int64_t n1,
                        int64_t n2, int64_t n3, const int64_t st[4])
{
    int64_t n[4] = {n0, n1, n2, n3};
    tu_tensor_alloc(t, dt, n, st);
}

/* Fills the logical view of t with values from gen, in logical order. */
static void fill_uniform(tu_tensor *t, tu_rng *r, double lo, double hi)
{
    for (int64_t a = 0; a < t->n[0]; a++)
        for (int64_t b = 0; b < t->n[1]; b++)
            for (int64_t c = 0; c < t->n[2]; c++)
                for (int64_t d = 0; d < t->n[3]; d++)
                    tu_tensor_set(t, a, b, c, d, tu_rng_nonzero(r, lo, hi));
}

static void build_mask(tu_case *c, tu_rng *dr, tu_rng *lr)
{
    const tu_spec *s = &c->s;
    int64_t B = s->B, H = s->Hq, Sq = s->Sq, Skv = s->Skv;
    int64_t pad = s->layout == TU_LAYOUT_PADDED ? tu_rng_int(lr, 1, 4) : 0;
    int64_t row = Skv + pad;
    int64_t st[4];
    switch (s->mask) {
    case TU_MASK_SQ_SKV: st[0] = 0; st[1] = 0; st[2] = row; st[3] = 1; break;
    case TU_MASK_B1_SQ_SKV: st[0] = Sq * row; st[1] = 0; st[2] = row; st[3] = 1; break;
    case TU_MASK_B_HQ_SQ_SKV:
        st[0] = H * Sq * row; st[1] = Sq * row; st[2] = row; st[3] = 1;
        break;
    case TU_MASK_B11_SKV: st[0] = row; st[1] = 0; st[2] = 0; st[3] = 1; break;
    default: /* TU_MASK_TRANSPOSED */
        st[0] = 0; st[1] = 0; st[2] = 1; st[3] = Sq + pad;
        break;
    }
    make_tensor(&c->mask, ATTNFORGE_F32, B, H, Sq, Skv, st);
    for (int64_t b = 0; b < B; b++)
        for (int64_t h = 0; h < H; h++)
            for (int64_t i = 0; i < Sq; i++)
                for (int64_t j = 0; j < Skv; j++) {
                    double x = tu_rng_nonzero(dr, -1.0, 1.0);
                    if (s->mask_ninf > 0 && tu_rng_chance(dr, s->mask_ninf)) x = -INFINITY;
                    tu_tensor_set(&c->mask, b, h, i, j, x);
                }
    c->p.mask = c->mask.data;
    c->p.mask_stride.b = st[0];
    c->p.mask_stride.h = st[1];
    c->p.mask_stride.i = st[2];
    c->p.mask_stride.j = st[3];
}

static void build_paged(tu_case *c, tu_rng *lr)
{
    const tu_spec *s = &c->s;
    int64_t P = s->page_size, B = s->B, Skv = s->Skv, Hkv = c->Hkv;
    int64_t per_seq = (Skv + P - 1) / P;
    int64_t bt_stride = per_seq + (s->paged_strides ? 1 : 0);
    int64_t needed = B * per_seq;
    int64_t nb = needed + tu_rng_int(lr, 1, 3); /* a few spare blocks */

    /* A random permutation of the pool's blocks. */
    int32_t *perm = tu_xmalloc((size_t)nb * sizeof *perm);
    for (int64_t k = 0; k < nb; k++) perm[k] = (int32_t)k;
    for (int64_t k = nb - 1; k > 0; k--) {
        int32_t o = tu_rng_int(lr, 0, (int32_t)k);
        int32_t t = perm[k];
        perm[k] = perm[o];
        perm[o] = t;
    }
    c->block_table_len = B * bt_stride;
    c->block_table = tu_xmalloc((size_t)c->block_table_len * sizeof *c->block_table);
    for (int64_t b = 0; b < B; b++)
        for (int64_t k = 0; k < bt_stride; k++)
            /* the spare column (paged_strides) holds some valid id too */
            c->block_table[b * bt_stride + k] =
                k < per_seq ? perm[b * per_seq + k] : perm[0];
    free(perm);

    for (int w = 0; w < 2; w++) {
        tu_tensor *pool = w ? &c->vpool : &c->kpool;
        int64_t D = w ? c->Dv : s->Dk;
        int64_t st[4];
        layout_strides(s->paged_strides ? TU_LAYOUT_PADDED : TU_LAYOUT_BSHD, nb, P,
                       Hkv, D, lr, st);
        make_tensor(pool, s->dtype, nb, P, Hkv, D, st);
    }
    c->p.k = c->kpool.data;
    c->p.v = c->vpool.data;
    c->p.k_stride = to_param_strides(&c->kpool, !s->paged_strides);
    c->p.v_stride = to_param_strides(&c->vpool, !s->paged_strides);
    c->p.block_table = c->block_table;
    c->p.block_table_stride = s->paged_strides ? (int32_t)bt_stride : 0;
    c->p.page_size = (int32_t)P;
    c->p.num_blocks = (int32_t)nb;
    tu_case_repage(c);
}

void tu_case_repage(tu_case *c)
{
    if (!c->block_table) return;
    int64_t P = c->s.page_size;
    int64_t bt_stride = c->p.block_table_stride ? c->p.block_table_stride
                                                 : (c->s.Skv + P - 1) / P;
    for (int w = 0; w < 2; w++) {
        tu_tensor *pool = w ? &c->vpool : &c->kpool;
        const tu_tensor *src = w ? &c->v : &c->k;
        tu_tensor_fill_bits(pool, tu_pad_bits(pool->dtype));
        for (int64_t b = 0; b < src->n[0]; b++)
            for (int64_t j = 0; j < src->n[1]; j++) {
                int64_t blk = c->block_table[b * bt_stride + j / P];
                for (int64_t h = 0; h < src->n[2]; h++)
                    for (int64_t d = 0; d < src->n[3]; d++)
                        tu_put_bits(pool->dtype, pool->data,
                                 tu_tensor_off(pool, blk, j % P, h, d),
                                 tu_bits(src->dtype, src->data,
                                         tu_tensor_off(src, b, j, h, d)));
            }
    }
}

void tu_case_build(tu_case *c, const tu_spec *spec, uint64_t seed)
{
    memset(c, 0, sizeof *c);
    c->s = *spec;
    c->seed = seed;
    const tu_spec *s = &c->s;
    c->Hkv = s->Hkv ? s->Hkv : s->Hq;
    c->Dv = s->Dv ? s->Dv : s->Dk;

    /* Two streams: dr for the logical data (the same for every layout), lr
     * for layout choices (padding, block permutation). */
    tu_rng dr, lr;
    tu_rng_seed(&dr, seed);
    tu_rng_seed(&lr, seed ^ 0x5bd1e9955bd1e995ull);

    double amp = s->qk_amp > 0 ? s->qk_amp : 1.0;
    double vlo = s->v_lo, vhi = s->v_hi;
    if (vlo == 0 && vhi == 0) {
        vlo = -1.0;
        vhi = 2.0;
    }
    int def = s->layout == TU_LAYOUT_DEFAULT;
    int64_t st[4];

    layout_strides(s->layout, s->B, s->Sq, s->Hq, s->Dk, &lr, st);
    if (s->bcast & TU_BCAST_Q_H) st[2] = 0;
    make_tensor(&c->q, s->dtype, s->B, s->Sq, s->Hq, s->Dk, st);
    fill_uniform(&c->q, &dr, -amp, amp);

    layout_strides(s->layout, s->B, s->Skv, c->Hkv, s->Dk, &lr, st);
    if (s->bcast & TU_BCAST_KV_B) st[0] = 0;
    make_tensor(&c->k, s->dtype, s->B, s->Skv, c->Hkv, s->Dk, st);
    fill_uniform(&c->k, &dr, -amp, amp);

    layout_strides(s->layout, s->B, s->Skv, c->Hkv, c->Dv, &lr, st);
    if (s->bcast & TU_BCAST_KV_B) st[0] = 0;
    make_tensor(&c->v, s->dtype, s->B, s->Skv, c->Hkv, c->Dv, st);
    fill_uniform(&c->v, &dr, vlo, vhi);

    layout_strides(s->layout, s->B, s->Sq, s->Hq, c->Dv, &lr, st);
    make_tensor(&c->o, s->dtype, s->B, s->Sq, s->Hq, c->Dv, st);

    int64_t lst[4] = {(int64_t)s->B * s->Hq * s->Sq, (int64_t)s->Hq * s->Sq, s->Sq, 1};
    make_tensor(&c->lse, ATTNFORGE_F32, 1, s->B, s->Hq, s->Sq, lst);

    attnforge_params *p = &c->p;
    p->dtype = s->dtype;
    p->batch = s->B;
    p->seq_q = s->Sq;
    p->seq_kv = s->Skv;
    p->heads_q = s->Hq;
    p->heads_kv = s->Hkv;
    p->head_dim_k = s->Dk;
    p->head_dim_v = s->Dv;
    p->q = c->q.data;
    p->q_stride = to_param_strides(&c->q, def && !(s->bcast & TU_BCAST_Q_H));
    p->k = c->k.data;
    p->k_stride = to_param_strides(&c->k, def && !(s->bcast & TU_BCAST_KV_B));
    p->v = c->v.data;
    p->v_stride = to_param_strides(&c->v, def && !(s->bcast & TU_BCAST_KV_B));
    p->o = c->o.data;
    p->o_stride = to_param_strides(&c->o, def);
    p->lse = s->lse ? c->lse.data : NULL;
    p->scale = s->scale;
    p->softcap = s->softcap;
    p->causal = s->causal;
    if (s->window) {
        p->sliding_window = 1;
        p->window_left = s->window_left;
        p->window_right = s->window_right;
    }

    if (s->mask != TU_MASK_NONE) build_mask(c, &dr, &lr);

    if (s->alibi != TU_ALIBI_NONE) {
        c->slopes = tu_xmalloc((size_t)s->Hq * sizeof *c->slopes);
        double *d = tu_xmalloc((size_t)s->Hq * sizeof *d);
        tu_alibi_slopes_ref(s->Hq, d);
        for (int32_t h = 0; h < s->Hq; h++)
            c->slopes[h] = s->alibi == TU_ALIBI_STANDARD ? (float)d[h]
                                                         : (float)tu_rng_range(&dr, 0.01, 1.0);
        free(d);
        p->alibi_slopes = c->slopes;
    }
    if (s->mask_scales && s->mask != TU_MASK_NONE) {
        c->mscales = tu_xmalloc((size_t)s->Hq * sizeof *c->mscales);
        if (s->mask_scales == 2) { /* ggml's ALiBi slopes */
            double *d = tu_xmalloc((size_t)s->Hq * sizeof *d);
            tu_alibi_slopes_max_bias_ref(s->Hq, 8.0, d);
            for (int32_t h = 0; h < s->Hq; h++) c->mscales[h] = (float)d[h];
            free(d);
        } else {
            for (int32_t h = 0; h < s->Hq; h++) c->mscales[h] = (float)tu_rng_range(&dr, 0.05, 4.0);
        }
        p->mask_scales = c->mscales;
    }
    if (s->sinks) {
        c->sinks = tu_xmalloc((size_t)s->Hq * sizeof *c->sinks);
        for (int32_t h = 0; h < s->Hq; h++)
            c->sinks[h] = (float)tu_rng_nonzero(&dr, -2.0, 2.0);
        p->sinks = c->sinks;
    }
    if (s->kv_len) {
        c->kv_len = tu_xmalloc((size_t)s->B * sizeof *c->kv_len);
        for (int32_t b = 0; b < s->B; b++) {
            double u = tu_rng_unit(&dr);
            c->kv_len[b] = u < 0.1 ? 0 : u < 0.3 ? s->Skv : tu_rng_int(&dr, 1, s->Skv);
        }
        p->kv_len = c->kv_len;
    }
    if (s->q_offset) {
        c->q_offset = tu_xmalloc((size_t)s->B * sizeof *c->q_offset);
        for (int32_t b = 0; b < s->B; b++)
            c->q_offset[b] = tu_rng_int(&dr, -s->Sq, s->Skv);
        p->q_offset = c->q_offset;
    }
    if (s->page_size > 0) build_paged(c, &lr);
}

void tu_case_free(tu_case *c)
{
    tu_tensor_free(&c->q);
    tu_tensor_free(&c->k);
    tu_tensor_free(&c->v);
    tu_tensor_free(&c->o);
    tu_tensor_free(&c->kpool);
    tu_tensor_free(&c->vpool);
    tu_tensor_free(&c->lse);
    tu_tensor_free(&c->mask);
    free(c->slopes);
    free(c->sinks);
    free(c->mscales);
    free(c->kv_len);
    free(c->q_offset);
    free(c->block_table);
    memset(c, 0, sizeof *c);
}

static uint64_t inputs_hash(const tu_case *c)
{
    uint64_t h = 0;
    const tu_tensor *ts[] = {&c->q, &c->k, &c->v, &c->kpool, &c->vpool, &c->mask};
    for (size_t k = 0; k < sizeof ts / sizeof ts[0]; k++)
        h = h * 31 + tu_tensor_hash(ts[k]);
    uint64_t base = TU_FNV_START;
    int32_t Hq = c->s.Hq, B = c->s.B;
    if (c->slopes) h = h * 31 + tu_fnv1a(base, c->slopes, (size_t)Hq * sizeof(float));
    if (c->sinks) h = h * 31 + tu_fnv1a(base, c->sinks, (size_t)Hq * sizeof(float));
    if (c->mscales) h = h * 31 + tu_fnv1a(base, c->mscales, (size_t)Hq * sizeof(float));
    if (c->kv_len) h = h * 31 + tu_fnv1a(base, c->kv_len, (size_t)B * sizeof(int32_t));
    if (c->q_offset) h = h * 31 + tu_fnv1a(base, c->q_offset, (size_t)B * sizeof(int32_t));
    if (c->block_table)
        h = h * 31 + tu_fnv1a(base, c->block_table,
                           (size_t)c->block_table_len * sizeof(int32_t));
    return h;
}

attnforge_status tu_case_run(tu_case *c, attnforge_context *ctx)
{
    tu_tensor_fill_bits(&c->o, tu_poison_bits(c->o.dtype));
    tu_tensor_fill_bits(&c->lse, tu_poison_bits(ATTNFORGE_F32));
    c->in_hash = inputs_hash(c);
    attnforge_status st = attnforge_attention(ctx, &c->p);
    c->inputs_modified = inputs_hash(c) != c->in_hash;
    return st;
}
