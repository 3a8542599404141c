/*
 * The internal kernel ABI: what the planner hands a kernel and what a kernel
 * hands back. Generated kernels (generated/) and the generic fallback
 * (runtime/generic.c) implement the same function type, so the planner,
 * threading and merge code are shared by every variant.
 *
 * A kernel processes one tile: the rows (query head h, query i) for
 * h in [h0, h0 + nh) and i in [i0, i0 + ni), all of one (batch b, KV head kvh),
 * against the keys j in [j0, j1). Row r = (h - h0) * ni + (i - i0).
 * It writes, for every row, the partial online-softmax state over the keys of
 * [j0, j1) that are visible to that row (see af_row_range and the mask):
 *   m[r]   = max of the visible scores (-inf if none),
 *   l[r]   = sum of exp(s - m[r])      (0 if none),
 *   acc[r*acc_stride + d] = sum of exp(s - m[r]) * v[d]  (0 if none), d < Dv.
 * Sinks, normalization, LSE and the conversion to the storage dtype are done by
 * the merge (runtime/merge.c), never by a kernel. A kernel reads nothing but
 * its tile and writes nothing but m, l and acc.
 *
 * The score of row (h, i) against key j, in f32 (SPEC.md):
 *   s = scale * dot(q, k);  softcap: s = c * tanh(s / c);
 *   ALiBi: s += -slope[h] * |pos_i - j|;  mask: s += mscale[h] * M[b, h, i, j]
 *   (mscale 1 without mask_scales).
 * A key is visible iff af_row_range(...) contains it; a masked -inf score
 * contributes nothing.
 */
#ifndef ATTNFORGE_KERNEL_H
#define ATTNFORGE_KERNEL_H

#include <math.h>
#include <string.h>
#include <stdint.h>

#include "attnforge.h"

struct af_tile;

/* One call, normalized: defaults applied, strides in elements, all >= 0. */
typedef struct af_call {
    /* Per-tensor formats, resolved (never DEFAULT). Kernels read Q, K, V and
     * the mask in their formats; the merge writes O in its. */
    attnforge_format qf, kf, vf, of, mf;
    /* fp8 K/V: the factor of KV head h is k_scales[h] when k_scales is
     * non-NULL, else k_scale (1 for other formats); the same for V. */
    float k_scale, v_scale;
    const float *k_scales, *v_scales;
    int32_t B, Sq, Skv, Hq, Hkv, Dk, Dv;
    int32_t group; /* Hq / Hkv: query head h reads KV head h / group */

    const void *q, *k, *v;
    void *o;
    int64_t q_sb, q_ss, q_sh;
    int64_t k_sb, k_ss, k_sh; /* paged: block, position-in-block, head */
    int64_t v_sb, v_ss, v_sh;
    int64_t o_sb, o_ss, o_sh;
    float *lse; /* LSE of row (b, h, i) at lse[b*lse_sb + h*lse_sh + i*lse_si], or NULL */
    int64_t lse_sb, lse_sh, lse_si;

    float scale;
    float softcap;            /* 0 = off */
    const float *slopes;      /* [Hq] or NULL */
    const float *sinks;       /* [Hq] or NULL */
    const void *mask;         /* f32 or f16 (mf), or NULL */
    const float *mscales;     /* [Hq] factors of the mask, or NULL (1) */
    int64_t m_sb, m_sh, m_si, m_sj;

    int causal;
    int32_t win_left, win_right; /* -1 = unbounded (also when no window) */
    const int32_t *kv_len;       /* [B], never NULL after normalization */
    const int32_t *q_offset;     /* [B], never NULL after normalization */

    const int32_t *block_table; /* NULL = contiguous K/V */
    int64_t bt_stride;
    int32_t page_size;
    /* 1: K and V are f32 rows that follow each other (k_ss = Dk, v_ss = Dv)
     * and were just written by this thread, so they are in its L2: a widened
     * decode's scratch (runtime/plan.c). The f32 decode kernel then reads them
     * in place instead of packing each key block for its GQA group (in
     * place from cache measured 1.38x, from DRAM 0.92x: thirteenth session).
     * Rows at most 1 KiB apart are read in place anyway (templates/decode.c.in,
     * DEC_INPLACE_SS), so this decides only at Dk or Dv over 256. */
    int kv_hot;
    /* Packed batch (cu_seqlens_q of the params), or NULL. Kernels never see
     * one: the planner cuts a packed call into one call per sequence
     * (attnforge_sequence_call) with B = 1 and these NULL. */
    const int32_t *cu_q, *cu_k;
    /* A superset of the keys any row of the call can see: [key_lo, key_hi)
     * (empty when key_lo >= key_hi). The decode planner cuts only this range. */
    int64_t key_lo, key_hi;
    /* Kernels with exact f32 products for the tiles that a bf16 dot product
     * (vdpbf16ps, AMX tiles, BFDOT: denormal operands read as zero) would get
     * wrong: a q_exact bf16 variant's decode and prefill hand such a tile
     * (attnforge_bf16_rows_unsafe on a chunk of its Q rows) to these, the
     * widening variant's kernels of the same format and head dims (or the
     * generic kernel). NULL for every other variant (runtime/dispatch.c). */
    void (*exact_decode)(const struct af_call *c, const struct af_tile *t);
    void (*exact_prefill)(const struct af_call *c, const struct af_tile *t);
} af_call;

typedef struct af_tile {
    int32_t b, kvh;
    /* KV heads kvh .. kvh+nkv-1 (0 reads as 1). More than one only for the
     * decode kernels and the generic one: a split-KV task then streams whole
     * BSHD key rows (every KV head of a key) instead of a strided slice. */
    int32_t nkv;
    int32_t h0, nh; /* query heads h0 .. h0+nh-1, all in KV groups kvh .. kvh+nkv-1 */
    int32_t i0, ni; /* queries i0 .. i0+ni-1 */
    int32_t j0, j1; /* keys j0 .. j1-1 */
    float *m, *l, *acc; /* outputs, nh*ni rows */
    int64_t acc_stride; /* floats between rows of acc, >= Dv */
    /* The running thread's own buffer, 64-byte aligned, at least the
     * kernel's af_variant.prefill_scratch bytes (a prefill's Q and score
     * tiles where they would not fit on the stack); undefined for a kernel
     * that needs none. */
    void *scratch;
} af_tile;

typedef void (*af_kernel_fn)(const af_call *c, const af_tile *t);
/* 1 when a bf16 dot product could get the scores of the n bf16 Q elements
 * at q wrong: one of them is denormal, infinite, NaN or at least 2^64 in
 * magnitude, or the call's |scale| >= 2^32 (runtime/dispatch.c, "bf16 Q on
 * a 16-bit dot product"). */
int attnforge_bf16_rows_unsafe(const af_call *c, const uint16_t *q, int64_t n);
/* One K row (is_v = 0: Dk elements of the variant's format) or V row (Dv)
 * widened or dequantized to f32 at dst, times sc for a scaled (fp8) format:
 * exactly the values the variant's kernels compute with. */
typedef void (*af_widen_fn)(float *dst, const void *src, int is_v, float sc);
/* One output row: dst[d] = x[d] * inv for d < n, in O's format (f32, f16 or
 * bf16, rounded to nearest even): an ISA's vectorized store (generated
 * math/attnforge_math__<isa>.c), bitwise the portable af_f32_to_f16 and
 * af_f32_to_bf16 below. */
typedef void (*af_store_fn)(void *dst, attnforge_format of, const float *x, float inv, int32_t n);

/* One generated variant, as a row of generated/registry.inc names it
 * (ATTNFORGE_KERNEL, designated initializers): every consumer of the registry
 * builds its table over this one type, so a field the generator adds breaks
 * none of them. */
typedef struct af_variant {
    attnforge_isa isa;
    const char *token;    /* the ISA's enum suffix, "AVX2" for ATTNFORGE_ISA_AVX2 */
    uint32_t arch_flags;  /* AF_ARCH_* CPU features the variant needs */
    attnforge_format format; /* of K and V; Q and O may be any of f32/f16/bf16 */
    int q_exact;             /* 1: Q must be `format` too (16-bit QK^T products) */
    int dk, dv;
    af_kernel_fn decode, prefill;
    const char *decode_name, *prefill_name;
    af_widen_fn widen; /* NULL for f32 and q_exact variants */
    int copy_rows;     /* 1: the prefill reads K rows in place as tile operands (AMX) */
    int prefill_scratch; /* bytes of af_tile.scratch the prefill needs (0: none) */
    int prefill_rows;    /* query rows of a prefill tile it wants (0: the planner's default) */
    /* An f32 variant's prefill for K and V values of at most 16 significant
     * bits (f16 or bf16 ones widened), bitwise the prefill's result on them
     * (the AMX split form leaves out the products of their zero third
     * terms), or NULL. */
    af_kernel_fn prefill_narrow;
    const char *prefill_narrow_name;
} af_variant;

/* Absolute position of query i of batch b. */
static inline int64_t af_pos(const af_call *c, int32_t b, int32_t i)
{
    return (int64_t)c->q_offset[b] + i;
}

/* The keys visible to some query at positions first .. last, given kv_len:
 * one interval [*lo, *hi) (possibly empty: *lo >= *hi), from kv_len, causal
 * and the sliding window. Both bounds grow with the position, so the union
 * over the positions is bounded by the first one's lo and the last one's hi. */
static inline void af_pos_range(const af_call *c, int64_t kv_len, int64_t first, int64_t last,
                                int64_t *lo, int64_t *hi)
{
    int64_t l = 0, h = kv_len;
    if (c->causal && last + 1 < h) h = last + 1;
    if (c->win_left >= 0 && first - c->win_left > l) l = first - c->win_left;
    if (c->win_right >= 0 && last + c->win_right + 1 < h) h = last + c->win_right + 1;
    *lo = l;
    *hi = h;
}

/* The keys visible to query i of batch b: one interval [*lo, *hi). */
static inline void af_row_range(const af_call *c, int32_t b, int32_t i,
                                int64_t *lo, int64_t *hi)
{
    const int64_t pos = af_pos(c, b, i);
    af_pos_range(c, c->kv_len[b], pos, pos, lo, hi);
}

/* Element offset of key/value row j of (b, kvh) for K (is_v = 0) or V. */
static inline int64_t af_kv_offset(const af_call *c, int is_v, int32_t b,
                                   int32_t kvh, int64_t j)
{
    int64_t sb = is_v ? c->v_sb : c->k_sb;
    int64_t ss = is_v ? c->v_ss : c->k_ss;
    int64_t sh = is_v ? c->v_sh : c->k_sh;
    if (c->block_table) {
        int64_t blk = c->block_table[(int64_t)b * c->bt_stride + j / c->page_size];
        return blk * sb + (j % c->page_size) * ss + (int64_t)kvh * sh;
    }
    return (int64_t)b * sb + j * ss + (int64_t)kvh * sh;
}

/* Number of consecutive keys starting at j that lie in one contiguous run with
 * the same stride (to the end of the page when paged), capped at end. */
static inline int64_t af_kv_run(const af_call *c, int64_t j, int64_t end)
{
    if (c->block_table) {
        int64_t page_end = (j / c->page_size + 1) * c->page_size;
        return (page_end < end ? page_end : end) - j;
    }
    return end - j;
}

static inline int64_t af_q_offset_elems(const af_call *c, int32_t b, int32_t i, int32_t h)
{
    return (int64_t)b * c->q_sb + (int64_t)i * c->q_ss + (int64_t)h * c->q_sh;
}

/* Element offset of mask row M[b, h, i, .]. */
static inline int64_t af_mask_offset(const af_call *c, int32_t b, int32_t h, int32_t i)
{
    return (int64_t)b * c->m_sb + (int64_t)h * c->m_sh + (int64_t)i * c->m_si;
}

/* The mask row M[b, h, i, .] (f32 or f16, as c->mf says), or NULL. */
static inline const void *af_mask_row(const af_call *c, int32_t b, int32_t h, int32_t i)
{
    if (!c->mask) return (const void *)0;
    const int64_t e = af_mask_offset(c, b, h, i);
    return c->mf == ATTNFORGE_FORMAT_F16 ? (const void *)((const uint16_t *)c->mask + e)
                                         : (const void *)((const float *)c->mask + e);
}

/* hi, lowered past the trailing keys of [lo, hi) whose mask entry (row mrow,
 * NULL: no mask) is -inf. Those keys add nothing to the row (p = 0, and an
 * excluded key's K or V never reaches it), so a kernel may skip them: a
 * causal mask passed as a mask (llama.cpp's) then costs what causal = 1
 * costs. Only the end moves, so the key blocks a row sees start where they
 * did and the arithmetic on its visible keys is the same. */
static inline int64_t af_mask_trim_hi(const af_call *c, const void *mrow, int64_t lo, int64_t hi)
{
    if (!mrow) return hi;
    if (c->mf == ATTNFORGE_FORMAT_F16) {
        const uint16_t *m = (const uint16_t *)mrow;
        if (c->m_sj == 1) /* 4 entries per 64-bit word (a causal row's run is long) */
            for (uint64_t w; hi - 4 >= lo; hi -= 4) {
                memcpy(&w, m + hi - 4, sizeof w);
                if (w != 0xFC00FC00FC00FC00ull) break;
            }
        while (hi > lo && m[(hi - 1) * c->m_sj] == 0xFC00u) hi--; /* f16 -inf */
    } else {
        const float *m = (const float *)mrow;
        while (hi > lo && m[(hi - 1) * c->m_sj] == -INFINITY) hi--;
    }
    return hi;
}

/* 1 when every mask entry of keys [lo, hi) of a mask row is +0 or -0: adding
 * it changes no score's value (at most the sign of a zero score, which exp
 * ignores), so a kernel may skip the mask for that range. llama.cpp's mask is
 * 0 wherever a key is visible, so most blocks need no mask at all. Reads the
 * bits, so a NaN entry counts as non-zero. */
static inline int af_mask_zero(const af_call *c, const void *mrow, int64_t lo, int64_t hi)
{
    if (c->mf == ATTNFORGE_FORMAT_F16) {
        const uint16_t *m = (const uint16_t *)mrow;
        uint64_t any = 0;
        int64_t j = lo;
        if (c->m_sj == 1) /* 4 entries per 64-bit word */
            for (; j + 4 <= hi; j += 4) {
                uint64_t w;
                memcpy(&w, m + j, sizeof w);
                any |= w;
            }
        for (; j < hi; j++) any |= m[j * c->m_sj];
        return (any & 0x7fff7fff7fff7fffull) == 0;
    }
    const float *m = (const float *)mrow;
    uint32_t any = 0;
    for (int64_t j = lo; j < hi; j++) {
        uint32_t w;
        memcpy(&w, m + j * c->m_sj, sizeof w);
        any |= w;
    }
    return (any & 0x7fffffffu) == 0;
}

/* Storage <-> f32 conversions (round to nearest even), portable C. */
static inline float af_f16_to_f32(uint16_t h)
{
    uint32_t sign = (uint32_t)(h & 0x8000u) << 16;
    uint32_t exp = (h >> 10) & 0x1f, man = h & 0x3ffu, bits;
    if (exp == 0x1f) {
        bits = sign | 0x7f800000u | (man << 13);
    } else if (exp != 0) {
        bits = sign | ((exp + 112u) << 23) | (man << 13);
    } else if (man == 0) {
        bits = sign;
    } else { /* subnormal: normalize */
        int e = -1;
        do { man <<= 1; e++; } while (!(man & 0x400u));
        bits = sign | ((uint32_t)(112 - e) << 23) | ((man & 0x3ffu) << 13);
    }
    union { uint32_t u; float f; } v = { bits };
    return v.f;
}

static inline uint16_t af_f32_to_f16(float f)
{
    union { float f; uint32_t u; } v = { f };
    uint32_t x = v.u, sign = (x >> 16) & 0x8000u;
    uint32_t ax = x & 0x7fffffffu;
    if (ax >= 0x7f800000u) /* Inf or NaN (keep NaN quiet and nonzero) */
        return (uint16_t)(sign | 0x7c00u | (ax > 0x7f800000u ? 0x200u | ((ax >> 13) & 0x3ffu) : 0));
    if (ax >= 0x477ff000u) /* rounds to >= 65520: overflow to Inf */
        return (uint16_t)(sign | 0x7c00u);
    if (ax < 0x38800000u) { /* below the smallest normal: subnormal or zero */
        if (ax < 0x33000000u) return (uint16_t)sign; /* < 2^-25 rounds to 0 */
        uint32_t e = ax >> 23, man = (ax & 0x7fffffu) | 0x800000u;
        uint32_t shift = 126u - e; /* 14 + (113 - e) - 1 ... see below */
        /* value = man * 2^(e-150); f16 subnormal unit 2^-24 -> shift = 126 - e */
        uint32_t q = man >> shift, rem = man & ((1u << shift) - 1u), half = 1u << (shift - 1u);
        if (rem > half || (rem == half && (q & 1u))) q++;
        return (uint16_t)(sign | q);
    }
    uint32_t r = ax + 0xfffu + ((ax >> 13) & 1u); /* round to nearest even */
    return (uint16_t)(sign | ((r - 0x38000000u) >> 13));
}

static inline float af_bf16_to_f32(uint16_t h)
{
    union { uint32_t u; float f; } v = { (uint32_t)h << 16 };
    return v.f;
}

static inline uint16_t af_f32_to_bf16(float f)
{
    union { float f; uint32_t u; } v = { f };
    if ((v.u & 0x7fffffffu) > 0x7f800000u) return (uint16_t)((v.u >> 16) | 0x40u); /* quiet NaN */
    return (uint16_t)((v.u + 0x7fffu + ((v.u >> 16) & 1u)) >> 16);
}

/* ---- cache formats (SPEC.md "Storage formats") ------------------------------ */

enum { AF_QBLOCK = 32, AF_Q8_0_BYTES = 34, AF_Q4_0_BYTES = 18 };

/* OCP E5M2 is the upper byte of an IEEE binary16. */
static inline float af_e5m2_to_f32(uint8_t x) { return af_f16_to_f32((uint16_t)(x << 8)); }

/* OCP E4M3FN: bias 7, no infinities, S.1111.111 is NaN. Exact: every code is
 * m * 2^k with small m, so the product below is exact in f32. */
static inline float af_e4m3_to_f32(uint8_t x)
{
    const uint32_t e = (x >> 3) & 0xfu, m = x & 7u;
    union { uint32_t u; float f; } v;
    if (e == 0xfu && m == 7u) {
        v.u = 0x7fc00000u;
    } else if (e == 0) {
        v.f = (float)m * 0x1p-9f; /* subnormal: m/8 * 2^-6 */
    } else {
        v.u = ((e + 120u) << 23) | (m << 20); /* rebias 7 -> 127 */
    }
    if (x & 0x80u) v.u |= 0x80000000u;
    return v.f;
}

/* n elements (a multiple of 32) of ggml blocks starting at element offset off
 * (a multiple of 32) as f32: element = d * q, or d * (nibble - 8). */
static inline void af_load_q8_0(const void *base, int64_t off, int32_t n, float *out)
{
    const unsigned char *p = (const unsigned char *)base + off / AF_QBLOCK * AF_Q8_0_BYTES;
    for (int32_t k = 0; k < n; k += AF_QBLOCK, p += AF_Q8_0_BYTES) {
        const float d = af_f16_to_f32((uint16_t)(p[0] | p[1] << 8));
        for (int32_t u = 0; u < AF_QBLOCK; u++) out[k + u] = d * (float)(int8_t)p[2 + u];
    }
}

static inline void af_load_q4_0(const void *base, int64_t off, int32_t n, float *out)
{
    const unsigned char *p = (const unsigned char *)base + off / AF_QBLOCK * AF_Q4_0_BYTES;
    for (int32_t k = 0; k < n; k += AF_QBLOCK, p += AF_Q4_0_BYTES) {
        const float d = af_f16_to_f32((uint16_t)(p[0] | p[1] << 8));
        for (int32_t u = 0; u < AF_QBLOCK / 2; u++) {
            out[k + u] = d * (float)((int)(p[2 + u] & 0xf) - 8);
            out[k + u + 16] = d * (float)((int)(p[2 + u] >> 4) - 8);
        }
    }
}

/* n elements of format f starting at element offset off, as f32; fp8 values
 * are multiplied by scale (exactly SPEC's "the fp8 value times its scale"). */
static inline void af_load_row(attnforge_format f, const void *base, int64_t off, int32_t n,
                               float scale, float *out)
{
    switch (f) {
    case ATTNFORGE_FORMAT_F32: {
        const float *s = (const float *)base + off;
        for (int32_t d = 0; d < n; d++) out[d] = s[d];
        break;
    }
    case ATTNFORGE_FORMAT_F16: {
        const uint16_t *s = (const uint16_t *)base + off;
        for (int32_t d = 0; d < n; d++) out[d] = af_f16_to_f32(s[d]);
        break;
    }
    case ATTNFORGE_FORMAT_BF16: {
        const uint16_t *s = (const uint16_t *)base + off;
        for (int32_t d = 0; d < n; d++) out[d] = af_bf16_to_f32(s[d]);
        break;
    }
    case ATTNFORGE_FORMAT_Q8_0: af_load_q8_0(base, off, n, out); break;
    case ATTNFORGE_FORMAT_Q4_0: af_load_q4_0(base, off, n, out); break;
    case ATTNFORGE_FORMAT_FP8_E4M3: {
        const uint8_t *s = (const uint8_t *)base + off;
        for (int32_t d = 0; d < n; d++) out[d] = af_e4m3_to_f32(s[d]) * scale;
        break;
    }
    case ATTNFORGE_FORMAT_FP8_E5M2: {
        const uint8_t *s = (const uint8_t *)base + off;
        for (int32_t d = 0; d < n; d++) out[d] = af_e5m2_to_f32(s[d]) * scale;
        break;
    }
    default: break; /* validation admits no other format */
    }
}

/* The mask value M[b, h, i, j] of a row (offset from af_mask_offset), f32 or f16. */
static inline float af_mask_at(const af_call *c, int64_t row_off, int64_t j)
{
    const int64_t e = row_off + j * c->m_sj;
    return c->mf == ATTNFORGE_FORMAT_F16 ? af_f16_to_f32(((const uint16_t *)c->mask)[e])
                                         : ((const float *)c->mask)[e];
}

/* The fp8 factor of K (is_v = 0) or V for KV head kvh (1 for other formats). */
static inline float af_kv_scale(const af_call *c, int is_v, int32_t kvh)
{
    if (is_v) return c->v_scales ? c->v_scales[kvh] : c->v_scale;
    return c->k_scales ? c->k_scales[kvh] : c->k_scale;
}

#endif /* ATTNFORGE_KERNEL_H */
