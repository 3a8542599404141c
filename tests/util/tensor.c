/* Guarded tensors (see tensor.h). Written for clarity over speed: every
 * check walks the buffers element by element. */
#include "tensor.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "convert.h"

void *tu_xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) {
        fprintf(stderr, "testcore: out of memory (%zu bytes)\n", n);
        abort();
    }
    return p;
}

uint64_t tu_fnv1a(uint64_t h, const void *p, size_t n)
{
    const unsigned char *b = p;
    for (size_t k = 0; k < n; k++) h = (h ^ b[k]) * 0x100000001b3ull;
    return h;
}

void tu_tensor_alloc_guarded(tu_tensor *t, attnforge_dtype dt, const int64_t n[4],
                             const int64_t st[4], int64_t guard)
{
    memset(t, 0, sizeof *t);
    t->dtype = dt;
    t->esize = tu_dtype_size(dt);
    t->guard = guard;
    t->extent = 1;
    for (int k = 0; k < 4; k++) {
        t->n[k] = n[k];
        t->st[k] = st[k];
        t->extent += (n[k] - 1) * st[k];
    }
    t->total = t->extent + 2 * guard;
    t->alloc = tu_xmalloc((size_t)t->total * t->esize);
    t->data = t->alloc + guard * t->esize;
    tu_tensor_fill_bits(t, tu_pad_bits(dt));
}

void tu_tensor_alloc(tu_tensor *t, attnforge_dtype dt, const int64_t n[4],
                     const int64_t st[4])
{
    tu_tensor_alloc_guarded(t, dt, n, st, TU_GUARD_ELEMS);
}

void tu_tensor_free(tu_tensor *t)
{
    free(t->alloc);
    memset(t, 0, sizeof *t);
}

int64_t tu_tensor_off(const tu_tensor *t, int64_t i0, int64_t i1, int64_t i2,
                      int64_t i3)
{
    return i0 * t->st[0] + i1 * t->st[1] + i2 * t->st[2] + i3 * t->st[3];
}

double tu_tensor_get(const tu_tensor *t, int64_t i0, int64_t i1, int64_t i2,
                     int64_t i3)
{
    return tu_load(t->dtype, t->data, tu_tensor_off(t, i0, i1, i2, i3));
}

void tu_tensor_set(tu_tensor *t, int64_t i0, int64_t i1, int64_t i2, int64_t i3,
                   double x)
{
    tu_store(t->dtype, t->data, tu_tensor_off(t, i0, i1, i2, i3), x);
}

void tu_tensor_fill_bits(tu_tensor *t, uint32_t bits)
{
    for (int64_t e = 0; e < t->total; e++) tu_put_bits(t->dtype, t->alloc, e, bits);
}

void tu_tensor_copy(tu_tensor *dst, const tu_tensor *src)
{
    for (int64_t a = 0; a < src->n[0]; a++)
        for (int64_t b = 0; b < src->n[1]; b++)
            for (int64_t c = 0; c < src->n[2]; c++)
                for (int64_t d = 0; d < src->n[3]; d++)
                    tu_put_bits(dst->dtype, dst->data, tu_tensor_off(dst, a, b, c, d),
                                tu_bits(src->dtype, src->data,
                                        tu_tensor_off(src, a, b, c, d)));
}

uint64_t tu_tensor_hash(const tu_tensor *t)
{
    return t->alloc ? tu_fnv1a(TU_FNV_START, t->alloc, (size_t)t->total * t->esize) : 0;
}

int tu_tensor_all_bits(const tu_tensor *t, uint32_t bits)
{
    for (int64_t e = 0; e < t->total; e++)
        if (tu_bits(t->dtype, t->alloc, e) != bits) return 0;
    return 1;
}

tu_writes tu_tensor_check_writes(const tu_tensor *t, uint32_t poison, int64_t *at)
{
    unsigned char *in_view = calloc((size_t)t->total, 1);
    if (!in_view) abort();
    for (int64_t a = 0; a < t->n[0]; a++)
        for (int64_t b = 0; b < t->n[1]; b++)
            for (int64_t c = 0; c < t->n[2]; c++)
                for (int64_t d = 0; d < t->n[3]; d++)
                    in_view[t->guard + tu_tensor_off(t, a, b, c, d)] = 1;
    tu_writes w = TU_WRITES_OK;
    for (int64_t e = 0; e < t->total && w == TU_WRITES_OK; e++) {
        int is_poison = tu_bits(t->dtype, t->alloc, e) == poison;
        if (in_view[e] && is_poison)
            w = TU_WRITES_MISSED;
        else if (!in_view[e] && !is_poison)
            w = e < t->guard || e >= t->guard + t->extent ? TU_WRITES_GUARD : TU_WRITES_GAP;
        if (w != TU_WRITES_OK) *at = e - t->guard;
    }
    free(in_view);
    return w;
}
