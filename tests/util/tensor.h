/*
 * Guarded tensors for test-support code (tests, fuzzer; no Criterion): a 4-D
 * strided view inside its own heap block, with optional guard elements on
 * both sides, so that a call's stray reads and writes can be seen.
 */
#ifndef AF_TU_TENSOR_H
#define AF_TU_TENSOR_H

#include <stddef.h>
#include <stdint.h>

#include "attnforge.h"

#ifdef __cplusplus
extern "C" {
#endif

/* malloc that aborts the process when memory runs out (test code has no
 * better answer, and a NULL would only crash later, further from the cause). */
void *tu_xmalloc(size_t n);
/* FNV-1a of n bytes, continuing from h (start with TU_FNV_START). */
#define TU_FNV_START 0xcbf29ce484222325ull
uint64_t tu_fnv1a(uint64_t h, const void *p, size_t n);

#define TU_GUARD_ELEMS 64

/* A 4-D logical view [n0, n1, n2, n3] with element strides st[0..3] (each
 * >= 0), inside an allocation with guard elements before and after. */
typedef struct tu_tensor {
    attnforge_dtype dtype;
    size_t esize;
    int64_t n[4];
    int64_t st[4];
    int64_t guard;  /* elements before the view, and after it */
    int64_t extent; /* elements spanned by the view (max offset + 1) */
    int64_t total;  /* elements of the allocation, guards included */
    unsigned char *alloc;
    void *data; /* element 0 of the view */
} tu_tensor;

/* Every element of the allocation starts as tu_pad_bits (a quiet NaN): a
 * read of a gap or a guard shows up as NaN in the output. */
void tu_tensor_alloc(tu_tensor *t, attnforge_dtype dt, const int64_t n[4],
                     const int64_t st[4]); /* TU_GUARD_ELEMS guards */
/* guard = 0: the view's exact extent, so AddressSanitizer sees any read past
 * either end. */
void tu_tensor_alloc_guarded(tu_tensor *t, attnforge_dtype dt, const int64_t n[4],
                             const int64_t st[4], int64_t guard);
void tu_tensor_free(tu_tensor *t);
int64_t tu_tensor_off(const tu_tensor *t, int64_t i0, int64_t i1, int64_t i2,
                      int64_t i3);
double tu_tensor_get(const tu_tensor *t, int64_t i0, int64_t i1, int64_t i2,
                     int64_t i3);
void tu_tensor_set(tu_tensor *t, int64_t i0, int64_t i1, int64_t i2, int64_t i3,
                   double x);
/* Every element of the allocation (guards and gaps included) set to bits. */
void tu_tensor_fill_bits(tu_tensor *t, uint32_t bits);
/* Copies the logical view of src into dst (same dims, same dtype). */
void tu_tensor_copy(tu_tensor *dst, const tu_tensor *src);
/* FNV-1a of the whole allocation (0 for an unallocated tensor). */
uint64_t tu_tensor_hash(const tu_tensor *t);
/* 1 if every element of the allocation still holds bits. */
int tu_tensor_all_bits(const tu_tensor *t, uint32_t bits);

/* After a call that was to write exactly the view of an output poisoned with
 * `poison`: the first element, in memory order, that breaks "every element
 * of the view written, every other one still poison". */
typedef enum tu_writes {
    TU_WRITES_OK = 0,
    TU_WRITES_MISSED, /* an element of the view still holds poison */
    TU_WRITES_GAP,    /* an element between the view's elements was written */
    TU_WRITES_GUARD   /* a guard element was written */
} tu_writes;
/* *at: the offending element's offset from element 0 of the view. */
tu_writes tu_tensor_check_writes(const tu_tensor *t, uint32_t poison, int64_t *at);

#ifdef __cplusplus
}
#endif

#endif /* AF_TU_TENSOR_H */
