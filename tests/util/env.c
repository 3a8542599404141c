/* What this machine and process offer the tests: a generic-kernel context
 * and the CPU's support of each generated ISA (see testutil.h). */
#if defined(__linux__) && !defined(_GNU_SOURCE)
#define _GNU_SOURCE /* syscall(): the AMX tile-state request */
#endif
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

attnforge_context *tu_generic_ctx(void)
{
    static attnforge_context *ctx; /* tests are single-threaded processes */
    if (!ctx) {
        attnforge_context_options o;
        memset(&o, 0, sizeof o);
        o.num_threads = 2;
        o.isa = ATTNFORGE_ISA_GENERIC;
        if (attnforge_context_create(&ctx, &o) != ATTNFORGE_OK) {
            fprintf(stderr, "testutil: cannot create a generic context: %s\n",
                    attnforge_last_error());
            abort();
        }
    }
    return ctx;
}

/* ---- CPU support of a registry ISA token ----------------------------------- */

/* The ISA table of the generated registry: each ISA with the CPU features
 * (AF_ARCH_*) its module says it needs. No ISA is named here. */
typedef struct tu_isa_row {
    attnforge_isa isa;
    const char *name;
    int rank;
    uint32_t arch_flags;
} tu_isa_row;

static const tu_isa_row tu_isas[] = {
#define ATTNFORGE_ISA(...) {__VA_ARGS__},
#include "registry.inc"
#undef ATTNFORGE_ISA
    {ATTNFORGE_ISA_AUTO, NULL, 0, 0}};

#if (defined(__x86_64__) || defined(_M_X64)) && defined(__GNUC__)
#include <cpuid.h>
/* x86 features through the compiler's own CPUID checks, independent of the
 * library's detection (a detection bug must not make tests skip). One line
 * per CPU feature the ISA modules can name; a feature without one makes its
 * ISAs skip with a message saying so. */
#define TU_X86_FEATURE(bit, cpu) {bit, cpu, __builtin_cpu_supports(cpu)}
static int tu_cpuid1_ecx(int bit)
{
    unsigned a, b, c, d;
    return __get_cpuid(1, &a, &b, &c, &d) && ((c >> bit) & 1);
}
/* AMX-BF16: CPUID (AMX-BF16 and AMX-TILE), XCR0's tile state, and Linux's
 * grant of the tile data to this process (asked here too: the request is
 * idempotent, and a library that forgot to ask would then fail, not skip) */
#if defined(__linux__)
#include <sys/syscall.h>
#include <unistd.h>
#endif
static int tu_amx_bf16(void)
{
    unsigned a, b, c, d, lo, hi;
    if (__get_cpuid_max(0, NULL) < 7) return 0;
    __cpuid_count(7, 0, a, b, c, d);
    if (!((d >> 22) & 1) || !((d >> 24) & 1)) return 0;
    if (!__get_cpuid(1, &a, &b, &c, &d) || !((c >> 27) & 1)) return 0;
    __asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
    if ((lo & 0x60000) != 0x60000) return 0;
#if defined(__linux__) && defined(SYS_arch_prctl)
    return syscall(SYS_arch_prctl, 0x1023, 18) == 0;
#else
    return 0;
#endif
}
static const char *tu_x86_missing(uint32_t flags)
{
    __builtin_cpu_init();
    const struct { uint32_t bit; const char *name; int has; } f[] = {
#ifdef AF_ARCH_X86_AVX2
        TU_X86_FEATURE(AF_ARCH_X86_AVX2, "avx2"),
#endif
#ifdef AF_ARCH_X86_FMA
        TU_X86_FEATURE(AF_ARCH_X86_FMA, "fma"),
#endif
#ifdef AF_ARCH_X86_F16C
        {AF_ARCH_X86_F16C, "f16c", tu_cpuid1_ecx(29)}, /* __builtin_cpu_supports has no "f16c" in gcc 12 */
#endif
#ifdef AF_ARCH_X86_AVX512F
        TU_X86_FEATURE(AF_ARCH_X86_AVX512F, "avx512f"),
#endif
#ifdef AF_ARCH_X86_AVX512BW
        TU_X86_FEATURE(AF_ARCH_X86_AVX512BW, "avx512bw"),
#endif
#ifdef AF_ARCH_X86_AVX512VL
        TU_X86_FEATURE(AF_ARCH_X86_AVX512VL, "avx512vl"),
#endif
#ifdef AF_ARCH_X86_AVX512_BF16
        TU_X86_FEATURE(AF_ARCH_X86_AVX512_BF16, "avx512bf16"),
#endif
#ifdef AF_ARCH_X86_AMX_BF16
        {AF_ARCH_X86_AMX_BF16, "amx-bf16", tu_amx_bf16()},
#endif
        {0, NULL, 0}};
    static char why[128];
    uint32_t known = 0;
    for (int i = 0; f[i].name; i++) {
        known |= f[i].bit;
        if ((flags & f[i].bit) && !f[i].has) {
            snprintf(why, sizeof why, "needs %s", f[i].name);
            return why;
        }
    }
    if (flags & ~known) return "needs a feature of another architecture (or one env.c cannot check)";
    return NULL;
}
#endif

/* a == b ignoring ASCII case ("avx2" is the registry token "AVX2") */
static int tu_same_name(const char *a, const char *b)
{
    for (; *a && *b; a++, b++)
        if (tolower((unsigned char)*a) != tolower((unsigned char)*b)) return 0;
    return *a == *b;
}

/* NULL when this CPU runs the generated ISA `token` (its registry name, any
 * case), else why not. x86: every feature its module needs, through the
 * compiler's checks; elsewhere the library's own detection (getauxval or
 * sysctl) through a context forced to that ISA. */
const char *tu_isa_unsupported(const char *token)
{
    const tu_isa_row *row = NULL;
    for (const tu_isa_row *r = tu_isas; r->name; r++)
        if (tu_same_name(r->name, token)) row = r;
    if (!row) return "not an ISA of this build's registry";
    if (!row->arch_flags) return NULL; /* portable C */
#if (defined(__x86_64__) || defined(_M_X64)) && defined(__GNUC__)
    return tu_x86_missing(row->arch_flags);
#else
    attnforge_context *ctx = NULL;
    attnforge_context_options o;
    memset(&o, 0, sizeof o);
    o.num_threads = 1;
    o.isa = row->isa;
    if (attnforge_context_create(&ctx, &o) != ATTNFORGE_OK) return "this CPU or OS lacks a feature it needs";
    attnforge_context_destroy(ctx);
    return NULL;
#endif
}
