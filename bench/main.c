/*
 * attnforge-bench: times attnforge's dispatched kernels ("unrolled"), its
 * generic fallback ("generic") and a BLAS materialized baseline
 * ("materialized") on the same seeded inputs, interleaved, and reports
 * each against this machine's measured roofline and the f64 reference.
 * Run with --help for the options; README.md ("Benchmark") explains the
 * columns. This file: the options, the process setup, the status line and
 * the run (header, the loop over shapes, footnotes); measure.c measures one
 * shape.
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
#include <time.h>
#include <unistd.h>

#include "afb.h"
#include "attnforge.h"
#include "run.h"

double afb_now_s(void)
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
            "  materialized  Q K^T with OpenBLAS, softmax, then P V (f32; other inputs are\n"
            "                converted to f32 once, outside the timed region)\n"
            "Each result is checked against the f64 reference (sampled rows).\n"
            "\n"
            "What to run:\n"
            "  --preset NAME[,NAME]   model preset (repeatable; 'all'); default llama3.2-3b\n"
            "  --all-presets          every preset\n"
            "  --list-presets         list the presets and exit\n"
            "  --shape HQ/HKV/DK[:DV] a causal attention of that shape, no other feature\n"
            "                         (repeatable, comma-separated; with or without\n"
            "                         --preset): e.g. 32/8/80 for a head dim just\n"
            "                         generated (see README \"Adding a head dim\")\n"
            "  --dtype LIST           f32,f16,bf16 (default all three): Q and O, and K/V too\n"
            "                         unless --kv-format is given\n"
            "  --kv-format LIST       K/V cache format: f32,f16,bf16,q8_0,q4_0,fp8_e4m3,\n"
            "                         fp8_e5m2 or 'all'; every dtype is measured with each\n"
            "                         (fp8: per-tensor scale amax/448 or amax/57344);\n"
            "                         K:V gives K and V different formats (q8_0:f16)\n"
            "  --kv-layout LIST       bshd (default: [B, Skv, Hkv, D], llama.cpp's and\n"
            "                         vLLM's), bhsd ([B, Hkv, Skv, D], PyTorch's) or both:\n"
            "                         the K/V cache's layout, through strides\n"
            "  --path LIST            decode,prefill (default both)\n"
            "  --decode-skv LIST      decode KV lengths (default 512,4096,32768; Sq = 1, B = 1)\n"
            "  --prefill-len LIST     causal prefill lengths, Sq = Skv (default 512,2048)\n"
            "  --impl LIST            unrolled,generic,materialized (default all)\n"
            "  --quick                one decode size (4096) and one prefill size (512),\n"
            "                         short repetitions and roofline: under a minute\n"
            "\n"
            "Serving (instead of the table above):\n"
            "  --serving              one step of a continuous batch per preset, dtype and\n"
            "                         K/V format (default f16,q8_0; Q/O default f32): a\n"
            "                         prefill chunk plus decodes in a paged cache, timed as\n"
            "                         one packed varlen call vs one call per sequence vs\n"
            "                         padding every sequence to the longest, interleaved\n"
            "  --serving-decodes N    decode sequences (default 31; --quick 7)\n"
            "  --serving-prefill N:C  prefill chunk of N rows, the last of C tokens\n"
            "                         (default 512:2048; --quick 64:256)\n"
            "  --serving-kv LO:HI     decode lengths spread geometrically over [LO, HI]\n"
            "                         (default 1024:32768; --quick 256:4096)\n"
            "  --serving-page P       positions per page of the cache (default 32)\n"
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
            "  --flush-kv             evict only K and V (clflush, dc civac) before every\n"
            "                         timed call: K/V from DRAM, the rest (Q, O, the\n"
            "                         kernel's buffers, TLB) warm, as an engine's\n"
            "                         per-layer decode sees them; cheap, so many reps\n"
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

/* --shape HQ/HKV/DK[:DV]: a causal attention of that shape and nothing else,
 * for head dims no preset has (a variant just generated for D 80, say). Each
 * shape is one more entry of o->presets, so there are at most MAX_PRESETS. */
static afb_preset shapes[MAX_PRESETS];
static char shape_names[MAX_PRESETS][48], shape_about[MAX_PRESETS][64];

static void add_shape(const char *spec, void *ctx)
{
    opts *o = ctx;
    int hq, hkv, dk, dv, used = 0;
    if (sscanf(spec, "%d/%d/%d%n", &hq, &hkv, &dk, &used) != 3)
        die("--shape '%s': expected HQ/HKV/DK or HQ/HKV/DK:DV (e.g. 32/8/80)", spec);
    dv = dk;
    if (spec[used] == ':') {
        int more = 0;
        if (sscanf(spec + used + 1, "%d%n", &dv, &more) != 1)
            die("--shape '%s': expected a DV after ':'", spec);
        used += 1 + more;
    }
    if (spec[used])
        die("--shape '%s': expected HQ/HKV/DK or HQ/HKV/DK:DV, nothing after it", spec);
    if (hq < 1 || hkv < 1 || hq > 1024 || hkv > hq || hq % hkv)
        die("--shape '%s': HQ and HKV must be 1..1024 with HQ a multiple of HKV", spec);
    if (dk < 1 || dv < 1 || dk > 1024 || dv > 1024)
        die("--shape '%s': head dims must be 1..1024", spec);
    if (o->npresets == MAX_PRESETS)
        die("--shape %s: too many shapes and presets (32 at most)", spec);
    const int i = o->npresets; /* a free slot of shapes[] too: every shape took a presets[] entry */
    char dims[24] = "";
    if (dv != dk)
        snprintf(dims, sizeof dims, ":%d", dv);
    snprintf(shape_names[i], sizeof shape_names[i], "shape-%d/%d/%d%s", hq, hkv, dk, dims);
    snprintf(shape_about[i], sizeof shape_about[i], "%s %d/%d, D %d%s, causal (--shape)",
             hq == hkv ? "MHA" : "GQA", hq, hkv, dk, dims);
    shapes[i] = (afb_preset){shape_names[i], shape_about[i], hq, hkv, dk, dv, 0, 0.0f, 0, 0, 1.0f};
    o->presets[o->npresets++] = &shapes[i];
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

/* One of the names attnforge_format_name() gives, F32 to FP8_E5M2 (n chars of name). */
static int kv_format_of(const char *name, size_t n)
{
    const int first = ATTNFORGE_FORMAT_F32, last = ATTNFORGE_FORMAT_FP8_E5M2;
    for (int f = first; f <= last; f++) {
        const char *fn = attnforge_format_name((attnforge_format)f);
        if (strlen(fn) == n && strncmp(name, fn, n) == 0)
            return f;
    }
    die("unknown K/V format in '%s' (f32, f16, bf16, q8_0, q4_0, fp8_e4m3, fp8_e5m2; K:V for two)", name);
    return 0;
}

/* --kv-format: a format for K and V, 'all', or K:V (two formats, e.g. q8_0:f16). */
static void add_kv_format(const char *name, void *ctx)
{
    opts *o = ctx;
    if (strcmp(name, "all") == 0) {
        for (int f = ATTNFORGE_FORMAT_F32; f <= ATTNFORGE_FORMAT_FP8_E5M2; f++)
            add_kv_format(attnforge_format_name((attnforge_format)f), ctx);
        return;
    }
    const char *colon = strchr(name, ':');
    const int kf = kv_format_of(name, colon ? (size_t)(colon - name) : strlen(name));
    const int vf = colon ? kv_format_of(colon + 1, strlen(colon + 1)) : kf;
    const int code = kf | (vf != kf ? vf << 8 : 0);
    for (int i = 0; i < o->nkv_formats; i++)
        if (o->kv_formats[i] == code)
            return;
    if (o->nkv_formats == (int)(sizeof o->kv_formats / sizeof o->kv_formats[0]))
        die("too many --kv-format entries (%s is one more than 16)", name);
    o->kv_formats[o->nkv_formats++] = code;
}

/* --kv-layout: bshd, bhsd or both */
static void add_kv_layout(const char *name, void *ctx)
{
    opts *o = ctx;
    if (strcmp(name, "bshd") == 0)
        o->kv_layouts |= 1;
    else if (strcmp(name, "bhsd") == 0)
        o->kv_layouts |= 2;
    else
        die("unknown K/V layout '%s' (bshd, bhsd)", name);
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

/* "A:B", both in [1, 2^24]. */
static void parse_pair(const char *v, int *a, int *b, const char *what)
{
    char buf[64];
    snprintf(buf, sizeof buf, "%s", v);
    char *colon = strchr(buf, ':');
    if (!colon)
        die("%s takes A:B", what);
    *colon = 0;
    *a = (int)parse_long(buf, 1, 1 << 24, what);
    *b = (int)parse_long(colon + 1, 1, 1 << 24, what);
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
            "--preset", "--shape", "--dtype", "--kv-format", "--kv-layout", "--path", "--decode-skv",
            "--prefill-len", "--impl", "--threads", "--reps", "--min-time", "--max-reps", "--seed",
            "--check-rows", "--csv", "--json", "--plot", "--bw-mib", "--serving-decodes",
            "--serving-prefill", "--serving-kv", "--serving-page", NULL};
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
        } else if (strcmp(a, "--serving") == 0) {
            o->serving = 1;
        } else if (strcmp(name, "--serving-decodes") == 0) {
            o->serving_decodes = (int)parse_long(v, 0, 100000, "--serving-decodes");
        } else if (strcmp(name, "--serving-prefill") == 0) {
            parse_pair(v, &o->serving_prefill, &o->serving_prefill_ctx, "--serving-prefill");
            if (o->serving_prefill > o->serving_prefill_ctx)
                die("--serving-prefill N:C needs N <= C (%s)", v);
        } else if (strcmp(name, "--serving-kv") == 0) {
            parse_pair(v, &o->serving_kv_lo, &o->serving_kv_hi, "--serving-kv");
            if (o->serving_kv_lo > o->serving_kv_hi)
                die("--serving-kv LO:HI needs LO <= HI (%s)", v);
        } else if (strcmp(name, "--serving-page") == 0) {
            o->serving_page = (int)parse_long(v, 1, 1 << 20, "--serving-page");
        } else if (strcmp(a, "--flush") == 0) {
            o->flush = AFB_FLUSH_ALL;
        } else if (strcmp(a, "--flush-kv") == 0) {
            o->flush = AFB_FLUSH_KV;
        } else if (strcmp(a, "--mat-sgemm") == 0) {
            o->mat_gemv = 0;
        } else if (strcmp(name, "--preset") == 0) {
            each_item(v, add_preset, o);
        } else if (strcmp(name, "--shape") == 0) {
            each_item(v, add_shape, o);
        } else if (strcmp(name, "--dtype") == 0) {
            each_item(v, add_dtype, o);
        } else if (strcmp(name, "--kv-format") == 0) {
            each_item(v, add_kv_format, o);
        } else if (strcmp(name, "--kv-layout") == 0) {
            each_item(v, add_kv_layout, o);
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
        add_dtype(o->serving ? "f32" : "all", o);
    if (o->serving) {
        if (o->nkv_formats == 0) {
            add_kv_format("f16", o);
            add_kv_format("q8_0", o);
        }
        if (!o->serving_decodes) o->serving_decodes = o->quick ? 7 : 31;
        if (!o->serving_prefill) {
            o->serving_prefill = o->quick ? 64 : 512;
            o->serving_prefill_ctx = o->quick ? 256 : 2048;
        }
        if (!o->serving_kv_lo) {
            o->serving_kv_lo = o->quick ? 256 : 1024;
            o->serving_kv_hi = o->quick ? 4096 : 32768;
        }
        if (!o->serving_page) o->serving_page = 32;
    }
    if (o->kv_layouts == 0)
        o->kv_layouts = 1;
    if (o->serving && (o->kv_layouts & 2))
        die("%s does not apply to --serving (its cache is paged)", "--kv-layout bhsd");
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

/* ---- the status line -------------------------------------------------------------- */

void afb_progress(bench *B, int detail, const char *fmt, ...)
{
    if (!B->tty && detail && afb_now_s() - B->last_progress < 10.0)
        return;
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (B->tty)
        fprintf(stderr, "\r\033[K[%d/%d %.0fs] %s", B->case_no, B->ncases, afb_now_s() - B->t_start, msg);
    else
        fprintf(stderr, "[%d/%d %.0fs] %s\n", B->case_no, B->ncases, afb_now_s() - B->t_start, msg);
    fflush(stderr);
    B->last_progress = afb_now_s();
}

void afb_progress_clear(bench *B)
{
    if (B->tty) {
        fputs("\r\033[K", stderr);
        fflush(stderr);
    }
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
    B.t_start = afb_now_s();

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
    if (o.flush == AFB_FLUSH_ALL) {
        long l3 = sysconf(_SC_LEVEL3_CACHE_SIZE);
        B.flush_bytes = l3 > 0 ? 4 * (size_t)l3 : (size_t)128 << 20;
        if (B.flush_bytes < ((size_t)64 << 20))
            B.flush_bytes = (size_t)64 << 20;
        B.flushbuf = afb_xmalloc(B.flush_bytes);
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
    printf("cpu features: %s%s%s%s%s%s%s\n", B.cpu.avx2 ? "avx2 " : "", B.cpu.fma ? "fma " : "",
           B.cpu.f16c ? "f16c " : "", B.cpu.avx512f ? "avx512f " : "",
           B.cpu.avx512bf16 ? "avx512bf16" : "", B.cpu.amx_bf16 ? " amx-bf16" : "",
           getenv("ATTNFORGE_ISA") ? "  (ATTNFORGE_ISA is set)" : "");
    const int core_set = reexec && strcmp(reexec, "-") != 0;
    const char *tmo = getenv("OPENBLAS_THREAD_TIMEOUT");
    printf("materialized: %s, %d thread%s%s%s; OPENBLAS_THREAD_TIMEOUT=%s\n", afb_mat_describe(B.mat),
           openblas_get_num_threads(), openblas_get_num_threads() == 1 ? "" : "s",
           core_set ? "; OPENBLAS_CORETYPE=SkylakeX set by re-exec, was " : "",
           core_set ? reexec : "", tmo ? tmo : "(OpenBLAS default)");
    fflush(stdout);

    int npaths = ((o.paths & 1) ? o.ndecode : 0) + ((o.paths & 2) ? o.nprefill : 0);
    B.ncases = o.npresets * npaths * o.ndtypes * (o.nkv_formats ? o.nkv_formats : 1) *
               ((o.kv_layouts & 1) + (o.kv_layouts >> 1 & 1));
    afb_progress(&B, 0, "measuring the roofline (DRAM read over %zu MiB, FMA peak)", o.bw_bytes >> 20);
    if (afb_roofline_measure(&B.roof, &B.cpu, o.threads, o.bw_bytes, o.bw_passes, o.peak_seconds) != 0) {
        fprintf(stderr, "attnforge-bench: roofline: out of memory\n");
        return 1;
    }
    afb_progress_clear(&B);
    printf("roofline: DRAM read %.1f GB/s (%zu MiB, best of %d plain and %d prefetched passes), f32 FMA peak %.1f GFLOP/s (%s), "
           "bf16 dot peak ",
           B.roof.dram_read_gbps, o.bw_bytes >> 20, o.bw_passes, o.bw_passes, B.roof.f32_gflops, B.roof.f32_isa);
    if (isnan(B.roof.bf16_gflops))
        printf("n/a (no AVX512-BF16)");
    else
        printf("%.1f GFLOP/s", B.roof.bf16_gflops);
    if (!isnan(B.roof.amx_gflops))
        printf(", AMX-BF16 tile peak %.1f GFLOP/s", B.roof.amx_gflops);
    printf("\n");
    static const char *const flush_note[3] = {"", ", caches flushed before each call",
                                               ", K and V flushed from the caches before each call"};
    if (o.reps > 0)
        printf("timing: %d calls per impl, interleaved, median%s\n", o.reps,
               flush_note[o.flush]);
    else
        printf("timing: adaptive (>= 5 calls, ~%.2f s per impl per row, <= %d calls), "
               "interleaved, median%s\n",
               o.min_time, o.max_reps, flush_note[o.flush]);
    printf("\n");
    if (o.csv && !(B.csv = afb_csv_open(o.csv))) {
        fprintf(stderr, "attnforge-bench: cannot write %s: %s\n", o.csv, strerror(errno));
        return 1;
    }
    if (o.json && !(B.json = afb_json_open(o.json, &B.roof))) {
        fprintf(stderr, "attnforge-bench: cannot write %s: %s\n", o.json, strerror(errno));
        return 1;
    }
    if (o.serving) {
        printf("serving step: 1 prefill chunk of %d rows (tokens %d..%d) + %d decodes with %d..%d "
               "keys, paged (%d positions a page, pages shuffled over the pool), causal\n\n",
               o.serving_prefill, o.serving_prefill_ctx - o.serving_prefill, o.serving_prefill_ctx - 1,
               o.serving_decodes, o.serving_kv_lo, o.serving_kv_hi, o.serving_page);
        afb_serving_header();
        B.ncases = o.npresets * o.ndtypes * o.nkv_formats;
        for (int pi = 0; pi < o.npresets; pi++)
            for (int di = 0; di < o.ndtypes; di++)
                for (int fi = 0; fi < o.nkv_formats; fi++) {
                    B.case_no++;
                {
                    if (o.kv_formats[fi] >> 8)
                        die("--serving takes one format for K and V (%s)", "not K:V");
                    afb_serving(&B, o.presets[pi], o.dtypes[di], (attnforge_format)o.kv_formats[fi]);
                }
                }
        afb_progress_clear(&B);
        printf("\ntok/s = query rows of the step / median step time; %%roof = the step's roofline "
               "time (decode K/V bytes at the DRAM probe + prefill FLOP at the FMA probe) / median; "
               "x_perseq, x_padded: speedup of the row over one call per sequence, over padding.\n");
    }

    if (!o.serving) {
        afb_print_header(stdout);
        fflush(stdout);
    }
    for (int pi = 0; pi < o.npresets && !o.serving; pi++) {
        for (int path = 0; path < 2; path++) {
            if (!((o.paths >> path) & 1))
                continue;
            int n = path == 0 ? o.ndecode : o.nprefill;
            for (int si = 0; si < n; si++) {
                shape s;
                if (path == 0)
                    afb_shape_init(&s, o.presets[pi], 1, 1, o.decode_skv[si]);
                else
                    afb_shape_init(&s, o.presets[pi], 0, o.prefill_len[si], o.prefill_len[si]);
                afb_measure_shape(&B, &s);
            }
        }
    }
    afb_progress_clear(&B);

    /* The probes once more: a shared host's speed moves within minutes, and
     * every %ceil above is against the probes measured before the rows. */
    afb_roofline end;
    afb_progress(&B, 0, "measuring the roofline again (DRAM read over %zu MiB, FMA peak)", o.bw_bytes >> 20);
    const int have_end = afb_roofline_measure(&end, &B.cpu, o.threads, o.bw_bytes, o.bw_passes,
                                              o.peak_seconds) == 0;
    afb_progress_clear(&B);

    /* footnotes */
    int any_half = 0, any_over = 0, any_bad = 0, any_fp8 = 0;
    for (size_t i = 0; i < B.nres; i++) {
        const afb_result *r = &B.res[i];
        if (r->impl == AFB_MATERIALIZED &&
            (strcmp(r->dtype, "f32") != 0 || strcmp(r->kv_format, "f32") != 0))
            any_half = 1;
        if (strncmp(r->kv_format, "fp8", 3) == 0)
            any_fp8 = 1;
        if (r->ok && r->pct_of_ceiling > 100)
            any_over = 1;
        if (r->ok && r->rows_checked > 0 && !(r->max_rel_err <= r->err_bound))
            any_bad = 1;
    }
    if (!o.serving)
        printf("\n");
    if (!o.serving)
        printf("throughput: decode = bytes read or written once (visible K+V rows in kv_format, "
           "Q and O in dtype) / median time; prefill = useful FLOP (2*Hq*(Dk+Dv) per visible "
           "query-key pair) / median time.\n");
    if (any_half)
        printf("materialized rows not all f32: inputs converted (K/V dequantized) to f32 once, "
               "outside the timed region; OpenBLAS computes in f32.\n");
    if (any_fp8)
        printf("fp8 K/V: one scale per tensor (k_scale, v_scale) = amax / 448 (e4m3) or "
               "amax / 57344 (e5m2).\n");
    if (any_over)
        printf("%%ceil > 100 on decode: K/V came from cache, not DRAM (try --flush).\n");
    if (any_bad)
        printf("'!': error above the SPEC.md bound for that output dtype.\n");
    if (have_end) {
        printf("roofline after the rows: DRAM read %.1f GB/s, f32 FMA peak %.1f GFLOP/s "
               "(before the rows: %.1f GB/s, %.1f GFLOP/s)\n",
               end.dram_read_gbps, end.f32_gflops, B.roof.dram_read_gbps, B.roof.f32_gflops);
        const double dr = end.dram_read_gbps / B.roof.dram_read_gbps, fr = end.f32_gflops / B.roof.f32_gflops;
        /* 20 %: this project's shared hosts move the DRAM probe by 10-15 %
         * between back-to-back runs; a move past that is a change of state */
        if (!(dr > 1 / 1.2 && dr < 1.2 && fr > 1 / 1.2 && fr < 1.2))
            printf("the probes moved by more than 20 %% during the run (the host's speed changed): %%ceil is "
                   "against the probes before the rows; compare builds by time, interleaved (bench/ab.sh).\n");
    }

    int rc = 0;
    if (B.csv && fclose(B.csv) != 0)
        B.write_failed = 1;
    if (B.json && fclose(B.json) != 0)
        B.write_failed = 1;
    if (B.serving_mismatch) {
        fprintf(stderr, "attnforge-bench: a packed (varlen) call differed from the per-sequence calls\n");
        rc = 1;
    }
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
    fprintf(stderr, "attnforge-bench: done in %.0f s\n", afb_now_s() - B.t_start);

    afb_mat_destroy(B.mat);
    attnforge_context_destroy(B.ctx[0]);
    attnforge_context_destroy(B.ctx[1]);
    free(B.flushbuf);
    free(B.res);
    return rc;
}
