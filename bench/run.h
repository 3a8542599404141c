/*
 * One bench run (a program, not library code): the options, the run's state
 * and a measured shape, shared by main.c (options, process setup, the loop
 * over shapes, output) and measure.c (measuring one shape).
 */
#ifndef AFB_RUN_H
#define AFB_RUN_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "afb.h"
#include "attnforge.h"

#define MAX_PRESETS 32
#define MAX_SIZES 16

/* --flush: every cache (a buffer of 4x L3 written); --flush-kv: only K and V */
enum { AFB_FLUSH_NONE = 0, AFB_FLUSH_ALL = 1, AFB_FLUSH_KV = 2 };

typedef struct opts {
    const afb_preset *presets[MAX_PRESETS];
    int npresets;
    int dtypes[3];
    int ndtypes;
    int kv_formats[16]; /* K's attnforge_format | V's << 8 (0: V's is K's); none given: K/V in the row's dtype */
    int nkv_formats;
    int kv_layouts; /* --kv-layout: bit 0 bshd ([B, Skv, Hkv, D], the default), bit 1 bhsd */
    int paths; /* bit 0 decode, bit 1 prefill */
    int decode_skv[MAX_SIZES], ndecode;
    int prefill_len[MAX_SIZES], nprefill;
    int impls; /* bit per AFB_* impl */
    int threads;
    int reps;        /* > 0: fixed */
    double min_time; /* adaptive target per impl per row, seconds */
    int max_reps;
    int quick;
    int flush; /* AFB_FLUSH_* */
    uint64_t seed;
    int check_rows; /* 0 = no check */
    const char *csv, *json, *plot;
    size_t bw_bytes;
    int bw_passes;
    double peak_seconds;
    int mat_gemv;
    /* --serving: one continuous-batching step (serving.c) instead of the table */
    int serving;
    int serving_decodes, serving_prefill, serving_prefill_ctx, serving_kv_lo, serving_kv_hi, serving_page;
} opts;

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
    int serving_mismatch; /* a varlen O differed from the per-sequence calls' */
} bench;

/* One (preset, path, Sq, Skv) of the run and the work it counts. */
typedef struct shape {
    const afb_preset *pr;
    int decode;
    int sq, skv;
    int win_left;      /* -1 = none */
    double pairs;      /* visible (query, key) pairs per query head */
    double kv_visible; /* keys that must be read (decode) */
} shape;

void afb_shape_init(shape *s, const afb_preset *pr, int decode, int sq, int skv);

/* ---- main.c ------------------------------------------------------------------- */

double afb_now_s(void);
/* One status line on stderr, redrawn in place on a terminal. Elsewhere (a log
 * file, CI) only the start of each row and a detail every 10 s are written. */
void afb_progress(bench *B, int detail, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void afb_progress_clear(bench *B);

/* ---- measure.c ----------------------------------------------------------------- */

/* Exits when memory runs out. Tensors of 2 MiB and more are 2 MiB aligned
 * and advised as huge pages (see measure.c). */
void *afb_xmalloc(size_t n);
/* Measures shape s in every (dtype, K/V format) of the run and reports each
 * row. */
void afb_measure_shape(bench *B, const shape *s);
/* The format the one-dtype call gives every tensor of dtype (attnforge_dtype). */
attnforge_format afb_dtype_format(int dtype);
/* Sorts times[0..n) (n >= 1) and returns their median. */
double afb_median(double *times, int n);

/* ---- serving.c -------------------------------------------------------------------- */

/* The serving scenario's table header, and one step of it (preset, Q/O dtype,
 * K/V format) timed as varlen vs per-sequence vs padded calls. */
void afb_serving_header(void);
void afb_serving(bench *B, const afb_preset *pr, int dtype, attnforge_format kvf);

#endif /* AFB_RUN_H */
