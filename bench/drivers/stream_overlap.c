/*
 * How fast one core reads DRAM when software prefetch runs ahead of its
 * loads and arithmetic sits between them (a stand-alone measurement driver:
 * CMake does not build it, CI only checks that it compiles).
 *
 * Two streams (K and V, 128 MiB each) read in 64 KiB chunks, K's chunk then
 * V's, one 64-byte load per line; each line is prefetched (prefetcht1) LAG
 * bytes ahead in its stream and followed by F FMAs (four independent
 * chains, so F FMAs take about F cycles). The FMAs alone are timed too:
 * where the two overlap, a pass takes max(memory, FMAs), not their sum.
 * Best of 3 passes, each after a 1 GiB flush.
 *
 *   cc -O2 -o stream_overlap bench/drivers/stream_overlap.c
 *   taskset -c 1 ./stream_overlap
 *
 * Measured 2026-12-06 (2 vCPUs of an Intel Xeon, VM model 167, one pinned
 * core): without prefetch 14.7-15.2 GB/s (F <= 12); LAG 8-64 KiB with F 4
 * or 8 15.7-17.3 GB/s; 128 KiB 13.8-13.9, 256 KiB 11.7-12.1 (lines
 * prefetched that far ahead are lost before their loads); F 16 at 16 KiB
 * 20.7 ms, the FMAs' own 20.7 ms: the memory hidden entirely. So a core
 * overlaps prefetched reads with arithmetic when the prefetches go one per
 * line, evenly, at most ~64 KiB ahead per stream; the decode kernels, which
 * pack a block and then compute on it, read 10.5-12 GB/s per core, and a
 * model of that loop (prefetch_overlap.c) 10-12 (docs/performance-log.md,
 * section 26).
 */
#define _GNU_SOURCE
#include <immintrin.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>

#define STREAM_BYTES ((size_t)128 << 20)
#define CHUNK ((size_t)64 << 10)
#define FLUSH ((size_t)1 << 30)

static char *kbuf, *vbuf, *flush_buf;
static volatile float sink;

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

static void flush_caches(void)
{
    for (size_t i = 0; i < FLUSH; i += 64) flush_buf[i]++;
}

/* One pass; lag 0: no prefetch. */
__attribute__((target("avx512f,fma"))) static void run(int F, size_t lag)
{
    __m512 a0 = _mm512_set1_ps(1.0f), a1 = a0, a2 = a0, a3 = a0, r = _mm512_setzero_ps();
    const __m512 x = _mm512_set1_ps(0.999f);
    for (size_t c = 0; c < STREAM_BYTES; c += CHUNK)
        for (int s = 0; s < 2; s++) {
            const char *b = s ? vbuf : kbuf;
            for (size_t i = c; i < c + CHUNK; i += 64) {
                if (lag) _mm_prefetch(b + i + lag, _MM_HINT_T1);
                r = _mm512_add_ps(r, _mm512_loadu_ps(b + i));
                for (int f = 0; f < F; f += 4) {
                    a0 = _mm512_fmadd_ps(a0, x, x);
                    a1 = _mm512_fmadd_ps(a1, x, x);
                    a2 = _mm512_fmadd_ps(a2, x, x);
                    a3 = _mm512_fmadd_ps(a3, x, x);
                }
            }
        }
    sink += _mm512_reduce_add_ps(_mm512_add_ps(_mm512_add_ps(a0, a1), _mm512_add_ps(_mm512_add_ps(a2, a3), r)));
}

/* The FMAs of a pass alone: the same loop over registers only. */
__attribute__((target("avx512f,fma"))) static void fmas_alone(int F)
{
    __m512 a0 = _mm512_set1_ps(1.0f), a1 = a0, a2 = a0, a3 = a0;
    const __m512 x = _mm512_set1_ps(0.999f);
    for (size_t i = 0; i < 2 * STREAM_BYTES; i += 64)
        for (int f = 0; f < F; f += 4) {
            a0 = _mm512_fmadd_ps(a0, x, x);
            a1 = _mm512_fmadd_ps(a1, x, x);
            a2 = _mm512_fmadd_ps(a2, x, x);
            a3 = _mm512_fmadd_ps(a3, x, x);
        }
    sink += _mm512_reduce_add_ps(_mm512_add_ps(_mm512_add_ps(a0, a1), _mm512_add_ps(a2, a3)));
}

int main(void)
{
    const size_t pad = (size_t)4 << 20; /* prefetches past the end stay inside the buffers */
    kbuf = aligned_alloc(1 << 21, STREAM_BYTES + pad);
    vbuf = aligned_alloc(1 << 21, STREAM_BYTES + pad);
    flush_buf = malloc(FLUSH);
    if (!kbuf || !vbuf || !flush_buf) return 1;
    madvise(kbuf, STREAM_BYTES + pad, MADV_HUGEPAGE);
    madvise(vbuf, STREAM_BYTES + pad, MADV_HUGEPAGE);
    memset(kbuf, 1, STREAM_BYTES + pad);
    memset(vbuf, 1, STREAM_BYTES + pad);
    memset(flush_buf, 1, FLUSH);
    static const size_t lags[] = {0, 8 << 10, 16 << 10, 64 << 10, 128 << 10, 256 << 10};
    static const int fmas[] = {4, 8, 12, 16};
    for (size_t f = 0; f < sizeof fmas / sizeof fmas[0]; f++) {
        double alone = 1e9;
        for (int rep = 0; rep < 3; rep++) {
            double t = now();
            fmas_alone(fmas[f]);
            t = now() - t;
            if (t < alone) alone = t;
        }
        for (size_t l = 0; l < sizeof lags / sizeof lags[0]; l++) {
            double best = 1e9;
            for (int rep = 0; rep < 3; rep++) {
                flush_caches();
                double t = now();
                run(fmas[f], lags[l]);
                t = now() - t;
                if (t < best) best = t;
            }
            printf("F %2d  lag %6zu KiB: %5.1f GB/s  %6.1f ms  (FMAs alone %.1f ms)\n", fmas[f], lags[l] >> 10,
                   2.0 * STREAM_BYTES / best / 1e9, best * 1e3, alone * 1e3);
        }
    }
    return 0;
}
