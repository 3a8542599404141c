/* Auto-generated file. Do not edit!
 *   Template:   templates/kernel.c.in (+ common, decode, prefill, epilogue .c.in)
 *   ISA module: templates/isa/avx2.lua
 *   Generator:  gen/attnforge-gen.lua
 *   Parameters: dtype=bf16 dk=192 dv=128 isa=avx2
 *
 * Kernels of the internal ABI (runtime/kernel.h) for bf16 storage, head dims
 * Dk = 192, Dv = 128: attnforge_bf16_dk192_dv128_decode__avx2 and attnforge_bf16_dk192_dv128_prefill__avx2.
 * Tiling: keys in blocks of 16; rows in chunks of 21 (decode) or 64 (prefill).
 * Stack buffers per call: about 40 KiB (and 106496 bytes of the worker's scratch for the prefill's Q and score tiles).
 */
#if defined(__x86_64__) || defined(_M_X64)

/* the avx2 vocabulary and the avx2 x bf16 helpers */
#include "../isa/avx2_bf16.h"

void attnforge_bf16_dk192_dv128_decode__avx2(const af_call *c, const af_tile *t);
void attnforge_bf16_dk192_dv128_prefill__avx2(const af_call *c, const af_tile *t);
void attnforge_bf16_dk192_dv128_widen__avx2(float *dst, const void *src, int is_v, float sc);

/* ---- helpers of this variant (templates/common.c.in) ---- */

/* Every row starts empty: m = -inf, l = 0, acc = 0. */
static AF_TARGET_AVX2 void afk_bf16_dk192_dv128_avx2_init(const af_call *c, const af_tile *t)
{
    const int32_t nrows = t->nh * t->ni;
    const afv_avx2 z = afv_avx2_zero();
    (void)c;
    for (int32_t r = 0; r < nrows; r++) {
        float *acc = t->acc + (int64_t)r * t->acc_stride;
        t->m[r] = -INFINITY;
        t->l[r] = 0.0f;
        afv_avx2_store(acc + 0, z);
        afv_avx2_store(acc + 8, z);
        afv_avx2_store(acc + 16, z);
        afv_avx2_store(acc + 24, z);
        afv_avx2_store(acc + 32, z);
        afv_avx2_store(acc + 40, z);
        afv_avx2_store(acc + 48, z);
        afv_avx2_store(acc + 56, z);
        afv_avx2_store(acc + 64, z);
        afv_avx2_store(acc + 72, z);
        afv_avx2_store(acc + 80, z);
        afv_avx2_store(acc + 88, z);
        afv_avx2_store(acc + 96, z);
        afv_avx2_store(acc + 104, z);
        afv_avx2_store(acc + 112, z);
        afv_avx2_store(acc + 120, z);
    }
}

/* One query row (element offset off of Q) into the f32 Q buffer, widened from
 * Q's own format (c->qf) once per tile; for a 16-bit dot product the row
 * stays 16-bit (dispatch guarantees Q then has the kernel's format). */
static inline AF_TARGET_AVX2 void afk_bf16_dk192_dv128_avx2_load_q(const af_call *c, float *dst, int64_t off)
{
    if (c->qf == ATTNFORGE_FORMAT_F32) {
        const float *src = (const float *)c->q + off;
        afv_avx2_store(dst + 0, afv_avx2_load(src + 0));
        afv_avx2_store(dst + 8, afv_avx2_load(src + 8));
        afv_avx2_store(dst + 16, afv_avx2_load(src + 16));
        afv_avx2_store(dst + 24, afv_avx2_load(src + 24));
        afv_avx2_store(dst + 32, afv_avx2_load(src + 32));
        afv_avx2_store(dst + 40, afv_avx2_load(src + 40));
        afv_avx2_store(dst + 48, afv_avx2_load(src + 48));
        afv_avx2_store(dst + 56, afv_avx2_load(src + 56));
        afv_avx2_store(dst + 64, afv_avx2_load(src + 64));
        afv_avx2_store(dst + 72, afv_avx2_load(src + 72));
        afv_avx2_store(dst + 80, afv_avx2_load(src + 80));
        afv_avx2_store(dst + 88, afv_avx2_load(src + 88));
        afv_avx2_store(dst + 96, afv_avx2_load(src + 96));
        afv_avx2_store(dst + 104, afv_avx2_load(src + 104));
        afv_avx2_store(dst + 112, afv_avx2_load(src + 112));
        afv_avx2_store(dst + 120, afv_avx2_load(src + 120));
        afv_avx2_store(dst + 128, afv_avx2_load(src + 128));
        afv_avx2_store(dst + 136, afv_avx2_load(src + 136));
        afv_avx2_store(dst + 144, afv_avx2_load(src + 144));
        afv_avx2_store(dst + 152, afv_avx2_load(src + 152));
        afv_avx2_store(dst + 160, afv_avx2_load(src + 160));
        afv_avx2_store(dst + 168, afv_avx2_load(src + 168));
        afv_avx2_store(dst + 176, afv_avx2_load(src + 176));
        afv_avx2_store(dst + 184, afv_avx2_load(src + 184));
    } else if (c->qf == ATTNFORGE_FORMAT_BF16) {
        const uint16_t *src = (const uint16_t *)c->q + off;
        afv_avx2_store(dst + 0, afv_avx2_load_bf16(src + 0));
        afv_avx2_store(dst + 8, afv_avx2_load_bf16(src + 8));
        afv_avx2_store(dst + 16, afv_avx2_load_bf16(src + 16));
        afv_avx2_store(dst + 24, afv_avx2_load_bf16(src + 24));
        afv_avx2_store(dst + 32, afv_avx2_load_bf16(src + 32));
        afv_avx2_store(dst + 40, afv_avx2_load_bf16(src + 40));
        afv_avx2_store(dst + 48, afv_avx2_load_bf16(src + 48));
        afv_avx2_store(dst + 56, afv_avx2_load_bf16(src + 56));
        afv_avx2_store(dst + 64, afv_avx2_load_bf16(src + 64));
        afv_avx2_store(dst + 72, afv_avx2_load_bf16(src + 72));
        afv_avx2_store(dst + 80, afv_avx2_load_bf16(src + 80));
        afv_avx2_store(dst + 88, afv_avx2_load_bf16(src + 88));
        afv_avx2_store(dst + 96, afv_avx2_load_bf16(src + 96));
        afv_avx2_store(dst + 104, afv_avx2_load_bf16(src + 104));
        afv_avx2_store(dst + 112, afv_avx2_load_bf16(src + 112));
        afv_avx2_store(dst + 120, afv_avx2_load_bf16(src + 120));
        afv_avx2_store(dst + 128, afv_avx2_load_bf16(src + 128));
        afv_avx2_store(dst + 136, afv_avx2_load_bf16(src + 136));
        afv_avx2_store(dst + 144, afv_avx2_load_bf16(src + 144));
        afv_avx2_store(dst + 152, afv_avx2_load_bf16(src + 152));
        afv_avx2_store(dst + 160, afv_avx2_load_bf16(src + 160));
        afv_avx2_store(dst + 168, afv_avx2_load_bf16(src + 168));
        afv_avx2_store(dst + 176, afv_avx2_load_bf16(src + 176));
        afv_avx2_store(dst + 184, afv_avx2_load_bf16(src + 184));
    } else if (c->qf == ATTNFORGE_FORMAT_F16) { /* f16's load word is in every ISA's vocabulary */
        const uint16_t *src = (const uint16_t *)c->q + off;
        afv_avx2_store(dst + 0, afv_avx2_load_f16(src + 0));
        afv_avx2_store(dst + 8, afv_avx2_load_f16(src + 8));
        afv_avx2_store(dst + 16, afv_avx2_load_f16(src + 16));
        afv_avx2_store(dst + 24, afv_avx2_load_f16(src + 24));
        afv_avx2_store(dst + 32, afv_avx2_load_f16(src + 32));
        afv_avx2_store(dst + 40, afv_avx2_load_f16(src + 40));
        afv_avx2_store(dst + 48, afv_avx2_load_f16(src + 48));
        afv_avx2_store(dst + 56, afv_avx2_load_f16(src + 56));
        afv_avx2_store(dst + 64, afv_avx2_load_f16(src + 64));
        afv_avx2_store(dst + 72, afv_avx2_load_f16(src + 72));
        afv_avx2_store(dst + 80, afv_avx2_load_f16(src + 80));
        afv_avx2_store(dst + 88, afv_avx2_load_f16(src + 88));
        afv_avx2_store(dst + 96, afv_avx2_load_f16(src + 96));
        afv_avx2_store(dst + 104, afv_avx2_load_f16(src + 104));
        afv_avx2_store(dst + 112, afv_avx2_load_f16(src + 112));
        afv_avx2_store(dst + 120, afv_avx2_load_f16(src + 120));
        afv_avx2_store(dst + 128, afv_avx2_load_f16(src + 128));
        afv_avx2_store(dst + 136, afv_avx2_load_f16(src + 136));
        afv_avx2_store(dst + 144, afv_avx2_load_f16(src + 144));
        afv_avx2_store(dst + 152, afv_avx2_load_f16(src + 152));
        afv_avx2_store(dst + 160, afv_avx2_load_f16(src + 160));
        afv_avx2_store(dst + 168, afv_avx2_load_f16(src + 168));
        afv_avx2_store(dst + 176, afv_avx2_load_f16(src + 176));
        afv_avx2_store(dst + 184, afv_avx2_load_f16(src + 184));
    } else { /* bf16 Q beside another cache format: portable widening (a shift) */
        af_load_row(c->qf, c->q, off, 192, 1.0f, dst);
    }
}

/* Rows [r0, r0 + nr) of the tile: constants, Q (into qbuf unless NULL), and the union [*klo, *khi)
 * of their visible keys (each row's end lowered past trailing -inf mask
 * entries: af_mask_trim_hi). Returns 0 when no row sees any key of the tile. */
static AF_TARGET_AVX2 int afk_bf16_dk192_dv128_avx2_rows(const af_call *c, const af_tile *t, int32_t r0, int32_t nr,
                              afp_avx2_bf16_row *rw, float *qbuf, int64_t *klo, int64_t *khi)
{
    int64_t ulo = t->j1, uhi = t->j0;
    for (int32_t r = 0; r < nr; r++) {
        const int32_t rr = r0 + r, h = t->h0 + rr / t->ni, i = t->i0 + rr % t->ni;
        int64_t lo, hi;
        af_row_range(c, t->b, i, &lo, &hi);
        if (lo < t->j0) lo = t->j0;
        if (hi > t->j1) hi = t->j1;
        rw[r].mask = af_mask_row(c, t->b, h, i);
        rw[r].mscale = c->mscales ? c->mscales[h] : 1.0f;
        hi = af_mask_trim_hi(c, rw[r].mask, lo, hi);
        rw[r].lo = lo;
        rw[r].hi = hi;
        rw[r].pos = af_pos(c, t->b, i);
        rw[r].qoff = af_q_offset_elems(c, t->b, i, h);
        rw[r].slope = c->slopes ? c->slopes[h] : 0.0f;
        rw[r].m = t->m + rr;
        rw[r].l = t->l + rr;
        rw[r].acc = t->acc + (int64_t)rr * t->acc_stride;
        if (lo < hi) {
            if (lo < ulo) ulo = lo;
            if (hi > uhi) uhi = hi;
        }
        if (qbuf) afk_bf16_dk192_dv128_avx2_load_q(c, qbuf + (int64_t)r * 192, rw[r].qoff);
    }
    *klo = ulo;
    *khi = uhi;
    return ulo < uhi;
}

/* Copy one K row (Dk) and one V row (Dv), widened or dequantized to f32
 * (bf16: templates/fmt/bf16.lua), into the block's contiguous L1
 * buffers; sc is the KV head's scale of a scaled (fp8) format. K and V rows
 * of a cache sit a whole Hkv * D row apart (often a multiple of 4 KiB, so all
 * in the same L1 sets); packed, the block's rows stay in L1 for every row of
 * the tile. (afk_bf16_dk192_dv128_avx2_pack_k is unused in an AMX variant: its prefill reads K
 * rows as tile operands, and no decode packs K for a 16-bit dot product.) */
static inline AF_UNUSED AF_TARGET_AVX2 void afk_bf16_dk192_dv128_avx2_pack_k(float *dst, const uint16_t *src, float sc)
{
    (void)sc;
    afv_avx2_store(dst + 0, afv_avx2_load_bf16(src + 0));
    afv_avx2_store(dst + 8, afv_avx2_load_bf16(src + 8));
    afv_avx2_store(dst + 16, afv_avx2_load_bf16(src + 16));
    afv_avx2_store(dst + 24, afv_avx2_load_bf16(src + 24));
    afv_avx2_store(dst + 32, afv_avx2_load_bf16(src + 32));
    afv_avx2_store(dst + 40, afv_avx2_load_bf16(src + 40));
    afv_avx2_store(dst + 48, afv_avx2_load_bf16(src + 48));
    afv_avx2_store(dst + 56, afv_avx2_load_bf16(src + 56));
    afv_avx2_store(dst + 64, afv_avx2_load_bf16(src + 64));
    afv_avx2_store(dst + 72, afv_avx2_load_bf16(src + 72));
    afv_avx2_store(dst + 80, afv_avx2_load_bf16(src + 80));
    afv_avx2_store(dst + 88, afv_avx2_load_bf16(src + 88));
    afv_avx2_store(dst + 96, afv_avx2_load_bf16(src + 96));
    afv_avx2_store(dst + 104, afv_avx2_load_bf16(src + 104));
    afv_avx2_store(dst + 112, afv_avx2_load_bf16(src + 112));
    afv_avx2_store(dst + 120, afv_avx2_load_bf16(src + 120));
    afv_avx2_store(dst + 128, afv_avx2_load_bf16(src + 128));
    afv_avx2_store(dst + 136, afv_avx2_load_bf16(src + 136));
    afv_avx2_store(dst + 144, afv_avx2_load_bf16(src + 144));
    afv_avx2_store(dst + 152, afv_avx2_load_bf16(src + 152));
    afv_avx2_store(dst + 160, afv_avx2_load_bf16(src + 160));
    afv_avx2_store(dst + 168, afv_avx2_load_bf16(src + 168));
    afv_avx2_store(dst + 176, afv_avx2_load_bf16(src + 176));
    afv_avx2_store(dst + 184, afv_avx2_load_bf16(src + 184));
}
static inline AF_TARGET_AVX2 void afk_bf16_dk192_dv128_avx2_pack_v(float *dst, const uint16_t *src, float sc)
{
    (void)sc;
    afv_avx2_store(dst + 0, afv_avx2_load_bf16(src + 0));
    afv_avx2_store(dst + 8, afv_avx2_load_bf16(src + 8));
    afv_avx2_store(dst + 16, afv_avx2_load_bf16(src + 16));
    afv_avx2_store(dst + 24, afv_avx2_load_bf16(src + 24));
    afv_avx2_store(dst + 32, afv_avx2_load_bf16(src + 32));
    afv_avx2_store(dst + 40, afv_avx2_load_bf16(src + 40));
    afv_avx2_store(dst + 48, afv_avx2_load_bf16(src + 48));
    afv_avx2_store(dst + 56, afv_avx2_load_bf16(src + 56));
    afv_avx2_store(dst + 64, afv_avx2_load_bf16(src + 64));
    afv_avx2_store(dst + 72, afv_avx2_load_bf16(src + 72));
    afv_avx2_store(dst + 80, afv_avx2_load_bf16(src + 80));
    afv_avx2_store(dst + 88, afv_avx2_load_bf16(src + 88));
    afv_avx2_store(dst + 96, afv_avx2_load_bf16(src + 96));
    afv_avx2_store(dst + 104, afv_avx2_load_bf16(src + 104));
    afv_avx2_store(dst + 112, afv_avx2_load_bf16(src + 112));
    afv_avx2_store(dst + 120, afv_avx2_load_bf16(src + 120));
}

/* 1 when every V element of the n rows is finite: 0 * x is NaN exactly when
 * x is Inf or NaN. Only asked for blocks where some row excludes some key,
 * so that an excluded key's V can never reach that row's acc. */
static AF_TARGET_AVX2 int afk_bf16_dk192_dv128_avx2_v_finite(const float *const *vp, int32_t n)
{
    const afv_avx2 z = afv_avx2_zero();
    afv_avx2 c0 = z, c1 = z;
    for (int32_t k = 0; k < n; k++) {
        const float *v = vp[k];
        c0 = afv_avx2_fma(afv_avx2_load(v + 0), z, c0);
        c1 = afv_avx2_fma(afv_avx2_load(v + 8), z, c1);
        c0 = afv_avx2_fma(afv_avx2_load(v + 16), z, c0);
        c1 = afv_avx2_fma(afv_avx2_load(v + 24), z, c1);
        c0 = afv_avx2_fma(afv_avx2_load(v + 32), z, c0);
        c1 = afv_avx2_fma(afv_avx2_load(v + 40), z, c1);
        c0 = afv_avx2_fma(afv_avx2_load(v + 48), z, c0);
        c1 = afv_avx2_fma(afv_avx2_load(v + 56), z, c1);
        c0 = afv_avx2_fma(afv_avx2_load(v + 64), z, c0);
        c1 = afv_avx2_fma(afv_avx2_load(v + 72), z, c1);
        c0 = afv_avx2_fma(afv_avx2_load(v + 80), z, c0);
        c1 = afv_avx2_fma(afv_avx2_load(v + 88), z, c1);
        c0 = afv_avx2_fma(afv_avx2_load(v + 96), z, c0);
        c1 = afv_avx2_fma(afv_avx2_load(v + 104), z, c1);
        c0 = afv_avx2_fma(afv_avx2_load(v + 112), z, c0);
        c1 = afv_avx2_fma(afv_avx2_load(v + 120), z, c1);
    }
    return afv_avx2_hsum(afv_avx2_add(c0, c1)) == 0.0f;
}

/* The block's mask for a prefill chunk's transposed score tile (st[k * rs +
 * row], rows in lanes; nr rows, n keys from jb), transposed like st into mt;
 * returns 0 without writing mt when the mask is zero on every row's visible
 * keys (llama.cpp's mask, away from the diagonal) or absent. lo, hi: each
 * row's visible keys relative to jb. */
static AF_TARGET_AVX2 int afk_bf16_dk192_dv128_avx2_pre_mask(const af_call *c, const afp_avx2_bf16_row *rw, int32_t nr, int32_t rs, int64_t jb,
                                  int32_t n, float *mt, const float *lo, const float *hi)
{
    const int32_t nv = (nr + 7) / 8;
    int mblk = 0;
    for (int32_t r = 0; c->mask && r < nr && !mblk; r++) {
        const int64_t a = jb + (int64_t)lo[r], b = jb + (int64_t)hi[r];
        mblk = a < b && !af_mask_zero(c, rw[r].mask, a, b);
    }
    if (!mblk) return 0;
    for (int32_t r = 0; r < nr; r++) {
        float *dst = mt + r;
        const float ms = rw[r].mscale; /* > 0: -inf stays -inf */
        if (c->mf == ATTNFORGE_FORMAT_F16) {
            const uint16_t *mr = (const uint16_t *)rw[r].mask + jb * c->m_sj;
            int32_t k = 0;
            if (c->m_sj == 1) {
                float row[8];
                for (; k + 8 <= n; k += 8) {
                    afv_avx2_store(row, afv_avx2_mul(afv_avx2_load_f16(mr + k), afv_avx2_set1(ms)));
                    for (int32_t x = 0; x < 8; x++) dst[(k + x) * rs] = row[x];
                }
            }
            for (; k < n; k++) dst[k * rs] = ms * af_f16_to_f32(mr[k * c->m_sj]);
        } else {
            const float *mr = (const float *)rw[r].mask + jb * c->m_sj;
            for (int32_t k = 0; k < n; k++) dst[k * rs] = ms * mr[k * c->m_sj];
        }
    }
    for (int32_t k = 0; k < n; k++)
        for (int32_t r = nr; r < nv * 8; r++) mt[k * rs + r] = 0.0f;
    return 1;
}

/* The block softmax of a prefill chunk's transposed score tile: its mask
 * (afk_bf16_dk192_dv128_avx2_pre_mask), then afp_avx2_bf16_softmax_lanes per vector of 8 rows. Per row
 * (arrays padded to whole vectors): lo, hi = visible keys relative to jb,
 * dist and nsl (ALiBi), ml and ll (running max and sum), alpha (out).
 * Returns 1 when a row excludes a key of the block. */
static AF_TARGET_AVX2 int afk_bf16_dk192_dv128_avx2_pre_softmax(const af_call *c, const afp_avx2_bf16_row *rw, int32_t nr, int32_t rs, int64_t jb,
                                     int32_t n, float *st, float *mt, const float *lo, const float *hi,
                                     const float *dist, const float *nsl, float *ml, float *ll, float *alpha)
{
    const int32_t nv = (nr + 7) / 8;
    const int alibi = c->slopes != NULL;
    const int mblk = afk_bf16_dk192_dv128_avx2_pre_mask(c, rw, nr, rs, jb, n, mt, lo, hi);
    int partial = 0;
    for (int32_t u = 0; u < nv; u++) {
        const int32_t o = u * 8;
        partial |= afp_avx2_bf16_softmax_lanes(c, st + o, rs, mblk ? mt + o : NULL, n, lo + o, hi + o, dist + o, nsl + o,
                                     alibi, ml + o, ll + o, alpha + o, nr - o < 8 ? nr - o : 8);
    }
    return partial;
}

/* One K row (is_v = 0: Dk = 192 elements) or V row (Dv = 128) of
 * bf16 storage widened to f32 by the very code the kernels pack their
 * blocks with (afk_bf16_dk192_dv128_avx2_pack_k / afk_bf16_dk192_dv128_avx2_pack_v); sc is the KV head's scale of a
 * scaled format (ignored otherwise). runtime/plan.c's per-call packing uses
 * it to give a long prefill f32 rows that the f32 kernels read in place. */
AF_TARGET_AVX2 void attnforge_bf16_dk192_dv128_widen__avx2(float *dst, const void *src, int is_v, float sc)
{
    if (is_v)
        afk_bf16_dk192_dv128_avx2_pack_v(dst, (const uint16_t *)src, sc);
    else
        afk_bf16_dk192_dv128_avx2_pack_k(dst, (const uint16_t *)src, sc);
}

/* The prefetch cursor of one key block (see decode.c.in): line[cur .. tot)
 * are still to be issued; each issue point owes step / 65536 more lines. */
typedef struct afk_bf16_dk192_dv128_avx2_pf {
    const char *line[160];
    int32_t cur, tot;
    uint32_t acc, step;
} afk_bf16_dk192_dv128_avx2_pf;

/* P*V row blocks for r rows, in emit_pv_stage's order. */
static inline AF_TARGET_AVX2 int32_t afk_bf16_dk192_dv128_avx2_pv_blocks(int32_t r)
{
    int32_t b = 0;
    b += r / 2; r %= 2;
    return b + r;
}

/* The rate: the cursor's tot lines over the issue points of a block of n
 * keys (np padded) for nr rows: its packed K and V rows, its QK^T calls
 * (PF_QK each) and one per key of each P*V pass. */
static inline AF_TARGET_AVX2 void afk_bf16_dk192_dv128_avx2_pf_rate(afk_bf16_dk192_dv128_avx2_pf *p, int32_t nr, int32_t n, int32_t np)
{
    const int64_t pts = 2 * (int64_t)n + (int64_t)nr * np * 192 / 128 + (int64_t)4 * afk_bf16_dk192_dv128_avx2_pv_blocks(nr) * n;
    p->acc = 0;
    p->step = (uint32_t)((((int64_t)p->tot << 16) + pts - 1) / pts);
}

/* Issue what the cursor owes after m more points (nothing past its end). */
static inline AF_TARGET_AVX2 void afk_bf16_dk192_dv128_avx2_pf_issue(afk_bf16_dk192_dv128_avx2_pf *p, int m)
{
    p->acc += (uint32_t)m * p->step;
    int32_t owed = (int32_t)(p->acc >> 16);
    if (owed > p->tot) owed = p->tot;
    while (p->cur < owed) __builtin_prefetch(p->line[p->cur++], 0, 2); /* prefetcht1 */
}

/* QK^T register block: 1 row(s) x 8 keys, s_r[k] = dot(q_r, key k), Dk = 192. */
static inline AF_TARGET_AVX2 void afk_bf16_dk192_dv128_avx2_dec_qk(const float *q0, const float *const *kp, float *s0)
{
    afv_avx2 a0_0 = afv_avx2_zero(), a0_1 = afv_avx2_zero(), a0_2 = afv_avx2_zero(), a0_3 = afv_avx2_zero(), a0_4 = afv_avx2_zero(), a0_5 = afv_avx2_zero(), a0_6 = afv_avx2_zero(), a0_7 = afv_avx2_zero();
    afv_avx2 x0, y;
    x0 = afv_avx2_load(q0 + 0);
    y = afv_avx2_load(kp[0] + 0); a0_0 = afv_avx2_fma(x0, y, a0_0);
    y = afv_avx2_load(kp[1] + 0); a0_1 = afv_avx2_fma(x0, y, a0_1);
    y = afv_avx2_load(kp[2] + 0); a0_2 = afv_avx2_fma(x0, y, a0_2);
    y = afv_avx2_load(kp[3] + 0); a0_3 = afv_avx2_fma(x0, y, a0_3);
    y = afv_avx2_load(kp[4] + 0); a0_4 = afv_avx2_fma(x0, y, a0_4);
    y = afv_avx2_load(kp[5] + 0); a0_5 = afv_avx2_fma(x0, y, a0_5);
    y = afv_avx2_load(kp[6] + 0); a0_6 = afv_avx2_fma(x0, y, a0_6);
    y = afv_avx2_load(kp[7] + 0); a0_7 = afv_avx2_fma(x0, y, a0_7);
    x0 = afv_avx2_load(q0 + 8);
    y = afv_avx2_load(kp[0] + 8); a0_0 = afv_avx2_fma(x0, y, a0_0);
    y = afv_avx2_load(kp[1] + 8); a0_1 = afv_avx2_fma(x0, y, a0_1);
    y = afv_avx2_load(kp[2] + 8); a0_2 = afv_avx2_fma(x0, y, a0_2);
    y = afv_avx2_load(kp[3] + 8); a0_3 = afv_avx2_fma(x0, y, a0_3);
    y = afv_avx2_load(kp[4] + 8); a0_4 = afv_avx2_fma(x0, y, a0_4);
    y = afv_avx2_load(kp[5] + 8); a0_5 = afv_avx2_fma(x0, y, a0_5);
    y = afv_avx2_load(kp[6] + 8); a0_6 = afv_avx2_fma(x0, y, a0_6);
    y = afv_avx2_load(kp[7] + 8); a0_7 = afv_avx2_fma(x0, y, a0_7);
    x0 = afv_avx2_load(q0 + 16);
    y = afv_avx2_load(kp[0] + 16); a0_0 = afv_avx2_fma(x0, y, a0_0);
    y = afv_avx2_load(kp[1] + 16); a0_1 = afv_avx2_fma(x0, y, a0_1);
    y = afv_avx2_load(kp[2] + 16); a0_2 = afv_avx2_fma(x0, y, a0_2);
    y = afv_avx2_load(kp[3] + 16); a0_3 = afv_avx2_fma(x0, y, a0_3);
    y = afv_avx2_load(kp[4] + 16); a0_4 = afv_avx2_fma(x0, y, a0_4);
    y = afv_avx2_load(kp[5] + 16); a0_5 = afv_avx2_fma(x0, y, a0_5);
    y = afv_avx2_load(kp[6] + 16); a0_6 = afv_avx2_fma(x0, y, a0_6);
    y = afv_avx2_load(kp[7] + 16); a0_7 = afv_avx2_fma(x0, y, a0_7);
    x0 = afv_avx2_load(q0 + 24);
    y = afv_avx2_load(kp[0] + 24); a0_0 = afv_avx2_fma(x0, y, a0_0);
    y = afv_avx2_load(kp[1] + 24); a0_1 = afv_avx2_fma(x0, y, a0_1);
    y = afv_avx2_load(kp[2] + 24); a0_2 = afv_avx2_fma(x0, y, a0_2);
    y = afv_avx2_load(kp[3] + 24); a0_3 = afv_avx2_fma(x0, y, a0_3);
    y = afv_avx2_load(kp[4] + 24); a0_4 = afv_avx2_fma(x0, y, a0_4);
    y = afv_avx2_load(kp[5] + 24); a0_5 = afv_avx2_fma(x0, y, a0_5);
    y = afv_avx2_load(kp[6] + 24); a0_6 = afv_avx2_fma(x0, y, a0_6);
    y = afv_avx2_load(kp[7] + 24); a0_7 = afv_avx2_fma(x0, y, a0_7);
    x0 = afv_avx2_load(q0 + 32);
    y = afv_avx2_load(kp[0] + 32); a0_0 = afv_avx2_fma(x0, y, a0_0);
    y = afv_avx2_load(kp[1] + 32); a0_1 = afv_avx2_fma(x0, y, a0_1);
    y = afv_avx2_load(kp[2] + 32); a0_2 = afv_avx2_fma(x0, y, a0_2);
    y = afv_avx2_load(kp[3] + 32); a0_3 = afv_avx2_fma(x0, y, a0_3);
    y = afv_avx2_load(kp[4] + 32); a0_4 = afv_avx2_fma(x0, y, a0_4);
    y = afv_avx2_load(kp[5] + 32); a0_5 = afv_avx2_fma(x0, y, a0_5);
    y = afv_avx2_load(kp[6] + 32); a0_6 = afv_avx2_fma(x0, y, a0_6);
    y = afv_avx2_load(kp[7] + 32); a0_7 = afv_avx2_fma(x0, y, a0_7);
    x0 = afv_avx2_load(q0 + 40);
    y = afv_avx2_load(kp[0] + 40); a0_0 = afv_avx2_fma(x0, y, a0_0);
    y = afv_avx2_load(kp[1] + 40); a0_1 = afv_avx2_fma(x0, y, a0_1);
    y = afv_avx2_load(kp[2] + 40); a0_2 = afv_avx2_fma(x0, y, a0_2);
    y = afv_avx2_load(kp[3] + 40); a0_3 = afv_avx2_fma(x0, y, a0_3);
    y = afv_avx2_load(kp[4] + 40); a0_4 = afv_avx2_fma(x0, y, a0_4);
    y = afv_avx2_load(kp[5] + 40); a0_5 = afv_avx2_fma(x0, y, a0_5);
    y = afv_avx2_load(kp[6] + 40); a0_6 = afv_avx2_fma(x0, y, a0_6);
    y = afv_avx2_load(kp[7] + 40); a0_7 = afv_avx2_fma(x0, y, a0_7);
    x0 = afv_avx2_load(q0 + 48);
    y = afv_avx2_load(kp[0] + 48); a0_0 = afv_avx2_fma(x0, y, a0_0);
    y = afv_avx2_load(kp[1] + 48); a0_1 = afv_avx2_fma(x0, y, a0_1);
    y = afv_avx2_load(kp[2] + 48); a0_2 = afv_avx2_fma(x0, y, a0_2);
    y = afv_avx2_load(kp[3] + 48); a0_3 = afv_avx2_fma(x0, y, a0_3);
    y = afv_avx2_load(kp[4] + 48); a0_4 = afv_avx2_fma(x0, y, a0_4);
    y = afv_avx2_load(kp[5] + 48); a0_5 = afv_avx2_fma(x0, y, a0_5);
    y = afv_avx2_load(kp[6] + 48); a0_6 = afv_avx2_fma(x0, y, a0_6);
    y = afv_avx2_load(kp[7] + 48); a0_7 = afv_avx2_fma(x0, y, a0_7);
    x0 = afv_avx2_load(q0 + 56);
    y = afv_avx2_load(kp[0] + 56); a0_0 = afv_avx2_fma(x0, y, a0_0);
    y = afv_avx2_load(kp[1] + 56); a0_1 = afv_avx2_fma(x0, y, a0_1);
    y = afv_avx2_load(kp[2] + 56); a0_2 = afv_avx2_fma(x0, y, a0_2);
    y = afv_avx2_load(kp[3] + 56); a0_3 = afv_avx2_fma(x0, y, a0_3);
    y = afv_avx2_load(kp[4] + 56); a0_4 = afv_avx2_fma(x0, y, a0_4);
    y = afv_avx2_load(kp[5] + 56); a0_5 = afv_avx2_fma(x0, y, a0_5);
    y = afv_avx2_load(kp[6] + 56); a0_6 = afv_avx2_fma(x0, y, a0_6);
    y = afv_avx2_load(kp[7] + 56); a0_7 = afv_avx2_fma(x0, y, a0_7);
    x0 = afv_avx2_load(q0 + 64);
    y = afv_avx2_load(kp[0] + 64); a0_0 = afv_avx2_fma(x0, y, a0_0);
    y = afv_avx2_load(kp[1] + 64); a0_1 = afv_avx2_fma(x0, y, a0_1);
    y = afv_avx2_load(kp[2] + 64); a0_2 = afv_avx2_fma(x0, y, a0_2);
    y = afv_avx2_load(kp[3] + 64); a0_3 = afv_avx2_fma(x0, y, a0_3);
    y = afv_avx2_load(kp[4] + 64); a0_4 = afv_avx2_fma(x0, y, a0_4);
    y = afv_avx2_load(kp[5] + 64); a0_5 = afv_avx2_fma(x0, y, a0_5);
    y = afv_avx2_load(kp[6] + 64); a0_6 = afv_avx2_fma(x0, y, a0_6);
    y = afv_avx2_load(kp[7] + 64); a0_7 = afv_avx2_fma(x0, y, a0_7);
    x0 = afv_avx2_load(q0 + 72);
    y = afv_avx2_load(kp[0] + 72); a0_0 = afv_avx2_fma(x0, y, a0_0);
    y = afv_avx2_load(kp[1] + 72); a0_1 = afv_avx2_fma(x0, y, a0_1);
    y = afv_avx2_load(kp[2] + 72); a0_2 = afv_avx2_fma(x0, y, a0_2);
    y = afv_avx2_load(kp[3] + 72); a0_3 = afv_avx2_fma(x0, y, a0_3);
    y = afv_avx2_load(kp[4] + 72); a0_4 = afv_avx2_fma(x0, y, a0_4);
    y = afv_avx2_load(kp[5] + 72); a0_5 = afv_avx2_fma(x0, y, a0_5);
    y = afv_avx2_load(kp[6] + 72); a0_6 = afv_avx2_fma(x0, y, a0_6);
    y = afv_avx2_load(kp[7] + 72); a0_7 = afv_avx2_fma(x0, y, a0_7);
    x0 = afv_avx2_load(q0 + 80);
    y = afv_avx2_load(kp[0] + 80); a0_0 = afv_avx2_fma(x0, y, a0_0);
    y = afv_avx2_load(kp[1] + 80); a0_1 = afv_avx2_fma(x0, y, a0_1);
    y = afv_avx2_load(kp[2] + 80); a0_2 = afv_avx2_fma(x0, y, a0_2);
    y = afv_avx2_load(kp[3] + 80); a0_3 = afv_avx2_fma(x0, y, a0_3);
    y = afv_avx2_load(kp[4] + 80); a0_4 = afv_avx2_fma(x0, y, a0_4);
    y = afv_avx2_load(kp[5] + 80); a0_5 = afv_avx2_fma(x0, y, a0_5);
    y = afv_avx2_load(kp[6] + 80); a0_6 = afv_avx2_fma(x0, y, a0_6);
    y = afv_avx2_load(kp[7] + 80); a0_7 = afv_avx2_fma(x0, y, a0_7);
    x0 = afv_avx2_load(q0 + 88);
    y = afv_avx2_load(kp[0] + 88); a0_0 = afv_avx2_fma(x0, y, a0_0);
    y = afv_avx2_load(kp[1] + 88); a0_1 = afv_avx2_fma(x0, y, a0_1);
    y = afv_avx2_load(kp[2] + 88); a0_2 = afv_avx2_fma(x0, y, a0_2);
    y = afv_avx2_load(kp[3] + 88); a0_3 = afv_avx2_fma(x0, y, a0_3);
    y = afv_avx2_load(kp[4] + 88); a0_4 = afv_avx2_fma(x0, y, a0_4);
    y = afv_avx2_load(kp[5] + 88); a0_5 = afv_avx2_fma(x0, y, a0_5);
    y = afv_avx2_load(kp[6] + 88); a0_6 = afv_avx2_fma(x0, y, a0_6);
    y = afv_avx2_load(kp[7] + 88); a0_7 = afv_avx2_fma(x0, y, a0_7);
    x0 = afv_avx2_load(q0 + 96);
    y = afv_avx2_load(kp[0] + 96); a0_0 = afv_avx2_fma(x0, y, a0_0);
    y = afv_avx2_load(kp[1] + 96); a0_1 = afv_avx2_fma(x0, y, a0_1);
    y = afv_avx2_load(kp[2] + 96); a0_2 = afv_avx2_fma(x0, y, a0_2);
    y = afv_avx2_load(kp[3] + 96); a0_3 = afv_avx2_fma(x0, y, a0_3);
    y = afv_avx2_load(kp[4] + 96); a0_4 = afv_avx2_fma(x0, y, a0_4);
    y = afv_avx2_load(kp[5] + 96); a0_5 = afv_avx2_fma(x0, y, a0_5);
    y = afv_avx2_load(kp[6] + 96); a0_6 = afv_avx2_fma(x0, y, a0_6);
    y = afv_avx2_load(kp[7] + 96); a0_7 = afv_avx2_fma(x0, y, a0_7);
    x0 = afv_avx2_load(q0 + 104);
    y = afv_avx2_load(kp[0] + 104); a0_0 = afv_avx2_fma(x0, y, a0_0);
    y = afv_avx2_load(kp[1] + 104); a0_1 = afv_avx2_fma(x0, y, a0_1);
    y = afv_avx2_load(kp[2] + 104); a0_2 = afv_avx2_fma(x0, y, a0_2);
    y = afv_avx2_load(kp[3] + 104); a0_3 = afv_avx2_fma(x0, y, a0_3);
    y = afv_avx2_load(kp[4] + 104); a0_4 = afv_avx2_fma(x0, y, a0_4);
    y = afv_avx2_load(kp[5] + 104); a0_5 = afv_avx2_fma(x0, y, a0_5);
    y = afv_avx2_load(kp[6] + 104); a0_6 = afv_avx2_fma(x0, y, a0_6);
    y = afv_avx2_load(kp[7] + 104); a0_7 = afv_avx2_fma(x0, y, a0_7);
    x0 = afv_avx2_load(q0 + 112);
    y = afv_avx2_load(kp[0] + 112); a0_0 = afv_avx2_fma(x0, y, a0_0);
    y = afv_avx2_load(kp[1] + 112); a0_1 = afv_avx2_fma(x0, y, a0_1);
    y = afv_avx2_load(kp[2] + 112); a0_2 = afv_avx2_fma(x0, y, a0_2);
    y = afv_avx2_load(kp[3] + 112); a0_3 = afv_avx2_fma(x0, y, a0_3);
    y = afv_avx2_load(kp[4] + 112); a0_4 = afv_avx2_fma(x0, y, a0_4);
    y = afv_avx2_load(kp[5] + 112); a0_5 = afv_avx2_fma(x0, y, a0_5);
    y = afv_avx2_load(kp[6] + 112); a0_6 = afv_avx2_fma(x0, y, a0_6);
    y = afv_avx2_load(kp[7] + 112); a0_7 = afv_avx2_fma(x0, y, a0_7);
    x0 = afv_avx2_load(q0 + 120);
    y = afv_avx2_load(kp[0] + 120); a0_0 = afv_avx2_fma(x0, y, a0_0);
    y = afv_avx2_load(kp[1] + 120); a0_1 = afv_avx2_fma(x0, y, a0_1);
    y = afv_avx2_load(kp[2] + 120); a0_2 = afv_avx2_fma(x0, y, a0_2);
    y = afv_avx2_load(kp[3] + 120); a0_3 = afv_avx2_fma(x0, y, a0_3);
    y = afv_avx2_load(kp[4] + 120); a0_4 = afv_avx2_fma(x0, y, a0_4);
    y = afv_avx2_load(kp[5] + 120); a0_5 = afv_avx2_fma(x0, y, a0_5);
    y = afv_avx2_load(kp[6] + 120); a0_6 = afv_avx2_fma(x0, y, a0_6);
    y = afv_avx2_load(kp[7] + 120); a0_7 = afv_avx2_fma(x0, y, a0_7);
    x0 = afv_avx2_load(q0 + 128);
    y = afv_avx2_load(kp[0] + 128); a0_0 = afv_avx2_fma(x0, y, a0_0);
    y = afv_avx2_load(kp[1] + 128); a0_1 = afv_avx2_fma(x0, y, a0_1);
    y = afv_avx2_load(kp[2] + 128); a0_2 = afv_avx2_fma(x0, y, a0_2);
    y = afv_avx2_load(kp[3] + 128); a0_3 = afv_avx2_fma(x0, y, a0_3);
    y = afv_avx2_load(kp[4] + 128); a0_4 = afv_avx2_fma(x0, y, a0_4);
    y = afv_avx2_load(kp[5] + 128); a0_5 = afv_avx2_fma(x0, y, a0_5);
    y = afv_avx2_load(kp[6] + 128); a0_6 = afv_avx2_fma(x0, y, a0_6);
    y = afv_avx2_load(kp[7] + 128); a0_7 = afv_avx2_fma(x0, y, a0_7);
    x0 = afv_avx2_load(q0 + 136);
    y = afv_avx2_load(kp[0] + 136); a0_0 = afv_avx2_fma(x0, y, a0_0);
    y = afv_avx2_load(kp[1] + 136); a0_1 = afv_avx2_fma(x0, y, a0_1);
    y = afv_avx2_load(kp[2] + 136); a0_2 = afv_avx2_fma(x0, y, a0_2);
    y = afv_avx2_load(kp[3] + 136); a0_3 = afv_avx2_fma(x0, y, a0_3);
    y = afv_avx2_load(kp[4] + 136); a0_4 = afv_avx2_fma(x0, y, a0_4);
    y = afv_avx2_load(kp[5] + 136); a0_5 = afv_avx2_fma(x0, y, a0_5);
    y = afv_avx2_load(kp[6] + 136); a0_6 = afv_avx2_fma(x0, y, a0_6);
    y = afv_avx2_load(kp[7] + 136); a0_7 = afv_avx2_fma(x0, y, a0_7);
    x0 = afv_avx2_load(q0 + 144);
    y = afv_avx2_load(kp[0] + 144); a0_0 = afv_avx2_fma(x0, y, a0_0);
    y = afv_avx2_load(kp[1] + 144); a0_1 = afv_avx2_fma(x0, y, a0_1);
    y = afv_avx2_load(kp[2] + 144); a0_2 = afv_avx2_fma(x0, y, a0_2);
    y = afv_avx2_load(kp[3] + 144); a0_3 = afv_avx2_fma(x0, y, a0_3);
    y = afv_avx2_load(kp[4] + 144); a0_4 = afv_avx2_fma(x0, y, a0_4);
    y = afv_avx2_load(kp[5] + 144); a0_5 = afv_avx2_fma(x0, y, a0_5);
    y = afv_avx2_load(kp[6] + 144); a0_6 = afv_avx2_fma(x0, y, a0_6);
    y = afv_avx2_load(kp[7] + 144); a0_7 = afv_avx2_fma(x0, y, a0_7);
    x0 = afv_avx2_load(q0 + 152);
    y = afv_avx2_load(kp[0] + 152); a0_0 = afv_avx2_fma(x0, y, a0_0);
    y = afv_avx2_load(kp[1] + 152); a0_1 = afv_avx2_fma(x0, y, a0_1);
    y = afv_avx2_load(kp[2] + 152); a0_2 = afv_avx2_fma(x0, y, a0_2);
    y = afv_avx2_load(kp[3] + 152); a0_3 = afv_avx2_fma(x0, y, a0_3);
    y = afv_avx2_load(kp[4] + 152); a0_4 = afv_avx2_fma(x0, y, a0_4);
    y = afv_avx2_load(kp[5] + 152); a0_5 = afv_avx2_fma(x0, y, a0_5);
    y = afv_avx2_load(kp[6] + 152); a0_6 = afv_avx2_fma(x0, y, a0_6);
    y = afv_avx2_load(kp[7] + 152); a0_7 = afv_avx2_fma(x0, y, a0_7);
    x0 = afv_avx2_load(q0 + 160);
    y = afv_avx2_load(kp[0] + 160); a0_0 = afv_avx2_fma(x0, y, a0_0);
    y = afv_avx2_load(kp[1] + 160); a0_1 = afv_avx2_fma(x0, y, a0_1);
    y = afv_avx2_load(kp[2] + 160); a0_2 = afv_avx2_fma(x0, y, a0_2);
    y = afv_avx2_load(kp[3] + 160); a0_3 = afv_avx2_fma(x0, y, a0_3);
    y = afv_avx2_load(kp[4] + 160); a0_4 = afv_avx2_fma(x0, y, a0_4);
    y = afv_avx2_load(kp[5] + 160); a0_5 = afv_avx2_fma(x0, y, a0_5);
    y = afv_avx2_load(kp[6] + 160); a0_6 = afv_avx2_fma(x0, y, a0_6);
    y = afv_avx2_load(kp[7] + 160); a0_7 = afv_avx2_fma(x0, y, a0_7);
    x0 = afv_avx2_load(q0 + 168);
    y = afv_avx2_load(kp[0] + 168); a0_0 = afv_avx2_fma(x0, y, a0_0);
    y = afv_avx2_load(kp[1] + 168); a0_1 = afv_avx2_fma(x0, y, a0_1);
    y = afv_avx2_load(kp[2] + 168); a0_2 = afv_avx2_fma(x0, y, a0_2);
    y = afv_avx2_load(kp[3] + 168); a0_3 = afv_avx2_fma(x0, y, a0_3);
    y = afv_avx2_load(kp[4] + 168); a0_4 = afv_avx2_fma(x0, y, a0_4);
    y = afv_avx2_load(kp[5] + 168); a0_5 = afv_avx2_fma(x0, y, a0_5);
    y = afv_avx2_load(kp[6] + 168); a0_6 = afv_avx2_fma(x0, y, a0_6);
    y = afv_avx2_load(kp[7] + 168); a0_7 = afv_avx2_fma(x0, y, a0_7);
    x0 = afv_avx2_load(q0 + 176);
    y = afv_avx2_load(kp[0] + 176); a0_0 = afv_avx2_fma(x0, y, a0_0);
    y = afv_avx2_load(kp[1] + 176); a0_1 = afv_avx2_fma(x0, y, a0_1);
    y = afv_avx2_load(kp[2] + 176); a0_2 = afv_avx2_fma(x0, y, a0_2);
    y = afv_avx2_load(kp[3] + 176); a0_3 = afv_avx2_fma(x0, y, a0_3);
    y = afv_avx2_load(kp[4] + 176); a0_4 = afv_avx2_fma(x0, y, a0_4);
    y = afv_avx2_load(kp[5] + 176); a0_5 = afv_avx2_fma(x0, y, a0_5);
    y = afv_avx2_load(kp[6] + 176); a0_6 = afv_avx2_fma(x0, y, a0_6);
    y = afv_avx2_load(kp[7] + 176); a0_7 = afv_avx2_fma(x0, y, a0_7);
    x0 = afv_avx2_load(q0 + 184);
    y = afv_avx2_load(kp[0] + 184); a0_0 = afv_avx2_fma(x0, y, a0_0);
    y = afv_avx2_load(kp[1] + 184); a0_1 = afv_avx2_fma(x0, y, a0_1);
    y = afv_avx2_load(kp[2] + 184); a0_2 = afv_avx2_fma(x0, y, a0_2);
    y = afv_avx2_load(kp[3] + 184); a0_3 = afv_avx2_fma(x0, y, a0_3);
    y = afv_avx2_load(kp[4] + 184); a0_4 = afv_avx2_fma(x0, y, a0_4);
    y = afv_avx2_load(kp[5] + 184); a0_5 = afv_avx2_fma(x0, y, a0_5);
    y = afv_avx2_load(kp[6] + 184); a0_6 = afv_avx2_fma(x0, y, a0_6);
    y = afv_avx2_load(kp[7] + 184); a0_7 = afv_avx2_fma(x0, y, a0_7);
    const afv_avx2 red = afv_avx2_reduce8(a0_0, a0_1, a0_2, a0_3, a0_4, a0_5, a0_6, a0_7);
    afv_avx2_store(s0, red);
}

/* QK^T register block: 4 row(s) x 2 keys, s_r[k] = dot(q_r, key k), Dk = 192. */
static inline AF_TARGET_AVX2 void afk_bf16_dk192_dv128_avx2_dec_qk4(const float *q0, const float *q1, const float *q2, const float *q3, const float *const *kp, float *s0, float *s1, float *s2, float *s3)
{
    afv_avx2 a0_0 = afv_avx2_zero(), a0_1 = afv_avx2_zero();
    afv_avx2 a1_0 = afv_avx2_zero(), a1_1 = afv_avx2_zero();
    afv_avx2 a2_0 = afv_avx2_zero(), a2_1 = afv_avx2_zero();
    afv_avx2 a3_0 = afv_avx2_zero(), a3_1 = afv_avx2_zero();
    afv_avx2 x0, x1, x2, x3, y;
    x0 = afv_avx2_load(q0 + 0); x1 = afv_avx2_load(q1 + 0); x2 = afv_avx2_load(q2 + 0); x3 = afv_avx2_load(q3 + 0);
    y = afv_avx2_load(kp[0] + 0); a0_0 = afv_avx2_fma(x0, y, a0_0); a1_0 = afv_avx2_fma(x1, y, a1_0); a2_0 = afv_avx2_fma(x2, y, a2_0); a3_0 = afv_avx2_fma(x3, y, a3_0);
    y = afv_avx2_load(kp[1] + 0); a0_1 = afv_avx2_fma(x0, y, a0_1); a1_1 = afv_avx2_fma(x1, y, a1_1); a2_1 = afv_avx2_fma(x2, y, a2_1); a3_1 = afv_avx2_fma(x3, y, a3_1);
    x0 = afv_avx2_load(q0 + 8); x1 = afv_avx2_load(q1 + 8); x2 = afv_avx2_load(q2 + 8); x3 = afv_avx2_load(q3 + 8);
    y = afv_avx2_load(kp[0] + 8); a0_0 = afv_avx2_fma(x0, y, a0_0); a1_0 = afv_avx2_fma(x1, y, a1_0); a2_0 = afv_avx2_fma(x2, y, a2_0); a3_0 = afv_avx2_fma(x3, y, a3_0);
    y = afv_avx2_load(kp[1] + 8); a0_1 = afv_avx2_fma(x0, y, a0_1); a1_1 = afv_avx2_fma(x1, y, a1_1); a2_1 = afv_avx2_fma(x2, y, a2_1); a3_1 = afv_avx2_fma(x3, y, a3_1);
    x0 = afv_avx2_load(q0 + 16); x1 = afv_avx2_load(q1 + 16); x2 = afv_avx2_load(q2 + 16); x3 = afv_avx2_load(q3 + 16);
    y = afv_avx2_load(kp[0] + 16); a0_0 = afv_avx2_fma(x0, y, a0_0); a1_0 = afv_avx2_fma(x1, y, a1_0); a2_0 = afv_avx2_fma(x2, y, a2_0); a3_0 = afv_avx2_fma(x3, y, a3_0);
    y = afv_avx2_load(kp[1] + 16); a0_1 = afv_avx2_fma(x0, y, a0_1); a1_1 = afv_avx2_fma(x1, y, a1_1); a2_1 = afv_avx2_fma(x2, y, a2_1); a3_1 = afv_avx2_fma(x3, y, a3_1);
    x0 = afv_avx2_load(q0 + 24); x1 = afv_avx2_load(q1 + 24); x2 = afv_avx2_load(q2 + 24); x3 = afv_avx2_load(q3 + 24);
    y = afv_avx2_load(kp[0] + 24); a0_0 = afv_avx2_fma(x0, y, a0_0); a1_0 = afv_avx2_fma(x1, y, a1_0); a2_0 = afv_avx2_fma(x2, y, a2_0); a3_0 = afv_avx2_fma(x3, y, a3_0);
    y = afv_avx2_load(kp[1] + 24); a0_1 = afv_avx2_fma(x0, y, a0_1); a1_1 = afv_avx2_fma(x1, y, a1_1); a2_1 = afv_avx2_fma(x2, y, a2_1); a3_1 = afv_avx2_fma(x3, y, a3_1);
    x0 = afv_avx2_load(q0 + 32); x1 = afv_avx2_load(q1 + 32); x2 = afv_avx2_load(q2 + 32); x3 = afv_avx2_load(q3 + 32);
    y = afv_avx2_load(kp[0] + 32); a0_0 = afv_avx2_fma(x0, y, a0_0); a1_0 = afv_avx2_fma(x1, y, a1_0); a2_0 = afv_avx2_fma(x2, y, a2_0); a3_0 = afv_avx2_fma(x3, y, a3_0);
    y = afv_avx2_load(kp[1] + 32); a0_1 = afv_avx2_fma(x0, y, a0_1); a1_1 = afv_avx2_fma(x1, y, a1_1); a2_1 = afv_avx2_fma(x2, y, a2_1); a3_1 = afv_avx2_fma(x3, y, a3_1);
    x0 = afv_avx2_load(q0 + 40); x1 = afv_avx2_load(q1 + 40); x2 = afv_avx2_load(q2 + 40); x3 = afv_avx2_load(q3 + 40);
    y = afv_avx2_load(kp[0] + 40); a0_0 = afv_avx2_fma(x0, y, a0_0); a1_0 = afv_avx2_fma(x1, y, a1_0); a2_0 = afv_avx2_fma(x2, y, a2_0); a3_0 = afv_avx2_fma(x3, y, a3_0);
    y = afv_avx2_load(kp[1] + 40); a0_1 = afv_avx2_fma(x0, y, a0_1); a1_1 = afv_avx2_fma(x1, y, a1_1); a2_1 = afv_avx2_fma(x2, y, a2_1); a3_1 = afv_avx2_fma(x3, y, a3_1);
    x0 = afv_avx2_load(q0 + 48); x1 = afv_avx2_load(q1 + 48); x2 = afv_avx2_load(q2 + 48); x3 = afv_avx2_load(q3 + 48);
    y = afv_avx2_load(kp[0] + 48); a0_0 = afv_avx2_fma(x0, y, a0_0); a1_0 = afv_avx2_fma(x1, y, a1_0); a2_0 = afv_avx2_fma(x2, y, a2_0); a3_0 = afv_avx2_fma(x3, y, a3_0);
    y = afv_avx2_load(kp[1] + 48); a0_1 = afv_avx2_fma(x0, y, a0_1); a1_1 = afv_avx2_fma(x1, y, a1_1); a2_1 = afv_avx2_fma(x2, y, a2_1); a3_1 = afv_avx2_fma(x3, y, a3_1);
    x0 = afv_avx2_load(q0 + 56); x1 = afv_avx2_load(q1 + 56); x2 = afv_avx2_load(q2 + 56); x3 = afv_avx2_load(q3 + 56);
    y = afv_avx2_load(kp[0] + 56); a0_0 = afv_avx2_fma(x0, y, a0_0); a1_0 = afv_avx2_fma(x1, y, a1_0); a2_0 = afv_avx2_fma(x2, y, a2_0); a3_0 = afv_avx2_fma(x3, y, a3_0);
    y = afv_avx2_load(kp[1] + 56); a0_1 = afv_avx2_fma(x0, y, a0_1); a1_1 = afv_avx2_fma(x1, y, a1_1); a2_1 = afv_avx2_fma(x2, y, a2_1); a3_1 = afv_avx2_fma(x3, y, a3_1);
    x0 = afv_avx2_load(q0 + 64); x1 = afv_avx2_load(q1 + 64); x2 = afv_avx2_load(q2 + 64); x3 = afv_avx2_load(q3 + 64);
    y = afv_avx2_load(kp[0] + 64); a0_0 = afv_avx2_fma(x0, y, a0_0); a1_0 = afv_avx2_fma(x1, y, a1_0); a2_0 = afv_avx2_fma(x2, y, a2_0); a3_0 = afv_avx2_fma(x3, y, a3_0);
    y = afv_avx2_load(kp[1] + 64); a0_1 = afv_avx2_fma(x0, y, a0_1); a1_1 = afv_avx2_fma(x1, y, a1_1); a2_1 = afv_avx2_fma(x2, y, a2_1); a3_1 = afv_avx2_fma(x3, y, a3_1);
    x0 = afv_avx2_load(q0 + 72); x1 = afv_avx2_load(q1 + 72); x2 = afv_avx2_load(q2 + 72); x3 = afv_avx2_load(q3 + 72);
    y = afv_avx2_load(kp[0] + 72); a0_0 = afv_avx2_fma(x0, y, a0_0); a1_0 = afv_avx2_fma(x1, y, a1_0); a2_0 = afv_avx2_fma(x2, y, a2_0); a3_0 = afv_avx2_fma(x3, y, a3_0);
    y = afv_avx2_load(kp[1] + 72); a0_1 = afv_avx2_fma(x0, y, a0_1); a1_1 = afv_avx2_fma(x1, y, a1_1); a2_1 = afv_avx2_fma(x2, y, a2_1); a3_1 = afv_avx2_fma(x3, y, a3_1);
    x0 = afv_avx2_load(q0 + 80); x1 = afv_avx2_load(q1 + 80); x2 = afv_avx2_load(q2 + 80); x3 = afv_avx2_load(q3 + 80);
    y = afv_avx2_load(kp[0] + 80); a0_0 = afv_avx2_fma(x0, y, a0_0); a1_0 = afv_avx2_fma(x1, y, a1_0); a2_0 = afv_avx2_fma(x2, y, a2_0); a3_0 = afv_avx2_fma(x3, y, a3_0);
    y = afv_avx2_load(kp[1] + 80); a0_1 = afv_avx2_fma(x0, y, a0_1); a1_1 = afv_avx2_fma(x1, y, a1_1); a2_1 = afv_avx2_fma(x2, y, a2_1); a3_1 = afv_avx2_fma(x3, y, a3_1);
    x0 = afv_avx2_load(q0 + 88); x1 = afv_avx2_load(q1 + 88); x2 = afv_avx2_load(q2 + 88); x3 = afv_avx2_load(q3 + 88);
    y = afv_avx2_load(kp[0] + 88); a0_0 = afv_avx2_fma(x0, y, a0_0); a1_0 = afv_avx2_fma(x1, y, a1_0); a2_0 = afv_avx2_fma(x2, y, a2_0); a3_0 = afv_avx2_fma(x3, y, a3_0);
    y = afv_avx2_load(kp[1] + 88); a0_1 = afv_avx2_fma(x0, y, a0_1); a1_1 = afv_avx2_fma(x1, y, a1_1); a2_1 = afv_avx2_fma(x2, y, a2_1); a3_1 = afv_avx2_fma(x3, y, a3_1);
    x0 = afv_avx2_load(q0 + 96); x1 = afv_avx2_load(q1 + 96); x2 = afv_avx2_load(q2 + 96); x3 = afv_avx2_load(q3 + 96);
    y = afv_avx2_load(kp[0] + 96); a0_0 = afv_avx2_fma(x0, y, a0_0); a1_0 = afv_avx2_fma(x1, y, a1_0); a2_0 = afv_avx2_fma(x2, y, a2_0); a3_0 = afv_avx2_fma(x3, y, a3_0);
    y = afv_avx2_load(kp[1] + 96); a0_1 = afv_avx2_fma(x0, y, a0_1); a1_1 = afv_avx2_fma(x1, y, a1_1); a2_1 = afv_avx2_fma(x2, y, a2_1); a3_1 = afv_avx2_fma(x3, y, a3_1);
    x0 = afv_avx2_load(q0 + 104); x1 = afv_avx2_load(q1 + 104); x2 = afv_avx2_load(q2 + 104); x3 = afv_avx2_load(q3 + 104);
    y = afv_avx2_load(kp[0] + 104); a0_0 = afv_avx2_fma(x0, y, a0_0); a1_0 = afv_avx2_fma(x1, y, a1_0); a2_0 = afv_avx2_fma(x2, y, a2_0); a3_0 = afv_avx2_fma(x3, y, a3_0);
    y = afv_avx2_load(kp[1] + 104); a0_1 = afv_avx2_fma(x0, y, a0_1); a1_1 = afv_avx2_fma(x1, y, a1_1); a2_1 = afv_avx2_fma(x2, y, a2_1); a3_1 = afv_avx2_fma(x3, y, a3_1);
    x0 = afv_avx2_load(q0 + 112); x1 = afv_avx2_load(q1 + 112); x2 = afv_avx2_load(q2 + 112); x3 = afv_avx2_load(q3 + 112);
    y = afv_avx2_load(kp[0] + 112); a0_0 = afv_avx2_fma(x0, y, a0_0); a1_0 = afv_avx2_fma(x1, y, a1_0); a2_0 = afv_avx2_fma(x2, y, a2_0); a3_0 = afv_avx2_fma(x3, y, a3_0);
    y = afv_avx2_load(kp[1] + 112); a0_1 = afv_avx2_fma(x0, y, a0_1); a1_1 = afv_avx2_fma(x1, y, a1_1); a2_1 = afv_avx2_fma(x2, y, a2_1); a3_1 = afv_avx2_fma(x3, y, a3_1);
    x0 = afv_avx2_load(q0 + 120); x1 = afv_avx2_load(q1 + 120); x2 = afv_avx2_load(q2 + 120); x3 = afv_avx2_load(q3 + 120);
    y = afv_avx2_load(kp[0] + 120); a0_0 = afv_avx2_fma(x0, y, a0_0); a1_0 = afv_avx2_fma(x1, y, a1_0); a2_0 = afv_avx2_fma(x2, y, a2_0); a3_0 = afv_avx2_fma(x3, y, a3_0);
    y = afv_avx2_load(kp[1] + 120); a0_1 = afv_avx2_fma(x0, y, a0_1); a1_1 = afv_avx2_fma(x1, y, a1_1); a2_1 = afv_avx2_fma(x2, y, a2_1); a3_1 = afv_avx2_fma(x3, y, a3_1);
    x0 = afv_avx2_load(q0 + 128); x1 = afv_avx2_load(q1 + 128); x2 = afv_avx2_load(q2 + 128); x3 = afv_avx2_load(q3 + 128);
    y = afv_avx2_load(kp[0] + 128); a0_0 = afv_avx2_fma(x0, y, a0_0); a1_0 = afv_avx2_fma(x1, y, a1_0); a2_0 = afv_avx2_fma(x2, y, a2_0); a3_0 = afv_avx2_fma(x3, y, a3_0);
    y = afv_avx2_load(kp[1] + 128); a0_1 = afv_avx2_fma(x0, y, a0_1); a1_1 = afv_avx2_fma(x1, y, a1_1); a2_1 = afv_avx2_fma(x2, y, a2_1); a3_1 = afv_avx2_fma(x3, y, a3_1);
    x0 = afv_avx2_load(q0 + 136); x1 = afv_avx2_load(q1 + 136); x2 = afv_avx2_load(q2 + 136); x3 = afv_avx2_load(q3 + 136);
    y = afv_avx2_load(kp[0] + 136); a0_0 = afv_avx2_fma(x0, y, a0_0); a1_0 = afv_avx2_fma(x1, y, a1_0); a2_0 = afv_avx2_fma(x2, y, a2_0); a3_0 = afv_avx2_fma(x3, y, a3_0);
    y = afv_avx2_load(kp[1] + 136); a0_1 = afv_avx2_fma(x0, y, a0_1); a1_1 = afv_avx2_fma(x1, y, a1_1); a2_1 = afv_avx2_fma(x2, y, a2_1); a3_1 = afv_avx2_fma(x3, y, a3_1);
    x0 = afv_avx2_load(q0 + 144); x1 = afv_avx2_load(q1 + 144); x2 = afv_avx2_load(q2 + 144); x3 = afv_avx2_load(q3 + 144);
    y = afv_avx2_load(kp[0] + 144); a0_0 = afv_avx2_fma(x0, y, a0_0); a1_0 = afv_avx2_fma(x1, y, a1_0); a2_0 = afv_avx2_fma(x2, y, a2_0); a3_0 = afv_avx2_fma(x3, y, a3_0);
    y = afv_avx2_load(kp[1] + 144); a0_1 = afv_avx2_fma(x0, y, a0_1); a1_1 = afv_avx2_fma(x1, y, a1_1); a2_1 = afv_avx2_fma(x2, y, a2_1); a3_1 = afv_avx2_fma(x3, y, a3_1);
    x0 = afv_avx2_load(q0 + 152); x1 = afv_avx2_load(q1 + 152); x2 = afv_avx2_load(q2 + 152); x3 = afv_avx2_load(q3 + 152);
    y = afv_avx2_load(kp[0] + 152); a0_0 = afv_avx2_fma(x0, y, a0_0); a1_0 = afv_avx2_fma(x1, y, a1_0); a2_0 = afv_avx2_fma(x2, y, a2_0); a3_0 = afv_avx2_fma(x3, y, a3_0);
    y = afv_avx2_load(kp[1] + 152); a0_1 = afv_avx2_fma(x0, y, a0_1); a1_1 = afv_avx2_fma(x1, y, a1_1); a2_1 = afv_avx2_fma(x2, y, a2_1); a3_1 = afv_avx2_fma(x3, y, a3_1);
    x0 = afv_avx2_load(q0 + 160); x1 = afv_avx2_load(q1 + 160); x2 = afv_avx2_load(q2 + 160); x3 = afv_avx2_load(q3 + 160);
    y = afv_avx2_load(kp[0] + 160); a0_0 = afv_avx2_fma(x0, y, a0_0); a1_0 = afv_avx2_fma(x1, y, a1_0); a2_0 = afv_avx2_fma(x2, y, a2_0); a3_0 = afv_avx2_fma(x3, y, a3_0);
    y = afv_avx2_load(kp[1] + 160); a0_1 = afv_avx2_fma(x0, y, a0_1); a1_1 = afv_avx2_fma(x1, y, a1_1); a2_1 = afv_avx2_fma(x2, y, a2_1); a3_1 = afv_avx2_fma(x3, y, a3_1);
    x0 = afv_avx2_load(q0 + 168); x1 = afv_avx2_load(q1 + 168); x2 = afv_avx2_load(q2 + 168); x3 = afv_avx2_load(q3 + 168);
    y = afv_avx2_load(kp[0] + 168); a0_0 = afv_avx2_fma(x0, y, a0_0); a1_0 = afv_avx2_fma(x1, y, a1_0); a2_0 = afv_avx2_fma(x2, y, a2_0); a3_0 = afv_avx2_fma(x3, y, a3_0);
    y = afv_avx2_load(kp[1] + 168); a0_1 = afv_avx2_fma(x0, y, a0_1); a1_1 = afv_avx2_fma(x1, y, a1_1); a2_1 = afv_avx2_fma(x2, y, a2_1); a3_1 = afv_avx2_fma(x3, y, a3_1);
    x0 = afv_avx2_load(q0 + 176); x1 = afv_avx2_load(q1 + 176); x2 = afv_avx2_load(q2 + 176); x3 = afv_avx2_load(q3 + 176);
    y = afv_avx2_load(kp[0] + 176); a0_0 = afv_avx2_fma(x0, y, a0_0); a1_0 = afv_avx2_fma(x1, y, a1_0); a2_0 = afv_avx2_fma(x2, y, a2_0); a3_0 = afv_avx2_fma(x3, y, a3_0);
    y = afv_avx2_load(kp[1] + 176); a0_1 = afv_avx2_fma(x0, y, a0_1); a1_1 = afv_avx2_fma(x1, y, a1_1); a2_1 = afv_avx2_fma(x2, y, a2_1); a3_1 = afv_avx2_fma(x3, y, a3_1);
    x0 = afv_avx2_load(q0 + 184); x1 = afv_avx2_load(q1 + 184); x2 = afv_avx2_load(q2 + 184); x3 = afv_avx2_load(q3 + 184);
    y = afv_avx2_load(kp[0] + 184); a0_0 = afv_avx2_fma(x0, y, a0_0); a1_0 = afv_avx2_fma(x1, y, a1_0); a2_0 = afv_avx2_fma(x2, y, a2_0); a3_0 = afv_avx2_fma(x3, y, a3_0);
    y = afv_avx2_load(kp[1] + 184); a0_1 = afv_avx2_fma(x0, y, a0_1); a1_1 = afv_avx2_fma(x1, y, a1_1); a2_1 = afv_avx2_fma(x2, y, a2_1); a3_1 = afv_avx2_fma(x3, y, a3_1);
    const afv_avx2 red = afv_avx2_reduce8(a0_0, a0_1, a1_0, a1_1, a2_0, a2_1, a3_0, a3_1);
    _mm_storel_pi((__m64 *)(s0), _mm256_castps256_ps128(red));
    _mm_storeh_pi((__m64 *)(s1), _mm256_castps256_ps128(red));
    _mm_storel_pi((__m64 *)(s2), _mm256_extractf128_ps(red, 1));
    _mm_storeh_pi((__m64 *)(s3), _mm256_extractf128_ps(red, 1));
}

/* QK^T register block: 2 row(s) x 4 keys, s_r[k] = dot(q_r, key k), Dk = 192. */
static inline AF_TARGET_AVX2 void afk_bf16_dk192_dv128_avx2_dec_qk2(const float *q0, const float *q1, const float *const *kp, float *s0, float *s1)
{
    afv_avx2 a0_0 = afv_avx2_zero(), a0_1 = afv_avx2_zero(), a0_2 = afv_avx2_zero(), a0_3 = afv_avx2_zero();
    afv_avx2 a1_0 = afv_avx2_zero(), a1_1 = afv_avx2_zero(), a1_2 = afv_avx2_zero(), a1_3 = afv_avx2_zero();
    afv_avx2 x0, x1, y;
    x0 = afv_avx2_load(q0 + 0); x1 = afv_avx2_load(q1 + 0);
    y = afv_avx2_load(kp[0] + 0); a0_0 = afv_avx2_fma(x0, y, a0_0); a1_0 = afv_avx2_fma(x1, y, a1_0);
    y = afv_avx2_load(kp[1] + 0); a0_1 = afv_avx2_fma(x0, y, a0_1); a1_1 = afv_avx2_fma(x1, y, a1_1);
    y = afv_avx2_load(kp[2] + 0); a0_2 = afv_avx2_fma(x0, y, a0_2); a1_2 = afv_avx2_fma(x1, y, a1_2);
    y = afv_avx2_load(kp[3] + 0); a0_3 = afv_avx2_fma(x0, y, a0_3); a1_3 = afv_avx2_fma(x1, y, a1_3);
    x0 = afv_avx2_load(q0 + 8); x1 = afv_avx2_load(q1 + 8);
    y = afv_avx2_load(kp[0] + 8); a0_0 = afv_avx2_fma(x0, y, a0_0); a1_0 = afv_avx2_fma(x1, y, a1_0);
    y = afv_avx2_load(kp[1] + 8); a0_1 = afv_avx2_fma(x0, y, a0_1); a1_1 = afv_avx2_fma(x1, y, a1_1);
    y = afv_avx2_load(kp[2] + 8); a0_2 = afv_avx2_fma(x0, y, a0_2); a1_2 = afv_avx2_fma(x1, y, a1_2);
    y = afv_avx2_load(kp[3] + 8); a0_3 = afv_avx2_fma(x0, y, a0_3); a1_3 = afv_avx2_fma(x1, y, a1_3);
    x0 = afv_avx2_load(q0 + 16); x1 = afv_avx2_load(q1 + 16);
    y = afv_avx2_load(kp[0] + 16); a0_0 = afv_avx2_fma(x0, y, a0_0); a1_0 = afv_avx2_fma(x1, y, a1_0);
    y = afv_avx2_load(kp[1] + 16); a0_1 = afv_avx2_fma(x0, y, a0_1); a1_1 = afv_avx2_fma(x1, y, a1_1);
    y = afv_avx2_load(kp[2] + 16); a0_2 = afv_avx2_fma(x0, y, a0_2); a1_2 = afv_avx2_fma(x1, y, a1_2);
    y = afv_avx2_load(kp[3] + 16); a0_3 = afv_avx2_fma(x0, y, a0_3); a1_3 = afv_avx2_fma(x1, y, a1_3);
    x0 = afv_avx2_load(q0 + 24); x1 = afv_avx2_load(q1 + 24);
    y = afv_avx2_load(kp[0] + 24); a0_0 = afv_avx2_fma(x0, y, a0_0); a1_0 = afv_avx2_fma(x1, y, a1_0);
    y = afv_avx2_load(kp[1] + 24); a0_1 = afv_avx2_fma(x0, y, a0_1); a1_1 = afv_avx2_fma(x1, y, a1_1);
    y = afv_avx2_load(kp[2] + 24); a0_2 = afv_avx2_fma(x0, y, a0_2); a1_2 = afv_avx2_fma(x1, y, a1_2);
    y = afv_avx2_load(kp[3] + 24); a0_3 = afv_avx2_fma(x0, y, a0_3); a1_3 = afv_avx2_fma(x1, y, a1_3);
    x0 = afv_avx2_load(q0 + 32); x1 = afv_avx2_load(q1 + 32);
    y = afv_avx2_load(kp[0] + 32); a0_0 = afv_avx2_fma(x0, y, a0_0); a1_0 = afv_avx2_fma(x1, y, a1_0);
    y = afv_avx2_load(kp[1] + 32); a0_1 = afv_avx2_fma(x0, y, a0_1); a1_1 = afv_avx2_fma(x1, y, a1_1);
    y = afv_avx2_load(kp[2] + 32); a0_2 = afv_avx2_fma(x0, y, a0_2); a1_2 = afv_avx2_fma(x1, y, a1_2);
    y = afv_avx2_load(kp[3] + 32); a0_3 = afv_avx2_fma(x0, y, a0_3); a1_3 = afv_avx2_fma(x1, y, a1_3);
    x0 = afv_avx2_load(q0 + 40); x1 = afv_avx2_load(q1 + 40);
    y = afv_avx2_load(kp[0] + 40); a0_0 = afv_avx2_fma(x0, y, a0_0); a1_0 = afv_avx2_fma(x1, y, a1_0);
    y = afv_avx2_load(kp[1] + 40); a0_1 = afv_avx2_fma(x0, y, a0_1); a1_1 = afv_avx2_fma(x1, y, a1_1);
    y = afv_avx2_load(kp[2] + 40); a0_2 = afv_avx2_fma(x0, y, a0_2); a1_2 = afv_avx2_fma(x1, y, a1_2);
    y = afv_avx2_load(kp[3] + 40); a0_3 = afv_avx2_fma(x0, y, a0_3); a1_3 = afv_avx2_fma(x1, y, a1_3);
    x0 = afv_avx2_load(q0 + 48); x1 = afv_avx2_load(q1 + 48);
    y = afv_avx2_load(kp[0] + 48); a0_0 = afv_avx2_fma(x0, y, a0_0); a1_0 = afv_avx2_fma(x1, y, a1_0);
    y = afv_avx2_load(kp[1] + 48); a0_1 = afv_avx2_fma(x0, y, a0_1); a1_1 = afv_avx2_fma(x1, y, a1_1);
    y = afv_avx2_load(kp[2] + 48); a0_2 = afv_avx2_fma(x0, y, a0_2); a1_2 = afv_avx2_fma(x1, y, a1_2);
    y = afv_avx2_load(kp[3] + 48); a0_3 = afv_avx2_fma(x0, y, a0_3); a1_3 = afv_avx2_fma(x1, y, a1_3);
    x0 = afv_avx2_load(q0 + 56); x1 = afv_avx2_load(q1 + 56);
    y = afv_avx2_load(kp[0] + 56); a0_0 = afv_avx2_fma(x0, y, a0_0); a1_0 = afv_avx2_fma(x1, y, a1_0);
    y = afv_avx2_load(kp[1] + 56); a0_1 = afv_avx2_fma(x0, y, a0_1); a1_1 = afv_avx2_fma(x1, y, a1_1);
    y = afv_avx2_load(kp[2] + 56); a0_2 = afv_avx2_fma(x0, y, a0_2); a1_2 = afv_avx2_fma(x1, y, a1_2);
    y = afv_avx2_load(kp[3] + 56); a0_3 = afv_avx2_fma(x0, y, a0_3); a1_3 = afv_avx2_fma(x1, y, a1_3);
    x0 = afv_avx2_load(q0 + 64); x1 = afv_avx2_load(q1 + 64);
    y = afv_avx2_load(kp[0] + 64); a0_0 = afv_avx2_fma(x0, y, a0_0); a1_0 = afv_avx2_fma(x1, y, a1_0);
    y = afv_avx2_load(kp[1] + 64); a0_1 = afv_avx2_fma(x0, y, a0_1); a1_1 = afv_avx2_fma(x1, y, a1_1);
    y = afv_avx2_load(kp[2] + 64); a0_2 = afv_avx2_fma(x0, y, a0_2); a1_2 = afv_avx2_fma(x1, y, a1_2);
    y = afv_avx2_load(kp[3] + 64); a0_3 = afv_avx2_fma(x0, y, a0_3); a1_3 = afv_avx2_fma(x1, y, a1_3);
    x0 = afv_avx2_load(q0 + 72); x1 = afv_avx2_load(q1 + 72);
    y = afv_avx2_load(kp[0] + 72); a0_0 = afv_avx2_fma(x0, y, a0_0); a1_0 = afv_avx2_fma(x1, y, a1_0);
    y = afv_avx2_load(kp[1] + 72); a0_1 = afv_avx2_fma(x0, y, a0_1); a1_1 = afv_avx2_fma(x1, y, a1_1);
    y = afv_avx2_load(kp[2] + 72); a0_2 = afv_avx2_fma(x0, y, a0_2); a1_2 = afv_avx2_fma(x1, y, a1_2);
    y = afv_avx2_load(kp[3] + 72); a0_3 = afv_avx2_fma(x0, y, a0_3); a1_3 = afv_avx2_fma(x1, y, a1_3);
    x0 = afv_avx2_load(q0 + 80); x1 = afv_avx2_load(q1 + 80);
    y = afv_avx2_load(kp[0] + 80); a0_0 = afv_avx2_fma(x0, y, a0_0); a1_0 = afv_avx2_fma(x1, y, a1_0);
    y = afv_avx2_load(kp[1] + 80); a0_1 = afv_avx2_fma(x0, y, a0_1); a1_1 = afv_avx2_fma(x1, y, a1_1);
    y = afv_avx2_load(kp[2] + 80); a0_2 = afv_avx2_fma(x0, y, a0_2); a1_2 = afv_avx2_fma(x1, y, a1_2);
    y = afv_avx2_load(kp[3] + 80); a0_3 = afv_avx2_fma(x0, y, a0_3); a1_3 = afv_avx2_fma(x1, y, a1_3);
    x0 = afv_avx2_load(q0 + 88); x1 = afv_avx2_load(q1 + 88);
    y = afv_avx2_load(kp[0] + 88); a0_0 = afv_avx2_fma(x0, y, a0_0); a1_0 = afv_avx2_fma(x1, y, a1_0);
    y = afv_avx2_load(kp[1] + 88); a0_1 = afv_avx2_fma(x0, y, a0_1); a1_1 = afv_avx2_fma(x1, y, a1_1);
    y = afv_avx2_load(kp[2] + 88); a0_2 = afv_avx2_fma(x0, y, a0_2); a1_2 = afv_avx2_fma(x1, y, a1_2);
    y = afv_avx2_load(kp[3] + 88); a0_3 = afv_avx2_fma(x0, y, a0_3); a1_3 = afv_avx2_fma(x1, y, a1_3);
    x0 = afv_avx2_load(q0 + 96); x1 = afv_avx2_load(q1 + 96);
    y = afv_avx2_load(kp[0] + 96); a0_0 = afv_avx2_fma(x0, y, a0_0); a1_0 = afv_avx2_fma(x1, y, a1_0);
    y = afv_avx2_load(kp[1] + 96); a0_1 = afv_avx2_fma(x0, y, a0_1); a1_1 = afv_avx2_fma(x1, y, a1_1);
    y = afv_avx2_load(kp[2] + 96); a0_2 = afv_avx2_fma(x0, y, a0_2); a1_2 = afv_avx2_fma(x1, y, a1_2);
    y = afv_avx2_load(kp[3] + 96); a0_3 = afv_avx2_fma(x0, y, a0_3); a1_3 = afv_avx2_fma(x1, y, a1_3);
    x0 = afv_avx2_load(q0 + 104); x1 = afv_avx2_load(q1 + 104);
    y = afv_avx2_load(kp[0] + 104); a0_0 = afv_avx2_fma(x0, y, a0_0); a1_0 = afv_avx2_fma(x1, y, a1_0);
    y = afv_avx2_load(kp[1] + 104); a0_1 = afv_avx2_fma(x0, y, a0_1); a1_1 = afv_avx2_fma(x1, y, a1_1);
    y = afv_avx2_load(kp[2] + 104); a0_2 = afv_avx2_fma(x0, y, a0_2); a1_2 = afv_avx2_fma(x1, y, a1_2);
    y = afv_avx2_load(kp[3] + 104); a0_3 = afv_avx2_fma(x0, y, a0_3); a1_3 = afv_avx2_fma(x1, y, a1_3);
    x0 = afv_avx2_load(q0 + 112); x1 = afv_avx2_load(q1 + 112);
    y = afv_avx2_load(kp[0] + 112); a0_0 = afv_avx2_fma(x0, y, a0_0); a1_0 = afv_avx2_fma(x1, y, a1_0);
    y = afv_avx2_load(kp[1] + 112); a0_1 = afv_avx2_fma(x0, y, a0_1); a1_1 = afv_avx2_fma(x1, y, a1_1);
    y = afv_avx2_load(kp[2] + 112); a0_2 = afv_avx2_fma(x0, y, a0_2); a1_2 = afv_avx2_fma(x1, y, a1_2);
    y = afv_avx2_load(kp[3] + 112); a0_3 = afv_avx2_fma(x0, y, a0_3); a1_3 = afv_avx2_fma(x1, y, a1_3);
    x0 = afv_avx2_load(q0 + 120); x1 = afv_avx2_load(q1 + 120);
    y = afv_avx2_load(kp[0] + 120); a0_0 = afv_avx2_fma(x0, y, a0_0); a1_0 = afv_avx2_fma(x1, y, a1_0);
    y = afv_avx2_load(kp[1] + 120); a0_1 = afv_avx2_fma(x0, y, a0_1); a1_1 = afv_avx2_fma(x1, y, a1_1);
    y = afv_avx2_load(kp[2] + 120); a0_2 = afv_avx2_fma(x0, y, a0_2); a1_2 = afv_avx2_fma(x1, y, a1_2);
    y = afv_avx2_load(kp[3] + 120); a0_3 = afv_avx2_fma(x0, y, a0_3); a1_3 = afv_avx2_fma(x1, y, a1_3);
    x0 = afv_avx2_load(q0 + 128); x1 = afv_avx2_load(q1 + 128);
    y = afv_avx2_load(kp[0] + 128); a0_0 = afv_avx2_fma(x0, y, a0_0); a1_0 = afv_avx2_fma(x1, y, a1_0);
    y = afv_avx2_load(kp[1] + 128); a0_1 = afv_avx2_fma(x0, y, a0_1); a1_1 = afv_avx2_fma(x1, y, a1_1);
    y = afv_avx2_load(kp[2] + 128); a0_2 = afv_avx2_fma(x0, y, a0_2); a1_2 = afv_avx2_fma(x1, y, a1_2);
    y = afv_avx2_load(kp[3] + 128); a0_3 = afv_avx2_fma(x0, y, a0_3); a1_3 = afv_avx2_fma(x1, y, a1_3);
    x0 = afv_avx2_load(q0 + 136); x1 = afv_avx2_load(q1 + 136);
    y = afv_avx2_load(kp[0] + 136); a0_0 = afv_avx2_fma(x0, y, a0_0); a1_0 = afv_avx2_fma(x1, y, a1_0);
    y = afv_avx2_load(kp[1] + 136); a0_1 = afv_avx2_fma(x0, y, a0_1); a1_1 = afv_avx2_fma(x1, y, a1_1);
    y = afv_avx2_load(kp[2] + 136); a0_2 = afv_avx2_fma(x0, y, a0_2); a1_2 = afv_avx2_fma(x1, y, a1_2);
    y = afv_avx2_load(kp[3] + 136); a0_3 = afv_avx2_fma(x0, y, a0_3); a1_3 = afv_avx2_fma(x1, y, a1_3);
    x0 = afv_avx2_load(q0 + 144); x1 = afv_avx2_load(q1 + 144);
    y = afv_avx2_load(kp[0] + 144); a0_0 = afv_avx2_fma(x0, y, a0_0); a1_0 = afv_avx2_fma(x1, y, a1_0);
    y = afv_avx2_load(kp[1] + 144); a0_1 = afv_avx2_fma(x0, y, a0_1); a1_1 = afv_avx2_fma(x1, y, a1_1);
    y = afv_avx2_load(kp[2] + 144); a0_2 = afv_avx2_fma(x0, y, a0_2); a1_2 = afv_avx2_fma(x1, y, a1_2);
    y = afv_avx2_load(kp[3] + 144); a0_3 = afv_avx2_fma(x0, y, a0_3); a1_3 = afv_avx2_fma(x1, y, a1_3);
    x0 = afv_avx2_load(q0 + 152); x1 = afv_avx2_load(q1 + 152);
    y = afv_avx2_load(kp[0] + 152); a0_0 = afv_avx2_fma(x0, y, a0_0); a1_0 = afv_avx2_fma(x1, y, a1_0);
    y = afv_avx2_load(kp[1] + 152); a0_1 = afv_avx2_fma(x0, y, a0_1); a1_1 = afv_avx2_fma(x1, y, a1_1);
    y = afv_avx2_load(kp[2] + 152); a0_2 = afv_avx2_fma(x0, y, a0_2); a1_2 = afv_avx2_fma(x1, y, a1_2);
    y = afv_avx2_load(kp[3] + 152); a0_3 = afv_avx2_fma(x0, y, a0_3); a1_3 = afv_avx2_fma(x1, y, a1_3);
    x0 = afv_avx2_load(q0 + 160); x1 = afv_avx2_load(q1 + 160);
    y = afv_avx2_load(kp[0] + 160); a0_0 = afv_avx2_fma(x0, y, a0_0); a1_0 = afv_avx2_fma(x1, y, a1_0);
    y = afv_avx2_load(kp[1] + 160); a0_1 = afv_avx2_fma(x0, y, a0_1); a1_1 = afv_avx2_fma(x1, y, a1_1);
    y = afv_avx2_load(kp[2] + 160); a0_2 = afv_avx2_fma(x0, y, a0_2); a1_2 = afv_avx2_fma(x1, y, a1_2);
    y = afv_avx2_load(kp[3] + 160); a0_3 = afv_avx2_fma(x0, y, a0_3); a1_3 = afv_avx2_fma(x1, y, a1_3);
    x0 = afv_avx2_load(q0 + 168); x1 = afv_avx2_load(q1 + 168);
    y = afv_avx2_load(kp[0] + 168); a0_0 = afv_avx2_fma(x0, y, a0_0); a1_0 = afv_avx2_fma(x1, y, a1_0);
    y = afv_avx2_load(kp[1] + 168); a0_1 = afv_avx2_fma(x0, y, a0_1); a1_1 = afv_avx2_fma(x1, y, a1_1);
    y = afv_avx2_load(kp[2] + 168); a0_2 = afv_avx2_fma(x0, y, a0_2); a1_2 = afv_avx2_fma(x1, y, a1_2);
    y = afv_avx2_load(kp[3] + 168); a0_3 = afv_avx2_fma(x0, y, a0_3); a1_3 = afv_avx2_fma(x1, y, a1_3);
    x0 = afv_avx2_load(q0 + 176); x1 = afv_avx2_load(q1 + 176);
    y = afv_avx2_load(kp[0] + 176); a0_0 = afv_avx2_fma(x0, y, a0_0); a1_0 = afv_avx2_fma(x1, y, a1_0);
    y = afv_avx2_load(kp[1] + 176); a0_1 = afv_avx2_fma(x0, y, a0_1); a1_1 = afv_avx2_fma(x1, y, a1_1);
    y = afv_avx2_load(kp[2] + 176); a0_2 = afv_avx2_fma(x0, y, a0_2); a1_2 = afv_avx2_fma(x1, y, a1_2);
    y = afv_avx2_load(kp[3] + 176); a0_3 = afv_avx2_fma(x0, y, a0_3); a1_3 = afv_avx2_fma(x1, y, a1_3);
    x0 = afv_avx2_load(q0 + 184); x1 = afv_avx2_load(q1 + 184);
    y = afv_avx2_load(kp[0] + 184); a0_0 = afv_avx2_fma(x0, y, a0_0); a1_0 = afv_avx2_fma(x1, y, a1_0);
    y = afv_avx2_load(kp[1] + 184); a0_1 = afv_avx2_fma(x0, y, a0_1); a1_1 = afv_avx2_fma(x1, y, a1_1);
    y = afv_avx2_load(kp[2] + 184); a0_2 = afv_avx2_fma(x0, y, a0_2); a1_2 = afv_avx2_fma(x1, y, a1_2);
    y = afv_avx2_load(kp[3] + 184); a0_3 = afv_avx2_fma(x0, y, a0_3); a1_3 = afv_avx2_fma(x1, y, a1_3);
    const afv_avx2 red = afv_avx2_reduce8(a0_0, a0_1, a0_2, a0_3, a1_0, a1_1, a1_2, a1_3);
    _mm_storeu_ps(s0, _mm256_castps256_ps128(red));
    _mm_storeu_ps(s1, _mm256_extractf128_ps(red, 1));
}

/* P*V register block: 2 row(s) x 32 columns of Dv = 128 per pass. */
static inline AF_TARGET_AVX2 void afk_bf16_dk192_dv128_avx2_dec_pv2(float *const *acc, const float *const *p, const float *alpha,
        const float *const *vp, int32_t n)
{
    float *const acc0 = acc[0];
    const float *const p0 = p[0];
    const afv_avx2 al0 = afv_avx2_set1(alpha[0]);
    float *const acc1 = acc[1];
    const float *const p1 = p[1];
    const afv_avx2 al1 = afv_avx2_set1(alpha[1]);
    { /* Dv columns 0 .. 31 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 0), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 8), al0), c0_2 = afv_avx2_mul(afv_avx2_load(acc0 + 16), al0), c0_3 = afv_avx2_mul(afv_avx2_load(acc0 + 24), al0);
        afv_avx2 c1_0 = afv_avx2_mul(afv_avx2_load(acc1 + 0), al1), c1_1 = afv_avx2_mul(afv_avx2_load(acc1 + 8), al1), c1_2 = afv_avx2_mul(afv_avx2_load(acc1 + 16), al1), c1_3 = afv_avx2_mul(afv_avx2_load(acc1 + 24), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 0;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8), y2 = afv_avx2_load(v + 16), y3 = afv_avx2_load(v + 24);
            { const afv_avx2 b = afv_avx2_set1(p0[k]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); c0_2 = afv_avx2_fma(b, y2, c0_2); c0_3 = afv_avx2_fma(b, y3, c0_3); }
            { const afv_avx2 b = afv_avx2_set1(p1[k]); c1_0 = afv_avx2_fma(b, y0, c1_0); c1_1 = afv_avx2_fma(b, y1, c1_1); c1_2 = afv_avx2_fma(b, y2, c1_2); c1_3 = afv_avx2_fma(b, y3, c1_3); }
        }
        afv_avx2_store(acc0 + 0, c0_0); afv_avx2_store(acc0 + 8, c0_1); afv_avx2_store(acc0 + 16, c0_2); afv_avx2_store(acc0 + 24, c0_3);
        afv_avx2_store(acc1 + 0, c1_0); afv_avx2_store(acc1 + 8, c1_1); afv_avx2_store(acc1 + 16, c1_2); afv_avx2_store(acc1 + 24, c1_3);
    }
    { /* Dv columns 32 .. 63 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 32), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 40), al0), c0_2 = afv_avx2_mul(afv_avx2_load(acc0 + 48), al0), c0_3 = afv_avx2_mul(afv_avx2_load(acc0 + 56), al0);
        afv_avx2 c1_0 = afv_avx2_mul(afv_avx2_load(acc1 + 32), al1), c1_1 = afv_avx2_mul(afv_avx2_load(acc1 + 40), al1), c1_2 = afv_avx2_mul(afv_avx2_load(acc1 + 48), al1), c1_3 = afv_avx2_mul(afv_avx2_load(acc1 + 56), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 32;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8), y2 = afv_avx2_load(v + 16), y3 = afv_avx2_load(v + 24);
            { const afv_avx2 b = afv_avx2_set1(p0[k]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); c0_2 = afv_avx2_fma(b, y2, c0_2); c0_3 = afv_avx2_fma(b, y3, c0_3); }
            { const afv_avx2 b = afv_avx2_set1(p1[k]); c1_0 = afv_avx2_fma(b, y0, c1_0); c1_1 = afv_avx2_fma(b, y1, c1_1); c1_2 = afv_avx2_fma(b, y2, c1_2); c1_3 = afv_avx2_fma(b, y3, c1_3); }
        }
        afv_avx2_store(acc0 + 32, c0_0); afv_avx2_store(acc0 + 40, c0_1); afv_avx2_store(acc0 + 48, c0_2); afv_avx2_store(acc0 + 56, c0_3);
        afv_avx2_store(acc1 + 32, c1_0); afv_avx2_store(acc1 + 40, c1_1); afv_avx2_store(acc1 + 48, c1_2); afv_avx2_store(acc1 + 56, c1_3);
    }
    { /* Dv columns 64 .. 95 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 64), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 72), al0), c0_2 = afv_avx2_mul(afv_avx2_load(acc0 + 80), al0), c0_3 = afv_avx2_mul(afv_avx2_load(acc0 + 88), al0);
        afv_avx2 c1_0 = afv_avx2_mul(afv_avx2_load(acc1 + 64), al1), c1_1 = afv_avx2_mul(afv_avx2_load(acc1 + 72), al1), c1_2 = afv_avx2_mul(afv_avx2_load(acc1 + 80), al1), c1_3 = afv_avx2_mul(afv_avx2_load(acc1 + 88), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 64;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8), y2 = afv_avx2_load(v + 16), y3 = afv_avx2_load(v + 24);
            { const afv_avx2 b = afv_avx2_set1(p0[k]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); c0_2 = afv_avx2_fma(b, y2, c0_2); c0_3 = afv_avx2_fma(b, y3, c0_3); }
            { const afv_avx2 b = afv_avx2_set1(p1[k]); c1_0 = afv_avx2_fma(b, y0, c1_0); c1_1 = afv_avx2_fma(b, y1, c1_1); c1_2 = afv_avx2_fma(b, y2, c1_2); c1_3 = afv_avx2_fma(b, y3, c1_3); }
        }
        afv_avx2_store(acc0 + 64, c0_0); afv_avx2_store(acc0 + 72, c0_1); afv_avx2_store(acc0 + 80, c0_2); afv_avx2_store(acc0 + 88, c0_3);
        afv_avx2_store(acc1 + 64, c1_0); afv_avx2_store(acc1 + 72, c1_1); afv_avx2_store(acc1 + 80, c1_2); afv_avx2_store(acc1 + 88, c1_3);
    }
    { /* Dv columns 96 .. 127 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 96), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 104), al0), c0_2 = afv_avx2_mul(afv_avx2_load(acc0 + 112), al0), c0_3 = afv_avx2_mul(afv_avx2_load(acc0 + 120), al0);
        afv_avx2 c1_0 = afv_avx2_mul(afv_avx2_load(acc1 + 96), al1), c1_1 = afv_avx2_mul(afv_avx2_load(acc1 + 104), al1), c1_2 = afv_avx2_mul(afv_avx2_load(acc1 + 112), al1), c1_3 = afv_avx2_mul(afv_avx2_load(acc1 + 120), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 96;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8), y2 = afv_avx2_load(v + 16), y3 = afv_avx2_load(v + 24);
            { const afv_avx2 b = afv_avx2_set1(p0[k]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); c0_2 = afv_avx2_fma(b, y2, c0_2); c0_3 = afv_avx2_fma(b, y3, c0_3); }
            { const afv_avx2 b = afv_avx2_set1(p1[k]); c1_0 = afv_avx2_fma(b, y0, c1_0); c1_1 = afv_avx2_fma(b, y1, c1_1); c1_2 = afv_avx2_fma(b, y2, c1_2); c1_3 = afv_avx2_fma(b, y3, c1_3); }
        }
        afv_avx2_store(acc0 + 96, c0_0); afv_avx2_store(acc0 + 104, c0_1); afv_avx2_store(acc0 + 112, c0_2); afv_avx2_store(acc0 + 120, c0_3);
        afv_avx2_store(acc1 + 96, c1_0); afv_avx2_store(acc1 + 104, c1_1); afv_avx2_store(acc1 + 112, c1_2); afv_avx2_store(acc1 + 120, c1_3);
    }
}

/* P*V register block: 2 row(s) x 32 columns of Dv = 128 per pass, one prefetch per key. */
static inline AF_TARGET_AVX2 void afk_bf16_dk192_dv128_avx2_dec_pv2_pf(float *const *acc, const float *const *p, const float *alpha,
        const float *const *vp, int32_t n, afk_bf16_dk192_dv128_avx2_pf *pf)
{
    float *const acc0 = acc[0];
    const float *const p0 = p[0];
    const afv_avx2 al0 = afv_avx2_set1(alpha[0]);
    float *const acc1 = acc[1];
    const float *const p1 = p[1];
    const afv_avx2 al1 = afv_avx2_set1(alpha[1]);
    { /* Dv columns 0 .. 31 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 0), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 8), al0), c0_2 = afv_avx2_mul(afv_avx2_load(acc0 + 16), al0), c0_3 = afv_avx2_mul(afv_avx2_load(acc0 + 24), al0);
        afv_avx2 c1_0 = afv_avx2_mul(afv_avx2_load(acc1 + 0), al1), c1_1 = afv_avx2_mul(afv_avx2_load(acc1 + 8), al1), c1_2 = afv_avx2_mul(afv_avx2_load(acc1 + 16), al1), c1_3 = afv_avx2_mul(afv_avx2_load(acc1 + 24), al1);
        for (int32_t k = 0; k < n; k++) {
            afk_bf16_dk192_dv128_avx2_pf_issue(pf, 1);
            const float *v = vp[k] + 0;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8), y2 = afv_avx2_load(v + 16), y3 = afv_avx2_load(v + 24);
            { const afv_avx2 b = afv_avx2_set1(p0[k]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); c0_2 = afv_avx2_fma(b, y2, c0_2); c0_3 = afv_avx2_fma(b, y3, c0_3); }
            { const afv_avx2 b = afv_avx2_set1(p1[k]); c1_0 = afv_avx2_fma(b, y0, c1_0); c1_1 = afv_avx2_fma(b, y1, c1_1); c1_2 = afv_avx2_fma(b, y2, c1_2); c1_3 = afv_avx2_fma(b, y3, c1_3); }
        }
        afv_avx2_store(acc0 + 0, c0_0); afv_avx2_store(acc0 + 8, c0_1); afv_avx2_store(acc0 + 16, c0_2); afv_avx2_store(acc0 + 24, c0_3);
        afv_avx2_store(acc1 + 0, c1_0); afv_avx2_store(acc1 + 8, c1_1); afv_avx2_store(acc1 + 16, c1_2); afv_avx2_store(acc1 + 24, c1_3);
    }
    { /* Dv columns 32 .. 63 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 32), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 40), al0), c0_2 = afv_avx2_mul(afv_avx2_load(acc0 + 48), al0), c0_3 = afv_avx2_mul(afv_avx2_load(acc0 + 56), al0);
        afv_avx2 c1_0 = afv_avx2_mul(afv_avx2_load(acc1 + 32), al1), c1_1 = afv_avx2_mul(afv_avx2_load(acc1 + 40), al1), c1_2 = afv_avx2_mul(afv_avx2_load(acc1 + 48), al1), c1_3 = afv_avx2_mul(afv_avx2_load(acc1 + 56), al1);
        for (int32_t k = 0; k < n; k++) {
            afk_bf16_dk192_dv128_avx2_pf_issue(pf, 1);
            const float *v = vp[k] + 32;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8), y2 = afv_avx2_load(v + 16), y3 = afv_avx2_load(v + 24);
            { const afv_avx2 b = afv_avx2_set1(p0[k]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); c0_2 = afv_avx2_fma(b, y2, c0_2); c0_3 = afv_avx2_fma(b, y3, c0_3); }
            { const afv_avx2 b = afv_avx2_set1(p1[k]); c1_0 = afv_avx2_fma(b, y0, c1_0); c1_1 = afv_avx2_fma(b, y1, c1_1); c1_2 = afv_avx2_fma(b, y2, c1_2); c1_3 = afv_avx2_fma(b, y3, c1_3); }
        }
        afv_avx2_store(acc0 + 32, c0_0); afv_avx2_store(acc0 + 40, c0_1); afv_avx2_store(acc0 + 48, c0_2); afv_avx2_store(acc0 + 56, c0_3);
        afv_avx2_store(acc1 + 32, c1_0); afv_avx2_store(acc1 + 40, c1_1); afv_avx2_store(acc1 + 48, c1_2); afv_avx2_store(acc1 + 56, c1_3);
    }
    { /* Dv columns 64 .. 95 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 64), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 72), al0), c0_2 = afv_avx2_mul(afv_avx2_load(acc0 + 80), al0), c0_3 = afv_avx2_mul(afv_avx2_load(acc0 + 88), al0);
        afv_avx2 c1_0 = afv_avx2_mul(afv_avx2_load(acc1 + 64), al1), c1_1 = afv_avx2_mul(afv_avx2_load(acc1 + 72), al1), c1_2 = afv_avx2_mul(afv_avx2_load(acc1 + 80), al1), c1_3 = afv_avx2_mul(afv_avx2_load(acc1 + 88), al1);
        for (int32_t k = 0; k < n; k++) {
            afk_bf16_dk192_dv128_avx2_pf_issue(pf, 1);
            const float *v = vp[k] + 64;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8), y2 = afv_avx2_load(v + 16), y3 = afv_avx2_load(v + 24);
            { const afv_avx2 b = afv_avx2_set1(p0[k]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); c0_2 = afv_avx2_fma(b, y2, c0_2); c0_3 = afv_avx2_fma(b, y3, c0_3); }
            { const afv_avx2 b = afv_avx2_set1(p1[k]); c1_0 = afv_avx2_fma(b, y0, c1_0); c1_1 = afv_avx2_fma(b, y1, c1_1); c1_2 = afv_avx2_fma(b, y2, c1_2); c1_3 = afv_avx2_fma(b, y3, c1_3); }
        }
        afv_avx2_store(acc0 + 64, c0_0); afv_avx2_store(acc0 + 72, c0_1); afv_avx2_store(acc0 + 80, c0_2); afv_avx2_store(acc0 + 88, c0_3);
        afv_avx2_store(acc1 + 64, c1_0); afv_avx2_store(acc1 + 72, c1_1); afv_avx2_store(acc1 + 80, c1_2); afv_avx2_store(acc1 + 88, c1_3);
    }
    { /* Dv columns 96 .. 127 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 96), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 104), al0), c0_2 = afv_avx2_mul(afv_avx2_load(acc0 + 112), al0), c0_3 = afv_avx2_mul(afv_avx2_load(acc0 + 120), al0);
        afv_avx2 c1_0 = afv_avx2_mul(afv_avx2_load(acc1 + 96), al1), c1_1 = afv_avx2_mul(afv_avx2_load(acc1 + 104), al1), c1_2 = afv_avx2_mul(afv_avx2_load(acc1 + 112), al1), c1_3 = afv_avx2_mul(afv_avx2_load(acc1 + 120), al1);
        for (int32_t k = 0; k < n; k++) {
            afk_bf16_dk192_dv128_avx2_pf_issue(pf, 1);
            const float *v = vp[k] + 96;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8), y2 = afv_avx2_load(v + 16), y3 = afv_avx2_load(v + 24);
            { const afv_avx2 b = afv_avx2_set1(p0[k]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); c0_2 = afv_avx2_fma(b, y2, c0_2); c0_3 = afv_avx2_fma(b, y3, c0_3); }
            { const afv_avx2 b = afv_avx2_set1(p1[k]); c1_0 = afv_avx2_fma(b, y0, c1_0); c1_1 = afv_avx2_fma(b, y1, c1_1); c1_2 = afv_avx2_fma(b, y2, c1_2); c1_3 = afv_avx2_fma(b, y3, c1_3); }
        }
        afv_avx2_store(acc0 + 96, c0_0); afv_avx2_store(acc0 + 104, c0_1); afv_avx2_store(acc0 + 112, c0_2); afv_avx2_store(acc0 + 120, c0_3);
        afv_avx2_store(acc1 + 96, c1_0); afv_avx2_store(acc1 + 104, c1_1); afv_avx2_store(acc1 + 112, c1_2); afv_avx2_store(acc1 + 120, c1_3);
    }
}

/* P*V register block: 1 row(s) x 32 columns of Dv = 128 per pass. */
static inline AF_TARGET_AVX2 void afk_bf16_dk192_dv128_avx2_dec_pv1(float *const *acc, const float *const *p, const float *alpha,
        const float *const *vp, int32_t n)
{
    float *const acc0 = acc[0];
    const float *const p0 = p[0];
    const afv_avx2 al0 = afv_avx2_set1(alpha[0]);
    { /* Dv columns 0 .. 31 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 0), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 8), al0), c0_2 = afv_avx2_mul(afv_avx2_load(acc0 + 16), al0), c0_3 = afv_avx2_mul(afv_avx2_load(acc0 + 24), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 0;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8), y2 = afv_avx2_load(v + 16), y3 = afv_avx2_load(v + 24);
            { const afv_avx2 b = afv_avx2_set1(p0[k]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); c0_2 = afv_avx2_fma(b, y2, c0_2); c0_3 = afv_avx2_fma(b, y3, c0_3); }
        }
        afv_avx2_store(acc0 + 0, c0_0); afv_avx2_store(acc0 + 8, c0_1); afv_avx2_store(acc0 + 16, c0_2); afv_avx2_store(acc0 + 24, c0_3);
    }
    { /* Dv columns 32 .. 63 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 32), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 40), al0), c0_2 = afv_avx2_mul(afv_avx2_load(acc0 + 48), al0), c0_3 = afv_avx2_mul(afv_avx2_load(acc0 + 56), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 32;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8), y2 = afv_avx2_load(v + 16), y3 = afv_avx2_load(v + 24);
            { const afv_avx2 b = afv_avx2_set1(p0[k]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); c0_2 = afv_avx2_fma(b, y2, c0_2); c0_3 = afv_avx2_fma(b, y3, c0_3); }
        }
        afv_avx2_store(acc0 + 32, c0_0); afv_avx2_store(acc0 + 40, c0_1); afv_avx2_store(acc0 + 48, c0_2); afv_avx2_store(acc0 + 56, c0_3);
    }
    { /* Dv columns 64 .. 95 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 64), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 72), al0), c0_2 = afv_avx2_mul(afv_avx2_load(acc0 + 80), al0), c0_3 = afv_avx2_mul(afv_avx2_load(acc0 + 88), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 64;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8), y2 = afv_avx2_load(v + 16), y3 = afv_avx2_load(v + 24);
            { const afv_avx2 b = afv_avx2_set1(p0[k]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); c0_2 = afv_avx2_fma(b, y2, c0_2); c0_3 = afv_avx2_fma(b, y3, c0_3); }
        }
        afv_avx2_store(acc0 + 64, c0_0); afv_avx2_store(acc0 + 72, c0_1); afv_avx2_store(acc0 + 80, c0_2); afv_avx2_store(acc0 + 88, c0_3);
    }
    { /* Dv columns 96 .. 127 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 96), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 104), al0), c0_2 = afv_avx2_mul(afv_avx2_load(acc0 + 112), al0), c0_3 = afv_avx2_mul(afv_avx2_load(acc0 + 120), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 96;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8), y2 = afv_avx2_load(v + 16), y3 = afv_avx2_load(v + 24);
            { const afv_avx2 b = afv_avx2_set1(p0[k]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); c0_2 = afv_avx2_fma(b, y2, c0_2); c0_3 = afv_avx2_fma(b, y3, c0_3); }
        }
        afv_avx2_store(acc0 + 96, c0_0); afv_avx2_store(acc0 + 104, c0_1); afv_avx2_store(acc0 + 112, c0_2); afv_avx2_store(acc0 + 120, c0_3);
    }
}

/* P*V register block: 1 row(s) x 32 columns of Dv = 128 per pass, excluded keys (p = -0.0) skipped. */
static inline AF_TARGET_AVX2 void afk_bf16_dk192_dv128_avx2_dec_pv1g(float *const *acc, const float *const *p, const float *alpha,
        const float *const *vp, int32_t n)
{
    float *const acc0 = acc[0];
    const float *const p0 = p[0];
    const afv_avx2 al0 = afv_avx2_set1(alpha[0]);
    { /* Dv columns 0 .. 31 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 0), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 8), al0), c0_2 = afv_avx2_mul(afv_avx2_load(acc0 + 16), al0), c0_3 = afv_avx2_mul(afv_avx2_load(acc0 + 24), al0);
        for (int32_t k = 0; k < n; k++) {
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 0;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8), y2 = afv_avx2_load(v + 16), y3 = afv_avx2_load(v + 24);
            { const afv_avx2 b = afv_avx2_set1(p0[k]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); c0_2 = afv_avx2_fma(b, y2, c0_2); c0_3 = afv_avx2_fma(b, y3, c0_3); }
        }
        afv_avx2_store(acc0 + 0, c0_0); afv_avx2_store(acc0 + 8, c0_1); afv_avx2_store(acc0 + 16, c0_2); afv_avx2_store(acc0 + 24, c0_3);
    }
    { /* Dv columns 32 .. 63 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 32), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 40), al0), c0_2 = afv_avx2_mul(afv_avx2_load(acc0 + 48), al0), c0_3 = afv_avx2_mul(afv_avx2_load(acc0 + 56), al0);
        for (int32_t k = 0; k < n; k++) {
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 32;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8), y2 = afv_avx2_load(v + 16), y3 = afv_avx2_load(v + 24);
            { const afv_avx2 b = afv_avx2_set1(p0[k]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); c0_2 = afv_avx2_fma(b, y2, c0_2); c0_3 = afv_avx2_fma(b, y3, c0_3); }
        }
        afv_avx2_store(acc0 + 32, c0_0); afv_avx2_store(acc0 + 40, c0_1); afv_avx2_store(acc0 + 48, c0_2); afv_avx2_store(acc0 + 56, c0_3);
    }
    { /* Dv columns 64 .. 95 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 64), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 72), al0), c0_2 = afv_avx2_mul(afv_avx2_load(acc0 + 80), al0), c0_3 = afv_avx2_mul(afv_avx2_load(acc0 + 88), al0);
        for (int32_t k = 0; k < n; k++) {
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 64;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8), y2 = afv_avx2_load(v + 16), y3 = afv_avx2_load(v + 24);
            { const afv_avx2 b = afv_avx2_set1(p0[k]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); c0_2 = afv_avx2_fma(b, y2, c0_2); c0_3 = afv_avx2_fma(b, y3, c0_3); }
        }
        afv_avx2_store(acc0 + 64, c0_0); afv_avx2_store(acc0 + 72, c0_1); afv_avx2_store(acc0 + 80, c0_2); afv_avx2_store(acc0 + 88, c0_3);
    }
    { /* Dv columns 96 .. 127 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 96), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 104), al0), c0_2 = afv_avx2_mul(afv_avx2_load(acc0 + 112), al0), c0_3 = afv_avx2_mul(afv_avx2_load(acc0 + 120), al0);
        for (int32_t k = 0; k < n; k++) {
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 96;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8), y2 = afv_avx2_load(v + 16), y3 = afv_avx2_load(v + 24);
            { const afv_avx2 b = afv_avx2_set1(p0[k]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); c0_2 = afv_avx2_fma(b, y2, c0_2); c0_3 = afv_avx2_fma(b, y3, c0_3); }
        }
        afv_avx2_store(acc0 + 96, c0_0); afv_avx2_store(acc0 + 104, c0_1); afv_avx2_store(acc0 + 112, c0_2); afv_avx2_store(acc0 + 120, c0_3);
    }
}

/* P*V register block: 1 row(s) x 32 columns of Dv = 128 per pass, one prefetch per key. */
static inline AF_TARGET_AVX2 void afk_bf16_dk192_dv128_avx2_dec_pv1_pf(float *const *acc, const float *const *p, const float *alpha,
        const float *const *vp, int32_t n, afk_bf16_dk192_dv128_avx2_pf *pf)
{
    float *const acc0 = acc[0];
    const float *const p0 = p[0];
    const afv_avx2 al0 = afv_avx2_set1(alpha[0]);
    { /* Dv columns 0 .. 31 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 0), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 8), al0), c0_2 = afv_avx2_mul(afv_avx2_load(acc0 + 16), al0), c0_3 = afv_avx2_mul(afv_avx2_load(acc0 + 24), al0);
        for (int32_t k = 0; k < n; k++) {
            afk_bf16_dk192_dv128_avx2_pf_issue(pf, 1);
            const float *v = vp[k] + 0;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8), y2 = afv_avx2_load(v + 16), y3 = afv_avx2_load(v + 24);
            { const afv_avx2 b = afv_avx2_set1(p0[k]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); c0_2 = afv_avx2_fma(b, y2, c0_2); c0_3 = afv_avx2_fma(b, y3, c0_3); }
        }
        afv_avx2_store(acc0 + 0, c0_0); afv_avx2_store(acc0 + 8, c0_1); afv_avx2_store(acc0 + 16, c0_2); afv_avx2_store(acc0 + 24, c0_3);
    }
    { /* Dv columns 32 .. 63 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 32), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 40), al0), c0_2 = afv_avx2_mul(afv_avx2_load(acc0 + 48), al0), c0_3 = afv_avx2_mul(afv_avx2_load(acc0 + 56), al0);
        for (int32_t k = 0; k < n; k++) {
            afk_bf16_dk192_dv128_avx2_pf_issue(pf, 1);
            const float *v = vp[k] + 32;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8), y2 = afv_avx2_load(v + 16), y3 = afv_avx2_load(v + 24);
            { const afv_avx2 b = afv_avx2_set1(p0[k]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); c0_2 = afv_avx2_fma(b, y2, c0_2); c0_3 = afv_avx2_fma(b, y3, c0_3); }
        }
        afv_avx2_store(acc0 + 32, c0_0); afv_avx2_store(acc0 + 40, c0_1); afv_avx2_store(acc0 + 48, c0_2); afv_avx2_store(acc0 + 56, c0_3);
    }
    { /* Dv columns 64 .. 95 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 64), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 72), al0), c0_2 = afv_avx2_mul(afv_avx2_load(acc0 + 80), al0), c0_3 = afv_avx2_mul(afv_avx2_load(acc0 + 88), al0);
        for (int32_t k = 0; k < n; k++) {
            afk_bf16_dk192_dv128_avx2_pf_issue(pf, 1);
            const float *v = vp[k] + 64;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8), y2 = afv_avx2_load(v + 16), y3 = afv_avx2_load(v + 24);
            { const afv_avx2 b = afv_avx2_set1(p0[k]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); c0_2 = afv_avx2_fma(b, y2, c0_2); c0_3 = afv_avx2_fma(b, y3, c0_3); }
        }
        afv_avx2_store(acc0 + 64, c0_0); afv_avx2_store(acc0 + 72, c0_1); afv_avx2_store(acc0 + 80, c0_2); afv_avx2_store(acc0 + 88, c0_3);
    }
    { /* Dv columns 96 .. 127 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 96), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 104), al0), c0_2 = afv_avx2_mul(afv_avx2_load(acc0 + 112), al0), c0_3 = afv_avx2_mul(afv_avx2_load(acc0 + 120), al0);
        for (int32_t k = 0; k < n; k++) {
            afk_bf16_dk192_dv128_avx2_pf_issue(pf, 1);
            const float *v = vp[k] + 96;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8), y2 = afv_avx2_load(v + 16), y3 = afv_avx2_load(v + 24);
            { const afv_avx2 b = afv_avx2_set1(p0[k]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); c0_2 = afv_avx2_fma(b, y2, c0_2); c0_3 = afv_avx2_fma(b, y3, c0_3); }
        }
        afv_avx2_store(acc0 + 96, c0_0); afv_avx2_store(acc0 + 104, c0_1); afv_avx2_store(acc0 + 112, c0_2); afv_avx2_store(acc0 + 120, c0_3);
    }
}

/* P*V register block: 1 row(s) x 32 columns of Dv = 128 per pass, excluded keys (p = -0.0) skipped, one prefetch per key. */
static inline AF_TARGET_AVX2 void afk_bf16_dk192_dv128_avx2_dec_pv1g_pf(float *const *acc, const float *const *p, const float *alpha,
        const float *const *vp, int32_t n, afk_bf16_dk192_dv128_avx2_pf *pf)
{
    float *const acc0 = acc[0];
    const float *const p0 = p[0];
    const afv_avx2 al0 = afv_avx2_set1(alpha[0]);
    { /* Dv columns 0 .. 31 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 0), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 8), al0), c0_2 = afv_avx2_mul(afv_avx2_load(acc0 + 16), al0), c0_3 = afv_avx2_mul(afv_avx2_load(acc0 + 24), al0);
        for (int32_t k = 0; k < n; k++) {
            afk_bf16_dk192_dv128_avx2_pf_issue(pf, 1);
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 0;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8), y2 = afv_avx2_load(v + 16), y3 = afv_avx2_load(v + 24);
            { const afv_avx2 b = afv_avx2_set1(p0[k]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); c0_2 = afv_avx2_fma(b, y2, c0_2); c0_3 = afv_avx2_fma(b, y3, c0_3); }
        }
        afv_avx2_store(acc0 + 0, c0_0); afv_avx2_store(acc0 + 8, c0_1); afv_avx2_store(acc0 + 16, c0_2); afv_avx2_store(acc0 + 24, c0_3);
    }
    { /* Dv columns 32 .. 63 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 32), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 40), al0), c0_2 = afv_avx2_mul(afv_avx2_load(acc0 + 48), al0), c0_3 = afv_avx2_mul(afv_avx2_load(acc0 + 56), al0);
        for (int32_t k = 0; k < n; k++) {
            afk_bf16_dk192_dv128_avx2_pf_issue(pf, 1);
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 32;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8), y2 = afv_avx2_load(v + 16), y3 = afv_avx2_load(v + 24);
            { const afv_avx2 b = afv_avx2_set1(p0[k]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); c0_2 = afv_avx2_fma(b, y2, c0_2); c0_3 = afv_avx2_fma(b, y3, c0_3); }
        }
        afv_avx2_store(acc0 + 32, c0_0); afv_avx2_store(acc0 + 40, c0_1); afv_avx2_store(acc0 + 48, c0_2); afv_avx2_store(acc0 + 56, c0_3);
    }
    { /* Dv columns 64 .. 95 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 64), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 72), al0), c0_2 = afv_avx2_mul(afv_avx2_load(acc0 + 80), al0), c0_3 = afv_avx2_mul(afv_avx2_load(acc0 + 88), al0);
        for (int32_t k = 0; k < n; k++) {
            afk_bf16_dk192_dv128_avx2_pf_issue(pf, 1);
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 64;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8), y2 = afv_avx2_load(v + 16), y3 = afv_avx2_load(v + 24);
            { const afv_avx2 b = afv_avx2_set1(p0[k]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); c0_2 = afv_avx2_fma(b, y2, c0_2); c0_3 = afv_avx2_fma(b, y3, c0_3); }
        }
        afv_avx2_store(acc0 + 64, c0_0); afv_avx2_store(acc0 + 72, c0_1); afv_avx2_store(acc0 + 80, c0_2); afv_avx2_store(acc0 + 88, c0_3);
    }
    { /* Dv columns 96 .. 127 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 96), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 104), al0), c0_2 = afv_avx2_mul(afv_avx2_load(acc0 + 112), al0), c0_3 = afv_avx2_mul(afv_avx2_load(acc0 + 120), al0);
        for (int32_t k = 0; k < n; k++) {
            afk_bf16_dk192_dv128_avx2_pf_issue(pf, 1);
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 96;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8), y2 = afv_avx2_load(v + 16), y3 = afv_avx2_load(v + 24);
            { const afv_avx2 b = afv_avx2_set1(p0[k]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); c0_2 = afv_avx2_fma(b, y2, c0_2); c0_3 = afv_avx2_fma(b, y3, c0_3); }
        }
        afv_avx2_store(acc0 + 96, c0_0); afv_avx2_store(acc0 + 104, c0_1); afv_avx2_store(acc0 + 112, c0_2); afv_avx2_store(acc0 + 120, c0_3);
    }
}

/* Block softmax of 1 row(s) over a full block of 16 keys (see decode.c.in). */
static inline AF_TARGET_AVX2 int afk_bf16_dk192_dv128_avx2_dec_sm1(afp_avx2_bf16_row *rw, float *s, float *alpha, int64_t jb,
                                     int cap, afv_avx2 vscale, afv_avx2 vcap, int alibi, int *partial)
{
    const afv_avx2 ninf = afv_avx2_set1(-INFINITY), zero = afv_avx2_zero();
    afv_avx2 x0_0, x0_1, mx0 = ninf, ng0 = ninf;
    x0_0 = afv_avx2_mul(afv_avx2_load(s + 0), vscale);
    if (cap) { x0_0 = afp_avx2_bf16_apply_softcap(x0_0, vcap, cap); }
    if (alibi) {
        x0_0 = afv_avx2_fma(afv_avx2_set1(-rw[0].slope), afv_avx2_abs(afv_avx2_add(afv_avx2_set1((float)(jb + 0 - rw[0].pos)), afv_avx2_iota())), x0_0);
    }
    mx0 = afv_avx2_max(mx0, x0_0); ng0 = afv_avx2_max(ng0, afv_avx2_sub(zero, x0_0));
    x0_1 = afv_avx2_mul(afv_avx2_load(s + 8), vscale);
    if (cap) { x0_1 = afp_avx2_bf16_apply_softcap(x0_1, vcap, cap); }
    if (alibi) {
        x0_1 = afv_avx2_fma(afv_avx2_set1(-rw[0].slope), afv_avx2_abs(afv_avx2_add(afv_avx2_set1((float)(jb + 8 - rw[0].pos)), afv_avx2_iota())), x0_1);
    }
    mx0 = afv_avx2_max(mx0, x0_1); ng0 = afv_avx2_max(ng0, afv_avx2_sub(zero, x0_1));
    const float mb0 = afv_avx2_hmax(mx0);
    if (mb0 == -INFINITY) return 0;
    if (afv_avx2_hmax(ng0) == INFINITY) *partial = 1;
    const float mo0 = *rw[0].m, mn0 = mb0 > mo0 ? mb0 : mo0;
    const afv_avx2 vm0 = afv_avx2_set1(mn0);
    afv_avx2 sum0 = zero;
    alpha[0] = afv_avx2_first(afv_avx2_exp(afv_avx2_set1(mo0 - mn0)));
    { const afv_avx2 p = afv_avx2_excl(afv_avx2_expn(afv_avx2_sub(x0_0, vm0)), x0_0); afv_avx2_store(s + 0, p); sum0 = afv_avx2_add(sum0, p); }
    { const afv_avx2 p = afv_avx2_excl(afv_avx2_expn(afv_avx2_sub(x0_1, vm0)), x0_1); afv_avx2_store(s + 8, p); sum0 = afv_avx2_add(sum0, p); }
    {
        const float ps = afv_avx2_hsum(sum0);
        if (ps != ps) { /* a NaN score, or an inf one: exp(inf - inf) */
            *rw[0].m = *rw[0].l = NAN;
        } else {
            *rw[0].l = *rw[0].l * alpha[0] + ps;
            *rw[0].m = mn0;
        }
    }
    return 1;
}

/* Block softmax of 2 row(s) over a full block of 16 keys (see decode.c.in). */
static inline AF_TARGET_AVX2 int afk_bf16_dk192_dv128_avx2_dec_sm2(afp_avx2_bf16_row *rw, float *s, float *alpha, int64_t jb,
                                     int cap, afv_avx2 vscale, afv_avx2 vcap, int alibi, int *partial)
{
    const afv_avx2 ninf = afv_avx2_set1(-INFINITY), zero = afv_avx2_zero();
    afv_avx2 x0_0, x0_1, mx0 = ninf, ng0 = ninf;
    afv_avx2 x1_0, x1_1, mx1 = ninf, ng1 = ninf;
    x0_0 = afv_avx2_mul(afv_avx2_load(s + 0), vscale); x1_0 = afv_avx2_mul(afv_avx2_load(s + 16), vscale);
    if (cap) { x0_0 = afp_avx2_bf16_apply_softcap(x0_0, vcap, cap); x1_0 = afp_avx2_bf16_apply_softcap(x1_0, vcap, cap); }
    if (alibi) {
        x0_0 = afv_avx2_fma(afv_avx2_set1(-rw[0].slope), afv_avx2_abs(afv_avx2_add(afv_avx2_set1((float)(jb + 0 - rw[0].pos)), afv_avx2_iota())), x0_0);
        x1_0 = afv_avx2_fma(afv_avx2_set1(-rw[1].slope), afv_avx2_abs(afv_avx2_add(afv_avx2_set1((float)(jb + 0 - rw[1].pos)), afv_avx2_iota())), x1_0);
    }
    mx0 = afv_avx2_max(mx0, x0_0); ng0 = afv_avx2_max(ng0, afv_avx2_sub(zero, x0_0)); mx1 = afv_avx2_max(mx1, x1_0); ng1 = afv_avx2_max(ng1, afv_avx2_sub(zero, x1_0));
    x0_1 = afv_avx2_mul(afv_avx2_load(s + 8), vscale); x1_1 = afv_avx2_mul(afv_avx2_load(s + 24), vscale);
    if (cap) { x0_1 = afp_avx2_bf16_apply_softcap(x0_1, vcap, cap); x1_1 = afp_avx2_bf16_apply_softcap(x1_1, vcap, cap); }
    if (alibi) {
        x0_1 = afv_avx2_fma(afv_avx2_set1(-rw[0].slope), afv_avx2_abs(afv_avx2_add(afv_avx2_set1((float)(jb + 8 - rw[0].pos)), afv_avx2_iota())), x0_1);
        x1_1 = afv_avx2_fma(afv_avx2_set1(-rw[1].slope), afv_avx2_abs(afv_avx2_add(afv_avx2_set1((float)(jb + 8 - rw[1].pos)), afv_avx2_iota())), x1_1);
    }
    mx0 = afv_avx2_max(mx0, x0_1); ng0 = afv_avx2_max(ng0, afv_avx2_sub(zero, x0_1)); mx1 = afv_avx2_max(mx1, x1_1); ng1 = afv_avx2_max(ng1, afv_avx2_sub(zero, x1_1));
    const float mb0 = afv_avx2_hmax(mx0); const float mb1 = afv_avx2_hmax(mx1);
    if (mb0 == -INFINITY || mb1 == -INFINITY) return 0;
    if (afv_avx2_hmax(ng0) == INFINITY || afv_avx2_hmax(ng1) == INFINITY) *partial = 1;
    const float mo0 = *rw[0].m, mn0 = mb0 > mo0 ? mb0 : mo0;
    const afv_avx2 vm0 = afv_avx2_set1(mn0);
    afv_avx2 sum0 = zero;
    const float mo1 = *rw[1].m, mn1 = mb1 > mo1 ? mb1 : mo1;
    const afv_avx2 vm1 = afv_avx2_set1(mn1);
    afv_avx2 sum1 = zero;
    alpha[0] = afv_avx2_first(afv_avx2_exp(afv_avx2_set1(mo0 - mn0))); alpha[1] = afv_avx2_first(afv_avx2_exp(afv_avx2_set1(mo1 - mn1)));
    { const afv_avx2 p = afv_avx2_excl(afv_avx2_expn(afv_avx2_sub(x0_0, vm0)), x0_0); afv_avx2_store(s + 0, p); sum0 = afv_avx2_add(sum0, p); }
    { const afv_avx2 p = afv_avx2_excl(afv_avx2_expn(afv_avx2_sub(x1_0, vm1)), x1_0); afv_avx2_store(s + 16, p); sum1 = afv_avx2_add(sum1, p); }
    { const afv_avx2 p = afv_avx2_excl(afv_avx2_expn(afv_avx2_sub(x0_1, vm0)), x0_1); afv_avx2_store(s + 8, p); sum0 = afv_avx2_add(sum0, p); }
    { const afv_avx2 p = afv_avx2_excl(afv_avx2_expn(afv_avx2_sub(x1_1, vm1)), x1_1); afv_avx2_store(s + 24, p); sum1 = afv_avx2_add(sum1, p); }
    {
        const float ps = afv_avx2_hsum(sum0);
        if (ps != ps) { /* a NaN score, or an inf one: exp(inf - inf) */
            *rw[0].m = *rw[0].l = NAN;
        } else {
            *rw[0].l = *rw[0].l * alpha[0] + ps;
            *rw[0].m = mn0;
        }
    }
    {
        const float ps = afv_avx2_hsum(sum1);
        if (ps != ps) { /* a NaN score, or an inf one: exp(inf - inf) */
            *rw[1].m = *rw[1].l = NAN;
        } else {
            *rw[1].l = *rw[1].l * alpha[1] + ps;
            *rw[1].m = mn1;
        }
    }
    return 1;
}

/* Block softmax of 3 row(s) over a full block of 16 keys (see decode.c.in). */
static inline AF_TARGET_AVX2 int afk_bf16_dk192_dv128_avx2_dec_sm3(afp_avx2_bf16_row *rw, float *s, float *alpha, int64_t jb,
                                     int cap, afv_avx2 vscale, afv_avx2 vcap, int alibi, int *partial)
{
    const afv_avx2 ninf = afv_avx2_set1(-INFINITY), zero = afv_avx2_zero();
    afv_avx2 x0_0, x0_1, mx0 = ninf, ng0 = ninf;
    afv_avx2 x1_0, x1_1, mx1 = ninf, ng1 = ninf;
    afv_avx2 x2_0, x2_1, mx2 = ninf, ng2 = ninf;
    x0_0 = afv_avx2_mul(afv_avx2_load(s + 0), vscale); x1_0 = afv_avx2_mul(afv_avx2_load(s + 16), vscale); x2_0 = afv_avx2_mul(afv_avx2_load(s + 32), vscale);
    if (cap) { x0_0 = afp_avx2_bf16_apply_softcap(x0_0, vcap, cap); x1_0 = afp_avx2_bf16_apply_softcap(x1_0, vcap, cap); x2_0 = afp_avx2_bf16_apply_softcap(x2_0, vcap, cap); }
    if (alibi) {
        x0_0 = afv_avx2_fma(afv_avx2_set1(-rw[0].slope), afv_avx2_abs(afv_avx2_add(afv_avx2_set1((float)(jb + 0 - rw[0].pos)), afv_avx2_iota())), x0_0);
        x1_0 = afv_avx2_fma(afv_avx2_set1(-rw[1].slope), afv_avx2_abs(afv_avx2_add(afv_avx2_set1((float)(jb + 0 - rw[1].pos)), afv_avx2_iota())), x1_0);
        x2_0 = afv_avx2_fma(afv_avx2_set1(-rw[2].slope), afv_avx2_abs(afv_avx2_add(afv_avx2_set1((float)(jb + 0 - rw[2].pos)), afv_avx2_iota())), x2_0);
    }
    mx0 = afv_avx2_max(mx0, x0_0); ng0 = afv_avx2_max(ng0, afv_avx2_sub(zero, x0_0)); mx1 = afv_avx2_max(mx1, x1_0); ng1 = afv_avx2_max(ng1, afv_avx2_sub(zero, x1_0)); mx2 = afv_avx2_max(mx2, x2_0); ng2 = afv_avx2_max(ng2, afv_avx2_sub(zero, x2_0));
    x0_1 = afv_avx2_mul(afv_avx2_load(s + 8), vscale); x1_1 = afv_avx2_mul(afv_avx2_load(s + 24), vscale); x2_1 = afv_avx2_mul(afv_avx2_load(s + 40), vscale);
    if (cap) { x0_1 = afp_avx2_bf16_apply_softcap(x0_1, vcap, cap); x1_1 = afp_avx2_bf16_apply_softcap(x1_1, vcap, cap); x2_1 = afp_avx2_bf16_apply_softcap(x2_1, vcap, cap); }
    if (alibi) {
        x0_1 = afv_avx2_fma(afv_avx2_set1(-rw[0].slope), afv_avx2_abs(afv_avx2_add(afv_avx2_set1((float)(jb + 8 - rw[0].pos)), afv_avx2_iota())), x0_1);
        x1_1 = afv_avx2_fma(afv_avx2_set1(-rw[1].slope), afv_avx2_abs(afv_avx2_add(afv_avx2_set1((float)(jb + 8 - rw[1].pos)), afv_avx2_iota())), x1_1);
        x2_1 = afv_avx2_fma(afv_avx2_set1(-rw[2].slope), afv_avx2_abs(afv_avx2_add(afv_avx2_set1((float)(jb + 8 - rw[2].pos)), afv_avx2_iota())), x2_1);
    }
    mx0 = afv_avx2_max(mx0, x0_1); ng0 = afv_avx2_max(ng0, afv_avx2_sub(zero, x0_1)); mx1 = afv_avx2_max(mx1, x1_1); ng1 = afv_avx2_max(ng1, afv_avx2_sub(zero, x1_1)); mx2 = afv_avx2_max(mx2, x2_1); ng2 = afv_avx2_max(ng2, afv_avx2_sub(zero, x2_1));
    const float mb0 = afv_avx2_hmax(mx0); const float mb1 = afv_avx2_hmax(mx1); const float mb2 = afv_avx2_hmax(mx2);
    if (mb0 == -INFINITY || mb1 == -INFINITY || mb2 == -INFINITY) return 0;
    if (afv_avx2_hmax(ng0) == INFINITY || afv_avx2_hmax(ng1) == INFINITY || afv_avx2_hmax(ng2) == INFINITY) *partial = 1;
    const float mo0 = *rw[0].m, mn0 = mb0 > mo0 ? mb0 : mo0;
    const afv_avx2 vm0 = afv_avx2_set1(mn0);
    afv_avx2 sum0 = zero;
    const float mo1 = *rw[1].m, mn1 = mb1 > mo1 ? mb1 : mo1;
    const afv_avx2 vm1 = afv_avx2_set1(mn1);
    afv_avx2 sum1 = zero;
    const float mo2 = *rw[2].m, mn2 = mb2 > mo2 ? mb2 : mo2;
    const afv_avx2 vm2 = afv_avx2_set1(mn2);
    afv_avx2 sum2 = zero;
    alpha[0] = afv_avx2_first(afv_avx2_exp(afv_avx2_set1(mo0 - mn0))); alpha[1] = afv_avx2_first(afv_avx2_exp(afv_avx2_set1(mo1 - mn1))); alpha[2] = afv_avx2_first(afv_avx2_exp(afv_avx2_set1(mo2 - mn2)));
    { const afv_avx2 p = afv_avx2_excl(afv_avx2_expn(afv_avx2_sub(x0_0, vm0)), x0_0); afv_avx2_store(s + 0, p); sum0 = afv_avx2_add(sum0, p); }
    { const afv_avx2 p = afv_avx2_excl(afv_avx2_expn(afv_avx2_sub(x1_0, vm1)), x1_0); afv_avx2_store(s + 16, p); sum1 = afv_avx2_add(sum1, p); }
    { const afv_avx2 p = afv_avx2_excl(afv_avx2_expn(afv_avx2_sub(x2_0, vm2)), x2_0); afv_avx2_store(s + 32, p); sum2 = afv_avx2_add(sum2, p); }
    { const afv_avx2 p = afv_avx2_excl(afv_avx2_expn(afv_avx2_sub(x0_1, vm0)), x0_1); afv_avx2_store(s + 8, p); sum0 = afv_avx2_add(sum0, p); }
    { const afv_avx2 p = afv_avx2_excl(afv_avx2_expn(afv_avx2_sub(x1_1, vm1)), x1_1); afv_avx2_store(s + 24, p); sum1 = afv_avx2_add(sum1, p); }
    { const afv_avx2 p = afv_avx2_excl(afv_avx2_expn(afv_avx2_sub(x2_1, vm2)), x2_1); afv_avx2_store(s + 40, p); sum2 = afv_avx2_add(sum2, p); }
    {
        const float ps = afv_avx2_hsum(sum0);
        if (ps != ps) { /* a NaN score, or an inf one: exp(inf - inf) */
            *rw[0].m = *rw[0].l = NAN;
        } else {
            *rw[0].l = *rw[0].l * alpha[0] + ps;
            *rw[0].m = mn0;
        }
    }
    {
        const float ps = afv_avx2_hsum(sum1);
        if (ps != ps) { /* a NaN score, or an inf one: exp(inf - inf) */
            *rw[1].m = *rw[1].l = NAN;
        } else {
            *rw[1].l = *rw[1].l * alpha[1] + ps;
            *rw[1].m = mn1;
        }
    }
    {
        const float ps = afv_avx2_hsum(sum2);
        if (ps != ps) { /* a NaN score, or an inf one: exp(inf - inf) */
            *rw[2].m = *rw[2].l = NAN;
        } else {
            *rw[2].l = *rw[2].l * alpha[2] + ps;
            *rw[2].m = mn2;
        }
    }
    return 1;
}

/* Block softmax of 4 row(s) over a full block of 16 keys (see decode.c.in). */
static inline AF_TARGET_AVX2 int afk_bf16_dk192_dv128_avx2_dec_sm4(afp_avx2_bf16_row *rw, float *s, float *alpha, int64_t jb,
                                     int cap, afv_avx2 vscale, afv_avx2 vcap, int alibi, int *partial)
{
    const afv_avx2 ninf = afv_avx2_set1(-INFINITY), zero = afv_avx2_zero();
    afv_avx2 x0_0, x0_1, mx0 = ninf, ng0 = ninf;
    afv_avx2 x1_0, x1_1, mx1 = ninf, ng1 = ninf;
    afv_avx2 x2_0, x2_1, mx2 = ninf, ng2 = ninf;
    afv_avx2 x3_0, x3_1, mx3 = ninf, ng3 = ninf;
    x0_0 = afv_avx2_mul(afv_avx2_load(s + 0), vscale); x1_0 = afv_avx2_mul(afv_avx2_load(s + 16), vscale); x2_0 = afv_avx2_mul(afv_avx2_load(s + 32), vscale); x3_0 = afv_avx2_mul(afv_avx2_load(s + 48), vscale);
    if (cap) { x0_0 = afp_avx2_bf16_apply_softcap(x0_0, vcap, cap); x1_0 = afp_avx2_bf16_apply_softcap(x1_0, vcap, cap); x2_0 = afp_avx2_bf16_apply_softcap(x2_0, vcap, cap); x3_0 = afp_avx2_bf16_apply_softcap(x3_0, vcap, cap); }
    if (alibi) {
        x0_0 = afv_avx2_fma(afv_avx2_set1(-rw[0].slope), afv_avx2_abs(afv_avx2_add(afv_avx2_set1((float)(jb + 0 - rw[0].pos)), afv_avx2_iota())), x0_0);
        x1_0 = afv_avx2_fma(afv_avx2_set1(-rw[1].slope), afv_avx2_abs(afv_avx2_add(afv_avx2_set1((float)(jb + 0 - rw[1].pos)), afv_avx2_iota())), x1_0);
        x2_0 = afv_avx2_fma(afv_avx2_set1(-rw[2].slope), afv_avx2_abs(afv_avx2_add(afv_avx2_set1((float)(jb + 0 - rw[2].pos)), afv_avx2_iota())), x2_0);
        x3_0 = afv_avx2_fma(afv_avx2_set1(-rw[3].slope), afv_avx2_abs(afv_avx2_add(afv_avx2_set1((float)(jb + 0 - rw[3].pos)), afv_avx2_iota())), x3_0);
    }
    mx0 = afv_avx2_max(mx0, x0_0); ng0 = afv_avx2_max(ng0, afv_avx2_sub(zero, x0_0)); mx1 = afv_avx2_max(mx1, x1_0); ng1 = afv_avx2_max(ng1, afv_avx2_sub(zero, x1_0)); mx2 = afv_avx2_max(mx2, x2_0); ng2 = afv_avx2_max(ng2, afv_avx2_sub(zero, x2_0)); mx3 = afv_avx2_max(mx3, x3_0); ng3 = afv_avx2_max(ng3, afv_avx2_sub(zero, x3_0));
    x0_1 = afv_avx2_mul(afv_avx2_load(s + 8), vscale); x1_1 = afv_avx2_mul(afv_avx2_load(s + 24), vscale); x2_1 = afv_avx2_mul(afv_avx2_load(s + 40), vscale); x3_1 = afv_avx2_mul(afv_avx2_load(s + 56), vscale);
    if (cap) { x0_1 = afp_avx2_bf16_apply_softcap(x0_1, vcap, cap); x1_1 = afp_avx2_bf16_apply_softcap(x1_1, vcap, cap); x2_1 = afp_avx2_bf16_apply_softcap(x2_1, vcap, cap); x3_1 = afp_avx2_bf16_apply_softcap(x3_1, vcap, cap); }
    if (alibi) {
        x0_1 = afv_avx2_fma(afv_avx2_set1(-rw[0].slope), afv_avx2_abs(afv_avx2_add(afv_avx2_set1((float)(jb + 8 - rw[0].pos)), afv_avx2_iota())), x0_1);
        x1_1 = afv_avx2_fma(afv_avx2_set1(-rw[1].slope), afv_avx2_abs(afv_avx2_add(afv_avx2_set1((float)(jb + 8 - rw[1].pos)), afv_avx2_iota())), x1_1);
        x2_1 = afv_avx2_fma(afv_avx2_set1(-rw[2].slope), afv_avx2_abs(afv_avx2_add(afv_avx2_set1((float)(jb + 8 - rw[2].pos)), afv_avx2_iota())), x2_1);
        x3_1 = afv_avx2_fma(afv_avx2_set1(-rw[3].slope), afv_avx2_abs(afv_avx2_add(afv_avx2_set1((float)(jb + 8 - rw[3].pos)), afv_avx2_iota())), x3_1);
    }
    mx0 = afv_avx2_max(mx0, x0_1); ng0 = afv_avx2_max(ng0, afv_avx2_sub(zero, x0_1)); mx1 = afv_avx2_max(mx1, x1_1); ng1 = afv_avx2_max(ng1, afv_avx2_sub(zero, x1_1)); mx2 = afv_avx2_max(mx2, x2_1); ng2 = afv_avx2_max(ng2, afv_avx2_sub(zero, x2_1)); mx3 = afv_avx2_max(mx3, x3_1); ng3 = afv_avx2_max(ng3, afv_avx2_sub(zero, x3_1));
    const float mb0 = afv_avx2_hmax(mx0); const float mb1 = afv_avx2_hmax(mx1); const float mb2 = afv_avx2_hmax(mx2); const float mb3 = afv_avx2_hmax(mx3);
    if (mb0 == -INFINITY || mb1 == -INFINITY || mb2 == -INFINITY || mb3 == -INFINITY) return 0;
    if (afv_avx2_hmax(ng0) == INFINITY || afv_avx2_hmax(ng1) == INFINITY || afv_avx2_hmax(ng2) == INFINITY || afv_avx2_hmax(ng3) == INFINITY) *partial = 1;
    const float mo0 = *rw[0].m, mn0 = mb0 > mo0 ? mb0 : mo0;
    const afv_avx2 vm0 = afv_avx2_set1(mn0);
    afv_avx2 sum0 = zero;
    const float mo1 = *rw[1].m, mn1 = mb1 > mo1 ? mb1 : mo1;
    const afv_avx2 vm1 = afv_avx2_set1(mn1);
    afv_avx2 sum1 = zero;
    const float mo2 = *rw[2].m, mn2 = mb2 > mo2 ? mb2 : mo2;
    const afv_avx2 vm2 = afv_avx2_set1(mn2);
    afv_avx2 sum2 = zero;
    const float mo3 = *rw[3].m, mn3 = mb3 > mo3 ? mb3 : mo3;
    const afv_avx2 vm3 = afv_avx2_set1(mn3);
    afv_avx2 sum3 = zero;
    alpha[0] = afv_avx2_first(afv_avx2_exp(afv_avx2_set1(mo0 - mn0))); alpha[1] = afv_avx2_first(afv_avx2_exp(afv_avx2_set1(mo1 - mn1))); alpha[2] = afv_avx2_first(afv_avx2_exp(afv_avx2_set1(mo2 - mn2))); alpha[3] = afv_avx2_first(afv_avx2_exp(afv_avx2_set1(mo3 - mn3)));
    { const afv_avx2 p = afv_avx2_excl(afv_avx2_expn(afv_avx2_sub(x0_0, vm0)), x0_0); afv_avx2_store(s + 0, p); sum0 = afv_avx2_add(sum0, p); }
    { const afv_avx2 p = afv_avx2_excl(afv_avx2_expn(afv_avx2_sub(x1_0, vm1)), x1_0); afv_avx2_store(s + 16, p); sum1 = afv_avx2_add(sum1, p); }
    { const afv_avx2 p = afv_avx2_excl(afv_avx2_expn(afv_avx2_sub(x2_0, vm2)), x2_0); afv_avx2_store(s + 32, p); sum2 = afv_avx2_add(sum2, p); }
    { const afv_avx2 p = afv_avx2_excl(afv_avx2_expn(afv_avx2_sub(x3_0, vm3)), x3_0); afv_avx2_store(s + 48, p); sum3 = afv_avx2_add(sum3, p); }
    { const afv_avx2 p = afv_avx2_excl(afv_avx2_expn(afv_avx2_sub(x0_1, vm0)), x0_1); afv_avx2_store(s + 8, p); sum0 = afv_avx2_add(sum0, p); }
    { const afv_avx2 p = afv_avx2_excl(afv_avx2_expn(afv_avx2_sub(x1_1, vm1)), x1_1); afv_avx2_store(s + 24, p); sum1 = afv_avx2_add(sum1, p); }
    { const afv_avx2 p = afv_avx2_excl(afv_avx2_expn(afv_avx2_sub(x2_1, vm2)), x2_1); afv_avx2_store(s + 40, p); sum2 = afv_avx2_add(sum2, p); }
    { const afv_avx2 p = afv_avx2_excl(afv_avx2_expn(afv_avx2_sub(x3_1, vm3)), x3_1); afv_avx2_store(s + 56, p); sum3 = afv_avx2_add(sum3, p); }
    {
        const float ps = afv_avx2_hsum(sum0);
        if (ps != ps) { /* a NaN score, or an inf one: exp(inf - inf) */
            *rw[0].m = *rw[0].l = NAN;
        } else {
            *rw[0].l = *rw[0].l * alpha[0] + ps;
            *rw[0].m = mn0;
        }
    }
    {
        const float ps = afv_avx2_hsum(sum1);
        if (ps != ps) { /* a NaN score, or an inf one: exp(inf - inf) */
            *rw[1].m = *rw[1].l = NAN;
        } else {
            *rw[1].l = *rw[1].l * alpha[1] + ps;
            *rw[1].m = mn1;
        }
    }
    {
        const float ps = afv_avx2_hsum(sum2);
        if (ps != ps) { /* a NaN score, or an inf one: exp(inf - inf) */
            *rw[2].m = *rw[2].l = NAN;
        } else {
            *rw[2].l = *rw[2].l * alpha[2] + ps;
            *rw[2].m = mn2;
        }
    }
    {
        const float ps = afv_avx2_hsum(sum3);
        if (ps != ps) { /* a NaN score, or an inf one: exp(inf - inf) */
            *rw[3].m = *rw[3].l = NAN;
        } else {
            *rw[3].l = *rw[3].l * alpha[3] + ps;
            *rw[3].m = mn3;
        }
    }
    return 1;
}

/* ---- decode (templates/decode.c.in) ----
 * Rows are taken in chunks of 21 (Q widened to f32 once per tile) and the
 * keys of the tile in blocks of 16. A tile may span several KV heads (rows
 * h-major, so each KV head's rows are contiguous): each key block is then
 * processed head by head, so the task reads every head's slice of a key row
 * before moving on (whole BSHD rows in order). For each block and head, K rows
 * are gathered (contiguous, strided or paged) and packed (widened to f32) into an L1 buffer;
 * the head's rows compute their scores against them in register blocks of
 * 4 x 2, 2 x 4, 1 x 8 (rows x keys, largest first; one accumulator per
 * row and key over the unrolled Dk, one reduction per block), then the block
 * softmax rescales each row once, then P*V runs over the same V rows in
 * blocks of 2, 1 rows x 32 columns.
 * Online softmax invariant, per row, after the blocks [j0, jb) were processed:
 *   m = max of the visible scores so far (-inf if none),
 *   l = sum of exp(s - m), acc = sum of exp(s - m) * v,
 * so a new block with max mb rescales l and acc by exp(m - max(m, mb)).
 */

/* Keys [jb, jb + n) (n padded to np) for rows [0, nr) of one KV head kvh:
 * rw, qb, sb and alpha point at the first of those rows. */
static inline AF_TARGET_AVX2 void afk_bf16_dk192_dv128_avx2_dec_block(const af_call *c, const af_tile *t, int32_t kvh,
                                           afp_avx2_bf16_row *rw, const float *qb, float *sb, float *alpha,
                                           int32_t nr, int64_t jb, int32_t n, int32_t np, int32_t hg, int32_t ng)
{
    const uint16_t *kraw[16], *vraw[16];
    const float *kp[16];
    const float *vp[16];
    float kbuf[16 * 192], *const vbuf = kbuf; /* K, then V */
    int active = 0, partial = 0;
    for (int32_t r = 0; r < nr; r++) active |= rw[r].lo < jb + n && rw[r].hi > jb;
    if (!active) return;
    afp_avx2_bf16_gather(c, 0, t->b, kvh, jb, n, kraw);
    const float ksc = af_kv_scale(c, 0, kvh);
    {
    int32_t pf_h = (int32_t)((int64_t)hg * 16 % ng); /* the next row to prefetch: key pf_j, head pf_h */
    const int64_t pf_j = jb + 16 + (int64_t)hg * 16 / ng;
    const int64_t pf_ss = c->k_ss, pf_sh = c->k_sh;
    const int64_t pf_step = pf_sh - pf_ss, pf_wrap = pf_ss - (int64_t)ng * pf_sh;
    int64_t pf_off = (pf_j - jb) * pf_ss + (int64_t)(pf_h - hg) * pf_sh; /* from row k = 0 */
    for (int32_t k = 0; k < n; k++) {
        afk_bf16_dk192_dv128_avx2_pack_k(kbuf + k * 192, kraw[k], ksc);
        kp[k] = kbuf + k * 192;
        { /* a prefetch never faults, so a row past the end or across a page of
           * a paged cache costs nothing */
            const char *f = (const char *)(kraw[k] + pf_off);
            __builtin_prefetch(f + 0, 0, 2); /* prefetcht1 */
            __builtin_prefetch(f + 64, 0, 2); /* prefetcht1 */
            __builtin_prefetch(f + 128, 0, 2); /* prefetcht1 */
            __builtin_prefetch(f + 192, 0, 2); /* prefetcht1 */
            __builtin_prefetch(f + 256, 0, 2); /* prefetcht1 */
            __builtin_prefetch(f + 320, 0, 2); /* prefetcht1 */
            pf_off += pf_step;
            if (++pf_h == ng) pf_h = 0, pf_off += pf_wrap;
        }
    }
    }
    for (int32_t k = n; k < np; k++) kp[k] = kp[0]; /* padding keys: scores discarded */
    int32_t r = 0;
    for (; r + 4 <= nr; r += 4) {
        if (!((rw[r + 0].lo < jb + n && rw[r + 0].hi > jb) || (rw[r + 1].lo < jb + n && rw[r + 1].hi > jb) || (rw[r + 2].lo < jb + n && rw[r + 2].hi > jb) || (rw[r + 3].lo < jb + n && rw[r + 3].hi > jb))) continue;
        for (int32_t k = 0; k < np; k += 2) {
            afk_bf16_dk192_dv128_avx2_dec_qk4(qb + (r + 0) * 192, qb + (r + 1) * 192, qb + (r + 2) * 192, qb + (r + 3) * 192, kp + k,
                        sb + (r + 0) * 16 + k, sb + (r + 1) * 16 + k, sb + (r + 2) * 16 + k, sb + (r + 3) * 16 + k);
        }
    }
    for (; r + 2 <= nr; r += 2) {
        if (!((rw[r + 0].lo < jb + n && rw[r + 0].hi > jb) || (rw[r + 1].lo < jb + n && rw[r + 1].hi > jb))) continue;
        for (int32_t k = 0; k < np; k += 4) {
            afk_bf16_dk192_dv128_avx2_dec_qk2(qb + (r + 0) * 192, qb + (r + 1) * 192, kp + k,
                        sb + (r + 0) * 16 + k, sb + (r + 1) * 16 + k);
        }
    }
    for (; r < nr; r++) {
        if (rw[r].lo >= jb + n || rw[r].hi <= jb) continue;
        for (int32_t k = 0; k < np; k += 8) {
            afk_bf16_dk192_dv128_avx2_dec_qk(qb + r * 192, kp + k, sb + r * 16 + k);
        }
    }
    int32_t r0 = 0;
    if (n == 16) { /* a full block: rows that see all of it, without a mask to add, go 4 at a time */
        int full = 1, alibi = 0;
        const void *zm = NULL; /* a mask row found zero on the block (llama.cpp's is shared by the heads) */
        for (int32_t r = 0; r < nr && full; r++) {
            full = rw[r].lo <= jb && rw[r].hi >= jb + n;
            if (full && rw[r].mask && rw[r].mask != zm) {
                full = af_mask_zero(c, rw[r].mask, jb, jb + n);
                zm = rw[r].mask;
            }
            alibi |= rw[r].slope != 0.0f;
        }
        if (full) {
            const int cap = afp_avx2_bf16_softcap_fold(c);
            const afv_avx2 vscale = afv_avx2_set1(afp_avx2_bf16_score_factor(c, cap)), vcap = afv_avx2_set1(c->softcap);
            for (; r0 < nr; r0 += 4) {
                int ok;
                switch (nr - r0 < 4 ? nr - r0 : 4) {
                case 4: ok = afk_bf16_dk192_dv128_avx2_dec_sm4(rw + r0, sb + r0 * 16, alpha + r0, jb, cap, vscale, vcap, alibi, &partial); break;
                case 3: ok = afk_bf16_dk192_dv128_avx2_dec_sm3(rw + r0, sb + r0 * 16, alpha + r0, jb, cap, vscale, vcap, alibi, &partial); break;
                case 2: ok = afk_bf16_dk192_dv128_avx2_dec_sm2(rw + r0, sb + r0 * 16, alpha + r0, jb, cap, vscale, vcap, alibi, &partial); break;
                default: ok = afk_bf16_dk192_dv128_avx2_dec_sm1(rw + r0, sb + r0 * 16, alpha + r0, jb, cap, vscale, vcap, alibi, &partial); break;
                }
                if (!ok) break; /* a row with no finite score: the rows from r0 on take afp_avx2_bf16_softmax_row */
            }
        }
    }
    for (int32_t r = r0; r < nr; r++)
        alpha[r] = afp_avx2_bf16_softmax_row(c, &rw[r], sb + r * 16, jb, n, np, &partial);
    afp_avx2_bf16_gather(c, 1, t->b, kvh, jb, n, vraw);
    const float vsc = af_kv_scale(c, 1, kvh);
    {
    int32_t pf_h = (int32_t)((int64_t)hg * 16 % ng); /* the next row to prefetch: key pf_j, head pf_h */
    const int64_t pf_j = jb + 16 + (int64_t)hg * 16 / ng;
    const int64_t pf_ss = c->v_ss, pf_sh = c->v_sh;
    const int64_t pf_step = pf_sh - pf_ss, pf_wrap = pf_ss - (int64_t)ng * pf_sh;
    int64_t pf_off = (pf_j - jb) * pf_ss + (int64_t)(pf_h - hg) * pf_sh; /* from row k = 0 */
    for (int32_t k = 0; k < n; k++) {
        afk_bf16_dk192_dv128_avx2_pack_v(vbuf + k * 128, vraw[k], vsc);
        vp[k] = vbuf + k * 128;
        { /* a prefetch never faults, so a row past the end or across a page of
           * a paged cache costs nothing */
            const char *f = (const char *)(vraw[k] + pf_off);
            __builtin_prefetch(f + 0, 0, 2); /* prefetcht1 */
            __builtin_prefetch(f + 64, 0, 2); /* prefetcht1 */
            __builtin_prefetch(f + 128, 0, 2); /* prefetcht1 */
            __builtin_prefetch(f + 192, 0, 2); /* prefetcht1 */
            pf_off += pf_step;
            if (++pf_h == ng) pf_h = 0, pf_off += pf_wrap;
        }
    }
    }
    if (partial && !afk_bf16_dk192_dv128_avx2_v_finite(vp, n)) {
        for (int32_t r = 0; r < nr; r++) {
            float *a[1] = { rw[r].acc };
            const float *pr[1] = { sb + r * 16 };
            afk_bf16_dk192_dv128_avx2_dec_pv1g(a, pr, alpha + r, vp, n);
        }
    } else {
        int32_t g = 0;
        for (; g + 2 <= nr; g += 2) {
            float *a[2] = { rw[g + 0].acc, rw[g + 1].acc };
            const float *pr[2] = { sb + (g + 0) * 16, sb + (g + 1) * 16 };
            afk_bf16_dk192_dv128_avx2_dec_pv2(a, pr, alpha + g, vp, n);
        }
        for (; g < nr; g++) {
            float *a[1] = { rw[g].acc };
            const float *pr[1] = { sb + g * 16 };
            afk_bf16_dk192_dv128_avx2_dec_pv1(a, pr, alpha + g, vp, n);
        }
    }
}
/* Keys [jb, jb + n) (n padded to np) for rows [0, nr) of one KV head kvh, its prefetches spread by the cursor:
 * rw, qb, sb and alpha point at the first of those rows. */
static AF_NOINLINE AF_TARGET_AVX2 void afk_bf16_dk192_dv128_avx2_dec_block_pf(const af_call *c, const af_tile *t, int32_t kvh,
                                           afp_avx2_bf16_row *rw, const float *qb, float *sb, float *alpha,
                                           int32_t nr, int64_t jb, int32_t n, int32_t np, int32_t hg, int32_t ng)
{
    const uint16_t *kraw[16], *vraw[16];
    const float *kp[16];
    const float *vp[16];
    float kbuf[16 * 192], *const vbuf = kbuf; /* K, then V */
    int active = 0, partial = 0;
    for (int32_t r = 0; r < nr; r++) active |= rw[r].lo < jb + n && rw[r].hi > jb;
    if (!active) return;
    if (n < 1) return; /* never: n >= 1, said for the compiler, which does not see the caller here */
    afp_avx2_bf16_gather(c, 0, t->b, kvh, jb, n, kraw);
    afp_avx2_bf16_gather(c, 1, t->b, kvh, jb, n, vraw);
    afk_bf16_dk192_dv128_avx2_pf pfc;
    pfc.cur = pfc.tot = 0;
    {
        int32_t pf_h = (int32_t)((int64_t)hg * 16 % ng); /* the next row to prefetch: key pf_j, head pf_h */
        const int64_t pf_j = jb + 16 + (int64_t)hg * 16 / ng;
        const int64_t pf_ss = c->k_ss, pf_sh = c->k_sh;
        const int64_t pf_step = pf_sh - pf_ss, pf_wrap = pf_ss - (int64_t)ng * pf_sh;
        int64_t pf_off = (pf_j - jb) * pf_ss + (int64_t)(pf_h - hg) * pf_sh; /* from row k = 0 */
        for (int32_t k = 0; k < n; k++) { /* a prefetch never faults: a row past the end or across a page of a paged cache costs nothing */
            const char *f = (const char *)(kraw[k] + pf_off);
            pfc.line[pfc.tot++] = f + 0;
            pfc.line[pfc.tot++] = f + 64;
            pfc.line[pfc.tot++] = f + 128;
            pfc.line[pfc.tot++] = f + 192;
            pfc.line[pfc.tot++] = f + 256;
            pfc.line[pfc.tot++] = f + 320;
            pf_off += pf_step;
            if (++pf_h == ng) pf_h = 0, pf_off += pf_wrap;
        }
    }
    {
        int32_t pf_h = (int32_t)((int64_t)hg * 16 % ng); /* the next row to prefetch: key pf_j, head pf_h */
        const int64_t pf_j = jb + 16 + (int64_t)hg * 16 / ng;
        const int64_t pf_ss = c->v_ss, pf_sh = c->v_sh;
        const int64_t pf_step = pf_sh - pf_ss, pf_wrap = pf_ss - (int64_t)ng * pf_sh;
        int64_t pf_off = (pf_j - jb) * pf_ss + (int64_t)(pf_h - hg) * pf_sh; /* from row k = 0 */
        for (int32_t k = 0; k < n; k++) { /* a prefetch never faults: a row past the end or across a page of a paged cache costs nothing */
            const char *f = (const char *)(vraw[k] + pf_off);
            pfc.line[pfc.tot++] = f + 0;
            pfc.line[pfc.tot++] = f + 64;
            pfc.line[pfc.tot++] = f + 128;
            pfc.line[pfc.tot++] = f + 192;
            pf_off += pf_step;
            if (++pf_h == ng) pf_h = 0, pf_off += pf_wrap;
        }
    }
    afk_bf16_dk192_dv128_avx2_pf_rate(&pfc, nr, n, np);
    const float ksc = af_kv_scale(c, 0, kvh);
    for (int32_t k = 0; k < n; k++) {
        afk_bf16_dk192_dv128_avx2_pack_k(kbuf + k * 192, kraw[k], ksc);
        kp[k] = kbuf + k * 192;
        afk_bf16_dk192_dv128_avx2_pf_issue(&pfc, 1);
    }
    for (int32_t k = n; k < np; k++) kp[k] = kp[0]; /* padding keys: scores discarded */
    int32_t r = 0;
    for (; r + 4 <= nr; r += 4) {
        if (!((rw[r + 0].lo < jb + n && rw[r + 0].hi > jb) || (rw[r + 1].lo < jb + n && rw[r + 1].hi > jb) || (rw[r + 2].lo < jb + n && rw[r + 2].hi > jb) || (rw[r + 3].lo < jb + n && rw[r + 3].hi > jb))) continue;
        for (int32_t k = 0; k < np; k += 2) {
            afk_bf16_dk192_dv128_avx2_pf_issue(&pfc, 12);
            afk_bf16_dk192_dv128_avx2_dec_qk4(qb + (r + 0) * 192, qb + (r + 1) * 192, qb + (r + 2) * 192, qb + (r + 3) * 192, kp + k,
                        sb + (r + 0) * 16 + k, sb + (r + 1) * 16 + k, sb + (r + 2) * 16 + k, sb + (r + 3) * 16 + k);
        }
    }
    for (; r + 2 <= nr; r += 2) {
        if (!((rw[r + 0].lo < jb + n && rw[r + 0].hi > jb) || (rw[r + 1].lo < jb + n && rw[r + 1].hi > jb))) continue;
        for (int32_t k = 0; k < np; k += 4) {
            afk_bf16_dk192_dv128_avx2_pf_issue(&pfc, 12);
            afk_bf16_dk192_dv128_avx2_dec_qk2(qb + (r + 0) * 192, qb + (r + 1) * 192, kp + k,
                        sb + (r + 0) * 16 + k, sb + (r + 1) * 16 + k);
        }
    }
    for (; r < nr; r++) {
        if (rw[r].lo >= jb + n || rw[r].hi <= jb) continue;
        for (int32_t k = 0; k < np; k += 8) {
            afk_bf16_dk192_dv128_avx2_pf_issue(&pfc, 12);
            afk_bf16_dk192_dv128_avx2_dec_qk(qb + r * 192, kp + k, sb + r * 16 + k);
        }
    }
    int32_t r0 = 0;
    if (n == 16) { /* a full block: rows that see all of it, without a mask to add, go 4 at a time */
        int full = 1, alibi = 0;
        const void *zm = NULL; /* a mask row found zero on the block (llama.cpp's is shared by the heads) */
        for (int32_t r = 0; r < nr && full; r++) {
            full = rw[r].lo <= jb && rw[r].hi >= jb + n;
            if (full && rw[r].mask && rw[r].mask != zm) {
                full = af_mask_zero(c, rw[r].mask, jb, jb + n);
                zm = rw[r].mask;
            }
            alibi |= rw[r].slope != 0.0f;
        }
        if (full) {
            const int cap = afp_avx2_bf16_softcap_fold(c);
            const afv_avx2 vscale = afv_avx2_set1(afp_avx2_bf16_score_factor(c, cap)), vcap = afv_avx2_set1(c->softcap);
            for (; r0 < nr; r0 += 4) {
                int ok;
                switch (nr - r0 < 4 ? nr - r0 : 4) {
                case 4: ok = afk_bf16_dk192_dv128_avx2_dec_sm4(rw + r0, sb + r0 * 16, alpha + r0, jb, cap, vscale, vcap, alibi, &partial); break;
                case 3: ok = afk_bf16_dk192_dv128_avx2_dec_sm3(rw + r0, sb + r0 * 16, alpha + r0, jb, cap, vscale, vcap, alibi, &partial); break;
                case 2: ok = afk_bf16_dk192_dv128_avx2_dec_sm2(rw + r0, sb + r0 * 16, alpha + r0, jb, cap, vscale, vcap, alibi, &partial); break;
                default: ok = afk_bf16_dk192_dv128_avx2_dec_sm1(rw + r0, sb + r0 * 16, alpha + r0, jb, cap, vscale, vcap, alibi, &partial); break;
                }
                if (!ok) break; /* a row with no finite score: the rows from r0 on take afp_avx2_bf16_softmax_row */
            }
        }
    }
    for (int32_t r = r0; r < nr; r++)
        alpha[r] = afp_avx2_bf16_softmax_row(c, &rw[r], sb + r * 16, jb, n, np, &partial);
    const float vsc = af_kv_scale(c, 1, kvh);
    for (int32_t k = 0; k < n; k++) {
        afk_bf16_dk192_dv128_avx2_pack_v(vbuf + k * 128, vraw[k], vsc);
        vp[k] = vbuf + k * 128;
        afk_bf16_dk192_dv128_avx2_pf_issue(&pfc, 1);
    }
    if (partial && !afk_bf16_dk192_dv128_avx2_v_finite(vp, n)) {
        for (int32_t r = 0; r < nr; r++) {
            float *a[1] = { rw[r].acc };
            const float *pr[1] = { sb + r * 16 };
            afk_bf16_dk192_dv128_avx2_dec_pv1g_pf(a, pr, alpha + r, vp, n, &pfc);
        }
    } else {
        int32_t g = 0;
        for (; g + 2 <= nr; g += 2) {
            float *a[2] = { rw[g + 0].acc, rw[g + 1].acc };
            const float *pr[2] = { sb + (g + 0) * 16, sb + (g + 1) * 16 };
            afk_bf16_dk192_dv128_avx2_dec_pv2_pf(a, pr, alpha + g, vp, n, &pfc);
        }
        for (; g < nr; g++) {
            float *a[1] = { rw[g].acc };
            const float *pr[1] = { sb + g * 16 };
            afk_bf16_dk192_dv128_avx2_dec_pv1_pf(a, pr, alpha + g, vp, n, &pfc);
        }
    }
}

AF_TARGET_AVX2 void attnforge_bf16_dk192_dv128_decode__avx2(const af_call *c, const af_tile *t)
{
    const int32_t nrows = t->nh * t->ni;
    const int32_t rpk = t->nkv > 1 ? t->nh / t->nkv * t->ni : nrows; /* rows per KV head */
    /* prefetches spread over the arithmetic: see "The prefetch cursor" above */
    const int spread = !c->kv_hot && rpk > 1 &&
                       (int64_t)c->B * c->Hkv * (c->key_hi - c->key_lo) * 640 >= 8388608;
    afk_bf16_dk192_dv128_avx2_init(c, t);
    for (int32_t r0 = 0; r0 < nrows; r0 += 21) {
        const int32_t nr = nrows - r0 < 21 ? nrows - r0 : 21;
        afp_avx2_bf16_row rw[21];
        float qb[21 * 192];
        float sb[21 * 16], alpha[21];
        int64_t klo, khi;
        if (!afk_bf16_dk192_dv128_avx2_rows(c, t, r0, nr, rw, qb, &klo, &khi)) continue;
        const int32_t g0 = r0 / rpk, ng = (r0 + nr - 1) / rpk - g0 + 1; /* the chunk's KV heads */
        for (int64_t jb = klo; jb < khi; jb += 16) {
            const int32_t n = (int32_t)(khi - jb < 16 ? khi - jb : 16);
            const int32_t np = (n + 7) & ~7;
            for (int32_t ga = 0; ga < nr;) { /* the chunk's rows, one KV head at a time */
                const int32_t g = (r0 + ga) / rpk;
                const int32_t gb = (g + 1) * rpk - r0 < nr ? (g + 1) * rpk - r0 : nr;
                if (spread)
                    afk_bf16_dk192_dv128_avx2_dec_block_pf(c, t, t->kvh + g, rw + ga, qb + (int64_t)ga * 192, sb + (int64_t)ga * 16,
                                  alpha + ga, gb - ga, jb, n, np, g - g0, ng);
                else
                    afk_bf16_dk192_dv128_avx2_dec_block(c, t, t->kvh + g, rw + ga, qb + (int64_t)ga * 192, sb + (int64_t)ga * 16,
                                  alpha + ga, gb - ga, jb, n, np, g - g0, ng);
                ga = gb;
            }
        }
    }
}

/* QK^T outer-product block: 24 rows x 4 keys over Dk = 192, Q and S transposed. */
static inline AF_TARGET_AVX2 void afk_bf16_dk192_dv128_avx2_pre_qkt(const float *qt, const float *const *kp, float *st)
{
    afv_avx2 a0_0 = afv_avx2_zero(), a0_1 = afv_avx2_zero(), a0_2 = afv_avx2_zero();
    afv_avx2 a1_0 = afv_avx2_zero(), a1_1 = afv_avx2_zero(), a1_2 = afv_avx2_zero();
    afv_avx2 a2_0 = afv_avx2_zero(), a2_1 = afv_avx2_zero(), a2_2 = afv_avx2_zero();
    afv_avx2 a3_0 = afv_avx2_zero(), a3_1 = afv_avx2_zero(), a3_2 = afv_avx2_zero();
    const float *k0 = kp[0], *k1 = kp[1], *k2 = kp[2], *k3 = kp[3];
    for (int32_t d = 0; d < 192; d += 4) {
        {
            const afv_avx2 x0 = afv_avx2_load(qt + (d + 0) * 64 + 0), x1 = afv_avx2_load(qt + (d + 0) * 64 + 8), x2 = afv_avx2_load(qt + (d + 0) * 64 + 16);
            { const afv_avx2 b = afv_avx2_set1(k0[d + 0]); a0_0 = afv_avx2_fma(x0, b, a0_0); a0_1 = afv_avx2_fma(x1, b, a0_1); a0_2 = afv_avx2_fma(x2, b, a0_2); }
            { const afv_avx2 b = afv_avx2_set1(k1[d + 0]); a1_0 = afv_avx2_fma(x0, b, a1_0); a1_1 = afv_avx2_fma(x1, b, a1_1); a1_2 = afv_avx2_fma(x2, b, a1_2); }
            { const afv_avx2 b = afv_avx2_set1(k2[d + 0]); a2_0 = afv_avx2_fma(x0, b, a2_0); a2_1 = afv_avx2_fma(x1, b, a2_1); a2_2 = afv_avx2_fma(x2, b, a2_2); }
            { const afv_avx2 b = afv_avx2_set1(k3[d + 0]); a3_0 = afv_avx2_fma(x0, b, a3_0); a3_1 = afv_avx2_fma(x1, b, a3_1); a3_2 = afv_avx2_fma(x2, b, a3_2); }
        }
        {
            const afv_avx2 x0 = afv_avx2_load(qt + (d + 1) * 64 + 0), x1 = afv_avx2_load(qt + (d + 1) * 64 + 8), x2 = afv_avx2_load(qt + (d + 1) * 64 + 16);
            { const afv_avx2 b = afv_avx2_set1(k0[d + 1]); a0_0 = afv_avx2_fma(x0, b, a0_0); a0_1 = afv_avx2_fma(x1, b, a0_1); a0_2 = afv_avx2_fma(x2, b, a0_2); }
            { const afv_avx2 b = afv_avx2_set1(k1[d + 1]); a1_0 = afv_avx2_fma(x0, b, a1_0); a1_1 = afv_avx2_fma(x1, b, a1_1); a1_2 = afv_avx2_fma(x2, b, a1_2); }
            { const afv_avx2 b = afv_avx2_set1(k2[d + 1]); a2_0 = afv_avx2_fma(x0, b, a2_0); a2_1 = afv_avx2_fma(x1, b, a2_1); a2_2 = afv_avx2_fma(x2, b, a2_2); }
            { const afv_avx2 b = afv_avx2_set1(k3[d + 1]); a3_0 = afv_avx2_fma(x0, b, a3_0); a3_1 = afv_avx2_fma(x1, b, a3_1); a3_2 = afv_avx2_fma(x2, b, a3_2); }
        }
        {
            const afv_avx2 x0 = afv_avx2_load(qt + (d + 2) * 64 + 0), x1 = afv_avx2_load(qt + (d + 2) * 64 + 8), x2 = afv_avx2_load(qt + (d + 2) * 64 + 16);
            { const afv_avx2 b = afv_avx2_set1(k0[d + 2]); a0_0 = afv_avx2_fma(x0, b, a0_0); a0_1 = afv_avx2_fma(x1, b, a0_1); a0_2 = afv_avx2_fma(x2, b, a0_2); }
            { const afv_avx2 b = afv_avx2_set1(k1[d + 2]); a1_0 = afv_avx2_fma(x0, b, a1_0); a1_1 = afv_avx2_fma(x1, b, a1_1); a1_2 = afv_avx2_fma(x2, b, a1_2); }
            { const afv_avx2 b = afv_avx2_set1(k2[d + 2]); a2_0 = afv_avx2_fma(x0, b, a2_0); a2_1 = afv_avx2_fma(x1, b, a2_1); a2_2 = afv_avx2_fma(x2, b, a2_2); }
            { const afv_avx2 b = afv_avx2_set1(k3[d + 2]); a3_0 = afv_avx2_fma(x0, b, a3_0); a3_1 = afv_avx2_fma(x1, b, a3_1); a3_2 = afv_avx2_fma(x2, b, a3_2); }
        }
        {
            const afv_avx2 x0 = afv_avx2_load(qt + (d + 3) * 64 + 0), x1 = afv_avx2_load(qt + (d + 3) * 64 + 8), x2 = afv_avx2_load(qt + (d + 3) * 64 + 16);
            { const afv_avx2 b = afv_avx2_set1(k0[d + 3]); a0_0 = afv_avx2_fma(x0, b, a0_0); a0_1 = afv_avx2_fma(x1, b, a0_1); a0_2 = afv_avx2_fma(x2, b, a0_2); }
            { const afv_avx2 b = afv_avx2_set1(k1[d + 3]); a1_0 = afv_avx2_fma(x0, b, a1_0); a1_1 = afv_avx2_fma(x1, b, a1_1); a1_2 = afv_avx2_fma(x2, b, a1_2); }
            { const afv_avx2 b = afv_avx2_set1(k2[d + 3]); a2_0 = afv_avx2_fma(x0, b, a2_0); a2_1 = afv_avx2_fma(x1, b, a2_1); a2_2 = afv_avx2_fma(x2, b, a2_2); }
            { const afv_avx2 b = afv_avx2_set1(k3[d + 3]); a3_0 = afv_avx2_fma(x0, b, a3_0); a3_1 = afv_avx2_fma(x1, b, a3_1); a3_2 = afv_avx2_fma(x2, b, a3_2); }
        }
    }
    afv_avx2_store(st + 0, a0_0); afv_avx2_store(st + 8, a0_1); afv_avx2_store(st + 16, a0_2);
    afv_avx2_store(st + 64, a1_0); afv_avx2_store(st + 72, a1_1); afv_avx2_store(st + 80, a1_2);
    afv_avx2_store(st + 128, a2_0); afv_avx2_store(st + 136, a2_1); afv_avx2_store(st + 144, a2_2);
    afv_avx2_store(st + 192, a3_0); afv_avx2_store(st + 200, a3_1); afv_avx2_store(st + 208, a3_2);
}

/* QK^T outer-product block: 16 rows x 4 keys over Dk = 192, Q and S transposed. */
static inline AF_TARGET_AVX2 void afk_bf16_dk192_dv128_avx2_pre_qkt2(const float *qt, const float *const *kp, float *st)
{
    afv_avx2 a0_0 = afv_avx2_zero(), a0_1 = afv_avx2_zero();
    afv_avx2 a1_0 = afv_avx2_zero(), a1_1 = afv_avx2_zero();
    afv_avx2 a2_0 = afv_avx2_zero(), a2_1 = afv_avx2_zero();
    afv_avx2 a3_0 = afv_avx2_zero(), a3_1 = afv_avx2_zero();
    const float *k0 = kp[0], *k1 = kp[1], *k2 = kp[2], *k3 = kp[3];
    for (int32_t d = 0; d < 192; d += 4) {
        {
            const afv_avx2 x0 = afv_avx2_load(qt + (d + 0) * 64 + 0), x1 = afv_avx2_load(qt + (d + 0) * 64 + 8);
            { const afv_avx2 b = afv_avx2_set1(k0[d + 0]); a0_0 = afv_avx2_fma(x0, b, a0_0); a0_1 = afv_avx2_fma(x1, b, a0_1); }
            { const afv_avx2 b = afv_avx2_set1(k1[d + 0]); a1_0 = afv_avx2_fma(x0, b, a1_0); a1_1 = afv_avx2_fma(x1, b, a1_1); }
            { const afv_avx2 b = afv_avx2_set1(k2[d + 0]); a2_0 = afv_avx2_fma(x0, b, a2_0); a2_1 = afv_avx2_fma(x1, b, a2_1); }
            { const afv_avx2 b = afv_avx2_set1(k3[d + 0]); a3_0 = afv_avx2_fma(x0, b, a3_0); a3_1 = afv_avx2_fma(x1, b, a3_1); }
        }
        {
            const afv_avx2 x0 = afv_avx2_load(qt + (d + 1) * 64 + 0), x1 = afv_avx2_load(qt + (d + 1) * 64 + 8);
            { const afv_avx2 b = afv_avx2_set1(k0[d + 1]); a0_0 = afv_avx2_fma(x0, b, a0_0); a0_1 = afv_avx2_fma(x1, b, a0_1); }
            { const afv_avx2 b = afv_avx2_set1(k1[d + 1]); a1_0 = afv_avx2_fma(x0, b, a1_0); a1_1 = afv_avx2_fma(x1, b, a1_1); }
            { const afv_avx2 b = afv_avx2_set1(k2[d + 1]); a2_0 = afv_avx2_fma(x0, b, a2_0); a2_1 = afv_avx2_fma(x1, b, a2_1); }
            { const afv_avx2 b = afv_avx2_set1(k3[d + 1]); a3_0 = afv_avx2_fma(x0, b, a3_0); a3_1 = afv_avx2_fma(x1, b, a3_1); }
        }
        {
            const afv_avx2 x0 = afv_avx2_load(qt + (d + 2) * 64 + 0), x1 = afv_avx2_load(qt + (d + 2) * 64 + 8);
            { const afv_avx2 b = afv_avx2_set1(k0[d + 2]); a0_0 = afv_avx2_fma(x0, b, a0_0); a0_1 = afv_avx2_fma(x1, b, a0_1); }
            { const afv_avx2 b = afv_avx2_set1(k1[d + 2]); a1_0 = afv_avx2_fma(x0, b, a1_0); a1_1 = afv_avx2_fma(x1, b, a1_1); }
            { const afv_avx2 b = afv_avx2_set1(k2[d + 2]); a2_0 = afv_avx2_fma(x0, b, a2_0); a2_1 = afv_avx2_fma(x1, b, a2_1); }
            { const afv_avx2 b = afv_avx2_set1(k3[d + 2]); a3_0 = afv_avx2_fma(x0, b, a3_0); a3_1 = afv_avx2_fma(x1, b, a3_1); }
        }
        {
            const afv_avx2 x0 = afv_avx2_load(qt + (d + 3) * 64 + 0), x1 = afv_avx2_load(qt + (d + 3) * 64 + 8);
            { const afv_avx2 b = afv_avx2_set1(k0[d + 3]); a0_0 = afv_avx2_fma(x0, b, a0_0); a0_1 = afv_avx2_fma(x1, b, a0_1); }
            { const afv_avx2 b = afv_avx2_set1(k1[d + 3]); a1_0 = afv_avx2_fma(x0, b, a1_0); a1_1 = afv_avx2_fma(x1, b, a1_1); }
            { const afv_avx2 b = afv_avx2_set1(k2[d + 3]); a2_0 = afv_avx2_fma(x0, b, a2_0); a2_1 = afv_avx2_fma(x1, b, a2_1); }
            { const afv_avx2 b = afv_avx2_set1(k3[d + 3]); a3_0 = afv_avx2_fma(x0, b, a3_0); a3_1 = afv_avx2_fma(x1, b, a3_1); }
        }
    }
    afv_avx2_store(st + 0, a0_0); afv_avx2_store(st + 8, a0_1);
    afv_avx2_store(st + 64, a1_0); afv_avx2_store(st + 72, a1_1);
    afv_avx2_store(st + 128, a2_0); afv_avx2_store(st + 136, a2_1);
    afv_avx2_store(st + 192, a3_0); afv_avx2_store(st + 200, a3_1);
}

/* QK^T outer-product block: 8 rows x 4 keys over Dk = 192, Q and S transposed. */
static inline AF_TARGET_AVX2 void afk_bf16_dk192_dv128_avx2_pre_qkt1(const float *qt, const float *const *kp, float *st)
{
    afv_avx2 a0_0 = afv_avx2_zero();
    afv_avx2 a1_0 = afv_avx2_zero();
    afv_avx2 a2_0 = afv_avx2_zero();
    afv_avx2 a3_0 = afv_avx2_zero();
    const float *k0 = kp[0], *k1 = kp[1], *k2 = kp[2], *k3 = kp[3];
    for (int32_t d = 0; d < 192; d += 4) {
        {
            const afv_avx2 x0 = afv_avx2_load(qt + (d + 0) * 64 + 0);
            { const afv_avx2 b = afv_avx2_set1(k0[d + 0]); a0_0 = afv_avx2_fma(x0, b, a0_0); }
            { const afv_avx2 b = afv_avx2_set1(k1[d + 0]); a1_0 = afv_avx2_fma(x0, b, a1_0); }
            { const afv_avx2 b = afv_avx2_set1(k2[d + 0]); a2_0 = afv_avx2_fma(x0, b, a2_0); }
            { const afv_avx2 b = afv_avx2_set1(k3[d + 0]); a3_0 = afv_avx2_fma(x0, b, a3_0); }
        }
        {
            const afv_avx2 x0 = afv_avx2_load(qt + (d + 1) * 64 + 0);
            { const afv_avx2 b = afv_avx2_set1(k0[d + 1]); a0_0 = afv_avx2_fma(x0, b, a0_0); }
            { const afv_avx2 b = afv_avx2_set1(k1[d + 1]); a1_0 = afv_avx2_fma(x0, b, a1_0); }
            { const afv_avx2 b = afv_avx2_set1(k2[d + 1]); a2_0 = afv_avx2_fma(x0, b, a2_0); }
            { const afv_avx2 b = afv_avx2_set1(k3[d + 1]); a3_0 = afv_avx2_fma(x0, b, a3_0); }
        }
        {
            const afv_avx2 x0 = afv_avx2_load(qt + (d + 2) * 64 + 0);
            { const afv_avx2 b = afv_avx2_set1(k0[d + 2]); a0_0 = afv_avx2_fma(x0, b, a0_0); }
            { const afv_avx2 b = afv_avx2_set1(k1[d + 2]); a1_0 = afv_avx2_fma(x0, b, a1_0); }
            { const afv_avx2 b = afv_avx2_set1(k2[d + 2]); a2_0 = afv_avx2_fma(x0, b, a2_0); }
            { const afv_avx2 b = afv_avx2_set1(k3[d + 2]); a3_0 = afv_avx2_fma(x0, b, a3_0); }
        }
        {
            const afv_avx2 x0 = afv_avx2_load(qt + (d + 3) * 64 + 0);
            { const afv_avx2 b = afv_avx2_set1(k0[d + 3]); a0_0 = afv_avx2_fma(x0, b, a0_0); }
            { const afv_avx2 b = afv_avx2_set1(k1[d + 3]); a1_0 = afv_avx2_fma(x0, b, a1_0); }
            { const afv_avx2 b = afv_avx2_set1(k2[d + 3]); a2_0 = afv_avx2_fma(x0, b, a2_0); }
            { const afv_avx2 b = afv_avx2_set1(k3[d + 3]); a3_0 = afv_avx2_fma(x0, b, a3_0); }
        }
    }
    afv_avx2_store(st + 0, a0_0);
    afv_avx2_store(st + 64, a1_0);
    afv_avx2_store(st + 128, a2_0);
    afv_avx2_store(st + 192, a3_0);
}

/* P*V register block, weights transposed: 6 row(s) x 16 columns of Dv = 128 per pass. */
static inline AF_TARGET_AVX2 void afk_bf16_dk192_dv128_avx2_pre_pvt(float *const *acc, const float *pt, const float *alpha,
        const float *const *vp, int32_t n)
{
    float *const acc0 = acc[0];
    const afv_avx2 al0 = afv_avx2_set1(alpha[0]);
    float *const acc1 = acc[1];
    const afv_avx2 al1 = afv_avx2_set1(alpha[1]);
    float *const acc2 = acc[2];
    const afv_avx2 al2 = afv_avx2_set1(alpha[2]);
    float *const acc3 = acc[3];
    const afv_avx2 al3 = afv_avx2_set1(alpha[3]);
    float *const acc4 = acc[4];
    const afv_avx2 al4 = afv_avx2_set1(alpha[4]);
    float *const acc5 = acc[5];
    const afv_avx2 al5 = afv_avx2_set1(alpha[5]);
    { /* Dv columns 0 .. 15 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 0), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 8), al0);
        afv_avx2 c1_0 = afv_avx2_mul(afv_avx2_load(acc1 + 0), al1), c1_1 = afv_avx2_mul(afv_avx2_load(acc1 + 8), al1);
        afv_avx2 c2_0 = afv_avx2_mul(afv_avx2_load(acc2 + 0), al2), c2_1 = afv_avx2_mul(afv_avx2_load(acc2 + 8), al2);
        afv_avx2 c3_0 = afv_avx2_mul(afv_avx2_load(acc3 + 0), al3), c3_1 = afv_avx2_mul(afv_avx2_load(acc3 + 8), al3);
        afv_avx2 c4_0 = afv_avx2_mul(afv_avx2_load(acc4 + 0), al4), c4_1 = afv_avx2_mul(afv_avx2_load(acc4 + 8), al4);
        afv_avx2 c5_0 = afv_avx2_mul(afv_avx2_load(acc5 + 0), al5), c5_1 = afv_avx2_mul(afv_avx2_load(acc5 + 8), al5);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 64;
            const float *v = vp[k] + 0;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8);
            { const afv_avx2 b = afv_avx2_set1(pk[0]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[1]); c1_0 = afv_avx2_fma(b, y0, c1_0); c1_1 = afv_avx2_fma(b, y1, c1_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[2]); c2_0 = afv_avx2_fma(b, y0, c2_0); c2_1 = afv_avx2_fma(b, y1, c2_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[3]); c3_0 = afv_avx2_fma(b, y0, c3_0); c3_1 = afv_avx2_fma(b, y1, c3_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[4]); c4_0 = afv_avx2_fma(b, y0, c4_0); c4_1 = afv_avx2_fma(b, y1, c4_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[5]); c5_0 = afv_avx2_fma(b, y0, c5_0); c5_1 = afv_avx2_fma(b, y1, c5_1); }
        }
        afv_avx2_store(acc0 + 0, c0_0); afv_avx2_store(acc0 + 8, c0_1);
        afv_avx2_store(acc1 + 0, c1_0); afv_avx2_store(acc1 + 8, c1_1);
        afv_avx2_store(acc2 + 0, c2_0); afv_avx2_store(acc2 + 8, c2_1);
        afv_avx2_store(acc3 + 0, c3_0); afv_avx2_store(acc3 + 8, c3_1);
        afv_avx2_store(acc4 + 0, c4_0); afv_avx2_store(acc4 + 8, c4_1);
        afv_avx2_store(acc5 + 0, c5_0); afv_avx2_store(acc5 + 8, c5_1);
    }
    { /* Dv columns 16 .. 31 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 16), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 24), al0);
        afv_avx2 c1_0 = afv_avx2_mul(afv_avx2_load(acc1 + 16), al1), c1_1 = afv_avx2_mul(afv_avx2_load(acc1 + 24), al1);
        afv_avx2 c2_0 = afv_avx2_mul(afv_avx2_load(acc2 + 16), al2), c2_1 = afv_avx2_mul(afv_avx2_load(acc2 + 24), al2);
        afv_avx2 c3_0 = afv_avx2_mul(afv_avx2_load(acc3 + 16), al3), c3_1 = afv_avx2_mul(afv_avx2_load(acc3 + 24), al3);
        afv_avx2 c4_0 = afv_avx2_mul(afv_avx2_load(acc4 + 16), al4), c4_1 = afv_avx2_mul(afv_avx2_load(acc4 + 24), al4);
        afv_avx2 c5_0 = afv_avx2_mul(afv_avx2_load(acc5 + 16), al5), c5_1 = afv_avx2_mul(afv_avx2_load(acc5 + 24), al5);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 64;
            const float *v = vp[k] + 16;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8);
            { const afv_avx2 b = afv_avx2_set1(pk[0]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[1]); c1_0 = afv_avx2_fma(b, y0, c1_0); c1_1 = afv_avx2_fma(b, y1, c1_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[2]); c2_0 = afv_avx2_fma(b, y0, c2_0); c2_1 = afv_avx2_fma(b, y1, c2_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[3]); c3_0 = afv_avx2_fma(b, y0, c3_0); c3_1 = afv_avx2_fma(b, y1, c3_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[4]); c4_0 = afv_avx2_fma(b, y0, c4_0); c4_1 = afv_avx2_fma(b, y1, c4_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[5]); c5_0 = afv_avx2_fma(b, y0, c5_0); c5_1 = afv_avx2_fma(b, y1, c5_1); }
        }
        afv_avx2_store(acc0 + 16, c0_0); afv_avx2_store(acc0 + 24, c0_1);
        afv_avx2_store(acc1 + 16, c1_0); afv_avx2_store(acc1 + 24, c1_1);
        afv_avx2_store(acc2 + 16, c2_0); afv_avx2_store(acc2 + 24, c2_1);
        afv_avx2_store(acc3 + 16, c3_0); afv_avx2_store(acc3 + 24, c3_1);
        afv_avx2_store(acc4 + 16, c4_0); afv_avx2_store(acc4 + 24, c4_1);
        afv_avx2_store(acc5 + 16, c5_0); afv_avx2_store(acc5 + 24, c5_1);
    }
    { /* Dv columns 32 .. 47 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 32), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 40), al0);
        afv_avx2 c1_0 = afv_avx2_mul(afv_avx2_load(acc1 + 32), al1), c1_1 = afv_avx2_mul(afv_avx2_load(acc1 + 40), al1);
        afv_avx2 c2_0 = afv_avx2_mul(afv_avx2_load(acc2 + 32), al2), c2_1 = afv_avx2_mul(afv_avx2_load(acc2 + 40), al2);
        afv_avx2 c3_0 = afv_avx2_mul(afv_avx2_load(acc3 + 32), al3), c3_1 = afv_avx2_mul(afv_avx2_load(acc3 + 40), al3);
        afv_avx2 c4_0 = afv_avx2_mul(afv_avx2_load(acc4 + 32), al4), c4_1 = afv_avx2_mul(afv_avx2_load(acc4 + 40), al4);
        afv_avx2 c5_0 = afv_avx2_mul(afv_avx2_load(acc5 + 32), al5), c5_1 = afv_avx2_mul(afv_avx2_load(acc5 + 40), al5);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 64;
            const float *v = vp[k] + 32;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8);
            { const afv_avx2 b = afv_avx2_set1(pk[0]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[1]); c1_0 = afv_avx2_fma(b, y0, c1_0); c1_1 = afv_avx2_fma(b, y1, c1_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[2]); c2_0 = afv_avx2_fma(b, y0, c2_0); c2_1 = afv_avx2_fma(b, y1, c2_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[3]); c3_0 = afv_avx2_fma(b, y0, c3_0); c3_1 = afv_avx2_fma(b, y1, c3_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[4]); c4_0 = afv_avx2_fma(b, y0, c4_0); c4_1 = afv_avx2_fma(b, y1, c4_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[5]); c5_0 = afv_avx2_fma(b, y0, c5_0); c5_1 = afv_avx2_fma(b, y1, c5_1); }
        }
        afv_avx2_store(acc0 + 32, c0_0); afv_avx2_store(acc0 + 40, c0_1);
        afv_avx2_store(acc1 + 32, c1_0); afv_avx2_store(acc1 + 40, c1_1);
        afv_avx2_store(acc2 + 32, c2_0); afv_avx2_store(acc2 + 40, c2_1);
        afv_avx2_store(acc3 + 32, c3_0); afv_avx2_store(acc3 + 40, c3_1);
        afv_avx2_store(acc4 + 32, c4_0); afv_avx2_store(acc4 + 40, c4_1);
        afv_avx2_store(acc5 + 32, c5_0); afv_avx2_store(acc5 + 40, c5_1);
    }
    { /* Dv columns 48 .. 63 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 48), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 56), al0);
        afv_avx2 c1_0 = afv_avx2_mul(afv_avx2_load(acc1 + 48), al1), c1_1 = afv_avx2_mul(afv_avx2_load(acc1 + 56), al1);
        afv_avx2 c2_0 = afv_avx2_mul(afv_avx2_load(acc2 + 48), al2), c2_1 = afv_avx2_mul(afv_avx2_load(acc2 + 56), al2);
        afv_avx2 c3_0 = afv_avx2_mul(afv_avx2_load(acc3 + 48), al3), c3_1 = afv_avx2_mul(afv_avx2_load(acc3 + 56), al3);
        afv_avx2 c4_0 = afv_avx2_mul(afv_avx2_load(acc4 + 48), al4), c4_1 = afv_avx2_mul(afv_avx2_load(acc4 + 56), al4);
        afv_avx2 c5_0 = afv_avx2_mul(afv_avx2_load(acc5 + 48), al5), c5_1 = afv_avx2_mul(afv_avx2_load(acc5 + 56), al5);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 64;
            const float *v = vp[k] + 48;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8);
            { const afv_avx2 b = afv_avx2_set1(pk[0]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[1]); c1_0 = afv_avx2_fma(b, y0, c1_0); c1_1 = afv_avx2_fma(b, y1, c1_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[2]); c2_0 = afv_avx2_fma(b, y0, c2_0); c2_1 = afv_avx2_fma(b, y1, c2_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[3]); c3_0 = afv_avx2_fma(b, y0, c3_0); c3_1 = afv_avx2_fma(b, y1, c3_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[4]); c4_0 = afv_avx2_fma(b, y0, c4_0); c4_1 = afv_avx2_fma(b, y1, c4_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[5]); c5_0 = afv_avx2_fma(b, y0, c5_0); c5_1 = afv_avx2_fma(b, y1, c5_1); }
        }
        afv_avx2_store(acc0 + 48, c0_0); afv_avx2_store(acc0 + 56, c0_1);
        afv_avx2_store(acc1 + 48, c1_0); afv_avx2_store(acc1 + 56, c1_1);
        afv_avx2_store(acc2 + 48, c2_0); afv_avx2_store(acc2 + 56, c2_1);
        afv_avx2_store(acc3 + 48, c3_0); afv_avx2_store(acc3 + 56, c3_1);
        afv_avx2_store(acc4 + 48, c4_0); afv_avx2_store(acc4 + 56, c4_1);
        afv_avx2_store(acc5 + 48, c5_0); afv_avx2_store(acc5 + 56, c5_1);
    }
    { /* Dv columns 64 .. 79 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 64), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 72), al0);
        afv_avx2 c1_0 = afv_avx2_mul(afv_avx2_load(acc1 + 64), al1), c1_1 = afv_avx2_mul(afv_avx2_load(acc1 + 72), al1);
        afv_avx2 c2_0 = afv_avx2_mul(afv_avx2_load(acc2 + 64), al2), c2_1 = afv_avx2_mul(afv_avx2_load(acc2 + 72), al2);
        afv_avx2 c3_0 = afv_avx2_mul(afv_avx2_load(acc3 + 64), al3), c3_1 = afv_avx2_mul(afv_avx2_load(acc3 + 72), al3);
        afv_avx2 c4_0 = afv_avx2_mul(afv_avx2_load(acc4 + 64), al4), c4_1 = afv_avx2_mul(afv_avx2_load(acc4 + 72), al4);
        afv_avx2 c5_0 = afv_avx2_mul(afv_avx2_load(acc5 + 64), al5), c5_1 = afv_avx2_mul(afv_avx2_load(acc5 + 72), al5);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 64;
            const float *v = vp[k] + 64;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8);
            { const afv_avx2 b = afv_avx2_set1(pk[0]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[1]); c1_0 = afv_avx2_fma(b, y0, c1_0); c1_1 = afv_avx2_fma(b, y1, c1_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[2]); c2_0 = afv_avx2_fma(b, y0, c2_0); c2_1 = afv_avx2_fma(b, y1, c2_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[3]); c3_0 = afv_avx2_fma(b, y0, c3_0); c3_1 = afv_avx2_fma(b, y1, c3_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[4]); c4_0 = afv_avx2_fma(b, y0, c4_0); c4_1 = afv_avx2_fma(b, y1, c4_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[5]); c5_0 = afv_avx2_fma(b, y0, c5_0); c5_1 = afv_avx2_fma(b, y1, c5_1); }
        }
        afv_avx2_store(acc0 + 64, c0_0); afv_avx2_store(acc0 + 72, c0_1);
        afv_avx2_store(acc1 + 64, c1_0); afv_avx2_store(acc1 + 72, c1_1);
        afv_avx2_store(acc2 + 64, c2_0); afv_avx2_store(acc2 + 72, c2_1);
        afv_avx2_store(acc3 + 64, c3_0); afv_avx2_store(acc3 + 72, c3_1);
        afv_avx2_store(acc4 + 64, c4_0); afv_avx2_store(acc4 + 72, c4_1);
        afv_avx2_store(acc5 + 64, c5_0); afv_avx2_store(acc5 + 72, c5_1);
    }
    { /* Dv columns 80 .. 95 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 80), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 88), al0);
        afv_avx2 c1_0 = afv_avx2_mul(afv_avx2_load(acc1 + 80), al1), c1_1 = afv_avx2_mul(afv_avx2_load(acc1 + 88), al1);
        afv_avx2 c2_0 = afv_avx2_mul(afv_avx2_load(acc2 + 80), al2), c2_1 = afv_avx2_mul(afv_avx2_load(acc2 + 88), al2);
        afv_avx2 c3_0 = afv_avx2_mul(afv_avx2_load(acc3 + 80), al3), c3_1 = afv_avx2_mul(afv_avx2_load(acc3 + 88), al3);
        afv_avx2 c4_0 = afv_avx2_mul(afv_avx2_load(acc4 + 80), al4), c4_1 = afv_avx2_mul(afv_avx2_load(acc4 + 88), al4);
        afv_avx2 c5_0 = afv_avx2_mul(afv_avx2_load(acc5 + 80), al5), c5_1 = afv_avx2_mul(afv_avx2_load(acc5 + 88), al5);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 64;
            const float *v = vp[k] + 80;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8);
            { const afv_avx2 b = afv_avx2_set1(pk[0]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[1]); c1_0 = afv_avx2_fma(b, y0, c1_0); c1_1 = afv_avx2_fma(b, y1, c1_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[2]); c2_0 = afv_avx2_fma(b, y0, c2_0); c2_1 = afv_avx2_fma(b, y1, c2_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[3]); c3_0 = afv_avx2_fma(b, y0, c3_0); c3_1 = afv_avx2_fma(b, y1, c3_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[4]); c4_0 = afv_avx2_fma(b, y0, c4_0); c4_1 = afv_avx2_fma(b, y1, c4_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[5]); c5_0 = afv_avx2_fma(b, y0, c5_0); c5_1 = afv_avx2_fma(b, y1, c5_1); }
        }
        afv_avx2_store(acc0 + 80, c0_0); afv_avx2_store(acc0 + 88, c0_1);
        afv_avx2_store(acc1 + 80, c1_0); afv_avx2_store(acc1 + 88, c1_1);
        afv_avx2_store(acc2 + 80, c2_0); afv_avx2_store(acc2 + 88, c2_1);
        afv_avx2_store(acc3 + 80, c3_0); afv_avx2_store(acc3 + 88, c3_1);
        afv_avx2_store(acc4 + 80, c4_0); afv_avx2_store(acc4 + 88, c4_1);
        afv_avx2_store(acc5 + 80, c5_0); afv_avx2_store(acc5 + 88, c5_1);
    }
    { /* Dv columns 96 .. 111 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 96), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 104), al0);
        afv_avx2 c1_0 = afv_avx2_mul(afv_avx2_load(acc1 + 96), al1), c1_1 = afv_avx2_mul(afv_avx2_load(acc1 + 104), al1);
        afv_avx2 c2_0 = afv_avx2_mul(afv_avx2_load(acc2 + 96), al2), c2_1 = afv_avx2_mul(afv_avx2_load(acc2 + 104), al2);
        afv_avx2 c3_0 = afv_avx2_mul(afv_avx2_load(acc3 + 96), al3), c3_1 = afv_avx2_mul(afv_avx2_load(acc3 + 104), al3);
        afv_avx2 c4_0 = afv_avx2_mul(afv_avx2_load(acc4 + 96), al4), c4_1 = afv_avx2_mul(afv_avx2_load(acc4 + 104), al4);
        afv_avx2 c5_0 = afv_avx2_mul(afv_avx2_load(acc5 + 96), al5), c5_1 = afv_avx2_mul(afv_avx2_load(acc5 + 104), al5);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 64;
            const float *v = vp[k] + 96;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8);
            { const afv_avx2 b = afv_avx2_set1(pk[0]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[1]); c1_0 = afv_avx2_fma(b, y0, c1_0); c1_1 = afv_avx2_fma(b, y1, c1_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[2]); c2_0 = afv_avx2_fma(b, y0, c2_0); c2_1 = afv_avx2_fma(b, y1, c2_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[3]); c3_0 = afv_avx2_fma(b, y0, c3_0); c3_1 = afv_avx2_fma(b, y1, c3_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[4]); c4_0 = afv_avx2_fma(b, y0, c4_0); c4_1 = afv_avx2_fma(b, y1, c4_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[5]); c5_0 = afv_avx2_fma(b, y0, c5_0); c5_1 = afv_avx2_fma(b, y1, c5_1); }
        }
        afv_avx2_store(acc0 + 96, c0_0); afv_avx2_store(acc0 + 104, c0_1);
        afv_avx2_store(acc1 + 96, c1_0); afv_avx2_store(acc1 + 104, c1_1);
        afv_avx2_store(acc2 + 96, c2_0); afv_avx2_store(acc2 + 104, c2_1);
        afv_avx2_store(acc3 + 96, c3_0); afv_avx2_store(acc3 + 104, c3_1);
        afv_avx2_store(acc4 + 96, c4_0); afv_avx2_store(acc4 + 104, c4_1);
        afv_avx2_store(acc5 + 96, c5_0); afv_avx2_store(acc5 + 104, c5_1);
    }
    { /* Dv columns 112 .. 127 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 112), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 120), al0);
        afv_avx2 c1_0 = afv_avx2_mul(afv_avx2_load(acc1 + 112), al1), c1_1 = afv_avx2_mul(afv_avx2_load(acc1 + 120), al1);
        afv_avx2 c2_0 = afv_avx2_mul(afv_avx2_load(acc2 + 112), al2), c2_1 = afv_avx2_mul(afv_avx2_load(acc2 + 120), al2);
        afv_avx2 c3_0 = afv_avx2_mul(afv_avx2_load(acc3 + 112), al3), c3_1 = afv_avx2_mul(afv_avx2_load(acc3 + 120), al3);
        afv_avx2 c4_0 = afv_avx2_mul(afv_avx2_load(acc4 + 112), al4), c4_1 = afv_avx2_mul(afv_avx2_load(acc4 + 120), al4);
        afv_avx2 c5_0 = afv_avx2_mul(afv_avx2_load(acc5 + 112), al5), c5_1 = afv_avx2_mul(afv_avx2_load(acc5 + 120), al5);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 64;
            const float *v = vp[k] + 112;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8);
            { const afv_avx2 b = afv_avx2_set1(pk[0]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[1]); c1_0 = afv_avx2_fma(b, y0, c1_0); c1_1 = afv_avx2_fma(b, y1, c1_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[2]); c2_0 = afv_avx2_fma(b, y0, c2_0); c2_1 = afv_avx2_fma(b, y1, c2_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[3]); c3_0 = afv_avx2_fma(b, y0, c3_0); c3_1 = afv_avx2_fma(b, y1, c3_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[4]); c4_0 = afv_avx2_fma(b, y0, c4_0); c4_1 = afv_avx2_fma(b, y1, c4_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[5]); c5_0 = afv_avx2_fma(b, y0, c5_0); c5_1 = afv_avx2_fma(b, y1, c5_1); }
        }
        afv_avx2_store(acc0 + 112, c0_0); afv_avx2_store(acc0 + 120, c0_1);
        afv_avx2_store(acc1 + 112, c1_0); afv_avx2_store(acc1 + 120, c1_1);
        afv_avx2_store(acc2 + 112, c2_0); afv_avx2_store(acc2 + 120, c2_1);
        afv_avx2_store(acc3 + 112, c3_0); afv_avx2_store(acc3 + 120, c3_1);
        afv_avx2_store(acc4 + 112, c4_0); afv_avx2_store(acc4 + 120, c4_1);
        afv_avx2_store(acc5 + 112, c5_0); afv_avx2_store(acc5 + 120, c5_1);
    }
}

/* P*V register block, weights transposed: 4 row(s) x 16 columns of Dv = 128 per pass. */
static inline AF_TARGET_AVX2 void afk_bf16_dk192_dv128_avx2_pre_pvt4(float *const *acc, const float *pt, const float *alpha,
        const float *const *vp, int32_t n)
{
    float *const acc0 = acc[0];
    const afv_avx2 al0 = afv_avx2_set1(alpha[0]);
    float *const acc1 = acc[1];
    const afv_avx2 al1 = afv_avx2_set1(alpha[1]);
    float *const acc2 = acc[2];
    const afv_avx2 al2 = afv_avx2_set1(alpha[2]);
    float *const acc3 = acc[3];
    const afv_avx2 al3 = afv_avx2_set1(alpha[3]);
    { /* Dv columns 0 .. 15 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 0), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 8), al0);
        afv_avx2 c1_0 = afv_avx2_mul(afv_avx2_load(acc1 + 0), al1), c1_1 = afv_avx2_mul(afv_avx2_load(acc1 + 8), al1);
        afv_avx2 c2_0 = afv_avx2_mul(afv_avx2_load(acc2 + 0), al2), c2_1 = afv_avx2_mul(afv_avx2_load(acc2 + 8), al2);
        afv_avx2 c3_0 = afv_avx2_mul(afv_avx2_load(acc3 + 0), al3), c3_1 = afv_avx2_mul(afv_avx2_load(acc3 + 8), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 64;
            const float *v = vp[k] + 0;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8);
            { const afv_avx2 b = afv_avx2_set1(pk[0]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[1]); c1_0 = afv_avx2_fma(b, y0, c1_0); c1_1 = afv_avx2_fma(b, y1, c1_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[2]); c2_0 = afv_avx2_fma(b, y0, c2_0); c2_1 = afv_avx2_fma(b, y1, c2_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[3]); c3_0 = afv_avx2_fma(b, y0, c3_0); c3_1 = afv_avx2_fma(b, y1, c3_1); }
        }
        afv_avx2_store(acc0 + 0, c0_0); afv_avx2_store(acc0 + 8, c0_1);
        afv_avx2_store(acc1 + 0, c1_0); afv_avx2_store(acc1 + 8, c1_1);
        afv_avx2_store(acc2 + 0, c2_0); afv_avx2_store(acc2 + 8, c2_1);
        afv_avx2_store(acc3 + 0, c3_0); afv_avx2_store(acc3 + 8, c3_1);
    }
    { /* Dv columns 16 .. 31 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 16), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 24), al0);
        afv_avx2 c1_0 = afv_avx2_mul(afv_avx2_load(acc1 + 16), al1), c1_1 = afv_avx2_mul(afv_avx2_load(acc1 + 24), al1);
        afv_avx2 c2_0 = afv_avx2_mul(afv_avx2_load(acc2 + 16), al2), c2_1 = afv_avx2_mul(afv_avx2_load(acc2 + 24), al2);
        afv_avx2 c3_0 = afv_avx2_mul(afv_avx2_load(acc3 + 16), al3), c3_1 = afv_avx2_mul(afv_avx2_load(acc3 + 24), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 64;
            const float *v = vp[k] + 16;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8);
            { const afv_avx2 b = afv_avx2_set1(pk[0]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[1]); c1_0 = afv_avx2_fma(b, y0, c1_0); c1_1 = afv_avx2_fma(b, y1, c1_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[2]); c2_0 = afv_avx2_fma(b, y0, c2_0); c2_1 = afv_avx2_fma(b, y1, c2_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[3]); c3_0 = afv_avx2_fma(b, y0, c3_0); c3_1 = afv_avx2_fma(b, y1, c3_1); }
        }
        afv_avx2_store(acc0 + 16, c0_0); afv_avx2_store(acc0 + 24, c0_1);
        afv_avx2_store(acc1 + 16, c1_0); afv_avx2_store(acc1 + 24, c1_1);
        afv_avx2_store(acc2 + 16, c2_0); afv_avx2_store(acc2 + 24, c2_1);
        afv_avx2_store(acc3 + 16, c3_0); afv_avx2_store(acc3 + 24, c3_1);
    }
    { /* Dv columns 32 .. 47 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 32), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 40), al0);
        afv_avx2 c1_0 = afv_avx2_mul(afv_avx2_load(acc1 + 32), al1), c1_1 = afv_avx2_mul(afv_avx2_load(acc1 + 40), al1);
        afv_avx2 c2_0 = afv_avx2_mul(afv_avx2_load(acc2 + 32), al2), c2_1 = afv_avx2_mul(afv_avx2_load(acc2 + 40), al2);
        afv_avx2 c3_0 = afv_avx2_mul(afv_avx2_load(acc3 + 32), al3), c3_1 = afv_avx2_mul(afv_avx2_load(acc3 + 40), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 64;
            const float *v = vp[k] + 32;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8);
            { const afv_avx2 b = afv_avx2_set1(pk[0]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[1]); c1_0 = afv_avx2_fma(b, y0, c1_0); c1_1 = afv_avx2_fma(b, y1, c1_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[2]); c2_0 = afv_avx2_fma(b, y0, c2_0); c2_1 = afv_avx2_fma(b, y1, c2_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[3]); c3_0 = afv_avx2_fma(b, y0, c3_0); c3_1 = afv_avx2_fma(b, y1, c3_1); }
        }
        afv_avx2_store(acc0 + 32, c0_0); afv_avx2_store(acc0 + 40, c0_1);
        afv_avx2_store(acc1 + 32, c1_0); afv_avx2_store(acc1 + 40, c1_1);
        afv_avx2_store(acc2 + 32, c2_0); afv_avx2_store(acc2 + 40, c2_1);
        afv_avx2_store(acc3 + 32, c3_0); afv_avx2_store(acc3 + 40, c3_1);
    }
    { /* Dv columns 48 .. 63 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 48), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 56), al0);
        afv_avx2 c1_0 = afv_avx2_mul(afv_avx2_load(acc1 + 48), al1), c1_1 = afv_avx2_mul(afv_avx2_load(acc1 + 56), al1);
        afv_avx2 c2_0 = afv_avx2_mul(afv_avx2_load(acc2 + 48), al2), c2_1 = afv_avx2_mul(afv_avx2_load(acc2 + 56), al2);
        afv_avx2 c3_0 = afv_avx2_mul(afv_avx2_load(acc3 + 48), al3), c3_1 = afv_avx2_mul(afv_avx2_load(acc3 + 56), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 64;
            const float *v = vp[k] + 48;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8);
            { const afv_avx2 b = afv_avx2_set1(pk[0]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[1]); c1_0 = afv_avx2_fma(b, y0, c1_0); c1_1 = afv_avx2_fma(b, y1, c1_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[2]); c2_0 = afv_avx2_fma(b, y0, c2_0); c2_1 = afv_avx2_fma(b, y1, c2_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[3]); c3_0 = afv_avx2_fma(b, y0, c3_0); c3_1 = afv_avx2_fma(b, y1, c3_1); }
        }
        afv_avx2_store(acc0 + 48, c0_0); afv_avx2_store(acc0 + 56, c0_1);
        afv_avx2_store(acc1 + 48, c1_0); afv_avx2_store(acc1 + 56, c1_1);
        afv_avx2_store(acc2 + 48, c2_0); afv_avx2_store(acc2 + 56, c2_1);
        afv_avx2_store(acc3 + 48, c3_0); afv_avx2_store(acc3 + 56, c3_1);
    }
    { /* Dv columns 64 .. 79 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 64), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 72), al0);
        afv_avx2 c1_0 = afv_avx2_mul(afv_avx2_load(acc1 + 64), al1), c1_1 = afv_avx2_mul(afv_avx2_load(acc1 + 72), al1);
        afv_avx2 c2_0 = afv_avx2_mul(afv_avx2_load(acc2 + 64), al2), c2_1 = afv_avx2_mul(afv_avx2_load(acc2 + 72), al2);
        afv_avx2 c3_0 = afv_avx2_mul(afv_avx2_load(acc3 + 64), al3), c3_1 = afv_avx2_mul(afv_avx2_load(acc3 + 72), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 64;
            const float *v = vp[k] + 64;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8);
            { const afv_avx2 b = afv_avx2_set1(pk[0]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[1]); c1_0 = afv_avx2_fma(b, y0, c1_0); c1_1 = afv_avx2_fma(b, y1, c1_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[2]); c2_0 = afv_avx2_fma(b, y0, c2_0); c2_1 = afv_avx2_fma(b, y1, c2_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[3]); c3_0 = afv_avx2_fma(b, y0, c3_0); c3_1 = afv_avx2_fma(b, y1, c3_1); }
        }
        afv_avx2_store(acc0 + 64, c0_0); afv_avx2_store(acc0 + 72, c0_1);
        afv_avx2_store(acc1 + 64, c1_0); afv_avx2_store(acc1 + 72, c1_1);
        afv_avx2_store(acc2 + 64, c2_0); afv_avx2_store(acc2 + 72, c2_1);
        afv_avx2_store(acc3 + 64, c3_0); afv_avx2_store(acc3 + 72, c3_1);
    }
    { /* Dv columns 80 .. 95 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 80), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 88), al0);
        afv_avx2 c1_0 = afv_avx2_mul(afv_avx2_load(acc1 + 80), al1), c1_1 = afv_avx2_mul(afv_avx2_load(acc1 + 88), al1);
        afv_avx2 c2_0 = afv_avx2_mul(afv_avx2_load(acc2 + 80), al2), c2_1 = afv_avx2_mul(afv_avx2_load(acc2 + 88), al2);
        afv_avx2 c3_0 = afv_avx2_mul(afv_avx2_load(acc3 + 80), al3), c3_1 = afv_avx2_mul(afv_avx2_load(acc3 + 88), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 64;
            const float *v = vp[k] + 80;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8);
            { const afv_avx2 b = afv_avx2_set1(pk[0]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[1]); c1_0 = afv_avx2_fma(b, y0, c1_0); c1_1 = afv_avx2_fma(b, y1, c1_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[2]); c2_0 = afv_avx2_fma(b, y0, c2_0); c2_1 = afv_avx2_fma(b, y1, c2_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[3]); c3_0 = afv_avx2_fma(b, y0, c3_0); c3_1 = afv_avx2_fma(b, y1, c3_1); }
        }
        afv_avx2_store(acc0 + 80, c0_0); afv_avx2_store(acc0 + 88, c0_1);
        afv_avx2_store(acc1 + 80, c1_0); afv_avx2_store(acc1 + 88, c1_1);
        afv_avx2_store(acc2 + 80, c2_0); afv_avx2_store(acc2 + 88, c2_1);
        afv_avx2_store(acc3 + 80, c3_0); afv_avx2_store(acc3 + 88, c3_1);
    }
    { /* Dv columns 96 .. 111 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 96), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 104), al0);
        afv_avx2 c1_0 = afv_avx2_mul(afv_avx2_load(acc1 + 96), al1), c1_1 = afv_avx2_mul(afv_avx2_load(acc1 + 104), al1);
        afv_avx2 c2_0 = afv_avx2_mul(afv_avx2_load(acc2 + 96), al2), c2_1 = afv_avx2_mul(afv_avx2_load(acc2 + 104), al2);
        afv_avx2 c3_0 = afv_avx2_mul(afv_avx2_load(acc3 + 96), al3), c3_1 = afv_avx2_mul(afv_avx2_load(acc3 + 104), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 64;
            const float *v = vp[k] + 96;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8);
            { const afv_avx2 b = afv_avx2_set1(pk[0]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[1]); c1_0 = afv_avx2_fma(b, y0, c1_0); c1_1 = afv_avx2_fma(b, y1, c1_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[2]); c2_0 = afv_avx2_fma(b, y0, c2_0); c2_1 = afv_avx2_fma(b, y1, c2_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[3]); c3_0 = afv_avx2_fma(b, y0, c3_0); c3_1 = afv_avx2_fma(b, y1, c3_1); }
        }
        afv_avx2_store(acc0 + 96, c0_0); afv_avx2_store(acc0 + 104, c0_1);
        afv_avx2_store(acc1 + 96, c1_0); afv_avx2_store(acc1 + 104, c1_1);
        afv_avx2_store(acc2 + 96, c2_0); afv_avx2_store(acc2 + 104, c2_1);
        afv_avx2_store(acc3 + 96, c3_0); afv_avx2_store(acc3 + 104, c3_1);
    }
    { /* Dv columns 112 .. 127 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 112), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 120), al0);
        afv_avx2 c1_0 = afv_avx2_mul(afv_avx2_load(acc1 + 112), al1), c1_1 = afv_avx2_mul(afv_avx2_load(acc1 + 120), al1);
        afv_avx2 c2_0 = afv_avx2_mul(afv_avx2_load(acc2 + 112), al2), c2_1 = afv_avx2_mul(afv_avx2_load(acc2 + 120), al2);
        afv_avx2 c3_0 = afv_avx2_mul(afv_avx2_load(acc3 + 112), al3), c3_1 = afv_avx2_mul(afv_avx2_load(acc3 + 120), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 64;
            const float *v = vp[k] + 112;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8);
            { const afv_avx2 b = afv_avx2_set1(pk[0]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[1]); c1_0 = afv_avx2_fma(b, y0, c1_0); c1_1 = afv_avx2_fma(b, y1, c1_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[2]); c2_0 = afv_avx2_fma(b, y0, c2_0); c2_1 = afv_avx2_fma(b, y1, c2_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[3]); c3_0 = afv_avx2_fma(b, y0, c3_0); c3_1 = afv_avx2_fma(b, y1, c3_1); }
        }
        afv_avx2_store(acc0 + 112, c0_0); afv_avx2_store(acc0 + 120, c0_1);
        afv_avx2_store(acc1 + 112, c1_0); afv_avx2_store(acc1 + 120, c1_1);
        afv_avx2_store(acc2 + 112, c2_0); afv_avx2_store(acc2 + 120, c2_1);
        afv_avx2_store(acc3 + 112, c3_0); afv_avx2_store(acc3 + 120, c3_1);
    }
}

/* P*V register block, weights transposed: 2 row(s) x 16 columns of Dv = 128 per pass. */
static inline AF_TARGET_AVX2 void afk_bf16_dk192_dv128_avx2_pre_pvt2(float *const *acc, const float *pt, const float *alpha,
        const float *const *vp, int32_t n)
{
    float *const acc0 = acc[0];
    const afv_avx2 al0 = afv_avx2_set1(alpha[0]);
    float *const acc1 = acc[1];
    const afv_avx2 al1 = afv_avx2_set1(alpha[1]);
    { /* Dv columns 0 .. 15 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 0), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 8), al0);
        afv_avx2 c1_0 = afv_avx2_mul(afv_avx2_load(acc1 + 0), al1), c1_1 = afv_avx2_mul(afv_avx2_load(acc1 + 8), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 64;
            const float *v = vp[k] + 0;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8);
            { const afv_avx2 b = afv_avx2_set1(pk[0]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[1]); c1_0 = afv_avx2_fma(b, y0, c1_0); c1_1 = afv_avx2_fma(b, y1, c1_1); }
        }
        afv_avx2_store(acc0 + 0, c0_0); afv_avx2_store(acc0 + 8, c0_1);
        afv_avx2_store(acc1 + 0, c1_0); afv_avx2_store(acc1 + 8, c1_1);
    }
    { /* Dv columns 16 .. 31 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 16), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 24), al0);
        afv_avx2 c1_0 = afv_avx2_mul(afv_avx2_load(acc1 + 16), al1), c1_1 = afv_avx2_mul(afv_avx2_load(acc1 + 24), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 64;
            const float *v = vp[k] + 16;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8);
            { const afv_avx2 b = afv_avx2_set1(pk[0]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[1]); c1_0 = afv_avx2_fma(b, y0, c1_0); c1_1 = afv_avx2_fma(b, y1, c1_1); }
        }
        afv_avx2_store(acc0 + 16, c0_0); afv_avx2_store(acc0 + 24, c0_1);
        afv_avx2_store(acc1 + 16, c1_0); afv_avx2_store(acc1 + 24, c1_1);
    }
    { /* Dv columns 32 .. 47 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 32), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 40), al0);
        afv_avx2 c1_0 = afv_avx2_mul(afv_avx2_load(acc1 + 32), al1), c1_1 = afv_avx2_mul(afv_avx2_load(acc1 + 40), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 64;
            const float *v = vp[k] + 32;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8);
            { const afv_avx2 b = afv_avx2_set1(pk[0]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[1]); c1_0 = afv_avx2_fma(b, y0, c1_0); c1_1 = afv_avx2_fma(b, y1, c1_1); }
        }
        afv_avx2_store(acc0 + 32, c0_0); afv_avx2_store(acc0 + 40, c0_1);
        afv_avx2_store(acc1 + 32, c1_0); afv_avx2_store(acc1 + 40, c1_1);
    }
    { /* Dv columns 48 .. 63 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 48), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 56), al0);
        afv_avx2 c1_0 = afv_avx2_mul(afv_avx2_load(acc1 + 48), al1), c1_1 = afv_avx2_mul(afv_avx2_load(acc1 + 56), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 64;
            const float *v = vp[k] + 48;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8);
            { const afv_avx2 b = afv_avx2_set1(pk[0]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[1]); c1_0 = afv_avx2_fma(b, y0, c1_0); c1_1 = afv_avx2_fma(b, y1, c1_1); }
        }
        afv_avx2_store(acc0 + 48, c0_0); afv_avx2_store(acc0 + 56, c0_1);
        afv_avx2_store(acc1 + 48, c1_0); afv_avx2_store(acc1 + 56, c1_1);
    }
    { /* Dv columns 64 .. 79 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 64), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 72), al0);
        afv_avx2 c1_0 = afv_avx2_mul(afv_avx2_load(acc1 + 64), al1), c1_1 = afv_avx2_mul(afv_avx2_load(acc1 + 72), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 64;
            const float *v = vp[k] + 64;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8);
            { const afv_avx2 b = afv_avx2_set1(pk[0]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[1]); c1_0 = afv_avx2_fma(b, y0, c1_0); c1_1 = afv_avx2_fma(b, y1, c1_1); }
        }
        afv_avx2_store(acc0 + 64, c0_0); afv_avx2_store(acc0 + 72, c0_1);
        afv_avx2_store(acc1 + 64, c1_0); afv_avx2_store(acc1 + 72, c1_1);
    }
    { /* Dv columns 80 .. 95 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 80), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 88), al0);
        afv_avx2 c1_0 = afv_avx2_mul(afv_avx2_load(acc1 + 80), al1), c1_1 = afv_avx2_mul(afv_avx2_load(acc1 + 88), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 64;
            const float *v = vp[k] + 80;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8);
            { const afv_avx2 b = afv_avx2_set1(pk[0]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[1]); c1_0 = afv_avx2_fma(b, y0, c1_0); c1_1 = afv_avx2_fma(b, y1, c1_1); }
        }
        afv_avx2_store(acc0 + 80, c0_0); afv_avx2_store(acc0 + 88, c0_1);
        afv_avx2_store(acc1 + 80, c1_0); afv_avx2_store(acc1 + 88, c1_1);
    }
    { /* Dv columns 96 .. 111 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 96), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 104), al0);
        afv_avx2 c1_0 = afv_avx2_mul(afv_avx2_load(acc1 + 96), al1), c1_1 = afv_avx2_mul(afv_avx2_load(acc1 + 104), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 64;
            const float *v = vp[k] + 96;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8);
            { const afv_avx2 b = afv_avx2_set1(pk[0]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[1]); c1_0 = afv_avx2_fma(b, y0, c1_0); c1_1 = afv_avx2_fma(b, y1, c1_1); }
        }
        afv_avx2_store(acc0 + 96, c0_0); afv_avx2_store(acc0 + 104, c0_1);
        afv_avx2_store(acc1 + 96, c1_0); afv_avx2_store(acc1 + 104, c1_1);
    }
    { /* Dv columns 112 .. 127 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 112), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 120), al0);
        afv_avx2 c1_0 = afv_avx2_mul(afv_avx2_load(acc1 + 112), al1), c1_1 = afv_avx2_mul(afv_avx2_load(acc1 + 120), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 64;
            const float *v = vp[k] + 112;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8);
            { const afv_avx2 b = afv_avx2_set1(pk[0]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); }
            { const afv_avx2 b = afv_avx2_set1(pk[1]); c1_0 = afv_avx2_fma(b, y0, c1_0); c1_1 = afv_avx2_fma(b, y1, c1_1); }
        }
        afv_avx2_store(acc0 + 112, c0_0); afv_avx2_store(acc0 + 120, c0_1);
        afv_avx2_store(acc1 + 112, c1_0); afv_avx2_store(acc1 + 120, c1_1);
    }
}

/* P*V register block, weights transposed: 1 row(s) x 16 columns of Dv = 128 per pass. */
static inline AF_TARGET_AVX2 void afk_bf16_dk192_dv128_avx2_pre_pvt1(float *const *acc, const float *pt, const float *alpha,
        const float *const *vp, int32_t n)
{
    float *const acc0 = acc[0];
    const afv_avx2 al0 = afv_avx2_set1(alpha[0]);
    { /* Dv columns 0 .. 15 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 0), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 8), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 64;
            const float *v = vp[k] + 0;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8);
            { const afv_avx2 b = afv_avx2_set1(pk[0]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); }
        }
        afv_avx2_store(acc0 + 0, c0_0); afv_avx2_store(acc0 + 8, c0_1);
    }
    { /* Dv columns 16 .. 31 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 16), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 24), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 64;
            const float *v = vp[k] + 16;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8);
            { const afv_avx2 b = afv_avx2_set1(pk[0]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); }
        }
        afv_avx2_store(acc0 + 16, c0_0); afv_avx2_store(acc0 + 24, c0_1);
    }
    { /* Dv columns 32 .. 47 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 32), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 40), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 64;
            const float *v = vp[k] + 32;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8);
            { const afv_avx2 b = afv_avx2_set1(pk[0]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); }
        }
        afv_avx2_store(acc0 + 32, c0_0); afv_avx2_store(acc0 + 40, c0_1);
    }
    { /* Dv columns 48 .. 63 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 48), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 56), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 64;
            const float *v = vp[k] + 48;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8);
            { const afv_avx2 b = afv_avx2_set1(pk[0]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); }
        }
        afv_avx2_store(acc0 + 48, c0_0); afv_avx2_store(acc0 + 56, c0_1);
    }
    { /* Dv columns 64 .. 79 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 64), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 72), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 64;
            const float *v = vp[k] + 64;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8);
            { const afv_avx2 b = afv_avx2_set1(pk[0]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); }
        }
        afv_avx2_store(acc0 + 64, c0_0); afv_avx2_store(acc0 + 72, c0_1);
    }
    { /* Dv columns 80 .. 95 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 80), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 88), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 64;
            const float *v = vp[k] + 80;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8);
            { const afv_avx2 b = afv_avx2_set1(pk[0]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); }
        }
        afv_avx2_store(acc0 + 80, c0_0); afv_avx2_store(acc0 + 88, c0_1);
    }
    { /* Dv columns 96 .. 111 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 96), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 104), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 64;
            const float *v = vp[k] + 96;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8);
            { const afv_avx2 b = afv_avx2_set1(pk[0]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); }
        }
        afv_avx2_store(acc0 + 96, c0_0); afv_avx2_store(acc0 + 104, c0_1);
    }
    { /* Dv columns 112 .. 127 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 112), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 120), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 64;
            const float *v = vp[k] + 112;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8);
            { const afv_avx2 b = afv_avx2_set1(pk[0]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); }
        }
        afv_avx2_store(acc0 + 112, c0_0); afv_avx2_store(acc0 + 120, c0_1);
    }
}

/* P*V register block, weights transposed: 1 row(s) x 16 columns of Dv = 128 per pass, excluded keys (p = -0.0) skipped. */
static inline AF_TARGET_AVX2 void afk_bf16_dk192_dv128_avx2_pre_pvt1g(float *const *acc, const float *pt, const float *alpha,
        const float *const *vp, int32_t n)
{
    float *const acc0 = acc[0];
    const afv_avx2 al0 = afv_avx2_set1(alpha[0]);
    { /* Dv columns 0 .. 15 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 0), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 8), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 64;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 0;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8);
            { const afv_avx2 b = afv_avx2_set1(pk[0]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); }
        }
        afv_avx2_store(acc0 + 0, c0_0); afv_avx2_store(acc0 + 8, c0_1);
    }
    { /* Dv columns 16 .. 31 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 16), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 24), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 64;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 16;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8);
            { const afv_avx2 b = afv_avx2_set1(pk[0]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); }
        }
        afv_avx2_store(acc0 + 16, c0_0); afv_avx2_store(acc0 + 24, c0_1);
    }
    { /* Dv columns 32 .. 47 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 32), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 40), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 64;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 32;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8);
            { const afv_avx2 b = afv_avx2_set1(pk[0]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); }
        }
        afv_avx2_store(acc0 + 32, c0_0); afv_avx2_store(acc0 + 40, c0_1);
    }
    { /* Dv columns 48 .. 63 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 48), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 56), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 64;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 48;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8);
            { const afv_avx2 b = afv_avx2_set1(pk[0]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); }
        }
        afv_avx2_store(acc0 + 48, c0_0); afv_avx2_store(acc0 + 56, c0_1);
    }
    { /* Dv columns 64 .. 79 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 64), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 72), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 64;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 64;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8);
            { const afv_avx2 b = afv_avx2_set1(pk[0]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); }
        }
        afv_avx2_store(acc0 + 64, c0_0); afv_avx2_store(acc0 + 72, c0_1);
    }
    { /* Dv columns 80 .. 95 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 80), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 88), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 64;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 80;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8);
            { const afv_avx2 b = afv_avx2_set1(pk[0]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); }
        }
        afv_avx2_store(acc0 + 80, c0_0); afv_avx2_store(acc0 + 88, c0_1);
    }
    { /* Dv columns 96 .. 111 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 96), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 104), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 64;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 96;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8);
            { const afv_avx2 b = afv_avx2_set1(pk[0]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); }
        }
        afv_avx2_store(acc0 + 96, c0_0); afv_avx2_store(acc0 + 104, c0_1);
    }
    { /* Dv columns 112 .. 127 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 112), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 120), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 64;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 112;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8);
            { const afv_avx2 b = afv_avx2_set1(pk[0]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); }
        }
        afv_avx2_store(acc0 + 112, c0_0); afv_avx2_store(acc0 + 120, c0_1);
    }
}

/* ---- prefill (templates/prefill.c.in, outer-product form) ----
 * Rows (nh * ni of them, h-major) in chunks of 64: Q widened once and
 * transposed (qt[d * 64 + row]); keys in blocks of 16, each block's K and
 * V rows gathered and widened into L1 buffers once per chunk (cache rows
 * sit a multiple of 4 KiB apart: read in place, a block's rows would share L1 sets).
 * QK^T: 24 rows (3 vector(s), a row per lane) x 4 keys per register
 * block, 12 accumulators, no reduction; scores transposed
 * (st[key * 64 + row]). Block softmax 8 rows per vector
 * (afp_avx2_bf16_softmax_lanes: no scalar work per key), then P*V: 6 rows x 16
 * columns of Dv per register block, each weight broadcast from the tile.
 * Online softmax invariant as in the decode kernel: after keys [j0, jb) each
 * row holds m = running max, l = sum exp(s - m), acc = sum exp(s - m) v
 * (m and l kept per chunk in lane order, written back at its end).
 */
AF_TARGET_AVX2 void attnforge_bf16_dk192_dv128_prefill__avx2(const af_call *c, const af_tile *t)
{
    const int32_t nrows = t->nh * t->ni;
    afk_bf16_dk192_dv128_avx2_init(c, t);
    for (int32_t r0 = 0; r0 < nrows; r0 += 64) {
        const int32_t nr = nrows - r0 < 64 ? nrows - r0 : 64;
        const int32_t nv = (nr + 7) / 8; /* vectors of rows */
        afp_avx2_bf16_row rw[64];
        /* Q (rows, transposed) and the score and mask tiles: 106496 bytes of the worker's scratch */
        float *const qb = (float *)t->scratch, *const qt = qb + 12288;
        float *const st = (float *)(void *)(qt + 12288), *const mt = st + 1024;
        float ml[64], ll[64], alpha[64];
        float lo[64], hi[64], dist[64], nsl[64];
        unsigned char act[64];
        const uint16_t *kraw[16], *vraw[16];
        const float *kp[16], *vp[16];
        float kbuf[16 * 192], *const vbuf = kbuf; /* K, then V (emit_buffers' share) */
        int64_t klo, khi;
        if (!afk_bf16_dk192_dv128_avx2_rows(c, t, r0, nr, rw, qb, &klo, &khi)) continue;
        for (int32_t d = 0; d < 192; d++) {
            for (int32_t r = 0; r < nr; r++) qt[d * 64 + r] = qb[r * 192 + d];
            for (int32_t r = nr; r < nv * 8; r++) qt[d * 64 + r] = 0.0f;
        }
        for (int32_t r = 0; r < nv * 8; r++) {
            ml[r] = r < nr ? *rw[r].m : -INFINITY;
            ll[r] = r < nr ? *rw[r].l : 0.0f;
            nsl[r] = r < nr ? -rw[r].slope : 0.0f;
            lo[r] = hi[r] = dist[r] = 0.0f;
        }
        const int32_t kvh = t->kvh; /* prefill tiles have one KV head */
        for (int64_t jb = klo; jb < khi; jb += 16) {
            const int32_t n = (int32_t)(khi - jb < 16 ? khi - jb : 16);
            const int32_t np = (n + 7) & ~7;
            int active = 0, partial = 0;
            for (int32_t r = 0; r < nr; r++) {
                const int64_t a = rw[r].lo - jb, b = rw[r].hi - jb;
                lo[r] = (float)(a < 0 ? 0 : a > n ? n : a);
                hi[r] = (float)(b < 0 ? 0 : b > n ? n : b);
                dist[r] = (float)(jb - rw[r].pos);
                act[r] = lo[r] < hi[r];
                active |= act[r];
            }
            if (!active) continue;
            afp_avx2_bf16_gather(c, 0, t->b, kvh, jb, n, kraw);
            const float ksc = af_kv_scale(c, 0, kvh);
            for (int32_t k = 0; k < n; k++) {
                afk_bf16_dk192_dv128_avx2_pack_k(kbuf + k * 192, kraw[k], ksc);
                kp[k] = kbuf + k * 192;
            }
            for (int32_t k = n; k < np; k++) kp[k] = kp[0]; /* padding keys: scores discarded */
            int32_t v = 0; /* QK^T: blocks of 3 row vector(s), then the remainder in smaller ones */
            for (; v + 3 <= nv; v += 3) {
                int any = 0;
                for (int32_t r = v * 8; r < nr && r < (v + 3) * 8; r++) any |= act[r];
                if (!any) continue; /* every lane invisible: the softmax writes -0.0 */
                for (int32_t k = 0; k < n; k += 4)
                    afk_bf16_dk192_dv128_avx2_pre_qkt(qt + v * 8, kp + k, st + k * 64 + v * 8);
            }
            for (; v + 2 <= nv; v += 2) {
                int any = 0;
                for (int32_t r = v * 8; r < nr && r < (v + 2) * 8; r++) any |= act[r];
                if (!any) continue; /* every lane invisible: the softmax writes -0.0 */
                for (int32_t k = 0; k < n; k += 4)
                    afk_bf16_dk192_dv128_avx2_pre_qkt2(qt + v * 8, kp + k, st + k * 64 + v * 8);
            }
            for (; v + 1 <= nv; v += 1) {
                int any = 0;
                for (int32_t r = v * 8; r < nr && r < (v + 1) * 8; r++) any |= act[r];
                if (!any) continue; /* every lane invisible: the softmax writes -0.0 */
                for (int32_t k = 0; k < n; k += 4)
                    afk_bf16_dk192_dv128_avx2_pre_qkt1(qt + v * 8, kp + k, st + k * 64 + v * 8);
            }
            partial |= afk_bf16_dk192_dv128_avx2_pre_softmax(c, rw, nr, 64, jb, n, st, mt, lo, hi, dist, nsl, ml, ll, alpha);
            afp_avx2_bf16_gather(c, 1, t->b, kvh, jb, n, vraw);
            const float vsc = af_kv_scale(c, 1, kvh);
            for (int32_t k = 0; k < n; k++) {
                afk_bf16_dk192_dv128_avx2_pack_v(vbuf + k * 128, vraw[k], vsc);
                vp[k] = vbuf + k * 128;
            }
            if (partial && !afk_bf16_dk192_dv128_avx2_v_finite(vp, n)) {
                for (int32_t r = 0; r < nr; r++) {
                    if (!act[r]) continue; /* weights all -0.0, alpha 1: nothing to add */
                    float *a[1] = { rw[r].acc };
                    afk_bf16_dk192_dv128_avx2_pre_pvt1g(a, st + r, alpha + r, vp, n);
                }
            } else {
                int32_t g = 0;
                for (; g + 6 <= nr; g += 6) {
                    if (!(act[g + 0] | act[g + 1] | act[g + 2] | act[g + 3] | act[g + 4] | act[g + 5])) continue;
                    float *a[6] = { rw[g + 0].acc, rw[g + 1].acc, rw[g + 2].acc, rw[g + 3].acc, rw[g + 4].acc, rw[g + 5].acc };
                    afk_bf16_dk192_dv128_avx2_pre_pvt(a, st + g, alpha + g, vp, n);
                }
                for (; g + 4 <= nr; g += 4) { /* the remainder in fours, pairs, then single rows */
                    if (!(act[g] | act[g + 1] | act[g + 2] | act[g + 3])) continue;
                    float *a[4] = { rw[g].acc, rw[g + 1].acc, rw[g + 2].acc, rw[g + 3].acc };
                    afk_bf16_dk192_dv128_avx2_pre_pvt4(a, st + g, alpha + g, vp, n);
                }
                for (; g + 2 <= nr; g += 2) { /* the remainder in pairs: twice the chains of single rows */
                    if (!(act[g] | act[g + 1])) continue;
                    float *a[2] = { rw[g].acc, rw[g + 1].acc };
                    afk_bf16_dk192_dv128_avx2_pre_pvt2(a, st + g, alpha + g, vp, n);
                }
                for (; g < nr; g++) {
                    if (!act[g]) continue;
                    float *a[1] = { rw[g].acc };
                    afk_bf16_dk192_dv128_avx2_pre_pvt1(a, st + g, alpha + g, vp, n);
                }
            }
        }
        for (int32_t r = 0; r < nr; r++) {
            *rw[r].m = ml[r];
            *rw[r].l = ll[r];
        }
    }
}

#else  /* not defined(__x86_64__) || defined(_M_X64): this file compiles to nothing */
typedef int afk_bf16_dk192_dv128_avx2_empty_translation_unit;
#endif
