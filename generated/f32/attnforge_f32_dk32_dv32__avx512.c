/* Auto-generated file. Do not edit!
 *   Template:   templates/kernel.c.in (+ common, decode, prefill, epilogue .c.in)
 *   ISA module: templates/isa/avx512.lua
 *   Generator:  gen/attnforge-gen.lua
 *   Parameters: dtype=f32 dk=32 dv=32 isa=avx512
 *
 * Kernels of the internal ABI (runtime/kernel.h) for f32 storage, head dims
 * Dk = 32, Dv = 32: attnforge_f32_dk32_dv32_decode__avx512 and attnforge_f32_dk32_dv32_prefill__avx512.
 * Tiling: keys in blocks of 64; rows in chunks of 32 (decode) or 64 (prefill).
 * Stack buffers per call: about 64 KiB.
 */
#if defined(__x86_64__) || defined(_M_X64)

/* the avx512 vocabulary and the avx512 x f32 helpers */
#include "../isa/avx512_f32.h"

void attnforge_f32_dk32_dv32_decode__avx512(const af_call *c, const af_tile *t);
void attnforge_f32_dk32_dv32_prefill__avx512(const af_call *c, const af_tile *t);

/* ---- helpers of this variant (templates/common.c.in) ---- */

/* Every row starts empty: m = -inf, l = 0, acc = 0. */
static AF_TARGET_AVX512 void afk_f32_dk32_dv32_avx512_init(const af_call *c, const af_tile *t)
{
    const int32_t nrows = t->nh * t->ni;
    const afv_avx512 z = afv_avx512_zero();
    (void)c;
    for (int32_t r = 0; r < nrows; r++) {
        float *acc = t->acc + (int64_t)r * t->acc_stride;
        t->m[r] = -INFINITY;
        t->l[r] = 0.0f;
        afv_avx512_store(acc + 0, z);
        afv_avx512_store(acc + 16, z);
    }
}

/* One query row (element offset off of Q) into the f32 Q buffer, widened from
 * Q's own format (c->qf) once per tile; for a 16-bit dot product the row
 * stays 16-bit (dispatch guarantees Q then has the kernel's format). */
static inline AF_TARGET_AVX512 void afk_f32_dk32_dv32_avx512_load_q(const af_call *c, float *dst, int64_t off)
{
    if (c->qf == ATTNFORGE_FORMAT_F32) {
        const float *src = (const float *)c->q + off;
        afv_avx512_store(dst + 0, afv_avx512_load(src + 0));
        afv_avx512_store(dst + 16, afv_avx512_load(src + 16));
    } else if (c->qf == ATTNFORGE_FORMAT_F16) { /* f16's load word is in every ISA's vocabulary */
        const uint16_t *src = (const uint16_t *)c->q + off;
        afv_avx512_store(dst + 0, afv_avx512_load_f16(src + 0));
        afv_avx512_store(dst + 16, afv_avx512_load_f16(src + 16));
    } else { /* bf16 Q beside another cache format: portable widening (a shift) */
        af_load_row(c->qf, c->q, off, 32, 1.0f, dst);
    }
}

/* Rows [r0, r0 + nr) of the tile: constants, Q (into qbuf unless NULL), and the union [*klo, *khi)
 * of their visible keys (each row's end lowered past trailing -inf mask
 * entries: af_mask_trim_hi). Returns 0 when no row sees any key of the tile. */
static AF_TARGET_AVX512 int afk_f32_dk32_dv32_avx512_rows(const af_call *c, const af_tile *t, int32_t r0, int32_t nr,
                              afp_avx512_f32_row *rw, float *qbuf, int64_t *klo, int64_t *khi)
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
        if (qbuf) afk_f32_dk32_dv32_avx512_load_q(c, qbuf + (int64_t)r * 32, rw[r].qoff);
    }
    *klo = ulo;
    *khi = uhi;
    return ulo < uhi;
}

/* Copy one K row (Dk) and one V row (Dv), widened or dequantized to f32
 * (f32: templates/fmt/f32.lua), into the block's contiguous L1
 * buffers; sc is the KV head's scale of a scaled (fp8) format. K and V rows
 * of a cache sit a whole Hkv * D row apart (often a multiple of 4 KiB, so all
 * in the same L1 sets); packed, the block's rows stay in L1 for every row of
 * the tile. (afk_f32_dk32_dv32_avx512_pack_k is unused in an AMX variant: its prefill reads K
 * rows as tile operands, and no decode packs K for a 16-bit dot product.) */
static inline AF_UNUSED AF_TARGET_AVX512 void afk_f32_dk32_dv32_avx512_pack_k(float *dst, const float *src, float sc)
{
    (void)sc;
    afv_avx512_store(dst + 0, afv_avx512_load(src + 0));
    afv_avx512_store(dst + 16, afv_avx512_load(src + 16));
}
static inline AF_TARGET_AVX512 void afk_f32_dk32_dv32_avx512_pack_v(float *dst, const float *src, float sc)
{
    (void)sc;
    afv_avx512_store(dst + 0, afv_avx512_load(src + 0));
    afv_avx512_store(dst + 16, afv_avx512_load(src + 16));
}

/* 1 when every V element of the n rows is finite: 0 * x is NaN exactly when
 * x is Inf or NaN. Only asked for blocks where some row excludes some key,
 * so that an excluded key's V can never reach that row's acc. */
static AF_TARGET_AVX512 int afk_f32_dk32_dv32_avx512_v_finite(const float *const *vp, int32_t n)
{
    const afv_avx512 z = afv_avx512_zero();
    afv_avx512 c0 = z, c1 = z;
    for (int32_t k = 0; k < n; k++) {
        const float *v = vp[k];
        c0 = afv_avx512_fma(afv_avx512_load(v + 0), z, c0);
        c1 = afv_avx512_fma(afv_avx512_load(v + 16), z, c1);
    }
    return afv_avx512_hsum(afv_avx512_add(c0, c1)) == 0.0f;
}

/* The block's mask for a prefill chunk's transposed score tile (st[k * rs +
 * row], rows in lanes; nr rows, n keys from jb), transposed like st into mt;
 * returns 0 without writing mt when the mask is zero on every row's visible
 * keys (llama.cpp's mask, away from the diagonal) or absent. lo, hi: each
 * row's visible keys relative to jb. */
static AF_TARGET_AVX512 int afk_f32_dk32_dv32_avx512_pre_mask(const af_call *c, const afp_avx512_f32_row *rw, int32_t nr, int32_t rs, int64_t jb,
                                  int32_t n, float *mt, const float *lo, const float *hi)
{
    const int32_t nv = (nr + 15) / 16;
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
                float row[16];
                for (; k + 16 <= n; k += 16) {
                    afv_avx512_store(row, afv_avx512_mul(afv_avx512_load_f16(mr + k), afv_avx512_set1(ms)));
                    for (int32_t x = 0; x < 16; x++) dst[(k + x) * rs] = row[x];
                }
            }
            for (; k < n; k++) dst[k * rs] = ms * af_f16_to_f32(mr[k * c->m_sj]);
        } else {
            const float *mr = (const float *)rw[r].mask + jb * c->m_sj;
            for (int32_t k = 0; k < n; k++) dst[k * rs] = ms * mr[k * c->m_sj];
        }
    }
    for (int32_t k = 0; k < n; k++)
        for (int32_t r = nr; r < nv * 16; r++) mt[k * rs + r] = 0.0f;
    return 1;
}

/* The block softmax of a prefill chunk's transposed score tile: its mask
 * (afk_f32_dk32_dv32_avx512_pre_mask), then afp_avx512_f32_softmax_lanes per vector of 16 rows. Per row
 * (arrays padded to whole vectors): lo, hi = visible keys relative to jb,
 * dist and nsl (ALiBi), ml and ll (running max and sum), alpha (out).
 * Returns 1 when a row excludes a key of the block. */
static AF_TARGET_AVX512 int afk_f32_dk32_dv32_avx512_pre_softmax(const af_call *c, const afp_avx512_f32_row *rw, int32_t nr, int32_t rs, int64_t jb,
                                     int32_t n, float *st, float *mt, const float *lo, const float *hi,
                                     const float *dist, const float *nsl, float *ml, float *ll, float *alpha)
{
    const int32_t nv = (nr + 15) / 16;
    const int alibi = c->slopes != NULL;
    const int mblk = afk_f32_dk32_dv32_avx512_pre_mask(c, rw, nr, rs, jb, n, mt, lo, hi);
    int partial = 0;
    for (int32_t u = 0; u < nv; u++) {
        const int32_t o = u * 16;
        partial |= afp_avx512_f32_softmax_lanes(c, st + o, rs, mblk ? mt + o : NULL, n, lo + o, hi + o, dist + o, nsl + o,
                                     alibi, ml + o, ll + o, alpha + o, nr - o < 16 ? nr - o : 16);
    }
    return partial;
}

/* The prefetch cursor of one key block (see decode.c.in): line[cur .. tot)
 * are still to be issued; each issue point owes step / 65536 more lines. */
typedef struct afk_f32_dk32_dv32_avx512_pf {
    const char *line[256];
    int32_t cur, tot;
    uint32_t acc, step;
} afk_f32_dk32_dv32_avx512_pf;

/* P*V row blocks for r rows, in emit_pv_stage's order. */
static inline AF_TARGET_AVX512 int32_t afk_f32_dk32_dv32_avx512_pv_blocks(int32_t r)
{
    int32_t b = 0;
    b += r / 4; r %= 4;
    b += r / 3; r %= 3;
    b += r / 2; r %= 2;
    return b + r;
}

/* The rate: the cursor's tot lines over the issue points of a block of n
 * keys (np padded) for nr rows: its packed K and V rows, its QK^T calls
 * (PF_QK each) and one per key of each P*V pass. */
static inline AF_TARGET_AVX512 void afk_f32_dk32_dv32_avx512_pf_rate(afk_f32_dk32_dv32_avx512_pf *p, int32_t nr, int32_t n, int32_t np)
{
    const int64_t pts = 2 * (int64_t)n + (int64_t)nr * np * 32 / 128 + (int64_t)1 * afk_f32_dk32_dv32_avx512_pv_blocks(nr) * n;
    p->acc = 0;
    p->step = (uint32_t)((((int64_t)p->tot << 16) + pts - 1) / pts);
}

/* Issue what the cursor owes after m more points (nothing past its end). */
static inline AF_TARGET_AVX512 void afk_f32_dk32_dv32_avx512_pf_issue(afk_f32_dk32_dv32_avx512_pf *p, int m)
{
    p->acc += (uint32_t)m * p->step;
    int32_t owed = (int32_t)(p->acc >> 16);
    if (owed > p->tot) owed = p->tot;
    while (p->cur < owed) __builtin_prefetch(p->line[p->cur++], 0, 2); /* prefetcht1 */
}

/* QK^T register block: 1 row(s) x 16 keys, s_r[k] = dot(q_r, key k), Dk = 32. */
static inline AF_TARGET_AVX512 void afk_f32_dk32_dv32_avx512_dec_qk(const float *q0, const float *const *kp, float *s0)
{
    afv_avx512 a0_0 = afv_avx512_zero(), a0_1 = afv_avx512_zero(), a0_2 = afv_avx512_zero(), a0_3 = afv_avx512_zero(), a0_4 = afv_avx512_zero(), a0_5 = afv_avx512_zero(), a0_6 = afv_avx512_zero(), a0_7 = afv_avx512_zero(), a0_8 = afv_avx512_zero(), a0_9 = afv_avx512_zero(), a0_10 = afv_avx512_zero(), a0_11 = afv_avx512_zero(), a0_12 = afv_avx512_zero(), a0_13 = afv_avx512_zero(), a0_14 = afv_avx512_zero(), a0_15 = afv_avx512_zero();
    afv_avx512 x0, y;
    x0 = afv_avx512_load(q0 + 0);
    y = afv_avx512_load(kp[0] + 0); a0_0 = afv_avx512_fma(x0, y, a0_0);
    y = afv_avx512_load(kp[1] + 0); a0_1 = afv_avx512_fma(x0, y, a0_1);
    y = afv_avx512_load(kp[2] + 0); a0_2 = afv_avx512_fma(x0, y, a0_2);
    y = afv_avx512_load(kp[3] + 0); a0_3 = afv_avx512_fma(x0, y, a0_3);
    y = afv_avx512_load(kp[4] + 0); a0_4 = afv_avx512_fma(x0, y, a0_4);
    y = afv_avx512_load(kp[5] + 0); a0_5 = afv_avx512_fma(x0, y, a0_5);
    y = afv_avx512_load(kp[6] + 0); a0_6 = afv_avx512_fma(x0, y, a0_6);
    y = afv_avx512_load(kp[7] + 0); a0_7 = afv_avx512_fma(x0, y, a0_7);
    y = afv_avx512_load(kp[8] + 0); a0_8 = afv_avx512_fma(x0, y, a0_8);
    y = afv_avx512_load(kp[9] + 0); a0_9 = afv_avx512_fma(x0, y, a0_9);
    y = afv_avx512_load(kp[10] + 0); a0_10 = afv_avx512_fma(x0, y, a0_10);
    y = afv_avx512_load(kp[11] + 0); a0_11 = afv_avx512_fma(x0, y, a0_11);
    y = afv_avx512_load(kp[12] + 0); a0_12 = afv_avx512_fma(x0, y, a0_12);
    y = afv_avx512_load(kp[13] + 0); a0_13 = afv_avx512_fma(x0, y, a0_13);
    y = afv_avx512_load(kp[14] + 0); a0_14 = afv_avx512_fma(x0, y, a0_14);
    y = afv_avx512_load(kp[15] + 0); a0_15 = afv_avx512_fma(x0, y, a0_15);
    x0 = afv_avx512_load(q0 + 16);
    y = afv_avx512_load(kp[0] + 16); a0_0 = afv_avx512_fma(x0, y, a0_0);
    y = afv_avx512_load(kp[1] + 16); a0_1 = afv_avx512_fma(x0, y, a0_1);
    y = afv_avx512_load(kp[2] + 16); a0_2 = afv_avx512_fma(x0, y, a0_2);
    y = afv_avx512_load(kp[3] + 16); a0_3 = afv_avx512_fma(x0, y, a0_3);
    y = afv_avx512_load(kp[4] + 16); a0_4 = afv_avx512_fma(x0, y, a0_4);
    y = afv_avx512_load(kp[5] + 16); a0_5 = afv_avx512_fma(x0, y, a0_5);
    y = afv_avx512_load(kp[6] + 16); a0_6 = afv_avx512_fma(x0, y, a0_6);
    y = afv_avx512_load(kp[7] + 16); a0_7 = afv_avx512_fma(x0, y, a0_7);
    y = afv_avx512_load(kp[8] + 16); a0_8 = afv_avx512_fma(x0, y, a0_8);
    y = afv_avx512_load(kp[9] + 16); a0_9 = afv_avx512_fma(x0, y, a0_9);
    y = afv_avx512_load(kp[10] + 16); a0_10 = afv_avx512_fma(x0, y, a0_10);
    y = afv_avx512_load(kp[11] + 16); a0_11 = afv_avx512_fma(x0, y, a0_11);
    y = afv_avx512_load(kp[12] + 16); a0_12 = afv_avx512_fma(x0, y, a0_12);
    y = afv_avx512_load(kp[13] + 16); a0_13 = afv_avx512_fma(x0, y, a0_13);
    y = afv_avx512_load(kp[14] + 16); a0_14 = afv_avx512_fma(x0, y, a0_14);
    y = afv_avx512_load(kp[15] + 16); a0_15 = afv_avx512_fma(x0, y, a0_15);
    const afv_avx512 red = afv_avx512_reduce16(a0_0, a0_1, a0_2, a0_3, a0_4, a0_5, a0_6, a0_7, a0_8, a0_9, a0_10, a0_11, a0_12, a0_13, a0_14, a0_15);
    afv_avx512_store(s0, red);
}

/* QK^T register block: 4 row(s) x 4 keys, s_r[k] = dot(q_r, key k), Dk = 32. */
static inline AF_TARGET_AVX512 void afk_f32_dk32_dv32_avx512_dec_qk4(const float *q0, const float *q1, const float *q2, const float *q3, const float *const *kp, float *s0, float *s1, float *s2, float *s3)
{
    afv_avx512 a0_0 = afv_avx512_zero(), a0_1 = afv_avx512_zero(), a0_2 = afv_avx512_zero(), a0_3 = afv_avx512_zero();
    afv_avx512 a1_0 = afv_avx512_zero(), a1_1 = afv_avx512_zero(), a1_2 = afv_avx512_zero(), a1_3 = afv_avx512_zero();
    afv_avx512 a2_0 = afv_avx512_zero(), a2_1 = afv_avx512_zero(), a2_2 = afv_avx512_zero(), a2_3 = afv_avx512_zero();
    afv_avx512 a3_0 = afv_avx512_zero(), a3_1 = afv_avx512_zero(), a3_2 = afv_avx512_zero(), a3_3 = afv_avx512_zero();
    afv_avx512 x0, x1, x2, x3, y;
    x0 = afv_avx512_load(q0 + 0); x1 = afv_avx512_load(q1 + 0); x2 = afv_avx512_load(q2 + 0); x3 = afv_avx512_load(q3 + 0);
    y = afv_avx512_load(kp[0] + 0); a0_0 = afv_avx512_fma(x0, y, a0_0); a1_0 = afv_avx512_fma(x1, y, a1_0); a2_0 = afv_avx512_fma(x2, y, a2_0); a3_0 = afv_avx512_fma(x3, y, a3_0);
    y = afv_avx512_load(kp[1] + 0); a0_1 = afv_avx512_fma(x0, y, a0_1); a1_1 = afv_avx512_fma(x1, y, a1_1); a2_1 = afv_avx512_fma(x2, y, a2_1); a3_1 = afv_avx512_fma(x3, y, a3_1);
    y = afv_avx512_load(kp[2] + 0); a0_2 = afv_avx512_fma(x0, y, a0_2); a1_2 = afv_avx512_fma(x1, y, a1_2); a2_2 = afv_avx512_fma(x2, y, a2_2); a3_2 = afv_avx512_fma(x3, y, a3_2);
    y = afv_avx512_load(kp[3] + 0); a0_3 = afv_avx512_fma(x0, y, a0_3); a1_3 = afv_avx512_fma(x1, y, a1_3); a2_3 = afv_avx512_fma(x2, y, a2_3); a3_3 = afv_avx512_fma(x3, y, a3_3);
    x0 = afv_avx512_load(q0 + 16); x1 = afv_avx512_load(q1 + 16); x2 = afv_avx512_load(q2 + 16); x3 = afv_avx512_load(q3 + 16);
    y = afv_avx512_load(kp[0] + 16); a0_0 = afv_avx512_fma(x0, y, a0_0); a1_0 = afv_avx512_fma(x1, y, a1_0); a2_0 = afv_avx512_fma(x2, y, a2_0); a3_0 = afv_avx512_fma(x3, y, a3_0);
    y = afv_avx512_load(kp[1] + 16); a0_1 = afv_avx512_fma(x0, y, a0_1); a1_1 = afv_avx512_fma(x1, y, a1_1); a2_1 = afv_avx512_fma(x2, y, a2_1); a3_1 = afv_avx512_fma(x3, y, a3_1);
    y = afv_avx512_load(kp[2] + 16); a0_2 = afv_avx512_fma(x0, y, a0_2); a1_2 = afv_avx512_fma(x1, y, a1_2); a2_2 = afv_avx512_fma(x2, y, a2_2); a3_2 = afv_avx512_fma(x3, y, a3_2);
    y = afv_avx512_load(kp[3] + 16); a0_3 = afv_avx512_fma(x0, y, a0_3); a1_3 = afv_avx512_fma(x1, y, a1_3); a2_3 = afv_avx512_fma(x2, y, a2_3); a3_3 = afv_avx512_fma(x3, y, a3_3);
    const afv_avx512 red = afv_avx512_reduce16(a0_0, a0_1, a0_2, a0_3, a1_0, a1_1, a1_2, a1_3, a2_0, a2_1, a2_2, a2_3, a3_0, a3_1, a3_2, a3_3);
    _mm_storeu_ps(s0, _mm512_extractf32x4_ps(red, 0));
    _mm_storeu_ps(s1, _mm512_extractf32x4_ps(red, 1));
    _mm_storeu_ps(s2, _mm512_extractf32x4_ps(red, 2));
    _mm_storeu_ps(s3, _mm512_extractf32x4_ps(red, 3));
}

/* QK^T register block: 2 row(s) x 8 keys, s_r[k] = dot(q_r, key k), Dk = 32. */
static inline AF_TARGET_AVX512 void afk_f32_dk32_dv32_avx512_dec_qk2(const float *q0, const float *q1, const float *const *kp, float *s0, float *s1)
{
    afv_avx512 a0_0 = afv_avx512_zero(), a0_1 = afv_avx512_zero(), a0_2 = afv_avx512_zero(), a0_3 = afv_avx512_zero(), a0_4 = afv_avx512_zero(), a0_5 = afv_avx512_zero(), a0_6 = afv_avx512_zero(), a0_7 = afv_avx512_zero();
    afv_avx512 a1_0 = afv_avx512_zero(), a1_1 = afv_avx512_zero(), a1_2 = afv_avx512_zero(), a1_3 = afv_avx512_zero(), a1_4 = afv_avx512_zero(), a1_5 = afv_avx512_zero(), a1_6 = afv_avx512_zero(), a1_7 = afv_avx512_zero();
    afv_avx512 x0, x1, y;
    x0 = afv_avx512_load(q0 + 0); x1 = afv_avx512_load(q1 + 0);
    y = afv_avx512_load(kp[0] + 0); a0_0 = afv_avx512_fma(x0, y, a0_0); a1_0 = afv_avx512_fma(x1, y, a1_0);
    y = afv_avx512_load(kp[1] + 0); a0_1 = afv_avx512_fma(x0, y, a0_1); a1_1 = afv_avx512_fma(x1, y, a1_1);
    y = afv_avx512_load(kp[2] + 0); a0_2 = afv_avx512_fma(x0, y, a0_2); a1_2 = afv_avx512_fma(x1, y, a1_2);
    y = afv_avx512_load(kp[3] + 0); a0_3 = afv_avx512_fma(x0, y, a0_3); a1_3 = afv_avx512_fma(x1, y, a1_3);
    y = afv_avx512_load(kp[4] + 0); a0_4 = afv_avx512_fma(x0, y, a0_4); a1_4 = afv_avx512_fma(x1, y, a1_4);
    y = afv_avx512_load(kp[5] + 0); a0_5 = afv_avx512_fma(x0, y, a0_5); a1_5 = afv_avx512_fma(x1, y, a1_5);
    y = afv_avx512_load(kp[6] + 0); a0_6 = afv_avx512_fma(x0, y, a0_6); a1_6 = afv_avx512_fma(x1, y, a1_6);
    y = afv_avx512_load(kp[7] + 0); a0_7 = afv_avx512_fma(x0, y, a0_7); a1_7 = afv_avx512_fma(x1, y, a1_7);
    x0 = afv_avx512_load(q0 + 16); x1 = afv_avx512_load(q1 + 16);
    y = afv_avx512_load(kp[0] + 16); a0_0 = afv_avx512_fma(x0, y, a0_0); a1_0 = afv_avx512_fma(x1, y, a1_0);
    y = afv_avx512_load(kp[1] + 16); a0_1 = afv_avx512_fma(x0, y, a0_1); a1_1 = afv_avx512_fma(x1, y, a1_1);
    y = afv_avx512_load(kp[2] + 16); a0_2 = afv_avx512_fma(x0, y, a0_2); a1_2 = afv_avx512_fma(x1, y, a1_2);
    y = afv_avx512_load(kp[3] + 16); a0_3 = afv_avx512_fma(x0, y, a0_3); a1_3 = afv_avx512_fma(x1, y, a1_3);
    y = afv_avx512_load(kp[4] + 16); a0_4 = afv_avx512_fma(x0, y, a0_4); a1_4 = afv_avx512_fma(x1, y, a1_4);
    y = afv_avx512_load(kp[5] + 16); a0_5 = afv_avx512_fma(x0, y, a0_5); a1_5 = afv_avx512_fma(x1, y, a1_5);
    y = afv_avx512_load(kp[6] + 16); a0_6 = afv_avx512_fma(x0, y, a0_6); a1_6 = afv_avx512_fma(x1, y, a1_6);
    y = afv_avx512_load(kp[7] + 16); a0_7 = afv_avx512_fma(x0, y, a0_7); a1_7 = afv_avx512_fma(x1, y, a1_7);
    const afv_avx512 red = afv_avx512_reduce16(a0_0, a0_1, a0_2, a0_3, a0_4, a0_5, a0_6, a0_7, a1_0, a1_1, a1_2, a1_3, a1_4, a1_5, a1_6, a1_7);
    _mm256_storeu_ps(s0, _mm512_castps512_ps256(red));
    _mm256_storeu_ps(s1, _mm256_castpd_ps(_mm512_extractf64x4_pd(_mm512_castps_pd(red), 1)));
}

/* P*V register block: 4 row(s) x 64 columns of Dv = 32 per pass. */
static inline AF_TARGET_AVX512 void afk_f32_dk32_dv32_avx512_dec_pv4(float *const *acc, const float *const *p, const float *alpha,
        const float *const *vp, int32_t n)
{
    float *const acc0 = acc[0];
    const float *const p0 = p[0];
    const afv_avx512 al0 = afv_avx512_set1(alpha[0]);
    float *const acc1 = acc[1];
    const float *const p1 = p[1];
    const afv_avx512 al1 = afv_avx512_set1(alpha[1]);
    float *const acc2 = acc[2];
    const float *const p2 = p[2];
    const afv_avx512 al2 = afv_avx512_set1(alpha[2]);
    float *const acc3 = acc[3];
    const float *const p3 = p[3];
    const afv_avx512 al3 = afv_avx512_set1(alpha[3]);
    { /* Dv columns 0 .. 31 */
        afv_avx512 c0_0 = afv_avx512_mul(afv_avx512_load(acc0 + 0), al0), c0_1 = afv_avx512_mul(afv_avx512_load(acc0 + 16), al0);
        afv_avx512 c1_0 = afv_avx512_mul(afv_avx512_load(acc1 + 0), al1), c1_1 = afv_avx512_mul(afv_avx512_load(acc1 + 16), al1);
        afv_avx512 c2_0 = afv_avx512_mul(afv_avx512_load(acc2 + 0), al2), c2_1 = afv_avx512_mul(afv_avx512_load(acc2 + 16), al2);
        afv_avx512 c3_0 = afv_avx512_mul(afv_avx512_load(acc3 + 0), al3), c3_1 = afv_avx512_mul(afv_avx512_load(acc3 + 16), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 0;
            const afv_avx512 y0 = afv_avx512_load(v + 0), y1 = afv_avx512_load(v + 16);
            { const afv_avx512 b = afv_avx512_set1(p0[k]); c0_0 = afv_avx512_fma(b, y0, c0_0); c0_1 = afv_avx512_fma(b, y1, c0_1); }
            { const afv_avx512 b = afv_avx512_set1(p1[k]); c1_0 = afv_avx512_fma(b, y0, c1_0); c1_1 = afv_avx512_fma(b, y1, c1_1); }
            { const afv_avx512 b = afv_avx512_set1(p2[k]); c2_0 = afv_avx512_fma(b, y0, c2_0); c2_1 = afv_avx512_fma(b, y1, c2_1); }
            { const afv_avx512 b = afv_avx512_set1(p3[k]); c3_0 = afv_avx512_fma(b, y0, c3_0); c3_1 = afv_avx512_fma(b, y1, c3_1); }
        }
        afv_avx512_store(acc0 + 0, c0_0); afv_avx512_store(acc0 + 16, c0_1);
        afv_avx512_store(acc1 + 0, c1_0); afv_avx512_store(acc1 + 16, c1_1);
        afv_avx512_store(acc2 + 0, c2_0); afv_avx512_store(acc2 + 16, c2_1);
        afv_avx512_store(acc3 + 0, c3_0); afv_avx512_store(acc3 + 16, c3_1);
    }
}

/* P*V register block: 4 row(s) x 64 columns of Dv = 32 per pass, one prefetch per key. */
static inline AF_TARGET_AVX512 void afk_f32_dk32_dv32_avx512_dec_pv4_pf(float *const *acc, const float *const *p, const float *alpha,
        const float *const *vp, int32_t n, afk_f32_dk32_dv32_avx512_pf *pf)
{
    float *const acc0 = acc[0];
    const float *const p0 = p[0];
    const afv_avx512 al0 = afv_avx512_set1(alpha[0]);
    float *const acc1 = acc[1];
    const float *const p1 = p[1];
    const afv_avx512 al1 = afv_avx512_set1(alpha[1]);
    float *const acc2 = acc[2];
    const float *const p2 = p[2];
    const afv_avx512 al2 = afv_avx512_set1(alpha[2]);
    float *const acc3 = acc[3];
    const float *const p3 = p[3];
    const afv_avx512 al3 = afv_avx512_set1(alpha[3]);
    { /* Dv columns 0 .. 31 */
        afv_avx512 c0_0 = afv_avx512_mul(afv_avx512_load(acc0 + 0), al0), c0_1 = afv_avx512_mul(afv_avx512_load(acc0 + 16), al0);
        afv_avx512 c1_0 = afv_avx512_mul(afv_avx512_load(acc1 + 0), al1), c1_1 = afv_avx512_mul(afv_avx512_load(acc1 + 16), al1);
        afv_avx512 c2_0 = afv_avx512_mul(afv_avx512_load(acc2 + 0), al2), c2_1 = afv_avx512_mul(afv_avx512_load(acc2 + 16), al2);
        afv_avx512 c3_0 = afv_avx512_mul(afv_avx512_load(acc3 + 0), al3), c3_1 = afv_avx512_mul(afv_avx512_load(acc3 + 16), al3);
        for (int32_t k = 0; k < n; k++) {
            afk_f32_dk32_dv32_avx512_pf_issue(pf, 1);
            const float *v = vp[k] + 0;
            const afv_avx512 y0 = afv_avx512_load(v + 0), y1 = afv_avx512_load(v + 16);
            { const afv_avx512 b = afv_avx512_set1(p0[k]); c0_0 = afv_avx512_fma(b, y0, c0_0); c0_1 = afv_avx512_fma(b, y1, c0_1); }
            { const afv_avx512 b = afv_avx512_set1(p1[k]); c1_0 = afv_avx512_fma(b, y0, c1_0); c1_1 = afv_avx512_fma(b, y1, c1_1); }
            { const afv_avx512 b = afv_avx512_set1(p2[k]); c2_0 = afv_avx512_fma(b, y0, c2_0); c2_1 = afv_avx512_fma(b, y1, c2_1); }
            { const afv_avx512 b = afv_avx512_set1(p3[k]); c3_0 = afv_avx512_fma(b, y0, c3_0); c3_1 = afv_avx512_fma(b, y1, c3_1); }
        }
        afv_avx512_store(acc0 + 0, c0_0); afv_avx512_store(acc0 + 16, c0_1);
        afv_avx512_store(acc1 + 0, c1_0); afv_avx512_store(acc1 + 16, c1_1);
        afv_avx512_store(acc2 + 0, c2_0); afv_avx512_store(acc2 + 16, c2_1);
        afv_avx512_store(acc3 + 0, c3_0); afv_avx512_store(acc3 + 16, c3_1);
    }
}

/* P*V register block: 3 row(s) x 64 columns of Dv = 32 per pass. */
static inline AF_TARGET_AVX512 void afk_f32_dk32_dv32_avx512_dec_pv3(float *const *acc, const float *const *p, const float *alpha,
        const float *const *vp, int32_t n)
{
    float *const acc0 = acc[0];
    const float *const p0 = p[0];
    const afv_avx512 al0 = afv_avx512_set1(alpha[0]);
    float *const acc1 = acc[1];
    const float *const p1 = p[1];
    const afv_avx512 al1 = afv_avx512_set1(alpha[1]);
    float *const acc2 = acc[2];
    const float *const p2 = p[2];
    const afv_avx512 al2 = afv_avx512_set1(alpha[2]);
    { /* Dv columns 0 .. 31 */
        afv_avx512 c0_0 = afv_avx512_mul(afv_avx512_load(acc0 + 0), al0), c0_1 = afv_avx512_mul(afv_avx512_load(acc0 + 16), al0);
        afv_avx512 c1_0 = afv_avx512_mul(afv_avx512_load(acc1 + 0), al1), c1_1 = afv_avx512_mul(afv_avx512_load(acc1 + 16), al1);
        afv_avx512 c2_0 = afv_avx512_mul(afv_avx512_load(acc2 + 0), al2), c2_1 = afv_avx512_mul(afv_avx512_load(acc2 + 16), al2);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 0;
            const afv_avx512 y0 = afv_avx512_load(v + 0), y1 = afv_avx512_load(v + 16);
            { const afv_avx512 b = afv_avx512_set1(p0[k]); c0_0 = afv_avx512_fma(b, y0, c0_0); c0_1 = afv_avx512_fma(b, y1, c0_1); }
            { const afv_avx512 b = afv_avx512_set1(p1[k]); c1_0 = afv_avx512_fma(b, y0, c1_0); c1_1 = afv_avx512_fma(b, y1, c1_1); }
            { const afv_avx512 b = afv_avx512_set1(p2[k]); c2_0 = afv_avx512_fma(b, y0, c2_0); c2_1 = afv_avx512_fma(b, y1, c2_1); }
        }
        afv_avx512_store(acc0 + 0, c0_0); afv_avx512_store(acc0 + 16, c0_1);
        afv_avx512_store(acc1 + 0, c1_0); afv_avx512_store(acc1 + 16, c1_1);
        afv_avx512_store(acc2 + 0, c2_0); afv_avx512_store(acc2 + 16, c2_1);
    }
}

/* P*V register block: 3 row(s) x 64 columns of Dv = 32 per pass, one prefetch per key. */
static inline AF_TARGET_AVX512 void afk_f32_dk32_dv32_avx512_dec_pv3_pf(float *const *acc, const float *const *p, const float *alpha,
        const float *const *vp, int32_t n, afk_f32_dk32_dv32_avx512_pf *pf)
{
    float *const acc0 = acc[0];
    const float *const p0 = p[0];
    const afv_avx512 al0 = afv_avx512_set1(alpha[0]);
    float *const acc1 = acc[1];
    const float *const p1 = p[1];
    const afv_avx512 al1 = afv_avx512_set1(alpha[1]);
    float *const acc2 = acc[2];
    const float *const p2 = p[2];
    const afv_avx512 al2 = afv_avx512_set1(alpha[2]);
    { /* Dv columns 0 .. 31 */
        afv_avx512 c0_0 = afv_avx512_mul(afv_avx512_load(acc0 + 0), al0), c0_1 = afv_avx512_mul(afv_avx512_load(acc0 + 16), al0);
        afv_avx512 c1_0 = afv_avx512_mul(afv_avx512_load(acc1 + 0), al1), c1_1 = afv_avx512_mul(afv_avx512_load(acc1 + 16), al1);
        afv_avx512 c2_0 = afv_avx512_mul(afv_avx512_load(acc2 + 0), al2), c2_1 = afv_avx512_mul(afv_avx512_load(acc2 + 16), al2);
        for (int32_t k = 0; k < n; k++) {
            afk_f32_dk32_dv32_avx512_pf_issue(pf, 1);
            const float *v = vp[k] + 0;
            const afv_avx512 y0 = afv_avx512_load(v + 0), y1 = afv_avx512_load(v + 16);
            { const afv_avx512 b = afv_avx512_set1(p0[k]); c0_0 = afv_avx512_fma(b, y0, c0_0); c0_1 = afv_avx512_fma(b, y1, c0_1); }
            { const afv_avx512 b = afv_avx512_set1(p1[k]); c1_0 = afv_avx512_fma(b, y0, c1_0); c1_1 = afv_avx512_fma(b, y1, c1_1); }
            { const afv_avx512 b = afv_avx512_set1(p2[k]); c2_0 = afv_avx512_fma(b, y0, c2_0); c2_1 = afv_avx512_fma(b, y1, c2_1); }
        }
        afv_avx512_store(acc0 + 0, c0_0); afv_avx512_store(acc0 + 16, c0_1);
        afv_avx512_store(acc1 + 0, c1_0); afv_avx512_store(acc1 + 16, c1_1);
        afv_avx512_store(acc2 + 0, c2_0); afv_avx512_store(acc2 + 16, c2_1);
    }
}

/* P*V register block: 2 row(s) x 64 columns of Dv = 32 per pass. */
static inline AF_TARGET_AVX512 void afk_f32_dk32_dv32_avx512_dec_pv2(float *const *acc, const float *const *p, const float *alpha,
        const float *const *vp, int32_t n)
{
    float *const acc0 = acc[0];
    const float *const p0 = p[0];
    const afv_avx512 al0 = afv_avx512_set1(alpha[0]);
    float *const acc1 = acc[1];
    const float *const p1 = p[1];
    const afv_avx512 al1 = afv_avx512_set1(alpha[1]);
    { /* Dv columns 0 .. 31 */
        afv_avx512 c0_0 = afv_avx512_mul(afv_avx512_load(acc0 + 0), al0), c0_1 = afv_avx512_mul(afv_avx512_load(acc0 + 16), al0);
        afv_avx512 c1_0 = afv_avx512_mul(afv_avx512_load(acc1 + 0), al1), c1_1 = afv_avx512_mul(afv_avx512_load(acc1 + 16), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 0;
            const afv_avx512 y0 = afv_avx512_load(v + 0), y1 = afv_avx512_load(v + 16);
            { const afv_avx512 b = afv_avx512_set1(p0[k]); c0_0 = afv_avx512_fma(b, y0, c0_0); c0_1 = afv_avx512_fma(b, y1, c0_1); }
            { const afv_avx512 b = afv_avx512_set1(p1[k]); c1_0 = afv_avx512_fma(b, y0, c1_0); c1_1 = afv_avx512_fma(b, y1, c1_1); }
        }
        afv_avx512_store(acc0 + 0, c0_0); afv_avx512_store(acc0 + 16, c0_1);
        afv_avx512_store(acc1 + 0, c1_0); afv_avx512_store(acc1 + 16, c1_1);
    }
}

/* P*V register block: 2 row(s) x 64 columns of Dv = 32 per pass, one prefetch per key. */
static inline AF_TARGET_AVX512 void afk_f32_dk32_dv32_avx512_dec_pv2_pf(float *const *acc, const float *const *p, const float *alpha,
        const float *const *vp, int32_t n, afk_f32_dk32_dv32_avx512_pf *pf)
{
    float *const acc0 = acc[0];
    const float *const p0 = p[0];
    const afv_avx512 al0 = afv_avx512_set1(alpha[0]);
    float *const acc1 = acc[1];
    const float *const p1 = p[1];
    const afv_avx512 al1 = afv_avx512_set1(alpha[1]);
    { /* Dv columns 0 .. 31 */
        afv_avx512 c0_0 = afv_avx512_mul(afv_avx512_load(acc0 + 0), al0), c0_1 = afv_avx512_mul(afv_avx512_load(acc0 + 16), al0);
        afv_avx512 c1_0 = afv_avx512_mul(afv_avx512_load(acc1 + 0), al1), c1_1 = afv_avx512_mul(afv_avx512_load(acc1 + 16), al1);
        for (int32_t k = 0; k < n; k++) {
            afk_f32_dk32_dv32_avx512_pf_issue(pf, 1);
            const float *v = vp[k] + 0;
            const afv_avx512 y0 = afv_avx512_load(v + 0), y1 = afv_avx512_load(v + 16);
            { const afv_avx512 b = afv_avx512_set1(p0[k]); c0_0 = afv_avx512_fma(b, y0, c0_0); c0_1 = afv_avx512_fma(b, y1, c0_1); }
            { const afv_avx512 b = afv_avx512_set1(p1[k]); c1_0 = afv_avx512_fma(b, y0, c1_0); c1_1 = afv_avx512_fma(b, y1, c1_1); }
        }
        afv_avx512_store(acc0 + 0, c0_0); afv_avx512_store(acc0 + 16, c0_1);
        afv_avx512_store(acc1 + 0, c1_0); afv_avx512_store(acc1 + 16, c1_1);
    }
}

/* P*V register block: 1 row(s) x 64 columns of Dv = 32 per pass. */
static inline AF_TARGET_AVX512 void afk_f32_dk32_dv32_avx512_dec_pv1(float *const *acc, const float *const *p, const float *alpha,
        const float *const *vp, int32_t n)
{
    float *const acc0 = acc[0];
    const float *const p0 = p[0];
    const afv_avx512 al0 = afv_avx512_set1(alpha[0]);
    { /* Dv columns 0 .. 31 */
        afv_avx512 c0_0 = afv_avx512_mul(afv_avx512_load(acc0 + 0), al0), c0_1 = afv_avx512_mul(afv_avx512_load(acc0 + 16), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 0;
            const afv_avx512 y0 = afv_avx512_load(v + 0), y1 = afv_avx512_load(v + 16);
            { const afv_avx512 b = afv_avx512_set1(p0[k]); c0_0 = afv_avx512_fma(b, y0, c0_0); c0_1 = afv_avx512_fma(b, y1, c0_1); }
        }
        afv_avx512_store(acc0 + 0, c0_0); afv_avx512_store(acc0 + 16, c0_1);
    }
}

/* P*V register block: 1 row(s) x 64 columns of Dv = 32 per pass, excluded keys (p = -0.0) skipped. */
static inline AF_TARGET_AVX512 void afk_f32_dk32_dv32_avx512_dec_pv1g(float *const *acc, const float *const *p, const float *alpha,
        const float *const *vp, int32_t n)
{
    float *const acc0 = acc[0];
    const float *const p0 = p[0];
    const afv_avx512 al0 = afv_avx512_set1(alpha[0]);
    { /* Dv columns 0 .. 31 */
        afv_avx512 c0_0 = afv_avx512_mul(afv_avx512_load(acc0 + 0), al0), c0_1 = afv_avx512_mul(afv_avx512_load(acc0 + 16), al0);
        for (int32_t k = 0; k < n; k++) {
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 0;
            const afv_avx512 y0 = afv_avx512_load(v + 0), y1 = afv_avx512_load(v + 16);
            { const afv_avx512 b = afv_avx512_set1(p0[k]); c0_0 = afv_avx512_fma(b, y0, c0_0); c0_1 = afv_avx512_fma(b, y1, c0_1); }
        }
        afv_avx512_store(acc0 + 0, c0_0); afv_avx512_store(acc0 + 16, c0_1);
    }
}

/* P*V register block: 1 row(s) x 64 columns of Dv = 32 per pass, one prefetch per key. */
static inline AF_TARGET_AVX512 void afk_f32_dk32_dv32_avx512_dec_pv1_pf(float *const *acc, const float *const *p, const float *alpha,
        const float *const *vp, int32_t n, afk_f32_dk32_dv32_avx512_pf *pf)
{
    float *const acc0 = acc[0];
    const float *const p0 = p[0];
    const afv_avx512 al0 = afv_avx512_set1(alpha[0]);
    { /* Dv columns 0 .. 31 */
        afv_avx512 c0_0 = afv_avx512_mul(afv_avx512_load(acc0 + 0), al0), c0_1 = afv_avx512_mul(afv_avx512_load(acc0 + 16), al0);
        for (int32_t k = 0; k < n; k++) {
            afk_f32_dk32_dv32_avx512_pf_issue(pf, 1);
            const float *v = vp[k] + 0;
            const afv_avx512 y0 = afv_avx512_load(v + 0), y1 = afv_avx512_load(v + 16);
            { const afv_avx512 b = afv_avx512_set1(p0[k]); c0_0 = afv_avx512_fma(b, y0, c0_0); c0_1 = afv_avx512_fma(b, y1, c0_1); }
        }
        afv_avx512_store(acc0 + 0, c0_0); afv_avx512_store(acc0 + 16, c0_1);
    }
}

/* P*V register block: 1 row(s) x 64 columns of Dv = 32 per pass, excluded keys (p = -0.0) skipped, one prefetch per key. */
static inline AF_TARGET_AVX512 void afk_f32_dk32_dv32_avx512_dec_pv1g_pf(float *const *acc, const float *const *p, const float *alpha,
        const float *const *vp, int32_t n, afk_f32_dk32_dv32_avx512_pf *pf)
{
    float *const acc0 = acc[0];
    const float *const p0 = p[0];
    const afv_avx512 al0 = afv_avx512_set1(alpha[0]);
    { /* Dv columns 0 .. 31 */
        afv_avx512 c0_0 = afv_avx512_mul(afv_avx512_load(acc0 + 0), al0), c0_1 = afv_avx512_mul(afv_avx512_load(acc0 + 16), al0);
        for (int32_t k = 0; k < n; k++) {
            afk_f32_dk32_dv32_avx512_pf_issue(pf, 1);
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 0;
            const afv_avx512 y0 = afv_avx512_load(v + 0), y1 = afv_avx512_load(v + 16);
            { const afv_avx512 b = afv_avx512_set1(p0[k]); c0_0 = afv_avx512_fma(b, y0, c0_0); c0_1 = afv_avx512_fma(b, y1, c0_1); }
        }
        afv_avx512_store(acc0 + 0, c0_0); afv_avx512_store(acc0 + 16, c0_1);
    }
}

/* Block softmax of 1 row(s) over a full block of 64 keys (see decode.c.in). */
static inline AF_TARGET_AVX512 int afk_f32_dk32_dv32_avx512_dec_sm1(afp_avx512_f32_row *rw, float *s, float *alpha, int64_t jb,
                                     int cap, afv_avx512 vscale, afv_avx512 vcap, int alibi, int *partial)
{
    const afv_avx512 ninf = afv_avx512_set1(-INFINITY), zero = afv_avx512_zero();
    afv_avx512 x0_0, x0_1, x0_2, x0_3, mx0 = ninf, ng0 = ninf;
    x0_0 = afv_avx512_mul(afv_avx512_load(s + 0), vscale);
    if (cap) { x0_0 = afp_avx512_f32_apply_softcap(x0_0, vcap, cap); }
    if (alibi) {
        x0_0 = afv_avx512_fma(afv_avx512_set1(-rw[0].slope), afv_avx512_abs(afv_avx512_add(afv_avx512_set1((float)(jb + 0 - rw[0].pos)), afv_avx512_iota())), x0_0);
    }
    mx0 = afv_avx512_max(mx0, x0_0); ng0 = afv_avx512_max(ng0, afv_avx512_sub(zero, x0_0));
    x0_1 = afv_avx512_mul(afv_avx512_load(s + 16), vscale);
    if (cap) { x0_1 = afp_avx512_f32_apply_softcap(x0_1, vcap, cap); }
    if (alibi) {
        x0_1 = afv_avx512_fma(afv_avx512_set1(-rw[0].slope), afv_avx512_abs(afv_avx512_add(afv_avx512_set1((float)(jb + 16 - rw[0].pos)), afv_avx512_iota())), x0_1);
    }
    mx0 = afv_avx512_max(mx0, x0_1); ng0 = afv_avx512_max(ng0, afv_avx512_sub(zero, x0_1));
    x0_2 = afv_avx512_mul(afv_avx512_load(s + 32), vscale);
    if (cap) { x0_2 = afp_avx512_f32_apply_softcap(x0_2, vcap, cap); }
    if (alibi) {
        x0_2 = afv_avx512_fma(afv_avx512_set1(-rw[0].slope), afv_avx512_abs(afv_avx512_add(afv_avx512_set1((float)(jb + 32 - rw[0].pos)), afv_avx512_iota())), x0_2);
    }
    mx0 = afv_avx512_max(mx0, x0_2); ng0 = afv_avx512_max(ng0, afv_avx512_sub(zero, x0_2));
    x0_3 = afv_avx512_mul(afv_avx512_load(s + 48), vscale);
    if (cap) { x0_3 = afp_avx512_f32_apply_softcap(x0_3, vcap, cap); }
    if (alibi) {
        x0_3 = afv_avx512_fma(afv_avx512_set1(-rw[0].slope), afv_avx512_abs(afv_avx512_add(afv_avx512_set1((float)(jb + 48 - rw[0].pos)), afv_avx512_iota())), x0_3);
    }
    mx0 = afv_avx512_max(mx0, x0_3); ng0 = afv_avx512_max(ng0, afv_avx512_sub(zero, x0_3));
    const float mb0 = afv_avx512_hmax(mx0);
    if (mb0 == -INFINITY) return 0;
    if (afv_avx512_hmax(ng0) == INFINITY) *partial = 1;
    const float mo0 = *rw[0].m, mn0 = mb0 > mo0 ? mb0 : mo0;
    const afv_avx512 vm0 = afv_avx512_set1(mn0);
    afv_avx512 sum0 = zero;
    alpha[0] = afv_avx512_first(afv_avx512_exp(afv_avx512_set1(mo0 - mn0)));
    { const afv_avx512 p = afv_avx512_excl(afv_avx512_expn(afv_avx512_sub(x0_0, vm0)), x0_0); afv_avx512_store(s + 0, p); sum0 = afv_avx512_add(sum0, p); }
    { const afv_avx512 p = afv_avx512_excl(afv_avx512_expn(afv_avx512_sub(x0_1, vm0)), x0_1); afv_avx512_store(s + 16, p); sum0 = afv_avx512_add(sum0, p); }
    { const afv_avx512 p = afv_avx512_excl(afv_avx512_expn(afv_avx512_sub(x0_2, vm0)), x0_2); afv_avx512_store(s + 32, p); sum0 = afv_avx512_add(sum0, p); }
    { const afv_avx512 p = afv_avx512_excl(afv_avx512_expn(afv_avx512_sub(x0_3, vm0)), x0_3); afv_avx512_store(s + 48, p); sum0 = afv_avx512_add(sum0, p); }
    {
        const float ps = afv_avx512_hsum(sum0);
        if (ps != ps) { /* a NaN score, or an inf one: exp(inf - inf) */
            *rw[0].m = *rw[0].l = NAN;
        } else {
            *rw[0].l = *rw[0].l * alpha[0] + ps;
            *rw[0].m = mn0;
        }
    }
    return 1;
}

/* Block softmax of 2 row(s) over a full block of 64 keys (see decode.c.in). */
static inline AF_TARGET_AVX512 int afk_f32_dk32_dv32_avx512_dec_sm2(afp_avx512_f32_row *rw, float *s, float *alpha, int64_t jb,
                                     int cap, afv_avx512 vscale, afv_avx512 vcap, int alibi, int *partial)
{
    const afv_avx512 ninf = afv_avx512_set1(-INFINITY), zero = afv_avx512_zero();
    afv_avx512 x0_0, x0_1, x0_2, x0_3, mx0 = ninf, ng0 = ninf;
    afv_avx512 x1_0, x1_1, x1_2, x1_3, mx1 = ninf, ng1 = ninf;
    x0_0 = afv_avx512_mul(afv_avx512_load(s + 0), vscale); x1_0 = afv_avx512_mul(afv_avx512_load(s + 64), vscale);
    if (cap) { x0_0 = afp_avx512_f32_apply_softcap(x0_0, vcap, cap); x1_0 = afp_avx512_f32_apply_softcap(x1_0, vcap, cap); }
    if (alibi) {
        x0_0 = afv_avx512_fma(afv_avx512_set1(-rw[0].slope), afv_avx512_abs(afv_avx512_add(afv_avx512_set1((float)(jb + 0 - rw[0].pos)), afv_avx512_iota())), x0_0);
        x1_0 = afv_avx512_fma(afv_avx512_set1(-rw[1].slope), afv_avx512_abs(afv_avx512_add(afv_avx512_set1((float)(jb + 0 - rw[1].pos)), afv_avx512_iota())), x1_0);
    }
    mx0 = afv_avx512_max(mx0, x0_0); ng0 = afv_avx512_max(ng0, afv_avx512_sub(zero, x0_0)); mx1 = afv_avx512_max(mx1, x1_0); ng1 = afv_avx512_max(ng1, afv_avx512_sub(zero, x1_0));
    x0_1 = afv_avx512_mul(afv_avx512_load(s + 16), vscale); x1_1 = afv_avx512_mul(afv_avx512_load(s + 80), vscale);
    if (cap) { x0_1 = afp_avx512_f32_apply_softcap(x0_1, vcap, cap); x1_1 = afp_avx512_f32_apply_softcap(x1_1, vcap, cap); }
    if (alibi) {
        x0_1 = afv_avx512_fma(afv_avx512_set1(-rw[0].slope), afv_avx512_abs(afv_avx512_add(afv_avx512_set1((float)(jb + 16 - rw[0].pos)), afv_avx512_iota())), x0_1);
        x1_1 = afv_avx512_fma(afv_avx512_set1(-rw[1].slope), afv_avx512_abs(afv_avx512_add(afv_avx512_set1((float)(jb + 16 - rw[1].pos)), afv_avx512_iota())), x1_1);
    }
    mx0 = afv_avx512_max(mx0, x0_1); ng0 = afv_avx512_max(ng0, afv_avx512_sub(zero, x0_1)); mx1 = afv_avx512_max(mx1, x1_1); ng1 = afv_avx512_max(ng1, afv_avx512_sub(zero, x1_1));
    x0_2 = afv_avx512_mul(afv_avx512_load(s + 32), vscale); x1_2 = afv_avx512_mul(afv_avx512_load(s + 96), vscale);
    if (cap) { x0_2 = afp_avx512_f32_apply_softcap(x0_2, vcap, cap); x1_2 = afp_avx512_f32_apply_softcap(x1_2, vcap, cap); }
    if (alibi) {
        x0_2 = afv_avx512_fma(afv_avx512_set1(-rw[0].slope), afv_avx512_abs(afv_avx512_add(afv_avx512_set1((float)(jb + 32 - rw[0].pos)), afv_avx512_iota())), x0_2);
        x1_2 = afv_avx512_fma(afv_avx512_set1(-rw[1].slope), afv_avx512_abs(afv_avx512_add(afv_avx512_set1((float)(jb + 32 - rw[1].pos)), afv_avx512_iota())), x1_2);
    }
    mx0 = afv_avx512_max(mx0, x0_2); ng0 = afv_avx512_max(ng0, afv_avx512_sub(zero, x0_2)); mx1 = afv_avx512_max(mx1, x1_2); ng1 = afv_avx512_max(ng1, afv_avx512_sub(zero, x1_2));
    x0_3 = afv_avx512_mul(afv_avx512_load(s + 48), vscale); x1_3 = afv_avx512_mul(afv_avx512_load(s + 112), vscale);
    if (cap) { x0_3 = afp_avx512_f32_apply_softcap(x0_3, vcap, cap); x1_3 = afp_avx512_f32_apply_softcap(x1_3, vcap, cap); }
    if (alibi) {
        x0_3 = afv_avx512_fma(afv_avx512_set1(-rw[0].slope), afv_avx512_abs(afv_avx512_add(afv_avx512_set1((float)(jb + 48 - rw[0].pos)), afv_avx512_iota())), x0_3);
        x1_3 = afv_avx512_fma(afv_avx512_set1(-rw[1].slope), afv_avx512_abs(afv_avx512_add(afv_avx512_set1((float)(jb + 48 - rw[1].pos)), afv_avx512_iota())), x1_3);
    }
    mx0 = afv_avx512_max(mx0, x0_3); ng0 = afv_avx512_max(ng0, afv_avx512_sub(zero, x0_3)); mx1 = afv_avx512_max(mx1, x1_3); ng1 = afv_avx512_max(ng1, afv_avx512_sub(zero, x1_3));
    const float mb0 = afv_avx512_hmax(mx0); const float mb1 = afv_avx512_hmax(mx1);
    if (mb0 == -INFINITY || mb1 == -INFINITY) return 0;
    if (afv_avx512_hmax(ng0) == INFINITY || afv_avx512_hmax(ng1) == INFINITY) *partial = 1;
    const float mo0 = *rw[0].m, mn0 = mb0 > mo0 ? mb0 : mo0;
    const afv_avx512 vm0 = afv_avx512_set1(mn0);
    afv_avx512 sum0 = zero;
    const float mo1 = *rw[1].m, mn1 = mb1 > mo1 ? mb1 : mo1;
    const afv_avx512 vm1 = afv_avx512_set1(mn1);
    afv_avx512 sum1 = zero;
    alpha[0] = afv_avx512_first(afv_avx512_exp(afv_avx512_set1(mo0 - mn0))); alpha[1] = afv_avx512_first(afv_avx512_exp(afv_avx512_set1(mo1 - mn1)));
    { const afv_avx512 p = afv_avx512_excl(afv_avx512_expn(afv_avx512_sub(x0_0, vm0)), x0_0); afv_avx512_store(s + 0, p); sum0 = afv_avx512_add(sum0, p); }
    { const afv_avx512 p = afv_avx512_excl(afv_avx512_expn(afv_avx512_sub(x1_0, vm1)), x1_0); afv_avx512_store(s + 64, p); sum1 = afv_avx512_add(sum1, p); }
    { const afv_avx512 p = afv_avx512_excl(afv_avx512_expn(afv_avx512_sub(x0_1, vm0)), x0_1); afv_avx512_store(s + 16, p); sum0 = afv_avx512_add(sum0, p); }
    { const afv_avx512 p = afv_avx512_excl(afv_avx512_expn(afv_avx512_sub(x1_1, vm1)), x1_1); afv_avx512_store(s + 80, p); sum1 = afv_avx512_add(sum1, p); }
    { const afv_avx512 p = afv_avx512_excl(afv_avx512_expn(afv_avx512_sub(x0_2, vm0)), x0_2); afv_avx512_store(s + 32, p); sum0 = afv_avx512_add(sum0, p); }
    { const afv_avx512 p = afv_avx512_excl(afv_avx512_expn(afv_avx512_sub(x1_2, vm1)), x1_2); afv_avx512_store(s + 96, p); sum1 = afv_avx512_add(sum1, p); }
    { const afv_avx512 p = afv_avx512_excl(afv_avx512_expn(afv_avx512_sub(x0_3, vm0)), x0_3); afv_avx512_store(s + 48, p); sum0 = afv_avx512_add(sum0, p); }
    { const afv_avx512 p = afv_avx512_excl(afv_avx512_expn(afv_avx512_sub(x1_3, vm1)), x1_3); afv_avx512_store(s + 112, p); sum1 = afv_avx512_add(sum1, p); }
    {
        const float ps = afv_avx512_hsum(sum0);
        if (ps != ps) { /* a NaN score, or an inf one: exp(inf - inf) */
            *rw[0].m = *rw[0].l = NAN;
        } else {
            *rw[0].l = *rw[0].l * alpha[0] + ps;
            *rw[0].m = mn0;
        }
    }
    {
        const float ps = afv_avx512_hsum(sum1);
        if (ps != ps) { /* a NaN score, or an inf one: exp(inf - inf) */
            *rw[1].m = *rw[1].l = NAN;
        } else {
            *rw[1].l = *rw[1].l * alpha[1] + ps;
            *rw[1].m = mn1;
        }
    }
    return 1;
}

/* Block softmax of 3 row(s) over a full block of 64 keys (see decode.c.in). */
static inline AF_TARGET_AVX512 int afk_f32_dk32_dv32_avx512_dec_sm3(afp_avx512_f32_row *rw, float *s, float *alpha, int64_t jb,
                                     int cap, afv_avx512 vscale, afv_avx512 vcap, int alibi, int *partial)
{
    const afv_avx512 ninf = afv_avx512_set1(-INFINITY), zero = afv_avx512_zero();
    afv_avx512 x0_0, x0_1, x0_2, x0_3, mx0 = ninf, ng0 = ninf;
    afv_avx512 x1_0, x1_1, x1_2, x1_3, mx1 = ninf, ng1 = ninf;
    afv_avx512 x2_0, x2_1, x2_2, x2_3, mx2 = ninf, ng2 = ninf;
    x0_0 = afv_avx512_mul(afv_avx512_load(s + 0), vscale); x1_0 = afv_avx512_mul(afv_avx512_load(s + 64), vscale); x2_0 = afv_avx512_mul(afv_avx512_load(s + 128), vscale);
    if (cap) { x0_0 = afp_avx512_f32_apply_softcap(x0_0, vcap, cap); x1_0 = afp_avx512_f32_apply_softcap(x1_0, vcap, cap); x2_0 = afp_avx512_f32_apply_softcap(x2_0, vcap, cap); }
    if (alibi) {
        x0_0 = afv_avx512_fma(afv_avx512_set1(-rw[0].slope), afv_avx512_abs(afv_avx512_add(afv_avx512_set1((float)(jb + 0 - rw[0].pos)), afv_avx512_iota())), x0_0);
        x1_0 = afv_avx512_fma(afv_avx512_set1(-rw[1].slope), afv_avx512_abs(afv_avx512_add(afv_avx512_set1((float)(jb + 0 - rw[1].pos)), afv_avx512_iota())), x1_0);
        x2_0 = afv_avx512_fma(afv_avx512_set1(-rw[2].slope), afv_avx512_abs(afv_avx512_add(afv_avx512_set1((float)(jb + 0 - rw[2].pos)), afv_avx512_iota())), x2_0);
    }
    mx0 = afv_avx512_max(mx0, x0_0); ng0 = afv_avx512_max(ng0, afv_avx512_sub(zero, x0_0)); mx1 = afv_avx512_max(mx1, x1_0); ng1 = afv_avx512_max(ng1, afv_avx512_sub(zero, x1_0)); mx2 = afv_avx512_max(mx2, x2_0); ng2 = afv_avx512_max(ng2, afv_avx512_sub(zero, x2_0));
    x0_1 = afv_avx512_mul(afv_avx512_load(s + 16), vscale); x1_1 = afv_avx512_mul(afv_avx512_load(s + 80), vscale); x2_1 = afv_avx512_mul(afv_avx512_load(s + 144), vscale);
    if (cap) { x0_1 = afp_avx512_f32_apply_softcap(x0_1, vcap, cap); x1_1 = afp_avx512_f32_apply_softcap(x1_1, vcap, cap); x2_1 = afp_avx512_f32_apply_softcap(x2_1, vcap, cap); }
    if (alibi) {
        x0_1 = afv_avx512_fma(afv_avx512_set1(-rw[0].slope), afv_avx512_abs(afv_avx512_add(afv_avx512_set1((float)(jb + 16 - rw[0].pos)), afv_avx512_iota())), x0_1);
        x1_1 = afv_avx512_fma(afv_avx512_set1(-rw[1].slope), afv_avx512_abs(afv_avx512_add(afv_avx512_set1((float)(jb + 16 - rw[1].pos)), afv_avx512_iota())), x1_1);
        x2_1 = afv_avx512_fma(afv_avx512_set1(-rw[2].slope), afv_avx512_abs(afv_avx512_add(afv_avx512_set1((float)(jb + 16 - rw[2].pos)), afv_avx512_iota())), x2_1);
    }
    mx0 = afv_avx512_max(mx0, x0_1); ng0 = afv_avx512_max(ng0, afv_avx512_sub(zero, x0_1)); mx1 = afv_avx512_max(mx1, x1_1); ng1 = afv_avx512_max(ng1, afv_avx512_sub(zero, x1_1)); mx2 = afv_avx512_max(mx2, x2_1); ng2 = afv_avx512_max(ng2, afv_avx512_sub(zero, x2_1));
    x0_2 = afv_avx512_mul(afv_avx512_load(s + 32), vscale); x1_2 = afv_avx512_mul(afv_avx512_load(s + 96), vscale); x2_2 = afv_avx512_mul(afv_avx512_load(s + 160), vscale);
    if (cap) { x0_2 = afp_avx512_f32_apply_softcap(x0_2, vcap, cap); x1_2 = afp_avx512_f32_apply_softcap(x1_2, vcap, cap); x2_2 = afp_avx512_f32_apply_softcap(x2_2, vcap, cap); }
    if (alibi) {
        x0_2 = afv_avx512_fma(afv_avx512_set1(-rw[0].slope), afv_avx512_abs(afv_avx512_add(afv_avx512_set1((float)(jb + 32 - rw[0].pos)), afv_avx512_iota())), x0_2);
        x1_2 = afv_avx512_fma(afv_avx512_set1(-rw[1].slope), afv_avx512_abs(afv_avx512_add(afv_avx512_set1((float)(jb + 32 - rw[1].pos)), afv_avx512_iota())), x1_2);
        x2_2 = afv_avx512_fma(afv_avx512_set1(-rw[2].slope), afv_avx512_abs(afv_avx512_add(afv_avx512_set1((float)(jb + 32 - rw[2].pos)), afv_avx512_iota())), x2_2);
    }
    mx0 = afv_avx512_max(mx0, x0_2); ng0 = afv_avx512_max(ng0, afv_avx512_sub(zero, x0_2)); mx1 = afv_avx512_max(mx1, x1_2); ng1 = afv_avx512_max(ng1, afv_avx512_sub(zero, x1_2)); mx2 = afv_avx512_max(mx2, x2_2); ng2 = afv_avx512_max(ng2, afv_avx512_sub(zero, x2_2));
    x0_3 = afv_avx512_mul(afv_avx512_load(s + 48), vscale); x1_3 = afv_avx512_mul(afv_avx512_load(s + 112), vscale); x2_3 = afv_avx512_mul(afv_avx512_load(s + 176), vscale);
    if (cap) { x0_3 = afp_avx512_f32_apply_softcap(x0_3, vcap, cap); x1_3 = afp_avx512_f32_apply_softcap(x1_3, vcap, cap); x2_3 = afp_avx512_f32_apply_softcap(x2_3, vcap, cap); }
    if (alibi) {
        x0_3 = afv_avx512_fma(afv_avx512_set1(-rw[0].slope), afv_avx512_abs(afv_avx512_add(afv_avx512_set1((float)(jb + 48 - rw[0].pos)), afv_avx512_iota())), x0_3);
        x1_3 = afv_avx512_fma(afv_avx512_set1(-rw[1].slope), afv_avx512_abs(afv_avx512_add(afv_avx512_set1((float)(jb + 48 - rw[1].pos)), afv_avx512_iota())), x1_3);
        x2_3 = afv_avx512_fma(afv_avx512_set1(-rw[2].slope), afv_avx512_abs(afv_avx512_add(afv_avx512_set1((float)(jb + 48 - rw[2].pos)), afv_avx512_iota())), x2_3);
    }
    mx0 = afv_avx512_max(mx0, x0_3); ng0 = afv_avx512_max(ng0, afv_avx512_sub(zero, x0_3)); mx1 = afv_avx512_max(mx1, x1_3); ng1 = afv_avx512_max(ng1, afv_avx512_sub(zero, x1_3)); mx2 = afv_avx512_max(mx2, x2_3); ng2 = afv_avx512_max(ng2, afv_avx512_sub(zero, x2_3));
    const float mb0 = afv_avx512_hmax(mx0); const float mb1 = afv_avx512_hmax(mx1); const float mb2 = afv_avx512_hmax(mx2);
    if (mb0 == -INFINITY || mb1 == -INFINITY || mb2 == -INFINITY) return 0;
    if (afv_avx512_hmax(ng0) == INFINITY || afv_avx512_hmax(ng1) == INFINITY || afv_avx512_hmax(ng2) == INFINITY) *partial = 1;
    const float mo0 = *rw[0].m, mn0 = mb0 > mo0 ? mb0 : mo0;
    const afv_avx512 vm0 = afv_avx512_set1(mn0);
    afv_avx512 sum0 = zero;
    const float mo1 = *rw[1].m, mn1 = mb1 > mo1 ? mb1 : mo1;
    const afv_avx512 vm1 = afv_avx512_set1(mn1);
    afv_avx512 sum1 = zero;
    const float mo2 = *rw[2].m, mn2 = mb2 > mo2 ? mb2 : mo2;
    const afv_avx512 vm2 = afv_avx512_set1(mn2);
    afv_avx512 sum2 = zero;
    alpha[0] = afv_avx512_first(afv_avx512_exp(afv_avx512_set1(mo0 - mn0))); alpha[1] = afv_avx512_first(afv_avx512_exp(afv_avx512_set1(mo1 - mn1))); alpha[2] = afv_avx512_first(afv_avx512_exp(afv_avx512_set1(mo2 - mn2)));
    { const afv_avx512 p = afv_avx512_excl(afv_avx512_expn(afv_avx512_sub(x0_0, vm0)), x0_0); afv_avx512_store(s + 0, p); sum0 = afv_avx512_add(sum0, p); }
    { const afv_avx512 p = afv_avx512_excl(afv_avx512_expn(afv_avx512_sub(x1_0, vm1)), x1_0); afv_avx512_store(s + 64, p); sum1 = afv_avx512_add(sum1, p); }
    { const afv_avx512 p = afv_avx512_excl(afv_avx512_expn(afv_avx512_sub(x2_0, vm2)), x2_0); afv_avx512_store(s + 128, p); sum2 = afv_avx512_add(sum2, p); }
    { const afv_avx512 p = afv_avx512_excl(afv_avx512_expn(afv_avx512_sub(x0_1, vm0)), x0_1); afv_avx512_store(s + 16, p); sum0 = afv_avx512_add(sum0, p); }
    { const afv_avx512 p = afv_avx512_excl(afv_avx512_expn(afv_avx512_sub(x1_1, vm1)), x1_1); afv_avx512_store(s + 80, p); sum1 = afv_avx512_add(sum1, p); }
    { const afv_avx512 p = afv_avx512_excl(afv_avx512_expn(afv_avx512_sub(x2_1, vm2)), x2_1); afv_avx512_store(s + 144, p); sum2 = afv_avx512_add(sum2, p); }
    { const afv_avx512 p = afv_avx512_excl(afv_avx512_expn(afv_avx512_sub(x0_2, vm0)), x0_2); afv_avx512_store(s + 32, p); sum0 = afv_avx512_add(sum0, p); }
    { const afv_avx512 p = afv_avx512_excl(afv_avx512_expn(afv_avx512_sub(x1_2, vm1)), x1_2); afv_avx512_store(s + 96, p); sum1 = afv_avx512_add(sum1, p); }
    { const afv_avx512 p = afv_avx512_excl(afv_avx512_expn(afv_avx512_sub(x2_2, vm2)), x2_2); afv_avx512_store(s + 160, p); sum2 = afv_avx512_add(sum2, p); }
    { const afv_avx512 p = afv_avx512_excl(afv_avx512_expn(afv_avx512_sub(x0_3, vm0)), x0_3); afv_avx512_store(s + 48, p); sum0 = afv_avx512_add(sum0, p); }
    { const afv_avx512 p = afv_avx512_excl(afv_avx512_expn(afv_avx512_sub(x1_3, vm1)), x1_3); afv_avx512_store(s + 112, p); sum1 = afv_avx512_add(sum1, p); }
    { const afv_avx512 p = afv_avx512_excl(afv_avx512_expn(afv_avx512_sub(x2_3, vm2)), x2_3); afv_avx512_store(s + 176, p); sum2 = afv_avx512_add(sum2, p); }
    {
        const float ps = afv_avx512_hsum(sum0);
        if (ps != ps) { /* a NaN score, or an inf one: exp(inf - inf) */
            *rw[0].m = *rw[0].l = NAN;
        } else {
            *rw[0].l = *rw[0].l * alpha[0] + ps;
            *rw[0].m = mn0;
        }
    }
    {
        const float ps = afv_avx512_hsum(sum1);
        if (ps != ps) { /* a NaN score, or an inf one: exp(inf - inf) */
            *rw[1].m = *rw[1].l = NAN;
        } else {
            *rw[1].l = *rw[1].l * alpha[1] + ps;
            *rw[1].m = mn1;
        }
    }
    {
        const float ps = afv_avx512_hsum(sum2);
        if (ps != ps) { /* a NaN score, or an inf one: exp(inf - inf) */
            *rw[2].m = *rw[2].l = NAN;
        } else {
            *rw[2].l = *rw[2].l * alpha[2] + ps;
            *rw[2].m = mn2;
        }
    }
    return 1;
}

/* Block softmax of 4 row(s) over a full block of 64 keys (see decode.c.in). */
static inline AF_TARGET_AVX512 int afk_f32_dk32_dv32_avx512_dec_sm4(afp_avx512_f32_row *rw, float *s, float *alpha, int64_t jb,
                                     int cap, afv_avx512 vscale, afv_avx512 vcap, int alibi, int *partial)
{
    const afv_avx512 ninf = afv_avx512_set1(-INFINITY), zero = afv_avx512_zero();
    afv_avx512 x0_0, x0_1, x0_2, x0_3, mx0 = ninf, ng0 = ninf;
    afv_avx512 x1_0, x1_1, x1_2, x1_3, mx1 = ninf, ng1 = ninf;
    afv_avx512 x2_0, x2_1, x2_2, x2_3, mx2 = ninf, ng2 = ninf;
    afv_avx512 x3_0, x3_1, x3_2, x3_3, mx3 = ninf, ng3 = ninf;
    x0_0 = afv_avx512_mul(afv_avx512_load(s + 0), vscale); x1_0 = afv_avx512_mul(afv_avx512_load(s + 64), vscale); x2_0 = afv_avx512_mul(afv_avx512_load(s + 128), vscale); x3_0 = afv_avx512_mul(afv_avx512_load(s + 192), vscale);
    if (cap) { x0_0 = afp_avx512_f32_apply_softcap(x0_0, vcap, cap); x1_0 = afp_avx512_f32_apply_softcap(x1_0, vcap, cap); x2_0 = afp_avx512_f32_apply_softcap(x2_0, vcap, cap); x3_0 = afp_avx512_f32_apply_softcap(x3_0, vcap, cap); }
    if (alibi) {
        x0_0 = afv_avx512_fma(afv_avx512_set1(-rw[0].slope), afv_avx512_abs(afv_avx512_add(afv_avx512_set1((float)(jb + 0 - rw[0].pos)), afv_avx512_iota())), x0_0);
        x1_0 = afv_avx512_fma(afv_avx512_set1(-rw[1].slope), afv_avx512_abs(afv_avx512_add(afv_avx512_set1((float)(jb + 0 - rw[1].pos)), afv_avx512_iota())), x1_0);
        x2_0 = afv_avx512_fma(afv_avx512_set1(-rw[2].slope), afv_avx512_abs(afv_avx512_add(afv_avx512_set1((float)(jb + 0 - rw[2].pos)), afv_avx512_iota())), x2_0);
        x3_0 = afv_avx512_fma(afv_avx512_set1(-rw[3].slope), afv_avx512_abs(afv_avx512_add(afv_avx512_set1((float)(jb + 0 - rw[3].pos)), afv_avx512_iota())), x3_0);
    }
    mx0 = afv_avx512_max(mx0, x0_0); ng0 = afv_avx512_max(ng0, afv_avx512_sub(zero, x0_0)); mx1 = afv_avx512_max(mx1, x1_0); ng1 = afv_avx512_max(ng1, afv_avx512_sub(zero, x1_0)); mx2 = afv_avx512_max(mx2, x2_0); ng2 = afv_avx512_max(ng2, afv_avx512_sub(zero, x2_0)); mx3 = afv_avx512_max(mx3, x3_0); ng3 = afv_avx512_max(ng3, afv_avx512_sub(zero, x3_0));
    x0_1 = afv_avx512_mul(afv_avx512_load(s + 16), vscale); x1_1 = afv_avx512_mul(afv_avx512_load(s + 80), vscale); x2_1 = afv_avx512_mul(afv_avx512_load(s + 144), vscale); x3_1 = afv_avx512_mul(afv_avx512_load(s + 208), vscale);
    if (cap) { x0_1 = afp_avx512_f32_apply_softcap(x0_1, vcap, cap); x1_1 = afp_avx512_f32_apply_softcap(x1_1, vcap, cap); x2_1 = afp_avx512_f32_apply_softcap(x2_1, vcap, cap); x3_1 = afp_avx512_f32_apply_softcap(x3_1, vcap, cap); }
    if (alibi) {
        x0_1 = afv_avx512_fma(afv_avx512_set1(-rw[0].slope), afv_avx512_abs(afv_avx512_add(afv_avx512_set1((float)(jb + 16 - rw[0].pos)), afv_avx512_iota())), x0_1);
        x1_1 = afv_avx512_fma(afv_avx512_set1(-rw[1].slope), afv_avx512_abs(afv_avx512_add(afv_avx512_set1((float)(jb + 16 - rw[1].pos)), afv_avx512_iota())), x1_1);
        x2_1 = afv_avx512_fma(afv_avx512_set1(-rw[2].slope), afv_avx512_abs(afv_avx512_add(afv_avx512_set1((float)(jb + 16 - rw[2].pos)), afv_avx512_iota())), x2_1);
        x3_1 = afv_avx512_fma(afv_avx512_set1(-rw[3].slope), afv_avx512_abs(afv_avx512_add(afv_avx512_set1((float)(jb + 16 - rw[3].pos)), afv_avx512_iota())), x3_1);
    }
    mx0 = afv_avx512_max(mx0, x0_1); ng0 = afv_avx512_max(ng0, afv_avx512_sub(zero, x0_1)); mx1 = afv_avx512_max(mx1, x1_1); ng1 = afv_avx512_max(ng1, afv_avx512_sub(zero, x1_1)); mx2 = afv_avx512_max(mx2, x2_1); ng2 = afv_avx512_max(ng2, afv_avx512_sub(zero, x2_1)); mx3 = afv_avx512_max(mx3, x3_1); ng3 = afv_avx512_max(ng3, afv_avx512_sub(zero, x3_1));
    x0_2 = afv_avx512_mul(afv_avx512_load(s + 32), vscale); x1_2 = afv_avx512_mul(afv_avx512_load(s + 96), vscale); x2_2 = afv_avx512_mul(afv_avx512_load(s + 160), vscale); x3_2 = afv_avx512_mul(afv_avx512_load(s + 224), vscale);
    if (cap) { x0_2 = afp_avx512_f32_apply_softcap(x0_2, vcap, cap); x1_2 = afp_avx512_f32_apply_softcap(x1_2, vcap, cap); x2_2 = afp_avx512_f32_apply_softcap(x2_2, vcap, cap); x3_2 = afp_avx512_f32_apply_softcap(x3_2, vcap, cap); }
    if (alibi) {
        x0_2 = afv_avx512_fma(afv_avx512_set1(-rw[0].slope), afv_avx512_abs(afv_avx512_add(afv_avx512_set1((float)(jb + 32 - rw[0].pos)), afv_avx512_iota())), x0_2);
        x1_2 = afv_avx512_fma(afv_avx512_set1(-rw[1].slope), afv_avx512_abs(afv_avx512_add(afv_avx512_set1((float)(jb + 32 - rw[1].pos)), afv_avx512_iota())), x1_2);
        x2_2 = afv_avx512_fma(afv_avx512_set1(-rw[2].slope), afv_avx512_abs(afv_avx512_add(afv_avx512_set1((float)(jb + 32 - rw[2].pos)), afv_avx512_iota())), x2_2);
        x3_2 = afv_avx512_fma(afv_avx512_set1(-rw[3].slope), afv_avx512_abs(afv_avx512_add(afv_avx512_set1((float)(jb + 32 - rw[3].pos)), afv_avx512_iota())), x3_2);
    }
    mx0 = afv_avx512_max(mx0, x0_2); ng0 = afv_avx512_max(ng0, afv_avx512_sub(zero, x0_2)); mx1 = afv_avx512_max(mx1, x1_2); ng1 = afv_avx512_max(ng1, afv_avx512_sub(zero, x1_2)); mx2 = afv_avx512_max(mx2, x2_2); ng2 = afv_avx512_max(ng2, afv_avx512_sub(zero, x2_2)); mx3 = afv_avx512_max(mx3, x3_2); ng3 = afv_avx512_max(ng3, afv_avx512_sub(zero, x3_2));
    x0_3 = afv_avx512_mul(afv_avx512_load(s + 48), vscale); x1_3 = afv_avx512_mul(afv_avx512_load(s + 112), vscale); x2_3 = afv_avx512_mul(afv_avx512_load(s + 176), vscale); x3_3 = afv_avx512_mul(afv_avx512_load(s + 240), vscale);
    if (cap) { x0_3 = afp_avx512_f32_apply_softcap(x0_3, vcap, cap); x1_3 = afp_avx512_f32_apply_softcap(x1_3, vcap, cap); x2_3 = afp_avx512_f32_apply_softcap(x2_3, vcap, cap); x3_3 = afp_avx512_f32_apply_softcap(x3_3, vcap, cap); }
    if (alibi) {
        x0_3 = afv_avx512_fma(afv_avx512_set1(-rw[0].slope), afv_avx512_abs(afv_avx512_add(afv_avx512_set1((float)(jb + 48 - rw[0].pos)), afv_avx512_iota())), x0_3);
        x1_3 = afv_avx512_fma(afv_avx512_set1(-rw[1].slope), afv_avx512_abs(afv_avx512_add(afv_avx512_set1((float)(jb + 48 - rw[1].pos)), afv_avx512_iota())), x1_3);
        x2_3 = afv_avx512_fma(afv_avx512_set1(-rw[2].slope), afv_avx512_abs(afv_avx512_add(afv_avx512_set1((float)(jb + 48 - rw[2].pos)), afv_avx512_iota())), x2_3);
        x3_3 = afv_avx512_fma(afv_avx512_set1(-rw[3].slope), afv_avx512_abs(afv_avx512_add(afv_avx512_set1((float)(jb + 48 - rw[3].pos)), afv_avx512_iota())), x3_3);
    }
    mx0 = afv_avx512_max(mx0, x0_3); ng0 = afv_avx512_max(ng0, afv_avx512_sub(zero, x0_3)); mx1 = afv_avx512_max(mx1, x1_3); ng1 = afv_avx512_max(ng1, afv_avx512_sub(zero, x1_3)); mx2 = afv_avx512_max(mx2, x2_3); ng2 = afv_avx512_max(ng2, afv_avx512_sub(zero, x2_3)); mx3 = afv_avx512_max(mx3, x3_3); ng3 = afv_avx512_max(ng3, afv_avx512_sub(zero, x3_3));
    const float mb0 = afv_avx512_hmax(mx0); const float mb1 = afv_avx512_hmax(mx1); const float mb2 = afv_avx512_hmax(mx2); const float mb3 = afv_avx512_hmax(mx3);
    if (mb0 == -INFINITY || mb1 == -INFINITY || mb2 == -INFINITY || mb3 == -INFINITY) return 0;
    if (afv_avx512_hmax(ng0) == INFINITY || afv_avx512_hmax(ng1) == INFINITY || afv_avx512_hmax(ng2) == INFINITY || afv_avx512_hmax(ng3) == INFINITY) *partial = 1;
    const float mo0 = *rw[0].m, mn0 = mb0 > mo0 ? mb0 : mo0;
    const afv_avx512 vm0 = afv_avx512_set1(mn0);
    afv_avx512 sum0 = zero;
    const float mo1 = *rw[1].m, mn1 = mb1 > mo1 ? mb1 : mo1;
    const afv_avx512 vm1 = afv_avx512_set1(mn1);
    afv_avx512 sum1 = zero;
    const float mo2 = *rw[2].m, mn2 = mb2 > mo2 ? mb2 : mo2;
    const afv_avx512 vm2 = afv_avx512_set1(mn2);
    afv_avx512 sum2 = zero;
    const float mo3 = *rw[3].m, mn3 = mb3 > mo3 ? mb3 : mo3;
    const afv_avx512 vm3 = afv_avx512_set1(mn3);
    afv_avx512 sum3 = zero;
    alpha[0] = afv_avx512_first(afv_avx512_exp(afv_avx512_set1(mo0 - mn0))); alpha[1] = afv_avx512_first(afv_avx512_exp(afv_avx512_set1(mo1 - mn1))); alpha[2] = afv_avx512_first(afv_avx512_exp(afv_avx512_set1(mo2 - mn2))); alpha[3] = afv_avx512_first(afv_avx512_exp(afv_avx512_set1(mo3 - mn3)));
    { const afv_avx512 p = afv_avx512_excl(afv_avx512_expn(afv_avx512_sub(x0_0, vm0)), x0_0); afv_avx512_store(s + 0, p); sum0 = afv_avx512_add(sum0, p); }
    { const afv_avx512 p = afv_avx512_excl(afv_avx512_expn(afv_avx512_sub(x1_0, vm1)), x1_0); afv_avx512_store(s + 64, p); sum1 = afv_avx512_add(sum1, p); }
    { const afv_avx512 p = afv_avx512_excl(afv_avx512_expn(afv_avx512_sub(x2_0, vm2)), x2_0); afv_avx512_store(s + 128, p); sum2 = afv_avx512_add(sum2, p); }
    { const afv_avx512 p = afv_avx512_excl(afv_avx512_expn(afv_avx512_sub(x3_0, vm3)), x3_0); afv_avx512_store(s + 192, p); sum3 = afv_avx512_add(sum3, p); }
    { const afv_avx512 p = afv_avx512_excl(afv_avx512_expn(afv_avx512_sub(x0_1, vm0)), x0_1); afv_avx512_store(s + 16, p); sum0 = afv_avx512_add(sum0, p); }
    { const afv_avx512 p = afv_avx512_excl(afv_avx512_expn(afv_avx512_sub(x1_1, vm1)), x1_1); afv_avx512_store(s + 80, p); sum1 = afv_avx512_add(sum1, p); }
    { const afv_avx512 p = afv_avx512_excl(afv_avx512_expn(afv_avx512_sub(x2_1, vm2)), x2_1); afv_avx512_store(s + 144, p); sum2 = afv_avx512_add(sum2, p); }
    { const afv_avx512 p = afv_avx512_excl(afv_avx512_expn(afv_avx512_sub(x3_1, vm3)), x3_1); afv_avx512_store(s + 208, p); sum3 = afv_avx512_add(sum3, p); }
    { const afv_avx512 p = afv_avx512_excl(afv_avx512_expn(afv_avx512_sub(x0_2, vm0)), x0_2); afv_avx512_store(s + 32, p); sum0 = afv_avx512_add(sum0, p); }
    { const afv_avx512 p = afv_avx512_excl(afv_avx512_expn(afv_avx512_sub(x1_2, vm1)), x1_2); afv_avx512_store(s + 96, p); sum1 = afv_avx512_add(sum1, p); }
    { const afv_avx512 p = afv_avx512_excl(afv_avx512_expn(afv_avx512_sub(x2_2, vm2)), x2_2); afv_avx512_store(s + 160, p); sum2 = afv_avx512_add(sum2, p); }
    { const afv_avx512 p = afv_avx512_excl(afv_avx512_expn(afv_avx512_sub(x3_2, vm3)), x3_2); afv_avx512_store(s + 224, p); sum3 = afv_avx512_add(sum3, p); }
    { const afv_avx512 p = afv_avx512_excl(afv_avx512_expn(afv_avx512_sub(x0_3, vm0)), x0_3); afv_avx512_store(s + 48, p); sum0 = afv_avx512_add(sum0, p); }
    { const afv_avx512 p = afv_avx512_excl(afv_avx512_expn(afv_avx512_sub(x1_3, vm1)), x1_3); afv_avx512_store(s + 112, p); sum1 = afv_avx512_add(sum1, p); }
    { const afv_avx512 p = afv_avx512_excl(afv_avx512_expn(afv_avx512_sub(x2_3, vm2)), x2_3); afv_avx512_store(s + 176, p); sum2 = afv_avx512_add(sum2, p); }
    { const afv_avx512 p = afv_avx512_excl(afv_avx512_expn(afv_avx512_sub(x3_3, vm3)), x3_3); afv_avx512_store(s + 240, p); sum3 = afv_avx512_add(sum3, p); }
    {
        const float ps = afv_avx512_hsum(sum0);
        if (ps != ps) { /* a NaN score, or an inf one: exp(inf - inf) */
            *rw[0].m = *rw[0].l = NAN;
        } else {
            *rw[0].l = *rw[0].l * alpha[0] + ps;
            *rw[0].m = mn0;
        }
    }
    {
        const float ps = afv_avx512_hsum(sum1);
        if (ps != ps) { /* a NaN score, or an inf one: exp(inf - inf) */
            *rw[1].m = *rw[1].l = NAN;
        } else {
            *rw[1].l = *rw[1].l * alpha[1] + ps;
            *rw[1].m = mn1;
        }
    }
    {
        const float ps = afv_avx512_hsum(sum2);
        if (ps != ps) { /* a NaN score, or an inf one: exp(inf - inf) */
            *rw[2].m = *rw[2].l = NAN;
        } else {
            *rw[2].l = *rw[2].l * alpha[2] + ps;
            *rw[2].m = mn2;
        }
    }
    {
        const float ps = afv_avx512_hsum(sum3);
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
 * Rows are taken in chunks of 32 (Q widened to f32 once per tile) and the
 * keys of the tile in blocks of 64. A tile may span several KV heads (rows
 * h-major, so each KV head's rows are contiguous): each key block is then
 * processed head by head, so the task reads every head's slice of a key row
 * before moving on (whole BSHD rows in order). For each block and head, K rows
 * are gathered (contiguous, strided or paged) and packed into an L1 buffer;
 * the head's rows compute their scores against them in register blocks of
 * 4 x 4, 2 x 8, 1 x 16 (rows x keys, largest first; one accumulator per
 * row and key over the unrolled Dk, one reduction per block), then the block
 * softmax rescales each row once, then P*V runs over the same V rows in
 * blocks of 4, 3, 2, 1 rows x 64 columns.
 * Online softmax invariant, per row, after the blocks [j0, jb) were processed:
 *   m = max of the visible scores so far (-inf if none),
 *   l = sum of exp(s - m), acc = sum of exp(s - m) * v,
 * so a new block with max mb rescales l and acc by exp(m - max(m, mb)).
 */

/* Keys [jb, jb + n) (n padded to np) for rows [0, nr) of one KV head kvh:
 * rw, qb, sb and alpha point at the first of those rows. */
static inline AF_TARGET_AVX512 void afk_f32_dk32_dv32_avx512_dec_block(const af_call *c, const af_tile *t, int32_t kvh,
                                           afp_avx512_f32_row *rw, const float *qb, float *sb, float *alpha,
                                           int32_t nr, int64_t jb, int32_t n, int32_t np, int32_t hg, int32_t ng)
{
    const float *kraw[64], *vraw[64];
    const float *kp[64];
    const float *vp[64];
    float kbuf[64 * 32], *const vbuf = kbuf; /* K, then V */
    int active = 0, partial = 0;
    for (int32_t r = 0; r < nr; r++) active |= rw[r].lo < jb + n && rw[r].hi > jb;
    if (!active) return;
    if (nr > 1 && !c->kv_hot && (c->k_ss > 256 || c->k_ss < -256)) {
        afp_avx512_f32_gather(c, 0, t->b, kvh, jb, n, kraw);
        const float ksc = af_kv_scale(c, 0, kvh);
        {
        int32_t pf_h = (int32_t)((int64_t)hg * 64 % ng); /* the next row to prefetch: key pf_j, head pf_h */
        const int64_t pf_j = jb + 64 + (int64_t)hg * 64 / ng;
        const int64_t pf_ss = c->k_ss, pf_sh = c->k_sh;
        const int64_t pf_step = pf_sh - pf_ss, pf_wrap = pf_ss - (int64_t)ng * pf_sh;
        int64_t pf_off = (pf_j - jb) * pf_ss + (int64_t)(pf_h - hg) * pf_sh; /* from row k = 0 */
        for (int32_t k = 0; k < n; k++) {
            afk_f32_dk32_dv32_avx512_pack_k(kbuf + k * 32, kraw[k], ksc);
            kp[k] = kbuf + k * 32;
            { /* a prefetch never faults, so a row past the end or across a page of
               * a paged cache costs nothing */
                const char *f = (const char *)(kraw[k] + pf_off);
                __builtin_prefetch(f + 0, 0, 2); /* prefetcht1 */
                __builtin_prefetch(f + 64, 0, 2); /* prefetcht1 */
                pf_off += pf_step;
                if (++pf_h == ng) pf_h = 0, pf_off += pf_wrap;
            }
        }
        }
        for (int32_t k = n; k < np; k++) kp[k] = kp[0]; /* padding keys: scores discarded */
    } else {
        afp_avx512_f32_gather(c, 0, t->b, kvh, jb, n, kraw);
        {
        int32_t pf_h = (int32_t)((int64_t)hg * 64 % ng); /* the next row to prefetch: key pf_j, head pf_h */
        const int64_t pf_j = jb + 64 + (int64_t)hg * 64 / ng;
        const int64_t pf_ss = c->k_ss, pf_sh = c->k_sh;
        const int64_t pf_step = pf_sh - pf_ss, pf_wrap = pf_ss - (int64_t)ng * pf_sh;
        int64_t pf_off = (pf_j - jb) * pf_ss + (int64_t)(pf_h - hg) * pf_sh; /* from row k = 0 */
        for (int32_t k = 0; k < n; k++) {
            kp[k] = kraw[k];
            { /* a prefetch never faults, so a row past the end or across a page of
               * a paged cache costs nothing */
                const char *f = (const char *)(kraw[k] + pf_off);
                __builtin_prefetch(f + 0, 0, 2); /* prefetcht1 */
                __builtin_prefetch(f + 64, 0, 2); /* prefetcht1 */
                pf_off += pf_step;
                if (++pf_h == ng) pf_h = 0, pf_off += pf_wrap;
            }
        }
        }
        for (int32_t k = n; k < np; k++) kp[k] = kp[0]; /* padding keys: scores discarded */
    }
    int32_t r = 0;
    for (; r + 4 <= nr; r += 4) {
        if (!((rw[r + 0].lo < jb + n && rw[r + 0].hi > jb) || (rw[r + 1].lo < jb + n && rw[r + 1].hi > jb) || (rw[r + 2].lo < jb + n && rw[r + 2].hi > jb) || (rw[r + 3].lo < jb + n && rw[r + 3].hi > jb))) continue;
        for (int32_t k = 0; k < np; k += 4) {
            afk_f32_dk32_dv32_avx512_dec_qk4(qb + (r + 0) * 32, qb + (r + 1) * 32, qb + (r + 2) * 32, qb + (r + 3) * 32, kp + k,
                        sb + (r + 0) * 64 + k, sb + (r + 1) * 64 + k, sb + (r + 2) * 64 + k, sb + (r + 3) * 64 + k);
        }
    }
    for (; r + 2 <= nr; r += 2) {
        if (!((rw[r + 0].lo < jb + n && rw[r + 0].hi > jb) || (rw[r + 1].lo < jb + n && rw[r + 1].hi > jb))) continue;
        for (int32_t k = 0; k < np; k += 8) {
            afk_f32_dk32_dv32_avx512_dec_qk2(qb + (r + 0) * 32, qb + (r + 1) * 32, kp + k,
                        sb + (r + 0) * 64 + k, sb + (r + 1) * 64 + k);
        }
    }
    for (; r < nr; r++) {
        if (rw[r].lo >= jb + n || rw[r].hi <= jb) continue;
        for (int32_t k = 0; k < np; k += 16) {
            afk_f32_dk32_dv32_avx512_dec_qk(qb + r * 32, kp + k, sb + r * 64 + k);
        }
    }
    int32_t r0 = 0;
    if (n == 64) { /* a full block: rows that see all of it, without a mask to add, go 4 at a time */
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
            const int cap = afp_avx512_f32_softcap_fold(c);
            const afv_avx512 vscale = afv_avx512_set1(afp_avx512_f32_score_factor(c, cap)), vcap = afv_avx512_set1(c->softcap);
            for (; r0 < nr; r0 += 4) {
                int ok;
                switch (nr - r0 < 4 ? nr - r0 : 4) {
                case 4: ok = afk_f32_dk32_dv32_avx512_dec_sm4(rw + r0, sb + r0 * 64, alpha + r0, jb, cap, vscale, vcap, alibi, &partial); break;
                case 3: ok = afk_f32_dk32_dv32_avx512_dec_sm3(rw + r0, sb + r0 * 64, alpha + r0, jb, cap, vscale, vcap, alibi, &partial); break;
                case 2: ok = afk_f32_dk32_dv32_avx512_dec_sm2(rw + r0, sb + r0 * 64, alpha + r0, jb, cap, vscale, vcap, alibi, &partial); break;
                default: ok = afk_f32_dk32_dv32_avx512_dec_sm1(rw + r0, sb + r0 * 64, alpha + r0, jb, cap, vscale, vcap, alibi, &partial); break;
                }
                if (!ok) break; /* a row with no finite score: the rows from r0 on take afp_avx512_f32_softmax_row */
            }
        }
    }
    for (int32_t r = r0; r < nr; r++)
        alpha[r] = afp_avx512_f32_softmax_row(c, &rw[r], sb + r * 64, jb, n, np, &partial);
    if (nr > 1 && !c->kv_hot && (c->v_ss > 256 || c->v_ss < -256)) {
        afp_avx512_f32_gather(c, 1, t->b, kvh, jb, n, vraw);
        const float vsc = af_kv_scale(c, 1, kvh);
        {
        int32_t pf_h = (int32_t)((int64_t)hg * 64 % ng); /* the next row to prefetch: key pf_j, head pf_h */
        const int64_t pf_j = jb + 64 + (int64_t)hg * 64 / ng;
        const int64_t pf_ss = c->v_ss, pf_sh = c->v_sh;
        const int64_t pf_step = pf_sh - pf_ss, pf_wrap = pf_ss - (int64_t)ng * pf_sh;
        int64_t pf_off = (pf_j - jb) * pf_ss + (int64_t)(pf_h - hg) * pf_sh; /* from row k = 0 */
        for (int32_t k = 0; k < n; k++) {
            afk_f32_dk32_dv32_avx512_pack_v(vbuf + k * 32, vraw[k], vsc);
            vp[k] = vbuf + k * 32;
            { /* a prefetch never faults, so a row past the end or across a page of
               * a paged cache costs nothing */
                const char *f = (const char *)(vraw[k] + pf_off);
                __builtin_prefetch(f + 0, 0, 2); /* prefetcht1 */
                __builtin_prefetch(f + 64, 0, 2); /* prefetcht1 */
                pf_off += pf_step;
                if (++pf_h == ng) pf_h = 0, pf_off += pf_wrap;
            }
        }
        }
    } else {
        afp_avx512_f32_gather(c, 1, t->b, kvh, jb, n, vraw);
        {
        int32_t pf_h = (int32_t)((int64_t)hg * 64 % ng); /* the next row to prefetch: key pf_j, head pf_h */
        const int64_t pf_j = jb + 64 + (int64_t)hg * 64 / ng;
        const int64_t pf_ss = c->v_ss, pf_sh = c->v_sh;
        const int64_t pf_step = pf_sh - pf_ss, pf_wrap = pf_ss - (int64_t)ng * pf_sh;
        int64_t pf_off = (pf_j - jb) * pf_ss + (int64_t)(pf_h - hg) * pf_sh; /* from row k = 0 */
        for (int32_t k = 0; k < n; k++) {
            vp[k] = vraw[k];
            { /* a prefetch never faults, so a row past the end or across a page of
               * a paged cache costs nothing */
                const char *f = (const char *)(vraw[k] + pf_off);
                __builtin_prefetch(f + 0, 0, 2); /* prefetcht1 */
                __builtin_prefetch(f + 64, 0, 2); /* prefetcht1 */
                pf_off += pf_step;
                if (++pf_h == ng) pf_h = 0, pf_off += pf_wrap;
            }
        }
        }
    }
    if (partial && !afk_f32_dk32_dv32_avx512_v_finite(vp, n)) {
        for (int32_t r = 0; r < nr; r++) {
            float *a[1] = { rw[r].acc };
            const float *pr[1] = { sb + r * 64 };
            afk_f32_dk32_dv32_avx512_dec_pv1g(a, pr, alpha + r, vp, n);
        }
    } else {
        int32_t g = 0;
        for (; g + 4 <= nr; g += 4) {
            float *a[4] = { rw[g + 0].acc, rw[g + 1].acc, rw[g + 2].acc, rw[g + 3].acc };
            const float *pr[4] = { sb + (g + 0) * 64, sb + (g + 1) * 64, sb + (g + 2) * 64, sb + (g + 3) * 64 };
            afk_f32_dk32_dv32_avx512_dec_pv4(a, pr, alpha + g, vp, n);
        }
        for (; g + 3 <= nr; g += 3) {
            float *a[3] = { rw[g + 0].acc, rw[g + 1].acc, rw[g + 2].acc };
            const float *pr[3] = { sb + (g + 0) * 64, sb + (g + 1) * 64, sb + (g + 2) * 64 };
            afk_f32_dk32_dv32_avx512_dec_pv3(a, pr, alpha + g, vp, n);
        }
        for (; g + 2 <= nr; g += 2) {
            float *a[2] = { rw[g + 0].acc, rw[g + 1].acc };
            const float *pr[2] = { sb + (g + 0) * 64, sb + (g + 1) * 64 };
            afk_f32_dk32_dv32_avx512_dec_pv2(a, pr, alpha + g, vp, n);
        }
        for (; g < nr; g++) {
            float *a[1] = { rw[g].acc };
            const float *pr[1] = { sb + g * 64 };
            afk_f32_dk32_dv32_avx512_dec_pv1(a, pr, alpha + g, vp, n);
        }
    }
}
/* Keys [jb, jb + n) (n padded to np) for rows [0, nr) of one KV head kvh, its prefetches spread by the cursor:
 * rw, qb, sb and alpha point at the first of those rows. */
static AF_NOINLINE AF_TARGET_AVX512 void afk_f32_dk32_dv32_avx512_dec_block_pf(const af_call *c, const af_tile *t, int32_t kvh,
                                           afp_avx512_f32_row *rw, const float *qb, float *sb, float *alpha,
                                           int32_t nr, int64_t jb, int32_t n, int32_t np, int32_t hg, int32_t ng)
{
    const float *kraw[64], *vraw[64];
    const float *kp[64];
    const float *vp[64];
    float kbuf[64 * 32], *const vbuf = kbuf; /* K, then V */
    int active = 0, partial = 0;
    for (int32_t r = 0; r < nr; r++) active |= rw[r].lo < jb + n && rw[r].hi > jb;
    if (!active) return;
    if (n < 1) return; /* never: n >= 1, said for the compiler, which does not see the caller here */
    afp_avx512_f32_gather(c, 0, t->b, kvh, jb, n, kraw);
    afp_avx512_f32_gather(c, 1, t->b, kvh, jb, n, vraw);
    afk_f32_dk32_dv32_avx512_pf pfc;
    pfc.cur = pfc.tot = 0;
    {
        int32_t pf_h = (int32_t)((int64_t)hg * 64 % ng); /* the next row to prefetch: key pf_j, head pf_h */
        const int64_t pf_j = jb + 64 + (int64_t)hg * 64 / ng;
        const int64_t pf_ss = c->k_ss, pf_sh = c->k_sh;
        const int64_t pf_step = pf_sh - pf_ss, pf_wrap = pf_ss - (int64_t)ng * pf_sh;
        int64_t pf_off = (pf_j - jb) * pf_ss + (int64_t)(pf_h - hg) * pf_sh; /* from row k = 0 */
        for (int32_t k = 0; k < n; k++) { /* a prefetch never faults: a row past the end or across a page of a paged cache costs nothing */
            const char *f = (const char *)(kraw[k] + pf_off);
            pfc.line[pfc.tot++] = f + 0;
            pfc.line[pfc.tot++] = f + 64;
            pf_off += pf_step;
            if (++pf_h == ng) pf_h = 0, pf_off += pf_wrap;
        }
    }
    {
        int32_t pf_h = (int32_t)((int64_t)hg * 64 % ng); /* the next row to prefetch: key pf_j, head pf_h */
        const int64_t pf_j = jb + 64 + (int64_t)hg * 64 / ng;
        const int64_t pf_ss = c->v_ss, pf_sh = c->v_sh;
        const int64_t pf_step = pf_sh - pf_ss, pf_wrap = pf_ss - (int64_t)ng * pf_sh;
        int64_t pf_off = (pf_j - jb) * pf_ss + (int64_t)(pf_h - hg) * pf_sh; /* from row k = 0 */
        for (int32_t k = 0; k < n; k++) { /* a prefetch never faults: a row past the end or across a page of a paged cache costs nothing */
            const char *f = (const char *)(vraw[k] + pf_off);
            pfc.line[pfc.tot++] = f + 0;
            pfc.line[pfc.tot++] = f + 64;
            pf_off += pf_step;
            if (++pf_h == ng) pf_h = 0, pf_off += pf_wrap;
        }
    }
    afk_f32_dk32_dv32_avx512_pf_rate(&pfc, nr, n, np);
    if (nr > 1 && !c->kv_hot && (c->k_ss > 256 || c->k_ss < -256)) {
        const float ksc = af_kv_scale(c, 0, kvh);
        for (int32_t k = 0; k < n; k++) {
            afk_f32_dk32_dv32_avx512_pack_k(kbuf + k * 32, kraw[k], ksc);
            kp[k] = kbuf + k * 32;
            afk_f32_dk32_dv32_avx512_pf_issue(&pfc, 1);
        }
        for (int32_t k = n; k < np; k++) kp[k] = kp[0]; /* padding keys: scores discarded */
    } else {
        for (int32_t k = 0; k < n; k++) {
            kp[k] = kraw[k];
            afk_f32_dk32_dv32_avx512_pf_issue(&pfc, 1);
        }
        for (int32_t k = n; k < np; k++) kp[k] = kp[0]; /* padding keys: scores discarded */
    }
    int32_t r = 0;
    for (; r + 4 <= nr; r += 4) {
        if (!((rw[r + 0].lo < jb + n && rw[r + 0].hi > jb) || (rw[r + 1].lo < jb + n && rw[r + 1].hi > jb) || (rw[r + 2].lo < jb + n && rw[r + 2].hi > jb) || (rw[r + 3].lo < jb + n && rw[r + 3].hi > jb))) continue;
        for (int32_t k = 0; k < np; k += 4) {
            afk_f32_dk32_dv32_avx512_pf_issue(&pfc, 4);
            afk_f32_dk32_dv32_avx512_dec_qk4(qb + (r + 0) * 32, qb + (r + 1) * 32, qb + (r + 2) * 32, qb + (r + 3) * 32, kp + k,
                        sb + (r + 0) * 64 + k, sb + (r + 1) * 64 + k, sb + (r + 2) * 64 + k, sb + (r + 3) * 64 + k);
        }
    }
    for (; r + 2 <= nr; r += 2) {
        if (!((rw[r + 0].lo < jb + n && rw[r + 0].hi > jb) || (rw[r + 1].lo < jb + n && rw[r + 1].hi > jb))) continue;
        for (int32_t k = 0; k < np; k += 8) {
            afk_f32_dk32_dv32_avx512_pf_issue(&pfc, 4);
            afk_f32_dk32_dv32_avx512_dec_qk2(qb + (r + 0) * 32, qb + (r + 1) * 32, kp + k,
                        sb + (r + 0) * 64 + k, sb + (r + 1) * 64 + k);
        }
    }
    for (; r < nr; r++) {
        if (rw[r].lo >= jb + n || rw[r].hi <= jb) continue;
        for (int32_t k = 0; k < np; k += 16) {
            afk_f32_dk32_dv32_avx512_pf_issue(&pfc, 4);
            afk_f32_dk32_dv32_avx512_dec_qk(qb + r * 32, kp + k, sb + r * 64 + k);
        }
    }
    int32_t r0 = 0;
    if (n == 64) { /* a full block: rows that see all of it, without a mask to add, go 4 at a time */
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
            const int cap = afp_avx512_f32_softcap_fold(c);
            const afv_avx512 vscale = afv_avx512_set1(afp_avx512_f32_score_factor(c, cap)), vcap = afv_avx512_set1(c->softcap);
            for (; r0 < nr; r0 += 4) {
                int ok;
                switch (nr - r0 < 4 ? nr - r0 : 4) {
                case 4: ok = afk_f32_dk32_dv32_avx512_dec_sm4(rw + r0, sb + r0 * 64, alpha + r0, jb, cap, vscale, vcap, alibi, &partial); break;
                case 3: ok = afk_f32_dk32_dv32_avx512_dec_sm3(rw + r0, sb + r0 * 64, alpha + r0, jb, cap, vscale, vcap, alibi, &partial); break;
                case 2: ok = afk_f32_dk32_dv32_avx512_dec_sm2(rw + r0, sb + r0 * 64, alpha + r0, jb, cap, vscale, vcap, alibi, &partial); break;
                default: ok = afk_f32_dk32_dv32_avx512_dec_sm1(rw + r0, sb + r0 * 64, alpha + r0, jb, cap, vscale, vcap, alibi, &partial); break;
                }
                if (!ok) break; /* a row with no finite score: the rows from r0 on take afp_avx512_f32_softmax_row */
            }
        }
    }
    for (int32_t r = r0; r < nr; r++)
        alpha[r] = afp_avx512_f32_softmax_row(c, &rw[r], sb + r * 64, jb, n, np, &partial);
    if (nr > 1 && !c->kv_hot && (c->v_ss > 256 || c->v_ss < -256)) {
        const float vsc = af_kv_scale(c, 1, kvh);
        for (int32_t k = 0; k < n; k++) {
            afk_f32_dk32_dv32_avx512_pack_v(vbuf + k * 32, vraw[k], vsc);
            vp[k] = vbuf + k * 32;
            afk_f32_dk32_dv32_avx512_pf_issue(&pfc, 1);
        }
    } else {
        for (int32_t k = 0; k < n; k++) {
            vp[k] = vraw[k];
            afk_f32_dk32_dv32_avx512_pf_issue(&pfc, 1);
        }
    }
    if (partial && !afk_f32_dk32_dv32_avx512_v_finite(vp, n)) {
        for (int32_t r = 0; r < nr; r++) {
            float *a[1] = { rw[r].acc };
            const float *pr[1] = { sb + r * 64 };
            afk_f32_dk32_dv32_avx512_dec_pv1g_pf(a, pr, alpha + r, vp, n, &pfc);
        }
    } else {
        int32_t g = 0;
        for (; g + 4 <= nr; g += 4) {
            float *a[4] = { rw[g + 0].acc, rw[g + 1].acc, rw[g + 2].acc, rw[g + 3].acc };
            const float *pr[4] = { sb + (g + 0) * 64, sb + (g + 1) * 64, sb + (g + 2) * 64, sb + (g + 3) * 64 };
            afk_f32_dk32_dv32_avx512_dec_pv4_pf(a, pr, alpha + g, vp, n, &pfc);
        }
        for (; g + 3 <= nr; g += 3) {
            float *a[3] = { rw[g + 0].acc, rw[g + 1].acc, rw[g + 2].acc };
            const float *pr[3] = { sb + (g + 0) * 64, sb + (g + 1) * 64, sb + (g + 2) * 64 };
            afk_f32_dk32_dv32_avx512_dec_pv3_pf(a, pr, alpha + g, vp, n, &pfc);
        }
        for (; g + 2 <= nr; g += 2) {
            float *a[2] = { rw[g + 0].acc, rw[g + 1].acc };
            const float *pr[2] = { sb + (g + 0) * 64, sb + (g + 1) * 64 };
            afk_f32_dk32_dv32_avx512_dec_pv2_pf(a, pr, alpha + g, vp, n, &pfc);
        }
        for (; g < nr; g++) {
            float *a[1] = { rw[g].acc };
            const float *pr[1] = { sb + g * 64 };
            afk_f32_dk32_dv32_avx512_dec_pv1_pf(a, pr, alpha + g, vp, n, &pfc);
        }
    }
}

AF_TARGET_AVX512 void attnforge_f32_dk32_dv32_decode__avx512(const af_call *c, const af_tile *t)
{
    const int32_t nrows = t->nh * t->ni;
    const int32_t rpk = t->nkv > 1 ? t->nh / t->nkv * t->ni : nrows; /* rows per KV head */
    /* prefetches spread over the arithmetic: see "The prefetch cursor" above */
    const int spread = !c->kv_hot && rpk > 1 &&
                       (int64_t)c->B * c->Hkv * (c->key_hi - c->key_lo) * 256 >= 8388608;
    afk_f32_dk32_dv32_avx512_init(c, t);
    for (int32_t r0 = 0; r0 < nrows; r0 += 32) {
        const int32_t nr = nrows - r0 < 32 ? nrows - r0 : 32;
        afp_avx512_f32_row rw[32];
        float qb[32 * 32];
        float sb[32 * 64], alpha[32];
        int64_t klo, khi;
        if (!afk_f32_dk32_dv32_avx512_rows(c, t, r0, nr, rw, qb, &klo, &khi)) continue;
        const int32_t g0 = r0 / rpk, ng = (r0 + nr - 1) / rpk - g0 + 1; /* the chunk's KV heads */
        for (int64_t jb = klo; jb < khi; jb += 64) {
            const int32_t n = (int32_t)(khi - jb < 64 ? khi - jb : 64);
            const int32_t np = (n + 15) & ~15;
            for (int32_t ga = 0; ga < nr;) { /* the chunk's rows, one KV head at a time */
                const int32_t g = (r0 + ga) / rpk;
                const int32_t gb = (g + 1) * rpk - r0 < nr ? (g + 1) * rpk - r0 : nr;
                if (spread)
                    afk_f32_dk32_dv32_avx512_dec_block_pf(c, t, t->kvh + g, rw + ga, qb + (int64_t)ga * 32, sb + (int64_t)ga * 64,
                                  alpha + ga, gb - ga, jb, n, np, g - g0, ng);
                else
                    afk_f32_dk32_dv32_avx512_dec_block(c, t, t->kvh + g, rw + ga, qb + (int64_t)ga * 32, sb + (int64_t)ga * 64,
                                  alpha + ga, gb - ga, jb, n, np, g - g0, ng);
                ga = gb;
            }
        }
    }
}

/* QK^T outer-product block: 32 rows x 8 keys over Dk = 32, Q and S transposed. */
static inline AF_TARGET_AVX512 void afk_f32_dk32_dv32_avx512_pre_qkt(const float *qt, const float *const *kp, float *st)
{
    afv_avx512 a0_0 = afv_avx512_zero(), a0_1 = afv_avx512_zero();
    afv_avx512 a1_0 = afv_avx512_zero(), a1_1 = afv_avx512_zero();
    afv_avx512 a2_0 = afv_avx512_zero(), a2_1 = afv_avx512_zero();
    afv_avx512 a3_0 = afv_avx512_zero(), a3_1 = afv_avx512_zero();
    afv_avx512 a4_0 = afv_avx512_zero(), a4_1 = afv_avx512_zero();
    afv_avx512 a5_0 = afv_avx512_zero(), a5_1 = afv_avx512_zero();
    afv_avx512 a6_0 = afv_avx512_zero(), a6_1 = afv_avx512_zero();
    afv_avx512 a7_0 = afv_avx512_zero(), a7_1 = afv_avx512_zero();
    const float *k0 = kp[0], *k1 = kp[1], *k2 = kp[2], *k3 = kp[3], *k4 = kp[4], *k5 = kp[5], *k6 = kp[6], *k7 = kp[7];
    for (int32_t d = 0; d < 32; d += 4) {
        {
            const afv_avx512 x0 = afv_avx512_load(qt + (d + 0) * 64 + 0), x1 = afv_avx512_load(qt + (d + 0) * 64 + 16);
            { const afv_avx512 b = afv_avx512_set1(k0[d + 0]); a0_0 = afv_avx512_fma(x0, b, a0_0); a0_1 = afv_avx512_fma(x1, b, a0_1); }
            { const afv_avx512 b = afv_avx512_set1(k1[d + 0]); a1_0 = afv_avx512_fma(x0, b, a1_0); a1_1 = afv_avx512_fma(x1, b, a1_1); }
            { const afv_avx512 b = afv_avx512_set1(k2[d + 0]); a2_0 = afv_avx512_fma(x0, b, a2_0); a2_1 = afv_avx512_fma(x1, b, a2_1); }
            { const afv_avx512 b = afv_avx512_set1(k3[d + 0]); a3_0 = afv_avx512_fma(x0, b, a3_0); a3_1 = afv_avx512_fma(x1, b, a3_1); }
            { const afv_avx512 b = afv_avx512_set1(k4[d + 0]); a4_0 = afv_avx512_fma(x0, b, a4_0); a4_1 = afv_avx512_fma(x1, b, a4_1); }
            { const afv_avx512 b = afv_avx512_set1(k5[d + 0]); a5_0 = afv_avx512_fma(x0, b, a5_0); a5_1 = afv_avx512_fma(x1, b, a5_1); }
            { const afv_avx512 b = afv_avx512_set1(k6[d + 0]); a6_0 = afv_avx512_fma(x0, b, a6_0); a6_1 = afv_avx512_fma(x1, b, a6_1); }
            { const afv_avx512 b = afv_avx512_set1(k7[d + 0]); a7_0 = afv_avx512_fma(x0, b, a7_0); a7_1 = afv_avx512_fma(x1, b, a7_1); }
        }
        {
            const afv_avx512 x0 = afv_avx512_load(qt + (d + 1) * 64 + 0), x1 = afv_avx512_load(qt + (d + 1) * 64 + 16);
            { const afv_avx512 b = afv_avx512_set1(k0[d + 1]); a0_0 = afv_avx512_fma(x0, b, a0_0); a0_1 = afv_avx512_fma(x1, b, a0_1); }
            { const afv_avx512 b = afv_avx512_set1(k1[d + 1]); a1_0 = afv_avx512_fma(x0, b, a1_0); a1_1 = afv_avx512_fma(x1, b, a1_1); }
            { const afv_avx512 b = afv_avx512_set1(k2[d + 1]); a2_0 = afv_avx512_fma(x0, b, a2_0); a2_1 = afv_avx512_fma(x1, b, a2_1); }
            { const afv_avx512 b = afv_avx512_set1(k3[d + 1]); a3_0 = afv_avx512_fma(x0, b, a3_0); a3_1 = afv_avx512_fma(x1, b, a3_1); }
            { const afv_avx512 b = afv_avx512_set1(k4[d + 1]); a4_0 = afv_avx512_fma(x0, b, a4_0); a4_1 = afv_avx512_fma(x1, b, a4_1); }
            { const afv_avx512 b = afv_avx512_set1(k5[d + 1]); a5_0 = afv_avx512_fma(x0, b, a5_0); a5_1 = afv_avx512_fma(x1, b, a5_1); }
            { const afv_avx512 b = afv_avx512_set1(k6[d + 1]); a6_0 = afv_avx512_fma(x0, b, a6_0); a6_1 = afv_avx512_fma(x1, b, a6_1); }
            { const afv_avx512 b = afv_avx512_set1(k7[d + 1]); a7_0 = afv_avx512_fma(x0, b, a7_0); a7_1 = afv_avx512_fma(x1, b, a7_1); }
        }
        {
            const afv_avx512 x0 = afv_avx512_load(qt + (d + 2) * 64 + 0), x1 = afv_avx512_load(qt + (d + 2) * 64 + 16);
            { const afv_avx512 b = afv_avx512_set1(k0[d + 2]); a0_0 = afv_avx512_fma(x0, b, a0_0); a0_1 = afv_avx512_fma(x1, b, a0_1); }
            { const afv_avx512 b = afv_avx512_set1(k1[d + 2]); a1_0 = afv_avx512_fma(x0, b, a1_0); a1_1 = afv_avx512_fma(x1, b, a1_1); }
            { const afv_avx512 b = afv_avx512_set1(k2[d + 2]); a2_0 = afv_avx512_fma(x0, b, a2_0); a2_1 = afv_avx512_fma(x1, b, a2_1); }
            { const afv_avx512 b = afv_avx512_set1(k3[d + 2]); a3_0 = afv_avx512_fma(x0, b, a3_0); a3_1 = afv_avx512_fma(x1, b, a3_1); }
            { const afv_avx512 b = afv_avx512_set1(k4[d + 2]); a4_0 = afv_avx512_fma(x0, b, a4_0); a4_1 = afv_avx512_fma(x1, b, a4_1); }
            { const afv_avx512 b = afv_avx512_set1(k5[d + 2]); a5_0 = afv_avx512_fma(x0, b, a5_0); a5_1 = afv_avx512_fma(x1, b, a5_1); }
            { const afv_avx512 b = afv_avx512_set1(k6[d + 2]); a6_0 = afv_avx512_fma(x0, b, a6_0); a6_1 = afv_avx512_fma(x1, b, a6_1); }
            { const afv_avx512 b = afv_avx512_set1(k7[d + 2]); a7_0 = afv_avx512_fma(x0, b, a7_0); a7_1 = afv_avx512_fma(x1, b, a7_1); }
        }
        {
            const afv_avx512 x0 = afv_avx512_load(qt + (d + 3) * 64 + 0), x1 = afv_avx512_load(qt + (d + 3) * 64 + 16);
            { const afv_avx512 b = afv_avx512_set1(k0[d + 3]); a0_0 = afv_avx512_fma(x0, b, a0_0); a0_1 = afv_avx512_fma(x1, b, a0_1); }
            { const afv_avx512 b = afv_avx512_set1(k1[d + 3]); a1_0 = afv_avx512_fma(x0, b, a1_0); a1_1 = afv_avx512_fma(x1, b, a1_1); }
            { const afv_avx512 b = afv_avx512_set1(k2[d + 3]); a2_0 = afv_avx512_fma(x0, b, a2_0); a2_1 = afv_avx512_fma(x1, b, a2_1); }
            { const afv_avx512 b = afv_avx512_set1(k3[d + 3]); a3_0 = afv_avx512_fma(x0, b, a3_0); a3_1 = afv_avx512_fma(x1, b, a3_1); }
            { const afv_avx512 b = afv_avx512_set1(k4[d + 3]); a4_0 = afv_avx512_fma(x0, b, a4_0); a4_1 = afv_avx512_fma(x1, b, a4_1); }
            { const afv_avx512 b = afv_avx512_set1(k5[d + 3]); a5_0 = afv_avx512_fma(x0, b, a5_0); a5_1 = afv_avx512_fma(x1, b, a5_1); }
            { const afv_avx512 b = afv_avx512_set1(k6[d + 3]); a6_0 = afv_avx512_fma(x0, b, a6_0); a6_1 = afv_avx512_fma(x1, b, a6_1); }
            { const afv_avx512 b = afv_avx512_set1(k7[d + 3]); a7_0 = afv_avx512_fma(x0, b, a7_0); a7_1 = afv_avx512_fma(x1, b, a7_1); }
        }
    }
    afv_avx512_store(st + 0, a0_0); afv_avx512_store(st + 16, a0_1);
    afv_avx512_store(st + 64, a1_0); afv_avx512_store(st + 80, a1_1);
    afv_avx512_store(st + 128, a2_0); afv_avx512_store(st + 144, a2_1);
    afv_avx512_store(st + 192, a3_0); afv_avx512_store(st + 208, a3_1);
    afv_avx512_store(st + 256, a4_0); afv_avx512_store(st + 272, a4_1);
    afv_avx512_store(st + 320, a5_0); afv_avx512_store(st + 336, a5_1);
    afv_avx512_store(st + 384, a6_0); afv_avx512_store(st + 400, a6_1);
    afv_avx512_store(st + 448, a7_0); afv_avx512_store(st + 464, a7_1);
}

/* QK^T outer-product block: 16 rows x 8 keys over Dk = 32, Q and S transposed. */
static inline AF_TARGET_AVX512 void afk_f32_dk32_dv32_avx512_pre_qkt1(const float *qt, const float *const *kp, float *st)
{
    afv_avx512 a0_0 = afv_avx512_zero();
    afv_avx512 a1_0 = afv_avx512_zero();
    afv_avx512 a2_0 = afv_avx512_zero();
    afv_avx512 a3_0 = afv_avx512_zero();
    afv_avx512 a4_0 = afv_avx512_zero();
    afv_avx512 a5_0 = afv_avx512_zero();
    afv_avx512 a6_0 = afv_avx512_zero();
    afv_avx512 a7_0 = afv_avx512_zero();
    const float *k0 = kp[0], *k1 = kp[1], *k2 = kp[2], *k3 = kp[3], *k4 = kp[4], *k5 = kp[5], *k6 = kp[6], *k7 = kp[7];
    for (int32_t d = 0; d < 32; d += 4) {
        {
            const afv_avx512 x0 = afv_avx512_load(qt + (d + 0) * 64 + 0);
            { const afv_avx512 b = afv_avx512_set1(k0[d + 0]); a0_0 = afv_avx512_fma(x0, b, a0_0); }
            { const afv_avx512 b = afv_avx512_set1(k1[d + 0]); a1_0 = afv_avx512_fma(x0, b, a1_0); }
            { const afv_avx512 b = afv_avx512_set1(k2[d + 0]); a2_0 = afv_avx512_fma(x0, b, a2_0); }
            { const afv_avx512 b = afv_avx512_set1(k3[d + 0]); a3_0 = afv_avx512_fma(x0, b, a3_0); }
            { const afv_avx512 b = afv_avx512_set1(k4[d + 0]); a4_0 = afv_avx512_fma(x0, b, a4_0); }
            { const afv_avx512 b = afv_avx512_set1(k5[d + 0]); a5_0 = afv_avx512_fma(x0, b, a5_0); }
            { const afv_avx512 b = afv_avx512_set1(k6[d + 0]); a6_0 = afv_avx512_fma(x0, b, a6_0); }
            { const afv_avx512 b = afv_avx512_set1(k7[d + 0]); a7_0 = afv_avx512_fma(x0, b, a7_0); }
        }
        {
            const afv_avx512 x0 = afv_avx512_load(qt + (d + 1) * 64 + 0);
            { const afv_avx512 b = afv_avx512_set1(k0[d + 1]); a0_0 = afv_avx512_fma(x0, b, a0_0); }
            { const afv_avx512 b = afv_avx512_set1(k1[d + 1]); a1_0 = afv_avx512_fma(x0, b, a1_0); }
            { const afv_avx512 b = afv_avx512_set1(k2[d + 1]); a2_0 = afv_avx512_fma(x0, b, a2_0); }
            { const afv_avx512 b = afv_avx512_set1(k3[d + 1]); a3_0 = afv_avx512_fma(x0, b, a3_0); }
            { const afv_avx512 b = afv_avx512_set1(k4[d + 1]); a4_0 = afv_avx512_fma(x0, b, a4_0); }
            { const afv_avx512 b = afv_avx512_set1(k5[d + 1]); a5_0 = afv_avx512_fma(x0, b, a5_0); }
            { const afv_avx512 b = afv_avx512_set1(k6[d + 1]); a6_0 = afv_avx512_fma(x0, b, a6_0); }
            { const afv_avx512 b = afv_avx512_set1(k7[d + 1]); a7_0 = afv_avx512_fma(x0, b, a7_0); }
        }
        {
            const afv_avx512 x0 = afv_avx512_load(qt + (d + 2) * 64 + 0);
            { const afv_avx512 b = afv_avx512_set1(k0[d + 2]); a0_0 = afv_avx512_fma(x0, b, a0_0); }
            { const afv_avx512 b = afv_avx512_set1(k1[d + 2]); a1_0 = afv_avx512_fma(x0, b, a1_0); }
            { const afv_avx512 b = afv_avx512_set1(k2[d + 2]); a2_0 = afv_avx512_fma(x0, b, a2_0); }
            { const afv_avx512 b = afv_avx512_set1(k3[d + 2]); a3_0 = afv_avx512_fma(x0, b, a3_0); }
            { const afv_avx512 b = afv_avx512_set1(k4[d + 2]); a4_0 = afv_avx512_fma(x0, b, a4_0); }
            { const afv_avx512 b = afv_avx512_set1(k5[d + 2]); a5_0 = afv_avx512_fma(x0, b, a5_0); }
            { const afv_avx512 b = afv_avx512_set1(k6[d + 2]); a6_0 = afv_avx512_fma(x0, b, a6_0); }
            { const afv_avx512 b = afv_avx512_set1(k7[d + 2]); a7_0 = afv_avx512_fma(x0, b, a7_0); }
        }
        {
            const afv_avx512 x0 = afv_avx512_load(qt + (d + 3) * 64 + 0);
            { const afv_avx512 b = afv_avx512_set1(k0[d + 3]); a0_0 = afv_avx512_fma(x0, b, a0_0); }
            { const afv_avx512 b = afv_avx512_set1(k1[d + 3]); a1_0 = afv_avx512_fma(x0, b, a1_0); }
            { const afv_avx512 b = afv_avx512_set1(k2[d + 3]); a2_0 = afv_avx512_fma(x0, b, a2_0); }
            { const afv_avx512 b = afv_avx512_set1(k3[d + 3]); a3_0 = afv_avx512_fma(x0, b, a3_0); }
            { const afv_avx512 b = afv_avx512_set1(k4[d + 3]); a4_0 = afv_avx512_fma(x0, b, a4_0); }
            { const afv_avx512 b = afv_avx512_set1(k5[d + 3]); a5_0 = afv_avx512_fma(x0, b, a5_0); }
            { const afv_avx512 b = afv_avx512_set1(k6[d + 3]); a6_0 = afv_avx512_fma(x0, b, a6_0); }
            { const afv_avx512 b = afv_avx512_set1(k7[d + 3]); a7_0 = afv_avx512_fma(x0, b, a7_0); }
        }
    }
    afv_avx512_store(st + 0, a0_0);
    afv_avx512_store(st + 64, a1_0);
    afv_avx512_store(st + 128, a2_0);
    afv_avx512_store(st + 192, a3_0);
    afv_avx512_store(st + 256, a4_0);
    afv_avx512_store(st + 320, a5_0);
    afv_avx512_store(st + 384, a6_0);
    afv_avx512_store(st + 448, a7_0);
}

/* P*V register block, weights transposed: 6 row(s) x 64 columns of Dv = 32 per pass. */
static inline AF_TARGET_AVX512 void afk_f32_dk32_dv32_avx512_pre_pvt(float *const *acc, const float *pt, const float *alpha,
        const float *const *vp, int32_t n)
{
    float *const acc0 = acc[0];
    const afv_avx512 al0 = afv_avx512_set1(alpha[0]);
    float *const acc1 = acc[1];
    const afv_avx512 al1 = afv_avx512_set1(alpha[1]);
    float *const acc2 = acc[2];
    const afv_avx512 al2 = afv_avx512_set1(alpha[2]);
    float *const acc3 = acc[3];
    const afv_avx512 al3 = afv_avx512_set1(alpha[3]);
    float *const acc4 = acc[4];
    const afv_avx512 al4 = afv_avx512_set1(alpha[4]);
    float *const acc5 = acc[5];
    const afv_avx512 al5 = afv_avx512_set1(alpha[5]);
    { /* Dv columns 0 .. 31 */
        afv_avx512 c0_0 = afv_avx512_mul(afv_avx512_load(acc0 + 0), al0), c0_1 = afv_avx512_mul(afv_avx512_load(acc0 + 16), al0);
        afv_avx512 c1_0 = afv_avx512_mul(afv_avx512_load(acc1 + 0), al1), c1_1 = afv_avx512_mul(afv_avx512_load(acc1 + 16), al1);
        afv_avx512 c2_0 = afv_avx512_mul(afv_avx512_load(acc2 + 0), al2), c2_1 = afv_avx512_mul(afv_avx512_load(acc2 + 16), al2);
        afv_avx512 c3_0 = afv_avx512_mul(afv_avx512_load(acc3 + 0), al3), c3_1 = afv_avx512_mul(afv_avx512_load(acc3 + 16), al3);
        afv_avx512 c4_0 = afv_avx512_mul(afv_avx512_load(acc4 + 0), al4), c4_1 = afv_avx512_mul(afv_avx512_load(acc4 + 16), al4);
        afv_avx512 c5_0 = afv_avx512_mul(afv_avx512_load(acc5 + 0), al5), c5_1 = afv_avx512_mul(afv_avx512_load(acc5 + 16), al5);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 64;
            const float *v = vp[k] + 0;
            const afv_avx512 y0 = afv_avx512_load(v + 0), y1 = afv_avx512_load(v + 16);
            { const afv_avx512 b = afv_avx512_set1(pk[0]); c0_0 = afv_avx512_fma(b, y0, c0_0); c0_1 = afv_avx512_fma(b, y1, c0_1); }
            { const afv_avx512 b = afv_avx512_set1(pk[1]); c1_0 = afv_avx512_fma(b, y0, c1_0); c1_1 = afv_avx512_fma(b, y1, c1_1); }
            { const afv_avx512 b = afv_avx512_set1(pk[2]); c2_0 = afv_avx512_fma(b, y0, c2_0); c2_1 = afv_avx512_fma(b, y1, c2_1); }
            { const afv_avx512 b = afv_avx512_set1(pk[3]); c3_0 = afv_avx512_fma(b, y0, c3_0); c3_1 = afv_avx512_fma(b, y1, c3_1); }
            { const afv_avx512 b = afv_avx512_set1(pk[4]); c4_0 = afv_avx512_fma(b, y0, c4_0); c4_1 = afv_avx512_fma(b, y1, c4_1); }
            { const afv_avx512 b = afv_avx512_set1(pk[5]); c5_0 = afv_avx512_fma(b, y0, c5_0); c5_1 = afv_avx512_fma(b, y1, c5_1); }
        }
        afv_avx512_store(acc0 + 0, c0_0); afv_avx512_store(acc0 + 16, c0_1);
        afv_avx512_store(acc1 + 0, c1_0); afv_avx512_store(acc1 + 16, c1_1);
        afv_avx512_store(acc2 + 0, c2_0); afv_avx512_store(acc2 + 16, c2_1);
        afv_avx512_store(acc3 + 0, c3_0); afv_avx512_store(acc3 + 16, c3_1);
        afv_avx512_store(acc4 + 0, c4_0); afv_avx512_store(acc4 + 16, c4_1);
        afv_avx512_store(acc5 + 0, c5_0); afv_avx512_store(acc5 + 16, c5_1);
    }
}

/* P*V register block, weights transposed: 4 row(s) x 64 columns of Dv = 32 per pass. */
static inline AF_TARGET_AVX512 void afk_f32_dk32_dv32_avx512_pre_pvt4(float *const *acc, const float *pt, const float *alpha,
        const float *const *vp, int32_t n)
{
    float *const acc0 = acc[0];
    const afv_avx512 al0 = afv_avx512_set1(alpha[0]);
    float *const acc1 = acc[1];
    const afv_avx512 al1 = afv_avx512_set1(alpha[1]);
    float *const acc2 = acc[2];
    const afv_avx512 al2 = afv_avx512_set1(alpha[2]);
    float *const acc3 = acc[3];
    const afv_avx512 al3 = afv_avx512_set1(alpha[3]);
    { /* Dv columns 0 .. 31 */
        afv_avx512 c0_0 = afv_avx512_mul(afv_avx512_load(acc0 + 0), al0), c0_1 = afv_avx512_mul(afv_avx512_load(acc0 + 16), al0);
        afv_avx512 c1_0 = afv_avx512_mul(afv_avx512_load(acc1 + 0), al1), c1_1 = afv_avx512_mul(afv_avx512_load(acc1 + 16), al1);
        afv_avx512 c2_0 = afv_avx512_mul(afv_avx512_load(acc2 + 0), al2), c2_1 = afv_avx512_mul(afv_avx512_load(acc2 + 16), al2);
        afv_avx512 c3_0 = afv_avx512_mul(afv_avx512_load(acc3 + 0), al3), c3_1 = afv_avx512_mul(afv_avx512_load(acc3 + 16), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 64;
            const float *v = vp[k] + 0;
            const afv_avx512 y0 = afv_avx512_load(v + 0), y1 = afv_avx512_load(v + 16);
            { const afv_avx512 b = afv_avx512_set1(pk[0]); c0_0 = afv_avx512_fma(b, y0, c0_0); c0_1 = afv_avx512_fma(b, y1, c0_1); }
            { const afv_avx512 b = afv_avx512_set1(pk[1]); c1_0 = afv_avx512_fma(b, y0, c1_0); c1_1 = afv_avx512_fma(b, y1, c1_1); }
            { const afv_avx512 b = afv_avx512_set1(pk[2]); c2_0 = afv_avx512_fma(b, y0, c2_0); c2_1 = afv_avx512_fma(b, y1, c2_1); }
            { const afv_avx512 b = afv_avx512_set1(pk[3]); c3_0 = afv_avx512_fma(b, y0, c3_0); c3_1 = afv_avx512_fma(b, y1, c3_1); }
        }
        afv_avx512_store(acc0 + 0, c0_0); afv_avx512_store(acc0 + 16, c0_1);
        afv_avx512_store(acc1 + 0, c1_0); afv_avx512_store(acc1 + 16, c1_1);
        afv_avx512_store(acc2 + 0, c2_0); afv_avx512_store(acc2 + 16, c2_1);
        afv_avx512_store(acc3 + 0, c3_0); afv_avx512_store(acc3 + 16, c3_1);
    }
}

/* P*V register block, weights transposed: 2 row(s) x 64 columns of Dv = 32 per pass. */
static inline AF_TARGET_AVX512 void afk_f32_dk32_dv32_avx512_pre_pvt2(float *const *acc, const float *pt, const float *alpha,
        const float *const *vp, int32_t n)
{
    float *const acc0 = acc[0];
    const afv_avx512 al0 = afv_avx512_set1(alpha[0]);
    float *const acc1 = acc[1];
    const afv_avx512 al1 = afv_avx512_set1(alpha[1]);
    { /* Dv columns 0 .. 31 */
        afv_avx512 c0_0 = afv_avx512_mul(afv_avx512_load(acc0 + 0), al0), c0_1 = afv_avx512_mul(afv_avx512_load(acc0 + 16), al0);
        afv_avx512 c1_0 = afv_avx512_mul(afv_avx512_load(acc1 + 0), al1), c1_1 = afv_avx512_mul(afv_avx512_load(acc1 + 16), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 64;
            const float *v = vp[k] + 0;
            const afv_avx512 y0 = afv_avx512_load(v + 0), y1 = afv_avx512_load(v + 16);
            { const afv_avx512 b = afv_avx512_set1(pk[0]); c0_0 = afv_avx512_fma(b, y0, c0_0); c0_1 = afv_avx512_fma(b, y1, c0_1); }
            { const afv_avx512 b = afv_avx512_set1(pk[1]); c1_0 = afv_avx512_fma(b, y0, c1_0); c1_1 = afv_avx512_fma(b, y1, c1_1); }
        }
        afv_avx512_store(acc0 + 0, c0_0); afv_avx512_store(acc0 + 16, c0_1);
        afv_avx512_store(acc1 + 0, c1_0); afv_avx512_store(acc1 + 16, c1_1);
    }
}

/* P*V register block, weights transposed: 1 row(s) x 64 columns of Dv = 32 per pass. */
static inline AF_TARGET_AVX512 void afk_f32_dk32_dv32_avx512_pre_pvt1(float *const *acc, const float *pt, const float *alpha,
        const float *const *vp, int32_t n)
{
    float *const acc0 = acc[0];
    const afv_avx512 al0 = afv_avx512_set1(alpha[0]);
    { /* Dv columns 0 .. 31 */
        afv_avx512 c0_0 = afv_avx512_mul(afv_avx512_load(acc0 + 0), al0), c0_1 = afv_avx512_mul(afv_avx512_load(acc0 + 16), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 64;
            const float *v = vp[k] + 0;
            const afv_avx512 y0 = afv_avx512_load(v + 0), y1 = afv_avx512_load(v + 16);
            { const afv_avx512 b = afv_avx512_set1(pk[0]); c0_0 = afv_avx512_fma(b, y0, c0_0); c0_1 = afv_avx512_fma(b, y1, c0_1); }
        }
        afv_avx512_store(acc0 + 0, c0_0); afv_avx512_store(acc0 + 16, c0_1);
    }
}

/* P*V register block, weights transposed: 1 row(s) x 64 columns of Dv = 32 per pass, excluded keys (p = -0.0) skipped. */
static inline AF_TARGET_AVX512 void afk_f32_dk32_dv32_avx512_pre_pvt1g(float *const *acc, const float *pt, const float *alpha,
        const float *const *vp, int32_t n)
{
    float *const acc0 = acc[0];
    const afv_avx512 al0 = afv_avx512_set1(alpha[0]);
    { /* Dv columns 0 .. 31 */
        afv_avx512 c0_0 = afv_avx512_mul(afv_avx512_load(acc0 + 0), al0), c0_1 = afv_avx512_mul(afv_avx512_load(acc0 + 16), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 64;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 0;
            const afv_avx512 y0 = afv_avx512_load(v + 0), y1 = afv_avx512_load(v + 16);
            { const afv_avx512 b = afv_avx512_set1(pk[0]); c0_0 = afv_avx512_fma(b, y0, c0_0); c0_1 = afv_avx512_fma(b, y1, c0_1); }
        }
        afv_avx512_store(acc0 + 0, c0_0); afv_avx512_store(acc0 + 16, c0_1);
    }
}

/* ---- prefill (templates/prefill.c.in, outer-product form) ----
 * Rows (nh * ni of them, h-major) in chunks of 64: Q widened once and
 * transposed (qt[d * 64 + row]); keys in blocks of 64, each block's K and
 * V rows gathered and copied into L1 buffers once per chunk (cache rows
 * sit a multiple of 4 KiB apart: read in place, a block's rows would share L1 sets).
 * f32 rows that follow each other (row stride Dk or Dv: a BHSD cache, or a
 * single KV head) share no sets and are read in place, without the copy
 * (causal 2048, one pinned thread, 8 interleaved rounds: 1.06x at D 128,
 * 1.05x at D 64). Decode keeps its copy: read in place, its rows are
 * faster from cache (1.38x at 1024 keys) but slower from DRAM (0.92x at
 * 32768), where the copy loop keeps more loads in flight.
 * QK^T: 32 rows (2 vector(s), a row per lane) x 8 keys per register
 * block, 16 accumulators, no reduction; scores transposed
 * (st[key * 64 + row]). Block softmax 16 rows per vector
 * (afp_avx512_f32_softmax_lanes: no scalar work per key), then P*V: 6 rows x 64
 * columns of Dv per register block, each weight broadcast from the tile.
 * Online softmax invariant as in the decode kernel: after keys [j0, jb) each
 * row holds m = running max, l = sum exp(s - m), acc = sum exp(s - m) v
 * (m and l kept per chunk in lane order, written back at its end).
 */
AF_TARGET_AVX512 void attnforge_f32_dk32_dv32_prefill__avx512(const af_call *c, const af_tile *t)
{
    const int32_t nrows = t->nh * t->ni;
    afk_f32_dk32_dv32_avx512_init(c, t);
    for (int32_t r0 = 0; r0 < nrows; r0 += 64) {
        const int32_t nr = nrows - r0 < 64 ? nrows - r0 : 64;
        const int32_t nv = (nr + 15) / 16; /* vectors of rows */
        afp_avx512_f32_row rw[64];
        float qb[64 * 32], qt[32 * 64];
        float st[64 * 64], mt[64 * 64];
        float ml[64], ll[64], alpha[64];
        float lo[64], hi[64], dist[64], nsl[64];
        unsigned char act[64];
        const float *kraw[64], *vraw[64];
        const float *kp[64], *vp[64];
        float kbuf[64 * 32], *const vbuf = kbuf; /* K, then V (emit_buffers' share) */
        int64_t klo, khi;
        if (!afk_f32_dk32_dv32_avx512_rows(c, t, r0, nr, rw, qb, &klo, &khi)) continue;
        for (int32_t d = 0; d < 32; d++) {
            for (int32_t r = 0; r < nr; r++) qt[d * 64 + r] = qb[r * 32 + d];
            for (int32_t r = nr; r < nv * 16; r++) qt[d * 64 + r] = 0.0f;
        }
        for (int32_t r = 0; r < nv * 16; r++) {
            ml[r] = r < nr ? *rw[r].m : -INFINITY;
            ll[r] = r < nr ? *rw[r].l : 0.0f;
            nsl[r] = r < nr ? -rw[r].slope : 0.0f;
            lo[r] = hi[r] = dist[r] = 0.0f;
        }
        const int32_t kvh = t->kvh; /* prefill tiles have one KV head */
        for (int64_t jb = klo; jb < khi; jb += 64) {
            const int32_t n = (int32_t)(khi - jb < 64 ? khi - jb : 64);
            const int32_t np = (n + 15) & ~15;
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
            afp_avx512_f32_gather(c, 0, t->b, kvh, jb, n, kraw);
            if (c->k_ss == 32) { /* rows that follow each other: read in place */
                for (int32_t k = 0; k < n; k++) {
                    kp[k] = kraw[k];
                }
            } else {
                const float ksc = af_kv_scale(c, 0, kvh);
                for (int32_t k = 0; k < n; k++) {
                    afk_f32_dk32_dv32_avx512_pack_k(kbuf + k * 32, kraw[k], ksc);
                    kp[k] = kbuf + k * 32;
                }
            }
            for (int32_t k = n; k < np; k++) kp[k] = kp[0]; /* padding keys: scores discarded */
            int32_t v = 0; /* QK^T: blocks of 2 row vector(s), then the remainder in smaller ones */
            for (; v + 2 <= nv; v += 2) {
                int any = 0;
                for (int32_t r = v * 16; r < nr && r < (v + 2) * 16; r++) any |= act[r];
                if (!any) continue; /* every lane invisible: the softmax writes -0.0 */
                for (int32_t k = 0; k < n; k += 8)
                    afk_f32_dk32_dv32_avx512_pre_qkt(qt + v * 16, kp + k, st + k * 64 + v * 16);
            }
            for (; v + 1 <= nv; v += 1) {
                int any = 0;
                for (int32_t r = v * 16; r < nr && r < (v + 1) * 16; r++) any |= act[r];
                if (!any) continue; /* every lane invisible: the softmax writes -0.0 */
                for (int32_t k = 0; k < n; k += 8)
                    afk_f32_dk32_dv32_avx512_pre_qkt1(qt + v * 16, kp + k, st + k * 64 + v * 16);
            }
            partial |= afk_f32_dk32_dv32_avx512_pre_softmax(c, rw, nr, 64, jb, n, st, mt, lo, hi, dist, nsl, ml, ll, alpha);
            afp_avx512_f32_gather(c, 1, t->b, kvh, jb, n, vraw);
            if (c->v_ss == 32) { /* rows that follow each other: read in place */
                for (int32_t k = 0; k < n; k++) {
                    vp[k] = vraw[k];
                }
            } else {
                const float vsc = af_kv_scale(c, 1, kvh);
                for (int32_t k = 0; k < n; k++) {
                    afk_f32_dk32_dv32_avx512_pack_v(vbuf + k * 32, vraw[k], vsc);
                    vp[k] = vbuf + k * 32;
                }
            }
            if (partial && !afk_f32_dk32_dv32_avx512_v_finite(vp, n)) {
                for (int32_t r = 0; r < nr; r++) {
                    if (!act[r]) continue; /* weights all -0.0, alpha 1: nothing to add */
                    float *a[1] = { rw[r].acc };
                    afk_f32_dk32_dv32_avx512_pre_pvt1g(a, st + r, alpha + r, vp, n);
                }
            } else {
                int32_t g = 0;
                for (; g + 6 <= nr; g += 6) {
                    if (!(act[g + 0] | act[g + 1] | act[g + 2] | act[g + 3] | act[g + 4] | act[g + 5])) continue;
                    float *a[6] = { rw[g + 0].acc, rw[g + 1].acc, rw[g + 2].acc, rw[g + 3].acc, rw[g + 4].acc, rw[g + 5].acc };
                    afk_f32_dk32_dv32_avx512_pre_pvt(a, st + g, alpha + g, vp, n);
                }
                for (; g + 4 <= nr; g += 4) { /* the remainder in fours, pairs, then single rows */
                    if (!(act[g] | act[g + 1] | act[g + 2] | act[g + 3])) continue;
                    float *a[4] = { rw[g].acc, rw[g + 1].acc, rw[g + 2].acc, rw[g + 3].acc };
                    afk_f32_dk32_dv32_avx512_pre_pvt4(a, st + g, alpha + g, vp, n);
                }
                for (; g + 2 <= nr; g += 2) { /* the remainder in pairs: twice the chains of single rows */
                    if (!(act[g] | act[g + 1])) continue;
                    float *a[2] = { rw[g].acc, rw[g + 1].acc };
                    afk_f32_dk32_dv32_avx512_pre_pvt2(a, st + g, alpha + g, vp, n);
                }
                for (; g < nr; g++) {
                    if (!act[g]) continue;
                    float *a[1] = { rw[g].acc };
                    afk_f32_dk32_dv32_avx512_pre_pvt1(a, st + g, alpha + g, vp, n);
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
typedef int afk_f32_dk32_dv32_avx512_empty_translation_unit;
#endif
