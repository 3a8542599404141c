/*
 * Can software prefetch overlap decode's memory reads with its arithmetic on
 * one core, and does it matter where the prefetches are issued? A
 * stand-alone model of the decode loop (CMake does not build it, CI only
 * checks that it compiles).
 *
 * A BSHD f16 cache of 32768 keys x 8 KV heads x 128 (64 MiB, driver.h), processed as
 * the wide decode tiles do: blocks of 32 keys, each block head by head; per
 * head its 32 rows are widened into an L1 buffer (the packing loop), then G
 * query rows run D/16 FMAs per key on them, PASSES times (the arithmetic).
 * The next block's rows are prefetched (prefetcht1), key-major over the
 * heads (the kernels' order), one of:
 *   none     no software prefetch
 *   pack     a row per key inside the packing loop (what the kernels do)
 *   spread   a row per key inside the first arithmetic pass
 *   burst    all 32 rows at once before the arithmetic (128 prefetches)
 * and "cached" is the same loop over 512 keys that stay in cache, scaled to
 * the whole cache: the rate with memory taking no time. Best of 5 passes,
 * each after a 256 MiB flush.
 *
 *   cc -O2 [-DG=2] -o prefetch_overlap bench/drivers/prefetch_overlap.c
 *   taskset -c 1 ./prefetch_overlap [PASSES=1]
 *
 * Measured 2026-12-03 (2 vCPUs of an AMD EPYC with AVX-512, one pinned core,
 * G 2, three runs): 1 pass: none 6.0-6.2 GB/s, pack 12.9-13.6, spread
 * 13.2-14.2, burst 10.6-11.0, cached 13.8-14.2; 2 passes: none 4.7, pack
 * 8.0, spread 8.3, burst 7.0, cached 8.3; 0 passes (packing only): pack 23.7,
 * spread and burst 21.3-21.5, cached 45.6. So prefetches spread over the
 * arithmetic reach the cached rate (memory fully hidden), the packing loop's
 * come within 0-7 % of it, and the same 128 prefetches in one burst lose
 * 20-25 % of the rate: a burst longer than the core's miss buffers loses
 * part of its effect. The decode kernels did not follow this model when
 * their prefetches were moved into the arithmetic (docs/performance-log.md,
 * section 2).
 */
#include "driver.h"

#ifndef G
#define G 2 /* query rows per KV head (a compile-time constant, as in the kernels) */
#endif

enum { NONE, PACK, SPREAD, BURST, NMODES };

static float *buf, q[G * D];
static __m512 acc[G];
static int PASSES = 1;

#define TGT __attribute__((target("avx512f,avx512bw,fma"))) static

/* G rows x D/16 FMAs on key k of the buffer */
TGT void key_math(int k)
{
    for (int g = 0; g < G; g++) {
        __m512 a = acc[g];
        for (int d = 0; d < D; d += 16)
            a = _mm512_fmadd_ps(_mm512_loadu_ps(q + g * D + d), _mm512_loadu_ps(buf + k * D + d), a);
        acc[g] = a;
    }
}

/* the prefetch cursor: key pj, head ph of the next block (key-major) */
typedef struct { int64_t j; int h, skv; } cursor;

static void pf_next(cursor *c)
{
    if (c->j < c->skv) pf_row(row(c->j, c->h));
    if (++c->h == H) c->h = 0, c->j++;
}

TGT void run(int mode, int skv)
{
    for (int jb = 0; jb < skv; jb += KB)
        for (int h = 0; h < H; h++) {
            cursor c = {jb + KB + h * KB / H, (h * KB) % H, skv};
            for (int k = 0; k < KB; k++) {
                pack_row(buf + (size_t)k * D, row(jb + k, h));
                if (mode == PACK) pf_next(&c);
            }
            if (mode == BURST)
                for (int k = 0; k < KB; k++) pf_next(&c);
            for (int p = 0; p < PASSES; p++)
                for (int k = 0; k < KB; k++) {
                    key_math(k);
                    if (mode == SPREAD && p == 0) pf_next(&c);
                }
            if (mode == SPREAD && PASSES == 0)
                for (int k = 0; k < KB; k++) pf_next(&c);
        }
    sink += _mm512_reduce_add_ps(acc[0]);
}

int main(int argc, char **argv)
{
    const size_t bytes = CACHE_BYTES;
    PASSES = argc > 1 ? atoi(argv[1]) : 1;
    if (PASSES < 0) return 2;
    buf = aligned_alloc(64, (size_t)KB * D * 4);
    if (!buf || !driver_init(1)) return 1;
    for (int i = 0; i < G * D; i++) q[i] = 1e-3f * (float)i;
    static const char *names[NMODES] = {"none", "pack", "spread", "burst"};
    double best[NMODES] = {1e9, 1e9, 1e9, 1e9}, cached = 1e9;
    for (int rep = 0; rep < 5; rep++) {
        for (int m = 0; m < NMODES; m++) {
            flush_caches();
            double t = now();
            run(m, SKV);
            t = now() - t;
            if (t < best[m]) best[m] = t;
        }
        double t = now();
        for (int r = 0; r < 64; r++) run(NONE, 512);
        t = (now() - t) / 64 * (SKV / 512);
        if (t < cached) cached = t;
    }
    printf("G %d, %d pass(es) of arithmetic per block\n", G, PASSES);
    for (int m = 0; m < NMODES; m++) printf("%-8s %6.1f GB/s %8.2f ms\n", names[m], bytes / best[m] / 1e9, best[m] * 1e3);
    printf("%-8s %6.1f GB/s %8.2f ms (512 keys in cache, scaled)\n", "cached", bytes / cached / 1e9, cached * 1e3);
    return 0;
}
