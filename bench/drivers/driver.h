/*
 * What the stand-alone decode drivers in bench/drivers/ share: the cache they
 * read (a BSHD f16 cache of SKV keys x H KV heads x D, 64 MiB: Llama 3.2 3B's
 * K at 32768 keys), its rows, the kernels' widening pack of a row, a row's
 * software prefetch (prefetcht1, every 64-byte line), a clock and a flush
 * that evicts the caches between timed passes. Not part of the library.
 */
#ifndef ATTNFORGE_BENCH_DRIVER_H
#define ATTNFORGE_BENCH_DRIVER_H

#define _GNU_SOURCE
#include <immintrin.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>

#define SKV 32768
#define H 8
#define D 128
#define KB 32 /* keys per block, as in the decode kernels */
#define CACHE_BYTES ((size_t)SKV * H * D * 2)
#define FLUSH_BYTES ((size_t)1 << 30) /* more than an L3 of 480 MiB (the model-167 VM) */

static uint16_t *K;   /* the cache */
static char *flush_buf;
static volatile float sink; /* keeps the measured work alive */

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

static const uint16_t *row(int64_t j, int h) { return K + ((size_t)j * H + h) * D; }

__attribute__((target("avx512f,avx512bw"))) static void pack_row(float *dst, const uint16_t *src)
{
    for (int d = 0; d < D; d += 16)
        _mm512_storeu_ps(dst + d, _mm512_cvtph_ps(_mm256_loadu_si256((const __m256i *)(src + d))));
}

static void pf_row(const uint16_t *p)
{
    for (int o = 0; o < D * 2; o += 64) __builtin_prefetch((const char *)p + o, 0, 2);
}

/* Allocates and fills the cache (2 MiB pages advised when huge) and the
 * flush buffer; 0 when out of memory. */
static int driver_init(int huge)
{
    K = aligned_alloc(1 << 21, CACHE_BYTES);
    flush_buf = malloc(FLUSH_BYTES);
    if (!K || !flush_buf) return 0;
    if (huge) madvise(K, CACHE_BYTES, MADV_HUGEPAGE);
    for (size_t i = 0; i < CACHE_BYTES / 2; i++) K[i] = (uint16_t)(0x3c00 + (i & 0xff));
    memset(flush_buf, 1, FLUSH_BYTES);
    return 1;
}

/* Writes a buffer larger than L3, so the next pass reads the cache from DRAM. */
static void flush_caches(void)
{
    for (size_t i = 0; i < FLUSH_BYTES; i += 64) flush_buf[i]++;
}

#endif
