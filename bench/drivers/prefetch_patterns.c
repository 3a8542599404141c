/*
 * Memory access patterns of the decode kernel's K packing, on one core (a
 * stand-alone measurement driver: CMake does not build it, CI only checks
 * that it compiles).
 *
 * A BSHD f16 cache of 32768 keys x 8 KV heads x 128 (64 MiB, Llama 3.2 3B's
 * K), processed the way the wide decode tiles do: blocks of 32 keys, each
 * block head by head, each head's 32 rows (256 B, 2 KiB apart) widened into
 * an f32 buffer (driver.h). Patterns, best of 5 passes, each after a 256 MiB flush:
 *   A  head by head, the next block's rows prefetched (prefetcht1) in the
 *      packing loop, key-major (the kernels' emit_prefetch order)
 *   B  the block in one ascending pass over all heads, no prefetch
 *   C  B with the next block prefetched in the same pass
 *   D  a plain sequential sum of the same bytes (the bench's DRAM probe)
 *
 *   cc -O2 -o prefetch_patterns bench/drivers/prefetch_patterns.c
 *   taskset -c 1 ./prefetch_patterns [HUGEPAGES=1]
 *
 * Measured 2026-12-03 (2 vCPUs of an AMD EPYC with AVX-512, one pinned core,
 * four runs): huge pages A 19.7-21.5 GB/s, B 9.5-10.3, C 11.9-15.3, D
 * 27.6-30.7; without, A 23.7-25.8, B 10.1-10.3, C 11.7-15.4, D 27.1-27.7. The
 * kernels' order (A) is the best of the packing patterns and reaches about
 * 3/4 of a sequential read; an ascending pass over all heads is worse with
 * or without prefetch (the hardware prefetchers do not keep up with it).
 * The whole decode kernel reads about 10 GB/s on one core at Skv 4096:
 * its packing loops run at about A's rate and take 45 % of its time, the
 * computation the rest: the two take turns instead of overlapping
 * (docs/performance-log.md, section 1, eleventh session).
 */
#include "driver.h"

static float *buf;

__attribute__((target("avx512f,avx512bw"))) static void run_a(void)
{
    for (int jb = 0; jb < SKV; jb += KB)
        for (int h = 0; h < H; h++) {
            int pj = jb + KB + h * KB / H, ph = (h * KB) % H;
            for (int k = 0; k < KB; k++) {
                pack_row(buf + (size_t)k * D, row(jb + k, h));
                if (pj < SKV) pf_row(row(pj, ph));
                if (++ph == H) ph = 0, pj++;
            }
            sink += buf[h];
        }
}

__attribute__((target("avx512f,avx512bw"))) static void run_bc(int pf)
{
    for (int jb = 0; jb < SKV; jb += KB) {
        for (int k = 0; k < KB; k++)
            for (int h = 0; h < H; h++) {
                pack_row(buf + ((size_t)h * KB + k) * D, row(jb + k, h));
                if (pf && jb + KB + k < SKV) pf_row(row(jb + KB + k, h));
            }
        sink += buf[jb & 1023];
    }
}

__attribute__((target("avx512f,avx512bw"))) static void run_d(void)
{
    __m512i a = _mm512_setzero_si512();
    const __m512i *p = (const __m512i *)K;
    for (size_t i = 0; i < (size_t)SKV * H * D * 2 / 64; i++) a = _mm512_add_epi32(a, _mm512_loadu_si512(p + i));
    sink += (float)_mm512_reduce_add_epi32(a);
}

int main(int argc, char **argv)
{
    const size_t bytes = CACHE_BYTES;
    const int huge = argc > 1 ? atoi(argv[1]) : 1;
    buf = aligned_alloc(64, (size_t)H * KB * D * 4);
    if (!buf || !driver_init(huge)) return 1;
    static const char *names[4] = {"A head by head, pf in pack", "B ascending, no pf", "C ascending + pf",
                                   "D sequential sum"};
    double best[4] = {1e9, 1e9, 1e9, 1e9};
    for (int rep = 0; rep < 5; rep++)
        for (int v = 0; v < 4; v++) {
            flush_caches();
            double t = now();
            switch (v) {
            case 0: run_a(); break;
            case 1: run_bc(0); break;
            case 2: run_bc(1); break;
            default: run_d(); break;
            }
            t = now() - t;
            if (t < best[v]) best[v] = t;
        }
    for (int v = 0; v < 4; v++) printf("%-28s %6.1f GB/s %8.2f ms\n", names[v], bytes / best[v] / 1e9, best[v] * 1e3);
    printf("(huge pages %s)\n", huge ? "advised" : "not advised");
    return 0;
}
