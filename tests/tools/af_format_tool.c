/*
 * af_format_tool: attnforge's storage-format conversions and one attention
 * call, as a command-line filter, so that tests/python/test_formats_gguf.py
 * can hold them against implementations nobody here wrote (the gguf package
 * for q8_0 / q4_0, ml_dtypes for fp8). It is test code, not the library.
 *
 *   af_format_tool quantize   q8_0|q4_0     f32 on stdin  -> blocks on stdout
 *   af_format_tool dequantize q8_0|q4_0     blocks on stdin -> f32 on stdout
 *   af_format_tool fp8-decode e4m3|e5m2     the 256 codes, in order -> f32 on stdout
 *   af_format_tool fp8-encode e4m3|e5m2     f32 on stdin  -> one code a value on stdout
 *   af_format_tool attention OPTIONS        Q, K, V from files -> O (f32) to a file
 *
 * attention options (all sizes required except --heads-kv and --head-dim-v):
 *   --batch B --seq-q SQ --seq-kv SKV --heads-q HQ [--heads-kv HKV]
 *   --head-dim-k DK [--head-dim-v DV] --k-format F --v-format F
 *   [--scale S] [--k-scale S] [--v-scale S] [--k-scales S0,S1,..] [--v-scales ..]
 *   [--causal] [--threads N] --q FILE --k FILE --v FILE --o FILE
 * Q is dense f32 [B, SQ, HQ, DK]; K and V are dense BSHD in their format
 * (f32, f16, bf16, q8_0, q4_0, fp8_e4m3, fp8_e5m2); O is written as dense f32.
 *
 * Binary data is raw little-endian host data (the hosts this runs on are
 * little-endian). Bad input: a message on stderr and exit status 2; a call the
 * library rejects or an output it leaves unwritten: exit status 1.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attnforge.h"

/* Outputs are filled with this NaN before a call, so any element the library
 * forgot to write is caught (a real result never has this payload). */
#define POISON_BITS 0x7fbadbadu

static void die(const char *fmt, const char *arg)
{
    fprintf(stderr, "af_format_tool: ");
    fprintf(stderr, fmt, arg);
    fputc('\n', stderr);
    exit(2);
}

static void usage(void)
{
    fputs("usage: af_format_tool quantize|dequantize q8_0|q4_0 < in > out\n"
          "       af_format_tool fp8-decode|fp8-encode e4m3|e5m2 [< in] > out\n"
          "       af_format_tool attention --batch B --seq-q SQ --seq-kv SKV --heads-q HQ\n"
          "           [--heads-kv HKV] --head-dim-k DK [--head-dim-v DV] --k-format F --v-format F\n"
          "           [--scale S] [--k-scale S] [--v-scale S] [--k-scales S,..] [--v-scales S,..]\n"
          "           [--causal] [--threads N] --q FILE --k FILE --v FILE --o FILE\n",
          stderr);
    exit(2);
}

/* The whole of a stream: stdin carries arrays of any length. */
static unsigned char *read_stream(FILE *f, size_t *len, const char *what)
{
    size_t cap = 1 << 16, n = 0;
    unsigned char *buf = malloc(cap);
    if (!buf) die("out of memory reading %s", what);
    for (;;) {
        if (n == cap) {
            unsigned char *nb = realloc(buf, cap *= 2);
            if (!nb) die("out of memory reading %s", what);
            buf = nb;
        }
        const size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0) break;
    }
    if (ferror(f)) die("cannot read %s", what);
    *len = n;
    return buf;
}

/* A file that must hold exactly `want` bytes: a wrong size means the caller
 * and the shape disagree, which is worth an error rather than a guess. */
static unsigned char *read_exact(const char *path, size_t want)
{
    FILE *f = fopen(path, "rb");
    if (!f) die("cannot open %s", path);
    size_t len;
    unsigned char *buf = read_stream(f, &len, path);
    fclose(f);
    if (len != want) {
        fprintf(stderr, "af_format_tool: %s holds %zu bytes, the shape needs %zu\n", path, len, want);
        exit(2);
    }
    return buf;
}

static void write_all(FILE *f, const void *p, size_t n, const char *what)
{
    if (fwrite(p, 1, n, f) != n || fflush(f) != 0) die("cannot write %s", what);
}

static attnforge_format parse_format(const char *s)
{
    static const attnforge_format all[] = {
        ATTNFORGE_FORMAT_F32,  ATTNFORGE_FORMAT_F16,      ATTNFORGE_FORMAT_BF16,     ATTNFORGE_FORMAT_Q8_0,
        ATTNFORGE_FORMAT_Q4_0, ATTNFORGE_FORMAT_FP8_E4M3, ATTNFORGE_FORMAT_FP8_E5M2,
    };
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
        if (strcmp(s, attnforge_format_name(all[i])) == 0) return all[i];
    die("unknown format '%s'", s);
    return ATTNFORGE_FORMAT_DEFAULT;
}

static int is_block_format(attnforge_format f)
{
    return f == ATTNFORGE_FORMAT_Q8_0 || f == ATTNFORGE_FORMAT_Q4_0;
}

/* ---- conversions -------------------------------------------------------------- */

static int cmd_quantize(const char *fmt, int dequantize)
{
    const attnforge_format f = parse_format(fmt);
    if (!is_block_format(f)) die("quantize/dequantize take q8_0 or q4_0, not '%s'", fmt);
    const size_t block = attnforge_format_bytes(f, 32);
    size_t len;
    unsigned char *in = read_stream(stdin, &len, "stdin");
    if (!dequantize) {
        if (len % (32 * sizeof(float)) != 0) die("%s: input is not a whole number of 32-float blocks", fmt);
        const int64_t n = (int64_t)(len / sizeof(float));
        unsigned char *out = malloc(attnforge_format_bytes(f, n) + 1);
        float *x = malloc(len + 1);
        if (!out || !x) die("out of memory (%s)", fmt);
        memcpy(x, in, len); /* the stream buffer need not be aligned for float */
        memset(out, 0xa5, attnforge_format_bytes(f, n));
        if (f == ATTNFORGE_FORMAT_Q8_0) attnforge_quantize_q8_0(x, out, n);
        else attnforge_quantize_q4_0(x, out, n);
        write_all(stdout, out, attnforge_format_bytes(f, n), "stdout");
        free(x);
        free(out);
    } else {
        if (len % block != 0) die("%s: input is not a whole number of blocks", fmt);
        const int64_t n = (int64_t)(len / block) * 32;
        float *out = malloc((size_t)n * sizeof(float) + 1);
        if (!out) die("out of memory (%s)", fmt);
        for (int64_t i = 0; i < n; i++) memcpy(&out[i], &(uint32_t){POISON_BITS}, 4);
        if (f == ATTNFORGE_FORMAT_Q8_0) attnforge_dequantize_q8_0(in, out, n);
        else attnforge_dequantize_q4_0(in, out, n);
        write_all(stdout, out, (size_t)n * sizeof(float), "stdout");
        free(out);
    }
    free(in);
    return 0;
}

static int cmd_fp8(const char *which, int encode)
{
    int e4m3;
    if (strcmp(which, "e4m3") == 0) e4m3 = 1;
    else if (strcmp(which, "e5m2") == 0) e4m3 = 0;
    else die("fp8 formats are e4m3 and e5m2, not '%s'", which);
    if (!encode) {
        float out[256];
        for (int c = 0; c < 256; c++)
            out[c] = e4m3 ? attnforge_fp8_e4m3_to_f32((uint8_t)c) : attnforge_fp8_e5m2_to_f32((uint8_t)c);
        write_all(stdout, out, sizeof out, "stdout");
        return 0;
    }
    size_t len;
    unsigned char *in = read_stream(stdin, &len, "stdin");
    if (len % sizeof(float) != 0) die("fp8-encode %s: input is not a whole number of floats", which);
    const size_t n = len / sizeof(float);
    uint8_t *out = malloc(n + 1);
    if (!out) die("out of memory (%s)", which);
    for (size_t i = 0; i < n; i++) {
        float x;
        memcpy(&x, in + i * sizeof x, sizeof x);
        out[i] = e4m3 ? attnforge_f32_to_fp8_e4m3(x) : attnforge_f32_to_fp8_e5m2(x);
    }
    write_all(stdout, out, n, "stdout");
    free(out);
    free(in);
    return 0;
}

/* ---- attention ------------------------------------------------------------------ */

static int32_t parse_int(const char *opt, const char *s)
{
    char *end;
    errno = 0;
    const long v = strtol(s, &end, 10);
    if (errno || *end || end == s || v < 0 || v > INT32_MAX) die("bad integer for %s", opt);
    return (int32_t)v;
}

static float parse_float(const char *opt, const char *s)
{
    char *end;
    errno = 0;
    const float v = strtof(s, &end);
    if (errno || *end || end == s) die("bad number for %s", opt);
    return v;
}

/* "a,b,c" -> exactly `want` floats (one per KV head). */
static float *parse_list(const char *opt, const char *s, int32_t want)
{
    float *v = malloc(sizeof(float) * (size_t)(want > 0 ? want : 1));
    if (!v) die("out of memory (%s)", opt);
    int32_t n = 0;
    for (;;) {
        char *end;
        errno = 0;
        const float x = strtof(s, &end);
        if (errno || end == s || (*end && *end != ',')) die("bad list for %s", opt);
        if (n == want) die("%s has more values than --heads-kv", opt);
        v[n++] = x;
        if (!*end) break;
        s = end + 1;
    }
    if (n != want) die("%s needs one value per KV head", opt);
    return v;
}

static int cmd_attention(int argc, char **argv)
{
    attnforge_params p;
    memset(&p, 0, sizeof p);
    const char *qf = NULL, *kf = NULL, *vf = NULL, *of = NULL, *ks = NULL, *vs = NULL;
    const char *kfmt = NULL, *vfmt = NULL;
    int32_t threads = 0;
    for (int i = 0; i < argc; i++) {
        const char *o = argv[i];
        if (strcmp(o, "--causal") == 0) { p.causal = 1; continue; }
        if (i + 1 >= argc) die("%s needs a value", o);
        const char *a = argv[++i];
        if (strcmp(o, "--batch") == 0) p.batch = parse_int(o, a);
        else if (strcmp(o, "--seq-q") == 0) p.seq_q = parse_int(o, a);
        else if (strcmp(o, "--seq-kv") == 0) p.seq_kv = parse_int(o, a);
        else if (strcmp(o, "--heads-q") == 0) p.heads_q = parse_int(o, a);
        else if (strcmp(o, "--heads-kv") == 0) p.heads_kv = parse_int(o, a);
        else if (strcmp(o, "--head-dim-k") == 0) p.head_dim_k = parse_int(o, a);
        else if (strcmp(o, "--head-dim-v") == 0) p.head_dim_v = parse_int(o, a);
        else if (strcmp(o, "--k-format") == 0) kfmt = a;
        else if (strcmp(o, "--v-format") == 0) vfmt = a;
        else if (strcmp(o, "--scale") == 0) p.scale = parse_float(o, a);
        else if (strcmp(o, "--k-scale") == 0) p.k_scale = parse_float(o, a);
        else if (strcmp(o, "--v-scale") == 0) p.v_scale = parse_float(o, a);
        else if (strcmp(o, "--k-scales") == 0) ks = a;
        else if (strcmp(o, "--v-scales") == 0) vs = a;
        else if (strcmp(o, "--threads") == 0) threads = parse_int(o, a);
        else if (strcmp(o, "--q") == 0) qf = a;
        else if (strcmp(o, "--k") == 0) kf = a;
        else if (strcmp(o, "--v") == 0) vf = a;
        else if (strcmp(o, "--o") == 0) of = a;
        else die("unknown option %s", o);
    }
    if (!p.batch || !p.seq_q || !p.seq_kv || !p.heads_q || !p.head_dim_k) die("%s", "missing a size option");
    if (!kfmt || !vfmt || !qf || !kf || !vf || !of) die("%s", "missing --k-format, --v-format, --q, --k, --v or --o");
    if (!p.heads_kv) p.heads_kv = p.heads_q;
    if (!p.head_dim_v) p.head_dim_v = p.head_dim_k;
    p.q_format = ATTNFORGE_FORMAT_F32;
    p.o_format = ATTNFORGE_FORMAT_F32;
    p.k_format = parse_format(kfmt);
    p.v_format = parse_format(vfmt);
    if (ks) p.k_scales = parse_list("--k-scales", ks, p.heads_kv);
    if (vs) p.v_scales = parse_list("--v-scales", vs, p.heads_kv);

    /* File sizes from the shape; the library validates everything else
     * (block alignment, scales), which is part of what is being tested. */
    const int64_t nq = (int64_t)p.batch * p.seq_q * p.heads_q * p.head_dim_k;
    const int64_t nk = (int64_t)p.batch * p.seq_kv * p.heads_kv * p.head_dim_k;
    const int64_t nv = (int64_t)p.batch * p.seq_kv * p.heads_kv * p.head_dim_v;
    const int64_t no = (int64_t)p.batch * p.seq_q * p.heads_q * p.head_dim_v;
    if ((is_block_format(p.k_format) && nk % 32) || (is_block_format(p.v_format) && nv % 32))
        die("%s", "a block format needs a head dim that is a multiple of 32");
    void *q = read_exact(qf, (size_t)nq * sizeof(float));
    void *k = read_exact(kf, attnforge_format_bytes(p.k_format, nk));
    void *v = read_exact(vf, attnforge_format_bytes(p.v_format, nv));
    uint32_t *o = malloc((size_t)no * sizeof(float) + 1);
    if (!o) die("%s", "out of memory (O)");
    for (int64_t i = 0; i < no; i++) o[i] = POISON_BITS;
    p.q = q;
    p.k = k;
    p.v = v;
    p.o = o;

    attnforge_context *ctx = NULL;
    if (threads) {
        attnforge_context_options opts;
        memset(&opts, 0, sizeof opts);
        opts.num_threads = threads;
        if (attnforge_context_create(&ctx, &opts) != ATTNFORGE_OK) {
            fprintf(stderr, "af_format_tool: context: %s\n", attnforge_last_error());
            return 1;
        }
    }
    const attnforge_status st = attnforge_attention(ctx, &p);
    if (ctx) attnforge_context_destroy(ctx);
    if (st != ATTNFORGE_OK) {
        fprintf(stderr, "af_format_tool: attention: %s: %s\n", attnforge_status_string(st), attnforge_last_error());
        return 1;
    }
    for (int64_t i = 0; i < no; i++)
        if (o[i] == POISON_BITS) {
            fprintf(stderr, "af_format_tool: attention left O[%lld] unwritten\n", (long long)i);
            return 1;
        }
    FILE *f = fopen(of, "wb");
    if (!f) die("cannot create %s", of);
    write_all(f, o, (size_t)no * sizeof(float), of);
    if (fclose(f) != 0) die("cannot write %s", of);
    free(o);
    free(v);
    free(k);
    free(q);
    free((void *)p.k_scales);
    free((void *)p.v_scales);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc < 2) usage();
    const char *cmd = argv[1];
    if (strcmp(cmd, "attention") == 0) return cmd_attention(argc - 2, argv + 2);
    if (argc != 3) usage();
    if (strcmp(cmd, "quantize") == 0) return cmd_quantize(argv[2], 0);
    if (strcmp(cmd, "dequantize") == 0) return cmd_quantize(argv[2], 1);
    if (strcmp(cmd, "fp8-decode") == 0) return cmd_fp8(argv[2], 0);
    if (strcmp(cmd, "fp8-encode") == 0) return cmd_fp8(argv[2], 1);
    usage();
    return 2;
}
