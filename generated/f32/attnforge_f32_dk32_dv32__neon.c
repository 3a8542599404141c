/* Auto-generated file. Do not edit!
 *   Template:   templates/kernel.c.in (+ common, decode, prefill, epilogue .c.in)
 *   ISA module: templates/isa/neon.lua
 *   Generator:  gen/attnforge-gen.lua
 *   Parameters: dtype=f32 dk=32 dv=32 isa=neon
 *
 * Kernels of the internal ABI (runtime/kernel.h) for f32 storage, head dims
 * Dk = 32, Dv = 32: attnforge_f32_dk32_dv32_decode__neon and attnforge_f32_dk32_dv32_prefill__neon.
 * Tiling: keys in blocks of 64; rows in chunks of 32 (decode) or 64 (prefill).
 * Stack buffers per call: about 64 KiB.
 */
#if defined(__aarch64__)

/* the neon vocabulary and the neon x f32 helpers */
#include "../isa/neon_f32.h"

void attnforge_f32_dk32_dv32_decode__neon(const af_call *c, const af_tile *t);
void attnforge_f32_dk32_dv32_prefill__neon(const af_call *c, const af_tile *t);

/* ---- helpers of this variant (templates/common.c.in) ---- */

/* Every row starts empty: m = -inf, l = 0, acc = 0. */
static AF_TARGET_NEON void afk_f32_dk32_dv32_neon_init(const af_call *c, const af_tile *t)
{
    const int32_t nrows = t->nh * t->ni;
    const afv_neon z = afv_neon_zero();
    (void)c;
    for (int32_t r = 0; r < nrows; r++) {
        float *acc = t->acc + (int64_t)r * t->acc_stride;
        t->m[r] = -INFINITY;
        t->l[r] = 0.0f;
        afv_neon_store(acc + 0, z);
        afv_neon_store(acc + 4, z);
        afv_neon_store(acc + 8, z);
        afv_neon_store(acc + 12, z);
        afv_neon_store(acc + 16, z);
        afv_neon_store(acc + 20, z);
        afv_neon_store(acc + 24, z);
        afv_neon_store(acc + 28, z);
    }
}

/* One query row (element offset off of Q) into the f32 Q buffer, widened from
 * Q's own format (c->qf) once per tile; for a 16-bit dot product the row
 * stays 16-bit (dispatch guarantees Q then has the kernel's format). */
static inline AF_TARGET_NEON void afk_f32_dk32_dv32_neon_load_q(const af_call *c, float *dst, int64_t off)
{
    if (c->qf == ATTNFORGE_FORMAT_F32) {
        const float *src = (const float *)c->q + off;
        afv_neon_store(dst + 0, afv_neon_load(src + 0));
        afv_neon_store(dst + 4, afv_neon_load(src + 4));
        afv_neon_store(dst + 8, afv_neon_load(src + 8));
        afv_neon_store(dst + 12, afv_neon_load(src + 12));
        afv_neon_store(dst + 16, afv_neon_load(src + 16));
        afv_neon_store(dst + 20, afv_neon_load(src + 20));
        afv_neon_store(dst + 24, afv_neon_load(src + 24));
        afv_neon_store(dst + 28, afv_neon_load(src + 28));
    } else if (c->qf == ATTNFORGE_FORMAT_F16) { /* f16's load word is in every ISA's vocabulary */
        const uint16_t *src = (const uint16_t *)c->q + off;
        afv_neon_store(dst + 0, afv_neon_load_f16(src + 0));
        afv_neon_store(dst + 4, afv_neon_load_f16(src + 4));
        afv_neon_store(dst + 8, afv_neon_load_f16(src + 8));
        afv_neon_store(dst + 12, afv_neon_load_f16(src + 12));
        afv_neon_store(dst + 16, afv_neon_load_f16(src + 16));
        afv_neon_store(dst + 20, afv_neon_load_f16(src + 20));
        afv_neon_store(dst + 24, afv_neon_load_f16(src + 24));
        afv_neon_store(dst + 28, afv_neon_load_f16(src + 28));
    } else { /* bf16 Q beside another cache format: portable widening (a shift) */
        af_load_row(c->qf, c->q, off, 32, 1.0f, dst);
    }
}

/* Rows [r0, r0 + nr) of the tile: constants, Q (into qbuf unless NULL), and the union [*klo, *khi)
 * of their visible keys (each row's end lowered past trailing -inf mask
 * entries: af_mask_trim_hi). Returns 0 when no row sees any key of the tile. */
static AF_TARGET_NEON int afk_f32_dk32_dv32_neon_rows(const af_call *c, const af_tile *t, int32_t r0, int32_t nr,
                              afp_neon_f32_row *rw, float *qbuf, int64_t *klo, int64_t *khi)
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
        if (qbuf) afk_f32_dk32_dv32_neon_load_q(c, qbuf + (int64_t)r * 32, rw[r].qoff);
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
 * the tile. (afk_f32_dk32_dv32_neon_pack_k is unused in an AMX variant: its prefill reads K
 * rows as tile operands, and no decode packs K for a 16-bit dot product.) */
static inline AF_UNUSED AF_TARGET_NEON void afk_f32_dk32_dv32_neon_pack_k(float *dst, const float *src, float sc)
{
    (void)sc;
    afv_neon_store(dst + 0, afv_neon_load(src + 0));
    afv_neon_store(dst + 4, afv_neon_load(src + 4));
    afv_neon_store(dst + 8, afv_neon_load(src + 8));
    afv_neon_store(dst + 12, afv_neon_load(src + 12));
    afv_neon_store(dst + 16, afv_neon_load(src + 16));
    afv_neon_store(dst + 20, afv_neon_load(src + 20));
    afv_neon_store(dst + 24, afv_neon_load(src + 24));
    afv_neon_store(dst + 28, afv_neon_load(src + 28));
}
static inline AF_TARGET_NEON void afk_f32_dk32_dv32_neon_pack_v(float *dst, const float *src, float sc)
{
    (void)sc;
    afv_neon_store(dst + 0, afv_neon_load(src + 0));
    afv_neon_store(dst + 4, afv_neon_load(src + 4));
    afv_neon_store(dst + 8, afv_neon_load(src + 8));
    afv_neon_store(dst + 12, afv_neon_load(src + 12));
    afv_neon_store(dst + 16, afv_neon_load(src + 16));
    afv_neon_store(dst + 20, afv_neon_load(src + 20));
    afv_neon_store(dst + 24, afv_neon_load(src + 24));
    afv_neon_store(dst + 28, afv_neon_load(src + 28));
}

/* 1 when every V element of the n rows is finite: 0 * x is NaN exactly when
 * x is Inf or NaN. Only asked for blocks where some row excludes some key,
 * so that an excluded key's V can never reach that row's acc. */
static AF_TARGET_NEON int afk_f32_dk32_dv32_neon_v_finite(const float *const *vp, int32_t n)
{
    const afv_neon z = afv_neon_zero();
    afv_neon c0 = z, c1 = z;
    for (int32_t k = 0; k < n; k++) {
        const float *v = vp[k];
        c0 = afv_neon_fma(afv_neon_load(v + 0), z, c0);
        c1 = afv_neon_fma(afv_neon_load(v + 4), z, c1);
        c0 = afv_neon_fma(afv_neon_load(v + 8), z, c0);
        c1 = afv_neon_fma(afv_neon_load(v + 12), z, c1);
        c0 = afv_neon_fma(afv_neon_load(v + 16), z, c0);
        c1 = afv_neon_fma(afv_neon_load(v + 20), z, c1);
        c0 = afv_neon_fma(afv_neon_load(v + 24), z, c0);
        c1 = afv_neon_fma(afv_neon_load(v + 28), z, c1);
    }
    return afv_neon_hsum(afv_neon_add(c0, c1)) == 0.0f;
}

/* The block's mask for a prefill chunk's transposed score tile (st[k * rs +
 * row], rows in lanes; nr rows, n keys from jb), transposed like st into mt;
 * returns 0 without writing mt when the mask is zero on every row's visible
 * keys (llama.cpp's mask, away from the diagonal) or absent. lo, hi: each
 * row's visible keys relative to jb. */
static AF_TARGET_NEON int afk_f32_dk32_dv32_neon_pre_mask(const af_call *c, const afp_neon_f32_row *rw, int32_t nr, int32_t rs, int64_t jb,
                                  int32_t n, float *mt, const float *lo, const float *hi)
{
    const int32_t nv = (nr + 3) / 4;
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
                float row[4];
                for (; k + 4 <= n; k += 4) {
                    afv_neon_store(row, afv_neon_mul(afv_neon_load_f16(mr + k), afv_neon_set1(ms)));
                    for (int32_t x = 0; x < 4; x++) dst[(k + x) * rs] = row[x];
                }
            }
            for (; k < n; k++) dst[k * rs] = ms * af_f16_to_f32(mr[k * c->m_sj]);
        } else {
            const float *mr = (const float *)rw[r].mask + jb * c->m_sj;
            for (int32_t k = 0; k < n; k++) dst[k * rs] = ms * mr[k * c->m_sj];
        }
    }
    for (int32_t k = 0; k < n; k++)
        for (int32_t r = nr; r < nv * 4; r++) mt[k * rs + r] = 0.0f;
    return 1;
}

/* The block softmax of a prefill chunk's transposed score tile: its mask
 * (afk_f32_dk32_dv32_neon_pre_mask), then afp_neon_f32_softmax_lanes per vector of 4 rows. Per row
 * (arrays padded to whole vectors): lo, hi = visible keys relative to jb,
 * dist and nsl (ALiBi), ml and ll (running max and sum), alpha (out).
 * Returns 1 when a row excludes a key of the block. */
static AF_TARGET_NEON int afk_f32_dk32_dv32_neon_pre_softmax(const af_call *c, const afp_neon_f32_row *rw, int32_t nr, int32_t rs, int64_t jb,
                                     int32_t n, float *st, float *mt, const float *lo, const float *hi,
                                     const float *dist, const float *nsl, float *ml, float *ll, float *alpha)
{
    const int32_t nv = (nr + 3) / 4;
    const int alibi = c->slopes != NULL;
    const int mblk = afk_f32_dk32_dv32_neon_pre_mask(c, rw, nr, rs, jb, n, mt, lo, hi);
    int partial = 0;
    for (int32_t u = 0; u < nv; u++) {
        const int32_t o = u * 4;
        partial |= afp_neon_f32_softmax_lanes(c, st + o, rs, mblk ? mt + o : NULL, n, lo + o, hi + o, dist + o, nsl + o,
                                     alibi, ml + o, ll + o, alpha + o, nr - o < 4 ? nr - o : 4);
    }
    return partial;
}

/* The prefetch cursor of one key block (see decode.c.in): line[cur .. tot)
 * are still to be issued; each issue point owes step / 65536 more lines. */
typedef struct afk_f32_dk32_dv32_neon_pf {
    const char *line[256];
    int32_t cur, tot;
    uint32_t acc, step;
} afk_f32_dk32_dv32_neon_pf;

/* P*V row blocks for r rows, in emit_pv_stage's order. */
static inline AF_TARGET_NEON int32_t afk_f32_dk32_dv32_neon_pv_blocks(int32_t r)
{
    int32_t b = 0;
    b += r / 2; r %= 2;
    return b + r;
}

/* The rate: the cursor's tot lines over the issue points of a block of n
 * keys (np padded) for nr rows: its packed K and V rows, its QK^T calls
 * (PF_QK each) and one per key of each P*V pass. */
static inline AF_TARGET_NEON void afk_f32_dk32_dv32_neon_pf_rate(afk_f32_dk32_dv32_neon_pf *p, int32_t nr, int32_t n, int32_t np)
{
    const int64_t pts = 2 * (int64_t)n + (int64_t)nr * np * 32 / 128 + (int64_t)2 * afk_f32_dk32_dv32_neon_pv_blocks(nr) * n;
    p->acc = 0;
    p->step = (uint32_t)((((int64_t)p->tot << 16) + pts - 1) / pts);
}

/* Issue what the cursor owes after m more points (nothing past its end). */
static inline AF_TARGET_NEON void afk_f32_dk32_dv32_neon_pf_issue(afk_f32_dk32_dv32_neon_pf *p, int m)
{
    p->acc += (uint32_t)m * p->step;
    int32_t owed = (int32_t)(p->acc >> 16);
    if (owed > p->tot) owed = p->tot;
    while (p->cur < owed) __builtin_prefetch(p->line[p->cur++], 0, 2); /* prefetcht1 */
}

/* QK^T register block: 1 row(s) x 4 keys, s_r[k] = dot(q_r, key k), Dk = 32. */
static inline AF_TARGET_NEON void afk_f32_dk32_dv32_neon_dec_qk(const float *q0, const float *const *kp, float *s0)
{
    afv_neon a0_0 = afv_neon_zero(), a0_1 = afv_neon_zero(), a0_2 = afv_neon_zero(), a0_3 = afv_neon_zero();
    afv_neon x0, y;
    x0 = afv_neon_load(q0 + 0);
    y = afv_neon_load(kp[0] + 0); a0_0 = afv_neon_fma(x0, y, a0_0);
    y = afv_neon_load(kp[1] + 0); a0_1 = afv_neon_fma(x0, y, a0_1);
    y = afv_neon_load(kp[2] + 0); a0_2 = afv_neon_fma(x0, y, a0_2);
    y = afv_neon_load(kp[3] + 0); a0_3 = afv_neon_fma(x0, y, a0_3);
    x0 = afv_neon_load(q0 + 4);
    y = afv_neon_load(kp[0] + 4); a0_0 = afv_neon_fma(x0, y, a0_0);
    y = afv_neon_load(kp[1] + 4); a0_1 = afv_neon_fma(x0, y, a0_1);
    y = afv_neon_load(kp[2] + 4); a0_2 = afv_neon_fma(x0, y, a0_2);
    y = afv_neon_load(kp[3] + 4); a0_3 = afv_neon_fma(x0, y, a0_3);
    x0 = afv_neon_load(q0 + 8);
    y = afv_neon_load(kp[0] + 8); a0_0 = afv_neon_fma(x0, y, a0_0);
    y = afv_neon_load(kp[1] + 8); a0_1 = afv_neon_fma(x0, y, a0_1);
    y = afv_neon_load(kp[2] + 8); a0_2 = afv_neon_fma(x0, y, a0_2);
    y = afv_neon_load(kp[3] + 8); a0_3 = afv_neon_fma(x0, y, a0_3);
    x0 = afv_neon_load(q0 + 12);
    y = afv_neon_load(kp[0] + 12); a0_0 = afv_neon_fma(x0, y, a0_0);
    y = afv_neon_load(kp[1] + 12); a0_1 = afv_neon_fma(x0, y, a0_1);
    y = afv_neon_load(kp[2] + 12); a0_2 = afv_neon_fma(x0, y, a0_2);
    y = afv_neon_load(kp[3] + 12); a0_3 = afv_neon_fma(x0, y, a0_3);
    x0 = afv_neon_load(q0 + 16);
    y = afv_neon_load(kp[0] + 16); a0_0 = afv_neon_fma(x0, y, a0_0);
    y = afv_neon_load(kp[1] + 16); a0_1 = afv_neon_fma(x0, y, a0_1);
    y = afv_neon_load(kp[2] + 16); a0_2 = afv_neon_fma(x0, y, a0_2);
    y = afv_neon_load(kp[3] + 16); a0_3 = afv_neon_fma(x0, y, a0_3);
    x0 = afv_neon_load(q0 + 20);
    y = afv_neon_load(kp[0] + 20); a0_0 = afv_neon_fma(x0, y, a0_0);
    y = afv_neon_load(kp[1] + 20); a0_1 = afv_neon_fma(x0, y, a0_1);
    y = afv_neon_load(kp[2] + 20); a0_2 = afv_neon_fma(x0, y, a0_2);
    y = afv_neon_load(kp[3] + 20); a0_3 = afv_neon_fma(x0, y, a0_3);
    x0 = afv_neon_load(q0 + 24);
    y = afv_neon_load(kp[0] + 24); a0_0 = afv_neon_fma(x0, y, a0_0);
    y = afv_neon_load(kp[1] + 24); a0_1 = afv_neon_fma(x0, y, a0_1);
    y = afv_neon_load(kp[2] + 24); a0_2 = afv_neon_fma(x0, y, a0_2);
    y = afv_neon_load(kp[3] + 24); a0_3 = afv_neon_fma(x0, y, a0_3);
    x0 = afv_neon_load(q0 + 28);
    y = afv_neon_load(kp[0] + 28); a0_0 = afv_neon_fma(x0, y, a0_0);
    y = afv_neon_load(kp[1] + 28); a0_1 = afv_neon_fma(x0, y, a0_1);
    y = afv_neon_load(kp[2] + 28); a0_2 = afv_neon_fma(x0, y, a0_2);
    y = afv_neon_load(kp[3] + 28); a0_3 = afv_neon_fma(x0, y, a0_3);
    const afv_neon red = afv_neon_reduce4(a0_0, a0_1, a0_2, a0_3);
    afv_neon_store(s0, red);
}

/* QK^T register block: 2 row(s) x 2 keys, s_r[k] = dot(q_r, key k), Dk = 32. */
static inline AF_TARGET_NEON void afk_f32_dk32_dv32_neon_dec_qk2(const float *q0, const float *q1, const float *const *kp, float *s0, float *s1)
{
    afv_neon a0_0 = afv_neon_zero(), a0_1 = afv_neon_zero();
    afv_neon a1_0 = afv_neon_zero(), a1_1 = afv_neon_zero();
    afv_neon x0, x1, y;
    x0 = afv_neon_load(q0 + 0); x1 = afv_neon_load(q1 + 0);
    y = afv_neon_load(kp[0] + 0); a0_0 = afv_neon_fma(x0, y, a0_0); a1_0 = afv_neon_fma(x1, y, a1_0);
    y = afv_neon_load(kp[1] + 0); a0_1 = afv_neon_fma(x0, y, a0_1); a1_1 = afv_neon_fma(x1, y, a1_1);
    x0 = afv_neon_load(q0 + 4); x1 = afv_neon_load(q1 + 4);
    y = afv_neon_load(kp[0] + 4); a0_0 = afv_neon_fma(x0, y, a0_0); a1_0 = afv_neon_fma(x1, y, a1_0);
    y = afv_neon_load(kp[1] + 4); a0_1 = afv_neon_fma(x0, y, a0_1); a1_1 = afv_neon_fma(x1, y, a1_1);
    x0 = afv_neon_load(q0 + 8); x1 = afv_neon_load(q1 + 8);
    y = afv_neon_load(kp[0] + 8); a0_0 = afv_neon_fma(x0, y, a0_0); a1_0 = afv_neon_fma(x1, y, a1_0);
    y = afv_neon_load(kp[1] + 8); a0_1 = afv_neon_fma(x0, y, a0_1); a1_1 = afv_neon_fma(x1, y, a1_1);
    x0 = afv_neon_load(q0 + 12); x1 = afv_neon_load(q1 + 12);
    y = afv_neon_load(kp[0] + 12); a0_0 = afv_neon_fma(x0, y, a0_0); a1_0 = afv_neon_fma(x1, y, a1_0);
    y = afv_neon_load(kp[1] + 12); a0_1 = afv_neon_fma(x0, y, a0_1); a1_1 = afv_neon_fma(x1, y, a1_1);
    x0 = afv_neon_load(q0 + 16); x1 = afv_neon_load(q1 + 16);
    y = afv_neon_load(kp[0] + 16); a0_0 = afv_neon_fma(x0, y, a0_0); a1_0 = afv_neon_fma(x1, y, a1_0);
    y = afv_neon_load(kp[1] + 16); a0_1 = afv_neon_fma(x0, y, a0_1); a1_1 = afv_neon_fma(x1, y, a1_1);
    x0 = afv_neon_load(q0 + 20); x1 = afv_neon_load(q1 + 20);
    y = afv_neon_load(kp[0] + 20); a0_0 = afv_neon_fma(x0, y, a0_0); a1_0 = afv_neon_fma(x1, y, a1_0);
    y = afv_neon_load(kp[1] + 20); a0_1 = afv_neon_fma(x0, y, a0_1); a1_1 = afv_neon_fma(x1, y, a1_1);
    x0 = afv_neon_load(q0 + 24); x1 = afv_neon_load(q1 + 24);
    y = afv_neon_load(kp[0] + 24); a0_0 = afv_neon_fma(x0, y, a0_0); a1_0 = afv_neon_fma(x1, y, a1_0);
    y = afv_neon_load(kp[1] + 24); a0_1 = afv_neon_fma(x0, y, a0_1); a1_1 = afv_neon_fma(x1, y, a1_1);
    x0 = afv_neon_load(q0 + 28); x1 = afv_neon_load(q1 + 28);
    y = afv_neon_load(kp[0] + 28); a0_0 = afv_neon_fma(x0, y, a0_0); a1_0 = afv_neon_fma(x1, y, a1_0);
    y = afv_neon_load(kp[1] + 28); a0_1 = afv_neon_fma(x0, y, a0_1); a1_1 = afv_neon_fma(x1, y, a1_1);
    const afv_neon red = afv_neon_reduce4(a0_0, a0_1, a1_0, a1_1);
    vst1_f32(s0, vget_low_f32(red));
    vst1_f32(s1, vget_high_f32(red));
}

/* P*V register block: 2 row(s) x 16 columns of Dv = 32 per pass. */
static inline AF_TARGET_NEON void afk_f32_dk32_dv32_neon_dec_pv2(float *const *acc, const float *const *p, const float *alpha,
        const float *const *vp, int32_t n)
{
    float *const acc0 = acc[0];
    const float *const p0 = p[0];
    const afv_neon al0 = afv_neon_set1(alpha[0]);
    float *const acc1 = acc[1];
    const float *const p1 = p[1];
    const afv_neon al1 = afv_neon_set1(alpha[1]);
    { /* Dv columns 0 .. 15 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 0), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 4), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 8), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 12), al0);
        afv_neon c1_0 = afv_neon_mul(afv_neon_load(acc1 + 0), al1), c1_1 = afv_neon_mul(afv_neon_load(acc1 + 4), al1), c1_2 = afv_neon_mul(afv_neon_load(acc1 + 8), al1), c1_3 = afv_neon_mul(afv_neon_load(acc1 + 12), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 0;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(p0[k]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
            { const afv_neon b = afv_neon_set1(p1[k]); c1_0 = afv_neon_fma(b, y0, c1_0); c1_1 = afv_neon_fma(b, y1, c1_1); c1_2 = afv_neon_fma(b, y2, c1_2); c1_3 = afv_neon_fma(b, y3, c1_3); }
        }
        afv_neon_store(acc0 + 0, c0_0); afv_neon_store(acc0 + 4, c0_1); afv_neon_store(acc0 + 8, c0_2); afv_neon_store(acc0 + 12, c0_3);
        afv_neon_store(acc1 + 0, c1_0); afv_neon_store(acc1 + 4, c1_1); afv_neon_store(acc1 + 8, c1_2); afv_neon_store(acc1 + 12, c1_3);
    }
    { /* Dv columns 16 .. 31 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 16), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 20), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 24), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 28), al0);
        afv_neon c1_0 = afv_neon_mul(afv_neon_load(acc1 + 16), al1), c1_1 = afv_neon_mul(afv_neon_load(acc1 + 20), al1), c1_2 = afv_neon_mul(afv_neon_load(acc1 + 24), al1), c1_3 = afv_neon_mul(afv_neon_load(acc1 + 28), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 16;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(p0[k]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
            { const afv_neon b = afv_neon_set1(p1[k]); c1_0 = afv_neon_fma(b, y0, c1_0); c1_1 = afv_neon_fma(b, y1, c1_1); c1_2 = afv_neon_fma(b, y2, c1_2); c1_3 = afv_neon_fma(b, y3, c1_3); }
        }
        afv_neon_store(acc0 + 16, c0_0); afv_neon_store(acc0 + 20, c0_1); afv_neon_store(acc0 + 24, c0_2); afv_neon_store(acc0 + 28, c0_3);
        afv_neon_store(acc1 + 16, c1_0); afv_neon_store(acc1 + 20, c1_1); afv_neon_store(acc1 + 24, c1_2); afv_neon_store(acc1 + 28, c1_3);
    }
}

/* P*V register block: 2 row(s) x 16 columns of Dv = 32 per pass, one prefetch per key. */
static inline AF_TARGET_NEON void afk_f32_dk32_dv32_neon_dec_pv2_pf(float *const *acc, const float *const *p, const float *alpha,
        const float *const *vp, int32_t n, afk_f32_dk32_dv32_neon_pf *pf)
{
    float *const acc0 = acc[0];
    const float *const p0 = p[0];
    const afv_neon al0 = afv_neon_set1(alpha[0]);
    float *const acc1 = acc[1];
    const float *const p1 = p[1];
    const afv_neon al1 = afv_neon_set1(alpha[1]);
    { /* Dv columns 0 .. 15 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 0), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 4), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 8), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 12), al0);
        afv_neon c1_0 = afv_neon_mul(afv_neon_load(acc1 + 0), al1), c1_1 = afv_neon_mul(afv_neon_load(acc1 + 4), al1), c1_2 = afv_neon_mul(afv_neon_load(acc1 + 8), al1), c1_3 = afv_neon_mul(afv_neon_load(acc1 + 12), al1);
        for (int32_t k = 0; k < n; k++) {
            afk_f32_dk32_dv32_neon_pf_issue(pf, 1);
            const float *v = vp[k] + 0;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(p0[k]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
            { const afv_neon b = afv_neon_set1(p1[k]); c1_0 = afv_neon_fma(b, y0, c1_0); c1_1 = afv_neon_fma(b, y1, c1_1); c1_2 = afv_neon_fma(b, y2, c1_2); c1_3 = afv_neon_fma(b, y3, c1_3); }
        }
        afv_neon_store(acc0 + 0, c0_0); afv_neon_store(acc0 + 4, c0_1); afv_neon_store(acc0 + 8, c0_2); afv_neon_store(acc0 + 12, c0_3);
        afv_neon_store(acc1 + 0, c1_0); afv_neon_store(acc1 + 4, c1_1); afv_neon_store(acc1 + 8, c1_2); afv_neon_store(acc1 + 12, c1_3);
    }
    { /* Dv columns 16 .. 31 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 16), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 20), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 24), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 28), al0);
        afv_neon c1_0 = afv_neon_mul(afv_neon_load(acc1 + 16), al1), c1_1 = afv_neon_mul(afv_neon_load(acc1 + 20), al1), c1_2 = afv_neon_mul(afv_neon_load(acc1 + 24), al1), c1_3 = afv_neon_mul(afv_neon_load(acc1 + 28), al1);
        for (int32_t k = 0; k < n; k++) {
            afk_f32_dk32_dv32_neon_pf_issue(pf, 1);
            const float *v = vp[k] + 16;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(p0[k]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
            { const afv_neon b = afv_neon_set1(p1[k]); c1_0 = afv_neon_fma(b, y0, c1_0); c1_1 = afv_neon_fma(b, y1, c1_1); c1_2 = afv_neon_fma(b, y2, c1_2); c1_3 = afv_neon_fma(b, y3, c1_3); }
        }
        afv_neon_store(acc0 + 16, c0_0); afv_neon_store(acc0 + 20, c0_1); afv_neon_store(acc0 + 24, c0_2); afv_neon_store(acc0 + 28, c0_3);
        afv_neon_store(acc1 + 16, c1_0); afv_neon_store(acc1 + 20, c1_1); afv_neon_store(acc1 + 24, c1_2); afv_neon_store(acc1 + 28, c1_3);
    }
}

/* P*V register block: 1 row(s) x 16 columns of Dv = 32 per pass. */
static inline AF_TARGET_NEON void afk_f32_dk32_dv32_neon_dec_pv1(float *const *acc, const float *const *p, const float *alpha,
        const float *const *vp, int32_t n)
{
    float *const acc0 = acc[0];
    const float *const p0 = p[0];
    const afv_neon al0 = afv_neon_set1(alpha[0]);
    { /* Dv columns 0 .. 15 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 0), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 4), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 8), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 12), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 0;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(p0[k]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
        }
        afv_neon_store(acc0 + 0, c0_0); afv_neon_store(acc0 + 4, c0_1); afv_neon_store(acc0 + 8, c0_2); afv_neon_store(acc0 + 12, c0_3);
    }
    { /* Dv columns 16 .. 31 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 16), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 20), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 24), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 28), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 16;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(p0[k]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
        }
        afv_neon_store(acc0 + 16, c0_0); afv_neon_store(acc0 + 20, c0_1); afv_neon_store(acc0 + 24, c0_2); afv_neon_store(acc0 + 28, c0_3);
    }
}

/* P*V register block: 1 row(s) x 16 columns of Dv = 32 per pass, excluded keys (p = -0.0) skipped. */
static inline AF_TARGET_NEON void afk_f32_dk32_dv32_neon_dec_pv1g(float *const *acc, const float *const *p, const float *alpha,
        const float *const *vp, int32_t n)
{
    float *const acc0 = acc[0];
    const float *const p0 = p[0];
    const afv_neon al0 = afv_neon_set1(alpha[0]);
    { /* Dv columns 0 .. 15 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 0), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 4), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 8), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 12), al0);
        for (int32_t k = 0; k < n; k++) {
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 0;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(p0[k]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
        }
        afv_neon_store(acc0 + 0, c0_0); afv_neon_store(acc0 + 4, c0_1); afv_neon_store(acc0 + 8, c0_2); afv_neon_store(acc0 + 12, c0_3);
    }
    { /* Dv columns 16 .. 31 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 16), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 20), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 24), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 28), al0);
        for (int32_t k = 0; k < n; k++) {
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 16;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(p0[k]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
        }
        afv_neon_store(acc0 + 16, c0_0); afv_neon_store(acc0 + 20, c0_1); afv_neon_store(acc0 + 24, c0_2); afv_neon_store(acc0 + 28, c0_3);
    }
}

/* P*V register block: 1 row(s) x 16 columns of Dv = 32 per pass, one prefetch per key. */
static inline AF_TARGET_NEON void afk_f32_dk32_dv32_neon_dec_pv1_pf(float *const *acc, const float *const *p, const float *alpha,
        const float *const *vp, int32_t n, afk_f32_dk32_dv32_neon_pf *pf)
{
    float *const acc0 = acc[0];
    const float *const p0 = p[0];
    const afv_neon al0 = afv_neon_set1(alpha[0]);
    { /* Dv columns 0 .. 15 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 0), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 4), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 8), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 12), al0);
        for (int32_t k = 0; k < n; k++) {
            afk_f32_dk32_dv32_neon_pf_issue(pf, 1);
            const float *v = vp[k] + 0;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(p0[k]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
        }
        afv_neon_store(acc0 + 0, c0_0); afv_neon_store(acc0 + 4, c0_1); afv_neon_store(acc0 + 8, c0_2); afv_neon_store(acc0 + 12, c0_3);
    }
    { /* Dv columns 16 .. 31 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 16), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 20), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 24), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 28), al0);
        for (int32_t k = 0; k < n; k++) {
            afk_f32_dk32_dv32_neon_pf_issue(pf, 1);
            const float *v = vp[k] + 16;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(p0[k]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
        }
        afv_neon_store(acc0 + 16, c0_0); afv_neon_store(acc0 + 20, c0_1); afv_neon_store(acc0 + 24, c0_2); afv_neon_store(acc0 + 28, c0_3);
    }
}

/* P*V register block: 1 row(s) x 16 columns of Dv = 32 per pass, excluded keys (p = -0.0) skipped, one prefetch per key. */
static inline AF_TARGET_NEON void afk_f32_dk32_dv32_neon_dec_pv1g_pf(float *const *acc, const float *const *p, const float *alpha,
        const float *const *vp, int32_t n, afk_f32_dk32_dv32_neon_pf *pf)
{
    float *const acc0 = acc[0];
    const float *const p0 = p[0];
    const afv_neon al0 = afv_neon_set1(alpha[0]);
    { /* Dv columns 0 .. 15 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 0), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 4), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 8), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 12), al0);
        for (int32_t k = 0; k < n; k++) {
            afk_f32_dk32_dv32_neon_pf_issue(pf, 1);
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 0;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(p0[k]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
        }
        afv_neon_store(acc0 + 0, c0_0); afv_neon_store(acc0 + 4, c0_1); afv_neon_store(acc0 + 8, c0_2); afv_neon_store(acc0 + 12, c0_3);
    }
    { /* Dv columns 16 .. 31 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 16), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 20), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 24), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 28), al0);
        for (int32_t k = 0; k < n; k++) {
            afk_f32_dk32_dv32_neon_pf_issue(pf, 1);
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 16;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(p0[k]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
        }
        afv_neon_store(acc0 + 16, c0_0); afv_neon_store(acc0 + 20, c0_1); afv_neon_store(acc0 + 24, c0_2); afv_neon_store(acc0 + 28, c0_3);
    }
}

/* Block softmax of 1 row(s) over a full block of 64 keys (see decode.c.in). */
static inline AF_TARGET_NEON int afk_f32_dk32_dv32_neon_dec_sm1(afp_neon_f32_row *rw, float *s, float *alpha, int64_t jb,
                                     int cap, afv_neon vscale, afv_neon vcap, int alibi, int *partial)
{
    const afv_neon ninf = afv_neon_set1(-INFINITY), zero = afv_neon_zero();
    afv_neon x0_0, x0_1, x0_2, x0_3, x0_4, x0_5, x0_6, x0_7, x0_8, x0_9, x0_10, x0_11, x0_12, x0_13, x0_14, x0_15, mx0 = ninf, ng0 = ninf;
    x0_0 = afv_neon_mul(afv_neon_load(s + 0), vscale);
    if (cap) { x0_0 = afp_neon_f32_apply_softcap(x0_0, vcap, cap); }
    if (alibi) {
        x0_0 = afv_neon_fma(afv_neon_set1(-rw[0].slope), afv_neon_abs(afv_neon_add(afv_neon_set1((float)(jb + 0 - rw[0].pos)), afv_neon_iota())), x0_0);
    }
    mx0 = afv_neon_max(mx0, x0_0); ng0 = afv_neon_max(ng0, afv_neon_sub(zero, x0_0));
    x0_1 = afv_neon_mul(afv_neon_load(s + 4), vscale);
    if (cap) { x0_1 = afp_neon_f32_apply_softcap(x0_1, vcap, cap); }
    if (alibi) {
        x0_1 = afv_neon_fma(afv_neon_set1(-rw[0].slope), afv_neon_abs(afv_neon_add(afv_neon_set1((float)(jb + 4 - rw[0].pos)), afv_neon_iota())), x0_1);
    }
    mx0 = afv_neon_max(mx0, x0_1); ng0 = afv_neon_max(ng0, afv_neon_sub(zero, x0_1));
    x0_2 = afv_neon_mul(afv_neon_load(s + 8), vscale);
    if (cap) { x0_2 = afp_neon_f32_apply_softcap(x0_2, vcap, cap); }
    if (alibi) {
        x0_2 = afv_neon_fma(afv_neon_set1(-rw[0].slope), afv_neon_abs(afv_neon_add(afv_neon_set1((float)(jb + 8 - rw[0].pos)), afv_neon_iota())), x0_2);
    }
    mx0 = afv_neon_max(mx0, x0_2); ng0 = afv_neon_max(ng0, afv_neon_sub(zero, x0_2));
    x0_3 = afv_neon_mul(afv_neon_load(s + 12), vscale);
    if (cap) { x0_3 = afp_neon_f32_apply_softcap(x0_3, vcap, cap); }
    if (alibi) {
        x0_3 = afv_neon_fma(afv_neon_set1(-rw[0].slope), afv_neon_abs(afv_neon_add(afv_neon_set1((float)(jb + 12 - rw[0].pos)), afv_neon_iota())), x0_3);
    }
    mx0 = afv_neon_max(mx0, x0_3); ng0 = afv_neon_max(ng0, afv_neon_sub(zero, x0_3));
    x0_4 = afv_neon_mul(afv_neon_load(s + 16), vscale);
    if (cap) { x0_4 = afp_neon_f32_apply_softcap(x0_4, vcap, cap); }
    if (alibi) {
        x0_4 = afv_neon_fma(afv_neon_set1(-rw[0].slope), afv_neon_abs(afv_neon_add(afv_neon_set1((float)(jb + 16 - rw[0].pos)), afv_neon_iota())), x0_4);
    }
    mx0 = afv_neon_max(mx0, x0_4); ng0 = afv_neon_max(ng0, afv_neon_sub(zero, x0_4));
    x0_5 = afv_neon_mul(afv_neon_load(s + 20), vscale);
    if (cap) { x0_5 = afp_neon_f32_apply_softcap(x0_5, vcap, cap); }
    if (alibi) {
        x0_5 = afv_neon_fma(afv_neon_set1(-rw[0].slope), afv_neon_abs(afv_neon_add(afv_neon_set1((float)(jb + 20 - rw[0].pos)), afv_neon_iota())), x0_5);
    }
    mx0 = afv_neon_max(mx0, x0_5); ng0 = afv_neon_max(ng0, afv_neon_sub(zero, x0_5));
    x0_6 = afv_neon_mul(afv_neon_load(s + 24), vscale);
    if (cap) { x0_6 = afp_neon_f32_apply_softcap(x0_6, vcap, cap); }
    if (alibi) {
        x0_6 = afv_neon_fma(afv_neon_set1(-rw[0].slope), afv_neon_abs(afv_neon_add(afv_neon_set1((float)(jb + 24 - rw[0].pos)), afv_neon_iota())), x0_6);
    }
    mx0 = afv_neon_max(mx0, x0_6); ng0 = afv_neon_max(ng0, afv_neon_sub(zero, x0_6));
    x0_7 = afv_neon_mul(afv_neon_load(s + 28), vscale);
    if (cap) { x0_7 = afp_neon_f32_apply_softcap(x0_7, vcap, cap); }
    if (alibi) {
        x0_7 = afv_neon_fma(afv_neon_set1(-rw[0].slope), afv_neon_abs(afv_neon_add(afv_neon_set1((float)(jb + 28 - rw[0].pos)), afv_neon_iota())), x0_7);
    }
    mx0 = afv_neon_max(mx0, x0_7); ng0 = afv_neon_max(ng0, afv_neon_sub(zero, x0_7));
    x0_8 = afv_neon_mul(afv_neon_load(s + 32), vscale);
    if (cap) { x0_8 = afp_neon_f32_apply_softcap(x0_8, vcap, cap); }
    if (alibi) {
        x0_8 = afv_neon_fma(afv_neon_set1(-rw[0].slope), afv_neon_abs(afv_neon_add(afv_neon_set1((float)(jb + 32 - rw[0].pos)), afv_neon_iota())), x0_8);
    }
    mx0 = afv_neon_max(mx0, x0_8); ng0 = afv_neon_max(ng0, afv_neon_sub(zero, x0_8));
    x0_9 = afv_neon_mul(afv_neon_load(s + 36), vscale);
    if (cap) { x0_9 = afp_neon_f32_apply_softcap(x0_9, vcap, cap); }
    if (alibi) {
        x0_9 = afv_neon_fma(afv_neon_set1(-rw[0].slope), afv_neon_abs(afv_neon_add(afv_neon_set1((float)(jb + 36 - rw[0].pos)), afv_neon_iota())), x0_9);
    }
    mx0 = afv_neon_max(mx0, x0_9); ng0 = afv_neon_max(ng0, afv_neon_sub(zero, x0_9));
    x0_10 = afv_neon_mul(afv_neon_load(s + 40), vscale);
    if (cap) { x0_10 = afp_neon_f32_apply_softcap(x0_10, vcap, cap); }
    if (alibi) {
        x0_10 = afv_neon_fma(afv_neon_set1(-rw[0].slope), afv_neon_abs(afv_neon_add(afv_neon_set1((float)(jb + 40 - rw[0].pos)), afv_neon_iota())), x0_10);
    }
    mx0 = afv_neon_max(mx0, x0_10); ng0 = afv_neon_max(ng0, afv_neon_sub(zero, x0_10));
    x0_11 = afv_neon_mul(afv_neon_load(s + 44), vscale);
    if (cap) { x0_11 = afp_neon_f32_apply_softcap(x0_11, vcap, cap); }
    if (alibi) {
        x0_11 = afv_neon_fma(afv_neon_set1(-rw[0].slope), afv_neon_abs(afv_neon_add(afv_neon_set1((float)(jb + 44 - rw[0].pos)), afv_neon_iota())), x0_11);
    }
    mx0 = afv_neon_max(mx0, x0_11); ng0 = afv_neon_max(ng0, afv_neon_sub(zero, x0_11));
    x0_12 = afv_neon_mul(afv_neon_load(s + 48), vscale);
    if (cap) { x0_12 = afp_neon_f32_apply_softcap(x0_12, vcap, cap); }
    if (alibi) {
        x0_12 = afv_neon_fma(afv_neon_set1(-rw[0].slope), afv_neon_abs(afv_neon_add(afv_neon_set1((float)(jb + 48 - rw[0].pos)), afv_neon_iota())), x0_12);
    }
    mx0 = afv_neon_max(mx0, x0_12); ng0 = afv_neon_max(ng0, afv_neon_sub(zero, x0_12));
    x0_13 = afv_neon_mul(afv_neon_load(s + 52), vscale);
    if (cap) { x0_13 = afp_neon_f32_apply_softcap(x0_13, vcap, cap); }
    if (alibi) {
        x0_13 = afv_neon_fma(afv_neon_set1(-rw[0].slope), afv_neon_abs(afv_neon_add(afv_neon_set1((float)(jb + 52 - rw[0].pos)), afv_neon_iota())), x0_13);
    }
    mx0 = afv_neon_max(mx0, x0_13); ng0 = afv_neon_max(ng0, afv_neon_sub(zero, x0_13));
    x0_14 = afv_neon_mul(afv_neon_load(s + 56), vscale);
    if (cap) { x0_14 = afp_neon_f32_apply_softcap(x0_14, vcap, cap); }
    if (alibi) {
        x0_14 = afv_neon_fma(afv_neon_set1(-rw[0].slope), afv_neon_abs(afv_neon_add(afv_neon_set1((float)(jb + 56 - rw[0].pos)), afv_neon_iota())), x0_14);
    }
    mx0 = afv_neon_max(mx0, x0_14); ng0 = afv_neon_max(ng0, afv_neon_sub(zero, x0_14));
    x0_15 = afv_neon_mul(afv_neon_load(s + 60), vscale);
    if (cap) { x0_15 = afp_neon_f32_apply_softcap(x0_15, vcap, cap); }
    if (alibi) {
        x0_15 = afv_neon_fma(afv_neon_set1(-rw[0].slope), afv_neon_abs(afv_neon_add(afv_neon_set1((float)(jb + 60 - rw[0].pos)), afv_neon_iota())), x0_15);
    }
    mx0 = afv_neon_max(mx0, x0_15); ng0 = afv_neon_max(ng0, afv_neon_sub(zero, x0_15));
    const float mb0 = afv_neon_hmax(mx0);
    if (mb0 == -INFINITY) return 0;
    if (afv_neon_hmax(ng0) == INFINITY) *partial = 1;
    const float mo0 = *rw[0].m, mn0 = mb0 > mo0 ? mb0 : mo0;
    const afv_neon vm0 = afv_neon_set1(mn0);
    afv_neon sum0 = zero;
    alpha[0] = afv_neon_first(afv_neon_exp(afv_neon_set1(mo0 - mn0)));
    { const afv_neon p = afv_neon_excl(afv_neon_expn(afv_neon_sub(x0_0, vm0)), x0_0); afv_neon_store(s + 0, p); sum0 = afv_neon_add(sum0, p); }
    { const afv_neon p = afv_neon_excl(afv_neon_expn(afv_neon_sub(x0_1, vm0)), x0_1); afv_neon_store(s + 4, p); sum0 = afv_neon_add(sum0, p); }
    { const afv_neon p = afv_neon_excl(afv_neon_expn(afv_neon_sub(x0_2, vm0)), x0_2); afv_neon_store(s + 8, p); sum0 = afv_neon_add(sum0, p); }
    { const afv_neon p = afv_neon_excl(afv_neon_expn(afv_neon_sub(x0_3, vm0)), x0_3); afv_neon_store(s + 12, p); sum0 = afv_neon_add(sum0, p); }
    { const afv_neon p = afv_neon_excl(afv_neon_expn(afv_neon_sub(x0_4, vm0)), x0_4); afv_neon_store(s + 16, p); sum0 = afv_neon_add(sum0, p); }
    { const afv_neon p = afv_neon_excl(afv_neon_expn(afv_neon_sub(x0_5, vm0)), x0_5); afv_neon_store(s + 20, p); sum0 = afv_neon_add(sum0, p); }
    { const afv_neon p = afv_neon_excl(afv_neon_expn(afv_neon_sub(x0_6, vm0)), x0_6); afv_neon_store(s + 24, p); sum0 = afv_neon_add(sum0, p); }
    { const afv_neon p = afv_neon_excl(afv_neon_expn(afv_neon_sub(x0_7, vm0)), x0_7); afv_neon_store(s + 28, p); sum0 = afv_neon_add(sum0, p); }
    { const afv_neon p = afv_neon_excl(afv_neon_expn(afv_neon_sub(x0_8, vm0)), x0_8); afv_neon_store(s + 32, p); sum0 = afv_neon_add(sum0, p); }
    { const afv_neon p = afv_neon_excl(afv_neon_expn(afv_neon_sub(x0_9, vm0)), x0_9); afv_neon_store(s + 36, p); sum0 = afv_neon_add(sum0, p); }
    { const afv_neon p = afv_neon_excl(afv_neon_expn(afv_neon_sub(x0_10, vm0)), x0_10); afv_neon_store(s + 40, p); sum0 = afv_neon_add(sum0, p); }
    { const afv_neon p = afv_neon_excl(afv_neon_expn(afv_neon_sub(x0_11, vm0)), x0_11); afv_neon_store(s + 44, p); sum0 = afv_neon_add(sum0, p); }
    { const afv_neon p = afv_neon_excl(afv_neon_expn(afv_neon_sub(x0_12, vm0)), x0_12); afv_neon_store(s + 48, p); sum0 = afv_neon_add(sum0, p); }
    { const afv_neon p = afv_neon_excl(afv_neon_expn(afv_neon_sub(x0_13, vm0)), x0_13); afv_neon_store(s + 52, p); sum0 = afv_neon_add(sum0, p); }
    { const afv_neon p = afv_neon_excl(afv_neon_expn(afv_neon_sub(x0_14, vm0)), x0_14); afv_neon_store(s + 56, p); sum0 = afv_neon_add(sum0, p); }
    { const afv_neon p = afv_neon_excl(afv_neon_expn(afv_neon_sub(x0_15, vm0)), x0_15); afv_neon_store(s + 60, p); sum0 = afv_neon_add(sum0, p); }
    {
        const float ps = afv_neon_hsum(sum0);
        if (ps != ps) { /* a NaN score, or an inf one: exp(inf - inf) */
            *rw[0].m = *rw[0].l = NAN;
        } else {
            *rw[0].l = *rw[0].l * alpha[0] + ps;
            *rw[0].m = mn0;
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
 * 2 x 2, 1 x 4 (rows x keys, largest first; one accumulator per
 * row and key over the unrolled Dk, one reduction per block), then the block
 * softmax rescales each row once, then P*V runs over the same V rows in
 * blocks of 2, 1 rows x 16 columns.
 * Online softmax invariant, per row, after the blocks [j0, jb) were processed:
 *   m = max of the visible scores so far (-inf if none),
 *   l = sum of exp(s - m), acc = sum of exp(s - m) * v,
 * so a new block with max mb rescales l and acc by exp(m - max(m, mb)).
 */

/* Keys [jb, jb + n) (n padded to np) for rows [0, nr) of one KV head kvh:
 * rw, qb, sb and alpha point at the first of those rows. */
static inline AF_TARGET_NEON void afk_f32_dk32_dv32_neon_dec_block(const af_call *c, const af_tile *t, int32_t kvh,
                                           afp_neon_f32_row *rw, const float *qb, float *sb, float *alpha,
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
        afp_neon_f32_gather(c, 0, t->b, kvh, jb, n, kraw);
        const float ksc = af_kv_scale(c, 0, kvh);
        {
        int32_t pf_h = (int32_t)((int64_t)hg * 64 % ng); /* the next row to prefetch: key pf_j, head pf_h */
        const int64_t pf_j = jb + 64 + (int64_t)hg * 64 / ng;
        const int64_t pf_ss = c->k_ss, pf_sh = c->k_sh;
        const int64_t pf_step = pf_sh - pf_ss, pf_wrap = pf_ss - (int64_t)ng * pf_sh;
        int64_t pf_off = (pf_j - jb) * pf_ss + (int64_t)(pf_h - hg) * pf_sh; /* from row k = 0 */
        for (int32_t k = 0; k < n; k++) {
            afk_f32_dk32_dv32_neon_pack_k(kbuf + k * 32, kraw[k], ksc);
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
        afp_neon_f32_gather(c, 0, t->b, kvh, jb, n, kraw);
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
    for (; r + 2 <= nr; r += 2) {
        if (!((rw[r + 0].lo < jb + n && rw[r + 0].hi > jb) || (rw[r + 1].lo < jb + n && rw[r + 1].hi > jb))) continue;
        for (int32_t k = 0; k < np; k += 2) {
            afk_f32_dk32_dv32_neon_dec_qk2(qb + (r + 0) * 32, qb + (r + 1) * 32, kp + k,
                        sb + (r + 0) * 64 + k, sb + (r + 1) * 64 + k);
        }
    }
    for (; r < nr; r++) {
        if (rw[r].lo >= jb + n || rw[r].hi <= jb) continue;
        for (int32_t k = 0; k < np; k += 4) {
            afk_f32_dk32_dv32_neon_dec_qk(qb + r * 32, kp + k, sb + r * 64 + k);
        }
    }
    int32_t r0 = 0;
    if (n == 64) { /* a full block: rows that see all of it, without a mask to add, go 1 at a time */
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
            const int cap = afp_neon_f32_softcap_fold(c);
            const afv_neon vscale = afv_neon_set1(afp_neon_f32_score_factor(c, cap)), vcap = afv_neon_set1(c->softcap);
            for (; r0 < nr; r0 += 1) {
                int ok;
                switch (nr - r0 < 1 ? nr - r0 : 1) {
                default: ok = afk_f32_dk32_dv32_neon_dec_sm1(rw + r0, sb + r0 * 64, alpha + r0, jb, cap, vscale, vcap, alibi, &partial); break;
                }
                if (!ok) break; /* a row with no finite score: the rows from r0 on take afp_neon_f32_softmax_row */
            }
        }
    }
    for (int32_t r = r0; r < nr; r++)
        alpha[r] = afp_neon_f32_softmax_row(c, &rw[r], sb + r * 64, jb, n, np, &partial);
    if (nr > 1 && !c->kv_hot && (c->v_ss > 256 || c->v_ss < -256)) {
        afp_neon_f32_gather(c, 1, t->b, kvh, jb, n, vraw);
        const float vsc = af_kv_scale(c, 1, kvh);
        {
        int32_t pf_h = (int32_t)((int64_t)hg * 64 % ng); /* the next row to prefetch: key pf_j, head pf_h */
        const int64_t pf_j = jb + 64 + (int64_t)hg * 64 / ng;
        const int64_t pf_ss = c->v_ss, pf_sh = c->v_sh;
        const int64_t pf_step = pf_sh - pf_ss, pf_wrap = pf_ss - (int64_t)ng * pf_sh;
        int64_t pf_off = (pf_j - jb) * pf_ss + (int64_t)(pf_h - hg) * pf_sh; /* from row k = 0 */
        for (int32_t k = 0; k < n; k++) {
            afk_f32_dk32_dv32_neon_pack_v(vbuf + k * 32, vraw[k], vsc);
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
        afp_neon_f32_gather(c, 1, t->b, kvh, jb, n, vraw);
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
    if (partial && !afk_f32_dk32_dv32_neon_v_finite(vp, n)) {
        for (int32_t r = 0; r < nr; r++) {
            float *a[1] = { rw[r].acc };
            const float *pr[1] = { sb + r * 64 };
            afk_f32_dk32_dv32_neon_dec_pv1g(a, pr, alpha + r, vp, n);
        }
    } else {
        int32_t g = 0;
        for (; g + 2 <= nr; g += 2) {
            float *a[2] = { rw[g + 0].acc, rw[g + 1].acc };
            const float *pr[2] = { sb + (g + 0) * 64, sb + (g + 1) * 64 };
            afk_f32_dk32_dv32_neon_dec_pv2(a, pr, alpha + g, vp, n);
        }
        for (; g < nr; g++) {
            float *a[1] = { rw[g].acc };
            const float *pr[1] = { sb + g * 64 };
            afk_f32_dk32_dv32_neon_dec_pv1(a, pr, alpha + g, vp, n);
        }
    }
}
/* Keys [jb, jb + n) (n padded to np) for rows [0, nr) of one KV head kvh, its prefetches spread by the cursor:
 * rw, qb, sb and alpha point at the first of those rows. */
static AF_NOINLINE AF_TARGET_NEON void afk_f32_dk32_dv32_neon_dec_block_pf(const af_call *c, const af_tile *t, int32_t kvh,
                                           afp_neon_f32_row *rw, const float *qb, float *sb, float *alpha,
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
    afp_neon_f32_gather(c, 0, t->b, kvh, jb, n, kraw);
    afp_neon_f32_gather(c, 1, t->b, kvh, jb, n, vraw);
    afk_f32_dk32_dv32_neon_pf pfc;
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
    afk_f32_dk32_dv32_neon_pf_rate(&pfc, nr, n, np);
    if (nr > 1 && !c->kv_hot && (c->k_ss > 256 || c->k_ss < -256)) {
        const float ksc = af_kv_scale(c, 0, kvh);
        for (int32_t k = 0; k < n; k++) {
            afk_f32_dk32_dv32_neon_pack_k(kbuf + k * 32, kraw[k], ksc);
            kp[k] = kbuf + k * 32;
            afk_f32_dk32_dv32_neon_pf_issue(&pfc, 1);
        }
        for (int32_t k = n; k < np; k++) kp[k] = kp[0]; /* padding keys: scores discarded */
    } else {
        for (int32_t k = 0; k < n; k++) {
            kp[k] = kraw[k];
            afk_f32_dk32_dv32_neon_pf_issue(&pfc, 1);
        }
        for (int32_t k = n; k < np; k++) kp[k] = kp[0]; /* padding keys: scores discarded */
    }
    int32_t r = 0;
    for (; r + 2 <= nr; r += 2) {
        if (!((rw[r + 0].lo < jb + n && rw[r + 0].hi > jb) || (rw[r + 1].lo < jb + n && rw[r + 1].hi > jb))) continue;
        for (int32_t k = 0; k < np; k += 2) {
            afk_f32_dk32_dv32_neon_pf_issue(&pfc, 1);
            afk_f32_dk32_dv32_neon_dec_qk2(qb + (r + 0) * 32, qb + (r + 1) * 32, kp + k,
                        sb + (r + 0) * 64 + k, sb + (r + 1) * 64 + k);
        }
    }
    for (; r < nr; r++) {
        if (rw[r].lo >= jb + n || rw[r].hi <= jb) continue;
        for (int32_t k = 0; k < np; k += 4) {
            afk_f32_dk32_dv32_neon_pf_issue(&pfc, 1);
            afk_f32_dk32_dv32_neon_dec_qk(qb + r * 32, kp + k, sb + r * 64 + k);
        }
    }
    int32_t r0 = 0;
    if (n == 64) { /* a full block: rows that see all of it, without a mask to add, go 1 at a time */
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
            const int cap = afp_neon_f32_softcap_fold(c);
            const afv_neon vscale = afv_neon_set1(afp_neon_f32_score_factor(c, cap)), vcap = afv_neon_set1(c->softcap);
            for (; r0 < nr; r0 += 1) {
                int ok;
                switch (nr - r0 < 1 ? nr - r0 : 1) {
                default: ok = afk_f32_dk32_dv32_neon_dec_sm1(rw + r0, sb + r0 * 64, alpha + r0, jb, cap, vscale, vcap, alibi, &partial); break;
                }
                if (!ok) break; /* a row with no finite score: the rows from r0 on take afp_neon_f32_softmax_row */
            }
        }
    }
    for (int32_t r = r0; r < nr; r++)
        alpha[r] = afp_neon_f32_softmax_row(c, &rw[r], sb + r * 64, jb, n, np, &partial);
    if (nr > 1 && !c->kv_hot && (c->v_ss > 256 || c->v_ss < -256)) {
        const float vsc = af_kv_scale(c, 1, kvh);
        for (int32_t k = 0; k < n; k++) {
            afk_f32_dk32_dv32_neon_pack_v(vbuf + k * 32, vraw[k], vsc);
            vp[k] = vbuf + k * 32;
            afk_f32_dk32_dv32_neon_pf_issue(&pfc, 1);
        }
    } else {
        for (int32_t k = 0; k < n; k++) {
            vp[k] = vraw[k];
            afk_f32_dk32_dv32_neon_pf_issue(&pfc, 1);
        }
    }
    if (partial && !afk_f32_dk32_dv32_neon_v_finite(vp, n)) {
        for (int32_t r = 0; r < nr; r++) {
            float *a[1] = { rw[r].acc };
            const float *pr[1] = { sb + r * 64 };
            afk_f32_dk32_dv32_neon_dec_pv1g_pf(a, pr, alpha + r, vp, n, &pfc);
        }
    } else {
        int32_t g = 0;
        for (; g + 2 <= nr; g += 2) {
            float *a[2] = { rw[g + 0].acc, rw[g + 1].acc };
            const float *pr[2] = { sb + (g + 0) * 64, sb + (g + 1) * 64 };
            afk_f32_dk32_dv32_neon_dec_pv2_pf(a, pr, alpha + g, vp, n, &pfc);
        }
        for (; g < nr; g++) {
            float *a[1] = { rw[g].acc };
            const float *pr[1] = { sb + g * 64 };
            afk_f32_dk32_dv32_neon_dec_pv1_pf(a, pr, alpha + g, vp, n, &pfc);
        }
    }
}

AF_TARGET_NEON void attnforge_f32_dk32_dv32_decode__neon(const af_call *c, const af_tile *t)
{
    const int32_t nrows = t->nh * t->ni;
    const int32_t rpk = t->nkv > 1 ? t->nh / t->nkv * t->ni : nrows; /* rows per KV head */
    /* prefetches spread over the arithmetic: see "The prefetch cursor" above */
    const int spread = !c->kv_hot && rpk > 1 &&
                       (int64_t)c->B * c->Hkv * (c->key_hi - c->key_lo) * 256 >= 8388608;
    afk_f32_dk32_dv32_neon_init(c, t);
    for (int32_t r0 = 0; r0 < nrows; r0 += 32) {
        const int32_t nr = nrows - r0 < 32 ? nrows - r0 : 32;
        afp_neon_f32_row rw[32];
        float qb[32 * 32];
        float sb[32 * 64], alpha[32];
        int64_t klo, khi;
        if (!afk_f32_dk32_dv32_neon_rows(c, t, r0, nr, rw, qb, &klo, &khi)) continue;
        const int32_t g0 = r0 / rpk, ng = (r0 + nr - 1) / rpk - g0 + 1; /* the chunk's KV heads */
        for (int64_t jb = klo; jb < khi; jb += 64) {
            const int32_t n = (int32_t)(khi - jb < 64 ? khi - jb : 64);
            const int32_t np = (n + 3) & ~3;
            for (int32_t ga = 0; ga < nr;) { /* the chunk's rows, one KV head at a time */
                const int32_t g = (r0 + ga) / rpk;
                const int32_t gb = (g + 1) * rpk - r0 < nr ? (g + 1) * rpk - r0 : nr;
                if (spread)
                    afk_f32_dk32_dv32_neon_dec_block_pf(c, t, t->kvh + g, rw + ga, qb + (int64_t)ga * 32, sb + (int64_t)ga * 64,
                                  alpha + ga, gb - ga, jb, n, np, g - g0, ng);
                else
                    afk_f32_dk32_dv32_neon_dec_block(c, t, t->kvh + g, rw + ga, qb + (int64_t)ga * 32, sb + (int64_t)ga * 64,
                                  alpha + ga, gb - ga, jb, n, np, g - g0, ng);
                ga = gb;
            }
        }
    }
}

/* QK^T outer-product block: 16 rows x 4 keys over Dk = 32, Q and S transposed. */
static inline AF_TARGET_NEON void afk_f32_dk32_dv32_neon_pre_qkt(const float *qt, const float *const *kp, float *st)
{
    afv_neon a0_0 = afv_neon_zero(), a0_1 = afv_neon_zero(), a0_2 = afv_neon_zero(), a0_3 = afv_neon_zero();
    afv_neon a1_0 = afv_neon_zero(), a1_1 = afv_neon_zero(), a1_2 = afv_neon_zero(), a1_3 = afv_neon_zero();
    afv_neon a2_0 = afv_neon_zero(), a2_1 = afv_neon_zero(), a2_2 = afv_neon_zero(), a2_3 = afv_neon_zero();
    afv_neon a3_0 = afv_neon_zero(), a3_1 = afv_neon_zero(), a3_2 = afv_neon_zero(), a3_3 = afv_neon_zero();
    const float *k0 = kp[0], *k1 = kp[1], *k2 = kp[2], *k3 = kp[3];
    for (int32_t d = 0; d < 32; d += 4) {
        {
            const afv_neon x0 = afv_neon_load(qt + (d + 0) * 64 + 0), x1 = afv_neon_load(qt + (d + 0) * 64 + 4), x2 = afv_neon_load(qt + (d + 0) * 64 + 8), x3 = afv_neon_load(qt + (d + 0) * 64 + 12);
            { const afv_neon b = afv_neon_set1(k0[d + 0]); a0_0 = afv_neon_fma(x0, b, a0_0); a0_1 = afv_neon_fma(x1, b, a0_1); a0_2 = afv_neon_fma(x2, b, a0_2); a0_3 = afv_neon_fma(x3, b, a0_3); }
            { const afv_neon b = afv_neon_set1(k1[d + 0]); a1_0 = afv_neon_fma(x0, b, a1_0); a1_1 = afv_neon_fma(x1, b, a1_1); a1_2 = afv_neon_fma(x2, b, a1_2); a1_3 = afv_neon_fma(x3, b, a1_3); }
            { const afv_neon b = afv_neon_set1(k2[d + 0]); a2_0 = afv_neon_fma(x0, b, a2_0); a2_1 = afv_neon_fma(x1, b, a2_1); a2_2 = afv_neon_fma(x2, b, a2_2); a2_3 = afv_neon_fma(x3, b, a2_3); }
            { const afv_neon b = afv_neon_set1(k3[d + 0]); a3_0 = afv_neon_fma(x0, b, a3_0); a3_1 = afv_neon_fma(x1, b, a3_1); a3_2 = afv_neon_fma(x2, b, a3_2); a3_3 = afv_neon_fma(x3, b, a3_3); }
        }
        {
            const afv_neon x0 = afv_neon_load(qt + (d + 1) * 64 + 0), x1 = afv_neon_load(qt + (d + 1) * 64 + 4), x2 = afv_neon_load(qt + (d + 1) * 64 + 8), x3 = afv_neon_load(qt + (d + 1) * 64 + 12);
            { const afv_neon b = afv_neon_set1(k0[d + 1]); a0_0 = afv_neon_fma(x0, b, a0_0); a0_1 = afv_neon_fma(x1, b, a0_1); a0_2 = afv_neon_fma(x2, b, a0_2); a0_3 = afv_neon_fma(x3, b, a0_3); }
            { const afv_neon b = afv_neon_set1(k1[d + 1]); a1_0 = afv_neon_fma(x0, b, a1_0); a1_1 = afv_neon_fma(x1, b, a1_1); a1_2 = afv_neon_fma(x2, b, a1_2); a1_3 = afv_neon_fma(x3, b, a1_3); }
            { const afv_neon b = afv_neon_set1(k2[d + 1]); a2_0 = afv_neon_fma(x0, b, a2_0); a2_1 = afv_neon_fma(x1, b, a2_1); a2_2 = afv_neon_fma(x2, b, a2_2); a2_3 = afv_neon_fma(x3, b, a2_3); }
            { const afv_neon b = afv_neon_set1(k3[d + 1]); a3_0 = afv_neon_fma(x0, b, a3_0); a3_1 = afv_neon_fma(x1, b, a3_1); a3_2 = afv_neon_fma(x2, b, a3_2); a3_3 = afv_neon_fma(x3, b, a3_3); }
        }
        {
            const afv_neon x0 = afv_neon_load(qt + (d + 2) * 64 + 0), x1 = afv_neon_load(qt + (d + 2) * 64 + 4), x2 = afv_neon_load(qt + (d + 2) * 64 + 8), x3 = afv_neon_load(qt + (d + 2) * 64 + 12);
            { const afv_neon b = afv_neon_set1(k0[d + 2]); a0_0 = afv_neon_fma(x0, b, a0_0); a0_1 = afv_neon_fma(x1, b, a0_1); a0_2 = afv_neon_fma(x2, b, a0_2); a0_3 = afv_neon_fma(x3, b, a0_3); }
            { const afv_neon b = afv_neon_set1(k1[d + 2]); a1_0 = afv_neon_fma(x0, b, a1_0); a1_1 = afv_neon_fma(x1, b, a1_1); a1_2 = afv_neon_fma(x2, b, a1_2); a1_3 = afv_neon_fma(x3, b, a1_3); }
            { const afv_neon b = afv_neon_set1(k2[d + 2]); a2_0 = afv_neon_fma(x0, b, a2_0); a2_1 = afv_neon_fma(x1, b, a2_1); a2_2 = afv_neon_fma(x2, b, a2_2); a2_3 = afv_neon_fma(x3, b, a2_3); }
            { const afv_neon b = afv_neon_set1(k3[d + 2]); a3_0 = afv_neon_fma(x0, b, a3_0); a3_1 = afv_neon_fma(x1, b, a3_1); a3_2 = afv_neon_fma(x2, b, a3_2); a3_3 = afv_neon_fma(x3, b, a3_3); }
        }
        {
            const afv_neon x0 = afv_neon_load(qt + (d + 3) * 64 + 0), x1 = afv_neon_load(qt + (d + 3) * 64 + 4), x2 = afv_neon_load(qt + (d + 3) * 64 + 8), x3 = afv_neon_load(qt + (d + 3) * 64 + 12);
            { const afv_neon b = afv_neon_set1(k0[d + 3]); a0_0 = afv_neon_fma(x0, b, a0_0); a0_1 = afv_neon_fma(x1, b, a0_1); a0_2 = afv_neon_fma(x2, b, a0_2); a0_3 = afv_neon_fma(x3, b, a0_3); }
            { const afv_neon b = afv_neon_set1(k1[d + 3]); a1_0 = afv_neon_fma(x0, b, a1_0); a1_1 = afv_neon_fma(x1, b, a1_1); a1_2 = afv_neon_fma(x2, b, a1_2); a1_3 = afv_neon_fma(x3, b, a1_3); }
            { const afv_neon b = afv_neon_set1(k2[d + 3]); a2_0 = afv_neon_fma(x0, b, a2_0); a2_1 = afv_neon_fma(x1, b, a2_1); a2_2 = afv_neon_fma(x2, b, a2_2); a2_3 = afv_neon_fma(x3, b, a2_3); }
            { const afv_neon b = afv_neon_set1(k3[d + 3]); a3_0 = afv_neon_fma(x0, b, a3_0); a3_1 = afv_neon_fma(x1, b, a3_1); a3_2 = afv_neon_fma(x2, b, a3_2); a3_3 = afv_neon_fma(x3, b, a3_3); }
        }
    }
    afv_neon_store(st + 0, a0_0); afv_neon_store(st + 4, a0_1); afv_neon_store(st + 8, a0_2); afv_neon_store(st + 12, a0_3);
    afv_neon_store(st + 64, a1_0); afv_neon_store(st + 68, a1_1); afv_neon_store(st + 72, a1_2); afv_neon_store(st + 76, a1_3);
    afv_neon_store(st + 128, a2_0); afv_neon_store(st + 132, a2_1); afv_neon_store(st + 136, a2_2); afv_neon_store(st + 140, a2_3);
    afv_neon_store(st + 192, a3_0); afv_neon_store(st + 196, a3_1); afv_neon_store(st + 200, a3_2); afv_neon_store(st + 204, a3_3);
}

/* QK^T outer-product block: 8 rows x 4 keys over Dk = 32, Q and S transposed. */
static inline AF_TARGET_NEON void afk_f32_dk32_dv32_neon_pre_qkt2(const float *qt, const float *const *kp, float *st)
{
    afv_neon a0_0 = afv_neon_zero(), a0_1 = afv_neon_zero();
    afv_neon a1_0 = afv_neon_zero(), a1_1 = afv_neon_zero();
    afv_neon a2_0 = afv_neon_zero(), a2_1 = afv_neon_zero();
    afv_neon a3_0 = afv_neon_zero(), a3_1 = afv_neon_zero();
    const float *k0 = kp[0], *k1 = kp[1], *k2 = kp[2], *k3 = kp[3];
    for (int32_t d = 0; d < 32; d += 4) {
        {
            const afv_neon x0 = afv_neon_load(qt + (d + 0) * 64 + 0), x1 = afv_neon_load(qt + (d + 0) * 64 + 4);
            { const afv_neon b = afv_neon_set1(k0[d + 0]); a0_0 = afv_neon_fma(x0, b, a0_0); a0_1 = afv_neon_fma(x1, b, a0_1); }
            { const afv_neon b = afv_neon_set1(k1[d + 0]); a1_0 = afv_neon_fma(x0, b, a1_0); a1_1 = afv_neon_fma(x1, b, a1_1); }
            { const afv_neon b = afv_neon_set1(k2[d + 0]); a2_0 = afv_neon_fma(x0, b, a2_0); a2_1 = afv_neon_fma(x1, b, a2_1); }
            { const afv_neon b = afv_neon_set1(k3[d + 0]); a3_0 = afv_neon_fma(x0, b, a3_0); a3_1 = afv_neon_fma(x1, b, a3_1); }
        }
        {
            const afv_neon x0 = afv_neon_load(qt + (d + 1) * 64 + 0), x1 = afv_neon_load(qt + (d + 1) * 64 + 4);
            { const afv_neon b = afv_neon_set1(k0[d + 1]); a0_0 = afv_neon_fma(x0, b, a0_0); a0_1 = afv_neon_fma(x1, b, a0_1); }
            { const afv_neon b = afv_neon_set1(k1[d + 1]); a1_0 = afv_neon_fma(x0, b, a1_0); a1_1 = afv_neon_fma(x1, b, a1_1); }
            { const afv_neon b = afv_neon_set1(k2[d + 1]); a2_0 = afv_neon_fma(x0, b, a2_0); a2_1 = afv_neon_fma(x1, b, a2_1); }
            { const afv_neon b = afv_neon_set1(k3[d + 1]); a3_0 = afv_neon_fma(x0, b, a3_0); a3_1 = afv_neon_fma(x1, b, a3_1); }
        }
        {
            const afv_neon x0 = afv_neon_load(qt + (d + 2) * 64 + 0), x1 = afv_neon_load(qt + (d + 2) * 64 + 4);
            { const afv_neon b = afv_neon_set1(k0[d + 2]); a0_0 = afv_neon_fma(x0, b, a0_0); a0_1 = afv_neon_fma(x1, b, a0_1); }
            { const afv_neon b = afv_neon_set1(k1[d + 2]); a1_0 = afv_neon_fma(x0, b, a1_0); a1_1 = afv_neon_fma(x1, b, a1_1); }
            { const afv_neon b = afv_neon_set1(k2[d + 2]); a2_0 = afv_neon_fma(x0, b, a2_0); a2_1 = afv_neon_fma(x1, b, a2_1); }
            { const afv_neon b = afv_neon_set1(k3[d + 2]); a3_0 = afv_neon_fma(x0, b, a3_0); a3_1 = afv_neon_fma(x1, b, a3_1); }
        }
        {
            const afv_neon x0 = afv_neon_load(qt + (d + 3) * 64 + 0), x1 = afv_neon_load(qt + (d + 3) * 64 + 4);
            { const afv_neon b = afv_neon_set1(k0[d + 3]); a0_0 = afv_neon_fma(x0, b, a0_0); a0_1 = afv_neon_fma(x1, b, a0_1); }
            { const afv_neon b = afv_neon_set1(k1[d + 3]); a1_0 = afv_neon_fma(x0, b, a1_0); a1_1 = afv_neon_fma(x1, b, a1_1); }
            { const afv_neon b = afv_neon_set1(k2[d + 3]); a2_0 = afv_neon_fma(x0, b, a2_0); a2_1 = afv_neon_fma(x1, b, a2_1); }
            { const afv_neon b = afv_neon_set1(k3[d + 3]); a3_0 = afv_neon_fma(x0, b, a3_0); a3_1 = afv_neon_fma(x1, b, a3_1); }
        }
    }
    afv_neon_store(st + 0, a0_0); afv_neon_store(st + 4, a0_1);
    afv_neon_store(st + 64, a1_0); afv_neon_store(st + 68, a1_1);
    afv_neon_store(st + 128, a2_0); afv_neon_store(st + 132, a2_1);
    afv_neon_store(st + 192, a3_0); afv_neon_store(st + 196, a3_1);
}

/* QK^T outer-product block: 4 rows x 4 keys over Dk = 32, Q and S transposed. */
static inline AF_TARGET_NEON void afk_f32_dk32_dv32_neon_pre_qkt1(const float *qt, const float *const *kp, float *st)
{
    afv_neon a0_0 = afv_neon_zero();
    afv_neon a1_0 = afv_neon_zero();
    afv_neon a2_0 = afv_neon_zero();
    afv_neon a3_0 = afv_neon_zero();
    const float *k0 = kp[0], *k1 = kp[1], *k2 = kp[2], *k3 = kp[3];
    for (int32_t d = 0; d < 32; d += 4) {
        {
            const afv_neon x0 = afv_neon_load(qt + (d + 0) * 64 + 0);
            { const afv_neon b = afv_neon_set1(k0[d + 0]); a0_0 = afv_neon_fma(x0, b, a0_0); }
            { const afv_neon b = afv_neon_set1(k1[d + 0]); a1_0 = afv_neon_fma(x0, b, a1_0); }
            { const afv_neon b = afv_neon_set1(k2[d + 0]); a2_0 = afv_neon_fma(x0, b, a2_0); }
            { const afv_neon b = afv_neon_set1(k3[d + 0]); a3_0 = afv_neon_fma(x0, b, a3_0); }
        }
        {
            const afv_neon x0 = afv_neon_load(qt + (d + 1) * 64 + 0);
            { const afv_neon b = afv_neon_set1(k0[d + 1]); a0_0 = afv_neon_fma(x0, b, a0_0); }
            { const afv_neon b = afv_neon_set1(k1[d + 1]); a1_0 = afv_neon_fma(x0, b, a1_0); }
            { const afv_neon b = afv_neon_set1(k2[d + 1]); a2_0 = afv_neon_fma(x0, b, a2_0); }
            { const afv_neon b = afv_neon_set1(k3[d + 1]); a3_0 = afv_neon_fma(x0, b, a3_0); }
        }
        {
            const afv_neon x0 = afv_neon_load(qt + (d + 2) * 64 + 0);
            { const afv_neon b = afv_neon_set1(k0[d + 2]); a0_0 = afv_neon_fma(x0, b, a0_0); }
            { const afv_neon b = afv_neon_set1(k1[d + 2]); a1_0 = afv_neon_fma(x0, b, a1_0); }
            { const afv_neon b = afv_neon_set1(k2[d + 2]); a2_0 = afv_neon_fma(x0, b, a2_0); }
            { const afv_neon b = afv_neon_set1(k3[d + 2]); a3_0 = afv_neon_fma(x0, b, a3_0); }
        }
        {
            const afv_neon x0 = afv_neon_load(qt + (d + 3) * 64 + 0);
            { const afv_neon b = afv_neon_set1(k0[d + 3]); a0_0 = afv_neon_fma(x0, b, a0_0); }
            { const afv_neon b = afv_neon_set1(k1[d + 3]); a1_0 = afv_neon_fma(x0, b, a1_0); }
            { const afv_neon b = afv_neon_set1(k2[d + 3]); a2_0 = afv_neon_fma(x0, b, a2_0); }
            { const afv_neon b = afv_neon_set1(k3[d + 3]); a3_0 = afv_neon_fma(x0, b, a3_0); }
        }
    }
    afv_neon_store(st + 0, a0_0);
    afv_neon_store(st + 64, a1_0);
    afv_neon_store(st + 128, a2_0);
    afv_neon_store(st + 192, a3_0);
}

/* P*V register block, weights transposed: 4 row(s) x 16 columns of Dv = 32 per pass. */
static inline AF_TARGET_NEON void afk_f32_dk32_dv32_neon_pre_pvt(float *const *acc, const float *pt, const float *alpha,
        const float *const *vp, int32_t n)
{
    float *const acc0 = acc[0];
    const afv_neon al0 = afv_neon_set1(alpha[0]);
    float *const acc1 = acc[1];
    const afv_neon al1 = afv_neon_set1(alpha[1]);
    float *const acc2 = acc[2];
    const afv_neon al2 = afv_neon_set1(alpha[2]);
    float *const acc3 = acc[3];
    const afv_neon al3 = afv_neon_set1(alpha[3]);
    { /* Dv columns 0 .. 15 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 0), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 4), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 8), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 12), al0);
        afv_neon c1_0 = afv_neon_mul(afv_neon_load(acc1 + 0), al1), c1_1 = afv_neon_mul(afv_neon_load(acc1 + 4), al1), c1_2 = afv_neon_mul(afv_neon_load(acc1 + 8), al1), c1_3 = afv_neon_mul(afv_neon_load(acc1 + 12), al1);
        afv_neon c2_0 = afv_neon_mul(afv_neon_load(acc2 + 0), al2), c2_1 = afv_neon_mul(afv_neon_load(acc2 + 4), al2), c2_2 = afv_neon_mul(afv_neon_load(acc2 + 8), al2), c2_3 = afv_neon_mul(afv_neon_load(acc2 + 12), al2);
        afv_neon c3_0 = afv_neon_mul(afv_neon_load(acc3 + 0), al3), c3_1 = afv_neon_mul(afv_neon_load(acc3 + 4), al3), c3_2 = afv_neon_mul(afv_neon_load(acc3 + 8), al3), c3_3 = afv_neon_mul(afv_neon_load(acc3 + 12), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 64;
            const float *v = vp[k] + 0;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(pk[0]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
            { const afv_neon b = afv_neon_set1(pk[1]); c1_0 = afv_neon_fma(b, y0, c1_0); c1_1 = afv_neon_fma(b, y1, c1_1); c1_2 = afv_neon_fma(b, y2, c1_2); c1_3 = afv_neon_fma(b, y3, c1_3); }
            { const afv_neon b = afv_neon_set1(pk[2]); c2_0 = afv_neon_fma(b, y0, c2_0); c2_1 = afv_neon_fma(b, y1, c2_1); c2_2 = afv_neon_fma(b, y2, c2_2); c2_3 = afv_neon_fma(b, y3, c2_3); }
            { const afv_neon b = afv_neon_set1(pk[3]); c3_0 = afv_neon_fma(b, y0, c3_0); c3_1 = afv_neon_fma(b, y1, c3_1); c3_2 = afv_neon_fma(b, y2, c3_2); c3_3 = afv_neon_fma(b, y3, c3_3); }
        }
        afv_neon_store(acc0 + 0, c0_0); afv_neon_store(acc0 + 4, c0_1); afv_neon_store(acc0 + 8, c0_2); afv_neon_store(acc0 + 12, c0_3);
        afv_neon_store(acc1 + 0, c1_0); afv_neon_store(acc1 + 4, c1_1); afv_neon_store(acc1 + 8, c1_2); afv_neon_store(acc1 + 12, c1_3);
        afv_neon_store(acc2 + 0, c2_0); afv_neon_store(acc2 + 4, c2_1); afv_neon_store(acc2 + 8, c2_2); afv_neon_store(acc2 + 12, c2_3);
        afv_neon_store(acc3 + 0, c3_0); afv_neon_store(acc3 + 4, c3_1); afv_neon_store(acc3 + 8, c3_2); afv_neon_store(acc3 + 12, c3_3);
    }
    { /* Dv columns 16 .. 31 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 16), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 20), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 24), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 28), al0);
        afv_neon c1_0 = afv_neon_mul(afv_neon_load(acc1 + 16), al1), c1_1 = afv_neon_mul(afv_neon_load(acc1 + 20), al1), c1_2 = afv_neon_mul(afv_neon_load(acc1 + 24), al1), c1_3 = afv_neon_mul(afv_neon_load(acc1 + 28), al1);
        afv_neon c2_0 = afv_neon_mul(afv_neon_load(acc2 + 16), al2), c2_1 = afv_neon_mul(afv_neon_load(acc2 + 20), al2), c2_2 = afv_neon_mul(afv_neon_load(acc2 + 24), al2), c2_3 = afv_neon_mul(afv_neon_load(acc2 + 28), al2);
        afv_neon c3_0 = afv_neon_mul(afv_neon_load(acc3 + 16), al3), c3_1 = afv_neon_mul(afv_neon_load(acc3 + 20), al3), c3_2 = afv_neon_mul(afv_neon_load(acc3 + 24), al3), c3_3 = afv_neon_mul(afv_neon_load(acc3 + 28), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 64;
            const float *v = vp[k] + 16;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(pk[0]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
            { const afv_neon b = afv_neon_set1(pk[1]); c1_0 = afv_neon_fma(b, y0, c1_0); c1_1 = afv_neon_fma(b, y1, c1_1); c1_2 = afv_neon_fma(b, y2, c1_2); c1_3 = afv_neon_fma(b, y3, c1_3); }
            { const afv_neon b = afv_neon_set1(pk[2]); c2_0 = afv_neon_fma(b, y0, c2_0); c2_1 = afv_neon_fma(b, y1, c2_1); c2_2 = afv_neon_fma(b, y2, c2_2); c2_3 = afv_neon_fma(b, y3, c2_3); }
            { const afv_neon b = afv_neon_set1(pk[3]); c3_0 = afv_neon_fma(b, y0, c3_0); c3_1 = afv_neon_fma(b, y1, c3_1); c3_2 = afv_neon_fma(b, y2, c3_2); c3_3 = afv_neon_fma(b, y3, c3_3); }
        }
        afv_neon_store(acc0 + 16, c0_0); afv_neon_store(acc0 + 20, c0_1); afv_neon_store(acc0 + 24, c0_2); afv_neon_store(acc0 + 28, c0_3);
        afv_neon_store(acc1 + 16, c1_0); afv_neon_store(acc1 + 20, c1_1); afv_neon_store(acc1 + 24, c1_2); afv_neon_store(acc1 + 28, c1_3);
        afv_neon_store(acc2 + 16, c2_0); afv_neon_store(acc2 + 20, c2_1); afv_neon_store(acc2 + 24, c2_2); afv_neon_store(acc2 + 28, c2_3);
        afv_neon_store(acc3 + 16, c3_0); afv_neon_store(acc3 + 20, c3_1); afv_neon_store(acc3 + 24, c3_2); afv_neon_store(acc3 + 28, c3_3);
    }
}

/* P*V register block, weights transposed: 2 row(s) x 16 columns of Dv = 32 per pass. */
static inline AF_TARGET_NEON void afk_f32_dk32_dv32_neon_pre_pvt2(float *const *acc, const float *pt, const float *alpha,
        const float *const *vp, int32_t n)
{
    float *const acc0 = acc[0];
    const afv_neon al0 = afv_neon_set1(alpha[0]);
    float *const acc1 = acc[1];
    const afv_neon al1 = afv_neon_set1(alpha[1]);
    { /* Dv columns 0 .. 15 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 0), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 4), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 8), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 12), al0);
        afv_neon c1_0 = afv_neon_mul(afv_neon_load(acc1 + 0), al1), c1_1 = afv_neon_mul(afv_neon_load(acc1 + 4), al1), c1_2 = afv_neon_mul(afv_neon_load(acc1 + 8), al1), c1_3 = afv_neon_mul(afv_neon_load(acc1 + 12), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 64;
            const float *v = vp[k] + 0;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(pk[0]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
            { const afv_neon b = afv_neon_set1(pk[1]); c1_0 = afv_neon_fma(b, y0, c1_0); c1_1 = afv_neon_fma(b, y1, c1_1); c1_2 = afv_neon_fma(b, y2, c1_2); c1_3 = afv_neon_fma(b, y3, c1_3); }
        }
        afv_neon_store(acc0 + 0, c0_0); afv_neon_store(acc0 + 4, c0_1); afv_neon_store(acc0 + 8, c0_2); afv_neon_store(acc0 + 12, c0_3);
        afv_neon_store(acc1 + 0, c1_0); afv_neon_store(acc1 + 4, c1_1); afv_neon_store(acc1 + 8, c1_2); afv_neon_store(acc1 + 12, c1_3);
    }
    { /* Dv columns 16 .. 31 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 16), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 20), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 24), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 28), al0);
        afv_neon c1_0 = afv_neon_mul(afv_neon_load(acc1 + 16), al1), c1_1 = afv_neon_mul(afv_neon_load(acc1 + 20), al1), c1_2 = afv_neon_mul(afv_neon_load(acc1 + 24), al1), c1_3 = afv_neon_mul(afv_neon_load(acc1 + 28), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 64;
            const float *v = vp[k] + 16;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(pk[0]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
            { const afv_neon b = afv_neon_set1(pk[1]); c1_0 = afv_neon_fma(b, y0, c1_0); c1_1 = afv_neon_fma(b, y1, c1_1); c1_2 = afv_neon_fma(b, y2, c1_2); c1_3 = afv_neon_fma(b, y3, c1_3); }
        }
        afv_neon_store(acc0 + 16, c0_0); afv_neon_store(acc0 + 20, c0_1); afv_neon_store(acc0 + 24, c0_2); afv_neon_store(acc0 + 28, c0_3);
        afv_neon_store(acc1 + 16, c1_0); afv_neon_store(acc1 + 20, c1_1); afv_neon_store(acc1 + 24, c1_2); afv_neon_store(acc1 + 28, c1_3);
    }
}

/* P*V register block, weights transposed: 1 row(s) x 16 columns of Dv = 32 per pass. */
static inline AF_TARGET_NEON void afk_f32_dk32_dv32_neon_pre_pvt1(float *const *acc, const float *pt, const float *alpha,
        const float *const *vp, int32_t n)
{
    float *const acc0 = acc[0];
    const afv_neon al0 = afv_neon_set1(alpha[0]);
    { /* Dv columns 0 .. 15 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 0), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 4), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 8), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 12), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 64;
            const float *v = vp[k] + 0;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(pk[0]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
        }
        afv_neon_store(acc0 + 0, c0_0); afv_neon_store(acc0 + 4, c0_1); afv_neon_store(acc0 + 8, c0_2); afv_neon_store(acc0 + 12, c0_3);
    }
    { /* Dv columns 16 .. 31 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 16), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 20), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 24), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 28), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 64;
            const float *v = vp[k] + 16;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(pk[0]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
        }
        afv_neon_store(acc0 + 16, c0_0); afv_neon_store(acc0 + 20, c0_1); afv_neon_store(acc0 + 24, c0_2); afv_neon_store(acc0 + 28, c0_3);
    }
}

/* P*V register block, weights transposed: 1 row(s) x 16 columns of Dv = 32 per pass, excluded keys (p = -0.0) skipped. */
static inline AF_TARGET_NEON void afk_f32_dk32_dv32_neon_pre_pvt1g(float *const *acc, const float *pt, const float *alpha,
        const float *const *vp, int32_t n)
{
    float *const acc0 = acc[0];
    const afv_neon al0 = afv_neon_set1(alpha[0]);
    { /* Dv columns 0 .. 15 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 0), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 4), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 8), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 12), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 64;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 0;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(pk[0]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
        }
        afv_neon_store(acc0 + 0, c0_0); afv_neon_store(acc0 + 4, c0_1); afv_neon_store(acc0 + 8, c0_2); afv_neon_store(acc0 + 12, c0_3);
    }
    { /* Dv columns 16 .. 31 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 16), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 20), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 24), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 28), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 64;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 16;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(pk[0]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
        }
        afv_neon_store(acc0 + 16, c0_0); afv_neon_store(acc0 + 20, c0_1); afv_neon_store(acc0 + 24, c0_2); afv_neon_store(acc0 + 28, c0_3);
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
 * QK^T: 16 rows (4 vector(s), a row per lane) x 4 keys per register
 * block, 16 accumulators, no reduction; scores transposed
 * (st[key * 64 + row]). Block softmax 4 rows per vector
 * (afp_neon_f32_softmax_lanes: no scalar work per key), then P*V: 4 rows x 16
 * columns of Dv per register block, each weight broadcast from the tile.
 * Online softmax invariant as in the decode kernel: after keys [j0, jb) each
 * row holds m = running max, l = sum exp(s - m), acc = sum exp(s - m) v
 * (m and l kept per chunk in lane order, written back at its end).
 */
AF_TARGET_NEON void attnforge_f32_dk32_dv32_prefill__neon(const af_call *c, const af_tile *t)
{
    const int32_t nrows = t->nh * t->ni;
    afk_f32_dk32_dv32_neon_init(c, t);
    for (int32_t r0 = 0; r0 < nrows; r0 += 64) {
        const int32_t nr = nrows - r0 < 64 ? nrows - r0 : 64;
        const int32_t nv = (nr + 3) / 4; /* vectors of rows */
        afp_neon_f32_row rw[64];
        float qb[64 * 32], qt[32 * 64];
        float st[64 * 64], mt[64 * 64];
        float ml[64], ll[64], alpha[64];
        float lo[64], hi[64], dist[64], nsl[64];
        unsigned char act[64];
        const float *kraw[64], *vraw[64];
        const float *kp[64], *vp[64];
        float kbuf[64 * 32], *const vbuf = kbuf; /* K, then V (emit_buffers' share) */
        int64_t klo, khi;
        if (!afk_f32_dk32_dv32_neon_rows(c, t, r0, nr, rw, qb, &klo, &khi)) continue;
        for (int32_t d = 0; d < 32; d++) {
            for (int32_t r = 0; r < nr; r++) qt[d * 64 + r] = qb[r * 32 + d];
            for (int32_t r = nr; r < nv * 4; r++) qt[d * 64 + r] = 0.0f;
        }
        for (int32_t r = 0; r < nv * 4; r++) {
            ml[r] = r < nr ? *rw[r].m : -INFINITY;
            ll[r] = r < nr ? *rw[r].l : 0.0f;
            nsl[r] = r < nr ? -rw[r].slope : 0.0f;
            lo[r] = hi[r] = dist[r] = 0.0f;
        }
        const int32_t kvh = t->kvh; /* prefill tiles have one KV head */
        for (int64_t jb = klo; jb < khi; jb += 64) {
            const int32_t n = (int32_t)(khi - jb < 64 ? khi - jb : 64);
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
            afp_neon_f32_gather(c, 0, t->b, kvh, jb, n, kraw);
            if (c->k_ss == 32) { /* rows that follow each other: read in place */
                for (int32_t k = 0; k < n; k++) {
                    kp[k] = kraw[k];
                }
            } else {
                const float ksc = af_kv_scale(c, 0, kvh);
                for (int32_t k = 0; k < n; k++) {
                    afk_f32_dk32_dv32_neon_pack_k(kbuf + k * 32, kraw[k], ksc);
                    kp[k] = kbuf + k * 32;
                }
            }
            for (int32_t k = n; k < np; k++) kp[k] = kp[0]; /* padding keys: scores discarded */
            int32_t v = 0; /* QK^T: blocks of 4 row vector(s), then the remainder in smaller ones */
            for (; v + 4 <= nv; v += 4) {
                int any = 0;
                for (int32_t r = v * 4; r < nr && r < (v + 4) * 4; r++) any |= act[r];
                if (!any) continue; /* every lane invisible: the softmax writes -0.0 */
                for (int32_t k = 0; k < n; k += 4)
                    afk_f32_dk32_dv32_neon_pre_qkt(qt + v * 4, kp + k, st + k * 64 + v * 4);
            }
            for (; v + 2 <= nv; v += 2) {
                int any = 0;
                for (int32_t r = v * 4; r < nr && r < (v + 2) * 4; r++) any |= act[r];
                if (!any) continue; /* every lane invisible: the softmax writes -0.0 */
                for (int32_t k = 0; k < n; k += 4)
                    afk_f32_dk32_dv32_neon_pre_qkt2(qt + v * 4, kp + k, st + k * 64 + v * 4);
            }
            for (; v + 1 <= nv; v += 1) {
                int any = 0;
                for (int32_t r = v * 4; r < nr && r < (v + 1) * 4; r++) any |= act[r];
                if (!any) continue; /* every lane invisible: the softmax writes -0.0 */
                for (int32_t k = 0; k < n; k += 4)
                    afk_f32_dk32_dv32_neon_pre_qkt1(qt + v * 4, kp + k, st + k * 64 + v * 4);
            }
            partial |= afk_f32_dk32_dv32_neon_pre_softmax(c, rw, nr, 64, jb, n, st, mt, lo, hi, dist, nsl, ml, ll, alpha);
            afp_neon_f32_gather(c, 1, t->b, kvh, jb, n, vraw);
            if (c->v_ss == 32) { /* rows that follow each other: read in place */
                for (int32_t k = 0; k < n; k++) {
                    vp[k] = vraw[k];
                }
            } else {
                const float vsc = af_kv_scale(c, 1, kvh);
                for (int32_t k = 0; k < n; k++) {
                    afk_f32_dk32_dv32_neon_pack_v(vbuf + k * 32, vraw[k], vsc);
                    vp[k] = vbuf + k * 32;
                }
            }
            if (partial && !afk_f32_dk32_dv32_neon_v_finite(vp, n)) {
                for (int32_t r = 0; r < nr; r++) {
                    if (!act[r]) continue; /* weights all -0.0, alpha 1: nothing to add */
                    float *a[1] = { rw[r].acc };
                    afk_f32_dk32_dv32_neon_pre_pvt1g(a, st + r, alpha + r, vp, n);
                }
            } else {
                int32_t g = 0;
                for (; g + 4 <= nr; g += 4) {
                    if (!(act[g + 0] | act[g + 1] | act[g + 2] | act[g + 3])) continue;
                    float *a[4] = { rw[g + 0].acc, rw[g + 1].acc, rw[g + 2].acc, rw[g + 3].acc };
                    afk_f32_dk32_dv32_neon_pre_pvt(a, st + g, alpha + g, vp, n);
                }
                for (; g + 2 <= nr; g += 2) { /* the remainder in pairs: twice the chains of single rows */
                    if (!(act[g] | act[g + 1])) continue;
                    float *a[2] = { rw[g].acc, rw[g + 1].acc };
                    afk_f32_dk32_dv32_neon_pre_pvt2(a, st + g, alpha + g, vp, n);
                }
                for (; g < nr; g++) {
                    if (!act[g]) continue;
                    float *a[1] = { rw[g].acc };
                    afk_f32_dk32_dv32_neon_pre_pvt1(a, st + g, alpha + g, vp, n);
                }
            }
        }
        for (int32_t r = 0; r < nr; r++) {
            *rw[r].m = ml[r];
            *rw[r].l = ll[r];
        }
    }
}

#else  /* not defined(__aarch64__): this file compiles to nothing */
typedef int afk_f32_dk32_dv32_neon_empty_translation_unit;
#endif
