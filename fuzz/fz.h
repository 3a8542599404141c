/*
 * The pieces of the libFuzzer harness (fuzz/fuzz_attention.c) shared by its
 * files: the input record's layout, one case, and the process-wide state.
 *
 *   decode.c   the record -> one valid call (every buffer of it)
 *   patch.c    the record's trailing patches -> special values in the inputs
 *   formats.c  the record's storage formats -> K/V re-encoded, an f16 mask
 *   varlen.c   the record's packed-batch byte -> the call again, packed, against
 *              each sequence alone
 *   corrupt.c  the corruption table: {mutation, the status it must get}
 *   oracle.c   the checks of a call's result (reference, generic kernel, writes)
 *   case.c     a case's inputs, failure report and release; process state
 *   fuzz_attention.c  the libFuzzer entry points; replay.c a plain main()
 *
 * Harness code, not the library: its shared names start with fz_.
 */
#ifndef AF_FZ_H
#define AF_FZ_H

#include <stddef.h>
#include <stdint.h>

#include "attnforge.h"
#include "rng.h"
#include "tensor.h"

#define FZ_U32 (1.0 / 16777216.0) /* unit roundoff of f32 */
#define FZ_GUARD_BYTES 64         /* poisoned bytes on each side of O and LSE */
#define FZ_MAX_D 256
#define FZ_COST_BUDGET (1 << 21)  /* B*Hq*Sq*Skv*(Dk+Dv) of one case */

/* ---- the record ------------------------------------------------------------ */
/* One byte a field (decoded in decode.c; fuzz/make_corpus.py writes them):
 * dtype %3; B 1..3; Sq and Skv small mostly, Skv up to 1118 (several decode
 * chunks); Hkv 1..4 and group 1..4 (bit 7: heads_kv passed as 0); Dk, Dv
 * 1..64 or a table up to 256 (Dv 0: the default); a layout code per tensor
 * (dense default, BSHD, BHSD, SBHD, padded, broadcast, overlapping rows,
 * batch-innermost); scale and softcap from tables; ALiBi kind; mask kind,
 * -inf density, per-head mask factors (mask_scales) and layout bits; FL_* flags; window bounds; paging (>= 128:
 * page size, explicit strides, junk in unreached entries, shared blocks,
 * spare blocks); kv_len and q_offset patterns; value ranges; 8 seed bytes;
 * a corruption (>= 128) and two parameters; the storage formats (formats.c:
 * K's and V's cache format, an f16 mask, Q/O formats named explicitly; Q's
 * and O's own formats, which decode.c makes them in) and the fp8 scales; the packed-batch byte (varlen.c). The whole case is cut down to FZ_COST_BUDGET multiply-adds.
 * Then 4 bytes a patch (patch.c). */

enum {
    F_DTYPE, F_B, F_SQ, F_SKV, F_HKV, F_GROUP, F_DK, F_DV,
    F_LQ, F_LK, F_LV, F_LO,          /* layouts of Q, K, V, O */
    F_SCALE, F_SOFTCAP, F_ALIBI, F_MASK, F_MASKL,
    F_FLAGS,                         /* FL_* bits */
    F_WL, F_WR, F_PAGED, F_KVLEN, F_QOFF, F_AMP,
    F_SEED,                          /* 8 bytes */
    F_CORRUPT = F_SEED + 8, F_CP1, F_CP2,
    F_FMT, F_FMTS,                   /* formats and fp8 scales (formats.c) */
    F_VARLEN,                        /* the call again as a packed batch (varlen.c) */
    F_PATCH                          /* then 4 bytes a patch */
};

enum {
    FL_CAUSAL = 1, FL_WINDOW = 2, FL_LSE = 4, FL_SINKS = 8,
    FL_KVLEN = 16, FL_QOFF = 32, FL_WORKSPACE = 64, FL_SHARE_Q = 128
};

/* Byte i of the record; missing bytes read as 0, which always decodes to a
 * small valid call. */
static inline unsigned fz_byte(const uint8_t *d, size_t n, size_t i) { return i < n ? d[i] : 0u; }

/* ---- one case ---------------------------------------------------------------- */

typedef struct fz_region { const void *p; size_t bytes; uint64_t hash; } fz_region;

/* Tensors are [n0, n1, n2, D] views with the head dim contiguous. Inputs sit
 * in exactly sized blocks (guard 0: ASan sees any stray read) with quiet NaN
 * in every gap (a stray read that stays inside shows up in O); O and LSE (and
 * their twins for the generic run) have FZ_GUARD_BYTES of poison around. */
typedef struct fz_case {
    attnforge_params p;
    attnforge_dtype dt;
    int32_t B, Sq, Skv, Hq, Hkv, Dk, Dv;
    int paged;
    int32_t P, nb;
    tu_tensor q, k, v, o; /* k, v: the pools when paged */
    int dflt[4];          /* q, k, v, o: the params say all-zero strides */
    tu_tensor o2, lse, lse2; /* lse, lse2: [1, 1, 1, B*Hq*Sq] f32 */
    tu_tensor mask;          /* f32, gaps NaN; mask.data NULL when none */
    int64_t ms[4];           /* the mask strides the record asked for */
    float *slopes, *sinks, *mscales;
    int32_t *kv_len, *q_offset, *block_table;
    int64_t bt_len;
    void *ws, *ws2;
    /* storage formats (formats.c): K and V re-encoded (kf, vf DEFAULT: the
     * dtype tensors k, v are what the call reads), their fp8 scales per KV
     * head as the call applies them, and the mask in f16 (mask then holds
     * the same values in f32, which the oracle reads) */
    attnforge_format kf, vf;
    void *kbuf, *vbuf;
    float *kscale_head, *vscale_head; /* Hkv each */
    float *kscales, *vscales;         /* what k_scales / v_scales point at */
    uint16_t *mask16;
    fz_region in[20];
    int n_in;
    int share_v;    /* V is read out of Q's block: Q values obey V's limits */
    int expect;     /* expected status */
    int corruption; /* -1: none */
} fz_case;

/* ---- process-wide state (case.c) ---------------------------------------------- */

extern int fz_skip_known; /* AF_FUZZ_SKIP_KNOWN: steer clear of fixed bugs */
extern attnforge_context *fz_ctx_auto, *fz_ctx_generic;

/* AF_FUZZ_STATS=1 prints them at exit. */
typedef struct fz_stats {
    unsigned long long valid, invalid, rows_strict, rows_loose, rows_nan, bitwise, close;
    unsigned long long formats, cache_formats, mask_f16; /* calls with K/V formats named, a cache format, an f16 mask */
    unsigned long long qo_formats; /* calls with Q or O in a format other than the dtype's */
    unsigned long long varlen; /* packed calls checked against their sequences alone */
} fz_stats;
extern fz_stats fz_stat;

/* ---- case.c ---------------------------------------------------------------------- */

/* A block of bytes the call reads: hashed before the call, checked after. */
void fz_add_region(fz_case *c, const void *p, size_t bytes);
void fz_hash_inputs(fz_case *c);
/* Prints what failed, the library's last error and the case, then aborts. */
void fz_die(const fz_case *c, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3), noreturn))
#endif
    ;
void fz_free_case(fz_case *c);
/* dt's poisoned output block around a [1, 1, 1, elems] or any view. */
void fz_alloc_out(tu_tensor *t, attnforge_dtype dt, const int64_t n[4], const int64_t st[4]);

/* ---- decode.c, patch.c, corrupt.c, oracle.c --------------------------------------- */

void fz_decode(fz_case *c, const uint8_t *d, size_t n, tu_sm64 *r);
void fz_apply_patches(fz_case *c, const uint8_t *d, size_t n, tu_sm64 *r);
/* After the patches: K and V into the record's cache formats (where the
 * layout allows), the mask into f16, Q/O formats named. force: pick a
 * format even when the record's byte says none (the format corruption). */
void fz_apply_formats(fz_case *c, const uint8_t *d, size_t n, int force, tu_sm64 *r);
/* A valid call, already checked, made again as a packed batch when the
 * record asks: bitwise against each sequence alone. */
void fz_check_varlen(fz_case *c, const uint8_t *d, size_t n, tu_sm64 *r);
/* The gap pattern of format f over bytes of buf: NaN codes (blocks: a NaN scale). */
void fz_fill_nan(attnforge_format f, unsigned char *buf, size_t bytes);
/* Element off of K (is_v 0) or V row data of KV head kvh, as the call reads it. */
double fz_kv_load(const fz_case *c, int is_v, int32_t kvh, int64_t off);
/* Breaks one validation rule picked by kind (a, b: its parameters) and
 * returns the status the call must now get. */
int fz_corrupt(fz_case *c, unsigned kind, unsigned a, unsigned b);
/* Does corruption kind break a storage-format rule (so the call needs formats first)? */
int fz_corruption_wants_formats(unsigned kind);

void fz_check_inputs(const fz_case *c);
void fz_check_o_written(const fz_case *c, const tu_tensor *o, const char *name);
void fz_check_lse_written(const fz_case *c, const tu_tensor *lse, int asked);
void fz_check_reference(const fz_case *c);
void fz_check_generic(fz_case *c, const char *kernel_auto);

/* ---- fuzz_attention.c ---------------------------------------------------------------- */

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
void fz_print_stats(void);

#endif /* AF_FZ_H */
