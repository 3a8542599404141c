/*
 * CPU feature detection and variant selection.
 *
 * Everything about an ISA comes from its generator module through
 * generated/registry.inc: the ISA table (name, rank, the CPU features it
 * needs as AF_ARCH_* flags) and one row per compiled variant. This file asks
 * the CPU and the OS once which features exist, then walks those tables: an
 * ISA is usable when every flag it needs was detected, and selection takes
 * the highest-ranked usable variant at or below the cap. The generic fallback
 * is always compiled and always last.
 */
#if defined(__linux__) && !defined(_GNU_SOURCE)
#define _GNU_SOURCE /* syscall() (the AMX tile-state request) under -std=c11 */
#endif
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "internal.h"

#if defined(__x86_64__) || defined(_M_X64)
#include <cpuid.h>
#define AF_X86 1
#if defined(__linux__)
#include <sys/syscall.h>
#include <unistd.h>
#endif
#elif defined(__aarch64__) && defined(__linux__)
#include <sys/auxv.h>
/* arch/arm64/include/uapi/asm/hwcap.h, for older headers */
#ifndef HWCAP_ASIMD
#define HWCAP_ASIMD (1 << 1)
#endif
#ifndef HWCAP_ASIMDFHM
#define HWCAP_ASIMDFHM (1 << 23)
#endif
#ifndef AT_HWCAP2
#define AT_HWCAP2 26
#endif
#ifndef HWCAP2_BF16
#define HWCAP2_BF16 (1 << 14)
#endif
#elif defined(__aarch64__) && defined(__APPLE__)
#include <sys/sysctl.h>
#endif

#define ATTNFORGE_KERNEL_FN(FN) void FN(const af_call *c, const af_tile *t);
#define ATTNFORGE_WIDEN_FN(FN) void FN(float *dst, const void *src, int is_v, float sc);
#define ATTNFORGE_STORE_O(ISA, FN) void FN(void *dst, attnforge_format of, const float *x, float inv, int32_t n);
#include "registry.inc"
#undef ATTNFORGE_KERNEL_FN
#undef ATTNFORGE_WIDEN_FN
#undef ATTNFORGE_STORE_O

/* The output-row store of each compiled ISA (templates/math.c.in). */
typedef struct af_isa_store {
    attnforge_isa isa;
    af_store_fn fn;
} af_isa_store;
static const af_isa_store store_table[] = {
#define ATTNFORGE_STORE_O(ISA, FN) {ATTNFORGE_ISA_##ISA, FN},
#include "registry.inc"
#undef ATTNFORGE_STORE_O
    {ATTNFORGE_ISA_GENERIC, NULL} /* sentinel */
};

typedef struct af_isa_info {
    attnforge_isa isa;
    const char *name;
    int rank;            /* dispatch prefers higher; generic is 0 */
    uint32_t arch_flags; /* AF_ARCH_* features it needs */
} af_isa_info;

static const af_isa_info isa_table[] = {
    {.isa = ATTNFORGE_ISA_GENERIC, .name = "generic", .rank = 0, .arch_flags = 0},
#define ATTNFORGE_ISA(...) {__VA_ARGS__},
#include "registry.inc"
#undef ATTNFORGE_ISA
};
#define ISA_COUNT (sizeof isa_table / sizeof isa_table[0])

static const af_variant registry[] = {
#define ATTNFORGE_KERNEL(...) {__VA_ARGS__},
#include "registry.inc"
#undef ATTNFORGE_KERNEL
    {.isa = ATTNFORGE_ISA_GENERIC} /* sentinel: no decode function */
};

static const af_isa_info *isa_info(attnforge_isa isa)
{
    for (size_t i = 0; i < ISA_COUNT; i++)
        if (isa_table[i].isa == isa) return &isa_table[i];
    return NULL;
}

/* ---- detection: one function per OS interface ------------------------------ */

#if !defined(AF_ARCH_FLAGS_)
/* No generated registry (the runtime alone): no ISA needs a feature. */
static uint32_t detect_arch(void) { return 0; }
#elif defined(AF_X86)
static unsigned long long xgetbv0(void)
{
    unsigned lo, hi;
    __asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
    return ((unsigned long long)hi << 32) | lo;
}

/* CPUID, with each register file's features reported only when the OS saves
 * that state (XCR0: XMM+YMM for AVX*, FMA and F16C; opmask+ZMM for AVX-512). */
static uint32_t detect_arch(void)
{
    unsigned a, b, c, d;
    uint32_t f = 0;
    if (!__get_cpuid(1, &a, &b, &c, &d)) return 0;
    const int osxsave = (c >> 27) & 1, avx = (c >> 28) & 1;
    if (!osxsave || !avx) return 0;
    const unsigned long long xcr0 = xgetbv0();
    if ((xcr0 & 0x6) != 0x6) return 0;
    if ((c >> 12) & 1) f |= AF_ARCH_X86_FMA;
    if ((c >> 29) & 1) f |= AF_ARCH_X86_F16C;
    if (__get_cpuid_max(0, NULL) < 7) return f;
    __cpuid_count(7, 0, a, b, c, d);
    if ((b >> 5) & 1) f |= AF_ARCH_X86_AVX2;
    if ((xcr0 & 0xe6) != 0xe6) return f;
    if ((b >> 16) & 1) f |= AF_ARCH_X86_AVX512F;
    if ((b >> 30) & 1) f |= AF_ARCH_X86_AVX512BW;
    if ((b >> 31) & 1) f |= AF_ARCH_X86_AVX512VL;
#ifdef AF_ARCH_X86_AMX_BF16
    /* AMX-BF16 and AMX-TILE (EDX bits 22 and 24), tile state enabled in
     * XCR0 (bits 17, 18), and the tile data granted to this process: Linux
     * hands it out on request only (arch_prctl ARCH_REQ_XCOMP_PERM, feature
     * 18), once for all threads; elsewhere the tiles are not used. */
    const int amx = ((d >> 22) & 1) && ((d >> 24) & 1) && (xcr0 & 0x60000) == 0x60000;
#endif
    __cpuid_count(7, 1, a, b, c, d);
    if ((a >> 5) & 1) f |= AF_ARCH_X86_AVX512_BF16;
#ifdef AF_ARCH_X86_AMX_BF16
#if defined(__linux__) && defined(SYS_arch_prctl)
    if (amx && syscall(SYS_arch_prctl, 0x1023 /* ARCH_REQ_XCOMP_PERM */, 18 /* XTILEDATA */) == 0)
        f |= AF_ARCH_X86_AMX_BF16;
#else
    (void)amx;
#endif
#endif
    return f;
}
#elif defined(__aarch64__) && defined(__linux__)
/* Advanced SIMD is part of the AArch64 base ISA, but the kernel is the
 * authority on what user space may run. */
static uint32_t detect_arch(void)
{
    const unsigned long hw = getauxval(AT_HWCAP), hw2 = getauxval(AT_HWCAP2);
    uint32_t f = 0;
    if (hw & HWCAP_ASIMD) f |= AF_ARCH_ARM_ASIMD;
    if (hw & HWCAP_ASIMDFHM) f |= AF_ARCH_ARM_ASIMDFHM;
    if (hw2 & HWCAP2_BF16) f |= AF_ARCH_ARM_BF16;
    return f;
}
#elif defined(__aarch64__) && defined(__APPLE__)
static int sysctl_flag(const char *name, int fallback)
{
    int v = 0;
    size_t len = sizeof v;
    return sysctlbyname(name, &v, &len, NULL, 0) == 0 ? v != 0 : fallback;
}
static uint32_t detect_arch(void)
{
    uint32_t f = 0;
    if (sysctl_flag("hw.optional.neon", 1)) f |= AF_ARCH_ARM_ASIMD; /* every Apple arm64 */
    if (sysctl_flag("hw.optional.arm.FEAT_FHM", 0)) f |= AF_ARCH_ARM_ASIMDFHM;
    if (sysctl_flag("hw.optional.arm.FEAT_BF16", 0)) f |= AF_ARCH_ARM_BF16;
    return f;
}
#elif defined(__aarch64__)
static uint32_t detect_arch(void) { return AF_ARCH_ARM_ASIMD; }
#else
static uint32_t detect_arch(void) { return 0; }
#endif

/* The merge's write prefetch (attnforge_cpu_prefetchw): on x86-64 the
 * PREFETCHW instruction, present where CPUID 0x80000001 ECX bit 8 (PRFCHW)
 * says so; elsewhere the compiler's write prefetch (Arm PRFM PSTL1KEEP),
 * which every CPU of the target runs. */
#if defined(AF_X86)
static int detect_prefetchw(void)
{
    unsigned a, b, c, d;
    return __get_cpuid(0x80000001u, &a, &b, &c, &d) && ((c >> 8) & 1);
}
#else
static int detect_prefetchw(void) { return 1; }
#endif

static pthread_once_t detect_once = PTHREAD_ONCE_INIT;
static uint32_t detected;
static int detected_prefetchw;
static void detect_init(void)
{
    detected = detect_arch();
    detected_prefetchw = detect_prefetchw();
}

int attnforge_cpu_prefetchw(void)
{
    pthread_once(&detect_once, detect_init);
    return detected_prefetchw;
}

static int flags_ok(uint32_t need)
{
    pthread_once(&detect_once, detect_init);
    return (detected & need) == need;
}

/* ---- the ISA table ---------------------------------------------------------- */

int attnforge_cpu_has(attnforge_isa isa)
{
    const af_isa_info *i = isa_info(isa);
    return i != NULL && flags_ok(i->arch_flags);
}

attnforge_isa attnforge_cpu_isa(void)
{
    const af_isa_info *best = NULL;
    for (size_t i = 0; i < ISA_COUNT; i++)
        if (isa_table[i].rank > 0 && flags_ok(isa_table[i].arch_flags) &&
            (!best || isa_table[i].rank > best->rank))
            best = &isa_table[i];
    return best ? best->isa : ATTNFORGE_ISA_GENERIC;
}

int attnforge_isa_parse(const char *s, attnforge_isa *out)
{
    if (strcmp(s, "auto") == 0) { *out = ATTNFORGE_ISA_AUTO; return 1; }
    for (size_t i = 0; i < ISA_COUNT; i++)
        if (strcmp(s, isa_table[i].name) == 0) { *out = isa_table[i].isa; return 1; }
    return 0;
}

const char *attnforge_isa_name(attnforge_isa isa)
{
    if (isa == ATTNFORGE_ISA_AUTO) return "auto";
    const af_isa_info *i = isa_info(isa);
    return i ? i->name : "?";
}

void attnforge_isa_list(char *buf, size_t size)
{
    size_t n = (size_t)snprintf(buf, size, "auto");
    for (size_t i = 0; i < ISA_COUNT && n < size; i++)
        n += (size_t)snprintf(buf + n, size - n, ", %s", isa_table[i].name);
}

/* The highest-ranked variant for K/V format f and the call's head dims (and
 * Q format, for a q_exact one; with a row widener when need_widen) that
 * this CPU runs at or below cap_rank, or NULL. */
static const af_variant *best_variant(int cap_rank, const af_call *c, attnforge_format f, int need_widen)
{
    const af_variant *best = NULL;
    int best_rank = 0;
    for (const af_variant *v = registry; v->decode; v++) {
        if (v->format != f || v->dk != c->Dk || v->dv != c->Dv) continue;
        if (v->q_exact && c->qf != v->format) continue;
        if (need_widen && !v->widen) continue;
        const af_isa_info *vi = isa_info(v->isa);
        const int r = vi ? vi->rank : -1;
        if (r <= best_rank || r > cap_rank || !flags_ok(v->arch_flags)) continue;
        best_rank = r;
        best = v;
    }
    return best;
}

/* The highest-ranked row widener of format f for the call's head dims at or
 * below cap_rank that this CPU runs, or NULL. */
static af_widen_fn widener(int cap_rank, const af_call *c, attnforge_format f)
{
    const af_variant *v = best_variant(cap_rank, c, f, 1);
    return v ? v->widen : NULL;
}

/* The f32 prefill that runs on K and V widened from the call's formats:
 * f's narrow one (for values of at most 16 significant bits) where both are
 * f16 or bf16 and f has one, else f's prefill. */
static void set_prefill_f32(af_kernels *k, const af_variant *f, const af_call *c)
{
    const int narrow = (c->kf == ATTNFORGE_FORMAT_F16 || c->kf == ATTNFORGE_FORMAT_BF16) &&
                       (c->vf == ATTNFORGE_FORMAT_F16 || c->vf == ATTNFORGE_FORMAT_BF16) && f->prefill_narrow;
    k->prefill_f32 = narrow ? f->prefill_narrow : f->prefill;
    k->prefill_f32_name = narrow ? f->prefill_narrow_name : f->prefill_name;
    k->prefill_f32_scratch = f->prefill_scratch;
}

/* K and V in different formats: no variant takes them, so the generic
 * kernel runs, except that a long prefill and any decode (runtime/plan.c,
 * "Packing") widen K and V to f32 with their formats' row code and run the
 * f32 kernels (an f32 K or V is copied). */
static af_kernels select_mixed(af_kernels k, int cap_rank, const af_call *c)
{
    const af_variant *f = best_variant(cap_rank, c, ATTNFORGE_FORMAT_F32, 0);
    if (!f) return k;
    const int r = isa_info(f->isa)->rank;
    const af_widen_fn wk = c->kf == ATTNFORGE_FORMAT_F32 ? NULL : widener(r, c, c->kf);
    const af_widen_fn wv = c->vf == ATTNFORGE_FORMAT_F32 ? NULL : widener(r, c, c->vf);
    if ((c->kf != ATTNFORGE_FORMAT_F32 && !wk) || (c->vf != ATTNFORGE_FORMAT_F32 && !wv)) return k;
    k.widen_k = wk;
    k.widen_v = wv;
    set_prefill_f32(&k, f, c);
    k.prefill_rows = f->prefill_rows;
    k.decode_f32 = f->decode;
    k.decode_f32_name = f->decode_name;
    return k;
}

/* The output-row store of ISA isa, or NULL (the merge's portable loop). The
 * kernels' own ISA's: its results are bitwise the portable loop's except a
 * NaN's sign where both the row and 1/L are NaN (which operand a multiply
 * takes its NaN from is the compiler's choice in C), so a call that runs the
 * generic kernel keeps the portable loop and stays bitwise the same whatever
 * the ISA cap. */
static af_store_fn isa_store(attnforge_isa isa)
{
    for (const af_isa_store *s = store_table; s->fn; s++)
        if (s->isa == isa) return s->fn;
    return NULL;
}

/* ---- bf16 Q on a 16-bit dot product --------------------------------------- *
 *
 * The bf16 dot products of the q_exact bf16 variants (vdpbf16ps, AMX tiles,
 * Arm BFDOT) read a denormal operand as zero. SPEC's product of a denormal
 * and an infinity is an infinity, not NaN, and a denormal times a huge value
 * can matter (2^-127 x 2^126 = 0.5), so those variants' kernels only compute
 * a tile whose Q cannot meet either: every Q element of the tile zero or
 * normal with |q| < 2^64 (no infinity, no NaN), and |scale| < 2^32. Then a
 * denormal K element (< 2^-126) meets |q| < 2^64, a product under 2^-62,
 * which moves a score by less than 2^-62 x 2^32 x Dk (2^-21 at Dk 512):
 * inside SPEC's bound. An infinite or huge K element meets a normal q or a
 * zero, as in f32. Any other tile goes to c->exact_decode / exact_prefill:
 * the widening variant of the highest ISA below (exact f32 products), or the
 * generic kernel. The kernels check each chunk of Q rows where they have
 * just copied it into their own buffer (in cache, contiguous), before any of
 * its products; a per-call pass over Q in dispatch (the first form) cost
 * bf16 prefills 3-6 %, and one over the tile's rows in place as a kernel
 * started (their first touch, strided) 2-5 %. (The fuzzer found the NaN in
 * the thirty-fourth session; test: formats/bf16_denormal_products.) */

/* 1 when a bf16 dot product could get the scores of the n bf16 Q elements
 * at q wrong (above): |scale| >= 2^32, or an element whose magnitude bits a
 * are > 0x5f7f (exponent field >= 191: 2^64 and up, inf, NaN) or in
 * (0, 0x80) (denormal). Eight lanes at a time in the compilers' vector
 * extension (SSE2 or NEON compares), the rest one by one. */
typedef int16_t af_i16x8 __attribute__((vector_size(16)));
int attnforge_bf16_rows_unsafe(const af_call *c, const uint16_t *q, int64_t n)
{
    if (!(fabsf(c->scale) < 0x1p32f)) return 1;
    af_i16x8 bad = {0};
    int64_t d = 0;
    for (; d + 8 <= n; d += 8) {
        af_i16x8 a;
        memcpy(&a, q + d, sizeof a);
        a &= 0x7fff;
        bad |= (a > 0x5f7f) | ((a > 0) & (a < 0x80));
    }
    int r = 0;
    for (int x = 0; x < 8; x++) r |= bad[x];
    for (; d < n; d++) {
        const int a = q[d] & 0x7fff;
        r |= a > 0x5f7f || (a > 0 && a < 0x80);
    }
    return r != 0;
}

af_kernels attnforge_select(attnforge_isa cap, const af_call *c)
{
    af_kernels k = {.decode = attnforge_generic_kernel,
                    .prefill = attnforge_generic_kernel,
                    .decode_name = "generic",
                    .prefill_name = "generic",
                    .isa = ATTNFORGE_ISA_GENERIC};
    const af_isa_info *ci = isa_info(cap);
    const int cap_rank = ci ? ci->rank : -1;
    if (c->kf != c->vf) return select_mixed(k, cap_rank, c);
    const af_variant *v = best_variant(cap_rank, c, c->kf, 0);
    if (!v) return k;
    int scratch = v->prefill_scratch;
    if (v->q_exact && v->format == ATTNFORGE_FORMAT_BF16) { /* tiles a bf16 dot product gets wrong: above */
        const af_variant *w = best_variant(cap_rank, c, c->kf, 1);
        k.exact_decode = w ? w->decode : attnforge_generic_kernel;
        k.exact_prefill = w ? w->prefill : attnforge_generic_kernel;
        if (w && w->prefill_scratch > scratch) scratch = w->prefill_scratch;
    }
    k.decode = v->decode;
    k.prefill = v->prefill;
    k.decode_name = v->decode_name;
    k.prefill_name = v->prefill_name;
    k.isa = v->isa;
    k.copy_rows = v->copy_rows;
    k.prefill_scratch = scratch; /* the exact prefill's too, where it runs in this call's tiles */
    k.prefill_rows = v->prefill_rows;
    k.store_o = isa_store(v->isa);
    /* widening for a long prefill: the f32 variant of the same head dims and
     * the same ISA, so the call's result stays bitwise that of v alone */
    const af_variant *f = v->widen ? best_variant(isa_info(v->isa)->rank, c, ATTNFORGE_FORMAT_F32, 0) : NULL;
    if (f && f->isa == v->isa && f->prefill_rows == v->prefill_rows) {
        k.widen_k = k.widen_v = v->widen;
        set_prefill_f32(&k, f, c);
    }
    return k;
}
