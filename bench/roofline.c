/*
 * This machine's ceilings, measured with the bench's own threads:
 *  - DRAM read bandwidth: every thread streams its slice of one big buffer
 *    (much larger than the last-level cache) with wide loads; best pass kept;
 *  - f32 FMA peak: independent FMA chains held in registers (AVX2+FMA, or
 *    AVX-512 when the CPU has it; the faster of the two is kept);
 *  - bf16 dot peak: vdpbf16ps chains when the CPU has AVX512-BF16, else n/a.
 * The SIMD code uses target attributes and is only entered after CPUID says
 * the CPU (and the OS, via XGETBV) supports it.
 */
#define _GNU_SOURCE
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/mman.h>

#include "afb.h"

#if defined(__x86_64__) || defined(__i386__)
#define AFB_X86 1
#include <cpuid.h>
#include <immintrin.h>
#include <sys/syscall.h>
#include <unistd.h>
#else
#define AFB_X86 0
#endif

static double now_s(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

/* Results of the probes land here so the compiler cannot drop the work. */
static volatile uint64_t afb_sink_u64;
static volatile float afb_sink_f32;

/* ---- CPU features ------------------------------------------------------------ */

#if AFB_X86
static uint64_t read_xcr0(void)
{
    uint32_t lo, hi;
    __asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
    return ((uint64_t)hi << 32) | lo;
}
#endif

void afb_cpu_detect(afb_cpu *c)
{
    memset(c, 0, sizeof *c);
    snprintf(c->brand, sizeof c->brand, "unknown CPU");
#if AFB_X86
    unsigned a, b, cx, d;
    if (!__get_cpuid(1, &a, &b, &cx, &d))
        return;
    int osxsave = (cx >> 27) & 1, avx = (cx >> 28) & 1;
    int fma = (cx >> 12) & 1, f16c = (cx >> 29) & 1;
    uint64_t xcr0 = osxsave ? read_xcr0() : 0;
    int ymm_ok = avx && (xcr0 & 0x6) == 0x6;
    int zmm_ok = ymm_ok && (xcr0 & 0xe0) == 0xe0;
    unsigned b7 = 0, a71 = 0;
    if (__get_cpuid_count(7, 0, &a, &b, &cx, &d))
        b7 = b;
    if (__get_cpuid_count(7, 1, &a, &b, &cx, &d))
        a71 = a;
    c->fma = ymm_ok && fma;
    c->f16c = ymm_ok && f16c;
    c->avx2 = ymm_ok && ((b7 >> 5) & 1);
    c->avx512f = zmm_ok && ((b7 >> 16) & 1);
    c->avx512bf16 = c->avx512f && ((a71 >> 5) & 1);
    /* AMX-BF16 and AMX-TILE, the tile state in XCR0, and Linux's grant of it
     * (as the library asks: runtime/dispatch.c) */
    unsigned d7 = 0;
    if (__get_cpuid_count(7, 0, &a, &b, &cx, &d))
        d7 = d;
    c->amx_bf16 = c->avx512f && ((d7 >> 22) & 1) && ((d7 >> 24) & 1) && (xcr0 & 0x60000) == 0x60000;
#if defined(__linux__) && defined(SYS_arch_prctl)
    c->amx_bf16 = c->amx_bf16 && syscall(SYS_arch_prctl, 0x1023, 18) == 0;
#else
    c->amx_bf16 = 0;
#endif

    unsigned brand[12];
    if (__get_cpuid(0x80000000u, &a, &b, &cx, &d) && a >= 0x80000004u) {
        for (unsigned i = 0; i < 3; i++)
            __get_cpuid(0x80000002u + i, &brand[4 * i], &brand[4 * i + 1],
                        &brand[4 * i + 2], &brand[4 * i + 3]);
        char s[49];
        memcpy(s, brand, 48);
        s[48] = 0;
        const char *t = s;
        while (*t == ' ')
            t++;
        snprintf(c->brand, sizeof c->brand, "%s", t);
        size_t n = strlen(c->brand);
        while (n > 0 && c->brand[n - 1] == ' ')
            c->brand[--n] = 0;
    }
#endif
}

/* ---- DRAM read bandwidth ------------------------------------------------------ */

typedef struct bw_job {
    unsigned char *buf;
    size_t bytes;
    int fill; /* 1: write the slice (first touch), 0: read it */
    int avx2;
    int pf; /* software prefetch distance in bytes (0: the hardware's alone) */
    uint64_t sums[256][8]; /* one cache line per worker */
} bw_job;

static uint64_t sum_scalar(const unsigned char *p, size_t n)
{
    const uint64_t *w = (const uint64_t *)(const void *)p;
    size_t nw = n / 8;
    uint64_t s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    size_t i = 0;
    for (; i + 4 <= nw; i += 4) {
        s0 += w[i];
        s1 += w[i + 1];
        s2 += w[i + 2];
        s3 += w[i + 3];
    }
    for (; i < nw; i++)
        s0 += w[i];
    return s0 + s1 + s2 + s3;
}

#if AFB_X86
__attribute__((target("avx2"))) static uint64_t sum_avx2(const unsigned char *p, size_t n, int pf)
{
    const __m256i *v = (const __m256i *)(const void *)p;
    size_t nv = n / 32, i = 0;
    __m256i a0 = _mm256_setzero_si256(), a1 = a0, a2 = a0, a3 = a0;
    for (; i + 8 <= nv; i += 8) {
        if (pf) { /* the 4 lines of these 256 bytes, pf bytes ahead (past the end: harmless) */
            const char *q = (const char *)(v + i) + pf;
            _mm_prefetch(q, _MM_HINT_T0);
            _mm_prefetch(q + 64, _MM_HINT_T0);
            _mm_prefetch(q + 128, _MM_HINT_T0);
            _mm_prefetch(q + 192, _MM_HINT_T0);
        }
        a0 = _mm256_add_epi64(a0, _mm256_load_si256(v + i));
        a1 = _mm256_add_epi64(a1, _mm256_load_si256(v + i + 1));
        a2 = _mm256_add_epi64(a2, _mm256_load_si256(v + i + 2));
        a3 = _mm256_add_epi64(a3, _mm256_load_si256(v + i + 3));
        a0 = _mm256_add_epi64(a0, _mm256_load_si256(v + i + 4));
        a1 = _mm256_add_epi64(a1, _mm256_load_si256(v + i + 5));
        a2 = _mm256_add_epi64(a2, _mm256_load_si256(v + i + 6));
        a3 = _mm256_add_epi64(a3, _mm256_load_si256(v + i + 7));
    }
    for (; i < nv; i++)
        a0 = _mm256_add_epi64(a0, _mm256_load_si256(v + i));
    a0 = _mm256_add_epi64(_mm256_add_epi64(a0, a1), _mm256_add_epi64(a2, a3));
    uint64_t lanes[4];
    _mm256_storeu_si256((__m256i *)(void *)lanes, a0);
    return lanes[0] + lanes[1] + lanes[2] + lanes[3] + sum_scalar(p + nv * 32, n - nv * 32);
}
#endif

static void bw_task(void *arg, int w, int n)
{
    bw_job *j = arg;
    size_t chunk = (j->bytes / (size_t)n) & ~(size_t)4095;
    size_t start = (size_t)w * chunk;
    size_t len = (w == n - 1) ? j->bytes - start : chunk;
    unsigned char *p = j->buf + start;
    if (j->fill) {
        memset(p, 0x5a ^ w, len);
        return;
    }
#if AFB_X86
    if (j->avx2) {
        j->sums[w][0] += sum_avx2(p, len, j->pf);
        return;
    }
#endif
    j->sums[w][0] += sum_scalar(p, len);
}

static double measure_dram(afb_pool *pool, const afb_cpu *cpu, size_t bytes, int passes)
{
    bw_job *j = calloc(1, sizeof *j);
    if (!j)
        return NAN;
    j->bytes = bytes;
    j->buf = aligned_alloc(1 << 21, bytes);
    if (!j->buf) {
        free(j);
        return NAN;
    }
#ifdef MADV_HUGEPAGE
    madvise(j->buf, bytes, MADV_HUGEPAGE);
#endif
    j->avx2 = cpu->avx2;
    j->fill = 1;
    afb_pool_run(pool, bw_task, j); /* first touch by the readers: real pages */
    j->fill = 0;
    afb_pool_run(pool, bw_task, j); /* warm-up pass (TLB, frequency) */
    double best = 0;
    /* each pass twice: the hardware prefetchers alone, and software prefetch
     * 4 KiB ahead, as the decode kernels do (an Intel Xeon VM of this
     * project: 25 GB/s alone, 35 GB/s with it; a kernel that prefetched had
     * read above the plain probe) */
    for (int i = 0; i < 2 * passes; i++) {
        j->pf = (i & 1) && j->avx2 ? 4096 : 0;
        double t0 = now_s();
        afb_pool_run(pool, bw_task, j);
        double t = now_s() - t0;
        if (t > 0 && (double)bytes / t > best)
            best = (double)bytes / t;
    }
    uint64_t s = 0;
    for (int w = 0; w < 256; w++)
        s += j->sums[w][0];
    afb_sink_u64 = s;
    free(j->buf);
    free(j);
    return best / 1e9;
}

/* ---- compute peaks ------------------------------------------------------------ */

enum { PEAK_SCALAR, PEAK_AVX2, PEAK_AVX512, PEAK_BF16, PEAK_AMX };

typedef struct peak_job {
    int kind;
    long iters;
    float out[256][16];
} peak_job;

/* Scalar fallback: plain independent multiply-add chains (an estimate only). */
static float peak_scalar(long iters)
{
    float a[8] = {1, 2, 3, 4, 5, 6, 7, 8};
    const float m = 0.999999f, c = 1e-7f;
    for (long i = 0; i < iters; i++)
        for (int k = 0; k < 8; k++)
            a[k] = a[k] * m + c;
    return a[0] + a[1] + a[2] + a[3] + a[4] + a[5] + a[6] + a[7];
}

#if AFB_X86
/* 12 chains: enough to cover 2 FMA pipes x 4-5 cycles of latency. */
__attribute__((target("avx2,fma"))) static float peak_avx2(long iters)
{
    __m256 m = _mm256_set1_ps(0.999999f), c = _mm256_set1_ps(1e-7f);
    __m256 a0 = _mm256_set1_ps(1.0f), a1 = _mm256_set1_ps(1.1f), a2 = _mm256_set1_ps(1.2f);
    __m256 a3 = _mm256_set1_ps(1.3f), a4 = _mm256_set1_ps(1.4f), a5 = _mm256_set1_ps(1.5f);
    __m256 a6 = _mm256_set1_ps(1.6f), a7 = _mm256_set1_ps(1.7f), a8 = _mm256_set1_ps(1.8f);
    __m256 a9 = _mm256_set1_ps(1.9f), a10 = _mm256_set1_ps(2.0f), a11 = _mm256_set1_ps(2.1f);
    for (long i = 0; i < iters; i++) {
        a0 = _mm256_fmadd_ps(a0, m, c);
        a1 = _mm256_fmadd_ps(a1, m, c);
        a2 = _mm256_fmadd_ps(a2, m, c);
        a3 = _mm256_fmadd_ps(a3, m, c);
        a4 = _mm256_fmadd_ps(a4, m, c);
        a5 = _mm256_fmadd_ps(a5, m, c);
        a6 = _mm256_fmadd_ps(a6, m, c);
        a7 = _mm256_fmadd_ps(a7, m, c);
        a8 = _mm256_fmadd_ps(a8, m, c);
        a9 = _mm256_fmadd_ps(a9, m, c);
        a10 = _mm256_fmadd_ps(a10, m, c);
        a11 = _mm256_fmadd_ps(a11, m, c);
    }
    a0 = _mm256_add_ps(_mm256_add_ps(_mm256_add_ps(a0, a1), _mm256_add_ps(a2, a3)),
                       _mm256_add_ps(_mm256_add_ps(a4, a5), _mm256_add_ps(a6, a7)));
    a0 = _mm256_add_ps(a0, _mm256_add_ps(_mm256_add_ps(a8, a9), _mm256_add_ps(a10, a11)));
    float l[8];
    _mm256_storeu_ps(l, a0);
    return l[0] + l[1] + l[2] + l[3] + l[4] + l[5] + l[6] + l[7];
}

#define AFB_Z16(X) X(0) X(1) X(2) X(3) X(4) X(5) X(6) X(7) X(8) X(9) X(10) X(11) X(12) X(13) X(14) X(15)

__attribute__((target("avx512f"))) static float peak_avx512(long iters)
{
    __m512 m = _mm512_set1_ps(0.999999f), c = _mm512_set1_ps(1e-7f);
#define AFB_DECL(i) __m512 a##i = _mm512_set1_ps(1.0f + 0.05f * (i));
    AFB_Z16(AFB_DECL)
#undef AFB_DECL
    for (long i = 0; i < iters; i++) {
#define AFB_STEP(i) a##i = _mm512_fmadd_ps(a##i, m, c);
        AFB_Z16(AFB_STEP)
#undef AFB_STEP
    }
    __m512 s = _mm512_setzero_ps();
#define AFB_ACC(i) s = _mm512_add_ps(s, a##i);
    AFB_Z16(AFB_ACC)
#undef AFB_ACC
    return _mm512_reduce_add_ps(s);
}

/* Each vdpbf16ps does 16 lanes x 2 bf16 products + adds = 64 FLOP. */
__attribute__((target("avx512f,avx512bf16"))) static float peak_bf16(long iters)
{
    __m512 x = _mm512_set1_ps(0.5f), y = _mm512_set1_ps(0.25f);
    __m512bh bx = _mm512_cvtne2ps_pbh(x, x), by = _mm512_cvtne2ps_pbh(y, y);
#define AFB_DECL(i) __m512 a##i = _mm512_set1_ps(0.01f * (i));
    AFB_Z16(AFB_DECL)
#undef AFB_DECL
    for (long i = 0; i < iters; i++) {
#define AFB_STEP(i) a##i = _mm512_dpbf16_ps(a##i, bx, by);
        AFB_Z16(AFB_STEP)
#undef AFB_STEP
    }
    __m512 s = _mm512_setzero_ps();
#define AFB_ACC(i) s = _mm512_add_ps(s, a##i);
    AFB_Z16(AFB_ACC)
#undef AFB_ACC
    return _mm512_reduce_add_ps(s);
}
#endif

/* AMX-BF16 tiles: four independent 16 x 16 f32 accumulators, each TDPBF16PS
 * 16 x 16 x 32 bf16 products and adds = 16384 FLOP (inline assembly: the
 * compiler needs no AMX target). */
static float peak_amx(long iters)
{
    struct { uint8_t palette, start, res[14]; uint16_t colsb[16]; uint8_t rows[16]; } cfg;
    static uint16_t ab[2][512]; /* bf16 0.0078125 */
    float out[256];
    memset(&cfg, 0, sizeof cfg);
    cfg.palette = 1;
    for (int i = 0; i < 8; i++) {
        cfg.colsb[i] = 64;
        cfg.rows[i] = 16;
    }
    for (int i = 0; i < 512; i++) ab[0][i] = ab[1][i] = 0x3c00;
    __asm__ volatile("ldtilecfg %0" :: "m"(cfg));
    __asm__ volatile("tilezero %%tmm0\n\ttilezero %%tmm1\n\ttilezero %%tmm2\n\ttilezero %%tmm3" ::);
    __asm__ volatile("tileloadd (%0,%1,1), %%tmm4\n\ttileloadd (%2,%1,1), %%tmm5\n\t"
                     "tileloadd (%0,%1,1), %%tmm6\n\ttileloadd (%2,%1,1), %%tmm7"
                     :: "r"(ab[0]), "r"(64L), "r"(ab[1]) : "memory");
    for (long i = 0; i < iters; i++) /* AT&T order: B, A, C */
        __asm__ volatile("tdpbf16ps %%tmm6, %%tmm4, %%tmm0\n\ttdpbf16ps %%tmm7, %%tmm4, %%tmm1\n\t"
                         "tdpbf16ps %%tmm6, %%tmm5, %%tmm2\n\ttdpbf16ps %%tmm7, %%tmm5, %%tmm3" ::);
    __asm__ volatile("tilestored %%tmm0, (%0,%1,1)" :: "r"(out), "r"(64L) : "memory");
    __asm__ volatile("tilerelease" ::: "memory");
    return out[0];
}

/* FLOP one iteration of each kernel does (per thread). */
static double peak_flop_per_iter(int kind)
{
    switch (kind) {
    case PEAK_AVX2: return 12.0 * 8 * 2;
    case PEAK_AVX512: return 16.0 * 16 * 2;
    case PEAK_BF16: return 16.0 * 64;
    case PEAK_AMX: return 4.0 * 16 * 16 * 32 * 2;
    default: return 8.0 * 2;
    }
}

static void peak_task(void *arg, int w, int n)
{
    (void)n;
    peak_job *j = arg;
    float r;
    switch (j->kind) {
#if AFB_X86
    case PEAK_AVX2: r = peak_avx2(j->iters); break;
    case PEAK_AVX512: r = peak_avx512(j->iters); break;
    case PEAK_BF16: r = peak_bf16(j->iters); break;
    case PEAK_AMX: r = peak_amx(j->iters); break;
#endif
    default: r = peak_scalar(j->iters); break;
    }
    j->out[w][0] = r;
}

/* GFLOP/s over all threads, best of three runs of about `seconds` each. */
static double measure_peak(afb_pool *pool, int kind, double seconds)
{
    peak_job *j = calloc(1, sizeof *j);
    if (!j)
        return NAN;
    j->kind = kind;
    j->iters = 20000;
    /* calibrate: grow until one run takes >= 20 ms */
    double t = 0;
    for (;;) {
        double t0 = now_s();
        afb_pool_run(pool, peak_task, j);
        t = now_s() - t0;
        if (t >= 0.02 || j->iters > (1L << 40))
            break;
        j->iters *= 4;
    }
    double want = seconds / 3.0;
    if (t < want)
        j->iters = (long)((double)j->iters * want / t);
    double best = 0;
    int n = afb_pool_size(pool);
    for (int rep = 0; rep < 3; rep++) {
        double t0 = now_s();
        afb_pool_run(pool, peak_task, j);
        double dt = now_s() - t0;
        double gf = peak_flop_per_iter(kind) * (double)j->iters * n / dt / 1e9;
        if (gf > best)
            best = gf;
    }
    float s = 0;
    for (int w = 0; w < n; w++)
        s += j->out[w][0];
    afb_sink_f32 = s;
    free(j);
    return best;
}

int afb_roofline_measure(afb_roofline *r, const afb_cpu *cpu, int threads,
                         size_t bw_bytes, int passes, double seconds)
{
    memset(r, 0, sizeof *r);
    r->threads = threads;
    r->bw_bytes = bw_bytes;
    r->bf16_gflops = NAN;
    r->amx_gflops = NAN;
    afb_pool *pool = afb_pool_create(threads > 256 ? 256 : threads);
    if (!pool)
        return -1;
    r->threads = afb_pool_size(pool);
    r->dram_read_gbps = measure_dram(pool, cpu, bw_bytes, passes);

    r->f32_isa = "scalar";
    int f32_kind = PEAK_SCALAR;
    if (cpu->avx2 && cpu->fma) {
        f32_kind = PEAK_AVX2;
        r->f32_isa = "avx2+fma";
    }
    r->f32_gflops = measure_peak(pool, f32_kind, seconds);
    if (cpu->avx512f) {
        double z = measure_peak(pool, PEAK_AVX512, seconds);
        if (z > r->f32_gflops) {
            r->f32_gflops = z;
            r->f32_isa = "avx512f";
        }
    }
    if (cpu->avx512bf16)
        r->bf16_gflops = measure_peak(pool, PEAK_BF16, seconds);
    if (cpu->amx_bf16)
        r->amx_gflops = measure_peak(pool, PEAK_AMX, seconds);
    afb_pool_destroy(pool);
    return 0;
}
