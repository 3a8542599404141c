/*
 * attnforge as a ggml backend: a loadable module (GGML_BACKEND_DL) that
 * registers one device of the accelerator kind, like ggml-blas, and takes
 * GGML_OP_FLASH_ATTN_EXT and nothing else. ggml's scheduler runs every other
 * op on the CPU backend; tensors stay in host memory (the CPU buffer type), so
 * nothing is copied: ggml's tensors are described to attnforge_attention()
 * through strides.
 *
 * Load it with GGML_BACKEND_PATH=/path/to/libggml-attnforge.so (read by
 * ggml_backend_load_all(), which llama.cpp's tools call) or
 * ggml_backend_load(path). llama.cpp: pass -fa on (the "auto" flash-attention
 * probe turns flash attention off when the op lands on a device other than
 * the layer's, which is what an accelerator backend does).
 *
 * The two exported symbols ggml's loader looks up, ggml_backend_init and
 * ggml_backend_score, are named by ggml; everything else is static or
 * attnforge_-prefixed.
 *
 * Threads: ggml sets the count (ggml_backend_set_n_threads, which llama.cpp
 * calls with its -t). Built with OpenMP (as ggml's CPU backend is by
 * default), attnforge's tiles run on OpenMP's thread team, the same libgomp
 * threads the CPU backend uses, through attnforge's parallel_for hook: no
 * second pool competes for the cores. Otherwise attnforge's own pool.
 *
 * Environment:
 *   ATTNFORGE_GGML_STATS=1  print, when the backend is freed, how many
 *                           FLASH_ATTN_EXT nodes it computed and the wall
 *                           time they took, decode nodes (one query token)
 *                           apart from the others.
 *   ATTNFORGE_GGML_POOL=1   use attnforge's own thread pool even with OpenMP.
 *   ATTNFORGE_GGML_MIN_MACS=N  take only nodes of at least N multiply-adds
 *                           (default AF_GGML_MIN_MACS_DEFAULT: below it the
 *                           extra split of ggml's schedule costs more than
 *                           the kernel saves; 0 takes every node).
 *   ATTNFORGE_GGML_GENERIC=1  also take nodes for which attnforge has no
 *                           generated kernel (head dims and K/V format pairs
 *                           outside its manifest) and would run its generic
 *                           fallback: correct, but slower than ggml's CPU
 *                           kernel, so refused by default.
 */
#include "ggml.h"
#include "ggml-backend.h"
#include "ggml-backend-impl.h"

#include "attnforge.h"

#include <math.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#ifdef _OPENMP
#include <omp.h>
#endif

#define AF_GGML_NAME "ATTNFORGE"

/* Nodes computed by every backend instance of this module, for tests and
 * the stats line (readable through get_proc_address("attnforge_ggml_calls")). */
static atomic_llong af_calls;
static atomic_llong af_failures;
/* With ATTNFORGE_GGML_STATS: wall time of the nodes, [0] decode nodes (one
 * query token), [1] the others, and their counts. */
static atomic_llong af_stat_ns[2];
static atomic_llong af_stat_nodes[2];

typedef struct af_backend_ctx {
    int stats;              /* ATTNFORGE_GGML_STATS, read at init */
    int n_threads;          /* what ggml_backend_set_n_threads asked for */
    int ctx_threads;        /* the thread count ctx was created with */
    attnforge_context *ctx; /* created lazily, recreated when n_threads changes */
    struct af_omp_range *ranges; /* the OpenMP hook's task ranges, ctx_threads of
                                    them, allocated with ctx (NULL: no hook) */
} af_backend_ctx;

/* ---- mapping a FLASH_ATTN_EXT node onto attnforge_params ----------------- */

static int af_format_of(enum ggml_type t, attnforge_format *f)
{
    switch (t) {
    case GGML_TYPE_F32: *f = ATTNFORGE_FORMAT_F32; return 1;
    case GGML_TYPE_F16: *f = ATTNFORGE_FORMAT_F16; return 1;
    case GGML_TYPE_BF16: *f = ATTNFORGE_FORMAT_BF16; return 1;
    case GGML_TYPE_Q8_0: *f = ATTNFORGE_FORMAT_Q8_0; return 1;
    case GGML_TYPE_Q4_0: *f = ATTNFORGE_FORMAT_Q4_0; return 1;
    default: return 0;
    }
}

/* A byte stride of a ggml tensor as a stride in elements of the logical
 * tensor: for block types, whole blocks times the block size. */
static int af_elem_stride(const struct ggml_tensor *t, size_t nb, int64_t *out)
{
    const size_t ts = ggml_type_size(t->type);
    const int64_t bs = ggml_blck_size(t->type);
    if (nb % ts) return 0;
    *out = (int64_t)(nb / ts) * bs;
    return 1;
}

/* Fills *p from the node, or returns 0 when attnforge cannot compute it
 * exactly as ggml defines it. Depends only on the node's types, shapes,
 * strides and op params; with with_data the data pointers are the tensors',
 * otherwise distinct placeholders (supports_op runs before allocation).
 * ALiBi (max_bias > 0 with a mask) needs the heads' slopes as mask factors:
 * af_map allocates them in *slopes, which the caller frees (NULL otherwise,
 * also on failure). */
static int af_map(const struct ggml_tensor *op, int with_data, attnforge_params *p, float **slopes)
{
    *slopes = NULL;
    const struct ggml_tensor *q = op->src[0], *k = op->src[1], *v = op->src[2];
    const struct ggml_tensor *mask = op->src[3], *sinks = op->src[4];
    if (op->op != GGML_OP_FLASH_ATTN_EXT || !q || !k || !v) return 0;
    for (int i = 5; i < GGML_MAX_SRC; i++)
        if (op->src[i]) return 0;

    memset(p, 0, sizeof *p);
    if (q->type != GGML_TYPE_F32 || op->type != GGML_TYPE_F32) return 0;
    if (!af_format_of(k->type, &p->k_format) || !af_format_of(v->type, &p->v_format)) return 0;
    p->q_format = ATTNFORGE_FORMAT_F32;
    p->o_format = ATTNFORGE_FORMAT_F32;

    const int64_t DK = q->ne[0], DV = v->ne[0];
    const int64_t Sq = q->ne[1], Hq = q->ne[2], B = q->ne[3];
    const int64_t Skv = k->ne[1], Hkv = k->ne[2];
    if (k->ne[0] != DK || v->ne[1] != Skv || v->ne[2] != Hkv || k->ne[3] != B || v->ne[3] != B) return 0;
    if (DK < 1 || DV < 1 || DK > ATTNFORGE_MAX_HEAD_DIM || DV > ATTNFORGE_MAX_HEAD_DIM) return 0;
    if (Sq < 1 || Skv < 1 || Hq < 1 || Hkv < 1 || B < 1) return 0;
    if (Sq > INT32_MAX || Skv > INT32_MAX || Hq > INT32_MAX || B > INT32_MAX) return 0;
    if (Hq % Hkv) return 0;
    /* output: [DV, Hq, Sq, B], written densely (ggml's CPU kernel assumes it too) */
    if (op->ne[0] != DV || op->ne[1] != Hq || op->ne[2] != Sq || op->ne[3] != B) return 0;
    if (!ggml_is_contiguous(op)) return 0;
    /* the head dim of Q, K and V is contiguous */
    if (q->nb[0] != ggml_type_size(q->type) || k->nb[0] != ggml_type_size(k->type) ||
        v->nb[0] != ggml_type_size(v->type))
        return 0;

    p->batch = (int32_t)B;
    p->seq_q = (int32_t)Sq;
    p->seq_kv = (int32_t)Skv;
    p->heads_q = (int32_t)Hq;
    p->heads_kv = (int32_t)Hkv;
    p->head_dim_k = (int32_t)DK;
    p->head_dim_v = (int32_t)DV;

    /* ggml dims: 1 = token, 2 = head, 3 = batch; attnforge strides: s, h, b */
    if (!af_elem_stride(q, q->nb[1], &p->q_stride.s) || !af_elem_stride(q, q->nb[2], &p->q_stride.h) ||
        !af_elem_stride(q, q->nb[3], &p->q_stride.b))
        return 0;
    if (!af_elem_stride(k, k->nb[1], &p->k_stride.s) || !af_elem_stride(k, k->nb[2], &p->k_stride.h) ||
        !af_elem_stride(k, k->nb[3], &p->k_stride.b))
        return 0;
    if (!af_elem_stride(v, v->nb[1], &p->v_stride.s) || !af_elem_stride(v, v->nb[2], &p->v_stride.h) ||
        !af_elem_stride(v, v->nb[3], &p->v_stride.b))
        return 0;
    /* dst [DV, Hq, Sq, B]: head stride nb1, token stride nb2, batch stride nb3 */
    p->o_stride.h = (int64_t)(op->nb[1] / sizeof(float));
    p->o_stride.s = (int64_t)(op->nb[2] / sizeof(float));
    p->o_stride.b = (int64_t)(op->nb[3] / sizeof(float));

    /* op params: scale, max_bias, logit_softcap (floats 0..2); 3 = precision
     * (attnforge accumulates in f32, which every precision allows); 4 =
     * n_kv_max, a bound on finite mask entries per row (a hint). */
    float scale, max_bias, softcap;
    memcpy(&scale, (const float *)op->op_params + 0, sizeof scale);
    memcpy(&max_bias, (const float *)op->op_params + 1, sizeof max_bias);
    memcpy(&softcap, (const float *)op->op_params + 2, sizeof softcap);
    /* attnforge reads scale 0 as "1/sqrt(Dk)"; ggml means zero */
    if (!isfinite(scale) || scale == 0.0f) return 0;
    if (!isfinite(softcap) || !isfinite(max_bias)) return 0;
    p->scale = scale;
    /* ggml: s = c * tanh(s * scale / c), even in c; attnforge takes c > 0 */
    p->softcap = fabsf(softcap);

    if (mask) {
        /* f16 [n_kv (>= Skv), n_batch (>= Sq), ne32 | Hq, ne33 | B], rows
         * contiguous; ggml broadcasts dims 2 and 3 by modulo: representable
         * as a zero stride (extent 1) or the identity (full extent). */
        if (mask->type != GGML_TYPE_F16 || mask->nb[0] != sizeof(ggml_fp16_t)) return 0;
        if (mask->ne[0] < Skv || mask->ne[1] < Sq) return 0;
        if (mask->nb[1] % 2 || mask->nb[2] % 2 || mask->nb[3] % 2) return 0;
        p->mask_format = ATTNFORGE_FORMAT_F16;
        p->mask_stride.j = 1;
        p->mask_stride.i = (int64_t)(mask->nb[1] / 2);
        if (mask->ne[2] == 1) p->mask_stride.h = 0;
        else if (mask->ne[2] == Hq) p->mask_stride.h = (int64_t)(mask->nb[2] / 2);
        else return 0;
        if (mask->ne[3] == 1) p->mask_stride.b = 0;
        else if (mask->ne[3] == B) p->mask_stride.b = (int64_t)(mask->nb[3] / 2);
        else return 0;
    }
    if (sinks) {
        if (sinks->type != GGML_TYPE_F32 || sinks->ne[0] != Hq || !ggml_is_contiguous(sinks)) return 0;
    }
    /* ggml's ALiBi: s += slope_h * mask[i, j], the mask holding -|pos_i - pos_j|
     * of the cache cells (and -inf), slope_h from max_bias as in
     * ggml_soft_max_ext: attnforge's mask_scales with those slopes, the same
     * sum whatever the cache's order. Without a mask max_bias changes
     * nothing. */
    if (max_bias > 0.0f && mask) {
        *slopes = malloc((size_t)Hq * sizeof **slopes);
        if (!*slopes) return 0;
        attnforge_alibi_slopes_max_bias((int32_t)Hq, max_bias, *slopes);
        for (int64_t h = 0; h < Hq; h++)
            if (!((*slopes)[h] > 0.0f)) { /* underflowed: a factor attnforge refuses */
                free(*slopes);
                *slopes = NULL;
                return 0;
            }
        p->mask_scales = *slopes;
    }

    if (with_data) {
        p->q = q->data;
        p->k = k->data;
        p->v = v->data;
        p->o = op->data;
        if (mask) p->mask = mask->data;
        if (sinks) p->sinks = (const float *)sinks->data;
    } else {
        /* placeholders far apart so that attnforge's aliasing check passes;
         * never dereferenced (only validated) */
        const uintptr_t gap = (uintptr_t)1 << 44;
        p->q = (const void *)(1 * gap);
        p->k = (const void *)(2 * gap);
        p->v = (const void *)(3 * gap);
        p->o = (void *)(4 * gap);
        if (mask) p->mask = (const void *)(5 * gap);
        if (sinks) p->sinks = (const float *)(6 * gap);
    }
    return 1;
}

/* A one-thread context (no pool) for validating calls in supports_op. */
static attnforge_context *af_validation_ctx(void)
{
    static attnforge_context *_Atomic vctx;
    attnforge_context *c = atomic_load(&vctx);
    if (c) return c;
    attnforge_context_options o = {.num_threads = 1};
    if (attnforge_context_create(&c, &o) != ATTNFORGE_OK) return NULL;
    attnforge_context *expected = NULL;
    if (!atomic_compare_exchange_strong(&vctx, &expected, c)) {
        attnforge_context_destroy(c);
        c = expected;
    }
    return c;
}

/* Whether attnforge should take the call: it would run one of its
 * generated kernels, not its generic fallback (attnforge_kernel_for, the
 * call's own kernel selection and plan, nothing computed). The generic
 * kernel computes a node exactly but slower than ggml's own kernel, so such
 * nodes (head dims outside the manifest) stay on the CPU backend. K and V in
 * different formats (-ctk q8_0 -ctv f16) run the f32 kernels on rows widened
 * per call (a prefill) or per task in L2 (a decode: runtime/plan.c). Until
 * the nineteenth session a decode widened its whole cache first, which was
 * slower than stock (tg128 at depth 4096, 1.02x / 0.85x), so mixed-format
 * decodes were left to the CPU backend. */
static int af_kernel_wanted(const attnforge_params *p)
{
    const char *name = NULL;
    attnforge_context *c = af_validation_ctx();
    return c && attnforge_kernel_for(c, p, &name) == ATTNFORGE_OK && strcmp(name, "generic") != 0;
}

static int af_env_on(const char *name)
{
    const char *e = getenv(name);
    return e && e[0] && strcmp(e, "0") != 0;
}

/* Below this much work a node stays on the CPU backend. Taking a node makes
 * it a split of ggml's schedule of its own: per layer, the CPU backend's graph
 * stops, attnforge runs, and the CPU backend starts again (with
 * OMP_WAIT_POLICY=passive, a wake-up of its OpenMP threads). A decode step
 * over a short cache is a few microseconds of attention, less than that
 * costs (llama-bench tg128 at depth 0 ran 0.93-0.97x stock with every node
 * taken). Work = B * Hq * Sq * Skv * (Dk + Dv) multiply-adds; measured
 * break-even in README.md ("Use it in llama.cpp"). ATTNFORGE_GGML_MIN_MACS
 * overrides it (0: take every node, as the tests do). */
#define AF_GGML_MIN_MACS_DEFAULT (2.0 * 1024 * 1024)

static double af_min_macs(void)
{
    const char *e = getenv("ATTNFORGE_GGML_MIN_MACS");
    if (e && e[0]) {
        char *end;
        const double x = strtod(e, &end);
        if (end != e && *end == '\0' && x >= 0) return x;
    }
    return AF_GGML_MIN_MACS_DEFAULT;
}

static int af_supports_fa(const struct ggml_tensor *op)
{
    attnforge_params p;
    float *slopes;
    if (!af_map(op, 0, &p, &slopes)) return 0;
    const double macs = (double)p.batch * p.heads_q * p.seq_q * p.seq_kv * (p.head_dim_k + p.head_dim_v);
    /* attnforge's own validation (formats, block alignment of strides, head
     * dims, overflow) decides the rest, so compute never refuses a node that
     * was accepted here */
    attnforge_context *c = af_validation_ctx();
    size_t bytes;
    const int ok = macs >= af_min_macs() && c && attnforge_workspace_size(c, &p, &bytes) == ATTNFORGE_OK &&
                   (af_env_on("ATTNFORGE_GGML_GENERIC") || af_kernel_wanted(&p));
    free(slopes);
    return ok;
}

/* ---- threads ------------------------------------------------------------- */

#ifdef _OPENMP
/* One participant's tasks: [next, end), taken from the front by fetch-add
 * (next only grows; past end: none left). One 64-byte line each. */
typedef struct af_omp_range {
    _Alignas(64) atomic_llong next;
    int64_t end;
} af_omp_range;

/* attnforge_parallel_for_fn on OpenMP, with attnforge's pool's scheme
 * (runtime/pool.c): thread w of the nt in the team takes the tasks
 * [n w / nt, n (w + 1) / nt) in order, then helps the others' ranges one task
 * at a time. A decode's tasks are numbered chunk-major, so a thread's next
 * task is the next key chunk, whose first lines its last block prefetched;
 * one shared counter gave that chunk to the other thread. Measured against
 * one counter, 2 passive threads on a Zen 3, llama-bench tg128 at depth
 * 16384, the decode node's time: hd64 1.24x faster (f16 and q8_0), hd128
 * 1.00-1.14x; depth 4096 unchanged (docs/performance-log.md section 35).
 * A thread the team does not start (fewer than nt) has its range taken by
 * the others. The ranges (c->ranges) are allocated with the context: one
 * backend computes one node at a time. */
static void af_omp_parallel_for(void *user, attnforge_task_fn fn, void *arg, int64_t n_tasks)
{
    const af_backend_ctx *c = (const af_backend_ctx *)user;
    af_omp_range *r = c->ranges;
    int nt = c->ctx_threads;
    if (nt > n_tasks) nt = (int)n_tasks;
    if (nt <= 1) {
        for (int64_t t = 0; t < n_tasks; t++) fn(arg, t, 0);
        return;
    }
    for (int w = 0; w < nt; w++) {
        atomic_init(&r[w].next, n_tasks * w / nt);
        r[w].end = n_tasks * (w + 1) / nt;
    }
#pragma omp parallel num_threads(nt)
    {
        const int w = omp_get_thread_num();
        for (int i = 0; i < nt; i++) {
            af_omp_range *q = &r[(w + i) % nt];
            for (int64_t t = atomic_fetch_add_explicit(&q->next, 1, memory_order_relaxed); t < q->end;
                 t = atomic_fetch_add_explicit(&q->next, 1, memory_order_relaxed))
                fn(arg, t, w);
        }
    }
}

#endif

/* ---- backend (stream) ------------------------------------------------------ */

static const char *af_backend_get_name(ggml_backend_t backend)
{
    (void)backend;
    return AF_GGML_NAME;
}

static void af_backend_free(ggml_backend_t backend)
{
    af_backend_ctx *c = (af_backend_ctx *)backend->context;
    if (c->stats) {
        fprintf(stderr, "attnforge-ggml: %lld FLASH_ATTN_EXT node(s) computed, %lld failed\n",
                (long long)atomic_load(&af_calls), (long long)atomic_load(&af_failures));
        static const char *const kind[2] = {"decode (1 query token)", "other"};
        for (int k = 0; k < 2; k++) {
            const long long n = atomic_load(&af_stat_nodes[k]), ns = atomic_load(&af_stat_ns[k]);
            if (n)
                fprintf(stderr, "attnforge-ggml: %s nodes: %lld, %.3f ms, %.1f us per node\n",
                        kind[k], n, ns * 1e-6, ns * 1e-3 / (double)n);
        }
    }
    if (c->ctx) attnforge_context_destroy(c->ctx);
    free(c->ranges);
    free(c);
    free(backend);
}

static enum ggml_status af_compute_fa(af_backend_ctx *c, struct ggml_tensor *node)
{
    attnforge_params p;
    float *slopes;
    if (!af_map(node, 1, &p, &slopes)) {
        fprintf(stderr, "attnforge-ggml: %s: node not supported (supports_op said yes)\n", node->name);
        return GGML_STATUS_FAILED;
    }
    if (!c->ctx || c->ctx_threads != c->n_threads) {
        if (c->ctx) attnforge_context_destroy(c->ctx);
        c->ctx = NULL;
        free(c->ranges);
        c->ranges = NULL;
        attnforge_context_options o = {.num_threads = c->n_threads};
#ifdef _OPENMP
        if (!af_env_on("ATTNFORGE_GGML_POOL") && c->n_threads > 1) {
            c->ranges = aligned_alloc(64, sizeof(af_omp_range) * (size_t)c->n_threads);
            if (!c->ranges) {
                fprintf(stderr, "attnforge-ggml: no memory for %d threads' task ranges\n", c->n_threads);
                free(slopes);
                return GGML_STATUS_ALLOC_FAILED;
            }
            o.parallel_for = af_omp_parallel_for;
            o.parallel_for_user = c;
        }
#endif
        if (attnforge_context_create(&c->ctx, &o) != ATTNFORGE_OK) {
            fprintf(stderr, "attnforge-ggml: context: %s\n", attnforge_last_error());
            free(slopes);
            return GGML_STATUS_ALLOC_FAILED;
        }
        c->ctx_threads = c->n_threads;
    }
    attnforge_status st = attnforge_attention(c->ctx, &p);
    free(slopes);
    if (st != ATTNFORGE_OK) {
        atomic_fetch_add(&af_failures, 1);
        fprintf(stderr, "attnforge-ggml: %s: %s\n", node->name, attnforge_last_error());
        return GGML_STATUS_FAILED;
    }
    atomic_fetch_add(&af_calls, 1);
    return GGML_STATUS_SUCCESS;
}

static enum ggml_status af_backend_graph_compute(ggml_backend_t backend, struct ggml_cgraph *cgraph)
{
    af_backend_ctx *c = (af_backend_ctx *)backend->context;
    for (int i = 0; i < ggml_graph_n_nodes(cgraph); i++) {
        struct ggml_tensor *node = ggml_graph_node(cgraph, i);
        if ((node->flags & GGML_TENSOR_FLAG_COMPUTE) == 0) continue;
        switch (node->op) {
        case GGML_OP_FLASH_ATTN_EXT: {
            struct timespec t0, t1;
            if (c->stats) clock_gettime(CLOCK_MONOTONIC, &t0);
            enum ggml_status st = af_compute_fa(c, node);
            if (st != GGML_STATUS_SUCCESS) return st;
            if (c->stats) {
                clock_gettime(CLOCK_MONOTONIC, &t1);
                const int k = node->src[0]->ne[1] == 1 ? 0 : 1;
                atomic_fetch_add(&af_stat_ns[k], (long long)(t1.tv_sec - t0.tv_sec) * 1000000000LL +
                                                     (t1.tv_nsec - t0.tv_nsec));
                atomic_fetch_add(&af_stat_nodes[k], 1);
            }
            break;
        }
        case GGML_OP_NONE:
        case GGML_OP_RESHAPE:
        case GGML_OP_VIEW:
        case GGML_OP_PERMUTE:
        case GGML_OP_TRANSPOSE:
            break;
        default:
            fprintf(stderr, "attnforge-ggml: unsupported op %s\n", ggml_op_desc(node));
            return GGML_STATUS_FAILED;
        }
    }
    return GGML_STATUS_SUCCESS;
}

static const struct ggml_backend_i af_backend_i = {
    .get_name = af_backend_get_name,
    .free = af_backend_free,
    .graph_compute = af_backend_graph_compute,
};

static ggml_guid_t af_backend_guid(void)
{
    static ggml_guid guid = {0x61, 0x74, 0x74, 0x6e, 0x66, 0x6f, 0x72, 0x67,
                             0x65, 0x2d, 0x67, 0x67, 0x6d, 0x6c, 0x2e, 0x31};
    return &guid;
}

/* ggml_backend_set_n_threads, through get_proc_address */
static void af_backend_set_n_threads(ggml_backend_t backend, int n_threads)
{
    if (!backend || !ggml_guid_matches(backend->guid, af_backend_guid())) return;
    af_backend_ctx *c = (af_backend_ctx *)backend->context;
    c->n_threads = n_threads > 0 ? n_threads : 1;
}

static long long af_ggml_calls(void)
{
    return (long long)atomic_load(&af_calls);
}

/* ---- device ------------------------------------------------------------------ */

static const char *af_dev_get_name(ggml_backend_dev_t dev)
{
    (void)dev;
    return AF_GGML_NAME;
}

static const char *af_dev_get_description(ggml_backend_dev_t dev)
{
    (void)dev;
    return "attnforge fused attention (FLASH_ATTN_EXT)";
}

static void af_dev_get_memory(ggml_backend_dev_t dev, size_t *free_mem, size_t *total)
{
    (void)dev;
    *free_mem = 0;
    *total = 0;
}

static enum ggml_backend_dev_type af_dev_get_type(ggml_backend_dev_t dev)
{
    (void)dev;
    return GGML_BACKEND_DEVICE_TYPE_ACCEL;
}

static void af_dev_get_props(ggml_backend_dev_t dev, struct ggml_backend_dev_props *props)
{
    memset(props, 0, sizeof *props);
    props->name = af_dev_get_name(dev);
    props->description = af_dev_get_description(dev);
    props->type = af_dev_get_type(dev);
    af_dev_get_memory(dev, &props->memory_free, &props->memory_total);
    props->caps.async = false;
    props->caps.host_buffer = false;
    props->caps.buffer_from_host_ptr = true;
    props->caps.events = false;
}

static ggml_backend_t af_dev_init_backend(ggml_backend_dev_t dev, const char *params)
{
    (void)params;
    af_backend_ctx *c = (af_backend_ctx *)calloc(1, sizeof *c);
    ggml_backend_t b = (ggml_backend_t)calloc(1, sizeof *b);
    if (!c || !b) {
        free(c);
        free(b);
        return NULL;
    }
    c->n_threads = GGML_DEFAULT_N_THREADS;
    c->stats = af_env_on("ATTNFORGE_GGML_STATS");
    b->guid = af_backend_guid();
    b->iface = af_backend_i;
    b->device = dev;
    b->context = c;
    return b;
}

static ggml_backend_buffer_type_t af_dev_get_buffer_type(ggml_backend_dev_t dev)
{
    (void)dev;
    return ggml_backend_cpu_buffer_type();
}

static ggml_backend_buffer_t af_dev_buffer_from_host_ptr(ggml_backend_dev_t dev, void *ptr, size_t size,
                                                         size_t max_tensor_size)
{
    (void)dev;
    (void)max_tensor_size;
    return ggml_backend_cpu_buffer_from_ptr(ptr, size);
}

static bool af_dev_supports_op(ggml_backend_dev_t dev, const struct ggml_tensor *op)
{
    (void)dev;
    switch (op->op) {
    case GGML_OP_NONE:
    case GGML_OP_RESHAPE:
    case GGML_OP_VIEW:
    case GGML_OP_PERMUTE:
    case GGML_OP_TRANSPOSE:
        return true;
    case GGML_OP_FLASH_ATTN_EXT:
        return af_supports_fa(op) != 0;
    default:
        return false;
    }
}

static bool af_dev_supports_buft(ggml_backend_dev_t dev, ggml_backend_buffer_type_t buft)
{
    (void)dev;
    return ggml_backend_buft_is_host(buft);
}


/* ---- registry ----------------------------------------------------------------- */

static const char *af_reg_get_name(ggml_backend_reg_t reg)
{
    (void)reg;
    return "attnforge";
}

static size_t af_reg_get_device_count(ggml_backend_reg_t reg)
{
    (void)reg;
    return 1;
}

static struct ggml_backend_reg af_reg_storage;

static struct ggml_backend_device af_device = {
    .iface = {
        .get_name = af_dev_get_name,
        .get_description = af_dev_get_description,
        .get_memory = af_dev_get_memory,
        .get_type = af_dev_get_type,
        .get_props = af_dev_get_props,
        .init_backend = af_dev_init_backend,
        .get_buffer_type = af_dev_get_buffer_type,
        .buffer_from_host_ptr = af_dev_buffer_from_host_ptr,
        .supports_op = af_dev_supports_op,
        .supports_buft = af_dev_supports_buft,
    },
    .reg = &af_reg_storage,
    .context = NULL,
};

static ggml_backend_dev_t af_reg_get_device(ggml_backend_reg_t reg, size_t index)
{
    (void)reg;
    return index == 0 ? &af_device : NULL;
}

static void *af_reg_get_proc_address(ggml_backend_reg_t reg, const char *name)
{
    (void)reg;
    if (strcmp(name, "ggml_backend_set_n_threads") == 0) return (void *)af_backend_set_n_threads;
    if (strcmp(name, "attnforge_ggml_calls") == 0) return (void *)af_ggml_calls;
    return NULL;
}

static struct ggml_backend_reg af_reg_storage = {
    .api_version = GGML_BACKEND_API_VERSION,
    .iface = {
        .get_name = af_reg_get_name,
        .get_device_count = af_reg_get_device_count,
        .get_device = af_reg_get_device,
        .get_proc_address = af_reg_get_proc_address,
    },
    .context = NULL,
};

static ggml_backend_reg_t af_reg(void)
{
    return &af_reg_storage;
}

/* The loader's entry points (names fixed by ggml). A score > 0 says the
 * module runs here; attnforge picks its kernels at run time. */
static int af_score(void)
{
    return 1;
}

GGML_BACKEND_DL_IMPL(af_reg)
GGML_BACKEND_DL_SCORE_IMPL(af_score)
