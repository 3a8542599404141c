/* What this machine and process offer the tests: a generic-kernel context
 * and the CPU's support of each generated ISA (see testutil.h). */
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

/* x86: the compiler's own CPU checks, independent of the library's detection;
 * AArch64: the library's (getauxval/sysctl), through a forced-ISA context. */
const char *tu_isa_unsupported(const char *isa)
{
    if (!strcmp(isa, "SCALAR")) return NULL;
#if (defined(__x86_64__) || defined(_M_X64)) && defined(__GNUC__)
    __builtin_cpu_init();
    if (!strcmp(isa, "AVX2"))
        return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma") ? NULL
                                                                               : "needs AVX2 and FMA";
    int avx512 = __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
                 __builtin_cpu_supports("avx512vl");
    if (!strcmp(isa, "AVX512")) return avx512 ? NULL : "needs AVX-512 F/BW/VL";
    if (!strcmp(isa, "AVX512BF16"))
        return avx512 && __builtin_cpu_supports("avx512bf16") ? NULL : "needs AVX-512 F/BW/VL + BF16";
    return "unknown ISA";
#elif defined(__aarch64__)
    attnforge_isa want = !strcmp(isa, "NEON")       ? ATTNFORGE_ISA_NEON
                         : !strcmp(isa, "NEONFHM")  ? ATTNFORGE_ISA_NEONFHM
                         : !strcmp(isa, "NEONBF16") ? ATTNFORGE_ISA_NEONBF16
                                                    : ATTNFORGE_ISA_AUTO;
    if (want != ATTNFORGE_ISA_AUTO) { /* the library's own detection (getauxval) */
        attnforge_context *ctx = NULL;
        attnforge_context_options o = {0};
        o.num_threads = 1;
        o.isa = want;
        if (attnforge_context_create(&ctx, &o) != ATTNFORGE_OK) return "the OS reports no such extension";
        attnforge_context_destroy(ctx);
        return NULL;
    }
    return "not an x86-64 build";
#else
    return "not an x86-64 build";
#endif
}
