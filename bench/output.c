/*
 * attnforge-bench output: the terminal table, CSV, JSON Lines and the gnuplot
 * SVG. Numbers that do not apply (a failed call, an unmeasured ceiling, an
 * unchecked error) are NaN inside and print as "-" / empty / null.
 */
#define _GNU_SOURCE
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "afb.h"

const char *const afb_impl_names[AFB_NIMPL] = {"unrolled", "generic", "materialized"};

/* ---- terminal table ----------------------------------------------------------- */

void afb_print_header(FILE *f)
{
    fprintf(f, "%-16s %-7s %-5s %-9s %-10s %-12s %10s %16s %6s %8s %8s %10s  %s\n", "preset",
            "path", "dtype", "kv_format", "SqxSkv", "impl", "median_us", "throughput", "%ceil",
            "x_gener", "x_mater", "max_relerr", "kernel");
}

static void fmt_us(char *b, size_t n, double us)
{
    if (isnan(us))
        snprintf(b, n, "-");
    else if (us < 10)
        snprintf(b, n, "%.2f", us);
    else if (us < 10000)
        snprintf(b, n, "%.1f", us);
    else
        snprintf(b, n, "%.0f", us);
}

static void fmt_ratio(char *b, size_t n, double x)
{
    if (isnan(x))
        snprintf(b, n, "-");
    else if (x < 10)
        snprintf(b, n, "%.2fx", x);
    else
        snprintf(b, n, "%.1fx", x);
}

void afb_print_row(FILE *f, const afb_result *r)
{
    char shape[32], us[32], thr[32], pct[16], xg[16], xm[16], err[24], kv[32];
    snprintf(shape, sizeof shape, "%dx%d", r->sq, r->skv);
    /* the K/V layout only when it is not the default */
    snprintf(kv, sizeof kv, "%s%s", r->kv_format,
             r->kv_layout && strcmp(r->kv_layout, "bhsd") == 0 ? " bhsd" : "");
    int decode = strcmp(r->path, "decode") == 0;
    if (!r->ok) {
        fprintf(f, "%-16s %-7s %-5s %-9s %-10s %-12s %10s %16s %6s %8s %8s %10s  %s\n",
                r->preset, r->path, r->dtype, kv, shape, afb_impl_names[r->impl],
                "failed", "-", "-", "-", "-", "-", r->kernel);
        return;
    }
    fmt_us(us, sizeof us, r->median_us);
    if (decode)
        snprintf(thr, sizeof thr, "%.1f GB/s", r->gbps);
    else
        snprintf(thr, sizeof thr, "%.1f GFLOP/s", r->gflops);
    if (isnan(r->pct_of_ceiling))
        snprintf(pct, sizeof pct, "-");
    else
        snprintf(pct, sizeof pct, "%.1f", r->pct_of_ceiling);
    fmt_ratio(xg, sizeof xg, r->speedup_vs_generic);
    fmt_ratio(xm, sizeof xm, r->speedup_vs_materialized);
    if (isnan(r->max_rel_err) && r->rows_checked == 0)
        snprintf(err, sizeof err, "-");
    else
        snprintf(err, sizeof err, "%.1e%s", r->max_rel_err,
                 !(r->max_rel_err <= r->err_bound) ? "!" : "");
    fprintf(f, "%-16s %-7s %-5s %-9s %-10s %-12s %10s %16s %6s %8s %8s %10s  %s\n", r->preset,
            r->path, r->dtype, kv, shape, afb_impl_names[r->impl], us, thr, pct, xg, xm,
            err, r->kernel);
}

/* ---- CSV ------------------------------------------------------------------------ */

static void csv_str(FILE *f, const char *s)
{
    if (!s)
        return;
    if (!strpbrk(s, ",\"\n")) {
        fputs(s, f);
        return;
    }
    fputc('"', f);
    for (; *s; s++) {
        if (*s == '"')
            fputc('"', f);
        fputc(*s, f);
    }
    fputc('"', f);
}

static void csv_num(FILE *f, double x)
{
    if (!isnan(x) && !isinf(x))
        fprintf(f, "%.6g", x);
}

FILE *afb_csv_open(const char *file)
{
    FILE *f = fopen(file, "w");
    if (!f)
        return NULL;
    fprintf(f, "preset,path,dtype,kv_format,kv_layout,batch,hq,hkv,dk,dv,sq,skv,window,softcap,sinks,alibi,"
               "causal,threads,impl,ok,kernel,reps,median_us,min_us,bytes,flops,gbps,gflops,"
               "ceiling,pct_of_ceiling,speedup_vs_generic,speedup_vs_materialized,max_rel_err,"
               "err_bound,rows_checked,note\n");
    fflush(f);
    return f;
}

int afb_csv_row(FILE *f, const afb_result *r)
{
    fprintf(f, "%s,%s,%s,%s,%s,%d,%d,%d,%d,%d,%d,%d,%d,%g,%d,%d,%d,%d,%s,%d,", r->preset, r->path,
            r->dtype, r->kv_format, r->kv_layout ? r->kv_layout : "", r->batch, r->hq, r->hkv,
            r->dk, r->dv, r->sq, r->skv, r->window,
            (double)r->softcap, r->sinks, r->alibi, r->causal, r->threads,
            afb_impl_names[r->impl], r->ok);
    csv_str(f, r->kernel);
    fprintf(f, ",%d,", r->reps);
    csv_num(f, r->median_us);
    fputc(',', f);
    csv_num(f, r->min_us);
    fputc(',', f);
    csv_num(f, r->bytes);
    fputc(',', f);
    csv_num(f, r->flops);
    fputc(',', f);
    csv_num(f, r->gbps);
    fputc(',', f);
    csv_num(f, r->gflops);
    fprintf(f, ",%s,", r->ceiling ? r->ceiling : "");
    csv_num(f, r->pct_of_ceiling);
    fputc(',', f);
    csv_num(f, r->speedup_vs_generic);
    fputc(',', f);
    csv_num(f, r->speedup_vs_materialized);
    fputc(',', f);
    csv_num(f, r->max_rel_err);
    fputc(',', f);
    csv_num(f, r->err_bound);
    fprintf(f, ",%d,", r->rows_checked);
    csv_str(f, r->note);
    fputc('\n', f);
    return fflush(f) == 0 && !ferror(f) ? 0 : -1;
}

/* ---- JSON Lines ----------------------------------------------------------------- */

static void json_str(FILE *f, const char *s)
{
    if (!s) {
        fputs("null", f);
        return;
    }
    fputc('"', f);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            fprintf(f, "\\%c", c);
        else if (c < 0x20)
            fprintf(f, "\\u%04x", c);
        else
            fputc(c, f);
    }
    fputc('"', f);
}

static void json_num(FILE *f, double x)
{
    if (isnan(x) || isinf(x))
        fputs("null", f);
    else
        fprintf(f, "%.6g", x);
}

FILE *afb_json_open(const char *file, const afb_roofline *roof)
{
    FILE *f = fopen(file, "w");
    if (!f)
        return NULL;
    fprintf(f, "{\"roofline\": {\"threads\": %d, \"dram_read_gbps\": ", roof->threads);
    json_num(f, roof->dram_read_gbps);
    fputs(", \"f32_gflops\": ", f);
    json_num(f, roof->f32_gflops);
    fputs(", \"bf16_gflops\": ", f);
    json_num(f, roof->bf16_gflops);
    fputs(", \"amx_gflops\": ", f);
    json_num(f, roof->amx_gflops);
    fputs(", \"f32_isa\": ", f);
    json_str(f, roof->f32_isa);
    fprintf(f, ", \"dram_buffer_mib\": %zu}}\n", roof->bw_bytes >> 20);
    fflush(f);
    return f;
}

int afb_json_row(FILE *f, const afb_result *r)
{
    fputs("{\"preset\": ", f);
    json_str(f, r->preset);
    fputs(", \"path\": ", f);
    json_str(f, r->path);
    fputs(", \"dtype\": ", f);
    json_str(f, r->dtype);
    fputs(", \"kv_format\": ", f);
    json_str(f, r->kv_format);
    if (r->kv_layout) {
        fputs(", \"kv_layout\": ", f);
        json_str(f, r->kv_layout);
    }
    fprintf(f, ", \"batch\": %d, \"hq\": %d, \"hkv\": %d, \"dk\": %d, \"dv\": %d, \"sq\": %d, "
               "\"skv\": %d, \"window\": %d, \"softcap\": %g, \"sinks\": %s, \"alibi\": %s, "
               "\"causal\": %s, \"threads\": %d, \"impl\": ",
            r->batch, r->hq, r->hkv, r->dk, r->dv, r->sq, r->skv, r->window,
            (double)r->softcap, r->sinks ? "true" : "false", r->alibi ? "true" : "false",
            r->causal ? "true" : "false", r->threads);
    json_str(f, afb_impl_names[r->impl]);
    fprintf(f, ", \"ok\": %s, \"kernel\": ", r->ok ? "true" : "false");
    json_str(f, r->kernel);
    fprintf(f, ", \"reps\": %d, \"median_us\": ", r->reps);
    json_num(f, r->median_us);
    fputs(", \"min_us\": ", f);
    json_num(f, r->min_us);
    fputs(", \"bytes\": ", f);
    json_num(f, r->bytes);
    fputs(", \"flops\": ", f);
    json_num(f, r->flops);
    fputs(", \"gbps\": ", f);
    json_num(f, r->gbps);
    fputs(", \"gflops\": ", f);
    json_num(f, r->gflops);
    fputs(", \"ceiling\": ", f);
    json_str(f, r->ceiling);
    fputs(", \"pct_of_ceiling\": ", f);
    json_num(f, r->pct_of_ceiling);
    fputs(", \"speedup_vs_generic\": ", f);
    json_num(f, r->speedup_vs_generic);
    fputs(", \"speedup_vs_materialized\": ", f);
    json_num(f, r->speedup_vs_materialized);
    fputs(", \"max_rel_err\": ", f);
    json_num(f, r->max_rel_err);
    fputs(", \"err_bound\": ", f);
    json_num(f, r->err_bound);
    fprintf(f, ", \"rows_checked\": %d, \"note\": ", r->rows_checked);
    json_str(f, r->note);
    fputs("}\n", f);
    return fflush(f) == 0 && !ferror(f) ? 0 : -1;
}

/* ---- gnuplot SVG ------------------------------------------------------------------ */

static int name_index(const char **names, int *n, const char *s)
{
    for (int i = 0; i < *n; i++)
        if (strcmp(names[i], s) == 0)
            return i;
    names[*n] = s;
    return (*n)++;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* A column of panels: one (dtype, kv_format) of the run. */
typedef struct panel {
    const char *dtype, *kv_format;
} panel;

static int same_panel(const panel *p, const afb_result *r)
{
    return strcmp(p->dtype, r->dtype) == 0 && strcmp(p->kv_format, r->kv_format) == 0;
}

static int panel_index(panel *ps, int *n, const afb_result *r)
{
    for (int i = 0; i < *n; i++)
        if (same_panel(&ps[i], r))
            return i;
    ps[*n] = (panel){r->dtype, r->kv_format};
    return (*n)++;
}

/* gnuplot single-quoted strings: a quote is written twice. */
static void gp_quoted(FILE *f, const char *s)
{
    fputc('\'', f);
    for (; *s; s++) {
        if (*s == '\'')
            fputc('\'', f);
        fputc(*s, f);
    }
    fputc('\'', f);
}

int afb_write_plot(const char *file, const afb_result *rs, size_t n, const afb_roofline *roof,
                   const char *title)
{
    static const char *const colors[AFB_NIMPL] = {"#1f77b4", "#ff7f0e", "#2ca02c"};
    static const int point_types[7] = {7, 5, 9, 11, 13, 1, 2}; /* filled shapes first */
    static const char *const path_names[2] = {"decode", "prefill"};
    panel *panels = calloc(n + 1, sizeof *panels);
    const char **presets = calloc(n + 1, sizeof *presets);
    double *pts = calloc(2 * n + 2, sizeof *pts);
    if (!panels || !presets || !pts) {
        free(panels);
        free(presets);
        free(pts);
        return -1;
    }
    int nd = 0, np = 0, has_path[2] = {0, 0};
    for (size_t i = 0; i < n; i++) {
        panel_index(panels, &nd, &rs[i]);
        name_index(presets, &np, rs[i].preset);
        has_path[strcmp(rs[i].path, "decode") == 0 ? 0 : 1] = 1;
    }
    int nrows = has_path[0] + has_path[1];
    if (nrows == 0 || nd == 0) {
        free(panels);
        free(presets);
        free(pts);
        return -1;
    }

    /* the script is built in memory, then piped to gnuplot (and saved to
     * $ATTNFORGE_BENCH_PLOT_SCRIPT when set, for tweaking by hand) */
    char *script = NULL;
    size_t script_len = 0;
    FILE *g = open_memstream(&script, &script_len);
    if (!g) {
        free(panels);
        free(presets);
        free(pts);
        return -1;
    }
    fprintf(g, "set terminal svg size %d,%d dynamic noenhanced font 'Sans,10' background rgb 'white'\n",
            420 * nd + 120, 380 * nrows + 60);
    fputs("set output ", g);
    gp_quoted(g, file);
    fputs("\nset multiplot layout ", g);
    fprintf(g, "%d,%d title ", nrows, nd);
    gp_quoted(g, title);
    /* log y: the three impls are often 10-100x apart */
    fputs("\nset logscale x 2\nset logscale y 10\nset grid\nset format x '%g'\n", g);

    for (int path = 0; path < 2; path++) {
        if (!has_path[path])
            continue;
        for (int d = 0; d < nd; d++) {
            /* the series of this panel: one per (preset, impl) with any point */
            int nser = 0;
            double xmin = INFINITY, xmax = 0;
            int live[64][AFB_NIMPL];
            memset(live, 0, sizeof live);
            for (size_t i = 0; i < n; i++) {
                const afb_result *r = &rs[i];
                if (!r->ok || !same_panel(&panels[d], r) ||
                    strcmp(r->path, path_names[path]) != 0)
                    continue;
                int pi = name_index(presets, &np, r->preset);
                if (pi < 64 && !live[pi][r->impl]) {
                    live[pi][r->impl] = 1;
                    nser++;
                }
                if (r->skv < xmin)
                    xmin = r->skv;
                if (r->skv > xmax)
                    xmax = r->skv;
            }
            if (strcmp(panels[d].dtype, panels[d].kv_format) == 0)
                fprintf(g, "set title '%s %s'\n", path_names[path], panels[d].dtype);
            else
                fprintf(g, "set title '%s Q/O %s, K/V %s'\n", path_names[path], panels[d].dtype,
                        panels[d].kv_format);
            fprintf(g, "set xlabel '%s'\n", path ? "Sq = Skv (causal prefill)" : "Skv (decode, Sq = 1)");
            fprintf(g, "set ylabel '%s'\n", path ? "GFLOP/s" : "GB/s (K, V, Q, O once)");
            if (nser > 6)
                fputs("set key outside right top font ',7'\n", g);
            else
                fputs("set key top left font ',8'\n", g);
            if (nser == 0) {
                fputs("set xrange [256:65536]\nunset key\nplot 1/0 notitle\n", g);
                continue;
            }
            fprintf(g, "set xrange [%g:%g]\n", xmin / 1.5, xmax * 1.5);
            /* data blocks */
            int ser = 0;
            for (int pi = 0; pi < np && pi < 64; pi++)
                for (int im = 0; im < AFB_NIMPL; im++) {
                    if (!live[pi][im])
                        continue;
                    size_t k = 0;
                    for (size_t i = 0; i < n; i++) {
                        const afb_result *r = &rs[i];
                        if (!r->ok || r->impl != im || !same_panel(&panels[d], r) ||
                            strcmp(r->path, path_names[path]) != 0 ||
                            strcmp(r->preset, presets[pi]) != 0)
                            continue;
                        pts[2 * k] = r->skv;
                        pts[2 * k + 1] = path ? r->gflops : r->gbps;
                        k++;
                    }
                    qsort(pts, k, 2 * sizeof *pts, cmp_double);
                    fprintf(g, "$s%d_%d_%d << EOD\n", path, d, ser);
                    for (size_t t = 0; t < k; t++)
                        fprintf(g, "%g %g\n", pts[2 * t], pts[2 * t + 1]);
                    fputs("EOD\n", g);
                    ser++;
                }
            fputs("plot ", g);
            ser = 0;
            for (int pi = 0; pi < np && pi < 64; pi++)
                for (int im = 0; im < AFB_NIMPL; im++) {
                    if (!live[pi][im])
                        continue;
                    char t[160];
                    snprintf(t, sizeof t, "%s %s", presets[pi], afb_impl_names[im]);
                    fprintf(g, "%s$s%d_%d_%d using 1:2 with linespoints lw 1.5 ps 1.2 lc rgb '%s' pt %d dt %d title ",
                            ser ? ", " : "", path, d, ser, colors[im], point_types[pi % 7], 1 + pi % 5);
                    gp_quoted(g, t);
                    ser++;
                }
            double ceil_v = path ? roof->f32_gflops : roof->dram_read_gbps;
            const char *ceil_name = path ? "f32 FMA peak" : "DRAM read";
            if (path && strcmp(panels[d].dtype, "bf16") == 0 &&
                strcmp(panels[d].kv_format, "bf16") == 0 && !isnan(roof->bf16_gflops)) {
                ceil_v = roof->bf16_gflops;
                ceil_name = "bf16 dot peak";
            }
            if (!isnan(ceil_v) && ceil_v > 0)
                fprintf(g, ", %g with lines dt 2 lw 1.5 lc rgb 'black' title '%s %.1f'", ceil_v,
                        ceil_name, ceil_v);
            fputc('\n', g);
        }
    }
    fputs("unset multiplot\nset output\n", g);
    free(panels);
    free(presets);
    free(pts);
    if (fclose(g) != 0 || !script) {
        free(script);
        return -1;
    }
    const char *keep = getenv("ATTNFORGE_BENCH_PLOT_SCRIPT");
    if (keep && *keep) {
        FILE *k = fopen(keep, "w");
        if (k) {
            fwrite(script, 1, script_len, k);
            fclose(k);
        }
    }
    int rc = -1;
    FILE *gp = popen("gnuplot", "w");
    if (gp) {
        size_t w = fwrite(script, 1, script_len, gp);
        int st = pclose(gp);
        rc = (w == script_len && st == 0) ? 0 : -1;
    }
    free(script);
    return rc;
}
