/*
 * The record's storage formats (F_FMT, F_FMTS; SPEC.md "Storage formats").
 * decode.c and the patches fill K and V in the call's dtype; here, when the
 * record asks, each is re-encoded into a cache format in its own exactly
 * sized block (the dtype tensor stays as it was, unread by the call):
 *
 *   F_FMT   bits 0-2: K's format (attnforge_format; 0 keeps the dtype)
 *           bits 3-5: V's format
 *           bit 6:    the mask in f16 (when there is a mask)
 *           bit 7:    q_format and o_format named (Q's and O's own formats)
 *   F_FMTS  bits 0-1: K's fp8 scale: 0 none (1), 1 one per tensor from a
 *           table, 2 one per KV head in [1/64, 4], 3 one per KV head spread
 *           over 1e-6 .. 1e3; bits 2-3: V's; bits 4-5 and 6-7: Q's and O's
 *           formats (0 the dtype's, 1-3 f32, f16, bf16; decode.c, where Q
 *           and O are made in them)
 *
 * Element values are those of the dtype tensor, finite ones clamped to what
 * the format can hold (so only a patch makes an infinity): fp8 codes of
 * x / scale, ggml's quantizer for q8_0 / q4_0 (a block holding a non-finite
 * value gets a NaN scale instead: NaN in every element of the block, which
 * any order of the kernels' arithmetic keeps), f32 / f16 / bf16 rounded.
 * V never holds an infinity (out of scope, as in patch.c): NaN instead.
 * Gaps between rows hold NaN codes (blocks: a NaN scale), so a stray read
 * shows up in O. A block format needs the head dim and every stride to be
 * multiples of 32; where the decoded layout has neither (padded or
 * overlapping rows, head dims such as 16 or 80), the tensor takes an fp8
 * format instead. K or V read out of Q's block keep the dtype.
 *
 * The mask in f16: every element of the f32 mask (gaps too) rounded to f16,
 * the library given the f16 copy, and the f32 mask overwritten with the
 * f16 values, so the oracle reads exactly what the call reads.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "convert.h"
#include "fz.h"
#include "reference.h"

#define FZ_QBLOCK 32

static int is_dense(attnforge_format f)
{
    return f == ATTNFORGE_FORMAT_F32 || f == ATTNFORGE_FORMAT_F16 || f == ATTNFORGE_FORMAT_BF16;
}

/* Largest finite magnitude an element of format f may be given (block
 * formats: what keeps the f16 block scale finite). */
static double max_finite(attnforge_format f)
{
    switch (f) {
    case ATTNFORGE_FORMAT_F16: return 65504.0;
    case ATTNFORGE_FORMAT_BF16: return 3.3895313892515355e38;
    case ATTNFORGE_FORMAT_Q8_0:
    case ATTNFORGE_FORMAT_Q4_0: return 65504.0 * 7;
    case ATTNFORGE_FORMAT_FP8_E4M3: return 448.0;
    case ATTNFORGE_FORMAT_FP8_E5M2: return 57344.0;
    default: return 3.4028234663852886e38;
    }
}

/* Can tensor t (head dim t->n[3]) be stored in block format? */
static int block_ok(const tu_tensor *t)
{
    return t->n[3] % FZ_QBLOCK == 0 && t->st[0] % FZ_QBLOCK == 0 && t->st[1] % FZ_QBLOCK == 0 &&
           t->st[2] % FZ_QBLOCK == 0;
}

/* One row of D values (already clamped; non-finite ones as planted) into
 * format f at element offset off of buf, scale s for fp8. */
static void encode_row(attnforge_format f, unsigned char *buf, int64_t off, const double *x,
                       int64_t D, double s)
{
    if (is_dense(f)) {
        for (int64_t d = 0; d < D; d++)
            tu_store((attnforge_dtype)(f - ATTNFORGE_FORMAT_F32), buf, off + d, x[d]);
        return;
    }
    if (tu_format_is_fp8(f)) {
        for (int64_t d = 0; d < D; d++) {
            const float v = (float)(x[d] / s);
            buf[off + d] = f == ATTNFORGE_FORMAT_FP8_E4M3 ? attnforge_f32_to_fp8_e4m3(v)
                                                          : attnforge_f32_to_fp8_e5m2(v);
        }
        return;
    }
    const size_t bb = attnforge_format_bytes(f, FZ_QBLOCK);
    for (int64_t d0 = 0; d0 < D; d0 += FZ_QBLOCK) {
        float v[FZ_QBLOCK];
        int bad = 0;
        for (int e = 0; e < FZ_QBLOCK; e++) {
            v[e] = (float)x[d0 + e];
            if (!isfinite(v[e])) bad = 1, v[e] = 0.0f; /* the quantizer takes finite values */
        }
        unsigned char *blk = buf + (size_t)((off + d0) / FZ_QBLOCK) * bb;
        if (f == ATTNFORGE_FORMAT_Q8_0) attnforge_quantize_q8_0(v, blk, FZ_QBLOCK);
        else attnforge_quantize_q4_0(v, blk, FZ_QBLOCK);
        if (bad) blk[0] = 0x00, blk[1] = 0x7e; /* f16 NaN scale, little-endian */
    }
}

void fz_fill_nan(attnforge_format f, unsigned char *buf, size_t bytes)
{
    if (is_dense(f)) {
        const attnforge_dtype dt = (attnforge_dtype)(f - ATTNFORGE_FORMAT_F32);
        for (size_t e = 0; e < bytes / tu_dtype_size(dt); e++) tu_put_bits(dt, buf, (int64_t)e, tu_pad_bits(dt));
    } else if (tu_format_is_fp8(f)) {
        memset(buf, 0x7f, bytes); /* NaN in e4m3 and e5m2 */
    } else {
        const size_t bb = attnforge_format_bytes(f, FZ_QBLOCK);
        for (size_t o = 0; o + bb <= bytes; o += bb) {
            buf[o] = 0x00, buf[o + 1] = 0x7e; /* f16 NaN scale */
            memset(buf + o + 2, 0x11, bb - 2);
        }
    }
}

/* K (is_v 0) or V into format f: a new exactly sized block, NaN in its gaps. */
static void *encode(fz_case *c, const tu_tensor *t, attnforge_format f, int is_v,
                    const float *scale_head)
{
    const int64_t D = t->n[3];
    const size_t bytes = attnforge_format_bytes(f, t->extent);
    unsigned char *buf = tu_xmalloc(bytes);
    fz_fill_nan(f, buf, bytes);
    const double top = max_finite(f);
    double *x = tu_xmalloc((size_t)D * sizeof(double));
    for (int64_t a = 0; a < t->n[0]; a++)
        for (int64_t s = 0; s < t->n[1]; s++)
            for (int64_t h = 0; h < t->n[2]; h++) {
                const int64_t off = tu_tensor_off(t, a, s, h, 0);
                const double sc = tu_format_is_fp8(f) ? (double)scale_head[h] : 1.0;
                for (int64_t d = 0; d < D; d++) {
                    double v = tu_load(c->dt, t->data, off + d);
                    if (isfinite(v)) v = fmax(-top * sc, fmin(top * sc, v));
                    else if (is_v && isinf(v)) v = NAN;
                    x[d] = v;
                }
                encode_row(f, buf, off, x, D, sc);
            }
    free(x);
    fz_add_region(c, buf, bytes);
    return buf;
}

/* The fp8 scales of K (is_v 0) or V by the record's kind: the params' scale
 * or per-head scales, and the factor of each KV head as the call applies it. */
static void pick_scales(fz_case *c, unsigned kind, int is_v, tu_sm64 *r)
{
    attnforge_params *p = &c->p;
    float *head = tu_xmalloc((size_t)c->Hkv * sizeof(float)), *per = NULL;
    float one = 0.0f;
    static const float table[4] = {0.5f, 0.015625f, 3.0f, 1e-3f};
    switch (kind % 4) {
    case 0: break;
    case 1: one = table[tu_sm64_int(r, 0, 3)]; break;
    default:
        per = tu_xmalloc((size_t)c->Hkv * sizeof(float));
        for (int32_t h = 0; h < c->Hkv; h++)
            per[h] = kind % 4 == 2 ? (float)tu_sm64_range(r, 1.0 / 64, 4.0)
                                   : (float)pow(10.0, tu_sm64_range(r, -6.0, 3.0));
        fz_add_region(c, per, (size_t)c->Hkv * sizeof(float));
        break;
    }
    for (int32_t h = 0; h < c->Hkv; h++) head[h] = per ? per[h] : one != 0.0f ? one : 1.0f;
    if (is_v) {
        p->v_scale = one, p->v_scales = per, c->vscales = per, c->vscale_head = head;
    } else {
        p->k_scale = one, p->k_scales = per, c->kscales = per, c->kscale_head = head;
    }
}

/* The format tensor t gets: the record's choice, made to fit its layout. */
static attnforge_format fit(attnforge_format f, const tu_tensor *t)
{
    if (tu_format_is_block(f) && !block_ok(t))
        return f == ATTNFORGE_FORMAT_Q8_0 ? ATTNFORGE_FORMAT_FP8_E4M3 : ATTNFORGE_FORMAT_FP8_E5M2;
    return f;
}

static void mask_to_f16(fz_case *c)
{
    float *m = c->mask.data;
    const int64_t n = c->mask.extent;
    c->mask16 = tu_xmalloc((size_t)n * sizeof(uint16_t));
    for (int64_t e = 0; e < n; e++) {
        c->mask16[e] = tu_f64_to_f16((double)m[e]);
        m[e] = (float)ref_f16_to_f64(c->mask16[e]);
    }
    c->p.mask = c->mask16;
    c->p.mask_format = ATTNFORGE_FORMAT_F16;
    fz_stat.mask_f16++;
    fz_add_region(c, c->mask16, (size_t)n * sizeof(uint16_t));
}

void fz_apply_formats(fz_case *c, const uint8_t *d, size_t n, int force, tu_sm64 *r)
{
    attnforge_params *p = &c->p;
    unsigned x = fz_byte(d, n, F_FMT);
    const unsigned sk = fz_byte(d, n, F_FMTS);
    if (force && !(x & 0x3f)) x |= 1 + (unsigned)tu_sm64_int(r, 3, 6); /* K: a cache format */
    if (x & 0x80) {
        p->q_format = (attnforge_format)(c->q.dtype + ATTNFORGE_FORMAT_F32);
        p->o_format = (attnforge_format)(c->o.dtype + ATTNFORGE_FORMAT_F32);
    }
    if ((x & 0x40) && c->mask.data) mask_to_f16(c);
    const int shared = c->k.alloc == c->q.alloc || c->v.alloc == c->q.alloc;
    const attnforge_format kf = (attnforge_format)(x & 7), vf = (attnforge_format)((x >> 3) & 7);
    if (shared || (kf == ATTNFORGE_FORMAT_DEFAULT && vf == ATTNFORGE_FORMAT_DEFAULT)) return;
    fz_stat.formats++;
    if ((kf != ATTNFORGE_FORMAT_DEFAULT && !is_dense(kf)) || (vf != ATTNFORGE_FORMAT_DEFAULT && !is_dense(vf)))
        fz_stat.cache_formats++;
    if (kf != ATTNFORGE_FORMAT_DEFAULT) {
        c->kf = fit(kf, &c->k);
        if (tu_format_is_fp8(c->kf)) pick_scales(c, sk, 0, r);
        c->kbuf = encode(c, &c->k, c->kf, 0, c->kscale_head);
        p->k = c->kbuf;
        p->k_format = c->kf;
    }
    if (vf != ATTNFORGE_FORMAT_DEFAULT) {
        c->vf = fit(vf, &c->v);
        if (tu_format_is_fp8(c->vf)) pick_scales(c, sk >> 2, 1, r);
        c->vbuf = encode(c, &c->v, c->vf, 1, c->vscale_head);
        p->v = c->vbuf;
        p->v_format = c->vf;
    }
}

double fz_kv_load(const fz_case *c, int is_v, int32_t kvh, int64_t off)
{
    const attnforge_format f = is_v ? c->vf : c->kf;
    if (f == ATTNFORGE_FORMAT_DEFAULT) return tu_load(c->dt, (is_v ? c->v : c->k).data, off);
    const float *head = is_v ? c->vscale_head : c->kscale_head;
    return ref_load(f, is_v ? c->vbuf : c->kbuf, off, tu_format_is_fp8(f) ? (double)head[kvh] : 1.0);
}
