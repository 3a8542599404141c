/*
 * The public entry points: contexts and the attention call. Policy only
 * (which kernel, which plan, which memory); the arithmetic lives in the
 * kernels and in merge.c.
 */
#define _DEFAULT_SOURCE /* posix_memalign, madvise */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#if defined(__linux__)
#include <sys/mman.h>
#endif

#include "internal.h"

/* ---- contexts ------------------------------------------------------------------ */

/* An integer environment variable in [lo, hi], else fallback (unset, empty,
 * not a number, out of range). */
static int env_int(const char *name, int fallback, long lo, long hi)
{
    const char *s = getenv(name);
    if (!s || !*s) return fallback;
    char *end;
    long v = strtol(s, &end, 10);
    return (*end == '\0' && v >= lo && v <= hi) ? (int)v : fallback;
}

attnforge_status attnforge_context_create(attnforge_context **out,
                                          const attnforge_context_options *opts)
{
    if (!out) return attnforge_fail(ATTNFORGE_ERR_NULL_POINTER, "context_create: out is NULL");
    *out = NULL;
    attnforge_context_options o = {0};
    if (opts) o = *opts;

    attnforge_isa isa = o.isa;
    if (isa == ATTNFORGE_ISA_AUTO) {
        const char *e = getenv("ATTNFORGE_ISA");
        if (e && *e && !attnforge_isa_parse(e, &isa)) {
            char names[256];
            attnforge_isa_list(names, sizeof names);
            return attnforge_fail(ATTNFORGE_ERR_ISA, "ATTNFORGE_ISA=%s: expected one of %s", e, names);
        }
    }
    if (isa == ATTNFORGE_ISA_AUTO) {
        isa = attnforge_cpu_isa();
    } else if (!attnforge_cpu_has(isa)) {
        return attnforge_fail(ATTNFORGE_ERR_ISA, "ISA %s forced but this CPU supports at most %s",
                              attnforge_isa_name(isa), attnforge_isa_name(attnforge_cpu_isa()));
    }

    attnforge_context *ctx = calloc(1, sizeof *ctx);
    if (!ctx) return attnforge_fail(ATTNFORGE_ERR_OUT_OF_MEMORY, "context_create: out of memory");
    ctx->isa_cap = isa;
    ctx->num_threads = o.num_threads > 0 ? o.num_threads
                                         : env_int("ATTNFORGE_NUM_THREADS", attnforge_cpu_count(), 1, 4096);
    ctx->parallel_for = o.parallel_for;
    ctx->parallel_for_user = o.parallel_for_user;
    ctx->verbose = env_int("ATTNFORGE_VERBOSE", 0, 1, 4096);
    const char *pack = getenv("ATTNFORGE_KV_PACK");
    ctx->kv_pack = pack && strcmp(pack, "0") == 0      ? 0
                   : pack && strcmp(pack, "copy") == 0 ? AF_PACK_COPY
                                                       : AF_PACK_COPY | AF_PACK_WIDEN;
    pthread_mutex_init(&ctx->lock, NULL);
    if (ctx->num_threads > 1 && !ctx->parallel_for) {
        /* how long idle workers poll before they sleep (runtime/pool.c); 0 =
         * sleep after the short spin */
        ctx->pool = attnforge_pool_create(ctx->num_threads,
                                          env_int("ATTNFORGE_POOL_POLL_US", AF_POOL_POLL_US, 0, 1000000));
        if (!ctx->pool) {
            const int n = ctx->num_threads;
            pthread_mutex_destroy(&ctx->lock);
            free(ctx);
            return attnforge_fail(ATTNFORGE_ERR_THREADS, "could not start a pool of %d threads", n);
        }
    }
    if (ctx->verbose)
        fprintf(stderr, "attnforge: context with %d thread(s)%s, ISA %s (CPU: %s)\n",
                ctx->num_threads, ctx->parallel_for ? " (caller's parallel_for)" : "",
                attnforge_isa_name(ctx->isa_cap), attnforge_isa_name(attnforge_cpu_isa()));
    *out = ctx;
    return ATTNFORGE_OK;
}

void attnforge_context_destroy(attnforge_context *ctx)
{
    if (!ctx) return;
    attnforge_pool_destroy(ctx->pool);
    pthread_mutex_destroy(&ctx->lock);
    free(ctx->ws);
    free(ctx);
}

int attnforge_context_num_threads(const attnforge_context *ctx)
{
    return ctx ? ctx->num_threads : 0;
}

static pthread_once_t default_once = PTHREAD_ONCE_INIT;
static attnforge_context *default_ctx;
static attnforge_status default_status;

static void default_init(void) { default_status = attnforge_context_create(&default_ctx, NULL); }

static attnforge_status resolve(attnforge_context **ctx)
{
    if (*ctx) return ATTNFORGE_OK;
    pthread_once(&default_once, default_init);
    if (!default_ctx)
        return attnforge_fail(default_status, "the default context could not be created: %s",
                              attnforge_status_string(default_status));
    *ctx = default_ctx;
    return ATTNFORGE_OK;
}

/* ---- the call ------------------------------------------------------------------- */

/* Workspace memory. From 2 MiB up (a prefill's packed K/V, a long decode's
 * partial states) it is 2 MiB-aligned and, on Linux, advised to use huge
 * pages where transparent huge pages are on "madvise": the packed copy is
 * read by every tile, and engines' K/V caches (the bench's too) usually sit on
 * huge pages already; on 4 KiB pages the copy measured slower to read than
 * the cache it came from. Freed with free(). */
static void *ws_alloc(size_t n)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    const size_t huge = (size_t)2 << 20;
    if (n < huge) return malloc(n);
    void *p = NULL;
    if (posix_memalign(&p, huge, n) != 0) return NULL;
    (void)madvise(p, n & ~(huge - 1), MADV_HUGEPAGE); /* advice only: failure is harmless */
    return p;
#else
    return malloc(n);
#endif
}

/* Bytes of workspace including the slack that aligns it to 64 bytes. */
static size_t with_slack(size_t n) { return n + 64; }

static void *align64(void *p) { return (void *)(((uintptr_t)p + 63) & ~(uintptr_t)63); }

/* What attnforge_workspace_size and attnforge_kernel_for share: the call
 * validated, its kernels selected and its plan sized (no workspace), on
 * *ctx resolved. */
static attnforge_status size_call(attnforge_context **ctx, const attnforge_params *p, af_call *c,
                                  af_kernels *k, int *pack, af_schedule *S)
{
    attnforge_status st = resolve(ctx);
    if (st) return st;
    if ((st = attnforge_validate(p, c))) return st;
    *k = attnforge_select((*ctx)->isa_cap, c);
    *pack = attnforge_pack_mode(*ctx, k);
    attnforge_schedule(p, c, k, (*ctx)->num_threads, *pack, NULL, S);
    return ATTNFORGE_OK;
}

attnforge_status attnforge_workspace_size(attnforge_context *ctx, const attnforge_params *p,
                                          size_t *bytes)
{
    if (!bytes) return attnforge_fail(ATTNFORGE_ERR_NULL_POINTER, "workspace_size: bytes is NULL");
    af_call c;
    af_kernels k;
    af_schedule S;
    int pack;
    const attnforge_status st = size_call(&ctx, p, &c, &k, &pack, &S);
    if (st) return st;
    *bytes = with_slack(S.ws_bytes);
    return ATTNFORGE_OK;
}

int attnforge_pack_mode(const attnforge_context *ctx, const af_kernels *k)
{
    const int mode = k->prefill_f32 ? ctx->kv_pack : ctx->kv_pack & ~AF_PACK_WIDEN;
    return k->copy_rows && (mode & AF_PACK_COPY) ? mode | AF_PACK_ROWS : mode;
}

/* The kernel named for the call: the prefill one when any sequence took the
 * prefill path (a packed batch may run both; the f32 one when K/V were
 * widened for it), else the decode one. */
static const char *kernel_name(const af_kernels *k, const af_schedule *S)
{
    return !S->any_prefill ? (S->any_widen ? k->decode_f32_name : k->decode_name)
           : S->any_widen  ? k->prefill_f32_name
                           : k->prefill_name;
}

attnforge_status attnforge_kernel_for(attnforge_context *ctx, const attnforge_params *p, const char **name)
{
    if (!name) return attnforge_fail(ATTNFORGE_ERR_NULL_POINTER, "kernel_for: name is NULL");
    af_call c;
    af_kernels k;
    af_schedule S;
    int pack;
    const attnforge_status st = size_call(&ctx, p, &c, &k, &pack, &S);
    if (st) return st;
    /* Which sequences pack or widen depends on their kv_len and q_offset,
     * which only the full plan reads: it is made as attnforge_attention makes
     * it, in a workspace of its own (the plan writes its positions, items,
     * counters and a widened decode's page table of zeros there, never the
     * packed K/V area or the decode scratch, so the pages of those parts are
     * never touched), and nothing is computed. */
    void *ws = malloc(with_slack(S.ws_bytes));
    if (!ws)
        return attnforge_fail(ATTNFORGE_ERR_OUT_OF_MEMORY, "kernel_for: plan of %zu bytes",
                              with_slack(S.ws_bytes));
    attnforge_schedule(p, &c, &k, ctx->num_threads, pack, align64(ws), &S);
    *name = kernel_name(&k, &S);
    free(ws);
    return ATTNFORGE_OK;
}

static void report(attnforge_context *ctx, const af_kernels *k, const af_schedule *S, int owned)
{
    const char *name = kernel_name(k, S);
    attnforge_set_last_kernel(name);
    if (!ctx->verbose) return;
    if (owned && ctx->last_printed == name && ctx->verbose < 2) return;
    if (owned) ctx->last_printed = name;
    fprintf(stderr,
            "attnforge: %s (%s path, %d sequence call(s), %lld tasks, %lld merges, %lld packing tasks%s, "
            "%d thread(s))\n",
            name, S->any_decode && S->any_prefill ? "decode + prefill" : S->any_decode ? "decode" : "prefill",
            (int)S->n_items, (long long)S->n_tasks, (long long)S->n_merges, (long long)S->n_pack,
            S->any_widen ? " (K/V widened to f32)" : "",
            owned ? S->n_workers : 1);
}

attnforge_status attnforge_attention(attnforge_context *ctx, const attnforge_params *p)
{
    attnforge_status st = resolve(&ctx);
    if (st) return st;
    af_call c;
    if ((st = attnforge_validate(p, &c))) return st;
    /* A generated kernel when one exists for K/V's format and the head dims
     * (runtime/dispatch.c); every other combination runs the generic kernel. */
    const af_kernels k = attnforge_select(ctx->isa_cap, &c);
    c.exact_decode = k.exact_decode;
    c.exact_prefill = k.exact_prefill;

    /* One call at a time owns the context's pool and workspace; a concurrent
     * call on a shared context runs on its own thread with its own memory. The
     * result is the same either way (plans do not depend on thread count). */
    const int owned = pthread_mutex_trylock(&ctx->lock) == 0;
    af_schedule S;
    const int pack = attnforge_pack_mode(ctx, &k);
    attnforge_schedule(p, &c, &k, owned ? ctx->num_threads : 1, pack, NULL, &S);

    void *ws = NULL, *fresh = NULL;
    if (p->workspace) {
        if (p->workspace_bytes < with_slack(S.ws_bytes)) {
            if (owned) pthread_mutex_unlock(&ctx->lock);
            return attnforge_fail(ATTNFORGE_ERR_WORKSPACE,
                                  "workspace of %zu bytes is too small: this call needs %zu",
                                  p->workspace_bytes, with_slack(S.ws_bytes));
        }
        ws = align64(p->workspace);
    } else if (owned) {
        if (ctx->ws_bytes < with_slack(S.ws_bytes)) {
            void *n = ws_alloc(with_slack(S.ws_bytes));
            if (!n) {
                pthread_mutex_unlock(&ctx->lock);
                return attnforge_fail(ATTNFORGE_ERR_OUT_OF_MEMORY, "workspace of %zu bytes",
                                      with_slack(S.ws_bytes));
            }
            free(ctx->ws);
            ctx->ws = n;
            ctx->ws_bytes = with_slack(S.ws_bytes);
        }
        ws = align64(ctx->ws);
    } else {
        fresh = ws_alloc(with_slack(S.ws_bytes));
        if (!fresh)
            return attnforge_fail(ATTNFORGE_ERR_OUT_OF_MEMORY, "workspace of %zu bytes",
                                  with_slack(S.ws_bytes));
        ws = align64(fresh);
    }

    attnforge_schedule(p, &c, &k, owned ? ctx->num_threads : 1, pack, ws, &S);
    attnforge_execute(ctx, &S, &k, !owned);
    report(ctx, &k, &S, owned);
    if (owned) pthread_mutex_unlock(&ctx->lock);
    free(fresh);
    return ATTNFORGE_OK;
}
