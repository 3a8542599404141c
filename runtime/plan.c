/*
 * The partition planner: how one call is cut into tiles and spread on threads.
 *
 * Decode (Hq/Hkv * Sq rows per KV head is small): one tile per (batch, KV
 * head) holds every query head of the group and every query of the call, so
 * each K and V byte is read from memory once per call. The KV axis is cut into
 * chunks of AF_KV_CHUNK keys; each (tile, chunk) task leaves a partial state
 * and a second pass merges the chunks of a tile in chunk order.
 *
 * Prefill: tiles of AF_PREFILL_QBLOCK queries of one query head, against all
 * the keys any of their rows can see (the planner clips the key range to the
 * union of the rows' visible ranges, so fully masked blocks under causal,
 * window or kv_len are never touched). Tasks are ordered heaviest first (the
 * last query blocks see the most keys under causal) and handed out
 * dynamically, which balances the causal triangle.
 *
 * Determinism: tile and chunk sizes depend on the call's shape and visible
 * key range only, never on the number of threads, and merges run in a fixed order; so O and LSE are
 * bitwise identical for every thread count.
 */
#include <stdlib.h>

#include "internal.h"

#define AF_DECODE_MAX_ROWS 64
#define AF_KV_CHUNK 512
#define AF_PREFILL_QBLOCK 64
/* Below this many multiply-adds a call runs on the calling thread alone:
 * waking the pool would cost more than it saves. */
#define AF_INLINE_MACS (1 << 20)

void attnforge_plan(const af_call *c, int n_threads, af_plan *pl)
{
    const int64_t rows = (int64_t)c->group * c->Sq;
    if (rows <= AF_DECODE_MAX_ROWS) {
        pl->decode = 1;
        pl->nh = c->group;
        pl->ni = c->Sq;
        pl->n_hblk = 1;
        pl->n_iblk = 1;
        pl->chunk = AF_KV_CHUNK;
        /* chunks of the chunk grid that meet [key_lo, key_hi) only: keys no
         * row sees (past every kv_len, before every window) get no task */
        pl->key_base = c->key_lo / AF_KV_CHUNK * AF_KV_CHUNK;
        const int64_t nc = (c->key_hi - pl->key_base + AF_KV_CHUNK - 1) / AF_KV_CHUNK;
        pl->n_chunks = nc > 1 ? (int32_t)nc : 1;
    } else {
        pl->decode = 0;
        pl->nh = 1;
        pl->ni = c->Sq < AF_PREFILL_QBLOCK ? c->Sq : AF_PREFILL_QBLOCK;
        pl->n_hblk = c->group;
        pl->n_iblk = (c->Sq + pl->ni - 1) / pl->ni;
        pl->chunk = c->Skv;
        pl->key_base = 0;
        pl->n_chunks = 1;
    }
    pl->n_groups = (int64_t)c->B * c->Hkv * pl->n_hblk * pl->n_iblk;
    pl->n_tasks = pl->n_groups * pl->n_chunks;
    pl->slot = attnforge_slot_layout((int64_t)pl->nh * pl->ni, c->Dv);

    const double macs = (double)c->B * c->Hq * c->Sq * (double)(c->key_hi - c->key_lo) * (c->Dk + c->Dv);
    pl->n_workers = (n_threads > 1 && pl->n_tasks > 1 && macs >= AF_INLINE_MACS) ? n_threads : 1;

    /* workspace: positions (2 * B int32), then partial slots */
    size_t head = ((size_t)c->B * 2 * sizeof(int32_t) + 63) & ~(size_t)63;
    size_t n_slots = pl->n_chunks > 1 ? (size_t)pl->n_tasks : (size_t)pl->n_workers;
    pl->ws_bytes = head + n_slots * (size_t)pl->slot.floats * sizeof(float);
}

/* ---- execution --------------------------------------------------------------- */

typedef struct exec {
    const af_call *c;
    const af_plan *pl;
    af_kernel_fn fn;
    float *slots;
} exec;

/* The rows of row group g (chunk range left to the caller). */
static af_tile tile_of(const af_call *c, const af_plan *pl, int64_t g)
{
    af_tile t = {0};
    const int32_t ib = pl->n_iblk - 1 - (int32_t)(g % pl->n_iblk); /* heaviest first */
    g /= pl->n_iblk;
    const int32_t hb = (int32_t)(g % pl->n_hblk);
    g /= pl->n_hblk;
    t.kvh = (int32_t)(g % c->Hkv);
    t.b = (int32_t)(g / c->Hkv);
    t.h0 = t.kvh * c->group + hb * pl->nh;
    t.nh = pl->nh;
    t.i0 = ib * pl->ni;
    t.ni = c->Sq - t.i0 < pl->ni ? c->Sq - t.i0 : pl->ni;
    return t;
}

/* Clips [j0, j1) to the union of the tile rows' visible ranges; returns 0 when
 * no row of the tile sees any key of the range. */
static int clip_keys(const af_call *c, af_tile *t)
{
    int64_t lo = INT64_MAX, hi = INT64_MIN;
    for (int32_t ii = 0; ii < t->ni; ii++) {
        int64_t l, h;
        af_row_range(c, t->b, t->i0 + ii, &l, &h);
        if (l >= h) continue;
        if (l < lo) lo = l;
        if (h > hi) hi = h;
    }
    if (lo < t->j0) lo = t->j0;
    if (hi > t->j1) hi = t->j1;
    if (lo >= hi) return 0;
    t->j0 = (int32_t)lo;
    t->j1 = (int32_t)hi;
    return 1;
}

static void write_empty(const af_tile *t, int32_t dv)
{
    for (int64_t r = 0; r < (int64_t)t->nh * t->ni; r++) {
        t->m[r] = -__builtin_inff();
        t->l[r] = 0.0f;
        for (int32_t d = 0; d < dv; d++) t->acc[r * t->acc_stride + d] = 0.0f;
    }
}

int attnforge_plan_task(const af_call *c, const af_plan *pl, int64_t task, af_tile *t)
{
    /* chunk-major: consecutive tasks take the same keys of successive KV
     * heads, so with a BSHD cache they read neighbouring bytes of one page */
    const int32_t k = (int32_t)(task / pl->n_groups);
    *t = tile_of(c, pl, task % pl->n_groups);
    const int64_t j0 = pl->key_base + (int64_t)k * pl->chunk, j1 = j0 + pl->chunk;
    t->j0 = (int32_t)j0;
    t->j1 = (int32_t)(j1 < c->Skv ? j1 : c->Skv);
    return clip_keys(c, t);
}

static void run_tile(void *arg, int64_t task, int worker)
{
    const exec *x = arg;
    const af_call *c = x->c;
    const af_plan *pl = x->pl;
    af_tile t;
    const int visible = attnforge_plan_task(c, pl, task, &t);
    /* the slots of one tile's chunks are adjacent, in chunk order, for the merge */
    const int64_t si = (task % pl->n_groups) * pl->n_chunks + task / pl->n_groups;
    float *slot = x->slots + (pl->n_chunks > 1 ? si : worker) * pl->slot.floats;
    attnforge_slot_bind(&t, &pl->slot, slot);
    if (visible)
        x->fn(c, &t);
    else
        write_empty(&t, c->Dv);
    if (pl->n_chunks == 1) attnforge_merge(c, &t, &pl->slot, slot, 1);
}

static void run_merge(void *arg, int64_t g, int worker)
{
    (void)worker;
    const exec *x = arg;
    af_tile t = tile_of(x->c, x->pl, g);
    attnforge_merge(x->c, &t, &x->pl->slot, x->slots + g * x->pl->n_chunks * x->pl->slot.floats,
                    x->pl->n_chunks);
}

static void parallel(attnforge_context *ctx, int n_workers, attnforge_task_fn fn, void *arg,
                     int64_t n)
{
    if (n_workers <= 1 || n <= 1) {
        for (int64_t t = 0; t < n; t++) fn(arg, t, 0);
    } else if (ctx->parallel_for) {
        ctx->parallel_for(ctx->parallel_for_user, fn, arg, n);
    } else {
        attnforge_pool_run(ctx->pool, fn, arg, n);
    }
}

void attnforge_execute(attnforge_context *ctx, const af_call *c, const af_kernels *k,
                       const af_plan *pl, void *ws, int inline_only)
{
    size_t head = ((size_t)c->B * 2 * sizeof(int32_t) + 63) & ~(size_t)63;
    exec x = {c, pl, pl->decode ? k->decode : k->prefill, (float *)((char *)ws + head)};
    const int nw = inline_only ? 1 : pl->n_workers;
    parallel(ctx, nw, run_tile, &x, pl->n_tasks);
    if (pl->n_chunks > 1) parallel(ctx, nw, run_merge, &x, pl->n_groups);
}
