/*
 * The tests' case builder (see testutil.h). Written for clarity over speed:
 * every check walks the buffers element by element.
 */
#include "testutil.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- tiers and seeds -------------------------------------------------------- */

int tu_long_tier(void)
{
    const char *t = getenv("ATTNFORGE_TEST_TIER");
    return t && strcmp(t, "long") == 0;
}

int tu_pick(int quick, int long_tier) { return tu_long_tier() ? long_tier : quick; }

uint64_t tu_seed(uint64_t base)
{
    const char *e = getenv("ATTNFORGE_TEST_SEED");
    if (e && *e) base ^= strtoull(e, NULL, 0) * 0x9e3779b97f4a7c15ull;
    return base;
}

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

/* ---- specs ------------------------------------------------------------------------ */

tu_spec tu_spec_default(attnforge_dtype dt, int32_t Dk, int32_t Dv)
{
    tu_spec s;
    memset(&s, 0, sizeof s);
    s.dtype = dt;
    s.B = s.Sq = s.Skv = s.Hq = 1;
    s.Dk = Dk;
    s.Dv = Dv;
    return s;
}

void tu_spec_random(tu_spec *s, tu_rng *r, attnforge_dtype dt, int32_t Dk,
                    int32_t Dv, int32_t max_seq)
{
    static const int32_t dims[] = {4, 8, 17, 32, 64, 80, 96, 128};
    const int nd = (int)(sizeof dims / sizeof dims[0]);
    if (Dk <= 0) Dk = dims[tu_rng_int(r, 0, nd - 1)];
    if (Dv < 0) Dv = tu_rng_chance(r, 0.5) ? 0 : dims[tu_rng_int(r, 0, nd - 1)];
    *s = tu_spec_default(dt, Dk, Dv);

    s->B = tu_rng_int(r, 1, 3);
    int32_t hkv = tu_rng_int(r, 1, 3);
    static const int32_t groups[] = {1, 2, 4};
    int32_t g = groups[tu_rng_int(r, 0, 2)];
    s->Hq = hkv * g;
    s->Hkv = (g == 1 && tu_rng_chance(r, 0.5)) ? 0 : hkv;
    s->Sq = tu_rng_chance(r, 0.3) ? 1 : tu_rng_int(r, 1, max_seq);
    s->Skv = tu_rng_int(r, 1, max_seq);
    s->layout = (tu_layout)tu_rng_int(r, 0, TU_LAYOUT_COUNT - 1);
    if (tu_rng_chance(r, 0.15)) s->bcast |= TU_BCAST_KV_B;
    if (tu_rng_chance(r, 0.15)) s->bcast |= TU_BCAST_Q_H;
    if (tu_rng_chance(r, 0.3)) s->scale = (float)tu_rng_range(r, 0.05, 0.5);
    if (tu_rng_chance(r, 0.25)) s->softcap = (float)tu_rng_range(r, 2.0, 30.0);
    if (tu_rng_chance(r, 0.25))
        s->alibi = tu_rng_chance(r, 0.5) ? TU_ALIBI_STANDARD : TU_ALIBI_RANDOM;
    if (tu_rng_chance(r, 0.4)) {
        s->mask = (tu_mask_kind)tu_rng_int(r, 1, TU_MASK_COUNT - 1);
        s->mask_ninf = tu_rng_chance(r, 0.5) ? 0.2 : 0.0;
    }
    s->causal = tu_rng_chance(r, 0.4);
    if (tu_rng_chance(r, 0.3)) {
        s->window = 1;
        s->window_left = tu_rng_chance(r, 0.25) ? -1 : tu_rng_int(r, 0, s->Skv);
        s->window_right = tu_rng_chance(r, 0.25) ? -1 : tu_rng_int(r, 0, s->Skv);
    }
    s->kv_len = tu_rng_chance(r, 0.35);
    s->q_offset = tu_rng_chance(r, 0.25);
    s->sinks = tu_rng_chance(r, 0.3);
    s->lse = tu_rng_chance(r, 0.6);
    if (tu_rng_chance(r, 0.3)) {
        static const int32_t pages[] = {1, 2, 3, 4, 8, 16};
        s->page_size = pages[tu_rng_int(r, 0, 5)];
        s->paged_strides = tu_rng_chance(r, 0.5);
    }
}

void tu_spec_describe(const tu_spec *s, char *buf, size_t n)
{
    snprintf(buf, n,
             "{.dtype=%s, .B=%d, .Sq=%d, .Skv=%d, .Hq=%d, .Hkv=%d, .Dk=%d, .Dv=%d, "
             ".layout=%d, .bcast=%u, .scale=%a, .softcap=%a, .alibi=%d, .mask=%d, "
             ".mask_ninf=%g, .causal=%d, .window=%d, .window_left=%d, "
             ".window_right=%d, .kv_len=%d, .q_offset=%d, .sinks=%d, .lse=%d, "
             ".page_size=%d, .paged_strides=%d, .qk_amp=%g, .v_lo=%g, .v_hi=%g}",
             tu_dtype_name(s->dtype), s->B, s->Sq, s->Skv, s->Hq, s->Hkv, s->Dk,
             s->Dv, (int)s->layout, s->bcast, (double)s->scale, (double)s->softcap,
             s->alibi, (int)s->mask, s->mask_ninf, s->causal, s->window,
             s->window_left, s->window_right, s->kv_len, s->q_offset, s->sinks,
             s->lse, s->page_size, s->paged_strides, s->qk_amp, s->v_lo, s->v_hi);
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

attnforge_context *tu_generic_ctx(void)
{
    static attnforge_context *ctx; /* tests are single-threaded processes */
    if (!ctx) {
        attnforge_context_options o;
        memset(&o, 0, sizeof o);
        o.num_threads = 2;
        o.isa = ATTNFORGE_ISA_GENERIC;
        if (attnforge_context_create(&ctx, &o) != ATTNFORGE_OK) {
            fprintf(stderr, "testutil: cannot create a generic context: %s\n",
                    attnforge_last_error());
            abort();
        }
    }
    return ctx;
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

/* ---- CPU support of a registry ISA token ----------------------------------- */

/* x86: the compiler's own CPU checks, independent of the library's detection;
 * AArch64: the library's (getauxval/sysctl), through a forced-ISA context. */
const char *tu_isa_unsupported(const char *isa)
{
    if (!strcmp(isa, "SCALAR")) return NULL;
#if (defined(__x86_64__) || defined(_M_X64)) && defined(__GNUC__)
    __builtin_cpu_init();
    if (!strcmp(isa, "AVX2"))
        return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma") ? NULL
                                                                               : "needs AVX2 and FMA";
    int avx512 = __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
                 __builtin_cpu_supports("avx512vl");
    if (!strcmp(isa, "AVX512")) return avx512 ? NULL : "needs AVX-512 F/BW/VL";
    if (!strcmp(isa, "AVX512BF16"))
        return avx512 && __builtin_cpu_supports("avx512bf16") ? NULL : "needs AVX-512 F/BW/VL + BF16";
    return "unknown ISA";
#elif defined(__aarch64__)
    attnforge_isa want = !strcmp(isa, "NEON")       ? ATTNFORGE_ISA_NEON
                         : !strcmp(isa, "NEONFHM")  ? ATTNFORGE_ISA_NEONFHM
                         : !strcmp(isa, "NEONBF16") ? ATTNFORGE_ISA_NEONBF16
                                                    : ATTNFORGE_ISA_AUTO;
    if (want != ATTNFORGE_ISA_AUTO) { /* the library's own detection (getauxval) */
        attnforge_context *ctx = NULL;
        attnforge_context_options o = {0};
        o.num_threads = 1;
        o.isa = want;
        if (attnforge_context_create(&ctx, &o) != ATTNFORGE_OK) return "the OS reports no such extension";
        attnforge_context_destroy(ctx);
        return NULL;
    }
    return "not an x86-64 build";
#else
    return "not an x86-64 build";
#endif
}
