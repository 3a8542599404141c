/*
 * Declarations shared by the runtime's translation units (not installed).
 * Every function with external linkage is named attnforge_* even though it is
 * internal: a static library exports whatever is not static.
 */
#ifndef ATTNFORGE_INTERNAL_H
#define ATTNFORGE_INTERNAL_H

#include <pthread.h>
#include <stdatomic.h>
#include <stddef.h>

#include "attnforge.h"
#include "kernel.h"

/* ---- errors (runtime/helpers.c) ------------------------------------------ */
/* Records a formatted message for attnforge_last_error() and returns s. */
attnforge_status attnforge_fail(attnforge_status s, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
void attnforge_set_last_kernel(const char *name);

/* ---- validation (runtime/validate.c) ------------------------------------- */
/* Checks every argument of p and fills c with defaults applied, except
 * kv_len and q_offset, which are left NULL until attnforge_fill_positions()
 * writes the per-batch values into two B-element arrays (in the workspace). */
attnforge_status attnforge_validate(const attnforge_params *p, af_call *c);
void attnforge_fill_positions(const attnforge_params *p, af_call *c, int32_t *kv_buf,
                              int32_t *qo_buf);
/* Sequence b's kv_len and q_offset, defaults applied (what fill_positions writes). */
void attnforge_positions(const attnforge_params *p, int32_t b, int32_t *kv_len, int32_t *q_offset);

/* ---- dispatch (runtime/dispatch.c) --------------------------------------- */
typedef struct af_kernels {
    af_kernel_fn decode, prefill;
    const char *decode_name, *prefill_name; /* "generic" or the function's name */
    attnforge_isa isa;
    /* Where K/V can be widened per call for a long prefill (runtime/plan.c,
     * "Packing"): the f32 prefill kernel for the same head dims (NULL: no
     * widening) and the row wideners of K's and V's formats (the call's
     * variant's own; for K and V in different formats, a variant of each
     * format; NULL for an f32 K or V, whose rows are copied). */
    af_widen_fn widen_k, widen_v;
    af_kernel_fn prefill_f32;
    const char *prefill_f32_name;
    /* Bytes of af_tile.scratch the prefill kernels need (the variant's
     * prefill_scratch; prefill_f32's), 0 for none. */
    int prefill_scratch, prefill_f32_scratch;
    /* Query rows of a prefill tile the prefill kernels want (their variant's
     * prefill_rows; widening pairs variants that agree), 0: the planner's
     * default (runtime/plan.c). */
    int prefill_rows;
    /* The f32 decode kernel (K and V in different formats only: their decode
     * widens too, as no variant takes them; NULL otherwise). */
    af_kernel_fn decode_f32;
    const char *decode_f32_name;
    /* The prefill reads 16-bit K rows in place as tile operands (the
     * variant's copy_rows): a strided cache is copied for it (plan.c). */
    int copy_rows;
    /* The merge's output-row store: the kernels' ISA's (generated), NULL for
     * the portable loop (runtime/merge.c) where the generic kernel runs and
     * for K and V in different formats (such a call runs the generic kernel
     * or the widened f32 kernels depending on its shape). */
    af_store_fn store_o;
    /* A q_exact bf16 variant's kernels for the tiles its dot product would
     * get wrong (af_call.exact_decode / exact_prefill, which the call takes
     * from here; prefill_scratch covers that prefill too). NULL otherwise. */
    af_kernel_fn exact_decode, exact_prefill;
} af_kernels;

/* Best ISA this CPU supports (never AUTO; GENERIC only if no generated ISA
 * can run). Thread-safe, cached. */
attnforge_isa attnforge_cpu_isa(void);
int attnforge_cpu_has(attnforge_isa isa);
/* 1 when the merge may prefetch O rows for writing: an x86-64 CPU with
 * PREFETCHW, any CPU of another target. Thread-safe, cached. */
int attnforge_cpu_prefetchw(void);
/* "auto", "generic" or the name of any ISA module (the generated ISA table). */
int attnforge_isa_parse(const char *s, attnforge_isa *out);
const char *attnforge_isa_name(attnforge_isa isa);
/* Those names as "auto, generic, scalar, ...", for messages. */
void attnforge_isa_list(char *buf, size_t size);
/* The kernels for a call at or below the ISA level cap (GENERIC = the
 * generic kernel only): the highest-ranked generated variant for its K/V
 * format (K and V the same) and head dims that this CPU runs, else generic.
 * Any Q format (f32/f16/bf16), O format and mask format (f32/f16) go with it,
 * except that a q_exact variant needs Q in its own format. */
af_kernels attnforge_select(attnforge_isa cap, const af_call *c);

/* ---- generic fallback (runtime/generic.c) --------------------------------- */
void attnforge_generic_kernel(const af_call *c, const af_tile *t);

/* ---- merge (runtime/merge.c) ---------------------------------------------- */
/* Layout of one partial slot for a tile of `rows` rows. */
typedef struct af_slot_layout {
    int64_t rows, acc_stride, floats; /* floats: slot size, a multiple of 16 */
} af_slot_layout;
af_slot_layout attnforge_slot_layout(int64_t rows, int32_t dv);
/* Points t->m, t->l, t->acc into a slot. */
void attnforge_slot_bind(af_tile *t, const af_slot_layout *L, float *slot);
/* Combines n_chunks consecutive slots of one row group (same b, kvh, h0, nh,
 * i0, ni as *t) in chunk order, adds the sink, writes O (through store, or
 * the portable loop where it is NULL) and LSE. */
void attnforge_merge(const af_call *c, const af_tile *t, const af_slot_layout *L,
                     const float *slots, int32_t n_chunks, af_store_fn store);

/* ---- thread pool (runtime/pool.c) ----------------------------------------- */
typedef struct af_pool af_pool;
/* n_threads >= 2: n_threads - 1 workers plus the calling thread. Idle
 * workers poll for poll_us microseconds (0: none) before they sleep. */
#define AF_POOL_POLL_US 1000
af_pool *attnforge_pool_create(int n_threads, int poll_us);
void attnforge_pool_destroy(af_pool *pool);
/* Runs fn(arg, t, w) for t in [0, n_tasks) on the pool, the caller taking part
 * as worker 0; returns when every task has finished. One run at a time.
 * Participant w starts with the tasks [n_tasks w / T, n_tasks (w + 1) / T)
 * in order (T = n_threads), then helps the others (runtime/pool.c). */
void attnforge_pool_run(af_pool *pool, attnforge_task_fn fn, void *arg, int64_t n_tasks);
/* CPUs this process may run on (affinity mask), >= 1. */
int attnforge_cpu_count(void);

/* ---- planner and execution (runtime/plan.c) ------------------------------- */
/* How one call (B sequences of Sq rows) is cut into tasks. */
typedef struct af_plan {
    int decode;           /* 1: decode path (split-KV), 0: prefill path */
    int32_t nh, ni;       /* rows of a tile: nh heads x ni queries */
    int32_t nkv;          /* KV heads of a tile (decode: 1 or several) */
    int32_t n_hblk, n_iblk;
    int32_t chunk;        /* keys per task */
    int64_t key_base;     /* first key of chunk 0 (a multiple of chunk) */
    int32_t n_chunks;
    int64_t n_groups;     /* B * (Hkv / nkv) * n_hblk * n_iblk */
    int64_t n_tasks;
    af_slot_layout slot;
    double macs;          /* multiply-adds of the call, at most */
    double task_cost;     /* multiply-adds of its heaviest task, at most */
} af_plan;

void attnforge_plan(const af_call *c, af_plan *plan, int prefill_rows);
/* The tile of one task (rows and key range, outputs unbound). Returns 0 when
 * no row of the tile can see any of its keys (the task then runs no kernel). */
int attnforge_plan_task(const af_call *c, const af_plan *plan, int64_t task, af_tile *t);

/* One planned call of a schedule: the whole call, or one sequence of a packed
 * batch (attnforge_sequence_call). Its tasks are the schedule's [task0,
 * task0 + pl.n_tasks); split-KV ones (n_chunks > 1) merge as the schedule's
 * merge groups [merge0, merge0 + pl.n_groups) from their own chunk_slots,
 * each when its counter chunks_done[merge0 + g] reaches pl.n_chunks. */
typedef struct af_item {
    af_call c;
    af_plan pl;
    int32_t seq;
    int64_t task0, merge0;
    float *chunk_slots;
    /* A prefill item whose K/V rows are gathered first ("packed": see
     * plan.c): pack_rows > 0 key rows per (b, KV head) in the workspace, c
     * reading the copy, src the call as given; its packing tasks are the
     * schedule's [pack0, pack0 + n_pack). pack_rows 0: c reads the caller's
     * K/V. */
    int64_t pack_rows, pack0, n_pack;
    size_t pack_bytes;
    af_call src;
    /* 1: K and V are widened to f32 and the f32 kernels run. A prefill
     * (pack_rows > 0) widens into its copy first, c then being an f32 call;
     * a decode (pack_rows 0, c the call as given) widens each task's rows
     * into its worker's scratch (plan.c, "Packing") */
    int widen;
} af_item;

typedef struct af_schedule {
    int32_t n_items;
    af_item *items;        /* in the workspace, heaviest task first */
    int64_t n_tasks, n_merges;
    int n_workers;         /* threads the call may use (1 = inline) */
    atomic_int *chunks_done; /* per merge group: its chunks finished so far */
    float *worker_slots;   /* per worker, for tiles that merge at once */
    int64_t worker_floats;
    int any_decode, any_prefill, any_widen;
    int64_t n_pack;        /* packing tasks, run before the tiles */
    /* per worker, scratch_floats (a multiple of 16) at scratch: a widened
     * decode's f32 rows, or a prefill tile's af_tile.scratch; zero_pages,
     * zeros: the page table that points every chunk of a widened decode's
     * keys at the scratch (one entry per chunk up to the longest key range) */
    float *scratch;
    int64_t scratch_floats;
    int32_t *zero_pages;
    size_t ws_bytes;       /* bytes of workspace the call needs */
} af_schedule;

/* Sequence b of a packed call (c->cu_q non-NULL) as a call of its own: B = 1,
 * its rows, keys, mask rows, LSE and block-table row, with the given kv_len
 * and q_offset (one value each). The same call a caller would make for that
 * sequence alone, so the result is bitwise the same. */
void attnforge_sequence_call(const af_call *c, int32_t b, const int32_t *kv_len,
                             const int32_t *q_offset, af_call *s);
/* Plans a validated call on n_threads. With ws NULL it only sizes S
 * (ws_bytes, n_workers, counts); with ws (S->ws_bytes bytes from a sizing
 * call, 64-byte aligned) it also writes positions, items and slot pointers
 * there, ready for attnforge_execute. kv_pack says which prefill K/V may be
 * packed first (plan.c, "Packing"): AF_PACK_COPY f32 rows that are not
 * contiguous (bitwise the same result), AF_PACK_WIDEN rows of another
 * format, widened to f32 (the f32 kernel then runs: within SPEC's bound of
 * the same call unpacked, not bitwise); attnforge_pack_mode gives the
 * context's setting for a call's kernels. */
#define AF_PACK_COPY 1
#define AF_PACK_WIDEN 2
#define AF_PACK_ROWS 4 /* with COPY: 16-bit rows too, for a copy_rows prefill */
int attnforge_pack_mode(const attnforge_context *ctx, const af_kernels *k);
void attnforge_schedule(const attnforge_params *p, const af_call *c, const af_kernels *k, int n_threads,
                        int kv_pack, void *ws, af_schedule *S);
/* Runs a scheduled call (inline_only: on the calling thread alone). */
void attnforge_execute(attnforge_context *ctx, const af_schedule *S, const af_kernels *k,
                       int inline_only);

/* ---- the context ---------------------------------------------------------- */
struct attnforge_context {
    int num_threads;
    attnforge_parallel_for_fn parallel_for;
    void *parallel_for_user;
    af_pool *pool;          /* NULL when num_threads == 1 or parallel_for */
    attnforge_isa isa_cap;  /* resolved: GENERIC .. the CPU's best */
    int verbose;            /* ATTNFORGE_VERBOSE */
    int kv_pack;            /* AF_PACK_* allowed: ATTNFORGE_KV_PACK=0 none, =copy no widening */
    pthread_mutex_t lock;   /* held by the call using pool and workspace */
    void *ws;
    size_t ws_bytes;
    const char *last_printed; /* verbose: last kernel name printed */
};

#endif /* ATTNFORGE_INTERNAL_H */
