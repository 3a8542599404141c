/* Auto-generated file. Do not edit!
 *   Template:   templates/kernel.c.in (+ common, decode, prefill, epilogue .c.in)
 *   ISA module: templates/isa/scalar.lua
 *   Generator:  gen/attnforge-gen.lua
 *   Parameters: dtype=f16 dk=256 dv=256 isa=scalar
 *
 * Kernels of the internal ABI (runtime/kernel.h) for f16 storage, head dims
 * Dk = 256, Dv = 256: attnforge_f16_dk256_dv256_decode__scalar and attnforge_f16_dk256_dv256_prefill__scalar.
 * Tiling: keys in blocks of 16; rows in chunks of 16 (decode) or 40 (prefill).
 * Stack buffers per call: about 105 KiB.
 */
/* the scalar vocabulary and the scalar x f16 helpers */
#include "../isa/scalar_f16.h"

void attnforge_f16_dk256_dv256_decode__scalar(const af_call *c, const af_tile *t);
void attnforge_f16_dk256_dv256_prefill__scalar(const af_call *c, const af_tile *t);
void attnforge_f16_dk256_dv256_widen__scalar(float *dst, const void *src, int is_v, float sc);

/* ---- helpers of this variant (templates/common.c.in) ---- */

/* Every row starts empty: m = -inf, l = 0, acc = 0. */
static AF_TARGET_SCALAR void afk_f16_dk256_dv256_scalar_init(const af_call *c, const af_tile *t)
{
    const int32_t nrows = t->nh * t->ni;
    const afv_scalar z = afv_scalar_zero();
    (void)c;
    for (int32_t r = 0; r < nrows; r++) {
        float *acc = t->acc + (int64_t)r * t->acc_stride;
        t->m[r] = -INFINITY;
        t->l[r] = 0.0f;
        for (int32_t e = 0; e < 256; e += 8) {
            afv_scalar_store(acc + e + 0, z);
            afv_scalar_store(acc + e + 1, z);
            afv_scalar_store(acc + e + 2, z);
            afv_scalar_store(acc + e + 3, z);
            afv_scalar_store(acc + e + 4, z);
            afv_scalar_store(acc + e + 5, z);
            afv_scalar_store(acc + e + 6, z);
            afv_scalar_store(acc + e + 7, z);
        }
    }
}

/* One query row (element offset off of Q) into the f32 Q buffer, widened from
 * Q's own format (c->qf) once per tile; for a 16-bit dot product the row
 * stays 16-bit (dispatch guarantees Q then has the kernel's format). */
static inline AF_TARGET_SCALAR void afk_f16_dk256_dv256_scalar_load_q(const af_call *c, float *dst, int64_t off)
{
    if (c->qf == ATTNFORGE_FORMAT_F32) {
        const float *src = (const float *)c->q + off;
        for (int32_t e = 0; e < 256; e += 8) {
            afv_scalar_store(dst + e + 0, afv_scalar_load(src + e + 0));
            afv_scalar_store(dst + e + 1, afv_scalar_load(src + e + 1));
            afv_scalar_store(dst + e + 2, afv_scalar_load(src + e + 2));
            afv_scalar_store(dst + e + 3, afv_scalar_load(src + e + 3));
            afv_scalar_store(dst + e + 4, afv_scalar_load(src + e + 4));
            afv_scalar_store(dst + e + 5, afv_scalar_load(src + e + 5));
            afv_scalar_store(dst + e + 6, afv_scalar_load(src + e + 6));
            afv_scalar_store(dst + e + 7, afv_scalar_load(src + e + 7));
        }
    } else if (c->qf == ATTNFORGE_FORMAT_F16) {
        const uint16_t *src = (const uint16_t *)c->q + off;
        for (int32_t e = 0; e < 256; e += 8) {
            afv_scalar_store((dst + e) + 0, afv_scalar_load_f16((src + e) + 0));
            afv_scalar_store((dst + e) + 1, afv_scalar_load_f16((src + e) + 1));
            afv_scalar_store((dst + e) + 2, afv_scalar_load_f16((src + e) + 2));
            afv_scalar_store((dst + e) + 3, afv_scalar_load_f16((src + e) + 3));
            afv_scalar_store((dst + e) + 4, afv_scalar_load_f16((src + e) + 4));
            afv_scalar_store((dst + e) + 5, afv_scalar_load_f16((src + e) + 5));
            afv_scalar_store((dst + e) + 6, afv_scalar_load_f16((src + e) + 6));
            afv_scalar_store((dst + e) + 7, afv_scalar_load_f16((src + e) + 7));
        }
    } else { /* bf16 Q beside another cache format: portable widening (a shift) */
        af_load_row(c->qf, c->q, off, 256, 1.0f, dst);
    }
}

/* Rows [r0, r0 + nr) of the tile: constants, Q (into qbuf unless NULL), and the union [*klo, *khi)
 * of their visible keys (each row's end lowered past trailing -inf mask
 * entries: af_mask_trim_hi). Returns 0 when no row sees any key of the tile. */
static AF_TARGET_SCALAR int afk_f16_dk256_dv256_scalar_rows(const af_call *c, const af_tile *t, int32_t r0, int32_t nr,
                              afp_scalar_f16_row *rw, float *qbuf, int64_t *klo, int64_t *khi)
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
        if (qbuf) afk_f16_dk256_dv256_scalar_load_q(c, qbuf + (int64_t)r * 256, rw[r].qoff);
    }
    *klo = ulo;
    *khi = uhi;
    return ulo < uhi;
}

/* Copy one K row (Dk) and one V row (Dv), widened or dequantized to f32
 * (f16: templates/fmt/f16.lua), into the block's contiguous L1
 * buffers; sc is the KV head's scale of a scaled (fp8) format. K and V rows
 * of a cache sit a whole Hkv * D row apart (often a multiple of 4 KiB, so all
 * in the same L1 sets); packed, the block's rows stay in L1 for every row of
 * the tile. (afk_f16_dk256_dv256_scalar_pack_k is unused in an AMX variant: its prefill reads K
 * rows as tile operands, and no decode packs K for a 16-bit dot product.) */
static inline AF_UNUSED AF_TARGET_SCALAR void afk_f16_dk256_dv256_scalar_pack_k(float *dst, const uint16_t *src, float sc)
{
    (void)sc;
    for (int32_t e = 0; e < 256; e += 8) {
        afv_scalar_store((dst + e) + 0, afv_scalar_load_f16((src + e) + 0));
        afv_scalar_store((dst + e) + 1, afv_scalar_load_f16((src + e) + 1));
        afv_scalar_store((dst + e) + 2, afv_scalar_load_f16((src + e) + 2));
        afv_scalar_store((dst + e) + 3, afv_scalar_load_f16((src + e) + 3));
        afv_scalar_store((dst + e) + 4, afv_scalar_load_f16((src + e) + 4));
        afv_scalar_store((dst + e) + 5, afv_scalar_load_f16((src + e) + 5));
        afv_scalar_store((dst + e) + 6, afv_scalar_load_f16((src + e) + 6));
        afv_scalar_store((dst + e) + 7, afv_scalar_load_f16((src + e) + 7));
    }
}
static inline AF_TARGET_SCALAR void afk_f16_dk256_dv256_scalar_pack_v(float *dst, const uint16_t *src, float sc)
{
    (void)sc;
    for (int32_t e = 0; e < 256; e += 8) {
        afv_scalar_store((dst + e) + 0, afv_scalar_load_f16((src + e) + 0));
        afv_scalar_store((dst + e) + 1, afv_scalar_load_f16((src + e) + 1));
        afv_scalar_store((dst + e) + 2, afv_scalar_load_f16((src + e) + 2));
        afv_scalar_store((dst + e) + 3, afv_scalar_load_f16((src + e) + 3));
        afv_scalar_store((dst + e) + 4, afv_scalar_load_f16((src + e) + 4));
        afv_scalar_store((dst + e) + 5, afv_scalar_load_f16((src + e) + 5));
        afv_scalar_store((dst + e) + 6, afv_scalar_load_f16((src + e) + 6));
        afv_scalar_store((dst + e) + 7, afv_scalar_load_f16((src + e) + 7));
    }
}

/* 1 when every V element of the n rows is finite: 0 * x is NaN exactly when
 * x is Inf or NaN. Only asked for blocks where some row excludes some key,
 * so that an excluded key's V can never reach that row's acc. */
static AF_TARGET_SCALAR int afk_f16_dk256_dv256_scalar_v_finite(const float *const *vp, int32_t n)
{
    const afv_scalar z = afv_scalar_zero();
    afv_scalar c0 = z, c1 = z;
    for (int32_t k = 0; k < n; k++) {
        const float *v = vp[k];
        for (int32_t e = 0; e < 256; e += 8) {
            c0 = afv_scalar_fma(afv_scalar_load(v + e + 0), z, c0);
            c1 = afv_scalar_fma(afv_scalar_load(v + e + 1), z, c1);
            c0 = afv_scalar_fma(afv_scalar_load(v + e + 2), z, c0);
            c1 = afv_scalar_fma(afv_scalar_load(v + e + 3), z, c1);
            c0 = afv_scalar_fma(afv_scalar_load(v + e + 4), z, c0);
            c1 = afv_scalar_fma(afv_scalar_load(v + e + 5), z, c1);
            c0 = afv_scalar_fma(afv_scalar_load(v + e + 6), z, c0);
            c1 = afv_scalar_fma(afv_scalar_load(v + e + 7), z, c1);
        }
    }
    return afv_scalar_hsum(afv_scalar_add(c0, c1)) == 0.0f;
}

/* The block's mask for a prefill chunk's transposed score tile (st[k * rs +
 * row], rows in lanes; nr rows, n keys from jb), transposed like st into mt;
 * returns 0 without writing mt when the mask is zero on every row's visible
 * keys (llama.cpp's mask, away from the diagonal) or absent. lo, hi: each
 * row's visible keys relative to jb. */
static AF_TARGET_SCALAR int afk_f16_dk256_dv256_scalar_pre_mask(const af_call *c, const afp_scalar_f16_row *rw, int32_t nr, int32_t rs, int64_t jb,
                                  int32_t n, float *mt, const float *lo, const float *hi)
{
    const int32_t nv = (nr + 0) / 1;
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
                float row[1];
                for (; k + 1 <= n; k += 1) {
                    afv_scalar_store(row, afv_scalar_mul(afv_scalar_load_f16(mr + k), afv_scalar_set1(ms)));
                    for (int32_t x = 0; x < 1; x++) dst[(k + x) * rs] = row[x];
                }
            }
            for (; k < n; k++) dst[k * rs] = ms * af_f16_to_f32(mr[k * c->m_sj]);
        } else {
            const float *mr = (const float *)rw[r].mask + jb * c->m_sj;
            for (int32_t k = 0; k < n; k++) dst[k * rs] = ms * mr[k * c->m_sj];
        }
    }
    for (int32_t k = 0; k < n; k++)
        for (int32_t r = nr; r < nv * 1; r++) mt[k * rs + r] = 0.0f;
    return 1;
}

/* The block softmax of a prefill chunk's transposed score tile: its mask
 * (afk_f16_dk256_dv256_scalar_pre_mask), then afp_scalar_f16_softmax_lanes per vector of 1 rows. Per row
 * (arrays padded to whole vectors): lo, hi = visible keys relative to jb,
 * dist and nsl (ALiBi), ml and ll (running max and sum), alpha (out).
 * Returns 1 when a row excludes a key of the block. */
static AF_TARGET_SCALAR int afk_f16_dk256_dv256_scalar_pre_softmax(const af_call *c, const afp_scalar_f16_row *rw, int32_t nr, int32_t rs, int64_t jb,
                                     int32_t n, float *st, float *mt, const float *lo, const float *hi,
                                     const float *dist, const float *nsl, float *ml, float *ll, float *alpha)
{
    const int32_t nv = (nr + 0) / 1;
    const int alibi = c->slopes != NULL;
    const int mblk = afk_f16_dk256_dv256_scalar_pre_mask(c, rw, nr, rs, jb, n, mt, lo, hi);
    int partial = 0;
    for (int32_t u = 0; u < nv; u++) {
        const int32_t o = u * 1;
        partial |= afp_scalar_f16_softmax_lanes(c, st + o, rs, mblk ? mt + o : NULL, n, lo + o, hi + o, dist + o, nsl + o,
                                     alibi, ml + o, ll + o, alpha + o, nr - o < 1 ? nr - o : 1);
    }
    return partial;
}

/* One K row (is_v = 0: Dk = 256 elements) or V row (Dv = 256) of
 * f16 storage widened to f32 by the very code the kernels pack their
 * blocks with (afk_f16_dk256_dv256_scalar_pack_k / afk_f16_dk256_dv256_scalar_pack_v); sc is the KV head's scale of a
 * scaled format (ignored otherwise). runtime/plan.c's per-call packing uses
 * it to give a long prefill f32 rows that the f32 kernels read in place. */
AF_TARGET_SCALAR void attnforge_f16_dk256_dv256_widen__scalar(float *dst, const void *src, int is_v, float sc)
{
    if (is_v)
        afk_f16_dk256_dv256_scalar_pack_v(dst, (const uint16_t *)src, sc);
    else
        afk_f16_dk256_dv256_scalar_pack_k(dst, (const uint16_t *)src, sc);
}

/* The prefetch cursor of one key block (see decode.c.in): line[cur .. tot)
 * are still to be issued; each issue point owes step / 65536 more lines. */
typedef struct afk_f16_dk256_dv256_scalar_pf {
    const char *line[256];
    int32_t cur, tot;
    uint32_t acc, step;
} afk_f16_dk256_dv256_scalar_pf;

/* P*V row blocks for r rows, in emit_pv_stage's order. */
static inline AF_TARGET_SCALAR int32_t afk_f16_dk256_dv256_scalar_pv_blocks(int32_t r)
{
    int32_t b = 0;
    b += r / 2; r %= 2;
    return b + r;
}

/* The rate: the cursor's tot lines over the issue points of a block of n
 * keys (np padded) for nr rows: its packed K and V rows, its QK^T calls
 * (PF_QK each) and one per key of each P*V pass. */
static inline AF_TARGET_SCALAR void afk_f16_dk256_dv256_scalar_pf_rate(afk_f16_dk256_dv256_scalar_pf *p, int32_t nr, int32_t n, int32_t np)
{
    const int64_t pts = 2 * (int64_t)n + (int64_t)nr * np * 256 / 128 + (int64_t)64 * afk_f16_dk256_dv256_scalar_pv_blocks(nr) * n;
    p->acc = 0;
    p->step = (uint32_t)((((int64_t)p->tot << 16) + pts - 1) / pts);
}

/* Issue what the cursor owes after m more points (nothing past its end). */
static inline AF_TARGET_SCALAR void afk_f16_dk256_dv256_scalar_pf_issue(afk_f16_dk256_dv256_scalar_pf *p, int m)
{
    p->acc += (uint32_t)m * p->step;
    int32_t owed = (int32_t)(p->acc >> 16);
    if (owed > p->tot) owed = p->tot;
    while (p->cur < owed) __builtin_prefetch(p->line[p->cur++], 0, 2); /* prefetcht1 */
}

/* QK^T register block: 1 row(s) x 4 keys, s_r[k] = dot(q_r, key k), Dk = 256. */
static inline AF_TARGET_SCALAR void afk_f16_dk256_dv256_scalar_dec_qk(const float *q0, const float *const *kp, float *s0)
{
    afv_scalar a0_0 = afv_scalar_zero(), a0_1 = afv_scalar_zero(), a0_2 = afv_scalar_zero(), a0_3 = afv_scalar_zero();
    afv_scalar x0, y;
    for (int32_t d = 0; d < 256; d += 4) {
        x0 = afv_scalar_load(q0 + d);
        y = afv_scalar_load(kp[0] + d); a0_0 = afv_scalar_fma(x0, y, a0_0);
        y = afv_scalar_load(kp[1] + d); a0_1 = afv_scalar_fma(x0, y, a0_1);
        y = afv_scalar_load(kp[2] + d); a0_2 = afv_scalar_fma(x0, y, a0_2);
        y = afv_scalar_load(kp[3] + d); a0_3 = afv_scalar_fma(x0, y, a0_3);
        x0 = afv_scalar_load(q0 + d + 1);
        y = afv_scalar_load(kp[0] + d + 1); a0_0 = afv_scalar_fma(x0, y, a0_0);
        y = afv_scalar_load(kp[1] + d + 1); a0_1 = afv_scalar_fma(x0, y, a0_1);
        y = afv_scalar_load(kp[2] + d + 1); a0_2 = afv_scalar_fma(x0, y, a0_2);
        y = afv_scalar_load(kp[3] + d + 1); a0_3 = afv_scalar_fma(x0, y, a0_3);
        x0 = afv_scalar_load(q0 + d + 2);
        y = afv_scalar_load(kp[0] + d + 2); a0_0 = afv_scalar_fma(x0, y, a0_0);
        y = afv_scalar_load(kp[1] + d + 2); a0_1 = afv_scalar_fma(x0, y, a0_1);
        y = afv_scalar_load(kp[2] + d + 2); a0_2 = afv_scalar_fma(x0, y, a0_2);
        y = afv_scalar_load(kp[3] + d + 2); a0_3 = afv_scalar_fma(x0, y, a0_3);
        x0 = afv_scalar_load(q0 + d + 3);
        y = afv_scalar_load(kp[0] + d + 3); a0_0 = afv_scalar_fma(x0, y, a0_0);
        y = afv_scalar_load(kp[1] + d + 3); a0_1 = afv_scalar_fma(x0, y, a0_1);
        y = afv_scalar_load(kp[2] + d + 3); a0_2 = afv_scalar_fma(x0, y, a0_2);
        y = afv_scalar_load(kp[3] + d + 3); a0_3 = afv_scalar_fma(x0, y, a0_3);
    }
    *(s0 + 0) = a0_0;
    *(s0 + 1) = a0_1;
    *(s0 + 2) = a0_2;
    *(s0 + 3) = a0_3;
}

/* QK^T register block: 2 row(s) x 2 keys, s_r[k] = dot(q_r, key k), Dk = 256. */
static inline AF_TARGET_SCALAR void afk_f16_dk256_dv256_scalar_dec_qk2(const float *q0, const float *q1, const float *const *kp, float *s0, float *s1)
{
    afv_scalar a0_0 = afv_scalar_zero(), a0_1 = afv_scalar_zero();
    afv_scalar a1_0 = afv_scalar_zero(), a1_1 = afv_scalar_zero();
    afv_scalar x0, x1, y;
    for (int32_t d = 0; d < 256; d += 4) {
        x0 = afv_scalar_load(q0 + d); x1 = afv_scalar_load(q1 + d);
        y = afv_scalar_load(kp[0] + d); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
        y = afv_scalar_load(kp[1] + d); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
        x0 = afv_scalar_load(q0 + d + 1); x1 = afv_scalar_load(q1 + d + 1);
        y = afv_scalar_load(kp[0] + d + 1); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
        y = afv_scalar_load(kp[1] + d + 1); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
        x0 = afv_scalar_load(q0 + d + 2); x1 = afv_scalar_load(q1 + d + 2);
        y = afv_scalar_load(kp[0] + d + 2); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
        y = afv_scalar_load(kp[1] + d + 2); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
        x0 = afv_scalar_load(q0 + d + 3); x1 = afv_scalar_load(q1 + d + 3);
        y = afv_scalar_load(kp[0] + d + 3); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
        y = afv_scalar_load(kp[1] + d + 3); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    }
    *(s0 + 0) = a0_0;
    *(s0 + 1) = a0_1;
    *(s1 + 0) = a1_0;
    *(s1 + 1) = a1_1;
}

/* P*V register block: 2 row(s) x 4 columns of Dv = 256 per pass. */
static inline AF_TARGET_SCALAR void afk_f16_dk256_dv256_scalar_dec_pv2(float *const *acc, const float *const *p, const float *alpha,
        const float *const *vp, int32_t n)
{
    float *const acc0 = acc[0];
    const float *const p0 = p[0];
    const afv_scalar al0 = afv_scalar_set1(alpha[0]);
    float *const acc1 = acc[1];
    const float *const p1 = p[1];
    const afv_scalar al1 = afv_scalar_set1(alpha[1]);
    for (int32_t j = 0; j < 256; j += 8) { /* Dv columns j .. j + 7 */
        {
            afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + j), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + j + 1), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + j + 2), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + j + 3), al0);
            afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + j), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + j + 1), al1), c1_2 = afv_scalar_mul(afv_scalar_load(acc1 + j + 2), al1), c1_3 = afv_scalar_mul(afv_scalar_load(acc1 + j + 3), al1);
            for (int32_t k = 0; k < n; k++) {
                const float *v = vp[k] + j;
                const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
                { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
                { const afv_scalar b = afv_scalar_set1(p1[k]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); c1_2 = afv_scalar_fma(b, y2, c1_2); c1_3 = afv_scalar_fma(b, y3, c1_3); }
            }
            afv_scalar_store(acc0 + j, c0_0); afv_scalar_store(acc0 + j + 1, c0_1); afv_scalar_store(acc0 + j + 2, c0_2); afv_scalar_store(acc0 + j + 3, c0_3);
            afv_scalar_store(acc1 + j, c1_0); afv_scalar_store(acc1 + j + 1, c1_1); afv_scalar_store(acc1 + j + 2, c1_2); afv_scalar_store(acc1 + j + 3, c1_3);
        }
        {
            afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + j + 4), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + j + 4 + 1), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + j + 4 + 2), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + j + 4 + 3), al0);
            afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + j + 4), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + j + 4 + 1), al1), c1_2 = afv_scalar_mul(afv_scalar_load(acc1 + j + 4 + 2), al1), c1_3 = afv_scalar_mul(afv_scalar_load(acc1 + j + 4 + 3), al1);
            for (int32_t k = 0; k < n; k++) {
                const float *v = vp[k] + j + 4;
                const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
                { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
                { const afv_scalar b = afv_scalar_set1(p1[k]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); c1_2 = afv_scalar_fma(b, y2, c1_2); c1_3 = afv_scalar_fma(b, y3, c1_3); }
            }
            afv_scalar_store(acc0 + j + 4, c0_0); afv_scalar_store(acc0 + j + 4 + 1, c0_1); afv_scalar_store(acc0 + j + 4 + 2, c0_2); afv_scalar_store(acc0 + j + 4 + 3, c0_3);
            afv_scalar_store(acc1 + j + 4, c1_0); afv_scalar_store(acc1 + j + 4 + 1, c1_1); afv_scalar_store(acc1 + j + 4 + 2, c1_2); afv_scalar_store(acc1 + j + 4 + 3, c1_3);
        }
    }
}

/* P*V register block: 2 row(s) x 4 columns of Dv = 256 per pass, one prefetch per key. */
static inline AF_TARGET_SCALAR void afk_f16_dk256_dv256_scalar_dec_pv2_pf(float *const *acc, const float *const *p, const float *alpha,
        const float *const *vp, int32_t n, afk_f16_dk256_dv256_scalar_pf *pf)
{
    float *const acc0 = acc[0];
    const float *const p0 = p[0];
    const afv_scalar al0 = afv_scalar_set1(alpha[0]);
    float *const acc1 = acc[1];
    const float *const p1 = p[1];
    const afv_scalar al1 = afv_scalar_set1(alpha[1]);
    for (int32_t j = 0; j < 256; j += 8) { /* Dv columns j .. j + 7 */
        {
            afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + j), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + j + 1), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + j + 2), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + j + 3), al0);
            afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + j), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + j + 1), al1), c1_2 = afv_scalar_mul(afv_scalar_load(acc1 + j + 2), al1), c1_3 = afv_scalar_mul(afv_scalar_load(acc1 + j + 3), al1);
            for (int32_t k = 0; k < n; k++) {
                afk_f16_dk256_dv256_scalar_pf_issue(pf, 1);
                const float *v = vp[k] + j;
                const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
                { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
                { const afv_scalar b = afv_scalar_set1(p1[k]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); c1_2 = afv_scalar_fma(b, y2, c1_2); c1_3 = afv_scalar_fma(b, y3, c1_3); }
            }
            afv_scalar_store(acc0 + j, c0_0); afv_scalar_store(acc0 + j + 1, c0_1); afv_scalar_store(acc0 + j + 2, c0_2); afv_scalar_store(acc0 + j + 3, c0_3);
            afv_scalar_store(acc1 + j, c1_0); afv_scalar_store(acc1 + j + 1, c1_1); afv_scalar_store(acc1 + j + 2, c1_2); afv_scalar_store(acc1 + j + 3, c1_3);
        }
        {
            afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + j + 4), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + j + 4 + 1), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + j + 4 + 2), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + j + 4 + 3), al0);
            afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + j + 4), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + j + 4 + 1), al1), c1_2 = afv_scalar_mul(afv_scalar_load(acc1 + j + 4 + 2), al1), c1_3 = afv_scalar_mul(afv_scalar_load(acc1 + j + 4 + 3), al1);
            for (int32_t k = 0; k < n; k++) {
                afk_f16_dk256_dv256_scalar_pf_issue(pf, 1);
                const float *v = vp[k] + j + 4;
                const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
                { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
                { const afv_scalar b = afv_scalar_set1(p1[k]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); c1_2 = afv_scalar_fma(b, y2, c1_2); c1_3 = afv_scalar_fma(b, y3, c1_3); }
            }
            afv_scalar_store(acc0 + j + 4, c0_0); afv_scalar_store(acc0 + j + 4 + 1, c0_1); afv_scalar_store(acc0 + j + 4 + 2, c0_2); afv_scalar_store(acc0 + j + 4 + 3, c0_3);
            afv_scalar_store(acc1 + j + 4, c1_0); afv_scalar_store(acc1 + j + 4 + 1, c1_1); afv_scalar_store(acc1 + j + 4 + 2, c1_2); afv_scalar_store(acc1 + j + 4 + 3, c1_3);
        }
    }
}

/* P*V register block: 1 row(s) x 4 columns of Dv = 256 per pass. */
static inline AF_TARGET_SCALAR void afk_f16_dk256_dv256_scalar_dec_pv1(float *const *acc, const float *const *p, const float *alpha,
        const float *const *vp, int32_t n)
{
    float *const acc0 = acc[0];
    const float *const p0 = p[0];
    const afv_scalar al0 = afv_scalar_set1(alpha[0]);
    for (int32_t j = 0; j < 256; j += 8) { /* Dv columns j .. j + 7 */
        {
            afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + j), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + j + 1), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + j + 2), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + j + 3), al0);
            for (int32_t k = 0; k < n; k++) {
                const float *v = vp[k] + j;
                const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
                { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
            }
            afv_scalar_store(acc0 + j, c0_0); afv_scalar_store(acc0 + j + 1, c0_1); afv_scalar_store(acc0 + j + 2, c0_2); afv_scalar_store(acc0 + j + 3, c0_3);
        }
        {
            afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + j + 4), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + j + 4 + 1), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + j + 4 + 2), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + j + 4 + 3), al0);
            for (int32_t k = 0; k < n; k++) {
                const float *v = vp[k] + j + 4;
                const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
                { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
            }
            afv_scalar_store(acc0 + j + 4, c0_0); afv_scalar_store(acc0 + j + 4 + 1, c0_1); afv_scalar_store(acc0 + j + 4 + 2, c0_2); afv_scalar_store(acc0 + j + 4 + 3, c0_3);
        }
    }
}

/* P*V register block: 1 row(s) x 4 columns of Dv = 256 per pass, excluded keys (p = -0.0) skipped. */
static inline AF_TARGET_SCALAR void afk_f16_dk256_dv256_scalar_dec_pv1g(float *const *acc, const float *const *p, const float *alpha,
        const float *const *vp, int32_t n)
{
    float *const acc0 = acc[0];
    const float *const p0 = p[0];
    const afv_scalar al0 = afv_scalar_set1(alpha[0]);
    for (int32_t j = 0; j < 256; j += 8) { /* Dv columns j .. j + 7 */
        {
            afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + j), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + j + 1), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + j + 2), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + j + 3), al0);
            for (int32_t k = 0; k < n; k++) {
                if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
                const float *v = vp[k] + j;
                const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
                { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
            }
            afv_scalar_store(acc0 + j, c0_0); afv_scalar_store(acc0 + j + 1, c0_1); afv_scalar_store(acc0 + j + 2, c0_2); afv_scalar_store(acc0 + j + 3, c0_3);
        }
        {
            afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + j + 4), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + j + 4 + 1), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + j + 4 + 2), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + j + 4 + 3), al0);
            for (int32_t k = 0; k < n; k++) {
                if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
                const float *v = vp[k] + j + 4;
                const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
                { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
            }
            afv_scalar_store(acc0 + j + 4, c0_0); afv_scalar_store(acc0 + j + 4 + 1, c0_1); afv_scalar_store(acc0 + j + 4 + 2, c0_2); afv_scalar_store(acc0 + j + 4 + 3, c0_3);
        }
    }
}

/* P*V register block: 1 row(s) x 4 columns of Dv = 256 per pass, one prefetch per key. */
static inline AF_TARGET_SCALAR void afk_f16_dk256_dv256_scalar_dec_pv1_pf(float *const *acc, const float *const *p, const float *alpha,
        const float *const *vp, int32_t n, afk_f16_dk256_dv256_scalar_pf *pf)
{
    float *const acc0 = acc[0];
    const float *const p0 = p[0];
    const afv_scalar al0 = afv_scalar_set1(alpha[0]);
    for (int32_t j = 0; j < 256; j += 8) { /* Dv columns j .. j + 7 */
        {
            afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + j), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + j + 1), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + j + 2), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + j + 3), al0);
            for (int32_t k = 0; k < n; k++) {
                afk_f16_dk256_dv256_scalar_pf_issue(pf, 1);
                const float *v = vp[k] + j;
                const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
                { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
            }
            afv_scalar_store(acc0 + j, c0_0); afv_scalar_store(acc0 + j + 1, c0_1); afv_scalar_store(acc0 + j + 2, c0_2); afv_scalar_store(acc0 + j + 3, c0_3);
        }
        {
            afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + j + 4), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + j + 4 + 1), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + j + 4 + 2), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + j + 4 + 3), al0);
            for (int32_t k = 0; k < n; k++) {
                afk_f16_dk256_dv256_scalar_pf_issue(pf, 1);
                const float *v = vp[k] + j + 4;
                const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
                { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
            }
            afv_scalar_store(acc0 + j + 4, c0_0); afv_scalar_store(acc0 + j + 4 + 1, c0_1); afv_scalar_store(acc0 + j + 4 + 2, c0_2); afv_scalar_store(acc0 + j + 4 + 3, c0_3);
        }
    }
}

/* P*V register block: 1 row(s) x 4 columns of Dv = 256 per pass, excluded keys (p = -0.0) skipped, one prefetch per key. */
static inline AF_TARGET_SCALAR void afk_f16_dk256_dv256_scalar_dec_pv1g_pf(float *const *acc, const float *const *p, const float *alpha,
        const float *const *vp, int32_t n, afk_f16_dk256_dv256_scalar_pf *pf)
{
    float *const acc0 = acc[0];
    const float *const p0 = p[0];
    const afv_scalar al0 = afv_scalar_set1(alpha[0]);
    for (int32_t j = 0; j < 256; j += 8) { /* Dv columns j .. j + 7 */
        {
            afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + j), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + j + 1), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + j + 2), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + j + 3), al0);
            for (int32_t k = 0; k < n; k++) {
                afk_f16_dk256_dv256_scalar_pf_issue(pf, 1);
                if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
                const float *v = vp[k] + j;
                const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
                { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
            }
            afv_scalar_store(acc0 + j, c0_0); afv_scalar_store(acc0 + j + 1, c0_1); afv_scalar_store(acc0 + j + 2, c0_2); afv_scalar_store(acc0 + j + 3, c0_3);
        }
        {
            afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + j + 4), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + j + 4 + 1), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + j + 4 + 2), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + j + 4 + 3), al0);
            for (int32_t k = 0; k < n; k++) {
                afk_f16_dk256_dv256_scalar_pf_issue(pf, 1);
                if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
                const float *v = vp[k] + j + 4;
                const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
                { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
            }
            afv_scalar_store(acc0 + j + 4, c0_0); afv_scalar_store(acc0 + j + 4 + 1, c0_1); afv_scalar_store(acc0 + j + 4 + 2, c0_2); afv_scalar_store(acc0 + j + 4 + 3, c0_3);
        }
    }
}

/* ---- decode (templates/decode.c.in) ----
 * Rows are taken in chunks of 16 (Q widened to f32 once per tile) and the
 * keys of the tile in blocks of 16. A tile may span several KV heads (rows
 * h-major, so each KV head's rows are contiguous): each key block is then
 * processed head by head, so the task reads every head's slice of a key row
 * before moving on (whole BSHD rows in order). For each block and head, K rows
 * are gathered (contiguous, strided or paged) and packed (widened to f32) into an L1 buffer;
 * the head's rows compute their scores against them in register blocks of
 * 2 x 2, 1 x 4 (rows x keys, largest first; one accumulator per
 * row and key over the unrolled Dk, one reduction per block), then the block
 * softmax rescales each row once, then P*V runs over the same V rows in
 * blocks of 2, 1 rows x 4 columns.
 * Online softmax invariant, per row, after the blocks [j0, jb) were processed:
 *   m = max of the visible scores so far (-inf if none),
 *   l = sum of exp(s - m), acc = sum of exp(s - m) * v,
 * so a new block with max mb rescales l and acc by exp(m - max(m, mb)).
 */

/* Keys [jb, jb + n) (n padded to np) for rows [0, nr) of one KV head kvh:
 * rw, qb, sb and alpha point at the first of those rows. */
static inline AF_TARGET_SCALAR void afk_f16_dk256_dv256_scalar_dec_block(const af_call *c, const af_tile *t, int32_t kvh,
                                           afp_scalar_f16_row *rw, const float *qb, float *sb, float *alpha,
                                           int32_t nr, int64_t jb, int32_t n, int32_t np, int32_t hg, int32_t ng)
{
    const uint16_t *kraw[16], *vraw[16];
    const float *kp[16];
    const float *vp[16];
    float kbuf[16 * 256], *const vbuf = kbuf; /* K, then V */
    int active = 0, partial = 0;
    for (int32_t r = 0; r < nr; r++) active |= rw[r].lo < jb + n && rw[r].hi > jb;
    if (!active) return;
    afp_scalar_f16_gather(c, 0, t->b, kvh, jb, n, kraw);
    const float ksc = af_kv_scale(c, 0, kvh);
    {
    int32_t pf_h = (int32_t)((int64_t)hg * 16 % ng); /* the next row to prefetch: key pf_j, head pf_h */
    const int64_t pf_j = jb + 16 + (int64_t)hg * 16 / ng;
    const int64_t pf_ss = c->k_ss, pf_sh = c->k_sh;
    const int64_t pf_step = pf_sh - pf_ss, pf_wrap = pf_ss - (int64_t)ng * pf_sh;
    int64_t pf_off = (pf_j - jb) * pf_ss + (int64_t)(pf_h - hg) * pf_sh; /* from row k = 0 */
    for (int32_t k = 0; k < n; k++) {
        afk_f16_dk256_dv256_scalar_pack_k(kbuf + k * 256, kraw[k], ksc);
        kp[k] = kbuf + k * 256;
        { /* a prefetch never faults, so a row past the end or across a page of
           * a paged cache costs nothing */
            const char *f = (const char *)(kraw[k] + pf_off);
            __builtin_prefetch(f + 0, 0, 2); /* prefetcht1 */
            __builtin_prefetch(f + 64, 0, 2); /* prefetcht1 */
            __builtin_prefetch(f + 128, 0, 2); /* prefetcht1 */
            __builtin_prefetch(f + 192, 0, 2); /* prefetcht1 */
            __builtin_prefetch(f + 256, 0, 2); /* prefetcht1 */
            __builtin_prefetch(f + 320, 0, 2); /* prefetcht1 */
            __builtin_prefetch(f + 384, 0, 2); /* prefetcht1 */
            __builtin_prefetch(f + 448, 0, 2); /* prefetcht1 */
            pf_off += pf_step;
            if (++pf_h == ng) pf_h = 0, pf_off += pf_wrap;
        }
    }
    }
    for (int32_t k = n; k < np; k++) kp[k] = kp[0]; /* padding keys: scores discarded */
    int32_t r = 0;
    for (; r + 2 <= nr; r += 2) {
        if (!((rw[r + 0].lo < jb + n && rw[r + 0].hi > jb) || (rw[r + 1].lo < jb + n && rw[r + 1].hi > jb))) continue;
        for (int32_t k = 0; k < np; k += 2) {
            afk_f16_dk256_dv256_scalar_dec_qk2(qb + (r + 0) * 256, qb + (r + 1) * 256, kp + k,
                        sb + (r + 0) * 16 + k, sb + (r + 1) * 16 + k);
        }
    }
    for (; r < nr; r++) {
        if (rw[r].lo >= jb + n || rw[r].hi <= jb) continue;
        for (int32_t k = 0; k < np; k += 4) {
            afk_f16_dk256_dv256_scalar_dec_qk(qb + r * 256, kp + k, sb + r * 16 + k);
        }
    }
    for (int32_t r = 0; r < nr; r++)
        alpha[r] = afp_scalar_f16_softmax_row(c, &rw[r], sb + r * 16, jb, n, np, &partial);
    afp_scalar_f16_gather(c, 1, t->b, kvh, jb, n, vraw);
    const float vsc = af_kv_scale(c, 1, kvh);
    {
    int32_t pf_h = (int32_t)((int64_t)hg * 16 % ng); /* the next row to prefetch: key pf_j, head pf_h */
    const int64_t pf_j = jb + 16 + (int64_t)hg * 16 / ng;
    const int64_t pf_ss = c->v_ss, pf_sh = c->v_sh;
    const int64_t pf_step = pf_sh - pf_ss, pf_wrap = pf_ss - (int64_t)ng * pf_sh;
    int64_t pf_off = (pf_j - jb) * pf_ss + (int64_t)(pf_h - hg) * pf_sh; /* from row k = 0 */
    for (int32_t k = 0; k < n; k++) {
        afk_f16_dk256_dv256_scalar_pack_v(vbuf + k * 256, vraw[k], vsc);
        vp[k] = vbuf + k * 256;
        { /* a prefetch never faults, so a row past the end or across a page of
           * a paged cache costs nothing */
            const char *f = (const char *)(vraw[k] + pf_off);
            __builtin_prefetch(f + 0, 0, 2); /* prefetcht1 */
            __builtin_prefetch(f + 64, 0, 2); /* prefetcht1 */
            __builtin_prefetch(f + 128, 0, 2); /* prefetcht1 */
            __builtin_prefetch(f + 192, 0, 2); /* prefetcht1 */
            __builtin_prefetch(f + 256, 0, 2); /* prefetcht1 */
            __builtin_prefetch(f + 320, 0, 2); /* prefetcht1 */
            __builtin_prefetch(f + 384, 0, 2); /* prefetcht1 */
            __builtin_prefetch(f + 448, 0, 2); /* prefetcht1 */
            pf_off += pf_step;
            if (++pf_h == ng) pf_h = 0, pf_off += pf_wrap;
        }
    }
    }
    if (partial && !afk_f16_dk256_dv256_scalar_v_finite(vp, n)) {
        for (int32_t r = 0; r < nr; r++) {
            float *a[1] = { rw[r].acc };
            const float *pr[1] = { sb + r * 16 };
            afk_f16_dk256_dv256_scalar_dec_pv1g(a, pr, alpha + r, vp, n);
        }
    } else {
        int32_t g = 0;
        for (; g + 2 <= nr; g += 2) {
            float *a[2] = { rw[g + 0].acc, rw[g + 1].acc };
            const float *pr[2] = { sb + (g + 0) * 16, sb + (g + 1) * 16 };
            afk_f16_dk256_dv256_scalar_dec_pv2(a, pr, alpha + g, vp, n);
        }
        for (; g < nr; g++) {
            float *a[1] = { rw[g].acc };
            const float *pr[1] = { sb + g * 16 };
            afk_f16_dk256_dv256_scalar_dec_pv1(a, pr, alpha + g, vp, n);
        }
    }
}
/* Keys [jb, jb + n) (n padded to np) for rows [0, nr) of one KV head kvh, its prefetches spread by the cursor:
 * rw, qb, sb and alpha point at the first of those rows. */
static AF_NOINLINE AF_TARGET_SCALAR void afk_f16_dk256_dv256_scalar_dec_block_pf(const af_call *c, const af_tile *t, int32_t kvh,
                                           afp_scalar_f16_row *rw, const float *qb, float *sb, float *alpha,
                                           int32_t nr, int64_t jb, int32_t n, int32_t np, int32_t hg, int32_t ng)
{
    const uint16_t *kraw[16], *vraw[16];
    const float *kp[16];
    const float *vp[16];
    float kbuf[16 * 256], *const vbuf = kbuf; /* K, then V */
    int active = 0, partial = 0;
    for (int32_t r = 0; r < nr; r++) active |= rw[r].lo < jb + n && rw[r].hi > jb;
    if (!active) return;
    if (n < 1) return; /* never: n >= 1, said for the compiler, which does not see the caller here */
    afp_scalar_f16_gather(c, 0, t->b, kvh, jb, n, kraw);
    afp_scalar_f16_gather(c, 1, t->b, kvh, jb, n, vraw);
    afk_f16_dk256_dv256_scalar_pf pfc;
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
            pfc.line[pfc.tot++] = f + 384;
            pfc.line[pfc.tot++] = f + 448;
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
            pfc.line[pfc.tot++] = f + 256;
            pfc.line[pfc.tot++] = f + 320;
            pfc.line[pfc.tot++] = f + 384;
            pfc.line[pfc.tot++] = f + 448;
            pf_off += pf_step;
            if (++pf_h == ng) pf_h = 0, pf_off += pf_wrap;
        }
    }
    afk_f16_dk256_dv256_scalar_pf_rate(&pfc, nr, n, np);
    const float ksc = af_kv_scale(c, 0, kvh);
    for (int32_t k = 0; k < n; k++) {
        afk_f16_dk256_dv256_scalar_pack_k(kbuf + k * 256, kraw[k], ksc);
        kp[k] = kbuf + k * 256;
        afk_f16_dk256_dv256_scalar_pf_issue(&pfc, 1);
    }
    for (int32_t k = n; k < np; k++) kp[k] = kp[0]; /* padding keys: scores discarded */
    int32_t r = 0;
    for (; r + 2 <= nr; r += 2) {
        if (!((rw[r + 0].lo < jb + n && rw[r + 0].hi > jb) || (rw[r + 1].lo < jb + n && rw[r + 1].hi > jb))) continue;
        for (int32_t k = 0; k < np; k += 2) {
            afk_f16_dk256_dv256_scalar_pf_issue(&pfc, 8);
            afk_f16_dk256_dv256_scalar_dec_qk2(qb + (r + 0) * 256, qb + (r + 1) * 256, kp + k,
                        sb + (r + 0) * 16 + k, sb + (r + 1) * 16 + k);
        }
    }
    for (; r < nr; r++) {
        if (rw[r].lo >= jb + n || rw[r].hi <= jb) continue;
        for (int32_t k = 0; k < np; k += 4) {
            afk_f16_dk256_dv256_scalar_pf_issue(&pfc, 8);
            afk_f16_dk256_dv256_scalar_dec_qk(qb + r * 256, kp + k, sb + r * 16 + k);
        }
    }
    for (int32_t r = 0; r < nr; r++)
        alpha[r] = afp_scalar_f16_softmax_row(c, &rw[r], sb + r * 16, jb, n, np, &partial);
    const float vsc = af_kv_scale(c, 1, kvh);
    for (int32_t k = 0; k < n; k++) {
        afk_f16_dk256_dv256_scalar_pack_v(vbuf + k * 256, vraw[k], vsc);
        vp[k] = vbuf + k * 256;
        afk_f16_dk256_dv256_scalar_pf_issue(&pfc, 1);
    }
    if (partial && !afk_f16_dk256_dv256_scalar_v_finite(vp, n)) {
        for (int32_t r = 0; r < nr; r++) {
            float *a[1] = { rw[r].acc };
            const float *pr[1] = { sb + r * 16 };
            afk_f16_dk256_dv256_scalar_dec_pv1g_pf(a, pr, alpha + r, vp, n, &pfc);
        }
    } else {
        int32_t g = 0;
        for (; g + 2 <= nr; g += 2) {
            float *a[2] = { rw[g + 0].acc, rw[g + 1].acc };
            const float *pr[2] = { sb + (g + 0) * 16, sb + (g + 1) * 16 };
            afk_f16_dk256_dv256_scalar_dec_pv2_pf(a, pr, alpha + g, vp, n, &pfc);
        }
        for (; g < nr; g++) {
            float *a[1] = { rw[g].acc };
            const float *pr[1] = { sb + g * 16 };
            afk_f16_dk256_dv256_scalar_dec_pv1_pf(a, pr, alpha + g, vp, n, &pfc);
        }
    }
}

AF_TARGET_SCALAR void attnforge_f16_dk256_dv256_decode__scalar(const af_call *c, const af_tile *t)
{
    const int32_t nrows = t->nh * t->ni;
    const int32_t rpk = t->nkv > 1 ? t->nh / t->nkv * t->ni : nrows; /* rows per KV head */
    /* prefetches spread over the arithmetic: see "The prefetch cursor" above */
    const int spread = !c->kv_hot && rpk > 1 &&
                       (int64_t)c->B * c->Hkv * (c->key_hi - c->key_lo) * 1024 >= 8388608;
    afk_f16_dk256_dv256_scalar_init(c, t);
    for (int32_t r0 = 0; r0 < nrows; r0 += 16) {
        const int32_t nr = nrows - r0 < 16 ? nrows - r0 : 16;
        afp_scalar_f16_row rw[16];
        float qb[16 * 256];
        float sb[16 * 16], alpha[16];
        int64_t klo, khi;
        if (!afk_f16_dk256_dv256_scalar_rows(c, t, r0, nr, rw, qb, &klo, &khi)) continue;
        const int32_t g0 = r0 / rpk, ng = (r0 + nr - 1) / rpk - g0 + 1; /* the chunk's KV heads */
        for (int64_t jb = klo; jb < khi; jb += 16) {
            const int32_t n = (int32_t)(khi - jb < 16 ? khi - jb : 16);
            const int32_t np = (n + 3) & ~3;
            for (int32_t ga = 0; ga < nr;) { /* the chunk's rows, one KV head at a time */
                const int32_t g = (r0 + ga) / rpk;
                const int32_t gb = (g + 1) * rpk - r0 < nr ? (g + 1) * rpk - r0 : nr;
                if (spread)
                    afk_f16_dk256_dv256_scalar_dec_block_pf(c, t, t->kvh + g, rw + ga, qb + (int64_t)ga * 256, sb + (int64_t)ga * 16,
                                  alpha + ga, gb - ga, jb, n, np, g - g0, ng);
                else
                    afk_f16_dk256_dv256_scalar_dec_block(c, t, t->kvh + g, rw + ga, qb + (int64_t)ga * 256, sb + (int64_t)ga * 16,
                                  alpha + ga, gb - ga, jb, n, np, g - g0, ng);
                ga = gb;
            }
        }
    }
}

/* QK^T outer-product block: 4 rows x 2 keys over Dk = 256, Q and S transposed. */
static inline AF_TARGET_SCALAR void afk_f16_dk256_dv256_scalar_pre_qkt(const float *qt, const float *const *kp, float *st)
{
    afv_scalar a0_0 = afv_scalar_zero(), a0_1 = afv_scalar_zero(), a0_2 = afv_scalar_zero(), a0_3 = afv_scalar_zero();
    afv_scalar a1_0 = afv_scalar_zero(), a1_1 = afv_scalar_zero(), a1_2 = afv_scalar_zero(), a1_3 = afv_scalar_zero();
    const float *k0 = kp[0], *k1 = kp[1];
    for (int32_t d = 0; d < 256; d += 4) {
        {
            const afv_scalar x0 = afv_scalar_load(qt + (d + 0) * 40 + 0), x1 = afv_scalar_load(qt + (d + 0) * 40 + 1), x2 = afv_scalar_load(qt + (d + 0) * 40 + 2), x3 = afv_scalar_load(qt + (d + 0) * 40 + 3);
            { const afv_scalar b = afv_scalar_set1(k0[d + 0]); a0_0 = afv_scalar_fma(x0, b, a0_0); a0_1 = afv_scalar_fma(x1, b, a0_1); a0_2 = afv_scalar_fma(x2, b, a0_2); a0_3 = afv_scalar_fma(x3, b, a0_3); }
            { const afv_scalar b = afv_scalar_set1(k1[d + 0]); a1_0 = afv_scalar_fma(x0, b, a1_0); a1_1 = afv_scalar_fma(x1, b, a1_1); a1_2 = afv_scalar_fma(x2, b, a1_2); a1_3 = afv_scalar_fma(x3, b, a1_3); }
        }
        {
            const afv_scalar x0 = afv_scalar_load(qt + (d + 1) * 40 + 0), x1 = afv_scalar_load(qt + (d + 1) * 40 + 1), x2 = afv_scalar_load(qt + (d + 1) * 40 + 2), x3 = afv_scalar_load(qt + (d + 1) * 40 + 3);
            { const afv_scalar b = afv_scalar_set1(k0[d + 1]); a0_0 = afv_scalar_fma(x0, b, a0_0); a0_1 = afv_scalar_fma(x1, b, a0_1); a0_2 = afv_scalar_fma(x2, b, a0_2); a0_3 = afv_scalar_fma(x3, b, a0_3); }
            { const afv_scalar b = afv_scalar_set1(k1[d + 1]); a1_0 = afv_scalar_fma(x0, b, a1_0); a1_1 = afv_scalar_fma(x1, b, a1_1); a1_2 = afv_scalar_fma(x2, b, a1_2); a1_3 = afv_scalar_fma(x3, b, a1_3); }
        }
        {
            const afv_scalar x0 = afv_scalar_load(qt + (d + 2) * 40 + 0), x1 = afv_scalar_load(qt + (d + 2) * 40 + 1), x2 = afv_scalar_load(qt + (d + 2) * 40 + 2), x3 = afv_scalar_load(qt + (d + 2) * 40 + 3);
            { const afv_scalar b = afv_scalar_set1(k0[d + 2]); a0_0 = afv_scalar_fma(x0, b, a0_0); a0_1 = afv_scalar_fma(x1, b, a0_1); a0_2 = afv_scalar_fma(x2, b, a0_2); a0_3 = afv_scalar_fma(x3, b, a0_3); }
            { const afv_scalar b = afv_scalar_set1(k1[d + 2]); a1_0 = afv_scalar_fma(x0, b, a1_0); a1_1 = afv_scalar_fma(x1, b, a1_1); a1_2 = afv_scalar_fma(x2, b, a1_2); a1_3 = afv_scalar_fma(x3, b, a1_3); }
        }
        {
            const afv_scalar x0 = afv_scalar_load(qt + (d + 3) * 40 + 0), x1 = afv_scalar_load(qt + (d + 3) * 40 + 1), x2 = afv_scalar_load(qt + (d + 3) * 40 + 2), x3 = afv_scalar_load(qt + (d + 3) * 40 + 3);
            { const afv_scalar b = afv_scalar_set1(k0[d + 3]); a0_0 = afv_scalar_fma(x0, b, a0_0); a0_1 = afv_scalar_fma(x1, b, a0_1); a0_2 = afv_scalar_fma(x2, b, a0_2); a0_3 = afv_scalar_fma(x3, b, a0_3); }
            { const afv_scalar b = afv_scalar_set1(k1[d + 3]); a1_0 = afv_scalar_fma(x0, b, a1_0); a1_1 = afv_scalar_fma(x1, b, a1_1); a1_2 = afv_scalar_fma(x2, b, a1_2); a1_3 = afv_scalar_fma(x3, b, a1_3); }
        }
    }
    afv_scalar_store(st + 0, a0_0); afv_scalar_store(st + 1, a0_1); afv_scalar_store(st + 2, a0_2); afv_scalar_store(st + 3, a0_3);
    afv_scalar_store(st + 40, a1_0); afv_scalar_store(st + 41, a1_1); afv_scalar_store(st + 42, a1_2); afv_scalar_store(st + 43, a1_3);
}

/* QK^T outer-product block: 2 rows x 2 keys over Dk = 256, Q and S transposed. */
static inline AF_TARGET_SCALAR void afk_f16_dk256_dv256_scalar_pre_qkt2(const float *qt, const float *const *kp, float *st)
{
    afv_scalar a0_0 = afv_scalar_zero(), a0_1 = afv_scalar_zero();
    afv_scalar a1_0 = afv_scalar_zero(), a1_1 = afv_scalar_zero();
    const float *k0 = kp[0], *k1 = kp[1];
    for (int32_t d = 0; d < 256; d += 4) {
        {
            const afv_scalar x0 = afv_scalar_load(qt + (d + 0) * 40 + 0), x1 = afv_scalar_load(qt + (d + 0) * 40 + 1);
            { const afv_scalar b = afv_scalar_set1(k0[d + 0]); a0_0 = afv_scalar_fma(x0, b, a0_0); a0_1 = afv_scalar_fma(x1, b, a0_1); }
            { const afv_scalar b = afv_scalar_set1(k1[d + 0]); a1_0 = afv_scalar_fma(x0, b, a1_0); a1_1 = afv_scalar_fma(x1, b, a1_1); }
        }
        {
            const afv_scalar x0 = afv_scalar_load(qt + (d + 1) * 40 + 0), x1 = afv_scalar_load(qt + (d + 1) * 40 + 1);
            { const afv_scalar b = afv_scalar_set1(k0[d + 1]); a0_0 = afv_scalar_fma(x0, b, a0_0); a0_1 = afv_scalar_fma(x1, b, a0_1); }
            { const afv_scalar b = afv_scalar_set1(k1[d + 1]); a1_0 = afv_scalar_fma(x0, b, a1_0); a1_1 = afv_scalar_fma(x1, b, a1_1); }
        }
        {
            const afv_scalar x0 = afv_scalar_load(qt + (d + 2) * 40 + 0), x1 = afv_scalar_load(qt + (d + 2) * 40 + 1);
            { const afv_scalar b = afv_scalar_set1(k0[d + 2]); a0_0 = afv_scalar_fma(x0, b, a0_0); a0_1 = afv_scalar_fma(x1, b, a0_1); }
            { const afv_scalar b = afv_scalar_set1(k1[d + 2]); a1_0 = afv_scalar_fma(x0, b, a1_0); a1_1 = afv_scalar_fma(x1, b, a1_1); }
        }
        {
            const afv_scalar x0 = afv_scalar_load(qt + (d + 3) * 40 + 0), x1 = afv_scalar_load(qt + (d + 3) * 40 + 1);
            { const afv_scalar b = afv_scalar_set1(k0[d + 3]); a0_0 = afv_scalar_fma(x0, b, a0_0); a0_1 = afv_scalar_fma(x1, b, a0_1); }
            { const afv_scalar b = afv_scalar_set1(k1[d + 3]); a1_0 = afv_scalar_fma(x0, b, a1_0); a1_1 = afv_scalar_fma(x1, b, a1_1); }
        }
    }
    afv_scalar_store(st + 0, a0_0); afv_scalar_store(st + 1, a0_1);
    afv_scalar_store(st + 40, a1_0); afv_scalar_store(st + 41, a1_1);
}

/* QK^T outer-product block: 1 rows x 2 keys over Dk = 256, Q and S transposed. */
static inline AF_TARGET_SCALAR void afk_f16_dk256_dv256_scalar_pre_qkt1(const float *qt, const float *const *kp, float *st)
{
    afv_scalar a0_0 = afv_scalar_zero();
    afv_scalar a1_0 = afv_scalar_zero();
    const float *k0 = kp[0], *k1 = kp[1];
    for (int32_t d = 0; d < 256; d += 4) {
        {
            const afv_scalar x0 = afv_scalar_load(qt + (d + 0) * 40 + 0);
            { const afv_scalar b = afv_scalar_set1(k0[d + 0]); a0_0 = afv_scalar_fma(x0, b, a0_0); }
            { const afv_scalar b = afv_scalar_set1(k1[d + 0]); a1_0 = afv_scalar_fma(x0, b, a1_0); }
        }
        {
            const afv_scalar x0 = afv_scalar_load(qt + (d + 1) * 40 + 0);
            { const afv_scalar b = afv_scalar_set1(k0[d + 1]); a0_0 = afv_scalar_fma(x0, b, a0_0); }
            { const afv_scalar b = afv_scalar_set1(k1[d + 1]); a1_0 = afv_scalar_fma(x0, b, a1_0); }
        }
        {
            const afv_scalar x0 = afv_scalar_load(qt + (d + 2) * 40 + 0);
            { const afv_scalar b = afv_scalar_set1(k0[d + 2]); a0_0 = afv_scalar_fma(x0, b, a0_0); }
            { const afv_scalar b = afv_scalar_set1(k1[d + 2]); a1_0 = afv_scalar_fma(x0, b, a1_0); }
        }
        {
            const afv_scalar x0 = afv_scalar_load(qt + (d + 3) * 40 + 0);
            { const afv_scalar b = afv_scalar_set1(k0[d + 3]); a0_0 = afv_scalar_fma(x0, b, a0_0); }
            { const afv_scalar b = afv_scalar_set1(k1[d + 3]); a1_0 = afv_scalar_fma(x0, b, a1_0); }
        }
    }
    afv_scalar_store(st + 0, a0_0);
    afv_scalar_store(st + 40, a1_0);
}

/* P*V register block, weights transposed: 4 row(s) x 2 columns of Dv = 256 per pass. */
static inline AF_TARGET_SCALAR void afk_f16_dk256_dv256_scalar_pre_pvt(float *const *acc, const float *pt, const float *alpha,
        const float *const *vp, int32_t n)
{
    float *const acc0 = acc[0];
    const afv_scalar al0 = afv_scalar_set1(alpha[0]);
    float *const acc1 = acc[1];
    const afv_scalar al1 = afv_scalar_set1(alpha[1]);
    float *const acc2 = acc[2];
    const afv_scalar al2 = afv_scalar_set1(alpha[2]);
    float *const acc3 = acc[3];
    const afv_scalar al3 = afv_scalar_set1(alpha[3]);
    for (int32_t j = 0; j < 256; j += 4) { /* Dv columns j .. j + 3 */
        {
            afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + j), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + j + 1), al0);
            afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + j), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + j + 1), al1);
            afv_scalar c2_0 = afv_scalar_mul(afv_scalar_load(acc2 + j), al2), c2_1 = afv_scalar_mul(afv_scalar_load(acc2 + j + 1), al2);
            afv_scalar c3_0 = afv_scalar_mul(afv_scalar_load(acc3 + j), al3), c3_1 = afv_scalar_mul(afv_scalar_load(acc3 + j + 1), al3);
            for (int32_t k = 0; k < n; k++) {
                const float *pk = pt + k * 40;
                const float *v = vp[k] + j;
                const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
                { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
                { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
                { const afv_scalar b = afv_scalar_set1(pk[2]); c2_0 = afv_scalar_fma(b, y0, c2_0); c2_1 = afv_scalar_fma(b, y1, c2_1); }
                { const afv_scalar b = afv_scalar_set1(pk[3]); c3_0 = afv_scalar_fma(b, y0, c3_0); c3_1 = afv_scalar_fma(b, y1, c3_1); }
            }
            afv_scalar_store(acc0 + j, c0_0); afv_scalar_store(acc0 + j + 1, c0_1);
            afv_scalar_store(acc1 + j, c1_0); afv_scalar_store(acc1 + j + 1, c1_1);
            afv_scalar_store(acc2 + j, c2_0); afv_scalar_store(acc2 + j + 1, c2_1);
            afv_scalar_store(acc3 + j, c3_0); afv_scalar_store(acc3 + j + 1, c3_1);
        }
        {
            afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + j + 2), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + j + 2 + 1), al0);
            afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + j + 2), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + j + 2 + 1), al1);
            afv_scalar c2_0 = afv_scalar_mul(afv_scalar_load(acc2 + j + 2), al2), c2_1 = afv_scalar_mul(afv_scalar_load(acc2 + j + 2 + 1), al2);
            afv_scalar c3_0 = afv_scalar_mul(afv_scalar_load(acc3 + j + 2), al3), c3_1 = afv_scalar_mul(afv_scalar_load(acc3 + j + 2 + 1), al3);
            for (int32_t k = 0; k < n; k++) {
                const float *pk = pt + k * 40;
                const float *v = vp[k] + j + 2;
                const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
                { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
                { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
                { const afv_scalar b = afv_scalar_set1(pk[2]); c2_0 = afv_scalar_fma(b, y0, c2_0); c2_1 = afv_scalar_fma(b, y1, c2_1); }
                { const afv_scalar b = afv_scalar_set1(pk[3]); c3_0 = afv_scalar_fma(b, y0, c3_0); c3_1 = afv_scalar_fma(b, y1, c3_1); }
            }
            afv_scalar_store(acc0 + j + 2, c0_0); afv_scalar_store(acc0 + j + 2 + 1, c0_1);
            afv_scalar_store(acc1 + j + 2, c1_0); afv_scalar_store(acc1 + j + 2 + 1, c1_1);
            afv_scalar_store(acc2 + j + 2, c2_0); afv_scalar_store(acc2 + j + 2 + 1, c2_1);
            afv_scalar_store(acc3 + j + 2, c3_0); afv_scalar_store(acc3 + j + 2 + 1, c3_1);
        }
    }
}

/* P*V register block, weights transposed: 2 row(s) x 2 columns of Dv = 256 per pass. */
static inline AF_TARGET_SCALAR void afk_f16_dk256_dv256_scalar_pre_pvt2(float *const *acc, const float *pt, const float *alpha,
        const float *const *vp, int32_t n)
{
    float *const acc0 = acc[0];
    const afv_scalar al0 = afv_scalar_set1(alpha[0]);
    float *const acc1 = acc[1];
    const afv_scalar al1 = afv_scalar_set1(alpha[1]);
    for (int32_t j = 0; j < 256; j += 4) { /* Dv columns j .. j + 3 */
        {
            afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + j), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + j + 1), al0);
            afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + j), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + j + 1), al1);
            for (int32_t k = 0; k < n; k++) {
                const float *pk = pt + k * 40;
                const float *v = vp[k] + j;
                const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
                { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
                { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
            }
            afv_scalar_store(acc0 + j, c0_0); afv_scalar_store(acc0 + j + 1, c0_1);
            afv_scalar_store(acc1 + j, c1_0); afv_scalar_store(acc1 + j + 1, c1_1);
        }
        {
            afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + j + 2), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + j + 2 + 1), al0);
            afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + j + 2), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + j + 2 + 1), al1);
            for (int32_t k = 0; k < n; k++) {
                const float *pk = pt + k * 40;
                const float *v = vp[k] + j + 2;
                const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
                { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
                { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
            }
            afv_scalar_store(acc0 + j + 2, c0_0); afv_scalar_store(acc0 + j + 2 + 1, c0_1);
            afv_scalar_store(acc1 + j + 2, c1_0); afv_scalar_store(acc1 + j + 2 + 1, c1_1);
        }
    }
}

/* P*V register block, weights transposed: 1 row(s) x 2 columns of Dv = 256 per pass. */
static inline AF_TARGET_SCALAR void afk_f16_dk256_dv256_scalar_pre_pvt1(float *const *acc, const float *pt, const float *alpha,
        const float *const *vp, int32_t n)
{
    float *const acc0 = acc[0];
    const afv_scalar al0 = afv_scalar_set1(alpha[0]);
    for (int32_t j = 0; j < 256; j += 4) { /* Dv columns j .. j + 3 */
        {
            afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + j), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + j + 1), al0);
            for (int32_t k = 0; k < n; k++) {
                const float *pk = pt + k * 40;
                const float *v = vp[k] + j;
                const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
                { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            }
            afv_scalar_store(acc0 + j, c0_0); afv_scalar_store(acc0 + j + 1, c0_1);
        }
        {
            afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + j + 2), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + j + 2 + 1), al0);
            for (int32_t k = 0; k < n; k++) {
                const float *pk = pt + k * 40;
                const float *v = vp[k] + j + 2;
                const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
                { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            }
            afv_scalar_store(acc0 + j + 2, c0_0); afv_scalar_store(acc0 + j + 2 + 1, c0_1);
        }
    }
}

/* P*V register block, weights transposed: 1 row(s) x 2 columns of Dv = 256 per pass, excluded keys (p = -0.0) skipped. */
static inline AF_TARGET_SCALAR void afk_f16_dk256_dv256_scalar_pre_pvt1g(float *const *acc, const float *pt, const float *alpha,
        const float *const *vp, int32_t n)
{
    float *const acc0 = acc[0];
    const afv_scalar al0 = afv_scalar_set1(alpha[0]);
    for (int32_t j = 0; j < 256; j += 4) { /* Dv columns j .. j + 3 */
        {
            afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + j), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + j + 1), al0);
            for (int32_t k = 0; k < n; k++) {
                const float *pk = pt + k * 40;
                if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
                const float *v = vp[k] + j;
                const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
                { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            }
            afv_scalar_store(acc0 + j, c0_0); afv_scalar_store(acc0 + j + 1, c0_1);
        }
        {
            afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + j + 2), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + j + 2 + 1), al0);
            for (int32_t k = 0; k < n; k++) {
                const float *pk = pt + k * 40;
                if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
                const float *v = vp[k] + j + 2;
                const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
                { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            }
            afv_scalar_store(acc0 + j + 2, c0_0); afv_scalar_store(acc0 + j + 2 + 1, c0_1);
        }
    }
}

/* ---- prefill (templates/prefill.c.in, outer-product form) ----
 * Rows (nh * ni of them, h-major) in chunks of 40: Q widened once and
 * transposed (qt[d * 40 + row]); keys in blocks of 16, each block's K and
 * V rows gathered and widened into L1 buffers once per chunk (cache rows
 * sit a multiple of 4 KiB apart: read in place, a block's rows would share L1 sets).
 * QK^T: 4 rows (4 vector(s), a row per lane) x 2 keys per register
 * block, 8 accumulators, no reduction; scores transposed
 * (st[key * 40 + row]). Block softmax 1 rows per vector
 * (afp_scalar_f16_softmax_lanes: no scalar work per key), then P*V: 4 rows x 2
 * columns of Dv per register block, each weight broadcast from the tile.
 * Online softmax invariant as in the decode kernel: after keys [j0, jb) each
 * row holds m = running max, l = sum exp(s - m), acc = sum exp(s - m) v
 * (m and l kept per chunk in lane order, written back at its end).
 */
AF_TARGET_SCALAR void attnforge_f16_dk256_dv256_prefill__scalar(const af_call *c, const af_tile *t)
{
    const int32_t nrows = t->nh * t->ni;
    afk_f16_dk256_dv256_scalar_init(c, t);
    for (int32_t r0 = 0; r0 < nrows; r0 += 40) {
        const int32_t nr = nrows - r0 < 40 ? nrows - r0 : 40;
        const int32_t nv = (nr + 0) / 1; /* vectors of rows */
        afp_scalar_f16_row rw[40];
        float qb[40 * 256], qt[256 * 40];
        float st[16 * 40], mt[16 * 40];
        float ml[40], ll[40], alpha[40];
        float lo[40], hi[40], dist[40], nsl[40];
        unsigned char act[40];
        const uint16_t *kraw[16], *vraw[16];
        const float *kp[16], *vp[16];
        float kbuf[16 * 256], *const vbuf = kbuf; /* K, then V (emit_buffers' share) */
        int64_t klo, khi;
        if (!afk_f16_dk256_dv256_scalar_rows(c, t, r0, nr, rw, qb, &klo, &khi)) continue;
        for (int32_t d = 0; d < 256; d++) {
            for (int32_t r = 0; r < nr; r++) qt[d * 40 + r] = qb[r * 256 + d];
            for (int32_t r = nr; r < nv * 1; r++) qt[d * 40 + r] = 0.0f;
        }
        for (int32_t r = 0; r < nv * 1; r++) {
            ml[r] = r < nr ? *rw[r].m : -INFINITY;
            ll[r] = r < nr ? *rw[r].l : 0.0f;
            nsl[r] = r < nr ? -rw[r].slope : 0.0f;
            lo[r] = hi[r] = dist[r] = 0.0f;
        }
        const int32_t kvh = t->kvh; /* prefill tiles have one KV head */
        for (int64_t jb = klo; jb < khi; jb += 16) {
            const int32_t n = (int32_t)(khi - jb < 16 ? khi - jb : 16);
            const int32_t np = (n + 3) & ~3;
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
            afp_scalar_f16_gather(c, 0, t->b, kvh, jb, n, kraw);
            const float ksc = af_kv_scale(c, 0, kvh);
            for (int32_t k = 0; k < n; k++) {
                afk_f16_dk256_dv256_scalar_pack_k(kbuf + k * 256, kraw[k], ksc);
                kp[k] = kbuf + k * 256;
            }
            for (int32_t k = n; k < np; k++) kp[k] = kp[0]; /* padding keys: scores discarded */
            int32_t v = 0; /* QK^T: blocks of 4 row vector(s), then the remainder in smaller ones */
            for (; v + 4 <= nv; v += 4) {
                int any = 0;
                for (int32_t r = v * 1; r < nr && r < (v + 4) * 1; r++) any |= act[r];
                if (!any) continue; /* every lane invisible: the softmax writes -0.0 */
                for (int32_t k = 0; k < n; k += 2)
                    afk_f16_dk256_dv256_scalar_pre_qkt(qt + v * 1, kp + k, st + k * 40 + v * 1);
            }
            for (; v + 2 <= nv; v += 2) {
                int any = 0;
                for (int32_t r = v * 1; r < nr && r < (v + 2) * 1; r++) any |= act[r];
                if (!any) continue; /* every lane invisible: the softmax writes -0.0 */
                for (int32_t k = 0; k < n; k += 2)
                    afk_f16_dk256_dv256_scalar_pre_qkt2(qt + v * 1, kp + k, st + k * 40 + v * 1);
            }
            for (; v + 1 <= nv; v += 1) {
                int any = 0;
                for (int32_t r = v * 1; r < nr && r < (v + 1) * 1; r++) any |= act[r];
                if (!any) continue; /* every lane invisible: the softmax writes -0.0 */
                for (int32_t k = 0; k < n; k += 2)
                    afk_f16_dk256_dv256_scalar_pre_qkt1(qt + v * 1, kp + k, st + k * 40 + v * 1);
            }
            partial |= afk_f16_dk256_dv256_scalar_pre_softmax(c, rw, nr, 40, jb, n, st, mt, lo, hi, dist, nsl, ml, ll, alpha);
            afp_scalar_f16_gather(c, 1, t->b, kvh, jb, n, vraw);
            const float vsc = af_kv_scale(c, 1, kvh);
            for (int32_t k = 0; k < n; k++) {
                afk_f16_dk256_dv256_scalar_pack_v(vbuf + k * 256, vraw[k], vsc);
                vp[k] = vbuf + k * 256;
            }
            if (partial && !afk_f16_dk256_dv256_scalar_v_finite(vp, n)) {
                for (int32_t r = 0; r < nr; r++) {
                    if (!act[r]) continue; /* weights all -0.0, alpha 1: nothing to add */
                    float *a[1] = { rw[r].acc };
                    afk_f16_dk256_dv256_scalar_pre_pvt1g(a, st + r, alpha + r, vp, n);
                }
            } else {
                int32_t g = 0;
                for (; g + 4 <= nr; g += 4) {
                    if (!(act[g + 0] | act[g + 1] | act[g + 2] | act[g + 3])) continue;
                    float *a[4] = { rw[g + 0].acc, rw[g + 1].acc, rw[g + 2].acc, rw[g + 3].acc };
                    afk_f16_dk256_dv256_scalar_pre_pvt(a, st + g, alpha + g, vp, n);
                }
                for (; g + 2 <= nr; g += 2) { /* the remainder in pairs: twice the chains of single rows */
                    if (!(act[g] | act[g + 1])) continue;
                    float *a[2] = { rw[g].acc, rw[g + 1].acc };
                    afk_f16_dk256_dv256_scalar_pre_pvt2(a, st + g, alpha + g, vp, n);
                }
                for (; g < nr; g++) {
                    if (!act[g]) continue;
                    float *a[1] = { rw[g].acc };
                    afk_f16_dk256_dv256_scalar_pre_pvt1(a, st + g, alpha + g, vp, n);
                }
            }
        }
        for (int32_t r = 0; r < nr; r++) {
            *rw[r].m = ml[r];
            *rw[r].l = ll[r];
        }
    }
}
