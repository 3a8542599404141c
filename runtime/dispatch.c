/*
 * CPU feature detection and variant selection.
 *
 * The generated registry (generated/registry.inc) lists every compiled variant
 * as ATTNFORGE_VARIANT(ISA, DTYPE, DK, DV, DECODE_FN, PREFILL_FN). Selection
 * walks ISA levels from the best the CPU (or the forced cap) allows down to
 * portable scalar; the generic fallback is always compiled and always last.
 */
#include <stdio.h>
#include <string.h>

#include "internal.h"

#if defined(__x86_64__) || defined(_M_X64)
#include <cpuid.h>
#define AF_X86 1
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

/* Declarations of every generated kernel. */
#define ATTNFORGE_VARIANT(ISA, DT, DK, DV, DEC, PRE) \
    void DEC(const af_call *c, const af_tile *t); void PRE(const af_call *c, const af_tile *t);
#define ATTNFORGE_EXP_VARIANT(ISA, FN)
#include "registry.inc"
#undef ATTNFORGE_VARIANT
#undef ATTNFORGE_EXP_VARIANT

typedef struct variant {
    attnforge_isa isa;
    attnforge_dtype dtype;
    int dk, dv;
    af_kernel_fn decode, prefill;
    const char *decode_name, *prefill_name;
} variant;

static const variant registry[] = {
#define ATTNFORGE_VARIANT(ISA, DT, DK, DV, DEC, PRE) \
    {ATTNFORGE_ISA_##ISA, ATTNFORGE_##DT, DK, DV, DEC, PRE, #DEC, #PRE},
#define ATTNFORGE_EXP_VARIANT(ISA, FN)
#include "registry.inc"
#undef ATTNFORGE_VARIANT
#undef ATTNFORGE_EXP_VARIANT
    {ATTNFORGE_ISA_GENERIC, ATTNFORGE_F32, 0, 0, NULL, NULL, NULL, NULL} /* sentinel */
};

/* Ordering of ISA levels (higher is better). x86 and Arm levels share ranks:
 * they never coexist on one CPU. The Arm extensions serve one dtype each
 * (FHM f16, BF16 bf16), so their common rank never makes them compete. */
static int isa_rank(attnforge_isa isa)
{
    switch (isa) {
    case ATTNFORGE_ISA_GENERIC: return 0;
    case ATTNFORGE_ISA_SCALAR: return 1;
    case ATTNFORGE_ISA_AVX2: return 2;
    case ATTNFORGE_ISA_NEON: return 2;
    case ATTNFORGE_ISA_AVX512: return 3;
    case ATTNFORGE_ISA_NEONFHM: return 3;
    case ATTNFORGE_ISA_NEONBF16: return 3;
    case ATTNFORGE_ISA_AVX512BF16: return 4;
    default: return -1;
    }
}

#ifdef AF_X86
static unsigned long long xgetbv0(void)
{
    unsigned lo, hi;
    __asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
    return ((unsigned long long)hi << 32) | lo;
}
#endif

#define BIT(isa) (1u << (isa))

#if defined(__aarch64__) && defined(__APPLE__)
static int sysctl_flag(const char *name, int fallback)
{
    int v = 0;
    size_t len = sizeof v;
    return sysctlbyname(name, &v, &len, NULL, 0) == 0 ? v != 0 : fallback;
}
#endif

/* The set of ISAs this CPU (and OS) can run, as BIT(isa) flags. */
static unsigned detect(void)
{
    unsigned set = BIT(ATTNFORGE_ISA_GENERIC) | BIT(ATTNFORGE_ISA_SCALAR);
#ifdef AF_X86
    unsigned a, b, c, d;
    if (!__get_cpuid(1, &a, &b, &c, &d)) return set;
    const int osxsave = (c >> 27) & 1, fma = (c >> 12) & 1, f16c = (c >> 29) & 1, avx = (c >> 28) & 1;
    if (!osxsave || !avx) return set;
    const unsigned long long xcr0 = xgetbv0();
    if ((xcr0 & 0x6) != 0x6) return set; /* OS saves XMM+YMM */
    if (__get_cpuid_max(0, NULL) < 7) return set;
    __cpuid_count(7, 0, a, b, c, d);
    const int avx2 = (b >> 5) & 1, avx512f = (b >> 16) & 1, avx512bw = (b >> 30) & 1,
              avx512vl = (b >> 31) & 1, avx512dq = (b >> 17) & 1;
    if (!(avx2 && fma && f16c)) return set;
    set |= BIT(ATTNFORGE_ISA_AVX2);
    if (!(avx512f && avx512bw && avx512vl && avx512dq) || (xcr0 & 0xe6) != 0xe6) return set;
    set |= BIT(ATTNFORGE_ISA_AVX512);
    __cpuid_count(7, 1, a, b, c, d);
    if ((a >> 5) & 1) set |= BIT(ATTNFORGE_ISA_AVX512BF16);
#elif defined(__aarch64__) && defined(__linux__)
    /* Advanced SIMD is part of the AArch64 base ISA, but the kernel is the
     * authority on what user space may run. */
    const unsigned long hw = getauxval(AT_HWCAP), hw2 = getauxval(AT_HWCAP2);
    if (!(hw & HWCAP_ASIMD)) return set;
    set |= BIT(ATTNFORGE_ISA_NEON);
    if (hw & HWCAP_ASIMDFHM) set |= BIT(ATTNFORGE_ISA_NEONFHM);
    if (hw2 & HWCAP2_BF16) set |= BIT(ATTNFORGE_ISA_NEONBF16);
#elif defined(__aarch64__) && defined(__APPLE__)
    if (!sysctl_flag("hw.optional.neon", 1)) return set; /* every Apple arm64 has it */
    set |= BIT(ATTNFORGE_ISA_NEON);
    if (sysctl_flag("hw.optional.arm.FEAT_FHM", 0)) set |= BIT(ATTNFORGE_ISA_NEONFHM);
    if (sysctl_flag("hw.optional.arm.FEAT_BF16", 0)) set |= BIT(ATTNFORGE_ISA_NEONBF16);
#elif defined(__aarch64__)
    set |= BIT(ATTNFORGE_ISA_NEON);
#endif
    return set;
}

static pthread_once_t detect_once = PTHREAD_ONCE_INIT;
static unsigned detected;
static void detect_init(void) { detected = detect(); }

attnforge_isa attnforge_cpu_isa(void)
{
    pthread_once(&detect_once, detect_init);
    attnforge_isa best = ATTNFORGE_ISA_SCALAR;
    for (int i = ATTNFORGE_ISA_SCALAR; i <= ATTNFORGE_ISA_NEONBF16; i++)
        if ((detected & BIT(i)) && isa_rank((attnforge_isa)i) > isa_rank(best)) best = (attnforge_isa)i;
    return best;
}

int attnforge_cpu_has(attnforge_isa isa)
{
    pthread_once(&detect_once, detect_init);
    return isa >= ATTNFORGE_ISA_GENERIC && isa <= ATTNFORGE_ISA_NEONBF16 && (detected & BIT(isa)) != 0;
}

static const struct { const char *name; attnforge_isa isa; } isa_names[] = {
    {"auto", ATTNFORGE_ISA_AUTO},     {"generic", ATTNFORGE_ISA_GENERIC},
    {"scalar", ATTNFORGE_ISA_SCALAR}, {"avx2", ATTNFORGE_ISA_AVX2},
    {"avx512", ATTNFORGE_ISA_AVX512}, {"avx512bf16", ATTNFORGE_ISA_AVX512BF16},
    {"neon", ATTNFORGE_ISA_NEON},     {"neonfhm", ATTNFORGE_ISA_NEONFHM},
    {"neonbf16", ATTNFORGE_ISA_NEONBF16},
};

int attnforge_isa_parse(const char *s, attnforge_isa *out)
{
    for (size_t i = 0; i < sizeof isa_names / sizeof isa_names[0]; i++)
        if (strcmp(s, isa_names[i].name) == 0) { *out = isa_names[i].isa; return 1; }
    return 0;
}

const char *attnforge_isa_name(attnforge_isa isa)
{
    for (size_t i = 0; i < sizeof isa_names / sizeof isa_names[0]; i++)
        if (isa_names[i].isa == isa) return isa_names[i].name;
    return "?";
}

af_kernels attnforge_select(attnforge_isa cap, attnforge_dtype dt, int dk, int dv)
{
    af_kernels k = {attnforge_generic_kernel, attnforge_generic_kernel, "generic", "generic",
                    ATTNFORGE_ISA_GENERIC};
    int best = 0;
    for (const variant *v = registry; v->decode; v++) {
        if (v->dtype != dt || v->dk != dk || v->dv != dv) continue;
        int r = isa_rank(v->isa);
        if (r <= best || r > isa_rank(cap) || !attnforge_cpu_has(v->isa)) continue;
        best = r;
        k.decode = v->decode;
        k.prefill = v->prefill;
        k.decode_name = v->decode_name;
        k.prefill_name = v->prefill_name;
        k.isa = v->isa;
    }
    return k;
}
