/*
 * attnforge-bench: times attnforge's dispatched kernels ("unrolled"), its
 * generic fallback ("generic") and a BLAS materialized baseline
 * ("materialized") on the same seeded inputs, interleaved, and reports
 * each against this machine's measured roofline and the f64 reference.
 * Run with --help for the options; README.md ("Benchmark") explains the
 * columns.
 */
#define _GNU_SOURCE
#include <cblas.h>
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <sched.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include "afb.h"
#include "attnforge.h"
#include "convert.h"
#include "reference.h"
#include "rng.h"

#define MAX_PRESETS 32
#define MAX_SIZES 16

typedef struct opts {
    const afb_preset *presets[MAX_PRESETS];
    int npresets;
    int dtypes[3];
    int ndtypes;
    int paths; /* bit 0 decode, bit 1 prefill */
    int decode_skv[MAX_SIZES], ndecode;
    int prefill_len[MAX_SIZES], nprefill;
    int impls; /* bit per AFB_* impl */
    int threads;
    int reps;        /* > 0: fixed */
    double min_time; /* adaptive target per impl per row, seconds */
    int max_reps;
    int quick;
    int flush;
    uint64_t seed;
    int check_rows; /* 0 = no check */
    const char *csv, *json, *plot;
    size_t bw_bytes;
    int bw_passes;
    double peak_seconds;
    int mat_gemv;
} opts;

static double now_s(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

static void die(const char *fmt, const char *arg)
{
    fprintf(stderr, "attnforge-bench: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\n(try --help)\n");
    exit(2);
}

/* ---- help ------------------------------------------------------------------- */

static void usage(FILE *f)
{
    int np;
    const afb_preset *p = afb_presets(&np);
    fprintf(f,
            "usage: attnforge-bench [options]\n"
            "\n"
            "Times three implementations of the same attention call on the same seeded\n"
            "inputs, interleaved (A B C A B C ...), and reports the median:\n"
            "  unrolled      attnforge with normal dispatch (the generated kernels)\n"
            "  generic       attnforge forced to ATTNFORGE_ISA_GENERIC (the fallback)\n"
            "  materialized  Q K^T with OpenBLAS, softmax, then P V (f32; f16/bf16 inputs\n"
            "                are converted to f32 once, outside the timed region)\n"
            "Each result is checked against the f64 reference (sampled rows).\n"
            "\n"
            "What to run:\n"
            "  --preset NAME[,NAME]   model preset (repeatable; 'all'); default llama3.2-3b\n"
            "  --all-presets          every preset\n"
            "  --list-presets         list the presets and exit\n"
            "  --dtype LIST           f32,f16,bf16 (default all three)\n"
            "  --path LIST            decode,prefill (default both)\n"
            "  --decode-skv LIST      decode KV lengths (default 512,4096,32768; Sq = 1, B = 1)\n"
            "  --prefill-len LIST     causal prefill lengths, Sq = Skv (default 512,2048)\n"
            "  --impl LIST            unrolled,generic,materialized (default all)\n"
            "  --quick                one decode size (4096) and one prefill size (512),\n"
            "                         short repetitions and roofline: under a minute\n"
            "\n"
            "How:\n"
            "  --threads N            threads for all three impls and the roofline\n"
            "                         (default: the CPUs this process may use). With 1, the\n"
            "                         process is pinned to the last allowed CPU (vCPU 0 of\n"
            "                         a VM often also serves interrupts and is slower)\n"
            "  --reps N               exactly N timed calls per impl (default adaptive)\n"
            "  --min-time S           adaptive: aim for S seconds of timed calls per impl\n"
            "                         per row, at least 5 calls (default 0.5; --quick 0.05)\n"
            "  --max-reps N           adaptive upper bound on calls (default 20000)\n"
            "  --flush                evict the caches (write a buffer > L3) before every\n"
            "                         timed call, so decode reads K/V from DRAM\n"
            "  --seed N               input seed (default 42)\n"
            "  --check-rows N         reference rows sampled per row of the table\n"
            "                         (default 64; 0 = no check)\n"
            "  --mat-sgemm            materialized decode uses an M=1 cblas_sgemm instead of\n"
            "                         cblas_sgemv (slower with OpenBLAS 0.3.21)\n"
            "  --bw-mib N             buffer for the DRAM bandwidth probe (default 1024)\n"
            "\n"
            "Output:\n"
            "  --csv FILE             all rows as CSV\n"
            "  --json FILE            JSON Lines: one roofline object, then one per row\n"
            "  --plot FILE.svg        gnuplot SVG: throughput vs Skv per dtype\n"
            "  -h, --help             this text\n"
            "\n"
            "OpenBLAS: 0.3.21 takes AVX-512 Zen 4/5 for Haswell; on a CPU with AVX-512 whose\n"
            "OpenBLAS core is not an AVX-512 one, the bench re-executes itself with\n"
            "OPENBLAS_CORETYPE=SkylakeX (set OPENBLAS_CORETYPE yourself to override).\n"
            "\n"
            "Presets:\n");
    for (int i = 0; i < np; i++)
        fprintf(f, "  %-18s %s\n", p[i].name, p[i].about);
}

/* ---- argument parsing ----------------------------------------------------------- */

static long parse_long(const char *s, long lo, long hi, const char *what)
{
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno || end == s || *end || v < lo || v > hi)
        die("bad value for %s", what);
    return v;
}

static double parse_double(const char *s, double lo, double hi, const char *what)
{
    char *end;
    errno = 0;
    double v = strtod(s, &end);
    if (errno || end == s || *end || !(v >= lo && v <= hi))
        die("bad value for %s", what);
    return v;
}

/* Calls fn(item, ctx) for every comma-separated item of s. */
static void each_item(const char *s, void (*fn)(const char *, void *), void *ctx)
{
    char buf[256];
    while (*s) {
        const char *c = strchr(s, ',');
        size_t n = c ? (size_t)(c - s) : strlen(s);
        if (n >= sizeof buf)
            die("list item too long: %s", s);
        memcpy(buf, s, n);
        buf[n] = 0;
        if (n > 0)
            fn(buf, ctx);
        s += n;
        if (*s == ',')
            s++;
    }
}

static void add_preset(const char *name, void *ctx)
{
    opts *o = ctx;
    int np;
    const afb_preset *all = afb_presets(&np);
    if (strcmp(name, "all") == 0) {
        for (int i = 0; i < np; i++)
            add_preset(all[i].name, ctx);
        return;
    }
    const afb_preset *p = afb_find_preset(name);
    if (!p)
        die("unknown preset '%s' (see --list-presets)", name);
    for (int i = 0; i < o->npresets; i++)
        if (o->presets[i] == p)
            return;
    if (o->npresets < MAX_PRESETS)
        o->presets[o->npresets++] = p;
}

static void add_dtype(const char *name, void *ctx)
{
    opts *o = ctx;
    int d;
    if (strcmp(name, "all") == 0) {
        add_dtype("f32", ctx);
        add_dtype("f16", ctx);
        add_dtype("bf16", ctx);
        return;
    }
    if (strcmp(name, "f32") == 0)
        d = ATTNFORGE_F32;
    else if (strcmp(name, "f16") == 0)
        d = ATTNFORGE_F16;
    else if (strcmp(name, "bf16") == 0)
        d = ATTNFORGE_BF16;
    else
        die("unknown dtype '%s' (f32, f16, bf16)", name);
    for (int i = 0; i < o->ndtypes; i++)
        if (o->dtypes[i] == d)
            return;
    o->dtypes[o->ndtypes++] = d;
}

static void add_path(const char *name, void *ctx)
{
    opts *o = ctx;
    if (strcmp(name, "decode") == 0)
        o->paths |= 1;
    else if (strcmp(name, "prefill") == 0)
        o->paths |= 2;
    else
        die("unknown path '%s' (decode, prefill)", name);
}

static void add_impl(const char *name, void *ctx)
{
    opts *o = ctx;
    for (int i = 0; i < AFB_NIMPL; i++)
        if (strcmp(name, afb_impl_names[i]) == 0) {
            o->impls |= 1 << i;
            return;
        }
    die("unknown impl '%s' (unrolled, generic, materialized)", name);
}

typedef struct size_list {
    int *v, *n;
} size_list;

static void add_size(const char *s, void *ctx)
{
    size_list *l = ctx;
    if (*l->n >= MAX_SIZES)
        die("too many sizes at '%s'", s);
    l->v[(*l->n)++] = (int)parse_long(s, 1, 1 << 24, "a size list");
}

static int available_cpus(void)
{
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof set, &set) == 0) {
        int n = CPU_COUNT(&set);
        if (n > 0)
            return n;
    }
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? (int)n : 1;
}

static void parse_args(int argc, char **argv, opts *o)
{
    memset(o, 0, sizeof *o);
    o->seed = 42;
    o->check_rows = 64;
    o->max_reps = 20000;
    o->mat_gemv = 1;
    double min_time = -1;
    long bw_mib = -1;
    int check_rows = -1;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *v = NULL;
        /* options with a value accept "--opt value" and "--opt=value" */
        static const char *const with_value[] = {
            "--preset", "--dtype", "--path", "--decode-skv", "--prefill-len", "--impl",
            "--threads", "--reps", "--min-time", "--max-reps", "--seed", "--check-rows",
            "--csv", "--json", "--plot", "--bw-mib", NULL};
        char name[64];
        snprintf(name, sizeof name, "%s", a);
        char *eq = strchr(name, '=');
        if (eq && strncmp(name, "--", 2) == 0)
            *eq = 0;
        for (int k = 0; with_value[k]; k++)
            if (strcmp(name, with_value[k]) == 0) {
                if (eq)
                    v = a + (eq - name) + 1;
                else if (i + 1 < argc)
                    v = argv[++i];
                else
                    die("%s needs a value", name);
                break;
            }
        if (!v && eq)
            die("option %s takes no value", name);

        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            usage(stdout);
            exit(0);
        } else if (strcmp(a, "--list-presets") == 0) {
            int np;
            const afb_preset *p = afb_presets(&np);
            for (int k = 0; k < np; k++)
                printf("%-18s Hq %2d Hkv %2d Dk %3d Dv %3d  %s\n", p[k].name, p[k].hq, p[k].hkv,
                       p[k].dk, p[k].dv, p[k].about);
            exit(0);
        } else if (strcmp(a, "--all-presets") == 0) {
            add_preset("all", o);
        } else if (strcmp(a, "--quick") == 0) {
            o->quick = 1;
        } else if (strcmp(a, "--flush") == 0) {
            o->flush = 1;
        } else if (strcmp(a, "--mat-sgemm") == 0) {
            o->mat_gemv = 0;
        } else if (strcmp(name, "--preset") == 0) {
            each_item(v, add_preset, o);
        } else if (strcmp(name, "--dtype") == 0) {
            each_item(v, add_dtype, o);
        } else if (strcmp(name, "--path") == 0) {
            each_item(v, add_path, o);
        } else if (strcmp(name, "--impl") == 0) {
            each_item(v, add_impl, o);
        } else if (strcmp(name, "--decode-skv") == 0) {
            size_list l = {o->decode_skv, &o->ndecode};
            each_item(v, add_size, &l);
        } else if (strcmp(name, "--prefill-len") == 0) {
            size_list l = {o->prefill_len, &o->nprefill};
            each_item(v, add_size, &l);
        } else if (strcmp(name, "--threads") == 0) {
            o->threads = (int)parse_long(v, 1, 4096, "--threads");
        } else if (strcmp(name, "--reps") == 0) {
            o->reps = (int)parse_long(v, 1, 100000000, "--reps");
        } else if (strcmp(name, "--min-time") == 0) {
            min_time = parse_double(v, 0, 3600, "--min-time");
        } else if (strcmp(name, "--max-reps") == 0) {
            o->max_reps = (int)parse_long(v, 5, 100000000, "--max-reps");
        } else if (strcmp(name, "--seed") == 0) {
            o->seed = (uint64_t)parse_long(v, 0, 0x7fffffffL, "--seed");
        } else if (strcmp(name, "--check-rows") == 0) {
            check_rows = (int)parse_long(v, 0, 1000000, "--check-rows");
        } else if (strcmp(name, "--csv") == 0) {
            o->csv = v;
        } else if (strcmp(name, "--json") == 0) {
            o->json = v;
        } else if (strcmp(name, "--plot") == 0) {
            o->plot = v;
        } else if (strcmp(name, "--bw-mib") == 0) {
            bw_mib = parse_long(v, 16, 1L << 20, "--bw-mib");
        } else {
            die("unknown option '%s'", a);
        }
    }
    if (o->npresets == 0)
        add_preset("llama3.2-3b", o);
    if (o->ndtypes == 0)
        add_dtype("all", o);
    if (o->paths == 0)
        o->paths = 3;
    if (o->impls == 0)
        o->impls = (1 << AFB_NIMPL) - 1;
    if (o->ndecode == 0) {
        if (o->quick) {
            o->decode_skv[o->ndecode++] = 4096;
        } else {
            o->decode_skv[o->ndecode++] = 512;
            o->decode_skv[o->ndecode++] = 4096;
            o->decode_skv[o->ndecode++] = 32768;
        }
    }
    if (o->nprefill == 0) {
        o->prefill_len[o->nprefill++] = 512;
        if (!o->quick)
            o->prefill_len[o->nprefill++] = 2048;
    }
    if (o->threads == 0)
        o->threads = available_cpus();
    o->min_time = min_time >= 0 ? min_time : o->quick ? 0.05 : 0.5;
    o->check_rows = check_rows >= 0 ? check_rows : o->quick ? 32 : 64;
    o->bw_bytes = (size_t)(bw_mib > 0 ? bw_mib : o->quick ? 256 : 1024) << 20;
    o->bw_passes = o->quick ? 2 : 5;
    o->peak_seconds = o->quick ? 0.15 : 0.6;
}

/* ---- process setup ------------------------------------------------------------ */

/* OpenBLAS reads its environment when the library is loaded, before main, so
 * the only way to set it from here is to run ourselves again. Two settings:
 * OPENBLAS_CORETYPE=SkylakeX on AVX-512 CPUs that 0.3.21 takes for Haswell,
 * and OPENBLAS_THREAD_TIMEOUT=4 (idle OpenBLAS threads sleep after 2^4 cycles
 * instead of busy-waiting for about 2^28): otherwise its spinning threads
 * share the cores with attnforge's calls interleaved after it and slow them
 * down by up to 3x on a 2-core machine. Either is left alone when set. */
static void maybe_reexec(char **argv, const afb_cpu *cpu)
{
    if (getenv("ATTNFORGE_BENCH_REEXEC"))
        return; /* already done */
    int set_core = 0, set_timeout = !getenv("OPENBLAS_THREAD_TIMEOUT");
    const char *core = openblas_get_corename();
    if (cpu->avx512f && !getenv("OPENBLAS_CORETYPE")) {
        char low[64] = "";
        for (size_t i = 0; core && core[i] && i + 1 < sizeof low; i++) {
            low[i] = (char)tolower((unsigned char)core[i]);
            low[i + 1] = 0;
        }
        set_core = !(strstr(low, "skylakex") || strstr(low, "cooperlake") || strstr(low, "sapphire"));
    }
    if (!set_core && !set_timeout)
        return;
    if (set_core) setenv("OPENBLAS_CORETYPE", "SkylakeX", 1);
    if (set_timeout) setenv("OPENBLAS_THREAD_TIMEOUT", "4", 1);
    setenv("ATTNFORGE_BENCH_REEXEC", set_core && core ? core : "-", 1);
    fflush(NULL);
    execv("/proc/self/exe", argv);
    fprintf(stderr, "attnforge-bench: could not re-execute with OpenBLAS settings (%s); "
                    "run it as OPENBLAS_CORETYPE=SkylakeX OPENBLAS_THREAD_TIMEOUT=4 %s ...\n",
            strerror(errno), argv[0]);
    if (set_core) unsetenv("OPENBLAS_CORETYPE");
    if (set_timeout) unsetenv("OPENBLAS_THREAD_TIMEOUT");
    unsetenv("ATTNFORGE_BENCH_REEXEC");
}

/* Single-thread runs: the last CPU we may run on (vCPU 0 of a VM often takes
 * the interrupts and is slower). Returns the CPU or -1. */
static int pin_last_cpu(void)
{
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof set, &set) != 0)
        return -1;
    int last = -1;
    for (int c = 0; c < CPU_SETSIZE; c++)
        if (CPU_ISSET(c, &set))
            last = c;
    if (last < 0)
        return -1;
    CPU_ZERO(&set);
    CPU_SET(last, &set);
    return sched_setaffinity(0, sizeof set, &set) == 0 ? last : -1;
}

/* ---- inputs ---------------------------------------------------------------------- */

/* Tensors of 2 MiB and more are 2 MiB aligned and advised as huge pages
 * (THP), as an engine's KV cache usually is: with 4 KiB pages every K/V row of
 * a BSHD cache sits on its own page and decode pays a TLB miss per row.
 * ATTNFORGE_BENCH_HUGEPAGES=0 turns it off. Applies to all three impls. */
static void *xmalloc(size_t n)
{
    static int huge = -1;
    if (huge < 0) {
        const char *e = getenv("ATTNFORGE_BENCH_HUGEPAGES");
        huge = !(e && strcmp(e, "0") == 0);
    }
    const size_t H = (size_t)2 << 20;
    void *p = (huge && n >= H) ? aligned_alloc(H, (n + H - 1) & ~(H - 1))
                               : aligned_alloc(64, (n + 63) & ~(size_t)63);
#ifdef MADV_HUGEPAGE
    if (p && huge && n >= H) (void)madvise(p, (n + H - 1) & ~(H - 1), MADV_HUGEPAGE);
#endif
    if (!p) {
        fprintf(stderr, "attnforge-bench: out of memory (%zu MiB)\n", n >> 20);
        exit(1);
    }
    return p;
}

/* ---- one measured shape -------------------------------------------------------------- */

typedef struct shape {
    const afb_preset *pr;
    int decode;
    int sq, skv;
    int win_left;      /* -1 = none */
    double pairs;      /* visible (query, key) pairs per query head */
    double kv_visible; /* keys that must be read (decode) */
} shape;

static void shape_init(shape *s, const afb_preset *pr, int decode, int sq, int skv)
{
    s->pr = pr;
    s->decode = decode;
    s->sq = sq;
    s->skv = skv;
    s->win_left = pr->window > 0 ? pr->window - 1 : -1;
    s->pairs = 0;
    long lo_min = skv, hi_max = 0;
    for (int i = 0; i < sq; i++) {
        long pos = (long)(skv - sq) + i;
        long hi = pos + 1 < skv ? pos + 1 : skv; /* causal */
        long lo = s->win_left >= 0 && pos - s->win_left > 0 ? pos - s->win_left : 0;
        if (hi > lo) {
            s->pairs += (double)(hi - lo);
            if (lo < lo_min)
                lo_min = lo;
            if (hi > hi_max)
                hi_max = hi;
        }
    }
    s->kv_visible = hi_max > lo_min ? (double)(hi_max - lo_min) : 0;
}

typedef struct bench {
    opts *o;
    afb_cpu cpu;
    afb_roofline roof;
    attnforge_context *ctx[2];
    afb_mat *mat;
    unsigned char *flushbuf;
    size_t flush_bytes;
    int flush_val;
    afb_result *res;
    size_t nres, capres;
    FILE *csv, *json;
    int write_failed;
    int case_no, ncases;
    double t_start, last_progress;
    int tty;
} bench;

static void progress(bench *B, int detail, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* One status line on stderr, redrawn in place on a terminal. Elsewhere (a log
 * file, CI) only the start of each row and a detail every 10 s are written. */
static void progress(bench *B, int detail, const char *fmt, ...)
{
    if (!B->tty && detail && now_s() - B->last_progress < 10.0)
        return;
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (B->tty)
        fprintf(stderr, "\r\033[K[%d/%d %.0fs] %s", B->case_no, B->ncases, now_s() - B->t_start, msg);
    else
        fprintf(stderr, "[%d/%d %.0fs] %s\n", B->case_no, B->ncases, now_s() - B->t_start, msg);
    fflush(stderr);
    B->last_progress = now_s();
}

static void progress_clear(bench *B)
{
    if (B->tty) {
        fputs("\r\033[K", stderr);
        fflush(stderr);
    }
}

static void flush_caches(bench *B)
{
    if (!B->flushbuf)
        return;
    memset(B->flushbuf, ++B->flush_val & 0xff, B->flush_bytes);
}

/* Room for n more results. Pointers into B->res stay valid until the next
 * reserve, so a case reserves all its rows before taking any pointer. */
static void reserve_results(bench *B, size_t n)
{
    if (B->nres + n <= B->capres)
        return;
    size_t c = B->capres ? 2 * B->capres : 64;
    while (c < B->nres + n)
        c *= 2;
    afb_result *r = realloc(B->res, c * sizeof *r);
    if (!r) {
        fprintf(stderr, "attnforge-bench: out of memory\n");
        exit(1);
    }
    B->res = r;
    B->capres = c;
}

static afb_result *new_result(bench *B)
{
    if (B->nres == B->capres) {
        fprintf(stderr, "attnforge-bench: internal error: results not reserved\n");
        abort();
    }
    afb_result *r = &B->res[B->nres++];
    memset(r, 0, sizeof *r);
    return r;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* The rows checked against the reference: all when few, else evenly spread
 * over (b, h, i) plus the first and last, within a work budget. */
static int pick_rows(const shape *s, int want, int *rows_out)
{
    const afb_preset *pr = s->pr;
    int total = pr->hq * s->sq;
    if (want <= 0)
        return 0;
    double per_row = (s->pairs / s->sq + 1) * (pr->dk + pr->dv);
    int budget = (int)fmin(1e6, fmax(4.0, 3e8 / per_row));
    if (want > budget)
        want = budget;
    if (total <= want) {
        for (int r = 0; r < total; r++)
            rows_out[r] = r;
        return total;
    }
    int n = 0;
    rows_out[n++] = 0;
    rows_out[n++] = total - 1;
    for (int k = 0; n < want; k++) {
        int r = (int)(((double)k + 0.5) * total / (want - 2));
        if (r >= total)
            break;
        rows_out[n++] = r;
    }
    return n;
}

typedef struct dcase {
    attnforge_params p;   /* unrolled/generic call (o set per impl) */
    afb_mat_problem mp;   /* the materialized call */
    void *o[2];           /* storage-dtype outputs of unrolled and generic */
    float *om;            /* f32 output of materialized */
    int dtype;
} dcase;

static int call_impl(bench *B, dcase *c, int impl)
{
    if (impl == AFB_MATERIALIZED)
        return afb_mat_run(B->mat, &c->mp) == 0 ? 0 : -1;
    c->p.o = c->o[impl];
    return attnforge_attention(B->ctx[impl], &c->p) == ATTNFORGE_OK ? 0 : -1;
}

static double spec_bound(int out_dtype)
{
    if (out_dtype == ATTNFORGE_F16)
        return ldexp(1.0, -10) + 1e-5;
    if (out_dtype == ATTNFORGE_BF16)
        return ldexp(1.0, -7) + 1e-5;
    return 1e-5;
}

/* The inputs of one dtype: what attnforge reads (the storage copies) and what
 * the materialized path reads (f32 copies of the rounded values, made here,
 * untimed). For f32 both point at the caller's arrays. */
typedef struct inputs {
    const void *q, *k, *v;
    const float *qm, *km, *vm;
    void *own[6];
} inputs;

static void prepare_inputs(bench *B, const shape *s, int dtype, const float *q32,
                           const float *k32, const float *v32, inputs *in)
{
    const afb_preset *pr = s->pr;
    const size_t nq = (size_t)s->sq * pr->hq * pr->dk, nk = (size_t)s->skv * pr->hkv * pr->dk;
    const size_t nv = (size_t)s->skv * pr->hkv * pr->dv;
    const attnforge_dtype dt = (attnforge_dtype)dtype;
    memset(in, 0, sizeof *in);
    in->q = in->qm = q32;
    in->k = in->km = k32;
    in->v = in->vm = v32;
    if (dtype == ATTNFORGE_F32)
        return;
    uint16_t *sq_ = xmalloc(nq * 2), *sk_ = xmalloc(nk * 2), *sv_ = xmalloc(nv * 2);
    int want_mat = (B->o->impls >> AFB_MATERIALIZED) & 1;
    float *bq = xmalloc(nq * 4);
    float *bk = want_mat ? xmalloc(nk * 4) : NULL;
    float *bv = want_mat ? xmalloc(nv * 4) : NULL;
    /* without the materialized impl, decode into one scratch buffer */
    float *scratch = want_mat ? NULL : xmalloc((nk > nv ? nk : nv) * 4);
    tu_f32_to_storage(dt, q32, nq, sq_);
    tu_storage_to_f32(dt, sq_, nq, bq);
    tu_f32_to_storage(dt, k32, nk, sk_);
    tu_storage_to_f32(dt, sk_, nk, bk ? bk : scratch);
    tu_f32_to_storage(dt, v32, nv, sv_);
    tu_storage_to_f32(dt, sv_, nv, bv ? bv : scratch);
    free(scratch);
    in->q = sq_;
    in->k = sk_;
    in->v = sv_;
    in->qm = bq;
    in->km = bk;
    in->vm = bv;
    in->own[0] = sq_;
    in->own[1] = sk_;
    in->own[2] = sv_;
    in->own[3] = bq;
    in->own[4] = bk;
    in->own[5] = bv;
}

static void free_inputs(inputs *in)
{
    for (int i = 0; i < 6; i++)
        free(in->own[i]);
}

/* The attnforge call and the materialized problem on the same inputs, with an
 * output per impl (storage dtype for attnforge, f32 for materialized). */
static void setup_case(bench *B, const shape *s, int dtype, const inputs *in,
                       const float *sinks, const float *slopes, dcase *c)
{
    const opts *o = B->o;
    const afb_preset *pr = s->pr;
    const size_t no = (size_t)s->sq * pr->hq * pr->dv;
    memset(c, 0, sizeof *c);
    c->dtype = dtype;
    c->p = (attnforge_params){
        .dtype = (attnforge_dtype)dtype,
        .batch = 1,
        .seq_q = s->sq,
        .seq_kv = s->skv,
        .heads_q = pr->hq,
        .heads_kv = pr->hkv,
        .head_dim_k = pr->dk,
        .head_dim_v = pr->dv,
        .q = in->q,
        .k = in->k,
        .v = in->v,
        .scale = pr->scale_mult / sqrtf((float)pr->dk),
        .softcap = pr->softcap,
        .alibi_slopes = slopes,
        .causal = 1,
        .sliding_window = s->win_left >= 0,
        .window_left = s->win_left >= 0 ? s->win_left : -1,
        .window_right = s->win_left >= 0 ? 0 : -1,
        .sinks = sinks,
    };
    for (int i = 0; i < 2; i++)
        c->o[i] = ((o->impls >> i) & 1) ? xmalloc(no * tu_dtype_size((attnforge_dtype)dtype)) : NULL;
    if ((o->impls >> AFB_MATERIALIZED) & 1) {
        c->om = xmalloc(no * 4);
        c->mp = (afb_mat_problem){1, s->sq, s->skv, pr->hq, pr->hkv, pr->dk, pr->dv, in->qm,
                                  in->km, in->vm, c->om, c->p.scale, pr->softcap, slopes, sinks, 1,
                                  s->win_left, s->win_left >= 0 ? 0 : -1};
    }
}

static void free_case(dcase *c)
{
    free(c->om);
    free(c->o[0]);
    free(c->o[1]);
}

/* A result row with the shape, the work it counts and its ceiling; the
 * measured fields NaN until measured. */
static afb_result *new_row(bench *B, const shape *s, int dtype, int impl)
{
    const afb_preset *pr = s->pr;
    afb_result *r = new_result(B);
    r->preset = pr->name;
    r->path = s->decode ? "decode" : "prefill";
    r->dtype = tu_dtype_name((attnforge_dtype)dtype);
    r->batch = 1;
    r->hq = pr->hq;
    r->hkv = pr->hkv;
    r->dk = pr->dk;
    r->dv = pr->dv;
    r->sq = s->sq;
    r->skv = s->skv;
    r->window = pr->window;
    r->sinks = pr->sinks;
    r->alibi = pr->alibi;
    r->causal = 1;
    r->softcap = pr->softcap;
    r->threads = B->o->threads;
    r->impl = impl;
    r->median_us = r->min_us = r->gbps = r->gflops = r->pct_of_ceiling = NAN;
    r->speedup_vs_generic = r->speedup_vs_materialized = r->max_rel_err = NAN;
    r->err_bound = spec_bound(impl == AFB_MATERIALIZED ? ATTNFORGE_F32 : dtype);
    r->bytes = s->kv_visible * pr->hkv * (pr->dk + pr->dv) *
               (double)tu_dtype_size((attnforge_dtype)dtype);
    r->flops = 2.0 * s->pairs * pr->hq * (pr->dk + pr->dv);
    r->ceiling = s->decode ? "dram_read"
                 : (dtype == ATTNFORGE_BF16 && !isnan(B->roof.bf16_gflops)) ? "bf16_dot"
                                                                            : "f32_fma";
    if (impl == AFB_MATERIALIZED && dtype != ATTNFORGE_F32)
        r->note = "f16/bf16 inputs converted to f32 once, outside the timed region";
    return r;
}

/* The untimed warm-up call of one impl (also the call that is checked): r
 * gets the kernel (or the error) and ok; *est the duration of one call.
 * Returns 0, or -1 when the call failed. */
static int warm_up(bench *B, const shape *s, dcase *c, int impl, afb_result *r, double *est)
{
    progress(B, 1, "%s %s %dx%d %s: warm-up %s", s->pr->name, r->path, s->sq, s->skv, r->dtype,
             afb_impl_names[impl]);
    double t0 = now_s();
    int rc = call_impl(B, c, impl);
    *est = now_s() - t0;
    if (rc != 0) {
        if (impl == AFB_MATERIALIZED)
            snprintf(r->kernel, sizeof r->kernel, "error: out of memory");
        else
            snprintf(r->kernel, sizeof r->kernel, "error: %s", attnforge_last_error());
        return -1;
    }
    if (impl == AFB_MATERIALIZED)
        snprintf(r->kernel, sizeof r->kernel, "%s%s", afb_mat_describe(B->mat),
                 c->dtype != ATTNFORGE_F32 ? " [f32 copy of inputs]" : "");
    else
        snprintf(r->kernel, sizeof r->kernel, "%s", attnforge_last_kernel());
    if (*est < 0.05) { /* a second warm-up gives a steadier estimate */
        t0 = now_s();
        call_impl(B, c, impl);
        *est = now_s() - t0;
    }
    r->ok = 1;
    return 0;
}

/* Largest relative error of one impl's output row against ref (NaN sticks). */
static double row_rel_err(const dcase *c, int impl, size_t off, const double *ref, int dv)
{
    double rmax = 0, e = 0;
    for (int d = 0; d < dv; d++)
        if (fabs(ref[d]) > rmax)
            rmax = fabs(ref[d]);
    for (int d = 0; d < dv; d++) {
        double x = impl == AFB_MATERIALIZED
                       ? (double)c->om[off + d]
                       : tu_load((attnforge_dtype)c->dtype, c->o[impl], (int64_t)(off + d));
        double diff = fabs(x - ref[d]);
        if (!(diff <= e))
            e = diff;
    }
    return rmax > 0 ? e / rmax : e;
}

/* Accuracy of every active impl against the f64 reference, on sampled rows:
 * max_rel_err and rows_checked of their results. */
static void check_accuracy(bench *B, const shape *s, const dcase *c, int active,
                           afb_result *const res[AFB_NIMPL])
{
    const opts *o = B->o;
    const afb_preset *pr = s->pr;
    if (o->check_rows <= 0 || !active)
        return;
    progress(B, 1, "%s %s %dx%d %s: checking against the f64 reference", pr->name,
             s->decode ? "decode" : "prefill", s->sq, s->skv,
             tu_dtype_name((attnforge_dtype)c->dtype));
    int *rows = xmalloc(sizeof(int) * (size_t)(o->check_rows + 2));
    int nr = pick_rows(s, o->check_rows, rows);
    double *ref = xmalloc(sizeof(double) * (size_t)pr->dv);
    double worst[AFB_NIMPL] = {0, 0, 0};
    int checked = 0;
    for (int k = 0; k < nr; k++) {
        int h = rows[k] / s->sq, i = rows[k] % s->sq;
        double lse;
        if (ref_row(&c->p, 0, h, i, ref, &lse) != 0)
            continue;
        size_t off = ((size_t)i * pr->hq + (size_t)h) * pr->dv;
        for (int impl = 0; impl < AFB_NIMPL; impl++) {
            if (!((active >> impl) & 1))
                continue;
            double e = row_rel_err(c, impl, off, ref, pr->dv);
            if (!(e <= worst[impl]))
                worst[impl] = e;
        }
        checked++;
    }
    for (int impl = 0; impl < AFB_NIMPL; impl++)
        if ((active >> impl) & 1 && checked > 0) {
            res[impl]->max_rel_err = worst[impl];
            res[impl]->rows_checked = checked;
        }
    free(ref);
    free(rows);
}

/* Timed calls per active impl: --reps, or enough for --min-time from the
 * warm-up estimate (at least 5, at most --max-reps, 100 with --flush).
 * Returns the largest count. */
static int plan_reps(const opts *o, int active, const double est[AFB_NIMPL], int reps[AFB_NIMPL])
{
    int maxr = 0;
    for (int impl = 0; impl < AFB_NIMPL; impl++) {
        reps[impl] = 0;
        if (!((active >> impl) & 1))
            continue;
        if (o->reps > 0) {
            reps[impl] = o->reps;
        } else {
            double want = ceil(o->min_time / fmax(est[impl], 1e-7));
            int cap = o->flush && o->max_reps > 100 ? 100 : o->max_reps;
            reps[impl] = (int)fmin(fmax(want, 5), cap);
        }
        if (reps[impl] > maxr)
            maxr = reps[impl];
    }
    return maxr;
}

/* Interleaved timing: in round r, impl i runs when its own count steps, so
 * every impl's calls are spread evenly over the same wall-clock span.
 * times[impl] gets cnt[impl] durations (seconds). */
static void time_interleaved(bench *B, const shape *s, dcase *c, const int reps[AFB_NIMPL],
                             int maxr, double *times[AFB_NIMPL], int cnt[AFB_NIMPL])
{
    const opts *o = B->o;
    for (int r = 0; r < maxr; r++) {
        for (int impl = 0; impl < AFB_NIMPL; impl++) {
            if (!reps[impl])
                continue;
            long long a = (long long)r * reps[impl] / maxr;
            long long b = (long long)(r + 1) * reps[impl] / maxr;
            if (b == a || cnt[impl] >= reps[impl])
                continue;
            if (o->flush)
                flush_caches(B);
            double t0 = now_s();
            call_impl(B, c, impl);
            times[impl][cnt[impl]++] = now_s() - t0;
        }
        if (now_s() - B->last_progress > 0.25)
            progress(B, 1, "%s %s %dx%d %s: round %d/%d", s->pr->name,
                     s->decode ? "decode" : "prefill", s->sq, s->skv,
                     tu_dtype_name((attnforge_dtype)c->dtype), r + 1, maxr);
    }
}

/* Median and minimum of n durations (sorts them), throughput and the share
 * of the ceiling into r. */
static void summarize(const bench *B, const shape *s, double *times, int n, afb_result *r)
{
    qsort(times, (size_t)n, sizeof(double), cmp_double);
    double med = n % 2 ? times[n / 2] : 0.5 * (times[n / 2 - 1] + times[n / 2]);
    r->reps = n;
    r->median_us = med * 1e6;
    r->min_us = times[0] * 1e6;
    r->gbps = r->bytes / med / 1e9;
    r->gflops = r->flops / med / 1e9;
    double ceil_v = s->decode ? B->roof.dram_read_gbps
                    : strcmp(r->ceiling, "bf16_dot") == 0 ? B->roof.bf16_gflops
                                                          : B->roof.f32_gflops;
    r->pct_of_ceiling = 100.0 * (s->decode ? r->gbps : r->gflops) / ceil_v;
}

static void speedups(afb_result *const res[AFB_NIMPL])
{
    for (int impl = 0; impl < AFB_NIMPL; impl++) {
        if (!res[impl] || !res[impl]->ok)
            continue;
        if (res[AFB_GENERIC] && res[AFB_GENERIC]->ok)
            res[impl]->speedup_vs_generic = res[AFB_GENERIC]->median_us / res[impl]->median_us;
        if (res[AFB_MATERIALIZED] && res[AFB_MATERIALIZED]->ok)
            res[impl]->speedup_vs_materialized =
                res[AFB_MATERIALIZED]->median_us / res[impl]->median_us;
    }
}

/* The table row, and the CSV and JSON rows when asked for. */
static void emit_rows(bench *B, afb_result *const res[AFB_NIMPL])
{
    progress_clear(B);
    for (int impl = 0; impl < AFB_NIMPL; impl++) {
        if (!res[impl])
            continue;
        afb_print_row(stdout, res[impl]);
        if (B->csv && afb_csv_row(B->csv, res[impl]) != 0)
            B->write_failed = 1;
        if (B->json && afb_json_row(B->json, res[impl]) != 0)
            B->write_failed = 1;
    }
    fflush(stdout);
}

/* One shape in one dtype: every selected impl warmed up, checked, timed
 * interleaved, and reported. */
static void measure_dtype(bench *B, const shape *s, int dtype, const float *q32, const float *k32,
                          const float *v32, const float *sinks, const float *slopes)
{
    const opts *o = B->o;
    progress(B, 0, "%s %s %dx%d %s: preparing inputs", s->pr->name,
             s->decode ? "decode" : "prefill", s->sq, s->skv,
             tu_dtype_name((attnforge_dtype)dtype));
    inputs in;
    prepare_inputs(B, s, dtype, q32, k32, v32, &in);
    dcase c;
    setup_case(B, s, dtype, &in, sinks, slopes, &c);

    reserve_results(B, AFB_NIMPL);
    afb_result *res[AFB_NIMPL] = {0};
    double est[AFB_NIMPL];
    int active = 0;
    for (int impl = 0; impl < AFB_NIMPL; impl++) {
        if (!((o->impls >> impl) & 1))
            continue;
        res[impl] = new_row(B, s, dtype, impl);
        if (warm_up(B, s, &c, impl, res[impl], &est[impl]) == 0)
            active |= 1 << impl;
    }
    check_accuracy(B, s, &c, active, res);

    int reps[AFB_NIMPL];
    int maxr = plan_reps(o, active, est, reps);
    double *times[AFB_NIMPL] = {0};
    int cnt[AFB_NIMPL] = {0, 0, 0};
    for (int impl = 0; impl < AFB_NIMPL; impl++)
        if (reps[impl])
            times[impl] = xmalloc(sizeof(double) * (size_t)reps[impl]);
    time_interleaved(B, s, &c, reps, maxr, times, cnt);
    for (int impl = 0; impl < AFB_NIMPL; impl++) {
        if (!reps[impl])
            continue;
        summarize(B, s, times[impl], cnt[impl], res[impl]);
        free(times[impl]);
    }
    speedups(res);
    emit_rows(B, res);

    free_case(&c);
    free_inputs(&in);
}

static void measure_shape(bench *B, const shape *s)
{
    const afb_preset *pr = s->pr;
    const size_t nq = (size_t)s->sq * pr->hq * pr->dk, nk = (size_t)s->skv * pr->hkv * pr->dk;
    const size_t nv = (size_t)s->skv * pr->hkv * pr->dv;
    uint64_t seed = B->o->seed * 0x100000001b3ull ^ ((uint64_t)s->skv << 20) ^ (uint64_t)s->sq;
    float *q = xmalloc(nq * 4), *k = xmalloc(nk * 4), *v = xmalloc(nv * 4);
    progress(B, 1, "%s %s %dx%d: generating inputs", pr->name, s->decode ? "decode" : "prefill",
             s->sq, s->skv);
    tu_fill_f32(q, nq, seed ^ 1, -1.0f, 1.0f);
    tu_fill_f32(k, nk, seed ^ 2, -1.0f, 1.0f);
    tu_fill_f32(v, nv, seed ^ 3, -1.0f, 1.0f);
    float *sinks = NULL, *slopes = NULL;
    if (pr->sinks) {
        sinks = xmalloc(sizeof(float) * (size_t)pr->hq);
        tu_fill_f32(sinks, (size_t)pr->hq, seed ^ 4, 0.0f, 2.0f);
    }
    if (pr->alibi) {
        slopes = xmalloc(sizeof(float) * (size_t)pr->hq);
        attnforge_alibi_slopes(pr->hq, slopes);
    }
    for (int d = 0; d < B->o->ndtypes; d++) {
        B->case_no++;
        measure_dtype(B, s, B->o->dtypes[d], q, k, v, sinks, slopes);
    }
    free(q);
    free(k);
    free(v);
    free(sinks);
    free(slopes);
}

int main(int argc, char **argv)
{
    bench B;
    opts o;
    memset(&B, 0, sizeof B);
    afb_cpu_detect(&B.cpu);
    maybe_reexec(argv, &B.cpu);
    parse_args(argc, argv, &o);
    B.o = &o;
    B.tty = isatty(2);
    B.t_start = now_s();

    int pinned = -1;
    if (o.threads == 1)
        pinned = pin_last_cpu();

    attnforge_context_options co = {.num_threads = o.threads};
    attnforge_status st = attnforge_context_create(&B.ctx[AFB_UNROLLED], &co);
    if (st != ATTNFORGE_OK) {
        fprintf(stderr, "attnforge-bench: context: %s (%s)\n", attnforge_status_string(st),
                attnforge_last_error());
        return 1;
    }
    co.isa = ATTNFORGE_ISA_GENERIC;
    st = attnforge_context_create(&B.ctx[AFB_GENERIC], &co);
    if (st != ATTNFORGE_OK) {
        fprintf(stderr, "attnforge-bench: generic context: %s (%s)\n",
                attnforge_status_string(st), attnforge_last_error());
        return 1;
    }
    B.mat = afb_mat_create(o.threads, o.mat_gemv, &B.cpu);
    if (!B.mat) {
        fprintf(stderr, "attnforge-bench: out of memory\n");
        return 1;
    }
    if (o.flush) {
        long l3 = sysconf(_SC_LEVEL3_CACHE_SIZE);
        B.flush_bytes = l3 > 0 ? 4 * (size_t)l3 : (size_t)128 << 20;
        if (B.flush_bytes < ((size_t)64 << 20))
            B.flush_bytes = (size_t)64 << 20;
        B.flushbuf = xmalloc(B.flush_bytes);
        memset(B.flushbuf, 1, B.flush_bytes);
    }

    /* header */
    const char *reexec = getenv("ATTNFORGE_BENCH_REEXEC");
    printf("attnforge-bench %d.%d.%d: %s, %d thread%s%s", ATTNFORGE_VERSION_MAJOR,
           ATTNFORGE_VERSION_MINOR, ATTNFORGE_VERSION_PATCH, B.cpu.brand, o.threads,
           o.threads == 1 ? "" : "s", pinned >= 0 ? ", pinned to CPU " : "");
    if (pinned >= 0)
        printf("%d", pinned);
    printf(" (library pools: %d and %d)\n", attnforge_context_num_threads(B.ctx[0]),
           attnforge_context_num_threads(B.ctx[1]));
    printf("cpu features: %s%s%s%s%s%s\n", B.cpu.avx2 ? "avx2 " : "", B.cpu.fma ? "fma " : "",
           B.cpu.f16c ? "f16c " : "", B.cpu.avx512f ? "avx512f " : "",
           B.cpu.avx512bf16 ? "avx512bf16" : "",
           getenv("ATTNFORGE_ISA") ? "  (ATTNFORGE_ISA is set)" : "");
    const int core_set = reexec && strcmp(reexec, "-") != 0;
    const char *tmo = getenv("OPENBLAS_THREAD_TIMEOUT");
    printf("materialized: %s, %d thread%s%s%s; OPENBLAS_THREAD_TIMEOUT=%s\n", afb_mat_describe(B.mat),
           openblas_get_num_threads(), openblas_get_num_threads() == 1 ? "" : "s",
           core_set ? "; OPENBLAS_CORETYPE=SkylakeX set by re-exec, was " : "",
           core_set ? reexec : "", tmo ? tmo : "(OpenBLAS default)");
    fflush(stdout);

    int npaths = ((o.paths & 1) ? o.ndecode : 0) + ((o.paths & 2) ? o.nprefill : 0);
    B.ncases = o.npresets * npaths * o.ndtypes;
    progress(&B, 0, "measuring the roofline (DRAM read over %zu MiB, FMA peak)", o.bw_bytes >> 20);
    if (afb_roofline_measure(&B.roof, &B.cpu, o.threads, o.bw_bytes, o.bw_passes, o.peak_seconds) != 0) {
        fprintf(stderr, "attnforge-bench: roofline: out of memory\n");
        return 1;
    }
    progress_clear(&B);
    printf("roofline: DRAM read %.1f GB/s (%zu MiB, best of %d), f32 FMA peak %.1f GFLOP/s (%s), "
           "bf16 dot peak ",
           B.roof.dram_read_gbps, o.bw_bytes >> 20, o.bw_passes, B.roof.f32_gflops, B.roof.f32_isa);
    if (isnan(B.roof.bf16_gflops))
        printf("n/a (no AVX512-BF16)\n");
    else
        printf("%.1f GFLOP/s\n", B.roof.bf16_gflops);
    if (o.reps > 0)
        printf("timing: %d calls per impl, interleaved, median%s\n", o.reps,
               o.flush ? ", caches flushed before each call" : "");
    else
        printf("timing: adaptive (>= 5 calls, ~%.2f s per impl per row, <= %d calls), "
               "interleaved, median%s\n",
               o.min_time, o.max_reps, o.flush ? ", caches flushed before each call" : "");
    printf("\n");
    if (o.csv && !(B.csv = afb_csv_open(o.csv))) {
        fprintf(stderr, "attnforge-bench: cannot write %s: %s\n", o.csv, strerror(errno));
        return 1;
    }
    if (o.json && !(B.json = afb_json_open(o.json, &B.roof))) {
        fprintf(stderr, "attnforge-bench: cannot write %s: %s\n", o.json, strerror(errno));
        return 1;
    }
    afb_print_header(stdout);
    fflush(stdout);

    for (int pi = 0; pi < o.npresets; pi++) {
        for (int path = 0; path < 2; path++) {
            if (!((o.paths >> path) & 1))
                continue;
            int n = path == 0 ? o.ndecode : o.nprefill;
            for (int si = 0; si < n; si++) {
                shape s;
                if (path == 0)
                    shape_init(&s, o.presets[pi], 1, 1, o.decode_skv[si]);
                else
                    shape_init(&s, o.presets[pi], 0, o.prefill_len[si], o.prefill_len[si]);
                measure_shape(&B, &s);
            }
        }
    }
    progress_clear(&B);

    /* footnotes */
    int any_half = 0, any_over = 0, any_bad = 0;
    for (size_t i = 0; i < B.nres; i++) {
        const afb_result *r = &B.res[i];
        if (r->impl == AFB_MATERIALIZED && strcmp(r->dtype, "f32") != 0)
            any_half = 1;
        if (r->ok && r->pct_of_ceiling > 100)
            any_over = 1;
        if (r->ok && r->rows_checked > 0 && !(r->max_rel_err <= r->err_bound))
            any_bad = 1;
    }
    printf("\n");
    printf("throughput: decode = K+V bytes read once / median time; prefill = useful FLOP "
           "(2*Hq*(Dk+Dv) per visible query-key pair) / median time.\n");
    if (any_half)
        printf("materialized f16/bf16 rows: inputs converted to f32 once, outside the timed "
               "region; OpenBLAS computes in f32.\n");
    if (any_over)
        printf("%%ceil > 100 on decode: K/V came from cache, not DRAM (try --flush).\n");
    if (any_bad)
        printf("'!': error above the SPEC.md bound for that output dtype.\n");

    int rc = 0;
    if (B.csv && fclose(B.csv) != 0)
        B.write_failed = 1;
    if (B.json && fclose(B.json) != 0)
        B.write_failed = 1;
    if (B.write_failed) {
        fprintf(stderr, "attnforge-bench: error writing the CSV/JSON output\n");
        rc = 1;
    }
    if (o.plot) {
        char title[200];
        snprintf(title, sizeof title, "attnforge-bench: %s, %d thread%s", B.cpu.brand, o.threads,
                 o.threads == 1 ? "" : "s");
        if (afb_write_plot(o.plot, B.res, B.nres, &B.roof, title) != 0) {
            fprintf(stderr, "attnforge-bench: could not plot %s (is gnuplot installed?)\n", o.plot);
            rc = 1;
        }
    }
    fprintf(stderr, "attnforge-bench: done in %.0f s\n", now_s() - B.t_start);

    afb_mat_destroy(B.mat);
    attnforge_context_destroy(B.ctx[0]);
    attnforge_context_destroy(B.ctx[1]);
    free(B.flushbuf);
    free(B.res);
    return rc;
}
