/*
 * attnforge-bench internals (a program, not library code): the pieces shared
 * by the bench's translation units. Everything here is prefixed afb_.
 */
#ifndef AFB_H
#define AFB_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* ---- presets (presets.c) ----------------------------------------------------- */

typedef struct afb_preset {
    const char *name;
    const char *about;  /* one line: the attention features */
    int hq, hkv, dk, dv;
    int window;         /* 0 = full attention; W > 0: the W most recent keys */
    float softcap;      /* 0 = off */
    int sinks;          /* per-head sink logits */
    int alibi;          /* standard ALiBi slopes */
    float scale_mult;   /* scale = scale_mult / sqrt(Dk) */
} afb_preset;

const afb_preset *afb_presets(int *count);
const afb_preset *afb_find_preset(const char *name);

/* ---- CPU features and roofline (roofline.c) ---------------------------------- */

typedef struct afb_cpu {
    int avx2, fma, f16c, avx512f, avx512bf16, amx_bf16;
    char brand[64];
} afb_cpu;

void afb_cpu_detect(afb_cpu *c);

typedef struct afb_roofline {
    int threads;
    double dram_read_gbps; /* best pass, 1e9 bytes/s */
    double f32_gflops;     /* FMA peak over all threads */
    double bf16_gflops;    /* vdpbf16ps peak; NaN = n/a */
    double amx_gflops;     /* AMX-BF16 tile (TDPBF16PS) peak; NaN = n/a */
    const char *f32_isa;   /* which code measured the f32 peak */
    size_t bw_bytes;       /* buffer streamed for the DRAM figure */
} afb_roofline;

/* seconds: rough time for each compute probe; passes: DRAM passes (best kept). */
int afb_roofline_measure(afb_roofline *r, const afb_cpu *cpu, int threads,
                         size_t bw_bytes, int passes, double seconds);

/* ---- a small sleeping thread team (pool.c) ------------------------------------ */

typedef struct afb_pool afb_pool;
/* fn(arg, worker, n_workers), worker 0 being the calling thread. */
typedef void (*afb_pool_fn)(void *arg, int worker, int n_workers);

afb_pool *afb_pool_create(int threads);
void afb_pool_run(afb_pool *p, afb_pool_fn fn, void *arg);
int afb_pool_size(const afb_pool *p);
void afb_pool_destroy(afb_pool *p);

/* ---- the materialized baseline (materialized.c) ------------------------------- */

/* Dense BSHD f32 tensors, batch-dense; kv_len = Skv, q_offset = Skv - Sq. */
typedef struct afb_mat_problem {
    int B, Sq, Skv, Hq, Hkv, Dk, Dv;
    const float *q, *k, *v;
    float *o;
    float scale, softcap;
    const float *slopes; /* [Hq] or NULL */
    const float *sinks;  /* [Hq] or NULL */
    int causal;
    int win_left, win_right; /* -1 = unbounded */
} afb_mat_problem;

typedef struct afb_mat afb_mat;

/* use_gemv: Sq == 1 runs cblas_sgemv instead of an M=1 cblas_sgemm. */
afb_mat *afb_mat_create(int threads, int use_gemv, const afb_cpu *cpu);
int afb_mat_run(afb_mat *m, const afb_mat_problem *p); /* 0 or -1 (memory) */
void afb_mat_destroy(afb_mat *m);
const char *afb_mat_describe(const afb_mat *m);

/* ---- results and output (output.c) -------------------------------------------- */

enum { AFB_UNROLLED = 0, AFB_GENERIC = 1, AFB_MATERIALIZED = 2, AFB_NIMPL = 3 };
extern const char *const afb_impl_names[AFB_NIMPL];

typedef struct afb_result {
    const char *preset;
    const char *path;  /* "decode" or "prefill" */
    const char *dtype; /* of Q and O: "f32", "f16", "bf16" */
    const char *kv_format; /* of K and V: attnforge_format_name() */
    const char *kv_layout; /* "bshd" or "bhsd" (--kv-layout; NULL: not a K/V cache row) */
    int batch, hq, hkv, dk, dv, sq, skv, window, sinks, alibi, causal;
    float softcap;
    int threads;
    int impl;
    int ok;              /* 0: the call failed, see kernel */
    char kernel[112];    /* attnforge_last_kernel(), or the error */
    const char *note;    /* NULL or a remark for this row */
    int reps;
    double median_us, min_us;
    double bytes, flops; /* bytes read or written once (K, V, Q, O), useful FLOPs */
    double gbps, gflops;
    const char *ceiling; /* "dram_read", "f32_fma", "bf16_dot" */
    double pct_of_ceiling;
    double speedup_vs_generic, speedup_vs_materialized;
    double max_rel_err;  /* NaN when not checked */
    double err_bound;    /* SPEC bound for this output dtype */
    int rows_checked;
} afb_result;

void afb_print_header(FILE *f);
void afb_print_row(FILE *f, const afb_result *r);
/* CSV and JSON Lines are written as rows complete (an interrupted run keeps
 * what it measured): open writes the header (JSON: the roofline object). */
FILE *afb_csv_open(const char *file);
int afb_csv_row(FILE *f, const afb_result *r);
FILE *afb_json_open(const char *file, const afb_roofline *roof);
int afb_json_row(FILE *f, const afb_result *r);
int afb_write_plot(const char *file, const afb_result *rs, size_t n,
                   const afb_roofline *roof, const char *title);

#endif /* AFB_H */
