/*
 * The partition planner: how one call is cut into tiles and spread on threads.
 *
 * Decode (Hq/Hkv * Sq rows per KV head is small): one tile per (batch, KV
 * head) holds every query head of the group and every query of the call, so
 * each K and V byte is read from memory once per call; with a long key
 * range a tile holds several KV heads (pl->nkv), so a task streams whole key
 * rows. The KV axis is cut into chunks of AF_KV_CHUNK keys; each (tile,
 * chunk) task leaves a partial state, and the task that finishes a tile's
 * last outstanding chunk (a counter per tile) merges its chunks in chunk
 * order: one parallel pass per call, not a
 * second one for the merges (with a caller's parallel_for whose threads
 * sleep between regions, OpenMP's passive policy, each pass is a wake-up).
 *
 * Prefill: tiles of AF_PREFILL_QBLOCK queries of one query head (or, for
 * kernels that ask for more rows, af_kernels.prefill_rows: the AMX ones,
 * that many rows of a GQA group's heads together, so each K/V block they
 * prepare serves more rows), against all the keys any of their rows can
 * see (the planner clips the key range to the
 * union of the rows' visible ranges, so fully masked blocks under causal,
 * window or kv_len are never touched). Tasks are ordered heaviest first (the
 * last query blocks see the most keys under causal) and handed out
 * dynamically, which balances the causal triangle.
 *
 * Packed batches (cu_seqlens_q): the call is cut into one call per sequence
 * (attnforge_sequence_call: B = 1, its rows, keys, mask rows, LSE, block
 * table row), each planned exactly as it would be alone, so each takes the
 * decode or the prefill path by its own shape and the result is bitwise
 * that of the calls alone. attnforge_schedule puts every sequence's tasks in
 * one queue (the sequences whose heaviest task is heaviest first); the
 * split-KV ones merge as above. A plain call is a schedule of one item.
 *
 * Packing (prefill): each K/V row of a KV head is read by every tile of its
 * query heads, and a kernel gathers a key block per tile into a buffer
 * (widening or dequantizing it) unless the rows are contiguous f32, which the
 * prefill kernels read in place. A long prefill therefore first packs K and
 * V into the workspace in BHSD order (one pass of packing tasks, then the
 * tiles read the copy in place):
 * - f32 rows that do not follow each other (a BSHD cache, rows Hkv * D
 *   apart; a paged one) are copied as stored, the same bytes (Llama 3.2 3B /
 *   GPT-2 / Gemma 2, causal 2048, 2 threads: 1.03x / 1.06x / 1.12x;
 *   docs/performance-log.md, fourteenth session);
 * - K and V of one other format (f16, bf16, q8_0, q4_0, fp8) are widened to
 *   f32 by the call's variant's own row code (af_kernels.widen_k / widen_v,
 *   the code its kernels pack a block with) in any layout, and the f32
 *   prefill kernel of the same head dims runs (fifteenth session), except
 *   where the variant multiplies 16-bit Q and K directly (q_exact: no
 *   widener);
 * - K and V in different formats (q8_0 K with f16 V, f32 K with q4_0 V, ...),
 *   which no variant takes, are widened the same way, each by a variant of
 *   its own format (an f32 one copied), and the f32 prefill kernel runs
 *   instead of the generic one (sixteenth session), in prefills of any
 *   length (seventeenth session: before, under the thresholds above, the
 *   generic kernel ran).
 * Decode never packs: it reads each row once. Its K and V in different
 * formats are widened by each task instead, the tile's rows of its chunk of
 * keys (every KV head of the tile) into its worker's scratch in the
 * workspace, which the f32 decode kernel then reads (widened_decode below):
 * the cache is read once, the f32 rows are written and read while in L2, and
 * the call stays one parallel pass. (Until the nineteenth session a decode
 * widened its whole cache first, a packing pass: Llama 3.2 3B, q8_0 K with
 * f16 V, 2 threads, took 4.8x the time of an all-q8_0 decode at Skv 4096.)
 * Either way the values the kernel computes with are those it would have
 * gathered itself, and a kernel's result does not depend on the strides it
 * reads through (test_variants checks BSHD against BHSD bit for bit), so the
 * call's O and LSE are bitwise those of the call unpacked (test_formats,
 * prefill_kv_packing_bitwise), or for K and V in different formats those of
 * the f32 call on the same values widened by the caller.
 *
 * Determinism: tile and chunk sizes depend on the call's shape and visible
 * key range only, never on the number of threads, and merges run in a fixed order; so O and LSE are
 * bitwise identical for every thread count.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define AF_DECODE_MAX_ROWS 64
#define AF_KV_CHUNK 512
/* decode tiles over several KV heads: up to this many rows, while the call
 * keeps at least this many tasks */
#define AF_DECODE_WIDE_ROWS 32
#define AF_DECODE_MIN_TASKS 16
#define AF_DECODE_MIN_PIECE 256 /* bytes of a key row a decode tile should read */
#define AF_PREFILL_QBLOCK 64 /* = PRE_TILE in templates/kernel.c.in (a chunk of the prefill kernels) */
/* A prefill whose kernel asks for more rows per tile gets them while the
 * call keeps at least this many tiles (GPT-2 causal 512 in 256-row tiles,
 * 24 tiles on 2 threads: 0.88x against 128-row ones). */
#define AF_PREFILL_MIN_TILES 32
/* Below this many multiply-adds a call runs on the calling thread alone:
 * waking the pool would cost more than it saves. */
#define AF_INLINE_MACS (1 << 20)
/* Packing: keys per packing task; packed only when each K/V row is read by
 * at least AF_PACK_MIN_ROWS query rows (the copy then costs ~1-2 % of the
 * call), the key range is at least AF_PACK_MIN_KEYS long (shorter, a KV
 * head's rows stay in L2 and gathering them costs little: at causal 512
 * packing measured 0.90-1.05x) and the copy takes at most AF_PACK_MAX_BYTES
 * of workspace (a longer prefill reads the caller's K/V where they are). */
#define AF_PACK_KEYS 256
#define AF_PACK_MIN_ROWS 256
#define AF_PACK_MIN_KEYS 1024
#define AF_PACK_MAX_BYTES ((size_t)256 << 20)

void attnforge_plan(const af_call *c, af_plan *pl, int prefill_rows)
{
    const int64_t rows = (int64_t)c->group * c->Sq;
    if (rows <= AF_DECODE_MAX_ROWS) {
        pl->decode = 1;
        pl->ni = c->Sq;
        pl->n_hblk = 1;
        pl->n_iblk = 1;
        pl->chunk = AF_KV_CHUNK;
        /* chunks of the chunk grid that meet [key_lo, key_hi) only: keys no
         * row sees (past every kv_len, before every window) get no task */
        pl->key_base = c->key_lo / AF_KV_CHUNK * AF_KV_CHUNK;
        const int64_t nc = (c->key_hi - pl->key_base + AF_KV_CHUNK - 1) / AF_KV_CHUNK;
        pl->n_chunks = nc > 1 ? (int32_t)nc : 1;
        /* A tile takes several KV heads: the most that divide Hkv, keep their
         * rows within AF_DECODE_WIDE_ROWS and leave the call at least
         * AF_DECODE_MIN_TASKS tasks (or, with fewer KV heads and chunks than
         * that, one head per tile). With a BSHD cache a task then reads whole
         * key rows, or runs of them, in order instead of 1/Hkv of each at a
         * stride (Llama 3.2 3B at Skv 4096, one thread: 1.24-1.33x;
         * docs/performance-log.md, tenth session). The choice depends on the
         * shape only, so results stay independent of the thread count. With
         * one query per head a row comes out bit for bit as in a one-head tile
         * (test_variants checks it); with several, a row chunk's union of
         * key ranges sets the key blocks and the last bits may differ. */
        pl->nkv = 1;
        for (int32_t d = c->Hkv; d > 1; d--)
            if (c->Hkv % d == 0 && (int64_t)d * rows <= AF_DECODE_WIDE_ROWS &&
                (int64_t)c->B * (c->Hkv / d) * pl->n_chunks >= AF_DECODE_MIN_TASKS) {
                pl->nkv = d;
                break;
            }
        /* Short pieces: where a tile's part of a key row would be under
         * AF_DECODE_MIN_PIECE bytes (few KV heads of a small head dim, or a
         * block format whose head rows straddle cache lines, so two tiles
         * fetch the same line), the tile takes more KV heads as long as the
         * call keeps AF_DECODE_MIN_TASKS / 2 tasks (llama.cpp's tiny hd64
         * model at depth 4096, 2 KV heads: its decode node 1.13x (q8_0) and
         * 1.09x (f16) faster, 0.96x with K/V hot in L2; performance log,
         * section 20). */
        const size_t piece = attnforge_format_bytes(c->kf, c->Dk);
        for (int32_t d = pl->nkv + 1; d <= c->Hkv && (size_t)pl->nkv * piece < AF_DECODE_MIN_PIECE; d++)
            if (c->Hkv % d == 0 && (int64_t)d * rows <= AF_DECODE_WIDE_ROWS &&
                (int64_t)c->B * (c->Hkv / d) * pl->n_chunks >= AF_DECODE_MIN_TASKS / 2)
                pl->nkv = d;
        pl->nh = c->group * pl->nkv;
    } else {
        pl->decode = 0;
        pl->nkv = 1;
        /* a kernel that wants more rows per tile (the AMX split prefill: K
         * and V blocks split once for more rows) gets a GQA group's heads
         * together, at least 8 positions each, else one head's positions */
        int32_t want = prefill_rows > 0 ? prefill_rows : AF_PREFILL_QBLOCK;
        for (;;) { /* halved while the call would have too few tiles to share */
            pl->nh = prefill_rows > 0 && c->group > 1 && want / c->group >= 8 ? c->group : 1;
            pl->ni = want / pl->nh;
            if (pl->ni > c->Sq) pl->ni = c->Sq;
            pl->n_hblk = c->group / pl->nh;
            pl->n_iblk = (c->Sq + pl->ni - 1) / pl->ni;
            if (want <= AF_PREFILL_QBLOCK ||
                (int64_t)c->B * c->Hkv * pl->n_hblk * pl->n_iblk >= AF_PREFILL_MIN_TILES)
                break;
            want /= 2;
        }
        pl->chunk = c->Skv;
        pl->key_base = 0;
        pl->n_chunks = 1;
    }
    pl->n_groups = (int64_t)c->B * (c->Hkv / pl->nkv) * pl->n_hblk * pl->n_iblk;
    pl->n_tasks = pl->n_groups * pl->n_chunks;
    pl->slot = attnforge_slot_layout((int64_t)pl->nh * pl->ni, c->Dv);
    pl->macs = (double)c->B * c->Hq * c->Sq * (double)(c->key_hi - c->key_lo) * (c->Dk + c->Dv);
    /* the heaviest task's multiply-adds, for ordering a packed batch's sequences */
    const double keys = (double)(c->key_hi - c->key_lo);
    pl->task_cost = (double)pl->nh * pl->ni * (pl->decode && keys > pl->chunk ? pl->chunk : keys);
}

/* ---- packed batches ----------------------------------------------------------- */

/* Element e of a tensor of format f, as a pointer (e a whole number of blocks
 * for a block format: strides are multiples of 32). */
static const void *elem_ptr(const void *base, attnforge_format f, int64_t e)
{
    return base ? (const char *)base + attnforge_format_bytes(f, e) : base;
}

void attnforge_sequence_call(const af_call *c, int32_t b, const int32_t *kv_len,
                             const int32_t *q_offset, af_call *s)
{
    *s = *c;
    const int64_t r0 = c->cu_q[b];
    s->B = 1;
    s->Sq = c->cu_q[b + 1] - c->cu_q[b];
    s->q = elem_ptr(c->q, c->qf, r0 * c->q_ss);
    s->o = (void *)elem_ptr(c->o, c->of, r0 * c->o_ss);
    if (c->lse) s->lse = c->lse + r0 * c->lse_si;
    if (c->mask) s->mask = elem_ptr(c->mask, c->mf, (int64_t)b * c->m_sb + r0 * c->m_si);
    if (c->cu_k) {
        s->Skv = c->cu_k[b + 1] - c->cu_k[b];
        s->k = elem_ptr(c->k, c->kf, (int64_t)c->cu_k[b] * c->k_ss);
        s->v = elem_ptr(c->v, c->vf, (int64_t)c->cu_k[b] * c->v_ss);
    } else if (c->block_table) {
        s->block_table = c->block_table + (int64_t)b * c->bt_stride;
    } else {
        s->k = elem_ptr(c->k, c->kf, (int64_t)b * c->k_sb);
        s->v = elem_ptr(c->v, c->vf, (int64_t)b * c->v_sb);
    }
    s->kv_len = kv_len;
    s->q_offset = q_offset;
    s->cu_q = s->cu_k = NULL;
    int64_t lo, hi;
    af_pos_range(s, *kv_len, *q_offset, (int64_t)*q_offset + s->Sq - 1, &lo, &hi);
    s->key_lo = lo < hi ? lo : 0;
    s->key_hi = lo < hi ? hi : 0;
}

/* Sequences first whose heaviest task is heaviest (then in batch order), so
 * the long tasks start first and the short ones fill in at the end. */
static int heavier_first(const void *a, const void *b)
{
    const af_item *x = a, *y = b;
    if (x->pl.task_cost != y->pl.task_cost) return x->pl.task_cost > y->pl.task_cost ? -1 : 1;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static size_t round64(size_t n) { return (n + 63) & ~(size_t)63; }

/* Key rows per (b, KV head) of an item's packed K/V, or 0 when it reads the
 * caller's: see "Packing" above. *widen is set when the copy is widened to
 * f32 (K and V of one format other than f32, kv_pack & AF_PACK_WIDEN: the
 * call's kernels have a row widener and an f32 prefill kernel); otherwise
 * only an f32 K or V whose rows do not follow each other is copied (as
 * stored: the kernels read contiguous f32 rows in place, and for the other
 * formats a contiguous gather alone measured 0.98-1.03x, since the kernels
 * widen a block per tile either way). Rows [0, key_hi) are laid out (the
 * kernels address key j as row j), those of [key_lo, key_hi) written, so a
 * window far into the cache (fewer than half the rows used) is not packed. */
static int64_t pack_rows(const af_call *c, const af_plan *pl, int kv_pack, int *widen)
{
    *widen = 0;
    if (!kv_pack || c->key_hi <= c->key_lo) return 0;
    if (pl->decode) { /* never packs; K and V in different formats are widened per task */
        *widen = c->kf != c->vf && (kv_pack & AF_PACK_WIDEN);
        return 0;
    }
    /* K and V in different formats are widened at any length when they can
     * be, as for decode: the alternative is the generic kernel */
    const int widen_mixed = c->kf != c->vf && (kv_pack & AF_PACK_WIDEN);
    if (!widen_mixed &&
        ((int64_t)c->group * c->Sq < AF_PACK_MIN_ROWS || c->key_hi - c->key_lo < AF_PACK_MIN_KEYS))
        return 0;
    if (2 * (c->key_hi - c->key_lo) < c->key_hi) return 0;
    if ((kv_pack & AF_PACK_WIDEN) && (c->kf != ATTNFORGE_FORMAT_F32 || c->vf != ATTNFORGE_FORMAT_F32)) {
        *widen = 1;
        return c->key_hi;
    }
    if (!(kv_pack & AF_PACK_COPY)) return 0;
    /* a prefill reading K rows in place as AMX tile operands (copy_rows):
     * rows as stored, BHSD, for GQA (bf16, causal 2048, 2 threads: Llama 3.2
     * 3B 1.08x, Gemma 2 1.07x; GPT-2, one query head per KV head, 0.97x) */
    if ((kv_pack & AF_PACK_ROWS) && c->group > 1 && (c->block_table || c->k_ss != c->Dk || c->v_ss != c->Dv))
        return c->key_hi;
    const int k_gather = c->kf == ATTNFORGE_FORMAT_F32 && (c->block_table || c->k_ss != c->Dk);
    const int v_gather = c->vf == ATTNFORGE_FORMAT_F32 && (c->block_table || c->v_ss != c->Dv);
    return k_gather || v_gather ? c->key_hi : 0;
}

/* Bytes of one part (K's or V's) of the packed copy of rows keys: head dim
 * D in format f, or f32 when widened; rounded up to 64 bytes, so that V's
 * part starts aligned whatever K's element size (an fp8 or f16 K beside an
 * f32 V). */
static size_t pack_part_bytes(const af_call *c, int64_t rows, int32_t D, attnforge_format f, int widen)
{
    const int64_t n = (int64_t)c->B * c->Hkv * rows * D;
    return round64(widen ? (size_t)n * sizeof(float) : attnforge_format_bytes(f, n));
}

/* A widened decode's scratch rows per (task, KV head of the tile): the
 * chunk, or the keys when fewer (key j is row j % chunk). */
static int64_t scratch_rows(const af_call *c, const af_plan *pl)
{
    return c->key_hi < pl->chunk ? c->key_hi : pl->chunk;
}

/* Points the item's call at its packed copy (K rows of every (b, KV head),
 * then V's), BHSD: row j of (b, kvh) at (b * Hkv + kvh) * rows + j. */
static void bind_pack(af_item *x, char *buf)
{
    af_call *c = &x->c;
    const int64_t rows = x->pack_rows;
    if (x->widen) { /* an f32 call: the scales are in the widened values */
        c->kf = c->vf = ATTNFORGE_FORMAT_F32;
        c->k_scale = c->v_scale = 1.0f;
        c->k_scales = c->v_scales = NULL;
    }
    c->k = buf;
    c->k_ss = c->Dk;
    c->k_sh = rows * c->Dk;
    c->k_sb = c->Hkv * c->k_sh;
    c->v = buf + pack_part_bytes(c, rows, c->Dk, c->kf, x->widen);
    c->v_ss = c->Dv;
    c->v_sh = rows * c->Dv;
    c->v_sb = c->Hkv * c->v_sh;
    c->block_table = NULL;
    c->bt_stride = 0;
}

void attnforge_schedule(const attnforge_params *p, const af_call *c, const af_kernels *k, int n_threads,
                        int kv_pack, void *ws, af_schedule *S)
{
    memset(S, 0, sizeof *S);
    const size_t pos_bytes = round64((size_t)c->B * 2 * sizeof(int32_t));
    int32_t *kv = NULL, *qo = NULL;
    if (ws) {
        kv = ws;
        qo = kv + c->B;
        for (int32_t b = 0; b < c->B; b++) attnforge_positions(p, b, &kv[b], &qo[b]);
    }
    const int32_t n_seq = c->cu_q ? c->B : 1;
    int32_t n_items = 0;
    for (int32_t b = 0; b < n_seq; b++) n_items += !c->cu_q || c->cu_q[b + 1] > c->cu_q[b];
    S->n_items = n_items;
    S->items = ws ? (af_item *)((char *)ws + pos_bytes) : NULL;

    /* pass over the items: plan each, count tasks and slots */
    double macs = 0;
    int64_t chunk_floats = 0, worker_floats = 0;
    size_t pack_bytes = 0;
    int64_t scratch_floats = 0, zero_pages = 0;
    int32_t it = 0;
    for (int32_t b = 0; b < n_seq; b++) {
        af_item local, *x = S->items ? &S->items[it] : &local;
        if (c->cu_q) {
            if (c->cu_q[b + 1] == c->cu_q[b]) continue;
            int32_t kv_b, qo_b;
            attnforge_positions(p, b, &kv_b, &qo_b);
            /* sizing: the sequence's call points at locals; it is only planned */
            attnforge_sequence_call(c, b, ws ? kv + b : &kv_b, ws ? qo + b : &qo_b, &x->c);
        } else {
            x->c = *c;
            x->c.kv_len = kv;
            x->c.q_offset = qo;
        }
        x->seq = b;
        attnforge_plan(&x->c, &x->pl, k->prefill_rows);
        x->pack_rows = pack_rows(&x->c, &x->pl, kv_pack, &x->widen);
        x->pack_bytes = pack_part_bytes(&x->c, x->pack_rows, x->c.Dk, x->c.kf, x->widen) +
                        pack_part_bytes(&x->c, x->pack_rows, x->c.Dv, x->c.vf, x->widen);
        x->n_pack = x->pack_rows ? (int64_t)x->c.B * x->c.Hkv *
                                       ((x->pack_rows + AF_PACK_KEYS - 1) / AF_PACK_KEYS)
                                 : 0;
        pack_bytes += x->pack_bytes;
        S->n_pack += x->n_pack;
        if (x->widen && !x->pack_rows) { /* a widened decode */
            const int64_t f = x->pl.nkv * scratch_rows(&x->c, &x->pl) * (x->c.Dk + x->c.Dv);
            const int64_t z = (x->c.key_hi + x->pl.chunk - 1) / x->pl.chunk;
            if (f > scratch_floats) scratch_floats = f;
            if (z > zero_pages) zero_pages = z;
        }
        if (!x->pl.decode) { /* either prefill kernel may run (packing may be dropped below) */
            const int b = k->prefill_scratch > k->prefill_f32_scratch ? k->prefill_scratch : k->prefill_f32_scratch;
            const int64_t f = ((int64_t)b + (int64_t)sizeof(float) - 1) / (int64_t)sizeof(float);
            if (f > scratch_floats) scratch_floats = f;
        }
        macs += x->pl.macs;
        S->n_tasks += x->pl.n_tasks;
        if (x->pl.n_chunks > 1) {
            S->n_merges += x->pl.n_groups;
            chunk_floats += x->pl.n_tasks * x->pl.slot.floats;
        } else if (x->pl.slot.floats > worker_floats) {
            worker_floats = x->pl.slot.floats;
        }
        it++;
    }
    S->n_workers = (n_threads > 1 && S->n_tasks > 1 && macs >= AF_INLINE_MACS) ? n_threads : 1;
    S->worker_floats = worker_floats;
    const size_t items_bytes = round64((size_t)n_items * sizeof(af_item));
    const size_t done_bytes = round64((size_t)S->n_merges * sizeof(atomic_int));
    const size_t slot_bytes =
        round64(((size_t)S->n_workers * (size_t)worker_floats + (size_t)chunk_floats) * sizeof(float));
    if (pack_bytes > AF_PACK_MAX_BYTES) { /* no item packs: forget the choice */
        pack_bytes = 0;
        S->n_pack = 0;
        for (int32_t i = 0; ws && i < n_items; i++)
            if (S->items[i].pack_rows) S->items[i].pack_rows = S->items[i].n_pack = S->items[i].widen = 0;
    }
    scratch_floats = (scratch_floats + 15) & ~(int64_t)15; /* each worker's part 64-byte aligned */
    S->scratch_floats = scratch_floats;
    const size_t scratch_bytes = round64((size_t)S->n_workers * (size_t)scratch_floats * sizeof(float));
    const size_t zero_bytes = round64((size_t)zero_pages * sizeof(int32_t));
    S->ws_bytes = pos_bytes + items_bytes + done_bytes + slot_bytes + pack_bytes + scratch_bytes + zero_bytes;
    if (!ws) return;

    /* order, then number tasks, merges and chunk slots in that order */
    if (c->cu_q) qsort(S->items, (size_t)n_items, sizeof(af_item), heavier_first);
    S->chunks_done = (atomic_int *)((char *)ws + pos_bytes + items_bytes);
    for (int64_t g = 0; g < S->n_merges; g++) atomic_init(&S->chunks_done[g], 0);
    S->worker_slots = (float *)((char *)ws + pos_bytes + items_bytes + done_bytes);
    float *next = S->worker_slots + (size_t)S->n_workers * (size_t)worker_floats;
    char *pack = (char *)ws + pos_bytes + items_bytes + done_bytes + slot_bytes;
    S->scratch = (float *)(pack + pack_bytes);
    S->zero_pages = (int32_t *)((char *)S->scratch + scratch_bytes);
    memset(S->zero_pages, 0, (size_t)zero_pages * sizeof(int32_t));
    int64_t task0 = 0, merge0 = 0, pack0 = 0;
    for (int32_t i = 0; i < n_items; i++) {
        af_item *x = &S->items[i];
        x->task0 = task0;
        x->merge0 = merge0;
        x->chunk_slots = NULL;
        x->pack0 = pack0;
        if (x->pack_rows) {
            x->src = x->c;
            bind_pack(x, pack);
            pack += x->pack_bytes;
            pack0 += x->n_pack;
        }
        task0 += x->pl.n_tasks;
        if (x->pl.n_chunks > 1) {
            x->chunk_slots = next;
            next += x->pl.n_tasks * x->pl.slot.floats;
            merge0 += x->pl.n_groups;
        }
        S->any_decode |= x->pl.decode;
        S->any_prefill |= !x->pl.decode;
        S->any_widen |= x->widen;
    }
}

/* ---- execution --------------------------------------------------------------- */

typedef struct exec {
    const af_schedule *S;
    const af_kernels *k;
} exec;

/* The item holding global task t: the last whose first task is <= t. */
static const af_item *item_of(const af_schedule *S, int64_t t)
{
    int32_t lo = 0, hi = S->n_items; /* answer in [lo, hi) */
    while (hi - lo > 1) {
        const int32_t mid = lo + (hi - lo) / 2;
        if (S->items[mid].task0 <= t) lo = mid; else hi = mid;
    }
    return &S->items[lo];
}
/* The rows of row group g (chunk range left to the caller). */
static af_tile tile_of(const af_call *c, const af_plan *pl, int64_t g)
{
    af_tile t = {0};
    const int32_t ib = pl->n_iblk - 1 - (int32_t)(g % pl->n_iblk); /* heaviest first */
    g /= pl->n_iblk;
    const int32_t hb = (int32_t)(g % pl->n_hblk);
    g /= pl->n_hblk;
    const int32_t nkg = c->Hkv / pl->nkv; /* tiles per batch entry and query block */
    t.kvh = (int32_t)(g % nkg) * pl->nkv;
    t.nkv = pl->nkv;
    t.b = (int32_t)(g / nkg);
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

/* K rows (is_v 0) or V rows of keys [j0, j1) of (b, kvh) in s's format,
 * widened to f32 by the call's row code (copied when s's is f32), into dst
 * at dst_ss floats apart. */
static void widen_rows(const af_kernels *k, const af_call *s, int is_v, int32_t b, int32_t kvh,
                       int64_t j0, int64_t j1, float *dst, int64_t dst_ss)
{
    const af_widen_fn w = is_v ? k->widen_v : k->widen_k;
    const attnforge_format f = is_v ? s->vf : s->kf;
    const char *base = is_v ? s->v : s->k;
    const int32_t D = is_v ? s->Dv : s->Dk;
    const float sc = af_kv_scale(s, is_v, kvh);
    for (int64_t j = j0; j < j1; j++, dst += dst_ss) {
        const char *src = base + attnforge_format_bytes(f, af_kv_offset(s, is_v, b, kvh, j));
        if (w) w(dst, src, is_v, sc);
        else memcpy(dst, src, (size_t)D * sizeof(float));
    }
}

/* Keys ahead a widened decode's rows are prefetched. */
#define AF_WIDEN_AHEAD 16

/* K (is_v 0) or V rows of tile t's keys [j0, j1) and KV heads [kvh, kvh +
 * nkv), widened into dst: head g's key j at row g * rows + j % chunk. Key by
 * key, a key's heads together: address order in a BSHD cache (one head's rows
 * are Hkv rows apart), with every row prefetched AF_WIDEN_AHEAD keys ahead
 * (prefetches never fault: past the end or across a page they cost nothing). */
static void widen_tile(const af_kernels *k, const af_call *c, int is_v, const af_tile *t, float *dst,
                       int64_t rows, int64_t chunk)
{
    const af_widen_fn w = is_v ? k->widen_v : k->widen_k;
    const attnforge_format f = is_v ? c->vf : c->kf;
    const char *base = is_v ? c->v : c->k;
    const int32_t D = is_v ? c->Dv : c->Dk;
    const size_t row_bytes = attnforge_format_bytes(f, D);
    const int64_t ahead = attnforge_format_bytes(f, (is_v ? c->v_ss : c->k_ss) * AF_WIDEN_AHEAD);
    float sc[AF_DECODE_WIDE_ROWS]; /* a tile's KV heads: at most one per row */
    for (int32_t g = 0; g < t->nkv; g++) sc[g] = af_kv_scale(c, is_v, t->kvh + g);
    for (int64_t j = t->j0; j < t->j1; j++)
        for (int32_t g = 0; g < t->nkv; g++) {
            const char *src = base + attnforge_format_bytes(f, af_kv_offset(c, is_v, t->b, t->kvh + g, j));
            float *d = dst + (g * rows + j % chunk) * D;
            for (size_t o = 0; o < row_bytes; o += 64) __builtin_prefetch(src + ahead + o, 0, 2);
            if (w) w(d, src, is_v, sc[g]);
            else memcpy(d, src, row_bytes);
        }
}

/* A widened decode task (K and V in different formats; "Packing" above):
 * the tile's K and V rows of keys [j0, j1), every KV head of the tile,
 * widened into the worker's scratch, which the f32 decode kernel reads as a
 * paged cache whose page table points every chunk of keys at it (pages of
 * the chunk's size, so key j is row j % chunk; KV head kvh + g is the g-th
 * run of rows). The values are those the call's kernels gather and the f32
 * kernel's result does not depend on the strides it reads through, so the
 * result is the f32 call's on the widened cache. */
static void widened_decode(const exec *x, const af_item *it, const af_tile *t, int worker)
{
    const af_call *c = &it->c;
    const int64_t rows = scratch_rows(c, &it->pl), chunk = it->pl.chunk;
    float *ks = x->S->scratch + (int64_t)worker * x->S->scratch_floats;
    float *vs = ks + (int64_t)t->nkv * rows * c->Dk;
    widen_tile(x->k, c, 0, t, ks, rows, chunk);
    widen_tile(x->k, c, 1, t, vs, rows, chunk);
    af_call w = *c;
    w.kf = w.vf = ATTNFORGE_FORMAT_F32; /* the scales are in the widened values */
    w.k_scale = w.v_scale = 1.0f;
    w.k_scales = w.v_scales = NULL;
    w.k = ks;
    w.v = vs;
    w.k_sb = w.v_sb = 0; /* every page is the scratch */
    w.k_ss = c->Dk;
    w.v_ss = c->Dv;
    w.k_sh = rows * c->Dk;
    w.v_sh = rows * c->Dv;
    w.block_table = x->S->zero_pages;
    w.bt_stride = 0;
    w.page_size = (int32_t)chunk;
    w.kv_hot = 1;
    af_tile wt = *t;
    wt.kvh = 0; /* the tile's first KV head is the scratch's first */
    x->k->decode_f32(&w, &wt);
}

static void run_tile(void *arg, int64_t task, int worker)
{
    const exec *x = arg;
    const af_item *it = item_of(x->S, task);
    const af_call *c = &it->c;
    const af_plan *pl = &it->pl;
    task -= it->task0;
    af_tile t;
    const int visible = attnforge_plan_task(c, pl, task, &t);
    /* the slots of one tile's chunks are adjacent, in chunk order, for the merge */
    const int64_t g = task % pl->n_groups;
    const int64_t si = g * pl->n_chunks + task / pl->n_groups;
    float *slot = pl->n_chunks > 1 ? it->chunk_slots + si * pl->slot.floats
                                   : x->S->worker_slots + worker * x->S->worker_floats;
    attnforge_slot_bind(&t, &pl->slot, slot);
    t.scratch = x->S->scratch + (int64_t)worker * x->S->scratch_floats;
    if (visible && pl->decode && it->widen)
        widened_decode(x, it, &t, worker);
    else if (visible)
        (pl->decode ? x->k->decode : it->widen ? x->k->prefill_f32 : x->k->prefill)(c, &t);
    else
        write_empty(&t, c->Dv);
    if (pl->n_chunks == 1) {
        attnforge_merge(c, &t, &pl->slot, slot, 1, x->k->store_o);
        return;
    }
    /* The tile's last chunk to finish merges them all. acq_rel: every other
     * chunk's slot writes precede its increment, and the read-modify-writes
     * on one counter form a release sequence the last one acquires. */
    if (atomic_fetch_add_explicit(&x->S->chunks_done[it->merge0 + g], 1, memory_order_acq_rel) ==
        pl->n_chunks - 1)
        attnforge_merge(c, &t, &pl->slot, it->chunk_slots + g * pl->n_chunks * pl->slot.floats, pl->n_chunks,
                        x->k->store_o);
}

/* The item holding packing task t: the last whose first packing task is
 * <= t (items without packing tasks before it share its pack0). */
static const af_item *pack_item_of(const af_schedule *S, int64_t t)
{
    int32_t lo = 0, hi = S->n_items;
    while (hi - lo > 1) {
        const int32_t mid = lo + (hi - lo) / 2;
        if (S->items[mid].pack0 <= t) lo = mid; else hi = mid;
    }
    return &S->items[lo];
}

/* pack_task's f32 copy reads a (b, KV head)'s rows one after another, Hkv * D
 * elements apart in a BSHD cache (3 KiB for GPT-2's rows), a pattern the
 * hardware prefetchers do not follow, each row's lines cold: so the rows
 * PACK_PF_ROWS ahead are prefetched. GPT-2 f32, causal 1024, one pinned
 * thread (AVX2 Zen 3): the copy's samples 7.1 % of the kernel's without,
 * 3.9 % with 8 rows ahead, 4.3 % with 16; Llama 3.2 3B's rows (4 KiB apart)
 * 3.2-3.7 % either way. The same in widen_rows (f16 rows of 128 bytes):
 * 2.4 % without, 2.7 % with (docs/performance-log.md, section 32). */
#define PACK_PF_ROWS 8
static void prefetch_row(const char *p, size_t bytes)
{
    for (size_t o = 0; o < bytes; o += 64) __builtin_prefetch(p + o, 0, 3);
}

/* Packing task: copies AF_PACK_KEYS keys of one (b, KV head), K and V, from
 * the caller's rows to the item's packed copy (widened to f32 by the call's
 * variant when the item widens), only the keys some row of sequence b can
 * see (no kernel reads the others). */
static void pack_task(void *arg, int64_t task, int worker)
{
    (void)worker;
    const exec *x = arg;
    const af_item *it = pack_item_of(x->S, task);
    const af_call *s = &it->src, *c = &it->c;
    task -= it->pack0;
    const int32_t kvh = (int32_t)(task % c->Hkv);
    task /= c->Hkv;
    const int64_t n_ch = (it->pack_rows + AF_PACK_KEYS - 1) / AF_PACK_KEYS;
    const int32_t b = (int32_t)(task / n_ch);
    int64_t lo, hi;
    af_pos_range(s, s->kv_len[b], af_pos(s, b, 0), af_pos(s, b, s->Sq - 1), &lo, &hi);
    const int64_t j0 = (task % n_ch) * AF_PACK_KEYS;
    if (lo < j0) lo = j0;
    if (hi > j0 + AF_PACK_KEYS) hi = j0 + AF_PACK_KEYS;
    if (hi > it->pack_rows) hi = it->pack_rows;
    if (it->widen) { /* the copy is BHSD: a (b, KV head)'s rows follow each other */
        if (lo >= hi) return;
        widen_rows(x->k, s, 0, b, kvh, lo, hi, (float *)c->k + af_kv_offset(c, 0, b, kvh, lo), c->Dk);
        widen_rows(x->k, s, 1, b, kvh, lo, hi, (float *)c->v + af_kv_offset(c, 1, b, kvh, lo), c->Dv);
        return;
    }
    const size_t kr = attnforge_format_bytes(s->kf, s->Dk), vr = attnforge_format_bytes(s->vf, s->Dv);
    for (int64_t j = lo; j < hi; j++) {
        if (j + PACK_PF_ROWS < hi) {
            prefetch_row((const char *)s->k + attnforge_format_bytes(s->kf, af_kv_offset(s, 0, b, kvh, j + PACK_PF_ROWS)), kr);
            prefetch_row((const char *)s->v + attnforge_format_bytes(s->vf, af_kv_offset(s, 1, b, kvh, j + PACK_PF_ROWS)), vr);
        }
        memcpy((char *)c->k + attnforge_format_bytes(c->kf, af_kv_offset(c, 0, b, kvh, j)),
               (const char *)s->k + attnforge_format_bytes(s->kf, af_kv_offset(s, 0, b, kvh, j)), kr);
        memcpy((char *)c->v + attnforge_format_bytes(c->vf, af_kv_offset(c, 1, b, kvh, j)),
               (const char *)s->v + attnforge_format_bytes(s->vf, af_kv_offset(s, 1, b, kvh, j)), vr);
    }
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

void attnforge_execute(attnforge_context *ctx, const af_schedule *S, const af_kernels *k,
                       int inline_only)
{
    exec x = {S, k};
    const int nw = inline_only ? 1 : S->n_workers;
    if (S->n_pack) parallel(ctx, nw, pack_task, &x, S->n_pack);
    parallel(ctx, nw, run_tile, &x, S->n_tasks);
}
