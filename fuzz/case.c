/* One fuzz case's inputs, failure report and release, and the state the
 * harness keeps for the whole process (see fz.h). */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "convert.h"
#include "fz.h"

int fz_skip_known;
attnforge_context *fz_ctx_auto, *fz_ctx_generic;
fz_stats fz_stat;

void fz_add_region(fz_case *c, const void *p, size_t bytes)
{
    if (!p) return;
    if (c->n_in == (int)(sizeof c->in / sizeof c->in[0])) fz_die(c, "more than %d input regions", c->n_in);
    c->in[c->n_in].p = p;
    c->in[c->n_in].bytes = bytes;
    c->n_in++;
}

void fz_hash_inputs(fz_case *c)
{
    for (int r = 0; r < c->n_in; r++)
        c->in[r].hash = tu_fnv1a(TU_FNV_START, c->in[r].p, c->in[r].bytes);
}

void fz_alloc_out(tu_tensor *t, attnforge_dtype dt, const int64_t n[4], const int64_t st[4])
{
    tu_tensor_alloc_guarded(t, dt, n, st, FZ_GUARD_BYTES / (int64_t)tu_dtype_size(dt));
    tu_tensor_fill_bits(t, tu_poison_bits(dt));
}

static void describe(const fz_case *c)
{
    const attnforge_params *p = &c->p;
    fprintf(stderr,
            "case: dtype=%d B=%d Sq=%d Skv=%d Hq=%d Hkv=%d(param %d) Dk=%d Dv=%d(param %d)\n"
            "  q_stride={%lld,%lld,%lld} k_stride={%lld,%lld,%lld} v_stride={%lld,%lld,%lld} "
            "o_stride={%lld,%lld,%lld}\n"
            "  scale=%a softcap=%a alibi=%s mask=%s{%lld,%lld,%lld,%lld}%s causal=%d window=%d(%d,%d)\n"
            "  kv_len=%s q_offset=%s sinks=%s lse=%s paged=%d(P=%d nb=%d bt_stride=%d) "
            "workspace=%s corruption=%d expect=%d\n"
            "  formats: q %d k %d v %d o %d mask %d, k_scale=%a%s v_scale=%a%s\n",
            (int)p->dtype, p->batch, p->seq_q, p->seq_kv, p->heads_q, c->Hkv, p->heads_kv,
            p->head_dim_k, c->Dv, p->head_dim_v, (long long)p->q_stride.b,
            (long long)p->q_stride.s, (long long)p->q_stride.h, (long long)p->k_stride.b,
            (long long)p->k_stride.s, (long long)p->k_stride.h, (long long)p->v_stride.b,
            (long long)p->v_stride.s, (long long)p->v_stride.h, (long long)p->o_stride.b,
            (long long)p->o_stride.s, (long long)p->o_stride.h, (double)p->scale,
            (double)p->softcap, p->alibi_slopes ? "yes" : "no", p->mask ? "yes" : "no",
            (long long)p->mask_stride.b, (long long)p->mask_stride.h, (long long)p->mask_stride.i,
            (long long)p->mask_stride.j, p->mask_scales ? " x mask_scales" : "", p->causal, p->sliding_window, p->window_left,
            p->window_right, p->kv_len ? "yes" : "no", p->q_offset ? "yes" : "no",
            p->sinks ? "yes" : "no", p->lse ? "yes" : "no", c->paged, p->page_size,
            p->num_blocks, p->block_table_stride, p->workspace ? "caller" : "context",
            c->corruption, c->expect, (int)p->q_format, (int)p->k_format, (int)p->v_format,
            (int)p->o_format, (int)p->mask_format, (double)p->k_scale,
            p->k_scales ? " (per KV head)" : "", (double)p->v_scale,
            p->v_scales ? " (per KV head)" : "");
    if (p->kv_len || p->q_offset)
        for (int32_t b = 0; b < c->B && b < 3; b++)
            fprintf(stderr, "  b=%d kv_len=%d q_offset=%d\n", b, p->kv_len ? p->kv_len[b] : -1,
                    p->q_offset ? p->q_offset[b] : -1);
}

void fz_die(const fz_case *c, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "\nfuzz_attention: FAILURE: ");
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\n  last error: \"%s\"\n", attnforge_last_error());
    describe(c);
    abort();
}

void fz_free_case(fz_case *c)
{
    /* K and V may be views of Q's block (self-attention on one buffer) */
    if (c->k.alloc == c->q.alloc) c->k.alloc = NULL;
    if (c->v.alloc == c->q.alloc) c->v.alloc = NULL;
    tu_tensor_free(&c->q);
    tu_tensor_free(&c->k);
    tu_tensor_free(&c->v);
    tu_tensor_free(&c->o);
    tu_tensor_free(&c->o2);
    tu_tensor_free(&c->lse);
    tu_tensor_free(&c->lse2);
    tu_tensor_free(&c->mask);
    free(c->slopes);
    free(c->mscales);
    free(c->sinks);
    free(c->kv_len);
    free(c->q_offset);
    free(c->block_table);
    free(c->ws);
    free(c->ws2);
    free(c->kbuf);
    free(c->vbuf);
    free(c->kscale_head);
    free(c->vscale_head);
    free(c->kscales);
    free(c->vscales);
    free(c->mask16);
}
